import pytest

from eventwire.mentions.actors import ActorFinder


@pytest.fixture(scope="module")
def finder(nlp):
    return ActorFinder(nlp)


def actors(finder, nlp, text, country=None):
    doc = nlp(text)
    return {m.text: m.actor(country) for m in finder.find(doc)}


def test_armed_group_aliases(finder, nlp):
    found = actors(finder, nlp, "ISIS militants and fighters of the Islamic State of Iraq and the Levant met Daesh.")
    assert {a.name for a in found.values()} == {"Islamic State"}
    assert found["ISIS militants"].type == "rebel group"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Iraqi troops advanced.", "Military Forces of Iraq"),
        ("Kenyan police fired tear gas.", "Police Forces of Kenya"),
        ("The Somali government condemned it.", "Government of Somalia"),
        ("U.S. military advisers arrived.", "Military Forces of United States"),
    ],
)
def test_state_actors_for_any_country(finder, nlp, text, name):
    assert name in {a.name for a in actors(finder, nlp, text).values()}


def test_generic_state_actor_takes_context_country(finder, nlp):
    found = actors(finder, nlp, "Government forces retreated.", country="NG")
    assert found["Government forces"].name == "Military Forces of Nigeria"


def test_generic_militants_resolve_to_most_recent_named_group(finder, nlp):
    found = actors(finder, nlp, "Al-Shabaab attacked the base. The militants then withdrew.")
    assert found["militants"].name == "al-Shabaab"


def test_gunmen_stay_unidentified(finder, nlp):
    found = actors(finder, nlp, "Boko Haram is active here. Gunmen abducted 20 students.", country="NG")
    assert found["Gunmen"].name == "Unidentified Armed Group (Nigeria)"


def test_identity_militia(finder, nlp):
    found = actors(finder, nlp, "Shiite militiamen paraded.", country="IQ")
    assert found["Shiite militiamen"].name == "Shiite Militia (Iraq)"
    assert found["Shiite militiamen"].type == "identity militia"


def test_unknown_person_kept_as_found(finder, nlp):
    found = actors(finder, nlp, "Nassir al-Saedi said it was over.")
    assert any(a.name == "Nassir al-Saedi" for a in found.values())


def test_a_plural_tagged_as_a_name_at_sentence_start_is_still_a_generic_actor(finder, nlp):
    doc = nlp("Fighters entered the town from the north.")
    doc[0].tag_, doc[0].pos_, doc[0].lemma_ = "NNPS", "PROPN", "Fighters"  # (how the tagger read it in one report)
    assert [m.actor("KE").name for m in finder.find(doc)] == ["Unidentified Armed Group (Kenya)"]


def test_a_plural_noun_opening_a_sentence_is_no_person(finder, nlp):
    assert "Drones" not in actors(finder, nlp, "Drones also struck a car on the edge of the town on Friday afternoon.")


def test_armed_youths_named_by_their_peoples_are_a_militia(finder, nlp):
    found = actors(finder, nlp, "The fighting began when armed Kusasi and Mamprusi youths opened fire on each other.")
    (mention,) = [a for text, a in found.items() if text.endswith("youths")]
    assert mention.type != "rioters"


@pytest.mark.parametrize("text, name, kind", [
    ("The FSB said it had detained a resident of the town.", "Police Forces of Russia", "state forces"),
    ("Members of the Imbonerakure beat five opposition members.", "Imbonerakure", "political militia"),
    ("The government blamed the RED-Tabara rebel group.", "RED-TABARA: Resistance for the Rule of Law in Burundi", "rebel group"),
    ("Senafront agents arrested four men off La Palma.", "Police Forces of Panama", "state forces"),
    ("FRUD fighters attacked an army post.", "FRUD-Armed: Front for the Restoration of Unity and Democracy", "rebel group"),
])
def test_security_services_and_groups_added_to_the_tables(finder, nlp, text, name, kind):
    assert any(a.name == name and a.type == kind for a in actors(finder, nlp, text).values())


def test_a_group_named_after_its_kind_and_armed_men_by_their_rifles(finder, nlp):
    found = actors(finder, nlp, "The radical group Weichan Auka Mapu (WAM) claimed the attack in a pamphlet.")
    assert any(a.name == "Weichan Auka Mapu" and a.type == "rebel group" for a in found.values())
    found = actors(finder, nlp, "Two men with rifles got out of a car and fired through its windows.")
    assert found["men"].type == "rebel group"


def test_its_ministry_belongs_to_the_country_the_sentence_before_had_as_subject(finder, nlp):
    doc = nlp("Kenya denied shelling the town. Its foreign ministry summoned Somalia's ambassador on Thursday.")
    ministry = [m for m in finder.find(doc) if "ministry" in m.text]
    assert ministry and ministry[0].country == "KE"


@pytest.mark.parametrize("text, words, kind", [
    ("A Kanak leader told AFP that the village had been abandoned.", "leader", "civilians"),  # a people's leader
    ("On Saturday, the Council of Ministers suspended the groups.", "Council", "state forces"),
    ("The opposition coalition said in a statement that it would call a strike.", "coalition", "civilians"),
    ("Members of two rival martial arts groups fought with machetes.", "groups", "rioters"),
])
def test_generic_speakers_and_crowds(finder, nlp, text, words, kind):
    doc = nlp(text)
    assert any(words in m.text and m.type == kind for m in finder.find(doc))


def test_actor_names_use_acled_s_spelling_of_the_country(finder, nlp):
    found = actors(finder, nlp, "Timorese police fired tear gas.")
    assert found["Timorese police"].name == "Police Forces of Timor-Leste"


@pytest.mark.parametrize("text, name, type_", [
    ("A border patrol clashed with them.", "Military Forces of Kenya", "state forces"),
    ("A police patrol was attacked.", "Police Forces of Kenya", "state forces"),
    ("Armed smugglers fired on them.", "Unidentified Armed Group (Kenya)", "rebel group"),
    ("About 3,000 employees gathered.", "Civilians (Kenya)", "civilians"),
    ("A football fan was stabbed.", "Civilians (Kenya)", "civilians"),
])
def test_patrols_smugglers_employees_and_fans(finder, nlp, text, name, type_):
    found = list(actors(finder, nlp, text, "KE").values())
    assert [(a.name, a.type) for a in found] == [(name, type_)]


def test_the_longest_demonym_wins_and_civic_groups_are_civil_society(finder, nlp):
    found = actors(finder, nlp, "A detachment of Equatorial Guinean marines landed there.")
    assert found["Equatorial Guinean marines"].name == "Military Forces of Equatorial Guinea"
    found = actors(finder, nlp, "A civic group of teachers called for calm.", "TH")
    assert found["civic group"].type == "civilians"
