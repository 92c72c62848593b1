import pytest

from eventwire.mentions.numbers import parse_number_text, quantities


@pytest.mark.parametrize(
    "text, value",
    [("20,000", 20000), ("twenty-five", 25), ("a dozen", 12), ("dozens", 12), ("several", 3),
     ("hundreds", 100), ("thousands", 1000), ("2.5 million", 2500000), ("three hundred", 300),
     ("tens of thousands", 10000), ("seven", 7)],
)
def test_number_words_follow_acled_lowest_figure(text, value):
    assert parse_number_text(text) == value


def test_not_a_number():
    assert parse_number_text("soldiers") is None


def test_quantities_find_the_counted_noun(nlp):
    doc = nlp("Gunmen killed at least 12 people, and thousands of Shiite militiamen paraded.")
    found = {(q.value, doc[q.counted].text) for q in quantities(doc[:])}
    assert (12, "people") in found
    assert (1000, "militiamen") in found


def test_hyphenated_number_words(nlp):
    doc = nlp("Twenty-five people died.")
    assert [(q.value, doc[q.counted].text) for q in quantities(doc[:])] == [(25, "people")]


def test_one_of_a_group_is_counted(nlp):
    doc = nlp("One of the guards was shot.")
    assert [(q.value, doc[q.counted].text) for q in quantities(doc[:])] == [(1, "guards")]
    assert quantities(nlp("A guard was shot.")[:]) == []
