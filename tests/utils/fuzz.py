"""The one schemathesis driver of the fuzz tests: a bounded run over a live API's OpenAPI schema.

Each fuzz test starts the app with ``live_uvicorn`` on 127.0.0.1 and calls ``fuzz_api`` with the
paths to cover and the bearer token to act with (one token, one per path, or one per operation
via ``token_of``, which sees the operation's OpenAPI definition and its ``x-radar-roles``). Every
generated request must pass ``check`` (default ``check_answer``):

- no 5xx: no input may make the server fail;
- every 4xx is an RFC 9457 problem: ``application/problem+json`` whose body carries a string
  ``type`` and ``title``, the response's own ``status``, and strings in ``detail``/``instance``.

Schemathesis' pytest integration (``from_fixture``) does not run under pytest 9, so this drives its
Python API: one derandomised Hypothesis run of ``max_examples`` cases per operation, all over one
keep-alive session (so a server that drops the connection after an error is caught too). The run
goes on past a failing operation and returns one line per failure, so a single test reports every
broken operation at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Err

PROBLEM_JSON = "application/problem+json"


@dataclass
class FuzzReport:
    """What a run covered (``"METHOD /path"`` per operation) and what failed (one line each)."""

    operations: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def check_answer(case: schemathesis.Case[Any], response: schemathesis.Response) -> None:
    """Raise ``AssertionError`` unless ``response`` is no server error and every error a problem."""
    kind = response.headers.get("content-type") or []
    where = f"{case.method} {case.formatted_path}"
    check_raw_answer(
        where, response.status_code, kind[0] if len(kind) == 1 else kind, response.text
    )


def check_raw_answer(where: str, status: int, content_type: Any, text: str) -> None:
    """``check_answer`` for a request made by hand (an ``httpx``/``requests`` answer's parts)."""
    assert status < 500, (where, status, text[:300])
    if status < 400:
        return
    assert content_type == PROBLEM_JSON, (where, status, content_type)
    body = json.loads(text)
    assert isinstance(body, dict), (where, status, body)
    assert isinstance(body.get("type"), str), (where, status, "type", body)
    assert isinstance(body.get("title"), str), (where, status, "title", body)
    assert body.get("status") == status, (where, status, "status", body)
    for optional in ("detail", "instance"):
        assert isinstance(body.get(optional, ""), str), (where, status, optional, body)


def fuzz_api(
    base_url: str,
    *,
    path_regex: str,
    token: str | Callable[[str], str] = "",
    token_of: Callable[[schemathesis.APIOperation[Any, Any, Any, Any]], str | None] | None = None,
    max_examples: int,
    check: Callable[[schemathesis.Case[Any], schemathesis.Response], None] = check_answer,
) -> FuzzReport:
    """Fuzz every operation of ``{base_url}/openapi.json`` whose path matches ``path_regex``.

    ``token`` is the bearer token to send, or a function from the operation's path to it (to act
    as a user the operation admits, so that fuzzing reaches past the permission check);
    ``token_of``, when given, picks it from the operation itself (None: leave the operation out).
    ``check`` judges each answer.
    """
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    report = FuzzReport()
    with requests.Session() as session:
        for result in schema.include(path_regex=path_regex).get_all_operations():
            if isinstance(result, Err):  # the schema does not describe it well enough to call
                report.failures.append(f"unusable operation: {result.err()}")
                continue
            operation = result.ok()
            name = f"{operation.method.upper()} {operation.path}"
            if token_of is not None:
                chosen = token_of(operation)
                if chosen is None:
                    continue
                bearer = chosen
            else:
                bearer = token if isinstance(token, str) else token(operation.path)
            report.operations.append(name)
            try:
                _fuzz_operation(operation, session, bearer, max_examples, check)
            except Exception as exc:  # every failure is reported, with the operation it hit
                report.failures.append(f"{name}: {type(exc).__name__}: {exc}")
    return report


def _fuzz_operation(
    operation: schemathesis.APIOperation[Any, Any, Any, Any],
    session: requests.Session,
    bearer: str,
    max_examples: int,
    check: Callable[[schemathesis.Case[Any], schemathesis.Response], None],
) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case[Any]) -> None:
        response = case.call(
            session=session, headers={"Authorization": f"Bearer {bearer}"}, timeout=30
        )
        check(case, response)

    run()
