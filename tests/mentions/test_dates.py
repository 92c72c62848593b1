import pytest

from eventwire.mentions.dates import find_dates, resolve_expression

PUB = "2014-06-22"  # a Sunday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Saturday", ("2014-06-21", "day", False)),
        ("Friday", ("2014-06-20", "day", False)),
        ("Sunday", ("2014-06-22", "day", False)),  # same weekday as publication: that day
        ("last Sunday", ("2014-06-15", "day", False)),
        ("yesterday", ("2014-06-21", "day", False)),
        ("overnight", ("2014-06-21", "day", False)),
        ("June 20", ("2014-06-20", "day", False)),
        ("20 June 2014", ("2014-06-20", "day", False)),
        ("this week", ("2014-06-22", "week", False)),
        ("last week", ("2014-06-15", "week", False)),
        ("earlier this month", ("2014-06-01", "month", False)),
    ],
)
def test_relative_dates_resolve_against_publication(text, expected):
    assert resolve_expression(text, PUB) == expected


@pytest.mark.parametrize("text", ["a decade ago", "in 2003", "last year", "June 30"])
def test_old_dates_are_historical(text):
    # "June 30" without a year, published June 22: the previous year's June 30
    assert resolve_expression(text, PUB)[2] is True


def test_no_publication_date_gives_no_relative_date():
    assert resolve_expression("Saturday", None)[0] is None
    assert resolve_expression("yesterday", None)[0] is None
    assert resolve_expression("June 20, 2014", None)[0] == "2014-06-20"


def test_find_dates_in_a_sentence(nlp):
    doc = nlp("Militants attacked the town on Friday, killing five.")
    dates = find_dates(doc[:], PUB)
    assert [(d.date, d.precision) for d in dates] == [("2014-06-20", "day")]


def test_last_month_named_in_that_month_is_a_year_ago():
    assert resolve_expression("last June", "2026-06-16") == ("2025-06-01", "month", True)
    assert resolve_expression("last May", "2026-06-16")[0] == "2026-05-01"
