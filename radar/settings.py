"""One typed settings object for the whole product, read from the environment.

Built once at the entry point (`radar.cli.main`, the API factory, a flow) and passed down;
nothing deeper reads ``os.environ``. Every field has a description: the README's configuration
table is generated from this class and ``tests/test_docs.py`` fails when the two drift.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Community Radar configuration (env prefix ``RADAR_``)."""

    model_config = SettingsConfigDict(env_prefix="RADAR_", extra="ignore", populate_by_name=True)

    env: Literal["development", "production"] = Field(
        "development",
        description="Deployment environment. `production` refuses unsafe defaults "
        "(for example an API bound to all interfaces without any user configured).",
    )
    data_dir: Path = Field(
        Path("./var"),
        description="Directory for the embedded store, crawl state, quarantine and logs.",
    )
    store: Literal["sqlite", "elasticsearch"] = Field(
        "sqlite",
        description="Storage backend: `sqlite` (embedded, the default) or `elasticsearch`.",
    )
    es_url: str | None = Field(
        None,
        validation_alias=AliasChoices("ES_URL", "RADAR_ES_URL"),
        description="Elasticsearch URL, e.g. `http://localhost:9200` (env `ES_URL`). "
        "Required when `RADAR_STORE=elasticsearch`.",
    )
    es_index_prefix: str = Field(
        "radar", description="Prefix of every Elasticsearch index and index template."
    )
    api_host: str = Field("127.0.0.1", description="Host the API (`radar serve`) binds to.")
    api_port: int = Field(8000, ge=0, le=65535, description="Port the API binds to.")
    page_size: int = Field(
        50, ge=1, le=1000, description="Default page size of search and list endpoints."
    )

    @property
    def sqlite_path(self) -> Path:
        """Path of the embedded store's database file."""
        return self.data_dir / "radar.sqlite3"

    @model_validator(mode="after")
    def _check_backend(self) -> Settings:
        if self.store == "elasticsearch" and not self.es_url:
            raise ValueError("RADAR_STORE=elasticsearch needs ES_URL (e.g. http://localhost:9200)")
        return self


def env_name(field: str) -> str:
    """The environment variable a settings field is read from."""
    info = Settings.model_fields[field]
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        first = alias.choices[0]
        return first if isinstance(first, str) else field
    return f"RADAR_{field.upper()}"
