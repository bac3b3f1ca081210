"""Dialogue: two turns in a row are two people.

“You missed the turning.” ¶ He didn't glance at the map. “I didn't miss it.” — when a guess gave
a turn to the person a cue gives the very next turn, the guessed turn is the other person's
(rule continuation.before-reply): the one the next turn calls by name, else the other person
last named before it who is still in the scene.
"""

from __future__ import annotations

import regex

from quoteprov.cues import SpeechEvent
from quoteprov.dialogue.address import vocatives
from quoteprov.mentions import Chunk, name_chunk
from quoteprov.records import Cue, Kind
from quoteprov.rule_context import Context, Found, give_antecedent, speaker_of, starts_paragraph

_TURNED = regex.compile(r"\b(?:turned|turning|turns)[ \u00a0]+(?:to|on|towards)\b")

# Rules that only guess who speaks a turn.
_GUESSES = frozenset({"cue.narration-beat", "cue.narration-mention", "fallback.nearest-person", "continuation.turn-taking"})

_SENTENCE_END = regex.compile(r"[.!?][ \u00a0]")
_SHARED = _GUESSES | {"continuation.sentence", "continuation.paragraph-speaker"}  # the rest of a guessed turn

# Cues that name the speaker of a turn in its own paragraph.
_FIRM = frozenset({"cue.after.said-name", "cue.after.name-said", "cue.action-beat", "cue.after.beat", "cue.next-sentence",
                   "cue.before.name-said"})


def before_reply(ctx: Context, pi: int) -> None:
    """Give back to the other person the guessed turn before paragraph ``pi`` when ``pi``'s cue shows
    it to be the same speaker's (called as soon as ``pi`` is attributed, so later turns build on it)."""
    if not ctx.dialogue or pi == 0:
        return
    p, nxt = ctx.paras[pi - 1], ctx.paras[pi]
    if not p.quotes or not nxt.quotes:
        return
    a = ctx.quotes[p.quotes[0]]
    fa, fb = ctx.found[p.quotes[0]], ctx.found[nxt.quotes[0]]
    if fa is not None and fb is not None and fb.rule in _FIRM and fb.event.cue.text.lower() in _REPLIES and \
            fa.event.chunk.kind == "pronoun" and starts_paragraph(ctx, pi - 1, a) and \
            starts_paragraph(ctx, pi, ctx.quotes[nxt.quotes[0]]):
        _replied_to(ctx, p.quotes, fa, fb)
        return
    if fa is not None and fb is not None and fb.rule in _FIRM and fa.rule in _FIRM and \
            fa.event.chunk.kind == "pronoun" and fa.event.chunk.gender in ("m", "f") and \
            starts_paragraph(ctx, pi - 1, a) and starts_paragraph(ctx, pi, ctx.quotes[nxt.quotes[0]]):
        _answered_by_name(ctx, p.quotes, fa, fb, nxt.quotes[0])
    if fa is not None and fb is not None and fa.rule == "continuation.turn-taking" and fb.rule not in _FIRM and \
            starts_paragraph(ctx, pi - 1, a) and _a_turn(ctx, pi) and ctx.quotes[p.quotes[-1]].closed:
        index = ctx.entity_index()
        _called_back(ctx, p.quotes, nxt.quotes, speaker_of(index, fb), first_sentence=True)
        return
    if fa is None or fb is None or fa.rule not in _GUESSES or fb.rule not in _FIRM or \
            not starts_paragraph(ctx, pi - 1, a) or not _a_turn(ctx, pi) or \
            not ctx.quotes[p.quotes[-1]].closed or any(f is not None and f.rule not in _SHARED
                                                        for f in (ctx.found[n] for n in p.quotes)):
        return
    index = ctx.entity_index()  # (built only now: the cues so far tell which lone names are people)
    speaker = speaker_of(index, fb)
    if speaker_of(index, fa) != speaker:
        _called_back(ctx, p.quotes, nxt.quotes, speaker)
        return
    if _TURNED.search(ctx.text, nxt.start, ctx.quotes[nxt.quotes[0]].start):
        return  # "Mrs. Bennet turned to her youngest daughter": she goes on, to someone else
    chunk = fb.antecedent or fb.event.chunk
    person = index.person_at(speaker)
    if chunk.kind == "pronoun" and (person is None or person.gender != chunk.gender):
        return  # a he/she the story has not shown to be that person's
    other = _other(ctx, nxt.quotes, a.start, speaker, _calls(ctx, p.quotes))
    if other is None:
        return
    ev = SpeechEvent(Cue(a.start, a.start, ""), other, "continuation.before-reply", 0.45)
    found = Found(ev, ev.rule, f"the next turn is {fb.event.chunk.text!r}'s by a cue: this one is {other.text!r}'s")
    for n in p.quotes:
        ctx.found[n] = found


_REPLIES = frozenset("replied answered returned rejoined retorted".split())


def _replied_to(ctx: Context, quotes: list[int], fa: Found, fb: Found) -> None:
    """“You think so very ill of them,” said she. ¶ “I think nothing ill of anybody,” replied Harriet.:
    the she who is replied to is not Harriet; the next woman the pronoun rules find."""
    index = ctx.entity_index()
    speaker = speaker_of(index, fb)
    if speaker_of(index, fa) != speaker:
        return
    other = index.antecedent_besides(fa.event.chunk, speaker)
    if other is None or index.resolve(other)[0] == speaker:
        return
    give_antecedent(ctx, quotes, fa, antecedent=other, via="mention.pronoun.turn-taking",
                    why=f"the next turn replies to it as {fb.event.chunk.text!r}")


def _answered_by_name(ctx: Context, quotes: list[int], fa: Found, fb: Found, reply: int) -> None:
    """“I have not called,” said she, “and I do not intend to call.” ¶ “Oh, Mrs. Pollexfen, but why
    ever not?” cried …: the she the next turn answers by name is that woman, when the pronoun
    rules found another (rule mention.pronoun.answered)."""
    index = ctx.entity_index()
    said = fa.event.chunk
    q = ctx.quotes[reply]
    first = _SENTENCE_END.search(ctx.text, q.start, q.end)
    for start, end in vocatives(ctx, q):
        if first is not None and start > first.start():
            return  # only a call in the reply's first sentence
        c = name_chunk(ctx.text, start, end)
        who = index.known_person(c)
        person = index.person_at(who) if who is not None else None
        if person is None or person.gender != said.gender or who == speaker_of(index, fb) or \
                who == speaker_of(index, fa):
            continue
        give_antecedent(ctx, quotes, fa, antecedent=c, via="mention.pronoun.answered",
                        why=f"the next turn answers it as {c.text!r}")
        return


def _a_turn(ctx: Context, pi: int) -> bool:
    """Whether paragraph ``pi`` holds a turn of the conversation, not a word in quotes in the
    narration (“Miss Calloway was, in the idiom of the colony, “wonderful”; …”)."""
    q = ctx.quotes[ctx.paras[pi].quotes[0]]
    return starts_paragraph(ctx, pi, q) or q.kind is not Kind.PARTIAL


def _other(ctx: Context, quotes: list[int], before: int, speaker: int, called: frozenset[int | None]) -> Chunk | None:
    """The other person of the conversation: the one the next turn calls by name, else the person named last;
    never one the turn itself calls (“Sophia, I will not have you so pert.” is not Sophia's)."""
    index = ctx.entity_index()
    for n in quotes:  # the one the next turn calls by name
        for start, end in vocatives(ctx, ctx.quotes[n]):
            c = name_chunk(ctx.text, start, end)
            who = index.known_person(c)
            if who is not None and who != speaker and who not in called:
                return c
    found = index.other_person_before(before, speaker, called)
    return found[1] if found is not None else None


def _calls(ctx: Context, quotes: list[int]) -> frozenset[int | None]:
    """The people ``quotes`` call by name."""
    index = ctx.entity_index()
    return frozenset(index.known_person(name_chunk(ctx.text, start, end))
                     for n in quotes for start, end in vocatives(ctx, ctx.quotes[n])) - {None}


def _called_back(ctx: Context, guessed: list[int], reply: list[int], speaker: int, first_sentence: bool = False) -> None:
    """“Oh, papa! And if he should prove a handsome one?” ¶ “Then I shall send him to you, Sophia,”
    said Mr. Pellingham: a turn that turn-taking guessed is the person the cued reply calls by
    name, when the one who calls also spoke the turn before it and the name is someone else's
    than both speakers' (rule continuation.called-back)."""
    fa = ctx.found[guessed[0]]
    if fa is None or fa.rule != "continuation.turn-taking" or guessed[0] == 0:
        return
    index = ctx.entity_index()
    before = ctx.found[guessed[0] - 1]
    if before is None or speaker_of(index, before) != speaker:
        return  # only between two turns of the one who calls: A ¶ ? ¶ A (“…, Sophia”)
    for start, end in vocatives(ctx, ctx.quotes[reply[0]]):
        if ctx.text.startswith("?", end) or start == ctx.quotes[reply[0]].start:
            continue  # “Mr. Lowther? Whatever for?”: an echo; “Mr. Gilbert, sir.”: an answer, not a call
        if first_sentence and _SENTENCE_END.search(ctx.text, ctx.quotes[reply[0]].start, start):
            break  # a reply only guessed: only a call in its first sentence answers the turn before
        c = name_chunk(ctx.text, start, end)
        who = index.known_person(c)
        if who is None or who == speaker or who == speaker_of(index, fa):
            continue
        a = ctx.quotes[guessed[0]]
        ev = SpeechEvent(Cue(a.start, a.start, ""), c, "continuation.called-back", 0.45)
        found = Found(ev, ev.rule, f"the reply calls {c.text!r} by name")
        for n in guessed:
            ctx.found[n] = found
        return
