"""The packaged sub-event classifier on hand-written sentences (none from CASE)."""

from __future__ import annotations

import pytest

from eventwire.coding.classify import (
    ACLED_EVENT_TYPES,
    ACLED_SUB_EVENT_TYPES,
    NON_ACLED_LABELS,
    PLOVER_TYPES,
    Settings,
    SubEventClassifier,
)
from eventwire.errors import ModelError


@pytest.fixture(scope="module")
def classifier() -> SubEventClassifier:
    return SubEventClassifier.load()


def test_label_space_is_acled_spelling():
    assert len(ACLED_SUB_EVENT_TYPES) == 25
    assert ACLED_EVENT_TYPES == ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                 "Protests", "Riots", "Strategic developments")
    assert ACLED_SUB_EVENT_TYPES["Shelling/artillery/missile attack"] == "Explosions/Remote violence"
    assert ACLED_SUB_EVENT_TYPES["Excessive force against protesters"] == "Protests"
    assert ACLED_SUB_EVENT_TYPES["Headquarters or base established"] == "Strategic developments"
    assert ACLED_SUB_EVENT_TYPES["Abduction/forced disappearance"] == "Violence against civilians"
    assert not set(NON_ACLED_LABELS) & set(ACLED_SUB_EVENT_TYPES)


def test_load_is_cached(classifier):
    assert SubEventClassifier.load() is classifier


SENTENCES = [
    ("A suicide bomber detonated his vest at the gate of the police academy, killing nine cadets.",
     "Suicide bomb"),
    ("Fighter jets carried out airstrikes on the insurgents' hideouts in the valley.", "Air/drone strike"),
    ("A roadside bomb hit a patrol vehicle on the highway, wounding three soldiers.",
     "Remote explosive/landmine/IED"),
    ("Separatist artillery shelled the outskirts of the port city through the night.",
     "Shelling/artillery/missile attack"),
    ("An unknown assailant threw a grenade into a crowded bus station.", "Grenade"),
    ("Gunmen kidnapped four engineers working on the new dam.", "Abduction/forced disappearance"),
    ("Police arrested twenty members of the banned opposition party at dawn.", "Arrests"),
    ("Riot police fired tear gas and water cannon to disperse students marching on the ministry.",
     "Protest with intervention"),
    ("Several thousand nurses marched peacefully through the capital demanding better pay.",
     "Peaceful protest"),
    ("The warring parties signed a ceasefire agreement after two weeks of talks.", "Agreement"),
    ("Bomb disposal experts defused an explosive device found under a bridge.", "Disrupted weapons use"),
    ("Residents said the army had been exposed to chlorine gas dropped on the suburb.",
     "Chemical weapon"),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_predicts_hand_written_sentences(classifier, text, expected):
    [prediction] = classifier.predict([text])
    assert prediction.sub_event_type == expected
    assert prediction.event_type == ACLED_SUB_EVENT_TYPES[expected]


def test_most_hand_written_sentences_right_in_one_batch(classifier):
    predictions = classifier.predict([text for text, _ in SENTENCES])
    assert [p.sub_event_type for p in predictions] == [label for _, label in SENTENCES]


def test_prediction_fields(classifier):
    texts = ["Troops clashed with rebel fighters near the river crossing.",
             "An earthquake destroyed hundreds of houses in the mountain villages."]
    for prediction in classifier.predict(texts):
        known = set(ACLED_SUB_EVENT_TYPES) | set(NON_ACLED_LABELS)
        assert prediction.sub_event_type in known
        assert 0.0 < prediction.score <= 1.0
        assert prediction.scores[0] == (prediction.sub_event_type, prediction.score)
        probabilities = [s for _, s in prediction.scores]
        assert probabilities == sorted(probabilities, reverse=True)
        assert sum(probabilities) <= 1.0 + 1e-6
        assert prediction.is_acled == (prediction.event_type is not None)
        if prediction.plover_type is not None:
            assert prediction.plover_type in PLOVER_TYPES
    disaster = classifier.predict(texts[1:])[0]
    assert disaster.sub_event_type == "Natural disaster" and disaster.event_type is None


def test_acled_only_restricts_labels(classifier):
    text = "Floods after a week of heavy rain forced thousands of families from their homes."
    [free] = classifier.predict([text])
    [restricted] = classifier.predict([text], acled_only=True)
    assert free.sub_event_type in NON_ACLED_LABELS
    assert restricted.sub_event_type in ACLED_SUB_EVENT_TYPES
    assert all(label in ACLED_SUB_EVENT_TYPES for label, _ in restricted.scores)


def test_empty_input(classifier):
    assert classifier.predict([]) == []


def test_plover_head(classifier):
    if classifier.plover is None:
        pytest.skip("packaged model built without the PLOVER head")
    [threat] = classifier.predict(["The president threatened to impose sanctions on the neighbouring "
                                   "country unless it closed the border."])
    assert threat.plover_type == "THREATEN"


def test_save_and_load_round_trip(tmp_path, classifier):
    texts = ["Rebels overran the army base.", "Soldiers raped women in the camp.",
             "A mob lynched a suspected thief.", "Protesters threw stones at police."] * 3
    labels = ["Non-state actor overtakes territory", "Sexual violence", "Mob violence",
              "Violent demonstration"] * 3
    model = SubEventClassifier.train(texts, labels, settings=Settings(min_df=1))
    model.save(tmp_path)
    again = SubEventClassifier.load(tmp_path)
    probe = ["The mob attacked a man.", "Rebels seized the town."]
    assert [(p.sub_event_type, round(p.score, 3)) for p in model.predict(probe)] == \
        [(p.sub_event_type, round(p.score, 3)) for p in again.predict(probe)]


def test_missing_model_names_the_way_out(tmp_path):
    with pytest.raises(ModelError, match="train_classifier"):
        SubEventClassifier.load(tmp_path)


def test_default_classifier_needs_no_torch():
    """The default model must load and predict with torch unavailable (it is optional)."""
    import subprocess
    import sys

    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('torch', 'sentence_transformers'):\n"
            "            raise ImportError(name + ' blocked')\n"
            "sys.meta_path.insert(0, Block())\n"
            "from eventwire.coding.classify import SubEventClassifier\n"
            "p = SubEventClassifier.load().predict(['A grenade exploded in the market.'])[0]\n"
            "assert p.sub_event_type == 'Grenade', p\n"
            "assert 'sentence_transformers' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**__import__("os").environ,
                                 "PYTHONPATH": str(__import__("pathlib").Path(__file__).resolve()
                                                   .parents[3] / "src")})
    assert result.returncode == 0, result.stderr[-2000:]
