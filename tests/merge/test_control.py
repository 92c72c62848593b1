import json
import sqlite3

from eventwire.merge.control import (
    build_timelines,
    control_events,
    control_feature,
    controllers_at,
    find_place,
)
from eventwire.merge.store import ensure_schema, merge_events

from .factory import report

TAKE = "Non-state actor overtakes territory"
REGAIN = "Government regains territory"


def _take(day, actor1, actor2, place="Townville", sub=TAKE, **kw):
    return report(day=day, sub=sub, actor1=actor1, actor2=actor2, place=place, sentence=f"{actor1} took it.", **kw)


def test_timeline_follows_takeovers_and_regains():
    events = [
        _take("2014-06-21", "Islamic State", "Military Forces of Iraq"),
        _take("2015-03-02", "Military Forces of Iraq", "Islamic State", sub=REGAIN),
        _take("2014-06-22", "Islamic State", "Military Forces of Iraq", place="Otherton"),
    ]
    timelines = build_timelines(events)
    (town,) = find_place(timelines, "townville")
    assert [c.controller for c in town.changes] == ["Islamic State", "Military Forces of Iraq"]
    assert town.changes[0].lost_by == "Military Forces of Iraq"
    assert town.controller_at("2014-06-20") is None
    assert town.controller_at("2014-12-31") == "Islamic State"
    assert town.controller_at("2015-03-02") == "Military Forces of Iraq"
    assert town.changes[0].evidence == "Islamic State took it."


def test_withdrawal_loses_control_and_repeat_reports_are_not_changes():
    events = [
        _take("2014-06-21", "Islamic State", "Military Forces of Iraq"),
        _take("2014-06-23", "Islamic State", None),  # another report of the same hold
        report(day="2014-09-01", etype="RETREAT", acled=None, sub=None, actor1="Islamic State", actor2=None),
        report(day="2014-08-01", etype="RETREAT", acled=None, sub=None, actor1="Al Nusra Front", actor2=None),
    ]
    (town,) = build_timelines(events).values()
    assert [(c.kind, c.controller) for c in town.changes] == [("takeover", "Islamic State"), ("withdrawal", None)]
    assert town.controller_at("2014-08-15") == "Islamic State"
    assert town.controller_at("2014-09-02") is None
    assert town.changes[1].lost_by == "Islamic State"


def test_planned_or_negated_takeovers_do_not_count():
    (timeline,) = build_timelines(
        [_take("2014-06-21", "Islamic State", None), _take("2014-06-25", "Al Nusra Front", None, mode="negated")]
    ).values()
    assert [c.controller for c in timeline.changes] == ["Islamic State"]


def test_controllers_at_a_date_as_geojson_features():
    timelines = build_timelines(
        [_take("2014-06-21", "Islamic State", None), _take("2014-07-01", "Islamic State", None, place="Otherton")]
    )
    known = list(controllers_at(timelines, "2014-06-25"))
    assert [t.place for t, _ in known] == ["Townville"]
    feature = control_feature(*known[0])
    assert feature["properties"]["controller"] == "Islamic State"
    assert feature["properties"]["since"] == "2014-06-21"
    json.dumps(feature)


def test_control_reads_merged_events_from_the_store():
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    merge_events(
        conn,
        [
            _take("2014-06-21", "Islamic State", "Military Forces of Iraq", outlet="A"),
            _take("2014-06-21", "Islamic State", None, outlet="B", place="Townville-east"),
            report(day="2014-06-24"),  # an armed clash, another day: not a control event
        ],
    )
    events = list(control_events(conn))
    assert len(events) == 1
    (timeline,) = build_timelines(events).values()
    assert timeline.changes[0].controller == "Islamic State"
    assert set(timeline.changes[0].sources) == {"A", "B"}


def test_place_lookup_ignores_accents_and_punctuation():
    from eventwire.merge.control import fold_name

    assert fold_name("Khān Shaykhūn") == fold_name("khan shaykhun")
    assert fold_name("Jisr al-Shughur") == "jisr al shughur"


def test_a_withdrawal_coded_as_non_violent_transfer_is_still_a_loss():
    events = [
        _take("2019-08-01", "Hayat Tahrir al-Sham", None),
        report(day="2019-08-21", etype="RETREAT", acled="Strategic developments",
               sub="Non-violent transfer of territory", actor1="Hayat Tahrir al-Sham", actor2=None),
        _take("2019-08-21", "Military Forces of Syria", None, sub=REGAIN),
    ]  # fmt: skip
    (town,) = build_timelines(events).values()
    assert town.controller_at("2019-08-22") == "Military Forces of Syria"
    assert [c.kind for c in town.changes] == ["takeover", "takeover"]
