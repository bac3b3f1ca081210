"""Source formats: plain text, HTML pages and WARC web archives.

Each format turns the bytes of one source into a ``Document`` (the text every offset
points into) and a ``SourceMeta`` (where the text came from and how it was extracted).
The work on one source is a pure function of its path and bytes (``load``), so it can
run in a worker process; only WARC files are read as a stream, record by record
(``quoteprov.formats.warc``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

Format = Literal["txt", "html", "warc"]
FORMAT_CHOICES = ("auto", "txt", "html", "warc")


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """Provenance of a document read from HTML or a WARC record (stored in ``document_meta``)."""

    format: Format
    extractor: str | None = None  # "trafilatura"
    extractor_version: str | None = None
    raw_sha256: str | None = None  # of the HTML bytes (the document's sha256)
    text_sha256: str | None = None  # of the extracted text, encoded as UTF-8
    charset: str | None = None  # how the HTML bytes were decoded
    charset_source: str | None = None  # bom | http-header | meta | utf-8 | detected (+ "; replaced" if lossy)
    url: str | None = None  # canonical URL, else the WARC-Target-URI
    title: str | None = None
    author: str | None = None
    date: str | None = None  # publication date as the page gives it (YYYY-MM-DD)
    outlet: str | None = None  # site name
    warc_file: str | None = None
    warc_size: int | None = None  # size of the WARC file when it was scanned
    warc_offset: int | None = None  # byte offset of the record in the (compressed) WARC file
    warc_record_id: str | None = None
    warc_target_uri: str | None = None
    warc_date: str | None = None
    warc_payload_digest: str | None = None

    def as_metadata(self) -> dict[str, str]:
        """Every field that is known, as strings: what exporters read (``ExportDocument.metadata``)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value != "":
                out[f.name] = str(value)
        return out


META_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(SourceMeta))


def meta_from_row(row: dict[str, object]) -> SourceMeta:
    """A ``SourceMeta`` from a ``document_meta`` row (as a mapping of column to value)."""
    values = {name: row.get(name) for name in META_COLUMNS}
    return SourceMeta(**values)  # type: ignore[arg-type]
