"""Served deployments: one per source with the schedule its YAML file gives."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule

from crawlers.sources import load_sources
from flows.serve import COMMUNITY_CRON, PRIVACY_CRON, SCHEDULE_TIMEZONE, build_deployments
from radar.settings import Settings

SOURCE = """\
name: {name}
platform: news
kind: feed
schedule: {schedule}
urls: ["http://127.0.0.1:9/rss.xml"]
"""


def test_each_bundled_source_is_served_on_its_own_schedule(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    deployments = {d.name: d for d in build_deployments(settings)}
    sources = load_sources()
    assert {n for n in deployments if n.startswith("collect-")} == {
        f"collect-{name}" for name, s in sources.items() if s.enabled
    }
    assert {"analyse", "monitor", "ad-intake", "community", "privacy"} <= set(deployments)
    for daily, cron in (("community", COMMUNITY_CRON), ("privacy", PRIVACY_CRON)):
        (schedule,) = [s.schedule for s in deployments[daily].schedules]
        assert isinstance(schedule, CronSchedule)
        assert (schedule.cron, schedule.timezone) == (cron, SCHEDULE_TIMEZONE)
    for name, source in sources.items():
        deployment = deployments[f"collect-{name}"]
        assert deployment.parameters == {"sources": [name]}
        assert deployment.entrypoint == "flows.collect.collect"
        (schedule,) = [s.schedule for s in deployment.schedules]
        if source.schedule.cron:
            assert isinstance(schedule, CronSchedule)
            assert schedule.cron == source.schedule.cron
            assert schedule.timezone == SCHEDULE_TIMEZONE
        else:
            assert isinstance(schedule, IntervalSchedule)
            assert schedule.interval == timedelta(seconds=source.schedule.interval_seconds or 0)


def test_schedules_come_from_the_configured_source_files(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.yaml").write_text(SOURCE.format(name="hourly", schedule="{cron: '5 * * * *'}"))
    (folder / "b.yaml").write_text(SOURCE.format(name="fast", schedule="{interval_seconds: 45}"))
    off = SOURCE.format(name="switched-off", schedule="{interval_seconds: 60}") + "enabled: false\n"
    (folder / "c.yaml").write_text(off)
    settings = Settings(
        data_dir=tmp_path,
        crawl={"sources_dir": folder},
        flows={"analyse_interval_seconds": 30},
    )
    deployments = {d.name: d for d in build_deployments(settings)}
    assert sorted(n for n in deployments if n.startswith("collect-")) == [
        "collect-fast",
        "collect-hourly",
    ]
    hourly = deployments["collect-hourly"].schedules[0].schedule
    assert isinstance(hourly, CronSchedule) and hourly.cron == "5 * * * *"
    fast = deployments["collect-fast"].schedules[0].schedule
    assert isinstance(fast, IntervalSchedule) and fast.interval == timedelta(seconds=45)
    analyse = deployments["analyse"].schedules[0].schedule
    assert isinstance(analyse, IntervalSchedule) and analyse.interval == timedelta(seconds=30)
