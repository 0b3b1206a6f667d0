"""The trainer PIN: kept as a slow salted hash, so each guess costs a brute force real time."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from workshop_app.store import SessionFileError, SessionStore
from workshop_app.store.session import DEFAULT_PIN_WORK, PinWork

FAST = PinWork(n=2**4)  # tests only: the product always uses DEFAULT_PIN_WORK


def _stored(store: SessionStore) -> dict[str, str]:
    return dict(store.db.execute("SELECT key, value FROM settings WHERE key LIKE 'pin%'").fetchall())


def test_the_default_work_factor_is_scrypt_at_two_to_the_fifteen(store):
    """n = 2^15, r = 10: about 120 ms a try here, over the 100 ms floor (`pin_check_ms` in make bench)."""
    assert DEFAULT_PIN_WORK == PinWork(n=32768, r=10, p=1)
    store.set_pin("2468")
    stored = _stored(store)
    assert stored["pin_hash"].startswith("scrypt$32768$10$1$")
    digest = hashlib.scrypt(b"2468", salt=bytes.fromhex(stored["pin_salt"]), n=32768, r=10, p=1,
                            maxmem=64 * 1024 * 1024, dklen=32).hex()
    assert stored["pin_hash"] == f"scrypt$32768$10$1${digest}"
    assert store.check_pin("2468") and not store.check_pin("2469")


def test_a_fast_work_factor_is_only_what_is_asked_for(store):
    store.set_pin("2468", work=FAST)
    assert _stored(store)["pin_hash"].startswith("scrypt$16$10$1$")
    assert store.check_pin("2468") and not store.check_pin("8642")


def _legacy_pin(store: SessionStore, pin: str) -> None:
    """A PIN as the app's first versions kept it: PBKDF2-SHA256, 120 000 rounds, bare hex."""
    salt = "00112233445566778899aabbccddeeff"
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), 120_000).hex()
    with store.db.atomic():
        store.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('pin_salt', ?), ('pin_hash', ?)",
                         [salt, digest])


def test_an_old_pin_still_opens_and_is_kept_the_new_way_from_then_on(store):
    _legacy_pin(store, "1357")
    assert not store.check_pin("1358")
    assert not _stored(store)["pin_hash"].startswith("scrypt$")  # a wrong PIN changes nothing
    assert store.check_pin("1357")
    assert _stored(store)["pin_hash"].startswith("scrypt$32768$10$1$")
    assert store.check_pin("1357") and not store.check_pin("1358")


def test_an_old_pin_opened_read_only_is_checked_and_the_file_left_alone(tmp_path):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="T") as store:
        _legacy_pin(store, "1357")
        before = _stored(store)
    with SessionStore.open(path, read_only=True) as reader:
        assert reader.check_pin("1357")
        assert _stored(reader) == before


@pytest.mark.parametrize("planted", [
    "scrypt$1073741824$8$1$00",  # 2^30 x 8 x 128 bytes: 1 TiB of memory for one try
    "scrypt$1000$8$1$00",  # not a power of two
    "scrypt$16$8$1$zz",
    "md5$00",
])
def test_a_pin_record_the_app_never_writes_is_refused_on_open(tmp_path, planted):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="T") as store:
        store.set_pin("2468", work=FAST)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'pin_hash'", [planted])
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="PIN"):
        SessionStore.open(path, read_only=True)
    assert path.read_bytes() == before
