"""What the compliance routers share: the tier-1 checker, the routing rules, intake limits, the
problem schema for the OpenAPI, and the mapping of domain errors to problem+json."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends
from pydantic import BaseModel, Field

from compliance.check import AdChecker, default_checker
from compliance.errors import (
    IntakeError,
    NotFoundError,
    PermissionDenied,
    StateConflict,
)
from compliance.intake import IntakeLimits
from compliance.routing import RoutingConfig, load_routing
from review_api.deps import SettingsDep
from review_api.errors import TYPE_BASE, Conflict, NotFound, ProblemError


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(description="URI identifying the problem kind.")
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None


_DESCRIPTIONS = {
    401: "No valid bearer token",
    403: "The user's role (or ownership) does not allow this",
    404: "Not found",
    409: "The copy is not in a state that allows this, or changed concurrently",
    413: "Upload or copy over the size limit",
    415: "Unsupported file type",
    422: "Invalid request, or a file that cannot be read",
}


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for problem+json errors."""
    schema = Problem.model_json_schema()
    return {
        code: {
            "description": _DESCRIPTIONS[code],
            "content": {"application/problem+json": {"schema": schema}},
        }
        for code in codes
    }


_INTAKE_STATUS = {"too_large": 413, "unsupported_type": 415}


@contextmanager
def domain_errors() -> Iterator[None]:
    """Translate compliance errors raised inside the block to problem+json errors."""
    try:
        yield
    except NotFoundError as exc:
        raise NotFound(exc.what, exc.ident) from exc
    except PermissionDenied as exc:
        raise ProblemError(403, "Forbidden", str(exc), type_=TYPE_BASE + "forbidden") from exc
    except StateConflict as exc:
        raise Conflict(str(exc)) from exc
    except IntakeError as exc:
        status = _INTAKE_STATUS.get(exc.problem, 422)
        title = {413: "Content too large", 415: "Unsupported media type"}.get(
            status, "Unprocessable content"
        )
        raise ProblemError(
            status, title, str(exc), type_=TYPE_BASE + exc.problem.replace("_", "-")
        ) from exc


@lru_cache(maxsize=4)
def _routing(path: Path | None) -> RoutingConfig:
    return load_routing(path)


def get_checker(settings: SettingsDep) -> AdChecker:
    """The tier-1 checker of the configured rule packs (built once)."""
    return default_checker(settings.compliance_rules_dir)


def get_routing(settings: SettingsDep) -> RoutingConfig:
    """The configured routing rules (read once)."""
    return _routing(settings.compliance_routing_path)


def get_limits(settings: SettingsDep) -> IntakeLimits:
    """The intake's size limits."""
    return IntakeLimits.from_settings(settings)


CheckerDep = Annotated[AdChecker, Depends(get_checker)]
RoutingDep = Annotated[RoutingConfig, Depends(get_routing)]
LimitsDep = Annotated[IntakeLimits, Depends(get_limits)]
