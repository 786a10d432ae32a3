"""Alert rules: alert-lexicon categories per story, and volume/negativity spikes.

Seed 002 舆情监控系统: "设置关键词预警(如'食品安全''价格欺诈'等)". Two rules:

* **keyword**: mentions hitting an alert-lexicon category (severity from the lexicon, else the
  policy table). Dedup: one alert per (category, story root), id ``kw-<category>-<root>``; a story
  that grows updates its alert (count, reach, severity, last_seen) instead of raising another.
* **spike**: the volume or the negative share of the last window against a rolling baseline
  (``monitor.spikes``), overall and per platform. A spike that continues over consecutive windows
  updates the same alert.

Dismissal: an alert that is a false positive is dismissed with a reason (``dismiss_alert``): a
status of its own (``dismissed``, unlike ``resolved`` it stays silent when the story grows), counted
apart in ``status_counts``. The brand's own accounts never raise an alert (the caller leaves
their posts out). The reach of a keyword alert is its story's (``monitor.propagation.story_reach``).

Cooldown: an alert notifies when raised; when it grows, it re-notifies at most once per
``alerts.cooldown_minutes`` (monitor policy) and only if it grew since the last notice (or its
severity rose).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, Field

from monitor.errors import CaseStateError, NotFoundError
from monitor.notify.message import Notification
from monitor.notify.outbox import Outbox
from monitor.policy import (
    SEVERITY_RANK,
    MonitorPolicy,
    Severity,
    SpikePolicy,
    max_severity,
    severity_of,
)
from monitor.propagation import story_members, story_reach, story_root_ids
from monitor.spikes import check_spike
from nlp.alerts import AlertLexicon
from radar.schemas import Filter, Mention, MentionQuery, Page, StoredDoc
from store.base import Store
from store.update import update_doc, update_model

ALERTS = "alerts"
MAX_ALERT_MENTIONS = 200
AlertStatus = Literal["active", "resolved", "dismissed"]


class Alert(BaseModel):
    """One raised alert, updated as its story or spike grows."""

    id: str
    rule: Literal["keyword", "spike"]
    status: AlertStatus = "active"
    severity: Severity
    title: str
    category: str | None = None
    story_id: str | None = None
    metric: Literal["volume", "negative_share"] | None = None
    scope: str | None = Field(None, description="Spike scope: 'all' or 'platform:<name>'.")
    mention_ids: list[str] = Field(default_factory=list)
    mention_count: int = 0
    reach: int = 0
    value: float | None = Field(None, description="Spike: the window's value.")
    threshold: float | None = Field(None, description="Spike: mean + k·σ of the baseline.")
    post_url: str | None = Field(None, description="Keyword: the story's first post seen.")
    first_seen: AwareDatetime
    last_seen: AwareDatetime
    last_seen_ts: float
    updates: int = 0
    notified_at: AwareDatetime | None = None
    notified_count: int = Field(0, description="mention_count (or value) at the last notice.")
    notices: int = 0
    dismissed_at: AwareDatetime | None = None
    dismissed_by: str | None = None
    dismissal_reason: str | None = Field(None, description="Why it is a false positive.")


@dataclass
class AlertReport:
    """What one evaluation did (alert ids)."""

    raised: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    notified: list[str] = field(default_factory=list)


def _short(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def _notice(alert: Alert, now: datetime) -> Notification:
    detail: dict[str, Any]
    post_url = None
    if alert.rule == "keyword":
        text = (
            f"事件 {alert.story_id} 中有 {alert.mention_count} 条帖子命中「{alert.category}」,"
            f"传播量 {alert.reach}。"
        )
        detail = {
            "category": alert.category,
            "mentions": alert.mention_count,
            "reach": alert.reach,
            "story": alert.story_id,
        }
        post_url = alert.post_url
    else:
        metric = "负面占比" if alert.metric == "negative_share" else "声量"
        text = (
            f"{metric} {alert.value or 0:.3g} 超过阈值 {alert.threshold or 0:.3g}({alert.scope})。"
        )
        detail = {"metric": metric, "scope": alert.scope, "value": alert.value}
    return Notification(
        post_url=post_url,
        next_step="查看相关帖子,必要时开工单或处理事件;误报请标记 (dismiss)",
        key=f"alert:{alert.id}:{alert.notices + 1}",
        kind="alert",
        severity=alert.severity,
        title=alert.title if alert.notices == 0 else f"(更新) {alert.title}",
        text=text,
        ref=f"alerts/{alert.id}",
        created_at=now,
        fields=detail,
    )


def _should_notify(alert: Alert, grew: bool, now: datetime, cooldown: timedelta) -> bool:
    if alert.notices == 0:
        return True
    if not grew or alert.notified_at is None:
        return False
    return now - alert.notified_at >= cooldown


def _merge(alert: Alert, candidate: Alert) -> tuple[bool, bool]:
    """Fold ``candidate`` (this pass's view) into the stored ``alert``: (changed, grew)."""
    if candidate.rule == "keyword":
        # The lookback window slides past a story's early mentions: never shrink it.
        ids = list(dict.fromkeys(alert.mention_ids + candidate.mention_ids))
        candidate.mention_ids = ids[:MAX_ALERT_MENTIONS]
        candidate.mention_count = max(candidate.mention_count, alert.mention_count, len(ids))
        candidate.reach = max(candidate.reach, alert.reach)
    grew_count = candidate.mention_count > alert.notified_count
    rose = SEVERITY_RANK[candidate.severity] > SEVERITY_RANK[alert.severity]
    changed = (
        candidate.mention_count != alert.mention_count
        or candidate.reach != alert.reach
        or candidate.value != alert.value
        or rose
    )
    if not changed:
        return False, False
    alert.severity = max_severity([alert.severity, candidate.severity])
    alert.mention_ids = candidate.mention_ids or alert.mention_ids
    alert.mention_count, alert.reach = candidate.mention_count, candidate.reach
    alert.value, alert.threshold = candidate.value, candidate.threshold
    alert.last_seen, alert.last_seen_ts = candidate.last_seen, candidate.last_seen_ts
    alert.status = "active"
    alert.updates += 1
    return True, grew_count or rose or candidate.rule == "spike"


def _upsert(
    store: Store,
    candidate: Alert,
    now: datetime,
    cooldown: timedelta,
    outbox: Outbox,
    report: AlertReport,
) -> None:
    outcome: list[str] = []  # what the winning attempt did

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        outcome.clear()
        if doc is None:
            alert, grew = candidate.model_copy(deep=True), True
        else:
            alert = Alert.model_validate(doc.body)
            dismissed = alert.status == "dismissed"
            changed, grew = _merge(alert, candidate.model_copy(deep=True))
            if not changed:
                return None
            if dismissed:  # a false positive stays dismissed and silent as its story grows
                alert.status, grew = "dismissed", False
        outcome.append("raised" if doc is None else "updated")
        if alert.status != "dismissed" and _should_notify(alert, grew, now, cooldown):
            # Enqueued before the alert is saved, so a crash in between cannot lose it. The key
            # counts the stored notices: an attempt that loses the race and the writer that won
            # enqueue the same key, which the outbox stores once.
            outbox.enqueue(_notice(alert, now), now)
            alert.notices += 1
            alert.notified_at, alert.notified_count = now, alert.mention_count
            outcome.append("notified")
        return alert.model_dump(mode="json")

    update_doc(store, ALERTS, candidate.id, apply)
    if outcome:
        (report.raised if outcome[0] == "raised" else report.updated).append(candidate.id)
    if "notified" in outcome:
        report.notified.append(candidate.id)


def keyword_candidates(
    store: Store,
    mentions: list[Mention],
    policy: MonitorPolicy,
    lexicon: AlertLexicon,
    now: datetime,
) -> list[Alert]:
    """One candidate alert per (category, story root) among ``mentions`` with alert hits; the
    severity is the configured ``lexicon``'s (``monitor.policy.severity_of``)."""
    hits = [m for m in mentions if m.alerts]
    roots = story_root_ids(store, hits)
    stories = story_members(store, set(roots.values()))
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in hits:
        for category in m.alert_categories:
            groups[(category, roots[m.id])].append(m)
    out = []
    for (category, root), group in sorted(groups.items()):
        group.sort(key=lambda m: (m.published_at, m.id))
        last = group[-1].published_at
        out.append(
            Alert(
                id=f"kw-{_short(category)}-{root}",
                rule="keyword",
                severity=severity_of(category, policy, lexicon),
                title=f"关键词预警 {category}: {(group[0].title or group[0].text)[:40]}",
                category=category,
                story_id=root,
                mention_ids=[m.id for m in group][:MAX_ALERT_MENTIONS],
                mention_count=len(group),
                reach=story_reach(stories.get(root) or group),
                post_url=group[0].url,
                first_seen=group[0].published_at,
                last_seen=last,
                last_seen_ts=last.timestamp(),
            )
        )
    return out


def spike_candidates(store: Store, rule: SpikePolicy, now: datetime) -> list[Alert]:
    """Volume and negative-share spikes of the last window, overall and per platform."""
    width = timedelta(minutes=rule.window_minutes)
    n = rule.baseline_windows
    # window i covers [now - (i+1)·width, now - i·width); i = 0 is the current one.
    series: dict[str, list[tuple[int, int]]] = defaultdict(lambda: [(0, 0)] * (n + 1))
    for i in range(n + 1):
        q = MentionQuery(since=now - (i + 1) * width, until=now - i * width)
        total = store.count_mentions(q)
        if total == 0:
            continue
        neg = store.count_mentions(q.model_copy(update={"sentiment": ["negative"]}))
        series["all"][i] = (total, neg)
        for bucket in store.mention_terms("platform", q, size=50):
            series[f"platform:{bucket.key}"][i] = (bucket.count, bucket.negative)
    out = []
    for scope, values in sorted(series.items()):
        total, neg = values[0]
        baseline = values[1:]
        volume = check_spike(
            [float(t) for t, _ in baseline],
            float(total),
            k=rule.k,
            volume=total,
            min_count=rule.min_count,
        )
        share = check_spike(
            [g / t for t, g in baseline if t],
            neg / total if total else 0.0,
            k=rule.k,
            volume=total,
            min_count=rule.min_count,
        )
        for metric, check in (("volume", volume), ("negative_share", share)):
            if not check.is_spike:
                continue
            out.append(
                Alert(
                    id=f"spike-{metric}-{_short(scope)}",  # completed with the start below
                    rule="spike",
                    severity="high" if metric == "negative_share" else "medium",
                    title=f"{'负面占比' if metric == 'negative_share' else '声量'}突增 ({scope})",
                    metric=metric,
                    scope=scope,
                    mention_count=total,
                    value=check.current,
                    threshold=check.threshold,
                    first_seen=now - width,
                    last_seen=now,
                    last_seen_ts=now.timestamp(),
                )
            )
    return out


def _continuing_spike(store: Store, alert: Alert, now: datetime, gap: timedelta) -> str | None:
    filters = [
        Filter(field="rule", value="spike"),
        Filter(field="metric", value=alert.metric),
        Filter(field="scope", value=alert.scope),
        Filter(field="last_seen_ts", op="gte", value=(now - gap).timestamp()),
    ]
    page = store.find_docs(ALERTS, filters, sort="-last_seen_ts", limit=1)
    return page.items[0].id if page.items else None


def evaluate_alerts(
    store: Store,
    policy: MonitorPolicy,
    mentions: list[Mention],
    now: datetime,
    outbox: Outbox,
    *,
    window_end: datetime | None = None,
    lexicon: AlertLexicon,
) -> AlertReport:
    """Run both rules over ``mentions`` (the recent ones) and the spike windows ending at
    ``window_end`` (default ``now``); ``now`` stamps notices and drives the cooldown. Keyword
    alerts take their severity from ``lexicon`` (the configured alert lexicon)."""
    end = window_end or now
    report = AlertReport()
    cooldown = timedelta(minutes=policy.alerts.cooldown_minutes)
    for candidate in keyword_candidates(store, mentions, policy, lexicon, now):
        _upsert(store, candidate, now, cooldown, outbox, report)
    gap = timedelta(minutes=policy.alerts.spike.window_minutes) + cooldown
    for candidate in spike_candidates(store, policy.alerts.spike, end):
        existing = _continuing_spike(store, candidate, end, gap)
        candidate.id = existing or f"{candidate.id}-{int(candidate.first_seen.timestamp())}"
        if existing:
            doc = store.get_doc(ALERTS, existing)
            if doc is not None:
                candidate.first_seen = Alert.model_validate(doc.body).first_seen
        _upsert(store, candidate, now, cooldown, outbox, report)
    return report


def get_alert(store: Store, alert_id: str) -> Alert:
    """The stored alert; ``NotFoundError`` when there is none."""
    doc = store.get_doc(ALERTS, alert_id)
    if doc is None:
        raise NotFoundError("alert", alert_id)
    return Alert.model_validate(doc.body)


def list_alerts(
    store: Store,
    *,
    rule: Literal["keyword", "spike"] | None = None,
    severity: list[str] | None = None,
    category: str | None = None,
    status: AlertStatus | None = None,
    limit: int = 50,
    cursor: str | None = None,
    lexicon: AlertLexicon | None = None,
) -> Page[Alert]:
    """Alerts, most recently seen first, optionally filtered; with ``lexicon`` a category may be
    given by its alias (``food_safety``)."""
    if category and lexicon is not None and category not in lexicon.categories:
        # An alias becomes the name; an unknown category stays as given and matches nothing.
        category = lexicon.canonical(category) if _known(lexicon, category) else category
    filters = [Filter(field="rule", value=rule)] if rule else []
    if severity:
        filters.append(Filter(field="severity", op="in", value=severity))
    if category:
        filters.append(Filter(field="category", value=category))
    if status:
        filters.append(Filter(field="status", value=status))
    page = store.find_docs(ALERTS, filters, sort="-last_seen_ts", limit=limit, cursor=cursor)
    return page.map(lambda doc: Alert.model_validate(doc.body))


def resolve_alert(store: Store, alert_id: str) -> Alert:
    """Mark an alert handled (a no-op when it already is); it turns active again, and may
    notify, when its story or spike grows. ``NotFoundError`` when there is no such alert."""

    def resolve(alert: Alert | None) -> Alert | None:
        if alert is None:
            raise NotFoundError("alert", alert_id)
        if alert.status in ("resolved", "dismissed"):
            return None
        return alert.model_copy(update={"status": "resolved"})

    resolved = update_model(store, ALERTS, alert_id, Alert, resolve)
    assert resolved is not None  # resolve raised when there was no alert
    return resolved


def _known(lexicon: AlertLexicon, category: str) -> bool:
    try:
        lexicon.canonical(category)
    except KeyError:
        return False
    return True


def dismiss_alert(store: Store, alert_id: str, by: str, reason: str, now: datetime) -> Alert:
    """Dismiss an alert as a false positive with ``reason``: it stays ``dismissed`` and silent
    even when its story grows. ``CaseStateError`` without a reason or when already dismissed;
    ``NotFoundError`` when there is no such alert."""
    if not reason.strip():
        raise CaseStateError("dismissing an alert needs a reason")

    def dismiss(alert: Alert | None) -> Alert | None:
        if alert is None:
            raise NotFoundError("alert", alert_id)
        if alert.status == "dismissed":
            raise CaseStateError(f"alert {alert_id} is already dismissed")
        return alert.model_copy(
            update={
                "status": "dismissed",
                "dismissed_at": now,
                "dismissed_by": by,
                "dismissal_reason": reason,
            }
        )

    dismissed = update_model(store, ALERTS, alert_id, Alert, dismiss)
    assert dismissed is not None  # dismiss raised when there was no alert
    return dismissed


def status_counts(store: Store) -> dict[str, int]:
    """Alerts by status for metrics: ``active``, ``resolved`` and ``dismissed`` (false
    positives)."""
    return {
        status: store.count_docs(ALERTS, [Filter(field="status", value=status)])
        for status in ("active", "resolved", "dismissed")
    }
