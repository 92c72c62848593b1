"""Crash safety: kill -9 in the middle of `eventwire ingest`, then finish the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

ARTICLES = 400
BATCH = 10
SENTENCES = [
    "Gunmen attacked a checkpoint on the road north of the district centre on {day}, officials said.",
    "Police said {n} people were wounded and that reinforcements had been sent to the area.",
    "Residents reported hearing gunfire for about an hour before the attackers withdrew.",
    "No group has claimed responsibility, the provincial governor told reporters.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _committed(db) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet / schema not yet committed
        return 0


def _ingest(folder, db) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire", "ingest", str(folder), "--db", str(db), "--batch-size", str(BATCH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_sigkill_mid_ingest_keeps_committed_batches_and_rerun_completes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {}
    for i in range(ARTICLES):
        text = " ".join(s.format(day=DAYS[i % 7], n=i % 9 + 2) for s in SENTENCES) + f" Report number {i}."
        texts[f"{i:04d}.txt"] = text
        (folder / f"{i:04d}.txt").write_text(text)
    db = tmp_path / "events.db"

    child = _ingest(folder, db)
    deadline = time.monotonic() + 120
    while _committed(db) < 2 * BATCH:
        assert child.poll() is None, f"ingest ended before it could be killed: {child.communicate()}"
        assert time.monotonic() < deadline, "ingest never committed a batch"
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT origin, text FROM articles").fetchall()
    conn.close()
    kept = len(rows)
    assert 2 * BATCH <= kept < ARTICLES, "the kill must land mid-run"
    assert kept % BATCH == 0, "only whole batches are committed"
    for origin, text in rows:
        assert text == texts[os.path.basename(origin)]

    rerun = _ingest(folder, db)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.startswith(
        f"{ARTICLES} article(s) read, {ARTICLES - kept} stored, {kept} already stored, 0 failed"
    ), out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT origin) FROM articles").fetchone() == (ARTICLES, ARTICLES)
    events, distinct = conn.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
    assert events == distinct
    conn.close()
