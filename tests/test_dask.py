"""The corpus functions on a Dask LocalCluster (127.0.0.1, TLS) equal the local run."""
from __future__ import annotations

import pytest

import toolkit as tk
from toolkit.corpus import stats as cs
from toolkit.corpus.batch import local_cluster, profile_texts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    from distributed import Client

    cluster = local_cluster(n_workers=2)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def _corpus(seed_path):
    texts = [seed_path.read_text(encoding="utf-8"),
             "Israel warns Hezbollah\n\nIsrael warned Hezbollah on Monday. Hezbollah said it would respond.",
             "Stocks rally\n\nShares rose sharply on Monday. Investors were happy with strong profits.",
             "Oil falls\n\nOil prices fell on Tuesday. Traders feared weak demand, and it was NOT good!!"]
    return tk.load_corpus(texts * 3, drop_duplicates=False)


def test_cluster_binds_loopback_with_tls(client):
    address = client.scheduler.address
    assert address.startswith("tls://127.0.0.1:")
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2 and all(w.startswith("tls://127.0.0.1:") for w in workers)


def test_dask_profiles_equal_local(client, seed_path):
    corpus = _corpus(seed_path)
    local = profile_texts(corpus.documents, engine="local")
    distributed = profile_texts(corpus.documents, engine="dask", client=client)
    assert distributed == local
    assert profile_texts(corpus.documents, engine="dask", workers=2) == local  # Dask's own process scheduler


def test_dask_corpus_tables_equal_local(client, seed_path):
    import pandas.testing as pdt

    local, remote = _corpus(seed_path), _corpus(seed_path)
    cs.profiles(remote, engine="dask", client=client)
    for fn in (cs.document_table, cs.corpus_keywords, cs.sentiment_by_group, cs.sentence_table, cs.distinctive_terms):
        pdt.assert_frame_equal(fn(remote), fn(local))
    assert (cs.document_table(local)["words"].tolist()[:4] == [472, 13, 13, 16])  # headline words count too
