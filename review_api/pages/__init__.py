"""The web console: server-rendered pages (Jinja2, ``review_api/templates``) for reviewers, the
PR team and ops, served by the API's own app under ``/console`` (docs/console.md).

``install_console(app)`` mounts, on the app ``create_app`` built:

* ``/console``: the pages, a sub-application sharing the app's store, settings and sign-in
  throttle; its routes call the same domain functions as the API and check the same permission
  table (``review_api.pages.web``);
* ``/static``: the console's own script and style and the vendored assets (``make assets``);
* ``/docs`` and ``/redoc`` with Swagger UI and ReDoc served from ``/static`` (offline);
* ``/``: a redirect to the console.

The pages sit in a mounted sub-application, so the API's route walk (``review_api.auth.
route_actions``) and its OpenAPI schema see only the API; ``console_app`` lists the pages'
actions the same way for their own tests.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from review_api.pages import account, community, incidents, monitoring, ops, pr, reviews, submit
from review_api.pages.assets import STATIC, asset_url
from review_api.pages.web import CONSOLE, install_page_errors

OAUTH2_REDIRECT = "/docs/oauth2-redirect"


def console_app(parent: FastAPI) -> FastAPI:
    """The pages as an app of their own, on ``parent``'s store, settings and throttle."""
    pages = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    pages.state.store = parent.state.store
    pages.state.settings = parent.state.settings
    pages.state.throttle = parent.state.throttle
    install_page_errors(pages)
    for module in (account, incidents, submit, reviews, pr, monitoring, community, ops):
        pages.include_router(module.router)
    return pages


def install_console(app: FastAPI) -> None:
    """Mount the console, the static files, the local API docs and the ``/`` redirect."""
    title = app.title
    openapi_url = app.openapi_url or "/openapi.json"

    async def swagger(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} - Swagger UI",
            oauth2_redirect_url=OAUTH2_REDIRECT,
            swagger_js_url=asset_url("swagger-ui-bundle.js"),
            swagger_css_url=asset_url("swagger-ui.css"),
            swagger_favicon_url="/static/favicon.svg",
        )

    async def swagger_redirect(request: Request) -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    async def redoc(request: Request) -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{title} - ReDoc",
            redoc_js_url=asset_url("redoc.standalone.js"),
            redoc_favicon_url="/static/favicon.svg",
            with_google_fonts=False,
        )

    async def root(request: Request) -> Response:
        return RedirectResponse(CONSOLE + "/", status_code=307)

    app.add_route("/docs", swagger, include_in_schema=False)
    app.add_route(OAUTH2_REDIRECT, swagger_redirect, include_in_schema=False)
    app.add_route("/redoc", redoc, include_in_schema=False)
    app.add_route("/", root, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    app.mount(CONSOLE, console_app(app), name="console")
