"""Stable pseudonyms for an anonymised history: the same person gets the same ones on every
build, and nothing of their name, email or client id is in them.

A pseudonym is derived from the person's uid (random, made by the app, never typed by anyone),
so two anonymised builds agree and a person followed across sessions keeps one pseudonym.
"""

from __future__ import annotations

import base64
import hashlib

_PREFIX = {"name": "Manager ", "email": "", "id": "ID-", "trainer": "Formateur·rice "}
_SUFFIX = {"email": "@anonyme.invalid"}  # a reserved domain: never a real mailbox


def pseudonym(uid: str, kind: str) -> str:
    """'Manager K7Q2MX', 'k7q2mx@anonyme.invalid', 'ID-K7Q2MX' for one person."""
    digest = hashlib.sha256(f"equilibriste-pseudonym/{uid}".encode()).digest()
    code = base64.b32encode(digest)[:6].decode()
    if kind == "email":
        code = code.lower()
    return f"{_PREFIX[kind]}{code}{_SUFFIX.get(kind, '')}"
