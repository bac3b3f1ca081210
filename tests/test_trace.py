"""Same statement or not: quoteprov.trace on variants, fragments, rewordings and the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteprov.ingest import ingest
from quoteprov.sources import expand
from quoteprov.store import RunCounts, Store
from quoteprov.trace import Index, compare, tokens, word_diff

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LONG = "We stand ready to strengthen the anti-terrorist potential of Pakistan, including by supplying equipment"


@pytest.mark.parametrize(
    "other",
    [
        "we stand ready to strengthen the anti‑terrorist potential of Pakistan, including by supplying equipment",
        "We  stand ready to strengthen\nthe anti-terrorist potential of Pakistan … including by supplying equipment",
        "We stand ready to strengthen the anti-terrorist potential of Pakistan [the country], including by supplying equipment",
        "WE STAND READY TO STRENGTHEN THE ANTI-TERRORIST POTENTIAL OF PAKISTAN, INCLUDING BY SUPPLYING EQUIPMENT",
    ],
)
def test_marks_case_whitespace_ellipses_and_insertions_are_variants(other: str) -> None:
    match = compare(LONG, other)
    assert match is not None and match.relation == "variant"


def test_identical() -> None:
    match = compare(LONG, LONG)
    assert match is not None and match.relation == "identical"


def test_partial_quote_is_a_fragment() -> None:
    match = compare("strengthen the anti-terrorist potential of Pakistan", LONG)
    assert match is not None and match.relation == "fragment" and match.coverage == 1.0


def test_small_wording_difference_is_reworded() -> None:
    match = compare(LONG, LONG.replace("stand ready", "are ready"))
    assert match is not None and match.relation in ("reworded", "fragment")
    assert match.similarity >= 0.75


def test_unrelated_and_short_quotes_do_not_match() -> None:
    assert compare(LONG, "The harbour will reopen in the spring, the mayor promised everyone") is None
    assert compare("soon", "soon enough") is None
    assert compare("soon", "Soon") is not None  # equal words: a variant
    assert compare("of the", "of the state of the region and of the world") is None


def test_apostrophes_are_unified() -> None:
    assert tokens("don’t stop").norm == tokens("don't stop").norm == ("dont", "stop")


def test_word_diff_marks_gone_and_added_words() -> None:
    diff = word_diff("We have confirmed that we stand ready", "We stand ready now")
    assert "[-We have confirmed that-]" in diff and "{+now+}" in diff


def test_groups_link_transitively_and_skip_common_pairs() -> None:
    texts = [
        (1, LONG),
        (2, "strengthen the anti-terrorist potential of Pakistan"),
        (3, "the anti-terrorist potential of Pakistan, including by supplying equipment"),
        (4, "Nothing to do with it, of the sort, in the region"),
        (5, "soon"),
    ]
    groups = Index(texts).groups()
    assert [1, 2, 3] in groups and [4] in groups and [5] in groups


def test_index_scales_by_rare_shingles() -> None:
    common = [(i, f"of the state of the region number {i} and words {i * 7}") for i in range(600)]
    index = Index(common)
    # "of the" is carried by every quote: it must not make every quote a candidate
    assert len(index.candidates(tokens("of the state of the region number 5 and words 35"))) < 50


def test_sample_corpus_statements_across_outlets(tmp_path: Path) -> None:
    with Store(tmp_path / "q.db") as store:
        run = store.begin_run(["test"])
        list(ingest(store, expand([str(CORPUS)]), run, RunCounts()))
        rows = store.conn.execute("SELECT id, text FROM quotes").fetchall()
    index = Index((int(r[0]), str(r[1])) for r in rows)
    by_text = {text: key for key, text in index.texts.items()}

    def key(start: str) -> int:
        return next(k for t, k in by_text.items() if t.startswith(start))

    groups = index.groups()
    lavrov = {key("We stand ready to strengthen"), key("We have confirmed that we stand ready")}
    ministry = {key("forward to an early finding"), key("We look forward to an early finding")}
    assert any(lavrov <= set(g) for g in groups)
    assert any(ministry <= set(g) for g in groups)
    assert not any(lavrov <= set(g) and ministry <= set(g) for g in groups)
