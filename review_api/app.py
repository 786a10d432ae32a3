"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI

from radar.settings import Settings
from review_api.errors import install_error_handlers
from review_api.routes import ROUTERS
from store import open_store
from store.base import Store


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Build the app. Without ``store`` it opens (and on shutdown closes) the configured one."""
    settings = settings or Settings()
    owns_store = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_store:
            app.state.store.close()

    app = FastAPI(
        title="Community Radar API",
        version=version("community-radar"),
        description="社区雷达: mention search, ad-copy review workflow and crisis monitoring. "
        "Errors are RFC 9457 problem details (application/problem+json).",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store if store is not None else open_store(settings)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
