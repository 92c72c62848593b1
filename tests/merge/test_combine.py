import pytest

from eventwire.merge.combine import CONFIDENCE_CAP, combine, combine_confidence
from eventwire.merge.group import Merger, group_events
from eventwire.records import Location

from .factory import report


def test_fatalities_take_the_lowest_figure_and_keep_the_range():
    merged = combine([report(fatalities=12), report(fatalities=7), report(fatalities=None)])
    assert merged.event.fatalities == 7
    assert merged.fatalities_range == (7, 12)


def test_no_stated_fatalities_stays_unknown():
    merged = combine([report(), report()])
    assert merged.event.fatalities is None and merged.fatalities_range is None


def test_confidence_grows_with_distinct_outlets_not_repeats():
    one = combine_confidence([report(outlet="Reuters", confidence=0.6)])
    same_outlet_twice = combine_confidence(
        [report(outlet="Reuters", confidence=0.6), report(outlet="reuters", confidence=0.5)]
    )
    two_outlets = combine_confidence([report(outlet="Reuters", confidence=0.6), report(outlet="AFP", confidence=0.5)])
    assert one == pytest.approx(0.6)
    assert same_outlet_twice == pytest.approx(0.6)
    assert two_outlets == pytest.approx(1 - 0.4 * 0.5)
    many = combine_confidence([report(outlet=f"o{i}", confidence=0.9) for i in range(10)])
    assert many == CONFIDENCE_CAP


def test_representative_prefers_finest_location_and_date():
    district = Location("Rutba District", None, None, None, "Anbar", "Rutba District", "IQ", "admin2")
    merged = combine(
        [
            report(place=district, day="2014-06-18", precision="week"),
            report(place="Townville", day="2014-06-21"),
        ]
    )
    assert merged.event.location.name == "Townville"
    assert (merged.event.date, merged.event.time_precision) == ("2014-06-21", "day")


def test_sources_list_publishers_first_then_credited_outlets_once():
    merged = combine(
        [report(outlet="Reuters", credited=("CNN",), confidence=0.9), report(outlet="AFP", credited=("CNN",))]
    )
    assert merged.event.sources == ["Reuters", "AFP", "CNN"]
    assert merged.outlets == ["afp", "reuters"]


def test_generic_actor_yields_to_specific_name_and_swaps_align():
    merged = combine(
        [
            report(actor1="gunmen", actor2="Military Forces of Iraq"),
            report(actor1="Military Forces of Iraq", actor2="Islamic State"),
            report(actor1="Islamic State", actor2="Military Forces of Iraq"),
        ]
    )
    assert merged.event.actor1.name == "Islamic State"
    assert merged.event.actor2.name == "Military Forces of Iraq"


def test_combine_is_order_independent():
    reports = [report(fatalities=3, outlet="A"), report(fatalities=5, outlet="B", confidence=0.9), report(outlet="C")]
    a = combine(reports, merged_id="m")
    b = combine(list(reversed(reports)), merged_id="m")
    assert a.to_dict() == b.to_dict()


def test_group_events_keeps_distinct_events_apart():
    reports = [
        report(day="2014-06-21", outlet="A"),
        report(day="2014-06-22", outlet="B"),  # same town, next day
        report(day="2014-06-21", place="Otherton", outlet="C", sub="Non-state actor overtakes territory"),
        report(day="2014-06-21", place="Townville", outlet="D", sub="Non-state actor overtakes territory"),
    ]
    groups = group_events(reports)
    assert len(groups) == 3
    sizes = sorted(len(g.members) for g in groups)
    assert sizes == [1, 1, 2]


def test_merger_removal_equals_never_adding():
    a = report(article="a1", outlet="A", fatalities=4)
    b = report(article="a2", outlet="B", fatalities=2, place="Townville-east")
    c = report(article="a3", outlet="C", fatalities=9)
    full = Merger()
    full.add_all([a, b, c])
    assert len(full.merged) == 1
    merged_id = next(iter(full.merged))
    assert full.merged[merged_id].event.fatalities == 2
    full.remove_article("a2")
    partial = Merger()
    partial.add_all([a, c])
    assert [m.event.fatalities for m in full.merged.values()] == [4]
    assert full.merged[merged_id].to_dict()["event"] | {"event_id": None} == (
        next(iter(partial.merged.values())).to_dict()["event"] | {"event_id": None}
    )
    full.remove_article("a1")
    full.remove_article("a3")
    assert full.merged == {}


def test_a_takeover_report_wins_over_a_clash_report_of_the_same_event():
    merged = combine([report(sub="Armed clash", confidence=0.9), report(sub="Non-state actor overtakes territory")])
    assert merged.event.acled_sub_event_type == "Non-state actor overtakes territory"
