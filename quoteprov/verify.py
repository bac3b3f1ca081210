"""Verifying a stored quote against the text of its file today: pure, strings in, a verdict out.

A quote stored at ``[start, end)`` of ``old`` text is checked against ``new`` text:

- ``ok``: the same words stand at the same offsets (and, when the caller knows it, the
  same bytes: see ``quoteprov.verify_store``);
- ``moved``: the words are found again elsewhere. When they occur more than once, the
  occurrence whose surrounding text best matches the stored prefix and suffix context
  (``CONTEXT`` code points each side) wins; ties go to the occurrence nearest the old
  place, measured relative to the length of the text;
- ``changed``: the exact words are nowhere in the new text. The text that now stands at
  the place is shown: between the stored prefix and suffix contexts when both are found
  again in order, else at the old offsets;
- ``missing`` is decided by the caller (the file is gone or cannot be decoded).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["ok", "moved", "changed", "missing"]
STATUSES: tuple[Status, ...] = ("ok", "moved", "changed", "missing")

CONTEXT = 64  # code points of prefix and suffix compared when re-anchoring
ANCHOR = 24  # code points of prefix / suffix used to find the place of a changed quote
MIN_CONTEXT = 16  # code points of context that must agree before the same words elsewhere count as this quote
MAX_OCCURRENCES = 10_000  # a quote of one common word in a huge file: stop counting there


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict for one quote; ``start``/``end`` are where it stands now (or the place, if changed)."""

    status: Status
    start: int
    end: int
    found: str  # the text now at ``[start, end)`` of the new text ("" when missing)


def common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def common_suffix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def occurrences(text: str, needle: str, limit: int = MAX_OCCURRENCES) -> list[int]:
    """Every start of ``needle`` in ``text`` (overlapping ones too), up to ``limit``."""
    found: list[int] = []
    if not needle:
        return found
    pos = text.find(needle)
    while pos >= 0 and len(found) < limit:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def context_score(old: str, start: int, end: int, new: str, new_start: int, context: int = CONTEXT) -> int:
    """How many code points of the stored prefix and suffix context agree at ``new_start``."""
    new_end = new_start + (end - start)
    before = common_suffix(old[max(0, start - context):start], new[max(0, new_start - context):new_start])
    after = common_prefix(old[end:end + context], new[new_end:new_end + context])
    return before + after


def reanchor(old: str, start: int, end: int, new: str, context: int = CONTEXT) -> int | None:
    """Where the quote ``old[start:end]`` stands in ``new``: the best-matching occurrence, or None."""
    quote = old[start:end]
    if new[start:end] == quote and context_score(old, start, end, new, start, context) == _full(old, start, end, context):
        return start
    candidates = occurrences(new, quote)
    if not candidates:
        return None
    where = start / len(old) if old else 0.0

    def rank(pos: int) -> tuple[int, float]:
        distance = abs(pos / len(new) - where) if new else 0.0
        return (-context_score(old, start, end, new, pos, context), distance)

    best = min(candidates, key=rank)
    if context_score(old, start, end, new, best, context) < min(MIN_CONTEXT, _full(old, start, end, context)):
        return None  # the same words, but elsewhere: not this quote
    return best


def _full(old: str, start: int, end: int, context: int) -> int:
    return len(old[max(0, start - context):start]) + len(old[end:end + context])


def place(old: str, start: int, end: int, new: str, anchor: int = ANCHOR) -> tuple[int, int]:
    """Where a quote that is no longer there used to stand in ``new``: between its contexts if found."""
    prefix, suffix = old[max(0, start - anchor):start], old[end:end + anchor]
    lo = _nearest(new, prefix, start) if prefix else 0
    if lo is not None and prefix:
        lo += len(prefix)
    hi = None
    if lo is not None:
        hi = new.find(suffix, lo) if suffix else len(new)
        if hi < 0 or hi - lo > 4 * (end - start) + 200:
            hi = None
    if lo is None or hi is None:
        lo = min(start, len(new))
        hi = min(max(end, lo), len(new))
    return lo, hi


def _nearest(text: str, needle: str, around: int) -> int | None:
    found = occurrences(text, needle, limit=1000)
    return min(found, key=lambda p: abs(p - around)) if found else None


def check(old: str, start: int, end: int, new: str) -> Check:
    """The verdict for the quote ``old[start:end]`` against ``new`` (both exact decoded texts)."""
    quote = old[start:end]
    if old is new or old == new:
        return Check("ok", start, end, quote)
    pos = reanchor(old, start, end, new)
    if pos is None:
        lo, hi = place(old, start, end, new)
        return Check("changed", lo, hi, new[lo:hi])
    status: Status = "ok" if pos == start else "moved"
    return Check(status, pos, pos + len(quote), quote)


def shift_span(old: str, span: tuple[int, int], delta: int, new: str) -> tuple[int, int] | None:
    """A span (a mention, a cue) carried along with its quote: the same shift, else re-anchored, else None."""
    a, b = span
    words = old[a:b]
    if 0 <= a + delta <= b + delta <= len(new) and new[a + delta:b + delta] == words:
        return a + delta, b + delta
    pos = reanchor(old, a, b, new)
    return None if pos is None else (pos, pos + len(words))
