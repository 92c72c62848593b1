"""PLOVER and ACLED typing of a candidate: event class + actor types + cue words ->
PLOVER type/mode and ACLED event/sub-event type, the optional classifier signal, and
the checks that an event is political violence / an armed clash / a political arrest."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..mentions.actors import ActorMention
from .candidate import Candidate
from .context import _ArticleContext
from .lexicon import SUB_TO_TYPE, contains_phrase
from .triggers import AIRCRAFT
from .words import DEATH_VERBS, INCENDIARY, _dated_from_other, _inside_quote, _stated_aim

CROWD_REFERENCES = {"them", "crowd", "crowds", "protesters", "demonstrators", "marchers", "protestors"}
#: words that make a gathering a protest
PROTEST_CUES = {"chant", "placard", "banner", "slogan", "protest", "peacefully", "demand", "denounce", "bang", "whistle", "sit-in"}
#: crowd events an act of force may be told during ("as a strike by taxi drivers turned into unrest")
CROWD_EVENTS = {"strike", "protest", "demonstration", "march", "rally", "sit-in", "walkout", "picket", "boycott"}
#: verbs of a road blockade
BLOCKING_VERBS = {"block", "blockade", "barricade", "stop", "halt"}
#: firearms that make a fight a battle whatever heavier weapons it also used
SMALL_ARMS = {"arm", "arms", "rifle", "gun", "gunfire", "kalashnikov", "ak-47", "machine-gun", "machinegun", "pistol"}
#: nouns that tell a fight between armed sides
BATTLE_NOUNS = {"gunbattle", "gunfight", "firefight", "shootout", "shoot-out", "skirmish", "clash", "battle"}
#: participles that describe what attackers carried, not how they attacked
CARRYING = {"armed", "equipped", "carrying", "wielding", "brandishing", "toting"}


def _without_carried(tokens: list[Token], trigger: Token) -> list[Token]:
    """The tokens without what someone is described as carrying ("militants armed with rifles
    and grenades stormed a police station": the weapons carried do not name the attack's means)."""
    carried = {t.i for c in tokens if c.lower_ in CARRYING and c.dep_ in ("acl", "amod", "advcl") and c.i != trigger.i
               for t in c.subtree}
    return [t for t in tokens if t.i not in carried] if carried else tokens


class EventTyping:
    """Step 4: what kind of event it is."""

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
            heads = [cand.trigger] + [o for p in cand.trigger.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children]
            thrown = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.subtree if o.pos_ == "NOUN"]
            if cand.under_fire and (agent is None or agent.category in ("civilians", "protesters", "rioters")) and thrown \
                    and all(o.lemma_.lower() in RIOT_MISSILES or o.lemma_.lower() == "bomb" and any(
                        c.lemma_.lower() in INCENDIARY for c in o.children) or o.lemma_.lower() in INCENDIARY for o in thrown):
                # "Police came under attack with petrol bombs and bricks in X": a riot, by whoever threw them
                tok = cand.trigger
                cand.agent = ActorMention(tok.i, tok.i + 1, tok.i, "rioters", "rioters", type="rioters", template="Rioters ({country})")
                cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "PROTEST", "riot", "Riots", "Violent demonstration"
                return
            scope = _without_carried(cand.group_tokens or list(self._clause(cand.trigger)), cand.trigger)
            # (a petrol bomb is no explosive device: "hurled petrol bombs")
            scope = [t for t in scope if not (t.lemma_.lower() == "bomb" and any(c.lemma_.lower() in INCENDIARY for c in t.children))]
            # ("exchanged fire with troops before they were pushed back by an air force jet":
            # what came before or after is not the fight's means)
            later = {t.i for c in cand.trigger.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in ("before", "after", "until") for m in c.children) for t in c.subtree}
            # (nor the event a day is counted from: "Two days before the drone strike, a shepherd
            # was killed when a landmine exploded")
            later |= {t.i for p in cand.sent if p.dep_ == "prep" and (p.lower_ in ("before", "after", "since") or p.lower_ == "on" and any(
                          o.dep_ == "pobj" and o.lemma_.lower() == "eve" for o in p.children))
                      and not p.left_edge.i <= cand.trigger.i <= p.right_edge.i for t in p.subtree}  # (or "On the eve of the grenade attack")
            # a rocket-propelled grenade is a gunman's weapon, not artillery
            later |= {t.i + k for t in scope if t.lower_ == "rocket" and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "propelled"
                      for k in range(4)}
            scope = [t for t in scope if t.i not in later]
            trigger = cand.trigger
            if trigger.pos_ == "VERB" and trigger.dep_ in ("advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
                # "a drone hit a substation, killing a man": the means is the subject of the verb it follows
                scope += [t for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree]
            if trigger.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in trigger.children):
                # "shells began landing in X": the subject of the verb it continues
                scope += [t for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree]
            aircraft = cls.name == "remote" and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in AIRCRAFT or any(d.dep_ == "compound" and d.lemma_.lower() in AIRCRAFT for d in c.children))
                for c in trigger.children)
            for sub, mode, words in self.lex.instruments:
                if aircraft and sub != "Air/drone strike" and sub != "Chemical weapon":
                    continue  # ("Mi-17 helicopters fired rockets at rebel positions": what the aircraft fired is theirs)
                if contains_phrase(scope, words):
                    instrument = (sub, mode)
                    break
            if instrument is None and aircraft:
                instrument = ("Air/drone strike", "aerial")  # "army helicopters struck positions north of X", "the helicopter strikes hit"
            if instrument is None and agent is not None and agent.type == "state forces" and agent.category != "police" \
                    and any(t.pos_ == "NOUN" and t.lemma_.lower() == "strike" and not any(c.dep_ == "compound" for c in t.children)
                            and (t.i == cand.trigger.i or t.head.i == cand.trigger.i and t.dep_ in ("nsubj", "nsubjpass")) for t in scope):
                # "an Israeli strike on a house": a state's military strike, with no other weapon named, is from the air
                instrument = ("Air/drone strike", "aerial")
            armed_target = target is not None and (target.armed or target.type == "state forces")
            crowd = self._crowd_acting(ctx, cand.trigger) if cls.name == "clash" and cand.nominal else None
            if crowd is not None:
                # "protesters set fire to a police post ... in clashes that left two protesters and
                # a police officer dead": the crowd's riot
                cand.agent = crowd
                cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "PROTEST", "riot", "Riots", "Violent demonstration"
                return
            own = cand.group_tokens or list(self._clause(cand.trigger))
            verbs = [t for t in [cand.trigger, *(g.trigger for g in cand.group)] if t.pos_ == "VERB"]
            if agent is not None and agent.armed and agent.type != "state forces" \
                    and any(o.lemma_.lower() in SITE_NOUNS for v in verbs for o in v.children if o.dep_ == "dobj") \
                    and any(t.lemma_.lower() == "drive" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away") for c in t.children)
                            or t.lemma_.lower() == "force" and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("withdraw", "retreat", "flee", "abandon", "leave")
                                                                   for c in t.children)
                            for t in own + list(cand.sent)):
                # (or "stormed the post ... after a two-hour firefight, forcing some 30 soldiers to withdraw")
                # "About 20 gunmen stormed the camp ..., overpowering the police who guarded it and
                # driving out some 60 workers": they took the place over
                territory = self.lex.classes["territory"]
                cand.plover, cand.mode = territory.plover, territory.mode
                cand.acled_type, cand.acled_sub = territory.acled_type, territory.acled_sub
                return
            if cls.name == "clash" and self._crowds_fight(agent, target):
                # "supporters of two parties fought with stones, machetes and crude bombs",
                # "youths of two villages fought each other": no demonstration and nobody
                # armed, a fight between crowds (ACLED Mob violence)
                cand.agent = replace(agent, category="rioters", type="rioters", template="Rioters ({country})", name=None)
                cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "PROTEST", "riot", "Riots", "Mob violence"
                return
            if instrument is not None and (cls.name == "clash" or cls.name == "attack" and armed_target) \
                    and any(t.lemma_.lower() in SMALL_ARMS for t in scope):
                instrument = None  # "attacked the base with rockets and small arms", "opened fire on an SDF vehicle with machine guns": a battle
            if instrument is not None and (cls.name in ("remote", "fire_weapon") or cls.name == "attack" or cls.name == "clash" and instrument[0] != "Remote explosive/landmine/IED"):
                cand.acled_sub, cand.mode = instrument
                if instrument[0] == "Air/drone strike" and contains_phrase(scope, [("drone",)]):
                    cand.mode = "drone"
            elif cls.name == "clash":
                cand.acled_sub, cand.mode = "Armed clash", "firearms"
            elif cls.name == "attack":
                target_type = target.type if target is not None else None
                if target is not None and target.category == "government" and not cand.nominal and lemma in DEATH_VERBS | {"assassinate", "stab"}:
                    target_type = "civilians"  # "gunmen shot dead a ward councillor outside his home": an unarmed official
                if target_type is None and self.classifier is not None:
                    # no target to tell a battle from an attack on civilians: ask the classifier
                    guess = self._classify(cand)
                    if guess in ("Armed clash",):
                        target_type = "rebel group"
                if agent is not None and agent.category in ("civilians", "protesters") and not agent.armed and _armed_with_blunt(cand.trigger.doc[agent.head]):
                    # "about 30 masked men armed with bats attacked a cafe": a mob, not an armed group
                    # (as is "a crowd of farmers armed with machetes and sticks")
                    agent = cand.agent = replace(agent, category="rioters", type="rioters", template="Rioters ({country})", name=None)
                    if target_type is None and not {t.lemma_.lower() for t in sent_tokens} & PROTEST_CUES:
                        target_type = "civilians"  # (what they attacked: a cafe, a shop, people in it)
                if agent is not None and agent.category == "civilians" and not agent.armed and target_type == "protesters":
                    # "dozens of masked men attacked students blocking a street": a mob
                    agent = cand.agent = replace(agent, category="rioters", type="rioters", template="Rioters ({country})", name=None)
                if agent is not None and agent.type == "protesters" and target_type == "civilians" \
                        and cand.trigger.doc[agent.head].lemma_.lower() in ("crowd", "mob") \
                        and not {t.lemma_.lower() for t in sent_tokens} & (PROTEST_CUES | {"demonstrator", "protester", "march", "rally", "demonstration"}):
                    # "a crowd beat two men accused of trying to snatch a child": no demonstration,
                    # a crowd's violence against people (ACLED Mob violence)
                    agent = cand.agent = replace(agent, category="rioters", type="rioters", template="Rioters ({country})", name=None)
                if agent is not None and agent.type in ("rioters", "protesters"):
                    # (or a crowd with no demonstration about it: "a crowd of about 200 men surrounded two
                    # military police officers who had come to detain a draft evader and beat them")
                    mob = agent.type == "rioters" and target_type in ("civilians", "protesters") or cand.trigger.doc[agent.head].lemma_.lower() in ("crowd", "mob") \
                        and not {t.lemma_.lower() for t in sent_tokens} & (PROTEST_CUES | {"demonstrator", "protester", "march", "rally", "demonstration", "protest"})
                    cand.plover, cand.mode, cand.acled_sub = "PROTEST", "riot", ("Mob violence" if mob else "Violent demonstration")
                elif target_type in ("state forces", "rebel group", "political militia", "identity militia", "external/other"):
                    cand.acled_sub = "Armed clash"
                elif agent is not None and agent.armed and self._reciprocal(cand.trigger):
                    cand.acled_sub = "Armed clash"  # "armed youths opened fire on each other": a fight between armed sides
                elif agent is not None and (agent.armed or agent.type == "state forces") and self._battle_told(cand):
                    # "forces killed three Palestinians during a raid that set off a gunbattle":
                    # the dead fell in a battle
                    cand.acled_sub = "Armed clash"
                elif agent is not None and agent.type == "state forces" and (
                        target_type == "protesters" or target_type == "civilians" and self._during_protest(cand.trigger)):
                    # (or "police shot dead two people in X as a strike by taxi drivers turned into unrest")
                    cand.acled_sub, cand.plover, cand.mode = "Excessive force against protesters", "ASSAULT", "crowd-control"
                else:
                    cand.acled_sub = "Attack"
                cand.mode = self.lex.assault_modes.get(lemma, cand.mode)
        elif cls.name == "riot" and self._crowds_fight(agent, target, reciprocal=self._reciprocal(cand.trigger)) \
                and not {t.lemma_.lower() for t in sent_tokens} & (PROTEST_CUES | {"demonstrator", "protester", "march", "rally", "demonstration"}):
            # "residents of two villages threw stones at each other": no demonstration, crowds
            # fighting each other
            cand.agent = replace(agent, category="rioters", type="rioters", template="Rioters ({country})", name=None)
            cand.plover, cand.mode, cand.acled_sub = "PROTEST", "riot", "Mob violence"
        elif cls.name == "protest":
            self._type_protest(cand, sent_tokens)
        elif cls.name == "mobilize":
            cues = {t.lemma_.lower() for t in sent_tokens} & PROTEST_CUES
            if agent is not None and (agent.type in ("protesters",) or agent.type == "civilians" and cues):
                # ("more than 2,000 people gathered peacefully ..., chanting against the utility")
                cand.cls = self.lex.classes["protest"]
                cand.plover, cand.mode = "PROTEST", "demo"
                cand.acled_type, cand.acled_sub = "Protests", "Peaceful protest"
                self._type_protest(cand, sent_tokens)
            elif agent is not None and agent.type == "state forces":
                cand.mode = "police" if agent.category == "police" else "troops"
                cand.acled_type = cand.acled_sub = None
        elif cls.name == "looting" and agent is not None and agent.category == "civilians" and not agent.name and _crowd_sized(cand.trigger.doc[agent.head]) \
                and any(t.lemma_.lower() in ("house", "home", "flat", "apartment") for t in sent_tokens) \
                and not {t.lemma_.lower() for t in sent_tokens} & (PROTEST_CUES | {"demonstrator", "protester", "march", "rally", "demonstration"}):
            # "about 40 people gathered outside a house, smashed its windows and set fire to a van": a mob on a family's home
            cand.agent = replace(agent, category="rioters", type="rioters", template="Rioters ({country})")
            cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "PROTEST", "riot", "Riots", "Mob violence"
        elif cls.name == "looting" and agent is not None and agent.type in ("rioters", "protesters"):
            # "a mob set fire to houses": mob violence; "protesters torched cars": a violent demonstration
            cand.plover, cand.mode = "PROTEST", "riot"
            head = cand.trigger.doc[agent.head].lemma_.lower()
            # (or a crowd with no demonstration about it burning someone's house: "a crowd had
            # burned the house of a traditional healer accused of sheltering 'bloodsuckers'")
            crowd_on_a_home = head == "crowd" and not {t.lemma_.lower() for t in sent_tokens} & (
                PROTEST_CUES | {"demonstrator", "protester", "march", "rally", "demonstration", "police", "government", "office"}) \
                and any(t.lemma_.lower() in ("house", "home", "homes", "shop", "hut") for t in cand.trigger.subtree)
            cand.acled_sub = "Mob violence" if agent.type == "rioters" and head == "mob" or crowd_on_a_home else "Violent demonstration"
        elif cls.name == "abduction" and agent is not None and agent.category == "civilians" and not agent.name:
            # "men in plain clothes pushed a lawyer into a car": who carry people off are no
            # civilians but an unidentified armed group (ACLED)
            cand.agent = replace(agent, category="armed_generic", type="rebel group", template="Unidentified Armed Group ({country})")
        elif cls.name == "change" and any(p.dep_ == "prep" and p.lower_ in ("under", "after") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in DEAL_NOUNS for o in p.children) for p in cand.trigger.children):
            # "The mutineers surrendered ... under a deal brokered by religious leaders": the deal (ACLED Agreement)
            cand.plover, cand.mode, cand.acled_type, cand.acled_sub = "AGREE", None, "Strategic developments", "Agreement"
        elif cls.name == "arrest":
            if agent is not None and agent.type != "state forces" and agent.armed and not agent.extra.get("authority"):
                # (a group that governs territory arrests: "the SDF detained nine suspects")
                cand.plover, cand.mode = "ASSAULT", "abduct"
                cand.acled_sub = "Abduction/forced disappearance"
        if cand.acled_sub is not None:
            cand.acled_type = SUB_TO_TYPE[cand.acled_sub]

    @staticmethod
    def _crowd_acting(ctx: "_ArticleContext", trigger: Token):
        """The protesters or rioters who are the subject of the verb a "in clashes" phrase hangs on."""
        if not (trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during", "amid")):
            return None
        # (the phrase may hang on a time noun of the verb: "set fire to X later the same day in clashes")
        verb = trigger.head.head if trigger.head.head.pos_ == "VERB" else trigger.head.head.head \
            if trigger.head.head.dep_ == "npadvmod" and trigger.head.head.head.pos_ == "VERB" else None
        if verb is None:
            return None
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            m = ctx.mention_at.get(subj.i)
            if m is not None and m.type in ("protesters", "rioters"):
                return m
        return None

    @staticmethod
    def _crowds_fight(agent, target, reciprocal: bool = True) -> bool:
        """Whether a fight's sides are both unarmed crowds or civilians (the target may be
        unnamed: "fought each other"; for a riot it must be civilians or "each other")."""
        def crowd(actor) -> bool:
            return actor.type in ("civilians", "rioters") and not actor.armed
        if agent is None or not crowd(agent):
            return False
        return target is None and reciprocal or target is not None and crowd(target)

    @staticmethod
    def _reciprocal(trigger: Token) -> bool:
        """"threw stones at each other", "pelted one another with rocks"."""
        return any(t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in (("each", "other"), ("one", "another"))
                   for c in trigger.children if c.dep_ in ("dobj", "prep") for t in c.subtree)

    def _battle_told(self, cand: Candidate) -> bool:
        """Whether the trigger's sentence tells a fight between armed sides ("a raid that set
        off a gunbattle", "in an exchange of fire")."""
        # (its own clause: not "Gunmen killed seven mourners ..., and police shot dead two suspects
        # in a gunfight near Y the following morning")
        own = self._own_clause(cand, list(cand.sent))
        text = " ".join(t.text for t in own)
        words = [t.lemma_.lower() for t in own if t.i != cand.trigger.i and t.pos_ == "NOUN"]
        with_side = re.search(r"\b(gunfire|fire|shooting|gunfights?)\s+with\b", text, re.I) is not None
        # ("set off hours of gunfire with drug traffickers")
        return any(w in BATTLE_NOUNS for w in words) or with_side or "exchange of fire" in text.lower()

    def _classify(self, cand: Candidate, threshold: float = 0.6) -> str | None:
        """The classifier's sub-event type for the event sentence, when it is confident."""
        (prediction,) = self.classifier.predict([cand.sent.text])
        return prediction.sub_event_type if prediction.score >= threshold else None

    def _own_clause(self, cand: Candidate, sent_tokens: list[Token]) -> list[Token]:
        """The sentence's tokens without other clauses that have their own subject ("Authorities
        imposed a curfew after a crowd attacked the police station, and police turned water
        cannon on students marching in the capital the following day"); a clause about the
        same event ("..., and the protest turned violent") stays."""
        def same_event(subject: Token) -> bool:
            return subject.pos_ == "PRON" or bool(self.lex.noun_classes(subject)) and any(c.lower_ in ("the", "this", "that") for c in subject.children)
        # (or a contrasting clause: "..., while in nearby Y young men stoned the security forces")
        clauses = [t for t in sent_tokens if (t.dep_ == "conj" or t.dep_ == "advcl" and any(
                       m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in t.children)) and t.pos_ == "VERB"
                   and any(c.dep_ == "nsubj" and not same_event(c) for c in t.children)]
        # ("police fired tear gas in X, a day after a student was shot dead in Y": the event
        # the day is counted from)
        apart = next((c for c in sent_tokens if _dated_from_other(c) and c.left_edge.i <= cand.trigger.i <= c.right_edge.i), None)
        if apart is not None:
            # (and that event is told by its own clause: "..., hours after riot police broke up a
            # march in the capital": no one was killed at the march)
            # (from its "hours after" on: the parser may hang the main clause on it)
            opening = min(c.i for c in apart.children if c.dep_ in ("mark", "npadvmod"))
            inside = {t.i for t in apart.subtree if t.i >= opening}
            return [t for t in sent_tokens if t.i in inside]
        earlier = {t.i for c in sent_tokens if _dated_from_other(c) and not c.left_edge.i <= cand.trigger.i <= c.right_edge.i
                   for t in c.subtree}
        if earlier:
            sent_tokens = [t for t in sent_tokens if t.i not in earlier]
        if not clauses:
            return sent_tokens
        home = next((c for c in clauses if c.left_edge.i <= cand.trigger.i <= c.right_edge.i), None)
        if home is not None:
            inside = {t.i for t in home.subtree}
            return [t for t in sent_tokens if t.i in inside]
        away = {t.i for c in clauses for t in c.subtree}
        return [t for t in sent_tokens if t.i not in away]

    @staticmethod
    def _during_protest(trigger: Token) -> bool:
        """Whether an "as/when/during ..." phrase on the act tells of a protest or strike."""
        for child in trigger.children:
            opener = child.lower_ if child.dep_ == "prep" else next((m.lower_ for m in child.children if m.dep_ == "mark"), None) \
                if child.dep_ == "advcl" else None
            if opener in ("as", "when", "while", "during") and any(
                    t.lemma_.lower() in CROWD_EVENTS and t.pos_ == "NOUN" for t in child.subtree):
                return True
        return False

    def _riot_words_only_blockade(self, tokens: list[Token]) -> bool:
        """Whether the only riot words of ``tokens`` are what a road was blocked with
        ("blocked roads with burning tyres and debris")."""
        material = _blockade_material(tokens)
        return bool(material) and contains_phrase(tokens, self.lex.violent_protest) is not None \
            and contains_phrase([t for t in tokens if t.i not in material], self.lex.violent_protest) is None

    def _type_protest(self, cand: Candidate, sent_tokens: list[Token]) -> None:
        sent_tokens = self._own_clause(cand, sent_tokens)
        # "blocked the highway with stones and burning tyres": what a road was blocked with
        # (or "blocked the main road with burning tyres", the material parsed onto the road)
        material = _blockade_material(sent_tokens)
        sent_tokens = [t for t in sent_tokens if t.i not in material]
        # (nor what the crowd marched for: "to demand the release of relatives detained after the attack on X")
        aim = {t.i for t in _stated_aim(cand.trigger)}
        sent_tokens = [t for t in sent_tokens if t.i not in aim]
        if cand.trigger.lemma_.lower() in BLOCKING_VERBS:
            # only the blockade's own clause ("men attacked students ..., hours after 3,000
            # people blocked a bridge")
            own = {t.i for t in self._clause(cand.trigger)}
            sent_tokens = [t for t in sent_tokens if t.i in own]
        tokens = sent_tokens + (list(cand.continuation) if cand.continuation is not None else [])
        own = list(tokens)
        nxt = self._next_sentence(cand.sent)
        # (the crowd named again, in the same paragraph: not "a crowd of 150 people threw stones
        # at flats in Y", another crowd)
        if cand.continuation is None and nxt is not None and "\n" not in cand.sent.doc.text[cand.sent.end_char - 1:nxt.start_char] \
                and any(t.lower_ in CROWD_REFERENCES and (t.lower_ == "them" or any(d.lower_ in ("the", "these", "those") for d in t.children))
                        for t in nxt):
            tokens += list(nxt)  # "Police fired tear gas to disperse them."
            # (but not what the police did to the crowd, for a riot: "Organisers said police had
            # attacked a peaceful crowd")
            own += [t for t in nxt if not any(c.dep_ == "nsubj" and c.lemma_.lower() in ("police", "officer", "soldier", "troop", "force")
                                              for c in t.children)]
        # "the crowd dispersed in the evening": it left; no one dispersed it
        # (or "smaller crowds gathered ... and dispersed without incident": no object, no passive)
        tokens = [t for t in tokens if not (t.lemma_.lower() == "disperse" and not any(c.dep_ == "dobj" for c in t.children) and (
            any(c.dep_ == "nsubj" and c.lower_ in CROWD_REFERENCES for c in t.children)
            or t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in t.children)))]
        # (what a quotation says happened elsewhere is not this crowd's doing: '"... families who are being
        # burned out of their homes," an organiser told the crowd')
        own = [t for t in own if not _inside_quote(t.doc, t.i)]
        peaceful = any(c.dep_ == "amod" and c.lemma_.lower() == "peaceful" for c in cand.trigger.children)
        deaths = self._fatalities(cand.sent)
        if contains_phrase(tokens, self.lex.excessive_force) and deaths:
            cand.acled_sub, cand.plover, cand.mode = "Excessive force against protesters", "ASSAULT", "crowd-control"
        elif contains_phrase(own, self.lex.violent_protest) and not peaceful:
            cand.acled_sub, cand.mode = "Violent demonstration", "riot"
        elif contains_phrase(tokens, self.lex.protest_intervention) or cand.intervention:
            # (or the police's act is the trigger: "police removed about 40 activists who had sat down ...")
            cand.acled_sub = "Protest with intervention"
        cand.acled_type = SUB_TO_TYPE[cand.acled_sub] if cand.acled_sub else None

    def _political_violence(self, cand: Candidate) -> bool:
        """Deaths from a virus, a storm or a crash, culled birds: not political violence."""
        armed = cand.agent is not None and (cand.agent.armed or cand.agent.type == "state forces")
        if armed:
            return True
        scope = cand.group_tokens or list(self._clause(cand.trigger))
        # (a verb that is itself an attack trigger names no cause: "stormed" is no storm)
        scope = [t for t in scope + list(cand.sent) if not (t.pos_ == "VERB" and "attack" in self.lex.verb_classes(t))]
        # (nor does a word that only qualifies another noun: "a livestock market", "cattle herders")
        causes = self.lex.non_violent_causes
        scope = [t for t in scope if not (t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN" and t.head.i == t.i + 1
                                          and contains_phrase([t.head], causes) is None
                                          and contains_phrase([t, t.head], [c for c in causes if len(c) > 1]) is None)]
        return contains_phrase(scope, self.lex.non_violent_causes) is None

    def _armed_context(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        """Clashes and attacks need an armed side in the text, a weapon, or deaths in an
        article about armed actors ("despite his brave fight" is not a battle)."""
        if cand.target is not None and ctx.doc[cand.target.head].lemma_.lower() in POLITICAL_FIGURES:
            return True  # "a man struck a candidate on the head with a brick at a campaign event": political violence
        if cand.agent is not None and cand.agent.category in ("civilians", "person") and not cand.agent.armed:
            return False  # one person attacking another is crime, not political violence
        for m in (cand.agent, cand.target):
            if m is not None and (m.armed or m.category in ("state_military", "named") or m.type == "state forces" and ctx.conflict):
                return True
        if not cand.nominal and cand.trigger.lemma_.lower() in FOUND_VERBS:
            return True  # "the bodies of three men with gunshot wounds were found": killed, by whom is unknown
        if cand.acled_type == "Explosions/Remote violence" or cand.acled_sub in ("Excessive force against protesters", "Violent demonstration", "Mob violence"):
            return True
        article_armed = any(m.armed or m.type == "state forces" for m in ctx.mentions)
        if not cand.nominal and cand.trigger.lemma_.lower() in ("shoot", "gun") and any(m.armed and m.name for m in ctx.mentions):
            return True  # "a man was shot in both legs in X", in a story of a named armed group: a shooting, no quarrel
        return bool(cand.fatalities) and article_armed

    def _political_arrest(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        if cand.agent is not None and cand.agent.category == "state_military":
            return True  # soldiers rounding people up: no police matter
        if ctx.violent_told and self._refers_back(list(cand.sent)):
            return True  # "arrested 11 suspects in X in connection with the killing of the herders": the attack told
        if any(m.armed and cand.sent.start <= m.start < cand.sent.end and m is not cand.agent for m in ctx.mentions):
            return True  # "detained four men suspected of supplying a kidnap-for-ransom gang", in a story of its attacks
        target = cand.target
        if target is not None and (target.armed or target.type in ("protesters", "rioters") or target.category == "named"):
            return True
        words = {t.lemma_.lower() for t in [*cand.sent, *(cand.charged_in or [])]}
        if words & self.lex.political_arrest_words:
            return True
        # arrests in an article about an armed group, a protest or a riot
        return any(m.category == "named" and m.armed or m.type == "rioters" for m in ctx.mentions) or any(
            t.lemma_.lower() in ("protest", "demonstration", "rally", "protester", "riot", "rioter", "mob", "crowd", "blockade", "lynching")
            for t in ctx.doc)


def _blockade_material(tokens: list[Token]) -> set[int]:
    """Tokens telling what a road was blocked with: "blocked the highway with stones and
    burning tyres" (or "blocked the main road with burning tyres", parsed onto the road)."""
    return {t.i for b in tokens if b.lemma_.lower() in BLOCKING_VERBS and b.pos_ == "VERB"
            for c in b.subtree if c.dep_ == "prep" and c.lower_ == "with"
            and (c.head.i == b.i or c.head.dep_ == "dobj" and c.head.head.i == b.i) for t in c.subtree}


#: what a surrender is made under when it is a deal
DEAL_NOUNS = {"deal", "agreement", "accord", "pact", "truce", "ceasefire"}

#: verbs of bodies found (an attack only with signs of violence: see the trigger lexicon)
FOUND_VERBS = {"find", "discover", "recover", "dump"}

#: what a mob carries: "men armed with bats", "youths armed with sticks and stones"
#: places a group can take and hold ("stormed the camp ... driving out the workers")
SITE_NOUNS = {"camp", "village", "town", "mine", "post", "outpost", "base", "barracks", "checkpoint", "station", "compound", "settlement"}
#: what a crowd throws ("came under attack with petrol bombs and bricks")
RIOT_MISSILES = {"stone", "rock", "brick", "molotov", "cocktail", "firebomb", "firework", "bottle", "projectile"}
#: people whose public role makes an attack on them political ("struck a candidate on the head")
POLITICAL_FIGURES = {"candidate", "politician", "lawmaker", "legislator", "mayor", "councillor", "councilor", "senator", "campaigner", "journalist"}
BLUNT_WEAPONS = {"bat", "club", "stick", "rod", "pipe", "bar", "cudgel", "stone", "rock", "brick", "whip", "baton", "plank", "chain"}
#: the farm blades a crowd may carry (a crowd with them is still a mob, not an armed group)
CROWD_BLADES = {"machete", "knife", "axe", "hoe", "sickle", "spear"}


def _crowd_sized(head: Token) -> bool:
    """Whether a noun of people counts a crowd: ten or more, dozens, hundreds."""
    for c in head.children:
        if c.dep_ == "nummod" and (c.lower_ in ("dozens", "hundreds", "scores", "thousands") or c.text.replace(",", "").isdigit()
                                   and int(c.text.replace(",", "")) >= 10):
            return True
    return head.lemma_.lower() in ("crowd", "mob") or any(
        p.lower_ == "of" and p.head.lower_ in ("dozens", "hundreds", "scores") for p in [head.head] if head.dep_ == "pobj")


def _armed_with_blunt(head: Token) -> bool:
    """Whether a noun of people is "armed with" sticks, bats or iron bars only (a crowd, also
    with farm blades: "a crowd of about 30 farmers armed with machetes and sticks")."""
    crowd = head.lemma_.lower() in ("crowd", "mob")
    people = [head] + ([o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                       if crowd else [])
    weapons = [o for h in people for a in h.children if a.dep_ in ("acl", "amod") and a.lemma_.lower() == "arm"
               for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.subtree if o.pos_ == "NOUN"]
    allowed = BLUNT_WEAPONS | (CROWD_BLADES if crowd else set())
    return bool(weapons) and all(w.lemma_.lower() in allowed or w.lemma_.lower() in ("iron", "metal", "wooden") for w in weapons)
