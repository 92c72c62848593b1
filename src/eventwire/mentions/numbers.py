"""Numbers in news text: figures, number words and vague quantities.

``quantity_at(token)`` reads the number a token belongs to ("at least 12", "dozens",
"twenty-five", "around 20,000", "hundreds of") and returns the figure a careful ACLED
coder records: the lowest the wording allows. The words and their figures are data
(``data/number_words.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from .dates import MONTHS


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, int]
    lower_bound: tuple[str, ...]


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    text = resources.files(__package__).joinpath("data/number_words.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return NumberWords(
        units={str(k).lower(): int(v) for k, v in data["units"].items()},
        multipliers={str(k).lower(): int(v) for k, v in data["multipliers"].items()},
        vague={str(k).lower(): int(v) for k, v in data["vague"].items()},
        lower_bound=tuple(data.get("lower_bound", [])),
    )


_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def parse_number_text(text: str) -> int | None:
    """Read one number written in figures or words: ``"20,000"``, ``"twenty-five"``,
    ``"2.5 million"``, ``"a dozen"``, ``"dozens"``; ``None`` if it is not a number."""
    words = number_words()
    cleaned = text.strip().lower().replace("-", " ")
    if not cleaned:
        return None
    for phrase in sorted(words.vague, key=len, reverse=True):
        if cleaned == phrase:
            return words.vague[phrase]
    total = 0.0
    current = 0.0
    seen = False
    for part in cleaned.split():
        if part == "and":
            continue
        if _DIGITS.match(part):
            current += float(part.replace(",", ""))
            seen = True
        elif part in words.units:
            if part in ("a", "an") and seen:
                return None
            current += words.units[part]
            seen = True
        elif part in words.multipliers:
            factor = words.multipliers[part]
            current = (current or 1) * factor
            if factor >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return int(total + current) if seen else None


def _is_numberish(token: Token) -> bool:
    low = token.lower_
    words = number_words()
    return (
        token.like_num
        or token.pos_ == "NUM"
        or low in words.multipliers
        or low in ("dozens", "hundreds", "thousands", "millions", "scores", "tens")
        or low in ("several", "few", "many", "numerous", "couple", "handful")
    )


@dataclass(frozen=True)
class Quantity:
    """A number found in the text: ``value`` and the tokens ``start``..``end`` (exclusive)."""

    value: int
    start: int
    end: int
    counted: int
    """Index of the noun it counts ("30 [troops]"), or of the number itself."""


def quantity_at(token: Token) -> Quantity | None:
    """The quantity that ``token`` (a number word or figure) is part of, or ``None``."""
    if not _is_numberish(token):
        return None
    doc = token.doc
    start = token.i
    end = token.i + 1
    # extend over a run of number tokens: "twenty five", "2.5 million", "tens of thousands"
    while start > 0 and (_is_numberish(doc[start - 1]) or doc[start - 1].lower_ in ("a", "an", "of", "tens", "hundreds")) and doc[start - 1].sent == token.sent:
        if doc[start - 1].lower_ == "of" and not (start > 1 and _is_numberish(doc[start - 2])):
            break
        if doc[start - 1].lower_ in ("a", "an") and not doc[start].lower_ in number_words().multipliers and doc[start].lower_ not in ("few", "couple", "handful", "dozen", "number", "score"):
            break
        start -= 1
    while end < len(doc) and doc[end].sent == token.sent:
        if _is_numberish(doc[end]):
            end += 1
        elif doc[end].text == "-" and end + 1 < len(doc) and _is_numberish(doc[end + 1]):
            end += 2
        else:
            break
    # "tens of thousands", "hundreds of thousands"
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("thousands", "millions"):
        end += 2
    text = " ".join(t.text for t in doc[start:end] if t.text != "-")
    value = parse_number_text(text)
    if value is None:
        # a mixed run: keep the first readable piece
        value = parse_number_text(token.text)
        start, end = token.i, token.i + 1
    if value is None:
        return None
    counted = token.i
    head = doc[end - 1]
    if head.dep_ == "nummod" or (head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("amod", "compound", "quantmod", "nummod")):
        counted = head.head.i
    elif end < len(doc) and doc[end].lower_ == "of" and end + 1 < len(doc):
        # "thousands of Shiite militiamen": the counted noun is the object of "of"
        for child in doc[end].children:
            if child.dep_ == "pobj":
                counted = child.i
                break
    elif head.pos_ in ("NOUN",) and head.lower_ in ("dozens", "hundreds", "thousands", "scores", "millions"):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        counted = grandchild.i
    return Quantity(value=value, start=start, end=end, counted=counted)


_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "am", "pm", "a.m.", "p.m."}


#: nouns "one" qualifies without counting anyone ("on one side", "one way or another")
NOT_COUNTED_BY_ONE = {"side", "way", "point", "hand", "another", "thing", "reason", "time", "place", "day", "night"}


def _counts_people(token: Token) -> bool:
    node = token
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ == "nummod" and node.head.pos_ == "NOUN" and node.head.lemma_.lower() not in _TIME_UNITS


def quantities(span: Span) -> list[Quantity]:
    """Every quantity in ``span``, in text order, without overlaps."""
    found: list[Quantity] = []
    last_end = -1
    for token in span:
        if token.i < last_end:
            continue
        if token.ent_type_ in ("PERCENT", "MONEY", "ORDINAL"):
            continue
        if token.ent_type_ in ("DATE", "TIME") and not _counts_people(token):
            continue  # "10 years", "June 20" (but "between 10 and 15 people" may be tagged DATE)
        if token.like_num and token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".")[:3] in MONTHS \
                and token.doc[token.i - 1].text[:1].isupper():
            continue  # "Apr 11", "Sept. 3": a day of the month the tagger did not mark
        partitive = token.lower_ == "one" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "conj") and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ == "of"  # "lost one of their own", "one of the guards was shot",
        # ("five officers and one of the attackers were killed")
        counting = token.lower_ == "one" and _counts_people(token) and token.head.lemma_.lower() not in NOT_COUNTED_BY_ONE \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].i == token.head.i  # "One protester was shot dead"
        if token.lower_ in ("a", "an", "one", "some", "no", "both", "single") and not (partitive or counting):
            continue  # only as part of a longer quantity
        q = quantity_at(token)
        if q is not None:
            found.append(q)
            last_end = q.end
    return found
