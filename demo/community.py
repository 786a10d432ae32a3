"""邻里鲜's community CRM demo data: members, a year of orders, chat interactions, monthly events.

Seeded and deterministic. Written as JSON lines that ``radar crm import`` reads (the demo sits
below ``community`` in the import layers, so it writes plain records, not its models).

The planted effect: in the 3-6 months after the April brand event (seed 000 "活动后3-6个月"),
each attendee places ``PLANTED_EFFECT`` more orders a month than they otherwise would. The
selection bias: the chance of coming grows with how many orders a member placed in the
``LOOKBACK_DAYS`` before it, so a naive attendee-vs-everyone comparison overstates the effect
and a matched one recovers it. Monthly 社区仪式 per store draw ``RITUAL_SHARE`` of the members
at random (no effect planted); ``PAID_SHARE`` of the members take up a paid membership during
the year; the first members carry the chat senders' names of ``demo/generate.py`` as handles,
so the group chat links to them.

Two additions come from their own random stream, so the planted effect's draws above are the
same with or without them: ``RECENT_SHARE`` more members who joined in the last
``RECENT_DAYS`` (so the lifecycle layers 新用户 / 活跃用户 are not empty), and the group chat's
last ``CHAT_DAYS`` of messages (most members speak every day or every few days, some never), so
the 3-day 流失预警 fires on a realistic few rather than on everyone. ``end`` moves the whole year
so it ends at that instant: ``radar run`` loads the demo ending today (``load_demo``).
"""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from demo.corpus import NICKS

#: Extra orders a month of an event attendee, months 3-6 after the event.
PLANTED_EFFECT = 0.5
YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)
EVENT_AT = datetime(2025, 4, 15, 2, tzinfo=UTC)
STORES = ("S1", "S2", "S3")
CATEGORIES = (("有机生鲜", "high"), ("进口商品", "high"), ("粮油", "normal"), ("日用", "low"))
_MONTH = 30.0
#: The window before the event whose orders drive the choice to come (the KPI board's
#: ``kpi.lookback_days`` reads the same window, so the confounder is observed).
LOOKBACK_DAYS = 90
#: Share of a store's members at each monthly 社区仪式 (chosen at random: no selection, no effect).
RITUAL_SHARE = 0.03
#: Share of members who hold a paid membership, taken up during the year.
PAID_SHARE = 0.10
#: The end of the year of data when ``end`` is not given.
YEAR_END = YEAR_START + timedelta(days=365)
#: Members who joined in the last ``RECENT_DAYS`` (share of ``members``, added to them).
RECENT_SHARE = 0.05
RECENT_DAYS = 60
#: Days of group-chat messages before the end; (share of members, mean days between messages).
CHAT_DAYS = 14
CHAT_HABITS = ((0.6, 1.0), (0.25, 2.5))


def _rate(member: dict[str, Any], day: float, attended: bool) -> float:
    after = (day - (EVENT_AT - YEAR_START).total_seconds() / 86400) / _MONTH
    boost = PLANTED_EFFECT if attended and 3 <= after < 6 else 0.0
    return float(member["_base"]) + boost


def generate(
    members: int = 3000, seed: int = 2, end: datetime | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The records by kind (``members``, ``orders``, ``interactions``, ``events``), over the
    year ending at ``YEAR_END``, or moved by whole days to end on ``end``'s day."""
    data = _year(members, seed)
    extra = random.Random(f"demo-community-extra-{seed}")
    recent = _recent_members(extra, members, int(members * RECENT_SHARE))
    data["members"] += recent["members"]
    data["orders"] += recent["orders"]
    data["interactions"] += _chat(extra, data["members"])
    if end is not None:
        _shift(data, timedelta(days=(end.astimezone(UTC).date() - YEAR_END.date()).days))
    return data


def _year(members: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(seed)
    people: list[dict[str, Any]] = []
    for i in range(members):
        base = math.exp(rng.gauss(0.0, 0.6))  # orders a month
        joined = YEAR_START - timedelta(days=rng.uniform(0, 400))
        people.append(
            {
                "id": f"d{i:05d}",
                "joined_at": joined.isoformat(),
                "store": STORES[i % len(STORES)],
                "_base": base,
            }
        )
    # Selection on what the brand can see: the more a member bought before the event, the
    # likelier they come (seed 000's "社区活动客群" were already the better customers).
    event_day = (EVENT_AT - YEAR_START).total_seconds() / 86400
    attendees: set[str] = set()
    orders: list[dict[str, Any]] = []
    interactions: list[dict[str, Any]] = []
    for p in people:
        days: list[float] = []
        day, attended, decided = 0.0, False, False
        while True:
            # Thinning (Lewis-Shedler): candidates at the highest rate, each kept with
            # rate(t) / highest, so the rate can change mid-gap and the planted effect is exact.
            top = float(p["_base"]) + PLANTED_EFFECT
            step = rng.expovariate(top / _MONTH)
            if not decided and day + step >= event_day:
                decided = True
                recent = [d for d in days if d >= event_day - LOOKBACK_DAYS]
                prior = len(recent) / (LOOKBACK_DAYS / _MONTH)
                attended = rng.random() < 1 / (1 + math.exp(-(-2.0 + 1.2 * prior)))
                if attended:
                    attendees.add(p["id"])
                day = event_day  # arrivals are memoryless: restart the clock at the event
                continue
            day += step
            if day >= 365:
                break
            if rng.random() < _rate(p, day, attended) / top:
                days.append(day)
        for day in days:
            category, margin = rng.choice(CATEGORIES)
            placed = YEAR_START + timedelta(days=day)
            orders.append(
                {
                    "id": f"{p['id']}-o{len(orders)}",
                    "member_id": p["id"],
                    "store": p["store"],
                    "placed_at": placed.isoformat(),
                    "lines": [
                        {
                            "sku": category,
                            "category": category,
                            "margin_class": margin,
                            "amount": f"{rng.uniform(20, 120):.2f}",
                        }
                    ],
                }
            )
        for k in range(rng.randint(0, 12)):
            at = YEAR_START + timedelta(days=rng.uniform(0, 365))
            interactions.append(
                {
                    "id": f"{p['id']}-i{k}",
                    "member_id": p["id"],
                    "kind": rng.choice(("message", "like", "comment", "share")),
                    "at": at.isoformat(),
                    "reach": rng.randint(0, 50),
                }
            )
    events = [
        {
            "id": f"ev-{store}-2025-04",
            "type": "brand_event",
            "ring": "middle",
            "store": store,
            "held_at": EVENT_AT.isoformat(),
            "title": "春季新品试吃会",
            "attendees": sorted(a for a in attendees if people[int(a[1:])]["store"] == store),
        }
        for store in STORES
    ]
    events += _rituals(rng, people)
    for k, p in enumerate(people):
        del p["_base"]
        if k < len(NICKS):
            p["handle"] = NICKS[k]  # the group-chat sender names of demo/generate.py
        if rng.random() < PAID_SHARE:
            p["paid_member"] = True
            p["paid_since"] = (YEAR_START + timedelta(days=rng.uniform(0, 365))).isoformat()
    return {"members": people, "orders": orders, "interactions": interactions, "events": events}


def _recent_members(rng: random.Random, start: int, count: int) -> dict[str, list[dict[str, Any]]]:
    """``count`` members who joined in the last ``RECENT_DAYS`` and their first orders."""
    people: list[dict[str, Any]] = []
    orders: list[dict[str, Any]] = []
    for i in range(start, start + count):
        joined = YEAR_END - timedelta(days=rng.uniform(0, RECENT_DAYS))
        member = {"id": f"d{i:05d}", "joined_at": joined.isoformat(), "store": STORES[i % 3]}
        people.append(member)
        at = joined
        while True:
            at += timedelta(days=rng.expovariate(1 / 20))
            if at >= YEAR_END:
                break
            category, margin = rng.choice(CATEGORIES)
            orders.append(
                {
                    "id": f"{member['id']}-o{len(orders)}",
                    "member_id": member["id"],
                    "store": member["store"],
                    "placed_at": at.isoformat(),
                    "lines": [
                        {
                            "sku": category,
                            "category": category,
                            "margin_class": margin,
                            "amount": f"{rng.uniform(20, 120):.2f}",
                        }
                    ],
                }
            )
    return {"members": people, "orders": orders}


def _chat(rng: random.Random, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The group chat's last ``CHAT_DAYS``: each member keeps one of ``CHAT_HABITS`` or is quiet."""
    messages: list[dict[str, Any]] = []
    begin = YEAR_END - timedelta(days=CHAT_DAYS)
    for p in people:
        draw, gap = rng.random(), None
        for share, mean_days in CHAT_HABITS:
            if draw < share:
                gap = mean_days
                break
            draw -= share
        if gap is None:
            continue
        at = max(begin, datetime.fromisoformat(p["joined_at"]))
        while True:
            at += timedelta(days=rng.expovariate(1 / gap))
            if at >= YEAR_END:
                break
            messages.append(
                {
                    "id": f"{p['id']}-c{len(messages)}",
                    "member_id": p["id"],
                    "kind": "message",
                    "at": at.isoformat(),
                    "reach": rng.randint(0, 30),
                }
            )
    return messages


_TIMES = {
    "members": ("joined_at", "paid_since"),
    "orders": ("placed_at",),
    "interactions": ("at",),
    "events": ("held_at",),
}


def _shift(data: dict[str, list[dict[str, Any]]], by: timedelta) -> None:
    """Move every instant by ``by``; event ids carry the (moved) day they were held on."""
    for kind, fields in _TIMES.items():
        for record in data[kind]:
            for name in fields:
                if name in record:
                    record[name] = (datetime.fromisoformat(record[name]) + by).isoformat()
    for event in data["events"]:
        prefix = event["id"].rsplit("-", 2)[0]
        event["id"] = f"{prefix}-{datetime.fromisoformat(event['held_at']):%Y-%m-%d}"


def _rituals(rng: random.Random, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # seed 000 社区仪式: a monthly gathering per store (每月一次的"大活动"), on the 5th.
    rituals = []
    for month in range(1, 13):
        held = datetime(2025, month, 5, 2, tzinfo=UTC)
        for store in STORES:
            local = [p["id"] for p in people if p["store"] == store]
            come = sorted(
                rng.sample(local, max(1, int(RITUAL_SHARE * len(local) * rng.uniform(0.6, 1.4))))
            )
            rituals.append(
                {
                    "id": f"rit-{store}-2025-{month:02d}",
                    "type": "community_ritual",
                    "ring": "inner",
                    "store": store,
                    "held_at": held.isoformat(),
                    "title": "旧物交换角",
                    "attendees": come,
                }
            )
    return rituals


def write(
    directory: Path, members: int = 3000, seed: int = 2, end: datetime | None = None
) -> list[Path]:
    """Write ``<kind>.jsonl`` files into ``directory`` (members first: the others refer to
    them); returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind, records in generate(members, seed, end).items():
        path = directory / f"{kind}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths
