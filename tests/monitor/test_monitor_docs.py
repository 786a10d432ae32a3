"""docs/monitor.md lists every monitoring endpoint and every act-stage setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from radar.settings import Settings, env_name
from review_api.routes import alerts, compensation, heatmap, incidents, propagation, tickets

DOC = (Path(__file__).resolve().parents[2] / "docs" / "monitor.md").read_text(encoding="utf-8")
ROUTERS = [heatmap, propagation, alerts, incidents, tickets, compensation]


@pytest.mark.parametrize(
    "route",
    [r for m in ROUTERS for r in m.router.routes if isinstance(r, APIRoute)],
    ids=lambda r: f"{sorted(r.methods)[0]} {r.path}",
)
def test_route_documented(route: APIRoute) -> None:
    # The doc may write {mention_id} etc.; compare the path with its parameters normalised.
    pattern = re.sub(r"\\{[^}]+\\}", r"\\{[^}]+\\}", re.escape(route.path))
    assert re.search(pattern + r"(?![\w/])", DOC), f"{route.path} is not in docs/monitor.md"


# The act stage's own settings (radar/settings.py, section "act stage").
ACT_FIELDS = [
    name
    for name in Settings.model_fields
    if name.startswith(("crisis_", "spike_", "monitor_", "notify_", "smtp_", "complaint_"))
    or name in ("alert_cooldown_minutes",)
]


@pytest.mark.parametrize("field", ACT_FIELDS)
def test_setting_documented(field: str) -> None:
    assert env_name(field) in DOC, f"{env_name(field)} is not in docs/monitor.md"
