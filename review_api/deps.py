"""Shared request dependencies as ``Annotated`` aliases (``StoreDep``, ``SettingsDep``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from radar.settings import Settings
from store.base import Store


def get_store(request: Request) -> Store:
    """The app's store (opened once by the app factory)."""
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
