"""Loads tests/merge/articles: the labelled articles and their hand-coded events."""

from __future__ import annotations

from pathlib import Path

import yaml

from eventwire.records import Actor, Article, Event, Evidence, Location

FOLDER = Path(__file__).parent / "articles"


def load_articles(folder: Path = FOLDER) -> list[dict]:
    return yaml.safe_load((folder / "articles.yaml").read_text("utf-8"))


def load_places(folder: Path = FOLDER) -> dict[str, dict]:
    return yaml.safe_load((folder / "places.yaml").read_text("utf-8"))


def article_record(item: dict) -> Article:
    return Article(item["id"], item["text"], item.get("title"), item["outlet"], item["published"])


def hand_coded_events(folder: Path = FOLDER) -> tuple[list[Event], dict[str, str]]:
    """The events a careful coder records, and event id -> gold group."""
    places = load_places(folder)
    events, gold = [], {}
    for item in load_articles(folder):
        for n, spec in enumerate(item["events"]):
            acled, _, sub = (part.strip() for part in spec["type"].partition(" / "))
            types = [t.strip() for t in spec.get("types", "").split("/")] + [None, None]
            place = places[spec["place"]]
            location = Location(
                spec["place"], None, place.get("lat"), place.get("lon"), place.get("admin1"),
                place.get("admin2"), place["cc"], place.get("precision", "place"), spec["place"],
            )  # fmt: skip
            event_id = f"{item['id']}-{n}"
            events.append(
                Event(
                    event_id=event_id,
                    article_id=item["id"],
                    event_type=spec["plover"],
                    acled_event_type=acled,
                    acled_sub_event_type=sub or None,
                    actor1=Actor(spec["actor1"], None, place["cc"], types[0]),
                    actor2=Actor(spec["actor2"], None, place["cc"], types[1]) if spec.get("actor2") else None,
                    location=location,
                    date=str(spec["date"]),
                    time_precision=spec.get("precision", "day"),
                    fatalities=spec.get("dead"),
                    size=spec.get("size"),
                    sources=[item["outlet"]],
                    evidence=Evidence(item["text"], 0, len(item["text"])),
                    confidence=0.6,
                )
            )
            gold[event_id] = spec["group"]
    return events, gold
