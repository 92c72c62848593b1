import csv
import dataclasses
import io
import json

import pytest
from click.testing import CliRunner
from merge.factory import report

from eventwire.cli.main import cli
from eventwire.pipeline import ArticleResult
from eventwire.records import Article
from eventwire.store import Store


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "events.db"
    store = Store.open(path)
    take = "Non-state actor overtakes territory"
    items = [
        ("a1", "Reuters", report(outlet="Reuters", sub=take, actor2="Military Forces of Iraq", fatalities=5)),
        ("a2", "AFP", report(outlet="AFP", sub=take, place="Townville-east", fatalities=3)),
        ("a3", "AP", report(outlet="AP", day="2014-07-01", place="Otherton", sub="Armed clash")),
        (
            "a4",
            "BBC",
            report(outlet="BBC", day="2015-02-01", sub="Government regains territory",
                   actor1="Military Forces of Iraq", actor2="Islamic State"),
        ),
    ]  # fmt: skip
    for article_id, outlet, event in items:
        article = Article(article_id, "text", outlet=outlet)
        store.add_article_result(ArticleResult(article, events=[dataclasses.replace(event, article_id=article_id)]))
    store.close()
    return str(path)


def run(*args):
    result = CliRunner().invoke(cli, list(args))
    return result


def test_export_acled_csv_to_stdout_with_filters(db):
    result = run("export", "--format", "acled-csv", "-", "--db", db, "--until", "2014-12-31", "--country", "Iraq")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 2
    assert {r["sub_event_type"] for r in rows} == {"Non-state actor overtakes territory", "Armed clash"}


def test_export_every_format_to_files(db, tmp_path):
    for fmt, name in [("plover-jsonl", "e.jsonl"), ("geojson", "e.geojson"), ("parquet", "e.parquet")]:
        out = tmp_path / name
        result = run("export", "--format", fmt, str(out), "--db", db, "--near", "34.0,42.0,10")
        assert result.exit_code == 0, result.output
        assert "wrote 2 events" in result.output
    assert len(json.loads((tmp_path / "e.geojson").read_text())["features"]) == 2


def test_export_errors_are_one_line(db, tmp_path):
    result = run("export", "--format", "parquet", "-", "--db", db)
    assert result.exit_code == 1 and "binary" in result.output
    result = run("export", "--format", "geojson", "-", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code != 0 and "no event store" in result.output
    result = run("export", "--format", "geojson", "-", "--db", db, "--since", "June")
    assert "YYYY-MM-DD" in result.output


def test_control_timeline_and_controller_at_date(db):
    result = run("control", "--place", "townville", "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Townville")
    assert "2014-06-21  Islamic State" in result.output
    assert "2015-02-01  Military Forces of Iraq" in result.output

    at = run("control", "--place", "Townville", "--at", "2014-09-01", "--db", db)
    assert "Townville: Islamic State since 2014-06-21" in at.output

    geo = run("control", "--at", "2015-03-01", "--format", "geojson", "--db", db)
    collection = json.loads(geo.output)
    (feature,) = collection["features"]
    assert feature["properties"]["controller"] == "Military Forces of Iraq"
    assert feature["properties"]["since"] == "2015-02-01"

    missing = run("control", "--place", "Nowhere", "--db", db)
    assert missing.exit_code != 0 and "no change of control" in missing.output
