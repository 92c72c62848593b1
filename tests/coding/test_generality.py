"""General coding rules found by reading reports a coder had not been tuned on
(hand-written sentences; 2024-06-23 is a Sunday)."""

from eventwire.records import Article, Toponym

SO = {"Kismayo": ("SO", "place", -0.36, 42.55), "Jilib": ("SO", "place", 0.49, 42.77)}
ML = {"Bamako": ("ML", "place", 12.65, -8.0), "Mali": ("ML", "country", 17.0, -4.0)}


def names(events):
    return sorted(e.location.name for e in events if e.location)


def test_dateline_place_and_date_are_not_the_events(code):
    text = "Kismayo, June 23 (Example News) – Gunmen killed five villagers in Jilib on Friday, police said."
    events = code(text, SO)
    assert [(e.location.name, e.date) for e in events] == [("Jilib", "2024-06-21")]


def test_dateline_city_is_not_where_an_unplaced_event_happened(code):
    # a dateline abroad (a regional bureau) or a lede pointing elsewhere: not the event's place
    places = dict(SO, Nairobi=("KE", "place", -1.29, 36.82), Somalia=("SO", "country", 6.0, 47.0))
    events = code("Nairobi – Somali police shot dead two protesters on Saturday, witnesses in Somalia said.", places)
    assert events and "Nairobi" not in names(events)
    events = code("Kismayo – Police shot dead two protesters in a village on Saturday, witnesses said.", SO)
    assert events and "Kismayo" not in names(events)
    # (a lede naming no place at all, with a dateline in the country reported on, is coded
    # at the dateline city: tests/coding/test_generalization.py)


def test_the_national_capital_is_the_capital_named_elsewhere(code):
    text = "Bamako – A car bomb exploded outside a hotel in the Malian capital on Thursday, killing four people, police said."
    events = code(text, ML)
    assert [(e.location.name, e.date) for e in events] == [("Bamako", "2024-06-20")]
    # a state or provincial capital is not the national one
    events = code("Bamako – A car bomb exploded in the regional capital on Thursday, killing four people.", ML)
    assert "Bamako" not in names(events)


def test_unresolved_toponym_is_not_an_event_place(nlp, coder):
    text = "Gunmen killed six fishermen on the shores of Lake Fitri in Chad on Monday, officials said."
    lake = text.index("Lake Fitri")
    chad = text.index("Chad", lake + 5)
    tops = [Toponym("Lake Fitri", lake, lake + 10), Toponym("Chad", chad, chad + 4, name="Chad", lat=15.0, lon=19.0,
                                                          country_code="TD", precision="country", kind="country")]
    events = coder.code(nlp(text), Article("t", text, outlet="Example News", published="2024-06-23"), tops)
    assert events and all(e.location.name == "Chad" for e in events)


def test_reference_point_behind_an_appositive(code):
    ng = {"Gashua": ("NG", "place", 12.87, 11.05), "Damaturu": ("NG", "place", 11.75, 11.96)}
    text = "Gunmen stormed Gashua, some 140 km north of the state capital Damaturu, on Monday, killing seven farmers."
    assert names(code(text, ng)) == ["Gashua"]


def test_place_fire_came_from_is_not_the_target(code):
    ly = {"Zawiya": ("LY", "place", 32.76, 12.73), "Gharyan": ("LY", "place", 32.17, 13.02)}
    text = "Rebels fired mortar rounds from the hills above Zawiya into a market in Gharyan on Sunday, killing two civilians."
    assert names(code(text, ly)) == ["Gharyan"]


def test_capitals_as_parties_to_a_deal_are_not_places(code):
    sd = {"Abyei": ("SS", "place", 9.6, 28.44), "Khartoum": ("SD", "place", 15.55, 32.53), "Juba": ("SS", "place", 4.85, 31.58)}
    text = "Sudanese troops took control of Abyei on Tuesday under an agreement between Khartoum and Juba, officials said."
    assert names(code(text, sd)) == ["Abyei"]


def test_arson_by_a_mob_is_mob_violence_by_protesters_a_violent_demonstration(code):
    pk = {"Sargodha": ("PK", "place", 32.08, 72.67), "Multan": ("PK", "place", 30.2, 71.47)}
    events = code("An angry mob set fire to a chapel and several shops in Sargodha on Friday after rumours spread, police said.", pk)
    assert [(e.acled_sub_event_type, e.location.name, e.actor1.type) for e in events] == [("Mob violence", "Sargodha", "rioters")]
    events = code("In Multan, protesters torched two buses and ransacked a bank on Saturday.", pk)
    assert [(e.acled_sub_event_type, e.event_type, e.date) for e in events] == [("Violent demonstration", "PROTEST", "2024-06-22")]


def test_stone_throwing_is_a_riot(code):
    ke = {"Eldoret": ("KE", "place", 0.52, 35.27)}
    events = code("In Eldoret, youths pelted police with stones on Friday, witnesses said.", ke)
    assert [(e.acled_sub_event_type, e.location.name) for e in events] == [("Violent demonstration", "Eldoret")]


def test_habitual_and_descriptive_present_are_not_events(code):
    iq = {"Makhmour": ("IQ", "place", 35.78, 43.58), "Iraq": ("IQ", "country", 33.0, 44.0)}
    text = "Iran has repeatedly struck the area around Makhmour with drones, officials said."
    assert not code(text, iq)
    text = "A tribal militia that fights alongside the army set up a checkpoint near Makhmour on Monday."
    assert not [e for e in code(text, iq) if e.acled_event_type == "Battles"]


def test_dateless_restatement_at_the_same_place_by_the_same_side_merges(code):
    ke = {"Kisumu": ("KE", "place", -0.09, 34.77)}
    text = ("Police shot dead four protesters in Kisumu on Monday as demonstrations turned violent. "
            "A rights commission said four people had been killed by police gunfire in Kisumu.")
    events = [e for e in code(text, ke) if e.acled_event_type]
    assert [(e.acled_sub_event_type, e.fatalities) for e in events] == [("Excessive force against protesters", 4)]


def test_protests_sparked_by_are_a_back_reference(code):
    ke = {"Kisumu": ("KE", "place", -0.09, 34.77), "Nakuru": ("KE", "place", -0.3, 36.07)}
    text = ("Thousands of students protested in Kisumu on Monday and police fired tear gas. "
            "The protests were sparked by the death last week of a student in police custody in Nakuru.")
    events = code(text, ke)
    assert [e.location.name for e in events] == ["Kisumu"]


def test_coarse_event_of_another_kind_moves_to_the_raided_place(code):
    ng = {"Zamfara State": ("NG", "admin1", 12.1, 6.2, "Zamfara"), "Dansadau": ("NG", "place", 11.9, 6.4, "Zamfara")}
    text = ("Gunmen killed nine villagers and abducted five women in a raid in Zamfara State on Friday, residents said. "
            "The gunmen stormed Dansadau at dawn on Friday, shooting residents as they fled.")
    events = code(text, ng)
    subs = sorted((e.acled_sub_event_type, e.location.name) for e in events)
    assert subs == [("Abduction/forced disappearance", "Dansadau"), ("Attack", "Dansadau")]


def test_casualty_clauses_and_passive_damage_follow_the_shelling_narrative(code):
    ua = {"Sumy": ("UA", "place", 50.9, 34.8), "Okhtyrka": ("UA", "place", 50.31, 34.9),
          "Romny": ("UA", "place", 50.75, 33.47), "Lebedyn": ("UA", "place", 50.59, 34.48)}
    text = ("Russian forces shelled Sumy and two towns nearby on Friday, killing at least five people, officials said. "
            "Three people were killed in Sumy when shells hit a market. "
            "Two men died in Okhtyrka and two women were wounded in Romny, the governor said. "
            "A school was also damaged by shelling in Lebedyn.")
    events = code(text, ua)
    got = {e.location.name: (e.acled_sub_event_type, e.actor1.name if e.actor1 else None, e.date, e.fatalities) for e in events}
    shelling = "Shelling/artillery/missile attack"
    assert got == {"Sumy": (shelling, "Military Forces of Russia", "2024-06-21", 3),
                   "Okhtyrka": (shelling, "Military Forces of Russia", "2024-06-21", 2),
                   "Romny": (shelling, "Military Forces of Russia", "2024-06-21", None),
                   "Lebedyn": (shelling, "Military Forces of Russia", "2024-06-21", None)}


def test_dying_is_not_an_event_without_violence_around_it(code):
    ua = {"Sumy": ("UA", "place", 50.9, 34.8)}
    assert not code("A retired teacher died in Sumy on Friday, her family said.", ua)


def test_night_range_is_dated_by_the_small_hours(code):
    ua = {"Mykolaiv": ("UA", "place", 46.97, 32.0)}
    text = "Overnight from Friday to Saturday, a Russian drone struck a warehouse in Mykolaiv at around 3 a.m., officials said."
    assert [e.date for e in code(text, ua)] == ["2024-06-22"]


def test_quoted_progressive_violence_is_an_accusation_by_the_speaker(code):
    ua = {"Ukraine": ("UA", "country", 49.0, 32.0), "Kherson": ("UA", "place", 46.64, 32.61)}
    text = ("Russian artillery shelled Kherson on Saturday, killing two people. "
            '"Russia is deliberately targeting hospitals," Ukraine\'s health minister said on Sunday.')
    events = code(text, ua)
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert [(e.actor1.name, e.actor2.name, e.location.precision) for e in accuse] == [("Government of Ukraine", "Government of Russia", "country")]
    assert not [e for e in events if e.acled_sub_event_type == "Attack"]


def test_pronoun_speaker_is_the_official_named_before(code):
    cd = {"Bunia": ("CD", "place", 1.56, 30.25), "Uganda": ("UG", "country", 1.5, 32.5)}
    text = ("Rebels shelled Bunia on Monday, killing four civilians. An army spokesman denounced the attack. "
            '"Uganda is attacking us behind the rebels," he said.')
    accuse = [e for e in code(text, cd) if e.event_type == "ACCUSE"]
    # (an army spokesman speaks for the army)
    assert accuse and accuse[-1].actor1.name == "Military Forces of Democratic Republic of the Congo"
    assert accuse[-1].actor2.name == "Government of Uganda"


def test_rights_group_is_the_speaker_and_the_group(code):
    ir = {"Iran": ("IR", "country", 32.0, 53.0), "Mashhad": ("IR", "place", 36.3, 59.6)}
    text = ("Security forces arrested twelve activists in Mashhad on Tuesday. "
            "Human Rights Watch accused the authorities of persecuting peaceful critics. "
            '"The state is jailing anyone who speaks out," the group said.')
    accuse = [e for e in code(text, ir) if e.event_type == "ACCUSE"]
    assert {e.actor1.name for e in accuse} == {"Human Rights Watch"}
    assert all(e.actor2.name == "Government of Iran" for e in accuse)


def test_durations_and_dated_event_nouns_are_background(code):
    so = {"Somalia": ("SO", "country", 5.0, 46.0), "Baidoa": ("SO", "place", 3.1, 43.6)}
    assert not code("Al-Shabaab has fought Somalia's government in Baidoa for more than a decade.", so)
    ir = {"Tabriz": ("IR", "place", 38.08, 46.29)}
    events = code("Police arrested nine relatives of students killed in last year's protests in Tabriz on Tuesday, activists said.", ir)
    assert [(e.acled_sub_event_type, e.date) for e in events] == [("Arrests", "2024-06-18")]


def test_the_day_of_the_report_is_not_the_day_of_the_event(code):
    ir = {"Tabriz": ("IR", "place", 38.08, 46.29)}
    text = ("Security forces have arrested at least ten activists in raids in Tabriz this week, rights groups said on Saturday. "
            "Agents detained four students at their homes in Tabriz on Tuesday, activists reported.")
    events = code(text, ir)
    assert [(e.acled_sub_event_type, e.location.name, e.date) for e in events] == [("Arrests", "Tabriz", "2024-06-18")]


def test_organisation_seats_and_isolated_foreign_places_are_not_event_places(nlp, coder):
    text = ("Police arrested eight teachers in Mashhad on Monday, according to the Sweden-based group Hawar. "
            "They were taken to Vakilabad prison near Mashhad, Iran's judiciary said. "
            "Iranian officials said the arrests in Mashhad and Tabriz were lawful.")
    def top(name, cc, prec, lat, lon, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(name, i + 1)
        return Toponym(name, i, i + len(name), name=name, lat=lat, lon=lon, country_code=cc, precision=prec, kind=prec, geonameid=abs(hash(name)) % 10**7)
    tops = [top("Mashhad", "IR", "place", 36.3, 59.6), top("Sweden", "SE", "country", 62.0, 15.0), top("Vakilabad", "US", "place", 40.0, -75.0),
            top("Mashhad", "IR", "place", 36.3, 59.6, 1), top("Iran", "IR", "country", 32.0, 53.0), top("Mashhad", "IR", "place", 36.3, 59.6, 2),
            top("Tabriz", "IR", "place", 38.08, 46.29)]
    events = coder.code(nlp(text), Article("t", text, outlet="Example News", published="2024-06-23"), sorted(tops, key=lambda t: t.start))
    assert {e.location.name for e in events} <= {"Mashhad", "Tabriz"}


def test_takeover_under_a_deal_is_a_non_violent_transfer(code):
    iq = {"Kirkuk": ("IQ", "place", 35.47, 44.39)}
    text = ("Iraqi troops on Monday took control of the town of Kirkuk from Kurdish forces. "
            "The handover passed without incident, officials said.")
    events = code(text, iq)
    assert [(e.acled_sub_event_type, e.actor1.name) for e in events] == [("Non-violent transfer of territory", "Military Forces of Iraq")]
    events = code("Iraqi troops recaptured the town of Kirkuk from the Islamic State on Monday after heavy fighting.", iq)
    assert [e.acled_sub_event_type for e in events if e.acled_event_type == "Battles"][:1] == ["Government regains territory"]


def test_outlets_credited_for_the_toll_in_the_next_sentences(code):
    so = {"Beledweyne": ("SO", "place", 4.74, 45.2)}
    text = ("A suicide bomber blew himself up at a market in Beledweyne on Friday, killing at least seven people, police said. "
            "Hospital staff told Reuters that 11 people had died. "
            "The death toll could rise, a doctor told AFP.")
    events = code(text, so)
    assert events and events[0].sources == ["Example News", "Reuters", "Agence France-Presse"]
    assert events[0].fatalities == 7


def test_size_of_arrests_and_abductions_counts_those_taken(code):
    ir = {"Tabriz": ("IR", "place", 38.08, 46.29)}
    events = code("Intelligence officers detained five students' union leaders in Tabriz on Tuesday, a lawyer said.", ir)
    assert [(e.acled_sub_event_type, e.size) for e in events] == [("Arrests", 5)]
    ng = {"Kaduna": ("NG", "admin1", 10.5, 7.4)}
    events = code("Gunmen abducted 35 students from a school in Kaduna on Friday, police said.", ng)
    assert [(e.acled_sub_event_type, e.size) for e in events] == [("Abduction/forced disappearance", 35)]


def test_two_sides_in_one_sentence_are_two_events_with_their_own_tolls(code):
    ye = {"Taiz": ("YE", "place", 13.58, 44.02)}
    text = ("The Houthis fired a ballistic missile at Taiz on Monday, killing four civilians, "
            "while Saudi-led coalition jets struck Houthi positions near Taiz, Saba reported.")
    got = sorted((e.acled_sub_event_type, e.actor1.name, e.fatalities) for e in code(text, ye))
    assert got == [("Air/drone strike", "Saudi-led Coalition", None), ("Shelling/artillery/missile attack", "Houthis", 4)]


def test_killing_in_a_relative_clause_of_the_clashes_is_the_clashes(code):
    ly = {"Zawiya": ("LY", "place", 32.76, 12.73)}
    text = "Rival armed groups in Zawiya agreed to a ceasefire on Tuesday after three days of clashes that killed at least 12 people."
    subs = sorted(e.acled_sub_event_type for e in code(text, ly))
    assert subs == ["Agreement", "Armed clash"]


def test_the_same_day_takes_the_date_of_the_event_before(code):
    mm = {"Monywa": ("MM", "place", 22.1, 95.13), "Pale": ("MM", "place", 21.88, 94.85)}
    text = ("A military jet bombed a village near Monywa on Thursday, killing nine people. "
            "Resistance fighters ambushed an army convoy near Pale the same day, killing several soldiers.")
    got = {e.location.name: e.date for e in code(text, mm)}
    assert got == {"Monywa": "2024-06-20", "Pale": "2024-06-20"}


def test_a_protest_told_by_its_dispersal(code):
    ke = {"Nakuru": ("KE", "place", -0.3, 36.07), "Eldoret": ("KE", "place", 0.52, 35.27), "Kisumu": ("KE", "place", -0.09, 34.77)}
    events = code("Police fired tear gas to disperse hundreds of protesters in Nakuru on Tuesday, witnesses said.", ke)
    assert [(e.acled_sub_event_type, e.actor1.type, e.actor2.name, e.size) for e in events] == [
        ("Protest with intervention", "protesters", "Police Forces of Kenya", 100)]
    events = code("Thousands of students protested in Kisumu on Monday. Police fired tear gas to disperse them.", ke)
    assert [e.acled_sub_event_type for e in events] == ["Protest with intervention"]
    # a riot already coded there is not a second protest
    events = code("Youths torched a police station in Eldoret on Monday. Police fired tear gas to disperse the crowd.", ke)
    assert [e.acled_sub_event_type for e in events] == ["Violent demonstration"]


def test_protesters_demanding_is_a_protest(code):
    ke = {"Nakuru": ("KE", "place", -0.3, 36.07)}
    events = code("Protesters in Nakuru demanded the resignation of the governor on Friday.", ke)
    assert ("Peaceful protest", "Nakuru", "2024-06-21") in [(e.acled_sub_event_type, e.location.name, e.date) for e in events]


def test_unlemmatized_past_forms_and_district_centres_are_takeovers(code):
    ml = {"Gao": ("ML", "place", 16.27, -0.04), "Mopti": ("ML", "place", 14.49, -4.19)}
    events = code("Malian troops retook the town of Gao from JNIM militants on Saturday.", ml)
    assert [(e.acled_sub_event_type, e.actor1.name) for e in events] == [("Government regains territory", "Military Forces of Mali")]
    events = code("JNIM fighters took control of the district centre of Mopti on Tuesday after heavy fighting with the army.", ml)
    assert [e.acled_sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_a_military_aircraft_is_the_states_military(code):
    mm = {"Monywa": ("MM", "place", 22.1, 95.13)}
    events = code("A military jet bombed a village near Monywa on Sunday, killing nine people.", mm)
    assert [(e.acled_sub_event_type, e.actor1.name) for e in events] == [("Air/drone strike", "Military Forces of Myanmar")]


def test_unattributed_air_strikes_on_a_named_place_are_events(code):
    ye = {"Taiz": ("YE", "place", 13.58, 44.02), "Yemen": ("YE", "country", 15.5, 47.5)}
    events = code("Coalition aircraft carried out 12 air strikes on Taiz on Monday, residents said.", ye)
    assert [(e.acled_sub_event_type, e.location.name, e.date) for e in events] == [("Air/drone strike", "Taiz", "2024-06-17")]


def test_interception_is_placed_at_the_target_not_the_interceptors_country(code):
    places = {"Taiz": ("YE", "place", 13.58, 44.02), "Saudi": ("SA", "country", 24.0, 45.0)}
    events = code("Saudi air defences intercepted a ballistic missile fired by the Houthis toward Taiz on Sunday, the coalition said.", places)
    assert [(e.acled_sub_event_type, e.location.name) for e in events] == [("Disrupted weapons use", "Taiz")]


def test_government_violence_is_by_its_military(code):
    sy = {"Ariha": ("SY", "place", 35.81, 36.61)}
    events = code("Renewed government shelling of Ariha on Monday killed four civilians, rescuers said.", sy)
    assert [(e.acled_sub_event_type, e.actor1.name, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", 4)]


def test_regional_broadcasters_are_credited(code):
    ye = {"Marib": ("YE", "place", 15.46, 45.33)}
    events = code("Coalition jets struck Houthi positions near Marib on Sunday, Al Masirah TV reported.", ye)
    assert events and events[0].sources == ["Example News", "Al Masirah"]


def test_tear_gas_fired_at_protesters_is_an_intervention_and_calls_are_plans(code):
    ke = {"Nakuru": ("KE", "place", -0.3, 36.07)}
    text = ("Police fired tear gas at protesters in Nakuru on Tuesday. "
            "Organisers called for fresh demonstrations in Nakuru on Friday.")
    events = code(text, ke)
    assert [(e.acled_sub_event_type, e.date) for e in events] == [("Protest with intervention", "2024-06-18")]


def test_warning_that_a_group_will_attack_is_a_threat(code):
    ml = {"Mopti": ("ML", "place", 14.49, -4.19), "Gao": ("ML", "place", 16.27, -0.04)}
    text = ("JNIM militants attacked an army post near Mopti on Monday, killing seven soldiers. "
            "In a statement, JNIM warned that it would attack Gao next.")
    threats = [e for e in code(text, ml) if e.event_type == "THREATEN"]
    assert [e.actor1.name for e in threats] == ["JNIM"]
    text = "Doctors warned that the outbreak would spread to Gao, officials said."
    assert not [e for e in code(text, ml) if e.event_type == "THREATEN"]


def test_vow_to_retake_territory_is_a_plan(code):
    ml = {"Mopti": ("ML", "place", 14.49, -4.19)}
    text = "JNIM militants overran an army base near Mopti on Tuesday. The government has vowed to retake the base."
    assert not [e for e in code(text, ml) if e.event_type == "THREATEN"]


def test_arrests_over_the_violence_are_placed_where_it_was(code):
    pk = {"Sargodha": ("PK", "place", 32.08, 72.67), "Pakistan": ("PK", "country", 30.0, 70.0)}
    text = ("An angry mob set fire to a chapel in Sargodha on Sunday, police said. Some shopkeepers stayed away. "
            "By Tuesday, officers had detained 30 suspects in connection with the violence, a spokesman said.")
    arrests = [e for e in code(text, pk) if e.acled_sub_event_type == "Arrests"]
    assert [(e.location.name, e.size) for e in arrests] == [("Sargodha", 30)]


def test_security_raid_without_casualties_is_a_security_measure_with_its_warnings(code):
    ir = {"Mahabad": ("IR", "place", 36.76, 45.72)}
    text = "Riot police raided several houses in Mahabad on Friday and warned relatives against organising a commemoration, an activist said."
    events = code(text, ir)
    assert [(e.acled_event_type, e.acled_sub_event_type, e.location.name) for e in events] == [("Strategic developments", "Other", "Mahabad")]


def test_last_weeks_shelling_is_not_merged_into_todays_clash(code):
    sd = {"El Fasher": ("SD", "place", 13.63, 25.35)}
    text = ("Heavy fighting erupted between the RSF and the army in El Fasher on Thursday, killing 20 civilians. "
            "Last week, RSF shelling of El Fasher killed 12 people, according to medics.")
    got = sorted((e.acled_sub_event_type, e.time_precision) for e in code(text, sd))
    assert got == [("Armed clash", "day"), ("Shelling/artillery/missile attack", "week")]
