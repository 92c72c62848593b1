from __future__ import annotations

import sqlite3
import time

import pytest
from click.testing import CliRunner

from eventwire.errors import GazetteerError
from eventwire.geo.gazetteer import FORMAT_VERSION, Gazetteer
from eventwire.geo.normalize import name_key, skeleton


def test_name_keys_fold_diacritics_apostrophes_and_initialisms():
    assert name_key("Al-Qa’im") == "al qaim"
    assert name_key("Zürich") == "zurich"
    assert name_key("U. S.") == name_key("U.S.") == "us"


@pytest.mark.parametrize(
    "written, gazetteer_form",
    [("Falluja", "Al Fallūjah"), ("Husaybah", "Huseiba"), ("Amara", "Al ‘Amārah"),
     ("Mosoul", "Mosul"), ("Tikrit", "Tikreet")],
)
def test_skeleton_joins_transliteration_variants(written, gazetteer_form):
    assert skeleton(written) == skeleton(gazetteer_form)


def test_skeleton_keeps_different_names_apart():
    assert skeleton("Paris") != skeleton("Perth")
    assert skeleton("Basra") != skeleton("Busan")


def test_import_small_dump(small_gazetteer):
    springfields = small_gazetteer.lookup("Springfield")
    assert {e.admin1 for e, _ in springfields} == {"Illinois", "Missouri"}
    missouri = next(e for e, _ in springfields if e.admin1_code == "MO")
    assert missouri.admin2 == "Greene County" and missouri.kind == "place"
    assert [e.name for e, _ in small_gazetteer.lookup("Bagdad")] == ["Baghdad"]
    assert [e.kind for e, _ in small_gazetteer.lookup("Iraq")] == ["country"]
    assert small_gazetteer.lookup("Greene")[0][0].kind == "admin2"  # bare name of "X County"
    assert small_gazetteer.lookup_variant("Faloojah")[0][0].geonameid == 99071
    assert small_gazetteer.lookup("Ill.")[0][0].name == "Illinois"  # AP abbreviation data file
    assert small_gazetteer.lookup("Nowhere") == []


def test_open_rejects_a_stale_format(tmp_path, small_gazetteer):
    stale = tmp_path / "stale.sqlite"
    stale.write_bytes(small_gazetteer.path.read_bytes())
    with sqlite3.connect(stale) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'format'", (str(FORMAT_VERSION - 1),))
    with pytest.raises(GazetteerError, match="rebuild"):
        Gazetteer(stale)


def test_missing_index_names_the_way_out(tmp_path):
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Gazetteer(tmp_path / "none.sqlite")


def test_import_command(dump_files, tmp_path):
    from eventwire.cli.main import cli

    target = tmp_path / "imported.sqlite"
    result = CliRunner().invoke(cli, ["gazetteer", "import", *map(str, dump_files), "--path", str(target)])
    assert result.exit_code == 0, result.output
    info = CliRunner().invoke(cli, ["gazetteer", "info", "--path", str(target)])
    assert '"place": 4' in info.output and '"country": 2' in info.output


def test_import_rejects_a_file_that_is_not_geonames(tmp_path):
    from eventwire.cli.main import cli

    bad = tmp_path / "bad.txt"
    bad.write_text("just\ttwo\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(bad), "--path", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 1
    assert "19 tab-separated GeoNames columns" in result.output


def test_real_index_holds_every_level_and_opens_fast(gazetteer):
    start = time.perf_counter()
    reopened = Gazetteer(gazetteer.path)
    assert time.perf_counter() - start < 2.0
    kinds = reopened.info()["places"]
    assert kinds["country"] > 200 and kinds["admin1"] > 3000 and kinds["admin2"] > 30000
    assert kinds["place"] > 200000
    texas = [e for e, _ in reopened.lookup("Texas") if e.kind == "admin1"][0]
    assert texas.country_code == "US" and 29 < texas.lat < 33 and -101 < texas.lon < -97
    takhar = [e for e, _ in reopened.lookup("Takhar") if e.kind == "admin1"]
    assert takhar and takhar[0].country_code == "AF"


def test_only_older_index_formats_count_as_stale(tmp_path):
    from eventwire.geo.gazetteer import _index_version

    assert _index_version(tmp_path / f"gazetteer-v{FORMAT_VERSION - 1}.sqlite") < FORMAT_VERSION
    assert _index_version(tmp_path / f"gazetteer-v{FORMAT_VERSION + 1}.sqlite") > FORMAT_VERSION  # kept
    assert _index_version(tmp_path / "gazetteer-vX.sqlite") == 0


def test_two_builds_of_one_index_at_once_both_succeed(tmp_path):
    """First runs of two eventwire processes at the same time must not trip over each other."""
    from eventwire.geo.gazetteer import Entry, Gazetteer, _Builder

    path = tmp_path / "shared.sqlite"
    first, second = _Builder(path), _Builder(path)  # the second starts while the first builds
    for builder in (first, second):
        builder.place(Entry(1138336, "Kandahar", "place", "AF", "23", None, "Kandahar", None, 31.61, 65.71, 391_190, "PPLA"))
        builder.name("Kandahar", 1138336, 0)
    assert first.finish("test") == path and second.finish("test") == path
    assert [e.name for e, _ in Gazetteer(path).lookup("Kandahar")] == ["Kandahar"]
    assert not list(tmp_path.glob("*.building"))
