"""The phone page in a real browser: Debian's Chromium driven by Playwright, with a phone's
viewport and touch, opened through a host name (http://room.test), not a secure 127.0.0.1."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.ui.conftest import make_session
from workshop_app.store import SessionStore
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.phones.gate import PhoneGate
from workshop_app.ui.phones.server import PhoneServer

CHROMIUM = "/usr/bin/chromium"
try:
    from playwright.sync_api import Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

if sync_playwright is None or not Path(CHROMIUM).exists() and not shutil.which("chromium"):
    pytest.skip("phone page browser tests skipped: Chromium or Playwright is not installed",
                allow_module_level=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}


class Room:
    """A session served to phones, and a browser the test drives on its own thread (the
    gate answers on this one, which must keep turning)."""

    def __init__(self, tmp_path: Path, qtbot, language: str, form: str, walk_ins: bool = False) -> None:
        path = make_session(tmp_path / f"phones-{language}-{form}.sqlite", language=language, form=form,
                            walk_ins=walk_ins)
        self.live = LiveSession(SessionStore.open(path))
        self.gate = PhoneGate(self.live)
        self.server = PhoneServer(self.gate)
        self.url = self.server.open("room.test", bind="127.0.0.1")
        self.qtbot = qtbot
        self.pool = ThreadPoolExecutor(max_workers=1)
        self._run(self._launch)

    def _launch(self) -> None:
        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--host-resolver-rules=MAP room.test 127.0.0.1", "--no-sandbox", "--disable-gpu"])

    def _run(self, fn, *args):
        future = self.pool.submit(fn, *args)
        self.qtbot.waitUntil(future.done, timeout=90_000)
        return future.result()

    def phone(self, scenario, device: dict = PHONE) -> None:
        """Runs scenario(page) in a new phone."""
        def play() -> None:
            context = self.browser.new_context(**device)
            try:
                scenario(context.new_page(), context)
            finally:
                context.close()
        self._run(play)

    def close(self) -> None:
        def stop() -> None:
            self.browser.close()
            self.playwright.stop()
        self._run(stop)
        self.pool.shutdown()
        self.server.close()
        self.live.close()


@pytest.fixture
def room_factory(tmp_path, qtbot):
    rooms = []

    def make(language: str = "fr", form: str = "short", walk_ins: bool = False) -> Room:
        rooms.append(Room(tmp_path, qtbot, language, form, walk_ins))
        return rooms[-1]

    yield make
    for room in rooms:
        room.close()


def screen(page: Page, name: str):
    return expect(page.locator(f'main[data-screen="{name}"]'))


def pick(page: Page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).tap()


def allocate(page: Page, points: dict[str, int]) -> None:
    """From whatever is shown, tap − and + until each territory has its points."""
    for code, target in points.items():
        box = page.locator(f'.territory[data-code="{code}"]')
        while int(box.locator(".points").inner_text()) > target:
            box.locator(".minus").tap()
        while int(box.locator(".points").inner_text()) < target:
            box.locator(".plus").tap()


def test_a_short_form_answered_on_a_phone_in_french(room_factory):
    room = room_factory("fr", "short")
    amelie = room.live.store.participants()[0]

    def scenario(page: Page, context) -> None:
        page.goto(room.url)
        screen(page, "names").to_be_visible()
        expect(page.get_by_role("heading")).to_have_text("Choisissez votre nom")
        pick(page, "Amélie Durand")
        expect(page.get_by_role("heading")).to_have_text("Vous êtes Amélie Durand\u202f?")
        page.get_by_role("button", name="Oui, c’est moi").tap()
        screen(page, "allocation").to_be_visible()
        expect(page.locator(".remaining")).to_have_text("Reste à répartir\u202f: 100 points")
        expect(page.get_by_role("button", name="Suivant")).to_be_disabled()
        allocate(page, {"faire": 40, "analyser": 20, "commando": 30, "developper": 5})
        expect(page.locator(".remaining")).to_have_text("Reste à répartir\u202f: 5 points")
        allocate(page, {"developper": 10})
        expect(page.locator(".remaining")).to_have_text("Les 100 points sont répartis.")
        page.get_by_role("button", name="Suivant").tap()
        expect(page.locator(".statement")).to_contain_text("Dans 12 mois")  # the ideal's prompt
        # The ideal starts from today's figures, as at the station.
        expect(page.locator('.territory[data-code="faire"] .points')).to_have_text("40")
        allocate(page, {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
        page.get_by_role("button", name="Suivant").tap()
        screen(page, "tensions").to_be_visible()
        for box in page.locator(".tension").all():
            box.locator('button[data-value="2"]').tap()
        page.get_by_role("button", name="Suivant").tap()
        screen(page, "commitments").to_be_visible()
        page.locator('.list button[data-code="developper"]').tap()
        page.get_by_placeholder("Action 1").fill("Un entretien individuel par mois")
        page.get_by_role("button", name="Terminer").tap()
        screen(page, "thanks").to_be_visible()
        expect(page.get_by_role("heading")).to_have_text("Merci, Amélie Durand\u202f!")

    room.phone(scenario)
    r = room.live.store.responses(amelie.id)
    assert r.allocations == {"today": {"faire": 40, "analyser": 20, "commando": 30, "developper": 10},
                             "ideal": {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}}
    assert set(r.tensions.values()) == {2} and len(r.tensions) == len(room.live.store.instrument.tension_ids)
    assert (r.commitment_territory, r.commitment_actions) == ("developper", ("Un entretien individuel par mois",))
    assert room.live.results().participant(amelie.id).finished


def test_a_long_form_answered_in_english_resumes_after_a_reload(room_factory):
    room = room_factory("en", "full")
    bruno = room.live.store.participants()[1]  # "Bruno <b>Martin</b>": a name is plain text
    items = room.live.store.instrument.item_ids

    def scenario(page: Page, context) -> None:
        page.goto(room.url)
        expect(page.get_by_role("heading")).to_have_text("Choose your name")
        pick(page, bruno.name)
        expect(page.get_by_role("heading")).to_have_text(f"Are you {bruno.name}?")
        page.get_by_role("button", name="Yes, that’s me").tap()
        for number in range(1, len(items) + 1):
            expect(page.locator(".eyebrow")).to_contain_text(f"{number} / {len(items)}")
            page.locator(f'button[data-value="{1 + number % 5}"]').tap()
            if number == len(items):
                screen(page, "allocation").to_be_visible()
            if number == 3:
                # A reload (or a phone that slept) comes back to the same place, same device.
                page.reload()
                expect(page.locator(".eyebrow")).to_contain_text(f"4 / {len(items)}")
        screen(page, "allocation").to_be_visible()
        page.get_by_role("button", name="Back").tap()
        screen(page, "statement").to_be_visible()
        expect(page.locator(f'button.chosen[data-value="{1 + len(items) % 5}"]')).to_be_visible()
        page.get_by_role("button", name="Next").tap()
        screen(page, "allocation").to_be_visible()
        allocate(page, {"faire": 10, "analyser": 20, "commando": 30, "developper": 40})
        page.get_by_role("button", name="Next").tap()
        expect(page.locator(".eyebrow")).to_contain_text("2 / 2")
        page.get_by_role("button", name="Next").tap()
        screen(page, "tensions").to_be_visible()
        for box in page.locator(".tension").all():
            box.locator('button[data-value="1"]').tap()
        page.get_by_role("button", name="Next").tap()
        page.get_by_role("button", name="Finish").tap()
        expect(page.get_by_role("heading")).to_have_text(f"Thank you, {bruno.name}!")

    room.phone(scenario)
    r = room.live.store.responses(bruno.id)
    assert r.answers == {item: 1 + n % 5 for n, item in enumerate(items, start=1)}
    assert r.allocations["ideal"] == {"faire": 10, "analyser": 20, "commando": 30, "developper": 40}
    assert room.live.results().participant(bruno.id).finished


def test_a_second_phone_sees_the_name_taken_until_the_trainer_releases_it(room_factory):
    room = room_factory("fr", "short")
    amelie = room.live.store.participants()[0]

    def first_phone(page: Page, context) -> None:
        page.goto(room.url)
        pick(page, "Amélie Durand")
        page.get_by_role("button", name="Oui, c’est moi").tap()
        screen(page, "allocation").to_be_visible()
        room.first = (page, context)

    def second_phone(page: Page, context) -> None:
        page.goto(room.url)
        taken = page.get_by_role("button", name="Amélie Durand")
        expect(taken).to_have_attribute("aria-disabled", "true")
        expect(taken).to_contain_text("Indisponible — demandez à l’animateur")
        taken.tap(force=True)
        screen(page, "names").to_be_visible()  # nothing happens
        room.second = (page, context)

    def after_release() -> None:
        page, _ = room.second
        page.reload()
        pick(page, "Amélie Durand")
        page.get_by_role("button", name="Oui, c’est moi").tap()
        screen(page, "allocation").to_be_visible()
        first, _ = room.first
        allocate(first, {"faire": 100, "analyser": 0, "commando": 0, "developper": 0})
        first.get_by_role("button", name="Suivant").tap()
        expect(first.locator(".message")).to_have_text("L’animateur a libéré votre nom sur ce téléphone.")

    def play() -> None:
        contexts = [room.browser.new_context(**PHONE) for _ in range(2)]
        first_phone(contexts[0].new_page(), contexts[0])
        second_phone(contexts[1].new_page(), contexts[1])

    room._run(play)
    room.gate.release(amelie.id)
    try:
        room._run(after_release)
    finally:
        room._run(lambda: [c.close() for c in (room.first[1], room.second[1])])
    assert room.live.store.responses(amelie.id).allocations == {}


def test_a_lost_connection_is_said_and_the_answer_retried(room_factory):
    room = room_factory("en", "full")
    chloe = room.live.store.participants()[2]
    first_item = room.live.store.instrument.item_ids[0]

    def scenario(page: Page, context) -> None:
        page.goto(room.url)
        pick(page, chloe.name)
        page.get_by_role("button", name="Yes, that’s me").tap()
        screen(page, "statement").to_be_visible()
        context.set_offline(True)
        page.locator('button[data-value="4"]').tap()
        expect(page.locator("#status")).to_have_text("Connection lost. Trying again…")
        expect(page.locator(".eyebrow")).to_contain_text("1 / ")  # not moved on: nothing was saved
        context.set_offline(False)
        expect(page.locator(".eyebrow")).to_contain_text("2 / ", timeout=15_000)
        expect(page.locator("#status")).to_be_hidden()

    room.phone(scenario)
    assert room.live.store.responses(chloe.id).answers == {first_item: 4}


SMALL_PHONE = {**PHONE, "viewport": {"width": 360, "height": 640}}
TAP_PX = 44  # the smallest comfortable touch target (WCAG 2.5.5, Apple's guidelines)


def fits_and_taps(page: Page) -> list[str]:
    """What is wrong with this screen on a small phone: a page wider than the screen, a
    target smaller than a finger."""
    problems = page.evaluate("""(tap) => {
        const found = [];
        if (document.documentElement.scrollWidth > window.innerWidth)
            found.push("wider than the screen: " + document.documentElement.scrollWidth + "px");
        for (const node of document.querySelectorAll("button, input")) {
            const box = node.getBoundingClientRect();
            if (box.width && (box.width < tap || box.height < tap))
                found.push((node.textContent || node.placeholder || node.dataset.value || node.className)
                           + " " + Math.round(box.width) + "x" + Math.round(box.height));
        }
        return found;
    }""", TAP_PX)
    return problems


def test_every_screen_is_readable_and_tappable_on_a_360_by_640_phone(room_factory):
    room = room_factory("fr", "full")
    seen: dict[str, list[str]] = {}

    def scenario(page: Page, context) -> None:
        violations: list[str] = []
        page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
        page.goto(room.url)
        screen(page, "names").to_be_visible()
        seen["names"] = fits_and_taps(page)
        pick(page, "Amélie Durand")
        seen["confirm"] = fits_and_taps(page)
        page.get_by_role("button", name="Oui, c’est moi").tap()
        screen(page, "statement").to_be_visible()
        seen["statement"] = fits_and_taps(page)
        items = room.live.store.instrument.item_ids
        for number in range(1, len(items) + 1):
            expect(page.locator(".eyebrow")).to_contain_text(f"{number} / {len(items)}")
            page.locator('button[data-value="3"]').tap()
        screen(page, "allocation").to_be_visible()
        seen["allocation"] = fits_and_taps(page)
        allocate(page, {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
        page.get_by_role("button", name="Suivant").tap()
        page.get_by_role("button", name="Suivant").tap()
        screen(page, "tensions").to_be_visible()
        seen["tensions"] = fits_and_taps(page)
        for box in page.locator(".tension").all():
            box.locator('button[data-value="4"]').tap()
        page.get_by_role("button", name="Suivant").tap()
        screen(page, "commitments").to_be_visible()
        seen["commitments"] = fits_and_taps(page)
        page.get_by_role("button", name="Terminer").tap()
        screen(page, "thanks").to_be_visible()
        seen["csp"] = violations  # the page breaks none of its own security rules (inline styles)

    room.phone(scenario, SMALL_PHONE)
    assert seen == {name: [] for name in ("names", "confirm", "statement", "allocation", "tensions",
                                          "commitments", "csp")}


def test_the_page_relies_on_no_secure_context_api():
    """Plain HTTP on a room's address is no secure context: these would be missing on a phone."""
    script = (Path(__file__).resolve().parents[3] / "assets" / "web" / "phone.js").read_text(encoding="utf-8")
    for api in ("randomUUID", "crypto.subtle", "serviceWorker", "navigator.clipboard", "getUserMedia",
                "Notification", "PaymentRequest", "navigator.credentials", "navigator.share"):
        assert api not in script, api


def test_a_manager_not_on_the_list_adds_their_name_once_confirmed(room_factory):
    room = room_factory("fr", "short", walk_ins=True)
    before = [p.name for p in room.live.store.participants()]

    def scenario(page: Page, context) -> None:
        page.goto(room.url)
        page.get_by_role("button", name="Je ne suis pas dans la liste").tap()
        screen(page, "walk_in").to_be_visible()
        page.get_by_placeholder("Prénom Nom").fill("  Amélie   durand ")  # already on the list
        page.get_by_role("button", name="Continuer").tap()
        expect(page.get_by_role("heading")).to_have_text("Vous êtes Amélie durand\u202f?")
        page.get_by_role("button", name="Oui, c’est moi").tap()
        screen(page, "walk_in").to_be_visible()
        expect(page.locator(".message")).to_contain_text("Ce nom ne peut pas être ajouté")
        page.get_by_placeholder("Prénom Nom").fill("Zoé Martin")
        page.get_by_role("button", name="Continuer").tap()
        page.get_by_role("button", name="Oui, c’est moi").tap()
        screen(page, "allocation").to_be_visible()

    room.phone(scenario)
    # Only the name confirmed and accepted was added; the refused one left the list as it was.
    assert [p.name for p in room.live.store.participants()] == [*before, "Zoé Martin"]


def test_without_walk_ins_the_page_offers_none(room_factory):
    room = room_factory("en", "short")

    def scenario(page: Page, context) -> None:
        page.goto(room.url)
        screen(page, "names").to_be_visible()
        expect(page.get_by_role("button", name="I’m not on the list")).to_have_count(0)

    room.phone(scenario)
