"""The rule-based event coder: parsed article + toponyms -> Event records.

How a sentence becomes events (docs/stages/coding.md has the full account; each step
lives in its own module of this package):

1. **Triggers** (:mod:`.triggers`). Verb and noun lemmas from the trigger lexicon
   (``data/triggers.yaml``) propose an event class (territory, clash, attack, remote,
   protest, arrest, ...). Event nouns ("an airstrike", "fighting") count only when
   anchored: a date, a casualty figure, or a supporting verb ("an airstrike killed",
   "killed in fighting").
2. **Reality.** :func:`~eventwire.coding.modality.modality` drops negated,
   hypothetical, planned, historical and merely descriptive mentions (or, with
   ``keep_unreal=True``, keeps them flagged in ``mode``).
3. **Arguments** (:mod:`.arguments`). Subject/object, passive "by" agents, "fall to X",
   possessors and "on/against" phrases give the agent (actor1) and target (actor2),
   normalized by :class:`~eventwire.mentions.actors.ActorFinder`; pronouns and generic
   mentions are resolved within the article.
4. **Type** (:mod:`.types`). The class, the actors' types and cue words (instruments,
   protest interventions) give the PLOVER type/mode and ACLED event/sub-event type.
5. **Where/how many/according to whom** (:mod:`.attributes`) and **when**
   (:mod:`.dating`) from the event's clause, then its sentence, then an anaphoric
   continuation sentence ("That included ..."), then the narrative and the article (focus
   place, lede date).
6. One event per place in a list; article-level merging of repeated reports
   (:mod:`.grouping`).

This module keeps the entry point, :class:`EventCoder` (``code``), which runs the steps
in order, fills each :class:`~eventwire.coding.candidate.Candidate` (``_fill``) and turns
candidates into :class:`~eventwire.records.Event` records (``_to_events``). The steps are
mixin classes over the coder's dictionaries; per-article lookups are in
:class:`~eventwire.coding.context._ArticleContext`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..geodesy import haversine_km
from ..mentions.actors import ActorFinder, ActorMention, capital_table, country_table
from ..mentions.attributions import OutletFinder, canonical_outlet
from ..records import Actor, Article, Event, Evidence, Location, Toponym
from .arguments import OTHER_EVENT_PREPS, ArgumentLinking, _other_event_phrase
from .attributes import AttributeFinding, _precision_rank
from .candidate import Candidate
from .context import _ArticleContext
from .dating import EventDating
from .grouping import ANAPHORIC_ACTORS, WEAPON_SUBJECTS, Grouping, _coordinated_clause, shared_toll
from .learned import LearnedSettings, LearnedTyping, sub_event_table
from .lexicon import Lexicon, contains_phrase, load_lexicon
from .triggers import HARBOUR_VERBS, PLOT_VERBS, PROJECTILES, TriggerFinding
from .types import EventTyping
from .words import DEATH_VERBS, HOURS_APART, PLACE_RANK, QUOTES, STATEMENT, VIOLENT, _dated_from_other, _inside_quote, _relative_on_someone, add_new

CAUSAL_VERBS = {"trigger", "spark", "cause", "prompt", "fuel", "provoke", "ignite", "touch", "set"}
STATE_WEAPON_OWNERS = {"military", "army", "government", "junta", "regime", "navy", "state"}
#: bodies that speak as organisations ("the business chamber, Canaco, demanded ...")
ORGANISATION_NOUNS = {"chamber", "union", "federation", "association", "council", "committee", "party", "movement", "coalition",
                      "alliance", "organisation", "organization", "syndicate", "confederation", "league", "front", "body", "guild", "bloc", "community"}


#: what a condemnation calls the acts it condemns ('"cowardly acts"')
VILE_WORDS = {"cowardly", "barbaric", "criminal", "heinous", "despicable", "odious", "vile", "savage", "terrorist", "abhorrent"}
#: a definite noun that names again the body the sentence before had speak ("the group said")
SPEAKER_BACK_REFERENCES = {"group", "ministry", "movement", "organisation", "organization", "party", "government", "army", "service",
                           "committee", "union", "coalition", "association", "council", "spokesman", "spokeswoman", "spokesperson"}


#: A quoted wish for security forces or for justice, a demand whoever makes it ('"We need
#: soldiers on this road"', '"We want the people who shot him in prison"').
#: a quoted appeal to the fighting sides ("put down their weapons", "stop the killing")
PEACE_APPEAL = re.compile(r"\b((put|lay) down (their|your|the|our) (weapons|arms|machetes)|(stop|end) (the |this )?(fighting|killing|violence|bloodshed))\b", re.I)
SECURITY_WISH = re.compile(r"\bwe (want|need)\b[^.]*\b(soldiers|troops|police|army|protection|security|prison|jail|arrested|tried|trial|justice)\b",
                           re.IGNORECASE)


class EventCoder(TriggerFinding, ArgumentLinking, EventTyping, AttributeFinding, EventDating, Grouping, LearnedTyping):
    """Codes events from a parsed article. Build once (matchers compile at init)."""

    def __init__(self, nlp: Language, keep_unreal: bool = False, classifier=None,
                 learned_settings: LearnedSettings | None = None) -> None:
        self.lex: Lexicon = load_lexicon()
        self.sub_events = sub_event_table(self.lex)
        self.learned_settings = learned_settings or LearnedSettings()
        self.actor_finder = ActorFinder(nlp)
        self.outlet_finder = OutletFinder(nlp)
        self.keep_unreal = keep_unreal
        self.classifier = classifier
        self.forms, self.country_names = country_table()
        self.capital_countries = capital_table()
        self.capitals = {iso: capital for capital, iso in self.capital_countries.items()}
        self.weapon_words = {" ".join(p) for _, _, words in self.lex.instruments for p in words}

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
            opening = sent.text.lstrip()[:1] in QUOTES
            if any(not c.dropped and not (c.nominal and c.trigger.dep_ == "dobj" and c.trigger.head.lemma_.lower() in ("claim", "condemn", "deny"))
                   and not (opening and c.cls.name == "curfew")
                   # (nor '"Every person who took part in this violence will be found ..."': the
                   # violence told already, named in the threat)
                   and not (c.nominal and _inside_quote(ctx.doc, c.trigger.i)
                            and any(d.lower_ in ("this", "that", "these", "those") for d in c.trigger.children))
                   for c in triggers_by_sent[index]):
                continue  # (but "X claimed the attack and said its fighters would ..." may still threaten,
                # and '"We will find every one of these killers," the commissioner said, when he imposed a curfew')
            previous = triggers_by_sent.get(index - 1) or []
            new_paragraph = sent.start > 0 and ctx.doc[sent.start - 1].is_space and "\n" in ctx.doc[sent.start - 1].text
            own_speaker = any(t.lemma_.lower() in ("say", "tell", "warn", "add", "read") and t.pos_ == "VERB" and not _inside_quote(ctx.doc, t.i)
                              and any(c.dep_ == "nsubj" for c in t.children) for t in sent) and sent.text.lstrip()[:1] in QUOTES
            if any((c.cls.name == "threaten" or c.cls.name in STATEMENT and not own_speaker) and not c.dropped for c in previous) \
                    and not new_paragraph:
                continue  # the quote continues the statement before it (not one a new paragraph gives,
                # nor a quotation with its own "it said" after a demand)
            threat = self._quoted_threat(ctx, sent)
            if threat is not None:
                triggers_by_sent[index] = triggers_by_sent[index] + [threat]
        for index, sent in enumerate(sents):
            found = triggers_by_sent[index]
            new_paragraph = sent.start > 0 and ctx.doc[sent.start - 1].is_space and "\n" in ctx.doc[sent.start - 1].text
            previous = [] if new_paragraph else triggers_by_sent.get(index - 1) or []
            if any(c.cls.name in STATEMENT + ("threaten",) and not c.dropped for c in found + previous):
                continue  # (a statement's quote goes on; but a new paragraph's quote is another's)
            inside = self._quote_tokens(sent)
            quoted = {t.i for t in inside}
            if not inside or any(not c.dropped and c.cls.name in VIOLENT and c.trigger.i not in quoted
                                 and not (c.trigger.dep_ == "acl" and c.trigger.tag_ == "VBN") for c in found):
                continue  # (a quote in a sentence that tells an act outside it; not "the mother of a
                # 19-year-old killed in X told AFP", who the speaker is)
            demand = self._quoted_demand(ctx, sent, inside)
            if demand is not None:
                for c in found:
                    if c.trigger.i in quoted:
                        c.dropped = True  # (the acts the demand names: "those who gave the order to shoot")
                triggers_by_sent[index] = found + [demand]
        ctx.sents = sents
        ctx.trigger_sents = {sents[i].start for i, found in triggers_by_sent.items() if found}
        ctx.sentence_triggers = {sents[i].start: [c for c in found if not c.dropped] for i, found in triggers_by_sent.items()}
        for index, sent in enumerate(sents):
            found = [c for c in triggers_by_sent[index] if not c.dropped]
            if not found:
                continue
            nxt = sents[index + 1] if index + 1 < len(sents) else None
            if nxt is not None and not triggers_by_sent.get(index + 1) and self._is_continuation(nxt, found):
                for cand in found:
                    if not self._told_in_passing(cand.trigger):  # (not "..., a day after PKK fighters attacked a base")
                        cand.continuation = nxt
            elif nxt is not None and not triggers_by_sent.get(index + 1):
                for cand in found:
                    if self._object_retold(nxt, cand):
                        cand.continuation = nxt  # ("shot down a drone over X ... The drone was brought down over ...")
            merged = self._merge_sentence(found)
            for cand in merged:
                self._fill(ctx, cand)
                candidates.append(cand)
                told_before = any(c.cls.name in ("protest", "riot") for k in range(max(0, index - 2), index)
                                  for c in ctx.sentence_triggers.get(sents[k].start, []))
                if (cand.cls.name in ("request", "accuse") and cand.agent is not None and cand.agent.type == "protesters"
                        and not cand.dropped and not any(c.cls.name == "protest" for c in merged) and not told_before):
                    # "Protesters in X demanded the governor's resignation on Friday": they protested
                    # (not '"We want them out," one of the protesters said' after the protest was told)
                    protest = Candidate(sent, cand.trigger, self.lex.classes["protest"], False, reality=cand.reality)
                    self._fill(ctx, protest)
                    candidates.append(protest)
        events, inferred = self._to_events(ctx, candidates)
        events = self._merge_article(events, inferred)
        self._credit_claims(ctx, events)
        if self.classifier is not None:
            self._second_opinion(ctx, events)
            if self.learned_settings.lead_event and not any(e.acled_event_type for e in events):
                events = self._lead_event(ctx) + events
        # statements (threats, accusations, requests...) are coded in conflict reporting
        # only: an article with a coded ACLED event or a named armed group
        conflict = any(e.acled_event_type for e in events) or any(m.category == "named" and m.armed for m in ctx.mentions)
        if not conflict:
            events = [e for e in events if e.acled_event_type is not None]
        return events

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
            if iso is None and cand.cls.name in STATEMENT + ("threaten",):
                iso = self.capital_countries.get(tok.text)
            if iso and cand.cls.name in STATEMENT + ("threaten",):
                # "Ankara accused ...", "Washington warned ...": the country's government
                cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, tok.text, "government", country=iso,
                                          type="state forces", template="Government of {country}")
                break
        shooters = cand.cls.name == "attack" and cand.trigger.lemma_.lower() in ("shoot", "gun", "dead", "fire") \
            and cand.agent is not None and cand.agent.category == "civilians" and ctx.doc[cand.agent.head].lemma_.lower() == "man"
        if (cand.under_fire or shooters) and cand.agent is not None and cand.agent.category == "civilians":
            # ("two men on a motorcycle shot dead a rubber tapper": unidentified gunmen)
            # "came under fire from men in pickup trucks": men who fire are an armed group
            cand.agent = replace(cand.agent, category="armed_generic", type="rebel group", name=None,
                                 template="Unidentified Armed Group ({country})")
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
            if cand.trigger.lemma_.lower() in PLOT_VERBS and accused is not None and not accused.name:
                accused = None  # ("planned from abroad by forces seeking to split the country": no one named)
            if accused is None:
                iso = next((self.forms[t.text] for a in agents for t in a.subtree if t.text in self.forms), None)
                if iso is None and cand.trigger.lemma_.lower() in HARBOUR_VERBS:
                    # ("sheltered in Rwanda"): the country the group is kept in
                    iso = next((self.forms[o.text] for p in cand.trigger.children if p.lower_ in ("in", "by")
                                for o in p.children if o.text in self.forms), None)
                if iso:
                    cand.target_actor = Actor(f"Government of {self.country_names.get(iso, iso)}", None, iso, "state forces")
            if cand.denier is not None and self._mention_for(ctx, cand.denier) is not None:
                accused = self._mention_for(ctx, cand.denier)  # (whoever denies it is who is charged)
            elif cand.denier is not None:
                # ("Moldova's Bureau for Reintegration Policies rejected the accusation": that country's government)
                country = self._country_actor(ctx, [cand.denier])
                if country is not None:
                    accused = None
                    cand.target_actor = Actor(f"Government of {country.name}", None, country.country, "state forces")
            cand.target = accused
            cand.agent = self._speaker(ctx, cand.trigger)
            if accused is None and cand.target_actor is None and any(a.lemma_.lower() in ("enemy", "aggressor", "occupier") for a in agents):
                # '"The enemy deliberately targeted civilian homes"': who attacked them, told before
                side = cand.agent.country if cand.agent is not None else None
                earlier = [c for start in ctx.sent_starts if start < cand.sent.start
                           for c in ctx.sentence_triggers.get(start, []) if c.cls.name in VIOLENT and c.agent is not None
                           and c.agent_actor is not None and c.agent.category not in ("civilians", "person")
                           and (side is None or c.agent_actor.country != side)]
                if earlier:
                    cand.target, cand.target_actor = earlier[-1].agent, earlier[-1].agent_actor
        if cand.agent is None and cand.cls.name in STATEMENT + ("threaten",):
            # ('"...," the service said' after "the State Border Service said ...", or "it said"
            # after "A coalition of civic groups said ...")
            cand.agent = next((m for tok in agents if (m := self._named_body(ctx, tok) or (
                self._previous_speaker_body(ctx, tok) or self._previous_speaker_force(ctx, tok) if tok.lower_ == "it" else None)) is not None), None)
        if cand.agent is None and cand.cls.name in STATEMENT + ("threaten",):
            # "Amnesty International accused ...": an organisation the outlet table knows
            for tok in agents:
                name = ctx.outlet_at.get(tok.i)
                if name:
                    cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, name, "named", name=name, extra={"organisation": True})
                    break
        if cand.agent is None and cand.cls.name in STATEMENT + ("threaten",):
            # "the business chamber, Canaco, demanded ...": an organisation no table knows,
            # kept as named
            for tok in agents:
                org = next((t for t in [tok] + [c for c in tok.children if c.dep_ == "appos"] if t.ent_type_ == "ORG"), None)
                if org is None and tok.lemma_.lower() in ORGANISATION_NOUNS:
                    org = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                named_by_kind = tok.pos_ == "PROPN" and (tok.dep_ == "appos" and tok.head.lemma_.lower() in ORGANISATION_NOUNS or any(
                    c.dep_ == "compound" and c.lemma_.lower() in ORGANISATION_NOUNS for c in tok.children))
                if org is None and named_by_kind:
                    org = tok  # ("The West African bloc ECOWAS called on ...")
                if org is not None:
                    ent = next((e for e in ctx.doc.ents if e.start <= org.i < e.end), None)
                    start, end = (ent.start, ent.end) if ent is not None else (org.i, org.i + 1) if named_by_kind \
                        else (org.left_edge.i, org.right_edge.i + 1)
                    start += ctx.doc[start].lower_ == "the" and end - start > 1  # ("the High Commission")
                    text = ctx.doc[start:end].text
                    cand.agent = ActorMention(start, end, org.i, text, "named", name=text, type="external/other",
                                             extra={"organisation": True})
                    break
        clause = list(self._clause(cand.trigger))
        for member in cand.group:
            # "killed 17 civilians when they stormed a village near X": the merged triggers'
            # clauses tell the one event too
            inside = {t.i for t in clause}
            clause += [t for t in self._clause(member.trigger) if t.i not in inside]
        if cand.cls.name == "clash" and cand.target is not None and cand.target.type in ("civilians", None):
            cand.target = None  # the dead of a clash are not one of its sides
        if cand.cls.name in ("clash",) and (cand.agent is None or cand.target is None):
            # battles: the sides are the armed actors of the clause
            sides = [ctx.mention_at[t.i] for t in clause if t.i in ctx.mention_at and ctx.mention_at[t.i].armed or (t.i in ctx.mention_at and ctx.mention_at[t.i].type == "state forces")]
            if cand.agent is None and not cand.nominal:
                # ("Hours after the assault, troops backed by helicopters caught up with the
                # militants", the subject lost by the parser): armed actors named before the verb
                inside = {t.i for t in clause}
                sides = [m for m in ctx.mentions if cand.sent.start <= m.start < cand.trigger.i and m.head not in inside
                         and (m.armed or m.type == "state forces")] + sides
            for m in sides:
                if cand.agent is None and m is not cand.target:
                    cand.agent = m
                elif cand.target is None and m is not cand.agent and m.name != (cand.agent.name if cand.agent else None) \
                        and (cand.agent is None or m.start != cand.agent.start):
                    cand.target = m
        if cand.cls.name in ("threaten", "accuse", "request") and cand.target is None and cand.target_actor is None:
            cand.target_actor = self._country_actor(ctx, targets + [c for c in cand.trigger.children if c.dep_ == "prep"])
        if cand.blames and cand.charged is None and cand.target is None and cand.target_actor is None \
                and any(t.lemma_.lower() in ("enemy", "aggressor", "occupier") for t in cand.sent if _inside_quote(ctx.doc, t.i)):
            # ('"The daily strikes prove that the enemy has no intention of respecting the ceasefire"':
            # the other side, whose violence was told)
            side = cand.agent.name if cand.agent is not None else None
            done = [c for c in ctx.violent_told if c.sent.start < cand.sent.start and c.agent_actor is not None and c.agent_actor.name != side]
            if done:
                cand.target, cand.target_actor = done[-1].agent, done[-1].agent_actor
        if cand.charged is not None:
            cand.target = cand.charged  # '"The police stood by and watched ...": the police
        if cand.disparaged:
            # '"These are not protesters but paid vandals," a government spokesman said': the protesters
            tok = cand.trigger
            cand.target = ActorMention(tok.i, tok.i + 1, tok.i, "protesters", "protesters", type="protesters", template="Protesters ({country})")
        if cand.condemns or cand.cls.name == "accuse" and cand.trigger.lemma_.lower() in ("condemn", "denounce") and (cand.target is None or cand.target.type == "civilians") \
                and any(o.dep_ == "dobj" and (set(self.lex.noun_classes(o)) & set(VIOLENT) or any(
                            a.dep_ in ("amod", "advmod") and a.lower_ in VILE_WORDS for a in o.children)) and _inside_quote(ctx.doc, o.i) for o in cand.trigger.children):
            # (in the speaker's quoted words: a routine "condemned the attack" is no statement of its own;
            # 'condemned "cowardly acts that could have killed firefighters"' is one)
            # 'condemned "the deliberate killing of Sahrawi civilians"': whoever did the killing
            # told last is accused, not its victims
            deadly = any(o.dep_ == "dobj" and o.lemma_.lower() in ("killing", "death", "massacre", "murder") for o in cand.trigger.children)
            done = [c for c in ctx.violent_told if c.sent.start < cand.sent.start and c.agent_actor is not None
                    and c.agent_actor.name != (cand.agent_actor.name if cand.agent_actor else None) and (c.fatalities or not deadly)]
            if done:
                cand.target, cand.target_actor = None, done[-1].agent_actor
        if cand.cls.name == "attack" and cand.agent is not None and cand.agent.category == "civilians" and not cand.agent.name \
                and ctx.doc[cand.agent.head].lemma_.lower() in ("man", "men", "youth", "person") \
                and (cand.trigger.lemma_.lower() in ("shoot", "gun") or cand.trigger.lemma_.lower() in ("open", "fire")
                     and any(c.lemma_.lower() == "fire" for c in (cand.trigger, cand.trigger.head, *cand.trigger.children))):
            # "two men on a motorcycle opened fire on people waiting at a bus stop": gunmen
            cand.agent = replace(cand.agent, category="armed_generic", type="rebel group", template="Unidentified Armed Group ({country})")
        self._type(ctx, cand)
        custody = self._custody_confirmed(ctx, cand) if cand.acled_sub == "Abduction/forced disappearance" else None
        if custody is not None:
            # "was taken from his home by hooded men ... Police confirmed hours later that he was
            # in their custody": an arrest
            cand.agent, cand.target = custody, None
            cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "COERCE", "arrest", "Strategic developments", "Arrests"
            cand.charged_in = self._next_sentence(cand.sent)  # (what he is held for)
        if cand.acled_sub == "Suicide bomb" and cand.agent is not None and cand.agent.category in ("civilians", "person"):
            # "a woman wearing an explosive belt blew herself up": the bomber is an armed group's
            cand.agent = replace(cand.agent, category="armed_generic", type="rebel group", name=None,
                                 template="Unidentified Armed Group ({country})")
        # places
        cand.places = self._places(ctx, clause, cand)
        if not cand.places:
            # "marching in the capital": the capital, before other places of the sentence
            capital = self._capital_place(ctx, clause)
            if capital is not None:
                cand.places, cand.place_from = [capital], "clause"
        if not cand.places and not cand.nominal and cand.trigger.dep_ == "conj" and cand.trigger.head.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cand.trigger.children) \
                and (not any(c.trigger.i == cand.trigger.head.i for c in ctx.sentence_triggers.get(cand.sent.start, []))
                     or any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in cand.trigger.head.children)):
            # "stopped a minibus on the highway 25 km east of X and marched the passengers into
            # the bush": the second act shares the first one's place (when the first is no
            # event of its own, or one told in a contrasting clause: "..., while in nearby X
            # young men stoned the security forces and set a bank branch on fire")
            cand.places = self._places(ctx, self._clause(cand.trigger.head), cand)
        unnamed = cand.nominal and any(t.dep_ == "pobj" and t.head.lower_ in ("in", "across") and t.tag_ == "NNS"
                                       and t.lemma_.lower() in self.lex.place_nouns and not any(x.i in ctx.toponym_tokens for x in t.subtree)
                                       for t in cand.trigger.subtree)
        # (a group's change of course is not where the sentence's other events were: "Bombs damaged
        # villas in X and Y ..., as the FLNC said it was ending its truce")
        elsewhere = cand.cls.name == "change" and any(c is not cand and c.cls.name in VIOLENT + ("protest", "riot")
                                                      for c in ctx.sentence_triggers.get(cand.sent.start, []))
        if not cand.places and not unnamed and not elsewhere:
            # (not for "rioting and looting in two other districts of the capital": places the
            # text does not name)
            # the sentence's places, but not those in another violent act's clause ("Turkish
            # jets struck X and Y ..., a day after PKK fighters attacked a base")
            # (nor, for any act, in a coordinated clause with a subject of its own: "soldiers
            # killed three men in a gunfight on the border, and police fired tear gas at truck
            # drivers near X")
            acts = ("threaten",) + STATEMENT
            others = {t.i for c in ctx.sentence_triggers.get(cand.sent.start, []) if c is not cand and c not in cand.group
                      and (c.cls.name in VIOLENT and cand.cls.name in VIOLENT
                           or cand.cls.name not in acts and c.cls.name not in acts and c.trigger.dep_ == "conj" and c.trigger.pos_ == "VERB"
                           and any(x.dep_ == "nsubj" for x in c.trigger.children))
                      and c.trigger.i not in {t.i for t in clause}
                      and not self._told_by(c.trigger, cand.trigger)
                      for t in self._clause(c.trigger)}
            # (nor, for any event, in a clause told from another day: "Police fired water cannon at
            # pensioners in the capital on Wednesday, a day after a grenade was thrown at a
            # supermarket in Y")
            others |= {t.i for a in cand.sent if _dated_from_other(a) and not a.left_edge.i <= cand.trigger.i <= a.right_edge.i
                       for t in a.subtree if t.i >= min(c.i for c in a.children if c.dep_ in ("mark", "npadvmod"))}
            # (and for an act told in such a clause, not the main clause's places: "Police killed
            # two gang members near X on Wednesday, a day after armed men raped three women on a
            # jungle trail")
            apart = next((a for a in (cand.trigger, *cand.trigger.ancestors) if _dated_from_other(a)), None)
            if apart is not None:
                others |= {t.i for t in cand.sent if t.i not in {x.i for x in apart.subtree}}
            coordinated = _coordinated_clause(cand.trigger)
            if coordinated is None and cand.trigger.dep_ == "conj" and cand.trigger.pos_ == "VERB" \
                    and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in cand.trigger.children) \
                    and any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("later", "afterwards") for t in cand.trigger.subtree):
                coordinated = cand.trigger  # (its time parsed into a clause under it: "... who had crossed ... hours later")
            if coordinated is not None and cand.cls.name in VIOLENT:
                # (nor, for an act told in a coordinated clause with a subject and a time of its own,
                # the first clause's: "Shells killed three people in X on Thursday, and troops fought
                # rebels who had crossed into the north of the country hours later")
                others |= {t.i for t in cand.sent if t.i not in {x.i for x in coordinated.subtree}}
            cand.places = self._places(ctx, [t for t in cand.sent if t.i not in others], cand)
            cand.place_from = "sentence"
            if not cand.places and cand.cls.name in VIOLENT and coordinated is not None and any(
                    t.lower_ in ("there", "nearby") or t.lemma_.lower() in ("area", "town", "village", "city", "spot", "scene")
                    and any(d.lower_ in ("the", "that") for d in t.children) for t in coordinated.subtree):
                # "attacked an army post near X ..., and a vehicle rushing reinforcements to the area
                # hit a roadside bomb hours later": where the first clause was
                cand.places = self._places(ctx, [t for t in cand.sent if t.i in others], cand)
        if (not cand.places or all(_precision_rank(t) >= PLACE_RANK["admin2"] for t in cand.places)) and cand.continuation is not None:
            more = self._places(ctx, list(cand.continuation), cand)
            if more and (not cand.places or min(_precision_rank(t) for t in more) < min(_precision_rank(t) for t in cand.places)):
                cand.places = more
                cand.place_from = "continuation"
        if cand.places:
            # a statement is where the text ties it, not where the quotation points; nor is
            # an act told outside a quotation where the quotation names ("said its fighters
            # had struck ... and warned: "... until every soldier leaves Somalia"")
            statement = cand.cls.name in STATEMENT + ("threaten",)
            quoted = [(a, b) for a, b in self._quoted_chars(cand.sent)
                      if statement or not a <= cand.trigger.idx < b]
            cand.places = [t for t in cand.places if not any(a <= t.start < b for a, b in quoted)]
        if not cand.places and cand.cls.name == "clash" and cand.nominal and cand.agent is None and cand.target is None:
            # "Police tracked the group to a monastery outside X. The exchange of fire began
            # ...": the fight between the sides the sentence before brought to a place
            start = ctx.previous_sentence_start(cand.sent)
            if start is not None:
                prev = ctx.doc[start].sent
                sides = [m for m in ctx.mentions if prev.start <= m.start < prev.end and (m.armed or m.type == "state forces")]
                places = self._places(ctx, list(prev), cand)
                if len(sides) >= 2 and places:
                    cand.agent, cand.target = sides[0], next((m for m in sides[1:] if m.category != sides[0].category), sides[1])
                    cand.places, cand.place_from = places, "previous"
                    cand.prior_sides = True
                    self._type(ctx, cand)
        if not cand.places and not unnamed and ctx.last_event_places and self._refers_back(clause):
            # "47 people had been arrested over the violence": where the violence was
            cand.places = list(ctx.last_event_places)
            cand.place_from = "previous"
        if not cand.places and not unnamed and cand.cls.name in VIOLENT + ("abduction", "sexual", "looting"):
            earlier = self._referent(ctx, cand)
            if earlier is not None:
                # "Drones hit X ..., and artillery fire on Y killed a woman. The drone struck the
                # upper floors ...": the event that weapon (or those attackers) was told in
                cand.places, cand.place_from, cand.anaphoric, cand.referent = list(earlier.places), "previous", True, earlier
        if not cand.places and not unnamed and cand.cls.name not in STATEMENT + ("threaten",) + VIOLENT:
            earlier = self._subject_told_before(ctx, cand)
            if earlier is not None:
                # "In X, soldiers who had seized the armoury exchanged fire with loyal troops ... It
                # said three mutineers were killed. ... The mutineers surrendered under a deal":
                # where those named before were
                cand.places, cand.place_from = earlier, "previous"
        if not cand.places and not unnamed and cand.cls.name not in STATEMENT + ("threaten",):
            scene = self._scene(ctx, cand.sent)
            if scene is not None:
                # "In X, dozens of men with machetes went from house to house on Sunday, ... Police
                # said one man was beaten to death": where (and when) the paragraph set the scene
                cand.places, cand.place_from, cand.scene = scene[0], "previous", scene[1]
        if not cand.places and not unnamed and ctx.last_places and ctx.last_places[0] == ctx.previous_sentence_start(cand.sent) \
                and cand.cls.name not in STATEMENT + ("threaten", "curfew"):
            # no place in the sentence: the narrative goes on where the last event was (for
            # violence, where the last violence was: "Men attacked students in X, hours after
            # a march in Y. Nine students were injured.")
            violent = ctx.last_violent_places if cand.cls.name in VIOLENT and ctx.last_violent_places \
                and ctx.last_violent_places[0] == ctx.last_places[0] else None
            cand.places = list(self._lead_first(ctx, ctx.last_places[0]) or (violent or ctx.last_places)[1])
            cand.place_from = "previous"
        if not cand.places and not unnamed and ctx.last_event_places and cand.cls.name not in STATEMENT + ("threaten", "curfew") \
                and HOURS_APART.match(cand.sent.text.lstrip()):
            # "Hours later, police experts defused a second device found a few streets away":
            # the sequel of the last event told, where it was
            cand.places, cand.place_from = list(ctx.last_event_places), "previous"
        if cand.nominal and any(c.lower_ in ("the", "this", "that", "these", "those", "both") or c.dep_ == "poss" and c.pos_ == "PRON" for c in cand.trigger.children) and cand.place_from not in ("clause",):
            cand.anaphoric = True
        if self._claimed_back(cand, clause) or self._told_again(ctx, cand, clause) or self._bare_toll(ctx, cand, clause):
            cand.anaphoric = True
        if cand.prior_sides:
            cand.anaphoric = False  # (the fight the sentence before set up, not one told already)
        if cand.anaphoric and not cand.places and ctx.last_event_places and cand.cls.name in VIOLENT + ("abduction", "looting"):
            # "Residents said the attackers set fire to a clinic": where the attack was
            cand.places, cand.place_from = list(ctx.last_event_places), "previous"
        if cand.nominal and cand.trigger.dep_ == "nsubjpass" and cand.trigger.head.lemma_.lower() in CAUSAL_VERBS and any(c.lower_ in ("the", "these", "those") for c in cand.trigger.children):
            cand.anaphoric = True  # "The protests were sparked by ...": why the reported events began
        if cand.places and cand.place_from in ("clause", "sentence", "continuation", "previous") and not cand.dropped \
                and not (ctx.last_places and ctx.last_places[0] == cand.sent.start and self._told_in_passing(cand.trigger)) \
                and not (cand.cls.name in STATEMENT + ("threaten",) and self._spoken_at(ctx, cand)):
            # (the narrative may go on; but not from an act the sentence tells in passing:
            # "police fired tear gas in X, a day after demonstrators set fire to a building in Y";
            # nor from where a speaker spoke: '"...," a ministry spokeswoman said in Jakarta')
            ctx.last_places = (cand.sent.start, list(cand.places))
            if cand.cls.name in VIOLENT:
                ctx.last_violent_places = (cand.sent.start, list(cand.places))
            if cand.cls.name not in STATEMENT + ("threaten",):
                ctx.last_event_places = list(cand.places)
        self._date(ctx, cand, clause)
        # how many
        if cand.cls.name in VIOLENT + ("mob",) or cand.acled_sub == "Excessive force against protesters" \
                or cand.acled_type == "Riots" and not cand.nominal:  # ("one person was killed ... as supporters fought police")
            within = {t.i for t in cand.group_tokens} if cand.shared_sentence and cand.group_tokens else None
            if within is None and (cand.trigger.dep_ == "conj" and cand.trigger.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in cand.trigger.children)
                    or any(_dated_from_other(a) for a in (cand.trigger, *cand.trigger.ancestors))):
                # "Gendarmes shot dead a young man in X, and protesters set fire to a post in Y the
                # following day", "..., two days after a mob looted shops in Y": the dead are the
                # first clause's
                within = {t.i for t in self._clause(cand.trigger)}
            if within is None:
                # "police fired tear gas in X, a day after a student was shot dead in Y": the
                # dead of the event the day is counted from are not this one's
                head = self._clause_head(cand.trigger)
                spine = {head.i} | {a.i for a in head.ancestors}
                elsewhere = {t.i for c in cand.sent if c.head.i in spine and c.i != c.head.i and c.i not in spine
                             and not c.left_edge.i <= cand.trigger.i <= c.right_edge.i
                             and (_other_event_phrase(c) or _dated_from_other(c))
                             for t in c.subtree}
                within = {t.i for t in cand.sent if t.i not in elsewhere} if elsewhere else None
            cand.fatalities = self._fatalities(cand.sent, within)
            if cand.fatalities is None and cand.cls.name in VIOLENT:
                cand.fatalities = self._later_toll(ctx, cand)
            if cand.fatalities and self._regional(ctx, cand):
                cand.fatalities = None  # "shelled X and three towns, killing six": no place's own toll
        if cand.cls.name in ("protest", "mobilize", "riot") or cand.plover in ("PROTEST", "MOBILIZE"):
            cand.size = self._size(ctx, cand)
        if cand.acled_sub in ("Arrests", "Abduction/forced disappearance"):
            cand.size = self._taken(ctx, cand)
        # sources
        cand.sources = list(ctx.credited.get(cand.sent.start, []))
        if cand.scene is not None:
            add_new(cand.sources, ctx.credited.get(cand.scene.start, []))
        if cand.cls.name in STATEMENT + ("threaten",) and cand.sent.start > 0 and _inside_quote(ctx.doc, cand.trigger.i) \
                and not any(t.text in QUOTES for t in ctx.doc[cand.sent.start:cand.trigger.i]):
            # (a quotation opened in the sentence before: 'told CNC3: "My son ... They executed him"')
            add_new(cand.sources, ctx.credited.get(ctx.doc[cand.sent.start - 1].sent.start, []))
        if cand.cls.name in STATEMENT + ("threaten",) and not cand.sources and cand.sent.start > 0 and any(
                c.dep_ == "nsubj" and not _inside_quote(ctx.doc, c.i) and (c.lower_ in ("it", "he", "she", "they") or c.pos_ == "NOUN" and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in c.children) and c.lemma_.lower() in SPEAKER_BACK_REFERENCES
                    and not any(d.dep_ in ("compound", "amod", "appos", "nmod", "poss") for d in c.children))  # (not "The rights group X")
                for v in (cand.trigger, cand.sent.root) for c in v.children):
            # ("..., the ministry said in a statement carried by the agency X. It warned that
            # ...", "X said it was behind the attack in a statement to Y. '...,' the group said":
            # the speaker of the sentence before, through the same outlet)
            cand.sources += ctx.credited.get(ctx.previous_sentence_start(cand.sent), [])
        if cand.cls.name in STATEMENT + ("threaten",) and not cand.sources and cand.sent.start > 0 and any(
                v.lemma_.lower() in ("tell", "address") and any(o.dep_ == "dobj" and o.lemma_.lower() in ("crowd", "rally", "protester", "demonstrator", "marcher")
                                                                for o in v.children) for v in cand.sent):
            # ('"...," the town's mayor told the crowd', after "Hundreds rallied in X, the site Y reported")
            start = ctx.sentence_before_quotation(cand.sent)
            cand.sources += ctx.credited.get(start, []) if start is not None else []
        # (after a lead in two places, the next paragraph is the first event's)
        first = self._lead_first(ctx, cand.sent.start)
        goes_on = first is None or [t.start for t in first] == [t.start for t in cand.places]
        if cand.continuation is not None and goes_on:
            add_new(cand.sources, ctx.credited.get(cand.continuation.start, []))
        if cand.cls.name in VIOLENT + ("looting", "riot", "mob", "disrupted") and goes_on:
            # the toll reported in the next sentences ("Hospital sources told Reuters that 14
            # had died") or what the police did next ("Police responded with water cannon as
            # ..., X reported") is about this event: credit their outlets too
            add_new(cand.sources, self._toll_sources(ctx, cand.sent))
        # statements: quote and speaker
        if cand.cls.name in STATEMENT + ("threaten",):
            self._statement(ctx, cand)
        # actors as records
        country = self._event_country(ctx, cand)
        cand.agent, cand.target = self._forces_of_the_place(ctx, cand.agent, country), self._forces_of_the_place(ctx, cand.target, country)
        if cand.agent is not None:
            cand.agent_actor = cand.agent.actor(country)
        if cand.target is not None:
            cand.target_actor = cand.target.actor(country)
        self._inherit_from_narrative(ctx, cand)
        self._complete_sides(ctx, cand, country)
        if cand.cls.name in VIOLENT and not cand.dropped and cand.agent_actor is not None:
            ctx.last_violent = cand
            ctx.violent_told.append(cand)

    # ------------------------------------------------------------------ records
    @staticmethod
    def _credit_claims(ctx: "_ArticleContext", events: list[Event]) -> None:
        """"X claimed responsibility in a statement" (for nothing named): the group claims the
        violent event told just before; it becomes the event's actor unless one is known."""
        violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
        for sent in ctx.sents:
            claim = next((t for t in sent if t.lemma_.lower() == "claim" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" and not any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
                for c in t.children) and not any(p.dep_ == "prep" and p.lower_ == "for" for p in t.children)), None)
            if claim is None:
                continue
            group = next((ctx.mention_at[c.i] for c in claim.children if c.dep_ == "nsubj" and c.i in ctx.mention_at), None)
            if group is None or group.category != "named" or not group.armed:
                continue
            before = [e for e in events if e.evidence is not None and e.evidence.start < sent.start_char and e.acled_event_type in violent]
            if before and (before[-1].actor1 is None or before[-1].actor1.name.startswith("Unidentified")):
                before[-1].actor1 = group.actor()

    @staticmethod
    def _referent(ctx: "_ArticleContext", cand: Candidate) -> Candidate | None:
        """The earlier event a definite subject takes up again: "The grenade exploded at
        around 9 p.m. ..." (the latest event told with that weapon), "The attackers arrived on
        foot ..." (the latest one with a perpetrator, when the sentence before told events in
        two places), "... were taken away by the attackers" (their raid)."""
        node = cand.trigger
        subjects = [s for s in node.children if s.dep_ in ("nsubj", "nsubjpass")]
        while not subjects and node.dep_ in ("conj", "advcl") and node.head != node:
            node = node.head  # ("The attackers arrived on foot ..., shot at residents")
            subjects = [s for s in node.children if s.dep_ in ("nsubj", "nsubjpass")]
        subjects += [o for a in cand.trigger.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]  # ("taken away by the attackers")
        subjects = [s for s in subjects if any(c.lower_ == "the" for c in s.children)]
        weapons = {s.lemma_.lower() for s in subjects if s.lemma_.lower() in WEAPON_SUBJECTS | PROJECTILES}
        actors = [s for s in subjects if s.lemma_.lower() in ANAPHORIC_ACTORS or s.lower_ in ANAPHORIC_ACTORS]
        previous = ctx.previous_sentence_start(cand.sent)
        if not (weapons or actors) or previous is None:
            return None
        told = [c for c in ctx.sentence_triggers.get(previous, []) if c.places and c.cls.name in VIOLENT]
        if len({(c.places[0].geonameid or c.places[0].name) for c in told}) < 2 and not weapons and cand.cls.name in VIOLENT:
            return None  # (one event before: the narrative goes on there anyway; but an abduction by
            # "the attackers" takes their raid's day too)
        fallback = None
        for start in sorted((s for s in ctx.sentence_triggers if s < cand.sent.start), reverse=True):
            for other in reversed(ctx.sentence_triggers[start]):
                if not other.places or other.cls.name not in VIOLENT:
                    continue
                words = other.group_tokens or list(other.trigger.subtree)
                if weapons and any(t.lemma_.lower() in weapons for t in words):
                    return other
                if not weapons and other.agent_actor is not None:
                    head = ctx.doc[other.agent.head] if other.agent is not None else None
                    if head is not None and {head.lemma_.lower(), head.lower_} & {w for a in actors for w in (a.lemma_.lower(), a.lower_)}:
                        return other
                    # ("Gunmen shot dead four men in X, hours after police killed two suspects in
                    # Y. The gunmen drove up ...": the gunmen's event, not the last one told)
                    fallback = fallback or other
        return fallback

    @staticmethod
    def _subject_told_before(ctx: "_ArticleContext", cand: Candidate) -> list[Toponym] | None:
        """The places of the last event told with the definite subject's noun ("the mutineers")
        in its sentence."""
        subjects = [c for c in cand.trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                    and any(d.lower_ == "the" for d in c.children)]
        if not subjects:
            return None
        lemma = subjects[0].lemma_.lower()
        for start in sorted((s for s in ctx.sentence_triggers if s < cand.sent.start), reverse=True):
            told = [c for c in ctx.sentence_triggers[start] if c.places and c.cls.name not in STATEMENT + ("threaten",)]
            if told and any(t.lemma_.lower() == lemma for t in ctx.doc[start].sent):
                return list(told[-1].places)
        return None

    @staticmethod
    def _scene(ctx: "_ArticleContext", sent: Span) -> tuple[list[Toponym], Span] | None:
        """The places of the sentence before, in the same paragraph, when it opens with "In X,"
        and tells no event of its own (it sets the scene the sentence goes on in)."""
        start = ctx.previous_sentence_start(sent)
        if start is None or ctx.sentence_triggers.get(start):
            return None
        previous = ctx.doc[start].sent
        if any("\n" in t.whitespace_ or "\n" in t.text for t in ctx.doc[previous.start:sent.start]) or previous[0].lower_ != "in":
            return None
        opening = [t for t, ids in ctx.toponym_spans if ids and ids[0] == previous.start + 1 and t.lat is not None]
        return (opening, previous) if opening else None

    @staticmethod
    def _place_told_again(events: list[Event], cand: Candidate) -> None:
        """"Two people were killed when villagers fought near X on Sunday ... The fighting broke
        out in a village about 15 km east of X": the definite noun tells where the fight just
        told was, more closely than the lead did."""
        if not (cand.nominal and cand.place_from == "clause" and cand.places and cand.places[0].lat is not None
                and any(c.lower_ == "the" for c in cand.trigger.children)):
            return
        place = cand.places[0]
        kin = [e for e in events if e.acled_event_type in ("Battles", "Violence against civilians", "Riots")
               and e.date == cand.date and e.location is not None and e.location.lat is not None
               and e.location.country_code == place.country_code]
        if not kin:
            return
        event = kin[-1]
        km = haversine_km(event.location.lat, event.location.lon, place.lat, place.lon)
        if 0 < km <= 40 and place.precision in ("near", "place"):
            EventCoder._placed_by_retelling(event, cand)
        elif km == 0:
            add_new(event.sources, cand.sources)  # ("The attack in X took place near ...")

    @staticmethod
    def _placed_by_retelling(event: Event, cand: Candidate) -> None:
        """An event told before takes the place (and the outlets) of the sentence that tells
        it again more precisely."""
        event.location = Location.from_toponym(cand.places[0])
        add_new(event.sources, cand.sources)

    @staticmethod
    def _forces_of_the_place(ctx: "_ArticleContext", mention, country: str | None):
        """"Gabonese gendarmes left the island ... Equatorial Guinean marines landed there ... Far
        inland, soldiers and park rangers clashed with poachers near X": forces named without a
        country, given the last named ones' by the actor finder, are the forces of their event's
        country when the article has named that country's forces before."""
        if mention is None or mention.extra.get("country_from") != "before" or not country or mention.country == country:
            return mention
        if any(m.category == mention.category and m.country == country and m.extra.get("country_from") != "before"
               and m.start < mention.start for m in ctx.mentions):
            return replace(mention, country=country)
        return mention

    @staticmethod
    def _spoken_at(ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Whether a statement's places are only where its speaker spoke ('"...," a ministry
        spokeswoman said in Jakarta', "told reporters in X")."""
        keys = {t.geonameid or t.name for t in cand.places}
        spans = [ids for t, ids in ctx.toponym_spans if ids and (t.geonameid or t.name) in keys and cand.sent.start <= ids[0] < cand.sent.end]
        return bool(spans) and all(ctx.doc[ids[0]].head.lower_ in ("in", "at") and ctx.doc[ids[0]].head.head.lemma_.lower() in (
            "say", "tell", "add", "speak", "announce", "reporter", "journalist") for ids in spans)

    @staticmethod
    def _credit_retelling(events: list[Event], cand: Candidate, types: tuple[str, ...] = ()) -> None:
        """"The bus driver, 43, was shot ... in X late on Saturday, the daily Y reported": an
        act told again too thinly to stand alone credits its outlets to the one event of its
        kind (or of the event ``types``) told at that place on that day."""
        keys = {t.geonameid or t.name for t in cand.places}
        same = [e for e in events if (e.acled_event_type in types if types else e.acled_sub_event_type == cand.acled_sub) and e.date == cand.date
                and e.location is not None and (e.location.geonameid or e.location.name) in keys]
        # (one event, or the triggers of one sentence that tell it: "fired tear gas to break up a protest")
        if same and all(e.evidence is not None and e.evidence.start == same[0].evidence.start for e in same):
            for event in same:
                add_new(event.sources, cand.sources)

    @staticmethod
    def _leader(ctx: "_ArticleContext", agent) -> bool:
        """"a community leader", "X, a community leader from Y": who speaks for a community."""
        if str(agent.extra.get("lemma", "")).endswith("leader"):
            return True
        head = ctx.doc[agent.head]
        return agent.category == "person" and any(c.dep_ == "appos" and c.lemma_.lower() == "leader" for c in head.children)

    def _lead_first(self, ctx: "_ArticleContext", start: int) -> list[Toponym] | None:
        """"Gendarmes shot dead a young man during a march in X on Tuesday, and protesters set
        fire to a post in Y the following day. Several thousand people were walking towards
        the governor's office when ...": after a lead that tells events in two places, the
        next paragraph goes on with the first."""
        if start != min(ctx.sentence_triggers, default=None):
            return None
        # (an event of the lead not filled yet: the places of its own clause)
        # (not an act told as part of another: "A fan was stabbed to death as supporters fought")
        grouped = {id(g) for c in ctx.sentence_triggers[start] for g in c.group}
        told = sorted(((c.trigger.i, c.places or self._places(ctx, list(self._clause(c.trigger)), c))
                       for c in ctx.sentence_triggers[start] if c.cls.name not in STATEMENT + ("threaten",) and id(c) not in grouped),
                      key=lambda x: x[0])
        told = [places for _, places in told if places]
        if len({places[0].geonameid or places[0].name for places in told}) < 2:
            return None
        return told[0]

    @staticmethod
    def _told_again(ctx: "_ArticleContext", cand: Candidate, clause) -> bool:
        """"The gunmen stopped the minibus ... and marched them into the bush": the definite
        perpetrators of the event just told, with no day of their own and no other place."""
        if cand.nominal or cand.cls.name not in VIOLENT + ("abduction", "looting") or not ctx.last_event_places:
            return False
        subjects = [c for c in cand.trigger.children if c.dep_ == "nsubj"]
        node = cand.trigger
        while not subjects and node.dep_ == "conj" and node.head != node:
            node = node.head
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if not any(s.lemma_.lower() in ANAPHORIC_ACTORS and any(c.lower_ == "the" for c in s.children) for s in subjects):
            return False
        if any(t.ent_type_ in ("DATE", "TIME") for t in clause):
            return False
        last = {t.geonameid or t.name for t in ctx.last_event_places}
        return cand.place_from != "clause" or all((t.geonameid or t.name) in last for t in cand.places)

    @staticmethod
    def _bare_toll(ctx: "_ArticleContext", cand: Candidate, clause) -> bool:
        """'A drone struck the market in X. A health official told Reuters that 14 people
        had died and more than 30 were wounded': casualties with no perpetrator, place or day
        of their own, right after violence was told, are that violence's toll."""
        trigger = cand.trigger
        if cand.nominal or cand.cls.name != "attack" or cand.agent is not None or cand.place_from == "clause":
            return False
        if trigger.lemma_.lower() not in ("kill", "wound", "injure", "die"):
            return False
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children) or trigger.lemma_.lower() == "die"
        if not passive or any(c.dep_ == "agent" for c in trigger.children) or any(t.ent_type_ in ("DATE", "TIME") for t in clause):
            return False
        k = ctx.sent_starts.index(cand.sent.start)
        if k == 0:
            return False
        before = ctx.sentence_triggers.get(ctx.sents[k - 1].start, [])
        return any(c.cls.name in VIOLENT for c in before)

    @staticmethod
    def _claimed_back(cand: Candidate, clause) -> bool:
        """"al-Shabaab said its fighters had struck 'Kenyan forces'": a group's claim, in the
        pluperfect, of an act it names no place or day for: the act already told."""
        trigger = cand.trigger
        return (cand.cls.name in VIOLENT and not cand.nominal and trigger.dep_ == "ccomp"
                and trigger.head.lemma_.lower() in ("say", "claim", "announce")
                and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
                and cand.place_from != "clause"
                and not any(t.ent_type_ in ("DATE", "TIME") for t in clause))

    def _to_events(self, ctx: "_ArticleContext", candidates: list[Candidate]) -> tuple[list[Event], set[int]]:
        events: list[Event] = []
        inferred: set[int] = set()
        raids: dict[int, str] = {}
        publisher = canonical_outlet(ctx.article.outlet)
        for cand in candidates:
            if cand.dropped and not self.keep_unreal:
                continue
            if not self._recordable(ctx, cand, events, raids):
                continue
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
                size = cand.place_sizes.get(id(place)) if place is not None and any(id(p) in cand.place_sizes for p in cand.places) else cand.size
                fatalities = cand.fatalities if n == 0 else None  # (a list's one toll, on its first place ...)
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
                if n == 0 and fatalities and len(places) > 1:
                    inferred.add(shared_toll(events[-1]))  # (... until a report of that place's own dead)
                if not cand.date_explicit:
                    inferred.add(id(events[-1]))
                    if cand.agent is None and (place_from == "previous" or place_from == "clause" and cand.acled_sub == "Attack"
                                               and not cand.nominal and cand.fatalities):
                        # "Some 14 people were killed." after an attack, "In X, a woman was killed
                        # and two children were wounded" after shells struck X: the same event
                        inferred.add(-id(events[-1]))
        return events, inferred

    def _recordable(self, ctx: "_ArticleContext", cand: Candidate, events: list[Event], raids: dict[int, str]) -> bool:
        """Whether a rule candidate is an event a coder records (the precision gates)."""
        if cand.learned:
            return self._lead_recordable(ctx, cand)
        if cand.cls.name in ("attack", "abduction") and cand.agent is not None and cand.places:
            subject = ctx.doc[cand.agent.head]
            keys = {t.geonameid or t.name for t in cand.places}
            crowd_event = next((e for e in reversed(events) if e.acled_sub_event_type in ("Mob violence", "Violent demonstration")
                                and e.location is not None and (e.location.geonameid or e.location.name) in keys), None)
            if crowd_event is not None and subject.lemma_.lower() in ("crowd", "mob") and any(c.lower_ == "the" for c in subject.children):
                # "a crowd in X beat to death a man ... In X, the crowd seized the man from a police
                # post on Thursday evening": the crowd's violence told again, with its day
                cand.plover, cand.mode = crowd_event.event_type, crowd_event.mode
                cand.acled_type, cand.acled_sub = crowd_event.acled_event_type, crowd_event.acled_sub_event_type
                cand.agent_actor = crowd_event.actor1 or cand.agent_actor
        if cand.referent is not None and cand.anaphoric:
            keys = {t.geonameid or t.name for t in cand.places}
            dated_now = cand.date_explicit and not cand.referent.date_explicit  # (the day told here: the merge takes it)
            if (any(e.acled_sub_event_type == cand.acled_sub and e.location is not None and (e.location.geonameid or e.location.name) in keys
                    for e in events) or cand.cls.name in VIOLENT) and not dated_now:
                self._absorb(events, cand)
                return False  # "The grenade exploded at around 9 p.m. ...": the event told before, told again
            cand.anaphoric = False  # ("... were taken away by the attackers": an act of that raid not told before)
        if cand.cls.name in VIOLENT + ("abduction", "sexual", "arrest") and cand.agent_actor is None and cand.target_actor is None \
                and not cand.fatalities and not self._placed_strike(ctx, cand):
            self._place_told_again(events, cand)
            return False  # nobody did anything to anybody: not an event a coder records
            # (but "12 air strikes on X", "damaged by shelling in X" are, unattributed)
        if cand.acled_sub == "Excessive force against protesters" and not cand.fatalities \
                and not contains_phrase(list(cand.sent), self.lex.excessive_force) \
                and any(c.cls.name == "protest" for c in ctx.sentence_triggers.get(cand.sent.start, [])):
            return False  # "police fired tear gas and beat protesters with batons": the protest's dispersal, no one killed
        if cand.acled_sub == "Disrupted weapons use" and cand.agent_actor is not None and cand.agent_actor.type == "state forces" \
                and any(c.cls.name == "arrest" for c in ctx.sentence_triggers.get(cand.sent.start, [])):
            return False  # "arresting 17 suspects and seizing rifles and cash": the arrests' haul
        if cand.acled_sub == "Disrupted weapons use" and (cand.agent_actor is None and cand.place_from == "previous" or not cand.places):
            return False  # "He said detonators were found in a house", "troops seized 11 rifles": a detail of the raid or clash just told
        if cand.cls.name == "looting" and cand.agent_actor is None and cand.place_from == "previous" and not cand.date_explicit:
            return False  # '"... ," said a farmer whose car was burned': a detail of the attack just told
        if cand.acled_sub == "Abduction/forced disappearance" and not cand.nominal and any(
                c.dep_ == "conj" and c.lemma_.lower() in DEATH_VERBS and any(o.dep_ == "dobj" and o.lower_ in ("them", "him", "her") for o in c.children)
                for c in cand.trigger.children):
            return False  # "rounded up men in a village and shot them": the killing is the event
        if cand.cls.name == "curfew" and cand.place_from != "clause" and not any(
                t.lower_ in ("nationwide", "countrywide", "national") for t in cand.trigger.subtree):
            return False  # a curfew on a quarter the gazetteer lacks: where it is, is unknown
            # (but a "nationwide curfew" is the country's)
        if cand.cls.name == "curfew" and not ctx.conflict and not any(
                t.lemma_.lower() in ("curfew", "siege", "martial") for t in cand.trigger.subtree):
            return False  # a state of emergency over floods or an epidemic: no security measure
        if cand.cls.name == "aid" and (cand.target_actor is None or cand.agent_actor is not None and cand.target_actor.type == "state forces"
                                       and cand.target_actor.country == cand.agent_actor.country):
            return False  # "the government has sent extra troops to the state": its own forces, no one aided
        if cand.cls.name == "mobilize" and cand.plover == "MOBILIZE" and (cand.agent is None or not (cand.agent.armed or cand.agent.type == "state forces")):
            # ("Several thousand people had gathered outside the hospital in X ... when riot police
            # charged the crowd, Y reported": the protest told before, retold)
            self._credit_retelling(events, cand, ("Protests", "Riots"))
            return False
        if cand.cls.name in STATEMENT + ("threaten",) and cand.agent_actor is None:
            return False
        if cand.cls.name in ("accuse", "threaten") and cand.target_actor is not None and cand.target_actor.name == cand.agent_actor.name \
                and cand.agent_actor.type != "state forces":
            return False  # an armed group blaming or warning itself is a misreading of who spoke
            # (not an ombudsman charging the state, nor a councillor asking the government)
        if getattr(cand, "wish", False) and cand.agent_actor.type not in ("protesters", "rioters", "rebel group", "political militia", "identity militia") \
                and not (cand.agent is not None and (cand.agent.category == "civil_society" or self._leader(ctx, cand.agent))) \
                and not (cand.quote and SECURITY_WISH.search(cand.quote)):
            return False  # '"We just want light and food," said a woman': a wish, not a political demand
            # (but a community leader speaks for the community)
        if cand.cls.name == "threaten" and cand.agent_actor.type == "civilians" and not (cand.agent is not None and cand.agent.category == "civil_society"):
            return False  # '"They told us anyone who goes to the farm will be killed," said a farmer': a witness, not the threat's author
        foreign_hands = cand.quoted_accusation and cand.trigger.lemma_.lower() in PLOT_VERBS  # ("planned from abroad": no one named)
        foreign_hands = foreign_hands or cand.blames  # ('"Politicians who ... share the blame for this attack"')
        if cand.cls.name in ("request", "accuse", "consult", "sanction") and not foreign_hands and (cand.target_actor is None or cand.target_actor.type in ("civilians", None) and cand.target is not None
                                                                             and cand.target.category not in ("named", "civil_society")):
            if cand.cls.name == "request" and cand.quote and cand.target_actor is not None and (
                    cand.target_actor.type == "civilians" or cand.target is not None and cand.target.category == "person"):
                cand.target_actor = None  # '"We demand the release of X"': X is what is asked for, not who is asked
            quoted_demand = cand.cls.name == "request" and cand.quote and cand.target_actor is None and cand.agent_actor is not None \
                and (cand.agent_actor.type not in (None, "civilians") or re.match(r"(?i)\W*we (are |have )?(not |only |just |simply )?(demand\w*|call\w* (on|for)|urg\w*|ask\w*)\b", cand.quote)
                     or getattr(cand, "quote_threat", None) is not None  # ('"The minister must resign," said X')
                     or cand.agent is not None and cand.agent.category in ("civil_society", "protesters")
                     and re.match(r"(?i)\W*we (want|need)\b", cand.quote)  # (an organisation's "We want ...")
                     or PEACE_APPEAL.search(cand.quote))  # ('"I beg our young people to put down their weapons," a priest said')
            # ("called on all sides to keep schools out of the conflict": an appeal to the fighting sides)
            to_sides = cand.cls.name == "request" and any(
                o.lemma_.lower() in ("side", "party") and any(c.lower_ in ("all", "both", "warring") for c in o.children)
                for p in cand.trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children)
            if not (cand.target_actor is not None and cand.target_actor.type is None and cand.target is None) and not quoted_demand and not to_sides:
                return False  # "urged residents to drive carefully" is not a political request
                # (but a government's or group's quoted demand of "Western partners" is)
        if cand.trigger.lemma_.lower() == "raid" and not cand.fatalities and any(
                c.cls.name == "arrest" for c in ctx.sentence_triggers.get(cand.sent.start, [])):
            return False  # "detained nine suspects in raids in X": the arrests are the event
        if (cand.acled_sub == "Attack" and cand.trigger.lemma_.lower() in ("raid", "storm", "search", "target")
                and cand.agent_actor is not None and cand.agent_actor.type == "state forces" and not cand.fatalities):
            # a security raid without casualties is not violence against civilians: ACLED
            # records it (with the warnings its agents gave) as a security measure
            if cand.trigger.lemma_.lower() != "raid" or cand.nominal:
                return False
            if any(c.cls.name == "arrest" for c in ctx.sentence_triggers.get(cand.sent.start, [])):
                return False  # "raided houses ..., arresting 17": the arrests are the event
            cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "COERCE", "restrict", "Strategic developments", "Other"
            cand.target_actor = None if cand.target_actor is None or cand.target_actor.type != "civilians" else cand.target_actor
            raids[cand.sent.start] = cand.agent_actor.name
        if cand.cls.name == "threaten" and raids.get(cand.sent.start) and cand.agent_actor is not None and raids[cand.sent.start] == cand.agent_actor.name:
            return False  # "raided homes and warned families not to ...": the raid's warning
        if cand.anaphoric and self._absorb(events, cand):
            return False
        if cand.anaphoric and cand.place_from == "previous" and cand.agent_actor is not None and cand.agent_actor.type == "state forces":
            keys = {t.geonameid or t.name for t in cand.places}
            if any(e.location is not None and (e.location.geonameid or e.location.name) in keys and e.actor1 is not None
                   and e.actor1.type == "state forces" and e.actor1.name != cand.agent_actor.name for e in events):
                return False  # "... Indian fire had killed two people on its side": not where the other side's shells fell
        if cand.cls.name in VIOLENT + ("looting", "abduction", "mob") and not self._political_violence(cand):
            return False
        if cand.cls.name in ("clash", "attack") and cand.acled_sub != "Other" and not self._armed_context(ctx, cand):
            unplaced = [e for e in events if e.acled_event_type == "Violence against civilians" and e.date == cand.date
                        and e.location is not None and e.location.precision == "country"]
            if unplaced and cand.place_from == "clause" and cand.places and cand.target_actor is not None and cand.target_actor.type == "civilians":
                # "a day after armed men robbed migrants ... and raped three women" (no place of its
                # own), then "The migrants were attacked on a trail about 25 km east of X on
                # Tuesday": the retelling places it
                self._placed_by_retelling(unplaced[-1], cand)
            else:
                self._credit_retelling(events, cand)
            return False
        if cand.cls.name == "territory" and cand.agent is not None and cand.agent.category in ("police", "civilians", "protesters", "rioters", "person", "government"):
            return False  # police or civilians "seizing" goods is not a territorial change
        if cand.acled_sub == "Arrests" and not self._political_arrest(ctx, cand) and not any(
                e.acled_event_type in ("Protests", "Riots") and e.location is not None
                and (e.location.geonameid or e.location.name) in {t.geonameid or t.name for t in cand.places} for e in events):
            return False  # (but arrests where the article's protest or riot was are of its crowd)
        agent_armed = cand.agent is not None and (cand.agent.armed or cand.agent.category in ("state_military", "named"))
        if cand.cls.name == "retreat" and not agent_armed:
            return False  # residents evacuating, a company pulling out: not a transfer of territory
        security = cand.acled_sub == "Other" and cand.agent_actor is not None and cand.agent_actor.type == "state forces"
        # (an agreement that settles the unrest the article reports: "the government and the
        # provincial leaders signed an agreement under which the law will be sent back")
        settles = cand.cls.name == "agreement" and cand.agent is not None and cand.agent.category == "government" \
            and any(e.acled_sub_event_type in ("Violent demonstration", "Mob violence", "Excessive force against protesters") for e in events)
        if cand.acled_type == "Strategic developments" and cand.acled_sub != "Arrests" and not (agent_armed or ctx.conflict or security or settles):
            return False  # "the company withdrew", "the council agreed": not strategic developments
        if cand.acled_sub == "Abduction/forced disappearance" and not (agent_armed or ctx.conflict):
            return False  # a kidnapping without an armed group in sight is crime
        return True

    @staticmethod
    def _placed_strike(ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Whether an unattributed explosion or strike is placed by its own clause, or by its
        sentence when it is the sentence's one act and the place is a town ("explosives
        dropped from drones ... damaged houses in a hamlet outside X")."""
        if cand.acled_type != "Explosions/Remote violence" or not cand.places:
            return False
        if cand.place_from == "clause":
            return True
        return cand.place_from == "sentence" and not any(
            c is not cand and c.cls.name in VIOLENT for c in ctx.sentence_triggers.get(cand.sent.start, [])) \
            and all(PLACE_RANK.get(t.precision or "place", 0) <= PLACE_RANK["admin2"] for t in cand.places)

    @staticmethod
    def _told_in_passing(trigger) -> bool:
        """Whether the trigger sits in a clause that dates another event ("a day after X",
        "before Y", "since Z"), or in a relative clause on someone the sentence names."""
        for node in (trigger, *trigger.ancestors):
            if _dated_from_other(node):
                return True
            if node.dep_ == "prep" and node.lower_ in OTHER_EVENT_PREPS:
                return True
        # (or a relative clause about someone the sentence names: "to demand the release of the
        # deputy governor, who was detained in X on Thursday")
        return trigger.head.pos_ in ("NOUN", "PROPN") and _relative_on_someone(trigger)

    def _custody_confirmed(self, ctx: "_ArticleContext", cand: Candidate) -> ActorMention | None:
        """The police or forces the next sentence says hold the person taken ("Police confirmed
        hours later that he was in their custody")."""
        nxt = self._next_sentence(cand.sent)
        if nxt is None or not re.search(r"\bin (their|its|police|military|army|state) custody\b", nxt.text, re.I):
            return None
        return next((m for m in ctx.mentions if nxt.start <= m.start < nxt.end and m.type == "state forces"), None)

    @staticmethod
    def _told_by(noun: Token, act: Token) -> bool:
        """"In X, the violence began on Sunday night, when two men opened fire ...": a summary
        noun whose "when" clause tells the act (whose place is the summary's)."""
        return noun.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            and any(a.dep_ == "advcl" and a.head.i == noun.head.i and any(m.lower_ == "when" for m in a.subtree if m.dep_ == "advmod" and m.i < act.i)
                    for a in (act, *act.ancestors))

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
