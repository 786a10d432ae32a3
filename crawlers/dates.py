"""Publication-time parsing for what Chinese platforms print: 刚刚, 3分钟前, 昨天 12:30, 11-20,
"2025-06-14 12:00 来自iPhone", Weibo's ``Sat Jun 14 12:00:00 +0800 2025``, epoch numbers, …

Every result is timezone-aware. Naive times are read in Asia/Shanghai (UTC+8, no DST), where the
platforms and the brand's customers are. Relative forms need "now": callers pass it explicitly
(the spiders use the response's ``Date`` header, i.e. the server's clock when it rendered the
page, or an injected now in tests), so nothing here reads the clock.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from radar.timezone import BRAND_TZ

_RELATIVE = re.compile(r"^(\d+)\s*(秒|分钟|分|小时|天|周)前$")
_UNIT_SECONDS = {"秒": 1, "分钟": 60, "分": 60, "小时": 3600, "天": 86400, "周": 7 * 86400}
_DAY_WORDS = {"今天": 0, "昨天": 1, "前天": 2}
_CLOCK = r"(\d{1,2}):(\d{2})(?::(\d{2}))?"
_DAY_CLOCK = re.compile(rf"^(今天|昨天|前天)\s*(?:{_CLOCK})?$")
_FULL = re.compile(
    rf"^(\d{{4}})[-/.年](\d{{1,2}})[-/.月](\d{{1,2}})日?(?:[ T]*{_CLOCK})?(?:\.\d+)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_SHORT = re.compile(rf"^(\d{{1,2}})[-/月](\d{{1,2}})日?(?:\s*{_CLOCK})?$")
# Dianping, Tieba: "25-06-14 12:00" (two-digit year)
_YY = re.compile(rf"^(\d{{2}})-(\d{{1,2}})-(\d{{1,2}})(?:\s*{_CLOCK})?$")
_CLOCK_ONLY = re.compile(rf"^{_CLOCK}$")  # Tieba and forums print today's posts as "12:30"
# What platforms print around the time: "发布于 …", "编辑于 …", "… 来自iPhone客户端".
_PREFIXES = ("发布于", "发表于", "编辑于", "更新于", "发布时间：", "发布时间:")
_SOURCE_SUFFIX = re.compile(r"\s*来自.*$")
#: A time with a clock more than this far ahead of now is last year's (MM-DD) or yesterday's.
_SKEW = timedelta(hours=1)
# Weibo API: "Fri Nov 20 12:30:00 +0800 2026"
_WEIBO = re.compile(r"^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}


class DateParseError(ValueError):
    """The text is not a publication time we understand."""


def _tz(offset: str | None) -> timezone:
    if not offset:
        return BRAND_TZ
    if offset == "Z":
        return UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _clock(h: str | None, m: str | None, s: str | None) -> tuple[int, int, int]:
    return int(h or 0), int(m or 0), int(s or 0)


def parse_published(value: str | int | float | datetime, now: datetime) -> datetime:
    """Parse a publication time as a platform prints it; raise ``DateParseError`` if unknown.

    ``now`` (aware) anchors relative forms. ``MM-DD`` without a year takes now's year in
    Shanghai, or the previous year when that would lie in the future (a date after today, or
    a time more than an hour ahead, allowing for clock skew); a bare ``HH:MM`` is today's, or
    yesterday's when it lies ahead. Numbers (and digit strings) are Unix epoch seconds, or
    milliseconds when larger than 1e11. A "来自iPhone" suffix, a "发布于/编辑于" prefix and a
    trailing region word ("06-14 上海") are ignored.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    local_now = now.astimezone(BRAND_TZ)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=BRAND_TZ)
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(seconds, UTC)
    text = " ".join(value.replace("\u3000", " ").split())
    for prefix in _PREFIXES:
        text = text.removeprefix(prefix).strip()
    text = _SOURCE_SUFFIX.sub("", text)
    if not text:
        raise DateParseError("empty publication time")
    try:
        return _parse_text(text, now, local_now)
    except DateParseError:
        # "06-14 上海", "3天前 北京" (Xiaohongshu adds the poster's IP region): drop a last word
        # without digits and try once more.
        head, _, tail = text.rpartition(" ")
        if head and not any(c.isdigit() for c in tail):
            return _parse_text(head, now, local_now)
        raise


def _parse_text(text: str, now: datetime, local_now: datetime) -> datetime:
    if text in ("刚刚", "刚才"):
        return local_now
    if match := _RELATIVE.match(text):
        return local_now - timedelta(seconds=int(match[1]) * _UNIT_SECONDS[match[2]])
    if match := _DAY_CLOCK.match(text):
        day = (local_now - timedelta(days=_DAY_WORDS[match[1]])).date()
        h, m, s = _clock(match[2], match[3], match[4])
        return datetime(day.year, day.month, day.day, h, m, s, tzinfo=BRAND_TZ)
    if match := _FULL.match(text):
        h, m, s = _clock(match[4], match[5], match[6])
        y, mo, d = int(match[1]), int(match[2]), int(match[3])
        return _build(text, y, mo, d, h, m, s, _tz(match[7]))
    if match := _SHORT.match(text):
        mo, d = int(match[1]), int(match[2])
        h, m, s = _clock(match[3], match[4], match[5])
        year = local_now.year
        candidate = _build(text, year, mo, d, h, m, s, BRAND_TZ)
        ahead = candidate - local_now > _SKEW if match[3] else candidate.date() > local_now.date()
        if ahead:  # this year's date would lie in the future: last year's
            candidate = _build(text, year - 1, mo, d, h, m, s, BRAND_TZ)
        return candidate
    if match := _YY.match(text):
        h, m, s = _clock(match[4], match[5], match[6])
        y, mo, d = 2000 + int(match[1]), int(match[2]), int(match[3])
        return _build(text, y, mo, d, h, m, s, BRAND_TZ)
    if match := _CLOCK_ONLY.match(text):
        h, m, s = _clock(match[1], match[2], match[3])
        day = local_now.date()
        candidate = _build(text, day.year, day.month, day.day, h, m, s, BRAND_TZ)
        return candidate - timedelta(days=1) if candidate - local_now > _SKEW else candidate
    if match := _WEIBO.match(text):
        month = _MONTHS.get(match[1])
        if month is None:
            raise DateParseError(f"unknown month in {text!r}")
        return _build(
            text,
            int(match[7]),
            month,
            int(match[2]),
            int(match[3]),
            int(match[4]),
            int(match[5]),
            _tz(match[6]),
        )
    if text.isdigit():
        return parse_published(int(text), now)
    try:  # RSS pubDate (RFC 822/2822)
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise DateParseError(f"unrecognised publication time {text!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=BRAND_TZ)


def _build(text: str, y: int, mo: int, d: int, h: int, m: int, s: int, tz: timezone) -> datetime:
    try:
        return datetime(y, mo, d, h, m, s, tzinfo=tz)
    except ValueError as exc:
        raise DateParseError(f"impossible date in {text!r}: {exc}") from None
