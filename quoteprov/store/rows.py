"""What one analysed document adds to the store, as plain rows: built by a pure function.

``content_rows`` turns a decoded document and its analysis into tuples ready for
``executemany``: offsets, bytes, lines and columns, uids, the ``why`` as JSON. It needs no
connection, so a worker process (or a Dask worker) builds them next to the analysis, and
the one process that writes only inserts them; tuples of strings and numbers also cross
a process boundary far more cheaply than the records they come from. The rows the
writer must complete are marked: a quote's id (given when inserted), and the speaker of
an attribution (merged with the store's speakers, which only the writer knows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from quoteprov.document import Document
from quoteprov.records import Analysis, Attribution, QuoteSpan

QuoteRow = tuple[str, str, int, int, int, int, int, int, str, str, str, str, int, int]
# (index of the quote in ``quotes``, index of the speaker in ``speakers``, then the attribution's columns
# from ``name`` on: name, mention start/end/text/kind, cue start/end/text, rule, confidence, why)
AttributionRow = tuple[int, int, tuple[object, ...]]
SpeakerRef = tuple[str, str, tuple[str, ...]]  # (name, kind, every form to record for it)


@dataclass(frozen=True, slots=True)
class ContentRows:
    """The rows of one content (its bytes' text) and of the quotes found in it."""

    sha256: str
    size: int
    encoding: str
    bom: bool
    text: str
    quotes: tuple[QuoteRow, ...]  # uid, sha256, start, end, byte_start, byte_end, line, col, text, kind, marks, depth, paragraph
    attributions: tuple[AttributionRow, ...]
    speakers: tuple[SpeakerRef, ...]


def quote_uid(sha256: str, quote: QuoteSpan) -> str:
    """The stable id of a quote: which bytes, and where in their text."""
    return f"{sha256[:12]}:{quote.start}-{quote.end}"


def content_rows(doc: Document, analysis: Analysis) -> ContentRows:
    """The rows for ``doc`` and ``analysis``: pure, so it runs wherever the analysis ran."""
    sha, index = doc.sha256, doc.index
    quotes: list[QuoteRow] = []
    used: set[str] = set()
    for quote in analysis.quotes:
        uid = base = quote_uid(sha, quote)
        n = 1
        while uid in used:  # the same span twice (nested at another depth): keep ids unique
            n += 1
            uid = f"{base}~{n}"
        used.add(uid)
        line, col = index.line_col(quote.start)
        quotes.append((
            uid, sha, quote.start, quote.end, index.byte_offset(quote.start), index.byte_offset(quote.end), line, col,
            quote.text, quote.kind.value, quote.open_mark, quote.close_mark, quote.depth, quote.paragraph,
        ))
    speakers: list[SpeakerRef] = []
    by_entity: dict[object, int] = {}
    attributions: list[AttributionRow] = []
    for n, att in enumerate(analysis.attributions):
        if att is None:
            continue
        key: object = att.entity if 0 <= att.entity < len(analysis.entities) else (att.name, att.speaker_kind)
        ref = by_entity.get(key)
        if ref is None:
            ref = by_entity[key] = len(speakers)
            speakers.append(_speaker(analysis, att))
        attributions.append((n, ref, _attribution_columns(att)))
    return ContentRows(sha, doc.size, doc.encoding, doc.bom, doc.text, tuple(quotes), tuple(attributions), tuple(speakers))


def _speaker(analysis: Analysis, att: Attribution) -> SpeakerRef:
    if 0 <= att.entity < len(analysis.entities):
        entity = analysis.entities[att.entity]
        return entity.name, entity.kind.value, (*entity.variants, att.name)
    return att.name, att.speaker_kind.value, (att.name,)


def _attribution_columns(att: Attribution) -> tuple[object, ...]:
    cue = att.cue
    why = [f"{step.rule}: {step.detail}" for step in att.why]
    return (
        att.name, att.mention.start, att.mention.end, att.mention.text, att.mention.kind,
        cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
        att.rule, float(att.confidence), json.dumps(why, ensure_ascii=False),
    )
