"""Grouping: merging triggers of one sentence into one candidate, continuation
sentences, folding definite back-references into the event they restate, and
article-level merging of repeated reports."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from ..geodesy import haversine_km
from ..mentions.numbers import quantities
from ..records import Event
from .candidate import Candidate
from .lexicon import SUB_TO_TYPE
from .triggers import TriggerFinding
from .words import (CLAUSE_DEPS, HOURS_APART, PARTS_OF_DAY, PLACE_RANK, QUOTES, STATEMENT, TIME_UNITS, VIOLENT, _dated_from_other, _duration,
                    _inside_quote, _own_time, _subject_clause, _subject_clause_tokens, add_new)

#: the subject and verb of a sentence that tells how a strike just reported happened
WEAPON_SUBJECTS = {"jet", "warplane", "plane", "aircraft", "helicopter", "drone", "missile", "rocket", "shell", "bomb", "projectile", "gunship", "strike", "airstrike"}
WEAPON_VERBS = {"drop", "hit", "strike", "fire", "land", "slam", "crash", "explode", "destroy", "target", "bomb", "launch"}
#: remote-violence triggers that open an ambush rather than make an event of their own
#: Small-arms fire in a bombing's sentence: the bomb opened a fight.
#: how a protest went, worst last: one protest per place and day keeps its most severe coding
#: a victim hurt at the protest told before ("who was beaten at the sit-in")
AT_THE_PROTEST = re.compile(r"\b(at|during) the (sit-in|protest|march|rally|demonstration|gathering|vigil)\b", re.I)
PROTEST_SEVERITY = {"Peaceful protest": 1, "Protest with intervention": 2, "Excessive force against protesters": 3}
#: a sentence telling a later part of the day before ("That night, ...", "Hours later, ...")
LATER_THAT_DAY = re.compile(r"(?i)\b(that (night|evening)|later that (day|night|evening)|(hours|minutes) later)\b")
GUNFIRE = re.compile(r"(?i)\b(gunfire|raked|opened fire|firefight|gunfight|gun battle|small[- ]arms|shot at|shooting)\b")
BOMB_WORDS = {"bomb", "ied", "landmine", "mine", "explosion", "blast", "explode", "detonate", "explosive", "device"}
ANAPHORS = {"that", "this", "these", "those", "it", "they", "he", "she", "which"}
#: nouns that, with "the", refer back to the perpetrators just told
ANAPHORIC_ACTORS = {"attacker", "assailant", "gunman", "gunmen", "kidnapper", "abductor", "raider", "bandit", "militant", "insurgent", "bomber"}




class Grouping:
    """Step 6: one event per real-world event."""

    def _merge_sentence(self, found: list[Candidate]) -> list[Candidate]:
        """One violent event per sentence (the most specific class wins); property
        destruction folds into a violent event; arrests into a protest."""
        priority = {"territory": 0, "remote": 1, "fire_weapon": 1, "clash": 2, "attack": 3}
        riots = {c.trigger.i for c in found if c.cls.name == "riot"}
        # "opposition supporters fought running battles with police": the battles are the riot's
        found = [c for c in found if not (c.cls.name == "clash" and c.nominal and c.trigger.head.i in riots)]
        violent = [c for c in found if c.cls.name in VIOLENT]
        others = [c for c in found if c.cls.name not in VIOLENT]
        result: list[Candidate] = []
        dispersals = [c for c in found if c.cls.name == "protest" and c.intervention or c.cls.name == "riot" and not c.nominal]
        # (or a riot: "one person was killed ... as supporters fought running battles with police")
        if dispersals:
            # "A protester was killed ... when troops fired tear gas at a crowd", "fired tear
            # gas ..., injuring six": the harm is the dispersal's, not an attack of its own
            violent = [c for c in violent if not (c.cls.name == "attack" and not c.nominal and (
                any(ch.dep_ in ("nsubjpass", "auxpass") for ch in c.trigger.children)
                or c.trigger.tag_ == "VBG" and any(c.trigger.head == d.trigger for d in dispersals)))]
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
            ambush = [c for c in group if c.cls.name == "clash" and c.trigger.lemma_.lower() in ("ambush", "assault", "attack")]
            if not territory and ambush and all(c.cls.name != "remote" or c.trigger.lemma_.lower() in BOMB_WORDS or any(
                    s.dep_ == "nsubj" and s.lemma_.lower() in BOMB_WORDS for s in c.trigger.children) for c in group):
                territory = ambush[:1]  # "ambushed a convoy after a roadside bomb hit it": one armed clash
            chosen = territory or [min(group, key=lambda c: (priority[c.cls.name], c.nominal, c.trigger.i))]
            tokens: dict[int, Token] = {}
            other_triggers = {c.trigger.i for c in violent if c not in group}
            for member in group:
                for t in self._clause(member.trigger):
                    tokens[t.i] = t
                foreign = set()
                for child in member.trigger.children:
                    # another event's clause inside this one's subtree ("..., while jets struck ...",
                    # "..., and military aircraft struck hideouts the following day")
                    own_clause = child.dep_ in CLAUSE_DEPS or child.dep_ == "conj" and any(c.dep_ == "nsubj" for c in child.children) \
                        or _subject_clause(child) == child
                    if own_clause and any(t.i in other_triggers for t in child.subtree):
                        # (but "killing at least three people, and artillery fire on Y killed
                        # a woman": the victims the parser gave the next clause are this one's)
                        other = _subject_clause(child)
                        foreign.update(t.i for t in child.subtree if other is None or _subject_clause(t) == other)
                own = _subject_clause(member.trigger)
                mine = None if own is None else {t.i for t in _subject_clause_tokens(own)}
                for t in member.trigger.subtree:
                    if t.i not in foreign and (mine is None or t.i in mine):
                        tokens[t.i] = t
            for cand in chosen:
                cand.shared_sentence = len(groups) > 1
                cand.group_tokens = [tokens[i] for i in sorted(tokens)]
                cand.group = [m for m in group if m is not cand]
            result.extend(chosen)
        names = {c.cls.name for c in found}
        for cand in others:
            own_subject = cand.trigger.dep_ == "conj" and any(c.dep_ == "nsubj" for c in cand.trigger.children)
            told_apart = any(_dated_from_other(a) for a in (cand.trigger, *cand.trigger.ancestors))
            if cand.cls.name == "looting" and any(self._linked(cand, v) or not v.nominal and _coordinated_clause(v.trigger) is None
                                                  for v in violent) and not own_subject and not told_apart:
                # (not "..., two days after an anti-immigrant mob looted and burned shops in Y":
                # an event of its own day)
                continue  # the arson/looting of the attack told in the same sentence
                # (not "..., and gang members set a bus on fire in Y the next morning")
            if cand.cls.name == "release" and any(self._linked(cand, v) for v in violent):
                continue  # "engaged a group of fighters, killing three and freeing two hostages": the rescue is the clash's
            if cand.cls.name == "arrest" and any(c.cls.name == "protest" and self._linked(cand, c) for c in found):
                continue  # arrests at the protest (not a separate arrest elsewhere in the sentence)
            if cand.cls.name == "mobilize" and ("protest" in names):
                continue
            if cand.cls.name in ("request", "accuse") and "protest" in names and getattr(cand, "quote_threat", None) is None:
                continue  # the protesters' demands are the protest's content (not a quoted demand of its own)
            if cand.cls.name not in ("request",) and any(
                    r.cls.name in ("request", "threaten") and r.trigger.i != cand.trigger.i
                    and any(c.dep_ in ("xcomp", "ccomp") and c.left_edge.i <= cand.trigger.i <= c.right_edge.i for c in r.trigger.children)
                    for r in others):
                continue  # "called on the rebels to free the hostages": what is asked for has not happened
            if cand.cls.name == "retreat" and "territory" in names:
                continue  # the loser's pull-out is part of the takeover
            if any(r.cls.name == cand.cls.name and r.trigger.head == cand.trigger for r in result):
                continue
            if cand.cls.name == "looting" and any(c.cls.name == "disrupted" and (cand.trigger.head == c.trigger or c.trigger.head == cand.trigger) for c in others):
                continue  # "intercepted and destroyed a drone": the interception
            if cand.cls.name == "looting" and cand.trigger.dep_ == "conj" and any(r.cls.name == "looting" and cand.trigger.head == r.trigger for r in result):
                continue  # "looted shops and torched homes": one destruction event
            result.append(cand)
        return result

    def _linked(self, a: Candidate, b: Candidate) -> bool:
        def apart(t: Token) -> int | None:
            return next((n.i for n in (t, *t.ancestors) if _dated_from_other(n)), None)
        if apart(a.trigger) != apart(b.trigger):
            return False  # "A drone strike killed three near X early on Wednesday, hours after fighters fired rockets at Y"
        for x, y in ((a, b), (b, a)):
            head = x.trigger.head
            if x.trigger.dep_ == "relcl" and (head == y.trigger or head.pos_ == "NOUN" and y.trigger.i < x.trigger.i and
                                              head.left_edge.i <= y.trigger.i <= head.right_edge.i):
                return True  # "(three days of) clashes that killed 12": the killing is the clashes'
        if b.trigger.dep_ == "relcl" or a.trigger.dep_ == "relcl":
            return False
        for x, y in ((a, b), (b, a)):
            for child in x.trigger.children:
                if child.dep_ == "conj" and child.pos_ == "VERB" and child.left_edge.i <= y.trigger.i <= child.right_edge.i \
                        and any(c.dep_ == "nsubj" and c.pos_ not in ("PRON", "DET", "NUM") for c in child.children):
                    # "Fano seized X on Thursday, and an army drone strike hit a market in Y the
                    # following day": a coordinated clause with a subject of its own
                    return False
                if child.dep_ == "conj" and child.pos_ == "VERB" and child.left_edge.i <= y.trigger.i <= child.right_edge.i \
                        and _own_time(child) and _own_time(x.trigger):
                    # "Security forces fought gunmen in X on Tuesday and opened fire on a crowd in Y
                    # the next day": each verb with a day of its own
                    return False
                if child.dep_ in ("advcl", "conj", "ccomp") and child.left_edge.i <= y.trigger.i <= child.right_edge.i and (any(
                        c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS and any(p.dep_ == "prep" and p.lower_ in ("after", "before") for p in c.children)
                        for c in child.children) or _dated_from_other(child)):
                    # "Jets struck X on Monday, a day after a drone attack on Y killed a worker":
                    # a clause set a time apart from the other
                    return False
        if _subject_clause(a.trigger) != _subject_clause(b.trigger) or _coordinated_clause(a.trigger) != _coordinated_clause(b.trigger):
            # "have taken X ..., and a drone strike on a market at Y killed nine a day later":
            # a coordinated clause whose subject the parser made a conjoined noun
            return False
        # (a bare number is a count of victims: "two were killed and 30 injured when ...")
        subj_a = [c for c in a.trigger.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")]
        subj_b = [c for c in b.trigger.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")]
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
        if root.lemma_.lower() in ("say", "tell", "report", "add") and root.i > nxt.start + 2:
            # "A jet dropped two bombs on X, a resident told Y": the reported clause
            root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), root)
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in ANAPHORS for s in subjects):
            return True
        if any(s.lemma_.lower() in ANAPHORIC_ACTORS and any(c.lower_ == "the" for c in s.children) for s in subjects):
            return True  # "The attackers, who arrived at around 11 p.m. on Saturday, ...": more of the same event
        if any(c.cls.name in ("remote", "fire_weapon") for c in found) and any(
                s.lemma_.lower() in WEAPON_SUBJECTS for s in subjects) and root.lemma_.lower() in WEAPON_VERBS:
            return True  # "An air strike on X killed 11. A fighter jet dropped two bombs on Y ..."
        statements = [c for c in found if c.cls.name in STATEMENT + ("threaten",)]
        text = nxt.text.lstrip()
        # (not a new quotation with a speaker of its own: '"...," a government spokesman told X')
        own_speaker = any(t.lemma_.lower() in ("say", "tell", "add") and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) and not _inside_quote(nxt.doc, c.i)
            for c in t.children) for t in nxt)  # (a speaker introduced anew; a name may be the one who spoke before)
        if statements and text[:1] in QUOTES and not own_speaker:
            return True
        return False

    @staticmethod
    def _lead_fight_placed_later(merged: list[Event], event: Event, same_side) -> Event | None:
        """The fight a sentence told as "hours later" (its day left open), which a later
        sentence tells near the same town, on that day or the next."""
        if event.acled_event_type != "Battles" or event.location is None or event.location.precision != "near" \
                or event.location.lat is None or event.evidence is None or not event.date:
            return None
        for other in reversed(merged):
            if other.acled_sub_event_type != event.acled_sub_event_type or not same_side(other, event) or other.evidence is None \
                    or other.location is None or other.location.lat is None or not other.date or other.location.precision == "country":
                continue
            gap = (date.fromisoformat(event.date[:10]) - date.fromisoformat(other.date[:10])).days
            if other.evidence.start < event.evidence.start and HOURS_APART.search(other.evidence.sentence) and 0 <= gap <= 1 \
                    and haversine_km(other.location.lat, other.location.lon, event.location.lat, event.location.lon) <= 40:
                return other
        return None

    @staticmethod
    def _object_retold(nxt: Span, cand: Candidate) -> bool:
        """"Air defences shot down a drone over X ... The drone was brought down over an
        industrial zone, ...": the next sentence's subject is what the act was done to, named
        again with "the"."""
        if cand.nominal or cand.cls.name in STATEMENT + ("threaten",):
            return False
        objects = {c.lemma_.lower() for c in cand.trigger.children if c.dep_ in ("dobj", "nsubjpass")}
        verbs = {nxt.root.i} | {c.i for c in nxt.root.children if c.dep_ in ("ccomp", "parataxis")}  # (or what the sentence reports)
        return any(s.dep_ in ("nsubj", "nsubjpass") and s.head.i in verbs and s.lemma_.lower() in objects
                   and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children) for s in nxt)

    @staticmethod
    def _absorb(events: list[Event], cand: Candidate) -> bool:
        """A definite back-reference ("the attack", "the strike") adds to the last event of
        its kind instead of making a new one ("claimed both attacks": to the last two)."""
        violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
        wanted = 2 if any(c.lower_ == "both" for c in cand.trigger.children) else 1
        absorbed = 0
        kin = [e for e in events if (e.acled_event_type or e.event_type) == (cand.acled_type or cand.plover)
               or e.acled_event_type in violent and cand.acled_type in violent
               # ("claimed the attack" after "set fire to eleven logging trucks": the arson)
               or e.acled_sub_event_type == "Looting/property destruction" and cand.nominal and cand.cls.name == "attack"
               # ("The attack in X took place near ..." after "a group of men beat two students in X")
               or e.acled_sub_event_type == "Mob violence" and cand.acled_type == "Violence against civilians"]
        if cand.agent is not None and cand.agent.category in ("state_military", "police", "named") and cand.agent_actor is not None:
            # ("... while Pakistan's military said Indian fire had killed two people on its
            # side": not the Pakistani shelling told before)
            kin = [e for e in kin if e.actor1 is None or e.actor1.name == cand.agent_actor.name or e.actor1.type != "state forces"]
        keys = {t.geonameid or t.name for t in cand.places}
        there = [e for e in kin if e.location is not None and (e.location.geonameid or e.location.name) in keys]
        if there and wanted == 1 and cand.place_from in ("clause", "previous", "sentence") and kin[-1] not in there \
                and kin[-1].location is not None and kin[-1].location.precision != "country":
            # ("11 people had been killed" in the town taken, not at the strike told since
            # elsewhere; but the fight just told without a place of its own keeps its toll)
            kin = there
        same_day = [e for e in kin if e.date == cand.date]
        if cand.date_explicit and same_day and kin and kin[-1].date != cand.date:
            kin = same_day  # ("six men were killed in the Tuesday shootout": Tuesday's, not the one told last)
        for event in reversed(kin):
            claimed = TriggerFinding._claimant_verb(cand.trigger) is not None and cand.agent is not None and cand.agent.category == "named"
            if (event.actor1 is None or claimed) and cand.agent_actor is not None and cand.agent is not None \
                    and cand.agent.category not in ("civilians", "person"):
                event.actor1 = cand.agent_actor  # "JNIM claimed responsibility for the attack" (not "Nobody claimed it")
            if event.actor2 is None and cand.target_actor is not None:
                event.actor2 = cand.target_actor
            # (another outlet's figure, not one more dead: "a fifth man had died later in hospital")
            # (told in the sentence itself, not in the ones after it)
            other_account = bool(cand.sources) and not set(cand.sources) & set(event.sources) and not any(
                t.ent_type_ == "ORDINAL" or t.lower_ in ("another", "more", "further", "additional")
                and not {t.head.lemma_.lower(), t.head.head.lemma_.lower()} & {"wound", "wounded", "injure", "injured", "hurt"}
                for t in cand.sent) \
                and cand.fatalities in [q.value for q in quantities(cand.sent)]
            add_new(event.sources, cand.sources)
            if event.fatalities is None and cand.fatalities and wanted == 1:
                event.fatalities = cand.fatalities  # (a toll of "both" is no one event's)
            elif event.fatalities and cand.fatalities and cand.fatalities < event.fatalities and wanted == 1 and other_account:
                # "It said two of the intruders were killed. The news site X reported that one man
                # had been killed": another outlet's count of the same dead (ACLED takes the lowest)
                event.fatalities = cand.fatalities
            elif event.fatalities and cand.fatalities and cand.fatalities > event.fatalities and wanted == 1:
                figures = [q.value for q in quantities(cand.sent)]
                if len(figures) >= 2 and event.fatalities in figures and sum(figures) == cand.fatalities:
                    # "killing five officers", then "Five officers and one of the attackers were
                    # killed": the same five and the other side's dead
                    event.fatalities = cand.fatalities
            absorbed += 1
            if absorbed == wanted:
                break
        return absorbed > 0

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
            if b.actor1.name.startswith("Unidentified") and a.actor1.type == b.actor1.type:
                return True  # ("FARC dissidents attacked X ... The attackers launched bombs at the station")
            crowd = ("protesters", "rioters")
            return a.actor1.type in crowd and b.actor1.type in crowd

        starts = [e.evidence.start for e in events if e.evidence is not None]
        lead = min(starts) if starts else None
        merged: list[Event] = []
        for event in events:
            if event.event_type == "RETREAT" and event.mode == "release" and event.acled_event_type is None and id(event) in inferred \
                    and merged and merged[-1].acled_sub_event_type == "Agreement" \
                    and (event.location is None or event.location.precision == "country"):
                # "They exchanged prisoners in X on Monday. The government released 12 fighters
                # and the group freed four soldiers.": the exchange's details
                _absorb_restatement(merged[-1], event)
                continue
            if event.acled_sub_event_type == "Non-violent transfer of territory" and event.actor1 is not None:
                # "have taken the town ... Gunfire erupted in X before dawn on Sunday ..., when
                # the last soldiers pulled out": the loser's pull-out is the takeover's end,
                # and its day the takeover's
                takeover = [o for o in merged if o.acled_sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")
                            and loc_key(o) == loc_key(event) and loc_key(o) is not None
                            and (o.actor1 is None or o.actor1.name != event.actor1.name)]  # (the side that lost it)
                if takeover:
                    host = takeover[-1]
                    if (id(host) in inferred or vague(host)) and id(event) not in inferred and event.date and not vague(event):
                        host.date, host.time_precision = event.date, event.time_precision
                        inferred.discard(id(host))
                    add_new(host.sources, event.sources)
                    continue
            if event.acled_sub_event_type == "Looting/property destruction" and event.actor1 is not None:
                # "... and looted the market, residents told Lusa": the outlet reports the
                # takeover or attack by the same side at the same place and day too
                for other in reversed(merged):
                    if violence(other) and other.actor1 is not None and other.actor1.name == event.actor1.name \
                            and loc_key(other) == loc_key(event) and other.date == event.date:
                        add_new(other.sources, event.sources)
                        break
            if id(event) in inferred and event.acled_sub_event_type in ("Arrests", "Protest with intervention", "Peaceful protest") and any(
                    o.acled_event_type in ("Protests", "Riots") and loc_key(o) == loc_key(event) for o in merged):
                # "police fired tear gas and detained 15" after the riot: part of it (and its
                # outlets report it too)
                host = next(o for o in reversed(merged) if o.acled_event_type in ("Protests", "Riots") and loc_key(o) == loc_key(event))
                add_new(host.sources, event.sources)
                if host.size is None and host.acled_event_type == event.acled_event_type:
                    host.size = event.size  # ("About 1,500 teachers had set off ... when riot police fired tear gas")
                _take_worse_coding(host, event)
                continue
            told_with = [o for o in merged if event.evidence is not None and o.evidence is not None
                         and o.evidence.start == event.evidence.start and loc_key(o) == loc_key(event)]
            clash = next((o for o in told_with if o.acled_sub_event_type == "Armed clash"), None)
            if event.acled_sub_event_type == "Excessive force against protesters" and clash is not None:
                # "police exchanged fire with armed clansmen at a roadblock, killing two": a
                # battle with armed men, not force used on a protest
                _absorb_restatement(clash, event)
                continue
            if event.acled_sub_event_type in ("Attack", "Excessive force against protesters") and event.evidence is not None:
                # "police fired live ammunition at protesters in X, killing two": the killing is
                # the force used on the protest, told in the same sentence
                force = [o for o in told_with if {o.acled_sub_event_type, event.acled_sub_event_type} == {"Attack", "Excessive force against protesters"}
                         and o.actor1 is not None and event.actor1 is not None and o.actor1.name == event.actor1.name]
                if force:
                    host = force[-1]
                    if event.acled_sub_event_type == "Excessive force against protesters":
                        host.event_type, host.mode, host.acled_event_type, host.acled_sub_event_type = (
                            event.event_type, event.mode, event.acled_event_type, event.acled_sub_event_type)
                        host.actor2 = event.actor2 or host.actor2
                    _absorb_restatement(host, event)
                    continue
            if id(event) in inferred and violence(event):
                # a later sentence without a date of its own, at the same place, by the same
                # side: "three people had been killed by police gunfire in X" after "police
                # shot dead three protesters in X on Monday" restates the event
                earlier = [o for o in merged if violence(o) and loc_key(o) == loc_key(event) and loc_key(o) is not None and same_side(o, event)
                           and (kind(o) == kind(event) or o.actor1 is not None and event.actor1 is not None
                                and event.acled_sub_event_type not in ("Abduction/forced disappearance", "Sexual violence"))
                           # (but "They seized two miners" after the gunmen's assault on the camp: an abduction of its own)
                           and not (kind(o) != kind(event) and o.evidence is not None and event.evidence is not None
                                    and o.evidence.start == event.evidence.start)]  # (two acts told in one sentence stay two)
                if earlier and not (event.location and event.location.precision == "country"):
                    _take_own_toll(earlier[-1], event, inferred)
                    _absorb_restatement(earlier[-1], event)
                    continue
            if -id(event) in inferred and family(event) == "political violence":
                # (or the riot there: "One protester was shot dead ... a rights group said three
                # people had been killed"; not an abduction of its own: "They seized two miners")
                earlier = [o for o in merged if violence(o) and loc_key(o) == loc_key(event) and (
                    kind(o) == kind(event) or event.acled_sub_event_type not in ("Abduction/forced disappearance", "Sexual violence"))]
                if earlier:
                    _take_own_toll(earlier[-1], event, inferred)
                    _absorb_restatement(earlier[-1], event)
                    continue
            if event.acled_sub_event_type == "Attack" and (event.actor1 is None or event.actor1.name.startswith("Unidentified")) \
                    and event.fatalities and event.evidence is not None:
                # (or of wounds taken there: "A student who was beaten at the sit-in died on Monday")
                hurt_there = AT_THE_PROTEST.search(event.evidence.sentence) is not None
                dispersed = [o for o in merged if o.acled_sub_event_type == "Protest with intervention" and loc_key(o) == loc_key(event)
                             and (o.date == event.date or hurt_there) and o.actor2 is not None and o.actor2.type == "state forces"
                             and o.evidence is not None and o.evidence.start < event.evidence.start]
                if dispersed:
                    # "police fired tear gas and pellets at young people marching ... A 19-year-old was
                    # killed": the dispersal killed (ACLED excessive force; whatever the police then
                    # say of "unknown persons")
                    host = dispersed[-1]
                    host.event_type, host.mode = "ASSAULT", "crowd-control"
                    host.acled_sub_event_type = "Excessive force against protesters"
                    host.acled_event_type = SUB_TO_TYPE[host.acled_sub_event_type]
                    host.actor1, host.actor2 = host.actor2, host.actor1
                    host.fatalities = event.fatalities
                    add_new(host.sources, event.sources)
                    continue
            sequel = Grouping._lead_fight_placed_later(merged, event, same_side)
            if sequel is not None:
                # "a grenade ... late on Sunday, and hours later police killed two gang members in a
                # shootout near X" ... "Before dawn on Monday, officers came under fire on a
                # plantation about 10 km north-east of X and shot back": the lead's fight, told
                # with its place and day
                sequel.location, sequel.date, sequel.time_precision = event.location, event.date, event.time_precision
                _absorb_restatement(sequel, event)
                continue
            twin = None
            for other in merged:
                if kind(other) == kind(event) and loc_key(other) == loc_key(event) and (other.mode in ("hypothetical", "planned", "negated", "historical")) == (event.mode in ("hypothetical", "planned", "negated", "historical")):
                    # ("this week": a summary that the day-precise reports refine)
                    if other.date == event.date or id(event) in inferred or id(other) in inferred or vague(other) or vague(event):
                        twin = other
                        break
            if twin is None:
                twin = next((o for o in merged if _lead_summary_of(o, event, lead)), None)
                if twin is not None:
                    # "... and soldiers clashed with cartel gunmen south of the city the next
                    # morning" told in the lead, then "soldiers patrolling near the town of X,
                    # about 25 km south of the state capital, came under fire": the body's place
                    twin.location = event.location
            if twin is None:
                merged.append(event)
                continue
            add_new(twin.sources, event.sources)
            _take_worse_coding(twin, event)
            if (id(twin) in inferred or vague(twin)) and id(event) not in inferred and event.date and not vague(event):
                # "arrested 14 this week" then "detained six in X on Tuesday": the day it happened
                twin.date, twin.time_precision = event.date, event.time_precision
                twin.size = event.size if event.size is not None else twin.size  # (the summary's figure spans places)
                inferred.discard(id(twin))
            _take_own_toll(twin, event, inferred)
            if twin.fatalities is None:
                twin.fatalities = event.fatalities
            if twin.size is None:
                twin.size = event.size
            if twin.actor1 is None:
                twin.actor1 = event.actor1
            if twin.actor2 is None:
                twin.actor2 = event.actor2
        # one protest per place and day: keep the most severe coding of it
        severity = PROTEST_SEVERITY
        protests: dict = {}
        kept: list[Event] = []
        for event in merged:
            if event.acled_sub_event_type in severity:
                key = (loc_key(event), event.date)
                other = protests.get(key)
                if other is not None:
                    worse, better = (other, event) if severity[event.acled_sub_event_type] > severity[other.acled_sub_event_type] else (event, other)
                    add_new(better.sources, worse.sources)
                    better.size = better.size or worse.size
                    if better is event:
                        kept[kept.index(other)] = event
                        protests[key] = event
                    continue
                protests[key] = event
            kept.append(event)
        merged = kept
        # arrests told in the crowd's own sentence belong to its protest or riot (ACLED): "police
        # detained about 20 people who gathered in X with placards"
        crowds = {(loc_key(e), e.date, e.evidence.start): e for e in merged
                  if e.acled_event_type in ("Protests", "Riots") and e.evidence is not None and loc_key(e) is not None}
        kept = []
        for event in merged:
            host = crowds.get((loc_key(event), event.date, event.evidence.start)) \
                if event.acled_sub_event_type == "Arrests" and event.evidence is not None else None
            if host is not None:
                add_new(host.sources, event.sources)
                continue
            kept.append(event)
        merged = kept
        # one riot per place and day: "supporters of two parties fought with stones" (mob
        # violence) told on as "youths hurled stones and attacked each other" is that riot
        riots: dict = {}
        kept = []
        for event in merged:
            if event.acled_event_type == "Riots" and loc_key(event) is not None and event.date:
                key = (loc_key(event), event.date)
                first = riots.get(key)
                if first is not None and first is not event:
                    _absorb_restatement(first, event)
                    continue
                riots[key] = event
            kept.append(event)
        # (and the march that turned into it: "marched through the town centre ..., then broke
        # into shops and set them on fire. Police fired rubber bullets to disperse the crowd")
        merged = []
        for event in kept:
            riot = riots.get((loc_key(event), event.date)) if event.acled_sub_event_type in ("Peaceful protest", "Protest with intervention") else None
            if riot is not None and riot.evidence is not None and event.evidence is not None \
                    and event.evidence.start < riot.evidence.start and LATER_THAT_DAY.search(riot.evidence.sentence):
                riot = None  # ("... Police fired tear gas to reopen the road. That night, young men threw stones at
                # gendarmes in the city": a riot of its own, later)
            if riot is not None:
                _absorb_restatement(riot, event)
                continue
            merged.append(event)
        fine_rank = PLACE_RANK["admin2"]
        result = []
        for event in merged:
            rank = PLACE_RANK.get(event.location.precision or "place", 0) if event.location else 99
            if rank >= fine_rank:
                finer = [o for o in merged if o is not event and family(o) == family(event) and o.location is not None
                         and PLACE_RANK.get(o.location.precision or "place", 0) < rank
                         and (event.location is None or not event.location.country_code or o.location.country_code == event.location.country_code)
                         # (a district's event is not a coarse copy of one in another province)
                         # (nor is a province's event one of another province, or a district's
                         # one of a town in another district)
                         and (event.location is None or event.location.precision == "country" or not event.location.admin1
                              or o.location.admin1 == event.location.admin1
                              or not o.location.admin1 and _near(o.location, event.location, 150))  # (a town the gazetteer gives no province)
                         and (event.location is None or event.location.precision != "admin2"
                              or (o.location.admin2 or "") == (event.location.admin2 or event.location.name or "")
                              or not o.location.admin2 and _near(o.location, event.location, 60))]
                if finer and family(event) != "political violence" and event.location is not None \
                        and (event.location.precision != "country" or event.acled_event_type is None or event.acled_sub_event_type == "Other") \
                        and not any(kind(o) == kind(event) for o in finer):
                    finer = []  # (a department's agreement is no coarse copy of its towns' curfews, nor one
                    # speaker's statement of another's, nor a nationwide ban one of the day's arrests)
                if finer:
                    if family(event) == "political violence":
                        same_day = [o for o in finer if o.date == event.date or id(event) in inferred or vague(event)]
                        # (a province's "raids at the weekend" are the weekend's raids in its towns)
                        if not same_day:
                            result.append(event)
                            continue
                        target = next((o for o in same_day if kind(o) == kind(event)), same_day[0])  # (the abduction's, of an abduction)
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


def shared_toll(event: Event) -> tuple[str, int]:
    """The mark, among the merge's ``inferred`` ids, of an event that carries the one toll
    a sentence gave for a list of places ("shells struck X and Y, killing four")."""
    return ("shared toll", id(event))


def _take_worse_coding(host: Event, event: Event) -> None:
    """The protest told on with its dispersal keeps the more severe coding: "drivers parked
    their trucks across the highway. Police fired tear gas to reopen the road"."""
    if host.acled_event_type == event.acled_event_type == "Protests" \
            and PROTEST_SEVERITY.get(event.acled_sub_event_type or "", 0) > PROTEST_SEVERITY.get(host.acled_sub_event_type or "", 0):
        host.event_type, host.mode, host.acled_sub_event_type = event.event_type, event.mode, event.acled_sub_event_type
        host.actor2 = host.actor2 or event.actor2


def _take_own_toll(host: Event, other: Event, inferred: set) -> None:
    """A report of the dead at one place replaces the list's toll the place carried."""
    if shared_toll(host) in inferred and other.fatalities is not None:
        host.fatalities = other.fatalities
        inferred.discard(shared_toll(host))


def _coordinated_clause(token: Token) -> Token | None:
    """The coordinated verb with a subject and a time of its own whose clause the token
    is in ("..., and a drone strike on Y killed nine a day later": "killed"; not "...,
    and soldiers fought back": the same fight)."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in node.children) \
                and any(t.ent_type_ in ("DATE", "TIME") and not _duration(t) or t.lower_ in ("later", "afterwards") or _next_part_of_day(t)
                        for t in _own_words(node)):
            return node
    return None


def _own_words(verb: Token) -> list[Token]:
    """A verb's words without the clauses under it ("two soldiers wounded when forces shelled
    X late on Wednesday": the day is the shelling's)."""
    inner = {t.i for c in verb.children if c.dep_ in ("advcl", "relcl", "ccomp", "acl", "parataxis")
             or c.pos_ == "VERB" and c.lemma_.lower() in ("say", "tell", "report", "add") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in inner]


def _next_part_of_day(token: Token) -> bool:
    """"the following night", "the next morning": a time the parser gives no entity."""
    return token.lemma_.lower() in PARTS_OF_DAY and any(c.lower_ in ("following", "next") for c in token.children)


def _lead_summary_of(summary: Event, event: Event, lead: int | None) -> bool:
    """Whether ``summary``, told in the lead, is ``event`` told again in the body with a
    place of its own: the same kind of violence between the same sides on the same day,
    in the same district and within 40 km."""
    if lead is None or summary.evidence is None or event.evidence is None or summary.evidence.start != lead or event.evidence.start == lead:
        return False
    if not summary.acled_sub_event_type or summary.acled_sub_event_type != event.acled_sub_event_type or not summary.date or summary.date != event.date:
        return False
    a, b = summary.location, event.location
    if a is None or b is None or a.country_code != b.country_code or not _near(a, b, 40):
        return False
    # (the same district; or for a point the body places by a stated distance, where the
    # gazetteer gives no district, the same province: "30 km north-east of X")
    if not (a.admin2 and a.admin2 == b.admin2 or b.precision == "near" and not (a.admin2 and b.admin2) and a.admin1 and a.admin1 == b.admin1):
        return False
    sides = {x.name for x in (summary.actor1, summary.actor2) if x is not None}
    others = {x.name for x in (event.actor1, event.actor2) if x is not None}
    # (or neither names a side: "a truck hit a mine near X" told on as "The truck struck the mine
    # on a road about 10 km north of X")
    return bool(sides & others) or not sides and not others


def _near(a, b, km: float) -> bool:
    """Whether two locations with points lie within ``km`` of each other."""
    return None not in (a.lat, a.lon, b.lat, b.lon) and haversine_km(a.lat, a.lon, b.lat, b.lon) <= km


def _absorb_restatement(target: Event, restatement: Event) -> None:
    """Fold a restatement into the event it restates: fill its gaps, add its sources."""
    if target.acled_sub_event_type == "Attack" and restatement.acled_sub_event_type == "Armed clash" \
            and restatement.actor2 is not None and restatement.actor2.type == "state forces" \
            and (target.actor2 is None or target.actor2.type == "state forces"):
        # "militants attacked a post near X" told on as "soldiers and attackers were killed in a
        # gunfight": a battle with the forces
        target.acled_event_type, target.acled_sub_event_type, target.mode = "Battles", "Armed clash", restatement.mode
        target.actor2 = target.actor2 or restatement.actor2
    if target.acled_sub_event_type == "Remote explosive/landmine/IED" and restatement.acled_sub_event_type == "Armed clash" \
            and restatement.actor2 is not None and restatement.actor2.type == "state forces" \
            and target.evidence is not None and GUNFIRE.search(target.evidence.sentence):
        # "ambushed a convoy escorted by soldiers" told on as "hit by a roadside bomb and then
        # raked with gunfire near X": the bomb opened the battle
        target.event_type, target.acled_event_type, target.acled_sub_event_type, target.mode = \
            restatement.event_type, "Battles", "Armed clash", restatement.mode
        target.actor2 = restatement.actor2
    if target.fatalities is None:
        target.fatalities = restatement.fatalities
    elif restatement.fatalities is not None and restatement.fatalities < target.fatalities and restatement.location is not None \
            and restatement.location.precision == "country" and target.acled_sub_event_type == restatement.acled_sub_event_type \
            and restatement.evidence is not None and target.evidence is not None and restatement.evidence.start < target.evidence.start:
        # "soldiers killed three men in a gunfight on the border" in the lead, then "the army said
        # five smugglers had been killed": two reports of one toll, the lowest counts (ACLED)
        target.fatalities = restatement.fatalities
    if target.actor2 is None:
        target.actor2 = restatement.actor2
    if restatement.actor1 is not None and (target.actor1 is None or target.actor1.name.startswith("Unidentified")
                                           and not restatement.actor1.name.startswith("Unidentified")):
        target.actor1 = restatement.actor1  # ("Islamic State fighters ambushed ..." told first, "gunmen" in the detail)
    if target.size is None and restatement.size is not None and target.acled_event_type == restatement.acled_event_type:
        target.size = restatement.size  # ("About 200 protesters left a rally ... and threw bottles")
    add_new(target.sources, restatement.sources)
