import csv
import io
import json
import sqlite3

import pytest

from eventwire.errors import EventwireError
from eventwire.export import export_events, exporter_names, get_exporter
from eventwire.export.acled import COLUMNS, disorder_type, interaction
from eventwire.export.countries import country_info
from eventwire.merge.store import EventFilter, ensure_schema, merge_events
from eventwire.records import Location

from merge.factory import report


@pytest.fixture()
def conn():
    connection = sqlite3.connect(":memory:")
    ensure_schema(connection)
    merge_events(
        connection,
        [
            report(article="a1", outlet="Reuters", fatalities=9),
            report(article="a2", outlet="AFP", fatalities=4, place="Townville-east"),
            report(
                article="a3",
                outlet="Premium Times",
                etype="PROTEST",
                acled="Protests",
                sub="Peaceful protest",
                actor1="Protesters (Nigeria)",
                actor2=None,
                place="Riverside",
                day="2014-06-01",
                precision="month",
                size=300,
            ),
            report(article="a4", etype="THREATEN", acled=None, sub=None, place="Otherton"),
            report(article="a5", place=Location("Iraq", None, None, None, None, None, "IQ", "country")),
        ],
    )
    # the factory gives every actor1 the type "rebel group"; fix the protesters' type
    connection.execute("UPDATE merged_events SET actor1_type = 'protesters' WHERE event_type = 'PROTEST'")
    yield connection
    connection.close()


def test_registry_lists_the_four_formats_and_rejects_others():
    assert exporter_names() == ["acled-csv", "geojson", "parquet", "plover-jsonl"]
    with pytest.raises(EventwireError, match="available: acled-csv"):
        get_exporter("xlsx")


def test_acled_codebook_helpers():
    assert interaction(2, 1) == 12 and interaction(6, 0) == 60 and interaction(7, 7) == 77
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Violence against civilians", "Excessive force against protesters") == (
        "Political violence; Demonstrations"
    )
    iraq = country_info("iq")
    assert (iraq.iso3, iraq.numeric, iraq.region, iraq.name) == ("IRQ", 368, "Middle East", "Iraq")
    assert country_info("CD").name == "Democratic Republic of Congo"


def test_acled_csv_has_acled_columns_in_order(conn, tmp_path):
    out = tmp_path / "events.csv"
    written = export_events(conn, "acled-csv", out)
    rows = list(csv.DictReader(out.open()))
    assert list(rows[0].keys()) == list(COLUMNS)
    assert written == len(rows) == 3  # the THREATEN event is not ACLED data
    battle = next(r for r in rows if r["location"] == "Townville")
    assert battle["fatalities"] == "4" and "4 to 9" in battle["notes"]
    assert (battle["inter1"], battle["inter2"], battle["interaction"]) == ("2", "1", "12")
    assert battle["iso"] == "368" and battle["region"] == "Middle East" and battle["country"] == "Iraq"
    assert battle["event_id_cnty"].startswith("IRQ")
    assert battle["source"] == "Reuters; AFP" or battle["source"] == "AFP; Reuters"
    assert battle["geo_precision"] == "1" and battle["time_precision"] == "1"
    protest = next(r for r in rows if r["country"] == "Nigeria")
    assert protest["event_id_cnty"] == "NGA1"
    assert (protest["disorder_type"], protest["time_precision"], protest["interaction"]) == ("Demonstrations", "3", "60")
    assert protest["tags"] == "crowd size=300"
    assert len({r["event_id_cnty"] for r in rows}) == 3


def test_plover_jsonl_uses_plover_names(conn):
    buffer = io.StringIO()
    written = export_events_to(conn, "plover-jsonl", buffer)
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert written == len(records) == 4
    battle = next(r for r in records if r["location"] == "Townville")
    assert battle["event_type"] == "ASSAULT" and battle["recipient"] == "Military Forces of Iraq"
    assert battle["dead"] == 4 and battle["dead_range"] == [4, 9]
    assert battle["n_reports"] == 2


def export_events_to(conn, fmt, buffer, flt=None):
    from eventwire.export.registry import get_exporter
    from eventwire.merge.store import iter_merged_rows

    return get_exporter(fmt).write(iter_merged_rows(conn, flt), buffer)


def test_geojson_skips_events_without_coordinates(conn):
    buffer = io.StringIO()
    written = export_events_to(conn, "geojson", buffer)
    collection = json.loads(buffer.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert written == len(collection["features"]) == 3  # the country-level event has no point
    first = collection["features"][0]
    assert first["geometry"]["type"] == "Point"
    assert "sources" in first["properties"] and "day_start" not in first["properties"]


def test_geojson_of_nothing_is_valid():
    buffer = io.StringIO()
    get_exporter("geojson").write(iter([]), buffer)
    assert json.loads(buffer.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet_types(conn, tmp_path):
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export_events(conn, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("latitude").type == pa.float64()
    assert table.schema.field("sources").type == pa.list_(pa.string())
    dates = set(table.column("date").to_pylist())
    assert datetime.date(2014, 6, 21) in dates


def test_filters_and_unmerged_rows(conn, tmp_path):
    out = tmp_path / "iq.jsonl"
    assert export_events(conn, "plover-jsonl", out, EventFilter(country="IQ")) == 3
    assert export_events(conn, "plover-jsonl", out, EventFilter(country="IQ"), unmerged=True) == 4
    ids = {json.loads(line)["id"] for line in out.read_text().splitlines()}
    assert len(ids) == 4


def test_binary_format_refuses_stdout(conn):
    with pytest.raises(EventwireError, match="binary"):
        export_events(conn, "parquet", "-")
