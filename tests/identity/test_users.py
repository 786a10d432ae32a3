"""Users, passwords, tokens, the creator chain and the throttle, on a real store."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from identity import passwords, users
from identity.errors import InvalidIdentity, Throttled, UserConflict
from identity.sessions import (
    SESSIONS,
    check_csrf,
    end_session,
    purge_expired,
    session_user,
    start_session,
)
from identity.throttle import FailureThrottle
from radar.cli import main
from store.sqlite import SQLiteStore

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def test_password_hashes_are_salted_scrypt() -> None:
    one, two = passwords.hash_password("s3cret-enough"), passwords.hash_password("s3cret-enough")
    assert one != two and one.startswith("scrypt$16384$8$1$")
    assert passwords.verify_password("s3cret-enough", one)
    assert not passwords.verify_password("s3cret-enougH", one)
    assert not passwords.verify_password("s3cret-enough", None)
    assert not passwords.verify_password("s3cret-enough", "md5$abc")
    with pytest.raises(InvalidIdentity, match="at least"):
        passwords.hash_password("short")


def test_old_user_documents_still_load(sqlite_store: SQLiteStore) -> None:
    # The shape written before identity/ existed: no created_by, expiry or password.
    token = users.new_token()
    body = {
        "name": "lena",
        "role": "legal",
        "active": True,
        "created_at": T0.isoformat(),
        "token_sha256": users.hash_token(token),
    }
    sqlite_store.put_doc(users.USERS, "lena", body)
    user = users.authenticate(sqlite_store, token)
    assert user is not None and user.role == "legal" and user.created_by is None
    assert users.check_password(sqlite_store, "lena", "no password set") is None


def test_tokens_expire_and_passwords_sign_in(sqlite_store: SQLiteStore) -> None:
    user, token = users.create_user(
        sqlite_store, "pia", "pr", password="a long passphrase", token_ttl=timedelta(days=1), now=T0
    )
    assert user.token_expires_at == T0 + timedelta(days=1)
    assert users.authenticate(sqlite_store, token, now=T0 + timedelta(hours=23)) == user
    assert users.authenticate(sqlite_store, token, now=T0 + timedelta(days=1)) is None
    stored = sqlite_store.get_doc(users.USERS, "pia")
    assert stored is not None and "a long passphrase" not in json.dumps(stored.body)
    assert users.check_password(sqlite_store, "pia", "a long passphrase") == user
    assert users.check_password(sqlite_store, "pia", "wrong passphrase") is None
    assert users.check_password(sqlite_store, "nobody", "a long passphrase") is None
    users.update_user(sqlite_store, "pia", active=False)
    assert users.check_password(sqlite_store, "pia", "a long passphrase") is None


def test_creator_chain_follows_who_made_whom(sqlite_store: SQLiteStore) -> None:
    users.create_user(sqlite_store, "root", "admin")
    users.create_user(sqlite_store, "ada", "admin", created_by="root")
    users.create_user(sqlite_store, "lena", "legal", created_by="ada")
    assert users.creator_chain(sqlite_store, "lena") == ["lena", "ada", "root"]
    assert users.creator_chain(sqlite_store, "root") == ["root"]
    assert users.creator_chain(sqlite_store, "ghost") == ["ghost"]
    # A cycle (only possible by editing documents by hand) ends the chain instead of looping.
    doc = sqlite_store.get_doc(users.USERS, "root")
    assert doc is not None
    sqlite_store.put_doc(users.USERS, "root", {**doc.body, "created_by": "lena"})
    assert users.creator_chain(sqlite_store, "lena") == ["lena", "ada", "root"]
    with pytest.raises(UserConflict):
        users.create_user(sqlite_store, "lena", "viewer")


def test_sessions_expire_end_and_check_csrf(sqlite_store: SQLiteStore) -> None:
    user, _ = users.create_user(sqlite_store, "vic", "viewer")
    secret, session = start_session(sqlite_store, user, ttl=timedelta(hours=1), now=T0)
    assert sqlite_store.get_doc(SESSIONS, secret) is None  # stored under a hash of the secret
    live = session_user(sqlite_store, secret, now=T0 + timedelta(minutes=59))
    assert live is not None and live.user == user
    assert check_csrf(live, session.csrf_token) and not check_csrf(live, "forged")
    assert not check_csrf(live, None)
    assert session_user(sqlite_store, secret, now=T0 + timedelta(hours=1)) is None
    assert session_user(sqlite_store, "not-a-session", now=T0) is None
    assert purge_expired(sqlite_store, now=T0 + timedelta(hours=2)) == 1
    second, _ = start_session(sqlite_store, user, ttl=timedelta(hours=1))
    assert end_session(sqlite_store, second) and session_user(sqlite_store, second) is None


def test_throttle_refuses_after_failures_and_stays_bounded() -> None:
    now = [0.0]
    throttle = FailureThrottle(3, 60, max_keys=100, clock=lambda: now[0])
    for _ in range(3):
        throttle.check(["ip:a"])
        throttle.fail(["ip:a", "user:lena"])
    with pytest.raises(Throttled) as caught:
        throttle.check(["ip:b", "user:lena"])
    assert caught.value.retry_after_s == 60
    throttle.check(["ip:b", "user:sue"])  # other keys are free
    now[0] = 61
    throttle.check(["ip:a", "user:lena"])  # the window moved on
    for i in range(1000):
        throttle.fail([f"ip:{i}"])
    assert len(throttle) == 100


def test_cli_users_add_with_password_and_roles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO("a long passphrase\n"))
    assert main(["users", "add", "pia", "--role", "pr", "--password-stdin"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["users", "add", "vic", "--role", "viewer", "--token-ttl-days", "2"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "add", "sam", "--role", "submitter", "--password-stdin"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("another passphrase\n"))
    assert main(["users", "set-password", "vic"]) == 0
    store = SQLiteStore(tmp_path / "radar.sqlite3")
    try:
        assert users.authenticate(store, token) is not None
        assert users.check_password(store, "pia", "a long passphrase") is not None
        assert users.check_password(store, "vic", "another passphrase") is not None
        vic = users.get_user(store, "vic")
        assert vic.token_expires_at is not None and vic.role == "viewer"
        assert users.find_user(store, "sam") is None
    finally:
        store.close()
