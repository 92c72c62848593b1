"""Linking a trigger to its agent (actor1) and target (actor2): the trigger's clause and
syntactic arguments, the actor mention behind a token (pronouns, generic mentions,
countries), speakers of quotes, and filling in missing sides from the article."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..mentions.actors import ActorMention
from ..records import Actor
from .candidate import Candidate
from .context import _ArticleContext, _quoted
from .triggers import hits_explosive
from .words import (CLAUSE_DEPS, QUOTES, STATEMENT, VIOLENT, _dated_from_other, _inside_quote, _own_time, _subject_clause,
                    _subject_clause_tokens, _verb_as_adjective)

SPEAKER_NOUNS = {"spokesman", "spokesperson", "spokeswoman", "official", "commander", "leader", "chief", "envoy", "representative", "negotiator", "statement",
                 "head", "president", "chairman", "chairwoman", "director", "secretary-general"}
#: who speaks for a body, whatever body the text has just had speak
SPOKESPEOPLE = {"spokesman", "spokesperson", "spokeswoman"}
#: offices whose holder speaks for the body "its" points to ("its secretary-general, X, told reporters")
OFFICE_NOUNS = {"secretary-general", "general", "coordinator", "chairman", "chairwoman", "chair", "leader", "head", "president",
                "spokesman", "spokeswoman", "spokesperson", "director", "founder", "secretary"}
#: who speaks for a body abroad ("the European Union's delegation", "the UN mission")
ENVOY_NOUNS = {"delegation", "mission", "embassy", "envoy", "representative", "representation"}
#: words for a body that say only that a spokesman has one ("party spokeswoman X")
BODY_WORDS = {"party", "group", "movement", "association", "union", "committee", "organisation", "organization", "alliance", "coalition"}
DWELLING_NOUNS = {"village", "hamlet", "home", "house", "homestead", "neighbourhood", "neighborhood", "settlement", "community", "church", "mosque", "temple", "shop"}
ARMED_MODIFIERS = {"gang", "militia", "rebel", "insurgent", "cartel", "guerrilla", "militant", "jihadist", "terrorist", "armed", "bandit"}
MEMBER_NOUNS = {"member", "supporter", "loyalist", "follower", "militant", "fighter", "element", "gunman", "gunmen", "militiaman", "militiamen", "attacker", "assailant", "insurgent", "rebel",
                "inmate", "prisoner", "detainee", "agent", "officer", "operative"}
PROTEST_VERBS = {"protest", "demonstrate", "march", "rally", "picket", "strike", "riot", "demand", "chant", "block", "occupy", "boycott"}
#: what an organiser organises, and how
PROTEST_NOUNS = {"march", "protest", "rally", "demonstration", "sit-in", "strike", "boycott", "vigil"}
ORGANISE_VERBS = {"organise", "organize", "lead", "call", "coordinate", "plan"}
OTHER_EVENT_PREPS = {"following", "after", "before", "since", "amid", "despite", "ahead", "unlike", "like"}
#: words that open a clause, which the parser may read as prepositions ("after supporters fought")
CLAUSE_OPENERS = {"after", "before", "until", "since", "as", "when", "while"}
AGENT_SUPPORT = {"launch", "carry", "conduct", "stage", "claim", "mount", "execute", "perpetrate", "commit", "unleash", "wage", "lead", "organize", "organise", "hold", "step", "intensify", "resume", "begin", "start", "continue"}
#: what a body issues and what then "said" it
#: What residents who man or put them up protest with ("manning barricades").
BARRICADE_NOUNS = {"barricade", "roadblock", "blockade", "road", "street", "highway", "bridge"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "release"}
#: writings whose signer speaks ("a pamphlet signed by the X front declared")
DOCUMENT_NOUNS = {"pamphlet", "leaflet", "flyer", "letter", "note", "communique", "communiqué", "statement", "poster", "message"}
#: parts of an armed group named as their own ("the Dagoberto Ramos front")
UNIT_NOUNS = {"front", "column", "bloc", "brigade", "battalion", "wing", "faction", "cell", "unit", "company"}
REPORTING_VERBS = {"say", "tell", "add", "write", "declare", "state", "insist", "charge", "allege", "claim", "read"}
#: institutions and bodies, which "he" or "she" never stands for
COLLECTIVE_NOUNS = {"military", "army", "government", "police", "force", "authority", "administration", "regime", "ministry",
                    "cabinet", "junta", "parliament", "presidency", "embassy", "state", "gendarmerie", "navy", "air force"}
#: what a force owns and acts through ("its jets", "their drones", "its fighters")
OWNED_FORCES = {"jet", "warplane", "aircraft", "plane", "helicopter", "drone", "gunship", "fighter", "troop", "soldier", "force", "unit", "artillery", "missile", "rocket", "ship", "vessel", "tank", "man", "member", "commando"}


def _other_event_phrase(child: Token) -> bool:
    """"after the shooting in X", "Hours after the shooting in X, ...": a phrase that tells
    another event than its clause's."""
    return child.dep_ == "prep" and child.lower_ in OTHER_EVENT_PREPS or child.dep_ == "npadvmod" and any(
        c.dep_ == "prep" and c.lower_ in ("after", "before") for c in child.children)


def _can_speak(doc, m: ActorMention) -> bool:
    """An official, a person or a force, or anyone's spokesman ("a KIA spokesman")."""
    head = doc[m.head]
    return m.category in ("government", "person", "state_military", "police") or head.lemma_.lower() in SPEAKER_NOUNS \
        or head.dep_ == "compound" and head.head.lemma_.lower() in SPEAKER_NOUNS


def _separate_story(sent) -> bool:
    """"Separately, a social leader was shot dead ...", "In a separate incident, ...": a
    story of its own, whose perpetrators are not the article's main actors."""
    opening = " ".join(t.lower_ for t in sent[:4])
    return opening.startswith(("separately", "elsewhere")) or "a separate" in opening


class ArgumentLinking:
    """Step 3: who did it and to whom."""

    @staticmethod
    def _clause_head(trigger: Token) -> Token:
        """The verb whose clause tells the trigger's event (a noun's governing verb)."""
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
        if _verb_as_adjective(trigger):
            root = trigger.head.head  # "returned to X and looted shops": the clause of "returned"
        return root

    def _clause(self, trigger: Token) -> Span | list[Token]:
        own = _subject_clause(trigger)
        if own is not None:
            return _subject_clause_tokens(own)  # ("..., and a drone strike on Y killed nine": that clause)
        root = self._clause_head(trigger)
        excluded: set[int] = set()
        for child in root.children:
            if child.left_edge.i <= trigger.i <= child.right_edge.i:
                continue
            if _subject_clause(child) == child:
                excluded.update(t.i for t in child.subtree)
                continue
            if child.dep_ == "advcl" and child.i > trigger.i and child.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and root.i == trigger.i:
                continue  # "fired tear gas to break up a protest in X": the act's purpose, where it was
            if child.dep_ in CLAUSE_DEPS or _other_event_phrase(child) or _dated_from_other(child):
                excluded.update(t.i for t in child.subtree)  # (or "killing two, a day after young men looted shops in X")
            elif child.dep_ == "conj" and child.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) \
                    and any(c.dep_ == "cc" for c in root.children):
                excluded.update(t.i for t in child.subtree)  # "Gunmen killed six in X, and gang members set a bus on fire in Y"
            elif child.dep_ == "conj" and child.pos_ == "VERB" and _own_time(child) and _own_time(root):
                # "fought gunmen in X on Tuesday and opened fire on a crowd in Y the next day": the
                # second act, on a day of its own, is where it was
                excluded.update(t.i for t in child.subtree)
            elif child.dep_ == "conj" and child.pos_ == "VERB" and root.i != trigger.i and child.i > trigger.i:
                # "condemned the bombing in X and called for calm ahead of a summit in Y": the
                # noun's event is not where the next predicate points
                excluded.update(t.i for t in child.subtree)
        return [t for t in root.subtree if t.i not in excluded]

    def _arguments(self, ctx: "_ArticleContext", cand: Candidate) -> tuple[list[Token], list[Token]]:
        token = cand.trigger
        agents: list[Token] = []
        targets: list[Token] = []
        if not cand.nominal and token.dep_ == "amod" and token.head.lower_ == "fire" and token.head.dep_ == "pobj":
            # "two men on a motorcycle opened fire on people", parsed as "men on a ... fire on
            # people": the noun the phrases hang on shot, the other "on" was shot at
            shooter = token.head.head.head
            if shooter.pos_ in ("NOUN", "PROPN"):
                return [shooter], [o for p in shooter.children if p.dep_ == "prep" and p.lower_ in ("on", "at") and p is not token.head.head
                                   for o in p.children if o.dep_ == "pobj"]
        if not cand.nominal:
            verb = token
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            struck = hits_explosive(verb)
            for child in verb.children:
                if child.dep_ == "nsubj" and struck:
                    targets.append(child)  # "an armoured vehicle struck an explosive device": the vehicle was hit
                elif child.dep_ == "nsubj":
                    agents.append(child)
                    if child.i < ctx.dateline_end:
                        # ("SEOUL, May 20 — Protesters ... smashed": the dateline parsed as the subject)
                        agents[-1:] = [a for a in child.children if a.dep_ == "appos" and a.i >= ctx.dateline_end] or [child]
                elif child.dep_ == "nsubjpass":
                    targets.append(child)
                elif child.dep_ == "agent":
                    agents += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "dobj":
                    targets.append(child)
                    if cand.cls.name == "riot":  # "fought running battles with them"
                        targets += [o for p in child.children if p.dep_ == "prep" and p.lower_ in ("with", "against") for o in p.children if o.dep_ == "pobj"]
                elif child.dep_ == "prep" and child.lower_ in ("to",) and verb.lemma_.lower() == "fall":
                    agents += [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "prep" and (child.lower_ in ("on", "against", "with", "at") or child.lower_ == "into" and verb.lemma_.lower() == "fire") \
                        and cand.cls.name in VIOLENT + ("threaten", "accuse", "protest", "riot"):
                    # ("soldiers fired into the crowd")
                    targets += [c for c in child.children if c.dep_ == "pobj"]
                    # ("opened fire on students marching against the killings", parsed as a clause)
                    targets += [s for pc in child.children if pc.dep_ == "pcomp" for s in pc.children if s.dep_ == "nsubj"]
                elif child.dep_ == "prep" and child.lower_ == "by" and passive:
                    agents += [c for c in child.children if c.dep_ == "pobj"]
            if verb.dep_ == "acl" and verb.tag_ == "VBD" and not passive and verb.head.pos_ in ("NOUN", "PROPN") and (
                    any(c.dep_ == "dobj" for c in verb.children)
                    or (m := ctx.mention_at.get(verb.head.i)) is not None and (m.category in ("protesters", "rioters", "armed_generic")
                                                                                 or m.category == "civilians" and cand.cls.name in ("clash", "riot", "protest", "mobilize"))):
                agents.append(verb.head)  # "– Gunmen abducted 24 students ...", "a crowd beat to death a man ...", parsed as a noun's modifier
            if not any(t.dep_ in ("dobj", "nsubjpass") for t in verb.children) and any(
                    p.dep_ == "prep" and p.lower_ == "to" and any(o.lower_ == "death" for o in p.children) for p in verb.children):
                # "a crowd beat to death a man accused of ...", the man parsed as a later verb's subject
                after = verb.doc[max(t.i for t in verb.subtree) + 1] if max(t.i for t in verb.subtree) + 1 < len(verb.doc) else None
                if after is not None and after.dep_ == "det" and after.head.pos_ == "NOUN" and after.head.dep_ == "nsubj" \
                        and after.head.head.i > verb.i:
                    targets.append(after.head)
            if _verb_as_adjective(verb):
                # "gunmen returned to X and looted shops": the previous verb's subject, the object the parser's noun
                agents += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
                targets.append(verb.head)
            if cand.cls.name == "request":
                # "called on X to ...", "demanded that X withdraw ...": who is asked
                targets += [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for c in p.children if c.dep_ == "pobj"]
                targets += [c for x in verb.children if x.dep_ == "ccomp" or x.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in x.children) for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
                # ("calling for federal forces to be stationed ...": who is to act)
            if cand.under_fire:
                # "soldiers came under fire from men in pickup trucks": who fired is "from X"
                first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not agents else None
                if first is not None:
                    # ("a patrol spotted five armed men ... and came under fire": the first verb's
                    # subject was fired on, by the armed men it saw)
                    agents = [c for c in first.children if c.dep_ == "nsubj"]
                targets = agents or [c for a in verb.children if a.dep_ == "advcl" and a.i < verb.i
                                     for c in a.children if c.dep_ == "nsubj"]
                agents = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
                if not agents and first is not None:
                    agents = [o for o in first.children if o.dep_ == "dobj" and (m := ctx.mention_at.get(o.i)) is not None and m.armed]
            if verb.lemma_.lower() == "fall":
                targets = []
            if verb.lemma_.lower() == "die":
                agents, targets = [], targets + agents  # who died is a victim
            if verb.lemma_.lower() in ("explode", "blast") and not any(c.dep_ == "dobj" for c in verb.children):
                # "a police vehicle exploded on a mine": the subject is hit, not the attacker
                agents, targets = [], agents
            if cand.cls.name in VIOLENT and verb.dep_ == "conj" and agents and all(a.i in ctx.toponym_tokens and a.pos_ == "PROPN" for a in agents) \
                    and not any(c.dep_ == "dobj" for c in verb.children) and not any(a.lower_ in self.forms for a in agents):
                # "dozens of settlers, several of them masked, attacked al-Mughayyir" parsed with
                # the village as the subject: the village is attacked, the subject is the first verb's
                targets = targets + agents
                agents = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if not agents and verb.dep_ == "advcl" and not passive:
                # "police arrested 40 people after supporters of two parties fought ...",
                # parsed with the clause's subject as the object of "after"
                agents = [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in CLAUSE_OPENERS
                          for o in p.children if o.dep_ == "pobj" and o.right_edge.i == verb.i - 1]
            # subjectless verbs: "..., killing 12", "stormed the town and killed 5"
            node = verb
            hops = 0
            while not agents and not cand.under_fire and (node.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
                                  or node.dep_ == "pobj" and node.tag_ == "VBG" and node.head.dep_ == "prep") and hops < 3:
                # ("went from house to house in X taking cars ...": a participle the parser hung on "in")
                node = node.head.head if node.dep_ == "pobj" else node.head
                hops += 1
                agents = [c for c in node.children if c.dep_ == "nsubj"]
                if not agents:
                    agents = [c for a in node.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
                if passive:
                    # "two died in X and a woman was wounded in Y": the people who died did not
                    # wound her; only an armed subject carries over to a passive verb
                    agents = [a for a in agents if a.i in ctx.mention_at and (ctx.mention_at[a.i].armed or ctx.mention_at[a.i].type == "state forces")]
            if hops and verb.dep_ == "conj" and agents and not any(a.i in ctx.mention_at for a in agents) and not passive:
                # "The trouble began ..., when about 40 people gathered outside a house, smashed its
                # windows and ...": the parser hung the verb on the sentence's first clause; the
                # people of the clause right before it did it
                before = [v for v in cand.sent if v.pos_ == "VERB" and v.i < verb.i and v.head.i != verb.i
                          and any(c.dep_ == "nsubj" and c.i in ctx.mention_at for c in v.children)]
                if before and not any(t.pos_ == "VERB" and before[-1].i < t.i < verb.i and t.dep_ != "conj" for t in cand.sent):
                    agents = [c for c in before[-1].children if c.dep_ == "nsubj"]
            if not agents and cand.cls.name in STATEMENT + ("threaten",) and verb.tag_ == "VBG":
                # '"...," said X, the head of an association, urging the authorities to ...': X
                root = verb.sent.root
                if root.lemma_.lower() in REPORTING_VERBS:
                    agents = [c for c in root.children if c.dep_ == "nsubj"]
            if cand.cls.name in STATEMENT + ("threaten",) and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS \
                    and agents and all(a.lower_ in ("it", "they") for a in agents) and not _inside_quote(verb.doc, verb.i):
                # "the ministry summoned the ambassador and said it held Dushanbe responsible":
                # the speaker speaks of itself
                said = verb.head
                speakers = [c for c in said.children if c.dep_ == "nsubj"]
                if not speakers and said.dep_ == "conj":
                    speakers = [c for c in said.head.children if c.dep_ == "nsubj"]
                if any(self._mention_of(ctx, s) for s in speakers):
                    agents = speakers
            if cand.cls.name in STATEMENT + ("threaten",) and verb.dep_ == "conj" and agents and not any(
                    self._mention_of(ctx, a) for a in agents):
                # "X said 400 businesses had closed ... and demanded that ...": the parser
                # joined the demand to the reported clause; X demands
                node = verb.head
                while node.dep_ not in ("ccomp", "ROOT") and node.head != node:
                    node = node.head
                if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
                    agents = [c for c in node.head.children if c.dep_ == "nsubj"] or agents
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
        if ctx.dateline_end and any(a.i < ctx.dateline_end for a in agents):
            # "Peshawar, April 9 (Agency) – Militants stormed ...": the parser may make the
            # dateline the subject; the words after it are the actor
            agents = [x for a in agents for x in ([a] if a.i >= ctx.dateline_end else
                                                   [c for c in a.children if c.dep_ == "appos" and c.i >= ctx.dateline_end])]
        if ctx.dateline_end and any(t.i < ctx.dateline_end for t in targets):
            # ("Raipur, Apr 11: Five Maoists and a policeman were killed ...": who was killed)
            targets = [x for t in targets for x in ([t] if t.i >= ctx.dateline_end else
                                                     [c for c in t.children if c.dep_ == "appos" and c.i >= ctx.dateline_end])]
        # conjunctions: "X and Y clashed"
        partners = [c for a in agents for c in a.children if c.dep_ == "conj"]
        if cand.cls.name in ("exchange", "agreement", "clash") and partners and not any(self._mention_of(ctx, t) for t in targets):
            # "the government and the rebels exchanged prisoners / signed a deal", "soldiers and
            # separatists exchanged fire": the second party
            return agents, partners + targets
        agents += partners
        return agents, targets

    def _mention_for(self, ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        if token.lemma_.lower() in OFFICE_NOUNS:
            body = self._body_spoken_for(ctx, token)
            if body is not None:
                return body  # "a spokesman for the nationalist party X": the party speaks
        named = next((ctx.mention_at[c.i] for c in token.children if c.dep_ == "appos" and c.i in ctx.mention_at
                      and ctx.mention_at[c.i].category == "named"), None)
        if named is not None and token.pos_ == "NOUN":
            return named  # "The UN peacekeeping force UNIFIL urged ...": the force by its name
        mention = self._mention_of(ctx, token)
        if (mention is None or mention.category in ("government", "civilians") and not mention.name) and self._office_of_body(token):
            # '"We demand ...," its secretary-general told reporters' after "The coalition, for
            # its part, rejected the warning": the body the sentence before had speak
            body = self._previous_speaker_body(ctx, token)
            if body is not None:
                return body
        if mention is not None and mention.category == "civilians" and not mention.name and any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("man", "block", "occupy", "guard", "erect", "build") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in BARRICADE_NOUNS for o in c.children) for c in ctx.doc[mention.head].children):
            # "fired on residents manning barricades": the residents protest
            return replace(mention, category="protesters", type="protesters", template="Protesters ({country})")
        if mention is not None and mention.category == "civilians" and not mention.name and any(
                c.dep_ == "relcl" and c.lemma_.lower() in ("take", "join", "attend", "lead") and any(
                    t.lemma_.lower() in PROTEST_NOUNS for t in c.subtree) for c in ctx.doc[mention.head].children):
            # "a student who took part in Thursday's rally": a protester
            return replace(mention, category="protesters", type="protesters", template="Protesters ({country})")
        if mention is None and token.lemma_.lower() in ("coalition", "alliance", "network", "federation", "platform") and token.pos_ == "NOUN":
            # "a coalition of civic groups said ...": the groups it joins
            member = next((ctx.mention_at[o.i] for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" and o.i in ctx.mention_at), None)
            if member is not None and member.category == "civil_society":
                return member
        if mention is None and token.lemma_.lower() in ("group", "band", "gang") and token.pos_ == "NOUN" \
                and token.dep_ == "nsubj" and set(self.lex.verb_classes(token.head)) & {"attack", "mob"}:
            # "a group of men beat two students": men acting together, a mob (not an armed group)
            people = next((ctx.mention_at[o.i] for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" and o.i in ctx.mention_at), None)
            if people is not None and people.category == "civilians" and not people.name and not people.armed \
                    and not any(t.lemma_.lower() in ("arm", "gun", "rifle", "firearm", "weapon") for t in token.subtree):
                # (not "groups of young men armed with machetes and locally made guns": an armed band)
                return replace(people, category="rioters", type="rioters", template="Rioters ({country})")
        if mention is None and token.lemma_.lower() in ("office", "bureau", "department", "service"):
            # "the prosecutor general's office said": whose office it is
            for owner in (c for c in token.children if c.dep_ == "poss"):
                found = self._mention_of(ctx, owner)
                if found is not None:
                    return found
        if mention is None and token.lemma_.lower() in DOCUMENT_NOUNS:
            # "a pamphlet signed by the X front declared ...": who signed it (a front or column
            # of the armed group the story is about, when no table knows it)
            for signer in (o for a in token.children if a.dep_ == "acl" and a.lemma_.lower() in ("sign", "issue", "release", "send", "publish")
                           for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"):
                found = self._mention_of(ctx, signer)
                if found is None and signer.lemma_.lower() in UNIT_NOUNS:
                    found = self.actor_finder.salient_armed(ctx.mentions, before=signer.i)
                if found is not None:
                    return found
            # ('"...," the pamphlet read' after "X claimed the attack in a pamphlet")
            author = self._statement_author(ctx, token)
            if author is not None:
                return author
        if mention is None and token.lemma_.lower() == "statement":
            # "a coalition statement accused ...": the body named before by that word
            # ("the Saudi-led coalition")
            for owner in (c for c in token.children if c.dep_ in ("compound", "poss", "amod") and c.pos_ in ("NOUN", "PROPN")):
                named = [m for m in ctx.mentions if m.category == "named" and m.end <= token.i
                         and owner.lemma_.lower() in (ctx.doc[m.head].lemma_.lower(), ctx.doc[m.end - 1].lemma_.lower())]
                if named:
                    return named[-1]
        if mention is None and token.dep_ == "dobj" and token.lemma_.lower() in DWELLING_NOUNS and "attack" in self.lex.verb_classes(token.head):
            crowd = [self._mention_of(ctx, c) for c in token.head.children if c.dep_ == "nsubj"]
            if any(m is not None and m.type in ("rioters", "protesters") for m in crowd):
                # "a mob attacked a village": the villagers are its victims (ACLED mob violence)
                return ActorMention(token.i, token.i + 1, token.i, token.text, "civilians", type="civilians", template="Civilians ({country})")
        if mention is None and token.lemma_.lower() in SPEAKER_NOUNS:
            for owner in (c for c in token.children if c.dep_ == "poss" and c.i not in ctx.mention_at
                          and any(d.lower_ == "the" for d in c.children)):
                # "the service's director" after "the National Border Service (X)": the body
                # named before by that word
                named = [m for m in ctx.mentions if m.category == "named" and m.end <= owner.i
                         and ctx.doc[m.end - 1].lemma_.lower() == owner.lemma_.lower()]
                if named:
                    return named[-1]
            # "the commander of the army's 6th Infantry Division": the force he commands
            for unit in (t for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree):
                owner = ctx.mention_at.get(unit.i)
                if owner is not None and (owner.type not in (None, "civilians") or owner.category == "civil_society"):
                    return owner  # (or "the head of a regional truckers' association": the association)
        spoke = next((t for t in ctx.doc[mention.start:mention.end] if t.lemma_.lower() in SPOKESPEOPLE), None) \
            if mention is not None and mention.category == "government" and not mention.name else None
        if spoke is not None:
            # "a spokeswoman for the family collective": the body she speaks for
            for body in (o for p in spoke.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children if o.dep_ == "pobj"):
                owner = ctx.mention_at.get(body.i)
                if owner is not None and (owner.category in ("civil_society", "protesters") or owner.category == "named" and owner.type != "state forces"):
                    return owner
        if spoke is not None and not any(c.dep_ in ("poss", "compound", "amod", "prep") and c.ent_type_ != "PERSON"
                                         and c.lemma_.lower() not in BODY_WORDS for c in spoke.children):
            # "The drivers' associations said ... 'We want ...,' spokeswoman X told Y": the
            # body the sentence before had speak, when no government is named as hers (a
            # "party spokeswoman" also for a party no table knows: "CHADEMA demanded ...")
            body = self._previous_speaker_body(ctx, token, unknown_party=any(w.lemma_.lower() in BODY_WORDS for w in spoke.children))
            if body is not None:
                return body
        if mention is not None and not mention.name and mention.head < len(ctx.doc) and ctx.doc[mention.head].lemma_.lower() in SPEAKER_NOUNS:
            # "the Houthis' military spokesman", "the group's commander": who they speak for
            for owner in (c for c in ctx.doc[mention.head].children if c.dep_ in ("poss", "compound") and c.i < mention.head):
                if owner.i in ctx.mention_at and ctx.mention_at[owner.i] is not mention and ctx.mention_at[owner.i].category == "named":
                    return ctx.mention_at[owner.i]
                if owner.lemma_.lower() == "group" and owner.dep_ == "poss":
                    group = self._mention_of(ctx, owner)
                    if group is not None:
                        return group

        if mention is not None and mention.type == "civilians" and mention.head < len(ctx.doc):
            # "a man presented as a Viv Ansanm spokesman", "a woman who identified herself as
            # a commander of X": who the speaker speaks for
            for role in (o for c in ctx.doc[mention.head].children if c.dep_ in ("acl", "relcl")
                         for p in c.subtree if p.lower_ == "as" and p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
                if role.lemma_.lower() in SPEAKER_NOUNS:
                    owners = [ctx.mention_at[t.i] for t in role.subtree if t.i in ctx.mention_at and ctx.mention_at[t.i].category == "named"]
                    if owners:
                        return owners[0]
        if mention is not None and mention.head < len(ctx.doc) and self._protester(ctx.doc[mention.head], mention):
            return replace(mention, category="protesters", type="protesters", name=None, template="Protesters ({country})")
        return mention

    @staticmethod
    def _protester(head: Token, mention: ActorMention) -> bool:
        """Whether a civilian is described as protesting ("students protesting against
        quotas", "workers who marched on parliament") or a civilian or named person as
        organising a protest ("X, a graduate who helped organise the march")."""
        if mention.type != "civilians" and mention.category != "person":
            return False
        if mention.type == "civilians" and head.dep_ == "nsubj" and head.head.dep_ == "pcomp" and head.head.lemma_.lower() in PROTEST_VERBS:
            return True  # ("fired on students marching against the killings")
        described = [head] + [a for a in head.children if a.dep_ == "appos"]
        for clause in (c for node in described for c in node.children if c.dep_ in ("acl", "relcl")):
            if mention.type == "civilians" and (clause.lemma_.lower() in PROTEST_VERBS or any(
                    x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() in PROTEST_VERBS for x in clause.children)):
                return True
            if any(x.dep_ == "dobj" and x.lemma_.lower() in PROTEST_NOUNS and x.head.lemma_.lower() in ORGANISE_VERBS for x in clause.subtree):
                return True
        return False

    def _mention_of(self, ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        if token.pos_ == "NUM" and token.dep_ == "dobj" and token.head.dep_ == "conj" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "them" for o in p.children) for p in token.children):
            # "pursued the gunmen into the hills and killed two of them": some of the first verb's object
            first = next((c for c in token.head.head.children if c.dep_ == "dobj"), None)
            if first is not None and first.pos_ in ("NOUN", "PROPN"):
                return self._mention_of(ctx, first)
        if token.lower_ in ("them", "him", "her") and token.dep_ == "dobj" and token.head.dep_ == "conj":
            # "rounded up men in a village and shot them": the first verb's object
            first = next((c for c in token.head.head.children if c.dep_ == "dobj"), None)
            if first is not None and first.pos_ in ("NOUN", "PROPN"):
                return self._mention_of(ctx, first)
        if token.lower_ in ("they", "them", "it", "their", "its", "he", "she", "we", "i") and not (
                token.lower_ in ("they", "them", "their") and _inside_quote(token.doc, token.i)):
            # "the air force said it had ...": the speaker of the reporting verb (a quoted
            # "they" is someone else: '"... they alone are responsible," a spokesman said')
            node = token.head
            for _ in range(4):
                if node.dep_ in ("ccomp",) and node.head.lemma_.lower() in ("say", "claim", "announce", "report", "confirm", "tell", "add"):
                    for subj in node.head.children:
                        if subj.dep_ == "nsubj" and token.lower_ in ("we", "i") and self._office_of_body(subj):
                            body = self._previous_speaker_body(ctx, subj)  # ('"We demand ...," its secretary-general said')
                            if body is not None:
                                return body
                        if subj.dep_ == "nsubj" and subj.i in ctx.mention_at:
                            return ctx.mention_at[subj.i]
                        if subj.dep_ == "nsubj" and token.lower_ in ("we", "i") and subj.pos_ == "NOUN" \
                                and (speaker := self._mention_for(ctx, subj)) is not None:
                            return speaker  # ('"We are asking for ...," the head of a truckers' association said')
                        described = [c for c in subj.children if c.dep_ == "appos" and c.i in ctx.mention_at] if subj.dep_ == "nsubj" else []
                        if described and token.lower_ in ("we", "i"):
                            return ctx.mention_at[described[0].i]  # '"We demand ...," X, a municipal councillor, said
                        if subj.dep_ == "nsubj" and subj.lower_ in ("he", "she", "it") and token.lower_ in ("we", "i"):
                            return self._mention_of(ctx, subj)  # '"We ask the government ...," he said': who he is
                        if subj.dep_ == "nsubj" and token.lower_ == "we" and (org := self._unknown_organisation(ctx, subj)) is not None:
                            return org  # ('"We call on X to send a mission ...," PUDEMO said')
                        if subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN") and token.lower_ in ("it", "its"):
                            return None  # "the department said it had arrested six": no actor we know,
                            # and not the armed group named before
                    break
                if node.head == node:
                    break
                node = node.head
        if token.lower_ in ("we", "i") and _inside_quote(token.doc, token.i) and token.sent.root.lemma_.lower() not in REPORTING_VERBS:
            # '"We only ask that ... . If they have committed a crime, try them," said X, a BYC
            # organiser': the speaker named where the quotation closes
            k = ctx.sent_starts.index(token.sent.start)
            for nxt in [token.sent, *ctx.sents[k + 1:k + 3]]:
                # (the reporting verb may hang under the quotation's last verb: '"... We pay rent
                # like everybody else," a shop owner told AFP', in this sentence or a later one)
                root = next((t for t in nxt if t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not _inside_quote(ctx.doc, t.i)
                             and t.i > token.i and any(c.dep_ == "nsubj" for c in t.children)), nxt.root)
                if root.lemma_.lower() not in REPORTING_VERBS or root.i < token.i:
                    continue
                for subj in (c for c in root.children if c.dep_ == "nsubj"):
                    if self._office_of_body(subj) and (body := self._previous_speaker_body(ctx, subj)) is not None:
                        return body  # ('"We demand ... . Until then, ...," its coordinator told reporters')
                    described = [c for c in subj.children if c.dep_ == "appos" and c.i in ctx.mention_at]
                    if described:
                        return ctx.mention_at[described[0].i]
                    if subj.i in ctx.mention_at:
                        return ctx.mention_at[subj.i]
                    if subj.pos_ == "NOUN" and (speaker := self._mention_for(ctx, subj)) is not None:
                        return speaker
                    if (org := self._unknown_organisation(ctx, subj)) is not None:
                        return org
                break
        if token.lower_ in ("he", "she") and token.i not in ctx.mention_at:
            # "..., he said": the official named last (in this sentence or the one before, or
            # before the quote that sentence opens)
            start = ctx.previous_sentence_start(token.sent)
            start = token.sent.start if start is None else start
            if start < token.sent.start and ctx.doc[start].text in QUOTES:
                start = ctx.previous_sentence_start(ctx.doc[start].sent) or start
            officials = [m for m in ctx.mentions if start <= m.start < token.i and _can_speak(ctx.doc, m) and not _inside_quote(ctx.doc, m.start)
                         and ctx.doc[m.head].lemma_.lower() not in COLLECTIVE_NOUNS and ctx.doc[m.head].tag_ not in ("NNS", "NNPS")]
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
        if token.lower_ in ("they", "them", "their"):
            crowd = self._crowd_before(ctx, token)
            if crowd is not None:
                return crowd  # "protesters set fire to ..., and police fought them"
        if token.lower_ == "it" and token.dep_ == "nsubj" and (token.i == token.sent.start or token.head.lemma_.lower() in REPORTING_VERBS):
            # "The interior ministry said ... It warned: ...": the institution that spoke last
            start = ctx.previous_sentence_start(token.sent)
            if start is not None:
                root = ctx.doc[start].sent.root
                subjects = [c for c in root.children if c.dep_ == "nsubj"]
                # ("The military's media wing, Inter-Services Public Relations (ISPR), said":
                # the institution the apposition names)
                subjects += [a for c in subjects if c.i not in ctx.mention_at for a in c.children if a.dep_ == "appos"]
                spoke = [ctx.mention_at[c.i] for c in subjects if c.i in ctx.mention_at
                         and ctx.mention_at[c.i].category in ("government", "police", "state_military", "named")]
                if spoke:
                    return spoke[0]
        if token.lower_ in ("they", "them", "it", "their", "its") or (token.lemma_.lower() == "group" and token.i not in ctx.mention_at):
            salient = self.actor_finder.salient_armed(ctx.mentions, before=token.i)
            return salient
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            token = token.head.head  # "fighters who had attacked": the fighters
        mention = ctx.mention_at.get(token.i)
        if mention is not None and mention.category == "civilians" and token.lemma_.lower() in MEMBER_NOUNS and token.i > 0 \
                and token.doc[token.i - 1].lemma_.lower() in ARMED_MODIFIERS:
            # "gang members", "militia members" (whatever the parse made of the pair)
            return replace(mention, category="armed_generic", type="rebel group", name=None,
                           template="Unidentified Armed Group ({country})")
        if mention is not None and mention.category in ("civilians", "armed_generic") and (token.lemma_.lower() in MEMBER_NOUNS or token.lemma_.lower() == "man"):
            # "members of the X gang", "fighters loyal to X": the group they belong to
            preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "to")]
            preps += [p for a in token.children if a.dep_ == "acl" and a.lemma_.lower() in ("belong", "loyal", "affiliate", "link")
                      for p in a.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]  # "inmates belonging to the X gang"
            # "men the secretariat described as members of the gang"
            preps += [p for r in token.children if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in ("describe", "identify", "name")
                      for a in r.subtree if a.lower_ == "as" for m in a.children if m.dep_ == "pobj" and m.lemma_.lower() in MEMBER_NOUNS
                      for p in m.children if p.dep_ == "prep" and p.lower_ == "of"]
            for o in (o for p in preps for o in p.children if o.dep_ == "pobj"):
                group = next((ctx.mention_at[t.i] for t in o.subtree if t.i in ctx.mention_at and ctx.mention_at[t.i].category != "civilians"), None)
                if group is not None:
                    return group
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
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is not None and token.lemma_.lower() in OWNED_FORCES:
            return self._mention_of(ctx, owner)  # "the air force said its jets struck ...": the air force
        return None

    @staticmethod
    def _crowd_before(ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        """The crowd a plural pronoun stands for: the nearest actor named before it in its
        sentence, when that actor is protesters or rioters."""
        before = [m for m in ctx.mentions if token.sent.start <= m.start and m.end <= token.i]
        if before and before[-1].type in ("protesters", "rioters"):
            return before[-1]
        # (a state actor between them: "protesters stoned police, who then chased them")
        crowd = [m for m in before if m.type in ("protesters", "rioters")]
        if crowd and all(m.type == "state forces" for m in before[before.index(crowd[-1]) + 1:]) and token.dep_ == "pobj":
            return crowd[-1]
        return None

    def _country_actor(self, ctx: "_ArticleContext", tokens: list[Token]) -> Actor | None:
        for token in tokens:
            for t in token.subtree:
                iso = self.forms.get(t.text) or self.capital_countries.get(t.text)
                if iso:
                    return Actor(self.country_names.get(iso, t.text), t.text, iso, None)
        return None

    def _speaker(self, ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        """Who says the quotation ``token`` stands in: the subject of the reporting verb."""
        node = token
        for _ in range(6):
            if node.lemma_.lower() in REPORTING_VERBS and node is not token:
                for subj in node.children:
                    if subj.dep_ == "nsubj":
                        return self._speaker_named(ctx, subj)
                return None
            if node.head == node:
                break
            node = node.head
        root = token.sent.root
        for subj in root.children:
            if subj.dep_ == "nsubj" and root.lemma_.lower() in REPORTING_VERBS:
                return self._speaker_named(ctx, subj)
        sent = token.sent
        if sent.start > 0 and _inside_quote(ctx.doc, token.i) and not any(t.text in QUOTES for t in ctx.doc[sent.start:token.i]):
            # 'The mother ... told CNC3: "My son was unarmed. They executed him ...': the
            # quotation opened a sentence before, after its speaker's verb
            before = ctx.doc[sent.start - 1].sent
            opening = [t.i for t in before if t.text in QUOTES]
            for verb in before:
                if verb.lemma_.lower() in REPORTING_VERBS and verb.pos_ == "VERB" and opening and verb.i < opening[-1]:
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        return self._speaker_named(ctx, subj)
        return None

    def _body_spoken_for(self, ctx: "_ArticleContext", office: Token) -> ActorMention | None:
        """The party, group or organisation an office holder speaks for ("a spokesman for the
        nationalist party X", "the leader of the Y movement"), when the text names it."""
        for prep in (c for c in office.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for body in (o for o in prep.children if o.dep_ == "pobj"):
                if body.i in ctx.mention_at and ctx.mention_at[body.i].category in ("named", "civil_society"):
                    return ctx.mention_at[body.i]
                kind = body.lemma_.lower() in BODY_WORDS | {"party"} and body.pos_ != "PROPN"
                # ("the nationalist party X", or a name that ends with its kind: "the X Miners Association")
                named = body.pos_ == "PROPN" and (body.lemma_.lower() in BODY_WORDS | {"party"} or any(
                    c.dep_ in ("compound", "conj") and c.lemma_.lower() in BODY_WORDS | {"party"} for c in body.children))
                if kind or named:
                    # ("the nationalist party X": the name after its kind, or the kind parsed onto the name)
                    name = [t for t in body.subtree if t.pos_ == "PROPN" and (named or t.i > body.i)]
                    if name and all(t.ent_type_ not in ("GPE", "NORP") for t in name):
                        text = ctx.doc[name[0].i:name[-1].i + 1].text
                        return ActorMention(name[0].i, name[-1].i + 1, name[-1].i, text, "named", name=text,
                                            type="political militia" if kind and body.lemma_.lower() in ("group", "movement") else None,
                                            extra={"organisation": True})
        return None

    def _speaker_named(self, ctx: "_ArticleContext", subj: Token) -> ActorMention | None:
        """The actor a reporting verb's subject names: a mention, the author of "the
        statement", a body named in full before, or what "it" stands for (the body the
        sentence before had speak: "A coalition of civic groups said ... '...,' it said")."""
        return self._mention_for(ctx, subj) or self._statement_author(ctx, subj) or self._named_body(ctx, subj) \
            or (self._previous_speaker_body(ctx, subj) if subj.lower_ == "it" else None)

    @staticmethod
    def _unknown_organisation(ctx: "_ArticleContext", subj: Token) -> ActorMention | None:
        """A speaker the NER calls an organisation and no table knows ("PUDEMO said"), kept as
        named; or its envoys ("the European Union's delegation in X said")."""
        if subj.pos_ == "NOUN" and subj.lemma_.lower() in ENVOY_NOUNS:
            subj = next((c for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), subj)
        if subj.pos_ != "PROPN" or subj.ent_type_ != "ORG" or subj.i in ctx.outlet_at or subj.i in ctx.mention_at:
            return None
        ent = next(e for e in ctx.doc.ents if e.start <= subj.i < e.end)
        start = ent.start + (ctx.doc[ent.start].lower_ == "the" and len(ent) > 1)
        end = ent.end - (ctx.doc[ent.end - 1].dep_ == "case" and ent.end - 1 > start)  # ("the European Union's delegation")
        return ActorMention(start, end, subj.i, ctx.doc[start:end].text, "named",
                            name=ctx.doc[start:end].text, extra={"organisation": True})

    @staticmethod
    def _office_of_body(token: Token) -> bool:
        """"its secretary-general", "their coordinator": an office of the body "its" points to."""
        return token.lemma_.lower() in OFFICE_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)

    def _previous_speaker_body(self, ctx: "_ArticleContext", token: Token, unknown_party: bool = False) -> ActorMention | None:
        """The organisation the sentence before has as its subject (an association, party or
        coalition, named or not), for "its leader", "its coordinator", "spokeswoman X"; with
        ``unknown_party``, also a proper name no table knows ("CHADEMA demanded ...")."""
        start = ctx.sentence_before_quotation(token.sent)
        if start is None:
            return None
        root = ctx.doc[start].sent.root
        for subj in (c for c in root.children if c.dep_ == "nsubj"):
            m = ctx.mention_at.get(subj.i)
            if m is not None and (m.category in ("civil_society", "protesters") or m.category == "named" and m.type != "state forces"):
                return m
            if m is None and subj.lemma_.lower() in BODY_WORDS:
                return ActorMention(subj.left_edge.i, subj.i + 1, subj.i, ctx.doc[subj.left_edge.i:subj.i + 1].text, "civil_society",
                                    type="civilians", template="Civilians ({country})")
            described = next((ctx.mention_at[a.i] for a in subj.children if a.dep_ == "appos" and a.i in ctx.mention_at), None)
            if m is None and subj.pos_ == "PROPN" and described is not None and described.category == "civil_society":
                # ("The Legal Assistance Centre, a human rights group, said ...": the organisation by its name)
                start = subj.left_edge.i + (ctx.doc[subj.left_edge.i].lower_ == "the")
                text = ctx.doc[start:subj.i + 1].text
                return ActorMention(start, subj.i + 1, subj.i, text, "named", name=text, extra={"organisation": True})
            if m is None and unknown_party and subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "GPE", "NORP"):
                return ActorMention(subj.i, subj.i + 1, subj.i, subj.text, "named", name=subj.text, extra={"organisation": True})
        return None

    @staticmethod
    def _previous_speaker_force(ctx: "_ArticleContext", token: Token) -> ActorMention | None:
        """The state body the sentence before had speak, for "it said" ("The security forces
        command said ... '...,' it said in a statement")."""
        start = ctx.previous_sentence_start(token.sent)
        if start is None:
            return None
        root = ctx.doc[start].sent.root
        if root.lemma_.lower() not in ("say", "tell", "add", "state", "announce"):
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        # (the force may be named inside the subject: "The Turkish Cypriot security forces command said")
        return next((m for c in subjects for m in ctx.mentions if c.left_edge.i <= m.head <= c.i and m.type == "state forces"), None)

    def _named_body(self, ctx: "_ArticleContext", subject: Token) -> ActorMention | None:
        """'"...," the service said' after "the State Border Service said ...": the body named
        in full in the sentences before, by the last word of its name."""
        if subject.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subject.children):
            return None
        k = ctx.sent_starts.index(subject.sent.start)
        for back, sent in enumerate(reversed(ctx.sents[:k])):
            for name in (t for t in sent if t.lemma_.lower() == subject.lemma_.lower()):
                if name.pos_ == "NOUN" and name.i in ctx.mention_at and ctx.mention_at[name.i].head == name.i \
                        and ctx.mention_at[name.i].category in ("civil_society", "named", "government"):
                    return ctx.mention_at[name.i]  # ("the opposition coalition that had called the march ... The coalition accused ...")
                if name.pos_ == "NOUN" and name.i not in ctx.mention_at and (found := self._mention_for(ctx, name)) is not None \
                        and found.category == "civil_society":
                    return found  # ("A coalition of civic groups said ... the coalition said")
                if name.pos_ != "PROPN" or back >= 3:
                    continue
                mention = next((ctx.mention_at[c.i] for c in name.subtree if c.i in ctx.mention_at and c.i != name.i), None)
                if mention is not None and mention.type == "state forces":
                    return mention
        return None

    def _statement_author(self, ctx: "_ArticleContext", subject: Token) -> ActorMention | None:
        """'"...," the statement said': whose statement the previous two sentences told of
        ("X, in a statement carried by Y, said ...", "a statement from X", "X's statement")."""
        lemma = subject.lemma_.lower()
        if lemma not in STATEMENT_NOUNS | DOCUMENT_NOUNS or not any(c.lower_ in ("the", "that", "this") for c in subject.children):
            return None
        k = ctx.sent_starts.index(subject.sent.start)
        for sent in reversed(ctx.sents[max(0, k - 2):k]):
            for noun in (t for t in sent if t.lemma_.lower() in STATEMENT_NOUNS or t.lemma_.lower() == lemma):
                authors = [c for c in noun.children if c.dep_ == "poss"]
                authors += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of") for o in p.children if o.dep_ == "pobj"]
                verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None) if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
                if verb is not None and verb.lemma_.lower() in REPORTING_VERBS:
                    # "X said in a statement", "X claimed the attack in a pamphlet ..."
                    authors += [c for c in verb.children if c.dep_ == "nsubj"]
                for author in authors:
                    mention = self._mention_for(ctx, author)
                    if mention is not None:
                        return mention
        return None

    def _complete_sides(self, ctx: "_ArticleContext", cand: Candidate, country: str | None) -> None:
        sub = cand.acled_sub
        if cand.agent_actor is None and cand.cls.name in VIOLENT + ("abduction", "sexual") and sub not in ("Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon") \
                and not _separate_story(cand.sent):
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
        if cand.acled_sub == "Excessive force against protesters" and (cand.agent_actor is None or cand.agent_actor.type in ("protesters", "civilians")) \
                and cand.target_actor is not None and cand.target_actor.type == "state forces":
            # the forces used it on the crowd
            crowd = cand.agent_actor
            if crowd is None or crowd.type == "civilians":
                name = self.country_names.get((crowd.country if crowd else None) or country or "", None)
                crowd = Actor(f"Protesters ({name})" if name else "Protesters", crowd.text if crowd else None, country, "protesters")
            cand.agent_actor, cand.target_actor = cand.target_actor, crowd
        if cand.acled_sub in ("Protest with intervention", "Excessive force against protesters") and cand.target_actor is None:
            police = [m for m in ctx.mentions if cand.sent.start <= m.start < cand.sent.end and m.type == "state forces"]
            if police:
                cand.target_actor = police[0].actor(country)

    def _inherit_from_narrative(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        """'a woman was wounded in Y', 'houses were damaged by shelling in Z' right after
        'Russian forces shelled X': no agent or weapon of their own, so the narrative's."""
        last = ctx.last_violent
        keys = {t.geonameid or t.name for t in cand.places}
        there = [c for c in ctx.violent_told if c is not cand and keys & {t.geonameid or t.name for t in c.places}]
        placed = False
        if there and last is not None and not keys & {t.geonameid or t.name for t in last.places}:
            last = there[-1]  # ("The men killed near X ...": the strike told at X, not the rockets told since)
            placed = cand.scene is not None  # (and told again where a paragraph set the scene: "In X, ...")
        previous = ctx.previous_sentence_start(cand.sent) if not keys else None
        if previous is not None:
            # "The fighting in X began at around 5 a.m., ... It said three members of a criminal
            # group and one officer were killed": the event told at the place the sentence before names
            named = {t.geonameid or t.name for t, ids in ctx.toponym_spans if ids and previous <= ids[0] < cand.sent.start}
            told = [c for c in ctx.violent_told if c is not cand and named & {t.geonameid or t.name for t in c.places}]
            if told and last is not None and not named & {t.geonameid or t.name for t in last.places}:
                last = told[-1]
        if cand.cls.name not in VIOLENT or cand.agent is not None or last is None or last is cand:
            return
        if _separate_story(cand.sent):
            return
        i = ctx.sent_starts.index(cand.sent.start)
        j = ctx.sent_starts.index(last.sent.start)
        if i - j > 2 and not placed or last.agent_actor is None:
            return
        if any(c.cls.name in ("riot", "protest", "mob") for start in ctx.sent_starts[j + 1:i + 1]
               for c in ctx.sentence_triggers.get(start, [])):
            return  # ("young men hurled stones at police ... A police officer was injured in X": the riot's)
        if cand.place_from == "clause" and cand.places and last.places and cand.date and last.date and cand.date != last.date \
                and not {t.geonameid or t.name for t in cand.places} & {t.geonameid or t.name for t in last.places}:
            return  # ("..., and a man was hacked to death in Y the next morning": an act of its own)
        generic = ("Attack", "Armed clash")
        if cand.acled_sub in generic and last.acled_sub not in generic:
            cand.acled_sub, cand.acled_type, cand.plover, cand.mode = last.acled_sub, last.acled_type, last.plover, last.mode
        if cand.acled_sub != last.acled_sub:
            return
        cand.agent_actor = last.agent_actor

    def _statement(self, ctx: "_ArticleContext", cand: Candidate) -> None:
        quote = _quoted(cand.sent.text)
        inside = getattr(cand, "quote_threat", None)
        if not quote and inside:
            # (a quote opened in the sentence before: '"We are not asking for luxury. We want
            # electricity," said X')
            quote = ctx.doc[inside[0].i:inside[-1].i + 1].text.strip(" ,")
        if not quote and _inside_quote(ctx.doc, cand.trigger.i):
            # ('"We only ask that our brothers be produced before a court. ...," said X': a
            # quotation that closes in a later sentence)
            opening = max((t.i for t in cand.sent if t.i < cand.trigger.i and t.text in QUOTES), default=cand.sent.start - 1)
            quote = ctx.doc[opening + 1:cand.sent.end].text.strip(" ,\"“”")
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
