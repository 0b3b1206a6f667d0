"""A realistic demo session: sales managers with varied profiles, every part answered.

Each demo manager follows a profile (hands-on firefighter, analyst, coach, field commander,
hands-on doer, balanced) with some personal variation: practices are drawn around the profile,
today's time split follows it, the ideal split usually moves toward balance and developing
people, and the tensions follow where the practices place the person. A few managers have
already written their commitments, on a territory they under-use. Same seed, same session.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from workshop_app.model.scoring import Responses, point_from_scores, territory_scores
from workshop_app.model.territories import CODES
from workshop_app.paths import SESSION_SUFFIX, slug
from workshop_app.store.session import SessionStore, create_with_free_name

DEFAULT_SEED = 2026
DEMO_PIN = "1234"
DEMO_PREFIX = "demo-"


@dataclass(frozen=True)
class Profile:
    practice: Mapping[str, float]  # typical answer per territory, on the 1-5 scale
    today: Mapping[str, int]  # typical split of a month, in points


PROFILES: dict[str, Profile] = {
    "firefighter": Profile({"faire": 4.6, "analyser": 2.4, "commando": 3.4, "developper": 1.9},
                           {"faire": 50, "analyser": 10, "commando": 30, "developper": 10}),
    "commander": Profile({"faire": 3.2, "analyser": 2.0, "commando": 4.6, "developper": 2.6},
                         {"faire": 25, "analyser": 10, "commando": 50, "developper": 15}),
    "analyst": Profile({"faire": 2.4, "analyser": 4.6, "commando": 2.2, "developper": 2.9},
                       {"faire": 15, "analyser": 50, "commando": 15, "developper": 20}),
    "coach": Profile({"faire": 2.0, "analyser": 3.0, "commando": 3.3, "developper": 4.6},
                     {"faire": 10, "analyser": 20, "commando": 20, "developper": 50}),
    "balanced": Profile({"faire": 3.5, "analyser": 3.4, "commando": 3.5, "developper": 3.4},
                        {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}),
    "doer": Profile({"faire": 4.3, "analyser": 2.0, "commando": 4.2, "developper": 2.2},
                    {"faire": 40, "analyser": 10, "commando": 40, "developper": 10}),
}
# A room of sales managers: firefighters and commanders are the most common.
PROFILE_CYCLE = ("firefighter", "commander", "analyst", "coach", "balanced", "firefighter",
                 "doer", "analyst", "commander", "firefighter", "coach", "balanced")

SESSIONS = {
    "fr": {"title": "Manager l’équilibre — Promo Ouest 2026", "client": "Atlantique Distribution",
           "place": "Nantes", "date": "2026-03-12", "trainer": "Claire Vasseur"},
    "en": {"title": "Managing the balance — West Cohort 2026", "client": "Harbour Foods",
           "place": "Bristol", "date": "2026-03-12", "trainer": "Helen Carter"},
}
DOMAINS = {"fr": "atlantique-distribution.fr", "en": "harbourfoods.co.uk"}
NAMES = {
    "fr": ("Claire Lefèvre", "Karim Benali", "Sophie Marchand", "Aïssatou N’Diaye", "Thomas Garnier",
           "Hélène Rousseau", "Julien Moreau", "Inès Haddad", "François Nguyen", "Émilie Petit",
           "Mathieu Da Silva", "Nadia Belkacem", "Cédric Lambert", "Laure Besnard", "Yannick Le Goff",
           "Sandrine Kowalski", "Olivier Chevalier", "Fatima Zerrouki", "Stéphane Roux", "Caroline Dubois",
           "Vincent Mercier", "Amélie Fontaine", "Benoît Girard", "Lucie Perrin", "Mehdi Bouzid",
           "Anne-Sophie Vidal", "Grégory Morel", "Chloé Tran", "Jérôme Pasquier", "Sylvie Ould Ahmed"),
    "en": ("Sarah Mitchell", "James O’Brien", "Priya Patel", "Daniel Kowalski", "Aisha Okafor",
           "Tom Fletcher", "Zoë Hartley", "Mateo García", "Emma Clarke", "Ryan Doherty",
           "Hannah Schmidt", "Kwame Mensah", "Olivia Bennett", "Rajesh Iyer", "Grace Liu",
           "Marcus Reid", "Siobhán Byrne", "Ben Adeyemi", "Laura Novak", "Chris Walsh",
           "Fatima Hussain", "Owen Price", "Nina Rossi", "David Cohen", "Amara Diallo",
           "Jack Thornton", "Mei Chen", "Sam Whitaker", "Elena Popescu", "Luke Harrison"),
}
TEAMS = {
    "fr": ("Grands comptes", "Région Ouest", "Région Sud-Est", "Île-de-France", "Distributeurs"),
    "en": ("Key Accounts", "West Region", "South-East Region", "Greater London", "Channel Partners"),
}
ACTIONS = {
    "fr": {
        "faire": ("Accompagner moi-même deux rendez-vous clés par mois",
                  "Reprendre en direct le suivi de nos trois plus gros comptes",
                  "Bloquer une demi-journée par semaine pour les clients"),
        "analyser": ("Faire une revue mensuelle du pipe par commercial, chiffres à l’appui",
                     "Construire un tableau de bord de secteur avec trois indicateurs",
                     "Préparer chaque réunion d’équipe avec les résultats de la semaine",
                     "Analyser les affaires perdues du trimestre avant de fixer les priorités"),
        "commando": ("Tenir un point d’équipe de 15 minutes chaque lundi",
                     "Passer une journée par semaine sur le terrain avec un commercial",
                     "Lancer un challenge d’équipe sur les nouveaux clients ce trimestre",
                     "Régler sous 48 h les blocages administratifs remontés par l’équipe"),
        "developper": ("Un entretien individuel de progrès par mois avec chaque commercial",
                       "Coacher en rendez-vous au lieu de reprendre la main",
                       "Déléguer la revue hebdomadaire des prévisions à un commercial senior",
                       "Construire un plan de progrès écrit avec chacun d’ici fin mars"),
    },
    "en": {
        "faire": ("Join two key customer meetings myself every month",
                  "Personally follow up our three largest accounts",
                  "Block half a day a week for customers"),
        "analyser": ("Run a monthly pipeline review per rep, figures in hand",
                     "Build a territory dashboard with three key indicators",
                     "Prepare every team meeting with the week’s results",
                     "Review the quarter’s lost deals before setting priorities"),
        "commando": ("Hold a 15-minute team huddle every Monday",
                     "Spend one day a week in the field with a rep",
                     "Launch a team contest on new accounts this quarter",
                     "Clear the admin blockers the team raises within 48 hours"),
        "developper": ("Hold a monthly one-to-one on growth with each rep",
                       "Coach during customer meetings instead of taking over",
                       "Delegate the weekly forecast review to a senior rep",
                       "Write a development plan with each rep by the end of March"),
    },
}


def create_demo_session(folder: str | Path, participants: int = 12, language: str = "fr",
                        seed: int = DEFAULT_SEED) -> Path:
    """Write a new demo session file in `folder` (never over an existing file); its path."""
    if language not in SESSIONS:
        raise ValueError(f"language must be fr or en, not {language!r}")
    if not 1 <= participants <= 500:
        raise ValueError("a demo session has 1 to 500 participants")
    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    made: list[SessionStore] = []
    path = create_with_free_name(folder, f"{DEMO_PREFIX}{language}",
                                 lambda p: made.append(SessionStore.create(p, language=language, **SESSIONS[language])))
    with made[0] as store:
        store.set_pin(DEMO_PIN)  # so the station can be tried at once, and closed
        # Every demo manager has answered: walk-ins let the station and the phones be tried at once.
        store.update_settings(allow_walk_ins=True)
        people = _people(rng, participants, language)
        ids = store.import_participants(people)
        profiles = _profiles(rng, participants)
        committed = set(rng.sample(range(participants), max(1, round(participants * 0.4))))
        for index, (pid, profile) in enumerate(zip(ids, profiles)):
            with store.batch():  # one synced commit a person, not one an answer
                _answer(store, rng, pid, PROFILES[profile], language, index in committed)
    return path


FOLLOW_UP_DATE = "2026-06-18"  # three months after the demo session


def create_demo_follow_up(folder: str | Path, participants: int = 12, language: str = "fr",
                          seed: int = DEFAULT_SEED) -> tuple[Path, Path]:
    """A demo session and its follow-up three months later, answered: each manager gives much
    the same answers (one in five moved by a step, as self-ratings do), and those who committed
    have moved some way towards their territory — answers up a step, ten points of time more.
    (first, follow-up) paths."""
    first = create_demo_session(folder, participants, language, seed)
    rng = random.Random(seed + 1)
    with SessionStore.open(first, read_only=True) as store:
        before = store.all_responses()
        path = create_with_free_name(Path(folder), f"{DEMO_PREFIX}{language}-follow-up",
                                     lambda p: store.follow_up(p, FOLLOW_UP_DATE).close())
    with SessionStore.open(path) as store:
        store.set_pin(DEMO_PIN)
        for p, r in zip(store.participants(), before):
            with store.batch():
                _answer_again(store, rng, p.id, r, language)
    return first, path


def _answer_again(store: SessionStore, rng: random.Random, pid: int, r: Responses, language: str) -> None:
    instrument, committed = store.instrument, r.commitment_territory
    effort = rng.choice((0.2, 0.5, 0.8))  # how far the commitment was carried out
    for item in instrument.items:
        value = r.answers[item.id] + (rng.choice((-1, 1)) if rng.random() < 0.2 else 0)
        if item.territory == committed and rng.random() < effort:
            value += 1
        store.record_answer(pid, item.id, _clamp(value, 1, 5))
    today = dict(r.allocations["today"])
    if committed:
        giver = max((c for c in CODES if c != committed), key=lambda c: today[c])
        moved = min(10, today[giver] - 5)
        today[giver] -= moved
        today[committed] += moved
    store.set_allocation(pid, "today", today)
    store.set_allocation(pid, "ideal", r.allocations["ideal"])
    for tension, value in r.tensions.items():
        store.set_tension(pid, tension, value)
    if rng.random() < 0.5:
        territory = rng.choice(CODES)
        store.set_commitments(pid, territory, rng.sample(ACTIONS[language][territory], 2))


def newest_demo_session(folder: str | Path) -> Path | None:
    """The most recently written demo session in `folder`, if any."""
    demos = [p for p in Path(folder).glob(f"{DEMO_PREFIX}*{SESSION_SUFFIX}") if p.is_file()]
    return max(demos, key=lambda p: p.stat().st_mtime, default=None)


def _people(rng: random.Random, n: int, language: str) -> list[tuple[str, str, str]]:
    names = list(NAMES[language])
    rng.shuffle(names)
    apostrophe = next(name for name in NAMES[language] if "’" in name)
    if apostrophe not in names[:n]:  # one name that tests typography and escaping, always
        names.remove(apostrophe)
        names.insert(rng.randrange(min(n, len(names))), apostrophe)
    if n > len(names):  # a large room: first and last names crossed
        firsts = [name.split(" ", 1)[0] for name in NAMES[language]]
        lasts = [name.split(" ", 1)[1] for name in NAMES[language]]
        crossed = [f"{f} {l}" for f in firsts for l in lasts if f"{f} {l}" not in names]
        names += rng.sample(crossed, n - len(names))
    teams = list(TEAMS[language][: max(2, min(5, n // 3))])
    return [(name, f"{_mailbox(name)}@{DOMAINS[language]}", teams[i % len(teams)])
            for i, name in enumerate(names[:n])]


def _mailbox(name: str) -> str:
    """« Aïssatou N’Diaye » -> aissatou.ndiaye"""
    return slug(name.replace("’", "")).replace("-", ".")


def _profiles(rng: random.Random, n: int) -> list[str]:
    chosen = [PROFILE_CYCLE[i % len(PROFILE_CYCLE)] for i in range(n)]
    rng.shuffle(chosen)
    return chosen


def _answer(store: SessionStore, rng: random.Random, pid: int, profile: Profile, language: str,
            commits: bool) -> None:
    instrument = store.instrument
    lean = rng.gauss(0, 0.25)  # some people rate everything a little higher
    level = {c: profile.practice[c] + lean + rng.gauss(0, 0.3) for c in CODES}
    answers = {item.id: _clamp(round(rng.gauss(level[item.territory], 0.7)), 1, 5) for item in instrument.items}
    for item_id, value in answers.items():
        store.record_answer(pid, item_id, value)

    today = _split({c: profile.today[c] + rng.gauss(0, 5) for c in CODES})
    pull = rng.choice((0.1, 0.4, 0.5, 0.6, 0.7))  # how far toward balance they want to go
    ideal = _split({c: today[c] + pull * (25 - today[c]) + (8 if c == "developper" else 0) + rng.gauss(0, 3)
                    for c in CODES})
    store.set_allocation(pid, "today", today)
    store.set_allocation(pid, "ideal", ideal)

    scores = territory_scores(answers, instrument)
    assert scores is not None
    x, y = point_from_scores(scores)
    axis = {"horizon": y, "mode": y, "focus": x}
    steps = instrument.tension_steps
    middle = (steps + 1) / 2
    for tension in instrument.tension_ids:
        value = middle + (middle - 1) * 2 * axis.get(tension, 0) + rng.gauss(0, 0.7)
        store.set_tension(pid, tension, _clamp(round(value), 1, steps))

    if commits:
        lowest = min(scores.values())
        territory = rng.choice([c for c in CODES if scores[c] <= lowest + 5])
        bank = ACTIONS[language][territory]
        count = min(instrument.max_actions, rng.choice((1, 2, 2, 3)))
        store.set_commitments(pid, territory, rng.sample(bank, count))


def _split(weights: Mapping[str, float], step: int = 5) -> dict[str, int]:
    """100 points in steps of `step`, proportional to the weights, never 0 in a territory."""
    units = 100 // step
    positive = {c: max(weights[c], 1.0) for c in CODES}
    total = sum(positive.values())
    raw = {c: 1 + positive[c] / total * (units - len(CODES)) for c in CODES}
    whole = {c: int(raw[c]) for c in CODES}
    for c in sorted(CODES, key=lambda c: raw[c] - whole[c], reverse=True)[: units - sum(whole.values())]:
        whole[c] += 1
    return {c: whole[c] * step for c in CODES}


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
