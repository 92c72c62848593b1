"""Parse stage: load the spaCy pipeline once and parse article texts."""

from .nlp import load_pipeline

__all__ = ["load_pipeline"]
