"""Hands each mention to the parent process (JSON lines); the parent batches store writes."""

from __future__ import annotations

from typing import Any

from crawlers.job import JobPipeline


class EmitPipeline(JobPipeline):
    """Last pipeline: serialise the mention for the parent."""

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        job = self.job
        job.emit_raw_item(item["mention"].model_dump_json())
        return item
