"""Sentence ends within a paragraph, seen through quotes.

A full stop inside a quotation ends the surrounding sentence only where the quotation
closes right after it (`… region.” Next`), so `“A. B,” he said.` stays one sentence.
"""

from __future__ import annotations

import regex

from quoteprov.lexicon import ABBREVIATIONS
from quoteprov.records import QuoteSpan

_END = regex.compile(r"[.!?…]+[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[\p{Lu}\p{N}]|[\"“‘«])")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of ``text[start:end]`` after the first begin (no quotes inside): the
    sentence breaks with words still after them."""
    return [e for e in sentence_ends(text, start, end, []) if text[e:end].strip()]


def sentence_ends(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> list[int]:
    """Offsets where sentences end in ``text[start:end]`` (each the start of the next sentence)."""
    ends = []
    qi = 0
    for m in _END.finditer(text, start, end):
        p = m.start()
        while qi < len(quotes) and quotes[qi].end + 1 < p:
            qi += 1
        run_end = p
        while run_end < end and text[run_end] in ".!?…":
            run_end += 1
        # Inside a quotation, only where the quotation closes right after the punctuation.
        if any(q.start <= p and run_end < q.end for q in quotes[qi:qi + 3]):
            continue
        if text[p] == ".":
            w = _WORD_BEFORE.search(text, max(start, p - 12), p)
            if w:
                word = w.group(1).lower()
                if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
        ends.append(m.end())
    return ends
