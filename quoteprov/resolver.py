"""The speaker resolver: puts cues, mentions and structure together into attributions.

Pure: ``resolve(text, quotes)`` returns an ``Analysis`` whose attributions are parallel
to the quotes. Rules, tried in order for each outer quote (ids are stable):

1. ``structure.interview-label``  the quote opens with a speaker label ("WALLACE: …")
2. ``cue.after.*``                 a cue right after the quote (see ``quoteprov.cues``)
3. ``cue.before.*``                a cue before the quote in its sentence
4. ``cue.after.clause``            a subject and speech verb later in the sentence
5. ``cue.before.colon-paragraph``  the paragraph before ends in a colon after a cue
6. ``continuation.sentence``       an earlier quote of the same paragraph has a speaker
7. ``cue.next-sentence``           the next sentence of the paragraph opens with a cue
8. ``continuation.paragraph``      the paragraph before is a quote with a speaker
Otherwise the resolver abstains. Quoted words with no speaker that are short, or that
sit in a headline, or inside another quote, are ``term`` (scare quotes, titles).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from quoteprov.cues import SpeechEvent, cue_after, cue_before, cue_in_clause
from quoteprov.entities import EntityIndex
from quoteprov.mentions import Chunk, chunks
from quoteprov.paragraphs import paragraph_spans
from quoteprov.records import Analysis, Attribution, Cue, Kind, QuoteSpan, SpeakerKind, Step
from quoteprov.sentences import sentence_ends

_LABEL = regex.compile(r"(?:\p{Lu}[\p{Lu}.'’\- ]{1,30}\p{Lu}|Q|A)(?=:\s)")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_TERM_MAX_WORDS = 4


class _Para:
    __slots__ = ("start", "end", "quotes", "ends")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.quotes: list[int] = []
        self.ends: list[int] = []

    def sentence_of(self, pos: int) -> tuple[int, int]:
        s = self.start
        for e in self.ends:
            if pos < e:
                return s, e
            s = e
        return s, self.end


def resolve(text: str, quotes: tuple[QuoteSpan, ...]) -> Analysis:
    paras = [_Para(s, e) for s, e in paragraph_spans(text)]
    for n, q in enumerate(quotes):
        if q.depth == 0:
            paras[q.paragraph].quotes.append(n)
    for p in paras:
        if p.quotes:
            p.ends = sentence_ends(text, p.start, p.end, [quotes[i] for i in p.quotes])
    index = EntityIndex(_frame_chunks(text, paras, quotes), text, [p.end for p in paras])
    dialogue = _is_dialogue(text, paras)
    events: list[SpeechEvent | None] = [None] * len(quotes)
    rules: list[tuple[str, ...]] = [()] * len(quotes)
    last_with_speaker: int | None = None
    for pi, p in enumerate(paras):
        for k, n in enumerate(p.quotes):
            q = quotes[n]
            ev, chain = _find_event(text, quotes, paras, pi, k, events, dialogue, index)
            events[n] = ev
            rules[n] = chain
            if ev is not None:
                last_with_speaker = n
        _ = last_with_speaker
    attributions: list[Attribution | None] = []
    final_quotes: list[QuoteSpan] = []
    headline = _headline_end(text, paras)
    for n, q in enumerate(quotes):
        ev = events[n]
        if ev is None:
            kind = _unattributed_kind(q, headline)
            final_quotes.append(replace(q, kind=kind) if kind is not q.kind else q)
            attributions.append(None)
            continue
        if q.start < headline and q.kind is Kind.PARTIAL:
            final_quotes.append(replace(q, kind=Kind.TERM))
            attributions.append(None)
            continue
        final_quotes.append(q)
        ent, name, skind, steps = index.resolve(ev.chunk)
        why = tuple(Step(r, d) for r, d in (c.split("\t", 1) for c in rules[n])) + steps
        attributions.append(
            Attribution(
                quote=q, name=name, speaker_kind=skind, mention=ev.chunk.mention(), cue=ev.cue,
                rule=rules[n][0].split("\t", 1)[0] if rules[n] else ev.rule,
                confidence=_confidence(ev, rules[n], skind), entity=ent, why=why,
            )
        )
    return Analysis(quotes=tuple(final_quotes), attributions=tuple(attributions), entities=index.entities())


def _confidence(ev: SpeechEvent, chain: tuple[str, ...], kind: SpeakerKind) -> float:
    c = ev.confidence * (0.85 ** (len(chain) - 1))
    if ev.chunk.kind == "pronoun":
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
            out.extend(chunks(text, pos, max(pos, q.start - len(q.open_mark))))
            pos = q.end + len(q.close_mark)
        out.extend(chunks(text, pos, p.end))
    return out


def _find_event(
    text: str, quotes: tuple[QuoteSpan, ...], paras: list[_Para], pi: int, k: int,
    events: list[SpeechEvent | None], dialogue: bool = False, index: EntityIndex | None = None,
) -> tuple[SpeechEvent | None, tuple[str, ...]]:
    p = paras[pi]
    n = p.quotes[k]
    q = quotes[n]
    label = _LABEL.match(text, q.start, q.end)
    if label is not None and label.group() not in ("A", "Q"):
        from quoteprov.mentions import _make, tokens

        toks = tokens(text, label.start(), label.end())
        chunk = _make(text, toks, 0, len(toks), "name")
        ev = SpeechEvent(Cue(label.end(), label.end() + 1, ":"), chunk, "structure.interview-label", 0.85)
        return ev, (f"{ev.rule}\t{chunk.text!r}",)
    s_start, s_end = p.sentence_of(q.start)
    prev_end = s_start
    if k > 0:
        pq = quotes[p.quotes[k - 1]]
        if pq.end >= s_start:
            prev_end = pq.end + len(pq.close_mark)
    next_start = s_end
    if k + 1 < len(p.quotes):
        nq = quotes[p.quotes[k + 1]]
        if nq.start < s_end:
            next_start = nq.start - len(nq.open_mark)
    after_from = q.end + len(q.close_mark)
    before = cue_before(text, prev_end, q.start - len(q.open_mark))
    ev = None
    if before is None or not text[prev_end:q.start - len(q.open_mark)].rstrip().endswith(":"):
        ev = cue_after(text, after_from, max(after_from, next_start), closed=q.text.rstrip("'’\"”»")[-1:] in ",!?—–-….")
    if ev is None:
        ev = before
    if ev is None and k + 1 < len(p.quotes) and next_start < s_end:
        # "“A,” he said, “B”": the frame between two quotes of one sentence.
        nq = quotes[p.quotes[k + 1]]
        ev = cue_before(text, after_from, nq.start - len(nq.open_mark))
    if ev is None:
        ev = cue_in_clause(text, after_from, max(after_from, next_start))
    if ev is not None:
        return ev, (f"{ev.rule}\t{ev.cue.text!r} → {ev.chunk.text!r}",)
    # No cue in the quote's own sentence.
    starts_paragraph = text[p.start:q.start - len(q.open_mark)].strip() == ""
    if starts_paragraph and pi > 0:
        prev = paras[pi - 1]
        if text[prev.start:prev.end].rstrip().endswith(":"):
            s0, _ = prev.sentence_of(max(prev.start, prev.end - 1))
            ev = cue_before(text, s0, prev.end)
            if ev is not None:
                return ev, (f"cue.before.colon-paragraph\t{ev.cue.text!r} → {ev.chunk.text!r}",)
    if k > 0:
        prior = p.quotes[k - 1]
        if events[prior] is not None:
            ev = events[prior]
            return ev, (f"continuation.sentence\tsame speaker as the quote at {quotes[prior].start}",)
    if s_start > p.start and (k == 0 or quotes[p.quotes[k - 1]].end < s_start):
        # "…, Schiff said. “The other factor …”": a cue in the sentence before.
        ps, _ = p.sentence_of(s_start - 1)
        for m in p.quotes[:k]:
            if ps <= quotes[m].end < s_start:
                ps = quotes[m].end + len(quotes[m].close_mark)  # the frame only, not quoted words
        ev = cue_before(text, ps, s_start)
        if ev is not None and ev.rule == "cue.before.name-said":
            return ev, (f"cue.previous-sentence\t{ev.cue.text!r} → {ev.chunk.text!r}",)
    if q.kind is Kind.DIRECT and s_end < p.end:
        ev = cue_after(text, s_end, p.end)
        if ev is not None and ev.rule == "cue.after.name-said":
            return ev, (f"cue.next-sentence\t{ev.cue.text!r} → {ev.chunk.text!r}",)
    if starts_paragraph and pi > 0 and paras[pi - 1].quotes:
        prior = paras[pi - 1].quotes[-1]
        if events[prior] is not None and (not dialogue or not quotes[prior].closed):
            ev = events[prior]
            return ev, (f"continuation.paragraph\tsame speaker as the quote at {quotes[prior].start}",)
        if events[prior] is not None and pi > 1 and paras[pi - 2].quotes:
            # Dialogue: a bare reply after a closed turn goes to the speaker before that turn.
            earlier = paras[pi - 2].quotes[-1]
            ev = events[earlier]
            if ev is not None and ev.chunk.text.lower() != events[prior].chunk.text.lower():
                return ev, (f"continuation.turn-taking\tthe speaker two turns back, at {quotes[earlier].start}",)
        if dialogue and events[prior] is not None and index is not None and pi > 0:
            # The first reply: the other person last mentioned before the previous turn.
            speaker = index.resolve(events[prior].chunk)[0]
            other = index.other_person_before(quotes[prior].start, speaker)
            if other is not None:
                ev = SpeechEvent(Cue(q.start, q.start, ""), other[1], "continuation.turn-taking", 0.5)
                return ev, (f"continuation.turn-taking\tthe other person in the conversation, {other[1].text!r}",)
    return None, ()


def _is_dialogue(text: str, paras: list[_Para]) -> bool:
    """Fiction-style dialogue: many short paragraphs that open with a quotation."""
    lengths = [p.end - p.start for p in paras if p.quotes and text[p.start:p.end].lstrip()[:1] in "\"“‘'«„"]
    if len(lengths) < 4:
        return False
    lengths.sort()
    return lengths[len(lengths) // 2] < 120


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
