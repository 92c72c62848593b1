"""The trigger lexicon (``data/triggers.yaml``) compiled once for fast lookup."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from .classify.labels import ACLED_SUB_EVENT_TYPES

#: ACLED sub-event type -> event type (the 25 of the ACLED codebook; one table, kept as data)
SUB_TO_TYPE: dict[str, str] = ACLED_SUB_EVENT_TYPES

#: the same table grouped by event type, in codebook order
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    etype: tuple(sub for sub, parent in SUB_TO_TYPE.items() if parent == etype)
    for etype in dict.fromkeys(SUB_TO_TYPE.values())
}


@dataclass(frozen=True)
class TriggerClass:
    name: str
    plover: str
    mode: str | None
    acled_type: str | None
    acled_sub: str | None
    state_sub: str | None = None
    needs_place_object: bool = False
    needs_object: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    classes: dict[str, TriggerClass]
    verbs: dict[str, list[tuple[str | None, str]]] = field(default_factory=dict)
    """lemma -> [(second word or None, class name)]"""
    nouns: dict[str, list[tuple[str | None, str]]] = field(default_factory=dict)
    instruments: list[tuple[str, str, list[tuple[str, ...]]]] = field(default_factory=list)
    #: cues that a change of control was handed over, not fought for
    nonviolent_transfer: list[tuple[str, ...]] = field(default_factory=list)
    protest_intervention: list[tuple[str, ...]] = field(default_factory=list)
    excessive_force: list[tuple[str, ...]] = field(default_factory=list)
    violent_protest: list[tuple[str, ...]] = field(default_factory=list)
    violent_death_signs: frozenset[str] = frozenset()
    state_failure_quotes: list[tuple[str, ...]] = field(default_factory=list)
    crime_quotes: list[tuple[str, ...]] = field(default_factory=list)
    blame_quotes: list[tuple[str, ...]] = field(default_factory=list)
    assault_modes: dict[str, str] = field(default_factory=dict)
    place_nouns: frozenset[str] = frozenset()
    noun_support: frozenset[str] = frozenset()
    non_violent_causes: list[tuple[str, ...]] = field(default_factory=list)
    political_arrest_words: frozenset[str] = frozenset()
    property_nouns: frozenset[str] = frozenset()
    quote_threat_verbs: frozenset[str] = frozenset()
    quote_demand_verbs: frozenset[str] = frozenset()

    def verb_classes(self, token: Token) -> list[str]:
        return self._lookup(self.verbs, token, verb=True)

    def noun_classes(self, token: Token) -> list[str]:
        return self._lookup(self.nouns, token, verb=False)

    @staticmethod
    def _lookup(table: dict[str, list[tuple[str | None, str]]], token: Token, verb: bool) -> list[str]:
        lemma = token.lemma_.lower()
        entries = table.get(lemma) or table.get(token.lower_)
        doc = token.doc
        if not entries and not verb and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head == token:
            # "sit-in", "lock-in": a hyphenated noun the tokenizer split at the hyphen
            entries = table.get(f"{doc[token.i - 2].lower_}-{token.lower_}")
            if not entries and token.lower_.endswith("s"):
                entries = table.get(f"{doc[token.i - 2].lower_}-{token.lower_[:-1]}")  # ("sit-ins")
        found: list[str] = []
        if entries:
            children = list(token.children)
            for second, cls in entries:
                if second is None:
                    found.append(cls)
                elif verb and (any(c.lower_ == second or c.lemma_.lower() == second for c in children if c.dep_ in ("prt", "dobj", "prep", "advmod")
                                   # (not a day: "called ... on Monday afternoon" is no "call on")
                                   and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"))
                               or any(o.lower_ == second for c in children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj")
                               # ("pushed a lawyer who had been advising the family into a car": "into"
                               # parsed into the object's relative clause)
                               or second == "into" and any(t.lower_ == "into" and t.dep_ == "prep" and t.head.dep_ == "relcl"
                                                           for c in children if c.dep_ == "dobj" for t in c.subtree)
                               # ("calling for federal forces to be stationed": "for" parsed as the next clause's marker)
                               or token.i + 1 < len(doc) and doc[token.i + 1].lower_ == second and doc[token.i + 1].dep_ == "mark"
                               and doc[token.i + 1].head.head.i == token.i
                               # ("made safe a second device": the adjective parsed onto the object)
                               or token.i + 1 < len(doc) and doc[token.i + 1].lower_ == second and doc[token.i + 1].dep_ in ("amod", "acomp", "oprd")
                               and token.i in (doc[token.i + 1].head.i, doc[token.i + 1].head.head.i)):
                    found.insert(0, cls)  # (also "set a bus on fire": the second word under a preposition)
        if not verb:
            # "exchange of fire": noun + "of" + noun
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    for second, cls in table.get(f"{lemma} of {obj.lemma_.lower()}", []):
                        if cls not in found:
                            found.insert(0, cls)
        # modifier + noun pairs ("air strike", "car bomb")
        for child in token.lefts:
            if child.dep_ in ("compound", "amod") and not verb:
                for key in (f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {token.lower_}"):
                    for second, cls in table.get(key, []):
                        if cls not in found:
                            found.insert(0, cls)
        return found


def _phrases(words: list) -> list[tuple[str, ...]]:
    return [tuple(str(w).lower().split()) for w in words]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files(__package__).joinpath("data/triggers.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    lex = Lexicon(classes={})
    for name, spec in data["classes"].items():
        lex.classes[name] = TriggerClass(
            name=name,
            plover=spec["plover"],
            mode=spec.get("mode"),
            acled_type=spec.get("acled_type"),
            acled_sub=spec.get("acled_sub"),
            state_sub=spec.get("state_sub"),
            needs_place_object=bool(spec.get("needs_place_object")),
            needs_object=frozenset(str(w).lower() for w in spec.get("needs_object", [])),
        )
        for table, key in ((lex.verbs, "verbs"), (lex.nouns, "nouns")):
            for word in spec.get(key, []) or []:
                parts = str(word).lower().split()
                if key == "verbs" and len(parts) == 2:
                    table.setdefault(parts[0], []).append((parts[1], name))
                else:
                    table.setdefault(" ".join(parts), []).append((None, name))
    for group in data["instruments"]:
        lex.instruments.append((group["sub"], group["mode"], _phrases(group["words"])))
    lex.protest_intervention = _phrases(data["protest_intervention"])
    lex.excessive_force = _phrases(data["excessive_force"])
    lex.violent_protest = _phrases(data["violent_protest"])
    lex.violent_death_signs = frozenset(str(w).lower() for w in data["violent_death_signs"])
    lex.state_failure_quotes = _phrases(data["state_failure_quotes"])
    lex.crime_quotes = _phrases(data["crime_quotes"])
    lex.blame_quotes = _phrases(data["blame_quotes"])
    lex.assault_modes = {str(k): str(v) for k, v in data.get("assault_modes", {}).items()}
    lex.place_nouns = frozenset(str(w).lower() for w in data.get("place_nouns", []))
    lex.noun_support = frozenset(str(w).lower() for w in data.get("noun_support", []))
    lex.non_violent_causes = _phrases(data.get("non_violent_causes", []))
    lex.political_arrest_words = frozenset(str(w).lower() for w in data.get("political_arrest_words", []))
    lex.property_nouns = frozenset(str(w).lower() for w in data.get("property_nouns", []))
    lex.quote_threat_verbs = frozenset(str(w).lower() for w in data.get("quote_threat_verbs", []))
    lex.quote_demand_verbs = frozenset(str(w).lower() for w in data.get("quote_demand_verbs", []))
    lex.nonviolent_transfer = _phrases(data.get("nonviolent_transfer", []))
    for sub in (c.acled_sub for c in lex.classes.values()):
        if sub is not None and sub not in SUB_TO_TYPE:
            raise ValueError(f"triggers.yaml: unknown ACLED sub-event type {sub!r}")
    return lex


def contains_phrase(tokens: list[Token], phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first phrase (as lemma or lower-case words) that occurs in ``tokens``."""
    lemmas = [t.lemma_.lower() for t in tokens]
    lowers = [t.lower_ for t in tokens]
    for phrase in phrases:
        n = len(phrase)
        for seq in (lemmas, lowers):
            for i in range(len(seq) - n + 1):
                if tuple(seq[i:i + n]) == phrase:
                    return phrase
    return None
