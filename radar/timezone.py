"""The brand's time zone, defined once.

The brands, their customers and the platforms they post on live in China: naive times printed by
platforms are read in Asia/Shanghai, day/week buckets of histograms and heat maps are aligned to
it, and deadlines are shown to people in it. China Standard Time is UTC+8 all year (no DST), so a
fixed offset is exact and needs no tz database.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

#: Offset of the brand's time zone from UTC, in seconds (Asia/Shanghai, no DST).
BRAND_UTC_OFFSET_SECONDS = 8 * 3600

#: The brand's time zone: what naive times mean and where calendar days start.
BRAND_TZ = timezone(timedelta(seconds=BRAND_UTC_OFFSET_SECONDS), "Asia/Shanghai")


def local_time(moment: datetime) -> str:
    """``2026-11-23 20:15 CST``: how times are shown to people (minute precision)."""
    return moment.astimezone(BRAND_TZ).strftime("%Y-%m-%d %H:%M") + " CST"
