from __future__ import annotations

import datetime as dt
import time

import pytest

from eventwire.read import article_id, normalize_date, normalize_text


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2014-06-22", "2014-06-22"),
        ("2014-06-22T23:30:00-05:00", "2014-06-22"),
        ("June 22, 2014", "2014-06-22"),
        ("22 June 2014", "2014-06-22"),
        ("Sun, 22 Jun 2014 10:00:00 +0300", "2014-06-22"),
        (dt.date(2014, 6, 22), "2014-06-22"),
        (dt.datetime(2014, 6, 22, 5, 0), "2014-06-22"),
        (time.strptime("2014-06-22", "%Y-%m-%d"), "2014-06-22"),
        ("2014-02-30", None),
        ("yesterday", None),
        ("2 hours ago", None),
        ("June 2014", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_article_id_ignores_whitespace_and_composition_but_not_url():
    composed = "Caf\u00e9 attack in the old town"
    decomposed = "Cafe\u0301  attack\nin the old town "
    assert normalize_text(decomposed) == composed
    assert article_id(composed) == article_id(decomposed)
    assert article_id(composed, "https://a.example/1") != article_id(composed)
    assert article_id(composed) != article_id(composed + " today")
