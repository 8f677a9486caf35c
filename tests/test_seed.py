"""Hand-derived expectations on the seed article (seeds/iran_israel_tensions.txt)."""
from __future__ import annotations

import pandas as pd
import pytest

import toolkit as tk

# The article as a careful reader splits it once the "0 Comments" trailer is dropped:
# 20 sentences in 10 paragraphs; the drop cap "O fficials" is re-joined.
EXPECTED_SENTENCES = [
    'Officials within the US-led multinational coalition, reportedly preparing to counter an anticipated Iranian attack, have cautioned Israel against responding too forcefully, as per a Tuesday report.',
    'Unnamed officials advised Jerusalem to "think carefully before you attack in return," emphasizing that the objective is to avoid an all-out war.',
    'In April, a massive drone and missile attack from Iran was thwarted by a coalition that included Israel, the United States, Britain, France, Qatar, Egypt, Jordan, Saudi Arabia, the United Arab Emirates, and Bahrain.',
    'Iran announced on Monday that Israel must be "punished" for the assassination of Hamas terror group leader Ismail Haniyeh in Tehran—an act allegedly carried out by Israel.',
    "Iran's threat of retaliation has heightened fears of escalating conflict in the Middle East.",
    'Additionally, the Iranian proxy group Hezbollah has threatened to strike Israel from Lebanon in response to the recent assassination of its military leader Fuad Shukr in Beirut.',
    'Reports suggest that these reprisals could occur imminently.',
    'Citing unnamed US officials, The Wall Street Journal reported that Iran has been moving missile launchers and conducting military exercises, signaling a potential attack in the coming days.',
    'However, US President Joe Biden and Vice President Kamala Harris were briefed on Monday by their national security team that the exact timing of the potential attacks remains unclear.',
    "During a national security meeting, Biden and Harris were updated on US military efforts to support Israel's defense against any further Iranian assaults.",
    'They also discussed ongoing efforts to de-escalate tensions, including a ceasefire-hostage release deal between Israel and Hamas.',
    'In a related development, two US Navy vessels, the USS Laboon and the USS Cole, have moved into the Red Sea, repositioning US military assets ahead of the expected Iranian attack.',
    'The USS Theodore Roosevelt aircraft carrier is also reportedly moving toward Israel.',
    'On Monday night, explosions were reported in Iran’s Isfahan.',
    'The semi-official ISNA news agency attributed the blasts to “training activity,” though Israel allegedly carried out a strike in Isfahan in April in response to an Iranian attack.',
    'Diplomatic efforts to rebuild the US-led defensive coalition are underway, with diplomats striving to mitigate the expected Iranian assault on Israel.',
    'In Washington, President Biden spoke with King Abdullah II of Jordan, and US Secretary of State Antony Blinken engaged with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian Foreign Minister Badr Abdelatty.',
    'Blinken also communicated with G7 counterparts and Iraq’s prime minister, urging all parties to refrain from escalation.',
    'Iran has insisted that it does not seek to escalate regional tensions but feels compelled to "punish" Israel to prevent further instability.',
    '“Iran seeks to establish stability in the region, but this will only come with punishing the aggressor and creating deterrence against the adventurism of the Zionist regime,” stated Iranian Foreign Ministry spokesman Nasser Kanaani, adding that action from Tehran was inevitable.',
]
EXPECTED_PARAGRAPHS = [0, 0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9]


def test_raw_seed_is_kept_byte_identical(seed_path, shared_dir):
    original = shared_dir / "seeds" / "article.txt"
    if not original.exists():
        pytest.skip("../shared/seeds/article.txt is not present")
    assert seed_path.read_bytes() == original.read_bytes()


def test_cleaning_rejoins_drop_cap_and_drops_trailer(seed_doc):
    assert seed_doc.raw.startswith("O fficials")
    assert seed_doc.text.startswith("Officials within the US-led")
    assert seed_doc.removed == ("0 Comments",)
    assert "0 Comments" not in seed_doc.text
    assert seed_doc.text.endswith("action from Tehran was inevitable.")
    assert seed_doc.title is None  # the first line is a sentence, not a headline


def test_sentences_split_as_a_careful_reader_would(seed_doc):
    table = tk.sentences(seed_doc)
    assert table["text"].tolist() == EXPECTED_SENTENCES
    assert table["paragraph"].tolist() == EXPECTED_PARAGRAPHS
    assert table["sent_id"].tolist() == list(range(20))
    for row in table.itertuples():
        assert seed_doc.text[row.start:row.end] == row.text


def test_whole_word_counts(seed_doc):
    counts = tk.keyword_frequencies(seed_doc, top=None).set_index("term")["count"]
    assert counts["iran"] == 7  # includes "Iran's" and "Iran’s"
    assert counts["israel"] == 11  # includes "Israel's"
    assert counts["iranian"] == 7
    assert counts["US"] == 6  # the acronym keeps its case, the pronoun "us" would not
    tokens = tk.tokens(seed_doc)
    possessives = tokens[tokens["norm"] == "'s"]
    assert possessives["token"].tolist() == ["'s", "'s", "’s", "’s"]
    before = [tokens.loc[i - 1, "token"] for i in possessives.index]
    assert before == ["Iran", "Israel", "Iran", "Iraq"]


def test_top_keywords(seed_doc):
    top = tk.keyword_frequencies(seed_doc, top=5)
    assert top["term"].tolist() == ["israel", "iran", "iranian", "US", "attack"]
    assert top["count"].tolist() == [11, 7, 7, 6, 6]
    words = top.attrs["words"]
    assert words == 472
    assert top["per_10k"].iloc[0] == pytest.approx(11 * 10_000 / 472)
    with_stop = tk.keyword_frequencies(seed_doc, top=3, stopwords=False)
    assert with_stop["term"].tolist() == ["the", "to", "in"]
    assert with_stop["count"].tolist() == [25, 16, 14]


def test_bigrams_stay_inside_sentences(seed_doc):
    bigrams = tk.keyword_frequencies(seed_doc, top=None, ngram=2, stopwords=False).set_index("term")["count"]
    assert bigrams["iranian attack"] == 3
    # "...inevitable." ends the article; "Iran announced" starts a sentence after "Bahrain."
    assert "bahrain iran" not in bigrams.index
    assert "israel iran" not in bigrams.index  # "...by Israel. Iran's threat" crosses a sentence
    trigrams = tk.keyword_frequencies(seed_doc, top=None, ngram=3, stopwords=False).set_index("term")["count"]
    assert trigrams["allegedly carried out"] == 2
    assert trigrams["the expected iranian"] == 2


def test_collocations(seed_doc):
    table = tk.collocations(seed_doc, measure="llr")
    assert set(table["term"].head(3)) == {"allegedly carried", "national security", "prime minister"}
    assert (table["count"] >= 2).all()
    pmi = tk.collocations(seed_doc, measure="pmi")
    assert pmi["pmi"].is_monotonic_decreasing


def test_keyness_against_general_english(seed_doc):
    table = tk.keyness(seed_doc, top=None, stopwords=False)
    ranks = dict(zip(table["term"], table["rank"]))
    assert table["term"].head(3).tolist() == ["israel", "iranian", "iran"]
    assert ranks["isfahan"] <= 10
    assert ranks["haniyeh"] <= 25
    # Hezbollah occurs once and is common in general news, so it ranks lower, but within
    # the top quarter of the over-used vocabulary.
    assert ranks["hezbollah"] <= len(table) // 4
    stop = tk.stopwords()
    assert not any(term in stop for term in table["term"].head(40))
    by_effect = tk.keyness(seed_doc, top=10, sort="log_ratio", max_p=0.05)
    assert {"haniyeh", "kanaani", "abdelatty"} <= set(by_effect["term"])


def test_keyness_against_another_document(seed_doc):
    other = " ".join(["The markets rose on Monday as investors bought shares. The company said profits rose."] * 30)
    table = tk.keyness(seed_doc, reference=other, top=5)
    assert table["term"].iloc[0] == "israel"
    under = tk.keyness(seed_doc, reference=other, direction="under", top=None)
    assert "rose" in set(under["term"])  # only in the reference
    assert (under["log_ratio"] < 0).all()


def test_concordance_iran(seed_doc):
    kwic = tk.concordance(seed_doc, "Iran", window=5)
    assert len(kwic) == 7
    assert kwic["match"].tolist() == ["Iran"] * 7
    for row in kwic.itertuples():
        assert seed_doc.text[row.start:row.end] == "Iran"
    assert kwic["right"].iloc[4].startswith("’s Isfahan")
    by_left = tk.concordance(seed_doc, "Iran", sort="left")
    assert sorted(by_left["start"]) == sorted(kwic["start"])
    assert tk.concordance(seed_doc, "US").shape[0] == 6
    assert tk.concordance(seed_doc, "wall street")["match"].tolist() == ["Wall Street"]
    assert set(tk.concordance(seed_doc, "escalat*")["match"]) == {"escalation", "escalating", "escalate"}


def test_summary(seed_doc):
    s = tk.summary(seed_doc)
    assert (s.sentences, s.paragraphs, s.words, s.vocabulary) == (20, 10, 472, 278)
    assert s.mean_sentence_length == pytest.approx(23.6)
    assert s.vocabulary_density == pytest.approx(278 / 472)
    assert 0 < s.flesch_reading_ease < 50  # dense political news
    assert 12 < s.flesch_kincaid_grade < 20


def test_every_function_accepts_plain_text():
    text = "Iran warned Israel. Israel replied."
    assert isinstance(tk.tokens(text), pd.DataFrame)
    assert tk.keyword_frequencies(text, top=1)["term"].tolist() == ["israel"]
    assert len(tk.concordance(text, "israel")) == 2
    assert tk.summary(text).sentences == 2
