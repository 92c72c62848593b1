from eventwire.records import Actor, Article, Event, Evidence, Location, Toponym


def test_event_round_trips_through_json_dict():
    event = Event(
        event_id="e1",
        article_id="a1",
        event_type="ASSAULT",
        mode="seize",
        acled_event_type="Battles",
        acled_sub_event_type="Non-state actor overtakes territory",
        actor1=Actor("Islamic State", "ISIS militants", None, "rebel group"),
        location=Location("Mosul", 99072, 36.335, 43.119, "Nineveh", None, "IQ", "place", "Mosul"),
        date="2014-06-10",
        time_precision="day",
        sources=["Reuters", "CNN"],
        evidence=Evidence("ISIS seized Mosul.", 0, 18),
    )
    data = event.to_dict()
    assert data["actor1"]["name"] == "Islamic State"
    assert data["location"]["lat"] == 36.335
    again = Event.from_dict(data)
    assert again == event
    assert isinstance(again.location, Location)


def test_location_from_toponym_keeps_resolution():
    toponym = Toponym("Mosul", 10, 15, "Mosul", 99072, 36.3, 43.1, "IQ", "Nineveh", None, "place", "place", "pop")
    location = Location.from_toponym(toponym)
    assert (location.name, location.geonameid, location.text) == ("Mosul", 99072, "Mosul")


def test_article_from_dict_ignores_unknown_keys():
    article = Article.from_dict({"id": "x", "text": "t", "extra": 1})
    assert article.id == "x" and article.title is None
