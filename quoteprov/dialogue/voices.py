"""Dialogue: who an unnamed voice is (“Go away,” said a voice inside. ¶ “It's me, Grumbold.”).

A cue may give a quote to "a voice" ("said a voice from the next table", "piped a voice from the
far end of the room") before the story says whose it was. The story then tells it: in the
narration right after ("The voice belonged to old Abel Dunstable", "It was Bellamy — Arthur
Bellamy"), in the turn before, which called that person out (“Abel Fry!” he roared. ¶ “Here,
sir!” cried a voice), or in the turn after, which answers the voice by name (“It's me,
Grumbold.”), or in the next paragraph, which opens on a newcomer ("Mrs. Fairweather was not a
handsome woman"). Rule mention.voice.identified: the quotes of that voice are that person's.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from quoteprov.cues import sentence_subject
from quoteprov.dialogue.address import is_call, proper_name, vocatives
from quoteprov.mentions import Chunk, name_chunk
from quoteprov.names import name_mentions
from quoteprov.records import SpeakerKind
from quoteprov.rule_context import Context, speaker_of

# The narration that says whose the voice was: "It was Bellamy", "It belonged to little Ames", "The voice
# belonged to old Abel Dunstable", "The speaker was Mrs. Hale".
_OWNED = regex.compile(
    r"(?:(?<=^|\n)|(?<=[.!?][ \u00a0]+))(?:It|The[ \u00a0]+(?:voice|speaker))[ \u00a0]+"
    r"(?:was(?:[ \u00a0]+that[ \u00a0]+of)?|belonged[ \u00a0]+to|came[ \u00a0]+from|proved[ \u00a0]+to[ \u00a0]+be)[ \u00a0]+"
)
_SENTENCE_END = regex.compile(r"[.!?;—–]")


def identify_voices(ctx: Context) -> None:
    """Give the quotes a cue gave to "a voice" the person the story then says it was (rule
    mention.voice.identified)."""
    done: set[int] = set()
    for pi, p in enumerate(ctx.paras):
        for n in p.quotes:
            f = ctx.found[n]
            if f is None or f.antecedent is not None or not _voice(f.event.chunk) or \
                    not f.rule.startswith("cue.") or f.event.chunk.start in done:
                continue
            voice = f.event.chunk
            done.add(voice.start)
            found = _owned_after(ctx, pi, voice) or _called_out_before(ctx, pi) or _answered_after(ctx, pi) or \
                _comes_on_next(ctx, pi, n)
            if found is None:
                continue
            who, how = found
            for k, g in enumerate(ctx.found):
                if g is not None and g.antecedent is None and g.event.chunk.start == voice.start:
                    ctx.found[k] = replace(g, antecedent=who, via="mention.voice.identified",
                                           why=f"{voice.text!r} is {who.text!r}: {how}")


def _voice(c: Chunk) -> bool:
    return c.kind == "description" and c.head == "voice"


def _owned_after(ctx: Context, pi: int, voice: Chunk) -> tuple[Chunk, str] | None:
    """A person the narration after the voice's cue, to the end of the next paragraph's first
    sentence, says the voice was ("It belonged to little Ames")."""
    frames = [f for f in ctx.paras[pi].frames(ctx.quotes) if f[1] > voice.end]
    if pi + 1 < len(ctx.paras):
        frames += [f for f in ctx.paras[pi + 1].frames(ctx.quotes) if f[1] > f[0]][:1]  # its first narration only
    for s, e in frames:
        for m in _OWNED.finditer(ctx.text, max(s, voice.end), e):
            stop = _SENTENCE_END.search(ctx.text, m.end(), e)
            people = [c for c in name_mentions(ctx.text, m.end(), stop.start() if stop is not None else e)
                      if c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON]
            if people and people[0].start - m.end() <= _OWNER_GAP:
                return people[0], "the narration says whose the voice was"
    return None


_OWNER_GAP = 12  # characters between "It was" and the name: "It was old Bellamy", "It belonged to little Ames"


def _called_out_before(ctx: Context, pi: int) -> tuple[Chunk, str] | None:
    """The one person the turn before called out by name, a quote that is nothing but the name (“Abel Fry!”)."""
    if pi == 0:
        return None
    for n in ctx.paras[pi - 1].quotes:
        q = ctx.quotes[n]
        if is_call(ctx, q):
            called = vocatives(ctx, q)
            if len(called) == 1 and proper_name(ctx, ctx.text[called[0][0]:called[0][1]]):
                return name_chunk(ctx.text, *called[0]), "the turn before called that person out"
    return None


def _answered_after(ctx: Context, pi: int) -> tuple[Chunk, str] | None:
    """The person the next turn, answering the voice, opens by calling (“It's me, Grumbold.”)."""
    if pi + 1 >= len(ctx.paras) or not ctx.paras[pi + 1].quotes:
        return None
    q = ctx.quotes[ctx.paras[pi + 1].quotes[0]]
    called = vocatives(ctx, q)
    if len(called) != 1 or called[0][0] - q.start > _CALLED_SOON:
        return None
    name = ctx.text[called[0][0]:called[0][1]]
    if not proper_name(ctx, name):
        return None
    return name_chunk(ctx.text, *called[0]), "the next turn answers the voice by that name"


_CALLED_SOON = 30  # characters into the answer: “It's me, Grumbold. It's Crumpet.”


def _comes_on_next(ctx: Context, pi: int, n: int) -> tuple[Chunk, str] | None:
    """The person the next paragraph, narration, opens on, when no quote before the voice's was theirs:
    the one who came in speaking (“Well, my girls, …?” … ¶ Mrs. Fairweather was not a handsome woman, …)."""
    if pi + 1 >= len(ctx.paras) or ctx.paras[pi + 1].quotes:
        return None
    nxt = ctx.paras[pi + 1]
    subject = sentence_subject(ctx.text, nxt.start, nxt.end)
    if subject is None or subject.kind != "name" or subject.speaker_kind is not SpeakerKind.PERSON or \
            subject.start - nxt.start > _OPENS_SOON:
        return None
    index = ctx.entity_index()
    who = index.known_person(subject)
    if who is not None and any(g is not None and speaker_of(index, g) == who for g in ctx.found[:n]):
        return None  # (one who has spoken already is no newcomer)
    return subject, "the next paragraph opens on that person, who had not spoken before"


_OPENS_SOON = 4  # characters into the paragraph: its first words
