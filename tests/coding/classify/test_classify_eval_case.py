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
    reports = evaluate_case(DATA, folds=3, limit=200)
    acled = reports["acled25"]
    assert "cross-validated, 3 folds" in acled.method
    assert 100 < acled.n < 200  # only snippets with an ACLED gold label
    assert reports["all30"].n == 200
    # far above chance (1/25) on 2/3 of 200 snippets of training; full run is ~0.77
    assert 0.45 < acled.weighted_f1 <= 1.0
    assert all(c.label in ACLED_SUB_EVENT_TYPES for c in acled.classes)


def test_packaged_model_scored_on_its_training_data_is_not_the_default():
    """Scoring the packaged model directly is possible, but says it is not cross-validated."""
    require(DATA / "events" / "case2021-task2-dev.tsv")
    reports = evaluate_case(DATA, limit=60, classifier=SubEventClassifier.load())
    assert "no cross-validation" in reports["acled25"].method


def test_cli_eval_case_json():
    require(DATA / "events" / "case2021-task2-dev.tsv")
    from eventwire.cli.main import cli

    result = CliRunner().invoke(cli, ["eval", "case", "--data-dir", str(DATA), "--limit", "120",
                                      "--folds", "3", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["acled25"]["method"].startswith("cross-validated, 3 folds")
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
