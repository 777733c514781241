"""The ECB+ document-clustering scorer: metrics on hand-checked cases, reading the corpus, and a
small end-to-end run (eval/bench_ecbplus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.eval.bench_ecbplus import (
    b_cubed,
    ceaf_e,
    clustering_scores,
    detokenise,
    muc,
    read_ecbplus,
)

KEY = [{"a", "b", "c"}, {"d", "e"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}]


def test_b_cubed_by_hand() -> None:
    p, r = b_cubed(KEY, RESPONSE)
    assert p == pytest.approx(11 / 15)
    assert r == pytest.approx(11 / 15)


def test_muc_by_hand() -> None:
    assert muc(KEY, RESPONSE) == pytest.approx((2 / 3, 2 / 3))
    assert muc(KEY, [{x} for x in "abcde"]) == (0.0, 0.0)


def test_ceaf_e_by_hand() -> None:
    # best alignment: {a,b,c}-{a,b} (0.8) and {d,e}-{c,d,e} (0.8)
    assert ceaf_e(KEY, RESPONSE) == pytest.approx((0.8, 0.8))


@pytest.mark.parametrize(
    ("response", "conll"),
    [(KEY, 100.0), ([{"a", "b", "c", "d", "e"}], None), ([{x} for x in "abcde"], None)],
)
def test_perfect_and_degenerate_clusterings(response: list[set[str]], conll: float | None) -> None:
    scores = clustering_scores(KEY, response)
    if conll is not None:
        assert scores["conll_f1"] == conll
    else:
        assert scores["conll_f1"] < 100.0


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["He", "said", ",", "``", "no", "''", "."], 'He said, " no ".'),
        (["It", "is", "n't", "(", "yet", ")", "over"], "It isn't (yet) over"),
    ],
)
def test_detokenise(tokens: list[str], text: str) -> None:
    assert detokenise(tokens) == text


def test_reads_the_corpus_split(bench_dir: Path) -> None:
    docs = read_ecbplus(bench_dir / "ecbplus", "test", limit_topics=1)
    assert docs
    assert {d.topic for d in docs} == {"36"}
    assert {d.cluster for d in docs} == {"36_ecb", "36_ecbplus"}
    assert all(d.text and "http" not in d.text.split("\n")[0] for d in docs)


@pytest.mark.slow
def test_small_end_to_end_run(bench_dir: Path) -> None:
    from newsledger.eval.bench_ecbplus import score_ecbplus

    scores = score_ecbplus(bench_dir, fold="heldout", limit_topics=2)
    assert scores["documents"] > 20
    assert scores["b3_f1"] > scores["singleton_b3_f1"]
