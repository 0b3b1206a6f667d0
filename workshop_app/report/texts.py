"""What the debriefs and the synthesis say, in French and in English.

Texts are written with plain spaces; French typography (narrow no-break space before ; : ! ?
and inside « ») is applied once, here, so the sources stay readable. Placeholders are named
and filled by `text(language, key, **values)`: never an f-string in translatable text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from workshop_app.model.territories import Language

NNBSP = "\u202f"  # narrow no-break space

_UI: dict[str, dict[str, str]] = {
    "debrief_title": {"fr": "Restitution personnelle", "en": "Personal debrief"},
    "confidential": {"fr": "Personnel et confidentiel", "en": "Personal and confidential"},
    "page": {"fr": "page {page} / {pages}", "en": "page {page} / {pages}"},
    "led_by": {"fr": "Animé par {trainer}", "en": "Led by {trainer}"},
    "short_form": {
        "fr": "Vous avez répondu au questionnaire court (répartition du temps et tensions) : "
              "votre point est placé d’après votre répartition du temps aujourd’hui, et les chiffres "
              "ci-dessous sont des parts de votre temps, pas des scores de pratiques.",
        "en": "You answered the short form (time allocation and tensions): your point is placed "
              "from how you split your time today, and the figures below are shares of your time, "
              "not practice scores.",
    },
    # Your balance
    "your_balance": {"fr": "Votre équilibre", "en": "Your balance"},
    "you": {"fr": "Vous", "en": "You"},
    "group": {"fr": "Moyenne du groupe", "en": "Group average"},
    "ideal_arrow": {"fr": "Votre cap à 12 mois", "en": "Where you want to go in 12 months"},
    "balance_index": {"fr": "Indice d’équilibre", "en": "Balance index"},
    "balance_index_help": {
        "fr": "100 : les quatre territoires à parts égales. 0 : un seul territoire.",
        "en": "100: the four territories used equally. 0: a single territory.",
    },
    "major_one": {
        "fr": "Votre majeure est {territory} : le territoire où vous allez naturellement, par goût ou par talent.",
        "en": "Your major is {territory}: the territory you go to naturally, by taste or by talent.",
    },
    "major_many": {
        "fr": "Vous avez plusieurs majeures à égalité : {territories}.",
        "en": "You have several majors, level with each other: {territories}.",
    },
    "under_used": {
        "fr": "À développer : {territories}.",
        "en": "To develop: {territories}.",
    },
    "none_under_used": {
        "fr": "Aucun territoire n’est nettement en retrait : entretenez cet équilibre.",
        "en": "No territory is clearly left behind: keep this balance.",
    },
    "and": {"fr": " et ", "en": " and "},
    "your_territories": {"fr": "Vos quatre territoires", "en": "Your four territories"},
    "your_territories_short": {"fr": "Votre temps aujourd’hui", "en": "Your time today"},
    "bars_help": {
        "fr": "Score de 0 à 100 d’après vos pratiques. Le trait noir : la moyenne du groupe.",
        "en": "Score from 0 to 100 from your practices. The black mark: the group average.",
    },
    "bars_help_short": {
        "fr": "Part de votre temps, en %. Le trait noir : la moyenne du groupe.",
        "en": "Share of your time, in %. The black mark: the group average.",
    },
    # Territory by territory
    "by_territory": {"fr": "Territoire par territoire", "en": "Territory by territory"},
    "by_territory_intro": {
        "fr": "Chaque territoire est une source de performance quand il sert au bon moment, pour la "
              "bonne raison, avec la bonne personne. La performance vient de l’équilibre des quatre, "
              "ce qui ne veut jamais dire zéro dans l’un d’eux : il restera toujours quelques incendies à éteindre.",
        "en": "Each territory is a source of performance when used at the right moment, for the right "
              "reason, with the right person. Performance comes from the balance of the four, which never "
              "means zero in any of them: there will always be a few fires to put out.",
    },
    "what_it_is": {"fr": "Ce que c’est", "en": "What it is"},
    "what_it_brings": {"fr": "Ce que ça apporte", "en": "What it brings"},
    "over_use": {"fr": "Le prix de l’excès", "en": "The cost of over-use"},
    "moves": {"fr": "Trois actions à essayer le mois prochain", "en": "Three moves to try next month"},
    "tag_major": {"fr": "Majeure", "en": "Major"},
    "tag_under_used": {"fr": "À développer", "en": "To develop"},
    "field_visit_title": {"fr": "La question de chaque visite terrain", "en": "The question for every field visit"},
    "field_visit_question": {
        "fr": "« Suis-je allé voir mon commercial, ou son client ? »",
        "en": "“Did I go to see my rep, or their customer?”",
    },
    "field_visit_body": {
        "fr": "En rendez-vous, le client attire toute l’attention et l’on reprend vite la main : c’est du "
              "Faire. Une visite qui fait grandir se prépare avec le commercial, le laisse mener, et se "
              "termine par dix minutes de débrief : qu’as-tu réussi, qu’essaieras-tu la prochaine fois ?",
        "en": "In the meeting, the customer draws all the attention and it is easy to take over: that is "
              "Hands-on. A visit that grows your rep is prepared with them, lets them lead, and ends with "
              "a ten-minute debrief: what worked, what will you try next time?",
    },
    # Time and tensions
    "your_time": {"fr": "Votre temps, aujourd’hui et dans 12 mois", "en": "Your time, today and in 12 months"},
    "today": {"fr": "Aujourd’hui", "en": "Today"},
    "ideal": {"fr": "Dans 12 mois, idéalement", "en": "In 12 months, ideally"},
    "ideal_short": {"fr": "Dans 12 mois", "en": "In 12 months"},
    "change": {"fr": "Écart", "en": "Change"},
    "biggest_shift": {
        "fr": "Le plus grand déplacement que vous souhaitez : {points} points vers {territory}.",
        "en": "The biggest shift you want: {points} points towards {territory}.",
    },
    "no_shift": {
        "fr": "Vous souhaitez garder la même répartition dans 12 mois.",
        "en": "You want to keep the same split in 12 months.",
    },
    "not_answered": {"fr": "Non renseigné.", "en": "Not answered."},
    "your_tensions": {"fr": "Vos trois tensions", "en": "Your three tensions"},
    "tensions_help": {
        "fr": "Où va votre attention entre les deux pôles. Le grand rond : votre réponse ; le losange gris : la moyenne du groupe.",
        "en": "Where your attention goes between the two poles. The large dot: your answer; the grey diamond: the group average.",
    },
    # Commitments and note
    "your_commitments": {"fr": "Vos engagements", "en": "Your commitments"},
    "commitments_by_hand": {
        "fr": "À écrire à la main, après l’échange en groupe.",
        "en": "To write by hand, after the group discussion.",
    },
    "trainer_note": {"fr": "Le mot de votre animateur", "en": "A note from your trainer"},
    # Group synthesis
    "synthesis_title": {"fr": "Synthèse du groupe", "en": "Group synthesis"},
    "anonymous": {"fr": "Synthèse anonyme", "en": "Anonymous synthesis"},
    "synthesis_lead": {
        "fr": "Anonyme : aucun nom, aucun résultat individuel. Calculée sur les participants ayant terminé.",
        "en": "Anonymous: no name, no individual result. Computed over the participants who finished.",
    },
    "participation": {"fr": "Participation", "en": "Participation"},
    "finished_of": {"fr": "ont terminé, sur {invited} inscrits", "en": "finished, of {invited} invited"},
    "too_small": {
        "fr": "Le groupe est trop petit pour une synthèse anonyme : il faut au moins {minimum} "
              "participants ayant terminé, et {finished} l’ont fait. Rien d’autre n’est montré, "
              "pour que personne ne puisse être reconnu.",
        "en": "The group is too small for an anonymous synthesis: it takes at least {minimum} "
              "participants who finished, and {finished} did. Nothing else is shown, so that "
              "no one can be recognised.",
    },
    "group_map": {"fr": "La carte du groupe", "en": "The group’s map"},
    "one_point_each": {"fr": "Un point par participant", "en": "One point per participant"},
    "centroid": {"fr": "Centre du groupe", "en": "Group centre"},
    "group_territories": {"fr": "Les quatre territoires", "en": "The four territories"},
    "group_territories_help": {
        "fr": "Score moyen de 0 à 100 ; le trait : plus ou moins un écart-type.",
        "en": "Mean score from 0 to 100; the whisker: plus or minus one standard deviation.",
    },
    "majors": {"fr": "Territoires majeurs", "en": "Major territories"},
    "majors_help": {
        "fr": "Nombre de participants dont c’est la majeure (une égalité compte pour chaque territoire).",
        "en": "Number of participants whose major it is (a tie counts for each territory).",
    },
    "group_time": {"fr": "Le temps du groupe, aujourd’hui et dans 12 mois", "en": "The group’s time, today and in 12 months"},
    "group_time_help": {
        "fr": "Répartition moyenne des 100 points.",
        "en": "Mean split of the 100 points.",
    },
    "group_tensions": {"fr": "Les trois tensions", "en": "The three tensions"},
    "group_tensions_help": {
        "fr": "Nombre de participants à chaque cran, de la gauche à la droite.",
        "en": "Number of participants on each step, from left to right.",
    },
    # Batch
    "not_started": {"fr": "pas commencé", "en": "not started"},
    "practices_missing": {
        "fr": "pratiques : {answered} sur {total}",
        "en": "practices: {answered} of {total} answered",
    },
    "allocation_missing": {
        "fr": "répartition du temps : {phases} à remplir",
        "en": "time allocation: {phases} missing",
    },
    "tensions_missing": {
        "fr": "tensions : {answered} sur {total}",
        "en": "tensions: {answered} of {total} answered",
    },
    "list_separator": {"fr": " ; ", "en": "; "},
    "phase_today": {"fr": "aujourd’hui", "en": "today"},
    "phase_ideal": {"fr": "dans 12 mois", "en": "in 12 months"},
}


@dataclass(frozen=True)
class TerritoryText:
    what: str
    brings: str
    over_use: str
    moves: tuple[str, str, str]


_TERRITORIES: dict[str, dict[Language, TerritoryText]] = {
    "faire": {
        "fr": TerritoryText(
            "Vous vendez vous-même : vous gérez des clients clés en direct, vous entrez dans les "
            "affaires de vos commerciaux, vous reprenez une négociation qui dérape.",
            "Du chiffre tout de suite, de la crédibilité auprès de l’équipe et des clients, un filet "
            "de sécurité sur les affaires à enjeu.",
            "Le manager pompier : vous faites à la place de vos commerciaux, l’équipe attend que vous "
            "interveniez et ne progresse plus ; l’urgence tient votre agenda.",
            (
                "Reprenez en direct un ou deux clients clés : appelez-les vous-même pour entendre ce "
                "qui se joue chez eux.",
                "Choisissez avec un commercial une affaire bloquée et menez ensemble le rendez-vous "
                "de conclusion.",
                "Bloquez une demi-journée par semaine dans votre agenda pour des rendez-vous clients.",
            ),
        ),
        "en": TerritoryText(
            "You sell yourself: you handle key accounts personally, step into your reps’ deals and "
            "take over a negotiation that is slipping.",
            "Revenue now, credibility with the team and with customers, a safety net on the deals "
            "that matter.",
            "The firefighter manager: you do it for your reps, the team waits for you to step in and "
            "stops growing; urgency runs your diary.",
            (
                "Take back one or two key accounts: call them yourself to hear what is at stake on "
                "their side.",
                "Pick a stalled deal with one of your reps and lead the closing meeting together.",
                "Block half a day a week in your diary for customer meetings.",
            ),
        ),
    },
    "analyser": {
        "fr": TerritoryText(
            "Vous prenez du recul sur les chiffres : revues d’affaires détaillées, tableaux de bord "
            "(pipeline, taux de transformation, marge), plans d’action chiffrés, veille sur le marché.",
            "Des priorités claires, des décisions fondées sur les faits plutôt que sur l’impression du "
            "moment, des prévisions fiables pour votre direction.",
            "Des tableaux de bord sans action : vous mesurez tout, l’équipe remplit des reportings sans "
            "voir ce qu’ils changent, et vous vous éloignez du terrain.",
            (
                "Choisissez trois indicateurs, pas plus, et regardez-les chaque lundi avec l’équipe.",
                "Faites une revue de portefeuille d’une heure avec chaque commercial : quelles affaires, "
                "quelle probabilité, quelle prochaine étape.",
                "Écrivez votre plan d’action du trimestre sur une page : objectifs chiffrés, trois "
                "priorités, qui fait quoi.",
            ),
        ),
        "en": TerritoryText(
            "You step back and read the numbers: detailed deal reviews, dashboards (pipeline, "
            "conversion rate, margin), quantified action plans, an eye on the market.",
            "Clear priorities, decisions based on facts rather than on the mood of the day, forecasts "
            "your management can rely on.",
            "Dashboards without action: you measure everything, the team fills in reports without "
            "seeing what they change, and you drift away from the field.",
            (
                "Pick three indicators, no more, and review them with the team every Monday.",
                "Run a one-hour pipeline review with each rep: which deals, what probability, what "
                "next step.",
                "Write your quarter’s action plan on one page: quantified targets, three priorities, "
                "who does what.",
            ),
        ),
    },
    "commando": {
        "fr": TerritoryText(
            "Vous êtes sur le terrain avec vos commerciaux : vous les accompagnez en rendez-vous, vous "
            "mobilisez l’équipe, vous êtes disponible sur-le-champ et vous levez les obstacles.",
            "Une équipe qui se sent soutenue, de l’énergie collective, des problèmes réglés vite, une "
            "connaissance directe des clients et du marché.",
            "Le micro-management : vous êtes partout, vous validez tout, vos commerciaux n’osent plus "
            "décider sans vous et vos journées se dissolvent en sollicitations.",
            (
                "Passez une journée terrain avec chaque commercial, en observateur : c’est lui qui "
                "mène le rendez-vous.",
                "Ouvrez un créneau fixe chaque semaine où l’équipe vient vous voir pour débloquer "
                "une affaire.",
                "Lancez un défi d’équipe court (deux semaines, un objectif simple) et célébrez le "
                "résultat ensemble.",
            ),
        ),
        "en": TerritoryText(
            "You are in the field with your reps: you go to meetings with them, rally the team, are "
            "available on the spot and clear obstacles out of their way.",
            "A team that feels backed, collective energy, problems solved fast, first-hand knowledge "
            "of customers and the market.",
            "Micro-management: you are everywhere, you sign off on everything, your reps no longer "
            "dare decide without you and your days dissolve into interruptions.",
            (
                "Spend one field day with each rep, as an observer: they lead the meeting.",
                "Open a fixed weekly slot when the team can come to you to unblock a deal.",
                "Launch a short team challenge (two weeks, one simple target) and celebrate the "
                "result together.",
            ),
        ),
    },
    "developper": {
        "fr": TerritoryText(
            "Vous faites grandir vos commerciaux : entretiens individuels centrés sur leur progression, "
            "coaching plutôt que vendre à leur place, délégation, préparation de la relève.",
            "Une équipe autonome qui tient sans vous, des talents qui restent, du temps libéré pour "
            "vous, une performance qui dure.",
            "Les résultats du mois glissent : à force de miser sur demain, vous ne tenez plus "
            "l’urgence commerciale d’aujourd’hui.",
            (
                "Planifiez 45 minutes d’entretien avec chaque commercial, sur sa progression et pas "
                "sur son chiffre.",
                "À votre prochaine visite terrain, taisez-vous pendant le rendez-vous, puis "
                "débriefez : qu’as-tu réussi, que ferais-tu autrement ?",
                "Déléguez une vraie responsabilité (un compte, une analyse, l’animation d’une "
                "réunion) et convenez des points d’étape.",
            ),
        ),
        "en": TerritoryText(
            "You grow your reps: one-to-ones focused on their progress, coaching instead of selling "
            "in their place, delegation, preparing successors.",
            "An autonomous team that holds without you, talent that stays, time freed for you, "
            "performance that lasts.",
            "This month’s results slip: betting everything on tomorrow, you lose your grip on "
            "today’s sales urgency.",
            (
                "Schedule a 45-minute one-to-one with each rep, about their growth, not their numbers.",
                "On your next field visit, stay silent in the meeting, then debrief: what went well, "
                "what would you do differently?",
                "Delegate a real responsibility (an account, an analysis, running a meeting) and "
                "agree on checkpoints.",
            ),
        ),
    },
}

_FRENCH_SPACES = [
    (re.compile(r" ([;:!?»])"), NNBSP + r"\1"),
    (re.compile(r"« "), "«" + NNBSP),
]


def french_typography(value: str) -> str:
    """Narrow no-break spaces where French typography wants them (before ; : ! ? », after «)."""
    for pattern, replacement in _FRENCH_SPACES:
        value = pattern.sub(replacement, value)
    return value


@cache
def _typeset(language: Language, value: str) -> str:
    return french_typography(value) if language == "fr" else value


def text(language: Language, key: str, **values: object) -> str:
    """A product text in `language`, its named placeholders filled with `values`."""
    return _typeset(language, _UI[key][language]).format(**values)


@cache
def territory_text(code: str, language: Language) -> TerritoryText:
    t = _TERRITORIES[code][language]
    if language != "fr":
        return t
    return TerritoryText(
        french_typography(t.what), french_typography(t.brings), french_typography(t.over_use),
        tuple(french_typography(m) for m in t.moves),  # type: ignore[arg-type]
    )


def join_names(names: list[str], language: Language) -> str:
    """"A, B and C" / "A, B et C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + text(language, "and") + names[-1]
