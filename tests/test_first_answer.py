"""The first answer in a new process loads only what it needs, and a later ``import nltk`` is whole.

Each check runs in a fresh interpreter (``sys.modules`` of this test process already holds
everything).  They assert on the modules loaded and on the values computed, not on time;
benchmarks/bench_first_answer.py prints the time.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import toolkit as tk
from toolkit.text.resources import fast_path_exact

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"

pytestmark = pytest.mark.skipif(not fast_path_exact(), reason="the light NLTK import is used only for checked NLTK releases")

# What NLTK's own __init__ would drag in, none of which scoring sentences needs.
NOT_NEEDED = ("scipy", "sklearn", "nltk.collocations", "nltk.classify", "nltk.corpus",
              "nltk.metrics", "nltk.parse", "nltk.tag", "nltk.chunk", "nltk.stem", "nltk.translate",
              "nltk.downloader", "nltk.cluster", "nltk.inference", "nltk.text",
              "nltk.sentiment.sentiment_analyzer", "nltk.tokenize.casual", "nltk.tokenize.texttiling")


def run(code: str) -> dict:
    """Run *code* in a fresh interpreter (this tree first on the path); it prints one JSON object."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


# One interpreter sets up a state once (a first answer, or a plain ``import nltk``), then forks a
# child for each scenario: every child starts exactly where a fresh process stands in that state,
# without paying for the interpreter, the imports and the answer again.  The stages run in order in
# the same interpreter; a stage's code may set ``RESULT`` (the interpreter's own state, reported).
ZYGOTE = """
import json, os, sys, types
results = {}
for stage, setup, scenarios in json.loads(sys.argv[1]):
    exec(setup, globals())
    if "RESULT" in globals():
        results[stage] = {"result": globals().pop("RESULT")}
    for name, code in scenarios.items():
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                scope = {"__name__": "__main__"}
                exec(code, scope)
                out = json.dumps({"result": scope["RESULT"]})
            except BaseException as exc:
                import traceback
                out = json.dumps({"error": traceback.format_exc()})
            with os.fdopen(write, "w") as fh:
                fh.write(out)
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as fh:
            data = fh.read()
        os.waitpid(pid, 0)
        results[name] = json.loads(data)
print(json.dumps(results))
"""


def run_forked(stages: list[tuple[str, str, dict[str, str]]]) -> dict:
    """Each stage's ``RESULT`` and each scenario's ``RESULT``, by name: one interpreter runs each stage's
    set-up code in turn, and after it forks one child per scenario of that stage (see above)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", ZYGOTE, json.dumps(stages)], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=600)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    errors = {k: v["error"] for k, v in got.items() if "error" in v}
    assert not errors, errors
    return {k: v["result"] for k, v in got.items()}


# The first answer in a fresh interpreter; it reports the modules it loaded and what it computed.
FIRST_ANSWER = f"""
import json, sys
import toolkit as tk
table = tk.sentence_sentiment(tk.load({str(SEED)!r}))
summary = tk.document_sentiment({str(SEED)!r})
RESULT = {{"modules": sorted(sys.modules), "compound": table["compound"].tolist(),
          "nltk_type": type(sys.modules["nltk"]).__name__, "mean": summary.mean_compound}}
"""


def test_first_answer_loads_no_scipy_sklearn_or_unneeded_nltk(after: dict) -> None:
    got = after["first answer"]
    loaded = [m for m in got["modules"] if any(m == n or m.startswith(n + ".") for n in NOT_NEEDED)]
    assert loaded == []
    # NLTK's three modules are there, run from NLTK itself; its package __init__ has not run yet.
    assert {"nltk.tokenize.punkt", "nltk.sentiment.vader"} <= set(got["modules"])
    assert got["nltk_type"] == "_DeferredPackage"
    # ... and the scores are the ones this process (with the whole of NLTK loaded) computes.
    assert got["compound"] == tk.sentence_sentiment(tk.load(SEED))["compound"].tolist()
    assert got["mean"] == tk.document_sentiment(SEED).mean_compound
    assert len(got["compound"]) > 10


# toolkit.fast.fast_module() called directly in a fresh interpreter (no tk.* call first): each twin
# (compiled or pure Python) is imported with NLTK's few modules, as tk.* imports it.
FAST_MODULE = """
import sys
import toolkit.fast as accel
modules = {name: accel.fast_module(name).__name__ for name in accel.COMPILED}
tokens = accel.fast_module("tokens").tokenize("It's here, isn't it? Yes: 3.5 km.")
RESULT = {"modules": sorted(sys.modules), "fast": modules, "tokens": tokens, "nltk_type": type(sys.modules["nltk"]).__name__}
"""


def test_fast_module_called_directly_loads_no_scipy_sklearn_or_unneeded_nltk(after: dict) -> None:
    import toolkit.fast as accel
    from toolkit.fast.nltk_light import import_light

    NLTKWordTokenizer = import_light("nltk.tokenize.destructive").NLTKWordTokenizer  # NLTK's own, without nltk/__init__

    got = after["fast_module"]
    assert [m for m in got["modules"] if any(m == n or m.startswith(n + ".") for n in NOT_NEEDED)] == []
    assert {"nltk.tokenize.punkt", "nltk.tokenize.destructive"} <= set(got["modules"])
    assert got["nltk_type"] == "_DeferredPackage"
    assert got["fast"] == {name: accel.fast_module(name).__name__ for name in accel.COMPILED}
    assert got["tokens"] == NLTKWordTokenizer().tokenize("It's here, isn't it? Yes: 3.5 km.")
    assert got["tokens"][:4] == ["It", "'s", "here", ","]


DESCRIBE = """
import json, sys, types
def describe(module):
    out = {}
    for key, value in vars(module).items():
        if key in ("__loader__", "__spec__", "__builtins__", "__cached__"):
            continue
        kind = type(value).__name__
        where = getattr(value, "__name__", None) if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        out[key] = [kind, where if isinstance(where, str) else None, value if isinstance(value, (str, int, float, bool)) else None]
    return out
"""


FIRST_USES = [
    "import nltk; nltk.word_tokenize",  # a name of the package
    "from nltk.corpus import stopwords",  # a sub-package not loaded yet (its import needs nltk's __init__ first)
    "import nltk.chunk",
    "from nltk.sentiment import SentimentAnalyzer",  # a deferred sub-package's own name
]
PACKAGES = ("nltk", "nltk.tokenize", "nltk.sentiment")

# NLTK's sub-packages import one another cleanly only after nltk/__init__.py has run (e.g.
# nltk.sentiment -> nltk.classify -> nltk.tag -> nltk.classify): each first use runs it first.
STATEMENTS = [
    ("from nltk.sentiment import SentimentAnalyzer as x; x = x.__module__", "nltk.sentiment.sentiment_analyzer"),
    ("from nltk.tokenize import TweetTokenizer; x = TweetTokenizer().tokenize('hi :-)')", ["hi", ":-)"]),
    ("from nltk.stem import PorterStemmer; x = PorterStemmer().stem('running')", "run"),
    ("import nltk.classify; x = nltk.classify.NaiveBayesClassifier.__name__", "NaiveBayesClassifier"),
    ("import nltk.sentiment.util; x = nltk.sentiment.util.__name__", "nltk.sentiment.util"),
    ("import nltk; x = sorted(set(dir(nltk)) & {'pos_tag', 'FreqDist', 'word_tokenize'})", ["FreqDist", "pos_tag", "word_tokenize"]),
    ("import toolkit as tk; x = tk.collocations('Wall Street fell. Wall Street rose.', min_count=2)['term'].tolist()", ["wall street"]),
]


def _use(first_use: str) -> str:
    return first_use + "; import nltk, nltk.tokenize, nltk.sentiment, nltk.sentiment.vader; nltk.sentiment.SentimentAnalyzer"


# The third-party modules a plain ``import nltk`` loads (through nltk.collocations and nltk.classify)
# and the first answer does not: about nine tenths of the CPU of completing NLTK.
THIRD_PARTY = ("import scipy.stats, scipy.sparse, sklearn.feature_extraction, sklearn.preprocessing, sklearn.svm, "
               "sklearn.linear_model, sklearn.naive_bayes, sklearn.datasets")


@pytest.fixture(scope="module")
def after() -> dict:
    """The first answer, then every scenario that starts right after it, each in its own forked child.

    The deferred-package scenario and the commonest first use (``nltk.word_tokenize``) fork from
    exactly the state of a fresh process after its first answer.  The other scenarios fork after
    the interpreter has also imported SciPy and scikit-learn (no NLTK module: nltk stays deferred),
    so that each of them completes NLTK itself without importing those again.
    """
    uses = {f"use:{u}": DESCRIBE + _use(u) + f"""
assert all(type(sys.modules[p]) is types.ModuleType for p in {PACKAGES!r})
assert not any(type(f).__name__ == "_CompleteFirst" for f in sys.meta_path)
RESULT = {{p: describe(sys.modules[p]) for p in {PACKAGES!r}}}""" for u in FIRST_USES}
    first = {"deferred": """
import sys
import nltk
# Read before anything completes nltk: NLTK's star imports make this nltk.stem.util, not nltk.util.
util = nltk.util.__name__
RESULT = {"util": util, "version": nltk.__version__, "scipy": "scipy" in sys.modules}"""}
    first[f"use:{FIRST_USES[0]}"] = uses.pop(f"use:{FIRST_USES[0]}")
    statements = {f"statement:{statement}": f"""
{statement}
import nltk
RESULT = {{"x": x, "type": type(nltk).__name__, "version": nltk.__version__}}""" for statement, _ in STATEMENTS}
    preload = f"""
nltk_modules = sorted(m for m in sys.modules if m.split(".")[0] == "nltk")
{THIRD_PARTY}
assert type(sys.modules["nltk"]).__name__ == "_DeferredPackage"
assert sorted(m for m in sys.modules if m.split(".")[0] == "nltk") == nltk_modules
"""
    return run_forked([("fresh", "", {"fast_module": FAST_MODULE}), ("first answer", FIRST_ANSWER, first),
                       ("third party", preload, {**uses, **statements})])


@pytest.fixture(scope="module")
def plain() -> dict:
    """What a plain ``import nltk`` gives: one interpreter imports NLTK, then forks a child for each
    first use (a fresh process's ``import nltk.x`` or ``from nltk.x import y`` runs the whole of
    ``import nltk`` first, exactly as that interpreter did) and one that imports the toolkit after."""
    uses = {f"use:{u}": DESCRIBE + _use(u) + f"""
RESULT = {{p: describe(sys.modules[p]) for p in {PACKAGES!r}}}""" for u in FIRST_USES}
    toolkit_after = {"toolkit after nltk": f"""
import sys
import toolkit as tk
table = tk.sentence_sentiment(tk.load({str(SEED)!r}))
RESULT = {{"type": type(sys.modules["nltk"]).__name__, "n": len(table)}}"""}
    return run_forked([("nltk", "import nltk", {**uses, **toolkit_after})])


@pytest.mark.parametrize("first_use", FIRST_USES)
def test_later_import_nltk_gives_what_a_plain_import_gives(first_use: str, after: dict, plain: dict) -> None:
    plain = plain[f"use:{first_use}"]
    got = after[f"use:{first_use}"]
    for package in plain:
        assert set(got[package]) == set(plain[package]), package
        differ = {k: (plain[package][k], got[package][k]) for k in plain[package] if plain[package][k] != got[package][k]}
        if first_use.startswith("from nltk.corpus"):
            # The one known difference: the import of nltk.corpus that completed nltk binds the module
            # itself where nltk/__init__.py put NLTK's LazyModule proxy for it (which replaces itself
            # with that module on first use anyway).
            assert differ.pop("corpus", None) in (None, (["LazyModule", "nltk.lazyimport", None], ["module", "nltk.corpus", None]))
        assert differ == {}, package
    assert len(plain["nltk"]) > 500 and plain["nltk"]["util"][1] == "nltk.stem.util"


def test_deferred_packages_show_no_name_bound_differently_from_a_plain_import(after: dict) -> None:
    assert after["deferred"] == {"util": "nltk.stem.util", "version": tk.resources.package_version("nltk"), "scipy": True}


@pytest.mark.parametrize("statement, expected", STATEMENTS)
def test_nltk_used_after_the_first_answer_works_as_after_a_plain_import(statement: str, expected, after: dict) -> None:
    assert after[f"statement:{statement}"] == {"x": expected, "type": "module", "version": tk.resources.package_version("nltk")}


def test_nltk_imported_first_is_left_alone(plain: dict) -> None:
    assert plain["toolkit after nltk"] == {"type": "module", "n": len(tk.sentence_sentiment(tk.load(SEED)))}


BATCH = """
import json, sys
import toolkit as tk
from toolkit.corpus.batch import profile_texts
corpus = tk.load_corpus({folder!r}, profile=True, workers=2)
profiles = profile_texts(corpus.documents, engine="processes", workers=2)
print(json.dumps({{"modules": sorted(sys.modules), "n": len(profiles),
                  "scores": [p["scores"] for p in profiles], "counts": [p["counts"] for p in profiles]}}))
"""


def test_batch_process_loads_no_scipy_or_sklearn(tmp_path: Path) -> None:
    # 220 documents: enough for the process pool (toolkit.corpus.batch.MIN_DOCS_FOR_PROCESSES).
    texts = [SEED.read_text(encoding="utf-8")] + [f"Story {i}. Markets rose {i} points! Traders were happy." for i in range(219)]
    for i, text in enumerate(texts):
        (tmp_path / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    got = run(BATCH.format(folder=str(tmp_path)))
    loaded = [m for m in got["modules"] if any(m == n or m.startswith(n + ".") for n in NOT_NEEDED)]
    assert loaded == []
    corpus = tk.load_corpus(tmp_path)
    from toolkit.corpus.batch import profile_texts

    here = profile_texts(corpus.documents)
    assert got["n"] == len(here) == len(texts)
    assert got["scores"] == [[list(s) for s in p["scores"]] for p in here]
    assert got["counts"] == [p["counts"] for p in here]
