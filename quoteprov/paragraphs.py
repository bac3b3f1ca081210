"""Paragraph boundaries of a text.

News text puts each paragraph on its own line; books from archives are often
hard-wrapped, with a blank line between paragraphs and single newlines inside them.
``paragraph_break_pattern`` tells the two apart once per text, so that a quotation
is never carried over a paragraph break but does run over a soft line wrap.
"""

from __future__ import annotations

import regex

# Every newline ends a paragraph.
_EVERY_LINE = regex.compile(r"\r?\n(?:[ \t\f\v\u00a0]*\r?\n)*")
# Only blank lines end a paragraph (hard-wrapped text).
_BLANK_LINE = regex.compile(r"\r?\n(?:[ \t\f\v\u00a0]*\r?\n)+")

_SAMPLE_LINES = 400


def is_hard_wrapped(text: str) -> bool:
    """True when most lines are wrapped at a fixed width (as in Project Gutenberg books)."""
    if text.count("\n") < 8:
        return False
    lengths = [len(line.rstrip("\r")) for line in text.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES]]
    full = [n for n in lengths if n > 0]
    if len(full) < 8:
        return False
    wrapped = sum(1 for n in full if 45 <= n <= 80)
    long = sum(1 for n in full if n > 100)
    return wrapped >= 0.6 * len(full) and long <= 0.02 * len(full)


def paragraph_break_pattern(text: str) -> regex.Pattern[str]:
    return _BLANK_LINE if is_hard_wrapped(text) else _EVERY_LINE


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the paragraphs of ``text``, line breaks excluded."""
    spans = []
    start = 0
    for m in paragraph_break_pattern(text).finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans
