"""The console's third-party assets (``review_api/static/assets.txt``), served from
``/static/vendor/`` once ``make assets`` has fetched them; never from a CDN.

Without them the API works as before and every page says which are missing (the charts then
fall back to their table views).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

STATIC = Path(__file__).resolve().parents[1] / "static"
VENDOR = STATIC / "vendor"
STATIC_URL = "/static"


@dataclass(frozen=True, slots=True)
class Asset:
    """One file of one npm package at an exact version."""

    package: str
    version: str
    source: str
    name: str

    @property
    def url(self) -> str:
        """Where the app serves it."""
        return f"{STATIC_URL}/vendor/{self.name}"

    @property
    def present(self) -> bool:
        """Whether ``make assets`` has installed it."""
        return (VENDOR / self.name).is_file()


def load_assets(path: Path = STATIC / "assets.txt") -> dict[str, Asset]:
    """The asset list by file name."""
    assets: dict[str, Asset] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            package, version, source, name = line.split()
            assets[name] = Asset(package, version, source, name)
    return assets


ASSETS = load_assets()


def asset_url(name: str) -> str:
    """The URL of an asset of the list (``KeyError`` for one it lacks)."""
    return ASSETS[name].url


def missing_assets() -> list[Asset]:
    """The assets ``make assets`` has not installed (yet)."""
    return [asset for asset in ASSETS.values() if not asset.present]
