"""Mention factories for monitor tests: a food-safety story spreading across platforms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from radar.schemas import AlertHit, Mention, Sentiment

T0 = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def mention(
    mid: str,
    *,
    platform: str = "weibo",
    at: datetime = T0,
    reads: int = 10,
    label: str | None = "neutral",
    p_neg: float = 0.2,
    categories: tuple[str, ...] = (),
    repost_of: str | None = None,
    parent_id: str | None = None,
    region: str | None = "杭州",
    shop: str | None = "西湖店",
    author: str | None = None,
    text: str = "社区团购的菜",
) -> Mention:
    """One analysed mention."""
    return Mention(
        id=mid,
        platform=platform,
        source=f"{platform}-demo",
        url=f"https://{platform}.example/{mid}",
        text=text,
        author=author or f"user-{mid}",
        published_at=at,
        read_count=reads,
        repost_of=repost_of,
        parent_id=parent_id,
        region=region,
        shop=shop,
        sentiment=Sentiment(label=label, p_negative=p_neg) if label else None,  # type: ignore[arg-type]
        alerts=[AlertHit(category=c, term=c, start=0, end=len(c)) for c in categories],
        analysed_hash="x",
    )


def food_safety_story() -> list[Mention]:
    """Root weibo post (negative, 3200 reads) → reposts on weibo, a forum reply chain, news."""
    neg = {"label": "negative", "p_neg": 0.95, "categories": ("食品安全",)}
    return [
        mention("root", reads=3200, text="吃了团购的鸡肉拉肚子,食品安全谁管", **neg),  # type: ignore[arg-type]
        mention("rp1", at=T0 + timedelta(minutes=10), reads=800, repost_of="root", **neg),  # type: ignore[arg-type]
        mention(
            "rp2",
            at=T0 + timedelta(minutes=20),
            reads=50,
            repost_of="rp1",
            label="negative",
            p_neg=0.7,
        ),
        mention(
            "fr1",
            platform="forum",
            at=T0 + timedelta(minutes=30),
            reads=400,
            repost_of="root",
            label="negative",
            p_neg=0.8,
        ),
        mention("fr2", platform="forum", at=T0 + timedelta(minutes=40), reads=30, parent_id="fr1"),
        mention(
            "nw1",
            platform="news",
            at=T0 + timedelta(hours=2),
            reads=5000,
            repost_of="rp1",
            label="neutral",
            p_neg=0.4,
        ),
        mention(
            "other",
            platform="weibo",
            at=T0 + timedelta(minutes=5),
            reads=20,
            label="positive",
            p_neg=0.05,
        ),
    ]


def shifted(mentions: list[Mention], start: datetime) -> list[Mention]:
    """The same mentions published as if the story had started at ``start`` instead of T0."""
    delta = start - T0
    return [m.model_copy(update={"published_at": m.published_at + delta}) for m in mentions]
