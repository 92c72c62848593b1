"""Dating: the day of a candidate event (step 7 of docs/stages/coding.md, "When").

From the dates of the event's own clause (then its sentence, then a continuation sentence),
or, when none is stated, from the narrative: "the next day" / "the previous evening", "the
same day" of the event just told or of a sentence before, "two days after <event>", "hours
after the shooting in X", "later", the next sentence's definite perpetrators ("The attackers
came ... on Sunday"), the report's own day, the article's peg, and last the publication
date at week precision. Background dates make an event historical.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..mentions.dates import days_after, find_dates, shift_date
from .candidate import Candidate
from .grouping import ANAPHORIC_ACTORS
from .triggers import BACK_REFERENCE_NOUNS
from .types import CROWD_EVENTS
from .words import HOURS_APART, STATEMENT, TIME_SPANS, VIOLENT, _dated_from_other, _relative_on_someone

#: "The violence broke out on Saturday": the violence just told, retold with its day
RETOLD_EVENT_NOUNS = BACK_REFERENCE_NOUNS - {"protest", "operation", "offensive", "incident"}

if TYPE_CHECKING:
    from .context import _ArticleContext

SAME_DAY = re.compile(r"\b(the same day|that same day|that day|earlier that day|later that day|(hours|minutes) (earlier|later|before|after)|the same (night|evening|morning|afternoon)|that (night|evening|morning|afternoon))\b", re.I)
# verbs of a crowd coming together, whose day is the day it was dispersed
CROWD_GATHERING = frozenset({"gather", "assemble", "congregate", "rally", "protest", "demonstrate", "march"})
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


class EventDating:
    """Step 7: when."""

    def _date(self, ctx: "_ArticleContext", cand: Candidate, clause: list[Token]) -> None:
        """The event's day (and precision), from its clause, its sentence, the
        narrative around it, the report's day, or the article's peg; keeps the article's
        record of the last dated day and of the first day dated at each place."""
        published = ctx.article.published
        foreign: set[int] = set()
        participial: set[int] = set()  # (an acl: "fired on students protesting ... on Saturday")
        for t in cand.sent:
            if t.dep_ in ("relcl", "acl") and t.head.i != cand.trigger.i and not (t.left_edge.i <= cand.trigger.i <= t.right_edge.i):
                # (but "a gunfight that broke out late on Sunday" dates the gunfight)
                # (and a participle describing the trigger's object: "defused a bomb buried ... on Monday")
                if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.i == cand.trigger.i:
                    continue  # ("The rockets, fired late on Tuesday ..., landed in open ground": the act's own time)
                describes_object = t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and (
                    t.head.head.i == cand.trigger.i and t.head.dep_ == "dobj"
                    or t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" and cand.trigger.i in (t.head.head.head.i, t.head.head.head.head.i))
                # ("opened fire on people gathered outside a shop late on Friday")
                # (or what the fight's other side was doing: "fought a reconnaissance group that
                # tried to cross the frontier near X on Thursday")
                # (or, with nothing else to date it, what the victims had just done: "killed two men who
                # had crossed the river near X on Sunday, in an exchange of fire")
                acts = {cand.trigger.i} | {g.trigger.i for g in cand.group}
                doing = t.dep_ == "relcl" and t.tag_ in ("VBD", "VBN") and t.head.dep_ == "dobj" and t.head.head.i in acts \
                    and cand.cls.name in VIOLENT and all(c.lower_ == "had" for c in t.children if c.dep_ == "aux")
                # (or the crowd that was dispersed gathering: "fired tear gas to disperse people who
                # had gathered outside Parliament on Wednesday": the protest's day)
                crowd = t.head.head.head if t.head.dep_ == "pobj" and t.head.head.lower_ == "of" and t.head.head.head.dep_ == "dobj" else t.head
                # (the crowd counted: "dispersed dozens of activists who had gathered in X on Thursday")
                gathered = t.dep_ == "relcl" and t.lemma_.lower() in CROWD_GATHERING and crowd.dep_ == "dobj" and cand.cls.name == "protest" \
                    and cand.trigger.i in (crowd.head.i, crowd.head.head.i if crowd.head.dep_ in ("advcl", "xcomp") else -1)
                (participial if t.dep_ == "acl" and (t.tag_ == "VBG" or describes_object) or doing or gathered else foreign).update(x.i for x in t.subtree)
        statement = cand.cls.name in STATEMENT + ("threaten",)
        dates = [d for d in find_dates(cand.sent, published) if d.start not in foreign and d.start >= ctx.dateline_end]
        # "On Tuesday, the department said it had arrested six": the day of the report, the
        # latest the event can be; used only when nothing else dates it
        reported = [] if statement else [d for d in dates if self._reporting_date(cand.sent.doc[d.start], cand.trigger)]
        dates = [d for d in dates if d not in reported]
        # (a participle's own day may date the act; not a past it names: "as protests marking
        # the anniversary of last year's election broke out")
        dates = [d for d in dates if d.start not in participial] or [d for d in dates if not d.historical]
        # "a gunbattle that lasted until early on Wednesday": when it ended, not its day
        dates = [d for d in dates if not self._end_point(cand.sent.doc, d.start)]
        clause_idx = {t.i for t in clause}
        in_clause = [d for d in dates if d.start in clause_idx]
        chosen = in_clause or dates
        if not in_clause and days_after(" ".join(t.text for t in clause)) is not None:
            chosen = []  # "..., and gang members set a bus on fire in Y the next morning": from the day told
        if not chosen and cand.continuation is not None:
            chosen = find_dates(cand.continuation, published)
        real = [d for d in chosen if not d.historical]
        content = {t.i for c in cand.trigger.children if c.dep_ in ("xcomp", "ccomp", "dobj") for t in c.subtree} if statement else set()
        if chosen and not real and cand.reality is None and not (content and all(d.start in content for d in chosen)):
            # (but a statement's past dates may be what it speaks of: "called on the government
            # ... to allow an inquiry into the killings of last year")
            cand.reality = "historical"
            if not self.keep_unreal:
                cand.dropped = True
        if (stepped := self._stepped_back(ctx, cand)) is not None:
            # "Soldiers opened fire in X on Tuesday, ..., a day after young men looted shops in
            # Y": the looting a day before the day the main clause gives
            cand.date, cand.precision, cand.date_explicit = stepped, "day", True
        elif real and real[0].date:
            cand.date, cand.precision, cand.date_explicit = real[0].date, real[0].precision, True
            apart = next((a for a in (cand.trigger, *cand.trigger.ancestors) if _dated_from_other(a)), None)
            if apart is not None and real[0].start not in {t.i for t in apart.subtree if t.i >= apart.left_edge.i and t.i > cand.trigger.i - 8}:
                # ("..., hours after fighters fired rockets at X": that day or the night before;
                # the story may tell it)
                cand.date_explicit = False
            own = cand.trigger.head if cand.trigger.dep_ == "conj" else cand.trigger
            if real[0].start not in {t.i for t in own.subtree} and self._background_clause(cand.trigger):
                # "X killed seven on Tuesday, as the RSF tightened its grip and raided a village
                # near Y": the day is the main clause's; the raid's own is told elsewhere
                cand.date_explicit = False
            own_words = {t.i for t in cand.trigger.subtree}
            if real[0].text.lower() == "overnight" and not any(
                    d.start in own_words for d in find_dates(cand.sent, published) if d.start != real[0].start):
                # "... on Wednesday, and crowds set fire to police cars in X overnight": that
                # night, on either side of midnight; the story may tell the hour (but not
                # "overnight raids that ended early on Sunday": the raids' own day)
                cand.date_explicit = False
            offset = self._days_apart(cand.trigger, {t.i for t in clause})
            if offset and real[0].start not in clause_idx and real[0].precision == "day":
                cand.date = shift_date(cand.date, offset)  # "on Tuesday, two days after police used water cannon"
        elif cand.scene is not None and (scene_dates := [d for d in find_dates(cand.scene, published) if d.date and not d.historical]):
            # "In X, men went from house to house on Sunday, ... Police said one man was beaten
            # to death": the day the paragraph set
            cand.date, cand.precision, cand.date_explicit = scene_dates[0].date, scene_dates[0].precision, True
        elif cand.referent is not None and cand.referent.date and not self._later_date(ctx, cand):
            # "The attackers arrived on foot at around 10 p.m., ...": the day of the event they
            # take up again, which the narrative goes on from ("Soldiers caught up with the
            # attackers the next morning")
            cand.date, cand.precision, cand.date_explicit = cand.referent.date, cand.referent.precision, cand.referent.date_explicit
        elif self._later_date(ctx, cand):
            # "the next day", "a day later", "the previous evening": counted from the day of the
            # event just reported
            cand.date, cand.precision, cand.date_explicit = self._later_date(ctx, cand), "day", True
        elif ctx.last_dated is not None and (SAME_DAY.search(cand.sent.text) or self._clock_time_only(cand.sent)):
            # "the same day", "hours earlier": the day of the event just reported (or of the
            # one the sentence names: "Hours after the shooting in X, ...")
            cand.date, cand.precision = self._referenced_day(ctx, cand) or self._previous_day(ctx, cand) \
                or (self._retold_before(ctx, cand) if HOURS_APART.search(cand.sent.text) else None) or ctx.last_dated
            # ("hours later" may be past midnight: the day stays open to a report of the same
            # strike that names it)
            cand.date_explicit = not HOURS_APART.search(cand.sent.text)
        elif (shifted := self._after_reference(ctx, cand)) is not None:
            # "Two days after the Wabag fighting, police exchanged fire ...": from that day
            cand.date, cand.precision, cand.date_explicit = shifted, "day", True
        elif (shifted := self._main_clause_reference(ctx, cand)) is not None:
            # "The fall of X came a day after gunmen stopped a minibus ...": a day before the fall
            cand.date, cand.precision, cand.date_explicit = shifted, "day", True
        elif ctx.last_dated is not None and any(c.dep_ == "advmod" and c.lower_ in ("later", "subsequently", "afterwards")
                                                for c in cand.trigger.children):
            # "Police later arrested four more suspects": after the events just told, on their day
            cand.date, cand.precision = ctx.last_dated
        elif not cand.anaphoric and (told := self._retold_day(ctx, cand)) is not None:
            # "... killed 11 villagers, officials said on Tuesday. The attackers came out of the
            # forest shortly after 9 p.m. on Sunday ...": the next sentence dates it
            cand.date, cand.precision, cand.date_explicit = told[0], told[1], True
        elif reported and not cand.anaphoric and not reported[0].historical and reported[0].date:
            cand.date, cand.precision = reported[0].date, reported[0].precision
        elif (day := self._weapon_day(ctx, cand)) is not None:
            # "In the north, the rocket hit X at around 5 a.m.": the day the rocket was told in
            cand.date, cand.precision, cand.date_explicit = day[0], day[1], True
        elif not cand.nominal and (told := self._same_kind_just_told(ctx, cand)) is not None:
            # "... retook a hilltop post on Tuesday ... when it recaptured the position": that day
            cand.date, cand.precision, cand.date_explicit = told[0], told[1], True
        elif ctx.last_dated is not None and self._follows_dated(ctx, cand):
            # "In the early hours of the same day, police raided ... In X, two gang members were
            # killed in a shootout with police during a separate raid": the narrative's day
            # (for a riot told on from the gathering dated just before, its own: "Hundreds
            # gathered outside the police station late on Saturday ... Some in the crowd threw stones")
            cand.date, cand.precision = ctx.last_dated
            cand.date_explicit = cand.cls.name in ("riot", "mob")
        elif (opened := self._paragraph_day(ctx, cand)) is not None:
            # "On Sunday the protests spread to the provinces. Police fired tear gas to break up
            # a march in X": the day that opened the paragraph's narrative
            cand.date, cand.precision, cand.date_explicit = opened[0], opened[1], True
        elif (named := self._day_of_the_named(ctx, cand)) is not None:
            # "a strike over power cuts turned deadly on Monday ... Shops also stayed shut in X
            # and Y, where the strike passed off peacefully": the day of the strike named before
            cand.date, cand.precision = named
        elif ctx.last_dated is not None and self._same_doers_go_on(ctx, cand):
            # "About 20 gunmen stormed the camp on Saturday morning ... They seized two miners
            # before most of them left": the same people, the same day
            cand.date, cand.precision = ctx.last_dated
        elif cand.nominal and (told := self._same_kind_just_told(ctx, cand)) is not None:
            # (a verb's was tried above) "Several thousand people marched through X on Sunday afternoon. When the march
            # reached the prefecture, youths threw stones ...": the day of the march just told
            cand.date, cand.precision, cand.date_explicit = told[0], told[1], True
        elif ctx.peg is not None:
            cand.date, cand.precision = ctx.peg.date, ctx.peg.precision
        elif published:
            cand.date, cand.precision = published[:10], "week"
        if cand.date and self._span_before(cand.trigger):
            # "declared a state of siege on Monday, after a weekend of gunfights": days of
            # fighting up to the main clause's day, no one day of their own
            cand.precision, cand.date_explicit = "week", False
        said_of = cand.anaphoric and cand.trigger.head.lemma_.lower() in ("claim", "condemn", "deny", "denounce", "confirm", "report")
        if cand.date_explicit and cand.date and cand.precision == "day" and not cand.dropped and not said_of \
                and not any(_dated_from_other(a) for a in (cand.trigger, *cand.trigger.ancestors)) \
                and not _relative_on_someone(cand.trigger):
            # (not "claimed the attack on Wednesday": the claim's day; nor "..., a day after
            # helicopters fired on X": a day the story steps back to; nor "the release of the
            # deputy governor, who was detained on Thursday": a past told in passing)
            ctx.last_dated = (cand.date, cand.precision)
            for place in cand.places:
                # (the first event dated there: what "the X fighting" usually refers back to)
                ctx.dated_at.setdefault(place.geonameid or place.name, (cand.date, cand.precision))

    @staticmethod
    def _stepped_back(ctx: "_ArticleContext", cand: Candidate) -> str | None:
        """The day of an event told in a "two days after/before ..." clause, counted from the
        day the rest of the sentence gives."""
        clause = next((a for a in (cand.trigger, *cand.trigger.ancestors) if _dated_from_other(a)), None)
        if clause is None:
            return None
        marker = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("after", "before", "since"))
        unit = next((c for c in [*clause.children, *marker.children] if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
        days = _span_days(unit) if unit is not None and marker.lower_ in ("after", "before") else None
        inside = {t.i for t in clause.subtree if t.i >= min(marker.i, unit.i)} if days else set()
        found = [d for d in find_dates(cand.sent, ctx.article.published) if d.date and d.precision == "day" and not d.historical
                 and d.start >= ctx.dateline_end]
        main = [d for d in found if d.start not in inside]
        if not days or not main or len(main) < len(found):
            return None  # (a day of its own inside the clause dates it)
        return shift_date(main[0].date, -days if marker.lower_ == "after" else days)

    @staticmethod
    def _day_of_the_named(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """The day of the event a definite subject names again ("the strike"), from the last
        sentence before that names it with a day."""
        nouns = {c.lemma_.lower() for c in cand.trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                 and any(d.lower_ == "the" for d in c.children) and c.lemma_.lower() in CROWD_EVENTS}
        if not nouns:
            return None
        for start in sorted((s for s in ctx.sent_starts if s < cand.sent.start), reverse=True):
            sent = ctx.doc[start].sent
            if any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" for t in sent):
                dates = [d for d in find_dates(sent, ctx.article.published) if d.date and not d.historical and d.precision == "day"]
                if dates:
                    return dates[0].date, dates[0].precision
        return None

    @staticmethod
    def _span_before(trigger) -> bool:
        """"after a weekend of gunfights", "after two days of street battles": an event noun
        counted over a span of days that the main clause's event followed."""
        span = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
        return span is not None and span.lemma_.lower() in TIME_SPANS | {"weekend"} and span.dep_ == "pobj" \
            and span.head.lower_ in ("after", "following", "amid")

    @staticmethod
    def _end_point(doc, start: int) -> bool:
        """Whether the date starting at ``start`` follows "until" ("until early on Wednesday")."""
        i = start - 1
        while i >= 0 and doc[i].lower_ in ("early", "late", "on", "in", "the", "of"):
            i -= 1
        return i >= 0 and doc[i].lower_ in ("until", "till", "til")

    @staticmethod
    def _follows_dated(ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Whether this is violence told right after a sentence that dated violence or
        arrests to the day (the story's running day, not the lede's)."""
        k = ctx.sent_starts.index(cand.sent.start)
        if k < 2 or cand.cls.name not in VIOLENT + ("riot", "mob") or cand.nominal and any(c.lower_ in ("the", "this", "that") for c in cand.trigger.children):
            return False  # (a lede's days are its summary's; "the ambush took place" is told by the lede)
        before = ctx.sentence_triggers.get(ctx.sents[k - 1].start, [])
        return any(c.cls.name in VIOLENT + ("arrest", "protest", "mobilize", "riot") and c.date_explicit and c.precision == "day"
                   and (c.date, c.precision) == ctx.last_dated for c in before)

    @staticmethod
    def _weapon_day(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """"..., hours after a rocket fired from Lebanon struck a building in X. ... In the
        north, the rocket hit X at around 5 a.m.": the day of the event the definite subject
        ("the rocket") was told in."""
        subject = next((c for c in cand.trigger.children if c.dep_ == "nsubj" and any(
            d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if subject is None:
            return None
        for start in sorted((s for s in ctx.sentence_triggers if s < cand.sent.start), reverse=True):
            for other in ctx.sentence_triggers[start]:
                if other.date and other.precision == "day" and any(
                        c.dep_ == "nsubj" and c.lemma_.lower() == subject.lemma_.lower() for c in other.trigger.children):
                    return other.date, other.precision
        return None

    @staticmethod
    def _same_doers_go_on(ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Whether the act's subject is "they" and the sentence before, in the same paragraph,
        told a dated act (the narrative goes on with the same people)."""
        if not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in cand.trigger.children):
            return False
        start = ctx.previous_sentence_start(cand.sent)
        if start is None or "\n" in ctx.doc.text[ctx.doc[start].sent.end_char - 1:cand.sent.start_char + 1]:
            return False
        k = ctx.sent_starts.index(start)
        return any(ctx.sentence_triggers.get(s) for s in ctx.sent_starts[max(0, k - 1):k + 1])

    @staticmethod
    def _same_kind_just_told(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """The day of an event named again: for a definite noun ("the march"), the event of its
        kind the sentence before told; for a side taking "the position" again, that side's
        taking of a place told earlier."""
        if cand.nominal and any(c.dep_ == "det" and c.lower_ == "the" for c in cand.trigger.children):
            start = ctx.previous_sentence_start(cand.sent)
            told = [c for c in ctx.sentence_triggers.get(start, []) if c.cls.name == cand.cls.name and c.date and c.precision == "day"] \
                if start is not None else []
            return (told[-1].date, told[-1].precision) if told else None
        if not cand.nominal and cand.cls.name in ("territory", "retreat") and cand.agent is not None and any(
                o.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children) for o in cand.trigger.children):
            # ("... retook a hilltop post on Tuesday ... The army said seven rebels were killed when it
            # recaptured the position": the same side taking the same place, told again)
            told = [c for s in sorted((s for s in ctx.sentence_triggers if s < cand.sent.start), reverse=True)
                    for c in ctx.sentence_triggers[s] if c.cls.name == cand.cls.name and c.date and c.precision == "day"
                    and c.agent is not None and c.agent.category == cand.agent.category and c.agent.name == cand.agent.name]
            return (told[0].date, told[0].precision) if told else None
        return None

    @staticmethod
    def _paragraph_day(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """The day a sentence of the same paragraph just before opens with ("On Sunday
        ..."), when this one names none."""
        k = ctx.sent_starts.index(cand.sent.start)
        if k < 1 or cand.cls.name in STATEMENT + ("threaten",):
            return None
        prev = ctx.sents[k - 1]
        if "\n" in ctx.doc.text[prev.start_char + len(prev.text.rstrip()):cand.sent.start_char + 1] or prev.start < ctx.dateline_end:
            # (the paragraph break may be the last token of the sentence before)
            return None
        days = [d for d in find_dates(prev, ctx.article.published) if d.date and d.precision == "day" and not d.historical]
        if not days or days[0].start > prev.start + 2:
            return None
        return days[0].date, days[0].precision

    @staticmethod
    def _background_clause(trigger) -> bool:
        """Whether the trigger (or the verb it is coordinated with) opens an "as ..." or
        "while ..." clause hung on another verb, or tells the events that came before the
        main clause's ("after two days of violence in which ...")."""
        node = trigger.head if trigger.dep_ == "conj" else trigger
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in node.children) \
                and not any(c.dep_ == "npadvmod" for c in node.children):
            return True  # "imposed a curfew on Sunday after a crowd attacked its police station": before Sunday, or on it
        path = [node, *list(node.ancestors)[:5]]
        for up in path:
            spans = [t for t in path + [c for c in up.children if c.dep_ == "nsubj"]  # (the parse of "after two days of ... fought")
                     if t.lemma_.lower() in TIME_SPANS and any(c.lower_ == "of" for c in t.children)]
            if spans and (up.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in up.children)
                          or up.dep_ in ("pobj", "pcomp") and up.head.lower_ in ("after", "following")):
                # "agreed late on Thursday to a truce after two days of violence in which gunmen
                # ambushed a convoy": what came in the days before the main clause's day
                return True
        return node.dep_ == "advcl" and node.head != node and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while") for c in node.children)

    @staticmethod
    def _days_apart(trigger, clause: set[int]) -> int | None:
        """'X on Tuesday, two days after <trigger>': how many days the trigger's event lies
        from the date of the clause it hangs on (negative: before it)."""
        node = trigger
        for _ in range(3):
            if node.dep_ in ("advcl", "pcomp", "pobj", "ccomp"):
                marker = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
                if marker is None and node.head.lower_ in ("after", "before"):
                    marker = node.head
                if marker is not None:
                    span = [c for c in list(node.children) + list(marker.children) if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")]
                    if not span and marker.head.dep_ == "npadvmod" and marker.head.lemma_.lower() in ("day", "week"):
                        span = [marker.head]  # ("on Monday, a day after a drone attack on X killed ...")
                    if span:
                        unit = span[0]
                        number = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
                        if number is None:
                            count = 1 if unit.tag_ == "NN" else None  # "a day after" / "days after"
                        elif number.text.isdigit():
                            count = int(number.text)
                        else:
                            count = NUMBER_WORDS.get(number.lower_)
                        if count:
                            days = count * (7 if unit.lemma_.lower() == "week" else 1)
                            return -days if marker.lower_ == "after" else days
                    return None
            if node.head == node:
                break
            node = node.head
        return None

    def _after_reference(self, ctx: "_ArticleContext", cand: Candidate) -> str | None:
        """"Two days after the X fighting": the day of the event referred to (the last one
        dated, or the one at the place the phrase names), moved by the stated days."""
        spans = []
        trigger = cand.trigger
        # (the verb a "..., killing four" participle or a conjunct hangs on)
        # (or "a shepherd was killed when a landmine exploded": the when-clause's head)
        heads = [trigger] + ([trigger.head] if trigger.dep_ == "conj" or trigger.dep_ == "advcl" and (trigger.tag_ == "VBG" or any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in trigger.children)) else [])
        for child in (c for head in heads for c in head.children):
            if child.dep_ == "prep" and child.lower_ in ("after", "before"):
                # ("A day before the X assault, soldiers entered ... and shot ...")
                unit = next((c for c in child.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
                if unit is not None:
                    spans.append((unit, child))
            elif child.dep_ == "npadvmod" and child.lemma_.lower() in ("day", "week") + NIGHT_UNITS:
                # (or "The night before the X attack, a man was shot ...")
                marker = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in ("after", "before")), None)
                spans.append((child, marker))
            elif child.dep_ == "advcl":  # ("Two days after the Wabag fighting", parsed as a clause)
                marker = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
                unit = next((c for c in child.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
                if unit is not None:
                    spans.append((unit, marker))
        for child in (c for head in heads for c in head.children):
            eve = next((o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() == "eve"), None) \
                if child.dep_ == "prep" and child.lower_ == "on" else None
            of = next((p for p in eve.children if p.dep_ == "prep" and p.lower_ == "of"), None) if eve is not None else None
            base = self._named_event_day(ctx, cand, of) if of is not None else None
            if base is not None and base[1] == "day":
                return shift_date(base[0], -1)  # "On the eve of the grenade attack, a crowd ...": the day before it
        for child, marker in spans:
            if marker is None:
                continue
            days = _span_days(child)
            base = self._referenced_day(ctx, cand) or self._named_event_day(ctx, cand, marker) or ctx.last_dated
            if not days or base is None or base[1] != "day":
                return None
            date = shift_date(base[0], days if marker.lower_ == "after" else -days)
            published = ctx.article.published
            return date if not published or date <= published[:10] else None
        return None

    def _named_event_day(self, ctx: "_ArticleContext", cand: Candidate, marker) -> tuple[str, str] | None:
        """"Two days before the drone strike": the day of the event told before by that word."""
        noun = next((o for o in marker.children if o.dep_ == "pobj"), None)
        if noun is None:
            return None
        # (or by its weapon: "the grenade attack" after "threw a grenade"; or by its place: "the X attack")
        names = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        places = {c.text for c in noun.children if c.dep_ in ("compound", "amod") and c.i in ctx.toponym_tokens}
        told = [other for start in sorted((s for s in ctx.sentence_triggers if s < cand.sent.start), reverse=True)
                for other in ctx.sentence_triggers[start] if other.date and other.precision == "day" and other.date_explicit]
        named = [other for other in told if other.trigger.lemma_.lower() == noun.lemma_.lower() or (other.acled_sub or "").lower() in names
                 or places and other.cls.name in VIOLENT + ("mob", "riot", "looting") and any(t.text in places for t in other.places)]
        # (or, failing a name, by its kind: "the bombings" after "Bombs damaged villas")
        kind = [other for other in told if other.cls.name in self.lex.noun_classes(noun) and other.cls.name in VIOLENT]
        found = (named or kind)[:1]
        return (found[0].date, found[0].precision) if found else None

    @staticmethod
    def _main_clause_reference(ctx: "_ArticleContext", cand: Candidate) -> str | None:
        """"The fall of X came a day after gunmen stopped a minibus ...": an event told in a
        clause that the main clause's event is counted from lies that many days before it
        (after it, for "came a day before ..."); the main event's day is the one dated at
        the place its subject names, else the last one dated."""
        node = cand.trigger
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            node = node.head.head  # ("... came two days after security forces shot dead two men in a gunfight at X")
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if node.dep_ != "advcl":
            return None
        marker = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        main = node.head
        # (the span may hang on the clause itself: "came [two days] after security forces shot ...")
        unit = next((c for c in [*main.children, *node.children] if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
        if marker is None or unit is None or unit.i > marker.i:
            return None
        days = _span_days(unit)
        subject = {t.i for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        base = next((ctx.dated_at[t.geonameid or t.name] for t, ids in ctx.toponym_spans
                     if ids and ids[0] in subject and (t.geonameid or t.name) in ctx.dated_at), None) or ctx.last_dated
        if not days or base is None or base[1] != "day":
            return None
        return shift_date(base[0], -days if marker.lower_ == "after" else days)

    @staticmethod
    def _previous_day(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """For "the same day": the day the sentence before states, coded or not ("Drivers
        stopped work on Monday. In the early hours of the same day, police raided ...")."""
        if not SAME_DAY.search(cand.sent.text) or not re.search(r"\bsame (day|night)\b", cand.sent.text, re.I):
            return None
        k = ctx.sent_starts.index(cand.sent.start)
        for prev in reversed(ctx.sents[max(0, k - 2):k]):  # (a quote may stand between)
            days = [d for d in find_dates(prev, ctx.article.published) if d.date and d.precision == "day" and not d.historical]
            if days:
                return (days[-1].date, days[-1].precision)
        return None

    @staticmethod
    def _referenced_day(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """The day of the event a "hours after the X in <place>" phrase names, when an event
        at that place was dated."""
        for tok in cand.sent:
            if tok.lower_ in ("after", "before") and tok.dep_ in ("prep", "mark"):
                for t in (tok.subtree if tok.dep_ == "prep" else tok.head.subtree):
                    for toponym, ids in ctx.toponym_spans:
                        if (toponym.geonameid or toponym.name) not in ctx.dated_at or not ids:
                            continue
                        if t.i == ids[0] or (t.i not in ctx.toponym_tokens and t.pos_ == "PROPN" and t.dep_ == "compound"
                                             and toponym.text.split()[0] == t.text and len(toponym.text.split()) > 1):
                            # (or a short form of a dated place: "the Santiago march")
                            return ctx.dated_at[toponym.geonameid or toponym.name]
        return None

    @staticmethod
    def _retold_day(ctx: "_ArticleContext", cand: Candidate) -> tuple[str, str] | None:
        """The day given by the next sentence when it goes on about the same perpetrators
        ("The attackers came ... on Sunday") or the same violence ("The violence broke out
        on Saturday afternoon")."""
        if cand.cls.name not in VIOLENT + ("abduction", "looting", "riot", "mob"):
            return None
        k = ctx.sent_starts.index(cand.sent.start)
        if k + 1 >= len(ctx.sents):
            return None
        nxt = ctx.sents[k + 1]
        root = nxt.root
        if root.lemma_.lower() in ("say", "tell", "report", "add"):
            # ("The attackers came ..., a district official told Reuters")
            root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root)
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if not any(s.lemma_.lower() in ANAPHORIC_ACTORS | {"rebel", "militant", "fighter"} | RETOLD_EVENT_NOUNS
                   and any(c.lower_ == "the" for c in s.children) for s in subjects):
            return None
        days = [d for d in find_dates(nxt, ctx.article.published) if d.date and d.precision == "day" and not d.historical]
        return (days[0].date, days[0].precision) if days else None

    @staticmethod
    def _clock_time_only(sent) -> bool:
        """'Shortly before midnight, riot police moved against ...': a time of day and no
        date: the day of the event just told."""
        times = [e for e in sent.ents if e.label_ == "TIME"]
        return bool(times) and not any(e.label_ == "DATE" for e in sent.ents) and times[0].start - sent.start <= 3


#: parts of a day that stand for a day before or after ("the night before the attack")
NIGHT_UNITS = ("night", "evening", "morning")


def _span_days(unit) -> int | None:
    """The days a "two days" / "a week" unit of an after/before phrase counts (``None`` when
    its number is not read)."""
    number = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
    if unit.lemma_.lower() in NIGHT_UNITS and number is not None and number.lower_ == "the":
        return 1  # "the night before": the day before
    count = (int(number.text) if number is not None and number.text.isdigit()
             else NUMBER_WORDS.get(number.lower_) if number is not None else 1 if unit.tag_ == "NN" else None)
    # ("days after": how many is not said)
    return count * (7 if unit.lemma_.lower() == "week" else 1) if count else None
