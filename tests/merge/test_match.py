from eventwire.merge.match import (
    actor_key,
    actors_compatible,
    date_interval,
    place_distance,
    same_event,
    type_family,
)
from eventwire.records import Actor, Location

from .factory import loc, report


def test_week_precision_overlaps_days_of_that_week_only():
    week = report(day="2014-06-18", precision="week")  # Wednesday: week of Mon 16 .. Sun 22
    assert str(date_interval("2014-06-18", "week")[0]) == "2014-06-16"
    assert same_event(week, report(day="2014-06-21"))
    assert not same_event(week, report(day="2014-06-23"))


def test_month_precision_covers_the_calendar_month():
    month = report(day="2014-06-01", precision="month")
    assert same_event(month, report(day="2014-06-30"))
    assert not same_event(month, report(day="2014-07-01"))


def test_places_three_km_apart_merge_but_distant_towns_do_not():
    assert place_distance(loc("Townville"), loc("Townville-east")) < 4
    assert same_event(report(place="Townville"), report(place="Townville-east"))
    assert not same_event(report(place="Townville"), report(place="Otherton"))


def test_admin2_level_location_matches_a_point_in_that_district():
    district = Location("Rutba District", None, None, None, "Anbar", "Rutba District", "IQ", "admin2")
    assert same_event(report(place=district), report(place="Townville"))
    assert not same_event(report(place=district), report(place="Otherton"))


def test_admin1_level_never_swallows_a_town():
    province = Location("Anbar", None, 33.0, 42.0, "Anbar", None, "IQ", "admin1")
    assert not same_event(report(place=province), report(place="Townville"))
    assert same_event(report(place=province), report(place=province))


def test_missing_location_or_date_never_merges():
    assert not same_event(report(place=None), report(place=None))
    assert not same_event(report(day=None), report(day=None))


def test_type_family_uses_acled_type_then_plover():
    assert type_family(report()) == "Battles"
    assert type_family(report(acled=None, etype="THREATEN")) == "PLOVER:THREATEN"
    assert not same_event(report(), report(acled="Violence against civilians", sub="Attack"))
    planned = report(acled="Protests", sub="Peaceful protest", etype="PROTEST", mode="planned")
    real = report(acled="Protests", sub="Peaceful protest", etype="PROTEST")
    assert not same_event(planned, real)


def test_actor_names_normalize_and_generic_names_are_wildcards():
    assert actor_key(Actor("The Islamic State")) == actor_key(Actor("islamic state"))
    assert actor_key(Actor("Unidentified Armed Group (Iraq)")) is None
    assert actor_key(Actor("gunmen")) is None
    assert actors_compatible(report(actor1="gunmen"), report(actor1="Islamic State"))
    assert not actors_compatible(report(actor1="Islamic State"), report(actor1="Al Nusra Front"))


def test_swapped_actor_roles_are_compatible():
    a = report(actor1="Islamic State", actor2="Military Forces of Iraq")
    b = report(actor1="Military Forces of Iraq", actor2="Islamic State")
    assert same_event(a, b)


def test_two_clashes_in_one_town_on_two_days_stay_apart():
    assert not same_event(report(day="2014-06-21"), report(day="2014-06-22"))
