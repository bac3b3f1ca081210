"""The shortcuts taken for speed must find what the plain way finds (see the perf commits)."""

from __future__ import annotations

import random
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteprov.names as names
from quoteprov.mentions import _TOKEN, chunks, tokens
from quoteprov.paragraphs import paragraph_spans
from quoteprov.records import QuoteSpan
from quoteprov.scanner import _MARK, _scan_paragraph, scan

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
# Spaces of every kind, blank lines, marks, initials and abbreviations: where the shortcuts could slip.
PIECES = ["a", "b", "é", "A", "B", "É", "ß", "²", " ", " ", "\u00a0", "\u2003", "\x1c", "\n", "\r\n", "\n\n", "\n \n",
          "\t", "-", ".", ",", "(", "“", "”", '"', "'", "’", "I.", "U.S.", "Mr.", "said ", "the ", "minister "]
STRINGS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _word_before_plain(text: str, floor: int, pos: int) -> tuple[str, int]:
    """names.word_before as it was written first, character by character."""
    end = pos
    while end > floor and text[end - 1] in " \u00a0":
        end -= 1
    if end == pos:
        return "", -1
    begin = end
    while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
        begin -= 1
    word = text[begin:end]
    if not word or not word[0].islower() or not word.replace("-", "").islower():
        return "", -1
    if begin > floor and not text[begin - 1].isspace() and text[begin - 1] not in "([\"“‘'":
        return "", -1
    return word, begin


@settings(max_examples=400, deadline=None)
@given(STRINGS, st.data())
def test_word_before(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    assert names.word_before(text, floor, pos) == _word_before_plain(text, floor, pos)


@settings(max_examples=400, deadline=None)
@given(STRINGS, st.data())
def test_words_before_searched_right_to_left(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    forward = regex.compile(names._WORDS_BEFORE.pattern.removeprefix("(?r)"))
    a, b = forward.search(text, floor, pos), names._WORDS_BEFORE.search(text, floor, pos)
    assert (a and a.span()) == (b and b.span())


@settings(max_examples=400, deadline=None)
@given(STRINGS, st.data())
def test_tokens_are_placed_where_the_pattern_finds_them(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
    toks = tokens(text, start, end)
    # A word's sentence full stop becomes a token of its own: merge it back to compare.
    merged = []
    for t in toks:
        if merged and t.text == "." and t.start == merged[-1][1] and (t.start, t.end) not in spans:
            merged[-1] = (merged[-1][0], t.end)
        else:
            merged.append((t.start, t.end))
    assert merged == spans


def test_a_window_is_chunked_alike_on_its_own() -> None:
    """names memoises chunks on the window's text: the chunker must read nothing outside it."""
    rnd = random.Random(7)
    for text in TEXTS:
        for _ in range(300):
            lo = rnd.randrange(len(text))
            hi = min(len(text), lo + rnd.randrange(1, 150))
            inside = [(c.start - lo, c.end - lo, *c[2:]) for c in chunks(text, lo, hi)]
            assert inside == [tuple(c) for c in chunks(text[lo:hi], 0, hi - lo)]


@settings(max_examples=400, deadline=None)
@given(STRINGS)
def test_scan_marks_in_one_pass(text: str) -> None:
    """scan finds the marks of the whole text at once, as it would paragraph by paragraph."""
    spans: list[QuoteSpan] = []
    for index, (start, end) in enumerate(paragraph_spans(text)):
        _scan_paragraph(text, start, end, index, spans, list(_MARK.finditer(text, start, end)))
    spans.sort(key=lambda s: (s.start, s.depth))
    assert scan(text) == tuple(spans)
