"""A letter read out or quoted whole: its writer, from the signature, speaks it.

“Dear Sir,—I am desired by his Lordship … I have the honour to be, dear Sir, your obedient
servant, Octavius Crewe, Chaplain.” is Octavius Crewe's, whoever reads it aloud; so is every
paragraph of a letter that runs over several (each re-opened with a quotation mark), from the
salutation to the signature (rule structure.letter-signature).
"""

from __future__ import annotations

import regex

from quoteprov.cues import SpeechEvent
from quoteprov.mentions import name_chunk
from quoteprov.records import Cue
from quoteprov.rule_context import Context, Found, starts_paragraph

# "Dear Sir,—", "My dear Mother,", "Dearest Kitty —": a letter's first words.
_SALUTATION = regex.compile(
    r"(?:[Mm]y[ \u00a0]+)?(?:[Dd]ear(?:est)?|DEAR)[ \u00a0]+(?:[Mm]iss[ \u00a0]+|[Mm]r\.?[ \u00a0]+|[Mm]rs\.?[ \u00a0]+)?"
    r"\p{Lu}[\p{L}.'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’\-]*)?[ \u00a0]*[,:]"
)
# "… your obedient servant, Octavius Crewe, Chaplain." / "… your loving son, Walter Brereton."
_SIGNATURE = regex.compile(
    r"(?i:yours?)\b[^.!?;]{0,60}?,[ \u00a0]*"
    r"(?P<name>\p{Lu}(?:\.|[\p{L}'’\-]+)(?:[ \u00a0]+\p{Lu}(?:\.|[\p{L}'’\-]+)){0,3})"
    r"(?:,[ \u00a0]*\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]*)*)?[.!]?[ \u00a0]*$"
)
_MAX_PARAGRAPHS = 12  # a letter runs over at most this many paragraphs


def letter_writers(ctx: Context) -> None:
    """Give every quoted letter with a salutation and a signature to the person who signs it."""
    pi = 0
    while pi < len(ctx.paras):
        p = ctx.paras[pi]
        if not p.quotes or not starts_paragraph(ctx, pi, ctx.quotes[p.quotes[0]]):
            pi += 1
            continue
        first = p.quotes[0]
        if _SALUTATION.match(ctx.text, ctx.quotes[first].start, ctx.quotes[first].end) is None:
            pi += 1
            continue
        pieces = [first]
        last = pi
        # The letter's paragraphs: each opens with the mark, all but the last left open.
        while not ctx.quotes[pieces[-1]].closed and len(p.quotes) == 1 and last + 1 < len(ctx.paras) and \
                last - pi < _MAX_PARAGRAPHS:
            nxt = ctx.paras[last + 1]
            if not nxt.quotes or not starts_paragraph(ctx, last + 1, ctx.quotes[nxt.quotes[0]]):
                break
            last += 1
            p = nxt
            pieces.append(nxt.quotes[0])
        end = ctx.quotes[pieces[-1]]
        signed = _SIGNATURE.search(ctx.text, max(end.start, end.end - 160), end.end)
        if signed is not None:
            writer = name_chunk(ctx.text, signed.start("name"), signed.end("name"))
            ev = SpeechEvent(Cue(signed.start(), signed.start(), ""), writer, "structure.letter-signature", 0.8)
            found = Found(ev, ev.rule, f"a letter signed {writer.text!r}")
            for n in pieces:
                ctx.found[n] = found
        pi = last + 1
