"""docs/monitor.md lists every monitoring endpoint and every act-stage setting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from pydantic import BaseModel

from monitor.policy import AlertPolicy, CrisisPolicy
from radar.settings import setting_fields
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


# The act stage's own settings: the monitor, notify and smtp groups of radar/settings.py.
ACT_VARIABLES = [
    env for env, path, _ in setting_fields() if path.startswith(("monitor.", "notify.", "smtp."))
]


@pytest.mark.parametrize("variable", ACT_VARIABLES)
def test_setting_documented(variable: str) -> None:
    assert variable in DOC, f"{variable} is not in docs/monitor.md"


def _keys(prefix: str, model: type[BaseModel]) -> Iterator[str]:
    for name, info in model.model_fields.items():
        kind = info.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            yield from _keys(f"{prefix}{name}.", kind)
        else:
            yield f"{prefix}{name}"


# The business numbers of the monitor policy (monitor/data/policy.yaml) the rules read.
POLICY_KEYS = [*_keys("crisis.", CrisisPolicy), *_keys("alerts.", AlertPolicy)]


@pytest.mark.parametrize("key", POLICY_KEYS)
def test_policy_number_documented(key: str) -> None:
    assert f"`{key}`" in DOC, f"{key} is not in docs/monitor.md"
