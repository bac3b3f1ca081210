"""One quote as a flat record: the JSON Lines contract, shared by the JSONL and CSV exporters."""

from __future__ import annotations

from typing import Any

from quoteprov.export.model import ExportDocument, ExportQuote

FIELDS = (
    "id", "source", "sha256", "start", "end", "byte_start", "byte_end", "line", "column",
    "text", "kind", "speaker", "cue", "rule", "confidence",
    "url", "title", "date", "outlet",
)
# Where the article was published, when the source said (an HTML page or WARC record); null for plain text.
SOURCE_FIELDS = ("url", "title", "date", "outlet")


def quote_record(doc: ExportDocument, quote: ExportQuote) -> dict[str, Any]:
    """The JSONL record of ``quote`` in ``doc``: keys in ``FIELDS`` order."""
    speaker = None
    if quote.speaker is not None:
        mention = None
        if quote.mention is not None:
            mention = {"start": quote.mention.start, "end": quote.mention.end, "text": quote.mention.text}
        speaker = {"id": quote.speaker.id, "name": quote.speaker.name, "kind": quote.speaker.kind, "mention": mention}
    cue = None if quote.cue is None else {"start": quote.cue.start, "end": quote.cue.end, "text": quote.cue.text}
    return {
        "id": quote.id,
        "source": doc.path,
        "sha256": doc.sha256,
        "start": quote.start,
        "end": quote.end,
        "byte_start": quote.byte_start,
        "byte_end": quote.byte_end,
        "line": quote.line,
        "column": quote.column,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": speaker,
        "cue": cue,
        "rule": quote.rule,
        "confidence": quote.confidence,
        **{key: doc.metadata.get(key) or None for key in SOURCE_FIELDS},
    }
