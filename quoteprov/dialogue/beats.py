"""Dialogue: a person acting just before or after a quote speaks it (action, narration and after beats)."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from quoteprov.cues import SpeechEvent, sentence_subject
from quoteprov.dialogue.address import addresses, called_person, speech_addresses, vocatives
from quoteprov.dialogue.detect import is_heading
from quoteprov.given_names import role_gender
from quoteprov.lexicon import GROUP_COUNTS, KIN_NOUNS
from quoteprov.mentions import HONORIFICS, NAME_ADJECTIVES, Chunk, chunks, role_word
from quoteprov.names import name_mentions, word_before
from quoteprov.people import APPOSITION, titled_character
from quoteprov.records import Cue, QuoteSpan, SpeakerKind
from quoteprov.rule_context import Context, Found, Para, give_antecedent, named_owner, speaker_of, starts_paragraph
from quoteprov.sentences import sentence_starts


def action_beat(ctx: Context, pi: int, k: int) -> Found | None:
    """In dialogue, "Lucy looked up from her book. “Then I hope …”": the person acting in the
    sentence before a quote, in the same paragraph, speaks it."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    s_start, _ = p.sentence_of(q.start)
    if not ctx.dialogue or s_start <= p.start:
        return None
    ps, _ = p.sentence_of(s_start - 1)
    if k > 0:  # "“Fenwick.” He hesitated. “I'm looking …”": the beat between two quotes, not in one
        before = ctx.quotes[p.quotes[k - 1]]
        if before.end + len(before.close_mark) > ps:
            return None
    subject = sentence_subject(ctx.text, ps, s_start)
    if subject is not None and subject.kind == "description":
        subject = _owner(ctx, subject)  # "Mrs. Thorold’s fan paused. “…”": hers
    if subject is None or subject.kind not in ("name", "pronoun") and not described_character(subject) and \
            not titled_character(subject) or \
            subject.kind == "pronoun" and subject.gender not in ("m", "f") and subject.text != "I":
        subject = _earlier_actor(ctx, p, ps, q)  # ("It belonged to little Ames": "it" is nobody)
        if subject is None:
            return None
    ev = SpeechEvent(Cue(s_start, s_start, ""), subject, "cue.action-beat", 0.6)
    return Found(ev, ev.rule, f"{subject.text!r} acts in the sentence before")


_CLAUSE = regex.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:and|but|then|while|when|where|until|till)[ \u00a0]+")


# A clause whose he/she speaks, even one that tells when: "He was at the door when she spoke again".
# (the other pronoun than the sentence's subject: "The rector leaned forward, and his voice when he spoke …" is his;
# not "as": "I looked, and saw, as he said, a faint whiteness" is no speech)
_SPOKE_CLAUSE = regex.compile(r"\b(?:when|and|then|until|till|When|Then)[ \u00a0]+(?P<who>he|she)[ \u00a0]+"
                              r"(?:spoke|speaks|said|says|called|calls|asked|asks|whispered|whispers|"
                              r"began[ \u00a0]+to[ \u00a0]+speak|begins[ \u00a0]+to[ \u00a0]+speak)\b")
_IN_RELATIVE = regex.compile(r"\b(?:who|whom|which|whose)\b")
_LAST_ACTOR = regex.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:and|but|then|where|until|till)[ \u00a0]+")


# The narrator coming upon someone, who then speaks: "I found Quayle no longer upon the sofa".
_FOUND_WHOM = regex.compile(r"(?r)\bI[ \u00a0]+(?:found|saw|discovered)[ \u00a0]+")
_WHOM_REACH = 40
# What a narrator's I does when only watching: "and I saw that it was folded open".
_PERCEIVES = regex.compile(r"[ \u00a0]+(?:saw|noticed|observed|perceived|watched|knew|guessed|understood|realised|"
                        r"realized|could[ \u00a0]+(?:see|tell))\b")
_BEAT_SENTENCES = 3  # sentences back from a quote to the person acting in its paragraph


def _owner(ctx: Context, c: Chunk) -> Chunk:
    """The named person whose fan, hand or voice ``c`` is ("Mrs. Thorold’s fan"); else ``c``."""
    return (named_owner(ctx, c) or c) if c.head in _HELD else c


# What a person's own, moving, says that person acts: "Mrs. Thorold’s fan paused."
_HELD = frozenset("fan glass hand hands eyes face voice lips brows head shoulders pen cup pipe".split())


def _earlier_actor(ctx: Context, p: Para, ps: int, q: QuoteSpan) -> Chunk | None:
    """When the sentence before a quote has no person for its subject: a person acting in a
    clause of it ("The back door bangs open and Desmond stamps in.") or in one of the few
    sentences before it in the paragraph ("Felix sits. The table is covered with envelopes.
    “I'll be there.”"), nearest first; no further back than the paragraph's start or a quote."""
    floor = p.start
    for n in p.quotes:
        other = ctx.quotes[n]
        if other.end <= q.start:
            floor = max(floor, other.end + len(other.close_mark))
    end = q.start
    for _ in range(_BEAT_SENTENCES):
        if ps < floor:
            return None
        found = _last_clause_subject(ctx, ps, end)
        if found is not None:
            return found
        if end != q.start:  # the sentence right before the quote was tested whole by the caller
            found = person_subject(ctx, ps, end)
            if found is not None:
                return found
        if ps <= floor:
            return None
        end = ps
        ps, _ = p.sentence_of(ps - 1)
    return None


def _last_clause_subject(ctx: Context, start: int, end: int, pattern: regex.Pattern[str] | None = None) -> Chunk | None:
    """The person who opens the last clause of the sentence ``text[start:end]`` that has a
    subject of its own ("…, and Louisa fell in", "… and their uncle Desmond stamps in"), if any."""
    for m in reversed(list((pattern or _CLAUSE).finditer(ctx.text, start, end))):
        if not m.group().startswith(",") and \
                _IN_RELATIVE.search(ctx.text, max(start, ctx.text.rfind(",", start, m.start())), m.start()):
            continue  # "my brother Milo, who is nine and whom Noor and I have called …, is lying": inside the clause
        found = person_subject(ctx, m.end(), end)
        if found is not None and _OPENS.fullmatch(ctx.text, m.end(), found.start) is not None:
            return found
    return None


# What may stand between a conjunction and its clause's subject: an adverb, or the words of a
# description that introduces the name ("and then their uncle Desmond stamps in").
_OPENS = regex.compile(
    r"(?:(?:then|now|soon|suddenly|presently|at last)[ \u00a0,]+)?"
    r"(?:(?:after|in)[ \u00a0]+(?:a|an)[ \u00a0]+(?:moment|minute|while|pause|instant)[ \u00a0,]+)?"
    r"(?:(?:the|a|an|his|her|their|my|our|your|old|young|little|poor|dear|[\p{Ll}\-]+['’]s)[ \u00a0]+"
    r"(?:[\p{Ll}\-]+[ \u00a0]+){0,2})?"
)


def person_subject(ctx: Context, start: int, end: int) -> Chunk | None:
    """The subject of ``text[start:end]`` when it is one of the story's people or he/she/I."""
    c = sentence_subject(ctx.text, start, end)
    if c is None:
        return None
    if c.kind == "pronoun":
        return c if c.gender in ("m", "f") or c.text == "I" else None
    if c.kind in ("name", "description") and c.speaker_kind is SpeakerKind.PERSON:
        return c if (described_character(c) or ctx.entity_index().is_person(c) or _is_character(ctx, c)) else None
    return None


_FRAGMENT_WORDS = 6  # a sentence this short with no one for subject may be a fragment ("The fridge.")
_FRAGMENTS = 3  # fragments in a row looked past


def _before_fragments(ctx: Context, starts: list[int], end: int, start: int, subject: Chunk | None) -> \
        tuple[int, Chunk | None]:
    """The start and subject of the last sentence of a paragraph (its sentences start at ``starts``) with a
    person for subject, past up to three short fragments that close it; ``start``, ``subject`` else."""
    ends = [*starts[1:], end]
    for n in range(len(starts) - 1, max(0, len(starts) - 1 - _FRAGMENTS) - 1, -1):
        s, e = starts[n], ends[n]
        found = person_subject(ctx, s, e)
        if found is not None:
            return s, found
        if len(ctx.text[s:e].split()) > _FRAGMENT_WORDS:
            break
    return start, subject


def described_character(c: Chunk) -> bool:
    """"The landlord", "her maid", "the old man": a definite description of a person, in a story a character."""
    return c.kind == "description" and c.speaker_kind is SpeakerKind.PERSON and bool(c.modifiers) and \
        c.modifiers[0] in ("the", "his", "her", "their", "my", "our", "your") and \
        (role_word(c.head) or c.head in HONORIFICS or bool(role_gender(c.head)))  # ("the widow")


# A verb in the present tense right after its subject ("Aunt Cordelia is the sort who …", "he keeps looking").
_PRESENT_AFTER = regex.compile(r"[ \u00a0]+(?:(?:always|never|often|usually|still|only|just)[ \u00a0]+)?"
                               r"(?:is|are|has|does|\p{Ll}{2,}[^s\P{Ll}]s)\b")
_PRESENT_I = regex.compile(r"[ \u00a0]+(?:do[ \u00a0]+not|don['’]t|am|have[ \u00a0]+(?:never|ever|always|often|since)|"
                        r"think|confess|believe|suppose|fancy|own|admit|must|cannot|can['’]t|recall|hope|"
                        r"(?:well[ \u00a0]+)?remember)\b")
_PAST_SAID = regex.compile(r"\bsaid\b")
_PRESENT_SAYS = regex.compile(r"\bsays\b")


@lru_cache(maxsize=8)
def _told_in_the_past(text: str) -> bool:
    """Whether a story is told in the past tense ("said" far more often than "says")."""
    return len(_PAST_SAID.findall(text)) > 2 * len(_PRESENT_SAYS.findall(text))


def _remark(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` of a story told in the past has its last actor in the present
    tense: a remark of the narrator's ("… and Aunt Cordelia is the sort who eats the other sort"), no action."""
    actor = _last_clause_subject(ctx, start, end, _LAST_ACTOR) or person_subject(ctx, start, end)
    if actor is None or not _told_in_the_past(ctx.text):
        return False
    if _PRESENT_AFTER.match(ctx.text, actor.end) is not None:
        return True
    # (or the narrator's own present: "I do not think I have ever seen a more appealing countenance; but I set
    # this down as a physician")
    first = person_subject(ctx, start, end)
    return any(c is not None and c.text == "I" and _PRESENT_I.match(ctx.text, c.end) is not None for c in (actor, first))


def narration_beat(ctx: Context, pi: int, k: int) -> Found | None:
    """In dialogue, "Mrs. Bellamy turned to her husband. ¶ ‘You encourage them, Henry.’": a bare
    quote paragraph after narration is spoken by the subject of the narration's last sentence."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if not ctx.dialogue or k > 0 or pi == 0 or not starts_paragraph(ctx, pi, q):
        return None
    prev = ctx.paras[pi - 1]
    if prev.quotes or prev.end <= prev.start or is_heading(ctx.text, prev):
        return None
    # The last sentence: after the last sentence break with words still after it.
    starts = sentence_starts(ctx.text, prev.start, prev.end)
    start = starts[-1] if starts else prev.start
    while start < prev.end and ctx.text[start].isspace():
        start += 1
    subject = sentence_subject(ctx.text, start, prev.end)
    end = prev.end
    if starts and _remark(ctx, start, end):
        # "I put down the toast. There are aunts and aunts, and Aunt Cordelia is the sort who …": a remark in the
        # present tense, in a story told in the past, has no one acting in it; the sentence before it does
        before = [s for s in (prev.start, *starts) if s < start]
        if before:
            end, start = start, before[-1]
            while start < end and ctx.text[start].isspace():
                start += 1
            subject = sentence_subject(ctx.text, start, end)
    if starts and person_subject(ctx, start, end) is None:
        # "She had known, she realises. Not known, but the tie. The fridge. The way he said job.": past
        # the fragments that close the paragraph, the last sentence with someone for subject
        start, subject = _before_fragments(ctx, [prev.start, *starts], end, start, subject)
    # "Miss Carrow took her brother's arm, and Louisa fell in beside Anne.": the last to act (not
    # in a "when" clause: "She looked up when Dunne came in." is hers).
    later = _last_clause_subject(ctx, start, end, _LAST_ACTOR)
    spoke = _SPOKE_CLAUSE.search(ctx.text, start, end) if subject is None or subject.kind == "pronoun" else None
    # (or no subject: "When she speaks again her voice is quieter, and Brandt … uncrosses his arms": she)
    if spoke is not None and (subject is None or spoke.group("who") != subject.text.lower()):
        later = person_subject(ctx, spoke.start("who"), end) or later  # "He was at the door when she spoke": she
    silent = _SILENT.search(ctx.text, start, end)
    if silent is None and _PHONE.search(ctx.text, max(0, prev.start - _PHONE_REACH), end) is not None:
        silent = _PAUSE.search(ctx.text, start, end)  # "Another pause, longer.": the other end, unheard
    if silent is not None and (_ACTS_ON.search(ctx.text, silent.end(), end) or
                               _READS_ALOUD.search(ctx.text, silent.end(), end)):
        silent = None  # "… received this in silence, added a word to the letter, and crossed it out": a beat
        # (and "read the letter through once in silence, and then … read it aloud": he reads it out)
    if silent is not None and (later is None or later.start < silent.start()):
        return _after_silence(ctx, pi, q, subject)
    if later is not None and speech_addresses(ctx, pi, later):
        later = None  # “Harriet, you will spoil your frock.” is not Harriet's: her aunt, the sentence's subject
    if later is not None and subject is not None and later.start != subject.start and pi >= 2 and \
            ctx.paras[pi - 2].quotes and addresses(ctx, ctx.quotes[ctx.paras[pi - 2].quotes[-1]], subject):
        later = None  # “Pray, Mr. Crewe, …” ¶ Mr. Crewe glanced towards the window, where Mr. Tallis …: he answers
    if later is not None and later.text == "I" and subject is not None and (
            subject.kind == "pronoun" and subject.gender in ("m", "f") or
            subject.kind == "name" and subject.speaker_kind is SpeakerKind.PERSON) and \
            _PERCEIVES.match(ctx.text, later.end):
        later = None  # "He pointed at the newspaper, and I saw that …": the narrator only watches; he speaks
        # ("… Varvara Nikolaevna was standing, and I knew that she had heard everything": she)
    comer = _comer(ctx, start, end)
    if comer is None and starts and subject is not None and subject.kind == "pronoun" and \
            _DESCRIBES.match(ctx.text, subject.end) is not None:
        # "… and the Captain's widow came in … She was a small, brisk, rosy woman, …": the sentence
        # after an entrance that describes the one who came in
        earlier = _comer(ctx, starts[-2] if len(starts) > 1 else prev.start, start)
        if earlier is not None and role_gender(earlier.head) in ("", subject.gender) and \
                earlier.gender in ("", subject.gender):
            comer = earlier
    if comer is not None and not addresses(ctx, q, comer) and not _spoke_last(ctx, pi, comer):
        ev = SpeechEvent(Cue(q.start, q.start, ""), comer, "cue.narration-beat", 0.5)
        return Found(ev, ev.rule, f"{comer.text!r} comes into the scene in the narration just before")
    found = _FOUND_WHOM.search(ctx.text, start, end)
    if found is not None and (later is None or found.start() >= later.start):
        whom = [c for c in name_mentions(ctx.text, found.end(), min(end, found.end() + _WHOM_REACH))
                if c.start == found.end() and c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON]
        if whom and not addresses(ctx, q, whom[0]):
            later = whom[0]  # "and when I came back up the stairs I found Quayle standing at the window": Quayle speaks
    subject = later or subject
    if subject is not None and addresses(ctx, q, subject):
        return None
    if subject is not None and _LEAVES.match(ctx.text, subject.end) is not None:
        return None  # "His wife swept out to see about the napkins, …": not the one who speaks next
    if subject is not None and starts:
        other = _not_the_last_speaker(ctx, pi, subject, [prev.start, *starts[:-1]], start)
        if other is not None and not addresses(ctx, q, other):
            subject = other
    reported = _REPORTED.search(ctx.text, subject.end, end) if subject is not None else None
    if subject is not None and reported is not None and \
            _HAS.search(ctx.text, max(subject.end, reported.start() - 8), reported.start()) is None:
        # (not a present perfect, a general truth: "the smile of a woman who … has observed that they always come back")
        return _answers_report(ctx, pi, q, subject)
    if subject is not None and subject.kind == "name" and _talked_of(ctx, pi, subject):
        return None  # “Poor Mr. Brackenbury! Do you like him?” ¶ Mr. Josiah Brackenbury, whom …, had taken the
        # great new house …: the one the talk was about, told of, not come in
    if subject is not None and (subject.kind == "name" and subject.speaker_kind is SpeakerKind.PERSON and
                                not _group(ctx, subject) or
                                subject.kind == "description" and (_is_character(ctx, subject) or
                                                                   _introduced_character(ctx, subject) or
                                                                   described_character(subject) and
                                                                   (subject.modifiers[0] in ("our", "my") or
                                                                    _BEGAN.search(ctx.text, subject.end, end)
                                                                    is not None or
                                                                    subject.start == start or
                                                                    _OPENER.fullmatch(ctx.text, start, subject.start) and
                                                                    _LEANS.match(ctx.text, subject.end) is not None)) or
                                subject.kind == "pronoun" and (subject.gender in ("m", "f") or subject.text == "I")):
        ev = SpeechEvent(Cue(q.start, q.start, ""), subject, "cue.narration-beat", 0.5)
        last = _last_speaker_as(ctx, pi, subject)
        if last is not None:
            return Found(ev, ev.rule, f"{subject.text!r} acts in the narration just before", last,
                         via="mention.pronoun.last-speaker", why="the one who spoke the turn before the narration")
        return Found(ev, ev.rule, f"{subject.text!r} acts in the narration just before")
    return None


def _last_speaker_as(ctx: Context, pi: int, c: Chunk) -> Chunk | None:
    """The mention of whoever spoke the quote paragraph before the narration paragraph ``pi - 1`` when the
    he/she ``c`` of that narration, with no one named before it there, has their gender and would otherwise
    stand for someone else: “Aye, I thought as much.” ¶ She reached for the teapot again … (the one who
    just spoke, not Peggy Tatlock, named last but gone)."""
    if c.kind != "pronoun" or c.gender not in ("m", "f") or pi < 2 or not ctx.paras[pi - 2].quotes:
        return None
    if any(m.kind in ("name", "description") and m.speaker_kind is SpeakerKind.PERSON
           for m in chunks(ctx.text, ctx.paras[pi - 1].start, c.start)):
        return None
    g = ctx.found[ctx.paras[pi - 2].quotes[-1]]
    if g is None:
        return None
    index = ctx.entity_index()
    who = speaker_of(index, g)
    p = index.person_at(who)
    if p is None or p.gender != c.gender or index.resolve(c)[0] == who:
        return None
    return g.antecedent or g.event.chunk


# Coming into the scene: "the door opened again to admit, not Pruett, but a red-faced stable-lad",
# "in came the Vicar", "with the light came a stout lady" (the person after the verb) …
_ADMITS = regex.compile(
    r"\b(?:to[ \u00a0]+admit|admitted|admitting|let[ \u00a0]+in|in[ \u00a0]+(?:came|walked|stepped|strode|burst)|came)"
    r"(?:,?[ \u00a0]+not[ \u00a0]+[^,.;:!?]{1,40},[ \u00a0]+but)?[ \u00a0]+"
)
# … or "when Martha returned", "a young man came in" (the person before it).
_COMES_IN = regex.compile(
    r"[ \u00a0]+(?:(?:came|comes|stepped|steps|walked|walks|burst|bustled|hurried|strode|looked)[ \u00a0]+in\b|"
    r"(?:\p{Ll}{3,}ed|swept|crept|stole|slid|ran|blew|strode)[ \u00a0]+in(?=[ \u00a0]*[,.;—]|[ \u00a0]+(?:with|and|at|"
    r"through|again|carrying|bearing|holding|upon|on)\b)|"
    r"(?<!\b(?:when|as|while|until|till)(?:[ \u00a0]+\p{L}+){1,2}[ \u00a0]+)(?:came|comes|hurried|bustled|stumped|toiled|puffed)"
    r"[ \u00a0]+up(?:stairs)?\b|"
    r"(?:entered|enters|returned|returns|reappeared|appeared)\b|"
    r"(?:coming|came|walking|walked|hurrying|hurried)[ \u00a0]+(?:up|down|along|across)[ \u00a0]+(?:the[ \u00a0]+)?\p{Ll}+"
    r"[ \u00a0]+towards?[ \u00a0]+(?:us|me|him|her|them)\b)"  # "Mr. Ellery, the curate, coming up the lane towards us"
)
# "Behind him, as always, came the Ketchum boy": a follower, not the one who speaks.
_FOLLOWS = regex.compile(r"\b(?:[Bb]ehind|[Aa]fter)[ \u00a0]+(?:him|her|them)\b[^.;:!?]{0,25}$")
_PEOPLE_WORDS = frozenset("lad fellow youth child".split()) | KIN_NOUNS  # people, though no role
_OF_NAME = regex.compile(r"[ \u00a0]+of[ \u00a0]+")
_PARTS = frozenset("head face hand hands figure shoulders".split())  # "to admit the head of Martha": her, below


_DESCRIBES = regex.compile(r"[ \u00a0]+(?:was|is|had[ \u00a0]+been|looked|seemed)[ \u00a0]+(?:a|an)[ \u00a0]")


def _talked_of(ctx: Context, pi: int, c: Chunk) -> bool:
    """Whether the last quote before the narration paragraph ``pi - 1`` names the person ``c`` in the
    third person (not calling them), and the narration tells of them in the past perfect."""
    if pi < 2 or not ctx.paras[pi - 2].quotes or _PERFECT.match(ctx.text, c.end) is None and \
            _PERFECT.search(ctx.text, c.end, ctx.paras[pi - 1].end) is None:
        return False
    q = ctx.quotes[ctx.paras[pi - 2].quotes[-1]]
    index = ctx.entity_index()
    who = index.known_person(c)
    called = {called_person(ctx, s, e) for s, e in vocatives(ctx, q)}
    return who is not None and who not in called and \
        any(m.kind == "name" and index.known_person(m) == who for m in name_mentions(ctx.text, q.start, q.end))


_PERFECT = regex.compile(r",?[^.;:!?]{0,200}?[ \u00a0]had[ \u00a0]+\p{Ll}")


def _comer(ctx: Context, start: int, end: int) -> Chunk | None:
    """The person the sentence ``text[start:end]`` brings into the scene, the last one if several:
    in a dialogue the newcomer speaks first (“Beg pardon, Sir Gregory. It's the grey mare.”)."""
    found = None
    if _ADMITS.search(ctx.text, start, end) is None and _COMES_IN.search(ctx.text, start, end) is None:
        return None  # (cheap first: most narration brings no one in)
    for c in chunks(ctx.text, start, end):
        before = ctx.text.rfind(" ", start, c.start - 1) + 1
        admitted = _ADMITS.search(ctx.text, max(start, before - 60), c.start)
        if admitted is not None and admitted.end() == c.start and c.kind == "description" and c.head in _PARTS:
            of = _OF_NAME.match(ctx.text, c.end)  # "to admit the head of Martha, the housemaid"
            if of is not None:
                owner = next((o for o in chunks(ctx.text, of.end(), end) if o.start == of.end()), None)
                if owner is not None and _a_person(ctx, owner):
                    found = owner
                    continue
        if (admitted is not None and (admitted.end() == c.start or
                                      ctx.text[admitted.end():c.start].strip() in NAME_ADJECTIVES) and  # ("old Mr. P")
                not _FOLLOWS.search(ctx.text, max(start, admitted.start() - 40), admitted.start()) or
                _COMES_IN.match(ctx.text, c.end) or
                (apposed := APPOSITION.match(ctx.text, c.end)) is not None and
                _COMES_IN.match(ctx.text, apposed.end())) and _a_person(ctx, c):
            found = c  # ("Mr. Ellery, the curate, coming up the lane towards us")
    return found


def newcomer_pronoun(ctx: Context, pi: int) -> None:
    """“… when I perceived Mr. Ellery, the curate, coming up the lane towards us. ¶ “Good morning, Miss Crane,”
    said he.”: a he/she that cues the first turn after narration whose last sentence brings someone into the
    scene is the newcomer, when the gender agrees (rule mention.pronoun.newcomer)."""
    p = ctx.paras[pi]
    if pi == 0 or not p.quotes or ctx.paras[pi - 1].quotes or not starts_paragraph(ctx, pi, ctx.quotes[p.quotes[0]]):
        return
    f = ctx.found[p.quotes[0]]
    if f is None or f.antecedent is not None or f.rule not in ("cue.after.said-name", "cue.after.name-said") or \
            f.event.chunk.kind != "pronoun" or f.event.chunk.gender not in ("m", "f"):
        return
    prev = ctx.paras[pi - 1]
    starts = sentence_starts(ctx.text, prev.start, prev.end)
    who = _comer(ctx, starts[-1] if starts else prev.start, prev.end)
    if who is None or addresses(ctx, ctx.quotes[p.quotes[0]], who):
        return
    index = ctx.entity_index()
    person = index.person_at(index.resolve(who)[0])
    if person is None or person.gender not in (f.event.chunk.gender, "") or index.resolve(f.event.chunk)[0] == person.index:
        return
    give_antecedent(ctx, p.quotes, f, antecedent=who, via="mention.pronoun.newcomer",
                    why=f"{who.text!r} comes into the scene in the narration just before")


def _spoke_last(ctx: Context, pi: int, c: Chunk) -> bool:
    """Whether ``c`` spoke the last turn before paragraph ``pi`` ("She looked up when Dunne came in."
    after Dunne's own words: the one he comes to answers)."""
    for p in reversed(ctx.paras[max(0, pi - 4):pi]):
        if p.quotes:
            f = ctx.found[p.quotes[-1]]
            index = ctx.entity_index()
            return f is not None and index.resolve(c)[0] == speaker_of(index, f)
    return False


def _a_person(ctx: Context, c: Chunk) -> bool:
    """A person's name, or a description of a person ("a red-faced stable-lad"), not of a part of one."""
    if c.kind == "name":
        return c.speaker_kind is SpeakerKind.PERSON and ctx.entity_index().is_person(c)
    head = c.head.rsplit("-", 1)[-1]
    return c.kind == "description" and head not in _PARTS and (role_word(head) or head in _PEOPLE_WORDS)


# Leaving the scene: "He goes out again", "Desmond left the room", "she was gone".
_LEAVING = (
    r"(?:(?:went|goes|walked|walks|stormed|storms|hurried|hurries|stepped|steps|slipped|slips|swept|sweeps|strode|"
    r"strides|marched|marches|bustled|bustles|flounced|flounces|ran|runs)[ \u00a0]+"
    r"(?:out|away|off|back[ \u00a0]+(?:to|into|in)|home|indoors|inside|upstairs|downstairs)"
    r"|(?:left|leaves)[ \u00a0]+(?:the[ \u00a0]+(?:room|house|kitchen|table)|them|us)|was[ \u00a0]+gone|departed|disappeared"
    r"|(?:went|goes|ran|runs|hurried|hurries)[ \u00a0]+(?:off[ \u00a0]+)?to[ \u00a0]+(?:fetch|get|find|bring|call)"
    r"|withdrew|withdraws|took[ \u00a0]+(?:his|her)[ \u00a0]+leave)"
)
EXIT = regex.compile(rf"\b{_LEAVING}\b")
_LEAVES = regex.compile(rf"[ \u00a0]+(?:\p{{Ll}}+ly[ \u00a0]+)?{_LEAVING}\b")  # right after its subject


# "Henry said that he was reading for the bar.": the narration reports a turn of the conversation.
_HAS = regex.compile(r"\b(?:has|have)[ \u00a0]+$")
_REPORTED = regex.compile(
    r"\b(?:(?:said|replied|answered|observed|remarked|admitted|agreed|explained|protested|confessed|owned|"
    r"assured[ \u00a0]+\p{Ll}+|told[ \u00a0]+\p{Ll}+)[ \u00a0]+that\b"
    r"|(?:told|answered)[ \u00a0]+(?:him|her|them)[ \u00a0]*[.;])"  # "I told him.": the answer, not the next turn
)


def _answers_report(ctx: Context, pi: int, q: QuoteSpan, reporter: Chunk) -> Found | None:
    """A bare quote after narration that reports what ``reporter`` said answers it: the speaker
    of the last quoted turn before, when that is someone else (continuation.turn-taking)."""
    if pi < 2 or not ctx.paras[pi - 2].quotes:
        return None
    g = ctx.found[ctx.paras[pi - 2].quotes[-1]]
    index = ctx.entity_index()
    if g is None or speaker_of(index, g) == index.resolve(reporter)[0]:
        return None
    return g.carried("continuation.turn-taking", f"answers what the narration reports {reporter.text!r} said")


def beat_after(ctx: Context, pi: int, k: int) -> Found | None:
    """In dialogue, "“I've never seen one,” the man drank his beer.": a quote closed on a comma,
    then a person and a verb that says no word, is that person's (rule cue.after.beat)."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    if not ctx.dialogue or not q.closed:
        return None
    if (q.text.rstrip()[-1:] in ".!?…" or q.text.rstrip().endswith(("—", "–", "--"))) and k == 0 and \
            starts_paragraph(ctx, pi, q):
        return _sentence_after(ctx, p, q)  # (broken off too: “Can we—” Nadia lifts the spoon.)
    if not q.text.rstrip().endswith(","):
        return None
    after = q.end + len(q.close_mark)
    _, end = p.sentence_of(after)
    who = _BEAT_SUBJECT.match(ctx.text, after, end)
    if who is None:
        return None
    # "the man drank": the article and one word only; a name or pronoun ends where its capitals do.
    found = chunks(ctx.text, who.start(1), who.end(1) if " " in who.group(1) else end)
    subject = found[0] if found else None
    if subject is None or subject.start != who.start(1) or subject.speaker_kind is not SpeakerKind.PERSON or \
            subject.kind not in ("name", "pronoun", "description"):
        return None
    ev = SpeechEvent(Cue(subject.end, subject.end, ""), subject, "cue.after.beat", 0.6)
    return Found(ev, ev.rule, f"{subject.text!r} acts right after the quote")


def _sentence_after(ctx: Context, p: Para, q: QuoteSpan) -> Found | None:
    """“They've taken Peter.” Agnes held her hands out to the flames.: a paragraph that opens
    with a whole spoken sentence, then a person acting, is that person's turn (cue.after.beat)."""
    after = q.end + len(q.close_mark)
    if not ctx.text[after:after + 1].isspace():
        return None
    while after < p.end and ctx.text[after].isspace():
        after += 1
    _, end = p.sentence_of(after)
    if end <= after or _OPENING_QUOTE.search(ctx.text, after, end):
        return None
    subject = person_subject(ctx, after, end)
    if subject is None or subject.kind == "pronoun" and subject.text != "I" or \
            ctx.text[after:subject.start].strip() not in ("", "Then", "then", "Here", "Now", "At this", "At that"):
        return None  # (a he/she there most often agrees with the turns, which can name the person; I is the narrator)
    if subject.kind == "name" and (subject.name in q.text or _IS_A.match(ctx.text, subject.end) is not None):
        return None  # “… But my Bichette has had no supper …” Bichette was a small white dog: talked of, described
    ev = SpeechEvent(Cue(subject.end, subject.end, ""), subject, "cue.after.beat", 0.55)
    return Found(ev, ev.rule, f"{subject.text!r} acts in the sentence after the quote")


_OPENING_QUOTE = regex.compile(r"[\"“‘«]")
_IS_A = regex.compile(r"[ \u00a0]+(?:was|is)[ \u00a0]+(?:a|an)[ \u00a0]")


# Right after the quote: a person (a capital, or he/she/I, or the/a + words) and then a lowercase verb.
_BEAT_SUBJECT = regex.compile(
    r"[ \u00a0]+((?:[Tt]he|[Aa]n?)[ \u00a0]+\p{Ll}+|\p{Lu}[\p{L}.\-]*|he|she|I)(?=[ \u00a0\p{L}.\-]*[ \u00a0]\p{Ll})"
)


def _not_the_last_speaker(ctx: Context, pi: int, subject: Chunk, starts: list[int], last: int) -> Chunk | None:
    """“I'm sorry.” ¶ She turned her head. He was still holding the wheel. ¶ “Are you?”: when the
    last sentence's subject spoke the last turn, the person who acts in an earlier sentence of the
    narration (nearest first) answers."""
    if pi < 2 or not ctx.paras[pi - 2].quotes:
        return None
    f = ctx.found[ctx.paras[pi - 2].quotes[-1]]
    index = ctx.entity_index()
    if f is None or subject.kind not in ("name", "pronoun") or index.resolve(subject)[0] != speaker_of(index, f):
        return None
    if _SAYS.search(ctx.text, last, ctx.paras[pi - 1].end):
        return None  # "Elinor watched her, and then said, very gently,—": the last speaker goes on
    ends = [*starts[1:], last]
    for start, end in reversed(list(zip(starts, ends))):
        while start < end and ctx.text[start].isspace():
            start += 1
        other = person_subject(ctx, start, end)
        if other is not None and other.kind in ("name", "pronoun") and index.resolve(other)[0] != speaker_of(index, f):
            return None if _SILENT.search(ctx.text, start, end) else other  # "Marianne only shrugged": silent
    return None


_SAYS = regex.compile(r"\b(?:said|says|asked|asks|went on|continued|added|began|replied|answered)\b")


def _group(ctx: Context, c: Chunk) -> bool:
    """"The two Miss Maunders", "the Misses Bennet": a name the story knows as no one person."""
    before = word_before(ctx.text, max(0, c.start - 30), c.start)[0]
    counted = before in GROUP_COUNTS or before == "the" or c.text.split()[0].lower() in GROUP_COUNTS | {"the"}
    return counted and not ctx.entity_index().is_person(c)


def _introduced_character(ctx: Context, c: Chunk) -> bool:
    """"The young woman" after the story brought in "a young woman in a grey coat", or "the
    clerk" who has spoken already (“…,” said the clerk)."""
    if not described_character(c):
        return False
    index = ctx.entity_index()
    if index.introduced(c.head, c.start):
        return True
    who = index.resolve(c)[0]
    n = bisect_left(ctx.quotes, c.start, key=lambda q: q.start)
    return any(f is not None and f.event.chunk.kind == "description" and index.resolve(f.event.chunk)[0] == who
               for f in ctx.found[max(0, n - _SPOKEN_BACK):n])


_SPOKEN_BACK = 40  # quotes back a described speaker counts as one of the scene's


def _is_character(ctx: Context, c: Chunk) -> bool:
    """A description the text ties to one of its people ("her brother", "the Captain")."""
    index = ctx.entity_index()
    return index.person_at(index.resolve(c)[0]) is not None


def _after_silence(ctx: Context, pi: int, q: QuoteSpan, silent: Chunk | None) -> Found | None:
    """"‘Then you will come?’ asked Mrs. Penrose. ¶ Mr. Penrose made no answer. ¶ ‘You will not
    refuse me?’": the one who was not answered in words (no answer, a nod, a shrug) speaks
    again (rule continuation.after-silence)."""
    if pi < 2 or not ctx.paras[pi - 2].quotes:
        return None
    last = ctx.paras[pi - 2].quotes[-1]
    f = ctx.found[last]
    if f is None:
        return None
    index = ctx.entity_index()
    if silent is not None and silent.kind in ("name", "pronoun") and index.resolve(silent)[0] == speaker_of(index, f):
        # The last speaker fell silent ("Kaplan glanced at it and looked away."): the other one goes on.
        if pi < 3 or not ctx.paras[pi - 3].quotes:
            return None
        other = ctx.paras[pi - 3].quotes[-1]
        g = ctx.found[other]
        if g is None or speaker_of(index, g) == speaker_of(index, f) or addresses(ctx, q, g.antecedent or g.event.chunk):
            return None
        return g.carried("continuation.after-silence", f"the quote at {ctx.quotes[last].start} met with silence")
    if addresses(ctx, q, f.antecedent or f.event.chunk):
        return None  # “Kitty, I will not have you so pert.” after Kitty's own turn: someone else's
    return f.carried("continuation.after-silence", f"no answer to the quote at {ctx.quotes[last].start}")


_BEGAN = regex.compile(  # "… and began.", "… and began to talk before she was fairly in the chair."
    r"\b(?:(?:began|begins|went[ \u00a0]+on|continued)[ \u00a0]*[.:,—]*[ \u00a0]*$"
    r"|(?:began|begins|started|starts)[ \u00a0]+(?:to[ \u00a0]+(?:talk|speak)|talking|speaking)\b)"
)
# Turning to speak: "The rector leaned forward", "The old man looked up", "The clerk cleared his throat".
_LEANS = regex.compile(r"[ \u00a0]+(?:leaned|leant|bent|turned|looked|glanced|cleared|rose|stepped|came)[ \u00a0]+"
                       r"(?:(?:again|once[ \u00a0]+more|\p{Ll}+ly)[ \u00a0]+)?"  # ("the gentleman turned again towards")
                       r"(?:forward|up|round|around|across|over|his|her|to|towards|toward)\b")
# A time or place opening the sentence before its subject: "At nine o'clock the housekeeper came up …".
_OPENER = regex.compile(r"(?:At|In|On|By|After|Before|Towards?|About|Early|Late|Then|Presently|Soon|Later|Next|When)"
                        r"\b[^,.;:!?“”\"]{0,40}?,?[ \u00a0]+")
_READS_ALOUD = regex.compile(r"\bread[ \u00a0]+(?:(?:it|them|this|the[ \u00a0]+\p{Ll}+)[ \u00a0]+)?(?:aloud|out)\b")
_ACTS_ON = regex.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?\p{Ll}+ed\b")  # ", added a word", ", and crossed it out"
# A telephone call heard from one end: the pauses are the other end speaking, and this end goes on.
_PHONE = regex.compile(r"\b(?:tele)?phone\b|\breceiver\b|\bthe[ \u00a0]+(?:other[ \u00a0]+end|line|wire)\b", regex.I)
_PAUSE = regex.compile(r"\b(?:an?|another|long|short|brief)[ \u00a0]+pause\b", regex.I)
_PHONE_REACH = 1500  # characters before the narration where the call began
_SILENT = regex.compile(
    r"\b(?:no (?:answer|reply|response)|said nothing|did not (?:answer|reply|speak)|didn't (?:answer|reply|speak)"
    r"|(?:was|remained|fell|kept) silent|silence(?=[ \u00a0]*[.,;:!?—])"  # not "a silence which the wind …"
    r"|nod(?:ded)?|shook (?:his|her) head|shrugged|was (?:the|his|her) (?:only )?(?:answer|reply)"
    r"|(?:looked|glanced|turned) away"
    r"|waited(?=[ \u00a0]*[.;!]|[ \u00a0]+for[ \u00a0]+(?:him|her|them|me|us|an[ \u00a0]+answer|a[ \u00a0]+reply)"
    r"[ \u00a0]*[.;]))\b",  # "folded her hands in her lap, and waited."
    regex.I,
)
