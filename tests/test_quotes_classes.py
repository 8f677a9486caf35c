"""Classes of speaker error found by probing ``toolkit.analysis.quotes`` with invented sentences (never
BBC text): one test per class, each asserting the speakers of every quotation in its little texts."""
from __future__ import annotations

from toolkit.analysis.quotes import quotes


def speakers(text: str) -> list[str]:
    return list(quotes(text)["speaker"])


# --- a role description ("the prime minister") is the holder of that office, not another office's -------

def test_a_role_is_not_someone_named_with_the_same_noun_but_another_office():
    # "Finance Minister" is another office than "the prime minister"; "shadow chancellor" is not "the chancellor"
    text = ('Finance Minister Ralph Goodwin presented the budget. Tony Blair praised it. '
            '"This is a budget for families," the prime minister said.')
    assert speakers(text) == ["Tony Blair"]
    text = ('Gordon Brownlow will deliver his budget next week. Shadow chancellor Oliver Letts said it would '
            'raise taxes. But the chancellor said: "Taxes will not rise."')
    assert speakers(text) == ["Gordon Brownlow"]
    # the same office named the same way still resolves to its holder
    text = ('Home Secretary Charles Clerk and Foreign Secretary Jack Straws met in Paris. '
            '"We agree on the main points," the foreign secretary said.')
    assert speakers(text) == ["Jack Straws"]


def test_a_role_no_one_is_named_as_passes_over_people_named_with_other_posts():
    # nobody is called "prime minister": the opposition leader who spoke last is not him
    text = ('Tony Blair visited the factory. Opposition leader Michael Howell said the visit was a stunt. '
            'The prime minister told workers: "Jobs are safe."')
    assert speakers(text) == ["Tony Blair"]
    # a post is what passes a person over, not what they are: a film star may be "the actor"
    text = ('Film star Liam Rourke met theatre chairman David Johns in Dublin. '
            'The actor said: "This stage gave me my start."')
    assert speakers(text) == ["Liam Rourke"]


def test_he_after_a_role_asked_to_speak_is_that_roles_holder():
    # "prompted the prime minister to say ...": the next "he" is the prime minister, not the last name
    text = ('Tory leader Michael Howell accused Tony Blair of a U-turn on crime. Police chief Sir Ian Blake '
            'backed the Tories last week. The pressure prompted the prime minister to say the law would be '
            'reviewed. He told MPs: "We will listen to the public."')
    assert speakers(text) == ["Tony Blair"]


# --- the sayer of an attribution closing the sentence before is who "he" / "they" is -----------------

def test_he_after_a_described_sayer_closing_the_sentence_before_is_that_sayer():
    text = 'Acme will cut 500 jobs, a company spokesman said. "This was a hard decision," he said.'
    assert speakers(text) == ["a company spokesman"]
    text = ('Kelly Holmer has pulled out of the race with an injury, her agent said. '
            '"She is devastated," he said.')
    assert speakers(text) == ["Kelly Holmer's agent"]
    # "she" does not fit a spokesman: the woman the sentence is about
    text = ('Jane Dowling will step down in May, her spokesman said on Tuesday. '
            '"I am proud of my record," she said.')
    assert speakers(text) == ["Jane Dowling"]


def test_they_after_a_plural_sayer_closing_the_sentence_before_is_that_group():
    text = 'The plant will close, officials said. "It is no longer viable," they said.'
    assert speakers(text) == ["officials"]
    text = 'The plant will close, Holtco officials said. "It is no longer viable," they said.'
    assert speakers(text) == ["Holtco officials"]
    # (also after a sentence opened by a noun phrase that is no group: "The man was arrested ..., police said.")
    text = 'The man was arrested on Monday, police said. "He is dangerous," they said.'
    assert speakers(text) == ["police"]


# --- the subject before a dash aside speaks, not a name inside the aside --------------------------------

def test_a_name_before_a_dash_aside_speaks_not_a_name_inside_it():
    text = 'Peter Hale - who was sacked by chairman Ian Carr in May - said: "They treated me badly."'
    assert speakers(text) == ["Peter Hale"]
    text = 'Mr Hale - a former colleague of Ian Carr - told the BBC: "They treated me badly."'
    assert speakers(text) == ["Hale"]


# --- "said X of Y": the first name after the verb speaks, about the second -----------------------------

def test_said_a_name_of_another_is_the_first_name_speaking():
    assert speakers('"He had to go," said Mr Carr of Peter Hale.') == ["Carr"]
    assert speakers('"He had to go," said Ian Carr of Holtco.') == ["Ian Carr"]


# --- "the Swiss": a nationality noun ending in -ss is one person, not a plural --------------------------

def test_a_nationality_noun_ending_in_double_s_is_the_topic_person():
    text = 'Roger Fedor beat Andy Roddock in the final. "I am very happy," the Swiss said.'
    assert speakers(text) == ["Roger Fedor"]


# --- a body's correspondent, analysts or officials speak as a description, not the body ------------------

def test_people_of_a_named_body_by_possessive_are_a_description_not_the_body():
    assert speakers('The BBC\'s business correspondent says the deal is "a big deal".') == \
        ["BBC's business correspondent"]
    assert speakers('Holtco\'s analysts said the results were "poor".') == ["Holtco's analysts"]
    # a name after the noun is still the person
    assert speakers('Holtco\'s chief economist Jane Dowling said it was "a mistake".') == ["Jane Dowling"]


# --- "said the star of X": a definite role with a complement is still the role --------------------------

def test_an_inverted_definite_role_with_a_complement_is_the_role_holder():
    text = 'Actor Hugh Grantly backed the campaign. "It is history," said the star of Four Weddings.'
    assert speakers(text) == ["Hugh Grantly"]
    text = 'The agency chief Jane Dowling was upbeat. "We are ready," said the head of the agency.'
    assert speakers(text) == ["Jane Dowling"]


# --- "The owners, Riverside Estates, said": the name in apposition to a description speaks ---------------

def test_a_name_in_apposition_to_a_description_speaks_even_when_the_entity_table_misses_it():
    text = 'Actor Hugh Grantly backed the campaign. The owners, Riverside Estates, said they had "no choice".'
    assert speakers(text) == ["Riverside Estates"]
    assert speakers('Its new owner, Holtco Group, said: "We are ready."') == ["Holtco Group"]
    assert speakers('The firm\'s new owner, Peter Hale, said: "We are ready."') == ["Peter Hale"]
    # after a possessive description too: the firm speaks, not the person whose firm it is
    assert speakers('Peter Hale\'s firm, Holtco Group, said: "We made progress."') == ["Holtco Group"]
    assert speakers('Britain\'s biggest retailer, Tesco, said: "We are ready."') == ["Tesco"]


# --- a nationality noun is the person the text ties to that country, a gendered noun agrees in sex -------

def test_a_nationality_noun_is_the_person_the_text_ties_to_that_country():
    text = ('Jane Dowling won gold, beating Russia\'s Olga Petrova. "She was too good," the Russian said.')
    assert speakers(text) == ["Olga Petrova"]
    text = 'Jane Dowling won gold, beating Olga Petrova of Russia. "She was too good," the Russian said.'
    assert speakers(text) == ["Olga Petrova"]
    text = ('Paul Terg won the race ahead of Russian Olga Petrova and Briton Tom Ash. '
            '"I am happy," the Briton said.')
    assert speakers(text) == ["Tom Ash"]


def test_a_definite_noun_marking_sex_passes_over_people_of_the_other():
    assert speakers('Ian Carr met Jane Dowling. "He was very helpful," the businesswoman said.') == ["Jane Dowling"]
    assert speakers('Jane Dowling met Ian Carr. "She was very helpful," the businessman said.') == ["Ian Carr"]


# --- "the Japanese electronics giant", "the think tank": a body described by kind is the topic body -------

def test_a_body_described_by_a_place_and_a_kind_is_the_topic_body():
    text = 'Sony said the console would be "a hit". The Japanese electronics giant said: "Demand is strong."'
    assert speakers(text) == ["Sony", "Sony"]
    text = 'Holtco said it would cut jobs. The US carmaker said: "We have no choice."'
    assert speakers(text) == ["Holtco"]


def test_a_think_tank_or_a_lender_is_a_body_not_a_person():
    text = 'The Institute for Fiscal Studies said taxes must rise. The think tank added: "This is unavoidable."'
    assert speakers(text) == ["Institute for Fiscal Studies"]


# --- nominal speech nearer the quotation than the verb: "X dismissed Y's claim that ..." is Y's ----------

def test_a_possessed_or_agented_speech_noun_before_the_quotation_is_its_owners():
    assert speakers('Mr Carr dismissed Jane Dowling\'s claim that the plan was "a disaster".') == ["Jane Dowling"]
    assert speakers('Mr Carr attacked Jane Dowling\'s description of the plan as "a disaster".') == ["Jane Dowling"]
    assert speakers('Mr Carr rejected claims by Jane Dowling that the plan was "a disaster".') == ["Jane Dowling"]
    # a reporting verb after the noun still speaks
    assert speakers('Mr Carr responded to Jane Dowling\'s attack: "She is wrong."') == ["Carr"]


def test_the_person_judged_for_saying_something_said_it():
    assert speakers('Mr Carr attacked Jane Dowling for describing the plan as "a disaster".') == ["Jane Dowling"]
    assert speakers('Mr Carr accused Jane Dowling of saying the plan was "a disaster".') == ["Jane Dowling"]


def test_a_nationality_noun_matches_its_country_through_the_demonym_table():
    # "the Welshman" is of Wales, "the Frenchwoman" of France: not the first letters of the country's name
    text = ('Dutchman Ruud van Nistel scored for United against Wales\'s Ryan Gigs. '
            '"It was great," the Welshman said.')
    assert speakers(text) == ["Ryan Gigs"]
    text = 'Britain\'s Anne Keo lost to France\'s Amelie Maur. "I played well," the Frenchwoman said.'
    assert speakers(text) == ["Amelie Maur"]


def test_a_role_with_a_modifier_prefers_the_person_named_with_that_modifier():
    # two leaders, managers or coaches named: the modifier says which one
    text = ('Lib Dem leader Charles Kenny and Tory leader Michael Howell both attacked the plan. '
            '"It is a mess," the Lib Dem leader said.')
    assert speakers(text) == ["Charles Kenny"]
    text = ('Arsenal manager Arsene Wengle and Chelsea manager Jose Mourin met. '
            '"It was friendly," the Arsenal manager said.')
    assert speakers(text) == ["Arsene Wengle"]
    text = ('England coach Andy Robson and Wales coach Mike Ruddy spoke. '
            'The England coach said: "We will win."')
    assert speakers(text) == ["Andy Robson"]


def test_one_post_under_another_noun_is_not_passed_over():
    # "Manager Steve Bruton" is "the Midtown boss"; the striker named before him is not
    text = ('Midtown striker Jamie Carver has signed a new deal. "I am delighted," said Carver.\n\n'
            'Manager Steve Bruton said the club would strengthen its defence. '
            '"We need two or three new faces," the Midtown boss said.')
    assert speakers(text) == ["Jamie Carver", "Steve Bruton"]
    # a secretary of state is "the minister", but the home secretary is not "the prime minister"
    text = ('Tony Blair met Home Secretary Charles Clerk. "We are agreed," the minister said.')
    assert speakers(text) == ["Charles Clerk"]


def test_an_age_noun_is_the_person_the_text_gives_that_age():
    text = 'Jane Dowling, 31, beat Ann Keo, 24, in the final. "I played well," the 24-year-old said.'
    assert speakers(text) == ["Ann Keo"]
    text = 'Jane Dowling beat 24-year-old Ann Keo in the final. "I played well," the 24-year-old said.'
    assert speakers(text) == ["Ann Keo"]
    text = 'Ann Keo lost to Jane Dowling (31) in the final. "I played well," said the 31-year-old.'
    assert speakers(text) == ["Jane Dowling"]


def test_a_role_whose_modifier_names_another_side_is_not_that_sides_holder():
    # "the Toffees boss" is not "Arsenal boss X": a post of the same noun, another named side
    text = ('Arsenal boss Arsene Wengle praised his side. "They were superb," said Wengle.\n\n'
            'Everton manager David Mayes admitted defeat. "We were second best," Mayes told BBC Sport.\n\n'
            'The Toffees boss added that his team would "bounce back".')
    assert speakers(text) == ["Arsene Wengle", "David Mayes", "David Mayes"]
    text = ('England coach Andy Robson is wary of Wales. "They are dangerous," he said.\n\n'
            'Ruddy, for his part, insisted the pressure was on England. Mike Ruddy took over in 2004. '
            '"They are the favourites," the Wales coach said.')
    assert speakers(text) == ["Andy Robson", "Mike Ruddy"]


def test_a_former_holder_is_not_looked_for_among_people_with_other_posts():
    # "the former cabinet secretary" holds some other post now: people named with posts are not passed over
    text = ('Former civil service chief Lord Bell criticised the government in a book by Ann Reed. '
            'The former cabinet secretary said: "There is too much spin."')
    assert speakers(text) == ["Lord Bell"]


# --- a pronoun opening a new paragraph looks back to the last sentence of the paragraph before ----------

def test_she_opening_a_paragraph_is_the_described_sayer_ending_the_paragraph_before():
    text = ('\u201cFraud is falling,\u201d said the group\u2019s chairman, Peter Vane.\n\n'
            'The Lenders Union said losses had risen. A spokeswoman said most customers had been repaid.\n\n'
            '\u201cBanks are investing in security,\u201d she said.')
    assert speakers(text) == ["Peter Vane", "a spokeswoman"]
    # a quotation of the same paragraph came since: the sentence before is not looked at
    text = ('A spokeswoman said most customers had been repaid. "We are careful," said Peter Vane.\n\n'
            '"Banks are investing in security," he said.')
    assert speakers(text) == ["Peter Vane", "Peter Vane"]


# --- a capitalised word inside a name is no reporting verb ("the United States") -------------------------

def test_states_inside_a_name_is_no_reporting_verb():
    text = ('Mr Strand also faced questions about Washington after Ann Rice visited London. He said Britain\'s '
            'close ties to the United States were "two sides of one coin".')
    assert speakers(text) == ["Strand"]
    # the lower-case verb still reports: "states" after its subject
    text = 'The report states that the plan is "deeply flawed".'
    assert speakers(text) == ["the report"]


# --- "calling it "..."" reports words as "calls" does --------------------------------------------------

def test_calling_right_before_the_quotation_reports_words():
    text = 'Critics were divided, with the Daily Post calling it "grim but gripping".'
    got = quotes(text)
    assert list(got["quote"]) == ["grim but gripping"] and list(got["verb"]) == ["calling"]
    # "calling for" names a demand, not the words of the one who calls
    text = 'Unions are calling for "urgent action" on pay.'
    assert list(quotes(text)["quote"]) == []


# --- a participle's subject: "with X ...ing", and the person after "Body role" ----------------------------

def test_with_a_subject_before_a_participle_that_subject_speaks():
    text = ('The Long Road divided critics on its release in May, with one reviewer dismissing its ending as '
            '"sentimental nonsense".')
    assert speakers(text) == ["one reviewer"]
    text = 'Shares fell on Monday, with analyst Mark Dent saying the results were "a shock".'
    assert speakers(text) == ["Mark Dent"]


def test_a_body_then_a_role_then_a_name_before_a_participle_the_person_speaks():
    text = ('Commission president Jose Barrales has urged leaders to settle the budget at the summit, warning that '
            'failure would be "a very bad signal".')
    assert speakers(text) == ["Jose Barrales"]
    text = 'Opec president Ahmad Fahd has urged members to act, warning that prices were "a danger".'
    assert speakers(text) == ["Ahmad Fahd"]
    # a body alone before its participle still speaks
    text = 'Acme Bank cut its rates on Monday, saying the economy was "slowing fast".'
    assert speakers(text) == ["Acme Bank"]


# --- a name between a noun and its own past-tense verb is that clause's subject -----------------------

def test_a_person_echoing_a_message_is_the_topic_for_the_description_that_follows():
    text = ('Andy Murray won his first match. "Andy is a great talent," said coach Mark Hedley.\n\n'
            'That is a message Greg Rusedski echoed. "Everybody wants the next champion now," the left-hander '
            'said.')
    assert speakers(text) == ["Mark Hedley", "Greg Rusedski"]
    text = ('Andy Murray won his match. "He is a great talent," said Mark Hedley. That is a view Greg Rusedski '
            'shared. "Let the kid enjoy it," he said.')
    assert speakers(text) == ["Mark Hedley", "Greg Rusedski"]
    # a name after "if" is no subject of the story: the previous speaker goes on
    text = ('"She would be an asset," said coach Ann Hyde. Team member Kate Yell said they would understand if '
            'Jane Radley opted out. "It would be fantastic to have her," said the European champion.')
    assert speakers(text) == ["Ann Hyde", "Kate Yell"]


# --- a quotation right after an attributed one in the same sentence run is not re-attributed -----------

def test_a_quotation_after_a_sentence_holding_the_previous_quotation_keeps_its_speaker():
    text = ('That is a message Greg Rusedski echoed. "Everybody wants a champion," the Canadian-born '
            'left-hander said. "It does not work like that."')
    assert speakers(text) == ["Greg Rusedski", "Greg Rusedski"]


# --- a group named by what its people do together ("the jury") is a description, not the story's person ---

def test_the_jury_or_the_family_speaks_as_a_description():
    text = ('"She was the part," said producer Tom Alder.\n\n'
            'The jury, led by director Ron Emmer, praised the film as "honest and angry".')
    assert speakers(text) == ["Tom Alder", "the jury"]
    text = 'Jane Oduya, 34, died in the crash. The family said she was "a wonderful mother".'
    assert speakers(text) == ["the family"]


# --- a described name before "was"/"is" is the subject of its sentence --------------------------------

def test_a_described_name_before_was_is_the_subject_a_pronoun_after_it_takes():
    text = ('Kelly Holm won gold in Athens.\n\nHer coach, Margo Jennet, agreed. "Kelly is training well," she '
            'said.\n\nUK Athletics performance director Dave Collier was more guarded. "We will not put pressure '
            'on her," he said.')
    assert speakers(text) == ["Margo Jennet", "Dave Collier"]


# --- a person "she said" was resolved to is a woman: a later "he" passes her over --------------------

def test_the_sex_of_a_resolved_pronoun_passes_that_person_over_for_the_other_pronoun():
    text = ('Tom Reeve and Margo Jennet spoke after the race. "Kelly is training well," she said. '
            '"We are not worried," he added.')
    assert speakers(text) == ["Margo Jennet", "Tom Reeve"]


# --- "the Tory said": one member of a party named in the plural is a person ----------------------------

def test_the_tory_is_a_person_not_the_party():
    text = ('Shadow pensions secretary David Wiltshire said Labour had "wasted eight years". '
            '"The government has been asleep at the wheel," the Tory said.')
    assert speakers(text) == ["David Wiltshire", "David Wiltshire"]
    # the party itself still speaks for itself
    text = 'The Tories said the plan was "a stealth tax".'
    assert speakers(text) == ["Tories"]


# --- "the shadow home secretary" is not "Home Secretary X" (a qualifier further left than the modifier) ---

def test_a_shadow_office_two_words_before_the_noun_is_another_office():
    text = ('Home Secretary Charles Clerk said the scheme would go ahead. Mr Clerk\'s Tory shadow, David Dawes, '
            'said his party would oppose it. "The costs are out of control," the shadow home secretary said.')
    assert speakers(text) == ["David Dawes"]
    text = ('Shadow home secretary David Dawes attacked the plan. Home Secretary Charles Clerk defended it. '
            '"It will work," the home secretary said.')
    assert speakers(text) == ["Charles Clerk"]
    # the deputy prime minister is still found by his full title
    text = ('Deputy Prime Minister John Prescot and Tony Blaine toured the site. '
            '"This is a great day," the deputy prime minister said.')
    assert speakers(text) == ["John Prescot"]


# --- a name spelt with 's ("Sainsbury's said") is a subject, not a possessive before a noun -----------

def test_a_name_ending_in_apostrophe_s_before_said_speaks():
    text = 'Shares rose at Tesco. Sainsbury\'s said trading had been "difficult" over Christmas.'
    got = quotes(text)
    assert list(got["quote"]) == ["difficult"] and got["speaker"][0].endswith("Sainsbury's")
    text = 'Rival Moody\'s, the ratings agency, said the outlook was "stable".'
    assert list(quotes(text)["quote"]) == ["stable"]


# --- a name in apposition to a description may hold a lower-case Arabic article ("Ali al-Naimi") -------

def test_an_appositive_name_with_a_hyphenated_article_speaks_even_when_no_entity_holds_it():
    text = ('Saudi Arabia is the biggest exporter. Its oil minister, Ali al-Naimi, said the kingdom could pump '
            '"whatever the market needs".')
    assert speakers(text) == ["Ali al-Naimi"]


# --- a describing noun glued to a name at a sentence start ("Promoters X said") is not part of the name ----

def test_a_describing_noun_opening_the_sentence_is_not_part_of_the_speakers_name():
    text = 'Fans were upset. Promoters Bright Star Concerts said the dates would be moved "as soon as possible".'
    assert speakers(text) == ["Bright Star Concerts"]
    text = 'Shares fell on Monday. Rival Sainsbury\'s said trading had been "very hard".'
    assert speakers(text) == ["Sainsbury's"]
    # a name whose first word is no describing noun keeps it
    text = 'Shares fell on Monday. Parker Consulting said trading had been "very hard".'
    assert speakers(text) == ["Parker Consulting"]


# --- a colon right after the one person of a sentence introduces that person's words ------------------

def test_the_one_person_named_right_before_a_colon_speaks():
    text = 'The decision angered union leader Tom Reeder: "It is a scandal."'
    assert speakers(text) == ["Tom Reeder"]
    text = 'There was a swift response from Labour chairman Ian McCartt: "These are lies."'
    assert speakers(text) == ["Ian McCartt"]


# --- a body after its describing noun and before "is" is the subject of its sentence -------------------

def test_the_company_is_the_described_subject_not_a_body_named_in_a_relative_clause():
    text = ('Video game firm Zentrix is to hold open auditions for new faces. The company, which sells its games '
            'through retailers such as HMV and Virgin Megastores, is seeking people aged 18 to 99. The Canada-based '
            'company says it is looking for "a wide variety of people".')
    assert speakers(text) == ["Zentrix"]


# --- a description's referent is named before its reporting verb, not in the words it reports ----------

def test_a_role_subject_is_not_the_person_named_in_the_clause_it_reports():
    text = ('David Blunkitt resigned as home secretary on Wednesday.\n\n'
            'Tony Blaine said he accepted the resignation "with great regret". The prime minister said '
            'Mr Blunkitt had been "a force for good" in government.')
    assert speakers(text) == ["Tony Blaine", "Tony Blaine"]
    # a name inside the subject's own relative clause still counts
    text = 'The singer, whose real name is Robert Laine, said the album was "a new start".'
    assert speakers(text) == ["Robert Laine"]


def test_a_body_description_is_not_the_body_named_in_the_clause_it_reports():
    text = 'Shares in Marks & Spencer fell on Monday. The group said rival Tesco had been "very aggressive" on prices.'
    assert speakers(text) == ["Marks & Spencer"]


# --- "the Earth" inside a capitalised name the entity table missed is no role description --------------

def test_a_name_holding_of_the_speaks_as_a_body_not_as_a_the_noun_role():
    text = ('Chief executive Jeroen van der Vaart said the results were "very strong".\n\n'
            'Environmental group Friends of the Earth said the profits were "obscene".')
    assert speakers(text) == ["Jeroen van der Vaart", "Friends of the Earth"]


# --- "the Archbishop of Canterbury", "the head of the IMF": the office holder, not the place or body ------

def test_an_office_of_a_place_or_body_is_its_holder_or_a_description():
    text = ('Dr Rowan Willis, the Archbishop of Canterbury, visited Baghdad. Writing on his website, the Archbishop '
            'of Canterbury said the war was "unjust".')
    assert speakers(text) == ["Rowan Willis"]
    text = 'Writing on his website, the Archbishop of Canterbury said the war was "unjust".'
    assert speakers(text) == ["the Archbishop of Canterbury"]
    text = 'The IMF warned on Monday. "Growth is slowing," said the head of the IMF.'
    assert speakers(text) == ["the head of the IMF"]


# --- "The Bank of England ..., saying": the body after "The" is the participle's subject ------------------

def test_the_body_after_the_before_a_participle_speaks():
    text = 'The Bank of England kept rates on hold, saying growth was "robust".'
    assert speakers(text) == ["Bank of England"]
    # a person named in the subject still speaks for the body naming his post
    text = ('The Scottish National Party\'s leader Nicola Sturdy wrote to Mr McConnel on Tuesday, accusing him of an '
            '"ill-judged comment".')
    assert speakers(text) == ["Nicola Sturdy"]


# --- "fashion chain Marlow & Leigh said": the name after a common noun speaks, not "chain Marlow & Leigh" ----

def test_a_name_after_a_common_noun_speaks_without_the_noun():
    text = ('Garden chain Pollard & Finch, which owns 40 shops, said sales were "better than hoped". '
            'A spokesman said no more.')
    assert speakers(text)[0] == "Pollard & Finch"
    text = 'Regional tourism agency Visit Northumbria said the season was "the best in a decade".'
    assert speakers(text) == ["Visit Northumbria"]


# --- "Taoiseach Bertie Ahern": a national title before a name is no part of the name ----------------------

def test_the_taoiseach_title_is_not_part_of_the_speakers_name():
    text = 'Taoiseach Brendan Furlong called the plan "a fair start". Mr Furlong said it was "overdue".'
    assert speakers(text) == ["Brendan Furlong", "Brendan Furlong"]


# --- a relative clause holding a number with a thousands comma is still one aside ----------------------------

def test_a_relative_clause_with_a_thousands_comma_does_not_hide_the_subject():
    text = ('Liberal Democrat candidate Mary Tolland, who won by 2,306 votes after the death of sitting MP Alan '
            'Crewe, said she was "ready for the fight".')
    assert speakers(text) == ["Mary Tolland"]


# --- ", and retailer Dixons described": the clause after ", and" has its own subject ------------------------

def test_the_clause_after_comma_and_has_its_own_subject():
    text = ('Toymaker Pellow Games has also done well, and retailer Harrold Stores described the toy as '
            '"the hit of the season".')
    assert speakers(text) == ["Harrold Stores"]


# --- "a source close to the actress": the person the source is close to stays in the description ------------

def test_a_source_close_to_a_person_keeps_whom_it_is_close_to():
    text = 'A source close to the singer said she was "thrilled to be back".'
    assert speakers(text) == ["a source close to the singer"]
    text = 'A source close to the carmaker said it was "keen to agree a deal".'
    assert speakers(text) == ["a source"]


# --- "She is married to the actor Barry X": a spouse named in full leaves the bare surname to the story's person --

def test_a_spouse_named_in_full_does_not_take_the_bare_surname():
    text = ('Singer Carla Denholm is to retire. Denholm, 52, will tour one last time. She is married to the '
            'drummer Pete Denholm, who played in her first band. Denholm joked that she would be "the oldest '
            'woman on the road".')
    assert speakers(text) == ["Carla Denholm"]


# --- "in what producers are calling ...": the free relative's own subject speaks -----------------------------

def test_the_subject_inside_what_x_are_calling_speaks():
    text = ('Actor Tom Beale will leave the show in what writers are calling "the twist of the decade".')
    assert speakers(text) == ["writers"]
    text = 'Mr Reed attacked what the Treasury has described as "a sensible reform".'
    assert speakers(text) == ["Treasury"]


def test_a_name_after_a_sentence_opening_common_noun_speaks_without_the_noun():
    text = 'Energy firm Northgate Power, which supplies 2m homes, said the rise was "unavoidable".'
    assert speakers(text) == ["Northgate Power"]
    text = 'Mobile operator Orange described the figures as "encouraging".'
    assert speakers(text) == ["Orange"]


# --- "Oxfam, which ..., said": a capitalised singular word standing alone as subject is a name -------------

def test_a_bare_capitalised_singular_subject_is_a_name_not_a_description():
    text = 'Greenfeld, which campaigns on housing, said the plan was "a betrayal".'
    assert speakers(text) == ["Greenfeld"]
    text = 'Police said the man was "dangerous".'
    assert speakers(text) == ["police"]


# --- a verb inside a wh-clause reports no one's words; a speaker newly reported takes over ---------------

def test_a_verb_in_a_wh_clause_is_no_attribution():
    text = ('Jo Pell, from Keyward, told the BBC there are two steps. The hardest is to check a person is who '
            'they say they are.\n\n"The answer is to combine two things."')
    assert speakers(text) == ["Jo Pell"]


def test_a_speaker_reported_after_the_last_quotation_speaks_an_unattributed_one():
    text = ('"Fraud is rising," Ben Ould told the BBC. "Banks must act," he said.\n\n'
            'Many firms sell tokens. Jo Pell, from Keyward, told the BBC the token is only one part of it. '
            'The rest is harder to build.\n\n"The answer is to combine two things."')
    assert speakers(text) == ["Ben Ould", "Ben Ould", "Jo Pell"]
    # with no one newly reported, the last speaker goes on
    text = ('"Fraud is rising," Ben Ould told the BBC. "Banks must act," he said.\n\n'
            'Many firms sell tokens.\n\n"The answer is to combine two things."')
    assert speakers(text) == ["Ben Ould", "Ben Ould", "Ben Ould"]


# --- unnamed people of a named body: the body's whole name, the person noun last --------------------------

def test_a_description_keeps_a_long_body_name():
    assert speakers('A Department for Trade and Skills source said: "Every day counts."') == \
        ["a Department for Trade and Skills source"]
    assert speakers('A Bank of England official said: "Rates will rise."') == ["a Bank of England official"]
    assert speakers('The official said: "Rates will rise."') == ["the official"]


# --- the subject after a role noun phrase opening the sentence ---------------------------------------------

def test_he_after_a_role_described_subject_is_that_subject():
    text = ('Mr Blunkton had to answer an urgent question. Shadow home secretary David Daviot welcomed his '
            'apology. But he argued the minister should not have had to be "dragged" to face MPs.')
    assert speakers(text) == ["David Daviot"]


# --- "the panel", "the watchdog": a function noun may stand for a body named otherwise ----------------------

def test_a_function_noun_stands_for_the_body_named_before():
    text = ('In its report, the Law Review Commission said it had found wide support. The panel suggested '
            'murders could be "graded" by seriousness.')
    assert speakers(text) == ["Law Review Commission"]
    text = 'The Financial Services Authority fined the bank. The watchdog said the failings were "serious".'
    assert speakers(text) == ["Financial Services Authority"]
    # a committee is not a council
    text = 'The Research Council met. The committee said it was "concerned".'
    assert speakers(text) == ["the committee"]


# --- a report published by someone speaks as a report -----------------------------------------------------

def test_a_report_published_by_a_body_is_the_report():
    text = ('"Faster networks will be vital," according to a report published by UK-based research '
            'consultancy Analysys.')
    assert speakers(text) == ["a report"]
    assert speakers('A report published by the World Bank said growth would be "weak".') == ["a World Bank report"]


# --- welcoming or apologising for quoted words reports them -------------------------------------------------

def test_welcomed_and_apologised_for_quoted_words_are_the_subjects():
    text = 'Shadow home secretary David Daviot welcomed his "gracious apology" and the review.'
    assert speakers(text) == ["David Daviot"]
    text = ('Leslie Grantly left the show. He apologised for his "deplorable actions" and '
            '"a moment\'s stupidity".')
    assert speakers(text) == ["Leslie Grantly", "Leslie Grantly"]
    # without a quotation, welcoming cites no source
    assert quotes('The minister welcomed the decision.').empty


# --- "X disagreed:" introduces X's words ------------------------------------------------------------------

def test_disagreed_before_a_colon_introduces_the_subjects_words():
    text = ('Arsenal boss Arsene Wenders said: "We were unlucky." His opposite number, Alex Fergus, disagreed: '
            '"We deserved it."')
    assert speakers(text) == ["Arsene Wenders", "Alex Fergus"]


# --- an office written before a name is no part of the speaker's name (lee_a round) -----------------------

def test_an_office_glued_to_a_name_is_dropped_from_the_speaker():
    # "Federal Health Minister Joan Fairley": the speaker is Joan Fairley, and "Ms Fairley" later is her too
    text = ('Federal Health Minister Joan Fairley says hospitals are ready. "We have enough beds," she said. '
            'Ms Fairley says staff are trained. "They know what to do," she said.')
    assert speakers(text) == ["Joan Fairley", "Joan Fairley"]
    text = ('United States Secretary of State Colin Powers said in Rome the talks went well. '
            'Mr Powers said: "We are trying to calm things down."')
    assert speakers(text) == ["Colin Powers"]
    # royal titles stay part of how a person is named
    text = 'Queen Elizabeth II spoke at the dinner. "We share a long history," the Queen said.'
    assert speakers(text) == ["Queen Elizabeth II"]


# --- a name, its apposition, then the verb after the quotation (lee_a round) ------------------------------

def test_a_name_in_apposition_before_the_verb_after_a_quotation_speaks():
    # "an adviser to Mr Reed": the name inside the apposition does not speak, and "to" is no infinitive
    text = ('Tom Reed met Jane Hill in Paris. "The talks went well," Peter Novak, an adviser to Mr Reed said.')
    assert speakers(text) == ["Peter Novak"]
    text = ('Tom Reed met Jane Hill in Paris. "The talks went well," Peter Novak, an adviser to Mr Reed, said.')
    assert speakers(text) == ["Peter Novak"]
    # a short apposition already worked and still does
    text = 'Tom Reed met Jane Hill. "It was useful," Peter Novak, a senior aide, told reporters.'
    assert speakers(text) == ["Peter Novak"]
    # longer appositions, an age and a description, a relative clause holding a passive verb
    text = ('Tom Reed resigned on Monday. "It is a sad day," Peter Novak, the head of the union which represents '
            'Mr Reed, told the ABC.')
    assert speakers(text) == ["Peter Novak"]
    text = 'Tom Reed resigned. "It is a sad day," Jane Hill, 45, a close friend of Mr Reed, told reporters.'
    assert speakers(text) == ["Jane Hill"]
    q = quotes('Tom Reed resigned. "It is a sad day," Peter Novak, who was told of the news by Mr Reed, said.')
    assert list(q["speaker"]) == ["Peter Novak"] and list(q["verb"]) == ["said"]
    # a finished quotation, then a new sentence about a body with a second predicate: not its words
    text = ('"It takes about 30 seconds," said Ms Lee. "Put nothing else on it." Blogcount, a search engine, '
            'tracks six million blogs and says more are added daily.')
    assert speakers(text) == ["Lee", "Lee"]


# --- a quoted sentence going on outside the marks, then its reporting clause (lee_a round) ------------------

def test_a_quotation_running_on_outside_the_marks_takes_the_clause_closing_its_sentence():
    text = ('Tom Reed spoke first. "The strikes will go on as long as the company refuses to talk" about pay and '
            'conditions in the mines, a union official told the rally. "We have no other choice," he said.')
    assert speakers(text) == ["a union official", "a union official"]
    q = quotes(text)
    assert list(q["kind"]) == ["partial", "full"]
    # a pronoun closing such a sentence still goes on with the speaker before
    text = ('There was an "absolute crisis" in hiring, the Commons science committee said. "Major problems" are '
            'expected over the next ten years, it said.')
    first, second = speakers(text)
    assert first == second and first.endswith("committee")


def test_an_indefinite_sayer_of_a_named_group_is_the_sayer_not_the_group():
    # "a militant from the group": the "the" opens the complement, the group does not speak
    text = ('The rally was called by Hamas, a militant group. "The attacks will continue," a militant from the '
            'group told a crowd. "We have the right to defend ourselves," he said.')
    assert speakers(text) == ["a militant", "a militant"]
    # a definite head still resolves to the body
    text = 'Acme said profits rose. "We are pleased," the head of the firm said.'
    assert speakers(text) != ["a head"]


# --- a person introduced by a naming cue ("a man known as Nick") is a speaker (lee_a round) -----------------

def test_a_person_introduced_as_known_as_a_name_speaks_by_that_name():
    text = ('Police say Tom Reed fled. But a man known as Nick, told Channel Ten he is sure Reed is innocent. '
            'He says in 1999 Reed worked with him. "He was a quiet bloke, you know," the man said.')
    assert speakers(text) == ["Nick"]
    text = ('A defector who has applied for asylum says he has secret papers. The man who calls himself Abu Karim '
            "told ABC Radio he worked for years on Saddam Hussein's weapons plants. He says he can name the sites. "
            '"New plants are built in place of the old ones," he said.')
    assert speakers(text) == ["Abu Karim"]
    # a place or thing "named" so is no person
    text = 'A village named Hope was flooded. "It was terrible," the mayor said.'
    assert speakers(text) == ["the mayor"]


# --- "The head of X, NAME, says Y could ..., the only ...": NAME is the sentence's subject (lee_a round) ----

def test_a_name_in_apposition_then_says_is_the_subject_even_with_a_later_comma():
    text = ('David Hicks, 26, was captured by rebel forces three days ago. The head of the Victorian Law '
            'Institute, John Corrigan, says Mr Hicks could face a charge of treason under Australian law, the '
            'only crime. "If the facts are proven, he could be charged," he said.')
    assert speakers(text) == ["John Corrigan"]


def test_she_is_a_woman_named_after_a_subject_of_unknown_sex():
    # the subject "Walid Hanafi" is of unknown sex; the woman named after him is who "she" is
    text = ('The president of the society, Walid Hanafi, says Mr Hicks approached him in 1999. Local residents '
            'confirmed he had travelled abroad. But most, including Karen Whitley, cannot imagine Mr Hicks '
            'fighting. "He was just a normal boy," she said.')
    assert speakers(text) == ["Karen Whitley"]


# --- "X denouncing what he called ...": "he" is X, whose verb the free relative is the object of ----------

def test_he_in_what_he_called_is_the_person_whose_verb_it_follows():
    text = ("Mr Reed's hard words opened divisions in his government, with left-wing Peter Novak denouncing what "
            'he called a bid during the cabinet meeting to cause "the downfall of the coalition".')
    assert speakers(text) == ["Peter Novak"]
    text = ('Tom Reed spoke on Monday. The move was welcomed by Peter Novak, who condemned what he called an '
            'attempt to cause "chaos in the streets".')
    assert speakers(text) == ["Peter Novak"]
    # a woman named there is not "he"
    text = ('Tom Reed spoke on Monday. The move was welcomed by Ms Jane Novak, who condemned what he called an '
            'attempt to cause "chaos in the streets".')
    assert speakers(text) == ["Tom Reed"]


# --- two people named together as the subject speak together (lee_a round) -------------------------------

def test_two_people_named_together_as_the_subject_speak_together():
    text = ('However, Britain\'s Prime Minister Tony Blaine and US President George Busk expressed "sympathy" '
            'with Israel and called on all sides "to do anything they can".')
    assert speakers(text) == ["Tony Blaine and George Busk", "Tony Blaine and George Busk"]
    text = ('Tom Reed and Jane Hill said in a joint statement: "We are delighted." "We will marry in June," '
            'they said.')
    assert speakers(text) == ["Tom Reed and Jane Hill", "Tom Reed and Jane Hill"]
    # "he" afterwards is one of them, never both
    text = 'Tom Reed and Peter Hill said in a joint statement: "We are delighted." He added: "It is a dream."'
    assert speakers(text)[1] in ("Tom Reed", "Peter Hill")
    # two names that are not the subject together
    text = 'Talks between Tom Reed and Jane Hill ended. Mr Reed said: "We are delighted."'
    assert speakers(text) == ["Tom Reed"]


# --- a surname spelt one letter differently in the copy is the same person (lee_a round) ------------------

def test_a_surname_misspelt_by_one_letter_is_the_person_named_before():
    text = ('Richard Romanek was rafting when the party was hit. Mr Romaneck says he went into survival mode. '
            '"We hit the bottom of the rapid," he said.')
    assert speakers(text) == ["Richard Romanek"]
    # two people one letter apart, each named as written: no merging
    text = 'Peter Hansen met Tom Hanson on Friday. "It went well," Mr Hanson said.'
    assert speakers(text) == ["Tom Hanson"]


# --- a rank or a personal title before a name the entity table missed or glued on -------------------------

def test_a_ranked_or_titled_name_is_a_person_speaker():
    text = ('Local commanders say they have overrun the caves. However the head of the US Central Command, General '
            'Tommy Frank, says it will take time to confirm the reports. "We are with these commanders," he said.')
    assert speakers(text) == ["Tommy Frank"]
    text = ('The head of the Australian Council for Educational Research, Professor Geoff Mastin, says there are '
            'some alarming signs. "Boys tend to read less," he said.')
    assert speakers(text) == ["Geoff Mastin"]
    # a rank word before no given name is no person
    text = 'General Motors said sales fell. "It was a tough year," the company said.'
    assert speakers(text) == ["General Motors"]


# --- "to" before a name or a noun phrase in a subject after a quotation is no infinitive -----------------

def test_to_inside_a_described_name_after_a_quotation_is_no_infinitive():
    text = '"The talks went well," special envoy to the region Peter Novak said.'
    assert speakers(text) == ["Peter Novak"]
    text = 'Canada sent an envoy. "The talks went well," former ambassador to Canada Peter Novak told reporters.'
    assert speakers(text) in (["Peter Novak"], ["former ambassador"])  # (the name as the entity table finds it)
    assert quotes(text)["verb"].tolist() == ["told"]
    # a new statement with a modal is still not this quotation's attribution
    text = '"The two sides will report back to the council next week," the chairman said.'
    assert speakers(text) == ["the chairman"]


# --- "was hailed by X as "..."": the passive's agent speaks ------------------------------------------------

def test_the_agent_of_a_passive_reporting_verb_before_as_speaks():
    text = ('Tom Reed attacks the plan daily. The speech was hailed by UN envoy Peter Novak as "a potential '
            'turning point in the search for peace".')
    assert speakers(text) == ["Peter Novak"]
    assert speakers('The deal was described by union leader Ann Cole as "a disgrace".') == ["Ann Cole"]
    # no one named as the agent: no one's words
    assert speakers('The deal was described by many as "a disgrace".') == []


# --- a clause is no described speaker; words someone refused to say are not theirs ---------------------------

def test_a_clause_read_as_a_description_speaks_nothing():
    # "attacks" is a noun here: "the group would revert to grisly" is no one
    text = ('It was unclear whether the group would revert to grisly attacks if the army carries out more '
            '"targeted" killings.')
    assert speakers(text) == []
    text = 'The official refused to say what the group would do if the army carries out more "targeted" killings.'
    assert speakers(text) == []
    # hypothetical words of "people" are still theirs
    assert speakers('If she won, people would say: "It was luck."') == ["people"]


# --- a noun of people glued before a name at a sentence start ("Firefighter Robert Savage") ----------------

def test_a_person_noun_glued_before_a_name_at_a_sentence_start_is_dropped():
    text = ('The cause of the fire is unknown. Firefighter Robert Savage, who was among the first to enter the '
            'church, said visibility was poor. "We knew which way the fire was coming from," he said.')
    assert speakers(text) == ["Robert Savage"]
    text = ('Businessmen Solomon Lewin and Lindsay Foxe have called on the Government to act. "We are '
            'concerned," Mr Lewin said. He says the bid needs no help. "At no time did we ask for a grant." '
            '"We asked for business."')
    assert speakers(text) == ["Solomon Lewin"] * 3
    # a given name is no such noun
    assert speakers('Christopher Robin Hood said: "It is fine."') == ["Christopher Robin Hood"]


# --- the reporting subject behind a describing noun phrase is who "he" is, not a name in its clause ---------

def test_he_is_the_described_reporting_subject_not_the_name_in_its_clause():
    text = ('The team scored 390 in Perth. Meanwhile South African vice-captain Mark Bouchard says veteran fast '
            'bowler Allan Donnell is a strong contender for the match. "He has been working really hard, so I '
            'think he should be fine," he said.')
    assert speakers(text) == ["Mark Bouchard"]


# --- "A delegate from X, NAME, summed up ...": NAME is the sentence's subject --------------------------------

def test_a_name_in_apposition_to_the_opening_noun_phrase_is_the_subject():
    text = ('"We will be proud," said Peter Novak, the chief negotiator. A delegate from the northern group, '
            'Tom Gailey, summed up the mood in a single phrase. "There are two things evident today," he said.')
    assert speakers(text) == ["Peter Novak", "Tom Gailey"]


# --- "among" opens a complement after a described sayer's head noun --------------------------------------

def test_among_cuts_a_described_sayer_at_its_head():
    text = ('"The government will be installed next week," said a western diplomat among official observers at '
            'the conference.')
    assert speakers(text) == ["a western diplomat"]


# --- "A statement issued after ... said": the document speaks, not a name in its modifier ------------------

def test_a_document_issued_after_an_event_speaks_as_the_document():
    text = ('A statement issued after a meeting chaired by Palestinian leader Yasir Arafa called for a "quick '
            'return of the envoy".')
    assert speakers(text) == ["a statement"]
    assert speakers('A statement released after the talks said the deal was "a step forward".') == ["a statement"]
    # a body named right after the document still names it
    assert speakers('A statement issued by Acme said the deal was "a step forward".') == ["an Acme statement"]


# --- a whole quotation closing without its comma, then a new reported clause: not that clause's words -------

def test_a_quotation_closing_without_a_comma_is_not_the_next_reported_clauses():
    text = ('Australian captain John Fitzroy suggested he might do just that. "We\'ll make a team appraisal and '
            'make a decision" French team captain Guy Forret says he will not make changes but does not know what '
            'to expect.')
    assert speakers(text) == ["John Fitzroy"]
    # a missing comma before a plain reporting clause is still that clause's
    assert speakers('"We will win" Mr Reed said on Monday.') == ["Reed"]


# --- "X radio quoted one witness as saying": the one quoted speaks --------------------------------------

def test_a_long_relayer_quoting_someone_as_saying():
    text = ('The roof had leaked, the manager said. There was "a lot of dust and smoke and then people were just '
            'running," the South African Broadcasting Corporation radio quoted one witness as saying.')
    assert speakers(text) == ["one witness"]


def test_she_is_not_a_woman_named_inside_the_subjects_own_sentence():
    from toolkit.analysis.quotes import sources
    text = ('Prof Joni Lovendale, who conducted the study with the help of Margaret Morrow MP, said she was '
            'shocked. But she said there was a difference.')
    table = sources(text)
    assert "Margaret Morrow" not in set(table["source"])


def test_a_person_noun_glued_before_a_name_is_dropped_from_sources_too():
    from toolkit.analysis.quotes import sources
    text = ('Businessmen Solomon Lewin and Lindsay Foxe have called on the Government to act. Mr Lewin says the '
            'bid needs no help. "We are concerned," Mr Lewin said.')
    assert "Businessmen Solomon Lewin" not in set(sources(text)["source"])


def test_run_on_words_before_the_last_comma_hold_no_speaker():
    # the quoted sentence runs on outside the marks; the name in the run-on words does not speak
    assert speakers('"The market is weak" in Asia and Europe, the company said in its report.') == ["the company"]
    assert speakers('"Prices will rise" unless supply improves, economists at HSBC said.') == ["HSBC economists"]


def test_run_on_words_rule_leaves_pronouns_and_terms_alone():
    # ", it said": the speaker before goes on; a quoted term before a noun is no one's words
    text = ('There was an "absolute crisis" in hiring, the Commons science committee said. "Major problems" are '
            'expected over the next ten years, it said.')
    first, second = speakers(text)
    assert first == second
    text = 'Tom Reed spoke. Under the "one-in, one-out" rule, firms must cut old rules, he said.'
    assert speakers(text) == []


# --- "one of the residents": a partitive is the description, not "one" ----------------------------------

def test_a_partitive_sayer_is_described_whole():
    assert speakers('"We are worried," one of the residents said.') == ["one of the residents"]
    assert speakers('"We are worried," said one of the residents.') == ["one of the residents"]
    assert speakers('One of the victims, a 40-year-old woman, said she was "terrified".') == ["one of the victims"]


# --- "she" with no named referent: the described person opening the sentence before ----------------------

def test_a_pronoun_with_no_named_referent_is_the_described_person_before():
    text = 'The defendant, 34, denied the charges. "I did nothing wrong," she told the jury.'
    assert speakers(text) == ["the defendant"]
    text = 'The young mother wept as the verdict was read. "I can\'t believe it," she said.'
    assert speakers(text) == ["the young mother"]
    # a thing or a body opening the sentence is no "he"; nor a woman
    assert speakers('The report was published on Monday. "It is wrong," he said.') == [""]
    assert speakers('The young mother wept. "I can\'t believe it," he said.') == [""]


# --- "challenged X to ..." reports words as "urged" does; a body after an adverbial opener speaks ----------

def test_challenged_a_named_party_to_act_reports_the_words():
    text = 'In Brussels, the European Union challenged Mr Arafat to dismantle the "terrorist networks" of Hamas.'
    assert speakers(text) == ["European Union"]
    # "challenged the ruling" is no such verb: a quoted term after it is no one's words
    assert speakers('The Tories challenged the ruling as "absurd".') == []


def test_a_name_in_apposition_to_a_person_noun_is_a_person_the_table_missed():
    text = ('The manager said the roof had leaked. A bystander, Marius duPlessis, said he was searching for his '
            'son. "His car is there, but he is nowhere to be found," he said.')
    assert speakers(text) == ["Marius duPlessis"]
    assert speakers('A local resident, Pieter van Dyk, said the noise was "unbearable".') == ["Pieter van Dyk"]
    # a body in apposition to a body is no person
    assert speakers('The company, Acme Holdings, said it was "delighted".') == ["Acme Holdings"]


# --- "what he called "..."": the free relative's subject speaks; no scare quote -------------------------------

def test_what_someone_called_is_their_words():
    text = 'Tom Reed met Peter Novak on Monday. Mr Novak rejected what he called "a reckless gamble".'
    assert speakers(text) == ["Peter Novak"]
    assert speakers('The union met on Monday. The BBC criticised what it called "a flawed process".') == ["BBC"]
    # a name introduced by "called" is still no quotation
    assert speakers('A group called "Fathers 4 Justice" staged the protest.') == []


def test_what_a_described_subject_called_is_theirs():
    assert speakers('The minister attacked what she described as "a reckless gamble".') == ["the minister"]
    # a thing is no sayer: the person the text is about is
    text = 'Tom Reed spoke. The plan attracted what he called "a flood of complaints".'
    assert speakers(text) == ["Tom Reed"]


# --- a bracketed aside between the sayer and the verb after a quotation ("Acme Press (AP) said") --------------

def test_a_bracketed_aside_after_the_sayer_does_not_hide_the_verb():
    text = ('"We are ready," Mr Harlow said. "The road to the border is now closed," the news agency Delta Wire '
            '(DW) said on Monday.')
    assert speakers(text) == ["Harlow", "Delta Wire"]
    text = ('"We are ready," Mr Harlow said. "The budget is a fraud," Ms Karen Pilbeam (Greens) told reporters.')
    assert speakers(text) == ["Harlow", "Karen Pilbeam"]


# --- "the Japanese carmaker Toyota said": the name a common noun introduces speaks, not its place modifier --------

def test_a_name_introduced_by_a_noun_with_a_place_modifier_speaks():
    text = '"We are ready," Mr Harlow said. "The plant will close," the Japanese carmaker Toyota said.'
    assert speakers(text) == ["Harlow", "Toyota"]
    text = '"We are ready," Mr Harlow said. "Talks have failed," the German news agency DPA reported.'
    assert speakers(text) == ["Harlow", "DPA"]
    text = '"We are ready," Mr Harlow said. "Prices will rise," said the British charity Oxfam.'
    assert speakers(text) == ["Harlow", "Oxfam"]
    text = '"We are ready," Mr Harlow said. Iran\'s official news agency IRNA reported: "The border is open."'
    assert speakers(text) == ["Harlow", "IRNA"]
    # a person's noun, a verb or a second noun phrase before the name: the person speaks, not the body
    assert speakers('"We will appeal," the lawyer representing the British firm Acme said.')[0] != "Acme"
    assert speakers('"We will appeal," the lawyer representing British firm Acme said.')[0] != "Acme"
    # a place after a preposition names no sayer: the envoy to the UN is not the UN
    text = '"We are ready," Mr Harlow said. "The vote is lost," the British envoy to the UN said.'
    assert speakers(text)[1] != "UN"


# --- "the source said" right after a quotation: the sayer just quoted, referred to again -----------------------

def test_a_bare_sayer_noun_used_for_the_first_time_is_the_previous_speaker():
    text = ('"The vote will be held next week," said a Nordic diplomat at the talks. "The old council will then be '
            'dissolved," the source said.')
    assert speakers(text) == ["a Nordic diplomat", "a Nordic diplomat"]
    text = '"We will appeal," Tom Ferris said. The spokesman added: "The ruling is wrong."'
    assert speakers(text) == ["Tom Ferris", "Tom Ferris"]
    # a noun the text used before refers to whoever it described then, not to the last speaker
    text = ('A spokesman for Acme said the plant would close. "We will appeal," Tom Ferris said. The spokesman '
            'said: "The ruling is wrong."')
    assert speakers(text)[1] != "Tom Ferris"
    # with a modifier it is someone new ("the Downing Street spokesman" after the prime minister)
    text = '"We will win," Tony Blane said. The Downing Street spokesman said: "The prime minister is confident."'
    assert speakers(text)[1] != "Tony Blane"
    # someone named in between, or a speaker holding another post, is not referred to so
    text = '"We will win," Prime Minister Tony Blane said. The spokesman said: "He is confident."'
    assert speakers(text)[1] != "Tony Blane"


# --- "former envoy to Pakistan Abdul Rahim Haqqa told": a name the entity table missed, after a role noun -------

def test_a_missed_name_after_a_role_and_its_place_speaks():
    text = ('"The border will open on Friday," former Taliban envoy to Pakistan Abdul Rahim Haqqa told CNN by '
            'telephone. "The elders will keep the peace," he said.')
    assert speakers(text) == ["Abdul Rahim Haqqa", "Abdul Rahim Haqqa"]
    text = '"The border will open on Friday," the former Taliban envoy to Pakistan Abdul Rahim Haqqa told CNN.'
    assert speakers(text) == ["Abdul Rahim Haqqa"]


# --- "the groups said" after "X, an alliance of 18 groups": the body made of them -----------------------------

def test_a_plural_noun_a_body_is_described_as_made_of_is_that_body():
    text = ('"We had no part in the attack," said the Kashmir Jihad Front (KJF), an alliance of 18 groups fighting '
            'in the valley. "The attack was staged by spies," the groups added in a statement.')
    assert speakers(text) == ["Kashmir Jihad Front", "Kashmir Jihad Front"]
    text = ('"We had no part in the attack," said the Kashmir Jihad Front, a coalition of rebel factions. "The '
            'attack was staged by spies," the factions said.')
    assert speakers(text) == ["Kashmir Jihad Front", "Kashmir Jihad Front"]
    # a body not described so is not "the groups"
    text = '"We had no part in the attack," said the Kashmir Jihad Front. "It was staged," the groups said.'
    assert speakers(text)[1] != "Kashmir Jihad Front"


# --- "underscored the "importance of ..."": a reporting verb like "underlined" ---------------------------------

def test_underscored_reports_words():
    assert speakers('Acme Holdings underscored the "importance of a stable market for small investors".') == [
        "Acme Holdings"]


# --- "the leadership", "the delegation": people speaking together, described, not the last person named -------

def test_a_collective_of_leaders_is_a_description_not_a_person():
    text = 'Envoy Tom Redding met the negotiators in Geneva. The Syrian leadership said: "We will not sign this draft."'
    assert speakers(text) == ["the Syrian leadership"]
    text = 'Envoy Tom Redding met the negotiators in Geneva. "We will not sign this draft," the delegation said.'
    assert speakers(text) == ["the delegation"]


# --- "a US official, speaking on condition of anonymity, said": the described sayer before its aside ------------

def test_a_described_sayer_keeps_its_noun_across_an_aside():
    assert speakers('"The raids are not over," a US official, speaking on condition of anonymity, said.') == [
        "a US official"]
    assert speakers('A US official, speaking on condition of anonymity, said: "The raids are not over."') == [
        "a US official"]
    assert speakers('"The raids are not over," the official, who declined to be named, told AFP.') == ["the official"]
    # a name given in the aside still names the sayer
    assert speakers('"The raids are not over," the man, named as Tom Reddle, told AFP.') == ["Tom Reddle"]


# --- "The agency quoted X as saying: ...": X speaks, the agency only relays -------------------------------------

def test_the_one_a_medium_quoted_as_saying_speaks():
    text = 'The Saudi Press Agency quoted Prince Khalid as saying: "The bases will not be used."'
    assert speakers(text)[0].endswith("Khalid")
    assert speakers('Israel Radio quoted a senior army officer as saying: "The troops will stay."')[0].endswith("officer")
    text = 'State radio quoted a senior army officer as saying the troops would stay "as long as necessary".'
    assert speakers(text)[0].endswith("officer")
    # the passive keeps its subject: the one quoted
    text = 'A senior army officer was quoted by state radio as saying the troops would stay "as long as necessary".'
    assert speakers(text)[0].endswith("officer")


# --- "Vice-President Dick Chesney" as one entity: the office glued on is no part of the speaker's name ----------

def test_a_hyphenated_office_glued_to_a_name_is_dropped():
    text = 'US Vice-President Dick Chesney says the tape is genuine. "There is no doubt," he said.'
    assert speakers(text) == ["Dick Chesney"]
    assert speakers('"There is no doubt," Vice-President Dick Chesney said.') == ["Dick Chesney"]
    # a rank that opens a body's name is no title
    assert speakers('"Sales are up," General Motors Holden said.') == ["General Motors Holden"]


# --- "Asked where ..., the Pentagon spokesman said": the one just quoted answers -------------------------------

def test_the_sayer_noun_answering_a_question_is_the_one_just_quoted():
    text = ('"We believed he was in the valley," Rear Admiral Tom Stufflehorn said in Washington. Asked where Omar '
            'Haddad was now, the Pentagon spokesman said, "Anybody’s guess is the latest thinking."')
    assert speakers(text) == ["Tom Stufflehorn", "Tom Stufflehorn"]
    # without the question, a modified noun is someone new
    text = ('"We believed he was in the valley," Rear Admiral Tom Stufflehorn said in Washington. The Pentagon '
            'spokesman said, "Anybody’s guess is the latest thinking."')
    assert speakers(text)[1] != "Tom Stufflehorn"


# --- a piece without its closing mark, right after an attributed sentence, goes on with that speaker -----------

def test_an_unclosed_piece_after_an_attributed_sentence_is_that_speakers():
    text = ('"The public must see the tape," Senator Ann Whitlow said. "Some officials hope it will calm the critics. '
            'The rebels were said to be retreating into the hills. "We have taken the pass," Karim Aziz told the '
            'Reuters news agency.')
    assert speakers(text) == ["Ann Whitlow", "Ann Whitlow", "Karim Aziz"]


# --- "The Palestinians called it a "failure"": a people speaking together is described, not its adjective ------

def test_a_people_in_the_plural_speaks_as_a_description():
    text = 'The Palestinians called the meeting a "failure", but Israeli officials said it had gone well.'
    assert speakers(text) == ["the Palestinians"]
    assert speakers('"We will not give up," the Palestinians said.') == ["the Palestinians"]


# --- a closing mark written after the space ('... this season. "Petrova, slow into her stride, slipped ...') ----

def test_a_misplaced_closing_mark_opens_no_quotation_of_narration():
    text = ('Anna Petrova said she still had the hunger to win. "This is why you play," she said. "But I want to try '
            'not to peak too early this season. "Petrova, slow into her stride, slipped to 2-3 in her opening set '
            'but recovered quickly.')
    assert speakers(text) == ["Anna Petrova", "Anna Petrova"]
    # a real run-on piece that does not name its speaker stays
    text = '"This is why you play," Anna Petrova said. "But I want to peak late. "We will see how it goes.'
    assert speakers(text) == ["Anna Petrova"] * 3


# --- "A spokesman for X, Alec Marr, said ..." then "he said": the spokesman's name; "for the Minister, Y," Y's -----

def test_a_spokesman_named_in_apposition_is_the_he_of_the_next_sentence():
    text = ('The spokesman for the Wilderness Guild, Alec Marrow, says the logging must stop. "These forests are '
            'irreplaceable," he said.')
    assert speakers(text) == ["Alec Marrow"]
    text = 'A spokeswoman for Qantas, Jane Boydell, says flights are delayed. "We apologise to passengers," she said.'
    assert speakers(text) == ["Jane Boydell"]
    text = ('A US military spokesman in Kandahar, Major Bryan Hilford, said the prisoners were secure. "They are not '
            'going anywhere," he said.')
    assert speakers(text) == ["Bryan Hilford"]
    # after a person's title the name is that office holder's: the speaker is his spokesman
    text = '"Nothing has been signed," a spokesman for the Interior Minister, Yunus Qanooni, said.'
    assert speakers(text) == ["Yunus Qanooni's spokesman"]
    text = ('A spokesman for the Interior Minister, Yunus Qanooni, said there was no deal. "Nothing has been '
            'signed," he said.')
    assert speakers(text) == ["Yunus Qanooni's spokesman"]


# --- a quote sentence after a paraphrase whose last reporting verb is an infinitive ("should apologise") --------

def test_a_paraphrase_before_speaks_by_its_own_verb_not_an_infinitive():
    assert speakers('Mr Crean says Mr Howard should apologise. "He misled the Australian people."') == ["Crean"]
    assert speakers('Mr Howard has rejected calls from Mr Crean to apologise. "I have nothing to apologise for."') == [
        "Howard"]


# --- "According to Mr Carr, ... "...."": the person the paraphrase is according to goes on speaking ------------

def test_a_quote_sentence_after_according_to_a_person_is_that_persons():
    assert speakers('According to Mr Carrick, Mr Howe has misled voters. "The figures simply do not add up."') == [
        "Carrick"]


def test_an_aside_naming_the_described_sayer_still_names_them():
    assert speakers('"I saw the flames," the man, who was named as Tom Reddle, told reporters.') == ["Tom Reddle"]
    assert speakers('"I saw the flames," the woman, who gave her name as Anna, said.') == ["Anna"]
    # a thousands separator inside the aside is no clause break
    assert speakers('"Sales will fall," the study, covering 2,000 firms, said.') == ["the study"]
# --- real web news (web_a, session 8) ---------------------------------------------------------------------------

def test_the_listener_after_told_closing_a_run_on_quote_is_not_the_sayer():
    # '"..." when ..., NAME, DESCRIPTION, told reporters.': the named sayer before its apposition speaks
    text = ('"Nobody will be spared" in the inquiry, Maria Vance, head of the county police, told journalists '
            'on Friday.')
    assert speakers(text) == ["Maria Vance"]
    text = ('"He will face charges" when he lands in Oslo, Per Dahlberg, chairman of the port authority, '
            'told reporters.')
    assert speakers(text) == ["Per Dahlberg"]
    # "told" with a described subject before it is unchanged
    assert speakers('"The plant will stay shut" until the spring, the company told staff.') == ["the company"]


def test_a_sayer_inside_the_that_clause_of_an_earlier_reporting_verb_speaks():
    # "The paper reported that a nurse said ...": the nurse, not the paper nor a name inside her description
    text = 'Anna Berg runs the clinic. The local paper reported that a nurse said she was "deeply shaken" by the raid.'
    assert speakers(text) == ["a nurse"]
    text = ('Tomas Rudd is in hospital in Leeds. The agency reported that a source close to Rudd said he "felt '
            'fine" on the flight.')
    assert speakers(text) == ["Tomas Rudd's source"]
    # a noun before "that" opens no such clause: "Ms Berg told them" is still hers
    assert speakers('Anna Berg runs the clinic. Police say that Ms Berg told them the raid was "a shock".') == ["Anna Berg"]


def test_an_indefinite_person_from_a_place_is_the_sayer_not_the_place():
    # "says a doctor from Hebron": the doctor (described), not Hebron
    text = '"We are not just numbers," says a pharmacist from Tulkarm, whose name was not given.'
    assert speakers(text) == ["a pharmacist"]
    assert speakers('"We lost everything," said a farmer near Aleppo.') == ["a farmer"]
    assert speakers('A teacher from Ramallah said the school was "under siege".') == ["a teacher"]
    # a document or a spokesman from a body keeps its own rule
    assert speakers('A spokesman for Acme said the plan was "flawed".') == ["an Acme spokesman"]


def test_a_name_after_an_opening_subordinate_clause_is_the_sentences_subject():
    # "When he was 16, Haddad was arrested. ... "...," he says.": Haddad is the topic, not the last speaker
    text = ('Omar Haddad lives in the old town. Karl Weiss wrote a book about it. "The data decides everything," '
            'says Weiss. According to Haddad, the guards know him. When he was 16, Haddad was arrested, but he was '
            'later cleared. He says the record follows him. "It is a violation of our privacy," he says.')
    assert speakers(text) == ["Karl Weiss", "Omar Haddad"]
    text = ('Omar Haddad lives in the old town. Karl Weiss wrote a book about it. "The data decides everything," '
            'says Weiss. Although he was cleared, Haddad was stopped again. "It is a violation of our privacy," he says.')
    assert speakers(text) == ["Karl Weiss", "Omar Haddad"]


def test_a_gendered_noun_predicated_of_a_name_marks_the_persons_sex():
    # "Cristian Vega ... is a mother of three": a woman, whatever the given name suggests; "she said" is hers
    text = ('Lina Ortiz grows tomatoes. "We lost half the crop," she said. Cristian Vega, a cleaner from Peru, is a '
            'stay-at-home mother of three who lives near Tulsa. "We are afraid to drive," Vega said. Her husband lost '
            'his job last month. "We just want to stay one more year," she said.')
    assert speakers(text) == ["Lina Ortiz", "Cristian Vega", "Cristian Vega"]
    text = ('Maria Bell chairs the board. "Costs are up," she said. Andrea Russo was the son of a miner. '
            '"We will fight on," Russo said. The vote is on Monday. "It will be close," he said.')
    assert speakers(text) == ["Maria Bell", "Andrea Russo", "Andrea Russo"]


def test_the_woman_after_an_indefinite_described_sayer_is_that_sayer():
    # 'A resident who ... said ... "...," the woman said.': the resident, not the last woman named
    text = ('Lana Boyd farms near Tulsa. "We lost half the crop," she said.\n\nA resident who did not want to be '
            'named said people stay indoors.\n\n"Nobody goes to work any more," the woman said.')
    assert speakers(text) == ["Lana Boyd", "a resident"]
    text = ('Lana Boyd farms near Tulsa. "We lost half the crop," she said. A driver was stopped on Monday. '
            '"I did nothing wrong," the man said.')
    assert speakers(text) == ["Lana Boyd", "a driver"]
    # a named person before is still who "the man" is
    assert speakers('Police arrested John Smith on Monday. "I did nothing wrong," the man said.') == ["John Smith"]


def test_the_people_acting_for_a_named_person_speak_as_theirs():
    # "Reed's campaign", "Reed's office": the campaign or office speaks, described by whose it is
    base = 'Sharon Hale is running against Senator Harry Reed. '
    assert speakers(base + "Reed's campaign hit back, saying her plan was \"particularly disingenuous\".") \
        == ["Harry Reed's campaign"]
    assert speakers(base + "Reed's campaign said her plan was \"particularly disingenuous\".") == ["Harry Reed's campaign"]
    assert speakers(base + '"It is disingenuous," Reed\'s office said in a statement.') == ["Harry Reed's office"]
    # the person alone still speaks for himself
    assert speakers(base + 'Reed hit back, saying her plan was "particularly disingenuous".') == ["Harry Reed"]


def test_a_title_closing_its_sentence_with_the_full_stop_inside_the_marks_is_no_quotation():
    # US copy puts the sentence's full stop inside the marks: 'on NBC's "Meet the Press."' names a programme
    text = '"Being friendly is not being friends," Gates said in an interview on ABC’s “Morning Line Today.”'
    assert speakers(text) == ["Gates"]
    assert speakers('Ann Lee spoke to CBS. "It was a mistake," she told CBS’s “Face the Nation.”') == ["Ann Lee"]
    assert speakers('"We are ready," Tom Reed said in an interview with the Daily Courier. He wrote a column in "The '
                    'Weekly Herald."') == ["Tom Reed"]
    # speech introduced as speech stays a quotation
    assert speakers('Tom Reed spoke at a rally. He told the crowd: "We Will Win."') == ["Tom Reed"]


def test_a_name_closing_a_relative_clause_is_not_the_subject_of_the_verb_after_it():
    # "Ford, who served under President Bill Carter, blasted ...": Ford is the subject; "he said" is Ford
    text = ('James Ford spoke on Friday. "It was a legacy," Ford said. Ford, who served as commissioner under '
            'President Bill Carter, blasted recent claims that the fund is in trouble. "There is a lot of scare '
            'talk," he said.')
    assert speakers(text) == ["James Ford", "James Ford"]
    text = ('James Ford spoke on Friday. "It was a legacy," Ford said. Ford, who worked for Tom Reed, said the fund '
            'is fine. "There is a lot of scare talk," he said.')
    assert speakers(text) == ["James Ford", "James Ford"]


def test_in_a_qa_answer_i_is_the_one_answering_and_he_someone_else():
    # "Kelly: ... He tapped me ... and said, "..." And I said, "..."": Kelly answers; "he" is the other man
    text = ('Jim Kelly founded the firm with Jack Dorn.\n\nKelly: Dorn came to my office. He tapped me on the '
            'shoulder and said, "I\'m Jack." And I said, "I\'m Jim."')
    assert speakers(text) == ["Jack Dorn", "Jim Kelly"]


def test_speech_in_single_marks_may_hold_a_contraction():
    # "she said, 'I don't know.'": the apostrophe of "don't" is no closing mark
    text = "Tom Reed met Ann Lee. He asked what she would do and she said, 'I don't know.' Then he said, 'We will see.'"
    assert speakers(text) == ["Ann Lee", "Tom Reed"]
    assert list(quotes("Tom Reed met Ann Lee. She said, 'It's over.'")["quote"]) == ["It's over."]
    # single marks inside a double-quoted piece stay inside it
    assert speakers('Ann Lee spoke. "He told me: \'I can\'t stay,\'" she said.') == ["Ann Lee"]


def test_a_qa_answer_with_speech_in_single_marks():
    text = ("Jim Kelly founded the firm with Jack Dorn.\n\nKelly: Dorn came to my office. I said, 'I can't talk "
            "now.' I asked him to wait and he said, 'I don't mind.'")
    assert speakers(text) == ["Jim Kelly", "Jack Dorn"]


def test_a_title_or_state_abbreviation_after_a_quotation_ends_no_sentence():
    # US copy: "Sen.", "Rep.", "Gov.", "Lt. Gen.", "D-Calif." keep their full stop inside the reporting clause
    assert speakers('"We will not back down," Sen. John Smith, R-Texas, said Tuesday.') == ["John Smith"]
    assert speakers('"We will not back down," said Rep. Jane Doe, D-Calif., in a statement.') == ["Jane Doe"]
    assert speakers('"The line will hold," said Lt. Gen. Tom Reed.') == ["Tom Reed"]
    assert speakers('"We will not back down," Gov. Ann Price said.') == ["Ann Price"]
    # an initial still keeps the sentence going, as before
    assert speakers('"It was fine," said R. Sridharan.') == ["R. Sridharan"]


def test_a_title_or_state_abbreviation_before_a_quotation_ends_no_sentence():
    assert speakers('Rep. Jane Doe (D-Calif.) said the bill was "dead on arrival."') == ["Jane Doe"]
    assert speakers('Tom Reed met Sen. Ann Price. Sen. Price said the bill was "dead on arrival."') == ["Ann Price"]
    # a sentence that does end at an abbreviation still ends there
    assert speakers('Ann Lee runs Acme Inc. She said the bill was "dead on arrival."') == ["Ann Lee"]


def test_a_paragraph_ending_in_a_colon_introduces_the_quotations_after_it():
    # a document named there speaks; not a name reported two paragraphs back
    text = ('Tom Reed is the party chairman. Critics such as Ann Lee have called for cuts.\n\nA party source gave '
            'reporters a memo setting out the main messages, which include:\n\n• "Our rivals want to cut your '
            'pension.\n\n• "The pension is a promise we will keep."')
    assert speakers(text) == ["the memo", "the memo"]
    # a named subject introducing them speaks
    assert speakers('Tom Reed is the party chairman.\n\nReed said:\n\n"We will win."') == ["Tom Reed"]
    text = 'Tom Reed runs Acme. "We are fine," he said last week.\n\nAcme issued a statement on Monday:\n\n"We regret it."'
    assert speakers(text) == ["Tom Reed", "Acme"]


def test_answered_reports_words():
    assert speakers('Ann Lee was asked if she knew. "No," she answered.') == ["Ann Lee"]
    assert speakers('On the form, Tom Reed answered "no" to questions about his travel.') == ["Tom Reed"]
    # "answered" with no quotation near it reports nothing
    assert speakers('Tom Reed answered all the questions. "It went well," he said.') == ["Tom Reed"]


# --- a full stop inside a name (initials: "P.J. Reed", "E.F. Hutton", "Thomas M. Hale") ends no sentence ----

def test_initials_inside_a_name_before_the_verb_end_no_sentence():
    assert speakers('Foreign ministry spokesman T.J. Mallory said the plan "carries no risk at all."') == ["T.J. Mallory"]
    text = ('Acme Bank of Tulsa President Thomas M. Hale, the bank\'s longest-serving director, said rates were '
            '"far too low for far too long."')
    assert speakers(text) == ["Thomas M. Hale"]


def test_initials_inside_a_name_after_the_quotation_end_no_sentence():
    text = '"Demand will stay weak for a year," said A.G. Foster Securities analyst Helen Marsh.'
    assert speakers(text) == ["Helen Marsh"]
    # a sentence that ends after an abbreviation still ends there
    assert speakers('Ann Lee moved to the U.S. She said it was "a fresh start."') == ["Ann Lee"]


# --- a source the text keeps unnamed is a description, not the last person named ------------------------

def test_a_described_source_kept_unnamed_is_no_one_named_before():
    # "for one of ...", "who spoke on condition ...": someone new, whom the writer does not name
    text = ('"Prices will fall," said Ruth Mabry, a fund manager with Keller Brothers.\n\n"Supply is the real '
            'problem," said the sales director for one of the big steel makers.')
    assert speakers(text) == ["Ruth Mabry", "the sales director"]
    text = ('"Prices will fall," said Ruth Mabry, a fund manager with Keller Brothers.\n\n"Supply is the real '
            'problem," said the sales director, who spoke on condition that he not be named.')
    assert speakers(text) == ["Ruth Mabry", "the sales director"]
    # a definite role the text has given someone still resolves to them
    text = 'Omar Haddad is the new sales director. "Supply is the real problem," said the sales director.'
    assert speakers(text) == ["Omar Haddad"]


# --- an abbreviation right before quoted words that go on in lower case ends no sentence --------------------

def test_an_abbreviation_before_quoted_words_in_lower_case_ends_no_sentence():
    text = 'Ann Keller also declared her Canadian counterpart, Tom Reed, would help the U.S. "win the trade talks."'
    assert speakers(text) == ["Ann Keller"]
    text = 'The senator said the bill would be sent to the Dept. "as soon as the vote is done."'
    assert speakers(text) == ["the senator"]
    # a quotation opening a sentence of its own after the abbreviation still does
    assert speakers('Ann Keller moved to the U.S. "It was the right choice," she said.') == ["Ann Keller"]


# --- verbs that report words only in a construction running up to the quotation --------------------------

def test_a_comparison_running_up_to_the_quotation_reports_words():
    assert speakers('Coach Ben Tull compared the referees to "blind men" after the game.') == ["Ben Tull"]
    assert speakers('Ann Keller likened the merger to "a hostage swap".') == ["Ann Keller"]
    # "compared with" a figure reports nothing
    assert speakers('Sales rose 5% compared with "a weak" year.') == []


def test_questioned_whether_reports_words():
    text = 'Ann Keller questioned whether the plan was "a serious one."'
    assert speakers(text) == ["Ann Keller"]
    text = 'He met Ann Keller. She questioned what could be a better buy than "a very profitable bank."'
    assert speakers(text) == ["Ann Keller"]
    # questioning a suspect reports no one's words
    assert speakers('Police questioned Tom Reed about his "links" to the gang.') == []


def test_calling_with_a_noun_object_reports_words():
    assert speakers('Ben Tull calling the fans "a disgrace" drew a fine.') == ["Ben Tull"]
    assert speakers('Critics like Ann Keller call the deal "a disgrace".') == ["Ann Keller"]
    # "calls for" is no naming
    assert speakers('Tom Reed calls for "urgent action" were ignored.') == []


# --- a title or a name in marks, the writer's comma or full stop inside as US copy writes it, is no quotation --

def test_a_title_after_the_noun_of_a_work_is_no_quotation():
    text = '"The water is still dirty," says Ann Keller, a biologist. (Watch our video "Storm Over the Gulf.")'
    assert speakers(text) == ["Ann Keller"]
    text = 'Tom Reed wrote a book, "Storm Over the Gulf." "It was hard work," he said.'
    assert speakers(text) == ["Tom Reed"]


def test_a_capitalised_name_after_a_determiner_is_no_quotation():
    text = 'Growth was 3 percent in the first year after the current "Great Slump," Ann Keller said.'
    assert speakers(text) == []
    # words of speech after a determiner still are
    assert speakers('Ann Keller said it was "a very bad idea," and left.') == ["Ann Keller"]


# --- a role noun ending a hyphenated compound is another post ("co-founder X" is not "the founder") ---------

def test_a_compound_role_is_not_the_role_it_ends_with():
    text = ('Tom Reed set up Acme in 1990. His goal was to grow (fun fact: that is co-founder Jim Dole at the '
            'party).\n\nBut at the time the site, which Reed described as a directory, was small. His goal was to '
            'expand, and when asked what was next the Acme founder said, "There is no more."')
    assert speakers(text) == ["Tom Reed"]


# --- a right double mark written where a left one belongs opens the quotation --------------------------------

def test_a_right_mark_written_for_a_left_one_opens_the_quotation():
    text = 'Asked what came next, Ann Keller said, ”There is no more to do. We are done.”'
    assert speakers(text) == ["Ann Keller"]
    assert list(quotes(text)["quote"]) == ["There is no more to do. We are done."]
    # a right mark closing a quotation stays a close
    assert list(quotes('Ann Keller said: “We are done.” Then she left.')["quote"]) == ["We are done."]


# --- US copy's delayed lede: a described official, named in the next paragraph with the same body -------------

def test_a_delayed_lede_description_is_the_person_the_next_paragraph_introduces():
    text = ('A top Acme Bank official sharply criticized on Friday the plan to cut rates as a "dangerous '
            'gamble."\n\nAcme Bank of Tulsa President Thomas M. Hale, the longest-serving director, said the plan '
            'is "risking a repeat of past errors."')
    assert speakers(text) == ["Thomas M. Hale", "Thomas M. Hale"]
    # a spokesman speaks for someone else: not the leader named after him
    text = ('A Labour spokesman said the plan was "unworkable".\n\nLabour leader Tom Reed said the plan was '
            '"the best on offer".')
    assert speakers(text) == ["a Labour spokesman", "Tom Reed"]
    # nor a description with no body in common with the person named next
    text = ('A government official said the plan was "unworkable".\n\nAcme chairman Tom Reed said the plan was '
            '"the best on offer".')
    assert speakers(text) == ["a government official", "Tom Reed"]


# --- a quotation in apposition to a named party's motto, vision or message is that party's -------------------

def test_a_quotation_in_apposition_to_a_named_partys_motto_is_theirs():
    text = 'Tom Reed founded Acme. It is a far cry from Acme’s current motto, “Making the world better.” Times change.'
    assert speakers(text) == ["Acme"]
    text = 'Tom Reed founded Acme with Jim Dole. Reed’s initial vision, “a directory for colleges” seems modest now.'
    assert speakers(text) == ["Tom Reed"]
    # a scare-quoted term after a possessive and no such noun reports no one's words
    assert speakers('Acme’s new “smart” fridge sold well.') == []


# --- a fragment closing a sentence with no attribution, next to one speaker's attributed words, is theirs ------

def test_a_closing_fragment_beside_one_speakers_words_is_theirs():
    text = ('Ann Keller runs the bank.\n\nRaising rates will lead to a "steadier recovery," Keller said. Debts will '
            'be paid down. Growth will be modest, and hiring will be "slow but steady."')
    assert speakers(text) == ["Ann Keller", "Ann Keller"]
    text = ('Ann Keller runs the bank.\n\nMeanwhile, the bank\'s zero-rate policy "is as likely to hurt as to help '
            'the economy." Ending it "tells lenders to take risks again," Keller said.')
    assert speakers(text) == ["Ann Keller", "Ann Keller"]
    # a fragment inside its sentence, or with no attributed words near it, stays no one's
    text = ('Ann Keller runs the bank.\n\nHiring will be "slow but steady" this year. The bank\'s profit rose '
            'sharply in the spring and the shares did well.')
    assert speakers(text) == []


# --- a name in marks between a possessive and the noun of the scheme it names is no quotation -----------------

def test_a_named_scheme_after_a_possessive_is_no_quotation():
    text = 'The charity said it aims through its “sky watch” effort to stop “cruel” and “illegal” hunting.'
    assert list(quotes(text)["quote"]) == ["cruel", "illegal"]
    assert speakers('Acme will push its "Buy Local" campaign in May, Ann Keller said.') == []
    # a fragment after a possessive with no such noun after it still is speech
    assert speakers('Ann Keller said her plan was "very bold" and right.') == ["Ann Keller"]


# --- "calls <a longer object>, "..."": the naming verb's object, a comma, then the words it is called ---------

def test_calls_a_long_object_then_a_comma_reports_words():
    text = 'Ann Keller calls Tom Reed’s arguments for the necessity of a new tax, “misguided policy advocacy.”'
    assert speakers(text) == ["Ann Keller"]
    # a noun "calls" with a long phrase after it is no naming
    assert speakers('The calls made to the office every day, "dozens" of them, were logged.') == []


def test_a_body_described_in_a_long_apposition_is_the_one_its_noun_names():
    # "X, a leading home security software maker," names X "the maker" though five words stand between them: the
    # sayer, not the company named last ("via Sony's PlayStation network")
    text = ('Experts have warned of a new virus. According to Norvexa, a leading home security software maker, the bug '
            'is spreading fast. It gets into computers via Sony\'s PlayStation network. The bug, the maker warned, '
            '"can wipe every saved game on the console."')
    assert speakers(text) == ["Norvexa"]



def test_a_verb_form_after_an_article_with_no_verb_after_it_is_a_noun():
    # "Despite the caution, ...": no sayer "the" and verb "caution"; the quote goes on with the speaker before
    text = ('Ann Petrov of the water board says supplies are safe. "The dams are full," she said. '
            '"That does not mean we can waste it." Despite the caution, the board says levels are high. '
            'Perth is ringed by dams to the north, west and south.')
    assert speakers(text) == ["Ann Petrov", "Ann Petrov"]
    text = ('Coach Tom Reed was upbeat. "We can win this," Reed said. "The players are ready." '
            'After the claims, his team trained hard. Perth is ringed by hills to the north, west and south.')
    assert speakers(text) == ["Tom Reed", "Tom Reed"]
    # the noun before a reporting verb still gives the verb ("the report said")
    assert speakers('"Growth will slow," the report said.') == ["the report"]


def test_the_noun_of_the_sayer_described_before_is_that_sayer():
    # "a staff member told ... the staff member added": the one described before, not the person the story is about
    text = ('Former governor Tom Reed, 80, is ill. "He is better today," a staff member told reporters. '
            'Reed ruled for 30 years. "His breathing is normal," the staff member added.')
    assert speakers(text) == ["a staff member", "a staff member"]
    text = ('Ann Lee, 91, was taken to hospital. "She is resting," a nurse told AFP. Lee was a famous singer. '
            '"She ate well," the nurse said.')
    assert speakers(text) == ["a nurse", "a nurse"]


# --- a court's officer named by the title before the name ("Justice Anne Rowe") is "the judge" ------------------

def test_a_justice_named_by_title_is_the_judge():
    text = ('The case was heard by Justice Anne Rowe. Prosecutor Ian Bell said the accused had planned the attack. '
            '"This was no accident," the judge said.')
    assert speakers(text) == ["Anne Rowe"]
    text = ('Justice Anne Rowe heard the case. Defence lawyer Tom Reed said his client was sorry. '
            '"Sorry is not enough," the judge said.')
    assert speakers(text) == ["Anne Rowe"]
    text = ('Mr Justice Alan Moss heard the appeal. Lawyer Tom Reed argued the law was unclear. '
            '"The law is clear," the judge said.')
    assert speakers(text) == ["Alan Moss"]
    # the other officers keep their own posts: the prosecutor is not the magistrate
    text = ('Magistrate Pat Shane heard the case. Prosecutor Ian Bell opposed bail. "He may flee," the prosecutor '
            'said. "There is no risk of flight," the magistrate said.')
    assert speakers(text) == ["Ian Bell", "Pat Shane"]


# --- "they" after a bare plural opening the sentence before, with where or whom they are of, or a passive -------

def test_they_is_a_bare_plural_subject_with_a_phrase_after_it_or_a_passive_verb():
    assert speakers('Residents have been told to leave. They said: "We will not go."') == ["residents"]
    assert speakers('Residents of the town have been told to leave. "We will not go," they said.') == ["residents"]
    assert speakers('Farmers in the west are angry about the plan. "It will ruin us," they said.') == ["farmers"]
    assert speakers('Doctors at the hospital are angry about the plan. "It will cost lives," they said.') \
        == ["doctors"]
    assert speakers('Scientists have found water on Mars. "It is a huge step," they said.') == ["scientists"]
    # a quantity heading the plural: the people are the noun after "of"
    assert speakers('Hundreds of workers marched on parliament. "We want our jobs back," they said.') == ["workers"]


# --- "the court heard that X told ...": the hearing reports X's words; X opens the "that" clause -------------

def test_the_sayer_after_heard_that_or_found_that_speaks_not_the_hearing():
    assert speakers('Mark Dunn, 34, denies murder. The court heard that Dunn had told a friend: "I will get him."') \
        == ["Mark Dunn"]
    assert speakers('Mark Dunn, 34, denies murder. The court heard that he told a friend: "I will get him."') \
        == ["Mark Dunn"]
    assert speakers('The inquiry heard that chief executive Tom Reed told staff: "Sell everything."') == ["Tom Reed"]
    assert speakers('The inquiry found that chief executive Tom Reed had told staff to "sell everything".') \
        == ["Tom Reed"]
    assert speakers('An inquest heard that the pilot told air traffic control: "We have lost an engine."') \
        == ["the pilot"]


# --- a participle after a clause with no name opening it: the subject ends at the clause's past verb ----------

def test_a_participle_takes_the_subject_before_the_past_verb_not_the_last_noun():
    text = 'Thousands of protesters marched through the city shouting "Down with the dictator".'
    assert speakers(text) == ["thousands of protesters"]
    assert speakers('Fans marched to the ground shouting "Sack the board".') == ["fans"]
    text = 'Angry farmers blocked the road into town, waving banners and shouting "No more cuts".'
    assert speakers(text) == ["angry farmers"]
    # a name opening the sentence still speaks
    assert speakers('Tom Reed walked out of the court shouting "I am innocent".') == ["Tom Reed"]


# --- "X, who were heard / thought to be shouting ...": the people the relative clause hangs on ----------------

def test_people_heard_or_thought_to_be_shouting_in_a_relative_clause_speak():
    text = 'Police used tear gas on the prisoners, who throughout the night were thought to be shouting "freedom".'
    assert speakers(text) == ["prisoners"]
    assert speakers('The team was booed by the fans, who were heard shouting "Sack the board".') == ["fans"]
    text = 'Guards found the miners, who were heard shouting "We are alive" from the shaft.'
    assert speakers(text) == ["miners"]


# --- "chanted" / "chanting" report the words of a crowd (protest and sport copy) -------------------------------

def test_chanted_reports_words():
    assert speakers('"We want our jobs back," the protesters chanted.') == ["the protesters"]
    assert speakers('The crowd chanted "Out, out, out" as the coach left.') == ["the crowd"]
    assert speakers('Marchers filled the square, chanting "Free elections now".') == ["marchers"]
    # the noun "chant" reports nothing by itself
    assert speakers('The chant of "Olé" rang round the ground.') == []


# --- a document with modifiers before its noun, then "released today" / "published on Monday", speaks itself ---

def test_a_modified_document_issued_at_a_time_speaks_not_the_body_in_its_modifiers():
    text = 'A Senate committee report released today says the scheme is "a failure".'
    assert speakers(text) == ["a report"]
    text = 'The Acme annual review published on Monday says profits were "disappointing".'
    assert speakers(text) == ["the review"]


# --- "the spokesman" after a spokesman the text names is that person ------------------------------------------

def test_the_spokesman_is_the_person_the_text_names_as_spokesman():
    text = 'Acme spokesman John Reid confirmed the cuts. "It is a sad day," the spokesman said.'
    assert speakers(text) == ["John Reid"]
    text = ('Police spokeswoman Ann Marsh said two men were held. Chief executive Tom Reed was shocked. '
            '"They were armed," the spokeswoman said.')
    assert speakers(text) == ["Ann Marsh"]
    # no spokesman named: the description, as before
    assert speakers('Acme confirmed the cuts. "It is a sad day," the spokesman said.') == ["the spokesman"]


# --- "The Prime Minister's office said": a capitalised office title owning the sayer noun is a description -----

def test_a_capitalised_office_title_owning_the_sayer_is_described_not_a_name():
    assert speakers('The Prime Minister\'s office said the claims were "baseless".') == ["the prime minister's office"]
    text = 'John Howard has been accused of lying. The Prime Minister\'s office said the claims were "baseless".'
    assert speakers(text) == ["the prime minister's office"]
    assert speakers('"No comment," the Prime Minister\'s spokesman said.') == ["the prime minister's spokesman"]
    # a body's name owning it stays the body's
    assert speakers('Acme Bank\'s spokesman said: "No comment."') == ["Acme Bank's spokesman"]


# --- "in the words of X" attributes as "according to X" does ---------------------------------------------------

def test_in_the_words_of_attributes_the_quotation():
    assert speakers('In the words of coach Alan Pike, the team was "simply not good enough".') == ["Alan Pike"]
    assert speakers('The team was "simply not good enough", in the words of coach Alan Pike.') == ["Alan Pike"]
    assert speakers('In the words of one fan, it was "a shambles".') == ["one fan"]
    # a dash closes the phrase after it as a comma does
    text = 'Prices have -- in the words of one trader -- gone "completely mad".'
    assert speakers(text) == ["one trader"]


# --- pet forms of given names ("Phil", "Rod", "Liz") are given names: an office glued before one is dropped ------

def test_a_pet_form_given_name_after_an_office_word_makes_a_person():
    text = ('Commissioner Phil Koperman says crews are exhausted. "They have been fighting fires for five days," '
            'he said.')
    assert speakers(text) == ["Phil Koperman"]
    text = ('Coach Rod Macquarie named his squad yesterday. He left out veteran John Eales. "It was a hard call," '
            'he said.')
    assert speakers(text) == ["Rod Macquarie"]
    # a pet form that is a name of the other sex elsewhere marks no sex ("Ali" is Alice's and a man's name)
    text = 'Oil minister Ali al-Nasser met traders. "The market is well supplied," he told reporters.'
    assert speakers(text) == ["Ali al-Nasser"]


# --- "were told by X: ..." / "was told by X that ...": the agent of the passive reporting verb speaks -------------

def test_the_agent_of_a_passive_told_speaks():
    assert speakers('Reporters were told by a police spokesman: "The man is in custody."') == ["a police spokesman"]
    assert speakers('Reporters were told by Tom Reed: "The man is in custody."') == ["Tom Reed"]
    assert speakers('Ann Lee was told by doctors that she was "lucky to be alive".') == ["doctors"]
    # with no agent, still no one
    assert speakers('She was told: "You are fired."') == [""]


# --- "they" after two people or two bodies named together opening the sentence before: the two together --------

def test_they_is_two_names_joined_by_and_opening_the_sentence_before():
    text = 'Acme Corp and Bolt Group have agreed to merge. "This is a great deal," they said.'
    assert speakers(text) == ["Acme Corp and Bolt Group"]
    assert speakers('Tom Reed and Ann Lee have agreed to marry. "We are very happy," they said.') \
        == ["Tom Reed and Ann Lee"]
    assert speakers('Mr Reed and Ms Lee met in Paris. "We are very happy," they said.') == ["Reed and Lee"]
    # names that are not the subject together, or "he" for one of them: not both
    assert speakers('Talks between Tom Reed and Ann Lee ended. "We are very happy," they said.') != \
        ["Tom Reed and Ann Lee"]
    assert speakers('Tom Reed and Ann Lee have agreed to marry. "We are very happy," he said.') == ["Tom Reed"]


# --- a quotation standing alone, then "That was the verdict of X" / "The words came from X": X's words -----------

def test_the_sentence_after_a_lone_quotation_naming_its_source_gives_the_speaker():
    assert speakers('"We did our best" - that was the verdict of coach Alan Pike after the loss.') == ["Alan Pike"]
    text = '"We are broke."\n\nThe words came from Acme\'s chief executive, Tom Reed, on Monday.'
    assert speakers(text) == ["Tom Reed"]
    text = '"It was like a war zone." That was how Tim Hunt, a local shopkeeper, described the scene.'
    assert speakers(text) == ["Tim Hunt"]
    text = '"It is the end of an era." With those words, chairman Tom Reed closed the meeting.'
    assert speakers(text) == ["Tom Reed"]
    # a name further on in the sentence is no source
    assert speakers('"The end is nigh." This is the view of many in the party, including Tom Reed.') == [""]


# --- the agent of a passive whose subject is no person is who acted: the "he" of the next sentence ------------

def test_he_is_the_agent_of_a_passive_with_a_non_person_subject():
    assert speakers('Mr Howard\'s decision was attacked by Mr Crean. "It is a betrayal," he said.') == ["Crean"]
    text = ('"We will appeal," said Tom Reed.\n\nThe ruling was welcomed by Bill Hart, who brought the case.\n\n'
            '"Justice has been done," he said.')
    assert speakers(text) == ["Tom Reed", "Bill Hart"]
    # a person as the passive's subject stays the topic
    assert speakers('Tom Reed was sacked by Mr Carr in May. "They treated me badly," he said.') == ["Tom Reed"]


# --- "he" after an office written with capitals opening the sentence before, no one named: that office ---------

def test_he_after_a_capitalised_office_no_one_is_named_as_is_that_office():
    text = 'The Prime Minister says the troops will come home soon. "They have done their job," he said.'
    assert speakers(text) == ["the Prime Minister"]
    text = 'The Opposition Leader says the Government has lied. "They cannot be trusted," he said.'
    assert speakers(text) == ["the Opposition Leader"]
    assert speakers('The Health Minister has resigned. "I have let people down," she said.') == ["the Health Minister"]
    # a paper's name is no office; a named holder still speaks
    assert speakers('The Guardian says the troops will come home. "They have done their job," he said.') == [""]
    text = 'The Prime Minister, John Howard, says the troops will come home. "They have done their job," he said.'
    assert speakers(text) == ["John Howard"]


# --- a job title glued before a name the name lists do not know: the person speaks, "he"/"she" finds them --------

def test_a_job_title_before_an_unlisted_given_name_leaves_the_person_as_speaker():
    text = ('Chief Financial Officer Ngozi Adebayo said margins had improved. '
            '"The second half was strong," she said.')
    assert speakers(text) == ["Ngozi Adebayo"]
    text = ('Speaking at the launch in Austin, Chief Technology Officer Priyanka Raghavan said the chip was faster. '
            '"It changes what a laptop can do," she said.')
    assert speakers(text) == ["Priyanka Raghavan"]
    text = ('Managing Director Oyelaran Bakare said the bank would expand in Lagos. '
            '"Our customers asked for it," he said.')
    assert speakers(text) == ["Oyelaran Bakare"]
    # a body named with common words after a title is no person
    from toolkit.analysis.quotes.people import _office_name
    assert _office_name("Executive Director Amnesty International") == ""
    assert _office_name("Chief Executive Officer") == ""


# --- the reporting clause closing the last quotation ("...," he said.) reports no new speaker -----------------

def test_a_quotation_after_a_described_speakers_he_said_goes_on_with_that_description():
    # the next paragraph's quotation, attributed nowhere, is the spokesman's, not the person the text named before
    text = ('Striker Marco Bellini scored twice for the visitors.\n\nA club spokesman said the player would have a '
            'scan.\n\n"He felt his hamstring late on," he said.\n\n"We will know more tomorrow."')
    assert speakers(text) == ["a club spokesman", "a club spokesman"]
    text = ('Jo Harlan, who chairs the committee, called for an inquiry.\n\nA spokeswoman for the regulator said it '
            'was aware of the concerns.\n\n"We will look at the evidence carefully," she said.\n\n'
            '"Nobody is above the rules."')
    assert speakers(text) == ["a spokeswoman", "a spokeswoman"]
    # a speaker newly reported between the two quotations still takes the next one
    text = ('"We will win the case," said Tom Reed.\n\nHis rival Bill Hart told reporters there was no case to '
            'answer.\n\n"The claims are false."')
    assert speakers(text) == ["Tom Reed", "Bill Hart"]


# --- a fragment whose sentence closes with ", says X, <description>." is X's ----------------------------------

def test_a_fragment_closed_by_an_inverted_says_with_an_apposition_is_that_sayers():
    text = ('But the lander\'s "remarkable stability" will help later missions, says Ana Ruiz, an engineer at '
            'the space agency in Toulouse, France.')
    assert speakers(text) == ["Ana Ruiz"]
    text = 'The new pitch is "a real improvement" for the players, says Ian Marsh, the club\'s head groundsman.'
    assert speakers(text) == ["Ian Marsh"]
    text = ('Shares in the group have been "badly oversold" this year, said Priya Natarajan, 41, who runs a '
            'fund in Boston.')
    assert speakers(text) == ["Priya Natarajan"]
    # a sayer named before an apposition or a relative clause still speaks; "told" is followed by its listener
    text = '"We are outraged," the festival\'s organiser in Kenya, Grace Wanjiru, told the radio station.'
    assert speakers(text) == ["Grace Wanjiru"]
    text = '"It will be very hard," Ms Okoro, who runs a clinic in Leeds, said on Monday.'
    assert speakers(text) == ["Okoro"]


# --- "..., says a report highlighting "..."": the inverted sayer a participle describes, not the sentence's subject --

def test_an_inverted_sayer_described_by_a_participle_speaks_the_fragment():
    assert speakers('Pupils in rural areas are falling behind, says a study showing a "worrying gap" in reading.') \
        == ["a study"]
    text = 'Fans are being priced out of football, says a survey warning of "a lost generation" of supporters.'
    assert speakers(text) == ["a survey"]
    text = 'Crime in the city centre has fallen, says a police spokesman describing the figures as "encouraging".'
    assert speakers(text) == ["a police spokesman"]
    assert speakers('Profits rose 5%, says the company, adding that demand was "robust".') == ["the company"]
    text = 'Water levels have dropped, says the Environment Agency, describing the drought as "severe".'
    assert speakers(text) == ["Environment Agency"]
    # a participle with no inverted sayer before it still takes its sentence's subject
    assert speakers('Tom Reed met the minister on Monday, saying the talks were "useful".') == ["Tom Reed"]


# --- a document that found or concluded something: the fragment in its sentence is its words -------------------

def test_a_fragment_a_document_found_or_concluded_is_that_documents():
    text = 'A study by the university found that the drug "significantly reduced" symptoms in older patients.'
    assert speakers(text) == ["a study"]
    assert speakers('The review concluded the club had been "badly run" for years.') == ["the review"]
    text = 'The report, published on Tuesday, found that teachers were "exhausted and demoralised".'
    assert speakers(text) == ["the report"]
    text = 'But an audit of the council\'s accounts revealed spending had been "out of control" since 2019.'
    assert speakers(text) == ["an audit"]
    # a finding verb with no document as its subject reports no one's words
    assert speakers('Police found the car "badly damaged" near the river.') == []


# --- words posted on a social network or a site: "posted on Instagram:" reports them -----------------------------

def test_posted_on_a_network_or_site_reports_words():
    assert speakers('The singer posted on Instagram: "Thank you for twenty amazing years."') == ["the singer"]
    text = 'Senator Ruth Alvarez posted on Twitter that the ruling was "a victory for common sense".'
    assert speakers(text) == ["Ruth Alvarez"]
    assert speakers('The club posted on its official Facebook page: "We are devastated."') == ["the club"]
    # "posted" of results, of a soldier, of a video: no words reported
    assert speakers('Acme posted a loss of £3m, calling the year "very difficult".') == ["Acme"]
    assert speakers('The video was posted on YouTube on Monday, showing the "miracle" catch.') == []


# --- the text's own "He"/"She" after a sentence opening with a person outweighs a given-name list's sex -----------

def test_a_person_the_text_calls_he_is_not_passed_over_for_a_given_name_listed_as_a_womans():
    text = ('"The car is quick," says Tom Reed, the team\'s engineer.\n\nJean Moreau says that he has never felt '
            'so confident. Moreau hopes to win the title this year. He expects the team to be stronger.\n\n'
            '"We have the best drivers," he says.')
    assert speakers(text) == ["Tom Reed", "Jean Moreau"]
    text = ('"The deal is done," said Paul Hart, the agent.\n\nAndrea Bellucci joined the club in June. He has played '
            '40 games for Italy. Bellucci says his family love the city.\n\n"I am happy here," he said.')
    assert speakers(text) == ["Paul Hart", "Andrea Bellucci"]
    # one "He" after her sentence is no cue against a listed given name: he may be someone named before
    assert speakers('Ann Lee opened the show. He was late. "Sorry," he said.') == [""]
    # a "He" that may be someone else in the sentence before is no cue; a woman called "she" stays one
    text = ('"Sales are up," said Tom Reed, the finance chief.\n\nCarol White met the minister on Monday. He told her '
            'the plan was dead.\n\n"It is over," he said.')
    assert speakers(text) == ["Tom Reed", "Tom Reed"]
    text = ('"It was a long night," said Ben Cole.\n\nJoan Baker leads the council. She took office in May.\n\n'
            '"We will fix the roads," she said.')
    assert speakers(text) == ["Ben Cole", "Joan Baker"]


# --- a person the entity table missed, named with a given name and described in apposition, can be "she"/"he" ----

def test_a_missed_name_described_in_apposition_as_a_person_is_a_referent():
    text = ('Helen Park, the chief scientist, has spent a decade on the project.\n\nHer deputy, Luis Moreno, is more '
            'blunt. "We are late and over budget," he says.\n\n"But it will work," she insists.')
    assert speakers(text) == ["Luis Moreno", "Helen Park"]
    # not a place or a body described as a thing
    from toolkit.analysis.quotes.people import _Mention, _described_people
    assert _described_people("Hyde Park, the royal park, was shut.", []) == []
    assert _described_people("Grace Church, the oldest building in town, burned.", []) == []
    assert [m.entity for m in _described_people("Helen Park, a nurse at the hospital, said so.", [])] == ["Helen Park"]


# --- "were told by <role>, <Name>, that ...": the agent named in apposition speaks ---------------------------------

def test_the_agent_of_a_passive_told_named_in_apposition_speaks():
    text = 'Staff were told by the chief executive, Amir Shah, that the office would close "within weeks".'
    assert speakers(text) == ["Amir Shah"]
    text = ('The jury was told by the prosecutor, Claire Dunmore, that the defendant had been "calm and '
            'calculating".')
    assert speakers(text) == ["Claire Dunmore"]
    assert speakers('Players were told by the manager, Dean Holt: "Nobody is safe."') == ["Dean Holt"]
    assert speakers('MPs were told by the minister that the plan was "on track".') == ["the minister"]


# --- "As X put it, "..."", "X puts it bluntly: "..."": "put it" closing the clause reports the words ---------------

def test_put_it_before_a_quotation_reports_the_words():
    assert speakers('As the novelist Ada Mensah put it, "Every book is a letter to someone."') == ["Ada Mensah"]
    assert speakers('As one trader put it: "Nobody wants to be the last one holding the bag."') == ["one trader"]
    assert speakers('The coach puts it bluntly: "We were rubbish."') == ["the coach"]
    # "put it" as a plain verb with an object's place after it reports nothing
    assert speakers('He took the trophy and put it on the shelf. "It belongs there," he said.') == [""]


# --- "X's response was swift: "..."": the owner of the response, reply or answer speaks ---------------------------

def test_the_owner_of_a_response_before_a_colon_speaks():
    assert speakers('Acme Corp\'s reply was short: "No comment."') == ["Acme Corp"]
    assert speakers('The council\'s response was swift: "We will not be bullied."') == ["the council"]
    text = ('Health Minister Jane Porter was asked about the delays. The minister\'s reaction was furious: '
            '"This is a stitch-up."')
    assert speakers(text) == ["Jane Porter"]
    # a thing's "answer" is no one's words
    assert speakers('The film\'s answer is clear: "Love wins."') == [""]


# --- "recalls her mother saying", "heard the gunman say": the one remembered or heard speaks ------------------------

def test_the_one_remembered_or_heard_saying_speaks():
    assert speakers('She recalls her mother saying: "Never let them see you cry."') == ["her mother"]
    assert speakers('Witnesses heard the gunman say: "Nobody move."') == ["the gunman"]
    assert speakers('Tom Reed recalled Mr Carr saying the deal was "as good as done".') == ["Carr"]
    # remembering one's own words: the subject
    assert speakers('Tom Reed remembered saying: "I will be back."') == ["Tom Reed"]


# --- "Those were the words of X" after a quotation (plural demonstrative, next paragraph too): X's words -----------

def test_those_were_the_words_of_names_the_speaker():
    text = '"We had no warning at all."\n\nThose were the words of Ingrid Vance, whose house was flooded on Sunday.'
    assert speakers(text) == ["Ingrid Vance"]
    assert speakers('"We will be back." These were the words of coach Alan Pike after the defeat.') == ["Alan Pike"]
    # a name further on, after a comma-separated crowd, is no source
    assert speakers('"The end is nigh." These are the words of many in the party, including Tom Reed.') == [""]


# --- "a person familiar with the talks", "officials briefed on it": the description's head is before the phrase ---

def test_a_source_familiar_with_or_briefed_on_is_described_by_its_head():
    text = 'The plant will close "within months", according to two people familiar with the plans.'
    assert speakers(text) == ["two people"]
    assert speakers('"The deal is done," said a person familiar with the talks.') == ["a person"]
    assert speakers('"It is dead," said one official briefed on the negotiations.') == ["one official"]


# --- "People familiar with the talks said", "Officials briefed on the plan said": the unnamed sources speak ---------

def test_unnamed_sources_familiar_with_or_briefed_on_speak_as_subjects():
    assert speakers('People familiar with the talks said the deal was "close".') == ["people"]
    assert speakers('Officials briefed on the plan said it was "dead".') == ["officials"]
    assert speakers('Two people familiar with the matter told Reuters the bid was "imminent".') == ["two people"]

# --- a title of a work in quotation marks, the comma or full stop inside the marks (US copy), is no quotation ---

def test_quoted_titles_of_works_are_no_quotations():
    # a title quoted again with the writer's comma inside the marks, an apposition after it
    text = ('South African thriller “Harbour Lights” won. “Harbour Lights,” the Cape Town crime story about a '
            'family, was the first film to win.')
    assert list(quotes(text)["quote"]) == []


def test_quoted_title_after_a_work_noun_or_a_career_phrase_is_no_quotation():
    # the sentence's full stop or the writer's comma inside the marks
    assert list(quotes('Ann Lee said the prize should have gone to the British comedy “Dear Gerald.”')["quote"]) == []
    text = 'Tom Hale, who starred in “Brindle Nights,” said he was thrilled. “It was a dream,” he said.'
    assert list(quotes(text)["quote"]) == ["It was a dream,"]


def test_short_title_case_speech_stays_a_quotation():
    # the same words as a film's title, with a reporting clause right after the marks: speech
    text = '“Yes,” said Ann Lee. “Yes,” said Tom Hale, whose film “Yes” opens today.'
    assert speakers(text) == ["Ann Lee", "Tom Hale"]
    text = '“Absolutely,” film director Ann Lee said. “Never Again,” director Tom Hale told the BBC.'
    assert speakers(text) == ["Ann Lee", "Tom Hale"]
    text = '“Seven Gates,” Ann Lee said, “is the best thing I have done.” Her drama “Seven Gates” opens today.'
    assert speakers(text) == ["Ann Lee", "Ann Lee"]


def test_quoted_title_with_an_apposition_or_after_a_work_noun_and_comma_is_no_quotation():
    text = ('“Harbour Lights,” the South African thriller about a fisherman, won the top prize in Berlin. '
            '“It was a dream,” said its director Ann Lee.')
    assert list(quotes(text)["quote"]) == ["It was a dream,"]
    assert list(quotes("His new book, “The Road to Kabul,” is out in May.")["quote"]) == []
    # a reporting clause after the comma: speech ("In the book, ..., he says"), and an apposition that is no work's
    text = 'In the book, “Never Again,” he says, is the lesson. “Absolutely,” the film director said.'
    assert list(quotes(text)["quote"]) == ["Never Again,", "Absolutely,"]


def test_speech_with_the_words_of_a_title_and_a_described_speaker_stays_a_quotation():
    text = 'The film “Yes” opens today. “Yes,” the England coach said.'
    assert speakers(text) == ["the England coach"]


# --- round 32: a court's or a match's officer nobody is named as stays unnamed -----------------------------

def test_an_unnamed_judge_or_referee_is_not_the_person_the_story_is_about():
    # the defendant is the only person named: "the judge" is someone else, left as the description
    text = ('Lorna Haskett, 44, admitted stealing from the charity. Jailing her, the judge said: '
            '"You betrayed the trust of every volunteer."')
    assert speakers(text) == ["the judge"]
    text = ('Winger Kofi Mensah was sent off after 20 minutes. "It was a clear red card," the referee said.')
    assert speakers(text) == ["the referee"]
    text = ('Factory owner Glen Starling was fined for the breach. "This was wholly avoidable," the magistrate said.')
    assert speakers(text) == ["the magistrate"]
    # named as that office, the officer is still resolved
    text = ('Judge Hilary Kemp jailed Lorna Haskett for two years. "You showed no remorse," the judge said.')
    assert speakers(text) == ["Hilary Kemp"]


def test_the_accused_is_a_person_noun_in_court_copy():
    # "accused" is a reporting verb, but after "the" it names the defendant (resolved like "the defendant")
    text = '"I was nowhere near the shop," the accused said.'
    assert speakers(text) == ["the accused"]
    text = ('Bryony Walsh, 29, denies fraud. The accused told investigators: "Every payment was approved."')
    assert speakers(text) == ["Bryony Walsh"]
    # the verb is still a verb
    text = 'The council leader accused the minister of "playing games with people\'s homes".'
    assert speakers(text) == ["the council leader"]


def test_what_a_court_heard_is_said_by_the_subject_of_the_clause_it_heard():
    # "The court heard (that) X ...": the words are X's, "that" written or not; the hearing's subject is no part of
    # the sayer's phrase (not "the court heard Pike" for a surname the entity step does not know)
    assert speakers('The court heard Pike had said: "You will regret this."') == ["Pike"]
    assert speakers('Jurors heard Marsh had written: "Nobody will find out."') == ["Marsh"]
    # a participle after the clause heard: its subject, and the surface is the name written there
    got = quotes('Nadia Frost, 34, died in May. The inquest heard that Frost had left a note saying: '
                 '"I am sorry for everything."')
    assert list(got["speaker"]) == ["Nadia Frost"] and list(got["speaker_surface"]) == ["Frost"]
    # the court or jury speaking for itself is unchanged
    text = 'The jury told the judge: "We cannot reach a verdict."'
    assert speakers(text) == ["the jury"]


def test_a_pronoun_passes_over_a_person_whose_given_name_other_languages_give_the_other_sex():
    # given names missing from the English lists (Arabic, Russian, Scandinavian ...) still tell "she" from "he"
    text = ('Hamid Rostami met the mayor, Ellen Drury, on Tuesday. "The bridge will open in June," she said.')
    assert speakers(text) == ["Ellen Drury"]
    text = ('Svetlana Orlova chaired the meeting with Kevin Price. "We have a deal," he said.')
    assert speakers(text) == ["Kevin Price"]
    # a name only one list gives a sex is no cue ("Walli" a German woman's name, an Afghan man's): he may speak
    text = 'Walli Hanifi met Karen Dowd on Monday. "He was a quiet boy," he said.'
    assert speakers(text) == ["Walli Hanifi"]


def test_a_parent_of_n_children_is_the_person_so_described():
    # "the father of three said": the noun before the count of children, resolved as "the father"
    text = 'Dev Malhotra, a father of three, was laid off in March. "We have cut back on everything," the father of three said.'
    assert speakers(text) == ["Dev Malhotra"]
    text = 'Carla Bruno lost her home in the fire. The mother of two said: "We got out with the clothes we had on."'
    assert speakers(text) == ["Carla Bruno"]


def test_a_surname_that_is_also_a_place_or_a_people_is_the_person_named_so():
    # the entity step reads "Pole", "Holland", "Jordan" alone as a people or a place; after a title, or as the
    # sayer of a reporting verb once the full name is written, it is the person
    text = ('Finance director Gary Pole said costs had risen. "We have a strong balance sheet," Mr Pole said.')
    assert speakers(text) == ["Gary Pole"]
    text = ('Coach Ian Holland named an unchanged team. "The players have earned it," Holland said.')
    assert speakers(text) == ["Ian Holland"]
    # the place named as a place still speaks as the place
    text = ('Jordan said in a statement that the border would "remain closed until further notice".')
    assert speakers(text) == ["Jordan"]


def test_an_abbreviated_elected_office_before_a_name_is_no_part_of_the_speaker():
    # US "Rep." / "Sen." and UK local "Cllr" / "Coun" glued to the name (the entity step may read a body, or nothing)
    text = 'Rep. Tom Banks attacked the plan on Tuesday. "It is reckless," the Ohio Republican said.'
    assert speakers(text) == ["Tom Banks"]
    text = '"The residents have been heard at last," Coun Janet Pryce said after the vote.'
    assert speakers(text) == ["Janet Pryce"]
    text = 'Cllr Ray Dunmore said the result was "a fantastic day for the town".'
    assert speakers(text) == ["Ray Dunmore"]


def test_a_named_persons_relative_speaks_as_the_relative_not_as_the_person():
    # "Grant's mother said": the mother, described by whose she is (as "Grant's lawyer"), never Grant
    text = 'Callum Ashby, 19, was killed in the crash. "He lit up every room," Ashby\'s mother said.'
    assert speakers(text) == ["Callum Ashby's mother"]
    text = 'Callum Ashby, 19, was killed in the crash. Ashby\'s older brother told the BBC: "We are broken."'
    assert speakers(text) == ["Callum Ashby's older brother"]


def test_a_couple_or_a_pair_speaks_as_the_group_not_as_the_last_person_named():
    text = 'Ken and Mavis Orwell have farmed the valley since 1971. "We are not leaving," the couple said.'
    assert speakers(text) == ["the couple"]
    text = 'Lucy Hale and Dina Roux won the doubles title. "We never doubted each other," said the pair.'
    assert speakers(text) == ["the pair"]


def test_it_said_after_an_unnamed_body_or_document_is_that_description():
    # no body is named: "it" is the body or document the sentence before opens with
    text = 'The health board apologised to the patient\'s family. It said: "Her care fell below the standard expected."'
    assert speakers(text) == ["the health board"]
    text = 'The review was published on Thursday. It said the service had been "chronically underfunded".'
    assert speakers(text) == ["the review"]
    # a named body is still the one "it" stands for
    text = 'Brenton Foods apologised to customers. It said: "We let people down."'
    assert speakers(text) == ["Brenton Foods"]


def test_a_story_opening_with_a_quotation_and_a_pronoun_names_the_speaker_after_it():
    # feature ledes: '"...," she says. The singer, Nell Avery, ...' - no one is named before the pronoun
    text = ('"I still get nervous before every show," she says. The comedian Rhona Tate has been touring for a decade.')
    assert speakers(text) == ["Rhona Tate"]
    text = '"It was the best day of my life," he said.\n\nOwen Pugh, a sheep farmer, won the top prize at the county show.'
    assert speakers(text) == ["Owen Pugh"]
    # the first person named after is of the other sex: no guess
    text = '"We were lucky," he said. Ellen Marsh, his neighbour, agreed.'
    assert speakers(text) == [""]


def test_the_manager_is_the_one_whose_side_the_sports_copy_names():
    # "Olsen's side", "Keogh's men": the team named by its manager, who is then "the manager" / "the coach"
    text = ('Rovers won 3-1 at Ashgate. Dean Keogh\'s side are now five points clear. Striker Luis Prado scored '
            'twice. "We take nothing for granted," the Rovers manager said.')
    assert speakers(text) == ["Dean Keogh"]
    # the scorer still speaks for himself
    text = 'Dean Keogh\'s men beat Ashgate 3-1. Striker Luis Prado scored twice. "I was lucky," he said.'
    assert speakers(text) == ["Luis Prado"]


def test_a_players_position_glued_before_the_name_is_no_part_of_the_speaker():
    # sports copy opens sentences with the position: "Quarterback Drew Hale threw ...", "Prop Sam Reid scored ..."
    text = 'Quarterback Drew Hale threw for 300 yards. "The line gave me all day," Hale said.'
    assert speakers(text) == ["Drew Hale"]
    text = 'Flanker Owen Tapper scored the decisive try. "It was a team effort," Tapper said.'
    assert speakers(text) == ["Owen Tapper"]


def test_a_subordinate_clause_opening_the_sentence_does_not_hold_the_speaker():
    # "While X did Y, Z said": the main clause's subject after the comma speaks, not the person in the clause
    text = 'While Ms Okafor welcomed the plan, a union spokesman said it was "too little, too late".'
    assert speakers(text) == ["a union spokesman"]
    text = 'Whilst Mr Dunne backed the scheme, union leaders said it was "simply unaffordable".'
    assert speakers(text) == ["union leaders"]
    text = 'Although Ms Okafor welcomed the plan, her deputy said: "It is too little, too late."'
    assert speakers(text) == ["her deputy"]
    # the person in the clause still speaks when the quotation is in the clause
    text = 'While Ms Okafor said the plan was "too little, too late", Rob Hinde welcomed it.'
    assert speakers(text) == ["Okafor"]


def test_a_member_of_the_public_is_a_speaker_described_whole():
    # "public" before "said" is no adjective of a noun "said"; the description keeps "of the public"
    text = 'A member of the public said the smoke was "like something from a war film".'
    assert speakers(text) == ["a member of the public"]
    text = '"It was terrifying," one member of the public told the BBC.'
    assert speakers(text) == ["one member of the public"]
    # a member of a body is still described by its head
    text = 'A member of the council said: "We were never consulted."'
    assert speakers(text) == ["a member"]


def test_a_surname_opening_with_a_lower_case_particle_is_the_person_named_with_it():
    # "al-Sayed said": the entity step reads no mention in a lower-case surname alone
    text = 'Interior Minister Khalid al-Rashid said the border was "secure". "We are ready," al-Rashid said.'
    assert speakers(text) == ["Khalid al-Rashid", "Khalid al-Rashid"]
    # two people of that surname: no guess
    text = 'Ahmed al-Rashid met Omar al-Rashid. "We are close," al-Rashid said.'
    assert speakers(text) != ["Ahmed al-Rashid"] and speakers(text) != ["Omar al-Rashid"]


def test_the_family_or_a_friend_of_a_named_person_speaks_as_that_persons_relative():
    # "the family of X said": X's family (as "lawyers for X" is X's lawyers), never X
    text = 'The family of Nadine Royce said: "She lit up every room she walked into."'
    assert speakers(text) == ["Nadine Royce's family"]
    text = '"He would have been so proud," said the widow of Gordon Pike.'
    assert speakers(text) == ["Gordon Pike's widow"]
    # no person named after "of": the description
    text = 'A friend of the family said: "They are devastated."'
    assert speakers(text) == ["a friend"]


def test_he_or_she_after_a_speaker_of_the_other_sex_in_an_exchange_is_the_one_who_spoke_before():
    # a dialogue: "she" spoke last, "he said" with no man named fits is the man who answered before
    text = ('"Are you guilty?" asked the prosecutor, Anne Ware.\n\n"No," replied Dunn.\n\n'
            '"Then why did you run?" Ms Ware said.\n\n"I was scared," he said.')
    assert speakers(text) == ["Anne Ware", "Dunn", "Anne Ware", "Dunn"]
    text = '"Are you ready?" asked Mrs Kerr. "Yes," said Pike. "Good," she said. "Fine," he said.'
    assert speakers(text) == ["Kerr", "Pike", "Kerr", "Pike"]


def test_one_unnamed_member_of_a_party_or_a_people_is_described_not_the_party():
    # "one senior Tory told the BBC", "said an American": a description of one person, not the party or country
    text = '"The leader will be gone by Christmas," one senior Tory told the BBC.'
    assert speakers(text) == ["one senior Tory"]
    text = '"We were completely outmanoeuvred," a senior Republican said.'
    assert speakers(text) == ["a senior Republican"]
    # the body itself still speaks as the body
    text = 'The Conservatives said the figures were "deeply misleading".'
    assert speakers(text) != ["a Conservative"]


def test_the_one_asking_in_an_asked_by_opener_is_not_the_role_that_answers():
    # "Asked by the BBC's X whether ..., the prime minister said": X asks; the unnamed prime minister answers
    text = 'Asked by the BBC\'s Fiona Lamb whether he would resign, the prime minister said: "Absolutely not."'
    assert speakers(text) == ["the prime minister"]
    # the holder named in the text still answers
    text = ('Gordon Hale faced questions on Sunday. Asked by presenter Fiona Lamb whether he would resign, '
            'the chancellor said: "Absolutely not."')
    assert speakers(text) == ["Gordon Hale"]


def test_a_subject_raised_over_reported_or_heard_to_have_said_is_the_speaker():
    # "X is reported to have said:", "X was heard to say:", "X is understood to have told colleagues:"
    text = 'The home secretary is reported to have said: "I will not serve under him."'
    assert speakers(text) == ["the home secretary"]
    text = 'The linesman was heard to say: "That is my decision."'
    assert speakers(text) == ["the linesman"]


def test_a_document_that_reads_is_the_sayer_of_its_words():
    # "The letter ... read:", "It read:" after a document is named: the document speaks, as "the statement said"
    text = 'The letter, signed by 60 councillors, read: "We no longer have confidence in the chief executive."'
    assert speakers(text) == ["the letter"]
    text = 'The school sent a message to parents on Friday. It read: "The building will be closed until Monday."'
    assert speakers(text) == ["the message"]


def test_a_participle_after_the_head_of_a_description_opens_a_reduced_relative():
    # "A note left at the scene said", "A man arrested at the scene told police": the head ends before the participle
    text = 'A note left on the windscreen said: "Sorry about the dent."'
    assert speakers(text) == ["a note"]
    text = 'A man arrested at the scene told officers: "I did nothing wrong."'
    assert speakers(text) == ["a man"]
    # a finite verb of the clause is no participle: the body named before still speaks
    text = ('Amnesty International said the attacks must stop. The organisation called on both sides to remember '
            '"that civilians are never a legitimate target".')
    assert speakers(text) == ["Amnesty International"]


def test_a_name_the_entity_step_missed_in_apposition_after_a_persons_noun_speaks():
    # "the family's lawyer, Anne Prior, said": a given name and a surname in commas after a person's noun
    text = 'Outside court, the family\'s lawyer, Anne Prior, said: "Justice has finally been done."'
    assert speakers(text) == ["Anne Prior"]
    text = 'Her solicitor, Gary Wood, said: "My client will appeal."'
    assert speakers(text)[0] in ("Gary Wood",)


# --- round 33 (long invented articles): a kinship noun in apposition before a name marks the person's sex ------

def test_a_kinship_noun_in_apposition_before_a_name_marks_its_sex():
    # "Her husband, Stanley, a bus driver,": the man named after "husband" is no "she" (the widow who spoke is)
    text = ('Mrs Pope runs the bakery alone now. Her husband, Leonard, a retired welder, used to open the shop at '
            'five every morning. "Len did the bread and I did the cakes," she says.')
    assert speakers(text) == ["Pope"]
    # "his granddaughter, Jordan Bell, 19,": she, not the grandfather who spoke before her
    text = ('Mr Hume, 88, still rows on the river every Sunday. "The water keeps me honest," he said. '
            'His granddaughter, Jordan Bell, 19, now rows with him. "He beats me most weeks," she said.')
    assert speakers(text) == ["Hume", "Jordan Bell"]


def test_a_name_in_apposition_to_the_sentence_opening_noun_phrase_is_its_subject_before_an_irregular_past():
    # "The producer of the record, Tobias Lind, flew in ...": Lind is the subject, so the next "he" is Lind, not
    # the man quoted before
    text = ('Her brother, Callum Reid, heard the songs first. "I was in bits," he says. '
            'The engineer on the record, Piotr Nowak, drove up from London with his gear. '
            '"We recorded in a barn," he says.')
    assert speakers(text) == ["Callum Reid", "Piotr Nowak"]
    # a title between the comma and the name: "The parish's vicar, the Rev Ann Lee, opened ..."
    text = ('Mr Dale, the organiser, thanked the volunteers. "They were brilliant," he said. '
            'The village\'s vicar, the Rev Simon Pitt, opened the hall for the night. '
            '"People needed somewhere warm," he said.')
    assert speakers(text) == ["Dale", "Simon Pitt"]


def test_as_after_a_participle_is_a_preposition_not_a_clause_break():
    # "Dean Marsh, working as a pundit for local radio, said": the man named speaks, not "a pundit"
    text = ('Former City winger Dean Marsh, working as a pundit for local radio, said the defending had been '
            '"shambolic".')
    assert speakers(text) == ["Dean Marsh"]
    text = ('Greta Lind, employed as a carer at the home for six years, told the inquiry: "We were always short '
            'of staff."')
    assert speakers(text) == ["Greta Lind"]
    # the conjunction still opens a clause of its own
    text = 'As the crowd cheered, coach Tom Reddy said: "We earned this."'
    assert speakers(text) == ["Tom Reddy"]


def test_he_after_an_indefinite_described_sayer_is_that_sayer():
    # "Another shopper, who did not want to be named, said ...": the "he" of the next quotation is that shopper,
    # not the woman (or the man) quoted before him
    text = ('Joan Pike, 70, was in the queue. "I have never seen anything like it," she said.\n\n'
            'Another shopper, who did not want to be named, said the doors had been opened too early. '
            '"People just surged forward," he said.')
    assert speakers(text) == ["Joan Pike", "another shopper"]
    text = ('Council leader Bob Hart defended the closure. "We have no choice," he said.\n\n'
            'One parent said the decision had been rushed. "Nobody asked us," she said.')
    assert speakers(text) == ["Bob Hart", "one parent"]
    # an aside naming the sayer keeps the name
    text = ('Joan Pike, 70, was in the queue. "It was chaos," she said.\n\n'
            'One shopper, Karl Weber, said the doors opened early. "People surged forward," he said.')
    assert speakers(text) == ["Joan Pike", "Karl Weber"]


def test_the_skipper_is_the_one_named_captain():
    # "captain X" and later "the skipper said": one post under two nouns (not the substitute quoted before)
    text = ('Rovers levelled through captain Ian Moss before substitute Lee Dunn won it. "I just hit it," said Dunn. '
            'Moss said the referee had been fair. "He got the big calls right," the Rovers skipper said.')
    assert speakers(text) == ["Lee Dunn", "Ian Moss"]


def test_a_job_noun_assistant_before_a_name_is_no_other_office():
    # "care assistant Bethany Rowe" is a job, not "assistant <office>": she may still be "the witness"
    text = ('The second witness, shop assistant Nina Patel, said she had served the accused that night. '
            '"Did he seem drunk?" asked Giles Barton, prosecuting. "Not at all," the witness replied.')
    assert speakers(text) == ["Giles Barton", "Nina Patel"]


def test_the_spokesman_after_a_sentence_introducing_an_unnamed_spokesman_is_that_one():
    # 'A spokesman for the minister, X, says ... "...," the spokesman said.': not another spokesman named earlier
    text = ('Labor\'s health spokesman, Dan Keane, said the plan was "a disgrace". A spokesman for the Health '
            'Minister, Ruth Mills, says the plan is being reviewed. "No decision has been made," the spokesman said.')
    assert speakers(text)[1].endswith("spokesman")


def test_plural_allies_and_critics_of_someone_are_described():
    # "Allies of the chancellor said": his allies, a description, not the chancellor
    text = 'Allies of the chancellor said he had been "stabbed in the back" by the briefing.'
    assert speakers(text) == ["allies"]
    text = 'Critics of the new stadium said it would be "a white elephant".'
    assert speakers(text) == ["critics"]


def test_in_a_statement_it_said_colon_is_the_body_not_the_statement():
    # "In a statement, it said:" then the quotation in the next paragraph: the body "it" stands for speaks
    text = ('Harbour Ferries, which runs the crossing, apologised to passengers. In a statement, it said:\n\n'
            '"We are sorry for the disruption and are working to restore the service."')
    assert speakers(text) == ["Harbour Ferries"]
    # a document the colon sentence only names still speaks ("... issued a memo, which reads:")
    text = 'Staff were sent a memo on Friday, which said:\n\n"The office will close at noon."'
    assert speakers(text) == ["the memo"]


def test_ruled_reports_a_courts_words_but_ruled_out_does_not():
    text = 'The council\'s parking ban was "unlawful and unfair", a judge has ruled.'
    assert speakers(text) == ["a judge"]
    text = 'The government has ruled out changing the law, which allows "reasonable force" against intruders.'
    assert speakers(text) == []


def test_the_noun_after_a_sentence_introducing_an_indefinite_sayer_with_that_noun_is_that_sayer():
    # 'One senior European diplomat, speaking on condition of anonymity, said ... "...," the diplomat said.'
    # is that diplomat, not the named diplomat quoted before
    text = ('"We will keep talking," the Irish diplomat Sean Keane said. One senior Asian diplomat, speaking on '
            'condition of anonymity, said the deal was dead. "Nobody wants to move first," the diplomat said.')
    assert speakers(text)[1].endswith("diplomat") and speakers(text)[1] != "Sean Keane"


def test_a_wire_dateline_is_never_the_subject_of_a_participle():
    text = ('BERLIN (Reuters) - Siegmann AG cut its profit forecast on Tuesday, saying sales had been "far weaker '
            'than expected".')
    assert speakers(text) == ["Siegmann AG"]


def test_the_agency_in_a_dateline_is_no_referent():
    # "(AP)" files the story: "the city council" is not the agency, the only body named
    text = 'OAKDALE, Minn. (AP) — The city council rejected the plan, saying it would "cost far too much".'
    assert speakers(text)[0].endswith("council")


def test_a_possessive_role_and_a_name_in_apposition_is_the_participles_subject():
    # "Veloria's foreign minister, Andrei Malenko, walked out, telling reporters ...": the minister, not the country
    text = ('Norland\'s trade minister, Petra Holm, left the talks early, telling reporters the offer had been '
            '"an insult".')
    assert speakers(text) == ["Petra Holm"]


def test_the_second_subject_of_an_absolute_with_clause_speaks_its_participle():
    # "with each side accusing the other and the UN mediator warning ...": the mediator, not the place or a party
    text = ('Talks between Ardania and Belmark collapsed on Friday, with each side blaming the other and the '
            'chief mediator warning of "a return to fighting".')
    assert speakers(text)[0].endswith("mediator")


def test_a_bare_role_noun_held_by_several_named_people_is_the_topic_among_them():
    # "Rovers manager X ... City manager Y ... X ... the manager said": X, the subject of the sentence before,
    # not Y, named with the noun closest before
    text = ('Rovers manager Phil Grant saw his side win 2-0. City manager Dean Ashby, whose side are now bottom, was '
            'angry with the referee. Grant, who took over in May, praised his defence. "They were magnificent," the '
            'manager said.')
    assert speakers(text) == ["Phil Grant"]
    # one person named with the noun: that person, as before
    text = ('Rovers manager Phil Grant saw his side win 2-0. Striker Dean Ashby scored both goals. '
            '"He was magnificent," the manager said.')
    assert speakers(text) == ["Phil Grant"]


def test_said_a_bodys_role_then_the_name_in_apposition_is_the_name():
    # '"...," said Unite's regional officer, Gail Barker.': the officer named, not the union that owns the post
    text = '"Our members have had enough," said Unite\'s regional officer, Gail Barker.'
    assert speakers(text) == ["Gail Barker"]


def test_the_bodys_role_noun_is_the_one_person_named_with_that_noun():
    # "The club's chairman said" after "chairman Ray Dunstable": him, not the description
    text = ('Harbour Town have appointed a new chairman, Colin Pratt, after a takeover. The club\'s chairman '
            'said: "We want to be in the league within five years."')
    assert speakers(text) == ["Colin Pratt"]
    # no one named with the noun: still the description
    text = 'The club\'s chairman said: "We want to be in the league within five years."'
    assert speakers(text)[0].endswith("chairman")


def test_they_after_a_plural_subject_with_a_possessive_is_that_group():
    # "The museum's trustees said ... In a statement, they said:": the trustees, not the woman quoted before
    text = ('"It is a sad day," the curator, Ann Price, said. The museum\'s trustees said the gallery would close. '
            'In a statement, they said: "We had no choice."')
    assert speakers(text)[1].endswith("trustees")


def test_a_group_placed_by_a_preposition_speaks_not_the_place():
    # "Commuters outside the station said", "Police in Kent said": the people before the preposition speak, not the
    # place after it (vox pops and police copy place their sayers so)
    text = 'Commuters outside the station said the delays were "a daily nightmare".'
    assert speakers(text) == ["commuters"]
    text = 'Farmers near the border said the new checks were "strangling" their trade.'
    assert speakers(text) == ["farmers"]
    text = 'Residents in the valley said the flood had come "without any warning".'
    assert speakers(text) == ["residents"]
    text = 'Police at the scene said the driver was "seriously injured".'
    assert speakers(text) == ["police"]
    text = 'Police in Kent said the driver was "seriously injured".'
    assert speakers(text)[0].split()[-1] == "police"
    # one person so placed, with an indefinite determiner
    text = 'One man outside the court said the sentence was "far too soft".'
    assert speakers(text) == ["one man"]


def test_a_spokesperson_for_a_body_described_in_an_aside_is_still_the_sayer():
    # "A spokeswoman for X, the builder, said": the aside describes the body; the spokeswoman speaks, not the body
    text = 'A spokeswoman for Tarrant, the Sydney builder, said the claims were "baseless".'
    assert speakers(text) == ["a Tarrant spokeswoman"]
    text = 'Lawyers for Minerva Bank, the Swiss lender, said the ruling was "deeply flawed".'
    assert speakers(text)[0].split()[-1] == "lawyers"
    # a named person's aside still leaves the person speaking
    text = 'Tom Reed, a builder from Leeds, said the claims were "baseless".'
    assert speakers(text) == ["Tom Reed"]


def test_singular_they_after_a_sayer_described_without_a_sex_is_that_sayer():
    # "A spokesperson for X said ... "...," they said": one sayer, not the body the spokesperson speaks for
    text = ('A spokesperson for Hartwell Council said the road would reopen on Friday. '
            '"We apologise for the disruption," they said.')
    assert speakers(text) == ["a Hartwell Council spokesperson"]
    text = 'A council spokesperson said the bins would be collected on Monday. They added: "Crews are working flat out."'
    assert speakers(text) == ["a council spokesperson"]
    # a plural subject is still "they"
    text = 'Officials said the road would reopen on Friday. "We apologise," they said.'
    assert speakers(text) == ["officials"]


def test_a_body_named_in_an_opening_phrase_is_not_the_definite_subject_after_it():
    # "Speaking to BBC Radio Kent, the club said": the station is the listener, the club the body named before
    text = ('Harlow Rovers were beaten again. Speaking to BBC Radio Kent, the club said the manager was "safe".')
    assert speakers(text) == ["Harlow Rovers"]
    # "After talks with Unite, the firm said": the union is named inside the subordinate opening
    text = 'Corvex Mining lost the contract. After talks with Unite, the firm said it was "disappointed".'
    assert speakers(text) == ["Corvex Mining"]
    # a body the entity step does not know stays described, never the network it wrote on
    text = 'Rents rose by 9%. Writing on Facebook, the charity said the rise was "unavoidable".'
    assert speakers(text) == ["the charity"]


def test_a_participle_after_a_message_noun_is_no_reporting_verb():
    # "said in a statement posted on its website:": the statement is posted, the body before it speaks
    text = ('The Welsh Rugby Union said in a statement posted on its website: '
            '"The referee\'s decision is final."')
    assert speakers(text) == ["Welsh Rugby Union"]
    text = 'Corvex Mining said in a video posted on YouTube that it was "deeply sorry".'
    assert speakers(text) == ["Corvex Mining"]
    # a network the words are posted on stays a verb's place ("posted on Instagram:")
    text = 'The singer Kayla Brooks posted on Instagram: "Thank you all."'
    assert speakers(text) == ["Kayla Brooks"]


def test_testified_reports_words_in_court_and_hearing_copy():
    # "testified that ...", "testified:", '"...," testified X': a witness's words under oath
    text = 'Former FBI agent Lisa Crowe testified that the documents were "deliberately hidden".'
    assert speakers(text) == ["Lisa Crowe"]
    text = '"I saw him pull the trigger," testified Amy Lowe, a neighbour.'
    assert speakers(text) == ["Amy Lowe"]
    assert list(quotes(text)["verb"]) == ["testified"]


def test_a_counted_group_is_described_not_the_last_person_named():
    # "the two said", "the two women said", "the three said": several people together, not the last one named
    text = 'Kate Morris and Jo Tan won the doubles final. "We are thrilled," the two women said.'
    assert speakers(text) == ["the two women"]
    text = 'Sam Hale, Joe Burke and Ian Moss were rescued on Sunday. "We shared one bar," the three said.'
    assert speakers(text) == ["the three"]


def test_a_headline_quote_attributed_by_a_role_or_after_the_quote_has_its_sayer():
    # "Police chief: '...'": the person the opening paragraph names with that role's noun
    text = ("Police chief: 'We were let down'\n\n"
            "The head of Westshire Police, Chief Constable Ann Booth, has criticised the government.")
    assert speakers(text) == ["Ann Booth"]
    # "'...' says Rovers boss Gary Holt": the name after the reporting verb
    text = ("'We will win this' says Rovers boss Gary Holt\n\n"
            "Rovers boss Gary Holt believes his side can still avoid relegation.")
    assert speakers(text) == ["Gary Holt"]
    # "'...' - police": a group after a dash
    text = "'Stay indoors' - police\n\nPolice have told residents in Harlow to stay indoors after a chemical leak."
    assert speakers(text) == ["police"]
    # a headline phrase with no sayer stays no quotation
    text = "Airport chaos 'will last weeks'\n\nDelays at Merton airport could continue into May, the operator has warned."
    assert speakers(text) == []
    text = "Analysis: 'The deal is dead'\n\nThe talks between the two firms collapsed on Monday."
    assert speakers(text) == []


def test_a_body_in_apposition_to_a_description_after_the_verb_speaks():
    # "according to its maker, Ostra Pharma", "said the regulator, Ofgem": the body named in apposition
    text = 'The drug is "well tolerated", according to its maker, Ostra Pharma.'
    assert speakers(text) == ["Ostra Pharma"]
    text = 'According to its manufacturer, Ostra Pharma, the drug is "well tolerated".'
    assert speakers(text) == ["Ostra Pharma"]
    text = '"Prices will rise," said the regulator, Ofgem.'
    assert speakers(text) == ["Ofgem"]
    # a person's description keeps its person: the body there is whose post it is
    text = '"Prices will rise," said the chief executive of the regulator, Ofgem.'
    assert speakers(text) != ["Ofgem"]


def test_the_force_is_the_police_force_named_before():
    # UK police copy: "Kent Police said ... the force added"
    text = 'Kent Police said a man had been arrested. The force said it was "keeping an open mind".'
    assert speakers(text) == ["Kent Police"]
    text = ('A spokesperson for the Metropolitan Police said a man had been arrested. '
            '"Inquiries are ongoing," the force added.')
    assert speakers(text) == ["Metropolitan Police"]


def test_a_press_release_from_a_body_is_the_document_as_a_statement_is():
    # "A press release from X said": the document speaks, named with its body, as "a statement from X" does
    text = 'A press release from Hallam University said the discovery was "a world first".'
    assert speakers(text)[0].split()[-1] == "release"
    text = 'A news release from Corvex Mining said output would be "broadly flat".'
    assert speakers(text)[0].split()[-1] == "release"


def test_quoted_as_saying_with_a_name_in_apposition_is_the_one_quoted():
    # wire copy relaying an agency: "Tass quoted the Kremlin spokesman, Yuri Markov, as saying"
    text = 'Tass news agency quoted the Kremlin spokesman, Yuri Markov, as saying: "We have nothing to add."'
    assert speakers(text) == ["Yuri Markov"]
    text = 'The Xinhua agency quoted the ministry\'s spokeswoman, Lin Hua, as saying the visit was "a provocation".'
    assert speakers(text) == ["Lin Hua"]


def test_a_body_named_in_an_opening_participle_phrase_is_not_the_sayer():
    # "Contacted by the BBC, a spokesperson said", "Pressed by Sky News, the Home Office said": the outlet asks
    text = 'Contacted by the BBC, a spokesperson for the retailer said: "We are looking into this."'
    assert speakers(text) == ["a spokesperson"]
    text = 'Pressed on the issue by Sky News, the Home Office said it was "confident".'
    assert speakers(text) == ["Home Office"]
    # "a recording obtained by the BBC": the outlet that obtained it made none of its words
    text = 'In a recording obtained by the BBC, the manager can be heard saying: "Just get it done."'
    assert speakers(text) != ["BBC"]


def test_a_quantified_relative_clause_is_an_aside_of_the_plural_subject():
    # "Residents, many of whom ..., said": the plural before the clause speaks, not "many" nor a noun inside it
    text = 'Commuters, some of whom had waited three hours, said the service was "a joke".'
    assert speakers(text) == ["commuters"]
    text = 'Pensioners, most of whom rely on the bus, told councillors the cut was "cruel".'
    assert speakers(text) == ["pensioners"]


def test_a_described_sayer_who_issues_a_statement_introduced_by_a_colon_speaks():
    # "The family issued a statement through police:", "Police issued an appeal:": the one putting the words out
    text = 'The family issued a statement through police: "He was loved by everyone who met him."'
    assert speakers(text) == ["the family"]
    text = 'Harlow Rovers lost again on Saturday. The club issued a statement: "We apologise to every fan."'
    assert speakers(text) == ["Harlow Rovers"]
    text = 'Police issued an appeal: "Did you see anything on the night of the crash?"'
    assert speakers(text) == ["police"]


def test_a_pronoun_inside_the_sentence_of_a_described_subject_is_that_subject():
    # "The actress later apologised for a post in which she described ...": the description opening the same sentence
    text = 'The actress later apologised for a post in which she described fans as "idiots".'
    assert speakers(text) == ["the actress"]
    text = 'The pensioner later wrote a letter in which he called the council "heartless".'
    assert speakers(text) == ["the pensioner"]
    text = 'The MP later deleted a tweet in which she called the protesters "thugs".'
    assert speakers(text) == ["the MP"]


def test_a_long_described_sayer_after_an_opening_phrase_naming_an_outlet_speaks():
    # "In an email to Reuters, a spokeswoman for the Food and Drug Administration said": the spokeswoman, however
    # long the body's name, not the outlet named in the opening phrase
    text = ('In an email to Reuters, a spokeswoman for the Food and Drug Administration said the review was '
            '"ongoing".')
    assert speakers(text)[0].split()[-1] == "spokeswoman"
    text = ('Speaking to the BBC, a spokesman for the Department for Work and Pensions said: '
            '"We keep this under review."')
    assert speakers(text)[0].split()[-1] == "spokesman"


def test_a_company_epithet_is_the_body_named_before():
    # wire copy names a company once, then by what it is: "the 150-year-old business", "the utility"
    text = ('Harlow & Sons, the family-owned department store, will close in March. '
            'The 150-year-old business said trading had been "impossible".')
    assert speakers(text) == ["Harlow & Sons"]
    text = 'Severn Water was fined £2m on Tuesday. The utility said it "accepted the ruling".'
    assert speakers(text) == ["Severn Water"]


def test_his_or_her_kin_is_named_by_whose_kin_they_are():
    # "His family said", "Her husband told the inquest": named as "Tony Martin's barrister" is (the person the text
    # is about owns them)
    text = ('Ryan Parry, 17, died on Saturday night. In a statement released through North Wales Police, '
            'his family said: "Ryan was a loving son."')
    assert speakers(text) == ["Ryan Parry's family"]
    text = 'Amy Lowe, 34, was killed in the crash. Her husband told the inquest: "She was my world."'
    assert speakers(text) == ["Amy Lowe's husband"]


def test_a_headline_label_before_a_colon_is_no_sayer():
    # web headlines open with labels ("Watch:", "Exclusive:", "Live:"): no entity, no one to attribute the words to
    text = "Watch: 'I was terrified'\n\nA woman has described the moment her car was swept away by the flood."
    assert speakers(text) == []
    text = "Exclusive: 'We were never told'\n\nFamilies of the victims say they were kept in the dark for years."
    assert speakers(text) == []
    # a name the text holds still attributes its headline words
    text = "Hollins: 'I will not quit'\n\nEmbattled council leader Mark Hollins has said he will not resign."
    assert speakers(text) == ["Mark Hollins"]


def test_a_group_of_people_is_described_by_its_people():
    # "A coalition of charities said", "a majority of economists said": the people the group is made of
    text = 'A coalition of charities said the cuts were "devastating".'
    assert speakers(text) == ["a coalition of charities"]
    text = 'A group of residents from Elm Street told the council the road was "a death trap".'
    assert speakers(text) == ["a group of residents"]


def test_a_quoted_term_inside_a_phrase_after_a_preposition_is_no_quotation():
    # a short quoted term inside a noun phrase after a preposition, in a sentence no one is reported to say, names a
    # thing: 'the vanguard of a "men's rights" movement', 'under the "three strikes" law'
    text = ('The marchers wore orange. They see themselves as the vanguard of a "fair rents" movement in the city '
            'and say their protest will go on.')
    assert speakers(text) == []
    text = 'Two men were jailed under the "three strikes" law passed in 1994.'
    assert speakers(text) == []
    # a reporting verb before it, or a reporting clause after a comma, makes it the sayer's words
    text = 'Ann Vale said the firm was in a "strong position" to grow.'
    assert speakers(text) == ["Ann Vale"]
    text = 'Farmers face ruin under a "disastrous" plan for water, Ann Vale said.'
    assert speakers(text) == ["Ann Vale"]


def test_the_second_half_of_a_compound_adjective_is_no_reporting_verb():
    # "hand-written", "much-quoted": no verb reports the words in marks after it
    text = 'The bishop left a hand-written "note" tucked inside the book for his successor.'
    assert speakers(text) == []


def test_a_name_before_the_verb_inside_a_relative_clause_is_its_subject():
    # ", which ... Prime Minister X has branded "...": the name right before the verb inside the relative clause speaks,
    # not the name the clause hangs on (the relative word is the verb's object)
    text = 'Ties with Norland and Vesta, which Prime Minister Tom Reed has branded "rogue regimes", were cut.'
    assert speakers(text) == ["Tom Reed"]
    text = ('Exports rose to Norland and Vesta, which together are the markets Trade Minister Ann Vale has called '
            'the "engine of growth."')
    assert speakers(text) == ["Ann Vale"]
    # "who said": the name the clause hangs on speaks
    text = 'Mr Reed, who said the plan was "a disaster", left the room.'
    assert speakers(text) == ["Reed"]


def test_an_earlier_verbs_complement_without_that_opens_with_the_sayer():
    # "X, 16, alleged a teacher told him ...": the complement of a verb that takes no listener, its "that" left out,
    # opens with the later reporting verb's own subject
    text = 'Sam, 15, alleged a teacher at the academy told him he was "a disgrace to the school".'
    assert speakers(text) == ["a teacher"]
    text = 'Lena Ortiz, 29, claimed a manager told her the flat was "perfectly safe".'
    assert speakers(text) == ["a manager"]
    # a verb with a listener keeps its subject
    text = 'Lena Ortiz told the landlord the flat was "not safe at all".'
    assert speakers(text) == ["Lena Ortiz"]


# --- characterisation frames: "rejected X as", passives with "by", "what X, NAME, called", "spoke of", "voiced" -------

def rows(text: str) -> list[tuple[str, str, str]]:
    table = quotes(text)
    return list(zip(table["quote"], table["speaker"], table["verb"]))


def test_a_verb_of_judging_with_an_object_and_as_reports_the_subjects_words():
    # "rejected the claims as "...": the characterisation is the subject's words (rejected, denounced, derided, ...)
    assert rows('Rail boss Ian Cole rejected the figures as "complete fiction".') == [
        ("complete fiction", "Ian Cole", "rejected")]
    assert rows('Opposition leader Jo Marsh denounced the bill as "an attack on the poor".') == [
        ("an attack on the poor", "Jo Marsh", "denounced")]
    assert [s.lower() for s in speakers('Shop workers slammed the new Sunday hours as "a step too far".')] == [
        "shop workers"]
    # without "as" before the marks the verb reports nothing ("slammed the door", "rejected the offer")
    assert rows('Ian Cole slammed the door on the "Save Our Station" campaign.') == []
    assert rows('Ian Cole rejected the "cash for access" allegations outright.') == []


def test_a_passive_verb_of_characterising_reports_the_words_of_its_agent_after_the_marks():
    # "was branded "..." by unions": the agent after the closing mark speaks, in past, present and perfect passives
    assert rows('The pay deal was branded "a slap in the face" by nurses.') == [
        ("a slap in the face", "nurses", "branded")]
    assert rows('The fare rise is described as "daylight robbery" by passenger groups.') == [
        ("daylight robbery", "passenger groups", "described")]
    assert rows('The ruling has been condemned as "a licence to kill" by animal welfare campaigners.') == [
        ("a licence to kill", "animal welfare campaigners", "condemned")]
    # a description with a name in apposition: the name; a named body; a participle after a comma
    assert speakers('The report was dismissed as "a whitewash" by the shadow home secretary, Ruth Kemp.') == [
        "Ruth Kemp"]
    assert speakers('The merger was welcomed as "excellent news" by the Unite union.') == ["Unite"]
    assert speakers('The sequel was slated as "lazy and cynical" by the press.') == ["the press"]
    assert speakers('The bill, criticised as "a snoopers\' charter" by privacy groups, was passed.') == [
        "privacy groups"]
    # a paraphrase that reports the passive: the words are the agent's, not the paraphrasing speaker's
    assert speakers('Ruth Kemp said the levy was attacked as "a stealth tax" by motorists.') == ["motorists"]
    # the agent before "as" may be a description too
    assert speakers('The levy was attacked by motoring groups as "a stealth tax".') == ["motoring groups"]


def test_a_passive_without_an_agent_who_can_speak_reports_no_ones_words():
    # no agent, or "by" that names a time, a number or a way, not a speaker: a quoted term
    assert rows('The levy was described as "a stealth tax".') == []
    assert rows('The levy was branded "a stealth tax" by the end of the year.') == []
    assert rows('The motion, branded "divisive", was carried by 40 votes to 12.') == []
    assert rows('The levy was labelled "a stealth tax" by Friday.') == []
    # a passive participle after a comma: the thing characterised is no sayer
    assert rows('The play, hailed as "a triumph" on its first night, was written by Ann Vale.') == []
    # nicknames and titles stay no one's words
    assert rows('The stadium, nicknamed "the Cauldron" by supporters, holds 30,000.') == []
    assert rows('The striker was voted "Player of the Month" by readers.') == []


def test_what_a_subject_with_a_name_in_apposition_called_is_that_names_words():
    assert rows('In what the chairman, Len Ward, called "a tragic mistake", the club sold its ground.') == [
        ("a tragic mistake", "Len Ward", "called")]
    assert rows('Sales rose in what the firm\'s founder, Ann Vale, termed "a record quarter".') == [
        ("a record quarter", "Ann Vale", "termed")]
    # a thing called so is still a name
    assert rows('A group called "Fathers First" staged the protest.') == []


def test_speaking_of_voicing_and_expressing_in_quoted_words_reports_them():
    assert rows('Len Ward spoke of his "utter disbelief" at the verdict.') == [
        ("utter disbelief", "Len Ward", "spoke")]
    assert speakers('Hospital staff talked of "a hopeless situation" on the wards.') == ["hospital staff"]
    assert rows('Ann Vale voiced "deep concern" over the delays.') == [("deep concern", "Ann Vale", "voiced")]
    # the title of a work spoken about stays a title
    assert rows('Len Ward spoke about "Macbeth" at the festival.') == []


def test_people_described_by_where_they_are_are_not_the_place():
    # "Women in Kabul say", "the young men in the town said": the people, not the place
    assert speakers('Women in Kabul say they feel "forgotten".') == ["Kabul women"]
    assert speakers('Young people in Luton said they were "fed up".') == ["young Luton people"]


def test_justifying_and_summing_up_as_report_the_subjects_words():
    # the same "<verb> <object> as" frame as "rejected ... as"
    assert rows('Ann Vale justified the fare rise as "a painful necessity".') == [
        ("a painful necessity", "Ann Vale", "justified")]
    assert speakers('Dan Frey summed up the tour as "a huge learning curve".') == ["Dan Frey"]
    # defending, greeting and backing only in the passive with an agent: actively, their "as" may give the subject's
    # role or a reaction ("defend his title as ...", "greeted the players as ..."), not words
    assert speakers('The cuts were defended as "painful but fair" by the minister, Ann Vale.') == ["Ann Vale"]
    assert rows('Dan Frey will defend his crown as "the man to beat" in Paris.') == []
    assert rows('Home fans greeted the squad as "conquering heroes" at the airport.') == []
    # "mock", "scorn", "ridicule" and "slam" as nouns or adjectives are no verbs
    assert rows('Pupils sat mock papers as "practice" for June.') == []


def test_hitting_out_at_reports_the_subjects_words():
    assert rows('Len Ward hit out at the "shambolic" handling of the inquiry.') == [
        ("shambolic", "Len Ward", "hit out")]
    assert speakers('Ann Vale lashed out at "faceless bureaucrats" in Brussels.') == ["Ann Vale"]


def test_a_named_possessive_before_a_quoted_phrase_and_a_noun_of_speech_is_the_speaker():
    # 'Mr X's "..." jibe': the possessor's words, not a sayer read from the words after the noun
    assert rows('Dan Frey\'s "donkeys leading lions" remark caused fury at the club.') == [
        ("donkeys leading lions", "Dan Frey", "")]
    assert speakers('The Greens\' "green jobs" pledges were costed by the IFS.') == ["Greens"]
    # a scheme's name after a possessive stays a name; a noun of speech then the sentence's verb reports no one
    assert rows('Acme\'s "Price Promise" campaign was dropped.') == []
    assert rows('Its "no hidden fees" claims were untrue, the watchdog found.') == []


def test_paying_tribute_and_speaking_out_report_the_subjects_words():
    assert rows('Dan Frey paid tribute to the "extraordinary spirit" of his squad.') == [
        ("extraordinary spirit", "Dan Frey", "paid tribute")]
    assert speakers('Ann Vale spoke out against the "cruel and pointless" cull.') == ["Ann Vale"]
    assert speakers('The merger was backed as "the best deal on the table" by shareholders.') == ["shareholders"]
    # money paid to a fund, the back of the net: no words
    assert rows('Len Ward paid £2m to the "Save Our Pier" appeal.') == []
    assert rows('The shot flew into the back of the net as "Ole, ole" rang out.') == []


def test_a_relative_clause_on_people_named_by_a_noun_is_their_words():
    # "X praised the fans, who described ...": the fans speak, not the last name before them
    assert speakers('Len Ward praised the fans, who described the win as "unforgettable".') == ["the fans"]
    assert speakers('Ann Vale met local traders, who said trade was "dire".') == ["local traders"]
    # (the critics a sentence names before their clause: "drew criticism from nurses, who branded it ...")
    assert speakers('The rota drew criticism from nurses, who branded it "unsafe".') == ["nurses"]
    # a name before the relative clause still speaks
    assert speakers('Len Ward met Ann Vale, who described the win as "unforgettable".') == ["Ann Vale"]


# --- a body whose name says what it is ("the government", "the embassy") is no other body named before ------

def test_the_government_is_a_description_when_no_government_is_named():
    # the EU, a party, a committee named before are not "the government"
    text = ('The EU wants talks to start soon. The government said it was "disappointed" by the delay.')
    assert speakers(text) == ["the government"]
    text = ('The Labour Party won the vote by 40 seats. The government said the result was "a clear mandate".')
    assert speakers(text) == ["the government"]
    # a government named as one still speaks as itself
    text = ('The Welsh Assembly Government will appeal. Plaid said it was "furious". '
            'The government said it was "confident" of winning.')
    assert speakers(text) == ["Plaid", "Welsh Assembly Government"]
    # near miss: a generic noun still stands for the body named before ("Acme Bank ... the bank")
    text = 'Brackley Bank cut 300 jobs. The bank said the move was "painful but necessary".'
    assert speakers(text) == ["Brackley Bank"]


def test_an_embassy_speaking_is_the_embassy_not_the_person_named_before():
    text = ('Police are questioning Tom Baxter about the fire. The embassy said: "We condemn this attack."')
    assert speakers(text) == ["the embassy"]
    text = ('Ana Ruiz, 30, was detained in Houston. The Mexican consulate said she was "safe and well".')
    assert speakers(text)[0].lower() in ("the mexican consulate", "the consulate")


def test_it_after_a_described_body_or_document_is_that_sayer():
    # "It said" after "The government said": the government, not the committee named before it
    text = ('The Public Accounts Committee criticised the scheme. The government said spending had been '
            '"carefully controlled". It said it would not "shy away" from hard choices.')
    assert speakers(text) == ["the government", "the government"]
    text = ('The Home Affairs Committee published its findings on Monday. The report said police forces were '
            '"badly overstretched". It said officers needed "more support".')
    assert speakers(text) == ["the report", "the report"]
    # near miss: a body named as the subject since is "it"
    text = ('The government said it was "disappointed". Acme Bank cut 500 jobs on Friday. '
            'It said the cuts were "a hard decision".')
    assert speakers(text) == ["the government", "Acme Bank"]


# --- a conjunction opening a clause is no sayer ("but when asked") -------------------------------------------

def test_but_when_after_a_quotation_is_no_sayer():
    text = ('The inspectors praised Health Secretary Jane Reed. She had spoken of wards being "overrun" and '
            '"short of beds" but when asked to explain she gave no figures.')
    assert "but when" not in speakers(text)
    assert speakers(text) == ["Jane Reed", "Jane Reed"]
    # near miss: a pronoun sayer after the conjunction still speaks
    text = 'Tom Reed called the deal "a disgrace" yet when pressed he said it was "not all bad".'
    assert speakers(text) == ["Tom Reed", "Tom Reed"]


# --- a body's name is no modifier of a definite noun phrase after it ("the Department for Exiting the EU") ---

def test_a_body_named_with_the_inside_is_not_a_role_of_the_last_person():
    # "the EU" after a name ending before it is no person's role: not the person named before
    text = ('Jane Morley met EU leaders in Brussels. The Department for Exiting the EU said: '
            '"We will not comment on the talks."')
    assert speakers(text)[0].startswith("Department for")
    # near miss: a name before a lower-case noun still modifies it ("the Commons science committee")
    text = 'Tony Blair met the union. The Commons science committee said it was "worried".'
    assert speakers(text) == ["the committee"]


# --- a fragment used as a verb, its object then a pledge closing the sentence ("..., ministers have vowed.") ---

def test_a_fragment_verb_with_its_object_then_a_closing_pledge_is_the_pledgers():
    text = 'The council will "oppose" any cuts to its housing budget, councillors have vowed.'
    assert speakers(text) == ["councillors"]
    text = 'The club will "never" sell its best players, the owners promised.'
    assert speakers(text) == ["the owners"]
    # near miss: a quoted modifier of a noun names a thing, no fragment of speech
    text = 'Under the "one-in, one-out" rule, new arrivals must wait, officials said.'
    assert speakers(text) == []


# --- a nationality epithet stands for the person named since the last quotation ----------------------------

def test_a_nationality_epithet_is_the_person_named_since_the_last_quotation():
    # (a coach of another country's side: the nationality ties no one named to it)
    text = ('Scotland coach Iain Moffat said: "We are ready for them." The stadium roof will stay open at the '
            'request of Ireland coach Joe Kiernan. The New Zealander said he expected "a real battle" on Saturday.')
    assert speakers(text) == ["Iain Moffat", "Joe Kiernan"]
    # near miss: "added" goes on with the speaker of the quotation before
    text = ('Lyon coach Marc Dubois said: "We are ready." He praised the form of winger Luc Perrin. '
            'The Frenchman added: "We can win the title."')
    assert speakers(text) == ["Marc Dubois", "Marc Dubois"]


# --- "blamed" reports the blamer's words, also after a reporting verb of a clause before ---------------------

def test_blamed_gives_the_blamers_words_not_an_earlier_clauses_sayer():
    text = ('Festival director Jane Moss spoke later. Mr Corran tweeted a photo of the stage minutes before the '
            'blackout, and Ms Moss blamed "a faulty cable" for the failure.')
    assert speakers(text) == ["Jane Moss"]
    text = 'Rail boss Tom Reed blamed the crash on "a signal fault".'
    assert speakers(text) == ["Tom Reed"]
    # near miss: the one blamed is no sayer
    text = 'Tom Reed was blamed for the "shambles" at the station.'
    assert speakers(text) == []


# --- an institution's statement ("the hospital said") is the institution, not the patient named before -----

def test_the_hospital_said_is_the_hospital_not_the_person_named_before():
    text = ('A spokesperson at Leeds General Hospital said Anna Brook, 36, had lost 40kg since May. '
            '"We hope she can go home soon," the hospital said in a statement.')
    assert speakers(text) == ["Leeds General Hospital"]
    text = 'Anna Brook was jailed for six years in May. The prison said she was "settling in".'
    assert speakers(text) == ["the prison"]


# --- "pointed out" reports a remark ------------------------------------------------------------------------

def test_pointed_out_reports_the_subjects_words():
    text = 'Tom Reed pointed out a number of "serious flaws" in the plan.'
    assert speakers(text) == ["Tom Reed"]
    text = 'Ann Lee pointed out that the scheme was "simply unworkable".'
    assert speakers(text) == ["Ann Lee"]
    # near miss: pointing at or to a thing reports nothing
    text = 'Tom Reed pointed at the "mess" on the floor.'
    assert speakers(text) == []


# --- round 35 (web35q): junk speakers on 2016-2017 news copy ---------------------------------------------------

def test_an_opening_adverbial_before_the_subject_of_a_participle_is_no_speaker():
    # "Late last night, X ..., saying": the subject after the adverbial and its comma speaks, not "Late"
    text = 'Late last night, Ms Calloway moved to end the rumours, saying: "I have nothing to hide."'
    assert speakers(text) == ["Calloway"]
    text = 'Early on Sunday, the ferry operator Norline cancelled all sailings, saying: "Safety comes first."'
    assert speakers(text) == ["Norline"]
    # no adverbial: the subject as before
    text = 'Ms Calloway moved to end the rumours, saying: "I have nothing to hide."'
    assert speakers(text) == ["Calloway"]


def test_a_reporting_verb_form_after_a_determiner_is_a_noun_of_the_subject():
    # "The state argued ...": "state" after "The" is the noun, not the verb "state" cutting the subject to "The"
    text = ('The state argued that it had offered the teacher a compromise, suggesting she was "free to choose" '
            'another post.')
    assert speakers(text) == ["the state"]


def test_a_determiner_alone_is_never_a_speaker():
    # "demands for a": no noun after the determiner; the sentence's sayer keeps the quotation
    text = 'The union hailed the deal as a "clear win" in answer to its repeated demands for a "fair" settlement.'
    assert speakers(text) == ["the union", "the union"]


def test_one_opening_a_sentence_is_one_of_the_people_counted_before():
    # 'I spoke to some of the drivers. One wrote: "..."': one driver speaks, described so (never "One")
    text = ('I spoke to three of the night nurses on Friday and they were angry. One wrote to me: '
            '"We have been ignored for years." She went on: "Nobody listens."')
    assert speakers(text) == ["a nurse", "a nurse"]
    text = 'Two witnesses spoke to reporters outside the court. One said: "It was over in seconds."'
    assert speakers(text) == ["a witness"]


def test_a_partys_front_bench_speaks_not_the_party():
    # "Labour's front bench claimed": the front bench (its leadership), as "Reid's campaign", not the party itself
    text = "But Plaid's front bench called the vote \"a hollow gesture\"."
    assert speakers(text) == ["Plaid's front bench"]
    text = "The Liberal Party's leadership said the result was \"a disaster\"."
    assert speakers(text) == ["Liberal Party's leadership"]


def test_a_person_whose_post_at_a_body_is_followed_by_the_bodys_own_aside_speaks():
    # "Name, <post> at/of <Body>, <what the body is>, says": two asides; the person speaks, not the body
    text = 'Petra Lind, head of tax at Orvane, a Swiss accounting firm, says: "The rules are too vague."'
    assert speakers(text) == ["Petra Lind"]
    text = ('Marco Bell, director of Sabre & Co, a small broker in Milan, says the fund is welcome. '
            '"It will help young firms."')
    assert speakers(text) == ["Marco Bell"]
    # one aside, a spokesman for the body: as before
    text = 'A spokesman for Orvane, a Swiss accounting firm, said: "The rules are too vague."'
    assert speakers(text) == ["an Orvane spokesman"]


def test_it_after_a_document_quoted_is_that_document():
    # '"...," said the report. "...," it added.': "it" is the document quoted last, not the country or body the
    # text is about, when no body has come up since (a place after a preposition is none)
    text = ('Federal scientists released the figures for Ontario on Friday. "Rainfall was the lowest in decades," '
            'said the survey. In Manitoba, lakes fell too. "Levels dropped by a third," it added.')
    assert speakers(text) == ["the survey", "the survey"]
    # a body opening a sentence in between is "it"
    text = ('"Costs will rise," said the study. The ministry rejected its findings. "The figures are out of date," '
            'it said.')
    assert speakers(text) == ["the study", "the ministry"]


def test_a_turn_in_an_exchange_is_reported_by_its_phrasal_verb():
    # hearing and interview copy: '"...?" X followed up.', 'She shot back: "..."', 'The club hit back: "..."'
    text = ('Senator Ruth Adler questioned Mr Crane about the leaks. "We will find the source," Crane said. '
            '"But you have no names yet?" Adler followed up. "Not yet," Crane said.')
    assert speakers(text) == ["Crane", "Ruth Adler", "Crane"]
    text = 'Ms Vane was asked about the fees. She shot back: "Ask the board, not me."'
    assert speakers(text) == ["Vane"]
    # the words alone are no verb of speech: "followed up on the lead", "the shot back"
    text = 'Police followed up on the "vital lead" given by a neighbour.'
    assert speakers(text) != ["police"]


def test_a_countrys_or_bodys_office_holder_speaks_not_the_country():
    # "Romania's president told MPs": the president speaks; a lead names the post, the next sentence the holder
    text = ('Latvia\'s president told lawmakers on Monday that the country faced a "grave" crisis. In a speech to '
            'parliament, President Ilse Varna said trust in the government had collapsed.')
    assert speakers(text) == ["Ilse Varna"]
    text = ('Chief executive Martin Osk presented the results. Halden\'s chief executive said profits were '
            '"solid" despite the strike.')
    assert speakers(text) == ["Martin Osk"]
    # no holder named (or another country's president): the post, described, never the country
    text = 'US President Tom Dray flew to Riga. Latvia\'s president told lawmakers the visit was "historic".'
    assert speakers(text) == ["Latvia's president"]


def test_an_acronym_of_a_body_whose_name_grew_by_a_last_and_x_is_that_body():
    # "the CDC" for the Centers for Disease Control and Prevention: the speaker is the body's full name
    text = ('The Federal Office for Radiation Safety and Security published its survey on Monday. '
            'The FORS said the levels were "well within limits".')
    assert speakers(text) == ["Federal Office for Radiation Safety and Security"]
    # an acronym that spells no such name stays itself
    text = ('The Federal Office for Radiation Safety and Security published its survey. '
            'The WWF said the levels were "well within limits".')
    assert speakers(text) == ["WWF"]


def test_crowds_chanting_a_bare_count_is_the_people_counted_nearby():
    # "Thousands gathered ..., shouting": the count stands for the people the text names nearby ("protesters")
    text = ('Thousands gathered in the old square for a third night, shouting "Thieves!" In smaller numbers, '
            'about 300 protesters gathered outside the ministry.')
    assert speakers(text) == ["protesters"]
    text = 'Striking nurses marched on the assembly. Hundreds chanted "Fair pay now!" outside the gates.'
    assert speakers(text) == ["nurses"]
    # "about 2,000 protesters": a number's comma cuts no subject
    text = 'About 2,500 protesters gathered outside the palace, yelling "Go home!"'
    assert speakers(text) == ["about 2,500 protesters"]


def test_quotations_coordinated_after_one_verb_are_all_that_sayers():
    # 'shouting "X" and "Resign!"': the second chant is the crowd's too (not dropped as a term)
    text = 'Fans gathered outside the stadium, chanting "Sack the board!" and "Out!"'
    assert quotes(text)["quote"].tolist() == ["Sack the board!", "Out!"]
    assert speakers(text) == ["fans", "fans"]
    # a surname that is a shout's form is no verb: '"...," Yelling told reporters'
    text = '"She never gives up," Yelling told reporters.'
    assert speakers(text) == ["Yelling"]


def test_a_fragment_in_a_sentence_the_court_heard_is_the_courts():
    # court reports: 'The court heard they went on a "rampage"', '... heard "vile abuse" on the bus, the jury heard.'
    text = ('The court heard the pair had been drinking since noon when they went on a "rampage" through the '
            'market. It began when a stallholder heard "vicious, racist abuse" near the bus station, the jury heard.')
    assert quotes(text)["quote"].tolist() == ["rampage", "vicious, racist abuse"]
    assert speakers(text) == ["the court", "the jury"]
    # a sayer of its own keeps the fragment: 'The court heard Ms Dale told police he was "dangerous"'
    text = 'The court heard Ms Dale told police the man was "dangerous".'
    assert speakers(text) == ["Dale"]


def test_function_words_are_no_subject_and_a_pronoun_before_the_marks_is():
    # 'she had spoken of money being "stolen" and "wasted" but when asked she "could not say"': "spoke of" reports
    # her words; "but when" (function words only) is never a speaker; 'she "could not ..."' is hers
    text = ('The committee said the fund was too slow. It noted a "shift" after the appointment of Secretary '
            'Ann Pole. It highlighted how she had spoken of money being "stolen" and "wasted on projects" but when '
            'asked to explain she "could not put a figure on it".')
    assert speakers(text) == ["the committee", "Ann Pole", "Ann Pole", "Ann Pole"]
    text = 'Mr Hale spoke of a "betrayal" by his own party.'
    assert speakers(text) == ["Hale"]


def test_the_embassy_is_a_diplomatic_mission_never_a_person_or_another_body():
    # diplomatic copy: "The embassy said": an embassy the text names as one, else "the embassy" (not the last person
    # named, not the police or the country)
    text = ('Tom Reed, 52, was shot by police officers in Leeds on Monday. West Yorkshire Police said he had a knife. '
            'The Norwegian embassy in London said he had lived in Oslo. The embassy said: "We condemn the attack."')
    assert speakers(text)[-1] == "the embassy"


def test_someones_lawyer_is_the_one_person_the_text_named_as_a_lawyer():
    # "The defendant's lawyer said" after "said her attorney, Sara Klein": attorney, lawyer, solicitor, barrister are
    # one office; the one person named so speaks
    text = ('The nurse won her appeal. "We are delighted," said her attorney, Sara Klein. The board had argued the '
            'rule was fair. The claimant\'s lawyer rejected that, saying the rule was "plainly unlawful".')
    assert speakers(text) == ["Sara Klein", "Sara Klein"]
    # two lawyers named: no one to choose, the description
    text = ('Defence lawyer Sara Klein and prosecuting barrister Tom Hale clashed in court. '
            'The defendant\'s lawyer said the claim was "absurd".')
    assert speakers(text) == ["the defendant's lawyer"]


def test_a_participles_subject_ends_at_its_past_verb_before_that():
    # "The lawyer rejected that, saying": the subject is "the lawyer" (the verb right before "that" ends it)
    text = 'The nurse won her appeal. The lawyer rejected that, saying the rule was "plainly unlawful".'
    assert speakers(text) == ["the lawyer"]
