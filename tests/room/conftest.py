"""The room: a real X server with three monitors, a window manager and real input events.

Room tests start the real app (`tests/room/launch.py`: `workshop-app` plus a read-only probe) as a process on
an Xvfb server of 5760 × 1080 split into three monitors side by side — LAPTOP (x = 0, the
console's), PROJ (x = 1920) and STATION (x = 3840), 1920 × 1080 each — under openbox, drive it
with xdotool and read the outcome from the session file, the window list and screenshots.
Every room test gets the `room` marker; when Xvfb, openbox, xdotool, xrandr, wmctrl or
ImageMagick is missing they are all skipped with one line saying which program is missing.

Fixtures
- `room` (session): the `Room` below, its X server started on a free display (`Xvfb
  -displayfd`, so parallel runs never collide) and stopped at the end. Each test gets the
  three monitors plugged in again (`room` is reset by the autouse `_fresh_room`).
- `app` (function): a started console on a fresh demo session (`room.start_app(...)`), killed
  after the test. `room.start_app(session=path, language="en")` starts another one.

`Room` helpers (all waits poll a condition with a timeout; none relies on a fixed sleep alone)
- monitors: `MONITORS` (name → (x, y, w, h)), `room.unplug("PROJ")`, `room.plug("PROJ")`,
  `room.monitors()` (the names plugged in), `room.monitor_at(x, y)`.
- windows: `room.geometry(id)` (one window as xwininfo sees it), `room.windows()` (list of `Window` from `wmctrl -l -G`: id, x, y, w, h, title; only
  the windows the window manager shows), `room.visible_windows(name_regex)` (`xdotool search
  --onlyvisible --name`), `room.wait_window(title_regex, monitor=None)` → `Window`,
  `room.wait_no_window(title_regex)`, `room.wait_windows(title_regex, count)`,
  `room.wait_until(predicate, what)`, `room.activate(window)`.
- the app's widgets (Qt widgets are not X windows): `app.widgets()` lists the visible ones with
  class, object name, text and root coordinates (written by the probe in `launch.py`, the
  program the room starts instead of `workshop-app`, same arguments); `app.widget(text=...,
  cls=..., window=title_regex)` finds one; `room.click_widget(w)`, `room.click_tab(app, "Projecteur")`.
  Each also says `enabled`, and `accepting`: False while the station holds input back (its page
  settling after a change), when a click would be swallowed. `tests/room/at_the_station.py`
  waits for both before it clicks, and opens and starts the station.
- input: `room.click(x, y, repeat=1)`, `room.double_click(x, y, delay_ms=120)`, `room.click_in(window,
  dx, dy)` (relative to a window), `room.key("alt+Tab")`, `room.type_text("texte")` (one key at
  a time: accented letters are reliable that way).
- pictures: `room.screenshot(path, monitor=None)` (a monitor, or the whole root), `room.pixel(x,
  y)` → (r, g, b) read from a fresh screenshot.
- session files: `room.demo_session(participants=6, lang="fr")` and `room.new_session(title, form=
  "short", lang="fr")` write a session in the test's folder with the CLI and return its path;
  read answers with `SessionStore` from the test.
- `AppProcess` (what `start_app` returns): `.process`, `.log()` (its stderr), `.stop()`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOM_DIR = Path(__file__).resolve().parent
REPO = ROOM_DIR.parents[1]
WIDTH, HEIGHT = 1920, 1080
MONITORS: dict[str, tuple[int, int, int, int]] = {
    "LAPTOP": (0, 0, WIDTH, HEIGHT),
    "PROJ": (WIDTH, 0, WIDTH, HEIGHT),
    "STATION": (2 * WIDTH, 0, WIDTH, HEIGHT),
}
# LAPTOP takes the display's own output, so Qt sees exactly three screens, not a fourth
# covering them all.
OUTPUT = {"LAPTOP": "screen", "PROJ": "none", "STATION": "none"}
PROGRAMS = {"Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool", "xrandr": "x11-xserver-utils",
            "wmctrl": "wmctrl", "xwininfo": "x11-utils", "import": "imagemagick"}
WAIT_S = 15.0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if ROOM_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.room)


def missing_programs() -> list[str]:
    return [f"{program} ({package})" for program, package in PROGRAMS.items() if shutil.which(program) is None]


@dataclass(frozen=True)
class Window:
    id: int
    x: int
    y: int
    width: int
    height: int
    title: str

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


def _window_origin(env: dict[str, str], window_id: int) -> tuple[int, int]:
    """Where X has the window's top-left corner now. xwininfo, not `xdotool getwindowgeometry`,
    which counts the window manager's title bar twice."""
    info = subprocess.run(["xwininfo", "-id", str(window_id)], env=env, capture_output=True, text=True,
                          timeout=10).stdout
    x = re.search(r"Absolute upper-left X:\s+(-?\d+)", info)
    y = re.search(r"Absolute upper-left Y:\s+(-?\d+)", info)
    return (int(x[1]), int(y[1])) if x and y else (0, 0)


class AppProcess:
    def __init__(self, process: subprocess.Popen[bytes], log_path: Path, probe: Path, env: dict[str, str]) -> None:
        self.env = env
        self.process = process
        self.log_path = log_path
        self.probe = probe

    def widgets(self) -> list[dict[str, object]]:
        """The app's visible widgets now, as `launch.py` describes them (x, y in root coordinates)."""
        self.probe.unlink(missing_ok=True)
        want = self.probe.with_suffix(".want")
        want.touch()
        deadline = time.monotonic() + WAIT_S
        while not self.probe.exists():
            if not self.running() or time.monotonic() > deadline:
                raise AssertionError("the app did not describe its widgets: " + self.log()[-2000:])
            time.sleep(0.02)
        widgets = json.loads(self.probe.read_text())
        origins: dict[int, tuple[int, int]] = {}
        for widget in widgets:  # into root coordinates, from where X has each window now
            wid = int(widget["window_id"])
            if wid not in origins:
                origins[wid] = _window_origin(self.env, wid)
            dx, dy = origins[wid]
            widget["x"], widget["y"] = int(widget["x"]) + dx, int(widget["y"]) + dy
            if "tabs" in widget:
                widget["tabs"] = [[text, x + dx, y + dy] for text, x, y in widget["tabs"]]
        return widgets

    def widget(self, text: str | None = None, cls: str | None = None, window: str | None = None,
               name: str | None = None) -> dict[str, object]:
        """The one visible widget with that text (and class / window title regex / object name)."""
        def matches(w: dict[str, object]) -> bool:
            return ((text is None or w["text"] == text) and (cls is None or w["class"] == cls)
                    and (name is None or w["name"] == name)
                    and (window is None or re.search(window, str(w["window"])) is not None))
        found = [w for w in self.widgets() if matches(w)]
        assert len(found) == 1, f"{len(found)} widgets {text!r} {cls or ''} {window or ''}: {found}"
        return found[0]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


class Room:
    """One X server with its window manager; see the module's docstring for the helpers."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.display = ""
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._wm: subprocess.Popen[bytes] | None = None
        self.apps: list[AppProcess] = []
        self.folder = workdir  # the current test's folder (sessions, settings, logs)

    # -- the server -----------------------------------------------------------------------------
    def start(self) -> None:
        read_end, write_end = os.pipe()
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{3 * WIDTH}x{HEIGHT}x24",
             "-nolisten", "tcp", "-noreset", "+extension", "RANDR"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=open(self.workdir / "xvfb.log", "wb"))
        os.close(write_end)
        number = b""
        with os.fdopen(read_end, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise RuntimeError("Xvfb did not start: " + (self.workdir / "xvfb.log").read_text())
                number += chunk
        self.display = ":" + number.decode().strip()
        self.plug_all()
        self._wm = subprocess.Popen(["openbox", "--config-file", str(self._openbox_config())], env=self.env(),
                                    stdout=subprocess.DEVNULL, stderr=open(self.workdir / "openbox.log", "wb"))
        self.wait_until(lambda: self._run(["wmctrl", "-m"], check=False).returncode == 0, "the window manager")

    def _openbox_config(self) -> Path:
        """openbox's defaults, without its desktop menu and its focus delays."""
        path = self.workdir / "openbox-rc.xml"
        path.write_text("""<?xml version="1.0"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <focus><focusNew>yes</focusNew><followMouse>no</followMouse></focus>
  <placement><policy>Smart</policy></placement>
  <desktops><number>1</number></desktops>
  <keyboard>
    <keybind key="A-Tab"><action name="NextWindow"><finalactions><action name="Focus"/>
      <action name="Raise"/><action name="Unshade"/></finalactions></action></keybind>
    <keybind key="W-d"><action name="ToggleShowDesktop"/></keybind>
  </keyboard>
</openbox_config>
""")
        return path

    def stop(self) -> None:
        for app in self.apps:
            app.stop()
        for process in (self._wm, self._xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        env.update({"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", **extra})
        return env

    def _run(self, argv: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, env=self.env(), capture_output=True, text=True, check=check, timeout=30)

    # -- monitors -------------------------------------------------------------------------------
    def monitors(self) -> list[str]:
        """The monitors plugged in, in the order the X server lists them (the screens' order)."""
        listed = self._run(["xrandr", "--listmonitors"]).stdout
        return [found[1] for line in listed.splitlines()
                if (found := re.match(r"\s*\d+:\s+[+*]*(\S+)", line)) and found[1] in MONITORS]

    def plug(self, name: str) -> None:
        if name in self.monitors():
            return
        x, y, w, h = MONITORS[name]
        self._run(["xrandr", "--setmonitor", name, f"{w}/508x{h}/286+{x}+{y}", OUTPUT[name]])

    def unplug(self, name: str) -> None:
        if name in self.monitors():
            self._run(["xrandr", "--delmonitor", name])

    def plug_all(self) -> None:
        """Every monitor, in MONITORS' order (a monitor plugged back is listed last: the next test
        must see the screens in the same order as the first)."""
        plugged = self.monitors()
        if plugged != list(MONITORS)[:len(plugged)]:
            for name in plugged[1:]:
                self.unplug(name)
        for name in MONITORS:
            self.plug(name)

    @staticmethod
    def monitor_at(x: int, y: int) -> str | None:
        for name, (mx, my, mw, mh) in MONITORS.items():
            if mx <= x < mx + mw and my <= y < my + mh:
                return name
        return None

    # -- the app --------------------------------------------------------------------------------
    def cli(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "workshop_app", *args], env=self.env(QT_QPA_PLATFORM="offscreen"),
                              capture_output=True, text=True, timeout=60, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"workshop-app {' '.join(args)}: {done.stderr}")
        return done.stdout.strip()

    def demo_session(self, participants: int = 6, lang: str = "fr") -> Path:
        return Path(self.cli("demo", "--sessions-dir", str(self.folder / "sessions"),
                             "--participants", str(participants), "--lang", lang, "--seed", "7"))

    def new_session(self, title: str = "Atelier", form: str = "short", lang: str = "fr") -> Path:
        return Path(self.cli("new", "--sessions-dir", str(self.folder / "sessions"), "--title", title,
                             "--form", form, "--lang", lang))

    def start_app(self, session: Path | None = None, language: str = "fr",
                  settings: dict[str, str] | None = None) -> AppProcess:
        """The console on `session` (a fresh demo session when None), in `language`, with its own
        settings folder (`settings`: more QSettings values, key → value as written in the file).
        Returns once the console's window is shown."""
        session = session or self.demo_session(lang=language)
        config = self.folder / f"config-{len(self.apps)}"
        (config / "Equilibriste").mkdir(parents=True, exist_ok=True)
        values = {"ui/language": language, **(settings or {})}
        (config / "Equilibriste" / "Equilibriste.conf").write_text("".join(  # QSettings' INI format
            "[{0}]\n{1}={2}\n".format(*key.split("/", 1), value) for key, value in values.items()))
        env = self.env(XDG_CONFIG_HOME=str(config), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        log = self.folder / f"app-{len(self.apps)}.log"
        probe = self.folder / f"probe-{len(self.apps)}.json"
        env["ROOM_PROBE"] = str(probe)
        process = subprocess.Popen([sys.executable, str(ROOM_DIR / "launch.py"), "--sessions-dir",
                                    str(session.parent), "--open", str(session)],
                                   env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=open(log, "wb"))
        app = AppProcess(process, log, probe, self.env())
        self.apps.append(app)
        self.wait_until(lambda: self._console_shown(app), "the console's window")
        return app

    def _console_shown(self, app: AppProcess) -> bool:
        if not app.running():
            raise RuntimeError("the app stopped: " + app.log())
        return any(w.title.endswith("Équilibriste") for w in self.windows())

    # -- windows --------------------------------------------------------------------------------
    def windows(self) -> list[Window]:
        """The windows the window manager shows (not minimised ones' state: see `visible_windows`)."""
        found = []
        for line in self._run(["wmctrl", "-l", "-G"], check=False).stdout.splitlines():
            parts = line.split(None, 7)
            if len(parts) < 7:
                continue
            wid, _desktop, x, y, w, h = parts[:6]
            title = parts[7] if len(parts) > 7 else ""
            found.append(Window(int(wid, 16), int(x), int(y), int(w), int(h), title))
        return found

    def visible_windows(self, name_regex: str) -> list[int]:
        """Ids of the mapped windows whose title matches (xdotool: minimised ones are not mapped)."""
        done = self._run(["xdotool", "search", "--onlyvisible", "--name", name_regex], check=False)
        return [int(line) for line in done.stdout.split()]

    def geometry(self, window_id: int) -> Window:
        """One window as X has it now (any window, managed or not)."""
        info = self._run(["xwininfo", "-id", str(window_id)], check=False).stdout
        def value(label: str) -> int:
            found = re.search(rf"{label}:\s+(-?\d+)", info)
            return int(found[1]) if found else 0
        title = re.search(r'xwininfo: Window id: \S+ "(.*)"', info)
        return Window(window_id, value("Absolute upper-left X"), value("Absolute upper-left Y"), value("Width"),
                      value("Height"), title[1] if title else "")

    def window(self, title_regex: str) -> Window | None:
        matching = [w for w in self.windows() if re.search(title_regex, w.title) and w.id in
                    set(self.visible_windows(title_regex))]
        return matching[0] if matching else None

    def wait_window(self, title_regex: str, monitor: str | None = None, timeout: float = WAIT_S) -> Window:
        """A visible window with that title (on that monitor, judged by its centre)."""
        def found() -> Window | None:
            window = self.window(title_regex)
            if window is not None and (monitor is None or self.monitor_at(*window.centre) == monitor):
                return window
            return None
        return self.wait_until(found, f"a window {title_regex!r}" + (f" on {monitor}" if monitor else ""),
                               timeout)

    def wait_no_window(self, title_regex: str, timeout: float = WAIT_S) -> None:
        self.wait_until(lambda: self.window(title_regex) is None, f"no visible window {title_regex!r}", timeout)

    def wait_windows(self, title_regex: str, count: int, timeout: float = WAIT_S) -> list[int]:
        return self.wait_until(lambda: (ids := self.visible_windows(title_regex)) and len(ids) == count and ids,
                               f"{count} windows {title_regex!r}", timeout)

    def wait_until(self, predicate: Callable[[], object], what: str, timeout: float = WAIT_S) -> object:
        """Poll `predicate` until it returns something true; fail saying what was awaited."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                logs = "".join(f"\n--- app log:\n{app.log()[-2000:]}" for app in self.apps)
                raise AssertionError(f"waited {timeout:.0f} s for {what}; windows: {self.windows()}{logs}")
            time.sleep(0.05)

    def activate(self, window: Window) -> None:
        self._run(["xdotool", "windowactivate", "--sync", str(window.id)], check=False)

    # -- input ----------------------------------------------------------------------------------
    def move(self, x: int, y: int) -> None:
        """The pointer to (x, y), once it is there. (`mousemove --sync` to where the pointer
        already is waits for a motion that never comes: skipped then.)"""
        where = self._run(["xdotool", "getmouselocation", "--shell"]).stdout
        if f"X={x}\n" in where and f"Y={y}\n" in where:
            return
        self._run(["xdotool", "mousemove", "--sync", str(x), str(y)])

    def click(self, x: int, y: int, repeat: int = 1, delay_ms: int = 120) -> None:
        """`repeat` clicks `delay_ms` apart, at (x, y)."""
        self.move(x, y)
        self._run(["xdotool", "click", "--repeat", str(repeat), "--delay", str(delay_ms), "1"])

    def double_click(self, x: int, y: int, delay_ms: int = 120) -> None:
        self.click(x, y, repeat=2, delay_ms=delay_ms)

    def click_in(self, window: Window, dx: int, dy: int) -> None:
        self.click(window.x + dx, window.y + dy)

    def click_widget(self, widget: dict[str, object]) -> None:
        """A click in the middle of a widget described by `AppProcess.widget`."""
        self.click(int(widget["x"]) + int(widget["w"]) // 2, int(widget["y"]) + int(widget["h"]) // 2)

    def click_tab(self, app: AppProcess, title: str) -> None:
        """A click on the tab called `title` in the app's tab bars."""
        for bar in (w for w in app.widgets() if w["class"] == "QTabBar"):
            for text, x, y in bar["tabs"]:  # type: ignore[union-attr]
                if text.replace("&", "") == title:
                    self.click(x, y)
                    return
        raise AssertionError(f"no tab {title!r}")

    def key(self, *keys: str) -> None:
        self._run(["xdotool", "key", "--clearmodifiers", *keys])

    def type_text(self, text: str) -> None:
        for char in text:
            self._run(["xdotool", "type", "--delay", "20", char])

    # -- pictures -------------------------------------------------------------------------------
    def screenshot(self, path: Path, monitor: str | None = None) -> Path:
        argv = ["import", "-display", self.display, "-window", "root"]
        if monitor is not None:
            x, y, w, h = MONITORS[monitor]
            argv += ["-crop", f"{w}x{h}+{x}+{y}", "+repage"]
        self._run([*argv, str(path)])
        return path

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        done = self._run(["import", "-display", self.display, "-window", "root", "-crop", f"1x1+{x}+{y}",
                          "-depth", "8", "txt:-"])
        match = re.search(r"\((\d+),(\d+),(\d+)", done.stdout.splitlines()[-1])
        assert match, done.stdout
        return int(match[1]), int(match[2]), int(match[3])


@pytest.fixture(scope="session")
def room() -> Iterator[Room]:
    missing = missing_programs()
    if missing:
        pytest.skip("room tests skipped: no real X server here, missing " + ", ".join(missing))
    workdir = Path(tempfile.mkdtemp(prefix="room-"))
    room = Room(workdir)
    try:
        room.start()
        yield room
    finally:
        room.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_room(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """Three monitors plugged in, no app left from the test before, the test's own folder."""
    if "room" not in request.fixturenames:
        yield
        return
    room: Room = request.getfixturevalue("room")
    room.folder = tmp_path
    room.plug_all()
    yield
    for app in room.apps:
        app.stop()
    room.apps.clear()
    room.wait_until(lambda: not room.windows(), "no window left from the test")


@pytest.fixture
def app(room: Room) -> AppProcess:
    return room.start_app()

