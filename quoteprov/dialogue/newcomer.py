"""Dialogue: a line spoken by someone the next paragraph brings into the scene.

“’Tis true enough, missus.” ¶ Old Jory the porter was standing in the corridor behind her …
— the reader learns who spoke from the narration that follows: a person who opens its first
sentence, is found standing there (in the doorway, behind her), has not been in the scene and
is not the one the quote calls by name (rule cue.newcomer). Only a quote paragraph that no cue
attributes, and that the turn-taking or a last resort would otherwise give away, is changed.
"""

from __future__ import annotations

import regex

from quoteprov.cues import SpeechEvent
from quoteprov.dialogue.address import vocatives
from quoteprov.dialogue.beats import person_subject
from quoteprov.mentions import Chunk, name_chunk
from quoteprov.records import Cue
from quoteprov.rule_context import Context, Found, speaker_of, starts_paragraph
from quoteprov.sentences import sentence_ends

# Someone who was there all along, unnoticed: "was standing in the doorway", "stood behind her".
_THERE = regex.compile(
    r"\b(?:was|were|is|are|had[ \u00a0]+been|stood|sat|leaned|leant|lounged)[ \u00a0]+(?:\p{Ll}+ing[ \u00a0]+)?"
    r"(?:[\p{Ll},]+[ \u00a0]+){0,3}?(?:in|at|by|behind|on)[ \u00a0]+(?:the|her|his|their|my)[ \u00a0]+"
    r"(?:\p{Ll}+[ \u00a0]+)?(?:doorway|door|threshold|corridor|passage|stairs|window|gate|hall)\b"
    r"|\b(?:behind|beside)[ \u00a0]+(?:her|him|them|me|us)\b"
)

# Guesses a newcomer outranks: nothing in or around the quote named its speaker.
_WEAK = frozenset({"continuation.turn-taking", "fallback.nearest-person", "cue.narration-mention"})

_SCENE = 1500  # characters back in which a person counts as already in the scene

_TURNS = 4  # the speakers of these last turns are in the scene


def newcomer(ctx: Context, pi: int) -> None:
    """Give the quotes of paragraph ``pi`` to the person the next paragraph brings in."""
    p = ctx.paras[pi]
    if not ctx.dialogue or not p.quotes or pi + 1 >= len(ctx.paras):
        return
    q = ctx.quotes[p.quotes[0]]
    if not starts_paragraph(ctx, pi, q) or any(f is not None and f.rule not in _WEAK for f in
                                               (ctx.found[n] for n in p.quotes)):
        return
    nxt = ctx.paras[pi + 1]
    if nxt.quotes and starts_paragraph(ctx, pi + 1, ctx.quotes[nxt.quotes[0]]):
        return  # the next paragraph is a turn, not narration
    ends = [e for e in sentence_ends(ctx.text, nxt.start, nxt.end, [ctx.quotes[n] for n in nxt.quotes]) if e > nxt.start]
    end = min([ends[0] if ends else nxt.end, *(ctx.quotes[n].start for n in nxt.quotes)])
    if not _THERE.search(ctx.text, nxt.start, end):
        return  # (cheap first: most narration finds nobody standing there)
    subject = person_subject(ctx, nxt.start, end)
    if subject is None or subject.kind == "pronoun" or not _THERE.search(ctx.text, subject.end, end) or \
            _spoken_to(ctx, p.quotes, subject) or not _new(ctx, pi, q.start, subject):
        return
    ev = SpeechEvent(Cue(q.start, q.start, ""), subject, "cue.newcomer", 0.45)
    found = Found(ev, ev.rule, f"{subject.text!r} comes into the scene in the next paragraph")
    for n in p.quotes:
        ctx.found[n] = found


def _spoken_to(ctx: Context, quotes: list[int], c: Chunk) -> bool:
    """Whether the quotes call ``c`` by name (“Colonel Maitland, do you hear?” ¶ The Colonel, who …)."""
    index = ctx.entity_index()
    who = index.resolve(c)[0]
    for n in quotes:
        for s, e in vocatives(ctx, ctx.quotes[n]):
            called = name_chunk(ctx.text, s, e)
            if index.known_person(called) == who or c.kind == "description" and c.head in called.modifiers:
                return True  # the same person, or the same title ("Colonel Maitland" … "The Colonel")
    return False


def _new(ctx: Context, pi: int, before: int, c: Chunk) -> bool:
    """Whether ``c`` is nobody the scene has had: not named in the narration or a speaker of
    the last turns (a described person: its head word not in the narration) just before."""
    index = ctx.entity_index()
    lo = max(0, before - _SCENE)
    if c.kind == "name":
        if not index.is_person(c):
            return False  # "The two Miss Maunders": a group, or no one the story knows
        who = index.known_person(c)
        if who is None or index.named_between(who, lo, before):
            return False
        turns = [ctx.found[n] for para in ctx.paras[max(0, pi - _TURNS):pi] for n in para.quotes]
        return all(f is None or speaker_of(index, f) != who for f in turns)
    pattern = regex.compile(rf"\b{regex.escape(c.head)}\b", regex.I)
    return not any(pattern.search(ctx.text, start, end) for para in ctx.paras[:pi] if para.end > lo
                   for start, end in para.frames(ctx.quotes))
