"""Paragraph boundaries (quoteprov/paragraphs.py): one per line, blank-line separated hard-wrapped
books, and hard-wrapped books that indent each paragraph's first line instead."""

from __future__ import annotations

import textwrap

from quoteprov.paragraphs import is_hard_wrapped, paragraph_spans

_PARAS = [
    "Frank and George walked home together along the towpath, and neither of them spoke until they "
    "reached the cottage by the lock.",
    '"You needn\'t have said that to her," said Frank at last, stopping on the bridge to look at the water.',
    '"Said what?"',
    '"You know very well what. About the money she lent you in the spring, and never saw again."',
    'George kicked a stone into the water. "She asked me. Was I to lie to her, when she asked me?"',
]


def _texts(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in paragraph_spans(text)]


def test_one_paragraph_per_line() -> None:
    text = "\n".join(_PARAS)
    assert not is_hard_wrapped(text)
    assert _texts(text) == _PARAS


def test_hard_wrapped_with_blank_lines() -> None:
    text = "\n\n".join(textwrap.fill(p, 68) for p in _PARAS)
    assert is_hard_wrapped(text)
    assert [" ".join(t.split()) for t in _texts(text)] == _PARAS


def test_hard_wrapped_with_indented_first_lines() -> None:
    text = "\n".join("    " + textwrap.fill(p, 68) for p in _PARAS * 2)
    assert is_hard_wrapped(text)
    assert [" ".join(t.split()) for t in _texts(text)] == _PARAS * 2


def test_indented_single_line_paragraphs_are_not_wrapped() -> None:
    text = "\n".join("  " + p for p in _PARAS * 2)
    assert not is_hard_wrapped(text)
    assert _texts(text) == _PARAS * 2
