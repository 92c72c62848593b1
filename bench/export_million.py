"""Export 1,000,000 merged events in every format: seconds and peak RSS per format.

Builds a temporary store (the real schema, through ``Store.open``) and bulk
inserts N synthetic merged events, then runs each export in a fresh child
process (so each peak RSS is its own), plus a baseline child that only
iterates the same rows with a cursor. Prints seconds, peak RSS and the ratio
to the baseline. Targets: each format < 60 s and < 500 MB.

    PYTHONPATH=src python bench/export_million.py [--events 1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

COUNTRIES = [
    ("IQ", 33.3, 44.4), ("SY", 35.0, 38.5), ("NG", 9.1, 7.5), ("ML", 14.5, -4.0), ("UA", 48.5, 35.0),
    ("SO", 5.2, 46.2), ("YE", 15.4, 44.2), ("AF", 34.5, 69.2), ("CD", -1.7, 29.2), ("MM", 21.0, 96.0),
    ("SD", 15.5, 32.5), ("ET", 9.0, 38.7), ("PK", 33.7, 73.0), ("MX", 19.4, -99.1), ("CO", 4.7, -74.1),
]  # fmt: skip
TYPES = [
    ("ASSAULT", "Battles", "Armed clash", "rebel group", "state forces"),
    ("ASSAULT", "Battles", "Non-state actor overtakes territory", "rebel group", "state forces"),
    ("ASSAULT", "Explosions/Remote violence", "Air/drone strike", "state forces", "rebel group"),
    ("ASSAULT", "Violence against civilians", "Attack", "political militia", "civilians"),
    ("PROTEST", "Protests", "Peaceful protest", "protesters", None),
    ("PROTEST", "Riots", "Violent demonstration", "rioters", None),
    ("THREATEN", None, None, "state forces", None),
]
OUTLETS = ["Reuters", "AFP", "AP", "BBC", "Al Jazeera", "CNN", "The Guardian", "Xinhua", "Anadolu"]


def synthetic_rows(n: int, seed: int = 7):
    from eventwire.merge.store import COLUMNS

    rng = random.Random(seed)
    start = date(2015, 1, 1).toordinal()
    assert len(COLUMNS) == 34
    for i in range(n):
        cc, lat0, lon0 = COUNTRIES[i % len(COUNTRIES)]
        etype, acled, sub, t1, t2 = TYPES[rng.randrange(len(TYPES))]
        day = start + rng.randrange(3650)
        iso = date.fromordinal(day).isoformat()
        fat = rng.choice([None, 0, 1, 2, 5, 12])
        n_rep = rng.randint(1, 4)
        sources = rng.sample(OUTLETS, min(n_rep, 3))
        yield (
            f"m-{i:016x}", acled or f"PLOVER:{etype}", etype, None, acled, sub,
            f"Actor group {i % 997}", t1, cc, f"Other group {i % 113}" if t2 else None, t2, cc if t2 else None,
            iso, "day", day, day,
            f"Town {i % 5003}", 100000 + i % 5003, lat0 + rng.uniform(-2, 2), lon0 + rng.uniform(-2, 2),
            f"Province {i % 31}", f"District {i % 211}", cc, "place",
            fat, fat, None if fat is None else fat + rng.randint(0, 4), None,
            json.dumps(sources), n_rep, len(sources), round(rng.uniform(0.3, 0.99), 3),
            f"Fighting broke out between two armed groups near Town {i % 5003}, witnesses told reporters on the day.",
            "2026-01-01T00:00:00+00:00",
        )  # fmt: skip


def build(db: Path, n: int) -> float:
    from eventwire.merge.store import _SCHEMA, bulk_insert_rows
    from eventwire.store import Store

    t0 = time.perf_counter()
    store = Store.open(db)
    conn = store.conn
    indexes = [s for s in _SCHEMA if s.startswith("CREATE INDEX") and "merged_events" in s]
    for name in ("merged_events_window", "merged_events_day", "merged_events_country_day", "merged_events_sub_type"):
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("PRAGMA synchronous=OFF")
    rows = synthetic_rows(n)
    conn.execute("BEGIN")
    while True:
        chunk = [row for _, row in zip(range(50_000), rows)]
        if not chunk:
            break
        bulk_insert_rows(conn, chunk)
        print(f"  inserted {conn.execute('SELECT count(*) FROM merged_events').fetchone()[0]:,}", end="\r", flush=True)
    conn.execute("COMMIT")
    for statement in indexes:
        conn.execute(statement)
    store.close()
    return time.perf_counter() - t0


def child(fmt: str, db: str, out: str) -> None:
    from eventwire.store import Store

    store = Store.open(db)
    if fmt == "baseline":
        # the exporters' query (same rows, same order), without building or writing records
        cursor = store.conn.execute("SELECT * FROM merged_events ORDER BY day_start, rowid")
        count = 0
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            count += len(rows)
    else:
        from eventwire.export import export_events

        count = export_events(store, fmt, out)
    store.close()
    print(count)


def measure(fmt: str, db: Path, out: Path) -> tuple[float, float, int]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", fmt, str(db), str(out)], stdout=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"{fmt} export failed ({proc.returncode})")
    return seconds, usage.ru_maxrss / 1024, int(output.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--keep", help="Build the store in this folder and keep it.")
    parser.add_argument("--child", nargs=3, metavar=("FORMAT", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    try:
        if not db.exists():
            print(f"building a store with {args.events:,} merged events in {db}")
            print(f"  built in {build(db, args.events):.1f} s          ")
        print(f"{'format':<14}{'rows':>10}{'seconds':>10}{'peak RSS MB':>13}{'x baseline':>12}{'out MB':>9}")
        base_s, base_mb, base_n = measure("baseline", db, folder / "none")
        print(f"{'baseline':<14}{base_n:>10,}{base_s:>10.1f}{base_mb:>13.0f}{1.0:>12.1f}{'-':>9}")
        suffix = {"acled-csv": "csv", "plover-jsonl": "jsonl", "geojson": "geojson", "parquet": "parquet"}
        ok = True
        for fmt, ext in suffix.items():
            out = folder / f"export.{ext}"
            seconds, mb, n = measure(fmt, db, out)
            size = out.stat().st_size / 1e6
            print(f"{fmt:<14}{n:>10,}{seconds:>10.1f}{mb:>13.0f}{seconds / base_s:>12.1f}{size:>9.0f}")
            ok &= seconds < 60 and mb < 500
            out.unlink()
        print("targets (each format < 60 s and < 500 MB):", "met" if ok else "NOT met")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
