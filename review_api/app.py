"""The FastAPI application factory.

Middleware, outermost first: CORS (only when ``RADAR_API_CORS_ORIGINS`` lists origins), security
headers on every response, the request body limit (before authentication and before a body is
read in full), then the error containment of ``review_api.errors``. See docs/security.md.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from identity.sessions import CSRF_HEADER
from identity.throttle import FailureThrottle, worker_share
from identity.users import USERS
from radar.schemas import Filter
from radar.settings import Settings, UnsafeSettings
from review_api.auth import document_actions
from review_api.errors import document_problems, install_error_handlers
from review_api.middleware import BodyLimit, SecurityHeaders
from review_api.pages import install_console
from review_api.routes import ROUTERS
from review_api.routes.ads import UPLOAD_PATHS
from review_api.routes.community import CRM_UPLOAD_MAX_BYTES, CRM_UPLOAD_PATH
from store import open_store
from store.base import Store

#: What a multipart upload adds to the file itself (boundaries, part headers, form fields).
FORM_FRAMING_BYTES = 64 * 1024


def refuse_unguarded_api(settings: Settings, store: Store) -> None:
    """``RADAR_ENV=production``: an API reachable beyond loopback needs a user who can sign in
    (raises ``UnsafeSettings``)."""
    if settings.env != "production" or settings.api.loopback_only:
        return
    if store.count_docs(USERS, [Filter(field="active", value=True)]) == 0:
        raise UnsafeSettings(
            f"RADAR_ENV=production refuses an API on {settings.api.host} without any active "
            "user (`radar users add NAME --role admin` first, or RADAR_API_HOST=127.0.0.1)"
        )


def create_app(
    settings: Settings | None = None, store: Store | None = None, *, workers: int = 1
) -> FastAPI:
    """Build the app. Without ``store`` it opens (and on shutdown closes) the configured one.
    ``workers``: how many processes serve the API with this one (each takes its share of the
    sign-in throttle, ``identity.throttle.worker_share``)."""
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
        docs_url=None,  # served by install_console, with local assets
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store if store is not None else open_store(settings)
    try:
        refuse_unguarded_api(settings, app.state.store)
    except UnsafeSettings:
        if owns_store:
            app.state.store.close()
        raise
    app.state.throttle = FailureThrottle(
        worker_share(settings.auth.max_failures, workers),
        settings.auth.failure_window_s,
        max_keys=settings.auth.throttle_max_keys,
    )
    install_error_handlers(app)
    upload_limit = settings.compliance.max_upload_bytes + FORM_FRAMING_BYTES
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.api.max_body_bytes,
        larger={
            **{path: max(upload_limit, settings.api.max_body_bytes) for path in UPLOAD_PATHS},
            CRM_UPLOAD_PATH: CRM_UPLOAD_MAX_BYTES + FORM_FRAMING_BYTES,
        },
    )
    app.add_middleware(SecurityHeaders)
    if settings.api.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", CSRF_HEADER],
        )
    for router in ROUTERS:
        app.include_router(router)
    document_problems(app)
    document_actions(app)
    install_console(app)
    return app


def app_from_environment() -> FastAPI:
    """The app of one ``radar serve`` worker process: settings built from the environment.

    uvicorn starts each worker with this factory (``radar serve`` with ``RADAR_API_WORKERS``
    above 1), so no settings object (nor any secret in it) crosses a process boundary.
    """
    settings = Settings()
    return create_app(settings, workers=settings.api.workers)
