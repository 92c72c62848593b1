"""Finding trigger candidates in a sentence: lexicon classes of a token, whether a
trigger is a real event mention (``_valid``, ``_anchored``), casualty clauses, quoted
threats and quoted accusations."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..mentions.dates import find_dates
from .candidate import Candidate
from .context import _ArticleContext
from .lexicon import contains_phrase
from .modality import modality
from .words import DEATH_VERBS, INCENDIARY, NOT_TERRITORY, QUOTES, STATEMENT, VIOLENT, _inside_quote, _verb_as_adjective

SKIP_ENTS = {"DATE", "TIME", "PERSON", "GPE", "WORK_OF_ART", "LAW", "PRODUCT", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LANGUAGE"}
#: verbs of a toll that can be a running total
TOLL_VERBS = {"kill", "die", "wound", "injure", "displace", "slay", "massacre", "murder", "abduct", "kidnap", "arrest", "detain", "claim", "execute", "behead"}
#: subjects that make a perfect-tense toll a conflict's running total ("the war has killed")
CONFLICT_NOUNS = {"insurgency", "conflict", "war", "violence", "fighting", "unrest", "crisis", "uprising", "rebellion",
                  "insurrection", "civil war", "campaign", "crackdown", "hostility", "violence", "feud", "strife"}
#: verbs of a trend ("attacks have increased")
TREND_VERBS = {"intensify", "increase", "escalate", "continue", "persist", "surge", "rise", "grow", "decline", "decrease", "fall", "multiply", "spread", "become", "spike", "abate", "ease", "subside"}
#: nouns under which "of violence" characterises the events told, not one more event
SERIES_NOUNS = {"outbreak", "wave", "spate", "cycle", "surge", "upsurge", "escalation", "flare-up", "spiral", "resurgence",
                "week", "weeks", "month", "months", "string", "series", "year"}
BACK_REFERENCE_NOUNS = {"violence", "attack", "riot", "rioting", "unrest", "killing", "clash", "protest", "lynching", "bombing", "assault", "raid", "arson", "looting", "incident", "massacre", "ambush", "abduction", "kidnapping",
                        "operation", "offensive", "fighting"}


#: what a warning can promise besides violence ("anyone who blocks a road will be detained")
COERCION_VERBS = {"detain", "arrest", "jail", "imprison", "punish", "prosecute", "expel", "deport", "ban", "answer", "face"}
#: installations of soldiers or police ("a security outpost", "an army base")
SECURITY_POSTS = {"post", "outpost", "base", "checkpoint", "station", "camp", "barracks", "garrison", "position"}
#: who, in a quoted warning, stands for anyone ("Anyone who ... will be treated as an enemy")
GENERIC_SUBJECTS = {"anyone", "anybody", "whoever", "everyone", "those"}
#: what armed forces strike besides people and property
MILITARY_TARGETS = {"hideout", "position", "stronghold", "depot", "bunker", "tunnel", "cave", "base", "camp", "convoy",
                    "checkpoint", "outpost", "post", "target", "facility", "launcher", "site", "training", "headquarters"}
#: what lands, falls or rains on a place in remote violence
#: What strikes from the air.
AIRCRAFT = {"helicopter", "gunship", "jet", "warplane", "aircraft", "plane", "bomber", "drone"}
#: What a vehicle or a person hits, runs over or steps on in an explosion.
STRUCK_EXPLOSIVES = {"bomb", "mine", "landmine", "ied", "device", "explosive"}
#: What a state is blamed for doing for an armed group ("trained, armed and sheltered in X").
HARBOUR_VERBS = {"train", "arm", "shelter", "harbour", "harbor", "finance", "fund", "sponsor", "equip", "host"}
#: What unrest is said to have been, when a government blames it on foreign hands.
PLOT_VERBS = {"plan", "organise", "organize", "orchestrate", "instigate", "incite", "mastermind", "direct", "finance", "fund", "sponsor"}
#: Where a person is taken from when they are carried off ("taken from his home").
HOME_NOUNS = {"home", "house", "bed", "residence", "compound", "hotel", "office", "car", "vehicle", "shop"}
#: Takers whose taking is an arrest, not an abduction.
STATE_TAKERS = {"police", "policeman", "officer", "soldier", "troop", "army", "gendarme", "agent", "force", "authority", "military"}
PROJECTILES = {"rocket", "shell", "missile", "mortar", "bomb", "projectile", "grenade", "round", "drone", "munition", "explosive"}
#: Gases that are weapons, not crowd control.
CHEMICAL_AGENTS = {"chlorine", "sarin", "mustard", "nerve", "toxic", "poison", "poisonous", "chemical", "phosgene", "vx"}
#: What a quoted "X will be ...-ed" promises to do to X when it is a threat.
PASSIVE_THREATS = {"hunt", "pursue", "chase", "track", "crush", "eliminate", "wipe", "destroy", "punish", "kill", "finish",
                   "annihilate", "execute", "slaughter", "behead", "defeat", "expel", "target", "attack", "strike", "bomb", "bury"}
#: what an ultimatum promises ("..., or every post will fall")
ULTIMATUM_FATES = {"fall", "die", "burn", "perish", "suffer", "pay", "regret", "lose", "bleed"}
#: what a group vows to carry on ("our war will continue until ...")
STRUGGLE_NOUNS = {"war", "fight", "struggle", "jihad", "resistance", "attack", "operation", "campaign", "offensive", "revolution"}
#: what one comes under in an attack
UNDER_FIRE = {"fire", "attack", "gunfire", "shelling", "bombardment", "assault", "mortar", "rocket"}


#: verbs of a quoted imperative demand besides the "must" list ("Open the road", "Bring them home")
IMPERATIVE_DEMANDS = {"open", "reopen", "protect", "bring", "restore", "give", "cancel", "free", "release", "stop", "end"}


#: what one "holds" another for a wrong
BLAME_ADJECTIVES = {"responsible", "accountable", "liable"}
#: a state's words that charge a protest with violence or hire ("paid vandals", "came to cause chaos")
DISPARAGING = re.compile(r"\b(vandals?|thugs?|thuggery|hooligans?|hooliganism|agitators?|troublemakers?|mercenaries|paid (protesters|demonstrators|vandals|thugs)|"
                         r"(cause|sow|spread) (chaos|disorder)|violent groups?)\b")
#: words that tell a protest in the article
PROTEST_WORDS = {"protest", "protester", "demonstration", "demonstrator", "march", "rally", "riot", "rioter", "sit-in", "strike"}
#: the forces a spokesman names as the one who will act ("The army will not let anyone ...")
FORCE_SUBJECTS = {"army", "military", "police", "state", "government", "force", "forces", "gendarmerie"}
#: what a state is charged with when it is said to have left its people to harm
NEGLECT_VERBS = {"abandon", "neglect", "betray", "forsake"}
#: a base that is set up by moving into it ("moved into a new field camp", "a temporary base")
NEW_BASE = {"new", "temporary", "makeshift", "forward", "permanent"}
#: a quoted ultimatum: what someone must do, or else ("..., or it will ...")
ULTIMATUM = re.compile(r"\bmust\b[^.;]*,\s*or\s+(else\s+)?(it|they|he|she|we|you|there)\s+will\b", re.I)
#: what a state is charged with when it is said to deceive ('"X is staging these incidents"')
DECEIT_VERBS = {"stage", "fabricate", "fake", "invent", "manufacture", "concoct", "falsify", "orchestrate"}
#: their written forms (the small model lemmatizes "staging" as "stag")
DECEIT_FORMS = DECEIT_VERBS | {v + "s" for v in DECEIT_VERBS} | {v.rstrip("e") + "ing" for v in DECEIT_VERBS} \
    | {v.rstrip("e") + "ed" for v in DECEIT_VERBS}
#: the state as a subject
STATE_NOUNS = {"state", "government", "authority", "authorities"}
#: what someone is blamed for ("responsible for every life lost")
HARMS = {"life", "death", "killing", "killings", "attack", "violence", "bloodshed", "blood", "massacre", "loss", "suffering",
         "destruction", "bombing", "murder", "abduction", "kidnapping", "crime", "atrocity", "casualty"}
#: what a provocation "will be met with"
RESPONSE_NOUNS = {"response", "force", "retaliation", "reply", "reaction", "fire"}


def hits_explosive(token: Token) -> bool:
    """"a military vehicle hit a roadside bomb", "struck an explosive device", "stepped on a
    landmine": the subject is the explosion's victim (or "hit a roadside bomb hours later",
    the bomb parsed into the time phrase)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in ("hit", "strike", "run", "step", "trigger", "drive") and any(
        t.lemma_.lower() in STRUCK_EXPLOSIVES and token.i < t.i <= token.i + 6
        for c in token.children if c.dep_ in ("dobj", "npadvmod", "prep", "advmod") for t in c.subtree)


#: verbs of a denial that answers a quoted charge ("The police denied this")
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
#: what a denial says it rejects ("rejected the statement", "denied the allegations")
REJECTED_WORDS = frozenset({"statement", "accusation", "allegation", "claim", "charge", "account", "remark", "comment"})


class TriggerFinding:
    """Step 1: propose :class:`~eventwire.coding.candidate.Candidate` events from trigger words."""

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
                    if name == "blockade":
                        cand.cls = self.lex.classes["protest"]
                    if name == "accuse" and (token.lemma_.lower() == "be" or token.lemma_.lower() in HARBOUR_VERBS | PLOT_VERBS | NEGLECT_VERBS or token.lower_ in DECEIT_FORMS):
                        cand.quoted_accusation = True  # ("they alone are responsible for ...": the speaker blames the subject)
                    if name == "abduction_away":
                        cand.cls = self.lex.classes["abduction"]
                    if name == "found_dead":
                        cand.cls = self.lex.classes["attack"]
                    if name == "under_fire":
                        cand.cls = self.lex.classes["attack"]
                        cand.under_fire = True
                        fired_on = [c for v in (token, token.head if token.dep_ == "conj" else token) for c in v.children if c.dep_ == "nsubj"]
                        if self._returned_fire(sent) and any((m := self._mention_for(ctx, c)) is not None and m.type == "state forces"
                                                             for c in fired_on):
                            cand.cls = self.lex.classes["clash"]  # "officers came under fire ... and shot back": a fight
                    if name == "clash" and token.lemma_.lower() == "engage" and any(
                            p.dep_ == "prep" and p.lower_ == "in" and any(o.tag_ == "VBG" and "clash" not in self.lex.verb_classes(o)
                                                                          for o in p.children if o.dep_ in ("pobj", "pcomp"))
                            for p in token.children):
                        continue  # "a gang engaged in stealing cars": not a fight
                    if name == "agreement" and nominal and token.dep_ == "dobj" and token.head.lemma_.lower() in (
                            "end", "break", "abandon", "suspend", "cancel", "scrap", "quit", "terminate", "renounce", "call off"):
                        cand.cls = self.lex.classes["change"]  # "the FLNC said it was ending its truce": the group changes course
                    if name == "agreement" and nominal and token.dep_ == "nsubj" \
                            and token.head.lemma_.lower() in ("lapse", "expire", "collapse", "end", "fail", "hold", "break"):
                        continue  # "the truce formally lapsed in October": what became of a deal, not one made
                    if name == "territory" and token.lemma_.lower() in ("control", "occupy", "hold") and token.tag_ in ("VBP", "VBZ"):
                        continue  # "gangs control most of the capital": who holds it now, no takeover
                    if name == "mobilize" and token.tag_ in ("VBD", "VBN") and any(
                            c.dep_ in ("dep", "conj") and c.pos_ == "VERB" and c.tag_ == "VBD" and c.i > token.i
                            and token.doc[c.i - 1].dep_ not in ("cc", "punct") for c in token.children):
                        continue  # "Rwandan troops deployed in the province clashed with ...": who the troops are
                    if name == "attack" and token.lemma_.lower() in ("ambush", "assault") and self._on_forces(ctx, token):
                        cand.cls = self.lex.classes["clash"]  # "ambushed a military convoy": a battle (ACLED)
                    elif name == "attack" and token.lemma_.lower() in ("fire", "attack", "storm", "raid", "strike") and not nominal \
                            and self._on_forces(ctx, token, posts_only=True) and (self._returned_fire(sent) or self._armed_subject(ctx, token)):
                        # "fired on two security outposts ... the defenders returned fire", "gunmen
                        # fired on a border post ..., wounding two guards"
                        cand.cls = self.lex.classes["clash"]
                    if name == "clash" and not nominal:
                        crowd = self._crowd_fight(ctx, token)
                        if crowd is not None:
                            # "police fought running battles with protesters": a riot, the crowd its actor
                            cand.cls = self.lex.classes["riot"]
                            cand.intervention = crowd == "object"
                    denier = self._quoted_then_denied(token) if name in VIOLENT + ("abduction",) else None
                    if denier is not None:
                        # '... told CNC3: "They executed him in his own bedroom." The police denied
                        # this.': the speaker charges the deniers; the act is the one told already
                        cand.cls = self.lex.classes["accuse"]
                        cand.quoted_accusation = True
                        cand.denier = denier
                    elif name in VIOLENT + ("arrest", "abduction", "looting") and self._quoted_progressive(token):
                        # '"Russia is deliberately targeting civilians," the minister said':
                        # the speaker accuses; the act is not reported as one event
                        cand.cls = self.lex.classes["accuse"]
                        cand.quoted_accusation = True
                        if token.head.lemma_.lower() in ("send", "order", "deploy", "instruct", "dispatch"):
                            # ('"The police were sent to shoot at children"': who was sent)
                            cand.charged = next((ctx.mention_at[c.i] for c in token.head.children
                                                 if c.dep_ in ("nsubjpass", "dobj") and c.i in ctx.mention_at), None)
                    cand.reality = modality(token, ctx.article.published)
                    if cand.reality == "descriptive" and _verb_as_adjective(token):
                        cand.reality = modality(token.head.head, ctx.article.published)
                    if cand.reality == "descriptive" and name in STATEMENT and token.tag_ == "VBG" and token.i > 0 \
                            and token.doc[token.i - 1].text == ",":
                        cand.reality = None  # '..., said X, the head of an association, urging the authorities to ...'

                    if cand.reality is None and name == "accuse" and not nominal and token.tag_ in ("VBZ", "VBP") \
                            and not any(c.dep_ in ("aux", "auxpass") for c in token.children) and not _inside_quote(token.doc, token.i):
                        cand.reality = "descriptive"  # "Islamabad accuses Kabul of sheltering the group": a standing charge
                    if cand.reality is None and name in VIOLENT + ("abduction", "sexual", "mob", "riot") and self._cumulative(token):
                        cand.reality = "historical"  # "the insurgency has killed 5,000 people since 2017"
                    if cand.reality is None and name in VIOLENT and not nominal and token.dep_ == "relcl" and (
                            token.tag_ in ("VBZ", "VBP") or token.tag_ == "VBG" and any(
                                c.dep_ == "aux" and c.lower_ in ("is", "are") for c in token.children)):
                        cand.reality = "descriptive"  # "the CJNG, which is fighting local groups for the sierra": who they are
                    if cand.reality is None and name == "mobilize" and not nominal and any(
                            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children) \
                            and not any(t.ent_type_ in ("DATE", "TIME") for c in token.children if c.dep_ != "nsubj" for t in c.subtree):
                        cand.reality = "historical"  # "the government has recruited tens of thousands of auxiliaries": a build-up
                    if cand.reality is None and not nominal and self._generic_doer(token):
                        cand.reality = "hypothetical"  # '"Those who attacked police officers will answer for it"': whoever did it
                    if cand.reality is None and nominal and self._called_off(token):
                        cand.reality = "planned"  # "a march planned for Tuesday was called off"
                    if cand.reality is not None and not (self.keep_unreal and cand.reality != "descriptive"):
                        cand.dropped = True
                    found.append(cand)
                    break
        accusations = [c for c in found if c.cls.name == "accuse" and not c.quoted_accusation and not c.dropped]
        if accusations and not any(c.cls.name == "threaten" for c in found):
            threat = self._quoted_threat(ctx, sent)
            if threat is not None:
                # 'X condemned the raid and said "the enemy will pay a heavy price"': the quote
                # makes it a threat; the condemnation is its preamble
                for c in accusations:
                    c.dropped = True
                found.append(threat)
        return found

    @staticmethod
    def _in_backdrop(token: Token) -> bool:
        """Whether the noun sits in an "as"-clause of change ("as demonstrations turned into
        the most serious unrest in a year", "as fighting spread")."""
        node = token
        for _ in range(4):
            if node.head == node:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node.lemma_.lower() in TREND_VERBS | {"turn", "descend", "escalate"} and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in node.children)
        return False

    @staticmethod
    def _in_latest(token: Token) -> bool:
        """Whether the noun sits in a "the latest in ..." characterisation of the event told."""
        node = token
        for _ in range(7):
            if node.head == node:
                return False
            node = node.head
            if node.lower_ == "latest" and any(c.lower_ == "the" for c in node.children):
                return True
        return False

    @staticmethod
    def _returned_fire(sent: Span) -> bool:
        """Whether the sentence or the next tells that the attacked side fired back."""
        nxt = TriggerFinding._next_sentence(sent)
        text = sent.text.lower() + " " + (nxt.text.lower() if nxt is not None else "")
        return any(p in text for p in ("returned fire", "fired back", "shot back", "return fire", "exchange of fire", "exchanged fire", "repelled", "repulsed",
                                       "firefight", "gunfight", "gunbattle", "gun battle"))

    def _armed_subject(self, ctx: "_ArticleContext", token: Token) -> bool:
        """Whether the verb's subject is an armed group or armed men ("gunmen fired on ...")."""
        return any(c.dep_ == "nsubj" and (m := self._mention_for(ctx, c)) is not None and m.armed for c in token.children)

    def _on_forces(self, ctx: "_ArticleContext", token: Token, posts_only: bool = False) -> bool:
        """Whether an ambush/assault hits soldiers or police (its object or "on" phrase);
        ``posts_only``: a security post, base or station."""
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "at") for o in p.children if o.dep_ == "pobj"]
        if posts_only:
            return any(t.lemma_.lower() in SECURITY_POSTS and any(c.lemma_.lower() in ("military", "army", "police", "security", "border", "ranger", "paramilitary")
                                                                 or c.dep_ == "amod" and c.text in self.forms for c in t.children)
                       or t.lemma_.lower() in ("outpost", "barracks", "garrison") for o in objs for t in o.subtree)
        for o in objs:
            m = self._mention_for(ctx, o)
            if m is not None and m.type == "state forces":
                return True
            if any(t.lemma_.lower() in ("military", "army", "soldier", "troop", "police", "convoy", "patrol", "checkpoint", "post", "base") and
                   (t.lemma_.lower() not in ("convoy", "patrol", "post", "base", "checkpoint") or any(
                       c.lemma_.lower() in ("military", "army", "police", "security") for c in t.children)) for t in o.subtree):
                return True
        return False

    def _crowd_fight(self, ctx: "_ArticleContext", token: Token) -> str | None:
        """Whether a fight verb sets a crowd against the police or troops: ``"object"``
        ("police fought with protesters"), ``"subject"`` ("rioters clashed with police"),
        else ``None`` (a battle between armed sides)."""
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        others = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("with", "against") for o in p.children if o.dep_ == "pobj"]
        objects = [c for c in token.children if c.dep_ == "dobj"]
        # "fought running battles with them": the side is under the object
        others += [o for d in objects for p in d.children if p.dep_ == "prep" and p.lower_ in ("with", "against") for o in p.children if o.dep_ == "pobj"]
        others += [d for d in objects if d.lemma_.lower() not in self.lex.nouns]

        def kind(tok: Token) -> str | None:
            m = self._mention_for(ctx, tok)
            return m.type if m is not None else None

        subject_kinds = {kind(s) for s in subjects}
        other_kinds = {kind(o) for o in others}
        crowd = {"protesters", "rioters"}
        if subject_kinds & {"state forces"} and other_kinds & crowd:
            return "object"
        if subject_kinds & crowd and (other_kinds & {"state forces"} or not others):
            return "subject"
        return None

    @staticmethod
    def _trend(token: Token) -> bool:
        """An event noun told as a trend: the subject of "have intensified", "has increased
        in recent weeks", "continued over the past month"."""
        node = token
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if node.dep_ == "advcl" and node.head.lemma_.lower() in TREND_VERBS and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
            return True  # ("as fighting ... spread", parsed with "fighting" as the clause)
        if node.dep_ != "nsubj":
            return False
        verb = node.head
        if verb.lemma_.lower() not in TREND_VERBS:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in list(verb.children) + list(node.children)):
            return True  # "..., as fighting between the army and the rebels spread": the backdrop
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        if any(t.ent_type_ in ("DATE", "TIME") and t.lower_ not in ("weeks", "months", "recent", "past", "years", "days") for t in verb.subtree):
            return False  # "the unrest spread to X on Tuesday evening": an event of that day
        span = " ".join(t.lower_ for t in verb.subtree)
        recent = any(p in span for p in ("recent weeks", "recent months", "recent days", "past weeks", "past months", "past year", "this year", "in recent"))
        return perfect or recent

    @staticmethod
    def _called_off(token: Token) -> bool:
        """An event noun that is only planned or was cancelled: "a march planned for
        Tuesday", "the rally was called off", "authorities banned the protest"."""
        if any(c.dep_ == "acl" and c.lemma_.lower() in ("plan", "schedule", "set", "announce", "expect", "due") for c in token.children):
            return True
        head = token.head
        if token.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in ("cancel", "postpone", "ban", "prohibit", "forbid", "delay", "suspend", "abandon", "plan", "schedule"):
            return True
        if token.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
            return True
        if token.dep_ == "dobj" and head.lemma_.lower() == "call" and not any(c.dep_ == "prt" for c in head.children):
            return True  # "have called another rally for Saturday": called, not yet held
        return False

    @staticmethod
    def _cumulative(token: Token) -> bool:
        """A running total, not an event: a perfect-tense toll whose subject is a whole
        conflict ("the war has killed ...") or that counts "since"/"so far"/"to date", or
        any act counted "over the past week/month"."""
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB" \
                and token.head.head.lemma_.lower() in TOLL_VERBS:
            return TriggerFinding._cumulative(token.head.head)  # "40 people have been killed in clashes this year"
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubj", "nsubjpass") and token.head.pos_ == "VERB":
            return TriggerFinding._period_total(token.head)  # "had launched more than 40 attacks over the past week"
        if token.pos_ != "VERB":
            return False
        if TriggerFinding._period_total(token):
            return True  # "launched more than 300 drones over the past week": a period's total
        perfect_since = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in token.children) and any(
            c.dep_ == "advmod" and c.lower_ in ("since", "repeatedly", "often") for c in token.children)
        if perfect_since:
            return True  # "land mines have since wounded several soldiers": a tally, not one event
        if token.lemma_.lower() not in TOLL_VERBS:
            return False
        perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in token.children)
        if not perfect:
            return False
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "since" and not any(
                    t.lower_ in ("morning", "dawn", "midnight", "night", "noon", "afternoon", "evening", "yesterday", "today") for t in c.subtree):
                return True  # ("since 2017", "since the war began"; not "since dawn")
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
                return True
            if c.dep_ == "advmod" and c.lower_ in ("far", "date") and any(g.lower_ in ("so", "to") for g in c.subtree):
                return True
            if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "date" for g in c.children):
                return True
            if c.dep_ in ("nsubj",) and c.lemma_.lower() in CONFLICT_NOUNS:
                return True
        if any(t.lower_ == "this" and t.head.lemma_.lower() in ("year", "month", "week") for t in token.subtree):
            return True  # "more than 40 people have been killed in political clashes this year"
        return False

    @staticmethod
    def _period_total(verb: Token) -> bool:
        """Whether the verb counts acts "over the past week/month/year"."""
        return any(c.dep_ == "prep" and c.lower_ in ("over", "in", "during", "throughout") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ("week", "month", "year")
            and any(m.lower_ in ("past", "last", "previous", "recent") for m in o.children) for o in c.children)
            for c in verb.children)

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
            if not places or any(t.lemma_.lower() in ("hospital", "clinic") for p in token.children if p.dep_ == "prep" for t in p.subtree):
                continue  # (not "two who died in hospital in X": the toll of an event told)
            cand = Candidate(sent, token, self.lex.classes["attack"], False)
            cand.reality = modality(token, ctx.article.published)
            if cand.reality is not None and not (self.keep_unreal and cand.reality != "descriptive"):
                cand.dropped = True
            extra.append(cand)
        return extra

    def _quoted_threat(self, ctx: "_ArticleContext", sent: Span) -> Candidate | None:
        """'"We will finish ISIS in two days," a member said': a threat made in a quote."""
        text = sent.text
        if not any(q in text for q in QUOTES):
            return None
        inside = self._quote_tokens(sent)
        if inside and inside[0].i == sent.start and sent.start > 0:
            # '"These killers will find no hiding place. We are coming for them," he told AFP':
            # the quote began in the sentence before
            before = ctx.doc[sent.start - 1].sent
            inside = [t for t in self._quote_tokens(before) if t.i >= before.start] + inside
        promise = any(self._promises_harm(t) for t in inside)

        if not promise:
            return self._reported_threat(ctx, sent, inside) or self._quoted_demand(ctx, sent, inside) \
                or self._quoted_disparagement(ctx, sent, inside) or self._quoted_state_failure(ctx, sent, inside) \
                or self._quoted_then_rejected(ctx, sent, inside)
        inside_ids = {t.i for t in inside}
        for token in sent:
            if token.i in inside_ids or token.lemma_.lower() not in ("say", "tell", "warn", "quote", "claim", "declare", "vow", "add", "read"):
                continue
            speaker = next((c for c in token.children if c.dep_ == "nsubj" and c.i not in inside_ids), None)
            if speaker is None and token.dep_ == "conj":
                # "X condemned the raid and said ...": the subject of the first verb
                speaker = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i not in inside_ids), None)
            if speaker is None and token.lemma_.lower() == "quote":
                speaker = next((c for c in token.children if c.dep_ == "dobj"), None)
            if speaker is None:
                continue
            cand = Candidate(sent, token, self.lex.classes["threaten"], False)
            cand.quote_threat = [t for t in inside]  # type: ignore[attr-defined]
            return cand
        return None

    def _promises_harm(self, t: Token) -> bool:
        """Whether a word inside a quote makes it a threat: a first-person "will" of a threat
        verb or a promise of retribution ('"the enemy will pay a heavy price"'), "every/any X
        is a target", a generic passive "will be hunted down", "will be met with a decisive
        response", "we will keep fighting until ..."."""
        lemma = t.lemma_.lower()
        # (a conjoined verb shares its head's "will" and subject: "will be found and punished")
        kids = [*t.children, *(t.head.children if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") else [])]
        will = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in kids)
        if (lemma in self.lex.quote_threat_verbs or self._retribution(t)) and t.pos_ == "VERB" \
                and any(c.lower_ in ("will", "'ll", "shall") for c in [*t.children, *(t.head.children if t.dep_ == "conj" else [])] if c.dep_ == "aux") \
                and (any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children) or self._retribution(t)):
            return True
        if lemma == "target" and t.dep_ == "attr" and (any(c.lower_ in ("every", "any", "all") for c in t.head.subtree) or any(
                x.lower_ in ("every", "any") and x.dep_ == "det" for x in t.doc[max(t.sent.start, t.i - 12):t.i])):
            # (or the parser cut the subject off: '"Every train that crosses the Pool is now a target"')
            return True  # '"Every migrant who works for the military is a target"'
        if (lemma in self.lex.quote_threat_verbs or lemma in COERCION_VERBS | {"treat", "deal"}) and will and any(
                c.dep_ == "nsubjpass" and (c.lower_ in GENERIC_SUBJECTS or any(d.lower_ in ("every", "any") for d in c.children))
                or c.dep_ == "csubjpass" and any(d.dep_ == "nsubj" and d.lower_ in GENERIC_SUBJECTS for d in c.children)
                for c in kids):
            return True  # '"Every gang member who burns a bus will be hunted down"', '"Whoever picks up a gun ... will be buried"'
        generic_before = any(x.lower_ in GENERIC_SUBJECTS for x in t.doc[t.sent.start:t.i])
        if lemma in PASSIVE_THREATS and will and any(c.dep_ == "auxpass" for c in t.children) and any(
                c.dep_ == "nsubjpass" and c.lower_ not in ("we", "i", "you") and (c.pos_ in ("NOUN", "PROPN") or c.lower_ == "they" and generic_before)
                for c in t.children):
            return True  # '"These terrorists will be hunted down"', '"Those who did this ... they will be wiped out"'
        if lemma == "meet" and will and any(c.dep_ == "auxpass" for c in t.children) and any(
                p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in RESPONSE_NOUNS for o in p.children) for p in t.children):
            return True  # '"Any provocation will be met with a decisive response"'
        if will and t.pos_ == "VERB" and (lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children)
                                          or {"attack", "clash"} & set(self.lex.verb_classes(t))) and any(
                o.lower_ in GENERIC_SUBJECTS and (o.dep_ == "dobj" and o.head.i == t.i or o.dep_ == "pobj" and o.head.lower_ in ("on", "at", "against"))
                for o in t.subtree):
            return True  # '"Our guards will open fire without warning on anyone who crosses the border"'
        if lemma in ("find", "have") and will and any(c.dep_ == "dobj" and c.lemma_.lower() in ("place", "haven", "refuge", "hiding", "shelter", "rest")
                                                       and any(d.lower_ == "no" for d in c.children) for c in t.children):
            return True  # '"The occupation army will find no safe place behind its wall"'
        # (the object may be parsed as the subject of what follows it: "... the full force of the state waiting for them")
        found = [c for c in t.children if c.dep_ == "dobj"] + [c for x in t.children if x.dep_ in ("ccomp", "xcomp") for c in x.children if c.dep_ == "nsubj"]
        if lemma in ("find", "face", "feel", "know") and will and any(c.lemma_.lower() in ("force", "weight", "wrath", "might", "rigour", "rigor")
                                                                     and any(d.lower_ == "full" for d in c.children) for c in found):
            return True  # '"Those who turn our neighbourhoods into war zones will find the full force of the state waiting"'
        if lemma == "find" and will and any(c.dep_ == "dobj" and c.lemma_.lower() in ("death", "grave") for c in t.children):
            return True  # '"any soldier who enters our forests will find death there"'
        if lemma in ("reach", "sight", "range") and t.dep_ == "pobj" and t.head.lower_ in ("within", "in") \
                and any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children) \
                and any(x.lower_ in ("every", "any", "all") and x.dep_ == "det" for x in t.doc[max(t.sent.start, t.i - 14):t.i]):
            return True  # '"Every post the army holds in the mountains is now within our reach"'
        if lemma == "take" and will and any(c.dep_ == "dobj" and c.lemma_.lower() in ("measure", "step", "action")
                                             and any(d.lower_ in ("every", "all", "any", "necessary", "whatever") for d in c.children)
                                             for c in t.children):
            return True  # '"Russia will take every measure needed to protect its peacekeepers"'
        if lemma in ("receive", "get", "face") and will and any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSE_NOUNS for c in t.children) \
                and any(c.dep_ == "nsubj" and c.lower_ not in ("we", "i") for c in t.children):
            return True  # '"Any further shell that lands on our soil will receive an appropriate response"'
        coming = will or t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in t.children)
        if lemma in ("go", "come") and coming and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children) and any(
                p.dep_ == "prep" and (p.lower_ == "after" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") for o in p.children)
                                      or p.lower_ == "for" and any(o.dep_ == "pobj" and any(d.lower_ in ("every", "all", "each", "any") for d in o.children)
                                                                   for o in p.children))
                for p in t.children):
            return True  # '"We will go after these criminals wherever they hide"', '"We are coming for every gunman"'
        if lemma in ("continue", "go") and will and any(c.dep_ == "nsubj" and c.lemma_.lower() in STRUGGLE_NOUNS for c in t.children) \
                and any(u.lower_ == "until" for u in t.subtree):
            return True  # '"Our war will continue until the last soldier leaves"'
        if lemma in self.lex.quote_threat_verbs and t.dep_ in ("acl", "xcomp") and t.head.lemma_.lower() in ("order", "instruction", "mandate") \
                and any(d.lower_ in ("any", "every", "all") for c in t.children for o in (c, *c.children) if o.dep_ in ("dobj", "pobj")
                        for d in o.children if d.dep_ == "det"):
            return True  # '"Our units have orders to respond to any force that crosses the border"'
        if lemma in ("find", "catch", "get") and will and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children) \
                and any(u.lower_ == "wherever" for u in t.subtree):
            return True  # '"We will find every one of these killers, wherever they hide"'
        if lemma in ("close", "shut") and will and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children) and any(
                c.dep_ == "dobj" and any(d.lower_ in ("every", "all", "each") for d in c.children) for c in t.children):
            return True  # '"We will close every foreign-owned shop in this province"'
        if lemma in ("keep", "continue") and will and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.children) \
                and any(x.dep_ == "xcomp" and x.lemma_.lower() in ("burn", "bleed", "suffer") and not any(o.dep_ == "dobj" for o in x.children)
                        for x in t.children):
            return True  # '"The forestry companies will keep burning for as long as they stay on our land"'
        if lemma in ("let", "allow", "tolerate", "permit") and will and any(c.dep_ == "neg" for c in t.children) and any(
                c.dep_ == "nsubj" and (c.lower_ in ("we", "i") or c.lemma_.lower() in FORCE_SUBJECTS) for c in t.children):
            return True  # '"The army will not let anyone set the country on fire"', '"We will not tolerate ..."'
        return lemma in ("keep", "continue") and will and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in t.children) \
            and (any(u.lower_ == "until" for u in t.subtree)  # '"We will keep fighting until every town is free"'
                 or any(x.dep_ == "xcomp" and x.lemma_.lower() in self.lex.quote_threat_verbs for x in t.children))
        # ('"We will keep striking them wherever they camp"')

    def _quoted_menace(self, sent: Span, warn: Token) -> bool:
        """A quotation after "warned" that promises harm: a first-person "will" of a threat
        verb, or someone or something declared "a target"."""
        after = [t for t in sent if t.i > warn.i]
        quoted: list[Token] = []
        open_quote = False
        for t in after:
            if t.text in QUOTES:
                open_quote = not open_quote
            elif open_quote:
                quoted.append(t)
        if not quoted:
            return False
        if any(t.lemma_.lower() == "target" and t.pos_ == "NOUN" and t.dep_ == "attr" for t in quoted):
            return True
        def promised(t: Token) -> bool:
            verb = t.head if t.dep_ == "conj" else t  # ("will be treated as a collaborator and punished")
            return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
        if any(t.lower_ == "or" for t in quoted) and any(
                t.lemma_.lower() in ULTIMATUM_FATES and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in t.children)
                and any(o.lower_ == "or" and o.i < t.i for o in quoted) for t in quoted):
            return True  # '"lay down your weapons and go home, or every post will fall like X"': an ultimatum
        return any((t.lemma_.lower() in self.lex.quote_threat_verbs or t.lemma_.lower() in COERCION_VERBS) and promised(t)
                   for t in quoted)

    @staticmethod
    def _retribution(verb: Token) -> bool:
        """'(the enemy) will pay a heavy price', 'they will regret it': a threat whatever the subject."""
        lemma = verb.lemma_.lower()
        if lemma == "regret":
            return True
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in ("face", "feel") and any(o.lemma_.lower() in ("weight", "consequence", "justice", "wrath", "force") for o in objects):
            return True  # "those responsible will face the full weight of the law", "they will feel ..."
        if lemma == "find" and any(o.lemma_.lower() in ("rest", "place", "refuge", "peace", "shelter", "safety")
                                   and any(d.lower_ == "no" for d in o.children) for o in objects):
            return True  # "they will find no rest", "these killers will find no hiding place"
        if lemma == "answer" and any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
            return True  # "(they) will answer for it before the law"
        if lemma in ("share", "meet", "suffer") and any(o.lemma_.lower() == "fate" for o in objects):
            return True  # "every battalion that stays will share the fate of X"
        return lemma == "pay" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("price", "dearly") for c in verb.children) or (
            lemma == "pay" and any(c.lower_ == "dearly" for c in verb.children))

    @staticmethod
    def _quote_tokens(sent: Span) -> list[Token]:
        """The tokens inside quotation marks (a quote closing a sentence that opened in the
        one before counts from the sentence's start)."""
        inside: list[Token] = []
        marks = [t for t in sent if t.text in QUOTES or t.text in ("``", "''")]
        open_quote = bool(marks) and len(marks) % 2 == 1 and marks[0].text in ('"', "”", "''") and sent.text.lstrip()[:1] not in "\"“"
        for token in sent:
            if token.text in QUOTES or token.text in ("``", "''"):
                open_quote = not open_quote
                continue
            if open_quote:
                inside.append(token)
        return inside

    def _quoted_demand(self, ctx: "_ArticleContext", sent: Span, inside: list[Token]) -> Candidate | None:
        """'"The home minister must resign today," said a student leader': a demand made in
        a quote (a "must" of a demand verb said of someone other than the speakers)."""
        demand = any(
            t.lemma_.lower() in self.lex.quote_demand_verbs and t.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "must" for c in t.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i", "you") for c in t.children)
            for t in inside)
        # ('"X must put the reform to a vote before the summer, or it will carry the
        # responsibility for what follows"': an ultimatum, whatever is demanded)
        demand = demand or ULTIMATUM.search(" ".join(t.text for t in inside)) is not None
        # '"Open the road and protect it, that is all we ask"', '"Cancel the price increase"':
        # an imperative of a demand verb opening a quoted sentence
        demand = demand or any(self._imperative_demand(t) for t in inside)
        # '"We will not go back to work until our wages are raised"': the terms of a holdout
        demand = demand or any(
            t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children) and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in t.children)
            and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children)
            and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children) for c in t.children)
            for t in inside)
        # '"We want electricity for our children," said X': a demand only if X stands for a
        # protest or an organisation (see the coder's gate), not a passer-by's wish
        # (or '"We have asked for a land survey for twenty years"': what they keep asking for)
        wish = not demand and any(
            (t.lemma_.lower() in ("want", "need", "demand") and t.tag_ == "VBP" and any(c.dep_ in ("dobj", "ccomp") for c in t.children)
             or t.lemma_.lower() == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children))
            and t.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in t.children)
            and not any(c.dep_ == "neg" for c in t.children)
            for t in inside)
        if not demand and not wish:
            return None
        for token, speaker, _found in self._reporting_verbs(ctx, sent, inside, ("say", "tell", "add", "declare", "write", "read")):
            if speaker is None:
                continue
            cand = Candidate(sent, token, self.lex.classes["request"], False)
            cand.quote_threat = list(inside)  # type: ignore[attr-defined]
            cand.wish = wish  # type: ignore[attr-defined]
            return cand
        return None

    def _imperative_demand(self, t: Token) -> bool:
        """Whether a quoted word is an imperative demand opening its sentence ("Open the road",
        "Cancel the price increase, free our friends")."""
        if t.tag_ != "VB" or t.pos_ != "VERB" or t.lemma_.lower() not in self.lex.quote_demand_verbs | IMPERATIVE_DEMANDS:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children) or t.dep_ in ("xcomp", "acl", "relcl", "pcomp"):
            return False
        before = t.doc[t.i - 1] if t.i > 0 else None
        return before is None or before.text in QUOTES or before.text in (".", "!", ";") or t.i == t.sent.start

    def _quoted_disparagement(self, ctx: "_ArticleContext", sent: Span, inside: list[Token]) -> Candidate | None:
        """'"These are not protesters but paid vandals," a government spokesman said': the
        state, in its own quoted words, charging a protest with violence or hire (an ACCUSE
        of the protesters), in an article that tells a protest."""
        words = " ".join(t.lower_ for t in inside)
        if not inside or not DISPARAGING.search(words):
            return None
        if not any(t.lemma_.lower() in PROTEST_WORDS for t in ctx.doc):
            return None
        for token, _speaker, found in self._reporting_verbs(ctx, sent, inside):
            if found is None or found.type != "state forces":
                continue
            cand = Candidate(sent, token, self.lex.classes["accuse"], False)
            cand.disparaged = True
            return cand
        return None

    def _reporting_verbs(self, ctx: "_ArticleContext", sent: Span, inside: list[Token],
                         lemmas: tuple[str, ...] = ("say", "tell", "declare", "add", "write")):
        """The reporting verbs of a sentence outside its quotation, each with its subject and
        the actor mention that subject is (or ``None``)."""
        inside_ids = {t.i for t in inside}
        for token in sent:
            if token.i in inside_ids or token.lemma_.lower() not in lemmas or token.pos_ != "VERB":
                continue
            speaker = next((c for c in token.children if c.dep_ == "nsubj" and c.i not in inside_ids), None)
            yield token, speaker, (self._mention_for(ctx, speaker) if speaker is not None else None)

    def _quoted_state_failure(self, ctx: "_ArticleContext", sent: Span, inside: list[Token]) -> Candidate | None:
        """'"The police stood by and watched a man being killed. This is a failure of the
        state," the rights commission said': a speaker other than the state charging it (or its
        forces) with failing the people it should protect; or '"What happened is a crime
        against a peaceful family," religious leaders said': condemning who did the violence."""
        if not inside:
            return None
        failure = contains_phrase(inside, self.lex.state_failure_quotes) is not None
        blame = contains_phrase(inside, self.lex.blame_quotes) is not None
        if not failure and not blame and contains_phrase(inside, self.lex.crime_quotes) is None:
            return None
        for token, speaker, found in self._reporting_verbs(ctx, sent, inside):
            if speaker is None or found is not None and found.type == "state forces" and found.category != "government":
                continue  # (a force does not charge itself)
            cand = Candidate(sent, token, self.lex.classes["accuse"], False)
            if failure:
                cand.charged = next((m for t in inside if (m := ctx.mention_at.get(t.i)) is not None and m.type == "state forces"), None)
            elif blame:
                cand.blames = True
                # ('"..., and the government bears full responsibility for it"': the subject blamed)
                cand.charged = next((m for t in inside if t.dep_ == "nsubj" and (m := ctx.mention_at.get(t.i)) is not None
                                     and (m.type == "state forces" or m.category == "named")), None)
            else:
                cand.condemns = True
            return cand
        return None

    def _quoted_then_rejected(self, ctx: "_ArticleContext", sent: Span, inside: list[Token]) -> Candidate | None:
        """'X's foreign ministry said the authorities were "allowing hatred against our nationals
        to spread". Y's foreign ministry rejected the statement.': a quoted charge the next
        sentence says its target rejected (an ACCUSE of the rejecting side)."""
        denier = self._denier_after(sent, 14) if inside else None
        if denier is None or self._mention_for(ctx, denier) is None and not any(t.text in self.forms for t in denier.subtree):
            return None  # (a body named with its country will do: "Moldova's Bureau for Reintegration Policies")
        for token, speaker, _found in self._reporting_verbs(ctx, sent, inside, ("say", "tell", "declare", "add", "write", "accuse", "charge")):
            if speaker is None:
                continue
            cand = Candidate(sent, token, self.lex.classes["accuse"], False)
            cand.denier = denier
            cand.quoted_accusation = True
            return cand
        return None

    def _reported_threat(self, ctx: "_ArticleContext", sent: Span, inside: list[Token]) -> Candidate | None:
        """'A rebel spokesman said the group would "burn the town" if ...': a threat told
        in reported speech, the promised act quoted or made conditional."""
        inside_ids = {t.i for t in inside}
        for token in sent:
            if token.i in inside_ids or token.lemma_.lower() not in ("say", "warn", "vow", "declare", "announce", "tell") or token.pos_ != "VERB":
                continue
            speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if speaker is None and token.dep_ == "conj":
                # ("the RSF denied targeting civilians and said its forces would ...")
                speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if speaker is None or self._mention_for(ctx, speaker) is None:
                continue
            for act in (c for c in token.children if c.dep_ == "ccomp"):
                if not any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "'d") for a in act.children):
                    continue
                persist = act.lemma_.lower() in ("keep", "continue") and (any(u.lower_ == "until" for u in act.subtree) or any(
                    x.dep_ == "xcomp" and x.lemma_.lower() in self.lex.quote_threat_verbs for x in act.children))
                # ("would keep advancing until ...", 'would "keep striking the army at every checkpoint"')
                if act.lemma_.lower() not in self.lex.quote_threat_verbs and not persist:
                    continue  # (but "would keep advancing until every garrison has fallen" is a threat)
                quoted = any(t.i in inside_ids for t in act.subtree)
                conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in act.children)
                if not (quoted or conditional):
                    continue
                subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
                if subject is None or not (subject.pos_ == "PRON" or self._mention_for(ctx, subject) is not None):
                    continue
                cand = Candidate(sent, token, self.lex.classes["threaten"], False)
                cand.quote_threat = list(inside) or list(act.subtree)  # type: ignore[attr-defined]
                return cand
        return None

    @staticmethod
    def _generic_doer(token: Token) -> bool:
        """A verb in the relative clause of "those who", "anyone who": what whoever does it
        is warned of, not an act told."""
        node = token
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        return node.dep_ == "relcl" and node.head.lower_ in GENERIC_SUBJECTS

    @staticmethod
    def _harboured_abroad(token: Token) -> bool:
        """A quoted passive of harbouring or arming placed in, or done by, a country: the
        speaker blames that country ("are trained, armed and sheltered in Rwanda", "are
        financed by Kabul")."""
        if token.tag_ != "VBN" or token.lemma_.lower() not in HARBOUR_VERBS | PLOT_VERBS or not _inside_quote(token.doc, token.i):
            return False
        node = token
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if not any(c.dep_ == "auxpass" for c in node.children):
            return False
        if any(o.ent_type_ == "GPE" or any(c.dep_ in ("poss", "compound") and c.ent_type_ in ("GPE", "NORP") for c in o.children)
               for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
               for o in p.children if o.dep_ == "pobj"):
            return True  # (or "by Iran's Revolutionary Guards": a country's force)
        # ('the unrest had been "planned from abroad by forces seeking to split the country"')
        return token.lemma_.lower() in PLOT_VERBS and any(t.lower_ == "abroad" or t.lower_ == "foreign" and t.dep_ == "amod"
                                                          for c in token.children if c.dep_ in ("prep", "agent", "advmod") for t in c.subtree)

    @staticmethod
    def _taken_from_home(token: Token) -> bool:
        """"was taken from his home by armed men", "men dragged him from his house": a person
        carried off from where they live (by people the text does not call police or soldiers,
        whose taking is an arrest)."""
        if not any(p.dep_ == "prep" and p.lower_ == "from" and any(o.lemma_.lower() in HOME_NOUNS for o in p.children if o.dep_ == "pobj")
                   for p in token.children):
            return False
        takers = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        takers += [c for c in token.children if c.dep_ == "nsubj"]
        # (not "arrested officials ..., who said they had been taken from their homes": no
        # takers named, the arrest's)
        return bool(takers) and not any(t.lemma_.lower() in STATE_TAKERS or t.lower_ in ("they", "we") for t in takers)

    def _classes_of(self, token: Token) -> tuple[list[str], bool]:
        if token.ent_type_ in SKIP_ENTS:
            return [], False  # "March 31" is a date, "Storm" may be a name
        if token.tag_ in ("VBN", "VBD") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children):
            return [], False  # "the hospital where the wounded were taken": people, not a wounding
        if token.lower_ == "dead" and token.pos_ == "ADJ" and token.i > 0 and token.doc[token.i - 1].lower_ in ("shot", "gunned") \
                and any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children):
            return ["attack"], False  # "two men on a motorcycle shot dead a rubber tapper", parsed around "dead"
        subjects = list(token.children)
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("begin", "start", "continue", "keep"):
            subjects += list(token.head.children)  # ("shells began landing in residential areas")
        if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            subjects += list(token.head.children)  # ("The rockets, fired late on Tuesday ..., landed in open ground")
        if hits_explosive(token):
            return ["remote"], False  # "a military vehicle hit a roadside bomb", "struck an explosive device", "stepped on a landmine"
        if token.pos_ == "VERB" and token.lemma_.lower() in ("move", "relocate", "redeploy") and any(
                o.lemma_.lower() in self.lex.classes["base"].needs_object and any(a.lower_ in NEW_BASE for a in o.children)
                for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "into") for o in p.children if o.dep_ == "pobj"):
            return ["base"], False  # "moved an anti-drone battery to a new base outside X": a base set up
        if token.pos_ == "VERB" and token.lower_ in DECEIT_FORMS and _inside_quote(token.doc, token.i) and any(
                c.dep_ == "nsubj" and (c.text in self.capital_countries or c.text in self.forms and c.pos_ == "PROPN"
                                       or c.lemma_.lower() in STATE_NOUNS) for c in token.children):
            return ["accuse"], False  # '"Minsk is staging these incidents to justify ...," he told X': a state charged with deceit
        if self._harboured_abroad(token):
            return ["accuse"], False  # '"These terrorists are trained, armed and sheltered in Rwanda," a spokesman said'
        if token.pos_ == "VERB" and token.lemma_.lower() in ("sit", "stand", "kneel") and any(
                p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() == "silence" for o in p.children) for p in token.children) \
                and any(c.dep_ == "nsubj" and (c.tag_ == "NNS" and any(n.dep_ == "nummod" for n in c.children)
                                               or c.lower_ in ("hundreds", "dozens", "thousands")) for c in token.children):
            return ["protest"], False  # "about 150 women dressed in white sat in silence outside the mosque": a silent protest
            # (a crowd counted as one; not "the passengers sat in silence")
        if token.pos_ == "VERB" and token.lemma_.lower() in ("pass", "go") and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) \
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in ("strike", "protest", "march", "rally", "demonstration", "sit-in")
                        for c in token.children):
            return ["protest"], False  # "in X and Y, where the strike passed off peacefully": the strike there
        if token.lemma_.lower() == "open" and token.dep_ == "amod" and token.head.lower_ == "fire":
            return ["attack"], False  # "two men on a motorcycle opened fire on ...", parsed as a fire the motorcycle opened
        if token.pos_ == "VERB" and token.lemma_.lower() in ("take", "drag", "pull", "snatch") and self._taken_from_home(token):
            return ["abduction"], False  # "a CNL official was taken from his home on Sunday night by armed men"
        if token.pos_ == "VERB" and token.lemma_.lower() in ("strike", "hit", "pound", "bomb", "target", "fire") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in AIRCRAFT for c in subjects):
            return ["remote"], False  # "army helicopters struck what it called terrorist positions"
        before = token.doc[token.i - 1] if token.i > 0 else token
        if token.pos_ == "VERB" and token.lemma_.lower() in ("land", "fall", "rain", "slam", "crash", "hit", "strike", "drop") and (any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in PROJECTILES or c.i == c.sent.start and c.lower_.rstrip("s") in PROJECTILES)
                for c in subjects)  # (a sentence's first word may be taken for a name: "Drones also struck ...")
                or before.pos_ == "NOUN" and before.lemma_.lower() in PROJECTILES and before.dep_ in ("conj", "appos")):
            # "Cambodian rockets and artillery shells landed in X, Y and Z", "the drone hit the
            # market"; (or "In X, 30 km southeast of Y, shells and rockets hit ...", the
            # projectiles parsed into the place before them)
            return ["remote"], False
        if token.pos_ == "VERB" and token.lemma_.lower() == "hold" and any(
                t.lemma_.lower() in BLAME_ADJECTIVES and t.dep_ in ("oprd", "acomp", "xcomp", "amod", "ccomp")
                for c in token.children for t in (c, *c.children)):
            return ["accuse"], False  # "said it held Dushanbe fully responsible for this provocation"
        if token.lemma_.lower() == "be" and any(c.dep_ == "nsubj" for c in token.children) and any(
                a.dep_ == "acomp" and a.lemma_.lower() in BLAME_ADJECTIVES and any(
                    p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() in HARMS for o in p.subtree) for p in a.children)
                for a in token.children):
            return ["accuse"], False  # '"... they alone are responsible for every life lost," a spokesman said'
        if token.pos_ == "VERB" and token.lemma_.lower() in NEGLECT_VERBS and token.dep_ == "ccomp" \
                and token.head.lemma_.lower() in ("say", "charge", "declare", "write", "state", "tell") and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in STATE_NOUNS for c in token.children):
            return ["accuse"], False  # "the ombudsman said the state had "abandoned the region to armed groups"": a charge
        if token.pos_ == "VERB" and not (token.tag_ == "VBG" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):
            return self.lex.verb_classes(token), False
        if token.pos_ == "NOUN" and token.lemma_.lower() in ("attack", "raid") and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() == "arson" for c in token.children):
            return ["looting"], True  # "an arson attack on the house of ...": property destroyed (ACLED)
        if token.pos_ in ("NOUN", "PROPN") or token.tag_ == "VBG":
            classes = self.lex.noun_classes(token)
            if not classes and token.tag_ == "VBG":
                classes = [c for c in self.lex.verb_classes(token) if c in ("clash", "remote")]
            return classes, True
        return [], False

    def _objects(self, token: Token) -> list[Token]:
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        if _verb_as_adjective(token):
            objs.append(token.head)
        if not objs and token.pos_ == "VERB":
            # "intercepted and destroyed a drone": the object is shared with the conjoined verb
            objs = [o for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]
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

    def _weapon_of_fight(self, token: Token) -> bool:
        """Whether a weapon noun is what a fight was fought with ("fought with sticks and
        crude bombs", "clashed with knives and petrol bombs")."""
        node = token
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if not (node.dep_ == "pobj" and node.head.lower_ == "with"):
            return False
        verb = node.head.head
        return verb.pos_ == "VERB" and "clash" in self.lex.verb_classes(verb) and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ == "dobj" for c in verb.children)

    def _valid(self, ctx: "_ArticleContext", cand: Candidate) -> bool:
        token, cls = cand.trigger, cand.cls
        lemma = token.lemma_.lower()
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" and not any(d.dep_ == "det" for d in c.children)
                                   for c in token.children):
            return False  # "The ambush took place outside X": an event's setting, no takeover
        if cls.needs_place_object and not cand.nominal:
            if lemma == "fall":
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
                    return False
                return any(self._is_place_phrase(ctx, s) for s in subjects)
            objs = self._objects(token)
            if lemma == "move":
                # "fighters moved into the army post": where they moved, nothing else
                objs = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
            # the parser sometimes takes a place object for an adverb ("recaptured Mosul")
            objs += [c for c in token.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i in ctx.toponym_tokens]
            direct = [c for c in token.children if c.dep_ == "dobj"]
            if direct and not any(self._is_place_phrase(ctx, o) for o in direct):
                # "seized a community leader ... on the Pacific coast": a person taken, where
                # is only the setting
                objs = [o for o in objs if not (o.dep_ == "pobj" and o.head.lower_ in ("on", "off") and o.head.head.i == token.i)]
            return any(self._is_place_phrase(ctx, o) for o in objs)
        if cls.name == "change" and lemma == "merge" and not any(
                c.dep_ == "nsubj" and self._mention_for(ctx, c) is not None for c in token.children):
            return False  # "as anger over a crackdown merged with campaigning": no group merged
        if cls.name == "retreat" and not cand.nominal and any(o.lemma_.lower() in NOT_TERRITORY or o.lower_ in NOT_TERRITORY for o in self._objects(token)):
            return False  # "handed over their firearms": disarmament, not territory
        if cls.name == "retreat" and not cand.nominal and lemma in ("withdraw", "retreat", "flee", "pull") and not self._objects(token) \
                and not any(c.dep_ == "prep" and c.lower_ in ("from", "out") or c.dep_ == "prt" for c in token.children) \
                and not any(c.dep_ == "advmod" and c.lower_ == "back" and any(p.dep_ == "prep" and p.lower_ == "from" for p in c.children)
                            for c in token.children):  # ("pulled back from a hilltop position near X")
            return False  # "the attackers withdrew": they left the fight, no place changed hands
        if cls.name in VIOLENT and token.dep_ in ("dobj", "xcomp") and token.head.lemma_.lower() in ("stop", "end", "cease", "halt", "renounce", "quit"):
            return False  # "signed a pledge to stop fighting": what they promise to give up
        if cand.nominal and cls.name == "remote" and self._weapon_of_fight(token):
            return False  # "supporters fought with sticks, machetes and crude bombs": the fight's weapons
        if cand.nominal and cls.name == "remote" and any(c.dep_ == "compound" and c.lemma_.lower() in INCENDIARY for c in token.children):
            return False  # "hurled petrol bombs at the office": a thrown incendiary, no explosive device
        if cand.nominal and cls.name == "agreement" and token.dep_ == "pobj" and token.head.lower_ in ("under", "despite", "per", "of", "to", "with", "within", "in", "by"):
            return False  # "under the truce, ...", "violations of the ceasefire": the deal as a reference
        if cls.needs_object and not (cand.nominal and cls.name in ("agreement", "exchange", "blockade")):
            # (a nominal "ceasefire", "prisoner exchange" names its own object)
            words = {t.lemma_.lower() for o in self._objects(token) for t in o.subtree}
            words |= {t.lower_ for o in self._objects(token) for t in o.subtree}
            if cls.name == "agreement" and lemma == "agree" and any(c.dep_ == "prep" and c.lower_ in ("on", "to") for c in token.children):
                words |= {t.lemma_.lower() for c in token.children for t in c.subtree}
            if cls.name == "blockade":
                # "parked their trucks across the highway": the road is what they parked across
                words |= {t.lemma_.lower() for p in token.children if p.dep_ == "prep" and p.lower_ == "across" for t in p.subtree}
                if lemma == "park":
                    words &= {t.lemma_.lower() for p in token.children if p.dep_ == "prep" and p.lower_ == "across" for t in p.subtree}
            if cls.name == "base":
                # ("moved an anti-drone battery to a new base outside X": where it was moved)
                words |= {t.lemma_.lower() for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "into") for t in p.subtree}
            if cls.name == "riot_throw":
                # "pelted each other with stones": what was thrown is the object of "with"
                words |= {t.lemma_.lower() for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree}
            if not (words & cls.needs_object):
                return False
            if cls.name == "intervene" and words & CHEMICAL_AGENTS:
                return False  # "forces used chlorine gas south-west of X": a chemical weapon, no crowd control
            if cls.name == "found_dead" and not (words | {t.lower_ for t in self._clause(token)}) & self.lex.violent_death_signs:
                return False  # "the body of a missing boy was found": no sign of who or what killed him
        if cls.name == "looting" and _inside_quote(token.doc, token.i) and any(c.dep_ == "auxpass" for c in token.children):
            return False  # '"The police watched shop windows being smashed and did nothing"': a witness's account
        if cls.name == "looting" and not cand.nominal:
            objs = self._objects(cand.trigger)
            if any(o.lower_ in ("fire", "ablaze", "alight") and o.dep_ == "dobj" for o in objs):
                # "set fire to two houses": what burned is the object of "to"
                objs = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children if c.dep_ == "pobj"]
                objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
            if lemma in ("loot", "plunder", "pillage", "steal"):
                # "looted food from the market": what was looted is where it was taken from
                objs += [c for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "in") for c in p.children if c.dep_ == "pobj"]
            objs = [o for o in objs if o.lower_ not in ("fire", "ablaze", "alight")]  # ("set a bus on fire")
            if token.dep_ == "conj" and any(o.lower_ in ("them", "it") for o in objs):
                # "hijacked vehicles and set them on fire": what the first verb took
                objs = [o for o in objs if o.lower_ not in ("them", "it")] + [c for c in token.head.children if c.dep_ == "dobj"]
            words = {t.lemma_.lower() for o in objs for t in o.subtree}
            if objs and not (words & self.lex.property_nouns) and lemma not in ("carry", "make"):
                return False
            if objs and all(o.lemma_.lower() in ("tyre", "tire", "tyres", "tires") for o in objs):
                return False  # "young men burned tyres and threw stones": the riot's barricade fires, no property destroyed
            if lemma in ("carry", "make") and words & NOT_TERRITORY:
                return False  # "carried off weapons and ammunition before withdrawing": the raid's spoils
            if not objs and lemma not in ("loot", "plunder", "pillage", "ransack", "rampage"):
                return False
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            subjects += [a for sub in subjects for a in sub.children if a.dep_ == "appos"]  # ("SEOUL, May 20 — Protesters ... smashed")
            if subjects and not any(sub.i in ctx.mention_at or sub.pos_ == "PRON" for sub in subjects):
                return False  # "a fire destroyed the building"
        if cls.name == "attack" and not cand.nominal:
            seconds = {second for second, _ in self.lex.verbs.get(lemma, []) if second}
            objs = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() not in seconds]
            aimed = [o for p in token.children if p.dep_ == "prep" and (p.lower_ in ("at", "on", "upon") or p.lower_ == "into" and lemma == "fire")
                     for o in p.children
                     if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
            if lemma == "fire" and not any(self._is_target_phrase(ctx, o) for o in aimed):
                return False  # "fired ... on Sunday": no one fired at; the weapon classes decide
            crowd_control = {t.lemma_.lower() for o in objs for t in o.subtree} & {"gas", "teargas", "cannon", "water", "pepper", "stun", "flare", "rubber", "pellet", "shot", "warning"}
            if objs and not any(self._is_target_phrase(ctx, o) for o in objs) and not (
                    lemma == "fire" and not crowd_control and any(self._is_target_phrase(ctx, o) for o in aimed)):
                return False  # "executed a warrant", "beat the odds" (but "fired live rounds at students")
        if cls.name == "under_fire":
            # "came under fire / attack / shelling", not "came under pressure"
            return any(o.lemma_.lower() in UNDER_FIRE for p in token.children if p.dep_ == "prep" and p.lower_ == "under"
                       for o in p.children if o.dep_ == "pobj")
        if cls.name == "request" and lemma == "ask" and any(c.dep_ == "xcomp" and (any(g.dep_ in ("neg", "auxpass") for g in c.children)) for c in token.children):
            return False  # "asked not to be named", "asked to be identified only by her first name"
        if cls.name == "blockade" and cand.nominal:
            # "blockades by farmers", "Blockades remained in place at X": a protest story's
            # road blockades (not "the naval blockade", "Israel's blockade of Gaza")
            mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            if any(c.lemma_.lower() in ("naval", "economic", "maritime", "air", "military", "army", "police") or c.text in self.forms for c in mods):
                return False
            story = {t.lemma_.lower() for t in ctx.doc}
            if token.dep_ == "pobj" and any(c.lower_ in ("the", "this", "that") for c in token.children):
                return False  # "nine students from the blockade": the one told already
            return bool(story & {"protest", "protester", "demonstrator", "strike", "striker", "farmer", "miner", "trucker", "driver", "union"}) \
                and self._anchored(ctx, cand)
        if cls.name == "blockade":
            # a crowd blocks a road; soldiers, police or armed groups closing it do not protest
            subjects = [self._mention_for(ctx, c) for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "conj" and token.head.pos_ == "VERB":
                # ("About 600 workers walked to the line ... and sat down on the tracks")
                subjects = [self._mention_for(ctx, c) for c in token.head.children if c.dep_ == "nsubj"]
            if not subjects or not all(m is not None and m.type in ("civilians", "protesters", "rioters") for m in subjects):
                return False
        if cls.name in ("protest", "mobilize") and lemma in ("march", "parade") and not cand.nominal and any(
                c.dep_ == "dobj" and c.i not in ctx.toponym_tokens for c in token.children):
            return False  # "marched the passengers into the bush", "paraded the suspects": no protest
        if cand.nominal and cls.name in ("riot", "protest") and token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in (
                "police", "officer", "policeman", "unit", "squad", "gear", "shield", "control", "force", "act", "law"):
            return False  # "riot police", "protest law": no riot or protest
        if cls.name == "protest" and lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            return False  # "demonstrating a belief"
        if cls.name == "fire_weapon" and any(t.lower_ == "stun" or t.lemma_.lower() in ("rubber", "teargas", "gas") for o in self._objects(token) for t in o.subtree):
            return False  # "fired rubber bullets and stun grenades to clear residents": crowd control, no grenade attack
        if cls.name == "intervene" and lemma in ("fire", "use", "lob"):
            # "fired tear gas at protesters", "used water cannon": crowd-control weapons only
            words = {t.lemma_.lower() for o in self._objects(token) for t in o.subtree}
            if not words & {"gas", "teargas", "cannon", "rubber", "pellet", "stun", "pepper"}:
                return False
        if cls.name == "threaten" and lemma in ("vow", "pledge", "promise"):
            # "vowed to retake the base", "vowed to break the siege of X" are plans, not threats
            # ("vowed to crush the rebels" is one)
            if any(c.dep_ == "xcomp" and ("territory" in self.lex.verb_classes(c) or c.lemma_.lower() not in self.lex.quote_threat_verbs)
                   for c in token.children):
                return False
        if cls.name == "threaten" and lemma == "warn":
            # "warned that a new strain could appear" is no threat; "warned the rebels" may be;
            # "warned that it would attack X" is
            promised = [c for c in token.children if c.dep_ == "ccomp" and (
                            c.lemma_.lower() in self.lex.quote_threat_verbs
                            or any(x.dep_ == "xcomp" and x.lemma_.lower() in self.lex.quote_threat_verbs for x in c.children))
                        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children)]
            # ("warned: "We will keep attacking ..."")
            if not promised and self._quoted_menace(cand.sent, token):
                promised = [token]  # 'warned transport companies: "Every truck ... is a target"'
            if not promised and not any(c.dep_ == "dobj" and (c.i in ctx.mention_at or c.text in self.forms or any(
                    ctx.doc[k:c.i + 1].text in self.forms for k in range(c.left_edge.i, c.i))) for c in token.children):
                return False  # ("warned the United Arab Emirates that its cities were within range": a country)
        nxt = self._next_sentence(cand.sent)
        if cls.name == "accuse" and lemma == "blame" and not any(q in cand.sent.text for q in QUOTES) \
                and not (nxt is not None and nxt.text.lstrip()[:1] in QUOTES):
            return False  # "the army blamed 3R fighters": who is held responsible for the event told, not a statement
        if cls.name == "accuse" and not cand.nominal:
            subjects = [self._mention_for(ctx, c) for c in token.children if c.dep_ == "nsubj"]
            if subjects and all(m is not None and m.category == "civilians" and not m.name for m in subjects):
                return False  # "residents blamed the military": hearsay about who did it, not a political statement
        if cls.name == "abduction" and lemma in ("seize", "grab", "take") and not (lemma == "take" and self._taken_from_home(token)) and not any(
                (m := self._mention_for(ctx, o)) is not None and m.type in ("civilians", None) and m.category != "country"
                for obj in self._objects(token) for o in (obj, *(c for c in obj.subtree if c.dep_ in ("appos", "conj") and c.pos_ != "PRON"))):
            # (or "seized the leader of an association, X, and his son": the people named beside)
            return False  # "seized a nurse and a teacher" (not "seized weapons", not "seized the town")
        if cls.name in ("arrest",) and lemma == "capture":
            objs = self._objects(token)
            if any(self._is_place_phrase(ctx, o) for o in objs):
                return False
        if token.dep_ == "relcl" and any(c.lower_ == "whose" for c in token.subtree) and any(
                a.dep_ in ("nsubj", "appos") and a.head.lemma_.lower() in ("say", "tell", "add", "recall") for a in (token.head, *token.head.ancestors)):
            return False  # '"...," said X, a farmer whose car was burned': who the speaker is
        if cand.nominal and token.dep_ == "nsubj" and token.head.lemma_.lower() in ("follow", "precede") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) and any(c.dep_ == "dobj" for c in token.head.children):
            return False  # "The fighting followed an arson attack on Thursday ...": the fight told already; what it followed is told now
        if cand.nominal and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SERIES_NOUNS \
                and token.head.head.dep_ in ("pobj", "attr", "appos"):
            return False  # "(..., in) the latest outbreak of violence": a characterisation, not one more event
            # (but "a wave of air strikes hit the city" is the event)
        if cand.nominal and token.tag_ == "NNS" and any(
                t.ent_type_ == "DATE" and t.lower_ in ("year", "month", "years", "months") for t in token.head.subtree):
            return False  # "organised small demonstrations this year": a summary of a period
        if cand.nominal and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("eve", "anniversary", "aftermath", "wake"):
            return False  # "On the eve of the bombings, a gunman shot dead ...": the event the day is counted from
        if cand.nominal and (self._in_latest(token) or self._in_backdrop(token)):
            return False  # "..., the latest in a week of violence", "as protests turned into unrest": the backdrop
        if (cand.nominal or token.tag_ == "VBG") and token.dep_ in ("nsubj", "conj", "advcl") and self._trend(token):
            return False  # "air strikes have intensified in recent weeks": a trend, not an event
        if cand.nominal and cls.name in VIOLENT and token.dep_ == "pobj" and token.head.lower_ in ("for", "of") \
                and "accuse" in self.lex.verb_classes(token.head.head):
            return False  # "blamed the insurgents for the weekend's violence": what is blamed, told already
        if cand.nominal and cls.name in VIOLENT + ("abduction", "sexual", "protest", "riot", "mob", "looting", "arrest", "mobilize", "retreat", "agreement", "change", "exchange"):
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
        if token.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_.lower() == "be":
            return head.head  # "The New IRA said it was behind the attack"
        return None

    def _is_target_phrase(self, ctx: "_ArticleContext", token: Token) -> bool:
        if any(t.i in ctx.mention_at or t.i in ctx.toponym_tokens for t in token.subtree):
            return True
        if token.pos_ == "PRON" or token.like_num or any(c.dep_ == "nummod" for c in token.children):
            return True  # (or a counted group: "killed three armed Islamists")
        if any(t.lower_ == "old" and t.i > 1 and t.doc[t.i - 2].lower_ in ("year", "years") for t in token.subtree):
            return True  # "a 47-year-old rubber tapper": a person
        if token.lemma_.lower() in MILITARY_TARGETS:
            return True  # "struck suspected militant hideouts"
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
        if lemma == "post" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) \
                and token.head.lemma_.lower() in ("retake", "recapture", "regain", "reclaim", "retook", "retaken"):
            return True  # "troops retook the post" told after "an army post" (taking it is a battle, not a takeover)
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
        if token.dep_ == "nsubj" and head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
            return True  # "The blasts at the tower near X went off at around 2 a.m."
        if token.dep_ == "nsubj" and head.lemma_.lower() in ("begin", "start") and cand.cls.name in VIOLENT \
                and any(p.dep_ == "prep" and p.lower_ == "at" for p in head.children):
            return True  # "The shootout began at around 4 a.m. at a dump about 6 km west of X"
        if self._claimant_verb(token) is not None:
            return True  # "X claimed responsibility for the attack"
        if token.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in self.lex.noun_support
                                        and (c.head == token or c.head.dep_ == "npadvmod" and c.head.head == token) for c in token.subtree):
            return True  # "Smaller marches in X and Y the same day ended without incident" (parsed as a noun phrase)
        if token.dep_ == "pobj" and head.lower_ in ("in", "during", "after", "following", "amid", "by") and head.head.lemma_.lower() in self.lex.noun_support | DEATH_VERBS | {"dead", "wound", "injure"}:
            return True
        if token.dep_ == "conj":
            return self._anchored(ctx, Candidate(cand.sent, token.head, cand.cls, True))
        return False

    @staticmethod
    def _quoted_progressive(token: Token) -> bool:
        """A present-progressive violent verb inside a quotation ("X is attacking Y"), one in
        the simple present ("they shell our homes") or one said to be done on purpose ('"The
        enemy deliberately targeted civilian homes"')."""
        if token.pos_ != "VERB":
            return False
        verb = token.head if token.dep_ == "conj" and token.head.tag_ == "VBG" else token  # ("are using ... and destroying")
        progressive = token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children)
        deliberate = any(c.dep_ == "advmod" and c.lower_ in ("deliberately", "intentionally", "indiscriminately", "systematically")
                         for c in token.children) and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in token.children)
        # '"The militia shells homes and markets because ..."': a simple present said of
        # someone else is a charge about what they do, not one dated act
        habitual = token.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children) \
            and any(c.dep_ == "nsubj" and c.lower_ not in ("we", "i", "you") for c in verb.children)
        # ('"The police were sent to shoot at children"': what someone was sent or ordered to do)
        sent_to = token.tag_ == "VB" and token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and token.head.lemma_.lower() in ("send", "order", "deploy", "instruct", "dispatch") \
            and any(c.dep_ in ("nsubjpass", "dobj") for c in token.head.children)
        if not (progressive or deliberate or habitual or sent_to):
            return False
        sent = token.sent
        offset = token.idx - sent.start_char
        for match in re.finditer(r"[\"“]([^\"“”]+)[\"”]", sent.text):
            if match.start() < offset < match.end():
                return True
        return False

    @staticmethod
    def _quoted_then_denied(token: Token) -> Token | None:
        """The subject of a short denial right after the quotation a violent verb stands in
        ('"They executed him in his own bedroom." The police denied this.'), if any."""
        if token.pos_ != "VERB" or not _inside_quote(token.doc, token.i) \
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in token.children):
            return None
        if not any(t.i > token.i and t.text in QUOTES for t in token.sent):
            return None  # (the quotation closes this sentence; the denial is the next one)
        return TriggerFinding._denier_after(token.sent, 12)

    @staticmethod
    def _denier_after(sent: Span, longest: int) -> Token | None:
        """The subject of a short denial in the sentence after ``sent`` ("The police denied this.",
        "The ministry rejected the statement."), if there is one."""
        doc = sent.doc
        if sent.end >= len(doc):
            return None
        for verb in doc[sent.end].sent:
            # ("The Russian embassy called the accusation a provocation and said ...": named an
            # accusation, in a sentence of any length)
            if verb.lemma_.lower() in DENIAL_VERBS | {"call", "brand", "label", "describe"} and verb.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("accusation", "allegation", "charge") and any(
                        d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in c.children) for c in verb.children):
                return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if len(doc[sent.end].sent) > longest:
            return None
        for verb in doc[sent.end].sent:
            if verb.lemma_.lower() in DENIAL_VERBS and verb.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and (c.lower_ in ("this", "it", "that") or c.lemma_.lower() in REJECTED_WORDS)
                    for c in verb.children):
                return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        return None

    @staticmethod
    def _quoted_chars(sent: Span) -> list[tuple[int, int]]:
        return [(sent.start_char + m.start(), sent.start_char + m.end()) for m in re.finditer(r"[\"“]([^\"“”]+)[\"”]", sent.text)]

    @staticmethod
    def _next_sentence(sent: Span) -> Span | None:
        doc = sent.doc
        return doc[sent.end].sent if sent.end < len(doc) else None

    @staticmethod
    def _refers_back(tokens) -> bool:
        """'over the violence', 'in connection with the attack', 'during the operation': a
        definite reference to an event already told."""
        for tok in tokens:
            if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "for", "with", "during", "in") and tok.lemma_.lower() in BACK_REFERENCE_NOUNS \
                    and any(c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
                return True
        return False

