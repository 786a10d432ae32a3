"""The roles of the product's users (one per user).

Ad review follows the three tiers of seed 002 (广告内容三级审核制度): ``submitter`` (brand staff
who write copy), ``legal`` (复审: 法务团队), ``committee`` (终审: 用户代表委员会). Monitoring has
``pr`` (incidents, alerts, tickets, notifications: the crisis SOP's owners), ``ops`` (dashboards,
CRM/KPI, sources, outbox) and ``viewer`` (read-only dashboards). ``admin`` manages users and
configuration. What each role may do is ``identity.permissions.PERMISSIONS``.
"""

from __future__ import annotations

from typing import Literal

Role = Literal["submitter", "legal", "committee", "pr", "ops", "viewer", "admin"]
ROLES: tuple[Role, ...] = ("submitter", "legal", "committee", "pr", "ops", "viewer", "admin")

ROLE_PURPOSE: dict[Role, str] = {
    "submitter": "brand staff who write ad copy",
    "legal": "复审: the legal team deciding on ad copy",
    "committee": "终审: consumer representatives voting on ad copy",
    "pr": "incidents, alerts, tickets and notifications (the crisis SOP)",
    "ops": "dashboards, CRM/KPI, sources and the outbox",
    "viewer": "read-only dashboards",
    "admin": "users and configuration",
}
