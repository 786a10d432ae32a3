"""Checks a rule's match must pass to stand: arithmetic a lawyer does on a price claim.

A rule names one in its ``verify`` field (``compliance/rules/price.yaml``); the check runs on
the matched span of the copy as written (digits and decimal points intact, unlike the
normalised text the patterns read) and returns why the match is the violation (the arithmetic,
which the finding's explanation shows), or None when it is not.

``false_discount``: 《明码标价和禁止价格欺诈规定》第十九条第（三）项 forbids 虚假折扣: a copy that
names a reference price, a discount and the price to pay (原价59元/件，两件7折只要99元) must add
up. Two pieces at 7折 of 59 元 are 82.6 元; asking 99 元 is 8.4折 called 7折. The check reads the
reference price, the discount (7折, 7.5折, 75折, 八折), a count (两件, 3盒) and the price asked,
and stands when the price asked is above what the discount gives (1 % and 1 元 of slack for
rounding). A second-item offer (第二件7折) discounts one piece only and is not read.

``false_reduction`` (the same article): a 特价 no lower than the 原价, or a saving claimed larger
than 原价 − 现价. ``false_urgency`` (第十九条第（四）项, 误导性的价格信息): 仅限今天, 最后3天 or a
countdown contradicted by the period the copy itself states (活动时间6月1日-6月30日, 本月每天均可,
明天、后天照常). ``false_markup_discount`` (第十九条第（三）项 again): prices raised by a share and
then discounted (统一上调30%…全场8折): when (1 + 30 %) × 0.8 ≥ 1 the "discount" leaves every price
at or above what it was. ``false_equivalent_discount`` (the same article): an offer restated as a
discount it does not amount to — 买2送1 "相当于5折" is 2 ÷ 3 ≈ 6.7折, 第二件半价 "等于全场五折" is
(1 + 0.5) ÷ 2 = 7.5折, 原价80元现价60元 "相当于五折" is 7.5折; 满100减50 "相当于全场五折" holds only
for a bill of exactly 100 元 (满减's best case is the most it can be worth).

``inflated_reference`` (第十九条第（三）项, 虚构原价): a reference price five or more times the
price asked (原价299元一斤的阳光玫瑰，今天只要19.9元; 专柜价598元…仅需59.8元). A shop does sell at
2折 now and then, but a 原价 that high is the regulator's first sign that it was never charged,
and the labelled copy agrees: the writers, who never read the rules, labelled all 16 such copies
in bench/data reject (below 5× the labels split between reject and review). Clearance
of near-expiry or flawed goods is the rule's context (``clearance``: review, not reject).

``false_from_discount`` (第十九条第（四）项, 误导性的价格信息): a headline discount "from" a figure
that the small print's deepest discount does not reach (全场一折起…参加活动的商品最低八折).

``pack_not_cheaper`` (第十九条第（三）项 and 《价格法》第十三条): a pack sold as a bargain at or
above its units at the shop's own unit price (平时12元一斤，今天2斤装只要25元: 2 × 12 = 24 元; 单买
6.8一斤，5斤家庭装只要35.8; prices in Chinese numerals, 单盒十五，三盒装四十九), charged above the
marked unit price (标价49.9/斤…一盒约1.2斤，每盒收69.9: 1.2 × 49.9 = 59.88 元), or a set dearer than
its items at the prices the copy lists after it (三件套99元（单点：肥牛32、羊肉卷35、丸子拼盘28）).

``settled_above_marked`` (《价格法》第十三条第二款, 不得在标价之外加价出售): a price settled at the
till above the price marked before it (标价12.8，下单统一按15.8结算); a discount settled below the
mark (8折，标价12元的按9.6元结算) is the offer kept, not a violation.

``false_markup_discount`` also reads a raise from one figure to another beside a discount, in
either order (剪发价格从38调到58…充值打8折; 上周拿铁18，这周菜单调成28，再打七折): the discount is
counted from a price just raised, and against the price before the raise it is shallower than it
says (half a 折 of slack).

``footnote_condition`` (第十九条第（六）项, 不标示或者显著弱化标示对消费者不利的价格条件): an offer
whose condition against the buyer stands in an asterisked footnote (学钢琴一年学费全免 *每月收取琴
房使用费480元; 洗剪吹仅需19.9元 *须同时做头皮护理项目方可享受). Not arithmetic but layout: the
normalised text the patterns read has no asterisk, so the pattern finds the offer and the
condition and this check finds the note marker between them in the copy as written. An asterisk
that masks part of a number or a name (138****5678, 用户M***n) opens no footnote.

The thirty-eighth round's checks read layout and wording the same way, each the whole judge of a
rule whose one pattern only finds the two parts: ``bracket_condition`` (第十九条第（六）项): the
condition in brackets after the offer (1元抢（每日仅限前3名）; 18元为外壳擦拭价); ``unit_redefined``
(第十九条第（四）项): a price per 斤 whose note makes it per half 斤; ``free_then_pay`` (《价格法》
第十四条第（四）项): 0元领 and a payment the same copy owes for it; ``bait_quota``: a token price
for three buyers or fewer in all; ``not_all_in`` (《价格法》第十三条): 一口价 and a charge on top.
``false_urgency`` reads every deadline and scarcity the rule's one line finds.

The thirty-ninth round's, the same way: ``bait_threshold`` (《价格法》第十四条第（四）项): a
headline price that can be had only after spending ten times as much (需当天在店消费满299元才可
购买) or buying something first (须搭配购买一箱苹果, 需先办理2980元年卡); ``gift_not_goods``
(第十九条第（四）项): 买一送一 whose gift is a voucher, points, a draw or a sample;
``never_charged`` (第十九条第（三）项): a 原价 beside a shop opening or goods new today, or beside
the copy's own word that nothing was sold at it; ``charges_on_top``: a headline price and two or
more charges after it, or one as large; ``from_price_elsewhere``: 39元起 for a narrow item while
the service people want costs three times it. Conditions hidden by layout (a footnote, a bracket)
stay with ``footnote_condition`` and ``bracket_condition``, which say how they were hidden.

The forty-ninth round's: ``gift_over_price`` (第十九条第（四）项): a gift's stated value three
times or more the price asked for the purchase that brings it (送价值999元的保温杯，实付只要199元);
``charges_on_top`` reads, with no headline, a fee on top at least twice a plain price (空调清洗
29元一台，上门服务费另收80元), but not beside a rate by area, weight or time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_CN_DIGITS = dict(zip("一二两三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"

# --- the words of prices, shared with the rule packs -----------------------------------------
#: A reference price the copy sets the price asked against (原价, 划线价, 市场价, 厂家指导价);
#: ``OWN_REFERENCE_PRICE`` the ones the seller marks itself (not the market's or the maker's).
OWN_REFERENCE_PRICE = ("原价", "划线价", "门市价", "吊牌价", "原售价", "专柜价", "日常价")
#: Another seller's price told as what it charges (超市都卖45, 外面水果店卖38一斤, 门口那几家都
#: 卖60, 专柜卖388一斤, 外头要88一只): a reference price like 市场价.
OTHER_SELLERS_PRICE = (
    r"(?:超市|菜场|菜市场|商场|专柜|外面|外边|外头|别家|那几家)"
    r"[\u4e00-\u9fff]{0,4}?(?:都|一般)?(?:卖|要)"
)
#: A counter's or a tag's figure said without 价 (专柜2580一套, 吊牌999) is a reference too.
REFERENCE_PRICE: tuple[str, ...] = (
    *OWN_REFERENCE_PRICE,
    *("市场价", "厂家指导价", "建议零售价", "商场价", "标牌价", "柜台价", "商超价", "超市价"),
    "参考价",
    OTHER_SELLERS_PRICE,
    *(r"专柜(?=\s*[0-9])", r"吊牌(?=\s*[0-9])"),
)
#: The price marked now (标价3680): the base of an everyday discount (新店开业8折：
#: 拿铁标价25元，活动期间20元), so not a reference to prove, except five or more times the
#: price asked (``inflated_reference``: 标价3680，直播价只要268).
MARKED_PRICE = ("标价",)
#: The words before the price asked now (只要, 到手价, 现价, 低至, 砍到, 券后; 今天 before a
#: figure that is a price: 吊牌价999的羽绒服，今天39.9包邮).
PRICE_ASKED = (
    # (仅 not before 限: 仅限5座轿车 names no price; nor before a date: 仅4月27日当天有效)
    *("只要", "只需", "仅需", "仅要", "仅售", "只卖", r"仅(?!限)(?!\s*[0-9]+\s*月)"),
    *("到手价?", "现价", "特价"),
    "折后价?",
    *("活动价", "才", "低至", "砍到", "砍至", "券后价?"),
    # All of a kind at one price (吊牌价1280元的羽绒服统统199元).
    r"统统(?=\s*[0-9])",
    r"(?:今天|今日|当天)(?=\s*[0-9][0-9.]*\s*(?:元|块|包邮|到手|带走|拿走|抢|秒))",
)
#: A sale price by name (特价, 团购价, 秒杀价, and prices named for a group or a channel:
#: 街坊价, 会员价, 团长价, 直播价, 拼团价, 工厂直供价; 骨折价, slang for a deep cut; a clearance's
#: price by name: 亏本价, 跳楼价, 跪价; not 清仓价, a clearance far under a tag is no claim of a
#: cut).
SALE_PRICE = (
    *("特价", "现价", "折后价", "活动价", "秒杀价", "优惠价", "特惠价", "团购价", "抢购价"),
    "特卖价",
    "促销价",
    *("直供价", "狂欢价", "大促价", "骨折价", "亏本价", "跳楼价", "跪价"),
    "(?:街坊|邻里|邻居|社区|粉丝|会员|内部|员工|宠粉|福利|群友|老客|新客|开业|团长|群内|群里|直播间?|扫码|拼团|团)价",
    # The group's price said with no 价 (社区团购99元一对).
    r"(?:社区)?团购(?=\s*[0-9])",
)
#: When a price was what it was before a raise (上周18，这周调成28; 上月128，本月挂198;
#: 昨天18一斤，今儿原价26): PRICE-FALSE-MARKUP's pattern and ``_raised_discount`` read the same
#: words.
RAISED_SINCE = (
    *("上周", "上礼拜", "上星期", "昨天", "昨日", "前天", "前日", "前几天", "之前", "以前"),
    *("原来", "上个?月", "月初"),
    # A month by name (九月卖89元一只，国庆原价199元), not a date's (12月12日原价).
    r"(?<![0-9一二三四五六七八九十])(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?"
    r"(?![0-9一二三四五六七八九十日号])",
)
#: The lists above as the lexicon every rule pack reads (``{{reference_price}}`` …;
#: ``compliance.rulepack`` puts them beside the packs' own), so the checks here and the patterns
#: that find the spans they check name a price with the same words.
PRICE_LEXICON: dict[str, tuple[str, ...]] = {
    "reference_price": REFERENCE_PRICE,
    "own_reference_price": OWN_REFERENCE_PRICE,
    "price_asked": PRICE_ASKED,
    "sale_price": SALE_PRICE,
    "marked_price": MARKED_PRICE,
    "raised_since": RAISED_SINCE,
}

#: A reference price and its figure.
_REFERENCE = re.compile(rf"(?:{'|'.join(REFERENCE_PRICE)})\D{{0,3}}?({_NUMBER})")
#: The same, the price marked now counted too (``inflated_reference`` only).
_REFERENCE_OR_MARKED = re.compile(
    rf"(?:{'|'.join((*REFERENCE_PRICE, *MARKED_PRICE))})\D{{0,3}}?({_NUMBER})"
)
#: A discount: 7折, 7.5折, 75折, 七折, 七五折 (not the 五折 inside 七五折).
_FIGURE = rf"(?<![0-9.一二三四五六七八九])({_NUMBER}|[一二三四五六七八九]{{1,2}})"
_DISCOUNT = re.compile(rf"{_FIGURE}\s*折")
_UNITS = "件|份|个|盒|杯|瓶|袋|双|套|只|斤|箱|包|张|次"
_COUNT = re.compile(rf"(?<![第0-9])([2-9]|[二两三四五六七八九])\s*(?:{_UNITS})")
_ASKED = re.compile(rf"(?:{'|'.join(PRICE_ASKED)})\D{{0,2}}?({_NUMBER})")
_ONE_PIECE_OFFER = re.compile(rf"第\s*([2-9]|[二三四五六七八九])\s*(?:{_UNITS})")
#: Words between the price asked and a discount named after it that make the discount not that
#: price's own label: a further discount (会员再打9折) or a restatement (相当于5折), which
#: ``false_equivalent_discount`` weighs.
_FURTHER = re.compile(r"再|另|会员|叠加|加购|第|满|券|额外|相当于|等于|折合|算下来|合计")


_CN_RUN = re.compile(r"[一二两三四五六七八九十百]+")


def _cn_int(run: str) -> int | None:
    """一…九百九十九 in Chinese numerals (十五, 四十九, 一百二十), or None."""
    total, digit = 0, None
    for ch in run:
        if ch == "百":
            total, digit = total + (digit or 1) * 100, None
        elif ch == "十":
            total, digit = total + (digit or 1) * 10, None
        elif digit is not None:  # two digits in a row (五五): not a number
            return None
        else:
            digit = _CN_DIGITS[ch]
    return total + (digit or 0)


def _number(word: str) -> float:
    """A figure in digits or Chinese numerals (3, 2.5, 两, 十二)."""
    if _CN_RUN.fullmatch(word) and (value := _cn_int(word)) is not None:
        return float(value)
    return float(word)


def _arabic(span: str) -> str:
    """``span`` with Chinese numerals written in digits (单盒十五，三盒装四十九 becomes
    单盒15，3盒装49); a lone 一 stays, as in 6.8一斤."""

    def digits(m: re.Match[str]) -> str:
        value = _cn_int(m.group(0)) if m.group(0) != "一" else None
        return m.group(0) if value is None else str(value)

    return _CN_RUN.sub(digits, span)


def _money(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _rate(word: str) -> float:
    """A discount's figure as a share of the price: 7 → 0.7, 7.5 → 0.75, 75 → 0.75, 七 → 0.7."""
    if word[0] in _CN_DIGITS:  # 七 → 7, 七五 → 7.5
        tenths = [_CN_DIGITS[ch] for ch in word]
        return (tenths[0] + (tenths[1] / 10 if len(tenths) > 1 else 0)) / 10
    rate = float(word)
    return rate / 10 if rate < 10 else rate / 100


def _in_turn(
    span: str, first: re.Pattern[str], then: re.Pattern[str]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """``first`` in ``span`` and ``then`` after it, or None: the two parts a verified rule's
    pattern found, read again in the copy as written."""
    one = first.search(span)
    two = then.search(span, one.end()) if one else None
    return (one, two) if one and two else None


def false_discount(span: str) -> str | None:
    """When the price asked in ``span`` is above the reference price × count × discount, the
    arithmetic that shows it; else None."""
    if _ONE_PIECE_OFFER.search(span):
        return None
    reference, discount = _REFERENCE.search(span), _DISCOUNT.search(span)
    if reference is None or discount is None:
        return None
    # The last price asked after the discount is the one the copy ends on (the match's end).
    asks = list(_ASKED.finditer(span, discount.end()))
    if not asks and discount.start() > reference.end():
        # The discount named after the price it describes (原价68元，现价58元，狂降5折), unless
        # it is a further one on top (现价95元，会员再打9折).
        asks = [
            ask
            for ask in _ASKED.finditer(span, reference.end(), discount.start())
            if not _FURTHER.search(span, ask.end(), discount.start())
        ]
    if not asks:
        return None
    asked = asks[-1]
    rate = _rate(discount.group(1))
    if not 0 < rate < 1:
        return None
    count_match = _COUNT.search(span, reference.end(), asked.start())
    count = _number(count_match.group(1)) if count_match else 1.0
    was, paid = _number(reference.group(1)), float(asked.group(1))
    given = was * count * rate
    if paid <= given * 1.01 + 1:
        return None
    pieces = f"{_money(count)} × " if count != 1 else ""
    return (
        f"按宣称的折扣应付 {pieces}{_money(was)} × {_money(rate)} = {_money(given)} 元，"
        f"广告却要 {_money(paid)} 元（实际约 {_money(paid / (was * count) * 10)} 折）"
    )


_SALE_WORDS = "|".join(SALE_PRICE)
_SALE = re.compile(rf"(?:{_SALE_WORDS})\D{{0,2}}?({_NUMBER})")
_SAVED = re.compile(rf"(?:立省|省|直降|立减|便宜|少花)\D{{0,3}}?({_NUMBER})")
#: The sale first, the everyday price after it (特惠价38元…工作日日常价：35元; 秒杀39元…秒杀结束后
#: 恢复日常价39元; 折后18元…店内价目表：拿铁18元; 活动价29.9的卤猪蹄，平时卖27.8; 周末特惠拿铁¥26
#: (工作日¥24); 国庆狂欢价 鸡蛋6.8/斤…国庆前一直是6.5/斤); not a quota after it (秒杀限量200份).
_SALE_FIRST = re.compile(
    rf"(?:(?:{_SALE_WORDS}|特惠价?|折后|秒杀)[!！]?[^0-9限前第。！？!?\n]{{0,8}}?"
    # 直降 heading the goods (直降！整箱纯牛奶¥72.9), not the amount cut (直降50元).
    rf"|直降[^0-9。？?\n]{{1,10}}?)"
    # …past a pack's weight (今日特价五常大米10斤装59.9), kept to compare by the unit.
    rf"(?:(?P<count>[0-9.]+)\s*(?P<unit>斤|kg|g|克|公斤|千克|ml|升)装?\s*)?(?P<price>{_NUMBER})"
    r"(?=\s*(?:元|块|/|一|每|的|[，,。；;！!（(]|$))"
)
_REGULAR_AFTER = re.compile(
    r"(?:日常售价|日常价|恢复原价|恢复日常价|原价|价目表|平时价|平日价|平时卖?|平常卖?|往常|一直是|一直卖|工作日|货架价"
    rf"|上个?月售价|上周售价)(?:(?!便宜|少|省|低|减|降|调为|调至|调到|改为)[^0-9。！？!?\n（(]){{0,8}}?(?<!前)({_NUMBER})"
    # …not a date that says when it was charged (原价是本店4月1日-7日的实际售价), nor a figure in
    # the bracket that gives the price's basis (原价(活动前 7 日本店成交价)52.8 元; 原价为本店活动
    # 前7日内最低成交价), nor the saving told against it (比本店平时售价便宜10元).
    r"(?!\s*[月日号])"
)


#: A price's unit right after it (25元/斤, 12块一斤; the check may see 25元斤, its / dropped).
_PER_UNIT = re.compile(r"\s*(?:元|块)?\s*(?:/|每|一)?\s*(斤|kg|g|克|公斤|千克|ml|升)")

#: The price the copy says it returns to after the sale (明天起恢复19元, 活动后恢复原价12元/斤).
_RESTORED = re.compile(rf"恢复(?:原价|日常价|原来的?价格?|售价)?\D{{0,2}}?({_NUMBER})")


def false_reduction(span: str) -> str | None:
    """When a sale price is no lower than the reference price (原价128元，今日特价128元), or than
    the everyday price the copy states after it (特惠价38元…日常价35元; 双十一狂欢价129，日常价119)
    or before it (排骨平时都卖36一斤，今天限时特价38.8), or than the price it returns to after the
    sale (原价59元，今天19元，明天起恢复19元: the sale is no sale), or than the everyday price told
    after a reference and a sale (原价42 ➡️ 今日特价32(…平时就卖30)), or the saving claimed, after
    the prices, before them or between them, is more than their difference (原价99元，现价69元，
    立省50元; 立减50元！原价128 → 现价98; 原价300,直降150,现价198), why; else None.
    A price asked (只需2800元) stands for the sale price after a reference."""
    if (restored := _RESTORED.search(span)) is not None:
        asked = _SALE.search(span) or _ASKED.search(span) or _TODAY.search(span)
        if asked is not None and asked.end() <= restored.start():
            now, back = float(asked.group(1)), float(restored.group(1))
            if back <= now:
                return (
                    f"活动后“恢复”的 {_money(back)} 元并不高于活动价 {_money(now)} 元，降价并不存在"
                )
    reference = _REFERENCE.search(span)
    sale = (
        (_SALE.search(span, reference.end()) or _ASKED.search(span, reference.end()))
        if reference
        else None
    )
    past = _OWN_PAST.search(span)
    if past is not None and re.match(r"\s*(?:元|块|/|一)", span[past.end() :]):
        later = _SALE.search(span, past.end())
        if later is not None and float(later.group(1)) >= float(past.group(1)):
            now, was = float(later.group(1)), float(past.group(1))
            return f"标为特价的 {_money(now)} 元并不低于广告自己写明的平时价格 {_money(was)} 元"
    if reference is None or sale is None:
        first = _SALE_FIRST.search(span)
        regular = _REGULAR_AFTER.search(span, first.end()) if first else None
        if first is None or regular is None:
            return None
        now, was = float(first.group("price")), float(regular.group(1))
        # A pack's price against a price per unit of it (团购2斤装45元…零售一直是25元/斤): per unit.
        per = _PER_UNIT.match(span, regular.end())
        if first.group("count") and per and per.group(1) == first.group("unit"):
            now /= float(first.group("count")) or 1.0
        if now < was:
            return None
        return f"标为特价的 {_money(now)} 元并不低于广告自己写明的日常价 {_money(was)} 元"
    was, now = float(reference.group(1)), float(sale.group(1))
    if now >= was:
        return f"标为特价的 {_money(now)} 元并不低于原价 {_money(was)} 元"
    # Below the 原价 but not below the everyday price the copy gives after the sale (原价42/斤
    # ➡️ 今日特价32(老顾客都知道平时就卖30)).
    regular = _REGULAR_AFTER.search(span, sale.end())
    if regular and not regular.group(0).startswith("原价") and now >= float(regular.group(1)):
        usual = _money(float(regular.group(1)))
        return f"标为特价的 {_money(now)} 元并不低于广告自己写明的日常价 {usual} 元"
    # The saving said after the two prices (现价69元，立省50元), heading the copy (立减50元！原价128
    # → 现价98; 省了整整200块！原价299…团购价199) or between them (原价300,直降150,现价198).
    saved = (
        _SAVED.search(span, sale.end())
        or _SAVED.search(span, 0, reference.start())
        or _SAVED.search(span, reference.end(), sale.start())
    )
    if saved is None or float(saved.group(1)) <= (was - now) + 0.5:
        return None
    return (
        f"原价 {_money(was)} 元减现价 {_money(now)} 元只省 {_money(was - now)} 元，"
        f"广告却称省 {_money(float(saved.group(1)))} 元"
    )


_HOURS = re.compile(r"(?:最后|仅剩|还剩|限时|倒计时)\s*([0-9]+|[一二两三])\s*(小时|天|日)")
_ONE_DAY = re.compile(
    r"仅限今|只限今|[今明][天日晚][0-9一二三四五六七八九十点半:：]{0,6}?恢复原价|今[天日晚](?:真的|就|必须)?截止|最后一天(?!营业)|仅此一天|只此一天"
    r"|倒计时\s*[0-9]{1,2}\s*[:：]"
    r"|错过[\u4e00-\u9fff]{0,2}?(?:再等一年|等一年|再等明年|就没了)|仅此一次|只此一次"
    r"|今[天日晚][0-9一二三四五六七八九十点]{0,4}?[\u4e00-\u9fff]{0,3}?(?:截止|结束)"
    r"|(?:抢完|卖完|售完|过后|之后|错过)[\u4e00-\u9fff]{0,4}?恢复原价"
    # The shop said to close today, with a sale on it (今天就关门了，全场两折甩卖).
    r"|今[天日晚](?:就|要|便)?(?:关门|闭店|停业|结束营业)(?=[^\n]{0,20}?(?:清仓|甩卖|折|特价|处理|亏本))"
)
#: A scarcity of places or portions (最后3个名额, 仅剩5份): contradicted only by a recurrence. (Not
#: a day of the calendar: 本月最后一个周三会员日就在明天.)
_LAST_FEW = re.compile(
    r"(?:最后|仅剩|只剩|还剩|就剩)\s*(?:[0-9]+|[一二两三四五六七八九十])\s*"
    r"(?:个|份|位|组|席|袋|台|箱|盒|瓶|件|斤)(?!\s*(?:周[一二三四五六日天]|星期|礼拜|工作日|周末))(?:名额|位置)?"
    r"|每天只做\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个|份|杯|只)"
    r"|限量\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:份|件|个|箱|盒|斤|单)"
)
_PERIOD = re.compile(
    r"([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日?\s*(?:至|到|-|—|~|－|–)+\s*"
    r"(?:([0-9]{1,2})\s*月\s*)?([0-9]{1,2})\s*日"
)
_RECURRING = re.compile(
    r"(?:本月|每天|每周|每周末|天天|明天|明早|后天|明日|下周)[\u4e00-\u9fff、，,]{0,6}?"
    r"(?:均可|都有|照常|继续|有效|都能|都可|照样|这个价|此价)"
    # (本月最后一天 is a date, not a last day said again.)
    r"|(?:每天|每周|每周末|天天|明天|明早|后天|明日|下周)[\u4e00-\u9fff、，,]{0,6}?"
    r"(?:最后一天|今日截止|今天截止|仅此一天|只此一天)"
    r"|(?:上周|上上周|上个月|上次)[\u4e00-\u9fff、，,]{0,6}?(?:也|都)(?:是|说)\s*(?:今日|今天)?(?:截止|最后)"
    r"|(?:上周|上上周|上礼拜|上个月|上次)[\u4e00-\u9fff、，,]{0,6}?(?:也|都)(?:(?:这么|这样)说"
    r"|说过(?=[^\u4e00-\u9fff]|哈|嘿|呵|$))"
    r"|还是只剩|每天都只剩|又补了|说了好几回最后一天|常年(?:清仓|甩卖|大甩卖|特价)"
    r"|随时(?:能|再|可以)?补|又加做了|老规矩|依旧只剩|每次[\u4e00-\u9fff]{0,6}?都这么说"
    r"|每天[\u4e00-\u9fff]{0,4}?(?:自动)?重新(?:开始|计时)|(?:明天|明晚)[\u4e00-\u9fff]{0,4}?还有一波"
    r"|(?:库房|仓库|库里|库存|后面|店里)(?:还有|还剩|还囤着|有)\s*(?:[0-9]+|[一二两三四五六七八九十百几]+)"
    r"\s*多?\s*(?:箱|件|吨|斤|份|袋)"
    r"|名额管够|每周都这么发|卖完了?[\u4e00-\u9fff，,]{0,6}?(?<!不)再做"
    r"|(?:接着|又|还|继续|依然|照样)是最后一天"
    r"|(?:每日|每天|天天)仅限今[天日]"
    r"|(?:明早|明天|明日|后天|下周)[\u4e00-\u9fff0-9点]{0,8}?(?:同款同价|同价|继续开团)"
    r"|(?:每晚|每天|每日|天天|每周)[^\n]{0,16}?(?:仅此一次|只此一次)"
    r"|又来[啦了]|再等明晚|(?:明晚|明天)(?:继续|同一时间)"
    r"|即日起\s*(?:至|到)\s*(?:[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|年底|年末|月底|本月底|下个?月)"
    r"|(?:抢完|卖完)了?[\u4e00-\u9fff]{0,4}?(?<![不没])(?<!不会)(?<!不能)(?<!没有)再补|随时都有|(?:每天|天天|每晚)[\u4e00-\u9fff]{0,6}?都来一波"
    r"|(?:今天|今晚|今日)也是最后|每天[\u4e00-\u9fff]{0,4}?都会?补|天天发|每天都发|天天这样"
    r"|(?:跟|和)昨天[\u4e00-\u9fff]{0,4}?一样|还是限量|其实还有"
    # (Not a card's balance kept good: 已充值会员的余额长期有效, 已到账的赠送金额长期有效.)
    r"|(?<!余额)(?<!卡内)(?<!本金)(?<!金额)(?:长期|一直|常年|永久|全年|全学期|全季|整年)(?:有效|都有)|长期活动|每天[\u4e00-\u9fff0-9]{0,6}?刷新"
    r"|每周一至周日|常年价|随时来都(?:行|可以)|名额充足|每月(?:延续|都有|都搞)"
    # Every month's whole span said to run the same offer (本活动每月1号至30号均有效).
    r"|(?:每月|每周)[0-9一二三四五六七八九十号日至到\-]{0,10}?(?:均|都)有效"
    # The "last days" banner up for months (门口挂了半年的“最后三天清仓”，今天继续).
    r"|挂了(?:半年|[一二两三四五六七八九十0-9]+个?(?:月|年|周))"
    r"|已张贴(?:半年|[一二两三四五六七八九十0-9]+个?(?:月|年|周))"
    r"|持续(?:至今|到现在|到今天)|持续(?:至|到)(?:货品|商品|库存)?(?:售完|卖完|清完)"
    # Plenty after all, or the same offer every evening or every year (这款不限量供应，想要多少都有;
    # 本活动每天晚上8点准时开启; 本店清仓活动常年举办).
    r"|不限量|想要多少都有|要多少有多少|常年(?:举办|举行|开展|进行|都在|都有)"
    r"|(?:每天|每晚|每周)[^\n]{0,8}?(?:准时)?(?:开启|开抢|开放|上线)"
    r"|(?:预订价|活动|优惠|此价|这个价)持续(?:至|到)"
    # The offer renewed on a weekday or daily (最后一天!明天恢复原价399!活动每周一更新).
    r"|(?:活动|特价|优惠)每(?:日|天|周[一二三四五六日天]?)(?:更新|重置)"
    r"|自(?:[0-9]{2,4}\s*年|去年|前年|上个?月|开业)[\u4e00-\u9fff0-9]{0,8}?(?:起|开始|以来)"
    r"|连续(?:做|搞|办|进行|开|卖)了?(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:个月|周|天|年)"
)


#: What follows a period the shop is shut for (元旦假期1月1日至3日暂停营业; 春节期间
#: （1月28日–2月4日）本店暂停营业: the last day open before it, 最后一天营业, is no offer's
#: either), or the past days whose price a reference is (6月1日-7日本店成交价为23.8元/斤): no
#: offer's period.
_CLOSED = re.compile(
    r"[\u4e00-\u9fff，,\s）)]{0,4}?(?:暂停营业|停业|歇业|闭店|休息|放假|不营业|暂停接单|暂停收衣)"
    r"|\s*(?:本店|店内|门店)?\s*(?:的)?\s*(?:最低)?\s*(?:实际)?\s*(?:成交价|售价|零售价)"
)


def _days(span: str) -> int | None:
    """The length in days of the first 月日 period of ``span`` (within one year) that is not a
    closure (1月1日至3日暂停营业: the shop's holiday, not the offer's time) nor the days a
    reference price was charged in (6月1日-7日本店成交价)."""
    period = next((p for p in _PERIOD.finditer(span) if not _CLOSED.match(span, p.end())), None)
    if period is None:
        return None
    m1, d1, m2, d2 = period.groups()
    try:  # a leap year, so that 2月29日 is a day
        start = date(2024, int(m1), int(d1))
        end = date(2024, int(m2 or m1), int(d2))
    except ValueError:
        return None
    return (end - start).days + 1 if end >= start else None


#: What happens again tomorrow, or a period the offer runs for: it contradicts an offer said to
#: end today, not a stock said to be short today (还剩6份…明天照常做40份, 每天限量30份…活动持续到
#: 本月底: a day's batch, told honestly).
_TOMORROW = ("明", "后天", "下周")
#: A limit of no stated length (限时特价, 秒杀): a period does not contradict it, a recurrence
#: that never ends does (限时特价…本活动长期有效).
_OPEN_ENDED = re.compile(r"(?<![不无])(?<!不是)限时|秒杀")
#: An offer said to be extended (活动已延至年底, 优惠延长到下月).
_EXTENDED = re.compile(
    r"(?:活动|优惠|特价|秒杀|此价)[\u4e00-\u9fff]{0,2}?(?:已|再次|又)?(?:延至|延长至|延期至|延到|延长到)"
)


#: Words that make a last day said of tomorrow a repetition (明天又是最后一天), not its date.
_AGAIN = re.compile(r"又|也|还|依旧|照样|照旧|仍")


def _dates_the_urgency(recurring: re.Match[str], urgency: re.Match[str]) -> bool:
    """Whether ``recurring`` is the urgency itself given a date (明天是最后一天采摘,
    下周一最后一天): the same 最后一天, told once, so no repetition contradicts it."""
    said = recurring.group(0)
    overlaps = recurring.start() < urgency.end() and urgency.start() < recurring.end()
    return overlaps and said.startswith(_TOMORROW) and _AGAIN.search(said) is None


#: The words that make 最后一天 the last day of the period the copy states (本期满减活动的最后一天).
_PERIODS_LAST_DAY = re.compile(r"(?:本期|本次|本轮)[\u4e00-\u9fff]{0,6}?活动的?$")


def false_urgency(span: str) -> str | None:
    """When the time an urgency gives (仅限今天, 最后3天, 倒计时, 卖完恢复原价) is contradicted
    by the period the copy states (活动时间6月1日-6月30日; 本月每天均可; 明天、后天照常;
    本活动长期有效), or a scarcity (最后3个名额) by a recurrence the copy admits (每周都这么发，
    名额管够), why; else None. Days left (还剩2天), a scarcity (还剩6个上门时段) and a limit of
    no stated length (限时) are contradicted by a recurrence (or, 限时, by the offer said to be
    extended: 活动已延至年底) only, not by a period (places may
    run out inside 12月26–31日); a scarcity and an open limit not by tomorrow's batch or the
    period the offer runs for."""
    found = _HOURS.search(span)
    dated = True  # whether a stated period longer than the urgency contradicts it
    tomorrow_contradicts = True
    allowed = 1
    if found is not None:
        if found.group(2) != "小时":
            allowed = int(_number(found.group(1)))
        dated = not found.group(0).startswith(("还剩", "仅剩"))
    elif (found := _ONE_DAY.search(span)) is None:
        tomorrow_contradicts = False
        found, dated = _LAST_FEW.search(span), False
        if found is None:
            found = _OPEN_ENDED.search(span)
            if found is None:
                return None
            if (extended := _EXTENDED.search(span, found.end())) is not None:
                # A limit of no stated length, then the offer extended (限时秒杀价199…活动已延至
                # 年底): the limit was never one. (A last few days extended is a clearance's
                # false reason, PRICE-FALSE-REASON's.)
                return f"“{found.group(0)}”与广告自己写的“{extended.group(0)}”矛盾"
    urgency = found.group(0)
    if urgency == "最后一天" and _PERIODS_LAST_DAY.search(span, 0, found.start()):
        # The stated period's own last day (本期满减活动的最后一天（活动时间6月1日–7日）).
        dated = False
    for recurring in _RECURRING.finditer(span):
        said = recurring.group(0)
        if _dates_the_urgency(recurring, found):
            continue
        if tomorrow_contradicts or not (said.startswith(_TOMORROW) or "持续" in said):
            return f"“{urgency}”与广告自己写的“{said}”矛盾"
    days = _days(span)
    if not dated or days is None or days <= allowed + 1:
        return None
    return f"“{urgency}”与广告写明的 {days} 天活动期矛盾"


_MARKUP = re.compile(rf"(?:上调|提价|调高|涨)\D{{0,2}}?({_NUMBER})\s*[%％]")
#: A price raised from one figure to another (剪发价格今天起从38调到58; 上月128，本月挂198;
#: 昨天18一斤，今儿原价26; 昨天标68，今天原价改128; 上周29.9一箱…这周先恢复到45元原价), before or
#: after the discount.
_RAISED = re.compile(
    rf"(?:从|由|{'|'.join(RAISED_SINCE)}|平时|平常|平日|往常)[\u4e00-\u9fff]{{0,4}}?"
    rf"({_NUMBER})\s*(?:元|块)?[^0-9\n]{{0,12}}?"
    r"(?:调到|调至|调为|调回|涨到|涨至|涨为|提到|提至|上调到|上调至|调整为|改成|改为|调成|标成|标到|标价|标|挂"
    r"|恢复到|恢复为|划线价|原价改(?:成|为|到)?|原价)"
    rf"\s*({_NUMBER})"
)


#: A price adjustment told with an arrow (本周价格调整：鸡蛋7.5元/斤→9.8元/斤), old price first.
_ARROW_RAISE = re.compile(
    rf"(?:调整|调价|涨价|价格变动)\D{{0,8}}?({_NUMBER})[^0-9\n]{{0,6}}?(?:→|->|➡️?|—>)\s*({_NUMBER})"
)


#: Prices marked at a multiple of another price (按吊牌价的三倍标), before a discount on them.
_TIMES = re.compile(r"([2-9]|[两二三四五六七八九])\s*倍\s*(?:来)?(?:标|定价|标价|挂|写)")


def false_markup_discount(span: str) -> str | None:
    """When prices raised by a share (上调30%) and then discounted (8折) end at or above where they
    were, or prices marked at a multiple (按吊牌价的三倍标) are then discounted at all (再打三折:
    the discount told is not the one given), the arithmetic; else None."""
    markup = _MARKUP.search(span)
    if markup is None and (times := _TIMES.search(span)) is not None:
        discount = _DISCOUNT.search(span, times.end())
        factor, rate = _number(times.group(1)), _rate(discount.group(1)) if discount else 0.0
        if not 0 < rate < 1:
            return None
        return (
            f"先按 {_money(factor)} 倍标价再打 {_money(rate * 10)} 折："
            f"{_money(factor)} × {_money(rate)} = {_money(factor * rate)}，"
            + (
                "折后仍不低于原来的价格"
                if factor * rate >= 1
                else f"实际只相当于原来价格的 {_money(round(factor * rate * 10, 1))} 折"
            )
        )
    if markup is None:
        return _raised_discount(span)
    discount = _DISCOUNT.search(span, markup.end())
    if discount is None:
        return None
    rate = _rate(discount.group(1))
    raised = 1 + float(markup.group(1)) / 100
    # Against the price before the raise the discount is shallower than told (上调30%再打7折 is
    # 9.1折) or none at all (上调30%再打8折 is 1.04); half a 折 allows for rounding.
    if not 0 < rate < 1 or raised * rate < rate + 0.05:
        return None
    return (
        f"先上调 {_money(float(markup.group(1)))}% 再打 {_money(rate * 10)} 折："
        f"{_money(raised)} × {_money(rate)} = {_money(raised * rate)}，"
        + (
            "折后仍不低于调价前的价格"
            if raised * rate >= 1
            else f"对调价前的价格实为 {raised * rate * 10:.1f} 折"
        )
    )


#: A sale price after a raise (上周标39…今天原价标69，折后49; 由6.5调为9.8/斤，周末会员特惠7.9).
_SALE_AFTER_RAISE = re.compile(
    rf"(?:{_SALE_WORDS}|秒杀|折后|特惠|今天|今日|现在|限时)[^0-9。！？!?\n]{{0,3}}?({_NUMBER})"
)


#: A raise told new price first, old price after (榴莲调到39.8/斤（之前26.8）).
_RAISED_OLD_AFTER = re.compile(
    rf"(?:调到|调至|调为|涨到|涨至|涨为|提到|上调到|上调至|调整为|改成|改为)\s*({_NUMBER})[^0-9\n]{{0,6}}?"
    rf"(?:之前|以前|此前|原来|原价|原为)\s*({_NUMBER})"
)


#: The shop's own price of late, then a discount whose price is at or above it with no raise told
#: (上周卖15一斤的五花肉，今天八折只要16): the discount is counted from a price raised in silence.
_PAST_THEN_DISCOUNTED = re.compile(
    rf"(?:{'|'.join(RAISED_SINCE)}|平时)[\u4e00-\u9fff]{{0,3}}?(?:卖|售价|标价)\D{{0,2}}?({_NUMBER})"
    rf"[^。！？!?\n]{{0,24}}?{_FIGURE}\s*折[\u4e00-\u9fff]{{0,3}}?({_NUMBER})"
)


def _silent_raise(span: str) -> str | None:
    """The shop's own earlier price and a discounted price at or above it (上周卖15…八折只要16),
    no raise told: the discount's base was raised in silence; else None."""
    found = _PAST_THEN_DISCOUNTED.search(span)
    if found is None:
        return None
    before, rate, now = float(found.group(1)), _rate(found.group(2)), float(found.group(3))
    if not 0 < rate < 1 or now < before:
        return None
    return (
        f"本店此前卖 {_money(before)} 元，打 {_money(rate * 10)} 折后却要 {_money(now)} 元："
        f"折扣的基数约 {_money(round(now / rate, 1))} 元，是先涨价再打折"
    )


#: Prices said raised just before a sale, with no figures, and the sale's discount
#: (周末大促前，今晚全场统一上调标价，明天再打6折; 本周末大促前部分商品价格临时上调,周末全场
#: 再享7折; 全场五折…折扣以调整后原价为准，部分商品原价已于本周一统一上调; 国庆前饮品全线
#: 调价+5元，国庆期间全场8折).
_RAISED_UNTOLD = re.compile(
    rf"(?:活动|大促|促销|周年庆|店庆|国庆|中秋|春节|元旦|会员日)前[^。\n]{{0,8}}?"
    rf"(?:临时|统一|先)?(?:上调|提价|涨价|调价\s*[+＋]\s*[0-9]+\s*元)[^\n]{{0,16}}?{_FIGURE}\s*折"
    r"|折扣以调整后的?(?:原价|价格|标价)为准"
)


def _raise_told(span: str) -> str | None:
    """A raise the copy admits before its sale, with no figures (大促前…临时上调…再享7折): the
    discount is counted from a price just raised; else None."""
    found = _RAISED_UNTOLD.search(span)
    if found is None:
        return None
    return (
        f"广告自己说打折前先调高了价格（“{found.group(0)}”），折扣的基数是刚涨过的价格，是先涨后降"
    )


def _raised_discount(span: str) -> str | None:
    """A price raised from one figure to another (从38调到58; 价格调整：7.5元/斤→9.8元/斤) and
    a discount on it (打8折), in either order: the discounted price against the price before the
    raise. With no discount, a sale price after the raise (上周标39的车厘子，今天原价标69，折后49;
    上个月一直卖19.9，现在原价标49.9，今天秒杀29.9): a "sale" at or above the price before the
    raise is a markup called a cut (the basis of a cut is the lowest price of the seven days before
    it)."""
    raised, discount = _RAISED.search(span) or _ARROW_RAISE.search(span), _DISCOUNT.search(span)
    if raised is not None:
        before, after = float(raised.group(1)), float(raised.group(2))
    elif (flipped := _RAISED_OLD_AFTER.search(span)) is not None and discount is not None:
        after, before = float(flipped.group(1)), float(flipped.group(2))  # 调到39.8（之前26.8）
    else:
        return _silent_raise(span) or _raise_told(span)
    if discount is None:  # only a raise told old price first reaches here without one
        sale = _SALE_AFTER_RAISE.search(span, raised.end()) if raised else None
        if sale is None or not before < after or not before <= float(sale.group(1)) < after:
            return None
        now = float(sale.group(1))
        return (
            f"价格先从 {_money(before)} 元标到 {_money(after)} 元，再以 {_money(now)} 元促销："
            f"促销价并不低于调价前的 {_money(before)} 元，所谓降价是先涨后降"
        )
    rate = _rate(discount.group(1))
    if not 0 < rate < 1 or not 0 < before < after:
        return None
    real = after * rate / before
    # The discount is counted from a price just raised: against the price before the raise it
    # is shallower than it says (第十九条第（三）项); half a 折 allows for rounding.
    if real < rate + 0.05:
        return None
    return (
        f"价格从 {_money(before)} 元调到 {_money(after)} 元再打 {_money(rate * 10)} 折："
        f"{_money(after)} × {_money(rate)} = {_money(after * rate)} 元，对调价前的 "
        f"{_money(before)} 元实为 {real * 10:.1f} 折"
        + ("，反而更贵" if real > 1.0005 else "，并无折扣" if real >= 0.9995 else "")
    )


_EQUIVALENT = re.compile(
    rf"(?:相当于|等于|约等于|折合|算下来|合计|即|直接|=|＝)[\u4e00-\u9fff]{{0,4}}?"
    rf"(?:{_FIGURE}\s*折|(半价|对折|砍一半|砍半|减半|腰斩))"
)
#: Today's price after a reference (原价68一斤，今天38，直接半价).
_TODAY = re.compile(rf"(?:今天|今日|现在)\D{{0,2}}?({_NUMBER})")
#: A price cut from one figure to another (五花肉从20块降到15块).
_CUT = re.compile(
    rf"从\s*({_NUMBER})\s*(?:元|块)?\s*(?:降到|降至|减到|调到|调至|变成)\s*({_NUMBER})"
)
_SECOND_PIECE = re.compile(rf"第\s*(?:2|二)\s*(?:{_UNITS})\s*(半价|{_FIGURE}\s*折)")
_PIECE = rf"([0-9]+|[一二两三四五六七八九十])\s*(?:{_UNITS}|节|元|块)?"
_BUY_GET = re.compile(rf"(?:买|充|购|充值|存)\s*{_PIECE}\s*(?:送|赠|再送|加送)\s*{_PIECE}")
_SPEND_OFF = re.compile(rf"满\s*({_NUMBER})\s*(?:元|块)?\s*(?:减|立减|省)\s*({_NUMBER})")
#: Two discounts on top of each other (先打8折再打7折): they multiply (0.8 × 0.7 = 5.6折).
_STACKED = re.compile(rf"{_FIGURE}\s*折\s*(?:后|之后)?\s*再(?:打|享|叠加)?\s*{_FIGURE}\s*折")


def _was_and_now(text: str) -> tuple[float, float] | None:
    """A price cut from one figure to another (从20降到15), or a reference price and the price
    after it (原价80元现价60元, 原价68一斤，今天38): (was, now), or None."""
    if cut := _CUT.search(text):
        return float(cut.group(1)), float(cut.group(2))
    was = _REFERENCE.search(text)
    if was is None:
        return None
    now = (
        _SALE.search(text, was.end())
        or _ASKED.search(text, was.end())
        or _TODAY.search(text, was.end())
    )
    return (float(was.group(1)), float(now.group(1))) if now else None


def false_equivalent_discount(span: str) -> str | None:
    """When an offer is restated as a discount (相当于5折) deeper than its arithmetic gives, the
    arithmetic; else None. ``约`` before the figure allows half a 折 of rounding. Read: a second
    piece's discount, buy-and-get, spend-and-save, two discounts stacked (8折再打7折 is 5.6折,
    not 3折: 《明码标价和禁止价格欺诈规定》第十九条第（三）项) and a reference price with a
    sale price."""
    claim = _EQUIVALENT.search(span)
    if claim is None:
        return None
    rate = 0.5 if claim.group(2) else _rate(claim.group(1))
    if not 0 < rate < 1:
        return None
    before = span[: claim.start()]
    slack = 0.05 if "约" in claim.group(0) else 0.005
    claimed = f"广告称“{claim.group(0)}”"
    if second := _SECOND_PIECE.search(before):
        other = 0.5 if second.group(1) == "半价" else _rate(second.group(2))
        real = (1 + other) / 2
        shown = f"第二件{_money(other * 10)}折，两件共付 (1 + {_money(other)}) ÷ 2"
    elif buy := _BUY_GET.search(before):
        paid, free = _number(buy.group(1)), _number(buy.group(2))
        real = paid / (paid + free)
        got = _money(paid + free)
        shown = f"付 {_money(paid)} 得 {got}：{_money(paid)} ÷ {got}"
    elif spend := next(reversed(list(_SPEND_OFF.finditer(before))), None):
        # With tiers (满100减20，满200减50…刚好买200相当于7.5折) the one nearest the claim.
        bill, off = float(spend.group(1)), float(spend.group(2))
        if not 0 < off < bill:
            return None
        real = (bill - off) / bill
        # 满减 is worth its best case only on a bill of exactly the threshold: a claim of that
        # discount (or a deeper one) misleads about every other bill, unless the copy says the
        # claim is for that bill (刚好买200相当于7.5折).
        told_for = rf"(?:刚好|恰好|正好)\D{{0,3}}?{re.escape(_money(bill))}"
        if rate > real + slack or re.search(told_for, before):
            return None
        # 每满100减20 takes the same share off every hundred: 8折 is then true of such bills.
        if "每满" in before and rate >= real - slack:
            return None
        return (
            f"满{_money(bill)}减{_money(off)}只在恰好消费 {_money(bill)} 元时折合 "
            f"{_money(real * 10)} 折，消费越多折扣越浅；{claimed}"
        )
    elif stacked := _STACKED.search(before):
        first, then = _rate(stacked.group(1)), _rate(stacked.group(2))
        real = first * then
        shown = f"{_money(first * 10)}折再打{_money(then * 10)}折：{_money(first)} × {_money(then)}"
    elif prices := _was_and_now(before):
        old_price, new_price = prices
        if not 0 < new_price < old_price:
            return None
        real = new_price / old_price
        shown = f"{_money(new_price)} ÷ {_money(old_price)}"
    else:
        return None
    if rate >= real - slack:
        return None
    return f"{shown} ≈ {real:.3f}，即约 {real * 10:.1f} 折；{claimed}"


#: How many times the price asked a reference price may be before the copy must prove it was
#: charged (``inflated_reference``): 4.5 is 2.2折 (5, 2折, let a 市场价198 against 39.9 through;
#: the labelled copies put the lawyers' line between 2.2折, rejected, and 2.35折, reviewed).
INFLATED_RATIO = 4.5
#: The same for a market price (市场价), which names no seller, no place and no day anyone paid it:
#: 3.0 (3.3折). The labelled copies put the line there: every 市场价 from 3.1 times the price asked
#: is labelled reject (34 copies), at 2.9–3.0 times four are rejected and two reviewed, below 2.5
#: times 26 are reviewed and three rejected (docs/compliance.md, fifty-fifth round).
MARKET_RATIO = 3.0
#: The reference words held to ``MARKET_RATIO``.
MARKET_PRICE = ("市场价",)


#: A token price to grab (0元抢, 1元领, 1元秒): the price asked, with no word before it.
_GRAB = re.compile(r"(?<![0-9.])([01])\s*元?\s*(?:抢|领|拿|秒|带走)")


def inflated_reference(span: str) -> str | None:
    """When the reference price in ``span`` is ``INFLATED_RATIO`` (a 市场价: ``MARKET_RATIO``) or
    more times the sale price or the price asked after it (0元抢 and 1元领 too: a value set
    against nothing), the arithmetic; else None. The price marked now (标价) counts here, as
    nowhere else."""
    reference = _REFERENCE_OR_MARKED.search(span)
    if reference is None:
        return None
    at = reference.end()
    asked = _SALE.search(span, at) or _ASKED.search(span, at) or _GRAB.search(span, at)
    if asked is None:
        return None
    was, paid = float(reference.group(1)), float(asked.group(1))
    if paid == 0 < was:
        unpaid = "一个没人付过的价值，须证明前七日内确曾按此价成交"
        return f"标出的 {_money(was)} 元对着 0 元的要价：{unpaid}"
    market = reference.group(0).startswith(MARKET_PRICE)
    if paid < 0 or was < paid * (MARKET_RATIO if market else INFLATED_RATIO):
        return None
    return (
        f"标出的 {_money(was)} 元是要价 {_money(paid)} 元的 {_money(round(was / paid, 1))} 倍"
        f"（约 {_money(round(paid / was * 10, 1))} 折），须证明前七日内确曾按此价成交"
    )


#: The shop's own price of late, said as what it charged (平时卖15.8元, 上周售价168元, 上周本店标价
#: 12元, 昨天卖7.8, 上个月标价398元, 门店零售价38元, 日常价48元); a maker's suggested price
#: (建议零售价) is not the shop's own.
_OWN_PAST = re.compile(
    r"(?:平时(?:店里|门店|店内)?(?:一直|都)?(?:卖|售价|标价|零售价?|价)|上周[一二三四五六日天末]?(?:店里|门店|本店)?(?:一直|在)?(?:团购价|售价|原价|标价|卖)"
    r"|上个?月(?:标价|售价|卖)|(?:店里|门店)(?:一直|都)(?:卖|售价)|门店标价|平时(?=[0-9])"
    rf"|昨天(?:店里|门店)?(?:卖|售价)|(?:门店|店内|店里)(?:零售价|日常价|日常售价|日常标价|售价)|(?<!建议)日常(?:售)?价|日常(?=[0-9])"
    r"|门市价)"
    rf"\D{{0,3}}?({_NUMBER})"
)
#: The price asked now, in any order with the shop's own earlier price: the first figure within
#: ten characters that a price's unit or a break follows (not the 30 of 30枚装35元).
_NOW = re.compile(
    rf"(?:{_SALE_WORDS}|特惠价|只要|只需|仅需|仅售|到手价?|实付|今天|今日|本周|这周|本月|这个月|现在|降到|调到|降至|团购"
    r"|[日号]售价?|[日号]卖|[日号](?:办卡|办理|报名|购买|购)价?|期间(?:价|售价)?|首单(?:价)?|合每?[\u4e00-\u9fff]?|周末|会员日"
    r"|(?<=[0-9])\s*[日号])"
    rf"[^。！？!?\n]{{0,10}}?(?<![0-9.])({_NUMBER})(?=\s*(?:元|块|/|一|每|[，,。；;！!）)]|$))"
)
#: …or, with no such word, the goods' own price heading the sentence (鲜羊腿肉42元/斤，本店上周售价
#: 46元/斤), after the pack's weight if one is given (狗粮10kg装258元，上周店里卖279元).
_NOW_HEADING = re.compile(
    rf"^[^0-9。！？!?\n]{{1,12}}?(?:[0-9.]+\s*(?:kg|g|克|公斤|千克|斤|ml|毫升|升)\s*装?\s*)?"
    rf"({_NUMBER})(?=\s*(?:元|块|/))"
)
#: The smallest share of its own earlier price a markdown may ask and stay an everyday promotion
#: (``shallow_markdown``): less than a quarter off. The labelled violations with the shop's own
#: earlier price ask 0.75 of it or less; the blind writers' clean markdowns ask 0.77 of it and
#: more (上周卖8.8元，这周6.8元; docs/compliance.md, forty-first round).
SHALLOW_RATIO = 0.76


def shallow_markdown(span: str) -> str | None:
    """When ``span`` asks a price less than a quarter below the shop's own price of late
    (平时卖15.8元，今日特价12.8元; 上周售价168元，本周特价148元), the arithmetic; else None.
    The blind writers label such copy an ordinary promotion; a deeper cut stays for a reviewer to
    ask for the price record (docs/compliance.md, fortieth and forty-first rounds)."""
    was = _OWN_PAST.search(span)
    if was is None:
        return None
    now = next((m for m in _NOW.finditer(span) if not was.start() <= m.start(1) < was.end()), None)
    if now is None and (heading := _NOW_HEADING.search(span)) and heading.start(1) < was.start():
        now = heading
    if now is None:
        return None
    before, asked = float(was.group(1)), float(now.group(1))
    if not SHALLOW_RATIO * before <= asked < before:
        return None
    return (
        f"本店近期自己的售价 {_money(before)} 元降到 {_money(asked)} 元"
        f"（约 {_money(round(asked / before * 10, 1))} 折），降幅在四分之一以内"
    )


_FROM = re.compile(rf"{_FIGURE}\s*折起")
_DEEPEST = re.compile(rf"(?:最低|最多|最大|低至|最高)\D{{0,4}}?{_FIGURE}\s*折")


def false_from_discount(span: str) -> str | None:
    """When a discount "from" a figure (一折起) is shallower at its deepest (最低八折), why."""
    if (found := _in_turn(span, _FROM, _DEEPEST)) is None:
        return None
    start, deepest = found
    said, real = _rate(start.group(1)), _rate(deepest.group(1))
    if not 0 < said < real < 1:
        return None
    return f"标题称“{start.group(0)}”，广告自己写明的最大折扣只是 {_money(real * 10)} 折"


_UNIT_PRICE = re.compile(
    rf"(?:平时|平常|日常价?|单价|标价|零售价|门市价|原价|单买|单卖|零买|散买|散称)\D{{0,3}}?"
    rf"({_NUMBER})\s*(?:元|块)?"
    rf"\s*(?:/|每|一)\s*(斤|个|件|盒|袋|瓶|包|只|公斤|千克|根|枚|条|罐|支)"
)
_PACK = re.compile(
    rf"(约)?\s*({_NUMBER}|[两二三四五六七八九十])\s*(斤|个|件|盒|袋|瓶|包|只|公斤|千克|根|枚|条|罐|支)\s*装?"
)
_PACK_PRICE = re.compile(
    rf"(?:只要|只需|仅需|仅要|仅售|只卖|仅|才|收|卖|特价|团购价|到手价?)\D{{0,2}}?({_NUMBER})"
)


#: A single unit's price said beside a box or a pack of them (单盒才3.5元, 单瓶3元, 单罐只要139元).
_SINGLE = "盒|瓶|罐|个|件|袋|包|只|支|听|桶|杯|节|次|箱"
#: (Not a saving against it: 比单盒买省20元, 比单次买5次少30元.)
_SINGLE_PRICE = re.compile(
    rf"(?<!比)单(?:买|卖)?\s*[一1]?\s*({_SINGLE})(?:(?!省|减|便宜|贵|差|多)\D){{0,4}}?({_NUMBER})"
    rf"(?!\s*(?:{_SINGLE}|斤|公斤|克|g|ml|毫升|%|折|分|小时|天|米|厘米|cm|[0-9.]))"
)
#: How many units the pack holds: 12盒一箱, 一箱24瓶, 3罐装 (the unit must be the single's).
_PACK_COUNT = re.compile(
    rf"({_NUMBER}|[两二三四五六七八九十]+)\s*({_SINGLE})\s*"
    rf"(?:[\u4e00-\u9fff]{{0,4}}?装|一箱|一提|一组|一套|/箱|每箱|课包|卡|组合|套餐"
    rf"|(?=\s*(?:特惠价|团购价|特价|只要|仅需|才|共|一共|合计)))"
    rf"|(?:一|每|整)(?:箱|提|组|套)\s*({_NUMBER}|[两二三四五六七八九十]+)\s*({_SINGLE})"
)
_MONEY = re.compile(rf"({_NUMBER})\s*(?:元|块)")
#: A pack's price right after its count (两包装199, 十节装一整箱68, 两杯套餐26) or ending the copy's
#: match.
_AFTER_PACK = re.compile(
    rf"(?:装|套餐)[^0-9\n]{{0,4}}?({_NUMBER})(?!\s*(?:{_SINGLE}|斤|公斤|克|g|%|折|[0-9.]))"
)
_LAST_FIGURE = re.compile(rf"(?<![0-9.])({_NUMBER})\s*$")


#: A sum of the single units' prices (3件合计135元, 两盒共计30): arithmetic, not a pack's price.
_UNITS_TOTAL = re.compile(rf"(?:合计|共计|总计|加起来|算下来)\s*({_NUMBER})")


def _single_unit_pack(span: str) -> tuple[float, float, float, str] | None:
    """The other way a pack is written, in any order: the single unit's price (单盒才3.5元), the
    pack's count (12盒一箱, 一箱24瓶, 3罐装) and the pack's price (the dearest other sum in
    yuan): (count, each, paid, unit), or None when one of them is not there."""
    single = _SINGLE_PRICE.search(span)
    if single is None:
        return None
    unit, each = single.group(1), float(single.group(2))
    counts = [
        (m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _PACK_COUNT.finditer(span)
    ]
    # 件 counts pieces of any kind (单盒65元，两件装139).
    count = next((_number(n) for n, u in counts if u in (unit, "件")), None)
    # A total worked out from the single price (单件45元，3件合计135元) is the copy's own
    # arithmetic, not a price asked for the pack.
    totals = [m.start(1) for m in _UNITS_TOTAL.finditer(span)]
    sums = [
        float(m.group(1))
        for pattern in (_MONEY, _PACK_PRICE, _AFTER_PACK, _LAST_FIGURE)
        for m in pattern.finditer(span)
        if not single.start() <= m.start(1) < single.end() and m.start(1) not in totals
    ]
    if count is None or not sums:
        return None
    return count, each, max(sums), unit


#: A set of named items at one price (拿铁+可颂套餐42元, 洗车+打蜡套餐只要128元,
#: 洗护套餐：洗澡+剪指甲+掏耳朵只要99) and each item's own price beside it (拿铁单点18，可颂单点20;
#: 单洗车45，单打蜡70).
#: …its figure not an item's weight (火锅套餐：肥牛卷250g（单买28元）…).
_BUNDLE = re.compile(
    rf"(?:套餐|组合|件套|套装)[^0-9\n]{{0,16}}?({_NUMBER})(?!\s*(?:g|克|kg|千克|ml|毫升|斤))\s*(?:元|块)?"
)
#: The items' own prices listed after one word (单点：肥牛32、羊肉卷35、丸子拼盘28).
_PARTS_LISTED = re.compile(r"单点|单买|单独点|单独买|分开买|分开点")
_LISTED_PRICE = re.compile(rf"({_NUMBER})(?!\s*(?:个|份|杯|只|克|g|斤|人|位|[0-9.]))")
#: An item's own price (单买28元), not the items' total (单买合计58元).
_PART = re.compile(
    rf"单(?![\u4e00-\u9fff]{{0,2}}?(?:合计|共计|总计|总价))[\u4e00-\u9fff]{{0,3}}?\s*({_NUMBER})"
    r"(?!\s*(?:元|块)?\s*[/每])"
)
#: A set that holds several of an item (包子两个, 2杯): its items' single prices do not sum to it.
_SEVERAL = re.compile(r"[两二三四五六七八九十2-9]\s*(?:个|份|杯|只|块|串|片|瓶|盒|次|节)")


#: An item of a set counted by weight or piece, its name before the count (苹果3斤, 梨2斤) or
#: after it (两只烤鸡, 两瓶可乐), and an item's rate in the same unit after it (苹果8元/斤,
#: 烤鸡25一只, 可乐3块一瓶, 苹果每斤8元). A count a figure follows closely is a rate (苹果3斤8元),
#: not an item, unless the figure is the set's own price (吐司1袋只要36元).
_WEIGHED_UNIT = "斤|公斤|千克|个|盒|袋|瓶|只|根|杯|份|包|罐|条"
_COUNT_WORD = rf"{_NUMBER}|[两二三四五六七八九十]"
_WEIGHED_ITEM = re.compile(
    rf"([\u4e00-\u9fff]{{1,4}}?)({_COUNT_WORD})\s*({_WEIGHED_UNIT})"
    rf"(?!(?!只要|只需|仅需|仅要|才)[\u4e00-\u9fff]{{0,2}}?[0-9])"
    rf"|({_COUNT_WORD})\s*({_WEIGHED_UNIT})([\u4e00-\u9fff]{{1,4}})"
)
#: A set's price anywhere shortly after its word, when its items come first (超值套餐：两只烤鸡+
#: 两瓶可乐59元).
_BUNDLE_AFTER_ITEMS = re.compile(rf"(套餐|组合|件套|套装)[^\n]{{0,16}}?({_NUMBER})\s*(?:元|块)")


def _item_rate(span: str, name: str, unit: str, start: int) -> float | None:
    """The rate of ``name`` in ``unit`` said after ``start`` (苹果8元/斤, 烤鸡25一只, 苹果每斤8元),
    trying the longest parts of the name first, as a name is read with the words around it
    (再来西瓜 → 西瓜, 烤鸡套餐 → 烤鸡)."""
    sizes = range(len(name), 0, -1)
    words = [name[i : i + size] for size in sizes for i in range(len(name) - size + 1)]
    for word in words:
        rate = re.compile(
            rf"{re.escape(word)}\s*(?:({_NUMBER})\s*(?:元|块)?\s*(?:/|每|一)\s*{unit}"
            rf"|(?:每|一){unit}\s*({_NUMBER}))"
        ).search(span, start)
        if rate is not None:
            return float(rate.group(1) or rate.group(2))
    return None


def _weighed_parts(span: str, start: int, skip: tuple[int, int]) -> list[float] | None:
    """A set's items counted by weight or piece after ``start``, each with its own rate given
    after it (苹果3斤+梨2斤（单买苹果8元/斤，梨7元/斤）): each item's count × rate, or None unless
    every item of two or more has its rate. ``skip``: the set's own price."""
    parts: list[float] = []
    items = [m for m in _WEIGHED_ITEM.finditer(span, start) if not skip[0] <= m.start() < skip[1]]
    for item in items:
        name, count, unit = (
            item.group(1, 2, 3) if item.group(1) is not None else item.group(6, 4, 5)
        )
        rate = _item_rate(span, name, unit, item.end())
        if rate is None:
            break
        parts.append(_number(count) * rate)
    return parts if len(parts) >= 2 and len(parts) == len(items) else None


def _bundle(span: str) -> tuple[float, list[float]] | None:
    """A set's price and its items' own prices, given after it: (paid, parts), or None when
    there is no set, fewer than two items, or the copy counts several of an item without the
    rate of each (then the items' single prices do not sum to it)."""
    bundle = _BUNDLE.search(span)
    if bundle is not None and (weighed := _weighed_parts(span, bundle.end(), (0, 0))) is not None:
        return float(bundle.group(1)), weighed
    # The set's price after its items (超值套餐：两只烤鸡+两瓶可乐59元).
    late = _BUNDLE_AFTER_ITEMS.search(span)
    weighed = None if late is None else _weighed_parts(span, late.end(1), late.span(2))
    if late is not None and weighed is not None:
        return float(late.group(2)), weighed
    if bundle is None:
        return None
    if _SEVERAL.search(span):
        return None
    parts = [float(m.group(1)) for m in _PART.finditer(span, bundle.end())]
    listed = _PARTS_LISTED.search(span, bundle.end())
    if len(parts) < 2 and listed is not None:
        parts = [float(m.group(1)) for m in _LISTED_PRICE.finditer(span, listed.end())]
    return (float(bundle.group(1)), parts) if len(parts) >= 2 else None


#: One unit's price said first (苹果买一斤8元), then more of the same unit "只要" (买两斤只要20元).
_ONE_UNIT = re.compile(rf"买?[1一](斤|个|件|盒|份|瓶|袋|杯)\D{{0,2}}?({_NUMBER})\s*(?:元|块)")
_MORE_UNITS = re.compile(
    rf"买?([2-9]|[两二三四五六七八九十])(斤|个|件|盒|份|瓶|袋|杯)\D{{0,4}}?({_NUMBER})"
)
#: Weekdays and hours (周一至周五11:00-14:00), which are no prices: left out before the numerals
#: are read, so 五11 does not become 511.
_DAYS_AND_HOURS = re.compile(
    r"周[一二三四五六日天](?:\s*[至到~～\-—]\s*周?[一二三四五六日天])?"
    r"|[0-9]{1,2}[:：][0-9]{2}(?:\s*[-~～至到—]\s*[0-9]{1,2}[:：][0-9]{2})?"
)
#: Words that offer a pack as a saving (只要, 特价, 更划算): a pack at exactly its units' price
#: is then a false saving, without them a price list (单个8元，6个装48元).
_PACK_OFFERED = re.compile(
    r"只要|只需|仅需|仅要|仅售|只卖|才|特价|特惠|优惠|团购价|活动价|秒杀|超值|划算|实惠|省钱|更省|省[0-9]|福利|到手"
    r"|买[0-9一二两三四五]送|赚到|便宜|折扣|[0-9一二三四五六七八九]折|平时|平常|日常|原价|零售价|门市价"
)
#: What a pack holds besides its units, said with it (11支包装款98元（含包装纸和丝带）): a dearer
#: pack that says what the difference buys.
_PACK_EXTRAS = re.compile(
    r"含[\u4e00-\u9fff]{0,4}?(?:包装纸|丝带|礼盒|贺卡|花瓶|礼袋|手提袋|花篮)|包装好|扎好"
    # …or is sold in a gift box (6个礼盒装48元, 单个8元): the box comes on top of the units.
    r"|礼盒装"
)


def pack_not_cheaper(span: str) -> str | None:
    """When a pack of N units costs at least N × the unit price the copy itself gives, the
    arithmetic; else None. ``约`` before the count allows 5 % for the weight. The unit price is
    read as the usual price of a weight or a piece (平时12元一斤 … 2斤装只要25元) or as a single
    unit's beside the box (整箱69元，单盒才3.5元，12盒一箱); a set of items (套餐, 组合) is held to
    the sum of its items' own prices given after it (套餐42元（拿铁单点18，可颂单点20）), or of
    each item's count times its rate (苹果3斤+梨2斤（苹果8元/斤，梨7元/斤）).
    Prices in Chinese numerals are read (单盒十五，三盒装四十九), and one unit's price said first
    (苹果买一斤8元，买两斤只要20元). A pack that says it holds more than the units (含包装纸和丝带,
    含礼盒, 6个礼盒装) is not held to their sum; a total worked out from the single price
    (3件合计135元) is not a pack's price."""
    span = _arabic(_DAYS_AND_HOURS.sub("", span))
    offered = _PACK_OFFERED.search(span) is not None
    if _PACK_EXTRAS.search(span):
        return None  # the pack holds more than the units: wrapping, a gift box, a vase
    if (bundle := _bundle(span)) is not None:
        paid, parts = bundle
        if paid < sum(parts) - 0.005:
            return None
        listed = " + ".join(_money(p) for p in parts)
        return (
            f"按广告自己标的单品价，{listed} = {_money(sum(parts))} 元，"
            f"套餐却要 {_money(paid)} 元，并不便宜"
        )
    if (
        (one := _ONE_UNIT.search(span)) is not None
        and (more := _MORE_UNITS.search(span, one.end())) is not None
        and more.group(2) == one.group(1)
    ):
        each, word = float(one.group(2)), one.group(1)
        return _no_cheaper(
            _number(more.group(1)),
            each,
            float(more.group(3)),
            word,
            f"单价 {_money(each)} 元/{word}",
            offered=offered,
        )
    unit = _UNIT_PRICE.search(span)
    if unit is None:
        single = _single_unit_pack(span)
        if single is None:
            return None
        count, each, paid, word = single
        return _no_cheaper(
            count, each, paid, word, f"单{word}价 {_money(each)} 元", "整件却要", offered=offered
        )
    pack = next((m for m in _PACK.finditer(span, unit.end()) if m.group(3) == unit.group(2)), None)
    asked = _PACK_PRICE.search(span, pack.end()) if pack else None
    if pack is None or asked is None:
        return None
    each, word = float(unit.group(1)), unit.group(2)
    return _no_cheaper(
        _number(pack.group(2)),
        each,
        float(asked.group(1)),
        word,
        f"单价 {_money(each)} 元/{word}",
        slack=1.05 if pack.group(1) else 1.0,
        offered=offered,
    )


def _no_cheaper(
    count: float,
    each: float,
    paid: float,
    word: str,
    rate: str,
    charged: str = "广告却要",
    slack: float = 1.0,
    offered: bool = True,
) -> str | None:
    """The arithmetic when ``count`` units at ``each`` (``slack`` more for a weight told with
    约) cost no more than the ``paid`` asked for them together, told with the copy's own
    ``rate``; else None (one unit is no pack). A pack at exactly its units' price is only a
    price list unless it is ``offered`` as a deal (只要, 特惠, 更划算: ``_PACK_OFFERED``): the
    rule's own remedy is a pack no dearer than its units or no saving claimed."""
    if count <= 1 or paid < count * each * slack - 0.005:
        return None
    if not offered and paid <= count * each + 0.005:
        return None
    return (
        f"按广告自己标的{rate}，{_money(count)}{word}应为 {_money(count * each)} 元，"
        f"{charged} {_money(paid)} 元，并不便宜"
    )


#: A marked price (标价12.8元一斤, 价签写12.8) and the price settled at the till after it
#: (下单统一按15.8结算, 结账按15收).
_MARKED = re.compile(rf"(?:价签|标价|牌子上|价牌|标签)\D{{0,4}}?({_NUMBER})")
_SETTLED = re.compile(
    rf"(?:按|收|算)\D{{0,4}}?({_NUMBER})\s*(?:元|块)?\D{{0,4}}?(?:结算|收|算|付)?"
)


def settled_above_marked(span: str) -> str | None:
    """When the price settled (按15.8结算) is above the price marked before it (标价12.8), the
    figures; else None: a discount settled below the mark (8折，标价12元的按9.6元结算) is the
    offer kept (《价格法》第十三条第二款: 不得在标价之外加价出售)."""
    if (found := _in_turn(span, _MARKED, _SETTLED)) is None:
        return None
    marked, settled = found
    mark, paid = float(marked.group(1)), float(settled.group(1))
    if paid <= mark + 0.005:
        return None
    return f"标价 {_money(mark)} 元，结算却按 {_money(paid)} 元，高于标价"


#: A note marker that opens a footnote: an asterisk or ※ that is not part of a masked run
#: (138****5678, M***n) and does not follow a letter or a digit (2*3), or a note's label
#: (注：, 小字：, PS:); 备注 asked of the buyer (请备注：, 改备注：, 下单时备注：楼号) is an
#: instruction, not a note.
_NOTE_MARKER = re.compile(
    r"(?<![0-9A-Za-z*＊])[*＊※](?![*＊])|(?<![改请写备时])(?:注|备注|小字|PS|ps)\s*[:：]"
)


def footnote_condition(span: str) -> str | None:
    """When the condition that ends ``span`` stands in a footnote opened by a note marker after
    the offer (全免🎹 *每月收取琴房使用费480元), what the footnote says; else None. The pattern
    stops at the first condition after the offer, so a marker in the span comes before it."""
    marker = _NOTE_MARKER.search(span)
    if marker is None:
        return None
    note = span[marker.end() :].strip()
    return f"优惠写在正文，不利条件却放在脚注里（“{marker.group(0)}{note}”），属显著弱化标示"


_UNIT = r"半斤|斤|两|公斤|千克|kg|[0-9]+\s*(?:克|g)|个|只|份|盒|袋|箱|瓶|杯"
#: The price as marked with its unit (9.9元/斤, 9.9元一斤, 每斤9.9元).
_MARKED_UNIT = re.compile(
    rf"{_NUMBER}\s*(?:元|块)\s*(?:/|每|一)\s*({_UNIT})|每\s*({_UNIT})\s*{_NUMBER}\s*(?:元|块)"
)
#: The unit a note says the price is really for (标价为每半斤价格, 价格按每100克计).
_NOTED_UNIT = re.compile(rf"(?:标价|价格|售价|单价|价钱)\s*(?:为|是|按|系|指)?\s*每\s*({_UNIT})")
_GRAMS = {"半斤": 250.0, "斤": 500.0, "两": 50.0, "公斤": 1000.0, "千克": 1000.0, "kg": 1000.0}


def _grams(unit: str) -> float | None:
    """The weight of ``unit`` in grams (斤 500, 100克 100), None for a count (个, 盒)."""
    unit = re.sub(r"\s+", "", unit)
    if unit in _GRAMS:
        return _GRAMS[unit]
    weighed = re.fullmatch(r"([0-9]+)(?:克|g)", unit)
    return float(weighed.group(1)) if weighed else None


#: A bare price with its unit, a 两 or half a 斤 where a buyer reads a 斤, left to a bracket after
#: it (仅5.8！！！（每两）, 12.8元💥（半斤价）) or set off behind exclamation marks (8.8元!!! /两);
#: a pack's weight (39.9（每200克）) is the pack's.
_BRACKETED_UNIT = re.compile(
    rf"{_NUMBER}\s*(?:元|块)?(?:[^\n（(0-9]{{0,6}}?[（(]\s*(?:每|/|一)?\s*(两|半斤)\s*(?:价格?|的价格?)?\s*(?:[)）]|$)"
    # …or behind exclamation marks or a pictograph, at once or after a few words (8.8元!!! /两;
    # 只卖15元！按两称; 只要9块9‼️今天刚到，规格：每两; 草莓 💥12.8💥 又大又甜 每半斤).
    r"|\s*(?:[!！‼]|[\U0001F300-\U0001FAFF])+\ufe0f?[^\n0-9]{0,12}?(?:按|每|/)\s*(两|半斤)"
    r"(?![0-9天周个次年月日位人件份盒瓶杯只斤星礼]))"
)


def unit_redefined(span: str) -> str | None:
    """When a note after a price marked per unit says the price is for another quantity
    (特价9.9元/斤！（标价为每半斤价格）: the buyer pays 19.8 元 a 斤), or a bare price leaves its
    unit, a 两 or half a 斤, to a bracket after it (巨峰葡萄 仅5.8！！！（每两）: 58 元 a 斤), why;
    else None. Weights are compared in grams (500克 is a 斤); a count (个, 盒) only by its name."""
    if (found := _in_turn(span, _MARKED_UNIT, _NOTED_UNIT)) is None:
        if (bracketed := _BRACKETED_UNIT.search(span)) is None:
            return None
        unit = bracketed.group(1) or bracketed.group(2)
        grams = _GRAMS[unit]
        return (
            f"价格只写数字，计价单位（每{unit}）放在括号小字里或隔在感叹号后，"
            f"按斤计实付是看到的 {_money(_GRAMS['斤'] / grams)} 倍，误导顾客"
        )
    marked, noted = found
    shown, real = marked.group(1) or marked.group(2), noted.group(1)
    shown_g, real_g = _grams(shown), _grams(real)
    weighed = shown_g is not None and real_g is not None
    if (shown_g == real_g) if weighed else (shown == real):
        return None
    return f"价格标成每{shown}，小字却说标价是每{real}的价格，计价单位前后不一，误导顾客"


#: A condition against the buyer inside brackets: a requirement (需、须, not a booking, a proof
#: of who one is or how to come), a charge on top (另收, 加收, 补差), a gate (方可, 才能), a
#: quota (仅限前3名, 仅限每日第一位) or what the price is really for (此价为, 18元为…).
_BRACKET_CONDITION = re.compile(
    # (not the count a single price is multiplied by: 单次8元，10次需80元)
    # (nor how long a gift keeps: 送2节私教课（价值200元，需在3个月内使用）; nor a second cup's
    # first: 第二杯5元（需同时购买）)
    r"(?<![0-9一二两三四五六七八九十]次)[需须](?!要|提前|预约|干净|洗净|清洁|业主|本人|同意|确认|凭|出示|携带|自带|带|排队|到店|自提|登记|实名|空腹|穿|戴|家长|陪同|成人|同一时段|同时到店|一同到店"
    r"|在\s*[0-9一二两三四五六七八九十半]+\s*个?\s*(?:月|天|日|周|年)\s*内\s*(?:使用|用完|核销)|同时购买)"
    # (not an extra the buyer adds, parts a repair needs or a charge waived: 加料另计, 配件另计,
    # 维修的话不另收; nor a service outside the offer said to be paid, no amount hidden, or the
    # far districts' delivery: 精洗、打蜡另收费, 郊县另收运费8元)
    r"|(?<!加料)(?<!小料)(?<!配料)(?<!加量)(?<!配件)(?<!不)(?<!郊县)(?<!郊区)(?<!偏远地区)(?<!外区)(?<!实际)(?<!配送费)(?<!运费)"
    r"(?:另收(?!费\s*(?:$|[，,。、；;]))|另付|另需|另计|另加)|(?<!或)补差|加收|方可|才能|才可|才享"
    # (a first visit, the buyer's own eligibility as a new customer, is not a quota: 仅限首次到店)
    # (nor a date: 今日特价（仅限11月3日）)
    r"|仅限\s*(?:前|每日|每天|第一|首(?!次)|[0-9一二两三](?![0-9]?\s*月))|此价为|仅为"
    # …a figure said to be something else (18元为外壳擦拭价), not the reference's basis as the rules
    # name it (199元为活动前7天内店里的最低成交价) or the price charged for a past year
    # (35元为本店2023年全年执行价格).
    r"|[0-9.]+\s*元?\s*为(?!\s*(?:本店|店里|店内)?\s*(?:活动|促销|降价)?前\s*(?:7|七)\s*(?:日|天)"
    r"|\s*(?:本店|店里|店内)?\s*(?:[0-9]{4}\s*年|去年)\s*(?:全年|全年度)?\s*的?\s*(?:执行|实际|成交|销售)"
    # (nor the days just before, told as the price charged: 4.98元为本周一至昨天售价)
    r"|\s*(?:本店|店里|店内)?\s*(?:本周[一二三四五六日天]?|上周[一二三四五六日天]?|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日?)"
    r"\s*(?:至|到|-|—|–)\s*(?:昨天|昨日|[0-9]{1,2}\s*[日号]?)\s*的?\s*(?:实际)?\s*(?:售价|成交价))"
    # The price everyone else pays, told in the bracket (其他时段68元): the offer is a narrow slot.
    r"|(?:其他|其余|其它|非活动)\s*(?:时段|时间|日期|日子)\s*(?:均为|均|为|都是|是|按)?\s*[0-9.]+\s*元"
    # …or a window of an hour or two (仅周二上午9点至10点, 限工作日早6-7点使用).
    r"|(?:限|仅限|仅)\s*(?:每周|工作日|周末)?\s*(?:周[一二三四五六日天]|星期[一二三四五六日天])?"
    r"\s*(?:早上?|上午|中午|下午|晚上?)?\s*[0-9]{1,2}\s*(?:点|时)?\s*[-—~～至到]\s*[0-9]{1,2}\s*(?:点|时)"
    # …or one weekday before an early hour (仅限周一早8点前); a quota per buyer (每人限1次) is not.
    r"|(?:限|仅限|仅)\s*(?:每周)?\s*(?:周[一二三四五六日天]|星期[一二三四五六日天])\s*(?:早上?|上午|凌晨)?"
    r"\s*[0-9]{1,2}\s*(?:点|时)\s*(?:前|以前|之前)"
)
#: A spending threshold a coupon is used above (满500元可用, 单笔满300可用); 满0元 is none.
_THRESHOLD = re.compile(
    r"满\s*[1-9][0-9]*(?:\.[0-9]+)?\s*(?:元|块)?\s*(?:可用|可使用|使用|方可|才能|才可)"
)
#: A bracket and what it holds, to its close or the end of the span.
_BRACKET = re.compile(r"[（(]([^）)]*)")
#: A charge on top told as a rate per unit (无电梯按每层另加20元) or as the delivery to the regions
#: an offer leaves out (新疆、西藏、青海除外，这三地加收运费15元): the price of each, told.
_RATE_TOLD = re.compile(
    r"按\s*每\s*[\u4e00-\u9fff]{1,3}\s*另\s*(?:收|加|计|付)\s*[0-9.]+\s*元"
    r"|(?:除外|地区|省份|三地|两地)[^）)]{0,6}?(?:加收|另收)\s*(?:运费|邮费)\s*[0-9.]+\s*元"
)
#: A bracket that holds nothing but a charge and its amount (另收50元) …
_CHARGE_ALONE = re.compile(r"\s*另\s*(?:收|加|计|付)\s*[0-9.]+\s*元\s*")
#: … after an extra the buyer may ask for (旧床垫可代为搬走, 可以绣孩子名字): the extra's price,
#: not a condition of the offer (须先做洗吹护理（另计30元） is one).
_EXTRA_OFFERED = re.compile(r"可(?:以)?\s*(?:代为|代|帮忙|帮|上门|提供|加|绣|刻|印|定制)")
#: What ends a clause, to find the one a bracket follows.
_CLAUSE_START = re.compile(r"[，,。；;！？!?\n]")


def bracket_condition(span: str) -> str | None:
    """When a bracket after the offer that opens ``span`` holds a condition against the buyer
    (1元抢鸡蛋（每日仅限前3名）; 空调清洗18元/台（18元为外壳擦拭价，内机拆洗另需150元）; a
    threshold under a coupon called 无门槛: 100元无门槛券（单笔满2000元可用）), what the bracket
    says; else None. A bracket of specifications or exclusions listed in full (不含箱, 特价品除外),
    of a booking (需提前预约), of a rate per unit (按每层另加20元) or of the price of an extra the
    buyer may ask for (旧床垫可代为搬走（另收50元）) is not one, nor a coupon's threshold where the
    coupon is not said to have none (10元券（满100元可用）: the coupon's own term)."""
    for bracket in _BRACKET.finditer(span, 1):  # after the offer the span opens with
        note = bracket.group(1)
        if "无门槛" in span[: bracket.start()] and _THRESHOLD.search(note):
            return f"标题写“无门槛”，括号小字却设了使用门槛（“{note.strip()}”），弱化标示"
        if _CHARGE_ALONE.fullmatch(note):
            clause = _CLAUSE_START.split(span[: bracket.start()])[-1]
            if _EXTRA_OFFERED.search(clause):
                continue
        if _BRACKET_CONDITION.search(_RATE_TOLD.sub("", note)):
            return f"优惠写在正文，不利条件却放在括号小字里（“{note.strip()}”），弱化标示"
    return None


#: An offer of something for nothing or for one 元 (0元领, 免费剪发, 1元抢).
_FREE = re.compile(
    r"(?<![0-9.])(?:0|零)\s*元(?!\s*起)|免费|白送|白拿|不要钱|(?<![0-9.])(?:1|一)\s*元\s*(?:抢|领|购|秒|拿)"
    # A gift on walking in, a cent's price (进店即送价值1888元的套餐, 1分钱拼团, 0.01元抢).
    r"|(?:进店|到店|进门)(?:即|就)送|(?<![0-9.])(?:1|一)\s*分钱|(?<![0-9.])0\.01\s*元"
)
#: A payment the same copy makes the buyer owe for it (只需支付运费29.9元, 到店需支付检查费50元,
#: 先交500元, 下单时支付39元, 办卡时收199元, 到店付99元): a word of obligation or the moment it is
#: paid, then the payment and its amount.
_OWED = re.compile(
    r"(?:(?:需|须|只需|只要|必须|要先|得先|还得|还要|先|到店|进店|领取|取货|提货)[\u4e00-\u9fff]{0,6}?(?:支付|付|交|缴|补)"
    r"|(?:时|后|完|当天|当场)[\u4e00-\u9fff]{0,2}?(?:支付|付|交|缴|收取|收)"
    # …or a charge the shop takes, made to sound small or taken at once (到店只收耗材费198元,
    # 签约即扣款3980元); one stated as extra beside the offer (体验免费，耗材另收58元) is the
    # price told.
    r"|(?:只|仅|就)收(?:取)?|(?:即|就|自动|立即|当场)(?:扣款|扣费|划扣|扣除))"
    r"(?:[\u4e00-\u9fff“”\"]{0,10}?([0-9]+(?:\.[0-9]+)?)\s*(?:元|块|(?=\s*[，,。！!]|\s*$|\s*(?:而已|就行|就好|即可)))"
    # …or a term's fee with no amount at all (试听前需先预交一学期学费).
    r"|[\u4e00-\u9fff]{0,6}?(学费|年费|会费|课时费|全款))"
)
#: Money said to come back, whole (离店全额退还), not a share of it (不满意可退80%).
_REFUNDED = re.compile(
    r"(?<!不)(?:可退|全额退|退还|原路退|随时退|离店退)(?!\s*[0-9一二三四五六七八九]+\s*(?:%|％|成))"
)
#: The free part bounded, the payment for what goes past it (免费停车，超过2小时需支付停车费).
_BEYOND = re.compile(r"超过|超出|超时|以上|之外|以外|逾期|损坏|丢失")
#: A payment for something more, chosen, right after it (到店支付99元可升级套餐): not a fee for the
#: free part.
_OPTIONAL = re.compile(r"[^\n]?(?:可|能|即可)?(?:升级|加购|换购|选购|另购)")


def free_then_pay(span: str) -> str | None:
    """When an offer of something for nothing (0元领, 免费, 1元抢) is followed by a payment the
    copy makes the buyer owe for it, more than one 元 and not refunded (免费领鸡蛋10枚！只需支付
    包装配送费19.9元; 0元试听…需先预交一学期学费), why; else None. A deposit returned (押金200元，
    离店全额退还) is not one, nor a fee for what goes past the free part (免费停车，超过2小时需
    支付停车费10元) or for more, chosen (到店支付99元可升级套餐)."""
    if (found := _in_turn(span, _FREE, _OWED)) is None:
        return None
    offer, owed = found
    amount = float(owed.group(1)) if owed.group(1) else None
    if amount is not None and amount <= 1:
        return None
    if amount is None and "先" not in owed.group(0):  # a term's fee paid after (报名后再交学费)
        return None
    if _REFUNDED.search(span, owed.start(), owed.end() + 20):
        return None
    if _BEYOND.search(span, offer.end(), owed.start()):
        return None
    if _OPTIONAL.match(span, owed.end()):
        return None
    paid = f"{_money(amount)} 元" if amount is not None else f"一笔{owed.group(2)}"
    return (
        f"标题说“{offer.group(0)}”，同一则广告却要顾客先付{paid}"
        f"（“{owed.group(0)}”），并非免费或标示的低价"
    )


#: A token price (1元, 0.99元, 一块钱, 两块钱) and a total quota of three or fewer after it
#: (每日仅限1份, 限前3名, 每个自提点限量1份); a limit per buyer (每人限购1份) is not a total.
_TOKEN_PRICE = re.compile(
    r"(?<![0-9.])(?:0\.[0-9]+|1(?:\.[0-9]+)?|2)\s*元|一块钱|一元|1块钱?|两块钱"
)
_TINY_QUOTA = re.compile(
    r"(?<!每人)(?<!每户)(?<!每位)(?:限前|仅限前|只限前|前)\s*([0-9一二两三])\s*(?:名|位|个|单)"
    r"|(?<!每人)(?<!每户)(?:仅限|只限|限量|只有|仅有|仅)\s*([0-9一二两三])\s*(?:份|个|名|单|串|盒|袋|箱|斤)"
    # …or a day's quota of one to three buyers (每日限1名, 每天限2位).
    r"|(?:每日|每天|当日|今日|每场)\s*限\s*([0-9一二两三])\s*(?:名|位|单)"
)


#: A price promised to all (人人有份, 人人都有): any price then offered to three or fewer is bait.
_FOR_EVERYONE = re.compile(r"人人有份|人人都有|保证人人|家家有份")


def bait_quota(span: str) -> str | None:
    """When a token price (1元抢, 一块钱一斤) is offered to three buyers or fewer in all (每日仅限
    1份, 限前3名), or any price promised to everyone (五常大米9.9元一袋人人有份！每天限量1袋), why:
    the price draws everyone and almost no one gets it; else None. A limit per buyer (每人限购1份)
    is not a total."""
    found = _in_turn(span, _TOKEN_PRICE, _TINY_QUOTA)
    if found is None and _FOR_EVERYONE.search(span):
        found = _in_turn(span, _MONEY, _TINY_QUOTA)
    if found is None:
        return None
    price, quota = found
    return (
        f"以“{price.group(0)}”的低价招揽所有人，却只有“{quota.group(0)}”能买到，"
        "以虚假的低价诱骗交易"
    )


#: What the buyers who miss the headline price pay instead (其余按市场价; 名额已满的可按原价
#: 299元购买; 其他顾客按原价68; 没抢到的可买69元一袋的同款; 售罄后自动按198元月卡下单; the
#: window's sample 不单独出售，同款现货按399元结算; 否则按280元/节补交差价): a
#: reference price by name (group 1) with or without its figure (group 2), or a figure (group 3;
#: group 4 after ¥: 来晚了就买 ¥18 的).
_REST_PAY = re.compile(
    r"(?:其余|其他(?:顾客|客人|人)?|没抢到的?|抢不到的?|名额(?:已满|满了?)的?|售罄后?|售完后?|抢完后?"
    r"|卖完后?|超出(?:名额|部分)?的?|来晚了?的?|晚来的?|不单独出售|不单卖|非卖品|否则)"
    r"[^。\n]{0,12}?(?:按|可买|可按|改按|自动按|恢复|一律按|照|就买|只能买)[^。\n]{0,6}?"
    rf"(?:(原价|市场价|正常价|门市价|日常价|零售价)\D{{0,2}}?({_NUMBER})?|({_NUMBER})\s*(?:元|块|/|$)"
    rf"|[¥￥]\s*({_NUMBER}))"
)
#: The headline price the few get (5元一斤, 秒杀价1元, 0元剪发, 0.01元大米, 9块9 read as 9.9元,
#: 秒杀价 ¥1).
_LURE_PRICE = re.compile(rf"(?<![0-9.])({_NUMBER})\s*(?:元|块)|(免费|白送)")
#: …or, with no 元, the figure after a sale word (秒杀价 ¥1).
_LURE_NAMED = re.compile(rf"(?:秒杀价?|特价|活动价)\D{{0,3}}?({_NUMBER})")
#: How many get it, in all (前3名, 仅限每天第1位, 前10位, 限量50份); not a limit per buyer.
_QUOTA = re.compile(
    r"(?<!每人)(?<!每户)(?<!每位)(?:前|限|仅|只有|第|限量)\s*([0-9]+|[一二两三四五六七八九十]+)\s*"
    r"(?:名|位|个|单|份|斤|盒|袋|箱|瓶|串|杯|张|件|只)"
)
#: The figure a headline price must be outdone by for the rest's price to be a switch, not a sale
#: that ended: five times (1元 → 299元, 9.9元 → 198元, 0.01元 → 69元); a lawful flash sale ends
#: at the everyday price, rarely above twice the sale's (前100名9.9元，之后恢复19.9元).
SWITCH_RATIO = 5.0
#: The most buyers a lure may serve: a quota stated above it is a promotion with its stock told.
LURE_QUOTA = 10


def bait_switch(span: str) -> str | None:
    """When a low headline price (猪肉5元一斤, 秒杀价1元, 0元剪发) is had by a handful
    (每天仅限前3名, 前10位, 名额有限) and everyone else pays another, higher price
    (其余按市场价, 名额已满的可按原价299元购买, 没抢到的可买69元一袋的同款,
    售罄后自动按198元月卡下单), why: the low price draws the buyer and the higher one
    is what is settled, 《明码标价和禁止价格欺诈规定》第十九条第（二）项; else None.
    The rest's figure must be five times the headline's or more, or, told by name (市场价),
    the quota must be given; a quota above ten (限量100份，售完恢复原价) is a promotion
    whose stock is told."""
    rest = _REST_PAY.search(span)
    if rest is None:
        return None
    lure = _LURE_PRICE.search(span, 0, rest.start()) or _LURE_NAMED.search(span, 0, rest.start())
    if lure is None:
        return None
    quotas = [_number(q.group(1)) for q in _QUOTA.finditer(span, 0, rest.start())]
    if any(q > LURE_QUOTA for q in quotas):
        return None
    headline = 0.0 if lure.re is _LURE_PRICE and lure.group(2) else float(lure.group(1))
    figure = rest.group(2) or rest.group(3) or rest.group(4)
    if figure is None and (named := _REFERENCE.search(span)) is not None:
        figure = named.group(1)  # 19.9元抢原价199体检套餐…名额已满，可按原价预约
    if figure is None:
        if not quotas:
            return None
    elif float(figure) < SWITCH_RATIO * headline:
        return None
    return (
        f"以“{lure.group(0)}”招揽，只有少数人能买到，其余的人按“{rest.group(0)}”结算："
        "以低价诱骗、以高价结算"
    )


#: A price said to include everything (一口价, 全包, 不加价, 无额外费用), not where it is denied
#: (不是一口价).
_ALL_IN = re.compile(
    r"(?<!不是)(?<!并非)(?<![不没非])(?:一口价|全包价?|全包了|不加价|绝不加价|无任何额外|无额外|没有额外|不另收|不再收"
    r"|全含|全部包含|都包含|包干|包一切)"
)
#: A charge the same copy adds on top (另行报价, 另计, 加收, 补差, 按实际面积收费), or
#: leaves out of the price unpriced (一口价…不含上下楼、搬运、打包费), not one it denies
#: (不另收); group 1 marks one priced where it is offered (打蜡另加60元).
_ON_TOP = re.compile(
    r"(?<![不无没])(?:另行报价|另外报价|另收|另计|另付|另加|加收|补差|单独计费|单独收费|分开计费"
    r"|额外收取?|需加|要加|再收|另算|另行收费|另按|按实际[\u4e00-\u9fff]{0,8}?(?:收费|计费|报价|另算)"
    r"|不含[^，,。；;！!？?\n]{0,16}?费)"
    r"(\s*[0-9])?"
)

#: A price given within the clause after a fee left out of an all-in price (不含加氟费30元).
_PRICED_AFTER = re.compile(r"[^。！!？?\n]{0,20}?[0-9.]+\s*(?:元|块)")


def not_all_in(span: str) -> str | None:
    """When a price said to include everything (一口价199元, 全包, 全程不加价) is followed by a
    charge the same copy adds on top (按实际面积另行报价, 楼层费…另计, 发长过肩需另外补差), why;
    else None. A 一口价 is the price of the service it names: an option priced where it is
    offered (打蜡另加60元, 超时每小时加40元) is a marked price of its own, which tune45b's
    writers and the earlier labels pass; after 全包, 不加价 or 无额外 any charge on top
    contradicts the claim (一口价39元，绝不加价！真丝每件另加20元). A fee the copy leaves out of
    the price without pricing it (一口价198元，不含上下楼、搬运、打包费) is a charge not marked
    (《价格法》第十三条第二款); one priced just after (不含加氟费30元) is an option."""
    claim = _ALL_IN.search(span)
    if claim is None:
        return None
    one_price = all(m.group(0) == "一口价" for m in _ALL_IN.finditer(span))
    for extra in _ON_TOP.finditer(span, claim.end()):
        if one_price and extra.group(1):
            continue
        if extra.group(0).startswith("不含") and _PRICED_AFTER.match(span, extra.end()):
            continue  # the fee left out is priced just after (不含打蜡费，打蜡另加20元)
        shown = extra.group(0).rstrip("0123456789 ")
        return f"广告称“{claim.group(0)}”，同一则广告却又“{shown}”，价格并不包含全部费用"
    return None


#: The headline price at the start of the span: a figure in 元, 块, 分 or 毛 (1分钱, 一毛钱), or
#: nothing at all (0元, 免费).
_HEADLINE_PRICE = re.compile(
    rf"({_NUMBER})\s*(元|块|分钱|毛钱|(?=/\s*斤))|([一两])\s*(分钱|毛钱|块钱|元)|(?<![0-9.])(0)\s*(元)|(免费)()"
)
_AMOUNT = rf"({_NUMBER})\s*(万)?\s*(?:元|块)"
#: What the buyer must spend or buy before the headline price applies: a spending threshold
#: said as a condition (需当天在店消费满299元才可购买, 领取条件：当天下单满99元, 满199元才能1元
#: 加购), a purchase required first (须搭配购买一箱苹果(88元/箱), 需先办理2980元年卡,
#: 需缴纳入会费299元), or a card or goods bought to unlock it (办理300元储值卡即可享受,
#: 到店买一套168元的理疗贴就能开始).
_GATE = re.compile(
    rf"(?:(?<![无不毋免])(?:需|须)|条件|要求|仅限|只限|(?:再|并)(?:下单|购买|消费))[^\n]{{0,14}}?满\s*{_AMOUNT}"
    rf"|满\s*{_AMOUNT}[^\n]{{0,14}}?(?:方可|才能|才可|才|方能|可以|可|后)[^\n]{{0,6}}?"
    r"(?:购买|买|加购|参与|参加|享|按此价|抢|购|换购|下单|抵扣|领|兑换)"
    # 不需要购买: 要 after 需 is the same word, denied.
    r"|(?<![无不毋免需])(?:需|须|要)\s*(?:先|同时|一次性|搭配|另外)?\s*"
    rf"(?:搭配购买|购买|买|办理|办|缴纳|预交|交|充值|充)[^\n]{{0,20}}?{_AMOUNT}"
    rf"|(?:办理?|充值?|购买|买(?:一|1)?(?:套|份|盒|个|瓶|张|支)?)\s*{_AMOUNT}[^\n]{{0,8}}?"
    r"(?:即可|才能|才可|方可|才|就能)\s*(?:享受?|参与|购买|预约|使用|领取|开始|做|体验)"
    # …or stored value that makes the member the offer is for (储值1000元金卡会员专享).
    rf"|(?:储值|充值|充)\s*{_AMOUNT}[^\n]{{0,8}}?(?:专享|独享|才享|方可享|才能享)"
)
#: A discount as the headline (全场面包5折, 第二件半价) when no price heads the copy: only a
#: purchase (a card, stored value) gates it, since a spending threshold after a discount
#: (全场8折，满99元可享) is how such promotions are ordinarily told.
_HEADLINE_DISCOUNT = re.compile(rf"{_FIGURE}\s*折|半价")


def _hidden_by_layout(span: str, start: int, end: int) -> bool:
    """Whether a footnote marker or an opening bracket stands between ``start`` and ``end``: the
    condition is then the footnote's or the bracket's to read (``footnote_condition``,
    ``bracket_condition``), which say how it was hidden."""
    return bool(_NOTE_MARKER.search(span, start, end) or _BRACKET.search(span, start, end))


#: A member price stated after the headline price (洗剪吹35元；会员价28元，会员卡需充值300元):
#: the headline is the ordinary price anyone pays, the gate the member price's.
_MEMBER_PRICE_AFTER = re.compile(r"会员价\s*[：:]?\s*[0-9]")


#: A spending threshold said after a 满减 headline (满100减99！仅限单笔消费满1000元的顾客).
_LATER_THRESHOLD = re.compile(
    rf"(?:仅限|只限|须|需|要求|条件)[^\n]{{0,10}}?满\s*({_NUMBER})\s*(?:元|块)"
)


#: A deposit, returned (押金, 租借需交保证金200元…原路退回): no price.
_DEPOSIT = ("押金", "保证金")
#: A threshold that gates a delivery, said just before it (送货上门需满50元; 配送须满39元).
_DELIVERY_GATE = re.compile(
    r"(?:送货|配送|上门|外送|送到家|送上楼|包邮|免运费|免配送费)[\u4e00-\u9fff]{0,2}(?=需|须|要)"
)


def bait_threshold(span: str) -> str | None:
    """When a headline price (鸡蛋1分钱一斤！, 0元领鸡蛋) can be had only after spending or buying
    something first, said after it (需当天在店消费满299元才可购买; 须搭配购买一箱苹果(88元/箱)方可
    下单; 需先办理2980元年卡才能预约), why: the low price draws the buyer to a bill the headline
    does not show; else None. A spending threshold counts from ten times the headline price, a
    purchase from the headline price itself (免费 and 0元: any); a deposit is no price. A 换购
    that states the threshold first (单笔满30元加1元换购酸奶) is an ordinary promotion: the
    threshold leads, the pattern does not start there, nor a member price said after the ordinary
    one with its card's cost (洗剪吹35元；会员价28元，会员卡需充值300元). A discount heads the
    copy (全场面包5折…储值1000元金卡会员专享) only where no price does, and only a purchase gates
    it. A 满减 headline whose small print asks twice its threshold or more (满100减99！仅限单笔消费
    满1000元的顾客) is read the same way."""
    spend = _SPEND_OFF.search(span)
    later = _LATER_THRESHOLD.search(span, spend.end()) if spend else None
    if spend and later and float(later.group(1)) >= 2 * float(spend.group(1)):
        return f"标题“{spend.group(0)}”，同一则广告却要求“{later.group(0)}”才能享受，门槛远高于标题"
    found = _in_turn(span, _HEADLINE_PRICE, _GATE)
    discounted = found is None
    if discounted:
        found = _in_turn(span, _HEADLINE_DISCOUNT, _GATE)
    if found is None:
        return None
    price, gate = found
    if any(word in span[gate.start() : gate.end() + 4] for word in _DEPOSIT):
        return None  # a deposit is no price (free_then_pay reads one never returned)
    if _DELIVERY_GATE.search(span, max(0, gate.start() - 6), gate.start() + 1):
        return None  # the threshold is the delivery's (送货上门需满50元), not the price's
    if _hidden_by_layout(span, price.end(), gate.start()) or "会员价" in span[: price.start()]:
        return None
    if _MEMBER_PRICE_AFTER.search(span, price.end(), gate.start()):
        return None  # the ordinary price first, the gated one a member price beside it
    # Groups 1-4 are a spending threshold, 5-10 a purchase required first.
    n = next(n for n in (1, 3, 5, 7, 9) if gate.group(n))
    amount = float(gate.group(n)) * (10000 if gate.group(n + 1) else 1)
    if discounted:
        if n < 5:
            return None
    else:
        figure, unit = next(
            (price.group(n), price.group(n + 1) or "") for n in (1, 3, 5, 7) if price.group(n)
        )
        value = _number(figure) if figure != "免费" else 0.0
        value /= 100 if unit.startswith("分") else 10 if unit.startswith("毛") else 1
        if value > 0 and amount < (10 if n < 5 else 1) * value:
            return None
    headline = "标题" if discounted else "标题价"
    return (
        f"{headline}“{price.group(0)}”要先花 {_money(amount)} 元才能享受（“{gate.group(0)}”），"
        "以低价诱骗交易"
    )


#: 买一送一, 买二送一, 做一送一, 买一份卤牛肉送一份: a count of the goods given with a count bought,
#: so the gift reads as more of the same goods.
_COUNT_FOR_COUNT = re.compile(
    r"(?:买|做)\s*([0-9一二两三四五]+)\s*[\u4e00-\u9fff]{0,6}?\s*送\s*([0-9一二两三四五]+)"
)
#: What the copy then says is given, when it is not the goods: a voucher, points, a draw, a
#: sample (送的是代金券, 赠品为同品牌50克试用装, 送的那袋按等值积分发到会员卡, 赠送的是抽奖机会).
_NOT_THE_GOODS = re.compile(
    r"(?:送|赠)[\u4e00-\u9fff]{0,3}?(?:是|为|按)"
    r"([^\n]{0,16}?(?:券|积分|抵用金|储值|抽奖|机会|试用装|试吃装?|体验装|小份装?|小样|样品))"
)


def gift_not_goods(span: str) -> str | None:
    """When 买一送一 (a count of the goods for a count bought) turns out to give something else:
    a voucher, points, a draw or a sample (送的是同等面值代金券; 赠品为同品牌猫砂50克试用装), why:
    the gift the headline promises is not the goods; else None. A gift that is the goods (送的是
    同款一杯) is the offer kept."""
    if (found := _in_turn(span, _COUNT_FOR_COUNT, _NOT_THE_GOODS)) is None:
        return None
    offer, gift = found
    return f"“{offer.group(0)}”让人以为送的是同样的商品，实际送的是“{gift.group(1)}”"


#: A gift's stated value (送价值999元的保温杯, 赠价值1280元的私教课) and a draw or a prize, whose
#: value is a chance, not a gift (满50元抽一次…一等奖价值299元).
_GIFT_VALUE = re.compile(rf"(?:送|赠)[^\n0-9]{{0,6}}?价值\s*({_NUMBER})\s*(?:元|块)")
_DRAW = re.compile(r"抽|奖")
#: Stored value bought, its amount written bare (洗衣卡充100送…).
_RECHARGED = re.compile(rf"(?:充值?|储值)\s*({_NUMBER})(?![0-9.]|\s*(?:元|块))")
#: How many times the price paid a gift's stated value must be to be past belief.
GIFT_OVER_PRICE = 3.0


def gift_over_price(span: str) -> str | None:
    """When a gift's stated value (送价值999元的保温杯) is three times or more the price the same
    copy asks for the purchase that brings it (实付只要199元, 年卡才卖399元), why: a value no
    one has paid for the gift, set against the price to make the deal look larger than it is
    (《明码标价和禁止价格欺诈规定》第十九条第（四）项); else None. A prize in a draw is a chance,
    not a gift, and a gift worth less than the price (开卡送价值688元…年卡2680元) is not read."""
    if _DRAW.search(span) or (gift := _GIFT_VALUE.search(span)) is None:
        return None
    value = float(gift.group(1))
    paid = [
        float(m.group(1))
        for m in (*_MONEY.finditer(span), *_RECHARGED.finditer(span))
        if not (gift.start(1) <= m.start(1) < gift.end())
    ]
    if not paid or (price := max(paid)) <= 0 or value < GIFT_OVER_PRICE * price:
        return None
    return f"赠品标“价值{_money(value)}元”，是所付{_money(price)}元的{value / price:.1f}倍"


#: The shop opening or the goods new (开业当天, 新店开业, 明天正式开业, 新品首发, 新品今天上市,
#: 试营业): nothing was sold before, so no price of the last seven days stands behind a 原价.
_LAUNCHED = re.compile(
    r"新品(?:首发|上市|上新)|首发|首卖|新店(?:首次)?开业"
    r"|开业(?:大吉|啦|当天|当月|首[日周天]|第一[天周]|大?酬宾|钜惠|福利|优惠|活动|期间|头三天|价|特惠|特价|大促|促销|狂欢)"
    r"|盛大开业|新开张|新开的|新推出的?|新上线的?|新开设的?|新开班"
    r"|今[日天](?:正式)?开(?:业|张)|即将开业|明[天日](?:正式)?开业|下周开业|正式开业|试营业|新开业|新店"
    r"|(?:新品|新款|新货)?[\u4e00-\u9fff]{0,2}?(?:今[天日]|刚刚?|首次|第一次)\s*(?:上市|上架|上新|开卖|发售)"
    r"|(?:才|刚刚?)(?:开门|开业|开张|开的)"
)
#: The price after an opening still to come (开业后恢复原价): a price to come, for review.
_AFTER_OPENING = re.compile(r"开业后")
#: The regular price the offer returns to after its first cups or places (每天前100杯…第101杯起
#: 恢复原价15元/杯): a price the shop charges, told just before the reference.
_RESUMES = re.compile(r"[0-9]+\s*(?:杯|份|位|个|单)\s*起\s*恢复$")
#: Time since a launch, which gives the reference a history (上市三个月, 上架以来).
_SINCE = re.compile(
    r"(?:上市|上架|上新|开卖|发售)\s*(?:以来|至今|后|[0-9一二两三四五六七八九十半几]+\s*(?:个月|年|周|天))"
)
#: The copy denying the price or the channel the reference names (这款专柜其实没上过,
#: 从没按这个价卖过).
_NEVER_SOLD = re.compile(
    r"(?:其实|实际上|根本|压根|从来|从)?(?:没|没有|未|从未|不曾)\s*(?:上过|进过|卖过|售出过|成交过|收过|按[^\n]{0,6}?(?:卖|收)过|在[^\n]{0,6}?(?:卖过|上过))"
    # The first day it is sold, no retail yet, a closed month, the lower price from the start
    # (今天是我们第一天卖榴莲, 门店暂未开放零售, 装修停业，一单没接, 这款一到店就按38元卖的).
    r"|(?:第一天|头一天|第一次)(?:卖|开卖|售卖)|暂(?:未|不)(?:开放|对外)?零售|一单(?:都)?没(?:接|卖|做)"
    r"|(?:一到店|到货|上架)(?:就|起就)(?:一直)?按[^\n]{0,6}?卖"
    # …or the reference is said to be the maker's suggestion or a guess (原价为厂家建议零售价;
    # 原价298元(厂家建议零售价); 市场价是按吊牌估的): not a price the shop charged.
    r"|(?:原价|划线价|市场价)\s*(?:为|是|即|指|就是)\s*(?:厂家|厂商|品牌方?)?(?:的)?(?:建议零售价|建议售价|指导价)"
    r"|(?:原价|划线价)\s*[0-9.]+[^\n（(]{0,4}?[（(]\s*(?:厂家|厂商|品牌方?)?(?:建议零售价|建议售价|指导价)"
    # …or written from the maker's tag (原价是按厂家吊牌写的).
    r"|(?:原价|划线价)\s*(?:为|是|即|就是)?\s*按\s*(?:厂家|厂商|品牌方?)[\u4e00-\u9fff]{0,2}?(?:吊牌|标签)(?:写的|标的|价)"
    r"|(?:按|照|根据)[^\n]{0,6}?估(?:的|算|出来|个)"
    # …or set and not yet charged, or the shop's own estimate (原价为新价目表价格，尚未执行;
    # 门市价是我们新定的，下月起执行; 市场价为本店估算; 原价为市场零售价估算; one only "for
    # reference" is PRICE-FRAUD's).
    r"|尚未执行|还没执行|下个?月起?才?执行|新定的"
    # …or said never sold at it, or a planned price (原价为拟定价，未实际销售), or a holiday's price
    # months before (原价指春节期间价格): not the seven days' price a cut is counted from.
    r"|未实际(?:销售|售出|成交)|拟定价"
    r"|(?:原价|划线价)(?:指|为|是)[\u4e00-\u9fff]{0,4}?(?:春节|国庆|节日|节前|旺季|过年)期间"
    # …or the 原价 itself set just before the sale (原价199（节前新定价）; 原价128是昨天刚调的).
    r"|(?:原价|划线价|门市价)\s*[0-9.]+\s*(?:元|块)?\s*[（(]?\s*(?:是|为|系)?\s*"
    r"(?:节前|节日前|活动前|昨天|前天|上周|这周|本周|前几天|刚刚?|最近)\s*(?:才|刚)?\s*"
    r"(?:新定|新调|调|定|改|涨|标)(?:价|的|上去的|高的)"
    # …or the sale price already what it was charged (昨天群里也是39.9; 开业至今统一9.9元一个), or
    # the 原价 another product's (原价指进口雪花级，本品为普通羊肉卷).
    r"|(?:昨天|前天|上周|之前|平时)[\u4e00-\u9fff]{0,4}?(?:也是|也卖|都是|都卖)\s*[0-9]"
    # (Not the 原价 said to be the price charged since the opening: 原价2880元（本店自开业以来
    # 一直按此价格销售）.)
    r"|(?:开业至今|开业以来|开店至今|一直以来)[\u4e00-\u9fff]{0,2}?(?:统一|都是|都卖|一直)(?!按(?:此|这个|该|原)价)"
    r"|原价(?:指|是指|系指)[^\n]{0,12}?(?:本品|本款|这款|此款)"
    r"|(?:原价|划线价|市场价|门市价|参考价)\s*(?:为|是)[^\n]{0,6}?(?:估算|估计|估的|估价|自定)"
)


def never_charged(span: str) -> str | None:
    """When a reference price (原价168元, 专柜价1299元) stands beside a shop opening or goods the
    copy says are new (新店开业…原价888元, 新品今天上市，原价168元, 原价88元…明天正式开业) or beside
    the copy's own admission that they were never sold at it or there (这款专柜其实没上过) or that
    it is the maker's suggested price or a guess (原价为厂家建议零售价; 市场价是按吊牌估的), why;
    the shop's own earlier price (平时卖68元, 上周售价99元) is read the same way:
    《明码标价和禁止价格欺诈规定》第十九条第（三）项 — a 原价 needs sales at it; else None. A
    launch with time behind it (上市三个月) has a history; a price said for after an opening still
    to come (开业后恢复原价) is a price to come, which goes to review."""
    was = _priced_reference(span)
    if was is None:
        return None
    if (never := _NEVER_SOLD.search(span)) is not None:
        return f"标出“{was.group(0)}”，广告自己却说“{never.group(0)}”，被比较价格是虚构的"
    if (below := _sold_below(span)) is not None:
        return below
    launched = _LAUNCHED.search(span)
    if (
        launched is None
        or _SINCE.search(span)
        or _AFTER_OPENING.search(span, was.end())
        or _RESUMES.search(span, 0, was.start())
    ):
        return None
    return f"“{launched.group(0)}”，此前没有成交，却标出“{was.group(0)}”，被比较价格是虚构的"


#: A gift with its own price in a bracket just before a reference (送豆腐猫砂1袋（2.5公斤/袋，店内
#: 售价29元）): the gift's value told, not a price the goods on offer are compared with.
_GIFT_PRICED = re.compile(r"(?:送|赠)[^。！？!?\n（(]{0,16}[（(][^）)]{0,12}$")


def _priced_reference(span: str) -> re.Match[str] | None:
    """The first reference price of ``span`` (原价168元) or, with none, the shop's own price
    (平时卖68元), leaving out a gift's shop price told in its bracket (a 原价 there still
    counts)."""
    if (reference := _REFERENCE.search(span)) is not None:
        return reference
    for found in _OWN_PAST.finditer(span):
        if _GIFT_PRICED.search(span, 0, found.start()) is None:
            return found
    return None


#: The price the shop says it usually or lately sold at, by a figure (平时59就能买到;
#: 大家平时在咱群里109买的那款; 上周没抢到45元团购的; 这款我们一直都是199元在卖;
#: 店里平时也一直收35).
_SOLD_AT = re.compile(
    r"(?:平时|上周|昨天|前天|上个?月|之前|以前|往常|一直)[^。！？!?\n0-9]{0,10}?"
    rf"(?<![0-9.])({_NUMBER})\s*(?:元|块)?[^。！？!?\n0-9]{{0,4}}?(?:买|卖|团|售|收)"
)


#: A reference price the seller marks itself, with its figure (原价398元; not a 市场价, which may
#: stand above the shop's own price).
_OWN_REFERENCE = re.compile(rf"(?:{'|'.join(OWN_REFERENCE_PRICE)})\D{{0,3}}?({_NUMBER})")


def _sold_below(span: str) -> str | None:
    """When the copy gives its own reference price (原价398元) and, in either order, the price it
    says it usually or lately sold at, lower by a tenth or more (平时在咱群里109买), why: the
    reference is not what the goods sold at — 《明码标价和禁止价格欺诈规定》第十九条第（三）项
    (the basis of a cut is the lowest price of the seven days before it); else None."""
    reference = _OWN_REFERENCE.search(span)
    sold = _SOLD_AT.search(span)
    if reference is None or sold is None:
        return None
    was, usual = float(reference.group(1)), float(sold.group(1))
    if not 0 < usual <= 0.9 * was:
        return None
    return (
        f"标出“{reference.group(0)}”，广告自己却说平时或近来按 {_money(usual)} 元成交"
        f"（“{sold.group(0)}”），被比较价格不是此前的成交价"
    )


#: A price told as the headline: a word of "only" before it (只要29元, 秒杀价1.8元) or an
#: exclamation mark or a pictograph right after it (精洗车9.9元！, 宠物洗澡9.9元🐶).
_HEADLINE = re.compile(
    rf"(?:只要|仅需|只需|仅售|仅|低至|才|秒杀价|特价|专享价|活动价)\s*({_NUMBER})\s*(?:元|块)"
    rf"|({_NUMBER})\s*(?:元|块)[^0-9\n！!]{{0,6}}?(?:[！!]|[\U0001F300-\U0001FAFF])"
)
#: A clause that charges: a word of a charge on top (另收, 另计), an amount added (每公斤加10元)
#: or a fee named (餐位费, 上门费; not 消费, 免费).
_CHARGE = re.compile(
    rf"{_ON_TOP.pattern}|加\s*{_NUMBER}\s*(?:元|块)|(?![消免花浪])[\u4e00-\u9fff]费"
)
#: A clause that denies a charge (不另收任何费用, 免配送费, 无需另付) or leaves it to the buyer's
#: choice (想加头皮护理的另加40元, 想做内饰的另加30元, 如需打蜡另加30元).
_NO_CHARGE = re.compile(r"不|无|免|没|想|如需|需要的话|自愿|可选")
_CLAUSE = re.compile(r"[^，,。；;、！!？?\n]+")


def charges_on_top(span: str) -> str | None:
    """When a headline price (只要29元！, 精洗车9.9元！) is followed by two or more charges the
    copy adds on top (加工费每斤15元另算，餐位费每人5元; 另加50元…加收20元), or by one charge
    at least as large as the headline price (修电脑只需30元！检测费50元), why: the price shown is
    a fraction of the bill; else None. Each clause that charges counts once per figure in it, at
    least once; a clause that denies a charge (不另收任何费用) does not. One small extra beside an
    ordinary price (剪发30元，洗头另加10元) is a price list, not a headline taken back; with
    no headline, a fee charged on top at least twice the price (空调清洗29元一台，上门服务费另收
    80元) is read (``_fee_over_price``)."""
    headline = _HEADLINE.search(span)
    if headline is None:
        return _fee_over_price(span)
    price = float(headline.group(1) or headline.group(2))
    if _hidden_by_layout(span, headline.end(), len(span)):
        return None
    clauses = [c.group(0) for c in _CLAUSE.finditer(span, headline.end())]
    charging = [c for c in clauses if _CHARGE.search(c) and not _NO_CHARGE.search(c)]
    figures = [float(f) for c in charging for f in _MONEY.findall(c)]
    count = sum(max(1, len(_MONEY.findall(c))) for c in charging)
    if count < 2 and not any(figure >= price for figure in figures):
        return None
    shown, said = headline.group(0).rstrip("！!"), "；".join(charging)
    return f"标题价“{shown}”之外，同一则广告又加收（“{said}”），实付远高于标示价格"


#: A fee named and charged on top (上门服务费另收80元, 另收上门费80元): a charge the service
#: cannot be had without, not another item on a price list (烫发另收200元).
_FEE_ON_TOP = re.compile(
    rf"[\u4e00-\u9fff]费[^，,。；;\n]{{0,4}}?(?:{_ON_TOP.pattern})"
    rf"|(?:{_ON_TOP.pattern})[^，,。；;\n]{{0,6}}?[\u4e00-\u9fff]费"
)


#: A rate by a measure (每平方米6元, 15元/小时, 8元一斤) or by the stem (康乃馨5元/支, 单支5元):
#: the price of a unit, not of the job or the bouquet.
_MEASURED = re.compile(
    r"(?:每|/|一|单)\s*(?:平方米|平米|㎡|米|公斤|千克|斤|两|克|小时|分钟|公里|天|支|枝|朵)"
)


def _fee_over_price(span: str) -> str | None:
    """With no headline, a plain price (空调清洗29元一台) and a fee charged on top at least twice
    it (上门服务费另收80元): the price shown is a third of the bill; else None."""
    first = _MONEY.search(span)
    if first is None or (price := float(first.group(1))) <= 0:
        return None
    if _MEASURED.search(span[max(0, first.start() - 6) : first.end() + 4]):
        return None  # a rate by area, weight or time: the bill is not the figure shown
    for clause in _CLAUSE.finditer(span, first.end()):
        text = clause.group(0)
        if not _FEE_ON_TOP.search(text) or _NO_CHARGE.search(text):
            continue
        if any(float(f) >= 2 * price for f in _MONEY.findall(text)):
            return (
                f"标价“{first.group(0)}”之外，又另收一笔至少两倍于它的费用（“{text}”），"
                "实付远高于标示价格"
            )
    return None


#: A price "from" (39元起) and, later, the same figure said to be for one narrow item (39元的为旧款
#: 功能机电池, 9.9元仅限儿童羽绒马甲, 29元为清洗一个卫生间排气扇).
_FROM_PRICE = re.compile(rf"({_NUMBER})\s*(?:元|块)\s*起")
_FOR_ONLY = r"\s*(?:元|块)?\s*的?\s*(?:为|是|仅限|只限|指|只是|仅为|仅指)"


def from_price_elsewhere(span: str) -> str | None:
    """When a price "from" (手机换电池39元起) turns out, in the same copy, to be for one narrow item
    (39元的为旧款功能机电池) while the copy's own prices for the service people want run to three
    times it or more (原装电池实际198元), why: the headline is a price almost no buyer pays; else
    None. A from-price whose lowest item is ordinary and whose list stays near it (洗衣9.9元起，
    衬衫9.9元、外套15元) is a price list."""
    start = _FROM_PRICE.search(span)
    if start is None:
        return None
    figure = start.group(1)
    narrowed = re.search(rf"(?<![0-9.]){re.escape(figure)}{_FOR_ONLY}", span[start.end() :])
    if narrowed is None:
        return None
    others = [float(m.group(1)) for m in _MONEY.finditer(span, start.end())]
    if not any(other >= 3 * float(figure) for other in others):
        return None
    return f"标题“{start.group(0)}”，广告自己却说“{narrowed.group(0)}”，其余项目远高于此价"


#: A price said the way it is spoken (8块8, 5块9一斤, 3块5毛): the figure after 块 is tenths when no
#: unit follows it (3块8元 is three pieces for eight 元).
_SPOKEN_PRICE = re.compile(
    r"(?<![0-9.])([0-9]+)\s*块\s*([1-9])(?![0-9.元块斤两个只件份盒瓶袋箱])[毛角]?"
)


#: Characters spaced out to slip past a filter (原 价 1 9 8 ➡ 现 价 4 9; 限 时 特 价): single
#: digits one space apart, and a space beside a Chinese character.
_SPACED_DIGITS = re.compile(r"(?<![0-9.])[0-9](?: [0-9]){2,}(?![0-9.])")
_SPACE_BY_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) +| +(?=[\u4e00-\u9fff])")
#: A figure after the yuan sign (划线价￥268，今日团购￥49): the same price as 268元 (a figure a 元
#: or 块 already follows keeps it).
_SIGNED_PRICE = re.compile(r"[¥￥]\s*([0-9]+(?:\.[0-9]+)?)(?!\s*[0-9.]*\s*[元块])")


#: Words that set a price against another seller's, a market's or a platform's (比周边便宜三成,
#: 低于批发市场, 美团上同款, 全网, 超市卖, 隔壁 …).
COMPARISON_WORDS = (
    *("比", "低于", "便宜", "同款", "全网", "平台", "别家", "周边"),
    *("市场", "超市", "外面", "他家", "对面", "隔壁", "同行", "同类"),
)
_COMPARED = re.compile("|".join(COMPARISON_WORDS))


def compares_a_price(span: str) -> bool:
    """Whether ``span`` sets its price against someone else's: a price comparison
    (《明码标价和禁止价格欺诈规定》第十九条第（三）项), whose proof lies outside the copy, so a
    reviewer asks for it even where no sum in the copy is wrong (我们拿货价格低于本地批发市场)."""
    return _COMPARED.search(span) is not None


def spoken(check: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """``check`` reading a spoken price (8块8) as the figure it is (8.8元), a figure after the yuan
    sign (￥49) as 49元 and characters spaced out (原 价 1 9 8) as written together."""

    def read(span: str) -> str | None:
        span = _SPACED_DIGITS.sub(lambda m: m.group(0).replace(" ", ""), span)
        span = _SIGNED_PRICE.sub(r"\1元", span)
        return check(_SPOKEN_PRICE.sub(r"\1.\2元", _SPACE_BY_HAN.sub("", span)))

    read.__doc__ = check.__doc__
    return read


#: The checks a rule or a context may name in its ``verify`` field: a rule's find what is wrong,
#: a context's (``shallow_markdown``) confirm that the context applies. Each reads spoken prices.
VERIFIERS: dict[str, Callable[[str], str | None]] = {
    "false_discount": false_discount,
    "shallow_markdown": shallow_markdown,
    "false_reduction": false_reduction,
    "false_urgency": false_urgency,
    "false_markup_discount": false_markup_discount,
    "false_equivalent_discount": false_equivalent_discount,
    "inflated_reference": inflated_reference,
    "false_from_discount": false_from_discount,
    "pack_not_cheaper": pack_not_cheaper,
    "settled_above_marked": settled_above_marked,
    "footnote_condition": footnote_condition,
    "unit_redefined": unit_redefined,
    "bracket_condition": bracket_condition,
    "free_then_pay": free_then_pay,
    "gift_over_price": gift_over_price,
    "bait_quota": bait_quota,
    "bait_switch": bait_switch,
    "not_all_in": not_all_in,
    "bait_threshold": bait_threshold,
    "charges_on_top": charges_on_top,
    "from_price_elsewhere": from_price_elsewhere,
    "gift_not_goods": gift_not_goods,
    "never_charged": never_charged,
}
VERIFIERS = {name: spoken(check) for name, check in VERIFIERS.items()}

__all__ = [
    "VERIFIERS",
    "bait_quota",
    "bait_switch",
    "bait_threshold",
    "bracket_condition",
    "charges_on_top",
    "false_discount",
    "false_equivalent_discount",
    "false_from_discount",
    "false_markup_discount",
    "false_reduction",
    "false_urgency",
    "footnote_condition",
    "free_then_pay",
    "from_price_elsewhere",
    "gift_not_goods",
    "inflated_reference",
    "never_charged",
    "not_all_in",
    "pack_not_cheaper",
    "settled_above_marked",
    "unit_redefined",
]
