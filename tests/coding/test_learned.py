"""Step 7 of the coder: the sub-event classifier's second opinion and the lead event."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.coding.classify import ACLED_SUB_EVENT_TYPES
from eventwire.coding.classify.labels import event_type_of
from eventwire.coding.classify.model import Prediction
from eventwire.coding.classify.triggers import default_lexicon
from eventwire.coding.learned import LEAD_CONFIDENCE, LearnedSettings, sub_event_table
from eventwire.records import Article

from .conftest import toponyms

PLOVER_TYPES = {"AGREE", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "COOPERATE"}


class ScriptedClassifier:
    """Answers every text with one sub-event type and probability (the policy under test)."""

    def __init__(self, sub: str, score: float, acled_mass: float | None = None) -> None:
        self.sub, self.score = sub, score
        self.acled_mass = score if acled_mass is None else acled_mass
        self.classes = list(ACLED_SUB_EVENT_TYPES) + ["Organized crime"]
        self.acled_mask = np.array([c in ACLED_SUB_EVENT_TYPES for c in self.classes])
        self.featurizer = type("F", (), {"lexicon": default_lexicon()})()
        self.calls: list[str] = []

    def predict(self, texts, acled_only=False, top=3, boost=None):
        self.calls += list(texts)
        return [Prediction(self.sub, event_type_of(self.sub), self.score, [(self.sub, self.score)])
                for _ in texts]

    def probabilities(self, texts, acled_only=False, boost=None):
        probs = np.zeros((len(texts), len(self.classes)))
        probs[:, self.classes.index(self.sub)] = self.acled_mass
        probs[:, -1] = 1 - self.acled_mass
        return probs, None, [[] for _ in texts]


@pytest.fixture()
def code_with(nlp):
    from eventwire.coding import EventCoder

    coders = {}

    def run(classifier, text, places, settings=None):
        key = id(settings)
        if key not in coders:
            coders[key] = EventCoder(nlp, learned_settings=settings)
        coder = coders[key]
        coder.classifier = classifier
        article = Article("t", text, outlet="Example News", published="2024-06-23")
        return coder.code(nlp(text), article, toponyms(text, places))

    return run


def test_every_acled_sub_event_type_has_a_trigger_class_and_plover_type(coder):
    table = sub_event_table(coder.lex)
    assert set(ACLED_SUB_EVENT_TYPES) <= set(table)
    for sub in ACLED_SUB_EVENT_TYPES:
        cls_name, plover, _mode = table[sub]
        assert cls_name in coder.lex.classes
        assert plover in PLOVER_TYPES, (sub, plover)


RIOT = "Protesters fought with police in the town of Arua on Monday, police said."
ARUA = {"Arua": ("UG", "place", 3.02, 30.91)}


def test_same_family_refinement_needs_the_refine_threshold(code_with):
    text = "Hundreds of teachers marched through Arua on Monday to demand higher pay, police said."
    (rules,) = [e for e in code_with(None, text, ARUA) if e.acled_event_type]
    assert rules.acled_sub_event_type == "Peaceful protest"
    unsure = code_with(ScriptedClassifier("Protest with intervention", 0.45), text, ARUA)
    assert [e.acled_sub_event_type for e in unsure if e.acled_event_type] == ["Peaceful protest"]
    sure = code_with(ScriptedClassifier("Protest with intervention", 0.6), text, ARUA)
    (event,) = [e for e in sure if e.acled_event_type]
    assert event.acled_sub_event_type == "Protest with intervention"
    assert event.acled_event_type == "Protests" and event.event_type == "PROTEST"


def test_crossing_event_types_needs_the_override_threshold(code_with):
    text = "Gunmen attacked an army post in Arua on Monday, killing two soldiers, police said."
    (rules,) = [e for e in code_with(None, text, ARUA) if e.acled_event_type]
    assert rules.acled_event_type == "Battles"
    kept = code_with(ScriptedClassifier("Violent demonstration", 0.7), text, ARUA)
    assert [e.acled_event_type for e in kept if e.acled_event_type] == ["Battles"]
    switched = code_with(ScriptedClassifier("Violent demonstration", 0.9), text, ARUA)
    (event,) = [e for e in switched if e.acled_event_type]
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Riots", "Violent demonstration")
    assert event.event_type == "PROTEST"
    # the actors, place, date and toll found by the rules stay
    assert event.location == rules.location and event.date == rules.date
    assert event.fatalities == rules.fatalities


def test_strategic_developments_are_not_one_family(code_with):
    text = "Police arrested 12 opposition activists in Arua on Monday, a party spokesman said."
    (rules,) = [e for e in code_with(None, text, ARUA) if e.acled_event_type]
    assert rules.acled_sub_event_type == "Arrests"
    kept = code_with(ScriptedClassifier("Looting/property destruction", 0.7), text, ARUA)
    assert [e.acled_sub_event_type for e in kept if e.acled_event_type] == ["Arrests"]


LEAD = LearnedSettings(lead_event=True)
DEFUSED = "Bomb disposal experts defused an explosive device found under a bridge near Arua on Sunday, police said."


def test_lead_event_when_the_rules_find_nothing(code_with):
    assert not [e for e in code_with(None, DEFUSED, ARUA) if e.acled_event_type]
    # general-news settings (the default): no event without the rules
    assert code_with(ScriptedClassifier("Disrupted weapons use", 0.8), DEFUSED, ARUA) == []
    events = code_with(ScriptedClassifier("Disrupted weapons use", 0.8), DEFUSED, ARUA, LEAD)
    (event,) = events
    assert event.acled_sub_event_type == "Disrupted weapons use"
    assert event.acled_event_type == "Strategic developments"
    assert event.location is not None and event.location.name == "Arua"
    assert (event.date, event.time_precision) == ("2024-06-23", "day")  # "on Sunday", published Sunday
    assert event.confidence <= LEAD_CONFIDENCE
    assert event.sources == ["Example News"]
    assert event.evidence is not None and DEFUSED[event.evidence.start:event.evidence.end] == DEFUSED


def test_no_lead_event_when_unsure_or_without_event_words(code_with):
    assert code_with(ScriptedClassifier("Disrupted weapons use", 0.8, acled_mass=0.4), DEFUSED, ARUA, LEAD) == []
    assert code_with(ScriptedClassifier("Disrupted weapons use", 0.1, acled_mass=0.9), DEFUSED, ARUA, LEAD) == []
    calm = "The council of Arua approved a new budget for schools and roads on Sunday, officials said."
    assert code_with(ScriptedClassifier("Agreement", 0.95), calm, ARUA, LEAD) == []
    # for event reports the text is known to report an event: no event word needed
    (event,) = code_with(ScriptedClassifier("Agreement", 0.95), calm, ARUA, LearnedSettings.for_event_reports())
    assert event.acled_sub_event_type == "Agreement"


def test_no_lead_event_for_a_negated_report(code_with):
    text = "Officials in Arua denied on Sunday that any bomb had been defused near the bridge."
    assert code_with(ScriptedClassifier("Disrupted weapons use", 0.9), text, ARUA, LEAD) == []


def test_thresholds_are_settings(code_with):
    assert code_with(ScriptedClassifier("Disrupted weapons use", 0.9), DEFUSED, ARUA, LEAD)
    strict = LearnedSettings(lead_event=True, lead=0.99)
    assert code_with(ScriptedClassifier("Disrupted weapons use", 0.9), DEFUSED, ARUA, strict) == []


def test_packaged_classifier_finds_no_event_in_business_news(nlp):
    from eventwire.coding import default_coder

    text = ("The central bank raised interest rates on Tuesday to curb inflation, the governor "
            "said, adding that growth would slow next year.")
    article = Article("t", text, outlet="Example News", published="2024-06-23")
    assert default_coder().code(nlp(text), article, []) == []


def test_event_reports_type_the_first_event_from_the_lead_paragraph(code_with):
    text = "Gunmen attacked an army post in Arua on Monday, killing two soldiers, police said."
    general = code_with(ScriptedClassifier("Violent demonstration", 0.4), text, ARUA)
    assert [e.acled_event_type for e in general if e.acled_event_type] == ["Battles"]
    reports = code_with(ScriptedClassifier("Violent demonstration", 0.4), text, ARUA,
                        LearnedSettings.for_event_reports())
    assert [e.acled_sub_event_type for e in reports if e.acled_event_type] == ["Violent demonstration"]


def test_events_flagged_unreal_are_not_retyped(nlp):
    from eventwire.coding import EventCoder

    coder = EventCoder(nlp, keep_unreal=True, classifier=ScriptedClassifier("Violent demonstration", 0.99))
    text = "The army denied that its soldiers attacked the village of Arua on Monday."
    article = Article("t", text, outlet="Example News", published="2024-06-23")
    events = [e for e in coder.code(nlp(text), article, toponyms(text, ARUA)) if e.acled_event_type]
    assert events and all(e.mode == "negated" for e in events)
    assert all(e.acled_sub_event_type != "Violent demonstration" for e in events)


def test_a_crowds_riot_is_not_retyped_as_looting(code_with):
    text = "Hundreds of young men stoned police vehicles and torched a police post in Arua on Thursday, a witness said."
    (rules,) = [e for e in code_with(None, text, ARUA) if e.acled_event_type]
    assert rules.acled_sub_event_type == "Violent demonstration"
    kept = code_with(ScriptedClassifier("Looting/property destruction", 0.99), text, ARUA)
    assert [e.acled_sub_event_type for e in kept if e.acled_event_type] == ["Violent demonstration"]


def test_an_intervention_told_in_the_next_sentence_is_not_undone_by_the_march_s_sentence(code_with):
    text = ("On Friday, about 200 relatives of detainees marched in Arua to demand news of their loved ones. Police stopped "
            "them near the governor's office and pushed them back with riot shields, and two organisers were detained.")
    (rules,) = [e for e in code_with(None, text, ARUA) if e.acled_event_type == "Protests"]
    assert (rules.acled_sub_event_type, rules.size) == ("Protest with intervention", 200)
    kept = code_with(ScriptedClassifier("Peaceful protest", 0.99), text, ARUA)
    march = next(e for e in kept if e.evidence.start == rules.evidence.start)
    assert march.acled_sub_event_type == "Protest with intervention"
