from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

pytestmark = pytest.mark.slow


def test_geoparse_jsonl_and_failures(tmp_path, gazetteer):
    from eventwire.cli.main import cli

    article = tmp_path / "story.txt"
    article.write_text("Floods cut the road between Kisumu and Eldoret in western Kenya.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["geoparse", str(article), str(missing), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["doc"]
    names = {t["text"]: t for t in lines[0]["toponyms"]}
    assert {"Kisumu", "Eldoret", "Kenya"} <= set(names)
    assert names["Kisumu"]["country_code"] == "KE" and names["Kisumu"]["precision"] == "place"
    assert "missing.txt" in result.stderr
