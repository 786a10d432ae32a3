"""What every console page shares: who is signed in, may they, the CSRF check, rendering.

A page signs in with the console session cookie only (``identity.sessions``; API clients use
bearer tokens on ``/api``). ``page_user(action)`` is the page's one permission check, against the
same table as the API (``identity.permissions``): no session → 303 to the sign-in page with the
page to come back to; a role the table does not allow → 403. ``form_user(action)`` does the same
for a form post and also checks the session's CSRF token in the hidden ``csrf_token`` field (403
without it). Domain errors a form post provokes are rendered as an error page with the status of
``review_api.errors``' map (``install_page_errors``).

Progressive enhancement with htmx: a page works as plain links and forms; htmx attributes on
top fetch the same URL with ``HX-Request: true``, and ``render(..., fragment=...)`` then answers
only the part of the page that changes (a template of ``templates/parts/``, which the page
itself includes), with ``Vary: HX-Request``. htmx's history restore asks for the whole page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from identity.permissions import allowed, permission
from identity.sessions import CSRF_FORM_FIELD, SESSION_COOKIE, Session, check_csrf, session_user
from radar.timezone import local_time
from review_api.auth import ACTION_ATTR
from review_api.errors import ERROR_MAP, mapped_response, problem_kind
from review_api.pages.assets import missing_assets
from store.base import Store

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
CONSOLE = "/console"
templates = Jinja2Templates(directory=TEMPLATES)

#: Pages in the navigation: (path, label, the action that shows it).
NAV: tuple[tuple[str, str, str], ...] = (
    ("/console/incidents", "危机事件", "incidents.read"),
    ("/console/reviews", "待我审核", "reviews.read"),
    ("/console/ads", "我的广告", "ads.read"),
    ("/console/ads/new", "提交文案", "ads.submit"),
    ("/console/alerts", "预警", "alerts.read"),
    ("/console/tickets", "1-3-5工单", "tickets.read"),
    ("/console/heatmap", "舆情热力图", "heatmap.read"),
    ("/console/mentions", "舆情检索", "mentions.read"),
    ("/console/crm", "社群CRM", "community.read"),
    ("/console/kpi", "运营看板", "community.read"),
    ("/console/status", "系统状态", "status.read"),
    ("/console/account", "我的账号", "me.read"),
)


class SignInRequired(Exception):
    """No live console session: go to the sign-in page."""


class PageForbidden(Exception):
    """Signed in, but the role may not see this page or do this."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def page_store(request: Request) -> Store:
    """The app's store."""
    store: Store = request.app.state.store
    return store


PageStore = Annotated[Store, Depends(page_store)]


def _session(request: Request) -> Session:
    secret = request.cookies.get(SESSION_COOKIE)
    session = session_user(page_store(request), secret) if secret else None
    if session is None:
        raise SignInRequired()
    return session


def _check(session: Session, action: str) -> None:
    if not allowed(session.user.role, action):
        roles = "、".join(permission(action).roles)
        raise PageForbidden(f"角色 {session.user.role} 无权执行 {action} (需要: {roles})")


def page_user(action: str) -> Callable[[Request], Session]:
    """A dependency: the session of a user whose role may do ``action``."""
    permission(action)  # an action the table lacks fails at import time

    def dependency(request: Request) -> Session:
        session = _session(request)
        _check(session, action)
        return session

    setattr(dependency, ACTION_ATTR, action)
    return dependency


def form_user(action: str) -> Callable[[Request], Awaitable[tuple[Session, FormData]]]:
    """A dependency for a form post: the allowed user's session and the form, whose
    ``csrf_token`` field must be the session's CSRF token (403 otherwise)."""
    permission(action)

    async def dependency(request: Request) -> tuple[Session, FormData]:
        session = _session(request)
        form = await request.form()
        token = form.get(CSRF_FORM_FIELD)
        if not check_csrf(session, token if isinstance(token, str) else None):
            raise PageForbidden("表单缺少有效的 CSRF 令牌,请刷新页面后重试")
        _check(session, action)
        return session, form

    setattr(dependency, ACTION_ATTR, action)
    return dependency


def field(form: FormData, name: str) -> str:
    """A text field of the form ('' when absent or a file)."""
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class Pager:
    """The links of a paginated list: the first page and the next (cursor) page."""

    first: str
    next: str | None
    total: int
    shown: int


def pager(request: Request, next_cursor: str | None, total: int, shown: int) -> Pager:
    """Links to the first and the next page of the list on this URL (other parameters kept)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    base = request.url.path
    first = base + ("?" + urlencode(params) if params else "")
    after = base + "?" + urlencode([*params, ("cursor", next_cursor)]) if next_cursor else None
    return Pager(first=first, next=after, total=total, shown=shown)


def fmt_time(value: datetime | str | None) -> str:
    """A moment in the brand's time zone, to the minute."""
    if value is None:
        return "—"
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return local_time(moment)[:16].replace("T", " ")


def iso_utc(value: datetime | None) -> str:
    """A moment as UTC ISO (for the countdown script's ``data-due``)."""
    return value.astimezone(UTC).isoformat() if value is not None else ""


templates.env.filters["time"] = fmt_time
templates.env.filters["iso"] = iso_utc


def wants_fragment(request: Request) -> bool:
    """An htmx request for part of a page (not a history restore: that needs the whole page)."""
    headers = request.headers
    return headers.get("hx-request") == "true" and headers.get("hx-history-restore-request") != (
        "true"
    )


def render(
    request: Request,
    name: str,
    session: Session | None,
    context: Mapping[str, Any],
    *,
    status_code: int = 200,
    fragment: str | None = None,
) -> HTMLResponse:
    """Render a page of ``templates/`` with the navigation the user's role may see; an htmx
    request gets ``fragment`` (a part the page includes) instead, when the page has one."""
    nav = [
        (path, label)
        for path, label, action in NAV
        if session is not None and allowed(session.user.role, action)
    ]
    full = {
        "session": session,
        "nav": nav,
        "csrf_field": CSRF_FORM_FIELD,
        "missing_assets": missing_assets(),
        "permalink": str(request.url),
        **context,
    }
    partial = fragment is not None and wants_fragment(request)
    response = templates.TemplateResponse(
        request, fragment if partial and fragment else name, full, status_code=status_code
    )
    if fragment is not None:
        response.headers["Vary"] = "HX-Request"
    return response


def sign_in_url(request: Request) -> str:
    """The sign-in page, coming back to this page after."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"{CONSOLE}/login?next={quote(target, safe='')}"


def install_page_errors(app: FastAPI) -> None:
    """Sign-in redirects, 403 pages, and domain errors as error pages of their status."""

    async def signin(request: Request, exc: Exception) -> Response:
        return RedirectResponse(sign_in_url(request), status_code=303)

    async def forbidden(request: Request, exc: Exception) -> Response:
        detail = exc.detail if isinstance(exc, PageForbidden) else str(exc)
        return render(
            request, "error.html", None, {"status": 403, "detail": detail}, status_code=403
        )

    async def domain(request: Request, exc: Exception) -> Response:
        kind = problem_kind(exc)
        if kind.status >= 500:
            return mapped_response(request, exc)  # logged; the body leaks nothing
        detail = kind.detail.format(exc=exc)
        context = {"status": kind.status, "title": kind.title, "detail": detail}
        return render(request, "error.html", None, context, status_code=kind.status)

    app.add_exception_handler(SignInRequired, signin)
    app.add_exception_handler(PageForbidden, forbidden)
    for exc_type in ERROR_MAP:
        app.add_exception_handler(exc_type, domain)
