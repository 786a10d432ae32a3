"""Generate the demo network's data: a seeded, reproducible story about 邻里鲜 over four weeks.

    python -m demo.generate            # rewrites demo/data/network.json
    python -m demo.generate --scale 20 --out /tmp/big.json   # 20x the ordinary posts

The story: ordinary praise and gripes from late October; a price complaint around 双十一
(先涨后降, 虚标原价, 大数据杀熟); then on 2026-11-18 a food-safety crisis: a Weibo post about
mouldy strawberries and a child with diarrhoea (3000+ reads) is reposted, discussed in the
forum, filed on the complaint site, picked up by a news feed and shared in a group chat. The
crisis root is the Weibo status ``CRISIS_ROOT_ID``; texts may contain ``{BASE}``, which the
server replaces with its own base URL so cross-platform links resolve.

**Ground truth.** The generator knows what each post is: ``data["truth"]`` maps every item id
(status, comment, thread, forum post, complaint case, article, chat message) to ``{"label":
..., "story": ...}``. Labels (``TRUTH_LABELS``): ``praise``, ``complaint`` (an ordinary gripe),
``crisis`` (a negative post of a planted story: ``story`` is ``food_safety`` or ``price``),
``response`` (the brand or its 团长 answering), ``news`` and ``neutral`` (chatter, questions,
plain reposts). The server never serves it; ``bench/incidents.py`` scores the monitor with it.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from demo import corpus as c
from radar.timezone import BRAND_TZ

#: The demo's virtual clock: pages are rendered as seen at this moment.
DEMO_NOW = datetime(2026, 11, 20, 21, 0, tzinfo=BRAND_TZ)
START = datetime(2026, 10, 26, 7, 0, tzinfo=BRAND_TZ)
CRISIS_ROOT_ID = "5031180912001"
PRICE_ROOT_ID = "5031081030001"
DATA_FILE = Path(__file__).with_name("data") / "network.json"
TRUTH_LABELS = ("praise", "complaint", "crisis", "response", "news", "neutral")
#: A comment given as (text, time) or (text, time, truth label).
Comment = tuple[str, datetime] | tuple[str, datetime, str]


class _Gen:
    def __init__(self, seed: int, scale: int) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.seq = 0
        self.weibo: list[dict[str, Any]] = []
        self.threads: list[dict[str, Any]] = []
        self.complaints: list[dict[str, Any]] = []
        self.news: list[dict[str, Any]] = []
        self.chat: list[dict[str, Any]] = []
        self.truth: dict[str, dict[str, str | None]] = {}
        self.story: str | None = None  # the planted story being written, if any

    # ------------------------------------------------------------------ helpers
    def next_id(self, prefix: str) -> str:
        self.seq += 1
        return f"{prefix}{self.seq:06d}"

    def label(self, item_id: str, truth: str) -> None:
        """Record what the post ``item_id`` is (its story is the one being written)."""
        assert truth in TRUTH_LABELS, truth
        self.truth[item_id] = {"label": truth, "story": self.story if truth == "crisis" else None}

    def time_between(self, start: datetime, end: datetime) -> datetime:
        span = int((end - start).total_seconds())
        moment = start + timedelta(seconds=self.rng.randrange(max(span, 1)))
        if moment.hour < 7:  # people post in the day
            moment += timedelta(hours=8)
        return min(moment, DEMO_NOW - timedelta(seconds=30))

    def fill(self, template: str, good: bool = True, shop: tuple[str, str] | None = None) -> str:
        shop_name, district = shop or self.rng.choice(c.SHOPS)
        return template.format(
            shop=shop_name,
            district=district,
            district_short=district[3:5],
            product=self.rng.choice(c.PRODUCTS),
            leader=self.rng.choice(c.LEADERS),
            n=self.rng.randint(2, 9),
            h=self.rng.randint(5, 8),
            e=self.rng.choice(c.EMOJI_GOOD if good else c.EMOJI_BAD),
            adj=self.rng.choice(c.ADJ_GOOD if good else c.ADJ_BAD),
        )

    def nick(self) -> str:
        return self.rng.choice(c.NICKS)

    # ------------------------------------------------------------------ weibo
    def status(
        self,
        text: str,
        at: datetime,
        *,
        reads: int,
        sid: str | None = None,
        user: str | None = None,
        repost_of: str | None = None,
        shop: tuple[str, str] | None = None,
        comments: Sequence[Comment] | None = None,
        truth: str = "neutral",
    ) -> dict[str, Any]:
        status: dict[str, Any] = {
            "id": sid or self.next_id("50310"),
            "user": user or self.nick(),
            "text": text,
            "created_at": at.isoformat(),
            "reads": reads,
            "likes": max(0, reads // self.rng.randint(8, 30)),
            "region": shop[1] if shop else None,
            "poi": shop[0] if shop else None,
            "repost_of": repost_of,
            "comments": [],
        }
        self.label(status["id"], truth)
        for body, when, *comment_truth in comments or []:
            status["comments"].append(
                {
                    "id": self.next_id("48800"),
                    "user": self.nick(),
                    "text": body,
                    "created_at": when.isoformat(),
                    "likes": self.rng.randint(0, 40),
                }
            )
            self.label(
                status["comments"][-1]["id"], comment_truth[0] if comment_truth else "neutral"
            )
        self.weibo.append(status)
        return status

    def ordinary_weibo(self) -> None:
        for _ in range(55 * self.scale):
            good = self.rng.random() < 0.62
            shop = self.rng.choice(c.SHOPS)
            text = self.fill(self.rng.choice(c.PRAISE if good else c.GRIPE), good, shop)
            at = self.time_between(START, DEMO_NOW)
            comments = [
                (
                    self.fill(self.rng.choice(c.COMMENT_GENERIC), good),
                    min(at + timedelta(minutes=self.rng.randint(2, 600)), DEMO_NOW),
                )
                for _ in range(self.rng.choice([0, 0, 1, 2, 3]))
            ]
            reads = self.rng.randint(40, 2600 if good else 460)
            self.status(
                f"#{c.BRAND}# {text}",
                at,
                reads=reads,
                shop=shop,
                comments=comments,
                truth="praise" if good else "complaint",
            )

    # ------------------------------------------------------------------ forum
    def thread(
        self,
        title: str,
        body: str,
        at: datetime,
        replies: list[str],
        *,
        views: int,
        shop: tuple[str, str] | None = None,
        ref: str | None = None,
        span_hours: float = 30,
        good: bool = True,
        truth: str = "neutral",
        reply_truths: list[str] | None = None,
    ) -> dict[str, Any]:
        tid = self.next_id("18")
        posts: list[dict[str, Any]] = []
        moment = at
        for i, text in enumerate(replies):
            moment = min(
                moment + timedelta(minutes=self.rng.randint(3, int(span_hours * 60 / 4) + 3)),
                DEMO_NOW - timedelta(seconds=20),
            )
            quote = posts[self.rng.randrange(len(posts))]["pid"] if posts and i % 4 == 3 else None
            posts.append(
                {
                    "pid": self.next_id("9"),
                    "author": self.nick(),
                    "created_at": moment.isoformat(),
                    "text": text if "{" not in text else self.fill(text, good),
                    "reply_to": quote,
                    "likes": self.rng.randint(0, 25),
                }
            )
            self.label(posts[-1]["pid"], reply_truths[i] if reply_truths else "neutral")
        self.label(tid, truth)
        thread = {
            "id": tid,
            "title": title,
            "author": self.nick(),
            "created_at": at.isoformat(),
            "body": body,
            "views": views,
            "region": shop[1] if shop else None,
            "shop": shop[0] if shop else None,
            "ref_status": ref,
            "posts": posts,
        }
        self.threads.append(thread)
        return thread

    def ordinary_threads(self) -> None:
        for _ in range(14 * self.scale):
            good = self.rng.random() < 0.6
            shop = self.rng.choice(c.SHOPS)
            title = self.fill(
                self.rng.choice(c.FORUM_TITLES_GOOD if good else c.FORUM_TITLES_BAD), good, shop
            )
            body = "\n".join(
                self.fill(self.rng.choice(c.PRAISE if good else c.GRIPE), good, shop)
                for _ in range(self.rng.randint(1, 3))
            )
            n_replies = self.rng.choice([2, 4, 6, 9, 12, 23])
            replies = [
                self.rng.choice(
                    c.COMMENT_GENERIC + c.PRAISE if good else c.COMMENT_GENERIC + c.GRIPE
                )
                for _ in range(n_replies)
            ]
            at = self.time_between(START, DEMO_NOW - timedelta(hours=6))
            self.thread(
                title,
                body,
                at,
                replies,
                views=self.rng.randint(60, 900),
                shop=shop,
                good=good,
                truth="praise" if good else "complaint",
                reply_truths=[
                    "praise" if r in c.PRAISE else "complaint" if r in c.GRIPE else "neutral"
                    for r in replies
                ],
            )

    # ------------------------------------------------------------------ complaints
    def complaint(
        self,
        title: str,
        text: str,
        at: datetime,
        *,
        status: str,
        reads: int,
        shop: tuple[str, str],
        demand: str,
        ref: str | None = None,
        gbk: bool = False,
        truth: str = "complaint",
    ) -> dict[str, Any]:
        case = {
            "id": self.next_id("172"),
            "title": title,
            "author": self.nick(),
            "created_at": at.isoformat(),
            "status": status,
            "reads": reads,
            "text": text,
            "shop": shop[0],
            "region": shop[1],
            "demand": demand,
            "ref_status": ref,
            "gbk": gbk,
        }
        self.label(str(case["id"]), truth)
        self.complaints.append(case)
        return case

    def ordinary_complaints(self) -> None:
        for _ in range(9 * self.scale):
            shop = self.rng.choice(c.SHOPS)
            text = self.fill(self.rng.choice(c.GRIPE), False, shop)
            self.complaint(
                c.BRAND + self.rng.choice(["配送超时", "缺斤少两", "退款不到账", "商品与描述不符"]),
                text + "。联系客服多次无果，希望平台督促处理。",
                self.time_between(START, DEMO_NOW - timedelta(hours=3)),
                status=self.rng.choice(["处理中", "已回复", "已完成", "已完成"]),
                reads=self.rng.randint(30, 420),
                shop=shop,
                demand=self.rng.choice(["退款", "道歉", "赔偿", "补发"]),
            )

    # ------------------------------------------------------------------ news and chat
    def article(self, title: str, body: str, at: datetime, *, ref: str | None = None) -> None:
        article_id = self.next_id("n")
        self.label(article_id, "news")
        self.news.append(
            {
                "id": article_id,
                "title": title,
                "author": self.rng.choice(c.NEWS_OUTLETS),
                "created_at": at.isoformat(),
                "body": body,
                "ref_status": ref,
            }
        )

    def message(
        self, text: str, at: datetime, sender: str | None = None, truth: str = "neutral"
    ) -> None:
        message_id = self.next_id("m")
        self.label(message_id, truth)
        self.chat.append(
            {
                "id": message_id,
                "sender": sender or self.rng.choice(c.NICKS[:20]),
                "time": at.isoformat(),
                "text": text,
            }
        )

    def ordinary_chat(self) -> None:
        for _ in range(55 * self.scale):
            self.message(
                self.fill(self.rng.choice(c.CHAT_DAILY)),
                self.time_between(START, DEMO_NOW - timedelta(hours=1)),
            )


def _price_story(g: _Gen) -> None:
    """双十一 price complaint: 先涨后降, 虚标原价, 大数据杀熟."""
    t0 = datetime(2026, 11, 8, 10, 30, tzinfo=BRAND_TZ)
    shop = c.SHOPS[5]
    g.story = "price"
    root = g.status(
        "双十一在#邻里鲜#抢的“原价59.9、到手29.9”的车厘子，翻了下订单，上周平时就卖29.9！"
        "先涨价再打折，这不就是价格欺诈吗？？划线价根本没卖过，虚标原价也太离谱了😡 "
        "@杭州市场监管 #邻里鲜先涨后降#",
        t0,
        sid=PRICE_ROOT_ID,
        user="精打细算过日子",
        reads=1268,
        shop=shop,
        comments=[
            ("我也发现了！上周三还是29.9", t0 + timedelta(minutes=14), "crisis"),
            ("截图留证，去12315投诉", t0 + timedelta(minutes=40)),
            (
                "同一款东西我老公新号19.9，我老号22.9，大数据杀熟吧",
                t0 + timedelta(hours=2),
                "crisis",
            ),
            ("每年双十一都这套路🙄", t0 + timedelta(hours=3), "crisis"),
        ],
        truth="crisis",
    )
    reposts = [
        ("转发微博", 2),
        ("//@精打细算过日子: 划线价根本没卖过 ——同遇到，邻里鲜请解释", 5),
        ("大数据杀熟实锤了，老用户比新用户贵3块，寒心💢", 9),
        ("转发微博", 20),
    ]
    for text, hours in reposts:
        g.status(
            text,
            t0 + timedelta(hours=hours),
            reads=g.rng.randint(60, 300),
            repost_of=root["id"],
            truth="neutral" if text == "转发微博" else "crisis",
        )
    g.status(
        "#邻里鲜# 同一个账号换个手机登录，车厘子价格差了3块，这算不算大数据杀熟？😑",
        t0 + timedelta(days=1, hours=3),
        reads=388,
        shop=c.SHOPS[4],
        truth="crisis",
    )
    g.thread(
        "邻里鲜双十一先涨后降？大家对比一下自己的订单截图",
        "双十一前一周车厘子29.9，活动页写原价59.9到手29.9。我截图了历史订单，请懂法的朋友看看"
        "算不算虚标原价，价格欺诈是可以投诉的吧？",
        t0 + timedelta(hours=6),
        [
            "算的，《明码标价和禁止价格欺诈规定》里写了划线价要有依据",
            "我翻了订单，确实上周就是29.9",
            "新老用户价格不一样我也遇到过",
            "已经打了12345",
            "坐等邻里鲜回应",
            "以后买东西先截图{e}",
        ],
        views=1540,
        shop=shop,
        good=False,
        truth="crisis",
        reply_truths=["neutral", "crisis", "crisis", "crisis", "neutral", "neutral"],
    )
    g.complaint(
        "邻里鲜虚标原价、先涨后降，涉嫌价格欺诈",
        "双十一活动中车厘子标“原价59.9元”，实际此前一周售价即为29.9元。商家虚构原价诱导消费，"
        "涉嫌价格欺诈，要求退还差价并公开道歉。",
        t0 + timedelta(days=1),
        status="已回复",
        reads=956,
        shop=shop,
        demand="退还差价、公开道歉",
        ref=root["id"],
        truth="crisis",
    )
    g.article(
        "双十一“先涨后降”再遭质疑 社区团购划线价谁来管",
        "有消费者在微博反映，社区团购平台邻里鲜双十一期间车厘子“原价59.9元”的标注与此前实际售价不符。"
        '律师表示，虚构原价属于价格欺诈行为。原帖：<a href="{BASE}/weibo/status/'
        + PRICE_ROOT_ID
        + '">微博原文</a>',
        t0 + timedelta(days=2, hours=1),
        ref=root["id"],
    )
    g.story = None


def _crisis_story(g: _Gen) -> None:
    """Food-safety crisis: mouldy strawberries, a child with diarrhoea, spreading everywhere."""
    t0 = datetime(2026, 11, 18, 9, 12, tzinfo=BRAND_TZ)
    shop = c.SHOPS[2]
    g.story = "food_safety"
    root_url = "{BASE}/weibo/status/" + CRISIS_ROOT_ID
    root = g.status(
        "昨天在#邻里鲜#(江南大道店)团的丹东草莓，今早打开一盒底下全是白毛霉斑🤮孩子已经吃了好几颗，"
        "半夜开始拉肚子，现在在儿保挂水……团长说只能退这一盒的钱？？食品安全就这么敷衍吗！"
        "#邻里鲜草莓发霉# @邻里鲜官方",
        t0,
        sid=CRISIS_ROOT_ID,
        user="滨江小鹿妈妈",
        reads=3826,
        shop=shop,
        comments=[
            ("天哪，我们小区也是这个店，赶紧去看看冰箱", t0 + timedelta(minutes=6)),
            ("宝宝还好吗？心疼🥺", t0 + timedelta(minutes=11)),
            (
                "前两天买的鲜牛奶一打开就结块发酸，也是邻里鲜的",
                t0 + timedelta(minutes=25),
                "crisis",
            ),
            ("建议保留草莓和就诊记录，打12315", t0 + timedelta(minutes=48)),
            ("@邻里鲜官方 出来回应！", t0 + timedelta(hours=1, minutes=5), "crisis"),
            ("同一批次的我也买了，已经扔了，真的有霉味", t0 + timedelta(hours=2), "crisis"),
            ("食品安全无小事，必须彻查", t0 + timedelta(hours=3), "crisis"),
        ],
        truth="crisis",
    )
    first = g.status(
        "//@滨江小鹿妈妈: 孩子半夜拉肚子 —— 太吓人了，我家上周买的草莓也有烂的，当时没在意😨",
        t0 + timedelta(minutes=37),
        user="江南大道搬砖侠",
        reads=912,
        repost_of=root["id"],
        comments=[("一样，我家也是", t0 + timedelta(hours=1), "crisis")],
        truth="crisis",
    )
    g.status(
        "转发微博", t0 + timedelta(minutes=52), reads=140, repost_of=first["id"], user="钱塘夜跑er"
    )
    second = g.status(
        "心疼宝宝，邻里鲜必须给个说法！冷链到底有没有做好？ #邻里鲜草莓发霉#",
        t0 + timedelta(hours=1, minutes=20),
        user="宝宝辅食研究所",
        reads=1530,
        repost_of=root["id"],
        truth="crisis",
    )
    for minutes, text in [
        (95, "转发微博"),
        (130, "//@宝宝辅食研究所: 冷链到底有没有做好 —— 问得好"),
        (260, "转发微博"),
    ]:
        g.status(
            text,
            t0 + timedelta(minutes=minutes),
            reads=g.rng.randint(40, 260),
            repost_of=second["id"],
            truth="neutral" if text == "转发微博" else "crisis",
        )
    for minutes, text in [
        (70, "扩散！江南大道店的草莓大家别吃了"),
        (150, "转发微博"),
        (200, "这已经不是第一次了，上个月鲜奶也变质过"),
        (330, "转发微博"),
        (480, "希望监管部门介入 #食品安全#"),
        (900, "转发微博"),
    ]:
        g.status(
            text,
            t0 + timedelta(minutes=minutes),
            reads=g.rng.randint(50, 480),
            repost_of=root["id"],
            truth="neutral" if text == "转发微博" else "crisis",
        )
    g.status(
        "【情况说明】关于江南大道店草莓质量问题：我们已第一时间下架同批次草莓并送检，"
        "门店团长已联系顾客，承担全部就医费用。对给大家带来的困扰深表歉意🙏 #邻里鲜草莓发霉#",
        t0 + timedelta(hours=7, minutes=28),
        user="邻里鲜官方",
        reads=5210,
        shop=shop,
        comments=[
            ("态度还行，看后续处理", t0 + timedelta(hours=8)),
            ("送检结果什么时候公布？", t0 + timedelta(hours=9)),
            ("只下架草莓？牛奶呢", t0 + timedelta(hours=10), "crisis"),
        ],
        truth="response",
    )
    g.status(
        "#邻里鲜# 的鲜牛奶也有问题？昨天拿的还没过保质期就胀袋了，喝了一口是酸的🤢",
        t0 + timedelta(days=1, hours=2),
        user="社畜小林",
        reads=684,
        shop=c.SHOPS[3],
        comments=[("快去拍照留证", t0 + timedelta(days=1, hours=3))],
        truth="crisis",
    )
    g.thread(
        "【滨江】邻里鲜江南大道店草莓发霉，孩子拉肚子（转自微博）",
        "看到微博上滨江小鹿妈妈发的，江南大道店的草莓底下一层白毛，孩子吃了拉肚子住院挂水。"
        "我们小区也在这个店团，大家检查一下自己家的草莓！原帖：" + root_url,
        t0 + timedelta(hours=2, minutes=18),
        [
            "我家也中招了，昨天晚上开始拉，今天还在拉😭",
            "草莓已经全扔了",
            "鲜奶变质我也遇到过，上周的事",
            "团长在群里说全部下架了",
            "这种食品安全问题必须追责",
            "已经去市场监管局投诉",
            "有没有人一起维权？",
            "官方微博出来道歉了",
            "道歉有什么用，冷链要整改",
            "楼上说得对",
            "孩子好点了吗？",
            "检测结果出来了吗",
            "以后水果还是去菜场买吧",
        ],
        views=4120,
        shop=shop,
        ref=root["id"],
        span_hours=40,
        good=False,
        truth="crisis",
        reply_truths=[
            *("crisis", "neutral", "crisis", "neutral", "crisis", "crisis", "neutral"),
            *("neutral", "crisis", "neutral", "neutral", "neutral", "crisis"),
        ],
    )
    g.complaint(
        "邻里鲜销售发霉草莓致儿童腹泻，要求退一赔十",
        "2026年11月17日在邻里鲜(江南大道店)团购丹东草莓两盒，次日发现发霉变质，孩子食用后腹泻就医。"
        "商家仅同意退一盒货款。根据食品安全法第一百四十八条，要求退一赔十并承担医疗费用。"
        "微博原帖：" + root_url,
        t0 + timedelta(hours=4, minutes=53),
        status="处理中",
        reads=2150,
        shop=shop,
        demand="退一赔十、承担医疗费",
        ref=root["id"],
        gbk=True,
        truth="crisis",
    )
    g.complaint(
        "邻里鲜鲜牛奶未过期胀袋变质",
        "11月19日于邻里鲜(长河店)自提鲜牛奶，保质期内胀袋，开封有酸味。要求退款并说明冷链情况。",
        t0 + timedelta(days=1, hours=4),
        status="处理中",
        reads=470,
        shop=c.SHOPS[3],
        demand="退款、说明原因",
        truth="crisis",
    )
    g.article(
        "杭州一社区团购平台被曝售卖发霉草莓 多名消费者称孩子腹泻",
        "11月18日，有杭州市民在微博发文称，在社区团购平台邻里鲜江南大道店购买的草莓出现霉变，"
        "孩子食用后腹泻。该微博阅读量迅速超过三千，多名网友称遇到类似情况。邻里鲜官方当日下午回应称"
        '已下架同批次草莓并送检。记者将持续关注。原帖：<a href="' + root_url + '">微博原文</a>',
        t0 + timedelta(days=1, hours=1),
        ref=root["id"],
    )
    g.article(
        "社区团购冷链短板待补 食品安全监管需跟上",
        "近期邻里鲜草莓霉变事件引发关注。业内人士指出，社区团购“次日达”模式下，"
        "自提点冷藏条件参差不齐，是食品安全的薄弱环节。",
        t0 + timedelta(days=2, hours=3),
    )
    for minutes, sender, text, truth in [
        (41, "隔壁单元王阿姨", "大家看微博 " + root_url + " 是我们这个店吗？", "neutral"),
        (44, "二胎奶爸老许", "是江南大道店……我家也买了草莓", "neutral"),
        (46, "滨江小鹿妈妈", "是我发的，孩子现在在挂水，大家千万别吃了", "crisis"),
        (50, "团长小王", "各位邻居，草莓已全部下架，有问题的私我，全额退款🙏", "response"),
        (63, "一只吃不胖的兔", "只退款？孩子看病的钱呢", "crisis"),
        (75, "小区业委会老张", "建议大家把照片和小票都留着", "neutral"),
        (130, "团长小王", "公司说就医费用全部承担，请把就诊记录发我", "response"),
        (300, "早起买菜的我", "牛奶是不是也有问题，我今天的酸奶也胀袋了", "crisis"),
    ]:
        g.message(text, t0 + timedelta(minutes=minutes), sender, truth)
    g.story = None


def generate(seed: int = 20261120, scale: int = 1) -> dict[str, Any]:
    """The whole network's data; ``scale`` multiplies the ordinary (non-story) posts."""
    g = _Gen(seed, scale)
    g.ordinary_weibo()
    g.ordinary_threads()
    g.ordinary_complaints()
    g.ordinary_chat()
    for _ in range(3 * scale):
        g.article(
            f"社区团购进入“精耕”时代 {c.BRAND}在杭新开{g.rng.randint(3, 9)}家自提点",
            f"{c.BRAND}负责人介绍，平台在西湖、滨江、余杭三区的团长已超过"
            f"{g.rng.randint(200, 400)}名。",
            g.time_between(START, DEMO_NOW - timedelta(days=3)),
        )
    _price_story(g)
    _crisis_story(g)
    for status in g.weibo:
        status["reposts"] = sum(1 for s in g.weibo if s["repost_of"] == status["id"])
    return {
        "seed": seed,
        "scale": scale,
        "now": DEMO_NOW.isoformat(),
        "crisis_root": CRISIS_ROOT_ID,
        "price_root": PRICE_ROOT_ID,
        "weibo": sorted(g.weibo, key=lambda s: s["created_at"], reverse=True),
        "threads": sorted(g.threads, key=lambda t: t["created_at"], reverse=True),
        "complaints": sorted(g.complaints, key=lambda t: t["created_at"], reverse=True),
        "news": sorted(g.news, key=lambda t: t["created_at"], reverse=True),
        "chat": {
            "group": "邻里鲜·江南大道店 3号团 福利群",
            "messages": sorted(g.chat, key=lambda m: m["time"]),
        },
        "truth": dict(sorted(g.truth.items())),
    }


def load(path: Path = DATA_FILE) -> dict[str, Any]:
    """The checked-in data (or another generated file)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    """Command line: write the generated data as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261120)
    parser.add_argument("--scale", type=int, default=1, help="multiply the ordinary posts")
    parser.add_argument("--out", type=Path, default=DATA_FILE)
    args = parser.parse_args(argv)
    data = generate(args.seed, args.scale)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    print(f"wrote {args.out}: {counts}, chat {len(data['chat']['messages'])} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
