"""Console passwords, stored as scrypt hashes (RFC 7914; ``hashlib.scrypt`` of the standard
library), each with its own random salt.

scrypt is memory-hard: with n=2**14, r=8 one guess needs 16 MiB of memory for about 50 ms, which
makes guessing on GPUs from a leaked ``users`` collection expensive. The parameters are stored
with each hash (``scrypt$n$r$p$salt$hash``), so raising them later leaves old hashes valid.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from identity.errors import InvalidIdentity

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 10
#: Longer input is refused before hashing (scrypt's cost does not grow with it, but nothing
#: needs a password this long and the bound keeps request handling predictable).
MAX_LENGTH = 1024
_MAXMEM = 64 * 1024 * 1024


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=_MAXMEM
    )


def check_policy(password: str) -> None:
    """Refuse a password that is too short or too long (``InvalidIdentity``)."""
    if len(password) < MIN_LENGTH:
        raise InvalidIdentity(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise InvalidIdentity(f"a password has at most {MAX_LENGTH} characters")


def hash_password(password: str) -> str:
    """The stored form of ``password`` (a fresh salt every time)."""
    check_policy(password)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, N, R, P)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored`` (constant-time compare). Without a stored hash
    it still spends one derivation, so an unknown user takes as long as a wrong password."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        params = int(n), int(r), int(p)
        expected, salt_raw = base64.b64decode(digest), base64.b64decode(salt)
    except ValueError:
        kind, params, expected, salt_raw = "", (N, R, P), b"", b"\0" * SALT_BYTES
    if kind != "scrypt" or not (2 <= params[0] <= 2**20 and params[1] <= 32 and params[2] <= 16):
        _derive(password, b"\0" * SALT_BYTES, N, R, P)
        return False
    return hmac.compare_digest(_derive(password, salt_raw, *params), expected)
