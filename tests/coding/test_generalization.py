"""Capabilities added for generalization to unseen reports (invented sentences;
2024-06-23, the default publication date, is a Sunday)."""

import pytest

ML = {"Sikasso": ("ML", "place", 11.3, -5.7, "Sikasso"), "Mali": ("ML", "country", 17.0, -4.0),
      "Koutiala": ("ML", "place", 12.4, -5.5, "Sikasso")}


def subs(events):
    return [e.acled_sub_event_type or e.event_type for e in events]


@pytest.mark.parametrize(
    "sentence, deaths",
    [
        ("Shelling killed 16 people in the market, five rescue workers among them.", 16),
        ("At least 16 people were killed, with five medics among the dead.", 16),
        ("Nine people were killed, three of whom were children.", 9),
    ],
)
def test_a_subset_of_the_dead_is_not_added(nlp, coder, sentence, deaths):
    assert coder._fatalities(nlp(sentence)[:]) == deaths


def test_a_running_total_is_not_the_event_toll(code):
    text = ("Jihadist fighters attacked an army post near Sikasso on Friday, killing three soldiers. "
            "The insurgency, which began in 2012, has killed more than 10,000 people.")
    events = code(text, ML)
    assert [(e.acled_sub_event_type, e.fatalities) for e in events] == [("Armed clash", 3)]
    text = ("Jihadist fighters attacked an army post near Sikasso on Friday, killing three soldiers. "
            "Thousands of civilians have been killed in the region since 2015.")
    events = code(text, ML)
    assert [(e.acled_sub_event_type, e.fatalities) for e in events] == [("Armed clash", 3)]


def test_sexual_assault_by_armed_men(code):
    text = "Villagers said a girl had been sexually assaulted by armed men near Koutiala on Friday."
    events = code(text, ML)
    assert [(e.acled_sub_event_type, e.location.name, e.date) for e in events] == [("Sexual violence", "Koutiala", "2024-06-21")]
    assert events[0].actor1 is not None


def test_an_outbreak_of_violence_is_not_a_disease(code):
    text = "A mob set fire to a dozen houses in Koutiala on Saturday, in the latest outbreak of communal violence in Mali."
    events = code(text, ML)
    assert [(e.acled_sub_event_type, e.location.name) for e in events] == [("Mob violence", "Koutiala")]
