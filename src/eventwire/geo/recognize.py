"""Toponym recognition: spaCy NER spans plus a gazetteer matcher, decided by context.

spaCy's small English NER labels many Arabic, Pashto or Somali town names as PERSON
or ORG, or misses them. Every capitalized run of words is therefore looked up in the
gazetteer too (exact name key, then transliteration skeleton), and a name the NER did
not call a place is kept only on evidence from the text: a cue word before it ("in",
"the town of", "seized"), a generic word after it ("province", "district"), a
"Town, State" pattern, a list or coordination with other places, or the same name
accepted elsewhere in the document. Frequent English words and parts of longer
person or organisation names are rejected unless such evidence exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from .gazetteer import ABBREVIATION, DEMONYM, STATE_ABBREVIATION, Entry, Gazetteer
from .normalize import name_key

# "30 km north of X", "12 miles (19 km) to the south-west of X": a distance and bearing
# from a named place.
BEARINGS = {
    "north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
    "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315,
}
UNITS = {"mile": 1.609344, "miles": 1.609344, "mi": 1.609344, "km": 1.0, "kms": 1.0,
          "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometre": 1.0}
RELATION = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>miles?|mi|kms?|kilomet(?:er|re)s?)\s+"
    r"(?:\([^)]{0,30}\)\s+)?(?:to\s+the\s+)?"
    r"(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ern)?\s+of\s+",
    re.IGNORECASE,
)
PLACE_LABELS = {"GPE", "LOC", "FAC"}
BLOCKING_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP", "FAC"}

#: Words right before a name that make it a place ("in Sinjar", "near Tikrit").
CUE_BEFORE = {
    "in", "at", "near", "from", "into", "outside", "across", "throughout", "toward", "towards",
    "around", "via", "through", "inside", "to", "between", "around", "reach", "reached",
    "seized", "seize", "seizing", "captured", "capture", "capturing", "took", "take", "retook",
    "entered", "attacked", "bombed", "shelled", "stormed", "liberated", "besieged", "overran",
    "evacuated", "fled", "invaded", "occupied", "surrounded", "hit", "struck", "raided",
    "visited", "visit", "based", "born", "outskirts", "suburb", "suburbs", "downtown", "approaching",
}
#: Two-word cues ending in "of" ("town of", "north of", "control of").
CUE_OF = {
    "town", "city", "village", "villages", "towns", "cities", "province", "provinces", "district",
    "county", "state", "region", "capital", "outskirts", "suburb", "suburbs", "area", "port",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "center", "centre", "heart", "streets", "residents", "people", "governor", "mayor",
    "control", "fall", "capture", "siege", "part", "parts", "republic", "kingdom", "island",
    "municipality", "neighborhood", "neighbourhood", "borough", "township", "parish",
    "edge", "edges", "fringes", "vicinity", "environs", "entrance",
}
#: Generic words right after a name ("Anbar province", "Takhar governorate").
CUE_AFTER = {
    "province", "provinces", "governorate", "district", "districts", "county", "parish", "region",
    "state", "city", "town", "village", "area", "border", "borders", "oblast",
    "prefecture", "municipality", "township", "borough", "neighborhood", "neighbourhood",
    "residents", "airport", "port", "river", "countryside", "suburb", "crossing",
    "woman", "man", "men", "women", "resident", "native", "natives", "police", "officials",
    "couple", "family", "teen", "girl", "boy", "firefighters", "council", "schools",
    "mayor", "sheriff", "fire", "school", "department", "high", "municipal", "metro",
}
#: Words after a name that make it something else named after a place ("West Nile virus").
NOT_AFTER = {"virus", "viruses", "fever", "disease", "flu", "influenza", "syndrome", "strain", "strains"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "northern", "southern", "eastern", "western", "central", "midwest"}
PERSON_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president", "minister", "king", "queen",
    "prince", "princess", "sheikh", "gen", "general", "col", "colonel", "capt", "captain", "sgt",
    "officer", "judge", "sen", "senator", "rep", "gov", "governor", "mayor", "pope", "saint",
    "coach", "professor", "prof", "rev", "father", "brother", "sister", "uncle", "aunt", "cleric",
    "ayatollah", "imam", "spokesman", "spokeswoman", "said", "says", "told", "named", "actor",
    "actress", "singer", "player", "son", "daughter", "wife", "husband", "mother", "mrs.", "mr.",
}
#: Cues too weak to overrule an ORG/PERSON label ("according to CNN", "from Sky").
WEAK_CUES = {"from", "at", "via", "through", "between", "toward", "towards", "visited", "visit",
             "based", "born", "reach", "reached", "hit", "struck", "take", "took"}
CONNECTORS = {"of", "de", "del", "la", "le", "les", "al", "el", "upon", "on", "du", "des", "da", "do", "dos", "-", "and"}
LIST_JOINERS = {",", "and", "or"}
#: verbs of crowds and columns moving through a place ("marched through X")
MARCHING_VERBS = {"march", "parade", "rampage", "sweep", "drive", "pass", "roam", "walk", "advance", "move"}
#: the lowercase particles inside many-word town names ("Boca de Cupe", "Ras al Ain")
JOINING_PARTICLES = {"de", "del", "la", "le", "les", "al", "el", "du", "des", "da", "do", "dos"}
MAX_TOKENS = 6  # words in a name, hyphens not counted
HYPHENS = {"-", "‐", "‑"}


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    text = resources.files("eventwire.geo.data").joinpath("street_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _street(doc: Doc, m: "Mention") -> bool:
    """The mention names a street: "Oakland Street", "Elm and Camden avenues",
    "West Salem Street" (an NER span ending in the street word)."""
    streets = street_words()
    if any(e.kind in ("country", "admin1", "admin2") for e, _ in m.candidates):
        return False  # "Ohio Highway Patrol", "Travis County Road 12": the place counts
    if m.token_end - m.token_start > 1 and doc[m.token_end - 1].lower_.rstrip(".") in streets:
        return True
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if after is None or after.lower_.rstrip(".") not in streets:
        return False
    # "Main St." / "Main Street" (capitalized), or a plural after a list ("Elm and Camden avenues")
    return after.text[0].isupper() or after.lower_.endswith("s")


@lru_cache(maxsize=1)
def feature_words() -> frozenset[str]:
    text = resources.files("eventwire.geo.data").joinpath("feature_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _geographic_loc(doc: Doc, m: "Mention", gazetteer: Gazetteer) -> bool:
    """An unmatched NER LOC span that still looks geographic: a feature word ("Crater Lake")
    or a known place name inside it ("Western Kansas", "Omaha North")."""
    features = feature_words()
    common = common_words()
    for token in doc[m.token_start:m.token_end]:
        word = token.lower_.rstrip(".")
        if word in features:
            return True
        if not _capitalized(token) or word in COMPASS or len(word) < 4:
            continue
        entries = [e for e, t in gazetteer.lookup(token.text) if t not in (ABBREVIATION, DEMONYM)]
        if any(e.kind in ("country", "admin1", "admin2", "continent") for e in entries) or (
                word not in common and any(e.population >= 10000 for e in entries)):
            return True
    return False


@lru_cache(maxsize=1)
def cultural_heads() -> frozenset[str]:
    text = resources.files("eventwire.geo.data").joinpath("demonym_cultural_heads.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Verbs whose object, a nationality word, is a language ("spoke French").
LANGUAGE_VERBS = {"speak", "learn", "teach", "study", "translate", "understand", "know"}


def _cultural_demonym(doc: Doc, m: "Mention") -> bool:
    """A demonym that speaks of a culture, cuisine, language or ancestry rather than of the
    country: "Italian food", "Irish songs", "spoke only French", "in French"."""
    token = doc[m.token_end - 1]
    heads = cultural_heads()
    if token.dep_ in ("amod", "compound", "nmod") and (token.head.lemma_.lower() in heads or token.head.lower_ in heads):
        return True
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if after is not None and (after.lower_ in heads or after.lemma_.lower() in heads):
        return True
    if token.dep_ in ("dobj", "conj", "pobj") and token.head.lemma_.lower() in LANGUAGE_VERBS:
        return True
    return False


def _names_group(doc: Doc, m: "Mention") -> bool:
    """A nationality word right before an organisation's name ("Lebanese Hezbollah", "Afghan
    Taliban"): it says whose group it is, not where anything happens."""
    after = doc[m.token_end] if m.token_end < len(doc) else None
    # an acronym is mostly a body the country belongs to or leads ("the Czech EU presidency")
    return after is not None and after.ent_type_ == "ORG" and after.ent_iob_ == "B" and not after.text.isupper() \
        and m.token_end - m.token_start == 1


def _surname_demonym(doc: Doc, m: "Mention") -> bool:
    """A demonym used as a surname: "French said", "English told reporters"."""
    after = doc[m.token_end] if m.token_end < len(doc) else None
    return (after is not None and after.lower_ in ("said", "says", "told", "added")
            and m.token_end - m.token_start == 1 and not m.text.endswith("s"))


def _saint_institution(doc: Doc, m: "Mention") -> bool:
    """"St. Bridget's High School", "St. Ambrose's pupils": a church, school or hospital named
    after a saint, not the town of that name (which is written without a following noun:
    "in St. John's, Newfoundland")."""
    if doc[m.token_start].lower_.rstrip(".") not in ("st", "saint", "ste", "san", "santa"):
        return False
    before = doc[m.token_start - 2:m.token_start] if m.token_start >= 2 else None
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if before is not None and before[1].lower_ == "of" and before[0].lemma_.lower() in CHURCH_NOUNS and before[0].tag_ == "NN" \
            and after is not None and after.lower_ == "in":
        return True  # "stormed the parish of San Juan Bautista in León": the church, not a town
        # (but "the parishes of St Catherine and Clarendon" are divisions)
    rest = doc[m.token_end:m.token_end + 2]
    if len(rest) == 2 and rest[0].text in ("'s", "’s") and any(t.lemma_.lower() in INSTITUTION_WORDS for t in doc[m.token_end + 1:m.token_end + 4]):
        return True  # "St. Charles's Catholic School", whatever towns share the saint's name
    if any(e.population >= 100000 or e.kind != "place" for e, _ in m.candidates):
        return False  # "St. Petersburg's airport"
    return len(rest) == 2 and rest[0].text in ("'s", "’s") and rest[1].pos_ in ("PROPN", "NOUN") \
        and rest[1].lower_ not in CUE_AFTER


#: What a saint's name followed by "'s" names when it is no town ("St. Ann's Hospital").
INSTITUTION_WORDS = {"school", "church", "hospital", "college", "cathedral", "academy", "university", "chapel", "basilica",
                     "catholic", "primary", "secondary", "high", "parish", "clinic", "seminary"}
#: Institutions named "of" a saint ("the parish of San Juan Bautista").
CHURCH_NOUNS = {"parish", "church", "cathedral", "chapel", "basilica", "shrine", "monastery", "convent", "sanctuary"}


@lru_cache(maxsize=1)
def organisation_pattern() -> re.Pattern[str]:
    """Curated proper names of groups and parties that hold a place name (``organisation_names.txt``)."""
    text = resources.files("eventwire.geo.data").joinpath("organisation_names.txt").read_text(encoding="utf-8")
    names = sorted({line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")},
                   key=len, reverse=True)
    parts = [r"\s+".join(re.escape(word).replace("'", "['’]?").replace("’", "['’]?") for word in name.split())
             for name in names]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


#: "Islamic State West Africa Province", "IS Khorasan Province", "Islamic State's Sinai Province":
#: the regional branches of the Islamic State name themselves "provinces" (wilayat).
_GROUP_PROVINCE = re.compile(
    r"(?<![\w-])(?:Islamic\s+State|ISIS|ISIL|IS|Daesh)(?:['’]s)?(?:\s*[-–]\s*|\s+)(?:in\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Province|Wilayat|Wilayah)(?![\w-])")

#: A dateline's credit: "MOGADISHU (Horn Dispatch) -", "KHARKIV, Ukraine, May 19 (Meridian Wire) —",
#: "(Reuters) -" at the start of a line. The name in the parentheses is an outlet, not a place.
_DATELINE_CREDIT = re.compile(
    r"(?m)^[^\S\n]*(?:[\w.'’-]+,?[^\S\n]+){0,7}\(([^()\n]{2,60})\)[^\S\n]*(?:-{1,2}|–|—|:)")


def organisation_spans(text: str, outlet: str | None = None) -> list[tuple[int, int, str]]:
    """Character ranges of the text that name an organisation or an outlet, where a place name
    is part of that name: dateline credits, the article's outlet, curated group names and
    Islamic State "provinces". Each range comes with what it is (for the evidence)."""
    spans = [(m.start(1), m.end(1), "a dateline credit") for m in _DATELINE_CREDIT.finditer(text)]
    spans += [(m.start(), m.end(), "an organisation's name") for m in organisation_pattern().finditer(text)]
    spans += [(m.start(), m.end(), "an Islamic State branch") for m in _GROUP_PROVINCE.finditer(text)]
    name = re.sub(r"^the\s+", "", (outlet or "").strip(), flags=re.IGNORECASE)
    if len(name) > 2:
        pattern = r"\s+".join(re.escape(word) for word in name.split())
        spans += [(m.start(), m.end(), "the outlet's name") for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text)]
    return spans


def _group_province(doc: Doc, m: "Mention") -> bool:
    """"Sinai Province", "West Africa Province": a "Province" named after a region that is no
    province (no first- or second-level division bears the name) is an armed group's branch."""
    last = doc[m.token_end - 1]
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if not (last.text == "Province" and m.token_end - m.token_start > 1) and not (after is not None and after.text == "Province"):
        return False
    if not m.candidates or any(e.kind in ("admin1", "admin2", "country") for e, _ in m.candidates):
        return False
    top = max(m.candidates, key=lambda c: (KIND_RANK.get(c[0].kind, 0), c[0].population))[0]
    return top.kind in ("region", "macroregion", "continent")


KIND_RANK = {"continent": 4, "macroregion": 3, "region": 2, "place": 1}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    text = resources.files("eventwire.geo.data").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass(slots=True)
class Mention:
    """A candidate place name in the text and the gazetteer entries it may refer to."""

    start: int  # character offsets
    end: int
    text: str
    token_start: int
    token_end: int
    candidates: list[tuple[Entry, int]] = field(default_factory=list)
    variant: bool = False  # found by skeleton, not exact key
    label: str | None = None  # NER label on exactly this span, if any
    evidence: list[str] = field(default_factory=list)
    accepted: bool = False

    @property
    def key(self) -> str:
        return name_key(self.text)


def _capitalized(token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a leading article and trailing possessive/punctuation."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’", ".", ",") or doc[end - 1].is_punct):
        if doc[end - 1].text == "." and end - start == 1:
            break
        if doc[end - 1].text.endswith(".") and len(doc[end - 1].text) > 1:
            break
        end -= 1
    return start, end


def doc_text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string on every access: keep it in ``doc.user_data``."""
    text = doc.user_data.get("eventwire_text")
    if text is None:
        text = doc.user_data["eventwire_text"] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    ents = doc.user_data.get("eventwire_ents")
    if ents is None:
        ents = doc.user_data["eventwire_ents"] = tuple(doc.ents)
    return ents


def _span_text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    first, last = doc[start], doc[end - 1]
    s, e = first.idx, last.idx + len(last.text)
    return s, e, doc_text(doc)[s:e]


def _usable(candidates: list[tuple[Entry, int]], text: str) -> list[tuple[Entry, int]]:
    """Drop abbreviation matches unless written as an abbreviation (upper case or dotted)."""
    abbreviated = text.replace(".", "").isupper()
    return [(e, t) for e, t in candidates
            if (t != ABBREVIATION or abbreviated) and (t != STATE_ABBREVIATION or abbreviated or text.endswith("."))]


_DOTTED_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")


def _initials_of_person(doc: Doc, m: "Mention") -> bool:
    """"J.D. Miller", "S.D. Morgan": initials before a person's name."""
    after = doc[m.token_end] if m.token_end < len(doc) else None
    return after is not None and (after.ent_type_ == "PERSON" or after.text in ('"', "“"))


def _abbreviation_only(m: "Mention") -> bool:
    return all(t in (ABBREVIATION, STATE_ABBREVIATION) for _, t in m.candidates)


@lru_cache(maxsize=1)
def toponym_heads() -> frozenset[str]:
    text = resources.files("eventwire.geo.data").joinpath("toponym_heads.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _toponymic_head(m: "Mention") -> bool:
    """"Kiryat Shmona", "Kafr-Nabl", "Ras al-Ain": a name of two or more words that opens
    with a generic toponymic word and matches a populated place or division."""
    words = m.key.split()
    return (len(words) > 1 and words[0] in toponym_heads()
            and any(e.kind in ("place", "admin1", "admin2") for e, _ in m.candidates))


def _hyphen_joined(doc: Doc, j: int) -> bool:
    """A word glued by a hyphen to another word: the "au" of "Port-au-Prince", the "e" of
    "Bandar-e Abbas". Such a lowercase word continues a name instead of ending it."""
    if not doc[j].is_alpha:
        return False
    after = (j + 2 < len(doc) and not doc[j].whitespace_ and doc[j + 1].text in HYPHENS
             and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha)  # the "ez" of "Deir ez-Zor"
    return after or (j >= 2 and doc[j - 1].text in HYPHENS and not doc[j - 1].whitespace_
                     and not doc[j - 2].whitespace_)


def _compound(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range widened to the whole hyphenated word it cuts through ("Prince" of
    "Port-au-Prince" -> "Port-au-Prince")."""
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return start, end


def _with_seat_towns(gazetteer: Gazetteer, text: str, candidates: list) -> list:
    """A name the gazetteer knows only as a district ("Banibangou" department) also means
    the town the district is named after, spelled apart in the gazetteer ("Bani Bangou"):
    districts are mostly named after their seat, and news names the town."""
    if not candidates or not all(e.kind == "admin2" for e, _ in candidates):
        return candidates
    areas = {(e.country_code, e.admin1_code) for e, _ in candidates}
    towns = [(e, t) for e, t in gazetteer.lookup_variant(text)
             if e.kind == "place" and (e.country_code, e.admin1_code) in areas and t != ABBREVIATION]
    return candidates + towns


def gazetteer_spans(doc: Doc, gazetteer: Gazetteer, first: int = 0, stop: int | None = None) -> list[Mention]:
    """Longest gazetteer matches over capitalized runs of tokens (left to right), within
    tokens ``first``..``stop`` of the document."""
    found: list[Mention] = []
    i, n = first, len(doc) if stop is None else stop
    while i < n:
        token = doc[i]
        starts_name = _capitalized(token) or (
            token.lower_ in ("al", "el", "ad", "as", "ar", "an") and i + 2 < n and doc[i + 1].text == "-"
            and _capitalized(doc[i + 2])
        )
        if not starts_name:
            i += 1
            continue
        best: Mention | None = None
        j = i
        words = 0
        ends: list[int] = []
        while j < n and words < MAX_TOKENS:
            tok = doc[j]
            if j > i and not (_capitalized(tok) or tok.lower_ in CONNECTORS or tok.text in ("'", "’", "-", ".")
                              or tok.text.startswith("'") or _hyphen_joined(doc, j)):
                break
            if tok.text != "-":
                words += 1  # hyphens do not count: "Saint-Jean-sur-Richelieu" is one name
            if tok.is_space or ("\n" in tok.whitespace_):
                ends.append(j + 1)
                break
            if _capitalized(tok) or tok.text.endswith("."):
                ends.append(j + 1)
            j += 1
        for end in reversed(ends):
            s, e = _strip(doc, i, end)
            if s >= e:
                continue
            start_char, end_char, text = _span_text(doc, s, e)
            if not any(ch.isupper() for ch in text):
                continue
            candidates = _with_seat_towns(gazetteer, text, _usable(gazetteer.lookup(text), text))
            variant = False
            if not candidates and len(text) >= 4 and not text.isupper():
                candidates = [(c, t) for c, t in gazetteer.lookup_variant(text) if t != ABBREVIATION]
                variant = bool(candidates)
            if candidates:
                best = Mention(start_char, end_char, text, s, e, candidates, variant)
                break
        if best is not None:
            found.append(best)
            i = best.token_end
        else:
            i += 1
    return found


def _entity_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    mentions = []
    for ent in doc_ents(doc):
        if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP":
            continue
        s, e = _strip(doc, ent.start, ent.end)
        if s >= e:
            continue
        cs, ce = _compound(doc, s, e)
        if (cs, ce) != (s, e) and ent.label_ != "NORP":
            # the NER cut a hyphenated name ("Port-au-[Prince]"): take the whole word if known
            whole = _span_text(doc, cs, ce)[2]
            if _usable(gazetteer.lookup(whole), whole):
                s, e = cs, ce
        start_char, end_char, text = _span_text(doc, s, e)
        candidates = _usable(gazetteer.lookup(text), text)
        variant = False
        if ent.label_ != "NORP":
            candidates = _with_seat_towns(gazetteer, text, candidates)
        if ent.label_ == "NORP":
            lookup = candidates or _usable(gazetteer.lookup(text[:-1]), text) if text.endswith("s") else candidates
            candidates = [(c, t) for c, t in lookup if t == DEMONYM]
            if not candidates:
                continue
        elif not candidates and len(text) >= 4:
            candidates = [(c, t) for c, t in gazetteer.lookup_variant(text) if t != ABBREVIATION]
            variant = bool(candidates)
        if not candidates and e - s > 1 and doc[e - 1].lower_ in CUE_AFTER:
            candidates = _usable(gazetteer.lookup(doc[s:e - 1].text), doc[s:e - 1].text)
        if not candidates and e - s > 1 and ent.label_ == "GPE":
            inner = [m for m in gazetteer_spans(doc, gazetteer, s, e)
                     if not m.variant and m.text.lower() not in common_words() and not _abbreviation_only(m)
                     and len(m.text.rstrip(".")) > 3]
            for m in inner:
                m.evidence.append(f"inside NER {ent.label_} '{ent.text}'")
                m.accepted = True
                mentions.append(m)
            if inner:
                continue
        if ent.label_ == "FAC" and not candidates:
            continue  # "the Henderson County Jail": the gazetteer matcher finds "Henderson County"
        mention = Mention(start_char, end_char, text, s, e, candidates, variant, ent.label_)
        mention.accepted = ent.label_ != "FAC" or bool(candidates)
        mention.evidence.append(f"NER {ent.label_}")
        mentions.append(mention)
    return mentions


def _context_evidence(doc: Doc, m: Mention) -> list[str]:
    evidence = []
    before = doc[m.token_start - 1] if m.token_start > 0 else None
    before2 = doc[m.token_start - 2] if m.token_start > 1 else None
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if before is not None:
        if before.lower_ == "to" and before2 is not None and before2.lower_ in ("according", "thanks", "told", "talked", "spoke", "said", "wrote", "sent", "belongs", "went"):
            pass
        elif before.lower_ == "through" and before2 is not None and before2.lemma_.lower() in MARCHING_VERBS:
            evidence.append(f"after '{before2.text} through'")  # "marched through X": a place, whatever the NER says
        elif before.lower_ in CUE_BEFORE:
            evidence.append(f"after '{before.text}'")
        elif before.lower_ == "of" and before2 is not None and before2.lower_ in CUE_OF:
            evidence.append(f"after '{before2.text} of'")
        elif before.lower_ in ("the",) and before2 is not None and before2.lower_ in CUE_BEFORE:
            evidence.append(f"after '{before2.text} the'")
        elif before.lower_ == "on" and any(e.kind == "admin1" and t == 0 for e, t in m.candidates):
            evidence.append("after 'on'")  # "a curfew on Anjouan", "landed on X": an island province
    if after is not None and after.lower_ in CUE_AFTER:
        evidence.append(f"before '{after.text}'")
    return evidence


NUMERIC_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_DATELINE_AFTER = {"—", "–", "-", "--", "(", ",", ":"}


def _person_name_keys(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Surnames of multi-word person names in this text ("Henry" in "Chiquita Raquel
    Henry"), except names of countries, first-level divisions and big cities."""
    keys = set()
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            token = ent[-1]
            if _capitalized(token) and len(token.text) > 2:
                key = name_key(token.text)
                if not any(e.kind in ("country", "admin1", "continent") or e.population >= 500000
                           for e, _ in gazetteer.lookup(token.text)):
                    keys.add(key)
    return keys


def _dateline(doc: Doc, m: Mention) -> bool:
    """A name opening the text or a line, followed by a dash or "(AP)" ("TORRINGTON —")."""
    at_line_start = m.token_start == 0 or "\n" in doc[m.token_start - 1].whitespace_ or doc[m.token_start - 1].is_space
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if at_line_start and after is not None and after.text in _DATELINE_AFTER and m.text.isupper():
        return True
    # (or opening the text in mixed case before a date and a dash: "Buenos Aires, 12 March —")
    rest = doc[m.token_end:m.token_end + 9]  # (with the country between: "San José, Costa Rica, March 17 —")
    return m.token_start == 0 and after is not None and after.text == "," and any(t.lower_ in DATE_WORDS for t in rest) \
        and any(t.text in ("—", "–", "-") for t in rest)


def _within(inner: Entry, outer: Entry) -> bool:
    if outer.kind == "country":
        return inner.country_code == outer.country_code and inner.kind != "country"
    if outer.kind == "admin1":
        return inner.kind in ("place", "admin2") and (inner.country_code, inner.admin1_code) == (
            outer.country_code, outer.admin1_code)
    return False


def _cue_word(evidence: str) -> str:
    return evidence.split("'")[1].lower() if "'" in evidence else ""


def _person_context(doc: Doc, m: Mention) -> bool:
    before = doc[m.token_start - 1] if m.token_start > 0 else None
    after = doc[m.token_end] if m.token_end < len(doc) else None
    if before is not None and before.lower_.rstrip(".") in PERSON_TITLES:
        return True
    if after is not None and after.lower_ in ("said", "says", "told", "who", "added", "explained") and not (
            before is not None and before.lower_ in ("in", "near") and before.head.pos_ in ("NOUN", "PROPN", "PRON")):
        return True  # (but "police in Bannu said": who spoke is the noun before the place)
    if before is not None and before.lower_ == "the" and after is not None and after.lower_ in ("family", "families") \
            and m.token_end - m.token_start == 1:
        return True  # "the Garcia family"
    return False


def _enclosing_entity(doc: Doc, m: Mention, named: set[int] | frozenset[int] = frozenset()) -> Span | None:
    """A non-place entity that strictly contains the mention ("Washington Post"); an
    entity made only of place names and "and"/commas ("Kisumu and Eldoret") does not count."""
    for token_index in (m.token_start, m.token_end - 1):
        token = doc[token_index]
        if token.ent_iob_ == "O" or token.ent_type_ not in BLOCKING_LABELS:
            continue
        for ent in doc_ents(doc):
            if ent.start <= m.token_start and ent.end >= m.token_end and (ent.start, ent.end) != (m.token_start, m.token_end):
                stripped = _strip(doc, ent.start, ent.end)
                if any(doc[i].lower_ in LIST_JOINERS for i in range(ent.start, ent.end)) and all(
                        i in named or doc[i].lower_ in LIST_JOINERS or doc[i].lower_ == "the"
                        for i in range(ent.start, ent.end)):
                    continue
                if any(doc[i].lower_ in ("at", "in", "near") and doc[i].pos_ == "ADP" for i in range(ent.start + 1, m.token_start)):
                    continue  # "the Pan-American Highway at X": the NER ran the entity on past "at"
                if stripped != (m.token_start, m.token_end):
                    return ent
    return None


#: kind words that may follow a member of a list of places
SETTLEMENT_WORDS = {"town", "city", "village", "district", "province", "state", "region", "county", "camp"}


def _lists(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    """Groups of mentions joined only by commas / and / or ("Marka, Kismaayo and Jowhar")."""
    groups: list[list[Mention]] = []
    ordered = sorted(mentions, key=lambda m: m.token_start)
    current: list[Mention] = []
    for m in ordered:
        if current:
            gap = doc[current[-1].token_end:m.token_start]
            if 0 < len(gap) <= 3 and all(t.lower_ in LIST_JOINERS or (k == 0 and t.lower_ in SETTLEMENT_WORDS) for k, t in enumerate(gap)):
                # ("Bundibugyo town and Fort Portal": a kind word may follow a member)
                current.append(m)
                continue
            groups.append(current)
        current = [m]
    if current:
        groups.append(current)
    return [g for g in groups if len(g) > 1]


#: capitalized words that, right after a country's name, continue an armed group's or a
#: party's name ("Sudan People's Liberation Army", "Kurdistan Workers' Party")
ORGANISATION_WORDS = {"people", "people's", "peoples", "liberation", "army", "armed", "movement", "front", "party",
                      "defence", "defense", "forces", "revolutionary", "democratic", "national", "patriotic", "workers",
                      "workers'", "islamic", "resistance", "mujahideen", "brigade", "brigades", "militia", "guard"}


def _opens_organisation(doc: Doc, m: Mention) -> bool:
    """"Sudan People's Liberation Army", "South Sudan People's Defence Forces": a country
    name followed by capitalized organisation words names the group, not the place."""
    if not m.candidates or not any(e.kind == "country" for e, _ in m.candidates):
        return False
    words = [t for t in doc[m.token_end:m.token_end + 4] if t.text not in ("'s", "’s", "'", "-")]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words[:2]):
        return False
    return words[0].lower_ in ORGANISATION_WORDS and any(t.lower_ in ORGANISATION_WORDS for t in words[1:])


DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _place_in_date_entity(doc: Doc, m: Mention, cues: list[str]) -> bool:
    """"in Turbat the next morning" tagged as one date by the NER: a known town after a
    locative cue, that is no month or weekday, opening the date entity (or the whole of it:
    "a village near Mohnyin, about 75 km ...")."""
    token = doc[m.token_start]
    followed = m.token_end < len(doc) and (doc[m.token_end].lower_ in ("the", "this", "last", "next", "on", "early", "late")
                                           or doc[m.token_end].ent_iob_ != "I")
    return (token.ent_type_ == "DATE" and token.ent_iob_ == "B" and bool(cues) and m.text.lower() not in DATE_WORDS
            and not m.variant and any(e.kind == "place" and e.population >= 10000 and t == 0 for e, t in m.candidates)
            and followed)


def _extend_cut_names(mentions: list[Mention], spans: list[Mention]) -> list[Mention]:
    """A place name the NER cut short ("[Dera] [Ismail Khan]" as a place and a person):
    the longer populated place the gazetteer knows exactly, opening with the NER's place
    and running on over the next capitalized words, replaces the cut."""
    result = list(mentions)
    for span in spans:
        if span.variant or not any(e.kind in ("place", "admin1", "admin2", "country") and t == 0 for e, t in span.candidates):
            continue
        country = any(e.kind == "country" and t == 0 for e, t in span.candidates)
        # (or closing it: "[Spanish] [Town]" as a language and a place; the nationality word
        # inside the longer name goes with it)
        within = [m for m in result if not m.variant and span.token_start <= m.token_start and m.token_end <= span.token_end
                  and (m.token_start, m.token_end) != (span.token_start, span.token_end)
                  and (m.token_start == span.token_start or m.token_end == span.token_end)]
        inside = [m for m in within if m.label in PLACE_LABELS] or [m for m in within if m.label == "NORP" and m.token_start == span.token_start]
        words = [m for m in result if m not in inside and m.token_start < span.token_end and span.token_start < m.token_end]
        # (a country's name cut in two: "[Trinidad] and [Tobago]")
        if not (len(inside) == 1 or country and len(inside) > 1) \
                or any(not (m.label == "NORP" and span.token_start <= m.token_start and m.token_end <= span.token_end) for m in words):
            continue
        cut = inside[0]
        span.label, span.accepted = "GPE" if cut.label == "NORP" else cut.label, True
        span.evidence.append(f"NER {cut.label} '{cut.text}' cut short")
        result[result.index(cut)] = span
        result = [m for m in result if m not in words and m not in inside[1:]]
    return result


def recognize(doc: Doc, gazetteer: Gazetteer, demonyms: bool = True, outlet: str | None = None) -> list[Mention]:
    """Accepted place mentions, in text order, each with its gazetteer candidates.

    ``demonyms``: also report nationality adjectives ("Iraqi", "Americans") as mentions
    of their country, as some gold standards (LGL) do. ``outlet``: the publisher's name
    (``Article.outlet``); a place name inside it is not a place of the story."""
    common = common_words()
    if outlet and gazetteer.lookup(outlet):
        outlet = None  # metadata that names a place ("Kenya") says nothing about the text
    organisations = organisation_spans(doc_text(doc), outlet)
    mentions = _entity_mentions(doc, gazetteer)
    if not demonyms:
        mentions = [m for m in mentions if m.label != "NORP"]
    spans = gazetteer_spans(doc, gazetteer)
    mentions = _extend_cut_names(mentions, spans)
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.token_start, m.token_end))
    for m in spans:
        if any(t in covered for t in range(m.token_start, m.token_end)):
            continue
        token = doc[m.token_start]
        m.label = token.ent_type_ if (token.ent_iob_ == "B" and doc[m.token_end - 1].ent_iob_ != "O"
                                      and (m.token_end == len(doc) or doc[m.token_end].ent_iob_ != "I")) else None
        mentions.append(m)

    if not demonyms:
        mentions = [m for m in mentions if not m.candidates or any(t != DEMONYM for _, t in m.candidates)]
    strong_kinds = {"country", "admin1", "continent"}
    person_names = _person_name_keys(doc, gazetteer)
    blocked: set[int] = set()
    modifiers: list[Mention] = []
    lowercase_words = {t.text for t in doc if t.is_lower}
    named = {i for m in mentions if m.candidates for i in range(m.token_start, m.token_end)}
    for m in mentions:
        if m.text.lower() in COMPASS:
            m.accepted = False  # "the North", "the West": a direction or a vague region
            blocked.add(id(m))
            continue
        inside = next((what for start, end, what in organisations if start < m.end and m.start < end), None)
        if inside is None and _group_province(doc, m):
            inside = "an armed group's 'province'"
        if inside is None and m.candidates and all(t == DEMONYM for _, t in m.candidates) and _names_group(doc, m):
            inside = "the nationality of an organisation"
        if inside is not None:
            m.accepted = False  # "(Horn Dispatch)", "Kurdistan Workers' Party", "Lebanese Hezbollah"
            blocked.add(id(m))
            m.evidence.append(f"part of {inside}")
            continue
        if _saint_institution(doc, m):
            m.accepted = False
            blocked.add(id(m))
            m.evidence.append("names a saint's institution")
            continue
        if _street(doc, m):
            m.accepted = False
            blocked.add(id(m))
            m.evidence.append("names a street")
            continue
        if _opens_organisation(doc, m):
            m.accepted = False
            blocked.add(id(m))
            m.evidence.append("opens an organisation's name")
            continue
        if m.token_end < len(doc) and doc[m.token_end].lower_ in NOT_AFTER:
            m.accepted = False
            blocked.add(id(m))
            m.evidence.append(f"names a {doc[m.token_end].lower_}")
            continue
        if m.candidates and all(t == DEMONYM for _, t in m.candidates) and (
                _cultural_demonym(doc, m) or _surname_demonym(doc, m)):
            m.accepted = False
            blocked.add(id(m))
            m.evidence.append("a culture, language or person, not the country")
            continue
        evidence = _context_evidence(doc, m)
        strong = [e for e in evidence if _cue_word(e) not in WEAK_CUES]
        if m.accepted:  # NER place label
            naming = [e for e in evidence if _cue_word(e) in CUE_AFTER or " of" in e]
            if m.key in person_names and not naming:
                m.accepted = False
                blocked.add(id(m))
                m.evidence.append("a person's name in this text")
            elif not any(ch.isupper() for ch in m.text):
                m.accepted = False
            elif _DOTTED_INITIALS.fullmatch(m.text) and _initials_of_person(doc, m):
                m.accepted = False
                blocked.add(id(m))
                m.evidence.append("a person's initials")
            elif m.label == "GPE" and not m.candidates:
                m.accepted = False  # a "GPE" that no gazetteer knows is mostly an NER slip
            elif m.label == "LOC" and not m.candidates and not _geographic_loc(doc, m, gazetteer):
                m.accepted = False  # "Junior League", "Arts District": an NER slip
                m.evidence.append("no geographic word")
            elif m.label == "FAC" and (not m.candidates or m.text.lower() in common):
                m.accepted = False
            elif m.variant and m.text.lower() in common:
                m.accepted = False
            continue
        m.evidence.extend(evidence)
        token = doc[m.token_start]
        if token.ent_type_ in NUMERIC_LABELS and not _place_in_date_entity(doc, m, strong):
            blocked.add(id(m))
            continue
        if _DOTTED_INITIALS.fullmatch(m.text) and any(t == STATE_ABBREVIATION for _, t in m.candidates) \
                and not _initials_of_person(doc, m):
            m.accepted = True  # "N.C. Highway Patrol", "Rep. Jane Doe, D-N.Y.": dotted state abbreviations
            m.evidence.append("dotted state abbreviation")
            continue
        suffixed = m.text.split()[-1].lower() in CUE_AFTER and len(m.text.split()) > 1 and not m.variant
        if suffixed:
            m.accepted = True
            m.evidence.append("named with its kind")
            continue
        if _toponymic_head(m):
            m.accepted = True
            m.evidence.append("opens with a toponymic word")
            continue
        enclosing = _enclosing_entity(doc, m, named)
        if enclosing is not None:
            m.evidence.append(f"inside {enclosing.label_} '{enclosing.text}'")
            stripped = _strip(doc, enclosing.start, enclosing.end)
            if enclosing.label_ in ("ORG", "FAC") and stripped[0] == m.token_start and not m.variant \
                    and m.text.lower() not in lowercase_words and not token.is_stop and not _abbreviation_only(m):
                # "the Athens Police Department", "Minnesota Department of Transportation":
                # the name of the place an institution belongs to.
                modifiers.append(m)
                top_kind = max(m.candidates, key=lambda c: c[0].population)[0].kind
                if m.text.lower() in common and top_kind != "country" and not any(
                        e.name.lower() == m.text.lower() and e.kind in strong_kinds for e, _ in m.candidates):
                    top_kind = "place"  # "the Federal Reserve Bank"
                if top_kind in strong_kinds or any(_cue_word(e) in CUE_AFTER for e in evidence):
                    m.accepted = True
                    continue
            elif enclosing.label_ in ("ORG", "FAC") and m.token_start > 0 and doc[m.token_start - 1].lower_ in ("of", "for") \
                    and not m.variant and not _abbreviation_only(m) and m.token_end < len(doc) \
                    and max(m.candidates, key=lambda c: c[0].population)[0].kind in strong_kinds:
                # "the University of Iowa", "the Bank of Ireland": the country or state it serves
                m.accepted = True
                m.evidence.append("institution of a country or state")
                continue
            blocked.add(id(m))
            continue
        if _person_context(doc, m) or (m.key in person_names and not strong):
            blocked.add(id(m))
            continue
        if _dateline(doc, m):
            m.accepted = True
            m.evidence.append("dateline")
            continue
        if _abbreviation_only(m):
            continue  # "CNN", "AP": abbreviations count only when NER or "Town, ST" says so
        lowered = m.text.lower()
        common_word = lowered in common or token.is_stop
        if token.is_stop and m.token_end - m.token_start == 1:
            blocked.add(id(m))
            continue  # "But", "In", "Any"
        # ("a new base at Boca de Cupe": a name of several words joined by "de" or "al" that the
        # gazetteer holds exactly as a town is the town, even when the NER calls it an organisation)
        joined = m.label == "ORG" and any(w in JOINING_PARTICLES for w in m.text.split()[1:-1]) \
            and any(t == 0 and e.kind == "place" for e, t in m.candidates)
        if m.label in ("ORG", "PERSON") and not joined:
            evidence = strong
        # (a story opens after a dateline's dash as after a full stop: "X, July 17 — Border police")
        opening = token.is_sent_start or token.i > 0 and doc[token.i - 1].text in ("—", "–", "--")
        if common_word and (opening or m.variant):
            evidence = [e for e in evidence if _cue_word(e) in CUE_AFTER or " of" in e]
            if opening and m.token_end - m.token_start == 1 and m.label not in ("GPE", "LOC") \
                    and all(_cue_word(e) in CUE_AFTER for e in evidence):
                evidence = []  # "Federal officials said": an adjective, not "Kirkuk officials"
        if evidence and not m.variant:
            m.accepted = True
            continue
        top = max(m.candidates, key=lambda c: c[0].population)[0]
        if not m.variant and m.label is None and (not common_word or top.kind == "country"):
            if top.kind in strong_kinds or top.population >= 100000:
                m.accepted = True
                m.evidence.append(f"known {top.kind}")
        elif not m.variant and not common_word and m.label in ("PERSON", "ORG") and m.token_end - m.token_start == 1:
            if top.population >= 50000 and any(t == 0 for _, t in m.candidates):
                m.accepted = True
                m.evidence.append(f"known {top.kind}")
        elif not m.variant and top.kind == "country" and m.candidates[0][1] != ABBREVIATION:
            m.accepted = True
            m.evidence.append("country name")
        if evidence and m.variant and not common_word:
            m.accepted = True

    # "Town, ST" / "Town, State": both are places when the second contains the first.
    ordered = sorted(mentions, key=lambda m: m.start)
    for inner, outer in zip(ordered, ordered[1:]):
        if id(inner) in blocked or doc_text(doc)[inner.end:outer.start].strip() != ",":
            continue
        if any(_within(e_in, e_out) for e_in, _ in inner.candidates for e_out, _ in outer.candidates):
            for m in (inner, outer):
                if not m.accepted:
                    m.accepted = True
                    m.evidence.append("Town, State")

    # A name the NER mostly calls a person ("Stevens said", "Stevens, 42,") is a person here,
    # unless the text names it as a place ("the town of Stevens", "Stevens County").
    votes: dict[str, int] = {}
    for m in mentions:
        if m.label in ("PERSON", "ORG") or _person_context(doc, m):
            votes[m.key] = votes.get(m.key, 0) + 1
        elif m.label in ("GPE", "LOC"):
            votes[m.key] = votes.get(m.key, 0) - 1
    for m in mentions:
        if m.accepted and votes.get(m.key, 0) > 0 and not any(
                e.startswith(("after", "before", "Town", "named", "in a list", "opens with")) for e in m.evidence):
            biggest = max((e for e, _ in m.candidates), key=lambda e: e.population, default=None)
            if biggest is None or (biggest.kind not in strong_kinds and biggest.population < 500000):
                m.accepted = False

    # Lists and coordinations: one accepted member, or a cue before the list, vouches for the rest
    # of its gazetteer-backed members.
    for group in _lists(doc, mentions):
        accepted = [m for m in group if m.accepted]
        backed = [m for m in group if m.candidates]
        head_cue = _context_evidence(doc, group[0])
        if accepted or head_cue or len(backed) >= 3:
            for m in group:
                # (a member the NER calls an organisation, after "in" and a place: "in Larissa and Karditsa")
                vouched = id(m) not in blocked or bool(head_cue and accepted) and m.label == "ORG" and m.token_end - m.token_start == 1
                if not m.accepted and m.candidates and vouched and not _abbreviation_only(m):
                    if m.text.lower() in common and not (accepted or head_cue):
                        continue
                    m.accepted = True
                    m.evidence.append("in a list of places")

    # One sense per discourse: a name accepted once is a place everywhere in the document.
    accepted_keys = {m.key for m in mentions if m.accepted and m.candidates and not _abbreviation_only(m)}
    date_keys = {name_key(t.text) for t in doc if t.ent_type_ in ("DATE", "TIME") and _capitalized(t)}
    for m in mentions:
        if m.accepted or m.key not in accepted_keys or _abbreviation_only(m):
            continue
        if m.text.lower() in lowercase_words or doc[m.token_start].is_stop or (
                m.label == "PERSON" and m.key in person_names):
            continue
        if m.label in ("PRODUCT", "EVENT") or m.key in date_keys:
            continue  # "the Sierra pulled up", "the Super Bowl", "March": the NER calls it a thing here
        last = doc[m.token_end - 1]
        if m.label in ("PERSON", "ORG") and last.dep_ == "dobj" and last.head.lemma_.lower() not in CUE_BEFORE \
                and last.head.lower_ not in CUE_BEFORE:
            continue  # "the officer shot Keller", "talks to isolate Hamas": a person or group acted on
            # (a town's possessive is no such sign: "the town's fall", "Keller's mayor")
        if (id(m) not in blocked or m in modifiers) and "names a street" not in m.evidence:
            m.accepted = True
            m.evidence.append("accepted elsewhere")

    _reject_person_names(doc, gazetteer, mentions, strong_kinds)
    mentions.extend(_placed_by_distance(doc, gazetteer, mentions, organisations))
    return sorted((m for m in mentions if m.accepted), key=lambda m: m.start)


#: Words between a name and the distance that places it ("X, about 50 km north of Y").
#: what a place may be described as between its name and its stated distance
SETTLEMENT_NOUNS = {"town", "village", "city", "hamlet", "settlement", "community", "locality", "district", "outpost", "camp"}
APPROXIMATELY = {"about", "some", "around", "roughly", "nearly", "approximately", "almost", "just", "over", "barely", "located", "situated", "lying"}


def _placed_by_distance(doc: Doc, gazetteer: Gazetteer, mentions: list[Mention],
                        organisations: list[tuple[int, int, str]]) -> list[Mention]:
    """"seized Al-Dibaibat, about 50 km north of Dilling": a proper name that a stated
    distance from a place locates is a place, even one the NER calls an organisation and
    the gazetteer lacks (the resolver computes its point). Its other mentions in the text
    are the same place."""
    text = doc_text(doc)
    taken = {i for m in mentions if m.accepted for i in range(m.token_start, m.token_end)}
    found: list[Mention] = []
    for match in RELATION.finditer(text):
        first = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if first is None:
            continue
        i = first.start - 1
        while i >= 0 and doc[i].lower_ in APPROXIMATELY:
            i -= 1
        if i >= 2 and doc[i].lemma_.lower() in SETTLEMENT_NOUNS:
            # ("Zalambessa, a border town about 30 km north of X": over the description)
            j = i - 1
            while j > 0 and j > i - 4 and doc[j].text != "," and (doc[j].is_lower or doc[j].pos_ in ("DET", "ADJ")):
                j -= 1
            i = j if doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the") else i
        if i < 1 or doc[i].text != ",":
            continue
        end = i
        start = end
        while start > 0 and (_capitalized(doc[start - 1]) and doc[start - 1].pos_ == "PROPN"
                             or doc[start - 1].text in HYPHENS and start - 1 > 0 and _capitalized(doc[start - 2])):
            start -= 1
        if start == end or end - start > MAX_TOKENS or any(
                m.accepted and m.token_start < end and start < m.token_end and not (start <= m.token_start and m.token_end < end
                                                                                     or start < m.token_start and m.token_end <= end)
                for m in mentions):
            continue  # (a place already, or part of a longer one; a shorter name inside it gives way below)
        if doc[start].is_sent_start or doc[start].ent_type_ in ("NORP", *NUMERIC_LABELS):
            continue  # (a sentence's first word, a nationality, a date; the NER's "person" or
            # "organisation" may be a village it does not know: "seized Wadi X, 50 km north of Y")
        start_char, end_char, name = _span_text(doc, start, end)
        if any(s < end_char and start_char < e for s, e, _ in organisations):
            continue
        key = name_key(name)
        candidates = _usable(gazetteer.lookup(name), name)
        n = end - start
        for tok in doc:
            if tok.i > len(doc) - n or name_key(doc[tok.i:tok.i + n].text) != key:
                continue
            inner = [m for m in mentions if m.accepted and tok.i <= m.token_start and m.token_end <= tok.i + n
                     and (m.token_start, m.token_end) != (tok.i, tok.i + n)]
            for m in inner:
                m.accepted = False  # ("around Wadi X": the NER's "Wadi" alone is part of the name)
                taken.difference_update(range(m.token_start, m.token_end))
            if not any(i in taken for i in range(tok.i, tok.i + n)):
                s, e, form = _span_text(doc, tok.i, tok.i + n)
                found.append(Mention(s, e, form, tok.i, tok.i + n, list(candidates), False, "LOC",
                                     [f"placed by '{match.group(0).strip()}'"], True))
                taken.update(range(tok.i, tok.i + n))
    return found


#: Name suffixes that end a person's name ("Tony Smith Jr.").
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"}


def _age_apposition(doc: Doc, m: Mention) -> bool:
    """"Smith, 46," or "Smith (46)": a person's age right after the name."""
    rest = doc[m.token_end:m.token_end + 3]
    if len(rest) >= 2 and rest[0].text in (",", "(") and rest[1].like_num and rest[1].text.isdigit() \
            and 0 < int(rest[1].text) < 120:
        return len(rest) < 3 or rest[2].text in (",", ")", ".", ";")
    return False


def _person_keys(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Names this text uses more as a person than as a place. Person uses: a word of a
    multi-word PERSON entity ("Jr." and titles aside), a name after a title or before
    "said", a name followed by an age ("Moreno, 26,"). Place uses: an NER place label or a
    locative word before it ("in", "near")."""
    votes: dict[str, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        words = [t for t in ent if _capitalized(t) and t.lower_.rstrip(".") not in NAME_SUFFIXES
                 and t.lower_.rstrip(".") not in PERSON_TITLES and len(t.text) > 2]
        if len(words) < 2:
            continue
        for t in words:
            key = name_key(t.text)
            votes[key] = votes.get(key, 0) + 1
    for m in mentions:
        if m.token_end - m.token_start != 1:
            continue
        before = doc[m.token_start - 1] if m.token_start > 0 else None
        if before is not None and before.lower_ in ("from", "in") and before.head.pos_ == "NOUN":
            votes[m.key] = votes.get(m.key, 0) - 1  # ("a cotton grower from X told Reuters": where the grower is from)
        elif _person_context(doc, m) or _age_apposition(doc, m):
            votes[m.key] = votes.get(m.key, 0) + 1
        elif m.label in ("GPE", "LOC") or any(_cue_word(e) in LOCATIVE or " of'" in e for e in _context_evidence(doc, m)):
            votes[m.key] = votes.get(m.key, 0) - 1
    return {key for key, vote in votes.items() if vote > 0}


#: Prepositions that put a name on the map ("in Salem", "around Salem").
LOCATIVE = {"in", "near", "around", "outside", "into", "across", "throughout", "inside", "at", "towards", "toward"}


def _naming_evidence(doc: Doc, m: Mention) -> bool:
    """The text names this mention as a place: "Keller County", "the town of Keller", "Keller, Texas"."""
    if any(e.startswith(("Town, State", "dateline", "named with its kind", "inside NER")) for e in m.evidence):
        return True
    return any(_cue_word(e) in CUE_AFTER or " of'" in e for e in _context_evidence(doc, m))


def _reject_person_names(doc: Doc, gazetteer: Gazetteer, mentions: list[Mention], strong_kinds: set[str]) -> None:
    """A one-word name the text also uses for a person is that person, wherever the text
    does not name it as a place; countries, first-level divisions and big cities aside."""
    keys = _person_keys(doc, mentions)
    if not keys:
        return
    for m in mentions:
        if not m.accepted or m.key not in keys or m.token_end - m.token_start != 1 or not m.candidates:
            continue
        biggest = max((e for e, _ in m.candidates), key=lambda e: e.population)
        if biggest.kind in strong_kinds or biggest.population >= 500000 or _naming_evidence(doc, m):
            continue
        m.accepted = False
        m.evidence.append("a person's name in this text")


_SENTENCE_END = re.compile(r"[.!?]\s")
