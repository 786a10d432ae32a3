"""Publication times as platforms print them, read in Asia/Shanghai against an injected now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawlers.dates import DateParseError, parse_published
from radar.timezone import BRAND_TZ

NOW = datetime(2026, 11, 20, 21, 0, tzinfo=BRAND_TZ)


def sh(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BRAND_TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刚刚", NOW),
        ("3分钟前", NOW - timedelta(minutes=3)),
        ("45秒前", NOW - timedelta(seconds=45)),
        ("2小时前", NOW - timedelta(hours=2)),
        ("昨天 12:30", sh(2026, 11, 19, 12, 30)),
        ("前天 08:05", sh(2026, 11, 18, 8, 5)),
        ("今天 09:00", sh(2026, 11, 20, 9, 0)),
        ("11-20", sh(2026, 11, 20)),
        ("11-18 13:09", sh(2026, 11, 18, 13, 9)),
        ("12-31", sh(2025, 12, 31)),  # in the future this year: last year's
        ("2026-11-18 09:12", sh(2026, 11, 18, 9, 12)),
        ("2026-11-18 09:12:30", sh(2026, 11, 18, 9, 12, 30)),
        ("2026/11/18", sh(2026, 11, 18)),
        ("2026年11月18日 14:05", sh(2026, 11, 18, 14, 5)),
        ("11月18日 14:05", sh(2026, 11, 18, 14, 5)),
        ("发布于 2026-11-18 09:12", sh(2026, 11, 18, 9, 12)),
        ("Wed Nov 18 09:12:00 +0800 2026", sh(2026, 11, 18, 9, 12)),
        ("Wed, 18 Nov 2026 01:12:00 GMT", datetime(2026, 11, 18, 1, 12, tzinfo=UTC)),
        ("2026-11-18T01:12:00Z", datetime(2026, 11, 18, 1, 12, tzinfo=UTC)),
        ("2026-11-18T09:12:00+08:00", sh(2026, 11, 18, 9, 12)),
        ("1795400000", datetime.fromtimestamp(1795400000, UTC)),
    ],
)
def test_platform_time_formats(text: str, expected: datetime) -> None:
    parsed = parse_published(text, NOW)
    assert parsed.tzinfo is not None
    assert parsed == expected


def test_naive_times_are_shanghai_not_utc() -> None:
    parsed = parse_published("2026-11-18 09:12", NOW)
    assert parsed.utcoffset() == timedelta(hours=8)
    assert parsed.astimezone(UTC).hour == 1


def test_relative_times_follow_the_injected_now() -> None:
    other_now = datetime(2027, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=8)))
    assert parse_published("昨天 23:59", other_now) == sh(2026, 12, 31, 23, 59)
    assert parse_published("10分钟前", other_now) == other_now - timedelta(minutes=10)


@pytest.mark.parametrize("text", ["", "很久以前", "2026-13-45", "25:99", "Foo Bar 1 1"])
def test_unreadable_times_raise(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_published(text, NOW)


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError):
        parse_published("刚刚", datetime(2026, 11, 20))
