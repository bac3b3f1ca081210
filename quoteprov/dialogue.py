"""Dialogue (fiction): how a document is recognised as one, and the rules that hold only there.

In news a bare quote paragraph continues the last speaker; in dialogue it answers them. A
paragraph is one speaker's turn; the person acting just before a quote speaks it; a reply
goes to the person the last turn addressed by name, else to the other person in the
conversation; a he/she opening a turn is not the one who spoke the turn before. Each rule has
a stable id (see docs/resolver.md).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from quoteprov.cues import SpeechEvent, sentence_subject
from quoteprov.given_names import gender_of
from quoteprov.lexicon import NOT_NAMES, SPEECH_VERBS
from quoteprov.mentions import Chunk, chunks, name_chunk, role_word
from quoteprov.paragraphs import is_hard_wrapped
from quoteprov.records import Cue, QuoteSpan, SpeakerKind
from quoteprov.rule_context import WORD, Context, Found, Para, speaker_of, starts_paragraph
from quoteprov.sentences import sentence_ends

# A name spoken to: after a comma and before the end of a clause ("Good morning, Edward,"), or
# opening the quote before a comma ("Edward, come here").
_NAME = r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0])?\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)"
_VOCATIVE = regex.compile(rf",[ \u00a0]+{_NAME}(?=[,.!?;]|$)")
_OPENING_VOCATIVE = regex.compile(rf"(?:[Mm]y[ \u00a0]+dear(?:est)?[ \u00a0]+)?{_NAME}(?=[,!?])")  # matched at the quote's start


_CHAPTER = regex.compile(r"^[ \t]*(?:CHAPTER|Chapter|BOOK|Book|PART|Part)[ \t]+(?:[0-9]+|[IVXLC]+|[A-Z][a-z]+)\b", regex.M)


def is_dialogue(text: str, paras: list[Para], quotes: tuple[QuoteSpan, ...]) -> bool:
    """Fiction-style dialogue, where a bare quote paragraph answers the last one instead of
    continuing it: a text with story cues (“…,” said he; “…!” she cried); a chaptered text; a
    hard-wrapped or long text with many quote paragraphs where bare replies (no speech verb
    outside the quotes) are common, as they are not in news; or many short paragraphs that open
    with a quotation."""
    if len(quotes) >= 4 and _story_cues(text, quotes) >= 2:
        return True  # “…,” said he / “…!” she cried: never in news
    opening = [p for p in paras if p.quotes and text[p.start:p.end].lstrip()[:1] in "\"“‘'«„"]
    if len(opening) < 4:
        return False
    if _CHAPTER.search(text, 0, 5000):
        return True
    if (is_hard_wrapped(text) or (len(text) > 30_000 and len(opening) >= 15)) and \
            _bare_share(text, opening, quotes) >= _BARE_REPLIES:
        return True
    lengths = sorted(p.end - p.start for p in opening)
    return lengths[len(lengths) // 2] < 120


# A story's speech cues: an inverted pronoun ("said he") or a pronoun with a verb of manner
# ("she whispered") right after a quote's closing mark. None in the PolNeAR news articles.
_STORY_CUE = regex.compile(
    r"[ \u00a0](?:(?:said|replied|cried|asked|answered|returned|exclaimed|rejoined|observed|remarked|"
    r"whispered)[ \u00a0](?:he|she|I)\b|(?:he|she|I)[ \u00a0](?:whispered|cried|exclaimed|muttered|murmured|replied|"
    r"retorted|returned|sighed|laughed|snapped|shouted|answered|rejoined)\b)"
)


def _story_cues(text: str, quotes: tuple[QuoteSpan, ...]) -> int:
    """How many quotes end on , ! ? or a dash and are followed by a story cue."""
    return sum(1 for q in quotes if q.close_mark and q.text[-1:] in ",!?—" and
               _STORY_CUE.match(text, q.end + len(q.close_mark)) is not None)
_BARE_REPLIES = 0.2  # news sits well below (0.0 in most PolNeAR articles, 0.14-0.17 in the samples)


def _bare_share(text: str, opening: list[Para], quotes: tuple[QuoteSpan, ...]) -> float:
    """Of the paragraphs that open with a quote, the share with no speech verb outside their quotes."""
    bare = 0
    for p in opening:
        frame = " ".join(text[start:end] for start, end in p.frames(quotes))
        if not any(w.lower() in SPEECH_VERBS for w in WORD.findall(frame)):
            bare += 1
    return bare / len(opening)


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
    if subject is None or subject.kind not in ("name", "pronoun") and not _described_character(subject):
        subject = _earlier_actor(ctx, p, ps, q)
        if subject is None:
            return None
    ev = SpeechEvent(Cue(s_start, s_start, ""), subject, "cue.action-beat", 0.6)
    return Found(ev, ev.rule, f"{subject.text!r} acts in the sentence before")


_CLAUSE = regex.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:and|but|then|while|when|where|until|till)[ \u00a0]+")
_LAST_ACTOR = regex.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:and|but|then|where|until|till)[ \u00a0]+")
_BEAT_SENTENCES = 3  # sentences back from a quote to the person acting in its paragraph


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
            found = _person_subject(ctx, ps, end)
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
        found = _person_subject(ctx, m.end(), end)
        if found is not None and _OPENS.fullmatch(ctx.text, m.end(), found.start) is not None:
            return found
    return None


# What may stand between a conjunction and its clause's subject: an adverb, or the words of a
# description that introduces the name ("and then their uncle Desmond stamps in").
_OPENS = regex.compile(
    r"(?:(?:then|now|soon|suddenly|presently|at last)[ \u00a0,]+)?"
    r"(?:(?:the|a|an|his|her|their|my|our|your|old|young|little|poor|dear|[\p{Ll}\-]+['’]s)[ \u00a0]+"
    r"(?:[\p{Ll}\-]+[ \u00a0]+){0,2})?"
)


def _person_subject(ctx: Context, start: int, end: int) -> Chunk | None:
    """The subject of ``text[start:end]`` when it is one of the story's people or he/she/I."""
    c = sentence_subject(ctx.text, start, end)
    if c is None:
        return None
    if c.kind == "pronoun":
        return c if c.gender in ("m", "f") or c.text == "I" else None
    if c.kind in ("name", "description") and c.speaker_kind is SpeakerKind.PERSON:
        return c if (_described_character(c) or ctx.entity_index().is_person(c) or _is_character(ctx, c)) else None
    return None


def _described_character(c: Chunk) -> bool:
    """"The landlord", "her maid", "the old man": a definite description of a person, in a story a character."""
    return c.kind == "description" and c.speaker_kind is SpeakerKind.PERSON and bool(c.modifiers) and \
        c.modifiers[0] in ("the", "his", "her", "their", "my", "our", "your") and role_word(c.head)



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
    starts = [e for e in sentence_ends(ctx.text, prev.start, prev.end, []) if ctx.text[e:prev.end].strip()]
    start = starts[-1] if starts else prev.start
    while start < prev.end and ctx.text[start].isspace():
        start += 1
    subject = sentence_subject(ctx.text, start, prev.end)
    # "Miss Carrow took her brother's arm, and Louisa fell in beside Anne.": the last to act (not
    # in a "when" clause: "She looked up when Dunne came in." is hers).
    later = _last_clause_subject(ctx, start, prev.end, _LAST_ACTOR)
    silent = _SILENT.search(ctx.text, start, prev.end)
    if silent is not None and (later is None or later.start < silent.start()):
        return _after_silence(ctx, pi, q, subject)
    if later is not None and _addresses(ctx, q, later):
        later = None  # “Harriet, you will spoil your frock.” is not Harriet's: her aunt, the sentence's subject
    subject = later or subject
    if subject is not None and _addresses(ctx, q, subject):
        return None
    if subject is not None and _REPORTED.search(ctx.text, subject.end, prev.end):
        return _answers_report(ctx, pi, q, subject)
    if subject is not None and (subject.kind == "name" and subject.speaker_kind is SpeakerKind.PERSON or
                                subject.kind == "description" and _is_character(ctx, subject) or
                                subject.kind == "pronoun" and (subject.gender in ("m", "f") or subject.text == "I")):
        ev = SpeechEvent(Cue(q.start, q.start, ""), subject, "cue.narration-beat", 0.5)
        return Found(ev, ev.rule, f"{subject.text!r} acts in the narration just before")
    return None


# "Henry said that he was reading for the bar.": the narration reports a turn of the conversation.
_REPORTED = regex.compile(
    r"\b(?:said|replied|answered|observed|remarked|admitted|agreed|explained|protested|confessed|owned|"
    r"assured[ \u00a0]+\p{Ll}+|told[ \u00a0]+\p{Ll}+)[ \u00a0]+that\b"
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
    return Found(g.event, "continuation.turn-taking", f"answers what the narration reports {reporter.text!r} said",
                 g.antecedent)


def beat_after(ctx: Context, pi: int, k: int) -> Found | None:
    """In dialogue, "“I've never seen one,” the man drank his beer.": a quote closed on a comma,
    then a person and a verb that says no word, is that person's (rule cue.after.beat)."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    if not ctx.dialogue or not q.closed:
        return None
    if q.text.rstrip()[-1:] in ".!?…" and k == 0 and starts_paragraph(ctx, pi, q):
        return _sentence_after(ctx, p, q)
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
    subject = _person_subject(ctx, after, end)
    if subject is None or subject.kind == "pronoun" or ctx.text[after:subject.start].strip() not in ("", "Then", "then"):
        return None  # (a he/she there most often agrees with the turns, which can name the person)
    ev = SpeechEvent(Cue(subject.end, subject.end, ""), subject, "cue.after.beat", 0.55)
    return Found(ev, ev.rule, f"{subject.text!r} acts in the sentence after the quote")


_OPENING_QUOTE = regex.compile(r"[\"“‘«]")


# Right after the quote: a person (a capital, or he/she/I, or the/a + words) and then a lowercase verb.
_BEAT_SUBJECT = regex.compile(
    r"[ \u00a0]+((?:[Tt]he|[Aa]n?)[ \u00a0]+\p{Ll}+|\p{Lu}[\p{L}.\-]*|he|she|I)(?=[ \u00a0\p{L}.\-]*[ \u00a0]\p{Ll})"
)


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
    to it, before or after, within 1,500 characters (rule fallback.nearest-person)."""
    q = _unattributed_turn(ctx, pi)
    if q is None:
        return
    index = ctx.entity_index()
    before = index.other_person_before(q.start, -1)
    after = index.other_person_after(q.end, -1, _NEXT_NAMED_REACH)
    gap_before = q.start - before[1].end if before is not None else _NEXT_NAMED_REACH + 1
    gap_after = after[1].start - q.end if after is not None else _NEXT_NAMED_REACH + 1
    nearest = before if gap_before <= gap_after else after
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


def is_heading(text: str, p: Para) -> bool:
    """A chapter heading or a title in capitals: the story starts again after it."""
    return not p.quotes and (bool(_CHAPTER.match(text, p.start, p.end)) or text[p.start:p.end].isupper())


def outside_headings(text: str, paras: list[Para], mentions: list[Chunk]) -> list[Chunk]:
    """The mentions not in a heading: "III. THE COMMISSIONER" names no one in the story."""
    spans = [(p.start, p.end) for p in paras if is_heading(text, p)]  # in text order
    if not spans:
        return mentions
    starts = [s for s, _ in spans]

    def in_heading(at: int) -> bool:
        n = bisect_left(starts, at + 1) - 1
        return n >= 0 and at < spans[n][1]

    return [c for c in mentions if not in_heading(c.start)]


def _after_narration(ctx: Context, pi: int, q: QuoteSpan, prev: Para) -> Found | None:
    named = _last_named(ctx, prev)
    if named is not None:
        # "At that moment the door opened and Harriet ran in. ¶ ‘Uncle! …’": the person just named.
        ev = SpeechEvent(Cue(q.start, q.start, ""), named, "cue.narration-mention", 0.4)
        return Found(ev, ev.rule, f"{named.text!r} is the last person the narration names")
    if pi >= 2 and ctx.paras[pi - 2].quotes and not _PERSONAL.search(ctx.text, prev.start, prev.end):
        # "This was invitation enough." names no one: the conversation goes on across it.
        prior = ctx.paras[pi - 2].quotes[-1]
        f = ctx.found[prior]
        if f is not None and ctx.quotes[prior].closed:
            return reply(ctx, pi, q, prior, f, turn=pi - 2)
    return None


_PERSONAL = regex.compile(r"\b(?:I|[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Tt]hey|[Tt]hem)\b")


def _is_character(ctx: Context, c: Chunk) -> bool:
    """A description the text ties to one of its people ("her brother", "the Captain")."""
    index = ctx.entity_index()
    return index.person_at(index.resolve(c)[0]) is not None


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
        if g is None or speaker_of(index, g) == speaker_of(index, f):
            return None
        return Found(g.event, "continuation.after-silence", f"the quote at {ctx.quotes[last].start} met with silence",
                     g.antecedent)
    return Found(f.event, "continuation.after-silence", f"no answer to the quote at {ctx.quotes[last].start}",
                 f.antecedent)


_SILENT = regex.compile(
    r"\b(?:no (?:answer|reply|response)|said nothing|did not (?:answer|reply|speak)|didn't (?:answer|reply|speak)"
    r"|(?:was|remained|fell|kept) silent|silence"
    r"|nod(?:ded)?|shook (?:his|her) head|shrugged|was (?:the|his|her) (?:only )?(?:answer|reply)"
    r"|(?:looked|glanced|turned) away)\b",
    regex.I,
)
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
    index = ctx.entity_index()
    last = speaker_of(index, before)
    if not the_other and not index.names_someone(chunk):
        # “You are late, Robert,” said she. ¶ “…,” he replied.: no man named but Robert; and so
        # the next "said he" two turns on.
        named = _named_addressee(ctx, ctx.paras[pi - 1], chunk.gender)
        why = "the person the last turn spoke to"
        if named is None and pi >= 2 and ctx.paras[pi - 2].quotes:
            g = ctx.found[ctx.paras[pi - 2].quotes[-1]]
            if g is not None and g.antecedent is not None and g.event.chunk.gender == chunk.gender:
                named, why = g.antecedent, "the speaker two turns back"
        if named is not None:
            _give(ctx, p, f, antecedent=named, via="mention.pronoun.turn-taking", why=why)
        return
    if not the_other and index.resolve(chunk)[0] != last:
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


def _addresses(ctx: Context, q: QuoteSpan, c: Chunk) -> bool:
    """Whether quote ``q`` calls the person of mention ``c`` by name."""
    if c.kind != "name":
        return False
    index = ctx.entity_index()
    who = index.known_person(c)
    return who is not None and any(index.known_person(name_chunk(ctx.text, s, e)) == who for s, e in _vocatives(ctx, q))


def _named_addressee(ctx: Context, p: Para, gender: str) -> Chunk | None:
    """A common given name of ``gender`` that the quotes of paragraph ``p`` address ("…, Robert,")."""
    for n in reversed(p.quotes):
        for start, end in _vocatives(ctx, ctx.quotes[n]):
            c = name_chunk(ctx.text, start, end)
            if c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON and gender_of(c.name.split()[0]) == gender:
                return c
    return None


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
        spoken_to = _vocatives(ctx, ctx.quotes[n])
        if not spoken_to:
            continue
        index = ctx.entity_index()
        speaker = speaker_of(index, f)
        if all(index.known_person(name_chunk(ctx.text, start, end)) != speaker for start, end in spoken_to):
            continue
        other = index.antecedent_besides(f.event.chunk, speaker)
        if other is not None:
            _give(ctx, p, f, antecedent=other, via="mention.pronoun.not-the-addressee",
                  why="not the person the quote speaks to")


# “I'm Amari.”, “My name is Tuckett—Josiah Tuckett.”: the speaker says who they are.
_SELF_INTRO = regex.compile(
    rf"(?:^|(?<=[.!?,;—–][ \u00a0]*))(?:I['’]m|I[ \u00a0]+am|[Mm]y[ \u00a0]+name(?:['’]s|[ \u00a0]+is)|"
    rf"[Tt]he[ \u00a0]+name['’]s)[ \u00a0]+{_NAME}(?=[.,!?;—–]|$)"
)
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
        m = _SELF_INTRO.search(q.text)
        who = _introduced(ctx, q.start + m.start("name"), q.start + m.end("name")) if m is not None else None
        if who is None:
            continue
        f = ctx.found[n]
        index = ctx.entity_index()
        if f is not None and speaker_of(index, f) == index.known_person(who):
            continue
        if f is not None and f.event.chunk.kind == "pronoun":
            _give(ctx, p, f, antecedent=who, via="mention.pronoun.self-introduction", why="who the quote says they are")
        elif f is None or f.rule in _GUESSES or f.rule in _FIRM or f.rule.startswith("continuation."):
            ev = SpeechEvent(Cue(q.start + m.start(), q.start + m.end(), m.group()), who,  # type: ignore[union-attr]
                             "cue.self-introduction", 0.7)
            mine = Found(ev, ev.rule, f"{who.text!r}: the speaker's own name")
            for k in p.quotes:
                g = ctx.found[k]
                if k == n or g is None or f is not None and g.event is f.event:
                    ctx.found[k] = mine


def _introduced(ctx: Context, start: int, end: int) -> Chunk | None:
    """The name a speaker introduces themselves by: after "my name is", any; after "I'm", a
    person's: one the narration uses, a full or common given name, or one the text gives a
    title elsewhere (“Dr. Amari”), not “I'm British”."""
    c = name_chunk(ctx.text, start, end)
    if c.kind != "name" or c.speaker_kind is not SpeakerKind.PERSON:
        return None
    words = c.name.split()
    if ctx.text[start - 1:start] == " " and ctx.text[max(0, start - 8):start - 1].lower().endswith(("is", "'s", "’s")):
        return c  # "My name is Tuckett", "The name's Bond": said in so many words
    if ctx.entity_index().mentioned(c) or c.name in ctx.narration_names() or len(words) > 1 or c.modifiers or \
            gender_of(words[0]) or regex.search(rf"\b{_TITLED}{regex.escape(words[-1])}\b", ctx.text):
        return c
    return None


def _give(ctx: Context, p: Para, f: Found, *, antecedent: Chunk, via: str, why: str) -> None:
    """Give the pronoun of ``f``, and of the quotes of paragraph ``p`` that share its cue, the antecedent."""
    for k in p.quotes:
        g = ctx.found[k]
        if g is not None and g.event is f.event:
            ctx.found[k] = replace(g, antecedent=antecedent, via=via, why=why)


def _addressee(ctx: Context, p: Para, said_by: Found) -> Chunk | None:
    """The person the quotes of paragraph ``p`` address by name ("Good morning, Edward," /
    "Edward, come here."), when that is not their speaker: in a dialogue, the one who replies."""
    index = ctx.entity_index()
    speaker = speaker_of(index, said_by)
    for n in reversed(p.quotes):
        for start, end in _vocatives(ctx, ctx.quotes[n]):
            chunk = name_chunk(ctx.text, start, end)
            # Only a person the narration names: a pet name ("Nell") may be the speaker's own other name.
            if chunk.speaker_kind is SpeakerKind.PERSON and (index.mentioned(chunk) or chunk.name in ctx.narration_names()) \
                    and index.resolve(chunk)[0] != speaker:
                return chunk
    return _spoken_to(ctx, p, speaker)


def addressed_names(ctx: Context) -> frozenset[str]:
    """The one-word names the quotes address people by ("Knows what? Dana, I—"): in a story,
    the narration's "Dana was waiting" is then a character, though no lexicon knows the name."""
    found = set()
    for q in ctx.quotes:
        for start, end in _vocatives(ctx, q):
            words = ctx.text[start:end].split()
            if len(words) == 1:
                found.add(words[0])
    return frozenset(found)


def _vocatives(ctx: Context, q: QuoteSpan) -> list[tuple[int, int]]:
    """Spans of the names quote ``q`` addresses ("…, Edward,", "My dear Edward, …", "So I did.
    Miss Anne, will you …"), in that order."""
    opening = _OPENING_VOCATIVE.match(ctx.text, q.start, q.end)
    found = [*_VOCATIVE.finditer(ctx.text, q.start, q.end), *((opening,) if opening else ())]
    found += [m for m in _SENTENCE_VOCATIVE.finditer(ctx.text, q.start, q.end)
              if m.group("title") or gender_of(m.group("name").split()[0])]
    return [m.span("name") for m in found if m.group("name").lower() not in NOT_NAMES]


# A name with a title, or a common given name, opening a sentence inside the quote before a comma.
_SENTENCE_VOCATIVE = regex.compile(
    r"(?<=[.!?][ \u00a0]+)(?P<name>(?P<title>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0])?\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?=,)"
)


def narrator_name(ctx: Context) -> str:
    """A first-person narrator's name: the name the other characters address them by in the
    turns the narrator answers ("“Good morning, Mr. Lockley.” ¶ “Good morning,” I said."):
    one turn where a cue says the narrator answers ("said I", "I sat."), else two turns the
    turn-taking gives the narrator that agree on it; "" when none do. The narrator's own word
    comes first: “I'm Arthur,” I said; or, in the narration, "My name is Kathy." / "Call me Ishmael."."""
    own = _narrator_says_name(ctx)
    if own:
        return own
    votes: dict[str, list[int]] = {}  # name → [answers a cue gives the narrator, answers guessed]
    for pi in range(1, len(ctx.paras)):
        p, prev = ctx.paras[pi], ctx.paras[pi - 1]
        if not p.quotes or not prev.quotes:
            continue
        f, before = ctx.found[p.quotes[0]], ctx.found[prev.quotes[-1]]
        if f is None or before is None or not _narrator(f.event.chunk) or _narrator(before.event.chunk):
            continue
        guessed = f.rule in _GUESSES
        for n in prev.quotes:
            for start, end in _vocatives(ctx, ctx.quotes[n]):
                name = " ".join(ctx.text[start:end].split())
                if _proper_name(ctx, name):  # not "Again?"
                    votes.setdefault(name, [0, 0])[guessed] += 1
    best = max(votes, key=lambda name: (*votes[name], name), default="")
    return best if best and (votes[best][0] >= 1 or votes[best][1] >= 2) else ""


_GUESSES = frozenset({"continuation.turn-taking", "fallback.nearest-person"})  # no cue names the speaker
_NARRATOR_INTRO = regex.compile(
    rf"(?<=^|\n|[.!?][ \u00a0]+)(?:[Mm]y[ \u00a0]+name[ \u00a0]+(?:is|was)|[Mm]y[ \u00a0]+name['’]s|[Cc]all[ \u00a0]+me|"
    rf"(?:[Tt]hey|[Ee]veryone|[Ee]verybody|[Pp]eople)[ \u00a0]+(?:call|called)[ \u00a0]+me)[ \u00a0]+{_NAME}(?=[.,!?;—–])"
)


def _proper_name(ctx: Context, name: str) -> bool:
    """A name, not a word that opens a sentence: it has a title, is a common given name, or the
    text writes it with a capital in mid-sentence."""
    words = name.split()
    if len(words) > 1 or gender_of(words[0]):
        return True
    for m in regex.finditer(rf"(?<=[,;]?[ \u00a0]+){regex.escape(words[0])}\b", ctx.text):
        before = ctx.text[max(0, m.start() - 3):m.start()].rstrip(" \u00a0,;")
        if before[-1:].islower():
            return True
    return False


def _narrator_says_name(ctx: Context) -> str:
    """The name a first-person narrator gives themselves: in a quote a cue gives the narrator
    (“I'm Arthur,” I said), or in the narration ("My name is Kathy H.", "Call me Ishmael.")."""
    for f in ctx.found:
        if f is not None and _narrator(f.event.chunk) and f.via == "mention.pronoun.self-introduction" and \
                f.antecedent is not None:
            return " ".join(f.antecedent.text.split())
    if _narrator_mention(ctx, len(ctx.text)) is None:
        return ""  # not a first-person story
    for p in ctx.paras:
        for start, end in p.frames(ctx.quotes):
            m = _NARRATOR_INTRO.search(ctx.text, start, end)
            if m is not None and m.group("name").lower() not in NOT_NAMES:
                return " ".join(m.group("name").split())
    return ""


def _narrator(c: Chunk) -> bool:
    return c.kind == "pronoun" and c.text == "I"


_I = regex.compile(r"(?<![\p{L}'’.])I(?![\p{L}'’])")
# A first-person story: its narration says "I" at least three times, and once per 2,000 characters.
_FIRST_PERSON_TIMES = 3
_FIRST_PERSON_EVERY = 2000


def _narrator_mention(ctx: Context, before: int) -> Chunk | None:
    """In a first-person story (its narration says "I" again and again), the narration's last
    "I" before ``before``: the narrator, as a mention of the text."""
    said, length = _narration_i(ctx)
    if len(said) < _FIRST_PERSON_TIMES or len(said) * _FIRST_PERSON_EVERY < length:
        return None
    n = bisect_left(said, before)
    if n == 0:
        return None
    at = said[n - 1]
    return Chunk(at, at + 1, "I", "pronoun", SpeakerKind.PERSON, "I", "i", (), "")


def _narration_i(ctx: Context) -> tuple[list[int], int]:
    """Where the narration (the text outside the quotes) says "I", in text order, and how long
    the narration is (cached)."""
    if ctx.narration_i is None:
        out: list[int] = []
        length = 0
        for p in ctx.paras:
            for start, end in p.frames(ctx.quotes):
                out.extend(m.start() for m in _I.finditer(ctx.text, start, end))
                length += end - start
        ctx.narration_i = (out, length)
    return ctx.narration_i


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
    return None


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
        ctx.found[n] = Found(g.event, "continuation.paragraph-speaker", detail, g.antecedent)


def reply(ctx: Context, pi: int, q: QuoteSpan, prior: int, f: Found, turn: int = -1) -> Found | None:
    """Who speaks a bare quote paragraph that answers the closed turn ``prior`` (spoken as ``f``,
    in paragraph ``turn``, by default the one before): the person that turn addressed by name
    (continuation.addressee), else the speaker two turns back, else the other person last named
    (continuation.turn-taking)."""
    turn = pi - 1 if turn < 0 else turn
    addressed = _addressee(ctx, ctx.paras[turn], f)
    if addressed is not None:
        ev = SpeechEvent(Cue(q.start, q.start, ""), addressed, "continuation.addressee", 0.6)
        return Found(ev, ev.rule, f"the person the last turn spoke to, {addressed.text!r}")
    index = ctx.entity_index()
    # Nobody calls themselves by name: "“So I did. Miss Anne, will you be our guide?”" is not Anne's.
    spoken_to = frozenset(index.known_person(name_chunk(ctx.text, s, e)) for s, e in _vocatives(ctx, q)) - {None}
    if turn > 0 and ctx.paras[turn - 1].quotes:
        earlier = ctx.paras[turn - 1].quotes[-1]
        g = ctx.found[earlier]
        if g is not None and g.event.chunk.text.lower() != f.event.chunk.text.lower() and \
                speaker_of(index, g) not in spoken_to:
            detail = f"the speaker two turns back, at {ctx.quotes[earlier].start}"
            return Found(g.event, "continuation.turn-taking", detail, g.antecedent)
    # In a first-person story, the narrator answers whoever else spoke.
    if not _narrator(f.event.chunk):
        me = _narrator_mention(ctx, q.start)
        if me is not None:
            ev = SpeechEvent(Cue(q.start, q.start, ""), me, "continuation.turn-taking", 0.5)
            return Found(ev, ev.rule, "the narrator answers")
    # The first reply: the other person last mentioned before the previous turn, if still there.
    gone: frozenset[int | None] = spoken_to
    other = index.other_person_before(ctx.quotes[prior].start, speaker_of(index, f), gone)
    while other is not None and _left(ctx, other, ctx.quotes[prior].start):
        gone = gone | {other[0]}
        other = index.other_person_before(ctx.quotes[prior].start, speaker_of(index, f), gone)
    if other is not None:
        ev = SpeechEvent(Cue(q.start, q.start, ""), other[1], "continuation.turn-taking", 0.5)
        return Found(ev, ev.rule, f"the other person in the conversation, {other[1].text!r}")
    # Nobody else named yet: the next person the narration names ("Mother set down the kettle").
    other = index.other_person_after(q.end, speaker_of(index, f), _NEXT_NAMED_REACH)
    if other is None:
        return None
    ev = SpeechEvent(Cue(q.start, q.start, ""), other[1], "continuation.turn-taking", 0.4)
    return Found(ev, ev.rule, f"the next other person the narration names, {other[1].text!r}")


_NEXT_NAMED_REACH = 1500  # characters
# Leaving the scene: "He goes out again", "Desmond left the room", "she was gone".
_EXIT = regex.compile(
    r"\b(?:(?:went|goes|walked|walks|stormed|storms|hurried|hurries|stepped|steps|slipped|slips)[ \u00a0]+(?:out|away|off)"
    r"|(?:left|leaves)[ \u00a0]+(?:the[ \u00a0]+(?:room|house|kitchen|table)|them|us)|was[ \u00a0]+gone|departed|disappeared)\b"
)


def _left(ctx: Context, person: tuple[int, Chunk], before: int) -> bool:
    """Whether the narration between ``person``'s mention and ``before`` says that they left."""
    index = ctx.entity_index()
    for m in _EXIT.finditer(ctx.text, person[1].end, before):
        pi = bisect_left([p.end for p in ctx.paras], m.start())
        if pi >= len(ctx.paras) or any(ctx.quotes[n].start <= m.start() < ctx.quotes[n].end for n in ctx.paras[pi].quotes):
            continue  # said in a quote, not narrated
        p = ctx.paras[pi]
        ends = p.ends if p.quotes else sentence_ends(ctx.text, p.start, p.end, [])
        start = max([e for e in ends if e <= m.start()] + [p.start])
        subject = sentence_subject(ctx.text, start, m.start())
        if subject is not None and subject.kind in ("name", "pronoun") and index.resolve(subject)[0] == person[0]:
            return True
    return False
