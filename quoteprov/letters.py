"""A letter read out or quoted whole: its writer, from the signature, speaks it.

“Dear Sir,—I am desired by his Lordship … I have the honour to be, dear Sir, your obedient
servant, Octavius Crewe, Chaplain.” is Octavius Crewe's, whoever reads it aloud; so is every
paragraph of a letter that runs over several (each re-opened with a quotation mark), from the
salutation to the signature (rule structure.letter-signature). A letter or a telegram read out
may sign off otherwise: after a dash (“… Then we talk price. — P. Stolk.”), after a telegram's
“stop” (“… be in and be sober stop Clarissa.”), or with a lone initial or given name (“… to meet
the poet. D.”, the one person of the text whose given name it opens); and one read out unsigned is
the person the narration says it is from (“It is from your aunt Dalby,” said she. … And she read
aloud: ¶ “My dear Harriet, — …”).
"""

from __future__ import annotations

import regex

from quoteprov.cues import SpeechEvent
from quoteprov.given_names import gender_of
from quoteprov.mentions import Chunk, chunks, name_chunk
from quoteprov.records import Cue, SpeakerKind
from quoteprov.rule_context import Context, Found, starts_paragraph

# "Dear Sir,—", "My dear Mother,", "Dearest Kitty —": a letter's first words.
_SALUTATION = regex.compile(
    r"(?:[Mm]y[ \u00a0]+)?(?:[Dd]ear(?:est)?|DEAR)[ \u00a0]+(?:[Mm]iss[ \u00a0]+|[Mm]r\.?[ \u00a0]+|[Mm]rs\.?[ \u00a0]+)?"
    r"\p{Lu}[\p{L}.'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’\-]*)?[ \u00a0]*[,:]"
    r"|\p{Lu}[\p{L}.'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’\-]*)?,[ \u00a0]*[—–]"  # "Captain Brandt, — The rattan is ready"
)
# "… your obedient servant, Octavius Crewe, Chaplain." / "… your loving son, Walter Brereton."
_SIGNATURE = regex.compile(
    r"(?i:yours?)\b[^.!?;]{0,60}?,[ \u00a0]*"
    r"(?P<name>\p{Lu}(?:\.|[\p{L}'’\-]+)(?:[ \u00a0]+\p{Lu}(?:\.|[\p{L}'’\-]+)){0,3})"
    r"(?:,[ \u00a0]*\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]*)*)?[.!]?[ \u00a0]*$"
)
# "… Then we talk price. — P. Stolk.", "… be sober stop Clarissa.", "… longing to meet the poet. D.": signed off
_SIGNED_OFF = regex.compile(
    r"(?:[—–][ \u00a0]*|\b(?i:stop)[ \u00a0]+|(?<=[.!?][ \u00a0]))"
    r"(?P<name>\p{Lu}\.(?:[ \u00a0]*\p{Lu}\.)*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]+)?|\p{Lu}[\p{L}'’\-]+)\.?[ \u00a0]*$"
)
# "It is from your aunt Dalby", "a letter from Mr. Crewe": whom the narration says a letter is from.
_FROM = regex.compile(r"\bfrom[ \u00a0]+")
_READ_OUT = regex.compile(r"\bread\b[^.!?“”\"]*:\s*$|\bread\b[^“”\"]{0,120}?\b(?:aloud|out)\b[^“”\"]{0,80}[.:]\s*$")
# ("And she read aloud, with considerable emphasis:", "I read it once to myself, and then, at her request, aloud; and I
# give it here exactly as it stood.")
_FROM_WORDS = 20  # characters between "from" and the name ("from your own aunt Dalby")
_READ_REACH = 200  # characters back to "read aloud:"
_SENDER_REACH = 800  # characters back to where the narration says whom a letter is from
_MAX_PARAGRAPHS = 12  # a letter runs over at most this many paragraphs


def letter_writers(ctx: Context) -> None:
    """Give every quoted letter with a salutation and a signature to the person who signs it."""
    pi = 0
    while pi < len(ctx.paras):
        p = ctx.paras[pi]
        opens = bool(p.quotes) and starts_paragraph(ctx, pi, ctx.quotes[p.quotes[0]])
        _read_out_inside(ctx, p.quotes[1:] if opens else p.quotes)
        if not opens:
            pi += 1
            continue
        first = p.quotes[0]
        saluted = _SALUTATION.match(ctx.text, ctx.quotes[first].start, ctx.quotes[first].end) is not None
        read_out = pi > 0 and read_out_before(ctx.text, max(ctx.paras[pi - 1].start, ctx.paras[pi].start))
        if not saluted and not read_out:
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
        signed = _SIGNATURE.search(ctx.text, max(end.start, end.end - 160), end.end) if saluted else None
        writer = _signer(ctx, signed) if signed is not None else None
        if writer is None and read_out:
            writer = _signed_off(ctx, end.start, end.end) or (_sender_before(ctx, ctx.quotes[first].start) if saluted else None)
        if writer is not None:
            found = _from_writer(writer, signed.start() if signed is not None else writer.start,
                                 writer.start > ctx.quotes[first].start)
            for n in pieces:
                ctx.found[n] = found
        pi = last + 1


def _signer(ctx: Context, signed: regex.Match[str]) -> Chunk:
    """The person a signature names: initials stand for the one full name of the text they fit ("R. M.")."""
    writer = name_chunk(ctx.text, signed.start("name"), signed.end("name"))
    initials = _INITIALS.fullmatch(writer.text)
    return (_named_by_initials(ctx, initials.group(1), initials.group(2)) or writer) if initials is not None else writer


def _from_writer(writer: Chunk, at: int, signed: bool) -> Found:
    ev = SpeechEvent(Cue(at, at, ""), writer, "structure.letter-signature", 0.8)
    return Found(ev, ev.rule, f"a letter signed {writer.text!r}" if signed else f"a letter from {writer.text!r}")


def _read_out_inside(ctx: Context, quotes: list[int]) -> None:
    """A letter read out within a paragraph, after the narration that says so, signed at its end (“… and read in a
    strange, strained voice: “Most gracious Stepan Ilyich, … Your Excellency’s most humble servant, P. Kharlamov.””):
    its writer's."""
    for n in quotes:  # (the quotes of a paragraph but one that opens it)
        q = ctx.quotes[n]
        if q.depth > 0 or not read_out_before(ctx.text, q.start - len(q.open_mark)):
            continue
        signed = _SIGNATURE.search(ctx.text, max(q.start, q.end - 160), q.end)
        if signed is not None:
            ctx.found[n] = _from_writer(_signer(ctx, signed), signed.start(), True)


def read_out_before(text: str, at: int) -> bool:
    """Whether the narration right before ``at`` (a quote's opening mark) says someone reads out what follows
    ("And she read aloud, with considerable emphasis:")."""
    return _READ_OUT.search(text, max(0, at - _READ_REACH), at) is not None


def _signed_off(ctx: Context, start: int, end: int) -> Chunk | None:
    """The writer a letter read out signs off as, after a dash, a telegram's "stop", or as a last word that is an
    initial or a given name (an initial, or a given name alone, stands for the one person of the text so named)."""
    m = _SIGNED_OFF.search(ctx.text, max(start, end - 80), end)
    if m is None:
        return None
    name = m.group("name")
    if m.group().startswith(("—", "–")) or m.group()[:4].lower() == "stop" and len(name) > 2:
        return name_chunk(ctx.text, m.start("name"), m.end("name"))
    if len(name) == 2 and name[1] == ".":  # "D.": the one person the text names in full with that initial
        return _named_by_initials(ctx, name[0])
    return name_chunk(ctx.text, m.start("name"), m.end("name")) if gender_of(name) else None


_INITIALS = regex.compile(r"(\p{Lu})\.[ \u00a0]*(\p{Lu})\.?")


def _named_by_initials(ctx: Context, first: str, last: str = "") -> Chunk | None:
    """The one person the text names in full (a common given name and a surname) with these initials ("R. M."
    signs for "Dr. Robert Marchbank"; a lone "D." for the one given name in D-), None when none or several are."""
    surname = rf"{last}\p{{Ll}}" if last else r"\p{Lu}\p{L}"
    named = [m for m in regex.finditer(rf"\b{first}\p{{Ll}}+[ \u00a0]+{surname}[\p{{L}}'’\-]*", ctx.text)
             if gender_of(m.group().split()[0])]
    who = {" ".join(m.group().split()) if last else m.group().split()[0] for m in named}  # (a lone initial: its given name)
    return name_chunk(ctx.text, named[0].start(), named[0].end()) if len(who) == 1 else None


def _sender_before(ctx: Context, at: int) -> Chunk | None:
    """The person the narration before a letter says it is from ("It is from your aunt Dalby"), the latest named."""
    for m in reversed(list(_FROM.finditer(ctx.text, max(0, at - _SENDER_REACH), at))):
        found = chunks(ctx.text, m.end(), min(at, m.end() + 40))[:1]  # ("your aunt Dalby": Dalby)
        if found and found[0].kind == "name" and found[0].speaker_kind is SpeakerKind.PERSON and \
                found[0].start - m.end() < _FROM_WORDS:
            return found[0]
    return None
