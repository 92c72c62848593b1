#!/usr/bin/env bash
# Installs eventwire and everything it needs to run and to be tested.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
