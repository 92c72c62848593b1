"""`eventwire eval case`: cross-validated scoring on a subset of the CASE dev file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.coding.classify import ACLED_SUB_EVENT_TYPES, SubEventClassifier
from eventwire.evaluate.case import evaluate_case, score

from conftest import DATA, require

pytestmark = pytest.mark.slow


def test_score_weighted_f1_by_hand():
    gold = ["Grenade", "Grenade", "Arrests", "Agreement"]
    predicted = ["Grenade", "Arrests", "Arrests", "Agreement"]
    report = score(gold, predicted, list(ACLED_SUB_EVENT_TYPES), "acled25", "test")
    # Grenade: P=1 R=.5 F=2/3 (support 2); Arrests: P=.5 R=1 F=2/3; Agreement: F=1
    assert report.weighted_f1 == pytest.approx((2 * 2 / 3 + 2 / 3 + 1) / 4)
    assert report.accuracy == pytest.approx(0.75)
    assert {c.label for c in report.classes} == {"Grenade", "Arrests", "Agreement"}


def test_cross_validation_on_a_subset():
    require(DATA / "events" / "case2021-task2-dev.tsv")
    reports = evaluate_case(DATA, folds=3, limit=200, scope="classifier")
    acled = reports["acled25"]
    assert acled.method.startswith("classifier alone, cross-validated, 3 folds")
    assert 100 < acled.n < 200  # only snippets with an ACLED gold label
    assert reports["all30"].n == 200
    # far above chance (1/25) on 2/3 of 200 snippets of training; full run is ~0.77
    assert 0.45 < acled.weighted_f1 <= 1.0
    assert all(c.label in ACLED_SUB_EVENT_TYPES for c in acled.classes)


def test_packaged_model_scored_on_its_training_data_is_not_the_default():
    """Scoring the packaged model directly is possible, but says it is not cross-validated."""
    require(DATA / "events" / "case2021-task2-dev.tsv")
    reports = evaluate_case(DATA, limit=60, classifier=SubEventClassifier.load(), scope="classifier")
    assert "no cross-validation" in reports["acled25"].method


def test_coder_scope_scores_the_top_event_of_each_snippet():
    """The default scope runs the whole pipeline; a snippet with no coded event is a miss."""
    require(DATA / "events" / "case2021-task2-dev.tsv")
    coder = evaluate_case(DATA, folds=2, limit=120)
    classifier = evaluate_case(DATA, folds=2, limit=120, scope="classifier")
    assert coder["acled25"].method.startswith("coder top event (event-report settings), cross-validated, 2 folds")
    assert coder["acled25"].n == classifier["acled25"].n
    assert 0.3 < coder["acled25"].weighted_f1 <= 1.0
    # not the classifier's answers relabelled: the two scopes disagree somewhere
    assert coder["acled25"].accuracy != classifier["acled25"].accuracy


def test_top_event_is_the_first_told_acled_event():
    from eventwire.evaluate.case import top_event
    from eventwire.records import Event, Evidence

    def event(sub, start, confidence=0.5):
        return Event(event_id=f"{sub}{start}", article_id="a", event_type="ASSAULT",
                     acled_sub_event_type=sub, evidence=Evidence("s", start, start + 1),
                     confidence=confidence)

    statement = event(None, 0)
    first, later = event("Attack", 10), event("Armed clash", 50, confidence=0.9)
    assert top_event([later, statement, first]) is first
    tie = event("Arrests", 10, confidence=0.8)
    assert top_event([first, tie]) is tie
    assert top_event([statement]) is None


def test_cli_eval_case_json():
    require(DATA / "events" / "case2021-task2-dev.tsv")
    from eventwire.cli.main import cli

    result = CliRunner().invoke(cli, ["eval", "case", "--data-dir", str(DATA), "--limit", "120",
                                      "--folds", "3", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["acled25"]["method"].startswith("coder top event (event-report settings), cross-validated, 3 folds")
    assert 0.3 < payload["acled25"]["weighted_f1"] <= 1.0
    assert payload["all30"]["n"] == 120


def test_cli_eval_case_table_and_bad_data_dir(tmp_path):
    require(DATA / "events" / "case2021-task2-dev.tsv")
    from eventwire.cli.main import cli

    result = CliRunner().invoke(cli, ["eval", "case", "--data-dir", str(DATA), "--limit", "80",
                                      "--folds", "2", "--no-classes"])
    assert result.exit_code == 0, result.output
    assert "cross-validated, 2 folds" in result.output and "25 ACLED types" in result.output
    missing = CliRunner().invoke(cli, ["eval", "case", "--data-dir", str(tmp_path)])
    assert missing.exit_code != 0 and "--data-dir" in missing.output


def test_cli_eval_case_other_file_uses_the_packaged_model(tmp_path):
    """--file scores a labelled file in the CASE layout without cross-validation."""
    from eventwire.cli.main import cli

    path = tmp_path / "test.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tA suicide bomber blew himself up at a checkpoint outside the city, killing "
        "nine soldiers, officials said.\tSUIC_BOMB\n"
        "3\tPolice arrested 40 opposition activists in the capital on Monday after a "
        "rally, a party spokesman said.\tARREST\n",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "case", "--file", str(path), "--scope", "classifier",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert "no cross-validation" in payload["acled25"]["method"]
    assert payload["acled25"]["n"] == 2
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tEventSnippet\tSubType\n1\tsome text\tNOT_A_CODE\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "case", "--file", str(bad)])
    assert result.exit_code != 0 and "NOT_A_CODE" in result.output
