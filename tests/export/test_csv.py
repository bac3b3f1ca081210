"""CSV export: the JSONL fields flattened, and text that would run as a spreadsheet formula guarded."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from quoteprov.export.csv import COLUMNS, guard, write_csv
from quoteprov.export.model import ExportDocument, ExportQuote, ExportSpeaker, Span

TEXT = "=SUM(A1:A9) is what she typed, “=HYPERLINK(1)” she said."


def document(quote_text: str, speaker_name: str) -> ExportDocument:
    start = TEXT.index(quote_text)
    quote = ExportQuote(
        id="abc:1-2", start=start, end=start + len(quote_text), byte_start=start, byte_end=start + len(quote_text),
        line=1, column=start + 1, text=quote_text, kind="direct", open_mark="“", close_mark="”", depth=0,
        speaker=ExportSpeaker("sp1", speaker_name, "person", (speaker_name,)), mention=Span(45, 48, "she"),
        mention_kind="pronoun", cue=Span(49, 53, "said"), rule="cue.after.pronoun-said", confidence=0.5,
    )
    return ExportDocument(
        id=1, path="-cmd.txt", version=1, sha256="f" * 64, size=len(TEXT), encoding="utf-8", bom=False,
        first_seen="2024-01-01T00:00:00Z", text=TEXT, quotes=(quote,),
    )


def test_guard() -> None:
    assert [guard(v) for v in ("=1+1", "+33 1", "-5", "@SUM", "\tx", "\rx", "plain", "", 7, None, -3)] == [
        "'=1+1", "'+33 1", "'-5", "'@SUM", "'\tx", "'\rx", "plain", "", 7, None, -3,
    ]


def test_formula_cells_are_guarded_and_fields_flattened() -> None:
    out = io.StringIO(newline="")
    assert write_csv([document("=HYPERLINK(1)", "@mallory")], out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(rows[0]) == COLUMNS
    row = rows[0]
    assert row["text"] == "'=HYPERLINK(1)"
    assert row["speaker_name"] == "'@mallory"
    assert row["source"] == "'-cmd.txt"
    assert (row["speaker_id"], row["mention_text"], row["cue_text"], row["confidence"]) == ("sp1", "she", "said", "0.5")
    assert row["start"] == str(TEXT.index("=HYPERLINK"))


def test_unattributed_quote_has_empty_speaker_cells() -> None:
    doc = document("=HYPERLINK(1)", "x")
    quote = replace(doc.quotes[0], speaker=None, mention=None, mention_kind=None, cue=None, rule=None, confidence=None)
    bare = replace(doc, quotes=(quote,))
    out = io.StringIO(newline="")
    write_csv([bare], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert row["speaker_id"] == row["speaker_name"] == row["cue_text"] == row["rule"] == ""
