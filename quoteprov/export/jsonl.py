"""JSON Lines: one quote a line, in the contract ``../shared/eval/score.py`` reads.

Fields: id, source, sha256, start, end, byte_start, byte_end, line, column, text, kind,
speaker (null or {id, name, kind, mention: {start, end, text}}), cue (null or
{start, end, text}), rule, confidence, and url, title, date, outlet of the article (null when the
source is plain text or the page did not say). The same bytes at two paths give one line per path.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from quoteprov.export.model import ExportDocument
from quoteprov.export.rows import quote_record


def write_jsonl(documents: Iterable[ExportDocument], out: TextIO) -> int:
    """Write every quote of ``documents`` to ``out``; return how many lines were written."""
    n = 0
    for doc in documents:
        for quote in doc.quotes:
            out.write(json.dumps(quote_record(doc, quote), ensure_ascii=False) + "\n")
            n += 1
    return n
