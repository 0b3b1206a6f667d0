"""The history database's tables, their columns and what each means, in French and English.

One list makes the schema (`CREATE TABLE`), the Datasette metadata written beside the database
and the README's description, so a column is named and explained in one place. Tables are long
rather than wide (one row per territory, per phase, per item) so Datasette's facets and plain
SQL read them without a manual.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQL type and constraints
    fr: str
    en: str


@dataclass(frozen=True)
class Table:
    name: str
    fr: str
    en: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    def create_sql(self) -> str:
        columns = ",\n    ".join(f"{c.name} {c.type}" for c in self.columns)
        return f"CREATE TABLE {self.name} (\n    {columns},\n    PRIMARY KEY ({', '.join(self.key)})\n)"


def _c(name: str, type_: str, fr: str, en: str) -> Column:
    return Column(name, type_, fr, en)


_SESSION = _c("session_uid", "TEXT NOT NULL", "identifiant stable de la session", "the session's stable id")
_PERSON = _c("person_uid", "TEXT NOT NULL", "identifiant stable de la personne, le même d’une session "
             "de suivi à l’autre", "the person's stable id, the same across follow-up sessions")
_TERRITORY = _c("territory", "TEXT NOT NULL", "territoire : faire, analyser, commando, developper",
                "territory: faire, analyser, commando, developper")

TABLES: tuple[Table, ...] = (
    Table("sessions", "Une ligne par session d’atelier trouvée", "One row per workshop session found", (
        _SESSION,
        _c("title", "TEXT NOT NULL", "titre de la session", "session title"),
        _c("client", "TEXT NOT NULL", "organisation cliente", "client organisation"),
        _c("place", "TEXT NOT NULL", "lieu", "place"),
        _c("date", "TEXT NOT NULL", "date (AAAA-MM-JJ)", "date (YYYY-MM-DD)"),
        _c("trainer", "TEXT NOT NULL", "formateur ou formatrice", "trainer"),
        _c("language", "TEXT NOT NULL", "langue de la session (fr, en)", "session language (fr, en)"),
        _c("form", "TEXT NOT NULL", "forme : full (complète) ou short (courte)", "form: full or short"),
        _c("instrument_id", "TEXT NOT NULL", "questionnaire utilisé", "instrument used"),
        _c("instrument_version", "INTEGER NOT NULL", "version du questionnaire", "instrument version"),
        _c("follows_session_uid", "TEXT", "session dont celle-ci est le suivi (vide sinon)",
           "the session this one follows up (empty otherwise)"),
        _c("participants", "INTEGER NOT NULL", "participants inscrits", "participants on the roster"),
        _c("finished", "INTEGER NOT NULL", "participants ayant terminé", "participants who finished"),
        _c("content_digest", "TEXT NOT NULL", "empreinte du contenu lu : change quand la session change",
           "fingerprint of what was read: changes when the session changes"),
    ), ("session_uid",)),
    Table("people", "Une ligne par personne, toutes sessions confondues", "One row per person, across sessions", (
        _PERSON,
        _c("name", "TEXT NOT NULL", "nom, tel qu’à sa dernière session", "name, as in their latest session"),
        _c("email", "TEXT", "adresse électronique, à sa dernière session", "email address, in their latest session"),
        _c("external_id", "TEXT", "identifiant du client (matricule), à sa dernière session",
           "the client's id (employee number), in their latest session"),
        _c("sessions", "INTEGER NOT NULL", "nombre de sessions suivies", "number of sessions attended"),
    ), ("person_uid",)),
    Table("participations", "Une ligne par personne et par session", "One row per person and session", (
        _SESSION, _PERSON,
        _c("name", "TEXT NOT NULL", "nom dans cette session", "name in this session"),
        _c("email", "TEXT", "adresse électronique dans cette session", "email address in this session"),
        _c("external_id", "TEXT", "identifiant du client dans cette session", "the client's id in this session"),
        _c("team", "TEXT", "équipe", "team"),
        _c("finished", "INTEGER NOT NULL", "1 si toutes les parties requises sont remplies",
           "1 when every required part is answered"),
        _c("point_x", "REAL", "position sur la carte : -1 résultats … +1 personnes",
           "place on the map: -1 results … +1 people"),
        _c("point_y", "REAL", "position sur la carte : -1 terrain … +1 recul",
           "place on the map: -1 field … +1 step back"),
        _c("point_source", "TEXT", "placé par les pratiques (practices) ou la répartition du temps (allocation)",
           "placed by the practices or by the time split (allocation)"),
        _c("balance_index", "REAL", "indice d’équilibre 0-100", "balance index 0-100"),
        _c("major", "TEXT", "territoire(s) majeur(s), séparés par des virgules", "major territory(ies), comma-separated"),
    ), ("session_uid", "person_uid")),
    Table("scores", "Score de pratique 0-100 par territoire", "Practice score 0-100 per territory", (
        _SESSION, _PERSON, _TERRITORY,
        _c("score", "REAL NOT NULL", "score 0-100 : (moyenne - 1) / 4 × 100", "score 0-100: (mean - 1) / 4 × 100"),
    ), ("session_uid", "person_uid", "territory")),
    Table("allocations", "Répartition de 100 points de temps, aujourd’hui et idéalement",
          "Split of 100 points of time, today and ideally", (
        _SESSION, _PERSON,
        _c("phase", "TEXT NOT NULL", "today (aujourd’hui) ou ideal (dans 12 mois, idéalement)",
           "today, or ideal (in 12 months, ideally)"),
        _TERRITORY,
        _c("points", "INTEGER NOT NULL", "points sur 100", "points out of 100"),
    ), ("session_uid", "person_uid", "phase", "territory")),
    Table("tensions", "Réponse à chaque tension (curseur en 7 crans)", "Answer to each tension (7-step slider)", (
        _SESSION, _PERSON,
        _c("tension_id", "TEXT NOT NULL", "tension : horizon, mode, focus", "tension: horizon, mode, focus"),
        _c("value", "INTEGER NOT NULL", "cran choisi, 1 = pôle gauche", "step chosen, 1 = left pole"),
    ), ("session_uid", "person_uid", "tension_id")),
    Table("commitments", "Engagements : un territoire à travailler et des actions concrètes",
          "Commitments: a territory to work on and concrete actions", (
        _SESSION, _PERSON,
        _c("action_no", "INTEGER NOT NULL", "numéro de l’action (0 : territoire sans action)",
           "action number (0: territory without an action)"),
        _c("territory", "TEXT", "territoire choisi", "territory chosen"),
        _c("action", "TEXT NOT NULL", "action, telle qu’écrite", "action, as written"),
    ), ("session_uid", "person_uid", "action_no")),
    Table("answers", "Réponse à chaque énoncé de pratique (1 Jamais … 5 Très souvent)",
          "Answer to each practice statement (1 Never … 5 Very often)", (
        _SESSION, _PERSON,
        _c("item_id", "TEXT NOT NULL", "énoncé : voir la table items", "statement: see the items table"),
        _c("value", "INTEGER NOT NULL", "réponse 1-5", "answer 1-5"),
    ), ("session_uid", "person_uid", "item_id")),
    Table("items", "Les énoncés de pratique de chaque questionnaire, dans les deux langues",
          "Each instrument's practice statements, in both languages", (
        _c("instrument_id", "TEXT NOT NULL", "questionnaire", "instrument"),
        _c("instrument_version", "INTEGER NOT NULL", "version du questionnaire", "instrument version"),
        _c("item_id", "TEXT NOT NULL", "énoncé (p01…)", "statement (p01…)"),
        _TERRITORY,
        _c("text_fr", "TEXT NOT NULL", "texte en français", "French text"),
        _c("text_en", "TEXT NOT NULL", "texte en anglais", "English text"),
    ), ("instrument_id", "instrument_version", "item_id")),
    Table("links", "Liens entre sessions : une session de suivi et celle qu’elle suit",
          "Links between sessions: a follow-up session and the one it follows", (
        _c("session_uid", "TEXT NOT NULL", "la session de suivi", "the follow-up session"),
        _c("follows_session_uid", "TEXT NOT NULL", "la session suivie", "the session followed"),
        _c("days_between", "INTEGER", "jours entre les deux dates (vide si une date manque)",
           "days between the two dates (empty when a date is missing)"),
    ), ("session_uid", "follows_session_uid")),
    Table("sources", "Fichiers de session lus (plusieurs fichiers peuvent porter la même session)",
          "Session files read (several files may hold the same session)", (
        _c("path", "TEXT NOT NULL", "chemin du fichier", "file path"),
        _c("size", "INTEGER NOT NULL", "taille en octets à la lecture", "size in bytes when read"),
        _c("mtime_ns", "INTEGER NOT NULL", "date de modification à la lecture", "modification time when read"),
        _c("session_uid", "TEXT NOT NULL", "session qu’il contient", "the session it holds"),
        _c("content_digest", "TEXT NOT NULL", "empreinte de son contenu", "fingerprint of its contents"),
        _c("used", "INTEGER NOT NULL", "1 si c’est la copie retenue pour la session",
           "1 when it is the copy the session's rows come from"),
    ), ("path",)),
    Table("forgotten", "Personnes effacées à leur demande : jamais réimportées (empreinte seule)",
          "People erased on request: never imported again (a fingerprint only)", (
        _c("person_key", "TEXT NOT NULL", "empreinte SHA-256 de l’identifiant de la personne",
           "SHA-256 fingerprint of the person's id"),
    ), ("person_key",)),
    Table("build", "Comment l’historique est construit", "How the history is built", (
        _c("key", "TEXT NOT NULL", "réglage", "setting"),
        _c("value", "TEXT NOT NULL", "valeur", "value"),
    ), ("key",)),
)

BY_NAME = {t.name: t for t in TABLES}
# Rows of these tables belong to one session and are replaced together when it changes.
PER_SESSION = ("participations", "scores", "allocations", "tensions", "commitments", "answers", "links")
# ...and these hold something of a person (forget removes their rows).
PER_PERSON = ("participations", "scores", "allocations", "tensions", "commitments", "answers")


@dataclass(frozen=True)
class Query:
    name: str
    fr: str
    en: str
    sql: str


QUERIES: tuple[Query, ...] = (
    Query("cohorts_over_time", "Les cohortes d’un programme au fil du temps : moyennes par session",
          "A programme's cohorts over time: means per session", """
select s.date, s.title, s.client, s.participants, s.finished,
  round(avg(case when sc.territory = 'faire' then sc.score end), 1) as faire,
  round(avg(case when sc.territory = 'analyser' then sc.score end), 1) as analyser,
  round(avg(case when sc.territory = 'commando' then sc.score end), 1) as commando,
  round(avg(case when sc.territory = 'developper' then sc.score end), 1) as developper,
  round(avg(p.balance_index), 1) as balance_index
from sessions s
left join participations p on p.session_uid = s.session_uid and p.finished = 1
left join scores sc on sc.session_uid = p.session_uid and sc.person_uid = p.person_uid
where s.title like '%' || :programme || '%'
group by s.session_uid order by s.date""".strip()),
    Query("majors_by_client", "Les territoires majeurs des managers d’un client",
          "A client's managers' major territories", """
select p.major, count(*) as managers
from participations p join sessions s on s.session_uid = p.session_uid
where s.client like '%' || :client || '%' and p.finished = 1 and p.major is not null
group by p.major order by managers desc""".strip()),
    Query("commitments_by_territory", "Les engagements par territoire", "Commitments by territory", """
select c.territory, count(distinct c.session_uid || '/' || c.person_uid) as managers,
  sum(c.action <> '') as actions
from commitments c where c.territory is not null
group by c.territory order by managers desc""".strip()),
)
