"""What a notification says, independent of the channel that carries it, and how each channel
renders it: Chinese templates (robot Markdown, e-mail HTML and text), never cut mid-word.

Every message carries what a PR team needs to act without opening anything else first: the
severity, the deadline, the next SOP step, an absolute link to the original post and one to the
case in the console (``RADAR_PUBLIC_URL`` + ``/console/<ref>``). The header and the links are
never shortened; only the body text is, at a word boundary (a Latin word, a number or a URL is
kept whole or dropped, a CJK character is a word of its own), to fit the channel's limit.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, Field

from radar.timezone import local_time

NotificationKind = Literal[
    "incident_opened",
    "incident_historical",
    "incident_escalated",
    "incident_closed",
    "incident_dismissed",
    "ticket_escalated",
    "alert",
    "alert_dismissed",
    "outbox_dead",
    "review_queued",
    "review_overdue",
    "churn_followup",
    "kpi_warning",
]

SEVERITY_LABELS = {"critical": "紧急", "high": "高", "medium": "中", "low": "低"}
#: Labels of the ``fields`` the act stage sets; other names are shown as they are.
FIELD_LABELS = {
    "story": "事件源帖",
    "reach": "传播量(阅读)",
    "platforms": "平台",
    "deadlines": "SOP时限",
    "owner": "负责人",
    "closed_by": "关闭人",
    "step": "步骤",
    "due_at": "截止",
    "category": "类别",
    "mentions": "相关帖子",
    "metric": "指标",
    "scope": "范围",
    "value": "数值",
    "reason": "原因",
    "tier": "审核层级",
    "dead": "死信数",
}
#: Console page of a case: ``<public url>/console/<ref>`` (``ref`` is ``incidents/<id>`` …).
CONSOLE_PREFIX = "/console/"
ELLIPSIS = "…"

# A Latin word, number, e-mail or URL is one token (kept whole or dropped); whitespace runs are
# tokens; any other character (a CJK character, punctuation) is a token of its own.
_TOKEN = re.compile(r"[A-Za-z0-9_@#%&+=/:.\-~?!$*'()\[\],;]+|\s+|.", re.DOTALL)


class Notification(BaseModel):
    """One message for the PR team (or the reviewers).

    ``key`` is the idempotency key: the outbox keeps at most one delivery per key and channel,
    webhooks receive it as the ``Idempotency-Key`` header and e-mails derive their Message-ID
    from it, so a receiver can drop the rare repeat after a crash mid-send.
    """

    key: str = Field(min_length=1, max_length=300)
    kind: NotificationKind
    severity: str = "medium"
    title: str
    text: str
    ref: str | None = Field(None, description="Resource the message is about, e.g. incidents/inc-…")
    created_at: AwareDatetime
    fields: dict[str, Any] = Field(default_factory=dict)
    post_url: str | None = Field(None, description="Absolute URL of the original post.")
    deadline: AwareDatetime | None = Field(None, description="When the next step is due.")
    next_step: str | None = Field(None, description="What to do next (the SOP step).")

    def console_url(self, public_url: str | None) -> str | None:
        """Absolute link to the case in the console, when there is a case and a base URL."""
        if not self.ref or not public_url:
            return None
        return public_url.rstrip("/") + CONSOLE_PREFIX + self.ref

    def facts(self, public_url: str | None) -> list[tuple[str, str]]:
        """(label, value) lines every template shows, in order; links last."""
        out = [("严重程度", SEVERITY_LABELS.get(self.severity, self.severity))]
        if self.deadline is not None:
            out.append(("截止时间", deadline_text(self.deadline)))
        if self.next_step:
            out.append(("下一步", self.next_step))
        out += [(FIELD_LABELS.get(k, k), str(v)) for k, v in self.fields.items() if v != ""]
        if self.post_url:
            out.append(("原帖", self.post_url))
        console = self.console_url(public_url)
        if console:
            out.append(("处理页面", console))
        return out

    def as_markdown(self, public_url: str | None = None, max_bytes: int | None = None) -> str:
        """Robot Markdown (WeCom, DingTalk, Feishu): links are Markdown links, never shortened."""
        head = [f"**【{SEVERITY_LABELS.get(self.severity, self.severity)}】{self.title}**"]
        lines = []
        for label, value in self.facts(public_url):
            shown = f"[{value}]({value})" if value.startswith(("http://", "https://")) else value
            lines.append(f"> {label}: {shown}")
        return _assemble(head, self.text, lines, max_bytes)

    def as_text(self, public_url: str | None = None, max_bytes: int | None = None) -> str:
        """Plain text (e-mail text part, logs)."""
        head = [f"【{SEVERITY_LABELS.get(self.severity, self.severity)}】{self.title}"]
        lines = [f"{label}: {value}" for label, value in self.facts(public_url)]
        return _assemble(head, self.text, lines, max_bytes)

    def as_html(self, public_url: str | None = None) -> str:
        """The e-mail's HTML part (every value escaped, links clickable)."""

        def cell(value: str) -> str:
            if value.startswith(("http://", "https://")):
                return f'<a href="{html.escape(value, quote=True)}">{html.escape(value)}</a>'
            return html.escape(value)

        rows = "".join(
            f"<tr><th align='left'>{html.escape(label)}</th><td>{cell(value)}</td></tr>"
            for label, value in self.facts(public_url)
        )
        body = html.escape(self.text).replace("\n", "<br>")
        return (
            '<html><body><h2 style="margin:0">'
            f"【{html.escape(SEVERITY_LABELS.get(self.severity, self.severity))}】"
            f"{html.escape(self.title)}</h2><p>{body}</p><table>{rows}</table>"
            "<p style='color:#888'>社区雷达 Community Radar</p></body></html>"
        )


def deadline_text(at: datetime) -> str:
    """A deadline as the brand's local time."""
    return local_time(at).replace(" CST", " (北京时间)")


def clip(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` UTF-8 bytes at a word boundary, with "…" when cut."""
    if len(text.encode()) <= max_bytes:
        return text
    budget = max_bytes - len(ELLIPSIS.encode())
    kept: list[str] = []
    used = 0
    for token in _TOKEN.findall(text):
        size = len(token.encode())
        if used + size > budget:
            break
        kept.append(token)
        used += size
    return ("".join(kept).rstrip() + ELLIPSIS) if budget > 0 else ""


def _assemble(head: list[str], body: str, facts: list[str], max_bytes: int | None) -> str:
    frame = "\n".join([*head, "", "", *facts])
    if max_bytes is not None:
        room = max_bytes - len(frame.encode()) - 1
        if room < 0:  # the facts alone are too long: drop the body and keep the links
            return clip(frame, max_bytes)
        body = clip(body, room)
    return "\n".join([*head, "", body, "", *facts]) if body else "\n".join([*head, "", *facts])
