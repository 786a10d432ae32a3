"""Checks a rule's match must pass to stand: arithmetic a lawyer does on a price claim.

A rule names one in its ``verify`` field (``compliance/rules/price.yaml``); the check runs on
the matched span of the copy as written (digits and decimal points intact, unlike the
normalised text the patterns read) and says whether the match is the violation.

``false_discount``: 《明码标价和禁止价格欺诈规定》第十九条第（三）项 forbids 虚假折扣: a copy that
names a reference price, a discount and the price to pay (原价59元/件，两件7折只要99元) must add
up. Two pieces at 7折 of 59 元 are 82.6 元; asking 99 元 is 8.4折 called 7折. The check reads the
reference price, the discount (7折, 7.5折, 75折, 八折), a count (两件, 3盒) and the price asked,
and stands when the price asked is above what the discount gives (1 % and 1 元 of slack for
rounding). A second-item offer (第二件7折) discounts one piece only and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_REFERENCE = re.compile(rf"(?:原价|划线价|门市价|吊牌价|原售价|专柜价|日常价)\D{{0,3}}?({_NUMBER})")
_DISCOUNT = re.compile(rf"({_NUMBER}|[一二三四五六七八九])\s*折")
_COUNT = re.compile(
    r"(?<![第0-9])([2-9]|[二两三四五六七八九])\s*(?:件|份|个|盒|杯|瓶|袋|双|套|只|斤|箱|包|张|次)"
)
_ASKED = re.compile(
    rf"(?:只要|只需|仅需|仅要|仅售|仅|到手价?|现价|特价|折后价?|活动价|才|低至)"
    rf"\D{{0,2}}?({_NUMBER})"
)
_ONE_PIECE_OFFER = re.compile(
    r"第\s*([2-9]|[二三四五六七八九])\s*(?:件|份|个|盒|杯|瓶|袋|双|套|只)"
)


def _number(word: str) -> float:
    return float(_CN_DIGITS.get(word, word))


def false_discount(span: str) -> bool:
    """True when the price asked in ``span`` is above the reference price × count × discount."""
    if _ONE_PIECE_OFFER.search(span):
        return False
    reference, discount = _REFERENCE.search(span), _DISCOUNT.search(span)
    if reference is None or discount is None:
        return False
    # The last price asked after the discount is the one the copy ends on (the match's end).
    asks = list(_ASKED.finditer(span, discount.end()))
    if not asks:
        return False
    asked = asks[-1]
    rate = _number(discount.group(1))
    rate = rate / 10 if rate < 10 else rate / 100
    if not 0 < rate < 1:
        return False
    count_match = _COUNT.search(span, reference.end(), asked.start())
    count = _number(count_match.group(1)) if count_match else 1.0
    given = _number(reference.group(1)) * count * rate
    return float(asked.group(1)) > given * 1.01 + 1


#: The checks a rule may name in its ``verify`` field.
VERIFIERS: dict[str, Callable[[str], bool]] = {"false_discount": false_discount}

__all__ = ["VERIFIERS", "false_discount"]
