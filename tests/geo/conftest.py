"""Geo fixtures: the real gazetteer (built once per machine in the cache folder) and a
tiny one written in the GeoNames dump format."""

from __future__ import annotations

from pathlib import Path

import pytest

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2,
# admin3, admin4, population, elevation, dem, timezone, modified
ROWS = [
    ("6252001", "United States", "United States", "USA,U.S.,America", "39.76", "-98.5", "A", "PCLI", "US", "", "00", "", "", "", "327167434"),
    ("4896861", "Illinois", "Illinois", "State of Illinois", "40.00032", "-89.25037", "A", "ADM1", "US", "", "IL", "", "", "", "12671821"),
    ("4099753", "Missouri", "Missouri", "", "38.25031", "-92.50046", "A", "ADM1", "US", "", "MO", "", "", "", "6137428"),
    ("4250542", "Springfield", "Springfield", "Springfeld", "39.80172", "-89.64371", "P", "PPLA", "US", "", "IL", "167", "", "", "116250"),
    ("4409896", "Springfield", "Springfield", "", "37.21533", "-93.29824", "P", "PPL", "US", "", "MO", "077", "", "", "166810"),
    ("4409590", "Greene County", "Greene County", "", "37.25807", "-93.34162", "A", "ADM2", "US", "", "MO", "077", "", "", "275174"),
    ("98182", "Baghdad", "Baghdad", "Bagdad,Baghdād,Bagdád", "33.34058", "44.40088", "P", "PPLC", "IQ", "", "07", "", "", "", "7216000"),
    ("99237", "Iraq", "Iraq", "Irak,Republic of Iraq", "33", "44", "A", "PCLI", "IQ", "", "00", "", "", "", "29671605"),
    ("99071", "Al Fallūjah", "Al Fallujah", "Fallujah,Falluja,Al-Fallujah", "33.34913", "43.77861", "P", "PPLA2", "IQ", "", "01", "", "", "", "190159"),
]


def write_dump(folder: Path) -> list[Path]:
    table = folder / "SMALL.txt"
    table.write_text(
        "".join("\t".join(list(row) + ["", "", "UTC", "2024-01-01"]) + "\n" for row in ROWS), encoding="utf-8"
    )
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("US.IL\tIllinois\tIllinois\t4896861\nUS.MO\tMissouri\tMissouri\t4099753\n"
                      "IQ.01\tAnbar\tAnbar\t99592\nIQ.07\tBaghdad\tBaghdad\t98180\n", encoding="utf-8")
    admin2 = folder / "admin2Codes.txt"
    admin2.write_text("US.MO.077\tGreene County\tGreene County\t4409590\n", encoding="utf-8")
    return [table, admin1, admin2]


@pytest.fixture(scope="session")
def dump_files(tmp_path_factory) -> list[Path]:
    return write_dump(tmp_path_factory.mktemp("geonames"))


@pytest.fixture(scope="session")
def small_gazetteer(dump_files, tmp_path_factory):
    from eventwire.geo.gazetteer import Gazetteer, import_geonames

    path = import_geonames(dump_files, tmp_path_factory.mktemp("index") / "small.sqlite", progress=None)
    return Gazetteer(path)


@pytest.fixture(scope="session")
def gazetteer():
    """The real index from the packages (built on first use, then shared)."""
    from eventwire.geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    from eventwire.geo import Geoparser

    return Geoparser(gazetteer)
