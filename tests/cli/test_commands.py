"""The extract, ingest and events commands through click's runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli.main import cli
from eventwire.store import Store

ATTACK = (
    "Gunmen attacked a police checkpoint on the edge of the city on Friday, killing two officers. "
    "Residents said the attackers fled in a pickup truck"
)
CALM = "The city council met on Monday to discuss the budget for road repairs, a spokesman said."


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "attack.txt").write_text(ATTACK)
    (folder / "calm.txt").write_text(CALM)
    return folder


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_extract_prints_jsonl_when_piped(fake_pipeline, inputs):
    result = run("extract", str(inputs), "--published", "2019-10-04", "--outlet", "City Radio")
    assert result.exit_code == 0, result.stderr
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["event_type"] == "ASSAULT" and record["date"] == "2019-10-04"
    assert record["article_id"] and record["sources"] == ["City Radio"]
    assert record["evidence"]["sentence"].startswith("Gunmen attacked")
    assert ATTACK[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["sentence"]


def test_extract_csv_and_table(fake_pipeline, inputs):
    result = run("extract", str(inputs / "attack.txt"), "--format", "csv", "--published", "2019-10-04")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1 and rows[0]["location_name"] == "Kirkuk" and rows[0]["date"] == "2019-10-04"
    result = run("extract", str(inputs / "attack.txt"), "--format", "table")
    assert "ASSAULT" in result.stdout and "Kirkuk" in result.stdout
    result = run("extract", str(inputs / "calm.txt"), "--format", "table")
    assert result.exit_code == 0 and "No events found in 1 article(s)" in result.stderr


def test_extract_reads_stdin(fake_pipeline):
    result = run("extract", "-", input=ATTACK)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["actor1"]["name"] == "Unidentified Armed Group"


def test_failures_are_listed_and_exit_1_after_the_rest(fake_pipeline, inputs, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "fr.txt").write_text(
        "Des hommes armés ont attaqué un poste de police dans le nord du pays lundi, selon une source sécuritaire."
    )
    result = run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "fr.txt"), str(inputs), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1  # the good article was still coded
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'fr.txt'}: not English (language 'fr'); only English reports are supported",
        f"{tmp_path / 'nope.txt'}: no such file or directory",
    ]


def test_bad_option_value_is_one_line_error_or_traceback_with_debug(fake_pipeline, inputs):
    result = run("extract", str(inputs), "--published", "next week")
    assert result.exit_code == 1
    assert result.stderr == "Error: --published: cannot read 'next week' as a date; give it as YYYY-MM-DD\n"
    from eventwire.errors import InputError

    with pytest.raises(InputError):
        run("--debug", "extract", str(inputs), "--published", "next week")


def test_ingest_then_events_with_filters(fake_pipeline, inputs, tmp_path):
    db = tmp_path / "store.db"
    result = run("ingest", str(inputs), "--db", str(db), "--published", "2019-10-04", "--outlet", "City Radio")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("2 article(s) read, 2 stored, 0 already stored, 0 failed; 1 event(s) stored")
    again = run("ingest", str(inputs), "--db", str(db))
    assert again.stdout.startswith("2 article(s) read, 0 stored, 2 already stored, 0 failed; 0 event(s)")
    with Store.open(db) as store:
        assert store.count_articles() == 2 and store.count_events() == 1

    listed = run("events", "--db", str(db), "--format", "jsonl")
    [record] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert record["location"]["name"] == "Kirkuk"
    for args, count in [
        (("--country", "Iraq"), 1), (("--country", "SY"), 0), (("--type", "assault"), 1), (("--type", "Battles"), 0),
        (("--since", "2019-10-05"), 0), (("--until", "October 4, 2019"), 1), (("--actor", "armed"), 1),
        (("--near", "35.5,44.4,10"), 1), (("--near", "33.3,44.4,10"), 0), (("--limit", "0"), 0),
    ]:
        out = run("events", "--db", str(db), "--format", "jsonl", *args)
        assert out.exit_code == 0, (args, out.stderr)
        assert len(out.stdout.splitlines()) == count, args


def test_ingest_records_failures_and_uses_eventwire_db(fake_pipeline, inputs, tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("EVENTWIRE_DB", str(db))
    (inputs / "broken.jsonl").write_text('{"text": "Gunmen attacked a bus"\n')
    result = run("ingest", str(inputs))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{inputs / 'broken.jsonl'}#1: line 1: not valid JSON (Expecting ")
    assert len(result.stderr.splitlines()) == 1
    assert "1 failed" in result.stdout and str(db) in result.stdout
    with Store.open(db) as store:
        assert [origin for origin, _, _ in store.failures()] == [f"{inputs / 'broken.jsonl'}#1"]


def test_events_errors(tmp_path):
    result = run("events", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "no event store at" in result.stderr and "eventwire ingest" in result.stderr
    Store.open(tmp_path / "s.db").close()
    for args, message in [
        (("--near", "1,2"), "LAT,LON,KM"),
        (("--country", "Atlantis"), "unknown country 'Atlantis'"),
        (("--since", "soon"), "--since: cannot read 'soon'"),
    ]:
        result = run("events", "--db", str(tmp_path / "s.db"), *args)
        assert result.exit_code == 1 and message in result.stderr, args


@pytest.mark.parametrize(
    "command,option", [("extract", "--format"), ("ingest", "--batch-size"), ("events", "--near")]
)
def test_help(command, option):
    result = run(command, "--help")
    assert result.exit_code == 0 and option in result.stdout


@pytest.mark.slow
def test_extract_bundled_example_with_the_default_pipeline(nlp):
    """The README's first command, through the real default pipeline (spaCy loaded once)."""
    example = Path(__file__).resolve().parents[2] / "examples" / "borno-army-base-attack.txt"
    result = run("extract", str(example), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["article_id"] == "example-borno-army-base-attack"
        text = example.read_text(encoding="utf-8")
        evidence = record["evidence"]
        assert evidence is None or text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_ctrl_c_during_ingest_keeps_committed_batches(monkeypatch, inputs, tmp_path):
    import spacy

    from eventwire.pipeline import Pipeline

    from .conftest import KeywordCoder, SentencePlaces

    for i in range(5):
        (inputs / f"more-{i}.txt").write_text(f"Gunmen attacked a market in the north on Sunday, report {i}.")

    class InterruptingCoder(KeywordCoder):
        calls = 0

        def code(self, doc, article, toponyms):
            InterruptingCoder.calls += 1
            if InterruptingCoder.calls == 6:
                raise KeyboardInterrupt
            return super().code(doc, article, toponyms)

    pipeline = Pipeline(spacy.blank("en"), SentencePlaces(), InterruptingCoder(), batch_size=1)
    monkeypatch.setattr(Pipeline, "default", classmethod(lambda cls, model=None, event_reports=False: pipeline))
    db = tmp_path / "c.db"
    result = run("ingest", str(inputs), "--db", str(db), "--batch-size", "2")
    assert result.exit_code == 130
    assert f"Interrupted: {db} holds 4 article(s)" in result.stderr
    with Store.open(db) as store:
        assert store.count_articles() == 4


@pytest.mark.slow
def test_extract_event_reports_codes_the_lead_when_the_rules_find_nothing(nlp, tmp_path):
    """--event-reports: text known to report an event gets its lead event; general news does not."""
    path = tmp_path / "snippet.txt"
    path.write_text("Bomb disposal experts defused an explosive device found under a bridge near "
                    "Jalalabad on Sunday, police said.\n", encoding="utf-8")
    plain = run("extract", str(path), "--format", "jsonl", "--published", "2024-06-23")
    assert plain.exit_code == 0 and plain.stdout.strip() == ""
    reports = run("extract", str(path), "--format", "jsonl", "--published", "2024-06-23",
                  "--event-reports")
    assert reports.exit_code == 0, reports.stderr
    (record,) = [json.loads(line) for line in reports.stdout.splitlines()]
    assert record["acled_event_type"] == "Strategic developments"
    assert record["confidence"] <= 0.4 and record["date"] == "2024-06-23"
