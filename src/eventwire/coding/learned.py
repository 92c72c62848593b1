"""Step 11: the learned sub-event classifier as a second opinion on the rules.

The rules (steps 1-10) decide *that* something happened and who did it where; the
sub-event classifier (:mod:`eventwire.coding.classify`), trained on ACLED-labelled
snippets and the codebook, is better at telling neighbouring ACLED sub-event types
apart (a peaceful protest from one broken up by police, a government recapture from
an insurgent takeover). Two uses:

* **Second opinion.** Each coded event with an ACLED type is re-typed from the text
  that tells it: its paragraph when no other event is told there, else its sentence.
  The classifier's sub-event type replaces the rules' when it is confident
  (probability >= ``override``) or, more readily (>= ``refine``), when it stays in
  the rules' ACLED event type (a protest stays a protest, an explosion an explosion;
  not within Strategic developments, whose sub-types are unrelated kinds), and never
  to a type another event of the same paragraph already has.
* **Event reports** (:meth:`LearnedSettings.for_event_reports`; off by default, for
  text known to report an event such as event snippets or a filtered feed). The
  first-told event of the lead paragraph is typed from the whole paragraph
  (``lead_override``), and when the rules code no ACLED event at all but the
  classifier is confident that the lead paragraph reports one (the probabilities of
  the 25 ACLED types sum to >= ``lead``, the best of them >= ``lead_type``), that
  paragraph's best sentence becomes one event, its actors, place, date, fatalities
  and sources found by the same steps as any other event, its confidence capped at
  ``LEAD_CONFIDENCE``. On general news both cost precision.

Thresholds come from :class:`LearnedSettings`; ``EventCoder(classifier=None)``
turns the whole step off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..records import Event
from .candidate import Candidate
from .context import _ArticleContext
from .lexicon import SUB_TO_TYPE, contains_phrase

#: a lead event found by the classifier alone is never more certain than this
LEAD_CONFIDENCE = 0.4
#: the modes ``keep_unreal`` gives events that did not happen (see modality.py)
UNREAL_MODES = frozenset({"negated", "hypothetical", "planned", "historical", "descriptive"})


@dataclass(frozen=True)
class LearnedSettings:
    """When the classifier's answer is taken (probabilities of its top sub-event type)."""

    refine: float = 0.5
    override: float = 0.8
    #: code a lead event when the rules find none: only for text known to report an
    #: event (event snippets such as CASE's, a feed already filtered for events). On
    #: general news it codes sports, accidents and crime (about 6% of local news articles).
    lead_event: bool = False
    lead: float = 0.5
    lead_type: float = 0.15
    lead_needs_event_word: bool = True
    #: check that a lead event is political (an arrest, violence); off when the text is
    #: known to report a political event
    lead_gates: bool = True
    #: the first-told event of the lead paragraph is typed from the whole paragraph, and
    #: re-typed across event types at this probability (1.0: like any other event)
    lead_override: float = 1.0
    min_lead_words: int = 6

    @classmethod
    def for_event_reports(cls) -> "LearnedSettings":
        """Settings for text known to report an event (event snippets, filtered feeds):
        a lead event when the rules find none, and the lead paragraph's type for its
        first event. On general news both cost precision (see docs/stages/coding.md)."""
        return cls(lead_event=True, lead_override=0.3, lead=0.3, lead_type=0.0,
                   lead_needs_event_word=False, lead_gates=False)


def sub_event_table(lexicon) -> dict[str, tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """ACLED sub-event type -> (trigger class, PLOVER type, PLOVER mode), from the lexicon."""
    table: dict[str, tuple[str, str, str | None]] = {}
    for name, cls in lexicon.classes.items():
        for sub in (cls.acled_sub, cls.state_sub):
            if sub and sub not in table:
                table[sub] = (name, cls.plover, cls.mode)
    remote = lexicon.classes["remote"]
    for sub, mode, _words in lexicon.instruments:
        table[sub] = ("remote", remote.plover, mode)
    table["Excessive force against protesters"] = ("intervene", "ASSAULT", "crowd-control")
    return table


#: what a text says of a protest that stayed peaceful
PEACEFUL = re.compile(r"\b(peacefully|peaceful|without incident|passed off calmly)\b", re.I)
#: sub-event types that kill no one by definition
NON_LETHAL = {"Abduction/forced disappearance", "Arrests", "Looting/property destruction", "Peaceful protest",
              "Protest with intervention", "Agreement", "Change to group/activity", "Headquarters or base established",
              "Non-violent transfer of territory", "Disrupted weapons use", "Other"}


class LearnedTyping:
    """Mixin of :class:`~eventwire.coding.coder.EventCoder`: the classifier's second opinion."""

    def _paragraph_text(self, doc_text: str, start: int) -> tuple[int, int]:
        left = doc_text.rfind("\n", 0, start) + 1
        right = doc_text.find("\n", start)
        return left, (len(doc_text) if right < 0 else right)

    def _second_opinion(self, ctx: _ArticleContext, events: list[Event]) -> None:
        """Re-type coded ACLED events where the classifier is confident (in place)."""
        typed = [e for e in events if e.acled_sub_event_type and e.evidence is not None
                 and e.mode not in UNREAL_MODES and e.mode != "curfew"]  # (a curfew is told in so many words)
        if not typed:
            return
        text = ctx.doc.text
        settings = self.learned_settings
        first = min(typed, key=lambda e: e.evidence.start)
        lead = self._lead_paragraph(ctx) if settings.lead_override < 1 else []
        lead_span = (lead[0].start_char, lead[-1].end_char) if lead else (-1, -1)
        paragraphs = [self._paragraph_text(text, event.evidence.start) for event in typed]
        texts, thresholds, sentence_only = [], [], []
        for event, (left, right) in zip(typed, paragraphs):
            alone = all(other.evidence.start == event.evidence.start or not (left <= other.evidence.start < right)
                        for other in typed)
            in_lead = event is first and lead_span[0] <= event.evidence.start < lead_span[1]
            texts.append(text[left:right] if alone or in_lead else event.evidence.sentence)
            sentence_only.append(not (alone or in_lead))
            thresholds.append(min(settings.override, settings.lead_override) if in_lead else settings.override)
        predictions = self.classifier.predict(texts, acled_only=True)
        air = next((words for name, _mode, words in self.lex.instruments if name == "Air/drone strike"), [])
        for event, (left, right), prediction, override, partial in zip(typed, paragraphs, predictions, thresholds, sentence_only):
            sub = prediction.sub_event_type
            if sub == event.acled_sub_event_type:
                continue
            if partial and sub == "Peaceful protest" and event.acled_sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
                continue  # the classifier read the march's sentence only; the police stopping it is told in the next
            if sub == "Armed clash" and event.acled_sub_event_type in ("Government regains territory", "Non-state actor overtakes territory"):
                continue  # "recaptured the camp after an hour-long firefight": the takeover is the event (ACLED)
            said = list(ctx.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand") or [])
            if event.acled_sub_event_type == "Air/drone strike" and SUB_TO_TYPE.get(sub) == "Explosions/Remote violence" \
                    and contains_phrase(said, air + [("helicopter",)]):
                continue  # "Mi-17 helicopters fired rockets at rebel positions": the aircraft's strike, whatever it fired
            weapon = next((words for name, _mode, words in self.lex.instruments if name == sub), None)
            if weapon is not None and event.acled_event_type == "Battles" and not contains_phrase(said, weapon):
                continue  # a fight whose sentence names no such weapon ("... blamed for the grenade attack" told after it)
            if any(other is not event and other.acled_sub_event_type == sub and left <= other.evidence.start < right
                   for other in typed):
                continue  # the paragraph's event of that type is already coded: this one is another
            if any(other is not event and other.acled_sub_event_type == sub and other.date == event.date and other.location is not None
                   and event.location is not None and (other.location.geonameid or other.location.name) == (event.location.geonameid or event.location.name)
                   for other in typed):
                continue  # (or the place's event of that type that day: the minister's house burned in the riot already coded)
            if any(other is not event and other.acled_sub_event_type == sub and other.location is not None and other.location.name
                   and other.location != event.location and _names_place(event.evidence.sentence, other.location)
                   for other in typed):
                continue  # "police fired tear gas in X, a day after demonstrators set fire to a building in Y":
                # the sentence's other event, coded at Y, is what the classifier read
            if event.fatalities and sub in NON_LETHAL:
                continue  # the text counts dead: not a kidnapping, an arrest or a peaceful march
            if event.acled_sub_event_type == "Peaceful protest" and PEACEFUL.search(text[left:right]):
                continue  # "gathered peacefully", "ended without incident": the text says so
            if event.acled_event_type == "Riots" and sub == "Looting/property destruction" and event.actor1 is not None \
                    and event.actor1.type in ("protesters", "rioters"):
                continue  # a crowd that burns and loots riots (ACLED codes its destruction within the riot)
            if sub == "Violent demonstration" and event.acled_event_type == "Protests" \
                    and self._riot_words_only_blockade(list(ctx.doc.char_span(left, right, alignment_mode="expand") or [])):
                continue  # "blocked roads with burning tyres and debris": a blockade, not a riot
            if event.acled_sub_event_type == "Mob violence" and sub == "Violent demonstration" and event.actor2 is not None \
                    and event.actor2.type == "civilians":
                continue  # a crowd beating people the rules found no demonstration around
            # Strategic developments are unrelated kinds (arrests, looting, agreements):
            # within them the classifier needs the cross-type confidence
            same_family = SUB_TO_TYPE.get(sub) == event.acled_event_type != "Strategic developments"
            if prediction.score >= override or same_family and prediction.score >= settings.refine:
                self._retype(event, sub)

    def _retype(self, event: Event, sub: str) -> None:
        _cls, plover, mode = self.sub_events[sub]
        event.acled_sub_event_type = sub
        event.acled_event_type = SUB_TO_TYPE[sub]
        event.event_type, event.mode = plover, mode

    def _lead_event(self, ctx: _ArticleContext) -> list[Event]:
        """One event from the lead paragraph, when the classifier is sure it reports one."""
        from .modality import modality

        settings = self.learned_settings
        lead = self._lead_paragraph(ctx)
        if not lead:
            return []
        text = " ".join(s.text for s in lead)
        probs, _features, _hits = self.classifier.probabilities([text])
        acled_mass = float(probs[0, self.classifier.acled_mask].sum())
        (prediction,) = self.classifier.predict([text], acled_only=True)
        if acled_mass < settings.lead or prediction.score < settings.lead_type:
            return []
        if settings.lead_needs_event_word and not self._event_words(lead) and not any(
                s.start in ctx.trigger_sents for s in lead):
            return []  # no event word in sight (the rules' or the classifier's): a guess, not coded
        sub = prediction.sub_event_type
        # the sentence that says it best
        per_sentence = self.classifier.predict([s.text for s in lead], acled_only=True, top=30)
        best = max(range(len(lead)), key=lambda i: dict(per_sentence[i].scores).get(sub, 0.0))
        sent = lead[best]
        # the event word: the first word of the rules' lexicon told as real (their gates
        # dropped it); without one, the sentence's root
        words = [t for t in sent if t.pos_ in ("VERB", "NOUN") and (
            t.lemma_.lower() in self.lex.verbs or t.lemma_.lower() in self.lex.nouns)]
        readings = [(t, modality(t, ctx.article.published)) for t in words or [sent.root]]
        trigger, reality = next(((t, r) for t, r in readings if r is None), readings[0])
        if reality is not None and not self.keep_unreal:
            return []
        cls_name, plover, mode = self.sub_events[sub]
        cand = Candidate(sent, trigger, self.lex.classes[cls_name], False, reality=reality, learned=True)
        self._fill(ctx, cand)
        cand.acled_sub, cand.acled_type, cand.plover, cand.mode = sub, SUB_TO_TYPE[sub], plover, mode
        cand.cls = self.lex.classes[cls_name]
        events, _ = self._to_events(ctx, [cand])
        for event in events:
            event.confidence = min(event.confidence, LEAD_CONFIDENCE)
        return events

    def _lead_recordable(self, ctx: _ArticleContext, cand: Candidate) -> bool:
        """The precision gates a lead event passes: the text is known to report an event
        and the classifier has typed it, so only whether it is political is checked."""
        if not self.learned_settings.lead_gates:
            return True
        if cand.acled_sub == "Arrests" and not self._political_arrest(ctx, cand):
            return False
        violent = ("clash", "attack", "remote", "fire_weapon", "looting", "abduction", "mob")
        return not (cand.cls.name in violent and not self._political_violence(cand))

    def _event_words(self, sents: list[Span]) -> bool:
        """Whether a phrase of the classifier's trigger lexicon (strong or weak) is in the text."""
        entries, _strong, _hits = self.classifier.featurizer.lexicon.scan([" ".join(s.text for s in sents)])
        return bool(entries.any())

    def _lead_paragraph(self, ctx: _ArticleContext) -> list[Span]:
        """The sentences of the first paragraph with enough words (after the dateline)."""
        text = ctx.doc.text
        paragraphs: dict[int, list[Span]] = {}
        for sent in ctx.sents:
            if sent.end <= ctx.dateline_end:
                continue
            left, _ = self._paragraph_text(text, sent.start_char)
            paragraphs.setdefault(left, []).append(sent)
        for left in sorted(paragraphs):
            sents = paragraphs[left]
            if sum(1 for s in sents for t in s if t.is_alpha) >= self.learned_settings.min_lead_words:
                return sents
        return []


def _names_place(sentence: str, location) -> bool:
    """Whether a sentence names a location (as the text wrote it, or by its gazetteer name)."""
    names = {location.name, location.text}
    if location.name and " " in location.name:
        names.add(location.name.split()[0])  # ("Nueva Italia de Ruiz" named "Nueva Italia")
    return any(n and re.search(rf"\b{re.escape(n)}\b", sentence) for n in names)
