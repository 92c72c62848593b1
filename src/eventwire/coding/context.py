"""Per-article lookups shared by the coder's steps (:class:`_ArticleContext`): toponym
and actor-mention token maps, credited outlets, the dateline, the focus country and
place, the lede's date peg, and the running "last place/date/violent event" state."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..mentions.actors import ActorMention
from ..mentions.dates import MONTHS, DateMention, find_dates
from ..records import Article, Location, Toponym
from .candidate import Candidate
from .words import QUOTES, add_new

if TYPE_CHECKING:
    from .coder import EventCoder

QUARTER_NOUNS = {"neighbourhood", "neighborhood", "district", "suburb", "quarter", "slum", "township", "commune", "ward"}
DASHES = {"–", "—", "-", "--", "―"}


def _dateline_end(doc: Doc, toponym_tokens: set[int]) -> int:
    """The end of a leading dateline ("Lahore, Pakistan –", "Goma, March 3 (AFP) —"):
    a dash among the first 16 tokens, after a place and before any verb."""
    for tok in doc[:16]:
        if tok.text in DASHES and tok.i > 0 and not tok.whitespace_ and not doc[tok.i - 1].whitespace_:
            continue  # a hyphen inside a name ("Port-au-Prince")
        if tok.text in DASHES or tok.text == ":" and tok.i > 1 and doc[tok.i - 1].like_num and doc[tok.i - 2].lower_.rstrip(".")[:3] in MONTHS:
            # (the place opens the text; a hyphenated name may be split: "Port-au-Prince"; or
            # "Raipur, Apr 11: ..." with a colon after the date)
            first_word = len(doc.text) - len(doc.text.lstrip()) + len((doc.text.split() or [""])[0])
            if tok.i > 0 and any(doc[i].idx < first_word for i in toponym_tokens if i < tok.i):
                return tok.i + 1
            return 0
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "npadvmod" and tok.i not in toponym_tokens:
            return 0  # (an upper-case dateline's words may be tagged as verbs: "LA PAZ")
    return 0


def _quoted(text: str) -> str | None:
    match = re.search(r"[\"“]([^\"“”]{3,})[\"”]", text)
    return match.group(1).strip().rstrip(",") if match else None


class _ArticleContext:
    """Per-article lookups shared by the coder's steps."""

    def _spread_over_quotes(self, doc: Doc) -> None:
        """A quotation running over several sentences is credited where it closes:
        '"We took the town. We will hold it," the spokesman told AFP.'"""
        sents = list(doc.sents)
        i = 0
        while i < len(sents):
            text = sents[i].text.strip()
            opens = sum(text.count(q) for q in "“") + (text.count('"') % 2 if text[:1] == '"' else 0)
            closes = sum(text.count(q) for q in "”")
            if text[:1] in "“\"" and opens > closes:
                j = i + 1
                while j < len(sents) and j - i < 6:
                    if "”" in sents[j].text or '"' in sents[j].text:
                        break
                    j += 1
                if j < len(sents):
                    names = self.credited.get(sents[j].start, [])
                    for k in range(i, j):
                        add_new(self.credited.setdefault(sents[k].start, []), names)
                i = j
            i += 1

    def isolated_foreign(self, toponym: Toponym) -> bool:
        """A place-level toponym in a country that no other place name of the article is in
        (not even the country itself), while the article is about another country."""
        cc = toponym.country_code
        if not cc or not self.focus_country or cc == self.focus_country or toponym.precision == "country":
            return False
        names = {(t.name or t.text).lower() for t in self.toponyms if t.country_code == cc}
        if len(names) > 1 or sum(1 for t in self.toponyms if t.country_code == self.focus_country) < 3:
            return False
        return cc not in self.country_forms_used  # "Israeli", "the US": the country is in the story

    def previous_sentence_start(self, sent: Span) -> int | None:
        import bisect

        i = bisect.bisect_left(self.sent_starts, sent.start)
        return self.sent_starts[i - 1] if i > 0 else None

    def sentence_before_quotation(self, sent: Span) -> int | None:
        """The start of the sentence before ``sent``, back past the sentences its quotation
        opened with ('"We want ...  Give us ...," the mayor told the crowd')."""
        start = self.previous_sentence_start(sent)
        while start is not None and self.doc[start].text in QUOTES:
            start = self.previous_sentence_start(self.doc[start].sent)
        return start

    def __init__(self, coder: EventCoder, doc: Doc, article: Article, toponyms: list[Toponym]) -> None:
        self.doc = doc
        self.article = article
        self.toponyms = toponyms
        self.toponym_spans: list[tuple[Toponym, list[int]]] = []
        self.toponym_tokens: set[int] = set()
        for toponym in toponyms:
            span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
            ids = [t.i for t in span] if span is not None else []
            self.toponym_spans.append((toponym, ids))
            self.toponym_tokens.update(ids)
        self.country_forms_used = {coder.forms[t.text] for t in doc if t.text in coder.forms}
        self.country_forms_used |= {coder.forms[e.text] for e in doc.ents if e.text in coder.forms}
        #: "the Q neighbourhood of City": a quarter the gazetteer lacks, named
        #: later on its own ("returned to <quarter>"), is in the city that contains it
        self.quarters: dict[str, Toponym] = {}
        by_token = {ids[-1]: t for t, ids in self.toponym_spans if ids}
        for tok in doc:
            if tok.lemma_.lower() not in QUARTER_NOUNS or tok.pos_ != "NOUN":
                continue
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in self.toponym_tokens]
            cities = [by_token[g.i] for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" and g.i in by_token]
            # (or "Dili's Becora neighbourhood": the city's possessive)
            cities += [by_token[c.i] for c in tok.children if c.dep_ == "poss" and c.i in by_token]
            if not names and tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i not in self.toponym_tokens:
                names = [tok.head]  # "in Monimbó, an Indigenous neighbourhood of Masaya"
            if len(names) == 1 and len(cities) == 1:
                self.quarters[names[0].text] = cities[0]
        #: "Mogadishu, March 16 (Agency) –": the dateline's tokens end here (0: no dateline)
        self.dateline_end = _dateline_end(doc, self.toponym_tokens)
        mentions = coder.actor_finder.find(doc)
        # a "person" that the geoparser placed is a place, not a person
        self.mentions = [m for m in mentions if not (m.category == "person" and any(i in self.toponym_tokens for i in range(m.start, m.end)))]
        # "Mortar bombs fired ...": a weapon the NER took for a name is not an actor
        self.mentions = [m for m in self.mentions if not (m.category == "person" and m.text.lower() in coder.weapon_words)]
        self.mention_at: dict[int, ActorMention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.mention_at.setdefault(i, m)
            self.mention_at[m.head] = m
        self.actor_tokens = {i for m in self.mentions if m.category == "named" for i in range(m.start, m.end)}
        outlet_mentions = coder.outlet_finder.mentions(doc)
        self.actor_tokens |= {i for o in outlet_mentions for i in range(o.start, o.end)}
        self.outlet_names = {doc[o.start:o.end].text.lower() for o in outlet_mentions}
        self.outlet_at = {i: o.name for o in outlet_mentions for i in range(o.start, o.end)}
        # "the group's regional office" after "Amnesty International accused ...": with no
        # armed group named before it, "the group" is the organisation just named
        for k, m in enumerate(self.mentions):
            if m.category != "armed_generic" or doc[m.head].lemma_.lower() not in ("group", "organisation", "organization"):
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in doc[m.head].children):
                continue  # "No group claimed the attack": no one
            if any(o.armed and o.category == "named" and o.start <= m.start and o is not m for o in self.mentions):
                continue  # (or one inside it: "a FARC dissident group")
            sent_start = doc[m.head].sent.start
            prev = [s.start for s in doc.sents if s.start < sent_start]
            start = prev[-1] if prev else sent_start
            orgs = [i for i in self.outlet_at if start <= i < m.start]
            if orgs:
                name = self.outlet_at[max(orgs)]
                org = ActorMention(m.start, m.end, m.head, m.text, "named", name=name, extra={"organisation": True})
                self.mentions[k] = org
                for i in range(m.start, m.end):
                    if self.mention_at.get(i) is m:
                        self.mention_at[i] = org
                self.mention_at[m.head] = org
        if article.outlet:
            self.outlet_names.add(article.outlet.lower())
        self.credited = {}
        for o in outlet_mentions:
            if o.credited:
                add_new(self.credited.setdefault(doc[o.start].sent.start, []), [o.name])
        for token, name in coder.outlet_finder.references(doc, outlet_mentions):
            add_new(self.credited.setdefault(token.sent.start, []), [name])
        self._spread_over_quotes(doc)
        countries = Counter(t.country_code for t in toponyms if t.country_code)
        self.focus_country = countries.most_common(1)[0][0] if countries else None
        self.focus_location: Location | None = None
        if self.focus_country:
            country_level = [t for t in toponyms if t.country_code == self.focus_country and t.precision == "country"]
            if country_level:
                self.focus_location = Location.from_toponym(country_level[0])
            else:
                name = coder.country_names.get(self.focus_country, self.focus_country)
                self.focus_location = Location(name=name, country_code=self.focus_country, precision="country")
        #: does the article report on armed conflict (an armed group or a military named)?
        self.conflict = any(m.armed or m.category == "state_military" or (m.category == "named" and m.type in ("rebel group", "political militia", "identity militia", "external/other")) for m in self.mentions)
        self.last_places: tuple[int, list[Toponym]] | None = None
        self.last_violent_places: tuple[int, list[Toponym]] | None = None
        self.sentence_triggers: dict = {}  # sentence start -> its (undropped) trigger candidates
        self.dated_at: dict = {}  # place (geonameid or name) -> (date, precision) of the first day-dated event there
        self.last_violent: Candidate | None = None
        #: the violent acts told so far with a known side, in order
        self.violent_told: list[Candidate] = []
        self.last_dated: tuple[str, str] | None = None
        self.day_anchor: tuple[int, str] | None = None  # (sentence start, date "the next day" counts from)
        self.last_event_places: list[Toponym] = []
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.peg: DateMention | None = None
        for sent in list(doc.sents)[:6]:
            for d in find_dates(sent, article.published):
                if d.date and not d.historical and d.precision == "day" and d.start >= self.dateline_end:
                    self.peg = d
                    break
            if self.peg is not None:
                break
