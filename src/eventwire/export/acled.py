"""ACLED codebook conventions used by the ``acled-csv`` exporter."""

from __future__ import annotations

#: Actor type (records.Actor.type) -> ACLED inter code.
INTER_CODES = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other": 8,
}

TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
GEO_PRECISION = {"place": 1, "near": 2, "admin2": 2, "admin1": 3, "country": 3}

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip


def inter_code(actor_type: str | None) -> int:
    """ACLED inter code of an actor type; 0 when there is no such actor or type."""
    if not actor_type:
        return 0
    return INTER_CODES.get(actor_type.casefold(), 8)


def interaction(inter1: int, inter2: int) -> int:
    """The two inter codes, lower first (``12``); a sole actor gives ``X0`` (``60``)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    if event_type == "Protests":
        return DEMONSTRATIONS
    if event_type == "Riots":
        return POLITICAL_VIOLENCE if sub_event_type == "Mob violence" else DEMONSTRATIONS
    if event_type == "Strategic developments":
        return STRATEGIC
    if sub_event_type == "Excessive force against protesters":
        return f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return POLITICAL_VIOLENCE
    return ""
