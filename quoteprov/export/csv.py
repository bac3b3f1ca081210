"""CSV: the JSON Lines fields flattened, one quote a row, with a guard against formulas.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or
carriage return) as a formula, and quoted text can begin that way: such a cell is
written with a leading ``'``, which spreadsheets show as text. Numbers are not touched.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from quoteprov.export.model import ExportDocument
from quoteprov.export.rows import quote_record

COLUMNS = (
    "id", "source", "sha256", "start", "end", "byte_start", "byte_end", "line", "column", "text", "kind",
    "speaker_id", "speaker_name", "speaker_kind", "mention_start", "mention_end", "mention_text",
    "cue_start", "cue_end", "cue_text", "rule", "confidence", "url", "title", "date", "outlet",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(value: Any) -> Any:
    """``value`` made safe to open in a spreadsheet: text that would run as a formula gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    speaker = record["speaker"] or {}
    mention = speaker.get("mention") or {}
    cue = record["cue"] or {}
    flat = {key: record[key] for key in COLUMNS if key in record}
    flat.update(
        speaker_id=speaker.get("id"), speaker_name=speaker.get("name"), speaker_kind=speaker.get("kind"),
        mention_start=mention.get("start"), mention_end=mention.get("end"), mention_text=mention.get("text"),
        cue_start=cue.get("start"), cue_end=cue.get("end"), cue_text=cue.get("text"),
    )
    return {key: guard(flat[key]) for key in COLUMNS}


def write_csv(documents: Iterable[ExportDocument], out: TextIO) -> int:
    """Write a header and one row per quote; ``out`` should be opened with ``newline=""``."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for doc in documents:
        for quote in doc.quotes:
            writer.writerow(flatten(quote_record(doc, quote)))
            n += 1
    return n
