"""Rendering of the demo platforms: Weibo-like JSON, forum and complaint HTML, news RSS, chat.

Each platform prints times the way its real counterpart does (relative forms for recent
comments and replies, ``Fri Nov 20 12:30:00 +0800 2026`` in the Weibo API, ``2026年11月18日``
on the complaint site, RFC 822 in RSS), relative to the network's virtual clock.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from email.utils import format_datetime
from html import escape
from typing import Any

from radar.timezone import BRAND_TZ

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

PAGE_CSS = (
    "body{font-family:sans-serif;max-width:760px;margin:auto}"
    ".post{border-bottom:1px solid #ddd;padding:8px}.meta{color:#888;font-size:12px}"
)


def when(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(BRAND_TZ)


def relative(at: datetime, now: datetime) -> str:
    """How Chinese platforms print a recent time."""
    seconds = int((now - at).total_seconds())
    if seconds < 60:
        return "刚刚"
    if seconds < 3600:
        return f"{seconds // 60}分钟前"
    if seconds < 86400 and at.date() == now.date():
        return f"{seconds // 3600}小时前"
    if (now.date() - at.date()).days == 1:
        return f"昨天 {at:%H:%M}"
    if at.year == now.year:
        return f"{at:%m-%d %H:%M}" if (now - at).days < 7 else f"{at:%m-%d}"
    return f"{at:%Y-%m-%d}"


def weibo_time(at: datetime) -> str:
    return f"{WEEKDAYS[at.weekday()]} {MONTHS[at.month - 1]} {at:%d %H:%M:%S} +0800 {at.year}"


def with_base(text: str, base: str) -> str:
    return text.replace("{BASE}", base)


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">'
        f"<title>{escape(title)}</title><style>{PAGE_CSS}</style></head>\n<body>\n{body}\n"
        "</body></html>\n"
    )


# ---------------------------------------------------------------------------------- weibo
def status_json(
    status: dict[str, Any], base: str, by_id: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    at = when(status["created_at"])
    body: dict[str, Any] = {
        "id": status["id"],
        "mid": status["id"],
        "created_at": weibo_time(at),
        "text": with_base(status["text"], base),
        "user": {"screen_name": status["user"]},
        "reads_count": status["reads"],
        "attitudes_count": status["likes"],
        "comments_count": len(status["comments"]),
        "reposts_count": status.get("reposts", 0),
        "region_name": "发布于 浙江",
        "location": status.get("region"),
        "poi": {"title": status["poi"]} if status.get("poi") else None,
        "retweeted_status": None,
    }
    original = by_id.get(status.get("repost_of") or "")
    if original is not None:
        nested = status_json({**original, "repost_of": None}, base, by_id)
        body["retweeted_status"] = nested
    return body


def comment_json(comment: dict[str, Any], now: datetime, base: str) -> dict[str, Any]:
    return {
        "id": comment["id"],
        "created_at": relative(when(comment["created_at"]), now),
        "text": with_base(comment["text"], base),
        "user": {"screen_name": comment["user"]},
        "like_count": comment["likes"],
    }


def status_html(status: dict[str, Any], base: str) -> str:
    return page(
        "微博正文",
        f'<div class="weibo"><b>{escape(status["user"])}</b>'
        f"<p>{escape(with_base(status['text'], base))}</p>"
        f'<span class="meta">{status["created_at"]} 阅读 {status["reads"]}</span></div>',
    )


# ---------------------------------------------------------------------------------- forum
def board_html(threads: list[dict[str, Any]], page_no: int, has_next: bool, now: datetime) -> str:
    rows = []
    for t in threads:
        last = t["posts"][-1]["created_at"] if t.get("posts") else t["created_at"]
        rows.append(
            f'<li class="thread"><a class="title" href="/forum/thread/{t["id"]}">'
            f"{escape(t['title'])}</a>"
            f' <span class="author">{escape(t["author"])}</span>'
            f' <span class="replies">{len(t.get("posts", []))}</span>'
            f' <span class="last-reply">{relative(when(last), now)}</span></li>'
        )
    nav = (
        f'<a class="next" href="/forum/board/linlixian?page={page_no + 1}">下一页</a>'
        if has_next
        else ""
    )
    return page(
        f"邻里鲜板块 - 杭州邻里论坛 - 第{page_no}页",
        f'<h1>邻里鲜 社区团购交流</h1><ul class="threads">{"".join(rows)}</ul>'
        f'<div class="pager">{nav}</div>',
    )


def thread_html(
    thread: dict[str, Any], page_no: int, per_page: int, now: datetime, base: str
) -> str:
    posts = thread["posts"][(page_no - 1) * per_page : page_no * per_page]
    parts = []
    if page_no == 1:
        ref = ""
        if thread.get("ref_status"):
            target = f"{base}/weibo/status/{thread['ref_status']}"
            ref = f'<p class="ref">来源：<a href="{target}">微博原帖</a></p>'
        body = escape(with_base(thread["body"], base)).replace("\n", "<br>")
        tags = (
            f'<span class="region">{escape(thread["region"] or "")}</span>'
            if thread.get("region")
            else ""
        )
        parts.append(
            f'<div class="post op" id="p0"><h1 class="thread-title">{escape(thread["title"])}</h1>'
            f'<div class="meta"><span class="author">{escape(thread["author"])}</span>'
            f' 发表于 <span class="time">{when(thread["created_at"]):%Y-%m-%d %H:%M}</span>'
            f' <span class="views">浏览 {thread["views"]:,}</span>'
            f' 回复 <span class="replies">{len(thread["posts"])}</span> {tags}</div>'
            f'<div class="content">{body}</div>{ref}</div>'
        )
    first_floor = (page_no - 1) * per_page + 2
    for i, post in enumerate(posts):
        quote = ""
        if post.get("reply_to"):
            quote = (
                f'<blockquote class="quote" data-href="/forum/post/{post["reply_to"]}">'
                "回复楼上</blockquote>"
            )
        parts.append(
            f'<div class="post reply" id="p{post["pid"]}">'
            f'<a class="floor" href="/forum/post/{post["pid"]}">{first_floor + i}楼</a>'
            f' <span class="author">{escape(post["author"])}</span>'
            f' <span class="time">{relative(when(post["created_at"]), now)}</span>{quote}'
            f'<div class="content">{escape(with_base(post["text"], base))}</div>'
            f'<span class="likes">赞 {post["likes"]}</span></div>'
        )
    has_next = page_no * per_page < len(thread["posts"])
    nav = (
        f'<a class="next-replies" href="/forum/thread/{thread["id"]}?page={page_no + 1}">下一页</a>'
        if has_next
        else ""
    )
    return page(
        f"{thread['title']} - 杭州邻里论坛", "".join(parts) + f'<div class="pager">{nav}</div>'
    )


# ---------------------------------------------------------------------------------- complaints
def complaint_list_html(cases: list[dict[str, Any]], page_no: int, has_next: bool) -> str:
    rows = "".join(
        f'<div class="case"><a class="case-title" href="/complaints/case/{c["id"]}">'
        f"{escape(c['title'])}</a>"
        f' <em class="status">{c["status"]}</em>'
        f' <span class="date">{when(c["created_at"]):%Y年%m月%d日 %H:%M}</span></div>'
        for c in cases
    )
    nav = (
        f'<a class="next" href="/complaints/list?page={page_no + 1}">下一页</a>' if has_next else ""
    )
    return page(
        "投诉列表 - 消费者投诉平台",
        f'<div class="cases">{rows}</div><div class="pager">{nav}</div>',
    )


def complaint_html(case: dict[str, Any], base: str, charset: str = "utf-8") -> str:
    ref = ""
    if case.get("ref_status"):
        target = f"{base}/weibo/status/{case['ref_status']}"
        ref = f'<p class="ref">相关链接：<a href="{target}">微博</a></p>'
    return page(
        f"{case['title']} - 消费者投诉平台",
        f'<div class="case-detail"><h1>{escape(case["title"])}</h1>'
        f'<ul class="case-meta"><li>投诉人：<span class="author">{escape(case["author"])}'
        "</span></li>"
        f'<li>投诉时间：<span class="time">{when(case["created_at"]):%Y年%m月%d日 %H:%M}'
        "</span></li>"
        f'<li>投诉对象：<span class="target">邻里鲜</span></li>'
        f'<li>涉事门店：<span class="shop">{escape(case["shop"])}</span></li>'
        f'<li>所在地区：<span class="region">{escape(case["region"])}</span></li>'
        f'<li>投诉诉求：<span class="demand">{escape(case["demand"])}</span></li>'
        f'<li>状态：<span class="status">{case["status"]}</span></li>'
        f'<li><span class="reads">阅读 {case["reads"]:,}</span></li></ul>'
        f'<div class="content">{escape(with_base(case["text"], base))}</div>{ref}</div>',
        charset,
    )


# ---------------------------------------------------------------------------------- news, chat
def rss(articles: list[dict[str, Any]], base: str) -> str:
    items = []
    for a in articles:
        items.append(
            "<item>"
            f"<title>{escape(a['title'])}</title>"
            f"<link>{base}/news/article/{a['id']}</link>"
            f'<guid isPermaLink="true">{base}/news/article/{a["id"]}</guid>'
            f"<dc:creator>{escape(a['author'])}</dc:creator>"
            f"<pubDate>{format_datetime(when(a['created_at']))}</pubDate>"
            f"<description><![CDATA[<p>{with_base(a['body'], base)}</p>]]></description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>杭州本地消费新闻</title><link>{base}/news/</link>"
        "<description>本地生活与消费维权</description><language>zh-cn</language>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def article_html(article: dict[str, Any], base: str) -> str:
    return page(
        article["title"],
        f"<h1>{escape(article['title'])}</h1><p>{with_base(article['body'], base)}</p>",
    )


def chat_json(chat: dict[str, Any], base: str) -> str:
    messages = [
        {**m, "time": f"{when(m['time']):%Y-%m-%d %H:%M:%S}", "text": with_base(m["text"], base)}
        for m in chat["messages"]
    ]
    return json.dumps(
        {"group": chat["group"], "exported_by": "团长小王", "messages": messages},
        ensure_ascii=False,
    )


def chat_csv(chat: dict[str, Any], base: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "sender", "time", "text"])
    for m in chat["messages"]:
        writer.writerow(
            [
                m["id"],
                m["sender"],
                f"{when(m['time']):%Y-%m-%d %H:%M:%S}",
                with_base(m["text"], base),
            ]
        )
    return out.getvalue()
