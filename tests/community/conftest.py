"""Fixtures of the community tests: a store on every backend, and small CRM files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.base import Store
from tests.utils.backends import BACKENDS, open_backend

DATA = Path(__file__).parent / "data"


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The CRM documents on each backend (tests/utils/backends.py)."""
    yield from open_backend(request, tmp_path)
