"""Who the text credits for a fact: outlets named in attribution frames.

``OutletFinder.credited(doc)`` returns, per sentence, the normalized names of the outlets
the sentence credits ("According to CNN", "The AP reported", "as The Times also
reports", "a spokesman told Xinhua"). Outlet names and aliases are data
(``data/outlets.yaml``); short ambiguous aliases ("The Times") resolve to the outlet
named in full earlier in the same article, otherwise stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token


#: nouns that name an outlet by its kind ("Lusa news agency", "the broadcaster NHK")
MEDIA_NOUNS = {"agency", "news", "radio", "station", "channel", "broadcaster", "newspaper", "daily", "paper",
               "television", "tv", "website", "site", "outlet", "network", "service", "weekly", "magazine", "portal"}


#: kind words that name an unknown outlet beside its name ("radio station RPP")
MEDIA_KINDS = {"agency", "radio", "station", "channel", "broadcaster", "newspaper", "daily", "television", "tv",
               "website", "outlet", "weekly", "magazine", "portal", "site", "tabloid"}
#: kind words that name an outlet only with a media modifier ("news agency", not "refugee
#: agency"; "radio station", not "police station")
QUALIFIED_KINDS = {"agency": {"news", "press"}, "station": {"radio", "television", "tv", "broadcasting"}, "site": {"news", "web"}}


#: the last word and a word inside the name of a broadcaster or news agency the table does
#: not know ("Rwanda Broadcasting Agency", "Somali National Television")
MEDIA_NAME_ENDS = {"Agency", "Corporation", "Television", "TV", "Radio", "Broadcasting", "Broadcaster", "Network"}
MEDIA_NAME_WORDS = {"Broadcasting", "News", "Press", "Television", "TV", "Radio"}


#: speakers a later "the X said" brings back ("A local official told AFP ... , the official said")
RETURNING_SPEAKERS = {"official", "spokesman", "spokeswoman", "spokesperson", "witness", "resident", "source", "commander",
                      "doctor", "officer", "administrator", "councillor", "councilor", "chief"}


#: an outlet's people, whose account is the outlet's ("a Reuters witness")
STAFF_NOUNS = {"witness", "photographer", "journalist", "cameraman", "team", "crew", "reporter", "correspondent", "tally", "count", "investigation", "analysis"}


@dataclass(frozen=True)
class OutletMention:
    name: str
    start: int
    end: int
    credited: bool


#: What an outlet "puts at" or "gives" when it reports a toll.
TOLL_NOUNS = {"toll", "figure", "number", "tally", "count", "estimate"}


def _load_yaml(name: str) -> dict:
    return yaml.safe_load(resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8"))


@lru_cache(maxsize=1)
def outlet_table() -> tuple[dict[str, str], dict[str, str]]:
    """``(alias -> name, ambiguous alias -> name)``."""
    data = _load_yaml("outlets.yaml")
    aliases: dict[str, str] = {}
    ambiguous: dict[str, str] = {}
    for outlet in data["outlets"]:
        for alias in outlet.get("aliases", []):
            aliases.setdefault(str(alias), outlet["name"])
        for alias in outlet.get("ambiguous", []):
            ambiguous[str(alias)] = outlet["name"]
    return aliases, ambiguous


@lru_cache(maxsize=1)
def shared_aliases() -> dict[str, list[tuple[str, str]]]:
    """Aliases several outlets share -> ``[(outlet, its country's name), ...]``."""
    shared: dict[str, list[tuple[str, str]]] = {}
    for outlet in _load_yaml("outlets.yaml")["outlets"]:
        for alias in outlet.get("shared", []):
            shared.setdefault(str(alias), []).append((outlet["name"], outlet.get("country", "")))
    return shared


@lru_cache(maxsize=1)
def _written_forms() -> dict[str, frozenset[str]]:
    return {outlet["name"]: frozenset({outlet["name"], *map(str, outlet.get("aliases", [])), *map(str, outlet.get("shared", []))})
            for outlet in _load_yaml("outlets.yaml")["outlets"]}


def outlet_aliases(name: str) -> frozenset[str]:
    """Every way the table writes an outlet (its name, aliases and shared aliases)."""
    return _written_forms().get(name, frozenset({name}))


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of an outlet given as metadata ("AP" -> "Associated Press")."""
    if not name:
        return name
    aliases, _ = outlet_table()
    return aliases.get(name.strip(), name.strip())


#: the last word of a newspaper's name ("the Vientiane Times", "the Phnom Penh Post")
NEWSPAPER_ENDS = ("Times", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Journal", "Courier", "Mirror")
#: verbs whose subject speaks for what a sentence reports
REPORT_LEMMAS = {"say", "report", "add", "tell"}
#: small words inside a Romance-language name ("El Diario de Hoy", "Jornal de Angola")
NAME_PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "el"}


def _namelike(token: Token) -> bool:
    """A proper name, or a word the tagger took for a common noun that is written as a name
    ("CRHoy.com", "Le360")."""
    return token.pos_ == "PROPN" or token.pos_ in ("NOUN", "X") and token.text[:1].isupper() and not token.is_sent_start \
        and (any(ch.isupper() or ch.isdigit() for ch in token.text[1:]) or "." in token.text)


def _name_run(doc: Doc, start: int) -> list[Token]:
    """The proper-noun words from ``start`` on ("Zig FM", "Le Quotidien", "Iwacu", "El
    Diario de Hoy")."""
    end = start
    while end < len(doc) and (doc[end].pos_ in ("PROPN", "NUM") or end > start and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"
                              and (doc[end].text == "-" or doc[end].text in NAME_PARTICLES)) and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    return list(doc[start:end])


class OutletFinder:
    """Finds outlet mentions and decides whether each is credited as a source."""

    def __init__(self, nlp: Language) -> None:
        data = _load_yaml("attribution.yaml")
        self.reporting = set(data["reporting_verbs"])
        self.to_verbs = set(data["to_verbs"])
        self.aliases, self.ambiguous = outlet_table()
        self.shared = shared_aliases()
        self.strings = nlp.vocab.strings
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias in list(self.aliases) + list(self.ambiguous) + list(self.shared):
            # case-sensitive: "AP", "Fox", "Dawn" are outlets only when written so
            self.matcher.add(alias, [nlp.make_doc(alias)])
            if alias[:4] == "The ":
                self.matcher.add(alias, [nlp.make_doc("the " + alias[4:])])

    def mentions(self, doc: Doc) -> list[OutletMention]:
        # match ids are resolved with the matcher's own vocabulary: the doc may come
        # from another copy of the pipeline
        spans = [(self.strings[m], doc[s:e]) for m, s, e in self.matcher(doc)]
        # "The National Border Service", "the Namibian Sun": "The X" opening a longer name is not
        # the daily X (and gives way to the longer name's own match)
        spans = [(alias, span) for alias, span in spans if not (
            alias[:4] in ("The ", "the ") and span.end < len(doc) and doc[span.end].is_title and doc[span.end].pos_ == "PROPN")]
        # keep the longest non-overlapping matches ("the Times of Eswatini" over "the Times"),
        # the leftmost of equal length
        spans.sort(key=lambda x: (-(x[1].end - x[1].start), x[1].start))
        chosen: list[tuple[str, Span]] = []
        for alias, span in spans:
            if not any(span.start < other.end and other.start < span.end for _, other in chosen):
                chosen.append((alias, span))
        chosen.sort(key=lambda x: x[1].start)
        named_in_full: set[str] = set()
        found: list[OutletMention] = []
        for alias, span in chosen:
            if alias in self.shared:
                # "APS" in a report on Senegal is Senegal's press agency
                named = [name for name, country in self.shared[alias] if country and country in doc.text]
                name = named[0] if len(named) == 1 else alias
                found.append(OutletMention(name, span.start, span.end, self._credited(span)))
                continue
            if alias in self.aliases or (alias.startswith("the ") and "The " + alias[4:] in self.aliases):
                name = self.aliases.get(alias) or self.aliases["The " + alias[4:]]
                named_in_full.add(name)
            else:
                key = alias if alias in self.ambiguous else "The " + alias[4:]
                target = self.ambiguous[key]
                if target not in named_in_full and not self._credited(span):
                    continue  # ("in Ma'an", the Jordanian city: no outlet credited there)
                name = target if target in named_in_full else key
            found.append(OutletMention(name, span.start, span.end, self._credited(span)))
        taken = {i for m in found for i in range(m.start, m.end)}
        by_kind = [m for m in self._named_by_kind(doc) if not any(i in taken for i in range(m.start, m.end))]
        found += by_kind
        # "the state news agency IP" named once, then "..., IP reported": the same outlet
        taken = {i for m in found for i in range(m.start, m.end)}
        again = {doc[m.start:m.end].text: (m.name, [t.text for t in doc[m.start:m.end]]) for m in by_kind if m.credited}
        for name, words in again.values():
            for i in range(len(doc) - len(words) + 1):
                if i not in taken and [t.text for t in doc[i:i + len(words)]] == words:
                    found.append(OutletMention(name, i, i + len(words), self._credited(doc[i:i + len(words)])))
        found.sort(key=lambda m: m.start)
        # "according to RFE/RL's Kazakh service, known as Azattyq": the service is credited by
        # the name it is known by
        for k, m in enumerate(found):
            if m.credited or m.start < 2 or doc[m.start - 2].lower_ != "known" or doc[m.start - 1].lower_ != "as":
                continue
            service = doc[m.start - 2].head  # ("RFE/RL's Azerbaijani service, known as X, reported")
            reports = service.dep_ == "nsubj" and service.head.lemma_.lower() in self.reporting or any(
                t.lemma_.lower() in self.reporting and t.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in t.children)
                for t in doc[m.end:m.end + 3])  # (the subject the parser lost: "..., known as X, reported.")
            if reports or any(o.credited and o.end <= m.start and m.start - o.end <= 8 and doc[o.start].sent == doc[m.start].sent
                              for o in found[:k]):
                found[k] = OutletMention(m.name, m.start, m.end, True)
        return found

    def _named_by_kind(self, doc: Doc) -> list[OutletMention]:
        """Outlets the table does not know, named with their kind: "Radio station RPP
        reported", "local broadcaster Canal 9 said", "told the Daily Trust newspaper",
        "Radio Okapi" (a capitalized kind word opening the name belongs to it)."""
        found: list[OutletMention] = []
        for token in doc:
            if token.lemma_.lower() not in MEDIA_KINDS or token.pos_ != "NOUN" or not token.is_lower:
                continue
            needs = QUALIFIED_KINDS.get(token.lemma_.lower())
            if needs and not any(t.lower_ in needs for t in token.doc[max(0, token.i - 3):token.i]):
                continue
            names: list[list[Token]] = []
            # (a capitalized word in apposition is the name, whatever the tagger calls it: "the news site Le360")
            appos = [c for c in token.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.pos_ in ("NOUN", "X") and c.text[:1].isupper())]
            if appos:
                # ("the broadcaster Radio Bío-Bío": a hyphen inside the name)
                names.append([t for t in appos[0].subtree if t.pos_ in ("PROPN", "NUM") or t.i == appos[0].i
                              or t.text == "-" and t.i != appos[0].left_edge.i])
            # (a lower-case word the tagger took for a name is none: "the state news agency X")
            before = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper()]
            follows = token.dep_ == "compound" and _namelike(token.head) and token.head.i > token.i
            if before and not appos and not follows:  # ("the Cochabamba daily Los Tiempos": the name follows, the city qualifies)
                names.append([t for c in before for t in c.subtree if t.pos_ == "PROPN"])
            if token.dep_ == "compound" and _namelike(token.head) and token.head.i > token.i:
                # "Radio station RPP": the name after the last lowercase kind word
                name = [t for t in doc[token.i + 1:token.head.i + 1] if t.pos_ in ("PROPN", "NUM") or t.i == token.head.i]
                run = _name_run(doc, token.i + 1)
                # (and on over the words that end it: "the radio station Power 102 FM")
                names.append(run if len(run) > len(name) and all(t.head.i in {x.i for x in run} or t.i == token.head.i for t in run) else name)
            elif not names and not follows:
                # "told the independent newspaper Iwacu that ...", "the local radio station Zig
                # FM reported": the name right after its kind, parsed apart from it
                names.append(_name_run(doc, token.i + 1))
            for name in names:
                # (a place's name qualifies the kind before it: "the Cochabamba daily"; right
                # after it, a place tag is the tagger's guess: "the newspaper Ubumwe")
                blocked = ("DATE",) if name and name[0].i == token.i + 1 else ("GPE", "NORP", "LOC", "DATE")
                if not name or any(t.ent_type_ in blocked for t in name):
                    continue
                if name[-1].i - name[0].i + 1 != len(name):
                    continue  # not one run of words
                text = doc[name[0].i:name[-1].i + 1].text
                head = doc[name[0].i:name[-1].i + 1].root
                credited = self._frame(token) or self._frame(head) or self._verb_after(doc, name[0].i, name[-1].i + 1)
                found.append(OutletMention(self.aliases.get(text, text), name[0].i, name[-1].i + 1, credited))
        # "the daily Le Quotidien reported": the kind word parsed as the name's adjective (or "the news portal X")
        for token in doc:
            if token.lower_ in ("daily", "weekly", "tabloid", "portal") and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "PROPN" \
                    and token.i > 0 and (doc[token.i - 1].lower_ in ("the", "a") or doc[token.i - 1].pos_ == "ADJ"):
                name = _name_run(doc, token.i + 1)
                if name and name[-1].i == token.head.i and not any(m.start <= name[0].i < m.end for m in found):
                    text = doc[name[0].i:name[-1].i + 1].text
                    found.append(OutletMention(self.aliases.get(text, text), name[0].i, name[-1].i + 1, self._frame(token.head)))
        # "told Joy FM", "Citi FM reported", "the state-owned Daily Graphic": names that say
        # what they are
        for token in doc:
            if token.pos_ != "PROPN" or any(m.start <= token.i < m.end for m in found):
                continue
            if token.text in ("FM",) + NEWSPAPER_ENDS and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper():
                # ("the Vientiane Times put the number at three": a paper's name says what it is)
                start = token.i - 1
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                    start -= 1
                name = list(doc[start:token.i + 1])
            elif token.text == "Daily" and token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
                name = _name_run(doc, token.i)
            else:
                continue
            if not name or any(m.start <= name[-1].i < m.end for m in found):
                continue
            text = doc[name[0].i:name[-1].i + 1].text
            head = doc[name[0].i:name[-1].i + 1].root
            credited = self._frame(head) or self._verb_after(doc, name[0].i, name[-1].i + 1)
            found.append(OutletMention(self.aliases.get(text, text), name[0].i, name[-1].i + 1, credited))
        # "the state-run Rwanda Broadcasting Agency", "Somali National Television": an
        # organisation named as a broadcaster or news agency
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            start = ent.start + (ent[0].pos_ == "DET")  # ("the Somali National Television")
            name = doc[start:ent.end]
            words = [t.text for t in name]
            if len(words) < 2 or words[-1] not in MEDIA_NAME_ENDS or not MEDIA_NAME_WORDS & set(words):
                continue
            if any(m.start <= start < m.end or start <= m.start < ent.end for m in found):
                continue
            found.append(OutletMention(self.aliases.get(name.text, name.text), start, ent.end, self._frame(ent.root)))
        # "Radio Okapi", "Radio Dabanga", "Radio Publique Africaine": the capitalized kind
        # word opens the name
        for token in doc:
            if token.lower_ in ("radio", "television", "tv") and token.text[:1].isupper() and token.dep_ == "compound" \
                    and token.head.pos_ == "PROPN" and token.head.i > token.i and token.head.ent_type_ not in ("GPE", "NORP", "LOC"):
                name = _name_run(doc, token.i)
                if name[-1].i != token.head.i or any(m.start <= token.head.i < m.end for m in found):
                    continue
                text = doc[token.i:token.head.i + 1].text
                found.append(OutletMention(self.aliases.get(text, text), token.i, token.head.i + 1, self._frame(token.head)))
        return found

    def _credited(self, span: Span) -> bool:
        head = span.root
        if self._frame(head):
            return True
        if head.dep_ == "appos" and head.head.lemma_.lower() in MEDIA_NOUNS and self._frame(head.head):
            return True  # "the daily The Namibian, citing relatives, put the toll at two"
        if head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and span.end <= head.head.i <= span.end + 1:
            return self._frame(head.head)  # "Fana Broadcasting Corporation": a longer name than the table's
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lemma_.lower() in MEDIA_NOUNS and before.pos_ == "NOUN" and self._frame(before):
            return True  # "told the daily newspaper O País" (the name parsed apart from its kind word)
        # "The AP also reported": matched "AP" with "The" outside the span
        return self._verb_after(span.doc, span.start, span.end)

    def _verb_after(self, doc: Doc, start: int, end: int) -> bool:
        """"..., the daily newspaper The Citizen reported.": a reporting verb right after the
        name, which the parser put into another subject (or none)."""
        after = doc[end] if end < len(doc) else None
        if after is not None and after.text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in ("citing", "quoting"):
            # (over an aside: "the daily X, citing relatives and a nurse, put the toll at two")
            close = next((t.i for t in doc[end + 2:min(len(doc), end + 14)] if t.text == ","), None)
            after = doc[close + 1] if close is not None and close + 1 < len(doc) else None
            if after is not None and after.lemma_.lower() in ("put", "give", "place", "estimate") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS for c in after.children):
                return True
        return after is not None and after.lemma_.lower() in self.reporting and after.pos_ == "VERB" and all(
            c.left_edge.i <= start < c.right_edge.i + 1 for c in after.children if c.dep_ in ("nsubj", "nsubjpass"))

    def _frame(self, token: Token) -> bool:
        dep = token.dep_
        parent = token.head
        if dep in ("nsubj", "nsubjpass") and parent.lemma_.lower() in self.reporting:
            return True
        if dep == "nsubj" and parent.lemma_.lower() in ("put", "give", "estimate", "place") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS for c in parent.children):
            return True  # "the agency SUNA put the toll at 11", "X gave a death toll of 30"
        if dep == "pobj":
            prep = parent
            if prep.lower_ == "to" and prep.head.lower_ == "according":
                return True
            if prep.lower_ == "to" and prep.head.lemma_.lower() in self.to_verbs:
                return True
            if prep.lower_ in ("per", "by") and prep.head.lemma_.lower() in ("quote", "cite", "report", "publish", "obtain", "broadcast", "air", "see", "carry", "release", "post"):
                return True
            if prep.lower_ in ("with", "to") and prep.head.lemma_.lower() in ("interview", "statement", "comment", "remark"):
                return True
            if prep.lower_ == "by" and prep.head.lemma_.lower() in ("report", "reporting", "footage", "video", "image", "analysis", "investigation", "tally", "count"):
                return True
            if prep.lower_ in ("in", "on") and prep.head.lemma_.lower() in ("report", "interview", "article", "broadcast", "footage"):
                return True
            if prep.lower_ == "on" and prep.head.lemma_.lower() in ("say", "speak", "tell", "announce", "declare", "warn", "appear",
                                                                    "read", "broadcast", "air", "carry"):
                return True  # "a spokesman said on the state broadcaster TPA", "a statement read on GBC"
        if dep == "dobj" and parent.lemma_.lower() in ("tell", "cite", "inform"):
            return True
        if dep == "poss" and parent.lemma_.lower() in ("report", "reporting", "tally", "count", "footage", "correspondent", "reporter", "interview", "analysis", "investigation"):
            return True
        if dep in ("compound", "nmod") and parent.lemma_.lower() in ("report", "reporter", "correspondent", "footage", "tally") and parent.dep_ in ("nsubj", "pobj"):
            return True
        if dep == "conj":
            return self._frame(parent)
        if dep == "agent" or (dep == "pobj" and parent.dep_ == "agent"):
            # "a statement carried by X", "a commander reached by X said": the passive's agent
            verb = parent.head if dep == "pobj" else parent
            return verb.lemma_.lower() in ("quote", "cite", "report", "publish", "broadcast", "air", "carry", "release", "post", "obtain",
                                           "reach", "contact", "interview")
        if dep in ("compound", "nmod", "appos") and parent.lemma_.lower() in STAFF_NOUNS:
            return self._frame(parent)  # "according to a Reuters witness", "an AFP photographer said"
        if dep in ("compound", "nmod", "appos", "poss", "npadvmod") and parent.lemma_.lower() in MEDIA_NOUNS:
            # "told Lusa news agency", "the state broadcaster ENA reported": the frame of
            # the noun the name qualifies
            return self._frame(parent)
        if dep in ("compound", "nmod") and parent.dep_ in ("compound", "nmod") and parent.head.lemma_.lower() in MEDIA_NOUNS:
            return self._frame(parent.head)
        return False

    def credited_by_sentence(self, doc: Doc) -> dict[int, list[str]]:
        """Sentence start token -> credited outlet names (in order, unique)."""
        result: dict[int, list[str]] = {}
        mentions = self.mentions(doc)
        for mention in mentions:
            if not mention.credited:
                continue
            sent_start = doc[mention.start].sent.start
            names = result.setdefault(sent_start, [])
            if mention.name not in names:
                names.append(mention.name)
        for token, name in self.references(doc, mentions):
            names = result.setdefault(token.sent.start, [])
            if name not in names:
                names.append(name)
        return result

    def references(self, doc: Doc, mentions: list[OutletMention]) -> list[tuple[Token, str]]:
        """Outlets a sentence credits without naming them: "..., the station said", and
        "..., the official said" of an official who told one before."""
        return self._back_references(doc, mentions) + self._returning_speakers(doc, mentions)

    def _returning_speakers(self, doc: Doc, mentions: list[OutletMention]) -> list[tuple[Token, str]]:
        """"A local official told AFP ... The women were led away, the official said": the
        outlet the same speaker told, a sentence or two before."""
        found = []
        credited = [m for m in mentions if m.credited]
        for token in doc:
            if token.dep_ != "nsubj" or token.head.lemma_.lower() not in ("say", "add") or token.lemma_.lower() not in RETURNING_SPEAKERS:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            sent = token.sent
            if any(sent.start <= m.start < sent.end for m in credited):
                continue
            for m in reversed([m for m in credited if m.end <= sent.start and sent.start - m.end < 80]):
                told = doc[m.start:m.end].root
                verb = told.head
                if told.dep_ == "dobj" and verb.lemma_.lower() == "tell" and any(
                        c.dep_ == "nsubj" and c.lemma_.lower() == token.lemma_.lower() for c in verb.children):
                    found.append((token, m.name))
                    break
        return found

    def _back_references(self, doc: Doc, mentions: list[OutletMention]) -> list[tuple[Token, str]]:
        """'..., the station said': the outlet named last before it (within two sentences)."""
        found = []
        for token in doc:
            if token.lemma_.lower() not in MEDIA_NOUNS or not any(c.lower_ == "the" for c in token.children if c.dep_ == "det"):
                continue
            if not self._frame(token):
                continue
            if token.lemma_.lower() == "service" and not any(c.lower_ in ("news", "wire", "press", "broadcasting") for c in token.children):
                continue  # "the service said" after a border or security service: not a news service
            if any(token.i < m.start <= token.i + 2 for m in mentions):
                continue  # "told the daily newspaper O País": the outlet is named right there
            if any(t.lemma_.lower() == token.lemma_.lower() and t.pos_ == "PROPN" and t.i < token.i for t in token.sent):
                continue  # "officers of the Judicial Investigation Agency ..., the agency said": that body
            before = [m for m in mentions if m.end <= token.i and token.i - m.end < 80]
            if before and not any(m.start <= token.i < m.end for m in mentions):
                found.append((token, before[-1].name))
        for token in doc:
            # '..., the news site X reported. Police stopped them ..., it said': "it" is the
            # outlet that was the last sentence's speaker
            if token.lower_ != "it" or token.dep_ != "nsubj" or token.head.lemma_.lower() not in ("say", "report", "add") \
                    or token.sent.start == 0:
                continue
            before = doc[token.sent.start - 1].sent
            speakers = [t for t in before if t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORT_LEMMAS]
            outlet = next((m for m in mentions if speakers and m.credited
                           and speakers[-1].left_edge.i <= m.start < speakers[-1].right_edge.i + 1), None)
            if outlet is not None:
                found.append((token, outlet.name))
        return found
