"""Trigger lexicon: matching, conjunctions, malformed entries, and the rule layer."""

from __future__ import annotations

import pytest

from eventwire.coding.classify import ACLED_SUB_EVENT_TYPES, NON_ACLED_LABELS, SubEventClassifier
from eventwire.coding.classify.triggers import LexiconError, TriggerLexicon, default_lexicon


def strong_labels(text: str) -> set[str]:
    return {hit.label for hit in default_lexicon().hits(text) if hit.strength == "strong"}


@pytest.mark.parametrize("text,label", [
    ("Two suicide bombers struck the market.", "Suicide bomb"),
    ("A drone strike killed the commander.", "Air/drone strike"),
    ("An IED exploded near the convoy.", "Remote explosive/landmine/IED"),
    ("Mortar shells landed on the camp.", "Shelling/artillery/missile attack"),
    ("The girls were abducted on their way home.", "Abduction/forced disappearance"),
    ("Militiamen looted shops in the town centre.", "Looting/property destruction"),
    ("Rebels captured the airport on Sunday.", "Non-state actor overtakes territory"),
    ("Government troops recaptured the airport on Sunday.", "Government regains territory"),
    ("Police fired tear gas at the protesters.", "Protest with intervention"),
    ("Two demonstrators were shot dead by security forces.", "Excessive force against protesters"),
    ("The two sides agreed to a ceasefire.", "Agreement"),
])
def test_strong_triggers(text, label):
    assert label in strong_labels(text)


def test_word_boundaries():
    assert "Remote explosive/landmine/IED" not in strong_labels("The ideas were discussed.")
    assert "Sexual violence" not in strong_labels("Prices rose rapidly; drapes were sold.")


def test_every_label_is_known():
    known = set(ACLED_SUB_EVENT_TYPES) | set(NON_ACLED_LABELS)
    assert set(default_lexicon().labels) <= known


def test_conjunction_spans_sentences():
    lexicon = TriggerLexicon(
        [{"label": "Protest with intervention", "strength": "weak", "patterns": ["protesters?"],
          "requires": ["tear gas"]}])
    assert lexicon.hits("Protesters gathered. Later police used tear gas.")
    assert not lexicon.hits("Protesters gathered peacefully.")
    assert not lexicon.hits("Police used tear gas on looters.")


def test_macros_expand():
    lexicon = TriggerLexicon([{"label": "Agreement", "patterns": ["{WHO} signed"]}],
                             macros={"WHO": "(?:rebels|the government)"})
    assert lexicon.hits("The government signed it.")
    assert not lexicon.hits("Someone signed it.")


@pytest.mark.parametrize("entry", [
    {"strength": "strong", "patterns": ["x"]},
    {"label": "Agreement", "strength": "very", "patterns": ["x"]},
    {"label": "Agreement", "patterns": []},
    {"label": "Agreement", "patterns": ["(unclosed"]},
])
def test_malformed_entries_raise(entry):
    with pytest.raises(LexiconError):
        TriggerLexicon([entry])


def test_features_shape():
    lexicon = default_lexicon()
    entries, strong = lexicon.features(["A grenade exploded.", "Nothing happened."])
    assert entries.shape == (2, lexicon.n_features)
    assert strong.shape == (2, len(lexicon.labels))
    assert strong[0, lexicon.labels.index("Grenade")] == 1.0
    assert strong[1].sum() == 0 and entries[1].sum() == 0


def test_rule_layer_boost_overrides_the_model():
    # A model that knows nothing of grenades: the strong trigger must win once boosted.
    texts = ["Troops fought rebels.", "Fighting broke out between militias.",
             "A grenade was thrown.", "Hand grenades were found."]
    labels = ["Armed clash", "Armed clash", "Grenade", "Disrupted weapons use"]
    from eventwire.coding.classify import Settings

    model = SubEventClassifier.train(texts * 3, labels * 3,
                                     settings=Settings(min_df=1, use_triggers=False, boost=0.0))
    text = "Soldiers fought militants and a grenade wounded two fighters."
    [plain] = model.predict([text])
    [boosted] = model.predict([text], boost=20.0)
    assert boosted.sub_event_type == "Grenade"
    assert boosted.score > plain.scores[0][1] or plain.sub_event_type == "Grenade"
    assert ("Grenade", "grenade") in boosted.triggers
