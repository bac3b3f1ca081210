"""The speaker resolver: puts cues, mentions and structure together into attributions.

Pure: ``resolve(text, quotes)`` returns an ``Analysis`` whose attributions are parallel
to the quotes. Rules, tried in order for each outer quote (ids are stable):

1. ``structure.interview-qa`` / ``structure.interview-label``  "Q: …", "A: …", "WALLACE: …"
2. ``cue.after.*``                 a cue right after the quote (see ``quoteprov.cues``)
3. ``cue.before.*``                a cue before the quote in its sentence (a colon cue first)
4. ``cue.after.clause``            a subject and speech verb later in the sentence
5. ``cue.before.colon-paragraph``  the paragraph before ends in a colon after a cue
6. ``continuation.sentence``       an earlier quote of the same paragraph has a speaker
7. ``cue.previous-sentence``       the sentence before, in the paragraph, has a cue
8. ``cue.next-sentence``           the next sentence of the paragraph opens with a cue
9. ``cue.action-beat``             dialogue: the person acting in the sentence before
10. ``continuation.paragraph`` / ``continuation.addressee`` / ``continuation.turn-taking``  the
    paragraph before is a quote with a speaker: the same speaker in news; in a dialogue the
    person that quote addressed by name, else the other one in the conversation
11. ``cue.narration-beat``         dialogue: a bare quote paragraph after narration is spoken by
    the person the narration's last sentence is about
12. ``continuation.paragraph-speaker``  dialogue: after the rules, a quote before the first
    quote of its paragraph that has a speaker takes that speaker (a paragraph is one turn)
Otherwise the resolver abstains. Quoted words with no speaker that are short, or that
sit in a headline, or inside another quote, are ``term`` (scare quotes, titles).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

import regex

from quoteprov.cues import SpeechEvent, according_to_in, cue_after, cue_before, cue_in_clause, sentence_subject
from quoteprov.entities import EntityIndex
from quoteprov.lexicon import NOT_NAMES, SPEECH_VERBS
from quoteprov.mentions import Chunk, name_chunk
from quoteprov.names import name_mentions
from quoteprov.paragraphs import is_hard_wrapped, paragraph_spans
from quoteprov.records import Analysis, Attribution, Cue, Kind, QuoteSpan, SpeakerKind, Step
from quoteprov.sentences import sentence_ends

_QA = regex.compile(r"([QA]):\s")
# A name spoken to: after a comma and before the end of a clause ("Good morning, Edward,"), or
# opening the quote before a comma ("Edward, come here").
_NAME = r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0])?\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)"
_VOCATIVE = regex.compile(rf"(?:,[ \u00a0]+{_NAME}(?=[,.!?;]|$)|^{_NAME}(?=,))")
_LABEL = regex.compile(r"(?:\p{Lu}[\p{Lu}.'’\- ]{1,30}\p{Lu})(?=:\s)")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_TERM_MAX_WORDS = 4
_CLOSING_PUNCT = ",!?—–-…."
_WEAK_RULES = frozenset({"cue.before.sentence-subject", "cue.before.colon-subject", "cue.before.as-framing"})
_MARKS = "'’\"”»"


class _Para:
    __slots__ = ("start", "end", "quotes", "ends")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.quotes: list[int] = []
        self.ends: list[int] = []

    def sentence_of(self, pos: int) -> tuple[int, int]:
        n = bisect_right(self.ends, pos)
        return (self.ends[n - 1] if n else self.start), (self.ends[n] if n < len(self.ends) else self.end)


@dataclass(frozen=True, slots=True)
class _Found:
    event: SpeechEvent
    rule: str
    detail: str
    antecedent: Chunk | None = None  # the person a pronoun stands for, when the turns of a dialogue say so


@dataclass(slots=True)
class _Context:
    text: str
    quotes: tuple[QuoteSpan, ...]
    paras: list[_Para]
    mentions: list[Chunk]
    index: EntityIndex | None
    dialogue: bool
    found: list[_Found | None]

    def entity_index(self, final: bool = False) -> EntityIndex:
        """The document's entities. A single capitalised word counts as a person where some
        cue made it a speaker ("said Thomas"), so the index is built once the cues are known."""
        if self.index is None or final:
            words = frozenset(f.event.chunk.name.split()[-1] for f in self.found
                              if f is not None and f.event.chunk.kind == "name")
            ends = [p.end for p in self.paras]
            self.index = EntityIndex(self.mentions, self.text, ends, words, given_names_are_people=self.dialogue)
        return self.index


def resolve(text: str, quotes: tuple[QuoteSpan, ...]) -> Analysis:
    paras = [_Para(s, e) for s, e in paragraph_spans(text)]
    for n, q in enumerate(quotes):
        if q.depth == 0:
            paras[q.paragraph].quotes.append(n)
    for p in paras:
        if p.quotes:
            p.ends = sentence_ends(text, p.start, p.end, [quotes[i] for i in p.quotes])
    mentions = _frame_chunks(text, paras, quotes)
    ctx = _Context(text, quotes, paras, mentions, None, _is_dialogue(text, paras, quotes), [None] * len(quotes))
    for pi, p in enumerate(paras):
        for k in range(len(p.quotes)):
            ctx.found[p.quotes[k]] = _find(ctx, pi, k)
        if ctx.dialogue:
            _pronoun_turn(ctx, pi)
            _paragraph_speaker(ctx, p)
    index = ctx.entity_index(final=True)
    headline = _headline_end(text, paras)
    attributions: list[Attribution | None] = []
    final_quotes: list[QuoteSpan] = []
    for q, f in zip(quotes, ctx.found):
        if f is None or (q.start < headline and q.kind is Kind.PARTIAL):
            kind = _unattributed_kind(q, headline)
            final_quotes.append(replace(q, kind=kind) if kind is not q.kind else q)
            attributions.append(None)
            continue
        final_quotes.append(q)
        ent, name, skind, steps = index.resolve(f.event.chunk)
        if f.antecedent is not None:
            ent, name, skind, _ = index.resolve(f.antecedent)
            steps = (Step("mention.pronoun.turn-taking", f"{f.event.chunk.text!r} → {f.antecedent.text!r}, "
                          "the other person in the conversation"),)
        attributions.append(
            Attribution(
                quote=q, name=name, speaker_kind=skind, mention=f.event.chunk.mention(), cue=f.event.cue,
                rule=f.rule, confidence=_confidence(f, skind), entity=ent, why=(Step(f.rule, f.detail), *steps),
            )
        )
    return Analysis(quotes=tuple(final_quotes), attributions=tuple(attributions), entities=index.entities())


def _confidence(f: _Found, kind: SpeakerKind) -> float:
    c = f.event.confidence
    if f.rule != f.event.rule:
        c *= 0.85  # borrowed from another quote or sentence
    if f.event.chunk.kind == "pronoun":
        c *= 0.9
    if kind is SpeakerKind.UNNAMED:
        c *= 0.9
    return round(c, 3)


def _frame_chunks(text: str, paras: list[_Para], quotes: tuple[QuoteSpan, ...]) -> list[Chunk]:
    """Candidate mentions outside the outer quotes, in text order."""
    out: list[Chunk] = []
    for p in paras:
        pos = p.start
        for n in p.quotes:
            q = quotes[n]
            out.extend(name_mentions(text, pos, max(pos, q.start - len(q.open_mark))))
            pos = q.end + len(q.close_mark)
        out.extend(name_mentions(text, pos, p.end))
    return out


def _own(ev: SpeechEvent | None) -> _Found | None:
    return None if ev is None else _Found(ev, ev.rule, f"{ev.cue.text!r} → {ev.chunk.text!r}")


def _find(ctx: _Context, pi: int, k: int) -> _Found | None:
    """The first rule that gives quote ``k`` of paragraph ``pi`` a speaker, in the order of the module doc."""
    return (
        _interview_label(ctx, pi, k)
        or _same_sentence(ctx, pi, k)
        or _colon_paragraph(ctx, pi, k)
        or _continuation_sentence(ctx, pi, k)
        or _previous_sentence(ctx, pi, k)
        or _next_sentence(ctx, pi, k)
        or _action_beat(ctx, pi, k)
        or _continuation_paragraph(ctx, pi, k)
        or _narration_beat(ctx, pi, k)
    )


def _interview_label(ctx: _Context, pi: int, k: int) -> _Found | None:
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    qa = _QA.match(ctx.text, q.start, q.end)
    if qa is not None:
        return _question_answer(ctx, qa.group(1), q.start)
    label = _LABEL.match(ctx.text, q.start, q.end)
    if label is None:
        return None
    chunk = name_chunk(ctx.text, label.start(), label.end())
    ev = SpeechEvent(Cue(label.end(), label.end() + 1, ":"), chunk, "structure.interview-label", 0.85)
    return _Found(ev, ev.rule, repr(chunk.text))


def _question_answer(ctx: _Context, letter: str, at: int) -> _Found | None:
    """A Q:/A: transcript: Q is the interviewer (unnamed); A is the person the article quotes
    most up to here, the interviewee (rule structure.interview-qa)."""
    cue = Cue(at + 1, at + 2, ctx.text[at + 1:at + 2])
    if letter == "Q":
        chunk = Chunk(at, at + 1, "Q", "name", SpeakerKind.UNNAMED, "the interviewer", "q", ())
        return _Found(SpeechEvent(cue, chunk, "structure.interview-qa", 0.7), "structure.interview-qa", "Q: the interviewer")
    counts: dict[str, int] = {}
    for f in ctx.found:
        if f is not None and f.event.chunk.kind == "name" and f.event.chunk.speaker_kind is SpeakerKind.PERSON:
            counts[f.event.chunk.name] = counts.get(f.event.chunk.name, 0) + 1
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    chunk = Chunk(at, at + 1, "A", "name", SpeakerKind.PERSON, name, name.split()[-1].lower(), ())
    ev = SpeechEvent(cue, chunk, "structure.interview-qa", 0.6)
    return _Found(ev, ev.rule, f"A: the interviewee, {name} (quoted most so far)")


def _same_sentence(ctx: _Context, pi: int, k: int) -> _Found | None:
    """A cue right after the quote, before it, or later in its sentence."""
    text, p = ctx.text, ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    s_start, s_end = p.sentence_of(q.start)
    prev_end = s_start
    used = -1
    prior: _Found | None = None
    if k > 0:
        pq = ctx.quotes[p.quotes[k - 1]]
        if pq.end >= s_start:
            prev_end = pq.end + len(pq.close_mark)
            prior = ctx.found[p.quotes[k - 1]]
            used = prior.event.cue.start if prior is not None else -1
    next_start = s_end
    nq = ctx.quotes[p.quotes[k + 1]] if k + 1 < len(p.quotes) else None
    if nq is not None and nq.start < s_end:
        next_start = nq.start - len(nq.open_mark)
    after_from = q.end + len(q.close_mark)
    open_at = q.start - len(q.open_mark)
    before = cue_before(text, prev_end, open_at, used)
    if before is not None and text[prev_end:open_at].rstrip().endswith(":"):
        return _own(before)  # "X said: “…”" outranks a cue after the quote
    closed = q.text.rstrip(_MARKS)[-1:] in _CLOSING_PUNCT
    ev = cue_after(text, after_from, max(after_from, next_start), closed=closed)
    if ev is None and before is not None and before.rule in _WEAK_RULES:
        # A weak guess before the quote yields to "according to X" later in the sentence, and
        # to the speaker of an earlier quote of the same sentence (its clause's subject).
        later = according_to_in(text, after_from, s_end)
        if later is not None:
            return _own(later)
        if prior is not None:
            return _Found(prior.event, "continuation.sentence", f"same clause as the quote at {pq.start}", prior.antecedent)
    ev = ev or before
    if ev is None and nq is not None and nq.start < s_end:
        # "“A,” he said, “B”": the frame between two quotes of one sentence.
        ev = cue_before(text, after_from, nq.start - len(nq.open_mark))
    return _own(ev or cue_in_clause(text, after_from, max(after_from, next_start)) or according_to_in(text, after_from, s_end))


def _starts_paragraph(ctx: _Context, pi: int, q: QuoteSpan) -> bool:
    return ctx.text[ctx.paras[pi].start:q.start - len(q.open_mark)].strip() == ""


def _colon_paragraph(ctx: _Context, pi: int, k: int) -> _Found | None:
    """"Caddell continued:" closing the paragraph before a quote paragraph."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if pi == 0 or not _starts_paragraph(ctx, pi, q):
        return None
    prev = ctx.paras[pi - 1]
    if not ctx.text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    s0, _ = prev.sentence_of(max(prev.start, prev.end - 1))
    ev = cue_before(ctx.text, s0, prev.end)
    if ev is None:
        return None
    return _Found(ev, "cue.before.colon-paragraph", f"{ev.cue.text!r} → {ev.chunk.text!r}")


def _continuation_sentence(ctx: _Context, pi: int, k: int) -> _Found | None:
    """An earlier quote of the same paragraph has a speaker and nothing intervenes."""
    if k == 0:
        return None
    prior = ctx.paras[pi].quotes[k - 1]
    f = ctx.found[prior]
    if f is None:
        return None
    return _Found(f.event, "continuation.sentence", f"same speaker as the quote at {ctx.quotes[prior].start}", f.antecedent)


def _previous_sentence(ctx: _Context, pi: int, k: int) -> _Found | None:
    """"…, Schiff said. “The other factor …”": a cue in the sentence before."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    s_start, _ = p.sentence_of(q.start)
    if s_start <= p.start:
        return None
    ps, _ = p.sentence_of(s_start - 1)
    for m in reversed(p.quotes[max(0, k - 8):k]):  # quotes are in order: only the last few can end there
        if ps <= ctx.quotes[m].end < s_start:
            ps = ctx.quotes[m].end + len(ctx.quotes[m].close_mark)  # the frame only, not quoted words
            break
    ev = cue_before(ctx.text, ps, s_start)
    if ev is None or ev.rule != "cue.before.name-said":
        return None
    return _Found(ev, "cue.previous-sentence", f"{ev.cue.text!r} → {ev.chunk.text!r}")


def _next_sentence(ctx: _Context, pi: int, k: int) -> _Found | None:
    """“…” Lavrov added that …: a quote sentence followed by a sentence that opens with a cue."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    _, s_end = p.sentence_of(q.start)
    if q.kind is not Kind.DIRECT or s_end >= p.end:
        return None
    ev = cue_after(ctx.text, s_end, p.end)
    if ev is None or ev.rule != "cue.after.name-said":
        return None
    return _Found(ev, "cue.next-sentence", f"{ev.cue.text!r} → {ev.chunk.text!r}")


def _action_beat(ctx: _Context, pi: int, k: int) -> _Found | None:
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
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    ev = SpeechEvent(Cue(s_start, s_start, ""), subject, "cue.action-beat", 0.6)
    return _Found(ev, ev.rule, f"{subject.text!r} acts in the sentence before")


def _narration_beat(ctx: _Context, pi: int, k: int) -> _Found | None:
    """In dialogue, "Mrs. Bellamy turned to her husband. ¶ ‘You encourage them, Henry.’": a bare
    quote paragraph after narration is spoken by the subject of the narration's last sentence."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if not ctx.dialogue or k > 0 or pi == 0 or not _starts_paragraph(ctx, pi, q):
        return None
    prev = ctx.paras[pi - 1]
    if prev.quotes or prev.end <= prev.start:
        return None
    # The last sentence: after the last sentence break with words still after it.
    starts = [e for e in sentence_ends(ctx.text, prev.start, prev.end, []) if ctx.text[e:prev.end].strip()]
    start = starts[-1] if starts else prev.start
    while start < prev.end and ctx.text[start].isspace():
        start += 1
    subject = sentence_subject(ctx.text, start, prev.end)
    if subject is None or subject.kind != "name" or subject.speaker_kind is not SpeakerKind.PERSON:
        return None
    ev = SpeechEvent(Cue(q.start, q.start, ""), subject, "cue.narration-beat", 0.5)
    return _Found(ev, ev.rule, f"{subject.text!r} acts in the narration just before")


def _speaker_of(index: EntityIndex, f: _Found) -> int:
    """The entity that speaks ``f``: its mention's, or the antecedent's a turn gave its pronoun."""
    return index.resolve(f.antecedent or f.event.chunk)[0]


_GOES_ON = frozenset({"added", "adds", "continued", "continues", "repeated", "persisted", "resumed", "went"})


def _pronoun_turn(ctx: _Context, pi: int) -> None:
    """In dialogue, "“Tom, listen to me.” ¶ “I've listened enough,” he said": a he/she opening a
    new turn is not the one who spoke the turn before when another person of that gender is in
    the conversation: the one that turn addressed by name, else the other person last named
    (rule mention.pronoun.turn-taking). Not after "he added", "she went on"."""
    p = ctx.paras[pi]
    if pi == 0 or not p.quotes or not ctx.paras[pi - 1].quotes:
        return
    first = p.quotes[0]
    f, before = ctx.found[first], ctx.found[ctx.paras[pi - 1].quotes[-1]]
    q = ctx.quotes[first]
    if f is None or before is None or not _starts_paragraph(ctx, pi, q):
        return
    chunk = f.event.chunk
    if chunk.kind != "pronoun" or chunk.gender not in ("m", "f") or f.event.cue.text.lower() in _GOES_ON:
        return
    index = ctx.entity_index()
    last = _speaker_of(index, before)
    if index.resolve(chunk)[0] != last:
        return
    other = _addressee(ctx, ctx.paras[pi - 1], before)
    if other is None:
        found = index.other_person_before(ctx.quotes[ctx.paras[pi - 1].quotes[-1]].start, last)
        other = found[1] if found is not None else None
    if other is None or other.kind != "name":
        return
    person = index.person_at(index.resolve(other)[0])
    if person is None or person.gender != chunk.gender:
        return
    for n in p.quotes:  # the quote and those of its paragraph that took their speaker from it
        g = ctx.found[n]
        if g is not None and g.event is f.event:
            ctx.found[n] = replace(g, antecedent=other)


def _addressee(ctx: _Context, p: _Para, said_by: _Found) -> Chunk | None:
    """The person the quotes of paragraph ``p`` address by name ("Good morning, Edward," /
    "Edward, come here."), when that is not their speaker: in a dialogue, the one who replies."""
    index = ctx.entity_index()
    speaker = _speaker_of(index, said_by)
    for n in reversed(p.quotes):
        q = ctx.quotes[n]
        for m in _VOCATIVE.finditer(ctx.text, q.start, q.end):
            start, end = m.span("name")
            if ctx.text[start:end].lower() in NOT_NAMES:
                continue
            chunk = name_chunk(ctx.text, start, end)
            # Only a person the narration names: a pet name ("Nell") may be the speaker's own other name.
            if chunk.speaker_kind is SpeakerKind.PERSON and index.mentioned(chunk) and index.resolve(chunk)[0] != speaker:
                return chunk
    return None


def _paragraph_speaker(ctx: _Context, p: _Para) -> None:
    """In dialogue a paragraph is one speaker's turn: quotes before the first one with a
    speaker ("“Fenwick.” He hesitated. “I'm looking …”") take that speaker too
    (rule continuation.paragraph-speaker)."""
    first = next((n for n in p.quotes if ctx.found[n] is not None), None)
    if first is None or first == p.quotes[0]:
        return
    f = ctx.found[first]
    assert f is not None
    for n in p.quotes:
        if n == first:
            break
        detail = f"the speaker of this paragraph's quote at {ctx.quotes[first].start}"
        ctx.found[n] = _Found(f.event, "continuation.paragraph-speaker", detail, f.antecedent)


def _continuation_paragraph(ctx: _Context, pi: int, k: int) -> _Found | None:
    """A quote paragraph with no cue after a quote paragraph: the same speaker in news,
    the other speaker in a dialogue (turn-taking)."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if pi == 0 or not _starts_paragraph(ctx, pi, q) or not ctx.paras[pi - 1].quotes:
        return None
    prior = ctx.paras[pi - 1].quotes[-1]
    f = ctx.found[prior]
    if f is None:
        return None
    if not ctx.dialogue or not ctx.quotes[prior].closed:
        return _Found(f.event, "continuation.paragraph", f"same speaker as the quote at {ctx.quotes[prior].start}",
                      f.antecedent)
    addressed = _addressee(ctx, ctx.paras[pi - 1], f)
    if addressed is not None:
        ev = SpeechEvent(Cue(q.start, q.start, ""), addressed, "continuation.addressee", 0.6)
        return _Found(ev, ev.rule, f"the person the last turn spoke to, {addressed.text!r}")
    if pi > 1 and ctx.paras[pi - 2].quotes:
        earlier = ctx.paras[pi - 2].quotes[-1]
        g = ctx.found[earlier]
        if g is not None and g.event.chunk.text.lower() != f.event.chunk.text.lower():
            detail = f"the speaker two turns back, at {ctx.quotes[earlier].start}"
            return _Found(g.event, "continuation.turn-taking", detail, g.antecedent)
    # The first reply: the other person last mentioned before the previous turn.
    index = ctx.entity_index()
    speaker = _speaker_of(index, f)
    other = index.other_person_before(ctx.quotes[prior].start, speaker)
    if other is None:
        return None
    ev = SpeechEvent(Cue(q.start, q.start, ""), other[1], "continuation.turn-taking", 0.5)
    return _Found(ev, ev.rule, f"the other person in the conversation, {other[1].text!r}")


_CHAPTER = regex.compile(r"^[ \t]*(?:CHAPTER|Chapter|BOOK|Book|PART|Part)[ \t]+(?:[0-9]+|[IVXLC]+|[A-Z][a-z]+)\b", regex.M)


def _is_dialogue(text: str, paras: list[_Para], quotes: tuple[QuoteSpan, ...]) -> bool:
    """Fiction-style dialogue, where a bare quote paragraph answers the last one instead of
    continuing it: a chaptered text; a hard-wrapped or long text with many quote paragraphs
    where bare replies (no speech verb outside the quotes) are common, as they are not in news;
    or many short paragraphs that open with a quotation."""
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


_BARE_REPLIES = 0.2  # news sits well below (0.0 in most PolNeAR articles, 0.14-0.17 in the samples)


def _bare_share(text: str, opening: list[_Para], quotes: tuple[QuoteSpan, ...]) -> float:
    """Of the paragraphs that open with a quote, the share with no speech verb outside their quotes."""
    bare = 0
    for p in opening:
        pos, frame = p.start, []
        for n in p.quotes:
            q = quotes[n]
            frame.append(text[pos:q.start - len(q.open_mark)])
            pos = q.end + len(q.close_mark)
        frame.append(text[pos:p.end])
        if not any(w.lower() in SPEECH_VERBS for w in _WORD.findall(" ".join(frame))):
            bare += 1
    return bare / len(opening)


def _headline_end(text: str, paras: list[_Para]) -> int:
    """End of the first paragraph when it reads as a headline (short, no full stop inside)."""
    if len(paras) < 2:
        return 0
    first = text[paras[0].start:paras[0].end].strip()
    if 0 < len(first) <= 200 and ". " not in first:
        return paras[0].end
    return 0


def _unattributed_kind(q: QuoteSpan, headline: int) -> Kind:
    if q.depth > 0:
        return Kind.TERM
    if q.kind is Kind.PARTIAL and (q.start < headline or len(_WORD.findall(q.text)) <= _TERM_MAX_WORDS):
        return Kind.TERM
    return q.kind
