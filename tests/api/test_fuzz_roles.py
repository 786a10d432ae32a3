"""Schemathesis over the whole API, a token per role, on throwaway data (``tests.utils.fuzz``).

The app runs on loopback over a small seeded store (a crisis story with its incident and alert,
a 1-3-5 ticket, ad copy in review, a demo CRM draw) with one user per role. Three passes:

1. **Admitted.** Every operation of openapi.json is fuzzed as a role its ``x-radar-roles`` (the
   permission table, ``identity.permissions``) admits, preferring the narrowest such role over
   ``admin``, so that generated requests reach past the permission check into the handlers.
2. **Denied.** Every operation that some role may not call is tried, a few examples each, as
   such a role: each answer must be 403 problem+json (the check comes before the handler).
3. **What schemathesis does not generate.** Base64 cursors on every list operation (a real next
   cursor, cursors re-encoded by ``store.semantics.encode_cursor`` with a foreign sort, an
   out-of-range key, a list key, and corrupted ones) and real .docx/.pdf containers and bombs
   (``tests.compliance.files``) on every upload operation.

Every answer passes ``check_answer``: no 5xx, every error RFC 9457 problem+json.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import schemathesis

from identity.roles import ROLES
from identity.users import create_user
from review_api.app import create_app
from store.semantics import encode_cursor
from tests.compliance.files import (
    docx_bytes,
    docx_container,
    docx_nested_tables,
    docx_run_bomb,
    pdf_bytes,
    pdf_flate_bomb,
    pdf_pages,
)
from tests.console.conftest import seed, seed_crm, seed_monitor
from tests.utils.fuzz import PROBLEM_JSON, check_answer, check_raw_answer, fuzz_api
from tests.utils.servers import live_uvicorn

#: Examples per operation: admitted (into the handlers) and denied (the 403 pass).
ADMITTED_EXAMPLES = 5
DENIED_EXAMPLES = 2
#: Preferred role for an operation many roles may call: the narrowest one that may.
PREFERENCE = ("submitter", "legal", "committee", "pr", "ops", "viewer", "admin")

Operation = schemathesis.APIOperation[Any, Any, Any, Any]


@dataclass
class Api:
    base: str
    tokens: dict[str, str]
    spec: dict[str, Any]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    data = tmp_path_factory.mktemp("fuzz-roles")
    store, settings, _, _ = seed(data)
    seed_crm(store, data)
    seed_monitor(store)
    tokens = {role: create_user(store, f"fz-{role}", role)[1] for role in ROLES}
    try:
        with live_uvicorn(create_app(settings, store)) as base:
            yield Api(base, tokens, httpx.get(f"{base}/openapi.json").json())
    finally:
        store.close()


def _roles(operation: Operation) -> list[str]:
    return list(operation.definition.raw.get("x-radar-roles") or [])


def admitted_role(roles: list[str]) -> str:
    """The role to act as: any role for a public operation, else the narrowest admitted."""
    if roles == ["*"]:
        return "viewer"
    return next(r for r in PREFERENCE if r in roles)


def denied_role(roles: list[str]) -> str | None:
    """A role the operation refuses (None: every role may call it)."""
    return next((r for r in reversed(PREFERENCE) if roles != ["*"] and r not in roles), None)


def _forbidden(case: schemathesis.Case[Any], response: schemathesis.Response) -> None:
    check_answer(case, response)
    assert response.status_code == 403, (case.method, case.formatted_path, response.status_code)
    assert response.headers.get("content-type") == [PROBLEM_JSON]


def _operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]


@pytest.mark.slow
def test_every_operation_as_an_admitted_role(api: Api) -> None:
    report = fuzz_api(
        api.base,
        path_regex=r"^/",
        token_of=lambda op: api.tokens[admitted_role(_roles(op))],
        max_examples=ADMITTED_EXAMPLES,
    )
    assert sorted(report.operations) == sorted(f"{m} {p}" for m, p in _operations(api.spec))
    assert report.failures == []


@pytest.mark.slow
def test_every_operation_refuses_a_role_it_does_not_admit(api: Api) -> None:
    def token_of(op: Operation) -> str | None:
        role = denied_role(_roles(op))
        return api.tokens[role] if role else None

    report = fuzz_api(
        api.base,
        path_regex=r"^/",
        token_of=token_of,
        max_examples=DENIED_EXAMPLES,
        check=_forbidden,
    )
    restricted = [
        (m, p)
        for p, ops in api.spec["paths"].items()
        for m, op in ops.items()
        if op.get("x-radar-roles") != ["*"] and set(ROLES) - set(op["x-radar-roles"])
    ]
    assert len(report.operations) == len(restricted) >= 40
    assert report.failures == []


# ------------------------------------------------------------- generators schemathesis lacks
def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def crafted_cursors(valid: str | None) -> list[str]:
    """Cursors every list operation must refuse with 422: well-formed base64 carrying wrong
    contents, and corrupted base64."""
    crafted = [
        encode_cursor("no-such-sort", 1, "x"),  # made for another sort
        _b64(json.dumps(["-created_ts", 2**70, "x"]).encode()),  # key past int64
        _b64(json.dumps(["-created_ts", [1, 2], "x"]).encode()),  # a list key
        _b64(json.dumps(["-created_ts", 1, 7]).encode()),  # id not a string
        _b64(json.dumps({"sort": "-created_ts"}).encode()),  # not the three values
        _b64(b"\xff\xfe not json"),
        _b64(b"[" * 5000),  # deeply nested JSON
        "!!!not-base64!!!",
        "A",  # impossible base64 length
        "8J+YgA",  # an emoji, base64'd: valid UTF-8 but not JSON
        "x" * 3000,
    ]
    if valid:
        crafted += [valid[:-3], valid[::-1], "%" + valid]
    return crafted


def test_list_operations_refuse_crafted_cursors(api: Api) -> None:
    lists = [
        (p, op)
        for p, ops in api.spec["paths"].items()
        for m, op in ops.items()
        if m == "get" and any(x["name"] == "cursor" for x in op.get("parameters", []))
    ]
    assert len(lists) >= 12
    seen_valid = 0
    for path, op in lists:
        role = admitted_role(op["x-radar-roles"])
        with httpx.Client(
            base_url=api.base, headers={"Authorization": f"Bearer {api.tokens[role]}"}, timeout=30
        ) as client:
            first = client.get(path, params={"limit": 1})
            check_raw_answer(f"GET {path}", first.status_code, _type(first), first.text)
            assert first.status_code == 200, (path, first.text[:300])
            valid = first.json().get("next_cursor")
            if valid:
                seen_valid += 1
                again = client.get(path, params={"limit": 1, "cursor": valid})
                assert again.status_code == 200, (path, again.text[:300])
            for cursor in crafted_cursors(valid):
                answer = client.get(path, params={"limit": 1, "cursor": cursor})
                where = f"GET {path}?cursor={cursor[:40]}"
                check_raw_answer(where, answer.status_code, _type(answer), answer.text)
                assert answer.status_code == 422, (where, answer.status_code, answer.text[:300])
            if valid:  # extra padding is tolerated (the codec pads itself): any answer but 5xx
                answer = client.get(path, params={"limit": 1, "cursor": valid + "===="})
                check_raw_answer(f"GET {path}", answer.status_code, _type(answer), answer.text)
    assert seen_valid >= 5  # the seeded data fill more than one page of most lists


def _type(answer: httpx.Response) -> str | None:
    return answer.headers.get("content-type")


#: Real containers, good and hostile, under the names an upload is judged by.
UPLOADS = [
    ("copy.docx", docx_bytes("快来团购!", "新鲜鸡蛋今日到货。")),
    ("copy.pdf", pdf_bytes("NO.1 brand 100% natural")),
    ("nested.docx", docx_nested_tables(40)),
    ("runs.docx", docx_run_bomb(300_000)),
    ("dtd.docx", docx_container("<w:p/>", prolog="<!DOCTYPE x [<!ENTITY a 'a'>]>")),
    ("broken.docx", docx_container("<w:p><w:r><w:t>x</w:p>")),
    ("truncated.docx", docx_bytes("半个文件")[:700]),
    ("entries.docx", docx_container("<w:p/>", extra_entries=1200)),
    ("bomb.pdf", pdf_flate_bomb(40 << 20)),
    ("long.pdf", pdf_pages(60)),
    ("pdf-named.docx", pdf_bytes("not a word file")),
    ("docx-named.pdf", docx_bytes("not a pdf")),
    ("members.csv", docx_bytes("a word file named .csv")),
]


def test_upload_operations_take_real_containers_and_bombs(api: Api) -> None:
    uploads = [
        (p, op)
        for p, ops in api.spec["paths"].items()
        for m, op in ops.items()
        if m == "post" and "multipart/form-data" in (op.get("requestBody") or {}).get("content", {})
    ]
    assert {p for p, _ in uploads} >= {"/api/ads/upload", "/api/ads/batch"}
    statuses: dict[tuple[str, str], int] = {}
    for path, op in uploads:
        role = admitted_role(op["x-radar-roles"])
        headers = {"Authorization": f"Bearer {api.tokens[role]}"}
        with httpx.Client(base_url=api.base, headers=headers, timeout=60) as client:
            for name, data in UPLOADS:
                answer = client.post(path, files={"file": (name, data)})
                check_raw_answer(
                    f"POST {path} {name}", answer.status_code, _type(answer), answer.text
                )
                statuses[(path, name)] = answer.status_code
    # The good files are read; each hostile one is refused with a reason, not a failure.
    assert statuses[("/api/ads/upload", "copy.docx")] == 201
    assert statuses[("/api/ads/upload", "copy.pdf")] == 201
    hostile = [n for n, _ in UPLOADS if n not in ("copy.docx", "copy.pdf", "nested.docx")]
    assert {statuses[("/api/ads/upload", n)] for n in hostile} <= {413, 415, 422}
