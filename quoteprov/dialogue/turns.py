"""Dialogue: the turns of a conversation: replies, pronouns that change turn, addressees, self-introductions."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from quoteprov.cues import SpeechEvent, sentence_subject
from quoteprov.dialogue.address import (
    NAME,
    TITLE,
    UNIT_INTRO,
    addresses,
    called_mention,
    called_person,
    is_call,
    named_addressee,
    vocatives,
)
from quoteprov.dialogue.beats import EXIT, described_character, person_subject
from quoteprov.dialogue.detect import is_heading
from quoteprov.dialogue.narrator import GUESSES, is_narrator, narrator_mention
from quoteprov.given_names import abstract_noun, gender_of
from quoteprov.mentions import Chunk, chunks, name_chunk, pronoun_at
from quoteprov.names import name_mentions
from quoteprov.people import character_pattern
from quoteprov.records import Cue, QuoteSpan, SpeakerKind
from quoteprov.rule_context import Context, Found, Para, give_antecedent, speaker_of, starts_paragraph
from quoteprov.sentences import sentence_starts


def after_narration(ctx: Context, pi: int) -> None:
    """In dialogue, a quote paragraph that nothing in it attributes, after narration whose last
    sentence has no person for subject: the last person the narration names
    (cue.narration-mention), else, when it names no one ("This was invitation enough."), the
    conversation goes on across it (continuation.turn-taking)."""
    q = _unattributed_turn(ctx, pi)
    prev = ctx.paras[pi - 1] if pi > 0 else None
    if q is None or prev is None or prev.quotes or prev.end <= prev.start or is_heading(ctx.text, prev):
        return
    _settle(ctx, ctx.paras[pi], _after_narration(ctx, pi, q, prev))


def nearest_person(ctx: Context, pi: int) -> None:
    """In dialogue, the last resort for a quote paragraph nothing attributes (the first line
    after a chapter heading, a reply where nobody else is known): the person named nearest
    to it, before or after, within 1,500 characters (rule fallback.nearest-person); before it, of
    those named within that reach, the one the text has been about most ("By ten Superintendent
    Marrable had made the room his own. He had moved …, and he had put Constable Tull by the door")."""
    q = _unattributed_turn(ctx, pi)
    if q is None:
        return
    index = ctx.entity_index()
    # Nobody calls themselves by name: “Teddy.” after "Teddy Maguire didn't answer." is someone else's.
    spoken_to = frozenset(called_person(ctx, s, e) for s, e in vocatives(ctx, q)) - {None}
    before = index.salient_before(q.start, spoken_to, _NEXT_NAMED_REACH)
    after = index.other_person_after(q.end, -1, _NEXT_NAMED_REACH)
    if after is not None and after[0] in spoken_to:
        after = None
    gap_before = q.start - before[2] if before is not None else _NEXT_NAMED_REACH + 1
    gap_after = after[1].start - q.end if after is not None else _NEXT_NAMED_REACH + 1
    nearest = before[:2] if before is not None and gap_before <= gap_after else after
    if nearest is None or min(gap_before, gap_after) > _NEXT_NAMED_REACH:
        return
    ev = SpeechEvent(Cue(q.start, q.start, ""), nearest[1], "fallback.nearest-person", 0.3)
    _settle(ctx, ctx.paras[pi], Found(ev, ev.rule, f"nothing else says who speaks: {nearest[1].text!r} is named nearest"))


def _unattributed_turn(ctx: Context, pi: int) -> QuoteSpan | None:
    """The quote opening paragraph ``pi`` of a dialogue, when nothing has attributed it yet."""
    p = ctx.paras[pi]
    if not ctx.dialogue or not p.quotes or ctx.found[p.quotes[0]] is not None:
        return None
    q = ctx.quotes[p.quotes[0]]
    return q if starts_paragraph(ctx, pi, q) else None


def _settle(ctx: Context, p: Para, found: Found | None) -> None:
    """Give paragraph ``p``'s first quote ``found``, and the rest of the turn with it."""
    if found is not None:
        ctx.found[p.quotes[0]] = found
        paragraph_speaker(ctx, p)


def _after_narration(ctx: Context, pi: int, q: QuoteSpan, prev: Para) -> Found | None:
    named = _last_named(ctx, prev)
    if named is not None and addresses(ctx, q, named):
        named = None  # “Miss Crowle. Miss Fanny. I hope I do not intrude?” is not Fanny's
    if named is not None:
        # "At that moment the door opened and Harriet ran in. ¶ ‘Uncle! …’": the person just named.
        ev = SpeechEvent(Cue(q.start, q.start, ""), named, "cue.narration-mention", 0.4)
        return Found(ev, ev.rule, f"{named.text!r} is the last person the narration names")
    me = narrator_mention(ctx, prev.end)
    if me is not None and me.start >= prev.start:
        # "He looked up at that for the first time. … which I afterwards learned to call amusement.":
        # the he who acts, when the narration's I only watches in the sentences after it.
        actor = _earlier_actor(ctx, prev)
        if actor is not None and not addresses(ctx, q, actor):
            ev = SpeechEvent(Cue(q.start, q.start, ""), actor, "cue.narration-beat", 0.4)
            return Found(ev, ev.rule, f"{actor.text!r} acts in the narration just before")
    if me is not None and me.start >= prev.start and not is_call(ctx, q):  # “Josephine Kell.” calls the narrator
        # "I sat down on the edge of the bed. Outside, a car alarm was going off. ¶ ‘Which hospital?’":
        # in a first-person story, the narration's last person is the narrator when it names nobody.
        ev = SpeechEvent(Cue(q.start, q.start, ""), me, "cue.narration-mention", 0.4)
        return Found(ev, ev.rule, "the narrator is the last person the narration mentions")
    if pi >= 2 and ctx.paras[pi - 2].quotes and not _PERSONAL.search(ctx.text, prev.start, prev.end):
        # "This was invitation enough." names no one: the conversation goes on across it.
        prior = ctx.paras[pi - 2].quotes[-1]
        f = ctx.found[prior]
        if f is not None and ctx.quotes[prior].closed:
            return reply(ctx, pi, q, prior, f, turn=pi - 2)
    if pi >= 2 and ctx.paras[pi - 2].quotes:
        return _thought_of_answers(ctx, pi, q, prev)
    return None


def _thought_of_answers(ctx: Context, pi: int, q: QuoteSpan, prev: Para) -> Found | None:
    """“… the same thing.” ¶ There was a pause, of the kind that in Europe he had learned to let lie. ¶ “You had
    my letter?”: narration that names no one and speaks of one sex only, that of the one whose turn it is
    and not of the one who spoke last, lets the conversation go on across it."""
    index = ctx.entity_index()
    lo = bisect_left(ctx.mentions, prev.start, key=lambda c: c.start)
    if _PLURAL_OR_ME.search(ctx.text, prev.start, prev.end) or \
            any(c.kind == "name" and index.known_person(c) is not None
                for c in ctx.mentions[lo:] if c.start < prev.end):
        return None  # (someone named, or "I", "we", "they": not only the two of them)
    sexes = {"m" if m[0].lower() in ("he", "him", "his", "himself") else "f"
             for m in _HE_SHE_ANY.finditer(ctx.text, prev.start, prev.end)}
    prior = ctx.paras[pi - 2].quotes[-1]
    f = ctx.found[prior]
    if len(sexes) != 1 or f is None or not ctx.quotes[prior].closed:
        return None
    found = reply(ctx, pi, q, prior, f, turn=pi - 2)
    if found is None:
        return None
    last, turn = index.person_at(speaker_of(index, f)), index.person_at(speaker_of(index, found))
    if last is None or turn is None or turn.gender not in sexes or last.gender in sexes or not last.gender:
        return None
    return found


_HE_SHE_ANY = regex.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_PLURAL_OR_ME = regex.compile(r"\b(?:I|[Ww]e|[Tt]hey|[Tt]hem|[Mm]e|[Uu]s)\b")


def _earlier_actor(ctx: Context, prev: Para) -> Chunk | None:
    """The he/she subject of the latest sentence of narration paragraph ``prev`` that has a person
    for subject, when that is not the narrator's I."""
    starts = [prev.start, *sentence_starts(ctx.text, prev.start, prev.end)]
    ends = [*starts[1:], prev.end]
    for start, end in reversed(list(zip(starts, ends))):
        while start < end and ctx.text[start].isspace():
            start += 1
        subject = person_subject(ctx, start, end)
        if subject is not None:
            return subject if subject.kind == "pronoun" and subject.gender in ("m", "f") else None
    return None


# Someone in the narration (not the narrator only perceiving: "It sounded to me very much like …").
_PERSONAL = regex.compile(r"\b(?:I|[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Ww]e|[Tt]hey|[Tt]hem)\b")


def _last_named(ctx: Context, p: Para) -> Chunk | None:
    """The last person paragraph ``p`` names ("Harriet", "the Colonel"), if any."""
    n = bisect_left(ctx.mentions, p.end, key=lambda c: c.start)
    index = ctx.entity_index()
    while n > 0 and ctx.mentions[n - 1].start >= p.start:
        n -= 1
        c = ctx.mentions[n]
        if c.speaker_kind is SpeakerKind.PERSON and c.kind in ("name", "description") and index.is_person(c):
            return c
    return None


_GOES_ON = frozenset({"added", "adds", "continued", "continues", "repeated", "persisted", "resumed", "went"})


def pronoun_turn(ctx: Context, pi: int) -> None:
    """In dialogue, "“Tom, listen to me.” ¶ “I've listened enough,” he said": a he/she opening a
    new turn is not the one who spoke the turn before when another person of that gender is in
    the conversation: the one that turn addressed by name, else the other person last named
    (rule mention.pronoun.turn-taking). Not after "he added", "she went on". "Said the other"
    is that other person too."""
    p = ctx.paras[pi]
    if pi == 0 or not p.quotes or not ctx.paras[pi - 1].quotes:
        return
    first = p.quotes[0]
    f, before = ctx.found[first], ctx.found[ctx.paras[pi - 1].quotes[-1]]
    q = ctx.quotes[first]
    if f is None or before is None or not starts_paragraph(ctx, pi, q) or \
            not ctx.quotes[ctx.paras[pi - 1].quotes[-1]].closed:
        return  # a speech that runs on into this paragraph is no new turn
    chunk = f.event.chunk
    the_other = chunk.kind == "description" and chunk.text.lower() == "the other"  # "“I doubt it,” said the other"
    if not the_other and (chunk.kind != "pronoun" or chunk.gender not in ("m", "f")) or \
            f.event.cue.text.lower() in _GOES_ON:
        return
    if not the_other and _still_about(ctx, ctx.paras[pi - 1], chunk.gender):
        return  # “Let me feel,” said Mossy. He couldn't see very well, so he felt things instead. ¶ “…,” he said.
    index = ctx.entity_index()
    last = speaker_of(index, before)
    if not the_other and not index.names_someone(chunk):
        # “You are late, Robert,” said she. ¶ “…,” he replied.: no man named but Robert; and so
        # the next "said he" two turns on.
        named = named_addressee(ctx, ctx.paras[pi - 1], chunk.gender)
        why = "the person the last turn spoke to"
        if named is None and pi >= 2 and ctx.paras[pi - 2].quotes:
            g = ctx.found[ctx.paras[pi - 2].quotes[-1]]
            if g is not None and g.antecedent is not None and g.event.chunk.gender == chunk.gender:
                named, why = g.antecedent, "the speaker two turns back"
        if named is not None:
            give_antecedent(ctx, p.quotes, f, antecedent=named, via="mention.pronoun.turn-taking", why=why)
        return
    if not the_other and index.resolve(chunk)[0] != last:
        # “Anna Sergeyevna,” he said, “forgive me.” ¶ “You are welcome,” she answered.: the one spoken to.
        called = _addressee(ctx, ctx.paras[pi - 1], before)
        if called is not None and called.kind == "name":
            person = index.person_at(index.resolve(called)[0])
            if person is not None and person.index != index.resolve(chunk)[0] and person.gender in (chunk.gender, ""):
                give_antecedent(ctx, p.quotes, f, antecedent=called, via="mention.pronoun.turn-taking",
                                why="the person the last turn spoke to")
                return
        # “Ruth,” he said. ¶ “What?” ¶ “Where are the shears?” ¶ “In the shed,” she said.: not Susan, who went
        # upstairs, though named last: the woman of the two who are talking.
        turn = ctx.paras[pi - 1]
        back = _two_turns_back(ctx, pi, last) if starts_paragraph(ctx, pi - 1, ctx.quotes[turn.quotes[0]]) else None
        person = index.person_at(index.resolve(back)[0]) if back is not None else None
        if back is not None and person is not None and person.gender == chunk.gender and \
                index.resolve(chunk)[0] != person.index and \
                not _named_since(ctx, pi, q, index.resolve(chunk)[0]):
            give_antecedent(ctx, p.quotes, f, antecedent=back, via="mention.pronoun.turn-taking",
                            why="the speaker two turns back")
        return
    other = _addressee(ctx, ctx.paras[pi - 1], before) or _two_turns_back(ctx, pi, last)
    if other is None:
        found = index.other_person_before(ctx.quotes[ctx.paras[pi - 1].quotes[-1]].start, last)
        other = found[1] if found is not None else None
    if other is None or other.kind != "name":
        return
    person = index.person_at(index.resolve(other)[0])
    if person is None or not the_other and person.gender not in (chunk.gender, ""):
        return
    for n in p.quotes:  # the quote and those of its paragraph that took their speaker from it
        g = ctx.found[n]
        if g is not None and g.event is f.event:
            ctx.found[n] = replace(g, antecedent=other)


def _still_about(ctx: Context, turn: Para, gender: str) -> bool:
    """Whether the narration that closes ``turn``, after its last quote, goes on about its speaker with a
    he/she of ``gender`` opening a sentence ("“Let me feel,” said Mossy. He couldn't see very well, …")."""
    q = ctx.quotes[turn.quotes[-1]]
    return _SENTENCE_OPENS_WITH[gender].search(ctx.text, q.end + len(q.close_mark), turn.end) is not None


_SENTENCE_OPENS_WITH = {g: regex.compile(rf"(?<=[.!?][ \u00a0]+){word}\b") for g, word in (("m", "He"), ("f", "She"))}


def _named_since(ctx: Context, pi: int, q: QuoteSpan, who: int) -> bool:
    """Whether the narration of the last turn (paragraph ``pi - 1``) or of paragraph ``pi`` before
    quote ``q`` names person ``who`` (“… caught sight of the book that Margery had brought in.”)."""
    index = ctx.entity_index()
    n = bisect_left(ctx.mentions, ctx.paras[pi - 1].start, key=lambda c: c.start)  # (the narration's mentions)
    while n < len(ctx.mentions) and ctx.mentions[n].start < q.start:
        c = ctx.mentions[n]
        n += 1
        if c.kind == "name" and index.resolve(c)[0] == who:
            return True
    return False


def _two_turns_back(ctx: Context, pi: int, last: int) -> Chunk | None:
    """The named speaker of the turn before the last, when the turns alternate (not ``last``)."""
    if pi < 2 or not ctx.paras[pi - 2].quotes:
        return None
    g = ctx.found[ctx.paras[pi - 2].quotes[-1]]
    if g is None:
        return None
    index = ctx.entity_index()
    c = g.antecedent or g.event.chunk
    return c if c.kind == "name" and speaker_of(index, g) != last else None


def not_the_addressee(ctx: Context, pi: int) -> None:
    """Nobody calls themselves by name: in “Detective Reyes?” she called, the she is not Reyes
    but the next woman the rules find, or the nearest described one (“a woman in a long grey
    coat”) (rule mention.pronoun.not-the-addressee)."""
    p = ctx.paras[pi]
    for n in p.quotes:
        f = ctx.found[n]
        if f is None or f.event.chunk.kind != "pronoun" or f.event.chunk.gender not in ("m", "f"):
            continue
        spoken_to = vocatives(ctx, ctx.quotes[n])
        if not spoken_to:
            continue
        index = ctx.entity_index()
        speaker = speaker_of(index, f)
        if all(called_person(ctx, start, end) != speaker for start, end in spoken_to):
            continue
        other = index.antecedent_besides(f.event.chunk, speaker)
        if other is not None:
            give_antecedent(ctx, p.quotes, f, antecedent=other, via="mention.pronoun.not-the-addressee",
                  why="not the person the quote speaks to")


# “I'm Amari.”, “My name is Tuckett—Josiah Tuckett.”: the speaker says who they are.
_SELF_INTRO = regex.compile(
    rf"(?:^|(?<=[.!?,;—–][ \u00a0]*))(?:I['’]m|I[ \u00a0]+am|(?P<named>[Mm]y[ \u00a0]+name(?:['’]s|[ \u00a0]+is)|"
    rf"[Tt]he[ \u00a0]+name['’]s|Name['’]s|Mine['’]s(?=[ \u00a0]+\p{{Lu}}\p{{Ll}}+[ \u00a0]+\p{{Lu}})))[ \u00a0]+"
    rf"{NAME}(?=[.,!?;—–]|$)"
)


# “Penhallow is my name, gentlemen—Josiah Penhallow, …”: the name first.
_NAME_FIRST = regex.compile(rf"(?:^|(?<=[.!?][ \u00a0]*))(?P<named>){NAME}[ \u00a0]+is[ \u00a0]+my[ \u00a0]+name\b")


_TITLED = r"(?:Mr|Mrs|Ms|Miss|Dr|Doctor|Detective|Inspector|Sergeant|Officer|Captain|Professor|Father|Sister)\.?[ \u00a0]+"


# What a cue says more firmly than a self-introduction does: a name or a description with a verb.
_FIRM = frozenset({"cue.narration-mention", "cue.narration-beat", "fallback.nearest-person"})


def self_introduction(ctx: Context, pi: int) -> None:
    """A quote in which the speaker gives their own name (“I'm Amari. Sorry I'm late.”) is that
    person's, and so are the quotes of its paragraph that share its speaker (rule
    cue.self-introduction; for a he/she cue, mention.pronoun.self-introduction). A name a
    cue gives the quote (“said Reyes”) stands."""
    p = ctx.paras[pi]
    for n in p.quotes:
        q = ctx.quotes[n]
        m = _SELF_INTRO.search(q.text) or UNIT_INTRO.match(q.text) or _NAME_FIRST.search(q.text)
        if m is None and n == p.quotes[0] and _asked_name(ctx, pi):
            m = _ANSWERED_NAME.match(q.text)  # “… Pray take the chair, Mr.—” ¶ “Pettigrew, sir. Josiah Pettigrew.”
        who = _introduced(ctx, q.start + m.start("name"), q.start + m.end("name"), m.group("named") is not None) \
            if m is not None else None
        if who is None:
            continue
        f = ctx.found[n]
        index = ctx.entity_index()
        if f is not None and speaker_of(index, f) == index.known_person(who):
            continue
        if f is not None and f.event.chunk.kind == "pronoun":
            give_antecedent(ctx, p.quotes, f, antecedent=who, via="mention.pronoun.self-introduction",
                            why="who the quote says they are")
            if index.known_person(who) is None and f.event.chunk.gender in ("m", "f"):
                # (named nowhere in the narration: a he/she later may be them)
                ctx.name_themselves(who._replace(gender=f.event.chunk.gender))
        elif f is None or f.rule in GUESSES or f.rule in _FIRM or f.rule.startswith("continuation."):
            ev = SpeechEvent(Cue(q.start + m.start(), q.start + m.end(), m.group()), who,  # type: ignore[union-attr]
                             "cue.self-introduction", 0.7)
            mine = Found(ev, ev.rule, f"{who.text!r}: the speaker's own name")
            for k in p.quotes:
                g = ctx.found[k]
                if k == n or g is None or f is not None and g.event is f.event:
                    ctx.found[k] = mine
            if f is not None and f.event.chunk.kind == "description" and f.event.chunk.modifiers[:1] == ("the",):
                ctx.introduced_as[f.event.chunk.text.lower()] = who  # “the stranger” gave his name
            elif index.known_person(who) is None:
                ctx.name_themselves(who)  # (named nowhere in the narration: “Brandvold, Homicide.” … “…,” he said)


# A name that opens the reply to a turn that breaks off at a title: the speaker's own.
_ANSWERED_NAME = regex.compile(r"(?P<named>)(?P<name>\p{Lu}[\p{L}'’\-]+)(?=[,.!])")
_ASKS_NAME = regex.compile(r"\b(?:[Ww]hat(?:['’]s|[ \u00a0]+(?:is|be|was))?|[Tt]ell[ \u00a0]+(?:me|us))[ \u00a0]+"
                        r"(?:your|thy|yer|yo['’]r)[ \u00a0]+name\b[^.!?]*\?|\b[Yy]our[ \u00a0]+name\?")
_BROKEN_OFF_TITLE = regex.compile(rf"\b{_TITLED}?[—–\-]+[ \u00a0]*$|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[—–\-]+[ \u00a0]*$")


def named_descriptions(ctx: Context) -> None:
    """Once a described speaker has given their name (“Name's Jingleby,” from "the stranger"), the
    quotes of that description before and after are that person's too (rule
    mention.description.self-introduced)."""
    if not ctx.introduced_as:
        return
    for n, f in enumerate(ctx.found):
        if f is None or f.antecedent is not None or f.event.chunk.kind != "description":
            continue
        who = ctx.introduced_as.get(f.event.chunk.text.lower())
        if who is not None:
            ctx.found[n] = replace(f, antecedent=who, via="mention.description.self-introduced",
                                   why=f"{f.event.chunk.text!r} gave their name as {who.text!r}")


def _asked_name(ctx: Context, pi: int) -> bool:
    """Whether the turn before paragraph ``pi`` breaks off at a title, asking a name ("…, Mr.—"), or gives
    its speaker's own name, when ``pi``'s quote is a name and little more (“Afternoon. Name's Pettijohn. I'm
    sheriff here.” ¶ “Kincaid.”)."""
    if pi == 0 or not ctx.paras[pi - 1].quotes or not ctx.paras[pi].quotes:
        return False
    last = ctx.quotes[ctx.paras[pi - 1].quotes[-1]]
    if _BROKEN_OFF_TITLE.search(last.text) is not None or _ASKS_NAME.search(last.text) is not None:
        return True  # (or asks it: “What be your name, shepherd?” ¶ “Warren. Stephen Warren.”)
    answer = ctx.quotes[ctx.paras[pi].quotes[0]].text
    return len(answer.split()) <= _NAME_ANSWER_WORDS and any(
        m.group("named") is not None for q in ctx.paras[pi - 1].quotes for m in _SELF_INTRO.finditer(ctx.quotes[q].text))


_NAME_ANSWER_WORDS = 3  # "Kincaid.", "Johnny Kincaid.", "Kincaid, ma'am."


def _introduced(ctx: Context, start: int, end: int, named: bool) -> Chunk | None:
    """The name a speaker introduces themselves by: after "my name is", any; after "I'm", a
    person's: one the narration uses, a full or common given name, or one the text gives a
    title elsewhere (“Dr. Amari”), not “I'm British”."""
    c = name_chunk(ctx.text, start, end)
    if c.kind != "name" or c.speaker_kind is not SpeakerKind.PERSON:
        return None
    words = c.name.split()
    if named:
        return c  # "My name is Tuckett", "The name's Bond": said in so many words
    if ctx.entity_index().mentioned(c) or c.name in ctx.narration_names() or len(words) > 1 or c.modifiers or \
            gender_of(words[0]) or regex.search(rf"\b{_TITLED}{regex.escape(words[-1])}\b", ctx.text):
        return c
    return None


_WHO_ARE_YOU = regex.compile(
    r"(?:^|(?<=[.!?][ \u00a0]+|[\"“‘']))(?:(?:You[ \u00a0]+are|Are[ \u00a0]+you|You[ \u00a0]+must[ \u00a0]+be)[ \u00a0]+"
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Doctor|Captain|Colonel|Lady|Sir)\.?[ \u00a0]+\p{Lu}\p{Ll}+)\?"
    r"|Your[ \u00a0]+name[ \u00a0]+is[ \u00a0]+(?P<name>(?:(?:Mr|Mrs|Ms|Miss)\.?[ \u00a0]+)?\p{Lu}\p{Ll}+)"
    r"(?:,[ \u00a0]+I[ \u00a0]+(?:believe|think|understand|take it))?\?)"  # “Your name is Pargeter, I believe?”
)
_TITLED_NAME = regex.compile(rf"{TITLE}[ \u00a0]*\p{{Lu}}")


def _titled_vocative(ctx: Context, q: QuoteSpan, start: int, end: int) -> bool:
    """A name with a title that the quote surely speaks to: the whole quote (“Miss Dashwood,”
    said he), or its end (“…, Mr. Ferrars?”); not a subject (“Mr. Pell, the agent, was …”)."""
    if not _TITLED_NAME.match(ctx.text, start, end):
        return False
    rest = ctx.text[end:q.end].strip(" \u00a0")
    if start == q.start:
        return rest == ","  # not an echo ("Mr. Fairleigh? Are you sure?") nor an answer ("Mr. Fairleigh, my dear.")
    if ctx.text[start - 2:start] == ", " and _CLAUSE_GOES_ON.match(rest) and not _APPOSED_AFTER.match(rest):
        return True  # “On the contrary, Mr. Penhallow, I think you an observant one.” (not a list of greetings:
        # “Good morning! Miss Biddle, Miss Hatch, Dunstable.”; nor an apposition: “…, Mr. Pell, the agent, was …”)
    return len(rest) <= 1


_CLAUSE_GOES_ON = regex.compile(r",[ \u00a0]+(?:I\b|\p{Ll})")
_APPOSED_AFTER = regex.compile(r",[ \u00a0]+(?:the|a|an|my|our|his|her|their|who|which)\b")


# What a child calls a parent, and the parent's gender.
_PARENT_CALLS = {"papa": "m", "pa": "m", "father": "m", "dad": "m", "daddy": "m", "pater": "m",
                 "mamma": "f", "mama": "f", "mother": "f", "mum": "f", "mummy": "f", "ma": "f", "mom": "f", "momma": "f"}


def _given_called(ctx: Context, c: Chunk, speaker: int, at: int) -> bool:
    """A common given name called ("You are late, Bessie."), when no one known only as Mr./Mrs. X of
    that gender, besides the speaker, could be the one so called (“You encourage him, Arthur.” to
    Mr. Penrose), and the story has no first-person narrator (who answers as "I", named by such calls)."""
    gender = gender_of(c.name) if len(c.name.split()) == 1 else ""
    return bool(gender) and not ctx.entity_index().titled_without_given(gender, speaker) and \
        narrator_mention(ctx, at) is None


def _addressee(ctx: Context, p: Para, said_by: Found) -> Chunk | None:
    """The person the quotes of paragraph ``p`` address by name ("Good morning, Edward," /
    "Edward, come here."), when that is not their speaker: in a dialogue, the one who replies."""
    index = ctx.entity_index()
    speaker = speaker_of(index, said_by)
    for n in reversed(p.quotes):
        asked = _WHO_ARE_YOU.search(ctx.text, ctx.quotes[n].start, ctx.quotes[n].end)
        if asked is not None:  # “You are Mr. Quell?” ¶ “I am.”: the one asked answers
            return name_chunk(ctx.text, asked.start("name"), asked.end("name"))
        called = vocatives(ctx, ctx.quotes[n])
        if len(called) > 1 and (not ctx.text[called[-1][1]:ctx.quotes[n].end].strip(_TRAILING) or
                                _asks_last(ctx, ctx.quotes[n], called[-1][0])):
            # “… Mrs. Fairweather, you will come with us. And Millicent——”, “Good morning, Fanny. … Well,
            # Gathercole, and what have you to say now?”: the one called last, cut short or asked, answers
            called = [called[-1], *called[:-1]]
        for start, end in called:
            parent = _PARENT_CALLS.get(ctx.text[start:end].lower())
            if parent is not None:  # “Oh, Papa, you are only teasing!”: her father answers
                found = index.parent_before(ctx.quotes[n].start, parent, speaker)
                if found is not None:
                    return found[1]
            ranked = called_mention(ctx, start, end) if len(called) == 1 else None
            if ranked is not None and index.resolve(ranked)[0] != speaker:
                return ranked  # “Captain, I've got drift.”: the one captain answers
            chunk = name_chunk(ctx.text, start, end)
            # Only a person the narration names, one called by a title ("Miss Dashwood,"), or by a common
            # given name ("You are late, Bessie." ¶ "The looms stopped at six, Mother."): any other word
            # may be no name at all.
            if chunk.speaker_kind is SpeakerKind.PERSON and not abstract_noun(chunk.name) and \
                    (index.mentioned(chunk) or chunk.name in ctx.narration_names() or
                     _titled_vocative(ctx, ctx.quotes[n], start, end) or _given_called(ctx, chunk, speaker, start)) \
                    and index.resolve(chunk)[0] != speaker:
                return chunk
    return _spoken_to(ctx, p, speaker)


def _asks_last(ctx: Context, q: QuoteSpan, at: int) -> bool:
    """Whether the call at ``at`` is in the last sentence of quote ``q``, a question."""
    text = ctx.text[at:q.end].rstrip(" \u00a0'’\"”")
    return text.endswith("?") and not any(ch in text[:-1] for ch in ".!?")


_TRAILING = " \u00a0—–-.…!?,;"  # what may follow a call that ends a quote


# "Please, sir, timber, sir.", "Yes, ma'am.": a call that names no one but says whether a man or a woman is spoken to.
_SIR = regex.compile(
    r"(?:^|[,;—–]|(?<=[.!?])[ \u00a0])[ \u00a0]*(?P<call>[Ss]ir|[Mm]a[’']am|[Mm]adam)(?=[ \u00a0]*(?:[,.!?;—–]|$))"
)
_SIR_GENDER = {"sir": "m", "ma'am": "f", "ma’am": "f", "madam": "f"}


def _sir(ctx: Context, p: Para, speaker: int, guess: int) -> Chunk | None:
    """When a "sir" or "ma'am" in the quotes of ``p`` calls someone of the other gender than ``guess``,
    the person the turn-taking would pick: of the last few turns' speakers, the latest of the gender
    called who is not the speaker; None when the guess agrees or is not known."""
    calls = {_SIR_GENDER[m.group("call").lower()] for n in p.quotes
             for m in _SIR.finditer(ctx.quotes[n].text)}
    if len(calls) != 1:
        return None
    gender = calls.pop()
    index = ctx.entity_index()
    guessed = index.person_at(guess)
    if guessed is None or not guessed.gender or guessed.gender == gender:
        return None
    first = p.quotes[0]
    for f in reversed(ctx.found[max(0, first - _SIR_BACK):first]):
        if f is None:
            continue
        who = speaker_of(index, f)
        person = index.person_at(who)
        if who != speaker and person is not None and person.gender == gender:
            return f.antecedent or f.event.chunk
    return None


_SIR_BACK = 8  # quotes back to the one a "sir" calls


# "said Mr. Bennet to Kitty", "turned to her youngest daughter, Lydia": the words before the person spoken to.
_TO = regex.compile(r"\bto(?:[ \u00a0\n]+(?:his|her|their|the|my)[ \u00a0\n][^.!?;:\"“”‘’]{0,40}?,)?[ \u00a0\n]+$")


def _spoken_to(ctx: Context, p: Para, speaker: int) -> Chunk | None:
    """The person the narration of paragraph ``p`` says its speaker turned or spoke to."""
    index = ctx.entity_index()
    n = bisect_left(ctx.mentions, p.start, key=lambda c: c.start)
    while n < len(ctx.mentions) and ctx.mentions[n].start < p.end:
        c = ctx.mentions[n]
        n += 1
        if c.kind == "name" and index.is_person(c) and _TO.search(ctx.text, max(p.start, c.start - 60), c.start) \
                and index.resolve(c)[0] != speaker:
            return c
    for start, end in p.frames(ctx.quotes):  # "“Who's been in?” Hollins asked him.": whom "him" stands for
        m = _ASKED.search(ctx.text, start, end)
        if m is not None:
            return index.antecedent_besides(pronoun_at(m.start("who"), m.group("who")), speaker)
    return None


# The speaker's words go to "him" or "her": "asked him", "told her", "turned to him".
_ASKED = regex.compile(
    r"\b(?:asked|told|answered|warned|ordered|assured|reminded|(?:said|turned|called|whispered|murmured)[ \u00a0]+to|"
    r"(?:shouted|snapped|smiled)[ \u00a0]+at)[ \u00a0]+(?P<who>him|her)(?=[.,;:!?—–]|[ \u00a0]+(?:and|as|with|again|quietly)\b)"
)


def paragraph_speaker(ctx: Context, p: Para) -> None:
    """In dialogue a paragraph is one speaker's turn: quotes before the first one with a
    speaker ("“Fenwick.” He hesitated. “I'm looking …”") take that speaker too, and a quote
    with none after it takes the speaker of the quote before it ("“Caroline,” he called, as
    Miss Dorrance came in, “we are …”") (rule continuation.paragraph-speaker)."""
    first = next((n for n in p.quotes if ctx.found[n] is not None), None)
    if first is None:
        return
    source = first
    for n in p.quotes:
        f = ctx.found[n]
        if f is not None:
            source = n
            continue
        g = ctx.found[source]
        assert g is not None
        detail = f"the speaker of this paragraph's quote at {ctx.quotes[source].start}"
        ctx.found[n] = g.carried("continuation.paragraph-speaker", detail)


def reply(ctx: Context, pi: int, q: QuoteSpan, prior: int, f: Found, turn: int = -1) -> Found | None:
    """Who speaks a bare quote paragraph that answers the closed turn ``prior`` (spoken as ``f``,
    in paragraph ``turn``, by default the one before): the person that turn addressed by name
    (continuation.addressee), else the speaker two turns back, else the other person last named
    (continuation.turn-taking)."""
    turn = pi - 1 if turn < 0 else turn
    addressed = _addressee(ctx, ctx.paras[turn], f)
    if addressed is not None and addresses(ctx, q, addressed):
        addressed = None  # “What's your name?” ¶ “Marcus.” ¶ “Okay, Marcus.”: who is called answers, not calls
    if addressed is not None:
        ev = SpeechEvent(Cue(q.start, q.start, ""), addressed, "continuation.addressee", 0.6)
        return Found(ev, ev.rule, f"the person the last turn spoke to, {addressed.text!r}")
    index = ctx.entity_index()
    broken = _bidden_on(ctx, turn, speaker_of(index, f))
    if broken is not None and not addresses(ctx, q, broken[1]):
        ev = SpeechEvent(Cue(q.start, q.start, ""), broken[1], "continuation.turn-taking", 0.5)
        return Found(ev, ev.rule, f"the one the last turn bade go on, who broke off at {broken[0]}", broken[2])
    # Nobody calls themselves by name: "“So I did. Miss Anne, will you be our guide?”" is not Anne's,
    # nor talks of themselves by name: "“Then you heard Lem say he never heard of him.”" is not Lem's.
    spoken_to = frozenset(called_person(ctx, s, e) for s, e in vocatives(ctx, q)) | \
        frozenset(index.known_person(c) for c in name_mentions(ctx.text, q.start, q.end) if c.kind == "name")
    spoken_to = spoken_to - {None}
    before = turn - 1
    while before > 0 and ctx.paras[before].quotes and not ctx.quotes[ctx.paras[before].quotes[-1]].closed and \
            ctx.paras[before - 1].quotes:
        before -= 1  # a speech over several paragraphs is one turn: the turn before it
    if turn > 0 and ctx.paras[before].quotes:
        earlier = ctx.paras[before].quotes[-1]
        g = ctx.found[earlier]
        if g is not None and g.event.chunk.text.lower() != f.event.chunk.text.lower() and \
                speaker_of(index, g) not in spoken_to:
            called = _sir(ctx, ctx.paras[turn], speaker_of(index, f), speaker_of(index, g))
            if called is not None:  # “Yes, sir.” after a woman's turn: the man of the scene answers
                ev = SpeechEvent(Cue(q.start, q.start, ""), called, "continuation.addressee", 0.5)
                return Found(ev, ev.rule, f"the last turn called {called.text!r} sir or ma'am")
            detail = f"the speaker two turns back, at {ctx.quotes[earlier].start}"
            return g.carried("continuation.turn-taking", detail)
    # In a first-person story, the narrator answers whoever else spoke.
    if not is_narrator(f.event.chunk):
        me = narrator_mention(ctx, q.start)
        if me is not None:
            ev = SpeechEvent(Cue(q.start, q.start, ""), me, "continuation.turn-taking", 0.5)
            return Found(ev, ev.rule, "the narrator answers")
    # The first reply: the other person last mentioned before the previous turn, if still there.
    gone: frozenset[int | None] = spoken_to
    other = index.other_person_before(ctx.quotes[prior].start, speaker_of(index, f), gone, subject_first=True)
    while other is not None and _left(ctx, other, ctx.quotes[prior].start):
        gone = gone | {other[0]}
        other = index.other_person_before(ctx.quotes[prior].start, speaker_of(index, f), gone, subject_first=True)
    other = _recent_speaker(ctx, prior, speaker_of(index, f), gone, other)
    if other is not None:
        ev = SpeechEvent(Cue(q.start, q.start, ""), other[1], "continuation.turn-taking", 0.5)
        return Found(ev, ev.rule, f"the other person in the conversation, {other[1].text!r}")
    # Nobody else named: a character the narration describes ("Nick looked at the girl.").
    described = _described_other(ctx, ctx.quotes[prior].start, speaker_of(index, f))
    if described is not None:
        ev = SpeechEvent(Cue(q.start, q.start, ""), described, "continuation.turn-taking", 0.4)
        return Found(ev, ev.rule, f"the other person in the conversation, {described.text!r}")
    # Nobody else named yet: the next person the narration names ("Mother set down the kettle").
    other = index.other_person_after(q.end, speaker_of(index, f), _NEXT_NAMED_REACH)
    if other is None:
        return None
    ev = SpeechEvent(Cue(q.start, q.start, ""), other[1], "continuation.turn-taking", 0.4)
    return Found(ev, ev.rule, f"the next other person the narration names, {other[1].text!r}")


_NEXT_NAMED_REACH = 1500  # characters


def _bidden_on(ctx: Context, turn: int, bidder: int) -> tuple[int, Chunk, Chunk | None] | None:
    """“If we travelled light, and—” ¶ “Light. He says light,” said Frenchy. ¶ “Let him say it,” said Hank. “Go on,
    kid.” ¶ “And left the big sled …”: after a turn that bids someone go on, the one whose turn broke off
    a turn or two before it (where it broke off, the mention and the antecedent its speaker was found by)."""
    p = ctx.paras[turn]
    if not any(_GO_ON.search(ctx.text, ctx.quotes[n].start, ctx.quotes[n].end) for n in p.quotes):
        return None
    index = ctx.entity_index()
    for back in range(turn - 1, max(-1, turn - 1 - _BIDDEN_TURNS), -1):
        if not ctx.paras[back].quotes:
            return None
        n = ctx.paras[back].quotes[-1]
        g = ctx.found[n]
        if g is None:
            return None
        if ctx.quotes[n].text.rstrip().endswith(_BROKEN_OFF) and speaker_of(index, g) != bidder:
            return ctx.quotes[n].end, g.event.chunk, g.antecedent
    return None


_GO_ON = regex.compile(r"\b(?:[Gg]o[ \u00a0]+on|[Cc]arry[ \u00a0]+on|[Cc]ontinue|[Ff]inish[ \u00a0]+(?:it|what))\b")
_BROKEN_OFF = ("—", "–", "--", "-", "…", "...")
_BIDDEN_TURNS = 3  # turns back to the one who broke off


def _recent_speaker(ctx: Context, prior: int, speaker: int, gone: frozenset[int | None],
                    other: tuple[int, Chunk] | None) -> tuple[int, Chunk] | None:
    """Of the people named before quote ``prior``, back to ``other``'s mention and a few
    hundred characters on, the latest who has spoken in the scene, when ``other`` has not: a
    person the narration only mentions ("sent out by Mrs. Jennings") is not in the conversation."""
    if other is None:
        return None
    index = ctx.entity_index()
    start = ctx.quotes[prior].start
    spoken = {speaker_of(index, g) for g in ctx.found[max(0, prior - _SCENE_TURNS):prior] if g is not None}
    if other[0] in spoken or other[0] in _called(ctx, prior):
        return other  # (one the last turns called by name is in the conversation: "Come in, Mrs. Orme, and sit down.")
    first_gone = gone
    gone = gone | {other[0]}
    candidate = index.other_person_before(start, speaker, gone)
    while candidate is not None and start - candidate[1].start <= _SCENE_REACH:
        if candidate[0] in spoken and not _left(ctx, candidate, start):
            return candidate
        gone = gone | {candidate[0]}
        candidate = index.other_person_before(start, speaker, gone)
    # The scene's other speaker spoke after ``other`` was named: ``other`` was only talked about
    # ("Lorries threw up sheets of spray." is no one come in), the two of them talk on.
    for n in range(prior - 1, max(-1, prior - 1 - _SCENE_TURNS), -1):
        g = ctx.found[n]
        if g is None:
            continue
        who = speaker_of(index, g)
        if who == speaker or who in first_gone:
            continue
        if not _left(ctx, (who, g.antecedent or g.event.chunk), start):
            return who, g.antecedent or g.event.chunk
        break
    return other


def _called(ctx: Context, prior: int) -> frozenset[int | None]:
    """The people that quote ``prior`` and the quotes of the three paragraphs before it call by name."""
    p0 = bisect_left(ctx.para_ends(), ctx.quotes[prior].start)
    turns = [n for p in ctx.paras[max(0, p0 - 3):p0 + 1] for n in p.quotes if n <= prior]
    return frozenset(called_person(ctx, s, e) for n in turns for s, e in vocatives(ctx, ctx.quotes[n]))


_SCENE_TURNS = 8  # quotes back that count as the scene's
_SCENE_REACH = 1000  # characters back a speaker's mention may stand


def _described_other(ctx: Context, before: int, speaker: int) -> Chunk | None:
    """The nearest character the narration describes ("the girl", "the old man") in the
    ``_NEXT_NAMED_REACH`` characters before ``before``, who is not entity ``speaker``."""
    index = ctx.entity_index()
    pi = bisect_left(ctx.para_ends(), before)
    floor = before - _NEXT_NAMED_REACH
    for p in reversed(ctx.paras[:pi + 1]):
        if p.end < floor:
            return None
        for start, end in reversed(list(p.frames(ctx.quotes))):
            for m in reversed(list(character_pattern().finditer(ctx.text, max(start, floor), min(end, before)))):
                if ctx.text.startswith(("'s", "’s"), m.end()):
                    continue  # "her uncle's empty chair": the chair, not the uncle, is there
                found = [c for c in chunks(ctx.text, m.start(), m.end()) if described_character(c)]
                if found and index.resolve(found[-1])[0] != speaker:
                    return found[-1]
    return None


# The mention's own verb, its objects, then "and" and the verb of leaving: no other subject between.
_SAME_SUBJECT = regex.compile(
    r"[ \u00a0]+\p{Ll}+(?:[ \u00a0]+(?!he\b|she\b|they\b|I\b)[\p{Ll},]+){0,8}?[ \u00a0]+and[ \u00a0]+"
)
_JUST_BEFORE = regex.compile(r"[ \u00a0]+(?:\p{Ll}+ly[ \u00a0]+)?")  # a mention, then its verb (an adverb between)


def _left(ctx: Context, person: tuple[int, Chunk], before: int) -> bool:
    """Whether the narration between ``person``'s mention and ``before`` says that they left."""
    index = ctx.entity_index()
    for m in EXIT.finditer(ctx.text, person[1].end, before):
        if _JUST_BEFORE.fullmatch(ctx.text, person[1].end, m.start()):
            return True  # "…; and Matryona went out": the mention is the clause's subject
        if _SAME_SUBJECT.fullmatch(ctx.text, person[1].end, m.start()):
            return True  # "Mr. Ashby returned her to her mother and went to fetch lemonade"
        pi = bisect_left(ctx.para_ends(), m.start())
        if pi >= len(ctx.paras) or any(ctx.quotes[n].start <= m.start() < ctx.quotes[n].end for n in ctx.paras[pi].quotes):
            continue  # said in a quote, not narrated
        subject = sentence_subject(ctx.text, ctx.sentence_start(pi, m.start()), m.start())
        if subject is not None and (subject.kind in ("name", "pronoun") or subject.speaker_kind is SpeakerKind.PERSON) and \
                index.resolve(subject)[0] == person[0]:
            return True
    return False
