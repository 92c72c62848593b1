"""General coding rules found by reading reports a coder had not been tuned on
(hand-written sentences; 2024-06-23 is a Sunday)."""

from eventwire.records import Article, Toponym

SO = {"Kismayo": ("SO", "place", -0.36, 42.55), "Jilib": ("SO", "place", 0.49, 42.77)}
ML = {"Bamako": ("ML", "place", 12.65, -8.0), "Mali": ("ML", "country", 17.0, -4.0)}


def names(events):
    return sorted(e.location.name for e in events if e.location)


def test_dateline_place_and_date_are_not_the_events(code):
    text = "Kismayo, June 23 (Example News) – Gunmen killed five villagers in Jilib on Friday, police said."
    events = code(text, SO)
    assert [(e.location.name, e.date) for e in events] == [("Jilib", "2024-06-21")]


def test_dateline_city_is_not_where_an_unplaced_event_happened(code):
    events = code("Kismayo – Police shot dead two protesters on Saturday, witnesses said.", SO)
    assert events and "Kismayo" not in names(events)


def test_the_national_capital_is_the_capital_named_elsewhere(code):
    text = "Bamako – A car bomb exploded outside a hotel in the Malian capital on Thursday, killing four people, police said."
    events = code(text, ML)
    assert [(e.location.name, e.date) for e in events] == [("Bamako", "2024-06-20")]
    # a state or provincial capital is not the national one
    events = code("Bamako – A car bomb exploded in the regional capital on Thursday, killing four people.", ML)
    assert "Bamako" not in names(events)


def test_unresolved_toponym_is_not_an_event_place(nlp, coder):
    text = "Gunmen killed six fishermen on the shores of Lake Fitri in Chad on Monday, officials said."
    lake = text.index("Lake Fitri")
    chad = text.index("Chad", lake + 5)
    tops = [Toponym("Lake Fitri", lake, lake + 10), Toponym("Chad", chad, chad + 4, name="Chad", lat=15.0, lon=19.0,
                                                          country_code="TD", precision="country", kind="country")]
    events = coder.code(nlp(text), Article("t", text, outlet="Example News", published="2024-06-23"), tops)
    assert events and all(e.location.name == "Chad" for e in events)


def test_reference_point_behind_an_appositive(code):
    ng = {"Dikwa": ("NG", "place", 12.03, 13.92), "Maiduguri": ("NG", "place", 11.85, 13.16)}
    text = "Gunmen stormed Dikwa, some 90 km east of the state capital Maiduguri, on Monday, killing seven farmers."
    assert names(code(text, ng)) == ["Dikwa"]


def test_place_fire_came_from_is_not_the_target(code):
    ly = {"Zawiya": ("LY", "place", 32.76, 12.73), "Gharyan": ("LY", "place", 32.17, 13.02)}
    text = "Rebels fired mortar rounds from the hills above Zawiya into a market in Gharyan on Sunday, killing two civilians."
    assert names(code(text, ly)) == ["Gharyan"]


def test_capitals_as_parties_to_a_deal_are_not_places(code):
    iq = {"Kirkuk": ("IQ", "place", 35.47, 44.39), "Baghdad": ("IQ", "place", 33.3, 44.4), "Erbil": ("IQ", "place", 36.19, 44.01)}
    text = "Iraqi troops took control of Kirkuk on Tuesday under a deal between Baghdad and Erbil, officials said."
    assert names(code(text, iq)) == ["Kirkuk"]
