"""The coder on short realistic reports (places given by hand; 2024-06-23 is a Sunday)."""

from eventwire.coding.lexicon import SUB_TO_TYPE

IQ = {"Iraq": ("IQ", "country", 33.0, 44.0), "Mosul": ("IQ", "place", 36.3, 43.1, "Nineveh"),
      "Tal Afar": ("IQ", "place", 36.4, 42.4, "Nineveh"), "Baghdad": ("IQ", "place", 33.3, 44.4, "Baghdad")}


def only(events, **want):
    return [e for e in events if all(getattr(e, k) == v for k, v in want.items())]


def test_territory_list_gives_one_event_per_place(code):
    text = "According to Reuters, Islamic State fighters seized Mosul and Tal Afar on Saturday, tightening their grip on northern Iraq."
    events = code(text, IQ)
    taken = only(events, acled_sub_event_type="Non-state actor overtakes territory")
    assert sorted(e.location.name for e in taken) == ["Mosul", "Tal Afar"]
    for e in taken:
        assert e.actor1.name == "Islamic State"
        assert e.date == "2024-06-22" and e.time_precision == "day"
        assert e.sources == ["Example News", "Reuters"]
        assert e.acled_event_type == "Battles"
    assert not only(events, location=None)


def test_fall_to_passive_agent_and_government_regains(code):
    events = code("Mosul fell to ISIS on Friday.", IQ)
    assert [(e.acled_sub_event_type, e.actor1.name, e.date) for e in events] == [
        ("Non-state actor overtakes territory", "Islamic State", "2024-06-21")]
    events = code("Iraqi troops recaptured Mosul from the Islamic State on Monday.", IQ)
    assert [(e.acled_sub_event_type, e.actor1.name) for e in events] == [("Government regains territory", "Military Forces of Iraq")]


def test_fatalities_lowest_and_both_sides(code):
    so = {"Afgooye": ("SO", "place", 2.1, 45.1)}
    events = code("At least 12 people were killed on Tuesday when a roadside bomb struck a minibus near Afgooye, police said.", so)
    assert len(events) == 1
    e = events[0]
    assert (e.acled_sub_event_type, e.fatalities, e.date, e.location.name) == ("Remote explosive/landmine/IED", 12, "2024-06-18", "Afgooye")
    assert SUB_TO_TYPE[e.acled_sub_event_type] == e.acled_event_type == "Explosions/Remote violence"


def test_left_dead_in_fighting_is_an_armed_clash_with_the_salient_enemy(code):
    text = "ISIS fighters advanced on Mosul. The AP reported that the fighting left 30 Iraqi soldiers dead in Mosul on Friday."
    events = only(code(text, IQ), acled_sub_event_type="Armed clash")
    assert len(events) == 1
    e = events[0]
    assert (e.fatalities, e.date, e.actor1.name, e.actor2.name) == (30, "2024-06-21", "Islamic State", "Military Forces of Iraq")
    assert "Associated Press" in e.sources


def test_airstrike_with_civilian_victims_is_remote_violence(code):
    af = {"Kunduz": ("AF", "admin1", 36.7, 68.8)}
    events = code("An airstrike killed eight civilians, including three children, in Kunduz on Wednesday, officials said.", af)
    assert [(e.acled_sub_event_type, e.fatalities, e.mode) for e in events] == [("Air/drone strike", 8, "aerial")]


def test_abduction_and_attack_on_civilians(code):
    ng = {"Kaduna": ("NG", "admin1", 10.5, 7.4), "Borno": ("NG", "admin1", 11.8, 13.1)}
    events = code("Gunmen abducted 35 students from a school in Kaduna on Friday night. "
                  "Boko Haram fighters killed nine farmers in Borno on Thursday, AFP reported.", ng)
    subs = {e.location.name: e for e in events}
    assert subs["Kaduna"].acled_sub_event_type == "Abduction/forced disappearance"
    assert subs["Kaduna"].actor1.name == "Unidentified Armed Group (Nigeria)"
    assert subs["Borno"].acled_sub_event_type == "Attack"
    assert (subs["Borno"].actor1.name, subs["Borno"].actor2.type, subs["Borno"].fatalities) == ("Boko Haram", "civilians", 9)
    assert subs["Borno"].sources == ["Example News", "Agence France-Presse"]


def test_protest_with_intervention_size_and_places(code):
    ke = {"Nairobi": ("KE", "place", -1.29, 36.8), "Mombasa": ("KE", "place", -4.0, 39.7), "Kisumu": ("KE", "place", -0.1, 34.8)}
    events = code("Thousands of protesters marched through Nairobi on Tuesday, and police fired tear gas to disperse them. "
                  "Protesters also demonstrated in Mombasa and Kisumu.", ke)
    by_place = {e.location.name: e for e in events}
    assert by_place["Nairobi"].acled_sub_event_type == "Protest with intervention"
    assert by_place["Nairobi"].size == 1000
    assert by_place["Nairobi"].actor1.type == "protesters"
    assert by_place["Mombasa"].acled_sub_event_type == "Peaceful protest"
    assert set(by_place) == {"Nairobi", "Mombasa", "Kisumu"}


def test_excessive_force_against_protesters(code):
    ir = {"Zahedan": ("IR", "place", 29.5, 60.9)}
    events = code("Security forces opened fire on protesters in Zahedan on Friday, killing at least 10 people, Amnesty International said.", ir)
    assert [(e.acled_sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 10)]
    assert events[0].sources[-1] == "Amnesty International"


def test_arrest(code):
    mm = {"Yangon": ("MM", "place", 16.8, 96.2)}
    events = code("Myanmar's military junta arrested a prominent journalist in Yangon on Thursday, the Irrawaddy reported.", mm)
    assert [(e.acled_sub_event_type, e.event_type, e.mode) for e in events] == [("Arrests", "COERCE", "arrest")]


def test_unreal_events_are_not_coded(code):
    texts = [
        "The militants could seize Mosul within days.",
        "ISIS plans to attack Baghdad.",
        "The army denied that its soldiers had shelled Mosul.",
        "Militants did not attack Mosul on Friday.",
        "If the army withdraws, ISIS will seize Baghdad.",
        "The Mahdi Army once fought American troops in Baghdad a decade ago.",
        "In 2003, American troops captured Baghdad.",
        "The development could make a march to Baghdad far easier.",
    ]
    for text in texts:
        assert code(text, IQ) == [], text


def test_threat_statement_is_an_event_with_speaker_and_quote(code):
    text = ("A cleric aligned with the Sadrist movement threatened against American involvement in Iraq. "
            "\u201cWe will be ready for you if you are back,\u201d Nassir al-Saedi said, according to Sky News.")
    events = code(text, IQ)
    assert [e.event_type for e in events] == ["THREATEN"]
    e = events[0]
    assert e.actor1.name == "Nassir al-Saedi"
    assert e.actor2.name == "United States"
    assert e.quote == "We will be ready for you if you are back"
    assert "Sky News" in e.sources


def test_continuation_sentence_gives_places_size_and_sources(code):
    text = ("The AP reported that thousands of Shiite militiamen paraded through the streets of several cities. "
            "According to Fox News, that included around 20,000 in Baghdad as well as Mosul.")
    events = code(text, IQ)
    by_place = {e.location.name: e for e in events}
    assert set(by_place) == {"Baghdad", "Mosul"}
    assert by_place["Baghdad"].size == 20000
    assert by_place["Baghdad"].event_type == "MOBILIZE" and by_place["Baghdad"].mode == "militia"
    assert by_place["Baghdad"].sources == ["Example News", "Associated Press", "Fox News"]


def test_no_publication_date_means_no_date(code):
    events = code("ISIS fighters seized Mosul on Saturday.", IQ, published=None)
    assert events and all(e.date is None for e in events)


def test_event_ids_are_stable_and_distinct(code):
    text = "Islamic State fighters seized Mosul and Tal Afar on Saturday."
    first = [e.event_id for e in code(text, IQ)]
    again = [e.event_id for e in code(text, IQ)]
    assert first == again and len(set(first)) == len(first) == 2


def test_evidence_offsets_point_into_the_text(code):
    text = "Calm returned. Islamic State fighters seized Mosul on Saturday."
    (event,) = code(text, IQ)
    assert text[event.evidence.start:event.evidence.end] == event.evidence.sentence
    assert event.evidence.sentence.startswith("Islamic State")


def test_deaths_from_disease_disaster_or_crime_are_not_political_violence(code):
    us = {"Ohio": ("US", "admin1", 40.0, -83.0)}
    assert code("The H5N1 virus has killed two women in Ohio this week.", us) == []
    assert code("Plans are made to kill 10,000 birds in Ohio to contain the outbreak.", us) == []
    assert code("Four people were killed in a crash in Ohio on Friday.", us) == []
    assert code("A fire destroyed the building in Ohio on Friday.", us) == []
    assert code("Residents evacuated safely in Ohio on Friday.", us) == []
    assert code("The man accused of stabbing a police officer in Ohio appeared in court on Friday.", us) == []


def test_vague_restatement_adds_its_figure_to_the_placed_event(code):
    lk = {"Sri Lanka": ("LK", "country", 7.0, 81.0), "Akuressa": ("LK", "place", 6.1, 80.5)}
    text = ("A suicide bombing by the LTTE hit a procession in the town of Akuressa on Tuesday. "
            "Some 14 people were killed and scores were injured.")
    events = code(text, lk)
    assert [(e.acled_sub_event_type, e.location.name, e.fatalities) for e in events] == [("Suicide bomb", "Akuressa", 14)]
    assert events[0].actor1.name == "Liberation Tigers of Tamil Eelam"


def test_acled_types_are_spelled_as_in_the_codebook(coder):
    from eventwire.coding.lexicon import ACLED_TYPES

    assert sum(len(v) for v in ACLED_TYPES.values()) == 25
    for cls in coder.lex.classes.values():
        assert cls.acled_sub is None or cls.acled_sub in SUB_TO_TYPE
        assert cls.acled_type is None or cls.acled_type == SUB_TO_TYPE[cls.acled_sub]


def test_keep_unreal_flags_instead_of_dropping(nlp):
    from eventwire.coding import EventCoder
    from eventwire.records import Article

    from .conftest import toponyms

    text = "ISIS militants could seize Mosul within days."
    coder = EventCoder(nlp, keep_unreal=True)
    events = coder.code(nlp(text), Article("t", text, published="2024-06-23"), toponyms(text, IQ))
    assert [(e.acled_sub_event_type, e.mode) for e in events] == [("Non-state actor overtakes territory", "hypothetical")]
    assert events[0].confidence < 0.5


def test_claim_of_responsibility_names_the_perpetrator(code):
    ml = {"Boulkessi": ("ML", "place", 15.0, -1.5)}
    text = ("Jihadists killed at least 20 soldiers in an ambush near Boulkessi on Sunday, security sources said. "
            "JNIM claimed responsibility for the attack, Reuters reported.")
    events = code(text, ml)
    assert [(e.acled_sub_event_type, e.actor1.name, e.fatalities, e.date) for e in events] == [
        ("Armed clash", "JNIM", 20, "2024-06-23")]
    assert "Reuters" in events[0].sources


def test_rockets_fired_toward_a_place_are_coded_there_and_state_adjective_is_the_military(code):
    places = {"Ashkelon": ("IL", "place", 31.7, 34.6), "Jabalia": ("PS", "place", 31.5, 34.5)}
    text = ("Israeli airstrikes on a house in Jabalia killed 11 members of one family on Thursday. "
            "Hamas fighters fired rockets toward Ashkelon later in the day.")
    events = code(text, places)
    got = {(e.acled_sub_event_type, e.location.name, e.actor1.name) for e in events}
    assert got == {("Air/drone strike", "Jabalia", "Military Forces of Israel"),
                   ("Shelling/artillery/missile attack", "Ashkelon", "Hamas")}


import pytest  # noqa: E402


@pytest.mark.parametrize(
    "sentence, deaths",
    [
        ("Gunmen attacked the village, killing five soldiers and three civilians.", 8),
        ("Between 10 and 15 people were killed in the attack.", 10),
        ("A dozen people died in the clashes.", 12),
        ("The attack left 7 dead.", 7),
        ("The blast claimed the lives of 9 people.", 9),
        ("The death toll from the bombing rose to 40.", 40),
        ("Two soldiers and a civilian were killed.", 3),
        ("Militants killed 4 and wounded 12.", 4),
        ("At least 30 people, including 12 children, were killed.", 30),
        ("Dozens were killed and hundreds wounded.", 12),
        ("Twelve people were wounded in the attack.", None),
    ],
)
def test_fatalities_by_acled_rules(nlp, coder, sentence, deaths):
    assert coder._fatalities(nlp(sentence)[:]) == deaths


def test_attribution_spans_a_multi_sentence_quote(code):
    so = {"Kismayo": ("SO", "place", -0.36, 42.5)}
    text = ("\u201cOur fighters stormed the military base in Kismayo on Friday and killed 12 soldiers. "
            "We will continue,\u201d an al-Shabaab spokesman told Radio Dalsan.")
    events = code(text, so)
    assert events and events[0].sources == ["Example News", "Radio Dalsan"]
    assert events[0].fatalities == 12


def test_demonym_weapon_owner_and_credited_monitor(code):
    sy = {"Kobani": ("SY", "place", 36.9, 38.4), "Qamishli": ("SY", "place", 37.05, 41.2)}
    text = ("Turkish warplanes struck Kurdish positions near the Syrian town of Kobani on Wednesday, killing at least "
            "seven YPG fighters, according to the Syrian Observatory for Human Rights. "
            "Analysts say a wider offensive could push the SDF out of Kobani. "
            "Meanwhile, hundreds of people protested in Qamishli against the bombardment, Rudaw reported.")
    events = code(text, sy)
    by_place = {e.location.name: e for e in events}
    strike = by_place["Kobani"]
    assert (strike.acled_sub_event_type, strike.actor1.name, strike.actor2.name, strike.fatalities) == (
        "Air/drone strike", "Military Forces of Turkey", "YPG", 7)
    assert strike.sources == ["Example News", "Syrian Observatory for Human Rights"]
    protest = by_place["Qamishli"]
    assert (protest.acled_sub_event_type, protest.size, protest.sources[-1]) == ("Peaceful protest", 100, "Rudaw")
    assert len(events) == 2  # the "could push" offensive is not coded


def test_quoted_promise_of_violence_is_a_threat_of_its_speaker(code):
    text = ("The Mahdi Army paraded in Baghdad on Saturday. The New York Times quoted one of its members as saying: "
            "\u201cWe will finish ISIS in two days.\u201d")
    threats = [e for e in code(text, IQ) if e.event_type == "THREATEN"]
    assert len(threats) == 1
    assert threats[0].actor1.name == "Mahdi Army"
    assert threats[0].actor2.name == "Islamic State"
    assert "The New York Times" in threats[0].sources
