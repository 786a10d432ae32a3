"""Pseudonyms of people: the keyed hash every stage shows instead of an author's handle.

Authors of posts and members of community chats are people (PIPL art. 4). Roles without a need
to see who wrote a post see ``pseudonymise(author, key)`` instead (PIPL art. 6, the minimum
necessary; art. 73(3): data that cannot identify a person without extra information kept
apart). The hash is HMAC-SHA256 under ``RADAR_PRIVACY_KEY``: without the key a pseudonym cannot
be tested against a guessed name, and equal names give equal pseudonyms, so counts per author
and the link of a chat author to a CRM member still work (``community.handles``).

Handles are normalised first (NFKC, trimmed, case-folded), so 'Ａlice ' and 'alice' meet. A
pseudonym is ``"hh1:"`` + the first 32 hex digits (128 bits) of the digest; the prefix names the
scheme's version, and an already pseudonymised value is returned as it is.

The key: outside production an unset ``RADAR_PRIVACY_KEY`` falls back to ``DEVELOPMENT_KEY``, a
fixed, public value (pseudonyms then hide names from casual reading only); ``RADAR_ENV=
production`` refuses to start without a key of at least ``MIN_PRIVACY_KEY_CHARS`` (32)
characters. Changing the key changes every pseudonym (members' stored handles must be
re-imported).
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from typing import Final

from radar.settings import PrivacySettings

#: Development stand-in for ``RADAR_PRIVACY_KEY`` (public, not a secret; production refuses it).
DEVELOPMENT_KEY: Final = b"community-radar/dev-handle-key/not-a-secret"
#: Prefix of a pseudonym (version 1: HMAC-SHA256, first 32 hex digits).
PSEUDONYM_PREFIX: Final = "hh1:"
_DIGITS: Final = 32


def pseudonym_key(settings: PrivacySettings) -> bytes:
    """The key pseudonyms are made under: ``RADAR_PRIVACY_KEY``, or ``DEVELOPMENT_KEY``."""
    if settings.key is None:
        return DEVELOPMENT_KEY
    return settings.key.get_secret_value().encode("utf-8")


def is_pseudonym(value: str) -> bool:
    """Whether ``value`` is already a pseudonym."""
    return value.startswith(PSEUDONYM_PREFIX) and len(value) == len(PSEUDONYM_PREFIX) + _DIGITS


def normalise_handle(handle: str) -> str:
    """The form a handle is hashed in (NFKC, trimmed, case-folded)."""
    return unicodedata.normalize("NFKC", handle).strip().casefold()


def pseudonymise(handle: str, key: bytes) -> str:
    """The keyed hash of a handle; a pseudonym is returned as it is."""
    if is_pseudonym(handle):
        return handle
    digest = hmac.new(key, normalise_handle(handle).encode("utf-8"), hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:_DIGITS]


def pseudonymise_optional(handle: str | None, key: bytes) -> str | None:
    """``pseudonymise`` for an optional author (None and '' stay as they are)."""
    return pseudonymise(handle, key) if handle else handle
