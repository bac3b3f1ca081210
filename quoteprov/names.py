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

from quoteprov.lexicon import DETERMINERS, NOT_NAMES, ROLE_NOUNS, TITLES
from quoteprov.mentions import Chunk, chunks

_CAP = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-]*\.?)"
_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|ter|la|le|al|el|bin|ibn|abu|dos|das|y)"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_CAP}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])?{_CAP})*")
_WORD_BEFORE = regex.compile(r"(\p{Ll}[\p{Ll}\-]*)[ \u00a0]+$")
_APPOSITION = regex.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]", regex.I)
_LOOKBACK = 60
_LOOKAHEAD = 100


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
        found = [c for c in chunks(text, lo, hi) if c.end > m.start()]
        for c in found:
            out.append(c)
            if c.kind == "name" and _APPOSITION.match(text, c.end, end):
                tail = chunks(text, c.end + 2, min(end, c.end + _LOOKAHEAD))
                if tail and tail[0].kind == "description":
                    out.append(tail[0])
        done = max(done, out[-1].end if out else hi, m.end())
    return out
