"""Name mentions across a whole document, found by one compiled regular expression.

The resolver needs every person and organisation name of an article (for pronouns,
surnames and descriptions), but only a few windows around each quote in full detail.
Running the token-level chunker (``quoteprov.mentions``) over every word costs most of
the time of a scan; here the C regex engine finds the capitalised runs, and the chunker
runs only on those runs and on the few words around them (titles before a name, an
apposition after it).
"""

from __future__ import annotations

import regex

from quoteprov.lexicon import DETERMINERS, NOT_NAMES, ORG_NOUNS, ROLE_NOUNS, TITLES, UNNAMED_HEADS
from quoteprov.mentions import Chunk, chunks
from quoteprov.records import SpeakerKind

_CAP = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-]*\.?)"
_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|ter|la|le|al|el|bin|ibn|abu|dos|das|y)"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_CAP}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])?{_CAP})*")
_WORD_BEFORE = regex.compile(r"(\p{Ll}[\p{Ll}\-]*)[ \u00a0]+$")
_APPOSITION = regex.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]", regex.I)
_WORD_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}+)")
_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "it"})
_LOOKBACK = 60
_LOOKAHEAD = 100


def _plain_run(text: str, m: regex.Match[str], lo: int, hi: int, end: int) -> list[Chunk] | None:
    """The chunk of a run that needs no tokenising (no titles before it, no full stops or
    possessives in it, no role noun after it), or None to take the general path."""
    if lo != m.start() or hi != m.end():
        return None  # titles before it or a possessive after it: the general path
    run = m.group()
    if "." in run or "'" in run or "’" in run:
        return None
    after = _WORD_AFTER.match(text, m.end(), min(end, m.end() + 40))
    if after is not None and (after.group(1) in ROLE_NOUNS or after.group(1) in ORG_NOUNS or after.group(1) in UNNAMED_HEADS):
        return None
    words = run.split()
    offsets = []
    pos = m.start()
    for w in words:
        pos = text.index(w, pos)
        offsets.append(pos)
        pos += len(w)
    lows = [w.lower() for w in words]
    first = 0
    while first < len(words) and (lows[first] in NOT_NAMES or lows[first].endswith("ing") and len(words[first]) > 5):
        first += 1
    if first == len(words):
        return []
    words, lows, offsets = words[first:], lows[first:], offsets[first:]
    cut = 0
    for n, low in enumerate(lows):
        if low in TITLES:
            cut = n + 1
    if cut >= len(words) or any(low in _PRONOUNS for low in lows):
        return None
    start, stop = offsets[0], offsets[-1] + len(words[-1])
    surface = text[start:stop]
    if any(low in ORG_NOUNS for low in lows[cut:]):
        return [Chunk(start, stop, surface, "name", SpeakerKind.ORGANISATION, surface, lows[-1], tuple(lows[:cut]))]
    return [Chunk(start, stop, surface, "name", SpeakerKind.PERSON, " ".join(words[cut:]), lows[-1], tuple(lows[:cut]))]


def name_mentions(text: str, start: int, end: int) -> list[Chunk]:
    """Name chunks in ``text[start:end]`` with the descriptions that title or follow them."""
    out: list[Chunk] = []
    done = start
    for m in _RUN.finditer(text, start, end):
        if m.end() <= done:
            continue
        run = m.group()
        if " " not in run and "\u00a0" not in run and run.lower().rstrip(".") in NOT_NAMES:
            continue  # "The", "But", "Monday": a capital that names nobody
        lo = m.start()
        before = _WORD_BEFORE.search(text, max(start, lo - 30, done), lo)
        if before is not None:
            word = before.group(1)
            if word in ROLE_NOUNS or word in TITLES or word in DETERMINERS:
                lo = max(start, done, lo - _LOOKBACK)  # "foreign minister Sergey Lavrov", "the Rev. X"
        hi = m.end()
        if hi < end and text.startswith("'s", hi) or text.startswith("’s", hi):
            hi = min(end, hi + _LOOKBACK)  # "Pakistan's foreign ministry"
        fast = _plain_run(text, m, lo, hi, end)
        if fast is None:
            # Let the chunker see the words after the run too ("the Kent County Republican headquarters").
            hi = max(hi, min(end, m.end() + 40))
        found = fast if fast is not None else [c for c in chunks(text, lo, hi) if c.end > m.start() and c.start < m.end()]
        for c in found:
            out.append(c)
            if c.kind == "name" and _APPOSITION.match(text, c.end, end):
                tail = chunks(text, c.end + 2, min(end, c.end + _LOOKAHEAD))
                if tail and tail[0].kind == "description":
                    out.append(tail[0])
        done = max(done, out[-1].end if out else hi, m.end())
    return out
