"""What a notification says, independent of the channel that carries it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, Field

NotificationKind = Literal[
    "incident_opened", "incident_escalated", "incident_closed", "ticket_escalated", "alert"
]


class Notification(BaseModel):
    """One message for the PR team.

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

    def as_markdown(self) -> str:
        """Title, text and fields as Markdown (robot formats)."""
        lines = [f"**[{self.severity.upper()}] {self.title}**", "", self.text]
        lines += [f"- {name}: {value}" for name, value in self.fields.items()]
        if self.ref:
            lines.append(f"- ref: {self.ref}")
        return "\n".join(lines)

    def as_text(self) -> str:
        """Plain text (e-mail, Feishu text)."""
        lines = [f"[{self.severity.upper()}] {self.title}", "", self.text, ""]
        lines += [f"{name}: {value}" for name, value in self.fields.items()]
        if self.ref:
            lines.append(f"ref: {self.ref}")
        return "\n".join(lines)
