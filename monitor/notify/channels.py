"""Delivery channels: generic JSON webhook, WeCom / DingTalk / Feishu robots, SMTP e-mail, file.

Each channel turns a ``Notification`` into its wire format and sends it once; failure raises
``DeliveryError`` (``unreachable=True`` when the receiver could not be reached at all, so the
outbox defers the rest of that channel's queue instead of hammering a dead host). Retrying is
the outbox's job, not the channel's.

Robot formats (their public webhook APIs):

* WeCom 企业微信群机器人: ``{"msgtype": "markdown", "markdown": {"content": ...}}``, reply
  ``{"errcode": 0}``;
* DingTalk 钉钉自定义机器人: ``{"msgtype": "markdown", "markdown": {"title", "text"}}``, reply
  ``{"errcode": 0}``;
* Feishu 飞书自定义机器人: ``{"msg_type": "text", "content": {"text": ...}}``, reply
  ``{"code": 0}`` (older: ``{"StatusCode": 0}``).

A robot answers HTTP 200 with a non-zero code on errors (bad keyword, rate limit), so the body's
code is checked, not only the status.
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate
from hashlib import sha1
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import httpx
from pydantic import SecretStr

from monitor.notify.message import Notification
from radar.settings import Settings, SmtpSettings

WebhookFormat = Literal["json", "wecom", "dingtalk", "feishu"]


class DeliveryError(RuntimeError):
    """One delivery attempt failed (the message says why)."""

    def __init__(self, message: str, *, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


class Channel(Protocol):
    """Something that can deliver a notification once."""

    name: str

    def send(self, notification: Notification) -> None:
        """Deliver; raise ``DeliveryError`` on failure."""
        ...


def webhook_payload(fmt: WebhookFormat, n: Notification) -> dict[str, Any]:
    """The JSON body a webhook of format ``fmt`` expects."""
    if fmt == "wecom":
        return {"msgtype": "markdown", "markdown": {"content": n.as_markdown()}}
    if fmt == "dingtalk":
        return {"msgtype": "markdown", "markdown": {"title": n.title, "text": n.as_markdown()}}
    if fmt == "feishu":
        return {"msg_type": "text", "content": {"text": n.as_text()}}
    return n.model_dump(mode="json")


def _robot_error(fmt: WebhookFormat, response: httpx.Response) -> str | None:
    if fmt == "json":
        return None
    try:
        body = response.json()
    except ValueError:
        return f"{fmt} robot answered non-JSON: {response.text[:200]!r}"
    code = body.get("errcode", body.get("code", body.get("StatusCode", 0)))
    if code not in (0, "0", None):
        return (
            f"{fmt} robot refused the message: code {code} {body.get('errmsg') or body.get('msg')}"
        )
    return None


class WebhookChannel:
    """POST the notification to a URL in one of the webhook formats."""

    def __init__(self, name: str, url: str, fmt: WebhookFormat, timeout: float = 10.0) -> None:
        self.name, self.url, self.fmt, self.timeout = name, url, fmt, timeout

    def send(self, notification: Notification) -> None:
        try:
            response = httpx.post(
                self.url,
                json=webhook_payload(self.fmt, notification),
                headers={"Idempotency-Key": notification.key},
                timeout=self.timeout,
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise DeliveryError(
                # The host only: a robot's URL carries its key.
                f"{self.name}: cannot reach {urlsplit(self.url).netloc}: {exc}",
                unreachable=True,
            ) from exc
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{self.name}: {type(exc).__name__}: {exc}") from exc
        if response.status_code >= 300:
            raise DeliveryError(
                f"{self.name}: HTTP {response.status_code}: {response.text[:200]!r}"
            )
        problem = _robot_error(self.fmt, response)
        if problem:
            raise DeliveryError(f"{self.name}: {problem}")


class EmailChannel:
    """Send a plain-text e-mail over SMTP (optionally STARTTLS and login)."""

    name = "email"

    def __init__(self, smtp: SmtpSettings, timeout: float = 10.0) -> None:
        assert smtp.host is not None
        self.host, self.port = smtp.host, smtp.port
        self.starttls, self.user = smtp.starttls, smtp.user
        self.password = smtp.password.get_secret_value() if smtp.password else None
        self.sender, self.recipients = smtp.sender, list(smtp.recipients)
        self.timeout = timeout

    def message(self, n: Notification) -> EmailMessage:
        """The e-mail for ``n``; its Message-ID is derived from the idempotency key."""
        msg = EmailMessage()
        msg["Subject"] = f"[社区雷达][{n.severity.upper()}] {n.title}"
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["Date"] = formatdate(n.created_at.timestamp(), localtime=False)
        msg["Message-ID"] = f"<{sha1(n.key.encode()).hexdigest()}@community-radar>"
        msg["X-Radar-Idempotency-Key"] = n.key
        msg.set_content(n.as_text())
        return msg

    def send(self, notification: Notification) -> None:
        if not self.recipients:
            raise DeliveryError("email: RADAR_SMTP_TO lists no recipient")
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.user:
                    smtp.login(self.user, self.password or "")
                smtp.send_message(self.message(notification))
        except (ConnectionError, TimeoutError, OSError) as exc:
            if isinstance(exc, smtplib.SMTPException):
                raise DeliveryError(f"email: {exc}") from exc
            raise DeliveryError(
                f"email: cannot reach {self.host}:{self.port}: {exc}", unreachable=True
            ) from exc
        except smtplib.SMTPException as exc:
            raise DeliveryError(f"email: {exc}") from exc


class FileChannel:
    """Write each notification as a JSON file (the channel when nothing else is configured)."""

    name = "file"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, notification: Notification) -> Path:
        """Where ``notification`` is written (one file per idempotency key)."""
        return self.folder / f"{sha1(notification.key.encode()).hexdigest()[:16]}.json"

    def send(self, notification: Notification) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.path_for(notification)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(
                json.dumps(notification.model_dump(mode="json"), ensure_ascii=False, indent=2),
                encoding="utf-8",
            )
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError as exc:
            raise DeliveryError(f"file: cannot write to {self.folder}: {exc}") from exc


def configured_channels(settings: Settings) -> dict[str, Channel]:
    """Channels the settings configure; only the file channel when none is."""
    notify, timeout = settings.notify, settings.notify.timeout_seconds
    channels: dict[str, Channel] = {}
    webhooks: list[tuple[str, SecretStr | None, WebhookFormat]] = [
        ("webhook", notify.webhook_url, "json"),
        ("wecom", notify.wecom_url, "wecom"),
        ("dingtalk", notify.dingtalk_url, "dingtalk"),
        ("feishu", notify.feishu_url, "feishu"),
    ]
    for name, url, fmt in webhooks:
        if url is not None and url.get_secret_value():
            channels[name] = WebhookChannel(name, url.get_secret_value(), fmt, timeout)
    if settings.smtp.host:
        channels["email"] = EmailChannel(settings.smtp, timeout)
    if not channels:
        channels["file"] = FileChannel(settings.notify_outbox_dir)
    return channels
