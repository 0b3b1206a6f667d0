"""The evaluation sheet for the training organisation's file (PDF and CSV): for each manager,
the initial positioning, the commitments made then, and what changed at the follow-up.

It is the evidence a quality auditor asks for — an initial assessment and an evaluation of
what was acquired — and says plainly what it is: the managers' own answers, twice, not an
observation of their work. Changes are called clear only past the scale's noise
(`model/progress.py`), with the same sentences as the debrief's "Since last time" page.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from workshop_app.model.numbers import rounded
from workshop_app.model.progress import Progress, progress_of
from workshop_app.model.scoring import ParticipantResult
from workshop_app.model.territories import CODES, Language
from workshop_app.report import layout
from workshop_app.report.layout import BODY, H2, SMALL, Footer, SessionInfo, Spacer
from workshop_app.report.since_last_time import EarlierSession, change_sentences, clear_sentences, noise_sentences, say
from workshop_app.store.export_csv import spreadsheet_text, write_csv

PDF_NAME = "evaluation-sheet.pdf"
CSV_NAME = "evaluation-sheet.csv"


@dataclass(frozen=True)
class Evaluation:
    """One manager: where they started (the earlier session, or this one for a first session)
    and, for a follow-up, where they are now."""

    name: str
    team: str | None
    initial_date: str
    initial: ParticipantResult
    follow_up_date: str | None = None
    now: ParticipantResult | None = None

    @property
    def progress(self) -> Progress | None:
        return progress_of(self.initial, self.now) if self.now is not None else None


def evaluations(info: SessionInfo, results: tuple[ParticipantResult, ...],
                earlier: Mapping[int, EarlierSession]) -> list[Evaluation]:
    """Every manager who finished this session, in roster order."""
    out = []
    for r in results:
        if not r.finished:
            continue
        before = earlier.get(r.participant_id)
        if before is None:
            out.append(Evaluation(r.name, r.team, info.date, r))
        else:
            out.append(Evaluation(r.name, r.team, before.date, before.result, info.date, r))
    return out


def _scores(r: ParticipantResult | None) -> dict[str, int | None]:
    return {c: rounded(r.scores[c]) if r and r.scores else None for c in CODES}


def csv_columns() -> list[str]:
    return ["name", "team", "initial_date", "initial_placed_by", "initial_major", "initial_balance_index",
            *(f"initial_score_{c}" for c in CODES), "commitment_territory", "commitment_actions",
            "follow_up_date", "follow_up_major", "follow_up_balance_index", *(f"follow_up_score_{c}" for c in CODES),
            "clear_changes", "within_noise"]


def csv_rows(items: list[Evaluation], names: Mapping[str, str], lang: Language) -> Iterator[list[str]]:
    yield csv_columns()
    for e in items:
        first, now, p = e.initial, e.now, e.progress
        changes = clear_sentences(p, names, lang) if p else []
        quiet = noise_sentences(p, names, lang) if p else []
        cells: list[object] = [
            spreadsheet_text(e.name), spreadsheet_text(e.team or ""), e.initial_date, first.point_source or "",
            "+".join(first.major), _whole(first.balance_index), *_scores(first).values(),
            first.commitment_territory or "",
            spreadsheet_text(" | ".join(a for a in first.commitment_actions if a.strip())),
            e.follow_up_date or "", "+".join(now.major) if now else "", _whole(now.balance_index if now else None),
            *(_scores(now).values() if now else [None] * len(CODES)),
            spreadsheet_text(" ".join(changes)), spreadsheet_text(" ".join(quiet))]
        yield ["" if c is None else str(c) for c in cells]


def _whole(value: float | None) -> int | None:
    return rounded(value) if value is not None else None


def write_evaluation_sheet(session_path: Path, folder: Path | None = None,
                           language: Language | None = None) -> list[Path]:
    """Write the sheet's PDF and CSV (beside the debriefs by default); the files written."""
    from workshop_app.report.batch import BatchError, default_folder, read_session, write_replacing

    snap = read_session(session_path, language)
    lang = snap.info.language
    names = {c: snap.instrument.territory_name(c, lang) for c in CODES}
    items = evaluations(snap.info, snap.results, snap.earlier)
    folder = folder or default_folder(session_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_csv(folder / CSV_NAME, csv_rows(items, names, lang))
    except OSError as exc:
        raise BatchError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    problem = write_replacing(folder / PDF_NAME, render_evaluation(snap.info, items, names))
    if problem:
        raise BatchError(f"{folder / PDF_NAME} not written: {problem}")
    return [folder / PDF_NAME, folder / CSV_NAME]


def render_evaluation(info: SessionInfo, items: list[Evaluation], names: Mapping[str, str]) -> bytes:
    lang = info.language
    story: list[Flowable] = [*layout.cover(info, say(lang, "evaluation_title"), None),
                             layout.label(say(lang, "evaluation_lead"), SMALL), Spacer(1, 12)]
    if not items:
        story.append(layout.label(say(lang, "evaluation_empty"), BODY))
    for e in items:
        story += [_block(e, names, lang), Spacer(1, 10)]
    footer = Footer(say(lang, "evaluation_footer") + "  ·  " + layout.footer_name(info.title), lang)
    return layout.build(story, footer, title=say(lang, "evaluation_title"), author=info.trainer)


def _positioning(r: ParticipantResult, names: Mapping[str, str], lang: Language) -> str:
    scores = ", ".join(f"{names[c]} {v}" for c, v in _scores(r).items() if v is not None)
    major = " + ".join(names[c] for c in r.major) or "–"
    index = _whole(r.balance_index)
    return say(lang, "evaluation_positioning", major=major, index="–" if index is None else index,
               scores=scores or say(lang, "evaluation_short_form"))


def _block(e: Evaluation, names: Mapping[str, str], lang: Language) -> Flowable:
    first = e.initial
    lines: list[Flowable] = [layout.para(e.name + (f"  ·  {e.team}" if e.team else ""), H2)]
    lines.append(layout.label(say(lang, "evaluation_initial", date=layout.format_date(e.initial_date, lang))
                              + " " + _positioning(first, names, lang), BODY))
    actions = [a for a in first.commitment_actions if a.strip()]
    if first.commitment_territory or actions:
        territory = names.get(first.commitment_territory or "", "–")
        lines.append(layout.para(say(lang, "evaluation_commitments", territory=territory)
                                 + (" " + " | ".join(actions) if actions else ""), BODY))
    else:
        lines.append(layout.label(say(lang, "no_commitment"), BODY))
    p = e.progress
    if p is None or e.now is None:
        lines.append(layout.label(say(lang, "evaluation_no_follow_up"), SMALL))
    else:
        lines.append(layout.label(say(lang, "evaluation_follow_up", date=layout.format_date(e.follow_up_date or "", lang))
                                  + " " + _positioning(e.now, names, lang), BODY))
        lines += [layout.label("•  " + s, SMALL) for s in change_sentences(p, names, lang)]
    return layout.Together(lines)

