"""Word lists, trigger-class groups and small helpers used by more than one of the coder's modules."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from ..records import PRECISIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

VIOLENT = ("territory", "clash", "attack", "remote", "fire_weapon")
STATEMENT = ("threaten", "accuse", "request", "sanction", "consult", "aid", "release")
CLAUSE_DEPS = ("advcl", "ccomp", "relcl", "parataxis", "acl")
DEATH_VERBS = {"kill", "die", "slay", "behead", "execute", "massacre", "murder", "perish", "slaughter", "shoot", "gun"}
DEATH_WORDS = {"dead", "killed", "death", "deaths", "fatality", "fatalities", "toll", "body", "bodies", "corpse", "life", "lives", "casualties_no"}
QUOTES = "\"“”«»"
#: a sequel told hours after the event before it ("Hours later, ...")
HOURS_APART = re.compile(r"\b(hours|minutes) (later|afterwards)\b", re.I)
PLACE_RANK = {p: i for i, p in enumerate(PRECISIONS)}
# What is handed over or given up that is not territory: "handed over their firearms" is
# a surrender or disarmament, not a transfer of territory.
NOT_TERRITORY = {"weapon", "firearm", "gun", "rifle", "arm", "arms", "ammunition", "explosive", "grenade",
                 "suspect", "body", "bodies", "prisoner", "hostage", "document", "evidence", "power", "list", "report"}
# What makes a bomb an incendiary thrown by hand, not an explosive device: "petrol bombs".
INCENDIARY = {"petrol", "gasoline", "molotov", "fire"}
# Nouns a figure counts through "of": "a family of five", "a crew of three".
GROUP_NOUNS = {"family", "crew", "team", "household", "group", "couple"}


def add_new(names: list[str], more: Iterable[str]) -> None:
    """Append to ``names`` (an event's outlets, a sentence's credits) each of ``more`` not
    already in it, keeping the order they were told in."""
    for name in more:
        if name not in names:
            names.append(name)


def _verb_as_adjective(token: Token) -> bool:
    """"returned to X and looted shops": a verb the parser took for an adjective of its
    object, the object conjoined to the previous verb."""
    return (token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.i > 0 and token.doc[token.i - 1].lower_ == "and"
            and token.head.dep_ == "conj" and token.head.head.pos_ == "VERB" and token.head.head.i < token.i)


def _subject_clause(token: Token) -> Token | None:
    """The conjoined noun heading the clause the token is in, when the parser made a
    clause's subject a noun conjoined to the verb before ("..., and a drone strike on Y
    killed nine": "strike", with "killed" hanging on it)."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "conj" and node.pos_ == "NOUN" and node.head.pos_ == "VERB" and any(
                v.dep_ == "acl" and v.tag_ == "VBD" and any(o.dep_ == "dobj" for o in v.children) for v in node.children):
            return node
        subject = _subject_inside_participle(node)
        if subject is not None:
            # the words of the first clause's victims stay with it ("killing at least three people")
            inside = lambda n: n.left_edge.i <= token.i <= n.right_edge.i  # noqa: E731
            return None if inside(subject.head) and not inside(subject) else subject
    return None


def _subject_inside_participle(verb: Token) -> Token | None:
    """"..., killing at least three people, and artillery fire on Y killed a woman": the
    parser hung the second clause's verb on the participle as its complement, with the
    victims as its subject and the real subject ("fire") conjoined to them. Returns that
    conjoined noun."""
    if verb.tag_ != "VBD" or verb.dep_ != "ccomp" or verb.head.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        for noun in subject.children:
            if noun.dep_ == "conj" and noun.pos_ == "NOUN" and any(c.dep_ == "cc" and c.i < noun.i for c in subject.children):
                return noun
    return None


def _subject_clause_tokens(node: Token) -> list[Token]:
    """The words of the clause ``_subject_clause`` found."""
    verb = node.head.head
    if node.head.dep_ == "nsubj" and _subject_inside_participle(verb) == node:
        words = list(node.subtree) + [verb] + [t for c in verb.children if c.i != node.head.i for t in c.subtree]
        return sorted(words, key=lambda t: t.i)
    return list(node.subtree)


def _inside_quote(doc, i: int) -> bool:
    """Whether token ``i`` is inside quotation marks: an odd number of marks before it in
    its sentence, counting a quote the sentences before it in the paragraph left open (a
    quotation over two sentences closes in the second: the third is outside it)."""
    sent = doc[i].sent
    before = []
    start = sent.start
    while start > 0 and len(before) < 4 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
        before.append(doc[start:doc[start].sent.end])
    opened = False
    for span in reversed(before):
        opened ^= sum(t.text in QUOTES for t in span) % 2 == 1
    return (sum(t.text in QUOTES for t in doc[sent.start:i]) % 2 == 1) != opened


#: what a crowd is said to do its act for ("to demand ...", "to call for ...")
DEMAND_VERBS = frozenset({"demand", "call", "seek", "press", "urge", "protest", "denounce", "condemn", "mark", "commemorate", "oppose", "support"})


def _stated_aim(verb: Token) -> list[Token]:
    """The tokens of the aims a crowd's act states ("marched ... to demand the release of
    relatives detained after the attack on X"): what they want, not what they did."""
    return [t for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEMAND_VERBS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree]


#: units of a "two days after ..." phrase
TIME_UNITS = {"minute", "hour", "day", "week", "month"}
#: Spans of time that set a clause apart from the event told ("a day after", "hours before").
TIME_SPANS = TIME_UNITS | {"night", "year"}
#: parts of a day a report dates by ("the following night", "the next morning")
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "day"}


def _dated_from_other(clause: Token) -> bool:
    """"..., a day after a student was shot dead in Y": an after/before/since clause
    measured from another event, which tells that other event, not this one (but "after a
    roadside bomb struck the lead vehicle, killing 40" goes on with the same one)."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("after", "before", "since")]
    # (the span may hang on the clause or on its "after": "two days after a mob looted shops")
    if not (clause.dep_ in ("advcl", "ccomp", "conj", "ROOT") and marks):
        return False
    # (or on the verb the clause hangs on, right before the "after": "the rioting began the day
    # after police fired tear gas")
    before = [c for c in clause.head.children if c.i < marks[0].i == c.right_edge.i + 1] if clause.dep_ == "advcl" else []
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_SPANS for c in [*clause.children, *marks[0].children, *before])


def _duration(token: Token) -> bool:
    """"fought back for nearly an hour": how long, not when."""
    return any(a.dep_ == "prep" and a.lower_ in ("for", "within", "over") for a in token.ancestors if a.i < token.i and token.i - a.i <= 4)


def _own_time(verb: Token) -> bool:
    """Whether a verb has a time of its own among its modifiers ("on Tuesday", "the next day"),
    not one of a clause or conjunct under it."""
    return any(t.ent_type_ in ("DATE", "TIME") and not _duration(t) for c in verb.children
               if c.dep_ not in ("conj", "cc", "nsubj", "nsubjpass", "advcl", "ccomp", "xcomp", "relcl", "acl") for t in c.subtree)


def _relative_on_someone(trigger: Token) -> bool:
    """Whether the trigger tells, in a "who" clause, something about a person the sentence names
    outside its subject ("the release of the deputy governor, who was detained in X on Thursday")."""
    return trigger.dep_ == "relcl" and trigger.head.dep_ not in ("nsubj", "nsubjpass") \
        and any(c.lower_ in ("who", "whom") for c in trigger.children)
