"""What the compliance routers share: the tier-1 checker, the routing rules and intake limits
(their errors are mapped, and documented, by ``review_api.errors``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from fastapi import Depends

from compliance.check import AdChecker, checker_for
from compliance.intake import IntakeLimits
from compliance.routing import RoutingConfig, load_routing
from radar.settings import Settings
from review_api.deps import SettingsDep


@lru_cache(maxsize=4)
def _routing(path: Path | None) -> RoutingConfig:
    return load_routing(path)


def routing_for(settings: Settings) -> RoutingConfig:
    """The configured routing rules (read once per process)."""
    return _routing(settings.compliance.routing_path)


# ``async``: after the first call these are cache look-ups, not worth a thread-pool hop each.
async def get_checker(settings: SettingsDep) -> AdChecker:
    """The tier-1 checker of the configured rule packs (built once per process)."""
    return checker_for(settings.compliance)


async def get_routing(settings: SettingsDep) -> RoutingConfig:
    """``routing_for`` as a dependency."""
    return routing_for(settings)


async def get_limits(settings: SettingsDep) -> IntakeLimits:
    """The intake's size limits."""
    return IntakeLimits.from_settings(settings.compliance)


CheckerDep = Annotated[AdChecker, Depends(get_checker)]
RoutingDep = Annotated[RoutingConfig, Depends(get_routing)]
LimitsDep = Annotated[IntakeLimits, Depends(get_limits)]
