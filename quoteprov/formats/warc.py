"""WARC web archives, read as a stream with warcio: one document per HTML ``response`` record.

A page's path is ``<WARC file>#offset=<N>``, ``N`` the byte offset of its record in the
WARC file as stored (compressed, for ``.warc.gz``): stable across scans, and what
``warcio extract <file> <N>`` takes. Other records (warcinfo, request, metadata,
non-HTML responses) are counted and skipped. A truncated or corrupt record stops the
reading of its gzip member or record; the reader then looks for the next record start
and goes on, so the records before it (and after it, when one can be found) are kept.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from quoteprov.document import Document
from quoteprov.formats import SourceMeta

HTML_TYPES = ("text/html", "application/xhtml+xml")
def _warcio() -> tuple[Any, tuple[type[BaseException], ...]]:
    """warcio's reader and the errors a damaged record raises, imported on the first WARC
    (plain-text scans and their worker processes start without warcio)."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
    from warcio.statusandheaders import StatusAndHeadersParserException  # type: ignore[import-untyped]

    return ArchiveIterator, (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error, ValueError, OSError)
_GZIP_START = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."
_CHUNK = 1 << 16


def record_path(warc_file: str, offset: int) -> str:
    """The document path of the record at ``offset`` in ``warc_file``."""
    return f"{warc_file}#offset={offset}"


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response record: its payload (the HTML bytes, transfer and content encodings undone)."""

    path: str
    payload: bytes
    http_charset: str | None
    meta: SourceMeta


@dataclass(frozen=True, slots=True)
class WarcDamage:
    """A record that could not be read: where, and why."""

    offset: int
    reason: str


@dataclass(slots=True)
class WarcStats:
    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # record type (or "response text/css") → count

    def summary(self) -> str:
        other = sum(self.skipped.values())
        detail = ", ".join(f"{kind} {n}" for kind, n in sorted(self.skipped.items()))
        pages = f"{self.pages} HTML page{'s' if self.pages != 1 else ''}"
        skipped = f"{other} other record{'s' if other != 1 else ''} skipped" + (f" ({detail})" if detail else "")
        return f"{pages}, {skipped}"


def iter_warc(path: str, size: int, stats: WarcStats) -> Iterator[WarcPage | WarcDamage]:
    """Every HTML page of the WARC file at ``path``, in file order, and a WarcDamage for each damaged stretch."""
    with open(path, "rb") as fh:
        start = 0
        while start < size:
            fh.seek(start)
            damaged_at = yield from _read_from(fh, path, size, stats)
            if damaged_at is None:
                return
            yield WarcDamage(damaged_at[0], damaged_at[1])
            nxt = _next_record_start(fh, damaged_at[0] + 1)
            if nxt is None:
                return
            start = nxt


def _read_from(
    fh: IO[bytes], path: str, size: int, stats: WarcStats
) -> Generator[WarcPage, None, tuple[int, str] | None]:
    """Read records from the current position; return (offset, reason) of the first damaged one, or None at a clean end."""
    archive_iterator, errors = _warcio()
    it = archive_iterator(fh)
    offset = fh.tell()
    try:
        for record in it:
            offset = int(it.offset)
            page = _page(record, path, offset, size, stats)
            if _truncated(record):
                return offset, "record is truncated (shorter than its Content-Length)"
            it.read_to_end()
            if page is not None:
                stats.pages += 1
                yield page
            offset = int(it.offset)
    except errors as exc:
        return offset, _reason(exc)
    end = int(it.offset)
    if end < size:
        return end, "record is truncated or is not a WARC record"
    return None


def _page(record: Any, path: str, offset: int, size: int, stats: WarcStats) -> WarcPage | None:
    kind = str(record.rec_type)
    if kind != "response" or record.http_headers is None:
        stats.skipped[kind] += 1
        return None
    content_type = str(record.http_headers.get_header("Content-Type") or "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in HTML_TYPES:
        stats.skipped[f"response {media or 'without type'}"] += 1
        return None
    payload = record.content_stream().read()
    headers = record.rec_headers
    meta = SourceMeta(
        format="warc", warc_file=path, warc_size=size, warc_offset=offset,
        warc_record_id=headers.get_header("WARC-Record-ID"), warc_target_uri=headers.get_header("WARC-Target-URI"),
        warc_date=headers.get_header("WARC-Date"), warc_payload_digest=headers.get_header("WARC-Payload-Digest"),
    )
    return WarcPage(record_path(path, offset), payload, _charset_param(content_type), meta)


def _truncated(record: Any) -> bool:
    """Whether the record's block ended before its Content-Length (read what is left first)."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return int(getattr(raw, "limit", 0)) > 0


def _charset_param(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"record cannot be read ({text[:160]})"


def _next_record_start(fh: IO[bytes], after: int) -> int | None:
    """The offset of the next gzip member or ``WARC/1.`` line that opens a record, searching from ``after``."""
    pos = after
    while True:
        fh.seek(pos)
        block = fh.read(_CHUNK + 16)
        if not block:
            return None
        found = sorted(
            [i for i in _find_all(block, _GZIP_START) if i < _CHUNK]
            + [i + 1 for i in _find_all(block, b"\n" + _WARC_START) if i < _CHUNK]
        )
        for i in found:
            if _opens_record(fh, pos + i):
                return pos + i
        pos += _CHUNK


def _find_all(block: bytes, needle: bytes) -> Iterator[int]:
    i = block.find(needle)
    while i >= 0:
        yield i
        i = block.find(needle, i + 1)


def _opens_record(fh: IO[bytes], offset: int) -> bool:
    fh.seek(offset)
    head = fh.read(512)
    if head.startswith(_WARC_START):
        return True
    if head.startswith(_GZIP_START):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(_WARC_START)
        except zlib.error:
            return False
    return False


def page_document(page: WarcPage) -> tuple[Document, SourceMeta]:
    """Extract one WARC page (pure: the payload and the record's headers in, document out)."""
    from quoteprov.formats.html import load_html

    return load_html(page.path, page.payload, http_charset=page.http_charset, base=page.meta)


def read_page(warc_file: str, offset: int) -> WarcPage | None:
    """The HTML page of the record at ``offset`` in ``warc_file`` (None when that record is not one). Raises OSError."""
    size = os.path.getsize(warc_file)
    with open(warc_file, "rb") as fh:
        fh.seek(offset)
        archive_iterator, errors = _warcio()
        it = archive_iterator(fh)
        try:
            for record in it:
                return _page(record, warc_file, offset, size, WarcStats())
        except errors as exc:
            raise OSError(f"WARC record at offset {offset} cannot be read ({exc})") from None
    return None
