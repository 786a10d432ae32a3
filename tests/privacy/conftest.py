"""Fixtures of the privacy tests: a store on every backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.base import Store
from tests.utils.backends import BACKENDS, open_backend


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The privacy operations on each backend (tests/utils/backends.py)."""
    yield from open_backend(request, tmp_path)
