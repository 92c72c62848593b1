"""The EUPEG scorer on tiny hand-made files, and the eval CLI on a small subset."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.evaluate.geo import Annotation, parse_line, read_annotations, score

from .paths import DATA, require

GOLD = [
    "Paris,,Paris,,48.85,,2.35,,10,,15,,x||Texas,,Texas,,31.25,,-99.25,,30,,35,,y||",
    "Lyon,,Lyon,,45.75,,4.85,,0,,4||",
]
PRED = [
    # Paris overlapping and placed right; Texas placed 300+ km off; one spurious name.
    "Paris,,Paris,,48.86,,2.34,,11,,16||Texas,,Texas,,33.0,,-96.0,,30,,35||Foo,,Foo,,0,,0,,50,,53||",
    "",
]


def test_parse_line_reads_fields_and_skips_broken_items():
    items = parse_line("A,,Alpha,,1.5,,2.5,,3,,8,,extra||broken,,item||")
    assert items == [Annotation(3, 8, "Alpha", 1.5, 2.5)]


def test_scores_on_hand_made_files(tmp_path):
    gold_file, pred_file = tmp_path / "gold.txt", tmp_path / "pred.txt"
    gold_file.write_text("\n".join(GOLD) + "\n", encoding="utf-8")
    pred_file.write_text("\n".join(PRED) + "\n", encoding="utf-8")
    result = score("test", read_annotations(gold_file), read_annotations(pred_file))
    assert (result.gold, result.predicted, result.matched, result.within) == (3, 3, 2, 1)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.accuracy_161 == pytest.approx(1 / 2)
    assert result.end_to_end == pytest.approx(1 / 3)


def test_matching_is_one_to_one():
    gold = [[Annotation(0, 5, "Paris", 48.85, 2.35)]]
    pred = [[Annotation(0, 5, "Paris", 48.85, 2.35), Annotation(2, 5, "ris", 48.85, 2.35)]]
    result = score("dup", gold, pred)
    assert (result.matched, result.predicted) == (1, 2)


@pytest.mark.slow
def test_eval_cli_on_a_subset():
    require(DATA / "geo" / "eupeg" / "gold" / "LGL_gold.txt")
    from eventwire.cli.main import cli

    result = CliRunner().invoke(
        cli, ["eval", "geo", "--corpus", "LGL", "--limit", "3", "--data-dir", str(DATA), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    systems = {s["system"]: s for s in report["systems"]}
    assert "eventwire" in systems and "CamCoder" in systems and len(systems) >= 5
    for s in systems.values():
        assert s["documents"] == 3 and s["gold"] == systems["eventwire"]["gold"] > 0
        assert 0.0 <= s["end_to_end"] <= s["recall"] <= 1.0


def test_eval_cli_names_a_missing_data_dir(tmp_path):
    from eventwire.cli.main import cli

    result = CliRunner().invoke(cli, ["eval", "geo", "--data-dir", str(tmp_path), "--limit", "1"])
    assert result.exit_code != 0
    assert "--data-dir" in result.output
