"""Secret request headers (login cookies, tokens) for sources: from a file or the environment.

A source file names secrets, never their values: ``secret_headers: {Cookie: weibo_cookie}``.
The value of ``weibo_cookie`` is ``RADAR_SECRET_WEIBO_COOKIE`` in the environment, else the
``weibo_cookie`` key of the secrets file (``<RADAR_DATA_DIR>/secrets.yaml``, a flat YAML mapping;
keep it readable by the crawling user only). Values travel to the crawl process on its stdin
and into request headers only: not into logs, reports, the quarantine or flow parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from crawlers.sources import SourceConfig
from radar import yamlfile

ENV_PREFIX = "RADAR_SECRET_"
SECRETS_FILE = "secrets.yaml"


class MissingSecret(LookupError):
    """A source names a secret that has no value."""


def read_secrets(path: Path | None, environ: Mapping[str, str]) -> dict[str, str]:
    """Secret values by name: the file's, overridden by ``RADAR_SECRET_<NAME>`` variables."""
    values: dict[str, str] = {}
    if path is not None and path.is_file():
        data = yamlfile.load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: secrets must be a mapping of name: value")
        values.update({str(k).lower(): str(v) for k, v in data.items() if v is not None})
    for key, value in environ.items():
        if key.startswith(ENV_PREFIX) and value:
            values[key[len(ENV_PREFIX) :].lower()] = value
    return values


def source_headers(source: SourceConfig, secrets: Mapping[str, str]) -> dict[str, str]:
    """The secret headers of one source; raises ``MissingSecret`` naming what is unset."""
    headers: dict[str, str] = {}
    for header, name in source.secret_headers.items():
        value = secrets.get(name.lower())
        if value is None:
            raise MissingSecret(
                f"{source.name}: secret {name!r} for header {header} has no value "
                f"(set {ENV_PREFIX}{name.upper()} or add it to {SECRETS_FILE})"
            )
        headers[header] = value
    return headers


def headers_by_source(
    sources: Iterable[SourceConfig], secrets: Mapping[str, str]
) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Secret headers per source name, and (by source name) what is missing, in one line."""
    found: dict[str, dict[str, str]] = {}
    missing: dict[str, str] = {}
    for source in sources:
        try:
            headers = source_headers(source, secrets)
        except MissingSecret as exc:
            missing[source.name] = str(exc)
            continue
        if headers:
            found[source.name] = headers
    return found, missing
