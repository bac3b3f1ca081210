"""Tracing one statement across outlets: are two quoted texts the same words? Pure: strings in, verdicts out.

Both texts are reduced to normalised word tokens: Unicode NFKC, case folded, apostrophes
unified and dropped inside words (``don’t`` = ``don't`` = ``dont``), editorial insertions in
square brackets dropped, and everything that is not a word (quotation marks, punctuation,
ellipses, whitespace) ignored. The tokens are aligned with ``difflib.SequenceMatcher``
(no auto-junk). Two quotes are the same statement when:

- ``identical``: the texts are equal;
- ``variant``: the tokens are equal (marks, case, whitespace, ellipses, [insertions] differ);
- ``fragment``: every word of the shorter is found, in order, in the longer (a partial
  quote of a longer one), or at least ``FRAGMENT_COVERAGE`` of them are, counting only
  aligned runs of two or more words (a fragment with a small wording difference);
- ``reworded``: ``SequenceMatcher.ratio()`` (twice the aligned words over all words) is at
  least ``SIMILARITY``: small wording differences.

Quotes shorter than ``MIN_TOKENS`` words ("soon", a scare-quoted term) only match when
their tokens are equal: two words in common say nothing about a statement.

For the whole store, candidate pairs are found by shared word bigrams (``shingles``),
skipping bigrams carried by more than ``COMMON_SHINGLE`` quotes ("of the"), so the work
grows with the number of quotes that share rare word pairs rather than with all pairs.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

import regex

Relation = Literal["identical", "variant", "fragment", "reworded"]

MIN_TOKENS = 4
FRAGMENT_COVERAGE = 0.85
SIMILARITY = 0.75
COMMON_SHINGLE = 200
EQUAL_RUN_SHOWN = 10  # word diffs shorten unchanged runs longer than this

_INSERTION = regex.compile(r"\[[^\[\]]*\]")
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}_$€£%]+(?:['’ʼ‘`´][\p{L}\p{N}\p{M}_]+)*")
_APOSTROPHES = regex.compile(r"['’ʼ‘`´]")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A quote's words: as written (for display) and normalised (for comparison)."""

    surface: tuple[str, ...]
    norm: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    relation: Relation
    coverage: float  # share of the shorter quote's words aligned with the longer
    similarity: float  # SequenceMatcher.ratio() over the normalised tokens


def tokens(text: str) -> Tokens:
    flat = _INSERTION.sub(" ", unicodedata.normalize("NFKC", text))
    surface = tuple(m.group() for m in _WORD.finditer(flat))
    norm = tuple(_APOSTROPHES.sub("", w.casefold()) for w in surface)
    return Tokens(surface, norm)


def compare(a_text: str, b_text: str, a: Tokens | None = None, b: Tokens | None = None) -> Match | None:
    """Whether two quoted texts are one statement, and how they relate; None when they are not."""
    a = a or tokens(a_text)
    b = b or tokens(b_text)
    if a_text == b_text:
        return Match("identical", 1.0, 1.0)
    if a.norm == b.norm:
        return Match("variant", 1.0, 1.0) if a.norm else None
    shorter = min(len(a.norm), len(b.norm))
    if shorter < MIN_TOKENS:
        return None
    sm = SequenceMatcher(None, a.norm, b.norm, autojunk=False)
    blocks = sm.get_matching_blocks()
    matched = sum(blk.size for blk in blocks)
    runs = sum(blk.size for blk in blocks if blk.size >= 2)
    similarity = 2.0 * matched / (len(a.norm) + len(b.norm))
    coverage = runs / shorter
    if matched == shorter and runs == shorter:
        return Match("fragment", coverage, similarity)
    if similarity >= SIMILARITY:
        return Match("reworded", coverage, similarity)
    if coverage >= FRAGMENT_COVERAGE:
        return Match("fragment", coverage, similarity)
    return None


def shingles(norm: Sequence[str]) -> set[tuple[str, ...]]:
    """Word bigrams of a quote (the single word for a one-word quote)."""
    if len(norm) < 2:
        return {tuple(norm)} if norm else set()
    return {(norm[i], norm[i + 1]) for i in range(len(norm) - 1)}


class Index:
    """Quotes by shingle, to find the candidates that may be the same statement as a given text."""

    def __init__(self, texts: Iterable[tuple[int, str]]) -> None:
        self.texts: dict[int, str] = {}
        self.tokens: dict[int, Tokens] = {}
        self.buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.exact: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for key, text in texts:
            toks = tokens(text)
            self.texts[key] = text
            self.tokens[key] = toks
            self.exact[toks.norm].append(key)
            for sh in shingles(toks.norm):
                self.buckets[sh].append(key)

    def candidates(self, toks: Tokens) -> set[int]:
        found = set(self.exact.get(toks.norm, ()))
        if len(toks.norm) < MIN_TOKENS:
            return found
        keys = [sh for sh in shingles(toks.norm) if sh in self.buckets]
        rare = [sh for sh in keys if len(self.buckets[sh]) <= COMMON_SHINGLE]
        if not rare:  # only common word pairs: take the rarest few anyway
            rare = sorted(keys, key=lambda sh: len(self.buckets[sh]))[:3]
        for sh in rare:
            found.update(self.buckets[sh])
        return found

    def matches(self, text: str, toks: Tokens | None = None) -> dict[int, Match]:
        """Every indexed quote that is the same statement as ``text``."""
        toks = toks or tokens(text)
        out: dict[int, Match] = {}
        for key in self.candidates(toks):
            m = compare(text, self.texts[key], toks, self.tokens[key])
            if m is not None:
                out[key] = m
        return out

    def statement(self, text: str) -> dict[int, Match]:
        """The quotes that match ``text``, and, in turn, the quotes that match those (as ``groups`` links them).

        Each is given with its match to ``text`` when it has one, else with its match to the quote that linked it.
        """
        found = self.matches(text)
        frontier = list(found)
        while frontier:
            key = frontier.pop()
            for other, match in self.matches(self.texts[key], self.tokens[key]).items():
                if other not in found:
                    found[other] = compare(text, self.texts[other]) or match
                    frontier.append(other)
        return found

    def groups(self) -> list[list[int]]:
        """The whole index grouped into statements (linked by any matching pair), each sorted by key."""
        parent = {key: key for key in self.texts}

        def find(k: int) -> int:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for key in self.texts:
            for other in self.matches(self.texts[key], self.tokens[key]):
                if other > key:
                    ra, rb = find(key), find(other)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
        grouped: dict[int, list[int]] = defaultdict(list)
        for key in self.texts:
            grouped[find(key)].append(key)
        return sorted((sorted(g) for g in grouped.values()), key=lambda g: g[0])


def word_diff(reference: str, other: str) -> str:
    """``other`` against ``reference`` word by word: ``[-gone-]`` and ``{+added+}``; long equal runs shortened."""
    a, b = tokens(reference), tokens(other)
    sm = SequenceMatcher(None, a.norm, b.norm, autojunk=False)
    parts: list[str] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            words = list(b.surface[j1:j2])
            if len(words) > EQUAL_RUN_SHOWN:
                words = [*words[:4], f"…({len(words) - 8} words)…", *words[-4:]]
            parts.extend(words)
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(a.surface[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(b.surface[j1:j2]) + "+}")
    return " ".join(parts)
