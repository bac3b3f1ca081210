"""Paragraph boundaries of a text.

News text puts each paragraph on its own line; books from archives are often
hard-wrapped, with a blank line between paragraphs and single newlines inside them.
``paragraph_break_pattern`` tells the two apart once per text, so that a quotation
is never carried over a paragraph break but does run over a soft line wrap.
"""

from __future__ import annotations

from functools import lru_cache

import regex

# Every newline ends a paragraph.
_EVERY_LINE = regex.compile(r"\r?\n(?:[ \t\f\v\u00a0]*\r?\n)*")
# Only blank lines end a paragraph (hard-wrapped text).
_BLANK_LINE = regex.compile(r"\r?\n(?:[ \t\f\v\u00a0]*\r?\n)+")

_SAMPLE_LINES = 400


@lru_cache(maxsize=8)
def is_hard_wrapped(text: str) -> bool:
    """True when paragraphs are wrapped at a fixed width (as in Project Gutenberg books).

    Looks at the lines that another non-blank line follows (the inside of a paragraph, if
    the text is wrapped): when most of them end near one width, newlines are soft.
    """
    if text.count("\n") < 4:
        return False
    lines = [line.rstrip("\r") for line in text.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES]]
    indented = _indented(text)  # then a line before an indented one ends its paragraph
    inner = [len(a) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip() and not (indented and _INDENT.match(b))]
    if len(inner) < 3:
        return False
    wrapped = sum(1 for n in inner if 40 <= n <= 90)
    long = sum(1 for line in lines if len(line) > 120)
    return wrapped >= 0.75 * len(inner) and long <= 0.02 * len(lines)


def paragraph_break_pattern(text: str) -> regex.Pattern[str]:
    if not is_hard_wrapped(text):
        return _EVERY_LINE
    return _BLANK_OR_INDENT if _indented(text) else _BLANK_LINE


# Hard-wrapped text that marks paragraphs by indenting their first line, not by blank lines.
_BLANK_OR_INDENT = regex.compile(r"\r?\n(?:[ \t\f\v\u00a0]*\r?\n)+|\r?\n(?=(?: {2,}|\t)\S)")
_INDENT = regex.compile(r"^(?: {2,}|\t)\S", regex.M)
_EMPTY_LINE = regex.compile(r"^[ \t\r]*$", regex.M)


@lru_cache(maxsize=8)
def _indented(text: str) -> bool:
    """Whether paragraphs start with an indented line rather than after a blank line."""
    head = "\n".join(text.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES])
    indented = len(_INDENT.findall(head))
    blank = len(_EMPTY_LINE.findall(head))
    return indented >= 5 and indented > 2 * blank


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the paragraphs of ``text``, line breaks excluded."""
    spans = []
    start = 0
    for m in paragraph_break_pattern(text).finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans
