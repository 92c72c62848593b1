"""Where, when-context, how many and according to whom: the places of an event (and the
places to exclude), its country, fatality counts, people taken, crowd size, sources of
a casualty toll, and dates that belong to the report rather than the event."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..geo.resolve import BEARINGS, BESIDE, RELATION, UNITS
from ..geodesy import destination, haversine_km
from ..mentions.dates import WEEKDAYS, days_after, find_dates, shift_date
from ..mentions.numbers import quantities
from ..records import Toponym
from .candidate import Candidate
from .context import QUARTER_NOUNS, _ArticleContext
from .words import DEATH_VERBS, DEMAND_VERBS, GROUP_NOUNS, PLACE_RANK, STATEMENT, _verb_as_adjective

DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "kilometre", "kilometer", "km", "mile"}
#: nouns whose "between X and Y" names parties, not places
PARTY_NOUNS = {"deal", "agreement", "accord", "talks", "truce", "ceasefire", "negotiation", "dispute", "tension", "relation", "meeting", "pact", "treaty", "deal"}
#: the people a force "lost" (its dead)
LOST_PEOPLE = {"soldier", "man", "fighter", "officer", "troop", "member", "policeman", "comrade", "personnel", "guard", "militiaman"}
TOLL_WORDS = {"toll", "body", "die", "dead", "death", "casualty", "wound", "wounded", "injure", "injured", "kill", "damage", "hurt"}
#: subjects of a sentence that tells more of the violent event just reported
RESTATED = {"missile", "rocket", "shell", "bomb", "blast", "explosion", "strike", "airstrike", "attack", "ambush", "raid", "drone", "shelling", "bombing", "clash", "fighting", "assault"}
#: bodies whose place name is their seat ("the Kunduz provincial council", "the Gao regional assembly")
SEAT_NOUNS = {"council", "assembly", "parliament", "committee", "commission", "court", "tribunal", "university", "chamber", "legislature", "senate", "bar"}
#: nouns after a place name that make it a named place ("the X neighbourhood", "the X township")
# (not "region", "province": "the Sagaing region" read as the town of Sagaing is a misreading)
AREA_NOUNS = {"neighbourhood", "neighborhood", "quarter", "suburb", "township", "slum", "locality", "village", "town"}
#: words by which a lede points away from its dateline city
ELSEWHERE_NOUNS = {"village", "town", "province", "region", "district", "county", "state", "countryside", "country", "border", "area",
                   "outskirts", "suburb", "camp", "highway", "road", "north", "south", "east", "west", "territory", "hinterland", "capital"}
#: settlement nouns that, definite and bare ("the town"), point back to the place just reported
#: Words of a DATE that tell a day of the report's week, not another time.
DAY_WORDS = set(WEEKDAYS) | {"today", "yesterday", "tonight", "overnight", "on", "late", "early", "last", "night", "morning", "evening", "afternoon"}
TOWN_NOUNS = {"town", "city", "village", "settlement", "locality", "port", "camp", "centre", "center", "community", "neighbourhood", "neighborhood"}
#: words that end a street's or square's name ("Rustaveli Avenue", "Tahrir Square")
STREET_WORDS = {"avenue", "street", "square", "boulevard", "road", "prospekt", "highway", "bridge", "roundabout",
                "avenida", "rua", "calle", "praça", "plaza", "place", "rue", "ulitsa", "maidan", "meydan", "midan"}
#: things a place name can qualify without placing anything there
EMBLEM_NOUNS = {"flag", "banner", "anthem", "passport", "currency", "membership", "bid", "accession", "citizenship", "visa", "emblem", "colours", "colors"}
#: people who speak for an institution; where they sit is not where the event was
OFFICIAL_SPEAKERS = {"official", "spokesman", "spokeswoman", "spokesperson", "source", "officer", "commander", "governor",
                     "administrator", "councillor", "councilor", "minister", "lawmaker", "authority", "authorities"}
#: nouns whose "of X" names the suburb itself, a compound before them the city ("the Luanda suburb of X")
#: the last word of a body's name that a place name may open ("the Eastern X Security Command")
BODY_NAME_ENDS = {"command", "service", "agency", "council", "committee", "party", "front", "army", "force", "police", "ministry",
                  "authority", "commission", "court", "university", "bank", "brigade", "battalion", "division", "corps", "guard"}
SUBURB_NOUNS = {"suburb", "township", "satellite", "town", "city", "village", "port", "hamlet"}  # ("the Sabah town of X": X is the town)
#: words by which the text names a division ("Puno region", "Kunduz province")
DIVISION_WORDS = {"region", "province", "state", "department", "district", "county", "oblast", "governorate", "prefecture", "division"}
RELATIONAL_PREPS = {"above", "below", "overlooking", "near", "outside", "around", "beyond"}
EXCLUDING_PREPS = {"with", "from", "toward", "towards", "against", "to"}
#: the parts of a country a direction adjective names ("in northern X")
REGIONAL_ADJECTIVES = {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                       "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}


def _after_direction(doc, tok_ids: list[int]) -> bool:
    """Whether a name follows a direction adjective ("northern Djibouti")."""
    return tok_ids[0] > 0 and doc[tok_ids[0] - 1].lower_ in REGIONAL_ADJECTIVES


#: military positions a definite noun may take up again ("retook the post")
POST_NOUNS = {"post", "outpost", "garrison", "base"}
#: where an act is said to be "the same" as the one just told ("under the same road")
SAME_PLACE_NOUNS = {"road", "area", "spot", "stretch", "highway", "route", "field", "place", "site", "street"}


def _names_division(doc, tok_ids: list[int]) -> bool:
    """Whether the place name is followed by a division word ("Puno region")."""
    after = tok_ids[-1] + 1
    return after < len(doc) and doc[after].lemma_.lower() in DIVISION_WORDS


class AttributeFinding:
    """Step 5: where, how many and according to whom."""

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
            if self._excluded_place(ctx, toponym, tok_ids, remote=cand.cls.name in ("remote", "fire_weapon", "disrupted"), trigger=cand.trigger) \
                    and not self._arrived_at(ctx, cand, tok_ids):
                continue
            if cand.cls.name in STATEMENT and (toponym.precision == "country" or toponym.text in self.capital_countries) \
                    and self._addressee(ctx, cand, tok_ids):
                continue  # "X accused Israel of ...", "held Dushanbe fully responsible": the accused is a side, not the place
            root = ctx.doc[tok_ids[0]:tok_ids[-1] + 1].root
            if toponym.precision == "country" and root.dep_ == "poss" and root.head.lemma_.lower() == "capital":
                capital = self._capital_place(ctx, [root.head])
                if capital is not None:
                    # "marching through Madagascar's capital": the capital, named elsewhere in the text
                    chosen.append((capital, tok_ids))
                    continue
            chosen.append((toponym, tok_ids))
        if len(chosen) > 1:
            # "A day before the X assault, soldiers shot dead 12 villagers near Y": X names the
            # event the day is counted from, not where this one happened
            elsewhere = [(t, ids) for t, ids in chosen if not self._names_other_event(ctx.doc, ids)]
            chosen = elsewhere or chosen
        if len(chosen) > 1:
            # "near X in northern Djibouti": the country, whatever city shares its name
            chosen = [(t, ids) for t, ids in chosen if not (
                _after_direction(ctx.doc, ids) and t.text == self.country_names.get(t.country_code or "")
                and any(o.country_code == t.country_code for o, _ in chosen if o is not t))]
        # drop containers: "the Karrada district of Baghdad", "Kisumu, ... in western Kenya"
        kept: list[tuple[Toponym, list[int]]] = []
        for toponym, tok_ids in chosen:
            others = [(t, ids) for t, ids in chosen if t is not toponym]
            if any(self._contains(ctx, toponym, tok_ids, t, ids) for t, ids in others):
                continue
            kept.append((toponym, tok_ids))
        # "on the road between X and Y", "on the X-Y road": one event, at the first town
        kept = [(t, ids) for t, ids in kept if not self._second_of_pair(ctx, ids, [i for _, i in kept if i is not ids])]
        finest = min((_precision_rank(t) for t, _ in kept), default=None)
        if finest is not None and finest <= PLACE_RANK["near"]:
            # (a coarser name is the finer one's area, unless the two are listed side by side:
            # "marched through Bundibugyo town and Fort Portal")
            kept = [(t, ids) for t, ids in kept if _precision_rank(t) <= PLACE_RANK["near"] or not self._same_country(t, kept)
                    or self._coordinated(ctx, ids, [i for _, i in kept if i is not ids])]
        if cand.cls.name not in STATEMENT + ("threaten",) and (all(self._way_to(ctx.doc, ids) for _, ids in kept) or all(
                _precision_rank(t) > PLACE_RANK["admin2"] or self._named_as_division(ctx.doc, ids) for t, ids in kept)):
            # (or only where the road leads: "buried under the road about 20 km south of X on
            # the way to Y", or only the province: "the ranch house about 25 km north-east of X,
            # in Y department")
            offset = self._offset_place(ctx, idx)
            if offset is not None:
                return [offset]
        anaphor = self._place_anaphor(ctx, tokens) if ctx.last_event_places and cand.cls.name not in STATEMENT + ("threaten",) else None
        if (not kept or all(_precision_rank(t) > PLACE_RANK["admin2"] for t, _ in kept)) and anaphor is not None \
                and any(c.lower_ in ("that", "this") for c in anaphor.children if c.dep_ == "det"):
            # "a blogger who had criticised the governor of Sfax was arrested in that city":
            # the town named last before it
            before = [t for t, ids in ctx.toponym_spans if ids and ctx.dateline_end <= ids[0] < anaphor.i and t.lat is not None
                      and _precision_rank(t) <= PLACE_RANK["admin2"]]
            if before:
                return [before[-1]]
        if (not kept or all(_precision_rank(t) > PLACE_RANK["admin2"] for t, _ in kept)) and anaphor is not None:
            # "retook the town", "a base at the town's airfield": the place just reported
            towns = [t for t in ctx.last_event_places if _precision_rank(t) <= PLACE_RANK["admin2"]]
            # (unless another place was named in between: "residents of X ... to the town")
            # (named since the sentence that told that place, and not where they fell back "towards")
            since = max(ctx.dateline_end, ctx.last_places[0] if ctx.last_places else 0)
            named = [t for t, ids in ctx.toponym_spans if ids and since <= ids[0] < anaphor.i and t.lat is not None
                     and not self._excluded_place(ctx, t, ids)]
            # (a place the sentence names before it, even as where the speakers live)
            here = [t for t, ids in ctx.toponym_spans if ids and anaphor.sent.start <= ids[0] < anaphor.i and t.lat is not None
                    and _precision_rank(t) <= PLACE_RANK["near"] and (self._speaker_place(ctx.doc, ids) or not self._excluded_place(ctx, t, ids))]
            if here and anaphor.lemma_.lower() in TOWN_NOUNS:
                return [here[-1]]  # "Residents of X told the BBC that soldiers had taken seven men from the town": X
            if len(towns) == 1 and (not named or (named[-1].geonameid or named[-1].name) == (towns[0].geonameid or towns[0].name)
                                    or _precision_rank(named[-1]) > PLACE_RANK["admin2"]
                                    or any(c.lower_ == "same" for c in anaphor.children)):
                return towns  # ("the same road" is the one just told, whatever was named since)
        if not kept and ctx.quarters:
            # "returned to <quarter> and looted shops": the city the quarter was said to be in
            for t in tokens:
                if t.text in ctx.quarters and t.i not in ctx.toponym_tokens and t.pos_ == "PROPN":
                    return [ctx.quarters[t.text]]
        if not kept and tokens and ctx.dateline_end and tokens[0].i == tokens[0].sent.start and tokens[-1].i == tokens[0].sent.end - 1 \
                and any(t.lemma_.lower() in STREET_WORDS and t.text[:1].isupper() and (
                    t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" or t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN") for t in tokens):
            # "marched along Rustaveli Avenue": a street the gazetteer lacks, in the dateline city
            dateline = self._dateline_place(ctx, tokens, street=True)
            if dateline is not None:
                return [dateline]
        quarters = any(t.lemma_.lower() in QUARTER_NOUNS and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" for t in tokens)
        if not kept and tokens and (cand.cls.name in ("protest", "riot") or quarters) and not cand.nominal and tokens[0].i == tokens[0].sent.start \
                and tokens[-1].i == tokens[0].sent.end - 1 and ctx.dateline_end:
            # (or "in the Behoririka and 67 Ha neighbourhoods": quarters the gazetteer lacks)
            # "tens of thousands marched peacefully from X Square to Y on Sunday" (neither
            # known): in the dateline city, when the story's events are there
            dateline = self._dateline_place(ctx, tokens, street=True)
            if dateline is not None and any((t.geonameid or t.name) == (dateline.geonameid or dateline.name) for t in ctx.last_event_places):
                return [dateline]
        if not kept and tokens and ctx.dateline_end and tokens[0].i == tokens[0].sent.start and tokens[-1].i == tokens[0].sent.end - 1 \
                and tokens[0].sent.start < ctx.dateline_end:
            dateline = self._dateline_place(ctx, tokens)
            if dateline is not None:
                return [dateline]
        unique: list[Toponym] = []
        seen: set = set()
        for t, _ in kept:
            key = t.geonameid or (t.name or t.text).lower()
            if key not in seen:
                seen.add(key)
                unique.append(t)
        return unique

    @staticmethod
    def _in_demand(doc, tok_ids: list[int], trigger: Token | None = None) -> bool:
        """Whether a place is named by a participle or relative clause inside a crowd's stated
        aim ("to demand the release of members detained in X", "to call for the return of those
        displaced from Y")."""
        node = doc[tok_ids[0]:tok_ids[-1] + 1].root
        if node.dep_ == "compound" and node.head.dep_ == "pobj" and node.head.head.lower_ in ("against", "over") and any(
                a.dep_ in ("advcl", "xcomp") and a.lemma_.lower() in ("protest", "demonstrate", "rally") and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
                for a in node.head.head.ancestors):
            return True  # ("tried to march ... to protest against the X post": what they protested, not where)
        # (or a relative clause: "to demand the release of the deputy governor, who was detained in X")
        participle = next((a for a in node.ancestors if a.dep_ == "acl" and a.tag_ == "VBN" or a.dep_ == "relcl"), None)
        if participle is None or trigger is not None and participle.left_edge.i <= trigger.i <= participle.right_edge.i:
            return False  # (but the detention that clause tells is in X)
        return any(a.dep_ in ("advcl", "xcomp") and a.lemma_.lower() in DEMAND_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
                   for a in participle.ancestors)

    @staticmethod
    def _beside_other(ctx: "_ArticleContext", tok_ids: list[int]) -> bool:
        """Whether the place only locates the one named just before it: "X, on the edge of
        Y", "X, on the outskirts of Y"."""
        start = ctx.doc[tok_ids[0]].idx
        text = ctx.doc.text
        ends = [ctx.doc[ids[-1]].idx + len(ctx.doc[ids[-1]].text) for _, ids in ctx.toponym_spans if ids and ids[-1] < tok_ids[0]]
        return any(start - 60 <= end and BESIDE.match(text[end:start]) for end in ends)

    @staticmethod
    def _named_as_division(doc, tok_ids: list[int]) -> bool:
        """Whether the text names the place as a division here ("in Concepción department")."""
        after = doc[tok_ids[-1] + 1] if tok_ids[-1] + 1 < len(doc) else None
        return after is not None and after.lower_ in ("department", "province", "region", "state", "district", "governorate", "county")

    @staticmethod
    def _way_to(doc, tok_ids: list[int]) -> bool:
        """Whether a place is where a road or journey leads ("on the way to X")."""
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in ("way", "road", "route", "highway")

    @staticmethod
    def _names_other_event(doc, tok_ids: list[int]) -> bool:
        """Whether a place name qualifies the noun of a "before/after/since the X <event>"
        phrase ("two days after the Wabag fighting")."""
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        if root.dep_ not in ("compound", "amod", "nmod", "poss"):
            return False
        noun = root.head
        return noun.dep_ == "pobj" and noun.head.lower_ in ("before", "after", "since") and noun.head.dep_ == "prep"

    @staticmethod
    def _offset_place(ctx: "_ArticleContext", idx: set[int]) -> Toponym | None:
        """"ambushed a convoy about 30 kilometres east of Téra": no place is named, only
        a distance and bearing from one; the point they give, at "near" precision."""
        text = ctx.doc.text
        for toponym, tok_ids in ctx.toponym_spans:
            if not tok_ids or not set(tok_ids) <= idx or toponym.lat is None or toponym.precision not in ("place", "admin2"):
                continue
            start = ctx.doc[tok_ids[0]].idx
            match = RELATION.search(text, max(0, start - 60), start)
            if match is None or match.end() != start:
                continue
            offset = _offset(toponym, match)
            if offset is not None:
                return offset
        # "struck an explosive device about 20 km west of the town": the town named last before it
        words = sorted(idx)
        if not words:
            return None
        first, last = ctx.doc[words[0]].idx, ctx.doc[words[-1]].idx
        for match in RELATION.finditer(text, first, last):
            if not re.match(r"the (town|city|village)\b", text[match.end():match.end() + 12], re.I):
                continue
            before = [t for t, ids in ctx.toponym_spans if ids and ctx.dateline_end <= ids[0] and ctx.doc[ids[0]].idx < match.start()
                      and t.lat is not None and t.precision == "place"]
            if before:
                return _offset(before[-1], match)
        return None

    @staticmethod
    def _arrived_at(ctx: "_ArticleContext", cand: Candidate, tok_ids: list[int]) -> bool:
        """"gunmen returned to X and looted shops": where they came to is where they acted."""
        trigger = cand.trigger
        if cand.nominal:
            return False
        anchor = trigger.head.head if _verb_as_adjective(trigger) else trigger.head if trigger.dep_ == "conj" else None
        root = ctx.doc[tok_ids[0]:tok_ids[-1] + 1].root
        return (anchor is not None and root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.i == anchor.i
                and anchor.lemma_.lower() in ("return", "arrive", "come", "go", "move", "head"))

    @staticmethod
    def _addressee(ctx: "_ArticleContext", cand: Candidate, tok_ids: list[int]) -> bool:
        """Whether a place name is the object of a statement verb (the accused, the one asked)."""
        root = ctx.doc[tok_ids[0]:tok_ids[-1] + 1].root
        return not cand.nominal and root.dep_ == "dobj" and root.head.i == cand.trigger.i

    @staticmethod
    def _second_of_pair(ctx: "_ArticleContext", ids: list[int], others: list[list[int]]) -> bool:
        doc = ctx.doc
        root = doc[ids[0]:ids[-1] + 1].root
        other_roots = {doc[o[0]:o[-1] + 1].root.i for o in others if o}
        if root.dep_ == "conj" and root.head.i in other_roots and root.head.dep_ == "pobj" and root.head.head.lower_ == "between":
            return True
        if root.dep_ == "conj" and root.head.i in other_roots and root.head.dep_ == "dobj" \
                and root.head.head.lemma_.lower() in ("link", "connect", "join"):
            return True  # ("drivers on routes linking X and Y stopped work": the first town)
        # "the Dori-Gorom road": X - Y before a road noun
        start = ids[0]
        if start >= 2 and doc[start - 1].text in ("-", "–") and any(start - 2 in o for o in others):
            end = ids[-1] + 1
            if end < len(doc) and doc[end].lemma_.lower() in ("road", "highway", "route", "axis", "corridor", "railway", "motorway"):
                return True
        return False

    @staticmethod
    def _reference_point(ctx: "_ArticleContext", direction: Token) -> bool:
        """Whether "<direction> of X" uses X only to locate something else: with a distance
        ("30 km west of"), or describing another place ("Pavlohrad, east of Dnipro", "a
        village north-east of Ramallah")."""
        units = ("kilometre", "kilometer", "km", "mile")
        if direction.lemma_.lower() in units:
            return True
        near = list(direction.subtree) + [direction.head] + list(direction.head.children)
        if any(t.like_num or t.lemma_.lower() in units for t in near if t.i < direction.i):
            return True
        anchor = direction.head
        if direction.dep_ == "appos" or anchor.i in ctx.toponym_tokens:
            return True
        first = direction.left_edge.i
        if first >= 2 and ctx.doc[first - 1].text == "," and first - 2 in ctx.toponym_tokens:
            return True  # ("In Pavlohrad, east of Dnipro, ...", however parsed)
        return anchor.dep_ == "appos" and (anchor.head.i in ctx.toponym_tokens or anchor.lemma_.lower() in TOWN_NOUNS)

    @staticmethod
    def _coordinated(ctx: "_ArticleContext", ids: list[int], others: list[list[int]]) -> bool:
        """Whether the place is joined by "and"/"or" to one of the others."""
        doc = ctx.doc
        root = doc[ids[0]:ids[-1] + 1].root
        for o in others:
            other = doc[o[0]:o[-1] + 1].root
            for a, b in ((root, other), (other, root)):
                node = a
                for _ in range(3):  # ("Bundibugyo town and Fort Portal": through the kind noun)
                    if node.dep_ == "conj" and (node.head.i == b.i or b.head.i == node.head.i and b.dep_ == "compound"):
                        return True
                    node = node.head if node.head != node else node
            # "near X and in the Y valley": the prepositions are joined
            preps = [_governing_prep(root), _governing_prep(other)]
            if None not in preps and any(p.dep_ == "conj" and p.head.i == q.i for p, q in (preps, preps[::-1])):
                return True
        return False

    @staticmethod
    def _speaker_place(doc: Doc, tok_ids: list[int]) -> bool:
        """A place that locates an official speaking ("an official in X told AFP", "a
        police spokesman in X said"), not what is told."""
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        while root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN", "ADJ") and root.head != root:
            root = root.head  # ("a spokesman for the X regional government said": the body he speaks for)
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("in", "at", "from", "for") or prep.dep_ != "prep":
            return False
        speaker = prep.head
        for _ in range(2):
            # ("a medical source at a field hospital in X said": through the place they work at;
            # "the commander of the army's sector in X told CRTV": through the unit he leads)
            if speaker.dep_ == "pobj" and speaker.head.dep_ == "prep" and speaker.head.lower_ in ("in", "at", "from", "of"):
                speaker = speaker.head.head
        return (speaker.lemma_.lower() in OFFICIAL_SPEAKERS | {"medic", "doctor", "nurse"} and speaker.dep_ == "nsubj"
                and speaker.head.lemma_.lower() in ("say", "tell", "report", "confirm", "add", "state"))

    @staticmethod
    def _describes_actor(ctx: "_ArticleContext", tok_ids: list[int]) -> bool:
        """A place inside a relative clause or appositive that describes an actor."""
        doc = ctx.doc
        node = doc[tok_ids[0]:tok_ids[-1] + 1].root
        for _ in range(8):
            if node.head == node:
                return False
            described = node.head.i in ctx.mention_at or (node.head.dep_ == "appos" and node.head.head.i in ctx.mention_at) \
                or node.head.i in ctx.outlet_at  # ("the news agency Saba, which is run by the government in X")
            if node.dep_ == "relcl" and described:
                # (or what the actor did at another time: "the army, which recaptured X in March 2025, has vowed ...")
                # (but "fought a group that tried to cross the frontier near X on Thursday": the
                # fight's own day and place)
                return node.lemma_.lower() in ("control", "hold", "run", "dominate", "operate", "base", "be", "govern", "rule") \
                    or any(t.ent_type_ == "DATE" and t.lower_ not in DAY_WORDS for t in node.subtree)
            node = node.head
        return False

    @staticmethod
    def _reference_elsewhere(ctx: "_ArticleContext", toponym: Toponym, tok_ids: list[int]) -> bool:
        """The same place named in the sentence as a distance's reference point ("60 km
        north of X")."""
        doc = ctx.doc
        sent = doc[tok_ids[0]].sent
        name = (toponym.name or toponym.text).lower()
        for other, ids in ctx.toponym_spans:
            if not ids or ids == tok_ids or not (sent.start <= ids[0] < sent.end) or (other.name or other.text).lower() != name:
                continue
            root = doc[ids[0]:ids[-1] + 1].root
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in DIRECTIONS:
                return True
        return False

    @staticmethod
    def _dateline_place(ctx: "_ArticleContext", tokens: list[Token], street: bool = False) -> Toponym | None:
        """The dateline city for a lede sentence that names no place at all ("Nairobi –
        Police fired tear gas to disperse protesters who tried to march on parliament"):
        only a city of the country the article is about, and only when the sentence does
        not point elsewhere ("in the north", "a village", "the province")."""
        elsewhere = ELSEWHERE_NOUNS - {"road", "highway"} if street else ELSEWHERE_NOUNS  # ("Avenida Brasil, one of the city's busiest roads")
        if any(t.lemma_.lower() in DIRECTIONS | elsewhere and t.dep_ not in ("compound", "amod", "nmod") for t in tokens[0].sent):
            return None  # (not "state television": a modifier points nowhere)
        for toponym, ids in ctx.toponym_spans:
            if ids and ids[-1] < ctx.dateline_end:
                if toponym.precision == "place" and toponym.lat is not None and toponym.country_code == ctx.focus_country:
                    return toponym
                return None
        return None

    @staticmethod
    def _place_anaphor(ctx: "_ArticleContext", tokens: list[Token]) -> Token | None:
        """A definite settlement noun that names no place of its own: "the town", "the
        village's market" (not "the town of X", not "the state capital")."""
        for tok in tokens:
            same = any(c.lower_ == "same" for c in tok.children)  # ("buried under the same road")
            if tok.lemma_.lower() not in TOWN_NOUNS | POST_NOUNS | (SAME_PLACE_NOUNS if same else set()) or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue  # (or a post told before: "troops retook the post the following morning")
            if not any(c.lower_ in ("the", "that", "this") for c in tok.children if c.dep_ == "det"):
                continue
            if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() not in TOWN_NOUNS | {"district", "same"} for c in tok.children):
                continue  # "the northern town", "the border town": a description, maybe a new place
                # (but "in the same neighbourhood" is the one just told)
            if any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children) or tok.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.children):
                continue  # "the town of X", "X, the town"
            if tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].i in ctx.toponym_tokens:
                continue
            return tok
        return None

    @staticmethod
    def _same_country(toponym: Toponym, kept: list[tuple[Toponym, list[int]]]) -> bool:
        return any(t.country_code == toponym.country_code and _precision_rank(t) < _precision_rank(toponym) for t, _ in kept)

    def _excluded_place(self, ctx: "_ArticleContext", toponym: Toponym, tok_ids: list[int], remote: bool = False,
                        trigger: Token | None = None) -> bool:
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
        if tok_ids[-1] + 1 < len(doc) and doc[tok_ids[-1] + 1].lower_ in ("river", "rivers"):
            return True  # "crossed the Panj river": the river, not the town of its name
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        if root.dep_ == "dobj" and root.head.dep_ == "acl" and root.head.lemma_.lower() in FACING_VERBS:
            # "at X, the Haitian town facing Y", "a new base in X, on the border facing Y": Y only
            # says where X lies
            return True
        if self._describes_actor(ctx, tok_ids):
            return True  # "HTS, the alliance that controls much of Idlib province": what the actor is
        if self._speaker_place(doc, tok_ids):
            return True  # "an official in Ouallam told AFP": where the source sits
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        while root.dep_ == "conj" and root.head != root:
            root = root.head  # ("Georgian and European Union flags")
        if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in EMBLEM_NOUNS:
            return True  # "waving Georgian and European Union flags": an emblem, not a place
        if self._beside_other(ctx, tok_ids):
            return True  # "in Depok, on the southern edge of Jakarta": Jakarta locates Depok
        if self._reference_elsewhere(ctx, toponym, tok_ids):
            return True  # "between X and Y, about 60 km north of X": X is the reference point
        if self._origin_place(doc, tok_ids[0]) and not (trigger is not None and trigger.lemma_.lower() in ("pull", "withdraw", "retreat")):
            # (but where troops pulled back from is the place handed over)
            return True  # "shells fired from the hills above X": where it came from
        if tok_ids[-1] + 2 < len(doc) and doc[tok_ids[-1] + 1].text in ("-", "–") and doc[tok_ids[-1] + 2].lower_ in ("led", "backed", "based", "brokered", "funded"):
            return True  # "under the US-led mechanism": who leads it, not where
        if self._in_demand(doc, tok_ids, trigger):
            return True  # "blocked the road to demand the release of members detained in X": what they asked for
        root = doc[tok_ids[0]:tok_ids[-1] + 1].root
        head = root.head
        if root.dep_ in ("appos", "compound") and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in DIRECTIONS:
            return True  # "50 km east of the state capital X": a reference point
        if root.dep_ == "pobj" and head.lower_ == "between" and head.head.lemma_.lower() in PARTY_NOUNS or (
                root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between" and root.head.head.head.lemma_.lower() in PARTY_NOUNS):
            return True  # "a deal between Baghdad and Erbil": the capitals stand for governments
        if root.dep_ == "pobj" and head.lower_ in EXCLUDING_PREPS and not (remote and head.lower_ in ("toward", "towards", "to", "against")) \
                and not (head.lower_ == "to" and head.head.lemma_.lower() in ("entrance", "gate", "approach", "spread", "extend", "expand")):
            # ("at the entrance to X"; "protests spread to X": there too)
            return True  # (rockets fired "toward X" land in X: the place of remote violence)
        if root.dep_ in ("compound", "amod") and head.dep_ == "pobj" and head.head.lower_ in ("toward", "towards", "from") and not remote:
            return True  # "withdrawing towards the Lake Chad shoreline": where they went
        if root.dep_ == "poss" and (head.i in ctx.mention_at or head.lemma_.lower() in ("ambassador", "envoy", "embassy", "consul", "delegation")):
            return True  # "Ukraine's air force", "summoned Tajikistan's ambassador": an actor, not a place
        top = root
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if top is not root and top.dep_ == "nsubj" and toponym.precision == "country" and any(c.dep_ == "dobj" for c in top.head.children):
            return True  # "Ethiopia and Eritrea signed a ceasefire in X": the parties, not places
        if root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children) and not (
                tok_ids[0] > 0 and doc[tok_ids[0] - 1].lower_ in ("in", "at", "near", "outside", "around")):
            return True  # "Russia launched drones" (not a misparsed "In Port-au-Prince, ...")
        if root.dep_ == "pobj" and head.dep_ == "agent":
            return True  # "drones launched by Russia"
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in DIRECTIONS and self._reference_point(ctx, head.head):
            return True  # "30 km west of Mogadishu", "Pavlohrad, east of Dnipro": a reference point
            # (but "hideouts south of Rafah and Sheikh Zuweid" are near them)
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i in ctx.mention_at and ctx.mention_at[head.head.i].type not in ("civilians", "protesters", "rioters"):
            return True  # "the government of Iraq" (but "residents of X" live in X)
        if root.dep_ in ("amod", "compound", "nmod") and (root.head.i in ctx.mention_at or root.head.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.i in ctx.mention_at for c in root.head.children)) \
                and not (tok_ids[0] > 0 and doc[tok_ids[0] - 1].lower_ in ("in", "at", "near", "nearby", "outside")):
            return True  # ("the Trinidad and Tobago Police Service said": a force's name; not "in nearby X young men stoned ...")
        named = root
        while named.dep_ in ("compound", "amod") and named.head.i > named.i and named.head.text[:1].isupper():
            named = named.head
        if named is not root and named.lemma_.lower() in BODY_NAME_ENDS:
            return True  # "citing the Eastern Sabah Security Command": a body's name, not where the event was
        if root.dep_ in ("amod", "compound", "nmod") and root.head.lemma_.lower() in SEAT_NOUNS:
            return True  # "a member of the X provincial council": where a body sits, not the event
        while root.dep_ == "conj" and root.head != root and root.head.dep_ == "amod":
            root = root.head  # ("Congolese and Ugandan troops")
        named_area = root.dep_ in ("amod", "compound") and toponym.precision != "country" and toponym.text[:1].isupper() and (
            root.head.lemma_.lower() in AREA_NOUNS)
        if not named_area and (root.pos_ == "ADJ" or root.dep_ == "amod" or ((root.tag_ == "NNPS" or root.ent_type_ == "NORP" or root.dep_ == "compound") and toponym.precision == "country")):
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
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ == "NNS" \
                    and tok.head.head.lemma_.lower() in self.lex.place_nouns:
                return None  # "in two other districts of the capital": places in it, named or not
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
            if tok.pos_ == "PROPN" and doc[k + 1].lower_ in RELATIONAL_PREPS:
                return False  # ("smugglers who had crossed from Iran near X": X is where they crossed)
            if tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or tok.lower_ in RELATIONAL_PREPS:
                continue
            return False
        return False

    @staticmethod
    def _contains(ctx: "_ArticleContext", outer: Toponym, outer_ids: list[int], inner: Toponym, inner_ids: list[int]) -> bool:
        """Whether ``outer`` is written as the container of ``inner``."""
        if AttributeFinding._written_inside(ctx, inner_ids, outer_ids):
            return False  # "X district in Y province": the text says which holds which
        if AttributeFinding._written_inside(ctx, outer_ids, inner_ids):
            return True
        if _precision_rank(outer) >= PLACE_RANK["admin2"] and _precision_rank(outer) > _precision_rank(inner) and outer.country_code and outer.country_code == inner.country_code:
            if outer.precision == "admin2" and outer.admin2 and inner.admin2 and outer.admin2 != inner.admin2:
                return False  # a district does not hold a town of another district of the province
            if outer.precision == "country" or not outer.admin1 or outer.admin1 == inner.admin1:
                return True
        same_area = outer.admin1 == inner.admin1 if outer.admin1 and inner.admin1 else (
            None not in (outer.lat, inner.lat) and haversine_km(outer.lat, outer.lon, inner.lat, inner.lon) < 60)
        if _names_division(ctx.doc, outer_ids) and not _names_division(ctx.doc, inner_ids) and same_area \
                and outer.country_code == inner.country_code and (outer.geonameid or outer.name) != (inner.geonameid or inner.name):
            return True  # "in Juliaca, in the southern Puno region": the region, whatever town shares its name
        return False

    @staticmethod
    def _written_inside(ctx: "_ArticleContext", outer_ids: list[int], inner_ids: list[int]) -> bool:
        """Whether the phrase of ``outer_ids`` modifies the place of ``inner_ids`` ("the
        Karrada district of Baghdad", "Imam Sahib district in Kunduz province")."""
        doc = ctx.doc
        if outer_ids[-1] + 1 < len(doc) and doc[outer_ids[-1] + 1].text in ("-", "–"):
            return False  # "the X-Y road": a pair, not one inside the other
        if outer_ids[-1] + 1 < len(doc) and doc[outer_ids[-1] + 1].lower_ in ("and", "or") and doc[outer_ids[-1] + 1].dep_ == "cc":
            return False  # "in X and Y Z", the parser hanging X on the second name: a list
        node = doc[outer_ids[0]:outer_ids[-1] + 1].root
        inner_set = set(inner_ids)
        for _ in range(6):
            if node.dep_ in ("conj", "ROOT") or node.head == node:
                return False
            if node.dep_ not in ("pobj", "prep", "appos", "npadvmod", "compound", "nmod", "amod", "poss"):
                return False
            via = node
            node = node.head
            named_by_of = [g for c in node.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if node.lemma_.lower() in SUBURB_NOUNS and via.dep_ in ("compound", "nmod", "amod") and any(g.i in inner_set for g in named_by_of):
                return True  # "the northern Luanda suburb of X": X is the suburb, the city holds it
            if node.lemma_.lower() in SUBURB_NOUNS and via.dep_ == "prep" and via.lower_ == "of":
                return False  # (and not the other way round, as "the Karrada district of Baghdad" reads)
            if node.i in inner_set:
                return True
            if any(c.i in inner_set for c in node.children if c.dep_ in ("compound", "amod", "nmod")):
                return True
            # "the town of X in Y department": the place noun named by "of X" is X
            if via.dep_ == "prep" and via.lower_ in ("in", "inside", "within") and node.pos_ == "NOUN" and any(g.i in inner_set for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                                           for g in c.children if g.dep_ == "pobj"):
                return True
        return False

    def _regional(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Whether the toll is told over named places and unnamed ones besides ("X and three
        towns", "in X and in villages of the Y region"): no place's own."""
        if not cand.places:
            return False
        # "killed six people in the city of X and in villages of the Y region": a total over
        # a named place and unnamed ones besides
        verb = cand.trigger.head if cand.nominal and cand.trigger.dep_ in ("nsubj", "nsubjpass") else cand.trigger
        for t in verb.subtree:
            if t.dep_ == "pobj" and t.tag_ == "NNS" and t.lemma_.lower() in self.lex.place_nouns and t.i not in ctx.toponym_tokens \
                    and t.head.lower_ in ("in", "across") and t.head.dep_ == "conj" \
                    and any(i in ctx.toponym_tokens for i in range(verb.i + 1, t.head.i)):
                return True
        if cand.nominal:
            return False
        for obj in self._objects(cand.trigger):
            if obj.i not in ctx.toponym_tokens:
                continue
            for t in (c for c in obj.children if c.dep_ == "conj"):
                counted = any(c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in ("several", "other", "many", "nearby", "surrounding")) for c in t.children)
                if t.i not in ctx.toponym_tokens and t.tag_ == "NNS" and t.lemma_.lower() in self.lex.place_nouns and counted:
                    return True
        return False

    @staticmethod
    def _later_date(ctx: "_ArticleContext", cand: Candidate) -> str | None:
        """The date of a sentence told as "the next day", "two days later": counted from the
        day-precise date of the event reported before this sentence."""
        days = days_after(cand.sent.text)
        if days is None:
            return None
        anchor = ctx.day_anchor
        if anchor is None or anchor[0] != cand.sent.start:
            # "X set fire to trucks outside Y late on Sunday, and an officer was shot dead near Z
            # the next morning": the day the sentence gives before, else the last one told
            before = [d for d in find_dates(cand.sent, ctx.article.published) if d.date and d.precision == "day"
                      and not d.historical and d.start < cand.trigger.i and d.start >= ctx.dateline_end]
            retold = AttributeFinding._retold_before(ctx, cand)
            start = ctx.previous_sentence_start(cand.sent)
            told = [d for d in find_dates(ctx.doc[start].sent, ctx.article.published) if d.date and d.precision == "day"
                    and not d.historical and d.start >= ctx.dateline_end] if start is not None and not ctx.sentence_triggers.get(start) else []
            if before:
                anchor = (cand.sent.start, before[-1].date)
            elif told:
                # "On Wednesday, gendarmes lowered the flag on X ... The day before, officials had
                # signed a protocol": the day the sentence before told, though no event of ours
                anchor = (cand.sent.start, told[-1].date)
            elif retold is not None:
                # "A mob killed two men near X on Sunday, and police fired tear gas in Y the next
                # day ... The killings took place in a village ... The next day, a crowd stormed the
                # police station in Z": from the day of the event the sentences before told again
                anchor = (cand.sent.start, retold[0])
            elif ctx.last_dated is None or ctx.last_dated[1] != "day":
                return None
            else:
                anchor = (cand.sent.start, ctx.last_dated[0])  # (the same base for every event of the sentence)
            ctx.day_anchor = anchor
        date = shift_date(anchor[1], days)
        published = ctx.article.published
        return date if not published or date <= published[:10] else None

    @staticmethod
    def _retold_before(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """The day of an event the last sentences with events told again by a definite noun
        ("The killings took place ...", "The blasts ... went off at around 2 a.m."): where the
        narrative stands, whatever day the lead told last."""
        starts = sorted((s for s, found in ctx.sentence_triggers.items() if s < cand.sent.start and found), reverse=True)[:2]
        for start in starts:
            retold = [c for c in ctx.sentence_triggers[start] if c.date and c.precision == "day" and c.cls.name not in STATEMENT + ("threaten",)
                      and c.nominal and any(d.lower_ == "the" for d in c.trigger.children)
                      # (its day the one the event was first told with)
                      and any(o.cls.name == c.cls.name and o.date == c.date for s2, found in ctx.sentence_triggers.items() if s2 < start
                              for o in found)]
            if retold:
                return retold[-1].date, retold[-1].precision
            if any(c.date_explicit for c in ctx.sentence_triggers[start]):
                return None  # (an event dated since: the narrative has moved on)
        return None

    @staticmethod
    def _reporting_date(token: Token, trigger: Token) -> bool:
        """'..., rights groups said on Thursday': the day of the report, not of the event."""
        node = token
        for _ in range(4):
            if node.head == node or node == trigger:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                if token.i < trigger.i < node.i:
                    return False  # "Late on Sunday, police clashed with ..., a spokesman said": the scene, not the report
                return node != trigger and node.lemma_.lower() in ("say", "tell", "report", "announce", "confirm", "add", "write", "state") and not (
                    trigger.left_edge.i <= node.i <= trigger.right_edge.i and node.dep_ not in ("ccomp", "parataxis"))
        return False

    def _told_on(self, ctx: "_ArticleContext", sent: Span, count: int = 2, denials: bool = False) -> list[Span]:
        """The next sentences that tell more of this event and of no other: its toll, or
        what the same side did there ("Residents told Rudaw that soldiers raised the flag");
        with ``denials``, also a sentence whose only acts are denied ("A security source told
        Reuters the farm was a depot and denied that civilians had been hit")."""
        found: list[Span] = []
        k = ctx.sent_starts.index(sent.start)
        sides = {self._side_key(m) for m in ctx.mentions if sent.start <= m.start < sent.end and m.category not in ("civilians", "person")}
        if any(m.armed for m in ctx.mentions if sent.start <= m.start < sent.end):
            sides.add(("armed_generic",))  # ("Insurgents raided a village ... About 30 attackers entered it")
        for nxt in ctx.sents[k + 1:k + 1 + count]:
            denied = denials and not ctx.sentence_triggers.get(nxt.start) and any(
                t.lemma_.lower() in ("deny", "reject") and t.pos_ == "VERB" for t in nxt)
            if nxt.start in ctx.trigger_sents and not self._restates(nxt) and not denied and not self._haul_only(ctx, nxt):
                break
            if denied:
                found.append(nxt)  # (the other side's word on what was hit)
                continue
            same_side = any(self._side_key(m) in sides for m in ctx.mentions if nxt.start <= m.start < nxt.end and m.category not in ("civilians", "person"))
            if not any(t.lemma_.lower() in TOLL_WORDS for t in nxt) and not same_side:
                break
            found.append(nxt)
        return found

    @staticmethod
    def _haul_only(ctx: "_ArticleContext", sent: Span) -> bool:
        """"... said three poachers had died and that a rifle and 40 kg of ivory had been
        seized": a sentence whose only act is what was seized, by no one named (the fight's haul)."""
        found = ctx.sentence_triggers.get(sent.start, [])
        return bool(found) and all(c.cls.name == "disrupted" and not c.nominal and any(a.dep_ == "auxpass" for a in c.trigger.children)
                                   and not any(a.dep_ == "agent" for a in c.trigger.children) for c in found)

    def _toll_sources(self, ctx: "_ArticleContext", sent: Span) -> list[str]:
        """Outlets credited in the next sentences that tell more of this event."""
        return [name for nxt in self._told_on(ctx, sent, denials=True) for name in ctx.credited.get(nxt.start, [])]

    def _later_toll(self, ctx: "_ArticleContext", cand: Candidate) -> int | None:
        """'A nurse said nine bodies had been brought in': the dead of an event whose own
        sentence gives no toll, counted in the sentences that go on about it (when its
        sentence tells of other events too, only if the next one names the event's place)."""
        told = self._told_on(ctx, cand.sent, 3)
        if cand.shared_sentence:
            keys = {t.geonameid or t.name for t in cand.places}
            if not told or not any((toponym.geonameid or toponym.name) in keys and told[0].start <= ids[0] < told[0].end
                                   for toponym, ids in ctx.toponym_spans if ids):
                return None
        for nxt in told:
            toll = self._fatalities(nxt)
            if toll is not None:
                return toll
        return None

    @staticmethod
    def _restates(sent: Span) -> bool:
        """'The missile hit near a petrol station, ...': a sentence about the weapon or
        event just told ("the missile", "the blast", "the attack")."""
        root = sent.root
        if root.lemma_.lower() in ("say", "report", "tell", "add", "confirm"):
            root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root)  # "X hit Y, the agency reported"
        for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lemma_.lower() in RESTATED and any(c.lower_ in ("the", "this", "that") for c in subj.children if c.dep_ == "det"):
                return True
        return False

    @staticmethod
    def _side_key(m) -> tuple:
        return (m.name,) if m.name else (m.category,)  # ("Malian troops" ... "soldiers")

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
        tolls: set[int] = set()  # figures of a whole toll ("the toll was close to 20")
        for q in found:
            counted_i = q.counted
            number = doc[q.end - 1]
            if counted_i == number.i and number.dep_ == "conj" and number.head.i in counted_of:
                counted_i = counted_of[number.head.i]  # "between 10 and 15 people"
            if counted_i == number.i and number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.lemma_.lower() in GROUP_NOUNS:
                counted_i = number.head.head.i  # "killed a family of five": the family is counted
            counted = doc[counted_i]
            if not self._is_death(counted, doc[q.start:q.end]):
                continue
            if any(a.lower_ in ("including", "among") for a in counted.ancestors if a.i >= sent.start):
                continue
            if _subset(counted):
                continue  # "five rescue workers among them": part of a figure already counted
            if any(a.dep_ == "appos" and a.lemma_.lower() in ("figure", "claim", "toll", "number") and any(
                    v.dep_ in ("relcl", "acl") and v.lemma_.lower() in ("reject", "deny", "dispute", "dismiss") for v in a.children)
                   for a in counted.children):
                continue  # "said it had killed 11 soldiers, a figure the army rejected": a claim denied
            # two figures for the same victims (a range, a correction) -> the lowest
            values[counted_i] = min(q.value, values.get(counted_i, q.value))
            if self._toll_figure(counted):
                tolls.add(counted_i)
            values.update(self._one_more(counted, values))
        if not values:
            # "A 19-year-old protester was killed": one person, told with an article
            for t in sent:
                if within is not None and t.i not in within:
                    continue
                kinds = {t.lemma_.lower()} | {f"{c.lemma_.lower()} {t.lemma_.lower()}" for c in t.children if c.dep_ in ("compound", "amod")}
                aged = t.lower_ == "old" and t.i >= 2 and doc[t.i - 2].lower_ in ("year", "years")  # ("A 19-year-old was killed")
                if (t.tag_ == "NN" and kinds & self.actor_finder.lemma_category.keys() or aged) and t.dep_ in ("nsubjpass", "nsubj", "dobj") \
                        and any(d.lower_ in ("a", "an") for d in t.children if d.dep_ == "det") and self._is_death(t, doc[t.i:t.i + 1]):
                    # (or "a social leader was shot dead")
                    values[t.i] = 1
                    values.update(self._one_more(t, values))
                elif t.ent_type_ == "PERSON" and t.dep_ in ("nsubjpass", "dobj") and t.head.pos_ == "VERB" \
                        and self._is_death(t, doc[t.i:t.i + 1]):
                    values[t.i] = 1  # "Mandla Nxumalo, a lawyer ..., was shot dead": one named man
        if not values:
            return None
        reports: dict[int | None, list[int]] = {}
        for i in values:
            verb = next((a for a in doc[i].ancestors if a.lemma_.lower() in REPORTING_LEMMAS), None)
            reports.setdefault(verb.i if verb is not None else None, []).append(i)
        if len(reports) >= 2 and None not in reports and all(doc[i].lemma_.lower() in UNSIDED_VICTIMS or doc[i].pos_ == "NUM" for i in values):
            # (a bare number counts no side either: "the daily said three had died")
            # "an official told AFP that nine bodies had been brought in, while residents said
            # at least 14 people were killed": two accounts of the same dead -> the lowest
            return min(sum(values[i] for i in ids) for ids in reports.values())
        counts = [v for i, v in values.items() if i not in tolls]
        totals = [v for i, v in values.items() if i in tolls]
        if totals:
            # "14 inmates were killed ...; relatives said the toll was close to 20": two
            # reports of one total, not two groups of dead -> the lowest
            return min(totals + ([sum(counts)] if counts else []))
        return sum(counts)

    @staticmethod
    def _toll_figure(counted: Token) -> bool:
        """Whether a figure is a whole toll: "the death toll rose to 40", "a toll of 40",
        "putting the death toll at 23"."""
        return any(up.lemma_.lower() == "toll" or any(
            c.lemma_.lower() == "toll" and (c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj" and up.lemma_.lower() in ("put", "place"))
            for c in up.children) for up in list(counted.ancestors)[:3])

    @staticmethod
    def _one_more(counted: Token, values: dict[int, int]) -> dict[int, int]:
        """"two soldiers and a civilian", "a man and his granddaughter", "a shepherd and his
        two sons": each uncounted singular conjunct is one person more."""
        def single(t: Token) -> bool:
            return t.pos_ == "NOUN" and t.tag_ == "NN" and any(d.lower_ in ("a", "an", "one") or d.dep_ == "poss" and d.pos_ == "PRON" for d in t.children)

        # (and each one before it in the coordination: "a man, his wife and their two children")
        members = [conj for conj in counted.children if conj.dep_ == "conj"]
        node = counted
        while node.dep_ == "conj" and node.head != node:
            node = node.head
            members.append(node)
        return {m.i: values.get(m.i, 1) for m in members if single(m)}

    def _is_death(self, counted: Token, qspan: Span) -> bool:
        node = counted
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.like_num and node.head.head.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"):
            node = node.head.head  # "lost one of their own", "killing three of them": the one, the three
        while node.head != node and (node.dep_ == "conj" or node.dep_ == "appos" and node.head.pos_ == "PROPN"
                                     and not any(c.dep_ == "nummod" for c in node.head.children)):
            # (or "Raipur, Apr 11: Five Maoists ... were killed", the dateline parsed as the
            # subject; but "nine people dead: five gang members, ..." lists the nine)
            node = node.head
        head = node.head
        lemma = head.lemma_.lower()
        if node.dep_ in ("dobj", "nsubjpass") and any(p.dep_ == "prep" and p.lower_ == "to" and any(o.lower_ == "death" for o in p.children)
                                                     for p in head.children):
            return True  # "hacked 11 villagers to death", "were beaten to death"
        if node.dep_ in ("nsubjpass",) and lemma in DEATH_VERBS and not _wounded_in_limb(head):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in ("body", "corpse"):
            return True  # "the bodies of two men were found": two dead
        if node.dep_ == "nsubj" and lemma in ("die", "perish"):
            return True
        if node.dep_ == "dobj" and lemma == "lose" and (node.lemma_.lower() in LOST_PEOPLE or node.pos_ == "NUM" and any(
                p.lower_ == "of" and any(o.lower_ == "own" or o.lemma_.lower() in LOST_PEOPLE for o in p.children) for p in node.children)):
            return True  # "had killed eight and lost one of their own", "lost two soldiers"
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
        # "the death toll rose to 40", "a toll of 40", "deaths", "claimed 40 lives"
        return self._toll_figure(node) or any(
            up.lemma_.lower() in ("death", "fatality") or up.lemma_.lower() == "life" and up.head.lemma_.lower() in ("claim", "take", "cost", "lose")
            for up in list(node.ancestors)[:3])

    def _taken(self, ctx: "_ArticleContext", cand: Candidate) -> int | None:
        """How many were arrested or abducted: the figure counting the object or passive
        subject ("detained six campaigners", "at least eight people were arrested")."""
        if cand.nominal:
            return None
        _, targets = self._arguments(ctx, cand)
        for q in quantities(cand.sent):
            # ("six women's rights campaigners": the figure may sit on a possessor)
            if any(q.counted == t.i or (t.left_edge.i <= q.counted < t.i and q.start == t.left_edge.i + (t.left_edge.dep_ in ("det", "advmod", "quantmod")))
                   or t.like_num and q.start <= t.i < q.end for t in targets):  # ("detained three of its journalists")
                return q.value
        # "kidnapped an engineer and his driver": one person per conjoined singular noun
        for t in targets:
            if t.dep_ not in ("dobj", "nsubjpass") or t.head.i != cand.trigger.i:
                continue
            people = [t] + [c for c in t.subtree if c.dep_ == "conj" and c.head.i in (t.i,) + tuple(x.i for x in t.subtree if x.dep_ == "conj")]
            counted = {q.counted: q.value for q in quantities(cand.sent)}
            if len(people) >= 2 and all(p.i in counted or p.tag_ == "NN" and not any(c.dep_ == "nummod" for c in p.children) for p in people):
                return sum(counted.get(p.i, 1) for p in people)  # ("a student leader and two other activists": three)
            if cand.acled_sub == "Arrests" and len(people) == 1 and t.ent_type_ == "PERSON" and t.tag_ == "NNP":
                return 1  # "arrested Domingos Caxito, who leads one of the associations": one person, whatever he leads
            if cand.acled_sub == "Arrests" and len(people) == 1 and t.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.children) \
                    and (m := self._mention_for(ctx, t)) is not None and m.category in ("civilians", "person"):
                return 1  # "had arrested the man ... in a raid": one person
        if cand.acled_sub == "Arrests" and cand.trigger.dep_ == "relcl" and cand.trigger.head.tag_ == "NN" \
                and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "whom") for c in cand.trigger.children) \
                and (m := self._mention_for(ctx, cand.trigger.head)) is not None and m.type in ("civilians", "state forces"):
            return 1  # "the release of Gagauzia's deputy governor, who was detained in X on Thursday": one person
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
                if self._is_death(counted, ctx.doc[q.start:q.end]) or counted.head.lemma_.lower() in ("wound", "injure"):
                    continue  # the dead and wounded are no crowd's size
                if counted.dep_ in ("dobj", "nsubjpass") and counted.head.pos_ == "VERB" \
                        and set(self.lex.verb_classes(counted.head)) & {"attack", "mob", "abduction", "sexual"}:
                    continue  # nor are the victims ("a group of men beat two students")
                qtokens = set(range(q.start, q.end))
                place_ids = [t.i for t in counted.subtree if t.i in ctx.toponym_tokens and t.i >= q.end]
                if place_ids:
                    # the place named right after the figure ("20,000 in X as well as Y"): X only
                    first = min(place_ids)
                    for toponym, ids in ctx.toponym_spans:
                        if ids and first in ids:
                            cand.place_sizes.setdefault(id(toponym), q.value)
                            break
                if q.counted in agent_tokens or qtokens & agent_tokens or (cand.agent is not None and ctx.doc[q.counted].head.i in agent_tokens) \
                        or counted.dep_ == "nsubj" and counted.head.i == cand.trigger.i and not cand.nominal:
                    # (or whoever the figure counts marched: "about 200 relatives of detainees marched")
                    best = best if best is not None else q.value
                elif counted.lemma_.lower() in ("people", "protester", "demonstrator", "supporter", "crowd", "person", "member", "fighter", "militiaman",
                                                "militiamen", "troop", "soldier", "student", "worker", "resident", "villager", "farmer",
                                                "trader", "driver", "veteran", "vendor", "employee", "woman", "teacher", "nurse",
                                                "doctor", "pensioner", "relative", "miner", "activist", "marcher", "migrant", "youth") \
                        or cand.cls.name in ("base", "mobilize") and counted.lemma_.lower() in ("officer", "policeman", "gendarme", "marine"):
                    # (officers count a deployment, not a crowd: "moved 150 officers into a temporary base")
                    best = best if best is not None else q.value
        if len(cand.places) > 1:
            self._size_told_next(ctx, cand)
        return best

    def _size_told_next(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        """"Marches in X and Y the same day ended without incident. In the capital, about
        1,500 people walked from the parliament to the ministry": the crowd of one of the
        places, counted by the sentence after (which tells no event of its own)."""
        nxt = self._next_sentence(cand.sent)
        if nxt is None or ctx.sentence_triggers.get(nxt.start) or nxt[0].lower_ != "in":
            return
        opening = [t for t in nxt if t.i > nxt.start and t.i <= nxt.start + 6]
        comma = next((t.i for t in opening if t.text == ","), None)
        if comma is None:
            return
        scene = list(ctx.doc[nxt.start:comma])
        place = self._capital_place(ctx, scene) or next(
            (t for t, ids in ctx.toponym_spans if ids and nxt.start <= ids[0] < comma), None)
        if place is None:
            return
        target = next((t for t in cand.places if (t.geonameid or t.name) == (place.geonameid or place.name)), None)
        if target is None:
            return
        for q in quantities(nxt):
            counted = ctx.doc[q.counted]
            if counted.dep_ == "nsubj" and counted.lemma_.lower() in ("people", "protester", "demonstrator", "marcher", "person"):
                cand.place_sizes.setdefault(id(target), q.value)
                return


#: what a place is said to face or border when the text only locates another by it
FACING_VERBS = {"face", "overlook", "border", "adjoin"}

#: Verbs that tell whose account a figure is.
REPORTING_LEMMAS = {"say", "tell", "report", "claim", "confirm", "state", "add"}
#: Victims named without a side: two accounts counting them count the same dead.
UNSIDED_VICTIMS = {"people", "person", "body", "bodies", "civilian", "villager", "resident", "dead", "protester", "demonstrator", "marcher", "death",
                   "man", "woman"}


SUBSET_REFERENCES = {"them", "those", "whom", "dead", "victims", "casualties", "killed", "fatalities", "wounded", "injured", "toll"}


#: where a shot that wounds (and does not kill) is said to hit ("shot in both legs")
LIMBS = {"leg", "legs", "knee", "knees", "arm", "arms", "foot", "feet", "hand", "hands", "ankle", "ankles", "thigh", "thighs", "shoulder"}


def _wounded_in_limb(verb: Token) -> bool:
    """"was shot in both legs", "shot in the knee": wounded, not killed."""
    return verb.lemma_.lower() in ("shoot", "gun") and any(
        p.dep_ == "prep" and p.lower_ in ("in", "through") and any(o.lemma_.lower() in LIMBS or o.lower_ in LIMBS for o in p.children)
        for p in verb.children)


def _subset(counted: Token) -> bool:
    """Whether a counted noun is a part of another figure: "five rescue workers among
    them", "three of whom were children", "were among the dead"."""
    for prep in counted.children:
        if prep.dep_ == "prep" and prep.lower_ in ("among", "of"):
            if any(o.dep_ == "pobj" and o.lower_ in SUBSET_REFERENCES for o in prep.children):
                return True
    if counted.dep_ == "pobj" and counted.head.lower_ == "among":
        return True  # "killing 16 people, among them five rescue workers"
    left = counted.left_edge.i
    doc = counted.doc
    if left >= 2 and doc[left - 1].lower_ in SUBSET_REFERENCES and doc[left - 2].lower_ == "among":
        return True  # (parsed as a second object of the verb)
    head = counted.head
    if counted.dep_ in ("nsubj",) and head.lemma_.lower() == "be":
        return any(p.dep_ == "prep" and p.lower_ == "among" for p in head.children)
    return False


def _governing_prep(token: Token) -> Token | None:
    """The preposition whose object the name is, or qualifies ("in the Y valley": "in")."""
    node = token
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.pos_ == "ADP":
            return node.head
        if node.dep_ not in ("compound", "amod", "nmod") or node.head == node:
            return None
        node = node.head
    return None


def _precision_rank(toponym: Toponym) -> int:
    return PLACE_RANK.get(toponym.precision or "place", 0)


def _offset(toponym: Toponym, match) -> Toponym | None:
    """The point a stated distance and bearing from a place gives, at "near" precision."""
    km = float(match.group("num").replace(",", "")) * UNITS[match.group("unit").lower()]
    direction = match.group("dir").lower()
    bearing = BEARINGS.get(direction, BEARINGS.get(direction.replace("-", "")))
    if bearing is None or not 0 < km <= 300:
        return None
    lat, lon = destination(toponym.lat, toponym.lon, km, bearing)
    phrase = match.group(0).strip()
    return replace(toponym, text=f"{phrase} {toponym.text}", start=match.start(), name=f"{phrase} {toponym.name or toponym.text}",
                   geonameid=None, lat=round(lat, 5), lon=round(lon, 5), kind="offset", precision="near",
                   reason=f"{phrase} {toponym.name or toponym.text}, as the text gives it")
