"""Toponym resolution: choose a gazetteer entry for each recognized name.

Each candidate gets a score from

* a prior: its kind (country > continent > admin1 > admin2 > place), its population
  and how the name matched (main name, alternate, abbreviation, transliteration);
* the document's focus: countries and first-level divisions that the other
  mentions point to (a local US story about "Georgia" means the state);
* containment stated in the text: "Springfield, Ill.", "Ramadi, Anbar",
  "the Karrada district of Baghdad", "Mosul in Nineveh province";
* closeness to the other places of the story.

All mentions of one name share one reading (one sense per discourse). A stated
spatial relation ("100 miles northeast of Dallas", "30 km north of Mosul") is honoured:
among same-named candidates the one near the computed point wins, and when none is
near, the computed point itself is returned with precision ``near``.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ..geodesy import destination, haversine_km
from ..records import Toponym
from .gazetteer import ABBREVIATION, ALTERNATE, DEMONYM, NAME, STATE_ABBREVIATION, Entry
from .recognize import BEARINGS, RELATION, UNITS, Mention, _dateline, doc_text

KIND_PRIOR = {"country": 3.2, "continent": 2.8, "macroregion": 2.6, "region": 2.2, "admin1": 1.6, "admin2": 0.4,
              "place": 0.0}
TYPE_PRIOR = {NAME: 0.4, ALTERNATE: 0.0, ABBREVIATION: -0.3, DEMONYM: 0.2, STATE_ABBREVIATION: 1.5}
PRECISION_OF_KIND = {"place": "place", "admin2": "admin2", "admin1": "admin1", "region": "admin1",
                     "country": "country", "continent": "country", "macroregion": "country"}

NAMESAKES_APART_KM = 75.0
BESIDE = re.compile(r"^\s*,?\s*(?:on|in|at)\s+the\s+(?:\w+\s+)?(?:edge|edges|outskirts|fringes?|suburbs|doorstep)\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
CONTAINERS = re.compile(r"^\s*(?:,|in|district of|province of|region of|suburb of|area of|neighbou?rhood of)\s*$")


@dataclass(slots=True)
class Relation:
    """"<subject> ... <km> <bearing> of <anchor>" in one sentence."""

    subject: str  # name key
    anchor: str  # name key
    km: float
    bearing: float
    phrase: str


def _prior(entry: Entry, name_type: int, variant: bool) -> float:
    score = KIND_PRIOR.get(entry.kind, 0.0) + TYPE_PRIOR.get(name_type, 0.0)
    # (cities500 lists places of 500 people or more: a place without a figure has at least that)
    population = max(entry.population, 500) if entry.kind == "place" else entry.population
    score += 0.55 * math.log10(population + 1)
    if entry.feature == "PPLC":
        score += 1.8
    if variant:
        score -= 0.5
    return score


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    text = resources.files("eventwire.geo.data").joinpath("facility_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _names_site(doc: Doc, m: Mention) -> bool:
    """"Lido beach", "Evin prison", "the Bakara Market": the name of a site or facility."""
    words = facility_words()
    if m.token_end - m.token_start > 1 and doc[m.token_end - 1].lower_ in words:
        return True
    return m.token_end < len(doc) and doc[m.token_end].lower_ in words


#: A site's only gazetteer entries may be towns this small (people) for it to move to the story.
SITE_MAX_POPULATION = 50000
#: How far from every other place of the story (km) such an entry must lie.
OUTLIER_KM = 1000.0


ADMIN_WORDS = {"province", "governorate", "state", "county", "parish", "district", "region", "oblast"}


def _prefer_cities(scored: dict[int, tuple[Entry, float]], group: list[Mention], text: str = "") -> None:
    """A city that holds a large share of a same-named admin area's people ("Baghdad",
    "Basra") is what the name usually means, unless the text says "province", "state"..."""
    if _names_division(text, group):
        return
    # ("a village near X", "outside X": one is near or outside a town, whatever its district's size)
    near = bool(text) and any(re.search(r"\b(near|outside|outskirts of)\s+$", text[max(0, m.start - 14):m.start], re.I) for m in group)
    places = [e for e, _ in scored.values() if e.kind == "place"]
    for gid, (entry, score) in list(scored.items()):
        if entry.kind not in ("admin1", "admin2"):
            continue
        for place in places:
            # (a district or municipality named after its seat, the town at its heart: "the
            # entrances to Uruapan, Parácuaro and Nueva Italia" are towns)
            seat = entry.kind == "admin2" and haversine_km(place.lat, place.lon, entry.lat, entry.lon) < 30
            # (and a national capital is what its province's name means: "In Luanda, the ministers signed ...")
            if (place.country_code, place.admin1_code) == (entry.country_code, entry.admin1_code) and \
                    (place.population >= 0.25 * max(entry.population, 1) or place.feature == "PPLC"
                     or (near or seat) and entry.kind == "admin2"):
                place_score = scored[place.geonameid][1]
                scored[place.geonameid] = (place, max(place_score, score + 0.1))
                break


def _names_division(text: str, group: list[Mention]) -> bool:
    """"Hasakah province", "Kharkiv region": the name written with a division word, in the
    mention itself or as the next word where the text first names it ("in the Tillabéri
    region ... departments of Tillabéri"; but "the outskirts of Jiribam ... Jiribam district"
    is the town)."""
    return _division_word(text, group) is not None


def _division_word(text: str, group: list[Mention]) -> str | None:
    """The division word :func:`_names_division` found."""
    for m in group:
        if len(m.text.split()) > 1 and m.text.lower().split()[-1] in ADMIN_WORDS:
            return m.text.lower().split()[-1]
    first = min(group, key=lambda m: m.start)
    if not text:
        return None
    before = re.search(r"\b(province|governorate|region|state|department|oblast) of\s+(the\s+)?$", text[max(0, first.start - 30):first.start], re.I)
    if before:
        return before.group(1).lower()  # "the eastern province of Deir ez-Zor"
    after = (text[first.end:first.end + 16].split() or [""])[0].lower().strip(",.;")
    return after if after in ADMIN_WORDS else None


def _prefer_divisions(scored: dict[int, tuple[Entry, float]], group: list[Mention], text: str = "") -> None:
    """The text names a division, so a division of that name beats the town it is named after."""
    word = _division_word(text, group)
    if word is None:
        return
    # ("the western department of San Marcos": a first-level division over the municipality
    # of the same name; a district is the second level)
    top = word in ("province", "governorate", "region", "state", "department", "oblast")
    for gid, (entry, score) in list(scored.items()):
        if entry.kind in ("admin1", "admin2"):
            scored[gid] = (entry, score + 3.0 + (0.5 if top and entry.kind == "admin1" else 0.0))


def _contains(outer: Entry, inner: Entry) -> bool:
    if outer.geonameid == inner.geonameid:
        return False
    if outer.kind == "country":
        return inner.country_code == outer.country_code and inner.kind != "country"
    if outer.kind == "admin1":
        return (inner.country_code, inner.admin1_code) == (outer.country_code, outer.admin1_code) and inner.kind in ("admin2", "place")
    if outer.kind == "admin2":
        return (inner.country_code, inner.admin1_code, inner.admin2_code) == (
            outer.country_code, outer.admin1_code, outer.admin2_code) and inner.kind == "place"
    if outer.kind == "place":
        return inner.kind == "place" and haversine_km(outer.lat, outer.lon, inner.lat, inner.lon) < 30
    return False


#: Participles that may stand between a place and the distance that locates it
#: ("X, located about 50 km north of Y").
LOCATING_VERBS = {"locate", "situate", "lie", "base", "set", "sit"}


def _told_apart(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between a name and a distance phrase is a clause of its own ("The
    fall of X came a day after gunmen stopped a minibus on the highway 25 km east of Y"):
    then the distance places what that clause tells, not the name."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in LOCATING_VERBS for t in span)


def find_relations(text: str, mentions: list[Mention], doc: Doc | None = None) -> list[Relation]:
    relations = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for match in RELATION.finditer(text):
        anchor = next((m for m in ordered if m.start == match.end()), None)
        if anchor is None:
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        before = [m for m in ordered if sentence_start <= m.start and m.end <= match.start() and m.key != anchor.key]
        if not before:
            continue
        subject = before[-1]
        if doc is not None and _told_apart(doc, subject.end, match.start()):
            continue
        km = float(match.group("num").replace(",", "")) * UNITS[match.group("unit").lower()]
        bearing = BEARINGS[match.group("dir").lower().replace("-", "")] if "-" not in match.group("dir") \
            else BEARINGS[match.group("dir").lower()]
        relations.append(Relation(subject.key, anchor.key, km, bearing, match.group(0).strip()))
    return relations


class Resolver:
    """Scores candidates for every mention of a document (see module docstring)."""

    def resolve(self, doc: Doc, mentions: list[Mention]) -> list[Toponym]:
        text = doc_text(doc)
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_key[m.key].append(m)
        candidates: dict[str, dict[int, tuple[Entry, float]]] = {}
        for key, group in by_key.items():
            scored: dict[int, tuple[Entry, float]] = {}
            for m in group:
                for entry, name_type in m.candidates:
                    score = _prior(entry, name_type, m.variant)
                    if entry.geonameid not in scored or scored[entry.geonameid][1] < score:
                        scored[entry.geonameid] = (entry, score)
            _prefer_cities(scored, group, text)
            _prefer_divisions(scored, group, text)
            candidates[key] = scored

        reasons: dict[str, list[str]] = defaultdict(list)
        bonus: dict[tuple[str, int], float] = defaultdict(float)
        # Containment stated in the text: "X, Y", "X in Y", "X district of Y".
        ordered = sorted(mentions, key=lambda m: m.start)
        for index, (inner, outer) in enumerate(zip(ordered, ordered[1:])):
            gap = text[inner.end:outer.start]
            if inner.key != outer.key and BESIDE.match(gap):
                # "Depok, on the southern edge of Jakarta": the one near the city's usual reading
                outer_c = candidates.get(outer.key) or {}
                usual = max(outer_c.values(), key=lambda c: c[1])[0] if outer_c else None
                for gid_in, (entry_in, _) in candidates.get(inner.key, {}).items():
                    if usual is not None and haversine_km(entry_in.lat, entry_in.lon, usual.lat, usual.lon) < 60:
                        bonus[(inner.key, gid_in)] = max(bonus[(inner.key, gid_in)], 5.0)
                        reasons[inner.key].append(f"beside {outer.text}")
                continue
            if inner.key == outer.key or not CONTAINERS.match(gap):
                continue
            comma = gap.strip() == ","
            if comma and index + 2 < len(ordered):
                following = text[outer.end:ordered[index + 2].start].strip().lower()
                if following in (",", "and", ", and", "or", ", or"):
                    continue  # "Marka, Kismaayo and Jowhar" is a list, not containment
            inner_c, outer_c = candidates.get(inner.key, {}), candidates.get(outer.key, {})
            for gid_in, (entry_in, _) in inner_c.items():
                for gid_out, (entry_out, _) in outer_c.items():
                    if comma and entry_out.kind == "place":
                        continue
                    if _contains(entry_out, entry_in):
                        bonus[(inner.key, gid_in)] = max(bonus[(inner.key, gid_in)], 5.0)
                        bonus[(outer.key, gid_out)] = max(bonus[(outer.key, gid_out)], 2.0)
                        reasons[inner.key].append(f"in {entry_out.name}")

        focus: dict[tuple[str, int], float] = {}
        relations = find_relations(text, mentions, doc)
        subjects = {r.subject for r in relations}  # placed by the relation, not a vote on focus
        # "Irish", "Iraqi troops": a nationality, not where the story is.
        demonyms = {key for key, group in by_key.items()
                    if all(m.candidates and all(t == DEMONYM for _, t in m.candidates) for m in group)}

        def best(key: str) -> tuple[Entry, float] | None:
            scored = candidates.get(key) or {}
            if not scored:
                return None
            return max(((e, s + bonus[(key, gid)] + focus.get((key, gid), 0.0)) for gid, (e, s) in scored.items()),
                       key=lambda x: x[1])

        # Document focus, from the current best reading of every mention (two rounds).
        for _ in range(2):
            focus = self._focus(by_key, candidates, {k: c[0] for k in by_key
                                                     if k not in subjects and k not in demonyms
                                                     and (c := best(k)) is not None})

        # Stated spatial relations.
        near_points: dict[str, tuple[float, float, str]] = {}
        for relation in relations:
            anchor = best(relation.anchor)
            if anchor is None:
                continue
            lat, lon = destination(anchor[0].lat, anchor[0].lon, relation.km, relation.bearing)
            tolerance = max(25.0, 0.25 * relation.km)
            fitting = [(e, s + bonus[(relation.subject, gid)])
                       for gid, (e, s) in candidates.get(relation.subject, {}).items()
                       if haversine_km(e.lat, e.lon, lat, lon) <= tolerance]
            if fitting:
                chosen = max(fitting, key=lambda x: x[1])[0]
                bonus[(relation.subject, chosen.geonameid)] += 100.0
                reasons[relation.subject].append(f"fits '{relation.phrase} {anchor[0].name}'")
            else:
                near_points[relation.subject] = (lat, lon, f"{relation.phrase} {anchor[0].name}")

        sites = self._sites(doc, by_key, candidates, best, bonus, reasons, subjects | set(near_points))

        toponyms = []
        for m in mentions:
            key = m.key
            if key in sites:
                anchor, why, drop = sites[key]
                if drop:
                    continue
                if anchor is None:
                    toponyms.append(Toponym(m.text, m.start, m.end, reason=why + "; " + ", ".join(m.evidence)))
                    continue
                toponyms.append(Toponym(
                    m.text, m.start, m.end, name=anchor.name,
                    geonameid=anchor.geonameid if anchor.geonameid > 0 else None, lat=anchor.lat, lon=anchor.lon,
                    country_code=anchor.country_code, admin1=anchor.admin1 if anchor.kind != "country" else None,
                    admin2=anchor.admin2 if anchor.kind in ("place", "admin2") else None, kind="point",
                    precision="near" if anchor.kind in ("place", "admin2") else PRECISION_OF_KIND.get(anchor.kind),
                    reason="; ".join([why, ", ".join(dict.fromkeys(m.evidence))])))
                continue
            if key in near_points:
                lat, lon, phrase = near_points[key]
                anchor_country = best(key)
                toponyms.append(Toponym(m.text, m.start, m.end, name=m.text, lat=round(lat, 5), lon=round(lon, 5),
                                        country_code=anchor_country[0].country_code if anchor_country else None,
                                        kind="point", precision="near",
                                        reason=f"computed: {phrase}; no gazetteer entry there"))
                continue
            reading = best(key)
            if reading is None:
                toponyms.append(Toponym(m.text, m.start, m.end, reason="not in the gazetteer; " + ", ".join(m.evidence)))
                continue
            entry = reading[0]
            why = reasons.get(key) or []
            n = len(candidates[key])
            reason = "; ".join([*dict.fromkeys(why), f"{n} candidate{'s' if n != 1 else ''}",
                                ", ".join(dict.fromkeys(m.evidence))])
            toponyms.append(Toponym(
                m.text, m.start, m.end, name=entry.name, geonameid=entry.geonameid if entry.geonameid > 0 else None,
                lat=entry.lat, lon=entry.lon, country_code=entry.country_code,
                admin1=entry.admin1 if entry.kind != "country" else None,
                admin2=entry.admin2, kind=entry.kind,
                precision=PRECISION_OF_KIND.get(entry.kind, "place"), reason=reason.strip("; "),
            ))
        return toponyms

    @staticmethod
    def _sites(doc: Doc, by_key: dict[str, list[Mention]], candidates: dict[str, dict[int, tuple[Entry, float]]],
               best, bonus: dict[tuple[str, int], float], reasons: dict[str, list[str]],
               placed: set[str]) -> dict[str, tuple[Entry | None, str, bool]]:
        """Sites named after a place ("Lido beach", "Evin prison") whose best reading is a small
        town in a country that no other name of the story points to, far from all of them: the
        site lies where the story is. A candidate in the story's country wins if there is one;
        otherwise the site is placed at the story's place that contains it ("Evin prison in
        Tehran"), else at the nearest such place in its sentence, else at the story's main place.
        Any other name whose only readings are such far-away small towns is left unplaced (or
        dropped, when the NER does not call it a place either).
        Returns key -> (anchor entry or None, reason, drop) for the names handled that way."""
        tops = {key: c[0] for key in by_key if (c := best(key)) is not None}
        weight = {key: len(group) ** 0.5 for key, group in by_key.items()}
        result: dict[str, tuple[Entry | None, str, bool]] = {}
        for key, group in by_key.items():
            top = tops.get(key)
            if top is None or key in placed or top.kind not in ("place", "admin2") \
                    or top.population >= SITE_MAX_POPULATION:
                continue
            site = any(_names_site(doc, m) for m in group)
            others = {k: e for k, e in tops.items() if k != key and e.country_code}
            support: Counter[str] = Counter()
            for k, e in others.items():
                support[e.country_code] += weight[k]
            if not support or support.get(top.country_code or "", 0.0) > 0 or any(
                    haversine_km(top.lat, top.lon, e.lat, e.lon) < OUTLIER_KM for e in others.values()):
                continue
            focus_country, focus_weight = support.most_common(1)[0]
            if focus_weight < (1.0 if site else 1.5) or focus_weight < 0.5 * sum(support.values()):
                continue  # no clear story country
            if not site:
                # "held in Evin": a lone namesake far away is no reading. A name the NER calls a
                # place stays, unplaced; a name only the gazetteer knows ("God", "FDA") goes.
                named = any(m.label in ("GPE", "LOC") for m in group)
                result[key] = (None, f"its only namesakes lie far from the story, in {top.country_code}; "
                                     f"the story is in {focus_country}", not named)
                continue
            local = [(gid, e) for gid, (e, _) in candidates[key].items() if e.country_code == focus_country]
            if local:
                gid, entry = max(local, key=lambda c: candidates[key][c[0]][1])
                bonus[(key, gid)] += 100.0
                reasons[key].append(f"a site in {focus_country}, where the story is")
                continue
            anchor = Resolver._site_anchor(doc, group, by_key, tops, weight, focus_country)
            if anchor is not None:
                where = anchor.name if anchor.kind != "country" else focus_country
                result[key] = (anchor, f"a site in or near {where}, where the story is (its namesakes in the "
                                       f"gazetteer lie in {top.country_code})", False)
        return result

    @staticmethod
    def _site_anchor(doc: Doc, group: list[Mention], by_key: dict[str, list[Mention]], tops: dict[str, Entry],
                     weight: dict[str, float], country: str) -> Entry | None:
        # (a dateline says where the reporter is, not where the story is)
        told = {k: [m for m in by_key[k] if "dateline" not in m.evidence and not _dateline(doc, m)] for k in by_key}
        local = {k: e for k, e in tops.items() if e.country_code == country and e.kind != "country"
                 and k not in {m.key for m in group} and told[k]}
        mentions = sorted((m for k in local for m in told[k]), key=lambda m: m.start)
        first = next((m for m in group if _names_site(doc, m)), group[0])  # "Evin prison", not "held in Evin"
        sentence = doc[first.token_start].sent if doc.has_annotation("SENT_START") else doc[:]
        after = [m for m in mentions if first.token_end <= m.token_start < sentence.end]
        if after and all(t.lower_ in ("in", ",", "of", "near", "outside", "at", "the") or t.lower_ in facility_words()
                         for t in doc[first.token_end:after[0].token_start]):
            return local[after[0].key]  # "Evin prison in Tehran", "Lido beach, Mogadishu"
        same = [m for m in mentions if sentence.start <= m.token_start < sentence.end]
        if same:
            return local[min(same, key=lambda m: abs(m.token_start - first.token_start)).key]
        # (a place counted under all the names it goes by: "Limón", "Puerto Limón")
        times = Counter(local[k].geonameid for k in local for _ in told[k])
        ranked = sorted(local, key=lambda k: (local[k].kind != "place", -times[local[k].geonameid], told[k][0].start))
        if ranked:
            return local[ranked[0]]
        return next((e for e in tops.values() if e.country_code == country and e.kind == "country"), None)

    @staticmethod
    def _focus(by_key: dict[str, list[Mention]], candidates: dict[str, dict[int, tuple[Entry, float]]],
               tops: dict[str, Entry]) -> dict[tuple[str, int], float]:
        """Bonus for candidates in the countries/admin-1 areas the *other* names point to."""
        countries: Counter[str] = Counter()
        admins: Counter[tuple[str, str]] = Counter()
        weight = {key: len(group) ** 0.5 for key, group in by_key.items()}
        for key, entry in tops.items():
            if entry.country_code:
                countries[entry.country_code] += weight[key]
            if entry.admin1_code and entry.kind != "country":
                admins[(entry.country_code or "", entry.admin1_code)] += weight[key]
        total = sum(weight[k] for k in tops)
        result: dict[tuple[str, int], float] = {}
        for key, scored in candidates.items():
            top = tops.get(key)
            closeness: dict[int, float] = {}
            others = total - (weight[key] if top else 0.0) + 0.75  # smoothed: one other name is weaker evidence
            for gid, (entry, _) in scored.items():
                c_count = countries.get(entry.country_code or "", 0.0)
                if top is not None and top.country_code == entry.country_code:
                    c_count -= weight[key]
                a_count = 0.0
                if entry.admin1_code and entry.kind in ("place", "admin2"):
                    a_count = admins.get((entry.country_code or "", entry.admin1_code), 0.0)
                    if top is not None and (top.country_code, top.admin1_code) == (entry.country_code, entry.admin1_code) \
                            and top.kind != "country":
                        a_count -= weight[key]
                near = 0
                region = 0
                if entry.kind in ("place", "admin2"):
                    for other_key, other in tops.items():
                        if other_key == key:
                            continue
                        km = haversine_km(entry.lat, entry.lon, other.lat, other.lon)
                        if other.kind in ("place", "admin2") and km < 150:
                            near += 1
                        elif km < 400:
                            region += 1  # near a named country or region ("Gaza" beside "Israel")
                closeness[gid] = 0.6 * min(near, 3) + 0.5 * min(region, 2)
                result[(key, gid)] = 3.0 * max(c_count, 0.0) / others + 3.5 * max(a_count, 0.0) / others
            # Namesakes a short drive apart are equally close to the rest of the story: a threshold
            # that falls between them must not decide (the larger town is the usual reading).
            towns = [(gid, entry) for gid, (entry, _) in scored.items() if entry.kind in ("place", "admin2")]
            for gid, (entry, _) in scored.items():
                best = closeness[gid]
                if entry.kind in ("place", "admin2"):
                    for other, namesake in towns:
                        if closeness[other] > best and haversine_km(entry.lat, entry.lon, namesake.lat, namesake.lon) < NAMESAKES_APART_KM:
                            best = closeness[other]
                result[(key, gid)] += best
        return result
