"""Shared request dependencies as ``Annotated`` aliases.

``StoreDep``, ``SettingsDep``; the act stage's configured ``PolicyDep``, ``LexiconDep`` and
``OutboxDep``; the two query parameters of every list endpoint, ``PageLimit`` and
``PageCursor`` (each list answers a ``radar.schemas.Page``); and the bounds every other
parameter gets (``FilterValues``, ``ItemId``, ``MAX_COUNT``), so that no value a client can send
reaches a backend out of its range (an integer past 64 bits, a list of thousands): 422 instead.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request
from pydantic import StringConstraints

from monitor.notify.channels import configured_channels
from monitor.notify.outbox import Outbox
from monitor.policy import MonitorPolicy, cached_policy
from nlp.alerts import AlertLexicon
from radar.settings import Settings
from store.base import Store


async def get_store(request: Request) -> Store:
    """The app's store (opened once by the app factory).

    The dependencies that only look something up are ``async def``: FastAPI runs a plain
    ``def`` dependency in its thread pool, a hop per dependency per request (bench/load.py)."""
    store: Store = request.app.state.store
    return store


async def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_policy(settings: SettingsDep) -> MonitorPolicy:
    """The monitor policy (``RADAR_MONITOR_POLICY_PATH``, read once)."""
    return cached_policy(settings.monitor.policy_path)


def get_lexicon(settings: SettingsDep) -> AlertLexicon:
    """The alert lexicon (``RADAR_ALERT_LEXICON_PATH``, read once): it owns alert severities."""
    return AlertLexicon.default(settings.nlp.alert_lexicon_path)


async def get_outbox(store: StoreDep, settings: SettingsDep) -> Outbox:
    """The notification outbox for the configured channels."""
    return Outbox(store, list(configured_channels(settings)))


PolicyDep = Annotated[MonitorPolicy, Depends(get_policy)]
LexiconDep = Annotated[AlertLexicon, Depends(get_lexicon)]
OutboxDep = Annotated[Outbox, Depends(get_outbox)]

PageLimit = Annotated[int, Query(ge=1, le=500, description="Most items on the page.")]
PageCursor = Annotated[
    str | None,
    Query(max_length=2000, description="The previous page's `next_cursor` (omit for the first)."),
]

#: The largest count a parameter takes (reads, amounts): far above any real value, and inside the
#: 64-bit integers of every backend and the 53-bit integers of JSON clients.
MAX_COUNT = 2**53 - 1
FilterValues = Annotated[
    list[Annotated[str, StringConstraints(max_length=200)]] | None,
    Query(max_length=50, description="Any of these values (repeat the parameter)."),
]
ItemId = Annotated[str, Path(min_length=1, max_length=200, description="The item's id.")]
