"""Reading an HTML page or WARC record again, for ``quotes verify``: the same bytes, extracted again."""

from __future__ import annotations

from dataclasses import dataclass

from quoteprov.document import Document
from quoteprov.errors import SourceError
from quoteprov.formats import SourceMeta
from quoteprov.formats.html import load_html
from quoteprov.formats.warc import page_document, read_page


@dataclass(frozen=True, slots=True)
class Reread:
    raw: bytes  # the HTML bytes (the page file, or the record's payload): their sha256 is the document's
    document: Document  # the text extracted from them today
    offset_bytes: bytes  # what byte offsets count: the extracted text as UTF-8
    note: str | None  # set when the extractor's version differs from the one that made the stored text


def reread(path: str, meta: SourceMeta) -> Reread:
    """Read the page at ``path`` (or its WARC record) and extract it again. Raises OSError or SourceError."""
    if meta.warc_file is not None and meta.warc_offset is not None:
        page = read_page(meta.warc_file, meta.warc_offset)
        if page is None:
            raise SourceError(path, f"the record at offset {meta.warc_offset} of {meta.warc_file} is no longer an HTML page")
        raw = page.payload
        doc, now = page_document(page)
    else:
        with open(path, "rb") as fh:
            raw = fh.read()
        doc, now = load_html(path, raw)
    note = None
    if (now.extractor, now.extractor_version) != (meta.extractor, meta.extractor_version):
        note = (
            f"extracted by {meta.extractor} {meta.extractor_version} when scanned, by {now.extractor} "
            f"{now.extractor_version} now; a difference in the text may come from the extractor alone"
        )
    return Reread(raw, doc, doc.text.encode("utf-8"), note)
