"""The code stays free of pyflakes errors (unused imports and names, undefined names)."""

import shutil
import subprocess
import sys

import pytest

from conftest import REPO


def test_no_pyflakes_errors():
    if shutil.which("ruff") is None and subprocess.run(
        [sys.executable, "-m", "ruff", "--version"], capture_output=True
    ).returncode != 0:
        pytest.skip("ruff is not installed (it comes with the dev extra)")
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "F", "src", "tests", "bench", "tools"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
