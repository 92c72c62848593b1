"""Did the event happen, as reported? Negated, hypothetical, planned, historical.

``modality(trigger)`` walks from the trigger up its governing verbs (stopping at
reporting verbs: "X reported that militants seized ..." is still a report of a fact)
and returns ``None`` for a factual event or one of ``negated``, ``hypothetical``,
``planned``, ``historical``, ``descriptive`` (a participle describing a noun:
"Iraqis fighting in Syria") following a careful coder's reading:

* modal auxiliaries ("could", "would", "might", "may", "should") and "if"/"unless"
  clauses -> ``hypothetical``; "will", "going to" -> ``planned``;
* infinitives under plan/intent/threat verbs or adjectives ("plans to attack",
  "threatened to storm", "eager to take on") -> ``planned``;
* "not"/"never", or clauses under "deny"/"refute" -> ``negated``;
* "once", "formerly", "ago", "in 2003", "last year" -> ``historical``;
* present-tense relative clauses and habitual adverbs ("the militia that fights
  alongside the army", "has repeatedly struck the area") -> ``descriptive``;
* nouns under "threat of", "plan for", "ahead of", "fear of", "possible" -> ``hypothetical``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..mentions.dates import resolve_expression

MODAL_HYPOTHETICAL = {"could", "would", "might", "may", "should", "can", "must", "ought"}
MODAL_PLANNED = {"will", "shall", "'ll", "wo"}
PLAN_HEADS = {
    "plan", "intend", "want", "threaten", "vow", "aim", "seek", "prepare", "hope", "expect", "eager",
    "ready", "likely", "able", "go", "decide", "agree", "promise", "pledge", "propose", "consider",
    "try", "attempt", "wish", "need", "order", "urge", "call", "ask", "demand", "fail", "refuse",
    "warn", "mean", "set", "due", "poise", "poised", "willing", "determined", "unable", "allow",
    "struggle", "help", "boost", "continue_to_future",
}
IRREALIS_NOUNS = {
    "threat", "plan", "possibility", "risk", "fear", "prospect", "danger", "ahead", "warning",
    "announcement", "rumor", "rumour", "attempt", "bid", "preparation", "chance", "concern",
    "talk", "prevent", "avoid", "before", "plot", "potential", "ability", "capacity", "capability",
    "power", "means", "right", "intention", "readiness", "willingness", "need", "call", "demand",
}
IRREALIS_ADJ = {"possible", "potential", "planned", "future", "proposed", "imminent", "alleged_no", "feared", "expected", "threatened", "likely", "new_no"}
#: nouns whose complements are a person's or group's past, not news ("a history of attacking police")
BACKGROUND_NOUNS = {"history", "conviction", "record", "past", "reputation", "legacy", "memory", "anniversary", "trial", "charge"}
#: "accused of", "charged with", "convicted of": the act belongs to a case, not to the day's news
ALLEGATION_HEADS = {"accuse", "charge", "convict", "sentence", "jail", "try", "acquit", "indict", "suspect", "arrest", "prosecute", "imprison", "guilty", "innocent"}
REPORTING = {"say", "report", "tell", "claim", "state", "add", "confirm", "announce", "write", "note", "quote", "accord", "believe", "suggest", "reveal", "show", "indicate"}
DENY = {"deny", "refute", "dismiss", "reject"}
#: what is denied: "denied reports that ...", "a claim the army rejected"
CLAIM_NOUNS = {"report", "claim", "rumour", "rumor", "allegation", "assertion", "suggestion", "account"}
NEGATORS = {"not", "never", "n't", "no"}
#: adverbs of a pattern of events rather than one ("has repeatedly shelled", "regularly attack")
HABITUAL_ADV = {"repeatedly", "regularly", "often", "frequently", "routinely", "usually", "sometimes", "occasionally", "habitually", "constantly", "periodically", "daily", "nightly"}
CALL_FOR_HEADS = {"call", "appeal", "push", "press", "plan", "prepare", "urge", "campaign", "mobilize", "mobilise"}
DURATION_UNITS = {"year", "decade", "month", "century", "generation"}
GENERIC_PEOPLE = {"anyone", "anybody", "whoever", "everyone", "everybody", "those", "someone", "somebody"}
#: crowd actions whose attempt is itself the event ("tried to march on parliament")
ATTEMPTED_GATHERINGS = {"march", "protest", "rally", "demonstrate", "gather", "picket", "storm"}
#: measures decreed for a term: "for six months" is how long they hold, not a past
MEASURE_VERBS = frozenset({"suspend", "ban", "impose", "declare", "extend", "close", "shut", "detain", "jail", "sentence", "outlaw"})
HISTORICAL_ADV = {"once", "formerly", "previously", "earlier_no"}


def _children_words(token: Token, deps: tuple[str, ...]) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ in deps]


def _denied_claim_after(clause: Token) -> bool:
    """Whether a reported clause is followed by ", a claim X rejected/denied" (however
    the parser attached it)."""
    doc = clause.doc
    for i in range(clause.i + 2, clause.sent.end):
        noun = doc[i]
        if noun.lemma_.lower() in CLAIM_NOUNS and "," in (doc[i - 1].text, doc[i - 2].text) and any(
                r.dep_ in ("relcl", "acl") and r.lemma_.lower() in DENY for r in noun.children):
            return True
    return False


def _dated_in_past(noun: Token, published: str) -> bool:
    """Whether a noun carries a date before the report's: "the 2003 war", "the wars of 1989 to
    2003", "the massacre in 1994"."""
    dates = [c for c in noun.children if c.dep_ in ("poss", "compound", "nummod", "amod") and c.ent_type_ == "DATE"]
    dates += [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "during", "from")
              for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
    for date in dates:
        resolved = resolve_expression(" ".join(t.text for t in date.subtree if t.dep_ != "case"), published)
        if resolved and resolved[2]:
            return True
    return False


def _after_past_date(relcl: Token, published: str) -> bool:
    """Whether a relative clause opening with "in which"/"when" follows a past date right
    before it (", in which ..." after "the wars of 1989 to 2003", whatever noun the parser
    hung the clause on)."""
    doc = relcl.doc
    start = relcl.left_edge.i
    if not any(t.tag_ in ("WDT", "WRB") for t in doc[start:relcl.i]):
        return False
    before = start - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    if before < 0 or doc[before].ent_type_ != "DATE":
        return False
    ent = next((e for e in doc.ents if e.start <= before < e.end), None)
    resolved = resolve_expression(ent.text, published) if ent is not None else None
    return bool(resolved and resolved[2])


def modality(trigger: Token, published: str | None = None) -> str | None:
    """``None`` if the trigger states a real event, else why it does not."""
    token = trigger
    # a participle or relative clause describing a noun: "Iraqis fighting in Syria"
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return "descriptive"
    if trigger.dep_ == "amod" and trigger.pos_ in ("VERB", "ADJ") and not (trigger.lemma_.lower() == "open" and trigger.head.lower_ == "fire"):
        return "descriptive"  # "an abandoned mine", "the besieged city" (not "opened fire" misparsed)
    first = trigger
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ == "relcl" and first.head.lower_ in GENERIC_PEOPLE and trigger.tag_ in ("VBZ", "VBP"):
        return "hypothetical"  # "anyone who attacks a police officer will be detained": no one in particular
    if trigger.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) and (
            trigger.dep_ == "relcl" or any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV for c in trigger.children)):
        return "descriptive"  # "the militia that fights alongside the army", "they often attack farmers"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV for c in trigger.children) and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children):
        return "descriptive"  # "has repeatedly struck the area": a pattern, not one event
    if trigger.pos_ in ("NOUN", "PROPN") and published:
        for poss in trigger.children:
            if poss.dep_ in ("poss", "compound", "nummod", "amod") and poss.ent_type_ == "DATE":
                resolved = resolve_expression(" ".join(t.text for t in poss.subtree if t.dep_ != "case"), published)
                if resolved and resolved[2]:
                    return "historical"  # "last year's protests", "the 2022 demonstrations"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.lemma_.lower() in CALL_FOR_HEADS:
        return "planned"  # "called for fresh demonstrations on Friday"
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "oprd") and trigger.head.lemma_.lower() in ("call", "announce", "schedule", "plan") \
            and any(p.dep_ == "prep" and p.lower_ == "for" and any(o.ent_type_ == "DATE" for o in p.subtree)
                    for p in (*trigger.children, *trigger.head.children)):
        return "planned"  # "called new marches for Saturday in X and Y"
    for adj in trigger.children:
        if adj.dep_ == "amod" and adj.lemma_.lower() in IRREALIS_ADJ:
            return "hypothetical"
        if adj.dep_ == "det" and adj.lower_ == "no":
            return "negated"
    previous = None
    steps = 0
    while True:
        steps += 1
        if previous is not None and previous.dep_ in ("ccomp", "parataxis") and token.lemma_.lower() in REPORTING:
            if _denied_claim_after(previous):
                return "negated"  # "said the group had shot down a drone, a claim the army rejected as false"
            break  # a reported fact: the reporting verb's own mood does not apply
        kids = list(token.children)
        aux = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
        # "said X would not pay and urged ...": a past-tense verb joined to a modal or negated
        # one is not under its modal or negation ("would ... urged" cannot be)
        finite_conj = previous is not None and previous.dep_ == "conj" and previous.tag_ == "VBD"
        if (token.pos_ in ("VERB", "AUX", "ADJ") or token.tag_.startswith("VB")) and not finite_conj:
            if any(a in MODAL_HYPOTHETICAL for a in aux):
                return "hypothetical"
            if any(a in MODAL_PLANNED for a in aux) or ("going" in aux and "to" in aux):
                return "planned"
            if any(c.dep_ == "neg" for c in kids) and not any(
                    c.dep_ == "prep" and any(a.dep_ == "advmod" and a.lower_ in ("only", "just", "simply") for a in c.children) for c in kids):
                return "negated"  # (but "We are not asking for miracles, only for hospitals": a demand for what follows "only")
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for c in kids):
                return "hypothetical"
            if any(c.dep_ == "advmod" and c.lower_ in HISTORICAL_ADV for c in kids):
                return "historical"
            for c in kids:
                if c.dep_ in ("npadvmod", "advmod", "prep", "pobj") and c.lower_ in ("ago",):
                    return "historical"
                if c.dep_ in ("npadvmod", "prep") and any(t.lower_ == "ago" for t in c.subtree):
                    return "historical"
                if c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in DURATION_UNITS for o in c.children) \
                        and token.lemma_.lower() not in MEASURE_VERBS:
                    # (not a measure's term: "suspended the groups' activities for six months")
                    return "historical"  # "has fought the government for 15 years": background
                if c.dep_ == "prep" and c.lower_ in ("in", "during") and published:
                    for obj in c.children:
                        # "killed in last year's protests": the protests' date is the killing's
                        for poss in obj.children:
                            if obj.dep_ == "pobj" and poss.dep_ in ("poss", "compound", "nummod", "amod") and poss.ent_type_ == "DATE":
                                resolved = resolve_expression(" ".join(t.text for t in poss.subtree if t.dep_ != "case"), published)
                                if resolved and resolved[2]:
                                    return "historical"
                if c.dep_ == "prep" and c.lower_ in ("in", "during", "since") and published:
                    for obj in c.children:
                        if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                            resolved = resolve_expression(" ".join(t.text for t in obj.subtree), published)
                            if resolved and resolved[2]:
                                return "historical"
        elif token.pos_ in ("NOUN", "PROPN") and token != trigger:
            if token.lemma_.lower() in IRREALIS_NOUNS:
                return "hypothetical"
            if token.lemma_.lower() in BACKGROUND_NOUNS:
                return "historical"
        if token.lemma_.lower() in IRREALIS_NOUNS and token != trigger and token.pos_ in ("ADV", "ADP", "SCONJ"):
            return "hypothetical"
        if token != trigger and token.lemma_.lower() in DENY:
            return "negated"
        if token != trigger and token.lemma_.lower() in ALLEGATION_HEADS and previous is not None and previous.dep_ in ("prep", "pcomp", "pobj"):
            return "historical"  # "accused of stabbing an officer": a past case, not news of the day
        if previous is not None and previous.dep_ in ("xcomp", "acomp") and token.lemma_.lower() in PLAN_HEADS:
            # "plans to attack", "eager to take on" (but not "continued to fight")
            if previous is trigger and token.lemma_.lower() in ("try", "attempt") and token.tag_ == "VBD" \
                    and trigger.lemma_.lower() in ATTEMPTED_GATHERINGS:
                return None  # "supporters tried to march on the police headquarters": the march set out
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in previous.children):
                return "planned"
        if token.dep_ == "ROOT" or token.head == token or steps > 12:
            break
        if token.dep_ in ("relcl",):
            if token.head.lemma_.lower() in CLAIM_NOUNS and token.head.head.lemma_.lower() in DENY \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
                return "negated"  # "denied reports that troops had abandoned X" (the "that" clause parsed as relative)
            if published and (token.head.pos_ in ("NOUN", "PROPN") and _dated_in_past(token.head, published)
                              or _after_past_date(token, published)):
                return "historical"  # "the civil wars of 1989 to 2003, in which 250,000 people were killed"
            # the relative clause's own verb decides; don't inherit the main clause's mood
            break
        previous = token
        token = token.head
    return None
