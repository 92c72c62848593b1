#!/usr/bin/env bash
# Installs eventwire and everything it needs to run and to be tested.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
if ! command -v eventwire >/dev/null 2>&1; then
    echo "eventwire is installed, but pip's script folder is not on PATH; use 'python -m eventwire' or add it to PATH." >&2
fi
