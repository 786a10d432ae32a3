"""Delivery channels: generic JSON webhook, WeCom / DingTalk / Feishu robots, SMTP e-mail, file.

Each channel renders a ``Notification`` in its wire format (``monitor.notify.message``) and sends
it once, within an overall deadline (``RADAR_NOTIFY_TIMEOUT_SECONDS`` for connecting, sending and
reading the whole answer: a receiver that trickles bytes cannot hold the monitor flow). Failure
raises ``DeliveryError``:

* ``unreachable``: the receiver could not be reached at all (nothing was sent); the outbox defers
  the rest of that channel's queue instead of hammering a dead host;
* ``outcome_unknown``: the request went out but no complete answer came back (deadline, dropped
  connection). A robot cannot drop a repeat, so the outbox never resends such a message by itself
  (``Channel.at_most_once``); a webhook gets it again with the same ``Idempotency-Key``.

Retrying is the outbox's job, not the channel's. Error messages never carry a secret: a robot's
URL carries its key, so only the host is named and ``scrub`` removes any echo of it.

Robot formats (their public webhook APIs):

* WeCom 企业微信群机器人: ``{"msgtype": "markdown", "markdown": {"content": ...}}`` (content at most
  4096 bytes), reply ``{"errcode": 0}``;
* DingTalk 钉钉自定义机器人: ``{"msgtype": "markdown", "markdown": {"title", "text"}}``, reply
  ``{"errcode": 0}``;
* Feishu 飞书自定义机器人: an interactive card with one ``markdown`` element
  (``{"msg_type": "interactive", "card": {...}}``), reply ``{"code": 0}`` (older:
  ``{"StatusCode": 0}``).

A robot answers HTTP 200 with a non-zero code on errors (bad keyword, rate limit), so the body's
code is checked, not only the status.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import smtplib
import socket
import ssl
import threading
from collections.abc import Iterable
from email.message import EmailMessage
from email.utils import formatdate
from functools import cache
from hashlib import sha1
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import parse_qsl, urlsplit

import httpx
from pydantic import SecretStr

from monitor.notify.message import Notification
from radar.settings import Settings, SmtpSettings

WebhookFormat = Literal["json", "wecom", "dingtalk", "feishu"]
#: Robot channels: they cannot drop a repeat, so a message whose outcome is unknown is never
#: sent to them again automatically (``radar outbox retry`` can, on purpose).
ROBOT_CHANNELS = frozenset({"wecom", "dingtalk", "feishu"})
#: Largest message body each robot accepts, in UTF-8 bytes.
ROBOT_MAX_BYTES: dict[str, int] = {"wecom": 4096, "dingtalk": 20_000, "feishu": 28_000}
_SEVERITY_COLOURS = {"critical": "red", "high": "orange", "medium": "yellow", "low": "blue"}


class DeliveryError(RuntimeError):
    """One delivery attempt failed (the message says why, without secrets)."""

    def __init__(
        self, message: str, *, unreachable: bool = False, outcome_unknown: bool = False
    ) -> None:
        super().__init__(message)
        self.unreachable = unreachable
        self.outcome_unknown = outcome_unknown


class Channel(Protocol):
    """Something that can deliver a notification once."""

    name: str
    #: True when the receiver cannot drop a repeat (robots): never resend an unknown outcome.
    at_most_once: bool
    #: Strings that must never appear in an error message (URLs with keys, passwords).
    secrets: tuple[str, ...]

    def send(self, notification: Notification) -> None:
        """Deliver; raise ``DeliveryError`` on failure."""
        ...


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (longest first) replaced by ``***``."""
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def url_secrets(url: str) -> tuple[str, ...]:
    """The parts of a webhook URL that may carry its key: the URL, its path and query, each
    query value and each long path segment."""
    parts = urlsplit(url)
    found = [url, parts.path, parts.query]
    found += [value for _, value in parse_qsl(parts.query)]
    found += [seg for seg in parts.path.split("/") if len(seg) >= 8]
    return tuple(s for s in found if s)


def webhook_payload(
    fmt: WebhookFormat, n: Notification, public_url: str | None = None
) -> dict[str, Any]:
    """The JSON body a webhook of format ``fmt`` expects."""
    limit = ROBOT_MAX_BYTES.get(fmt)
    if fmt == "wecom":
        return {"msgtype": "markdown", "markdown": {"content": n.as_markdown(public_url, limit)}}
    if fmt == "dingtalk":
        return {
            "msgtype": "markdown",
            "markdown": {"title": n.title[:60], "text": n.as_markdown(public_url, limit)},
        }
    if fmt == "feishu":
        return {
            "msg_type": "interactive",
            "card": {
                "header": {
                    "title": {"tag": "plain_text", "content": n.title[:100]},
                    "template": _SEVERITY_COLOURS.get(n.severity, "blue"),
                },
                "elements": [{"tag": "markdown", "content": n.as_markdown(public_url, limit)}],
            },
        }
    body = n.model_dump(mode="json")
    body["console_url"] = n.console_url(public_url)
    return body


def _robot_error(fmt: WebhookFormat, response: httpx.Response) -> str | None:
    if fmt == "json":
        return None
    try:
        body = response.json()
    except ValueError:
        return f"{fmt} robot answered non-JSON ({len(response.content)} bytes)"
    code = body.get("errcode", body.get("code", body.get("StatusCode", 0)))
    if code not in (0, "0", None):
        return (
            f"{fmt} robot refused the message: code {code} {body.get('errmsg') or body.get('msg')}"
        )
    return None


@cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every send (building one costs about a second on a busy machine)."""
    return ssl.create_default_context()


class WebhookChannel:
    """POST the notification to a URL in one of the webhook formats, within ``deadline``."""

    def __init__(
        self,
        name: str,
        url: str,
        fmt: WebhookFormat,
        timeout: float = 10.0,
        public_url: str | None = None,
    ) -> None:
        self.name, self.url, self.fmt, self.timeout = name, url, fmt, timeout
        self.public_url = public_url
        self.at_most_once = fmt in ROBOT_CHANNELS
        self.secrets = url_secrets(url)
        self.host = urlsplit(url).netloc.rpartition("@")[2]

    async def _post(
        self, client: httpx.AsyncClient, notification: Notification, sent: list[bool]
    ) -> httpx.Response:
        async def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_headers.started"):
                sent.append(True)  # from here on the receiver may have the message

        async with client:
            return await client.post(
                self.url,
                json=webhook_payload(self.fmt, notification, self.public_url),
                headers={"Idempotency-Key": notification.key},
                extensions={"trace": trace},
            )

    def send(self, notification: Notification) -> None:
        sent: list[bool] = []
        # Built before the deadline starts: the first client of a process costs a second.
        client = httpx.AsyncClient(timeout=self.timeout, verify=_tls_context())
        try:
            response = asyncio.run(
                asyncio.wait_for(self._post(client, notification, sent), timeout=self.timeout)
            )
        except (TimeoutError, httpx.TimeoutException, httpx.TransportError) as exc:
            what = "no complete answer" if isinstance(exc, TimeoutError) else type(exc).__name__
            if not sent:
                raise DeliveryError(
                    f"{self.name}: cannot reach {self.host} ({what})", unreachable=True
                ) from None
            raise DeliveryError(
                f"{self.name}: {what} from {self.host} within {self.timeout:g}s; "
                "the message may have arrived",
                outcome_unknown=True,
            ) from None
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{self.name}: {type(exc).__name__} for {self.host}") from None
        if response.status_code >= 300:
            raise DeliveryError(
                scrub(
                    f"{self.name}: HTTP {response.status_code} from {self.host}: "
                    f"{response.text[:200]!r}",
                    self.secrets,
                )
            )
        problem = _robot_error(self.fmt, response)
        if problem:
            raise DeliveryError(scrub(f"{self.name}: {problem}", self.secrets))


class EmailChannel:
    """Send an e-mail (text and HTML) over SMTP (optionally STARTTLS and login) within the
    deadline: a watchdog closes the connection of a server that answers too slowly."""

    name = "email"
    at_most_once = False  # the Message-ID derives from the idempotency key

    def __init__(
        self, smtp: SmtpSettings, timeout: float = 10.0, public_url: str | None = None
    ) -> None:
        assert smtp.host is not None
        self.host, self.port = smtp.host, smtp.port
        self.starttls, self.user = smtp.starttls, smtp.user
        self.password = smtp.password.get_secret_value() if smtp.password else None
        self.sender, self.recipients = smtp.sender, list(smtp.recipients)
        self.timeout, self.public_url = timeout, public_url
        self.secrets: tuple[str, ...] = (self.password,) if self.password else ()

    def message(self, n: Notification) -> EmailMessage:
        """The e-mail for ``n`` (text and HTML); its Message-ID derives from the key."""
        msg = EmailMessage()
        msg["Subject"] = f"[社区雷达] {n.title}"
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["Date"] = formatdate(n.created_at.timestamp(), localtime=False)
        msg["Message-ID"] = f"<{sha1(n.key.encode()).hexdigest()}@community-radar>"
        msg["X-Radar-Idempotency-Key"] = n.key
        msg["X-Radar-Severity"] = n.severity
        msg.set_content(n.as_text(self.public_url))
        msg.add_alternative(n.as_html(self.public_url), subtype="html")
        return msg

    def send(self, notification: Notification) -> None:
        if not self.recipients:
            raise DeliveryError("email: RADAR_SMTP_TO lists no recipient")
        smtp = smtplib.SMTP(timeout=self.timeout)
        expired = threading.Event()

        def abort() -> None:
            expired.set()
            sock = smtp.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(self.timeout, abort)
        watchdog.daemon = True
        watchdog.start()
        connected = False
        try:
            smtp.connect(self.host, self.port)
            connected = True
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                smtp.login(self.user, self.password or "")
            smtp.send_message(self.message(notification))
        except (OSError, smtplib.SMTPException) as exc:
            if expired.is_set():
                raise DeliveryError(
                    f"email: no complete answer from {self.host}:{self.port} within "
                    f"{self.timeout:g}s",
                    unreachable=not connected,
                    outcome_unknown=connected,
                ) from None
            if isinstance(exc, smtplib.SMTPException) or connected:
                raise DeliveryError(scrub(f"email: {exc}", self.secrets)) from None
            raise DeliveryError(
                f"email: cannot reach {self.host}:{self.port}: {exc}", unreachable=True
            ) from None
        finally:
            watchdog.cancel()
            with contextlib.suppress(OSError):
                smtp.close()


class FileChannel:
    """Write each notification as a JSON file (the channel when nothing else is configured)."""

    name = "file"
    at_most_once = False
    secrets: tuple[str, ...] = ()

    def __init__(self, folder: Path, public_url: str | None = None) -> None:
        self.folder, self.public_url = folder, public_url

    def path_for(self, notification: Notification) -> Path:
        """Where ``notification`` is written (one file per idempotency key)."""
        return self.folder / f"{sha1(notification.key.encode()).hexdigest()[:16]}.json"

    def send(self, notification: Notification) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.path_for(notification)
            tmp = path.with_suffix(".tmp")
            body = notification.model_dump(mode="json")
            body["console_url"] = notification.console_url(self.public_url)
            body["message"] = notification.as_text(self.public_url)
            tmp.write_text(json.dumps(body, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError as exc:
            raise DeliveryError(f"file: cannot write to {self.folder}: {exc}") from exc


def configured_channels(settings: Settings) -> dict[str, Channel]:
    """Channels the settings configure; only the file channel when none is."""
    notify, timeout = settings.notify, settings.notify.timeout_seconds
    public_url = notify.public_base_url(settings.api)
    channels: dict[str, Channel] = {}
    webhooks: list[tuple[str, SecretStr | None, WebhookFormat]] = [
        ("webhook", notify.webhook_url, "json"),
        ("wecom", notify.wecom_url, "wecom"),
        ("dingtalk", notify.dingtalk_url, "dingtalk"),
        ("feishu", notify.feishu_url, "feishu"),
    ]
    for name, url, fmt in webhooks:
        if url is not None and url.get_secret_value():
            channels[name] = WebhookChannel(name, url.get_secret_value(), fmt, timeout, public_url)
    if settings.smtp.host:
        channels["email"] = EmailChannel(settings.smtp, timeout, public_url)
    if not channels:
        channels["file"] = FileChannel(settings.notify_outbox_dir, public_url)
    return channels
