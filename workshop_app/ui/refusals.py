"""The store's refusals, said in the reader's language.

The store raises one English line for the command line, with a `code` and `params`
(workshop_app/store/errors.py); a window words it from the code, with the texts below (their
French in `i18n/equilibriste_fr.ts`, context "Refusals"). A refusal with a code not listed here
(a newer one) is shown as the store wrote it: the reader still learns what was refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop_app.ui.translation import chosen_language

CONTEXT = "Refusals"
Translate = Callable[[str, str], str]

TEXTS: dict[str, str] = {
    "name_taken": QT_TRANSLATE_NOOP("Refusals", "A participant named {name} is already in the session."),
    "name_multiline": QT_TRANSLATE_NOOP("Refusals", "A participant's name must fit on one line."),
    "name_invisible": QT_TRANSLATE_NOOP("Refusals", "This name is made only of invisible characters: "
                                                    "type a name the room can read."),
    "text_not_text": QT_TRANSLATE_NOOP("Refusals", "{field} must be text."),
    "text_empty": QT_TRANSLATE_NOOP("Refusals", "{field} cannot be empty."),
    "text_too_long": QT_TRANSLATE_NOOP("Refusals", "{field} is longer than {max} characters."),
    "text_control": QT_TRANSLATE_NOOP("Refusals", "{field} contains control characters."),
    "text_invalid": QT_TRANSLATE_NOOP("Refusals", "{field} holds characters that are not valid text."),
    "pin_too_short": QT_TRANSLATE_NOOP("Refusals", "The trainer PIN needs at least {min} characters."),
    "not_a_session": QT_TRANSLATE_NOOP("Refusals", "{file} is not an Équilibriste session file."),
    "no_such_file": QT_TRANSLATE_NOOP("Refusals", "{file}: no such session file."),
    "unreadable": QT_TRANSLATE_NOOP("Refusals", "{file} cannot be read ({reason})."),
    "newer_version": QT_TRANSLATE_NOOP("Refusals", "{file} was written by a newer version of Équilibriste: "
                                                   "update the app to open it."),
    "hard_link": QT_TRANSLATE_NOOP("Refusals", "{file} has another name on the disk (a hard link), so it can be "
                                               "read but not changed: save a copy and work on the copy."),
    "damaged": QT_TRANSLATE_NOOP("Refusals", "{file} is damaged and cannot be opened."),
    "changed_outside": QT_TRANSLATE_NOOP("Refusals", "{file} was changed outside Équilibriste and cannot be opened."),
    "read_only_open": QT_TRANSLATE_NOOP("Refusals", "{file} is open read-only."),
    "session_file_gone": QT_TRANSLATE_NOOP("Refusals", "{file} was deleted or replaced on the disk: nothing more "
                                                       "can be recorded in it; the answers given so far are in "
                                                       "the file that was there."),
    "locked": QT_TRANSLATE_NOOP("Refusals", "{file} is already open for writing: close it there first."),
    "file_exists": QT_TRANSLATE_NOOP("Refusals", "{file} already exists: choose another name."),
    "disk_full": QT_TRANSLATE_NOOP("Refusals", "The disk is full: the session was not changed; "
                                               "free some space and try again."),
    "read_only": QT_TRANSLATE_NOOP("Refusals", "The session cannot be changed: the file or its folder is "
                                               "read-only (the session can still be read)."),
    "read_only_folder": QT_TRANSLATE_NOOP("Refusals", "{file}: the folder is read-only; the session can be read "
                                                      "but not changed."),
    "read_only_file": QT_TRANSLATE_NOOP("Refusals", "{file} is read-only; the session can be read but not changed."),
    "io_error": QT_TRANSLATE_NOOP("Refusals", "The session could not be written ({reason}); nothing was changed."),
    "csv_not_regular": QT_TRANSLATE_NOOP("Refusals", "{file} is not a regular file: choose another name for "
                                                     "the CSV file."),
    "csv_cannot_replace": QT_TRANSLATE_NOOP("Refusals", "{file} cannot be replaced ({reason})."),
    "csv_is_session": QT_TRANSLATE_NOOP("Refusals", "{file} is a session file (or another database): choose "
                                                    "another name for the CSV file."),
    "roster_problems": QT_TRANSLATE_NOOP("Refusals", "{problem}: nothing imported."),
}

FIELDS: dict[str, str] = {  # what `{field}` stands for, at the start of a sentence
    "name": QT_TRANSLATE_NOOP("Refusals", "The name"),
    "email": QT_TRANSLATE_NOOP("Refusals", "The email"),
    "team": QT_TRANSLATE_NOOP("Refusals", "The team"),
    "note": QT_TRANSLATE_NOOP("Refusals", "The note"),
    "title": QT_TRANSLATE_NOOP("Refusals", "The title"),
    "client": QT_TRANSLATE_NOOP("Refusals", "The client"),
    "place": QT_TRANSLATE_NOOP("Refusals", "The place"),
    "date": QT_TRANSLATE_NOOP("Refusals", "The date"),
    "trainer": QT_TRANSLATE_NOOP("Refusals", "The trainer"),
    "": QT_TRANSLATE_NOOP("Refusals", "The text"),
}


def refusal_text(error: BaseException, translate: Translate | None = None, language: str | None = None) -> str:
    """`error` in the reader's language: the console's by default; `translate` and `language`
    give another (the station speaks the session's)."""
    translate = translate or QCoreApplication.translate
    code = getattr(error, "code", None)
    params: Mapping[str, Any] = dict(getattr(error, "params", {}) or {})
    if code not in TEXTS:
        return str(error)
    values = dict(params)
    if "field" in values:
        values["field"] = translate(CONTEXT, FIELDS.get(str(values["field"]), FIELDS[""]))
    if code == "roster_problems":
        problems = list(values.pop("problems", ()))
        if not problems:
            return str(error)
        values["problem"] = problems[0].text(language or chosen_language())
    try:
        return translate(CONTEXT, TEXTS[code]).format(**values)
    except (KeyError, IndexError):  # a parameter the text expects was not given: the store's line
        return str(error)
