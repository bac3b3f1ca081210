"""The pure verdicts of quoteprov.verify: ok, moved (re-anchored by context), changed."""

from __future__ import annotations

from quoteprov.verify import check, context_score, reanchor, shift_span

OLD = "Intro.\n“We will rebuild,” said Quill.\nLater: “We will rebuild,” said Marsh.\n"


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def test_same_text_is_ok() -> None:
    start, end = span(OLD, "We will rebuild,")
    verdict = check(OLD, start, end, OLD)
    assert (verdict.status, verdict.start, verdict.end) == ("ok", start, end)


def test_text_inserted_before_moves_the_quote() -> None:
    start, end = span(OLD, "We will rebuild,")
    new = "EDITOR'S NOTE: corrected.\n" + OLD
    verdict = check(OLD, start, end, new)
    assert verdict.status == "moved"
    assert new[verdict.start:verdict.end] == "We will rebuild,"
    assert verdict.start == start + len("EDITOR'S NOTE: corrected.\n")


def test_the_occurrence_whose_context_matches_wins() -> None:
    start, end = span(OLD, "We will rebuild,", nth=1)  # Marsh's, the second one
    new = OLD.replace("Intro.\n", "A much longer introduction.\n")
    verdict = check(OLD, start, end, new)
    assert verdict.status == "moved"
    assert new[verdict.end:].startswith("” said Marsh.")
    # and Quill's goes to Quill's even when Marsh's now stands at Quill's old offsets
    q_start, q_end = span(OLD, "We will rebuild,")
    swapped = "“We will rebuild,” said Marsh.\n" + OLD
    pos = reanchor(OLD, q_start, q_end, swapped)
    assert pos is not None and swapped[pos + q_end - q_start:].startswith("” said Quill.")


def test_changed_words_are_changed_and_the_place_is_shown() -> None:
    start, end = span(OLD, "We will rebuild,")
    new = OLD.replace("“We will rebuild,” said Quill", "“We shall rebuild,” said Quill")
    verdict = check(OLD, start, end, new)
    assert verdict.status == "changed"
    assert verdict.found == "We shall rebuild,"


def test_changed_place_falls_back_to_old_offsets_when_context_is_gone() -> None:
    old = "x" * 10 + "“alpha beta”" + "y" * 10
    start, end = span(old, "alpha beta")
    verdict = check(old, start, end, "completely different text here")
    assert verdict.status == "changed" and 0 <= verdict.start <= verdict.end <= 30


def test_context_score_counts_matching_code_points() -> None:
    start, end = span(OLD, "We will rebuild,")
    assert context_score(OLD, start, end, OLD, start) == len(OLD[max(0, start - 64):start]) + len(OLD[end:end + 64])


def test_shift_span_carries_a_mention_or_re_anchors_it() -> None:
    new = "New first line.\n" + OLD
    a, b = span(OLD, "Quill")
    assert shift_span(OLD, (a, b), 16, new) == (a + 16, b + 16)
    assert shift_span(OLD, (a, b), 0, new) == (a + 16, b + 16)
    assert shift_span(OLD, (a, b), 0, "nobody here") is None
