"""The rules backend's process-wide caches (chunk resolutions keyed by run and context, lazy
lower-case word lookups) never change a result, and its mentions keep their invariants, on the seeds
and, when present, the news sample."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import toolkit as tk
from toolkit.analysis import entities as ents
from toolkit.analysis.entities import chunking, extract, gazetteers, geography

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news_sample"


HANDMADE = ["Iran's envoy met US officials. The US-led talks went on.",
            # (a sentence-initial run the document writes mid-sentence too, and the same run where it does not)
            "Central Widget Bank said so. Analysts said Central Widget Bank fell.", "Central Widget Bank said so.",
            "Anna Vole's films include Brindle's Ark.", "Anna Vole's films include Brindle's ark.",
            "Soccer legend Pele met striker Owen. The Reuters news agency said so; reuters is not a word here.",
            "The Labour Party met in Manchester. Labour MP Sarah Teather spoke. The party met again."]


def _texts() -> list[str]:
    paths = [ROOT / "seeds" / "iran_israel_tensions.txt"]
    paths += sorted((ROOT / "seeds" / "state_union").glob("*.txt"))[-3:]
    paths += sorted((ROOT / "seeds" / "inaugural").glob("*.txt"))[-2:]
    if NEWS.is_dir():
        paths += sorted(NEWS.glob("*.txt"))[::10]
    texts = [tk.load(p).text for p in paths]
    texts += HANDMADE
    # the same run in two contexts that resolve differently (a role noun before it, an organisation cue
    # after it, its first word also written in lower case at a sentence start): a cache key that left
    # the context out would hand the second text the first one's answer
    texts += ["Fans cheered as soccer legend Vantoni arrived.", "Fans cheered as Vantoni arrived.",
              "Shares fell, the Reuters news agency said.", "Shares fell, Reuters said.",
              "Sterling Bank fell. The sterling rate rose.", "Sterling Bank fell. The rate rose.",
              "He spoke to the Guardian on Friday.", "He spoke to Guardian readers on Friday."]
    return texts


class _NoCache(dict):
    def get(self, key, default=None):
        return default


def _rows(text: str) -> list[tuple]:
    return [(m.start, m.end, m.name, m.type, m.link) for m in extract._extract(text)]


def test_resolution_cache_never_changes_a_result(monkeypatch):
    texts = _texts()
    monkeypatch.setattr(extract, "_RESOLVE_CACHE", _NoCache())
    uncached = [_rows(t) for t in texts]
    monkeypatch.setattr(extract, "_RESOLVE_CACHE", {})
    forward = [_rows(t) for t in texts]
    backward = [_rows(t) for t in reversed(texts)][::-1]
    assert len(extract._RESOLVE_CACHE) > 0
    assert forward == uncached
    assert backward == uncached
    assert sum(len(r) for r in uncached) > 100
    # ("Reuters said": a one-word name that acts is an organisation since the document-level rules)
    assert [len(r) for r in uncached[-8:-2]] == [1, 0, 1, 1, 0, 1]
    # ("told the Guardian": a newspaper; "Guardian readers", no "the": a capitalised word the document explains no further)
    assert [len(r) for r in uncached[-2:]] == [1, 0]


def test_lazy_lower_words_match_the_regex():
    texts = _texts() + ["the-end don't Über über _ab ab_ ab a x2 ab’s cd' ef ‘gh’ ij-kl mn"]
    for text in texts:
        seen = frozenset(extract._LOWER_WORD.findall(text))
        lazy = extract._LowerWords(text)
        words = {w.lower() for w in re.findall(r"\S+", text)} | {w.strip(".,;:'\"’‘()") for w in text.lower().split()}
        words |= {"the", "end", "don", "über", "ab", "gh", "ij", "kl", "mn", "ef", "cd", "x", ""}
        wrong = [w for w in sorted(words) if (w in lazy) != (w in seen)]
        assert wrong == [], wrong
        assert any(w in lazy for w in words)


@pytest.mark.parametrize("text", _texts()[:6] + HANDMADE)
def test_mention_invariants(text):
    doc = tk.load(text)
    m = tk.mentions(doc)
    text = doc.text
    starts, ends = m["start"].tolist(), m["end"].tolist()
    assert len(m) > 0
    assert starts == sorted(starts)
    assert all(a < b for a, b in zip(starts, ends))
    assert all(e <= s for e, s in zip(ends, starts[1:])), "mentions overlap"
    for row in m.itertuples():
        assert text[row.start:row.end] == row.surface
        assert row.surface == row.surface.strip()
        assert row.surface[:1].isalnum() and row.surface[-1:].isalnum() or row.surface.endswith(".")
    sents = tk.sentences(doc)
    for row in m.itertuples():
        s = sents.iloc[row.sent_id]
        assert s["start"] <= row.start < s["end"]
    counts = Counter(zip(m["entity"], m["type"]))
    assert {(n, t): c for n, t, c, _ in ents.entity_counts(doc)} == dict(counts)
    table = tk.entities(doc)
    assert table["mentions"].sum() == len(m)
    assert sorted(zip(table["entity"], table["type"])) == sorted(counts)


def test_country_expressions_tried_by_index_give_the_first_match():
    """``_country_by_regex`` tries only the expressions whose needed letters are there; on country
    names, demonyms, cities, first names and odd forms it answers as trying every expression does."""
    exact, _, regexes, demonyms = geography._countries()
    each = regexes[0][1]
    words = set(exact) | set(exact.values()) | set(demonyms) | set(list(geography._places()[0])[::4])
    words |= set(list(gazetteers._first_names())[::4])
    words |= {"the republic of korea", "south korea", "dprk", "u.s.a.", "gb", "türkiye", "turkiye", "haïti", "åland",
              "côte d'ivoire", "réunion", "north korea", "kampuchea", "faeroe islands", "new guinea", "congo-brazzaville",
              "democratic republic of the congo", "west bank", "great britain", "united states of america", "ussr"}
    # forms only the always-tried expressions match (their sorted-letters test must let them through)
    words |= {"uk", "u.k.", "rsa", "png", "uae", "drc", "r.d.c", "rdc", "droc", "prk", "p.r.k.", "fyrom", "rok", "d.p.r.",
              "dpr korea", "england", "britain", "zaire", "khmer", "haiti", "macedonia", "papua new guinea", "emirates"}
    words = sorted({w.lower() for w in words})
    matched = 0
    for low in words:
        every = next((c for rx, c in each if rx.fullmatch(low)), None)
        assert geography._country_by_regex(low) == every, low
        matched += every is not None
    assert matched > 200


def test_fast_chunk_pattern_finds_the_plain_patterns_runs():
    """``_CHUNK`` (opens with a capital, so the engine skips ahead) finds exactly the runs of the plain
    pattern (opens with a look-behind) it was derived from."""
    plain = re.compile(chunking._CHUNK_PLAIN)
    odd = ("McDonald O'Brien Mcx O’Neill A.B.C. U.S. U.S.A McA Mac Mac- O' O’ X-Ray &Co A&B /Foo .Bar -Baz @Q "
           "#H É Émile Zoë x Y al-Assad Osama bin Laden's U.N.-led Ahmed al Thani d'Estaing Mr. Smith T-Mobile 3M")
    runs = 0
    for text in _texts() + [odd, odd.lower(), odd.upper(), odd.replace(" ", "\n")]:
        fast = [m.span() for m in chunking._CHUNK.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)]
        runs += len(fast)
    assert runs > 1000


def test_sentence_ids_from_either_sentence_cache():
    """Sentence ids come from tk.sentences' cached table when the document has one, else from the
    spans: the same ids either way."""
    text = _texts()[0]
    plain = tk.load(text)
    ids = tk.mentions(plain)["sent_id"].tolist()
    assert ("sentences",) not in plain._cache
    with_table = tk.load(text)
    sents = tk.sentences(with_table)
    assert ("sentences",) in with_table._cache
    assert tk.mentions(with_table)["sent_id"].tolist() == ids
    assert ("sentence_spans",) not in with_table._cache
    assert max(ids) > 5 and max(ids) < len(sents)


def test_batch_path_keeps_sentence_spans_for_entities_and_quotes(tmp_path):
    """A corpus loaded with profile=True keeps each document's sentence spans (split once, by the
    batch path): the same spans a fresh split gives, and the same mentions, sentence ids and quotes."""
    from toolkit.analysis.quotes import quotes
    from toolkit.text.segment import sentence_spans

    texts = _texts()[:3]
    for k, text in enumerate(texts):
        (tmp_path / f"t{k}.txt").write_text(text, encoding="utf-8")
    docs = tk.load_corpus(tmp_path, workers=1, profile=True).documents
    assert len(docs) == 3
    for doc in docs:
        spans = doc._cache[("sentence_spans",)]
        assert spans == sentence_spans(doc.text) and len(spans) > 3
        fresh = tk.load(doc.text)
        assert tk.mentions(doc).values.tolist() == tk.mentions(fresh).values.tolist()
        assert quotes(doc).astype(str).values.tolist() == quotes(fresh).astype(str).values.tolist()
