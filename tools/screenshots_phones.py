"""The phone page at each step (390x844, Chromium) and the projector's Join view and the
console's Phones panel, to docs/screenshots/phone-*.png, projector-join.png, console-phones.png.

Run with `make screenshots`. The page is served by the app's own server on loopback and opened
through a host name (http://room.test), as a phone on the room's network opens it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop_app.store import SessionStore  # noqa: E402
from workshop_app.store.demo import create_demo_session  # noqa: E402
from workshop_app.ui import theme  # noqa: E402
from workshop_app.ui.console.style import CONSOLE_STYLE  # noqa: E402
from workshop_app.ui.live_session import LiveSession  # noqa: E402
from workshop_app.ui.phones.network import Interface  # noqa: E402
from workshop_app.ui.phones.panel import PhonesPanel  # noqa: E402
from workshop_app.ui.phones.room import PhonesRoom  # noqa: E402
from workshop_app.ui.projector.controller import ProjectorController  # noqa: E402
from workshop_app.ui.projector.export import render_image  # noqa: E402
from workshop_app.ui.projector.texts import View  # noqa: E402
from workshop_app.ui.translation import install_translators  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
NEWCOMER = "Maëlle Le Gall"


def wait(future: Future) -> object:
    """The GUI thread keeps serving the phone while the browser works on its own thread."""
    while not future.done():
        QApplication.processEvents()
    return future.result()


def shoot(page: Page, name: str) -> None:
    page.wait_for_timeout(700)  # the page settles (taps are ignored a moment after a change)
    path = OUT / f"phone-{name}.png"
    page.screenshot(path=str(path))
    print(path.relative_to(OUT.parents[1]))


def walk(url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--host-resolver-rules=MAP room.test 127.0.0.1", "--no-sandbox", "--disable-gpu"])
        page = browser.new_context(**PHONE).new_page()
        page.goto(url)
        page.locator('main[data-screen="names"]').wait_for()
        shoot(page, "names")
        page.get_by_role("button", name=NEWCOMER, exact=True).tap()
        shoot(page, "confirm")
        page.get_by_role("button", name="Oui, c’est moi").tap()
        page.locator('main[data-screen="statement"]').wait_for()
        page.wait_for_timeout(700)
        page.locator('button[data-value="4"]').tap()
        page.wait_for_timeout(700)
        shoot(page, "statement")
        for n in range(23):
            page.wait_for_timeout(450)
            page.locator(f'button[data-value="{1 + n % 5}"]').tap()
        page.locator('main[data-screen="allocation"]').wait_for()
        page.wait_for_timeout(500)
        for code, taps in (("faire", 6), ("analyser", 3), ("commando", 5)):
            for _ in range(taps):
                page.locator(f'.territory[data-code="{code}"] .plus').tap()
        shoot(page, "allocation")
        page.close()
        browser.close()


def tensions_and_after(url: str, device_state: Path) -> None:
    """From the same phone (its device token kept), the last steps."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--host-resolver-rules=MAP room.test 127.0.0.1", "--no-sandbox", "--disable-gpu"])
        page = browser.new_context(**PHONE, storage_state=str(device_state)).new_page()
        page.goto(url)
        page.locator('main[data-screen="tensions"]').wait_for()
        for box, value in zip(page.locator(".tension").all(), (3, 5, 2)):
            box.locator(f'button[data-value="{value}"]').tap()
        shoot(page, "tensions")
        page.get_by_role("button", name="Suivant").tap()
        page.locator('main[data-screen="commitments"]').wait_for()
        page.locator('.list button[data-code="developper"]').tap()
        page.get_by_placeholder("Action 1").fill("Un entretien individuel par mois avec chacun")
        shoot(page, "commitments")
        page.get_by_role("button", name="Terminer").tap()
        page.locator('main[data-screen="thanks"]').wait_for()
        shoot(page, "thanks")
        browser.close()


def main() -> int:
    app = QApplication(sys.argv)
    theme.apply(app)
    translators = install_translators("fr")
    OUT.mkdir(parents=True, exist_ok=True)
    pool = ThreadPoolExecutor(max_workers=1)
    with tempfile.TemporaryDirectory() as folder:
        path = create_demo_session(folder, participants=12, language="fr")
        with SessionStore.open(path) as store:
            newcomer = store.add_participant(NEWCOMER)
            store.add_participant("Yannick Roux")
        live = LiveSession(SessionStore.open(path))
        room = PhonesRoom.of(live)
        room.set_wifi_name("Hotel-Meeting")
        url = room.server.open("room.test", bind="127.0.0.1")
        room.opened.emit(url)
        wait(pool.submit(walk, url))
        # The same phone comes back (a reload, a phone that slept): its run carries on.
        device = next(d for d in room.gate.joined() if d.participant_id == newcomer)
        live.set_allocation(newcomer, "today", {"faire": 40, "analyser": 20, "commando": 30, "developper": 10})
        live.set_allocation(newcomer, "ideal", {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
        device.run.confirm()  # resumes where the answers stop: the tensions
        state = Path(folder) / "phone.json"
        state.write_text('{"cookies": [], "origins": [{"origin": "%s", "localStorage": [{"name": '
                         '"equilibriste-device:/j/%s/", "value": "%s"}]}]}'
                         % (url.split("/j/")[0], room.server.join_token, device.token))
        wait(pool.submit(tensions_and_after, url, state))

        controller = ProjectorController(live)
        for name, size in (("projector-join", QSize(1920, 1080)), ("projector-join-1024x768", QSize(1024, 768))):
            render_image(controller.scene(view=View.JOIN), size).save(str(OUT / f"{name}.png"))
            print(f"docs/screenshots/{name}.png")
        render_image(controller.scene(view=View.MAP, revealed=True), QSize(1920, 1080)).save(
            str(OUT / "projector-map-join-banner.png"))
        print("docs/screenshots/projector-map-join-banner.png")

        panel = PhonesPanel(room, interfaces=lambda: [Interface("wlan0", "Wi-Fi", "192.168.1.23", "wifi")])
        panel.setStyleSheet(CONSOLE_STYLE)
        panel.wifi_name.setText("Hotel-Meeting")
        panel.resize(1180, 560)
        panel.show()
        panel.show_devices()
        QApplication.processEvents()
        panel.grab().save(str(OUT / "console-phones.png"))
        print("docs/screenshots/console-phones.png")
        room.close()
        live.close()
    for translator in translators:
        app.removeTranslator(translator)
    pool.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
