from eventwire.mentions.attributions import OutletFinder, canonical_outlet


def credited(nlp, text):
    finder = OutletFinder(nlp)
    doc = nlp(text)
    return [(m.name, m.credited) for m in finder.mentions(doc)]


def test_attribution_frames(nlp):
    assert credited(nlp, "According to CNN, militants seized the town.") == [("CNN", True)]
    assert credited(nlp, "The AP also reported that five died.") == [("Associated Press", True)]
    assert credited(nlp, "A police spokesman told Xinhua that five people died.") == [("Xinhua", True)]
    assert credited(nlp, "But, as The Times also reports, there is concern.") == [("The Times", True)]


def test_ambiguous_alias_resolves_to_outlet_named_earlier(nlp):
    text = "The New York Times quoted a member. But, as The Times also reports, tensions rose."
    assert credited(nlp, text) == [("The New York Times", True), ("The New York Times", True)]


def test_outlet_named_without_attribution_is_not_credited(nlp):
    assert credited(nlp, "He once worked for Reuters in Cairo.") == [("Reuters", False)]


def test_canonical_outlet():
    assert canonical_outlet("AP") == "Associated Press"
    assert canonical_outlet("Some Local Paper") == "Some Local Paper"


def test_outlet_named_with_its_kind_is_credited(nlp):
    # the name qualifies "agency"/"broadcaster", which carries the attribution frame
    assert credited(nlp, "Farmers who fled told EFE news agency that the bridge was cut.") == [("EFE", True)]
    assert credited(nlp, "The public broadcaster NHK reported that two boats sank.") == [("NHK", True)]
    assert credited(nlp, "He once sold papers outside a Bernama office.") == [("Bernama", False)]


def test_national_agencies_and_broadcasters_are_known(nlp):
    assert credited(nlp, "Three guards were hurt, according to Radio Ndeke Luka.") == [("Radio Ndeke Luka", True)]
    assert credited(nlp, "A local official told Lusa that the road was closed.") == [("Lusa", True)]
    assert canonical_outlet("dpa") == "Deutsche Presse-Agentur"


def test_a_statement_carried_by_an_outlet_credits_it(nlp):
    assert credited(nlp, "The commander spoke in a video carried by Al Jazeera.") == [("Al Jazeera", True)]


def test_the_station_said_credits_the_outlet_named_before(nlp):
    finder = OutletFinder(nlp)
    doc = nlp("Rebels signed the deal on Saturday, according to Radio Okapi. Both groups attended the ceremony, the station said.")
    assert list(finder.credited_by_sentence(doc).values()) == [["Radio Okapi"], ["Radio Okapi"]]
    doc = nlp("The news agency said five people died. Police said the station was attacked.")
    assert finder.credited_by_sentence(doc) == {}


def test_an_outlets_witness_credits_the_outlet(nlp):
    assert credited(nlp, "Police lobbed tear gas at crowds, according to a Reuters witness.") == [("Reuters", True)]


def test_an_organisation_named_as_a_broadcaster_or_agency_is_an_outlet(nlp):
    assert credited(nlp, "Two people died, according to the Somali National Television.") == [("Somali National Television", True)]
    assert credited(nlp, "He works for the Kenya Broadcasting Corporation.") == [("Kenya Broadcasting Corporation", False)]


def test_an_outlets_service_and_a_longer_name_are_credited(nlp):
    assert credited(nlp, "Two people died, the BBC's Somali service reported.") == [("BBC", True)]
    assert credited(nlp, "A local chief told the daily newspaper O País that two people died.") == [("O País", True)]


def test_a_news_site_named_with_its_kind_is_an_outlet(nlp):
    assert credited(nlp, "Six attackers were killed, the Aden-based news site Aden al-Ghad reported.") == [("Aden al-Ghad", True)]
    assert credited(nlp, "Fighters attacked a site near the river, officials said.") == []


def test_an_agency_that_put_the_toll_at_a_figure_is_credited(nlp):
    text = ("Six people were killed, a health official told Radio Dabanga, while the state news agency SUNA, citing the "
            "state government, put the toll at 11.")
    assert ("Sudan News Agency", True) in credited(nlp, text)


def test_a_network_whose_footage_is_cited_is_credited(nlp):
    text = "Gunmen set buses on fire, according to footage broadcast by the television network N+."
    assert credited(nlp, text) == [("N+", True)]


def test_a_speaker_reached_by_an_outlet_credits_it(nlp):
    text = "A rebel commander reached by AFP said his fighters would keep advancing."
    assert credited(nlp, text) == [("Agence France-Presse", True)]
    assert credited(nlp, "A convoy reached by the rebels was burned, officials said.") == []


def test_outlets_the_parse_takes_for_places_are_known_by_name(nlp):
    # "Greater Kashmir" and "TV Zimbo" parse as places; the table knows them as outlets
    text = "Two militants were killed, the Srinagar-based daily Greater Kashmir reported, citing police."
    assert credited(nlp, text) == [("Greater Kashmir", True)]
    text = "Young men burned tyres, the private television channel TV Zimbo reported."
    assert credited(nlp, text) == [("TV Zimbo", True)]


def test_a_broadcaster_a_spokesman_spoke_on_is_credited(nlp):
    text = '"They will feel the full weight of the law," an interior ministry spokesman said on the state broadcaster TPA.'
    assert credited(nlp, text) == [("Televisão Pública de Angola", True)]


def test_the_same_speaker_again_brings_back_the_outlet_he_told(nlp):
    from eventwire.mentions.attributions import OutletFinder
    doc = nlp("The raiders arrived at 10 p.m., a local official told Agence France-Presse. A chief said ten people had "
              "died. The women were led away towards the mountains, the official said.")
    credited = OutletFinder(nlp).credited_by_sentence(doc)
    last = list(doc.sents)[-1]
    assert credited.get(last.start) == ["Agence France-Presse"]
    doc = nlp("The raiders arrived at 10 p.m., a resident told Agence France-Presse. The women were led away, the official said.")
    assert OutletFinder(nlp).credited_by_sentence(doc).get(list(doc.sents)[-1].start) is None


def test_an_outlet_right_before_a_subjectless_reported_is_credited(nlp):
    text = ("In Mwanza, police used tear gas to disperse some 500 people who tried to march to the regional "
            "commissioner's office, the daily newspaper The Citizen reported.")
    assert credited(nlp, text) == [("The Citizen", True)]


def test_unknown_outlets_named_beside_their_kind_or_by_their_own_name(nlp):
    # (invented outlet names, so that the table cannot know them)
    assert credited(nlp, "A nurse told the independent newspaper Ubumwe that ten bodies had been brought in.") == [("Ubumwe", True)]
    assert credited(nlp, "About 300 people gathered, the daily Le Matinal reported.") == [("Le Matinal", True)]
    assert credited(nlp, "A landmine exploded, killing two farmers, the local radio station Kalo FM reported.") == [("Kalo FM", True)]
    assert credited(nlp, "A nurse told Sunrise FM that seven bodies had been brought in.") == [("Sunrise FM", True)]
    assert credited(nlp, "The fighting began near the market, a police spokesman told the state-owned Daily Beacon.") == [("Daily Beacon", True)]
    assert credited(nlp, "His wife told Radio Libre Africaine, a station that broadcasts from exile.") == [("Radio Libre Africaine", True)]
    assert credited(nlp, "TASS put the toll at three, while the local news site Nord.ru, citing neighbours, said four people had "
                         "died.") == [("TASS", True), ("Nord.ru", True)]
    assert credited(nlp, "The Daily routine of the soldiers was described.") == []


def test_a_statement_read_on_a_broadcaster_credits_it(nlp):
    assert credited(nlp, "The ministry said in a statement read on the state broadcaster GBC.") == [("Ghana Broadcasting Corporation", True)]


def test_an_alias_two_agencies_share_is_the_one_of_the_country_the_report_names(nlp):
    assert credited(nlp, "The Senegalese army said in a statement carried by the state news agency APS.") == [("Agence de Presse Sénégalaise", True)]
    assert credited(nlp, "The Algerian army said in a statement carried by APS.") == [("Algérie Presse Service", True)]
    assert credited(nlp, "The army said in a statement carried by APS.") == [("APS", True)]  # (neither country named)


def test_a_hyphenated_name_and_an_outlet_named_again_without_its_kind(nlp):
    assert credited(nlp, "The attackers doused the cabs with petrol, the broadcaster Radio Kolo-Kolo reported.") == [("Radio Kolo-Kolo", True)]
    text = "Troops clashed with gunmen, the state news agency KP reported. Ranchers drove tractors through the town, KP reported."
    assert credited(nlp, text) == [("KP", True), ("KP", True)]


def test_a_longer_name_opening_like_an_outlet_and_a_security_service_are_no_outlets(nlp):
    text = ("The National Border Service said its agents came under fire. On Thursday, the service set up a base at the "
            "border, the service said. Agents arrested four men on Monday, the tabloid Crítica reported.")
    assert credited(nlp, text) == [("Crítica", True)]


def test_the_longest_outlet_name_wins_over_a_short_one_starting_before_it(nlp):
    assert credited(nlp, "Crowds looted shops, the Times of Eswatini reported.") == [("Times of Eswatini", True)]


def test_a_station_s_name_runs_on_over_its_frequency(nlp):
    assert credited(nlp, "About 300 people marched on Thursday, the radio station Capital 98 FM reported.") == [("Capital 98 FM", True)]


def test_a_service_credited_by_the_name_it_is_known_by(nlp):
    text = "The strike began on Monday, according to RFE/RL's Kazakh service, known as Azattyq."
    assert ("Azattyq", True) in credited(nlp, text)


def test_an_ambiguous_alias_that_names_a_town_is_no_outlet_unless_credited(nlp):
    assert credited(nlp, "Police fired tear gas at drivers near the southern city of Ma'an on Tuesday.") == []
    assert credited(nlp, "Ma'an reported that two people were hurt.") == [("Ma'an", True)]


def test_a_service_known_by_a_name_reports_when_the_parser_loses_its_subject(nlp):
    text = "Police detained 14 people in the town the next day, RFE/RL's Azerbaijani service, known as Radio Azadliq, reported."
    assert ("Radio Azadliq", True) in credited(nlp, text)


def test_an_outlet_name_with_romance_particles_and_it_said_after_the_outlet_spoke(nlp):
    assert credited(nlp, "The driver was shot in the town late on Saturday, the daily El Diario de Hoy reported.") == [
        ("El Diario de Hoy", True)]
    finder = OutletFinder(nlp)
    doc = nlp("About 200 relatives marched on Friday, the investigative news site El Faro reported. Police pushed them "
              "back, and two organisers were detained, it said. The ministry denied it. Later it said six were held.")
    sentences = finder.credited_by_sentence(doc)
    starts = [s.start for s in doc.sents]
    assert [sentences.get(k, []) for k in starts] == [["El Faro"], ["El Faro"], [], []]


def test_a_site_written_as_a_domain_and_the_agency_that_is_a_named_body(nlp):
    text = ("The grenade wounded three people, the daily Nation reported. Officers of the Judicial Investigation Agency came "
            "under fire and shot back, killing two men, the agency said. The news site CRHoy.com put the toll at three.")
    finder = OutletFinder(nlp)
    doc = nlp(text)
    sentences = finder.credited_by_sentence(doc)
    assert [sentences.get(s.start, []) for s in doc.sents] == [["Nation"], [], ["CRHoy.com"]]


def test_the_start_of_a_longer_name_gives_way_and_a_daily_citing_sources_puts_the_toll(nlp):
    assert credited(nlp, "The leaders signed an agreement in the capital, the Namibian Sun newspaper reported.") == [("Namibian Sun", True)]
    assert credited(nlp, "The police said one man was killed; the daily The Namibian, citing relatives and a nurse, "
                         "put the toll at two.") == [("The Namibian", True)]


def test_a_shared_acronym_is_the_outlet_of_the_country_named(nlp):
    assert credited(nlp, "Police in Cyprus arrested nine people in Paphos on Sunday, CNA said.") == [("Cyprus News Agency", True)]
