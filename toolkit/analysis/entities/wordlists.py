"""Fixed word lists the rules read: heads of organisations' and places' names, royal and peerage titles,
calendar words, generic acronyms, parties and institutions, demonyms the tables miss, cue words for people.

Input: none (plain constants written here). Output: frozensets, dicts and one pattern, imported by every later
stage. The gazetteer builders read some of them, so this file is part of the disk cache's key
(``gazetteers._GAZETTEER_SOURCES``).
"""
from __future__ import annotations

import re


# Heads of performing-arts companies and schools ("Royal Ballet", "Vienna State Opera", "Geneva Conservatory"); alone,
# or after "of" or "and", the same words name an art, a genre or a work ("Phantom of the Opera", "Firefox and Opera").
_ARTS_HEADS = frozenset("ballet ballets opera philharmonic sinfonia conservatory conservatoire choir chorale".split())
# (not "symphony": "Beethoven's Ninth Symphony", "the Pastoral Symphony" are works; orchestras say "Symphony Orchestra")
# Words whose capitalised form heads an organisation's name ("Foreign Ministry", "Bank of America").
_ORG_HEADS = _ARTS_HEADS | frozenset("""
party parties panel ministry department agency journal times post guardian telegraph herald tribune gazette news
navy army council bank banks commission committee union organisation organization association group corporation
corp inc ltd plc co company companies holdings brothers bros university college school institute court courts office
service services federation league club fc united rovers athletic airways airlines motors reserve exchange fund programme
program board authority police force forces parliament congress senate assembly government foundation trust
society network channel records studios pictures theatre labs systems technologies technology media entertainment
telecom communications industries international partners capital securities insurance electronics software multimedia
petroleum oil energy pharmaceuticals bureau directorate cabinet administration secretariat financial investments
tobacco foods railways railway rail broadcasting radio television tv magazine press times
executive watchdog institution alliance coalition movement front brigade brigades guard assembly
inquiry chambers chamber embassy consulate tribunal circle centre center
house lords academy gallery museum library orchestra hospital research economics partnerships watch lottery
mirror mail express observer echo chronicle courier motor organisations organizations forum managers
confederation consortium productions publishing laboratories observatory consultants associates assurance brewery
charity command unit units quartet
""".split())
# A company's trade after its own word ("Velko Steel", "Nortel Networks"): with no given name first, the name of a firm
# (not "David Steel"); and compounds of a trade ("Microsystems", "Teleservices", "Infotech") end only companies' names.
_TRADE_TAILS = frozenset("""steel metals mining minerals chemicals cement shipping aerospace engineering construction
logistics telecoms telecom airways airlines motors software networks systems technologies communications electronics
pharmaceuticals petroleum oil energy foods media entertainment industries holdings insurance tobacco films
gaming esports""".split())
_TRADE_COMPOUND_ENDS = ("systems", "services", "technologies", "communications", "networks", "electronics", "telecom",
                        "tech", "soft", "ware", "media")
# Sports named with a country make a national federation ("UK Athletics", "Athletics Kenya").
_FEDERATION_SPORTS = frozenset("""athletics swimming cycling rowing cricket rugby football hockey tennis golf boxing
sailing gymnastics triathlon basketball netball badminton squash judo skiing soccer""".split())
# Words that end an event, work or other name the guidelines leave unannotated.
_SKIP_HEADS = frozenset("""
indoors nationals worlds run cup cups championship championships games olympics prix awards award festival trophy tour series show day week
year act bill budget summit conference open marathon final finals stakes prize prizes medal oscars baftas grammys emmys
dome stadium arena palace hall resort castle cathedral abbey tower towers cellars airport airports racecourse bridge prison line square park mall
paper directive invitational race relays cross-country highway motorway freeway expressway
plan memorandum doctrine accord accords roadmap mass index protocol protocols treaty treaties
telescope telescopes
""".split())  # (roads are venues, as railway lines are: "the Hume Highway"; a plan, a memorandum, a doctrine, a treaty, a
# protocol ("the Kyoto Protocol", "the Lisbon Treaty": laws, not annotated), a mass or
# an index named after someone is a document, a service or a figure, no mention of them: "the Mitchell Plan", "the Tenet
# Memorandum", "Christmas Eve Mass", "the Olivier Internet Job Index"; a telescope is an instrument, a facility: "the
# Hubble Space Telescope", "the James Webb Space Telescope")
# Sporting competitions named without an event's head word (no "Cup", "Championship", "Series"): events, not
# annotated (GUIDELINES: "Six Nations", "Grand Slam"), whatever their words look like (a number and a plural, "Ashes")
_COMPETITION_NAMES = frozenset(["Six Nations", "Tri Nations", "Four Nations", "Ashes", "Grand Slam", "Super Bowl",
                                "Tour de France", "Giro d'Italia", "Vuelta a España"])
# Words that name an award or event wherever they stand in a name ("Peter Sellers Award For Comedy").
_AWARD_WORDS = frozenset("award awards prize prizes trophy championship championships festival".split())
# Heads of natural places (LOC).
_LOC_HEADS = frozenset("""sea ocean river lake mountains mountain valley gulf bay strait straits peninsula coast desert island
islands gorge heights basin canyon plateau glacier hemisphere keys cays isles archipelago atoll reef highlands delta lagoon
marshes swamp steppe steppes plain lowlands wetlands fjord canal""".split())
# ("Saxeten River Gorge", "Golan Heights", "Amazon Basin", "Northern Hemisphere", "the Florida Keys", "Great Barrier Reef",
# "the Scottish Highlands", "the Niger Delta", "the Pripet Marshes", "Salisbury Plain"; not "Forest", a club's and a
# borough's name too, "Beach", an amusement park's, "Marsh", a surname, "Plains", a firm's word ("Great Plains said"),
# nor "Depression", "the Great Depression")
# A street that news names for the district and the trade on it ("rumours circulated on Wall Street", "Wall Street
# arbitrageurs"): a place (LOC), no venue; with an organisation's head after it, part of that name ("Wall Street Journal")
_DISTRICT_STREETS = frozenset(["Wall Street"])
_LOC_PREFIX = frozenset("river lake mount mt".split())
_LOC_OF_HEADS = frozenset("gulf bay isle isles sea strait straits".split())  # ("Isle of Sheppey", "Gulf of Mexico")
_COMPASS = frozenset("north south east west northern southern eastern western central middle far upper lower sub-saharan".split())
_REGION_CORES = frozenset("end east west asia africa europe america americas pacific atlantic arctic antarctic caribbean balkans mediterranean".split())
# Venues besides _SKIP_HEADS: stations ("International Space Station", "Waterloo Station"), and hospitals named as where
# something happens (fresh4 and the Lee annotators: "suspended at Wollongong Hospital"; one that speaks is an
# institution, as a theatre is: "Guy's Hospital said")
_STATION_HEADS = frozenset(("station", "stations"))
_HOSPITAL_HEADS = frozenset(("hospital", "infirmary"))
# Kinds of premises before "Centre": a building or a site, no body ("World Trade Centre", "Kennedy Space Centre",
# "Villawood Detention Centre"; not "Peruvian Centre for Social Studies")
_VENUE_CENTRES = frozenset("""trade space shopping conference leisure sports detention convention exhibition community
civic visitor visitors reception processing garden aquatic""".split())
# Royal and religious titles that stay part of how a person is named (guidelines).
_ROYAL = frozenset("king queen prince princess crown pope sheikh sheik shaikh emir lord lady sultan archbishop cardinal "
                   "ayatollah baroness baron".split())
# Peerages: the name after them may be a place ("Baroness Scotland", "Lord Falconer of Thoroton").
_PEERAGE = frozenset("lord lady baroness baron".split())
# Organisation heads that are a role after a title ("Chief Executive Martin Sorrell").
_ROLE_HEADS = frozenset(["executive", "constable", "general"])  # (and "Assistant Chief Constable": a surname alone elsewhere;
# "Secretary General", "Attorney General": "general" after a title is part of it)
_NEVER_TITLE = frozenset("us united national state foreign general new world home".split())
# Ranks and offices that are also common words or surnames, so no title of the lists ("General Motors", "John Major",
# "Chairman of the Board"): a rank only before a person's name ("General Tommy Franks", "Chairman Arafat")
_RANK_WORDS = frozenset(("general", "major", "chairman", "chairwoman"))
# British police ranks abbreviated in capitals, titles only before a given name and a surname ("PC Sarah Kemp", "DS Jane
# Park", "PCSO Tom Hill"; not "PC World", "DS Lite", "DC Comics")
_POLICE_RANKS = frozenset(("pc", "dc", "ds", "di", "pcso", "dcs"))
_SHIP = frozenset("USS HMS RMS MV SS".split())
_CALENDAR = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
christmas easter
""".split())
# Acronyms of common things rather than organisations.
_GENERIC_ACRONYMS = frozenset("TV PC AI UV GMT BST DVD CD GDP CEO MP MPs MEP MEPs MSP MSPs MLA MLAs IT PR HIV AIDS OK ID SMS MP3 PhD VAT FTSE "
                              "PM SUV ISBN VCR DNA URL PDF CV GCSE NGO NGOs MVP GP GPs "
                              "PDA GPS SIM LCD USB RAM CPU PIN CCTV NHS "
                              "DIY OS DOS FAQ IPO FDI GNP CPI RPI ATM Q&A AD BC A.D. B.C. IVF MRI BSE CJD ADHD GST "
                              # time zones after a clock time ("5:30am AEDT", "noon EST") and honours after a name or
                              # "received an OBE": no body of people
                              "UTC CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT AKST HST AEST AEDT ACST ACDT AWST "
                              "NZST NZDT JST KST HKT SGT MSK SAST OBE MBE CBE KBE DBE GBE "
                              # accounting standards and measures ("drop US GAAP", "EBITDA rose"), the trades' terms for
                              # picture and network technology ("cheap CGI", "3G and 4G networks"), and the UN climate
                              # talks' meetings ("yearly COP meetings": an event)
                              "GAAP IFRS EBITDA EPS ETF ETFs CGI VFX HDTV OLED VPN API HTML HTTP LTE 3G 4G 5G COP".split()) - {"NHS"}
# Event adjectives that end a name ("Sydney Olympic champion"): dropped like days and months.
_EVENT_WORDS = frozenset(["Olympic", "Olympics", "Paralympic", "Commonwealth"])
_CONNECTORS = frozenset({" of ", " and ", " for ", " for the ", " of the ", " & ", " on ", " to "})
# Words right before "X and Y" that make it one firm's name ("accountants Ernst and Young").
_FIRM_BEFORE = re.compile(r"\b(?:accountants|accountancy firm|auditors?|law firm|lawyers|solicitors|firm|company|bank|"
                          r"retailer|chain|publisher|agency|consultancy|consultants|maker|makers|group|brokers?|stockbrokers?) $")
# Words right before a name that say it is a body of campaigners, givers or carers ("the charity Friends of the
# Earth", "campaign group Reporters Without Borders"): the name after them may hold "of the", "for" or "without".
_BODY_BEFORE = re.compile(r"\b(?:charity|charities|group|agency|organisation|organization|campaigners|body|"
                          r"watchdog|foundation|trust|movement|coalition|alliance|network|union) $")
# Organisation heads that take a "to <Verb> ..." purpose clause in their names ("Committee to Protect Journalists").
_PURPOSE_HEADS = frozenset("committee campaign coalition alliance movement society fund foundation trust council forum "
                           "association league group network".split())
# Country aliases missing from country-converter's table, and demonyms that are not a stem of
# their country's name (the rest are derived: Iran+ian, Israel+i, Egypt+ian, Chin(a)+ese...).
_COUNTRY_ALIASES = {"America": "United States", "Great Britain": "United Kingdom", "Britain": "United Kingdom",
                    "UK": "United Kingdom", "U.K.": "United Kingdom", "GB": "United Kingdom", "England": "England", "Scotland": "Scotland",
                    "Wales": "Wales", "Northern Ireland": "Northern Ireland", "Holland": "Netherlands",
                    "USA": "United States", "Kyrgyz Republic": "Kyrgyzstan", "Westminster": "Westminster",
                    "Holyrood": "Holyrood",  # (the parliaments named by their seats, GPE by the guidelines)
                    # (abbreviations news writes that the country package lists under no code: "UAE", "N Korea")
                    "UAE": "United Arab Emirates", "N Korea": "North Korea", "S Korea": "South Korea",
                    "N Ireland": "Northern Ireland"}
# Short names as English writes them in the news (country-converter follows later renamings: Czechia 2016,
# Eswatini 2018, North Macedonia 2019, Cabo Verde 2013, Türkiye 2022; Timor-Leste is the official form).
_SHORT_NAME_OVERRIDES = {"Türkiye": "Turkey", "Côte d'Ivoire": "Ivory Coast", "Curaçao": "Curacao",
                         "Czechia": "Czech Republic", "Eswatini": "Swaziland", "North Macedonia": "Macedonia",
                         "Cabo Verde": "Cape Verde", "Timor-Leste": "East Timor"}
# Pronouns, verbs and question words that a title holds and a place's name does not
_SENTENCE_WORDS = frozenset("how why what when where who was is are were my your his her our their i we you me".split())
_HISTORIC_COUNTIES = frozenset(["Yorkshire"])
# Cities the news names in two ways, merged under the name the guidelines index them by ("New York City" is New York)
_CITY_ALIASES = {"New York City": "New York", "NYC": "New York", "N.Y.C.": "New York", "Big Apple": "New York",
                 "L.A.": "Los Angeles", "Philly": "Philadelphia", "D.C.": "Washington"}
# (US copy's short names and nicknames of its cities, as "Big Apple" is New York by the guidelines: "traffic in L.A.",
# "fans in Philly", "protests in D.C."; not the two-letter "LA", Louisiana's code too, nor "DC", a comics firm's)
# The Palestinian territories, which country-converter's expression for Palestine folds into the country ("gaza",
# "west bank"): places with a government of their own, GPE under their own names; "Gaza" alone is the Strip, as news
# writes it ("strikes on Gaza"), and Gaza City the city in it
# Cities that English copy still writes by their older or Russian-form spellings, which geonames lists only by today's
# names ("Kiev" for Kyiv, "Kharkov", "Bombay", "Peking", "Rangoon", "Kishinev"): the city as written, and its country
_OLD_CITY_SPELLINGS = {
    "Kiev": "Ukraine", "Kharkov": "Ukraine", "Lvov": "Ukraine", "Lugansk": "Ukraine", "Dnepropetrovsk": "Ukraine",
    "Zaporozhye": "Ukraine", "Nikolayev": "Ukraine", "Bombay": "India", "Madras": "India", "Bangalore": "India",
    "Peking": "China", "Rangoon": "Myanmar", "Saigon": "Vietnam", "Kishinev": "Moldova", "Alma-Ata": "Kazakhstan",
    "Ashkhabad": "Turkmenistan", "Teheran": "Iran", "Ekaterinburg": "Russia", "Leningrad": "Russia",
    "Stalingrad": "Russia"}
_TERRITORIES = {"West Bank": "West Bank", "Gaza Strip": "Gaza Strip", "Gaza": "Gaza Strip", "Gaza City": "Gaza City"}
_UK_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland", "Westminster", "Holyrood"}
_IRREGULAR_DEMONYMS = {
    "American": "United States", "Americans": "United States", "British": "United Kingdom", "Briton": "United Kingdom",
    "Britons": "United Kingdom", "English": "England", "Irish": "Ireland", "Welsh": "Wales", "Scottish": "Scotland",
    "Scots": "Scotland", "Dutch": "Netherlands", "French": "France", "Danish": "Denmark", "Dane": "Denmark",
    "Spanish": "Spain", "Spaniard": "Spain", "Swiss": "Switzerland", "Greek": "Greece", "Filipino": "Philippines",
    "Thai": "Thailand", "Argentine": "Argentina", "Peruvian": "Peru", "Cypriot": "Cyprus", "Emirati": "United Arab Emirates",
    "Saudi": "Saudi Arabia", "Afghan": "Afghanistan", "Kiwi": "New Zealand", "Czech": "Czech Republic", "Slovak": "Slovakia",
    "Serb": "Serbia", "Croat": "Croatia", "Kyrgyz": "Kyrgyzstan", "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan",
    "Turk": "Turkey", "Pole": "Poland", "Finn": "Finland", "Swede": "Sweden", "Icelandic": "Iceland",
    "Norwegian": "Norway", "Portuguese": "Portugal", "Maltese": "Malta", "Monegasque": "Monaco", "Soviet": "",
    "Polish": "Poland", "Finnish": "Finland", "Scot": "Scotland", "Brit": "United Kingdom",
    "European": "", "African": "", "Asian": "", "Arab": "", "Latin": "", "Western": "",
    # the peoples of regions and provinces no package names by an adjective ("Flemish authorities", "a Cornish fishing
    # family", "the Bavarian city of Munich", "Kashmiri militant groups")
    "Flemish": "", "Walloon": "", "Cornish": "", "Bavarian": "", "Catalan": "", "Corsican": "",
    "Sicilian": "", "Sardinian": "", "Tuscan": "", "Kashmiri": "", "Punjabi": "", "Chechen": "", "Tibetan": "",
}
# Religious and political groups (NORP without a country).
_GROUP_NORP = frozenset("""
Muslim Muslims Christian Christians Jewish Jew Jews Islamic Catholic Catholics Protestant Protestants Hindu Hindus
Sikh Sikhs Buddhist Buddhists Sunni Sunnis Shia Shiite Shiites Arab Arabs Israelite Kurd Kurds Kurdish Palestinian
Palestinians Zionist Zionists Republican Republicans Democrat Democrats Democratic Communist Communists Socialist Socialists
Labourite Islamist Islamists Maoist Maoists Soviet European Europeans African Africans Asian Asians Latino Hispanic
Nazi Nazis
Anglican Anglicans Methodist Methodists Presbyterian Presbyterians Baptist Baptists Lutheran Lutherans Mormon Mormons
Quaker Quakers Aboriginal Aboriginals Aborigine
""".split())  # (churches and indigenous Australians; not the religions' nouns, "Islam", which the BBC sets leave out)
# Faiths (their NORP names): never a language ("he converted from Catholic to Anglican")
_FAITH_NORP = frozenset("""Muslim Christian Jewish Islamic Catholic Protestant Hindu Sikh Buddhist Sunni Shia Shiite Anglican
Methodist Presbyterian Baptist Lutheran Mormon Quaker""".split())
# Demonym nouns whose NORP entity is named by the adjective (guidelines: "Scot" -> Scottish, "Jews" -> Jewish);
# the other nouns are the adjective itself, or it plus "s" ("Iranians" -> Iranian).
_DEMONYM_NOUNS = {"Briton": "British", "Brit": "British", "Scot": "Scottish", "Scots": "Scottish", "Pole": "Polish",
                  "Swede": "Swedish", "Finn": "Finnish", "Dane": "Danish", "Turk": "Turkish", "Serb": "Serbian",
                  "Croat": "Croatian", "Spaniard": "Spanish", "Jew": "Jewish", "Kurd": "Kurdish", "Aborigine": "Aboriginal"}
# Party names and their people's names that mean the same party (merged under the fullest form seen).
# UK party names (their adjectival uses, "Labour MP", are mentions of the party too).
_PARTIES = frozenset(["Labour", "Labour Party", "New Labour", "Conservatives", "Conservative", "Conservative Party", "Tory", "Tories",
                      "Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem", "SNP", "Plaid Cymru", "UKIP",
                      "Green Party", "Greens", "Sinn Fein", "DUP", "Labor", "Labor Party"])
# ("Greens": the Green parties named by their plural, as the Australian, German and Scottish ones are; the singular
# "Green" is a surname and a colour too)
# ("Labor": the Australian Labor Party's spelling; US "Labor Department", "Labor Secretary" are no party: _US_LABOR_AFTER)
_US_LABOR_AFTER = frozenset("Department Dept Secretary Day Statistics Relations Board Union Unions".split())
# Institutions named by one capitalised word.
_INSTITUTIONS = frozenset("Treasury Commons Lords Cabinet Parliament Pentagon Kremlin Senate Congress Whitehall".split()
                         + ["Downing Street", "White House"]
                         # national parliaments that news copy names by their own word ("a vote in the Bundestag")
                         + """Bundestag Bundesrat Knesset Duma Sejm Riksdag Storting Folketing Eduskunta Althing Dail Dáil
                         Seanad Oireachtas Majlis""".split() + ["Lok Sabha", "Rajya Sabha", "Verkhovna Rada", "State Duma"])
# Bodies named by an acronym said as a word that WordNet 3.0 (wordnet_acronyms.tsv, US-made, 2006) lacks: world
# sport's governing bodies, UN agencies and missions, Britain's regulators and public services, with their full
# names; British copy writes them in title case ("Fifa", "Uefa", "Ofsted", "Isaf"), American in capitals
# (wordnet.py reads them with WordNet's)
_ACRONYM_BODIES = {
    "FIFA": "Federation Internationale de Football Association", "UEFA": "Union of European Football Associations",
    "IAAF": "International Association of Athletics Federations", "WADA": "World Anti-Doping Agency",
    "ISAF": "International Security Assistance Force", "UNHCR": "United Nations High Commissioner for Refugees",
    "UNAIDS": "Joint United Nations Programme on HIV/AIDS", "ECOWAS": "Economic Community of West African States",
    "ICANN": "Internet Corporation for Assigned Names and Numbers",
    "OFSTED": "Office for Standards in Education", "OFCOM": "Office of Communications",
    "OFGEM": "Office of Gas and Electricity Markets", "OFWAT": "Office of Water Services",
    "ACAS": "Advisory, Conciliation and Arbitration Service",
    "DEFRA": "Department for Environment, Food and Rural Affairs",
    "UCAS": "Universities and Colleges Admissions Service", "BAFTA": "British Academy of Film and Television Arts",
    "ASLEF": "Associated Society of Locomotive Engineers and Firemen",
}
# Words right before a name that say it is a person ("soccer legend Pele", "striker Owen").
_PERSON_CUES = frozenset("""legend star singer actor actress striker midfielder defender goalkeeper winger keeper
forward coach boss chairman chairwoman spokesman spokeswoman spokesperson analyst economist author writer novelist director producer
presenter host artist player champion veteran runner sprinter athlete designer founder manager skipper captain
teacher poet playwright dramatist composer painter sculptor philosopher historian dictator emperor prophet character
plays played playing
wife husband brother sister son daughter father mother partner girlfriend boyfriend fiancee fiance widow uncle aunt cousin
nephew niece grandson granddaughter referee governor president premier
lawyer attorney solicitor barrister agent promoter
referee umpire jockey trainer commentator pundit comedian comic guitarist drummer bassist frontman vocalist rapper
pianist violinist cellist conductor photographer journalist reporter columnist critic cartoonist chef campaigner activist
""".split())


# Lower-case words before a name that only a person takes (an office, a relative), unlike a role a firm may have too
# ("partner Vodafone", "host Channel 4")
_OFFICE_AND_KIN = frozenset("""president premier governor dictator emperor wife husband widow son daughter father mother
brother sister""".split())


# Function words that open a sentence and are no part of a name ("Neither Ask Jeeves nor ...").
_OPENERS_WORDS = frozenset("""neither either unlike despite although though whilst while meanwhile elsewhere instead
indeed perhaps amid amidst following however moreover furthermore nevertheless nonetheless besides thus hence therefore
whereas unless until since after before during without within across among amongst against towards toward upon via
including like as already even still also only just
nobody everybody somebody anybody everyone someone anyone noone nothing everything something anything
later earlier afterwards afterward eventually previously subsequently initially originally ultimately finally recently
currently separately additionally yesterday overnight""".split())
# (indefinite pronouns: "Everybody wants ...", "Nobody wants ..." are no organisations acting; adverbs of time and
# sequence that open a sentence without a comma: "Later Cole said", "Yesterday Cole said", "Earlier Cole had led")
# Role nouns that start a sentence before a person's name ("Teenager LaShawn Merritt", "Director Oday Rasheed", "Mum
# Tracey Hollis").
_ROLE_START = _PERSON_CUES | frozenset("""teenager youngster newcomer rookie compatriot teammate team-mate debutant
holder rival pensioner grandmother grandfather mother father widow student pupil fan survivor victim
mum mom dad grandma grandpa grandad granddad crossbencher backbencher frontbencher""".split())
# A player's position (rugby, football, cricket) opening a sentence before the player's name in a sports report ("Wing
# Tom Pryce returns", "Props Ann Bell and Kate Lee", "Batsman Joe Root"): no part of the name (some are places or
# surnames elsewhere: "Wing", "Lock", "Hooker", so only in a text about sport and before a given name)
_POSITION_START = frozenset("""wing winger prop lock flanker centre center fly-half scrum-half hooker full-back
striker midfielder defender goalkeeper keeper forward batsman batter bowler spinner seamer paceman all-rounder
wicketkeeper wicket-keeper opener quarterback pitcher""".split())
# One-word newspaper names, an organisation after "the" ("told the Times").
_NEWSPAPERS = frozenset("""times guardian independent telegraph mirror express observer herald sun mail post scotsman
economist spectator tribune gazette chronicle standard star record""".split())


_INITIALS_SKIP = frozenset("of and for the de la &".split())
_GENERIC_ORG_TAILS = frozenset("group party corp corporation inc ltd plc co company holdings".split())
# Legal forms of companies written after the name ("Siemens AG", "Heineken NV", "Nippon Kokan KK", "Koppel GmbH"; the
# English ones are _ORG_HEADS too), matched case and all: "SA", "AG" or "LP" are also other things' abbreviations, so
# they make a company's name only as the last word of a run of two or more; "AB" (Swedish "aktiebolag") may also sit
# inside the name ("Forvaltnings AB Providentia"), or open it (chunking._legal_form_run: "AB Volvo", not "AB de Villiers")
_LEGAL_FORMS = frozenset("""Inc Corp Co Ltd Plc PLC LLC LLP LP L.P. AB AG NV N.V. SA S.A. SpA KK BV B.V. GmbH Oy Oyj ASA
Bhd Pty Limited Corporation Incorporated""".split())
_LEGAL_FORMS_INSIDE = frozenset(("AB",))


def _legal_form_name(words: list[str]) -> bool:
    """A run of two words or more that a company's legal form ends ("Skanska AB", "Nippon Kokan KK") or, for the forms
    written inside the name too, holds ("Forvaltnings AB Providentia")."""
    return len(words) >= 2 and (words[-1] in _LEGAL_FORMS or not _LEGAL_FORMS_INSIDE.isdisjoint(words[1:-1]))
# (the party's names before its adjectives; of the adjectives alone, the formal one: "Tory leader ... Conservative MP"
# -> Conservatives)
_PARTY_ORDER = {"Labour": ("Labour Party", "Labour", "New Labour"),
                "Conservatives": ("Conservative Party", "Conservatives", "Tories", "Conservative", "Tory"),
                "Liberal Democrats": ("Liberal Democrats", "Lib Dems", "Liberal Democrat", "Lib Dem"),
                "Labor": ("Labor Party", "Labor")}
_PARTY_NAMES = frozenset(name for order in _PARTY_ORDER.values() for name in order)


# A website's address after a name ("Amazon.com", "Suprnova.org", "Lastminute.com").
_DOMAINS = (".com", ".org", ".net", ".co.uk", ".org.uk")
# The head words of clubs' names ("Manchester United", "Bristol Rovers", "Harlow Vale").
_CLUB_HEADS = frozenset("""united city town rovers wanderers athletic albion county villa hotspur forest rangers
celtic fc afc athletico vale argyle orient wednesday alexandra borough harlequins saracens""".split())


# US states as news agencies abbreviate them after a town or a party's letter (AP style: "Montgomery, Ala.", "Trenton,
# N.J.", "Sen. Dianne Feinstein, D-Calif."); the eight states written in full (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio,
# Texas, Utah) need none, though wire copy of the 1980s wrote "Tex."
_US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Tex.": "Texas",  # (not in AP style, which writes Texas out, but in Reuters and the Government Printing Office's)
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}

# Canada's provinces and territories as the Canadian Press and US agencies abbreviate them after a town ("Kelowna,
# B.C.", "Regina, Sask.", "Moncton, N.B."); Quebec's "Que." and "Ont." as well (not after a party's letter)
_CANADIAN_PROVINCE_ABBREVIATIONS = {
    "B.C.": "British Columbia", "Alta.": "Alberta", "Sask.": "Saskatchewan", "Man.": "Manitoba", "Ont.": "Ontario",
    "Que.": "Quebec", "N.B.": "New Brunswick", "N.S.": "Nova Scotia", "P.E.I.": "Prince Edward Island",
    "N.L.": "Newfoundland and Labrador", "Nfld.": "Newfoundland and Labrador", "N.W.T.": "Northwest Territories",
}

# Common things' acronyms that follow a maker's name to name its product ("Apple TV", "Zune HD", "Archos PC"), and the
# medium ("the CNN Web site")
_PRODUCT_ACRONYMS = frozenset("TV HD PC DVD CD Web".split())
