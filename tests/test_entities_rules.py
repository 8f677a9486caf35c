"""Rule classes of the entity extractor that generalise beyond one article (issue 9, "Entities"):
document-level evidence, cue words around a name, gazetteers from installed packages. Each case is
a made-up sentence, not BBC text; each asserts the exact table rows."""
from __future__ import annotations

import pytest

import toolkit as tk
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


def test_surname_mention_follows_the_titles_gender():
    text = ("Michael Howard spoke in Leeds. His wife Sandra Howard was there. Mrs Howard said she was "
            "pleased. Mr Howard agreed.")
    assert rows(text) == [["Michael Howard", "PERSON", 2], ["Sandra Howard", "PERSON", 2], ["Leeds", "GPE", 1]]
    # only the husband named in full: "Mrs Howard" is someone else, not a third mention of him
    assert rows("Mr Howard and Mrs Howard arrived. Michael Howard said the party would win.") == \
        [["Michael Howard", "PERSON", 2]]


@pytest.mark.parametrize("text, expected", [
    ("The athletes met at a meeting in Ghent on Friday. The race in Ghent was fast.", [["Ghent", "GPE", 2]]),
    ("Fighting continued in Basra and Fallujah on Tuesday.", [["Basra", "GPE", 1], ["Fallujah", "GPE", 1]]),
    ("Voters in Somerset, Dorset and Torbay went to the polls.",
     [["Somerset", "GPE", 1], ["Dorset", "GPE", 1], ["Torbay", "GPE", 1]]),
])
def test_places_from_packages_and_context(text, expected):
    assert rows(text) == expected


def test_a_listed_neighbour_alone_does_not_make_a_place():
    assert [r for r in rows("Iran warned Israel and Hezbollah.") if r[1] == "GPE"] == \
        [["Iran", "GPE", 1], ["Israel", "GPE", 1]]


def test_organisations_by_the_words_around_them():
    assert rows("Shares rose after rival Google cut prices. Yahoo earned more than expected.") == \
        [["Google", "ORG", 1], ["Yahoo", "ORG", 1]]
    assert rows("Bookmaker William Hill has cut the odds.") == [["William Hill", "ORG", 1]]
    assert rows("Traders told the Times that the Guardian was wrong.") == [["Times", "ORG", 1], ["Guardian", "ORG", 1]]


def test_federations_and_their_acronyms_merge():
    assert rows("Athletics Kenya (AK) suspended the runner. AK said the decision was final. UK Athletics agreed.") == \
        [["Athletics Kenya", "ORG", 3], ["UK Athletics", "ORG", 1]]


def test_titles_of_works_are_not_people():
    assert rows("He starred in the film Michael Collins. Susan Fletcher for Eve Green won the prize.") == \
        [["Susan Fletcher", "PERSON", 1]]


def test_plural_possessive_names_stay_whole_and_awards_are_dropped():
    assert rows("The Critics' Circle named her best actress. The Critics' Circle Theatre Awards followed.") == \
        [["Critics' Circle", "ORG", 1]]


def test_a_name_in_singular_and_plural_is_a_product():
    text = "Microsoft sold more Xbox consoles. The Xbox is popular and Xboxes sell well. Microsoft said so."
    assert rows(text) == [["Microsoft", "ORG", 2]]


def test_initials_before_a_surname_are_a_person():
    assert rows("Previous winners include JK Rowling and Philip Pullman.") == \
        [["JK Rowling", "PERSON", 1], ["Philip Pullman", "PERSON", 1]]


def test_sentence_initial_and_acronym_evidence_from_the_document():
    # a rare word seen twice, once mid-sentence, is a name at the sentence start too
    assert rows("Hezbollah fired rockets into Israel on Monday. Israeli jets struck Hezbollah positions.")[0] == \
        ["Hezbollah", "ORG", 2]
    # an acronym the text defines merges even when it is also a common word in capitals
    assert rows("The World Health Organization (WHO) warned of bird flu. The WHO said cases rose.") == \
        [["World Health Organization", "ORG", 3]]
    # capitals for emphasis are no organisation; real acronyms stay
    assert rows("OMG THIS IS AMAZING says fan. AMAZING stuff from the BBC and the FBI.") == \
        [["BBC", "ORG", 1], ["FBI", "ORG", 1]]
    assert rows("Interbrew, the Belgian brewer, bought AmBev last year.") == \
        [["Interbrew", "ORG", 1], ["Belgian", "NORP", 1], ["AmBev", "ORG", 1]]


def test_surnames_that_nameparser_lists_as_titles_are_names():
    text = "Handsets are piling up, estimates James Goodman, report author. Mr Goodman said so. Jack Law agreed. Mr Law said more."
    assert rows(text) == [["James Goodman", "PERSON", 2], ["Jack Law", "PERSON", 2]]


@pytest.mark.parametrize("text, expected", [
    # a product named alone: a use/download cue, a software noun after it, or its maker's possessive
    ("Microsoft said users should download Firefox. Microsoft's Windows has flaws. Firefox users like it.",
     [["Microsoft", "ORG", 2]]),
    ("Many firms now use Linux. IBM said Linux use was growing.", [["IBM", "ORG", 1]]),
    # an acronym needs the cue at half its mentions: "EU software patent law" is about the EU
    ("The European Union met. EU software patent law was debated. Ministers of EU states met.",
     [["European Union", "ORG", 3]]),
])
def test_products_named_alone_are_not_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Marks & Spencer said profits fell. Richard & Judy is a chat show.", [["Marks & Spencer", "ORG", 1]]),
    ("The ratings agency Standard & Poor's cut its rating. Standard & Poor's said the outlook was weak.",
     [["Standard & Poor's", "ORG", 2]]),
    ("The auction house Sotheby's said sales rose. A painting sold at Sotheby's.", [["Sotheby's", "ORG", 2]]),
    ("A report by the accountancy firm Ernst and Young said so.", [["Ernst and Young", "ORG", 1]]),
    ("The Committee to Protect Bloggers met on Monday. The Committee said it would act.",
     [["Committee to Protect Bloggers", "ORG", 2]]),
    ("Trains ran from London to Paris.", [["London", "GPE", 1], ["Paris", "GPE", 1]]),
])
def test_organisation_names_with_connectors_stay_whole(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Teenager LaShawn Merritt won the race.", [["LaShawn Merritt", "PERSON", 1]]),
    ("Communications Minister Kourosh Ahmadi said no.", [["Kourosh Ahmadi", "PERSON", 1]]),
    ("The union's view came from Jeremy Dear, NUJ General Secretary.", [["Jeremy Dear", "PERSON", 1], ["NUJ", "ORG", 1]]),
    ("Prince Edward visited St Etienne.", [["Prince Edward", "PERSON", 1], ["St Etienne", "GPE", 1]]),
    ("The St Kitts and Nevis star joins the team. Neither Gordon Brown nor Tony Blair spoke.",
     [["St Kitts and Nevis", "GPE", 1], ["Gordon Brown", "PERSON", 1], ["Tony Blair", "PERSON", 1]]),
])
def test_titles_roles_and_openers_before_names(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one-word names listed with a sure organisation; a journal, newspaper or search engine before a name
    ("Sony, IBM and Toshiba built the chip.", [["Sony", "ORG", 1], ["IBM", "ORG", 1], ["Toshiba", "ORG", 1]]),
    ("Writing in the journal Nature, the team said so.", [["Nature", "ORG", 1]]),
    # a list of unknown words with no sure organisation is no organisation: after a plural noun for people
    # (at a sentence start too), people
    ("Writers like Tacitus, Sallust and Livy wrote history.",
     [["Tacitus", "PERSON", 1], ["Sallust", "PERSON", 1], ["Livy", "PERSON", 1]]),
    # a two-word product with no first name is no person ("Internet Explorer users", "version of ...")
    ("Internet Explorer users face flaws, Microsoft said. A new version of Internet Explorer is out.",
     [["Microsoft", "ORG", 1]]),
])
def test_organisations_listed_or_cued_and_products_with_two_words(text, expected):
    assert rows(text) == expected


def test_based_before_and_which_after_make_an_organisation():
    assert rows("Four firms lead: Bharti Televentures which has allied with a rival, and Hong Kong-based "
                "Hutchison Whampoa. John Smith, who left, agreed.") == \
        [["Bharti Televentures", "ORG", 1], ["Hong Kong", "GPE", 1], ["Hutchison Whampoa", "ORG", 1],
         ["John Smith", "PERSON", 1]]


def test_a_sentence_opening_with_one_role_word_alone_is_no_error():
    """A role word alone at a sentence start ("Compatriot." / "Teenager") used to read past the run."""
    import toolkit as tk

    for text in ("Teenager. He ran.", "Compatriots Walker and Smith ran. Newcomer!", "Rookie"):
        rows = tk.mentions(text)
        assert all(text[s:e] == surface for s, e, surface in zip(rows["start"], rows["end"], rows["surface"]))
    for path in (ROOT / "seeds").rglob("*.txt"):  # every seed, whole
        tk.mentions(tk.load(path))
