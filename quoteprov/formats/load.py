"""One source's bytes to its document: the per-file work, pure enough for a worker process."""

from __future__ import annotations

from quoteprov.document import Document, decode
from quoteprov.errors import SourceError
from quoteprov.formats import SourceMeta
from quoteprov.formats.detect import HEAD_SIZE, detect


def load(path: str, data: bytes, fmt: str = "auto") -> tuple[Document, SourceMeta | None]:
    """The document in ``data`` read from ``path`` (as txt or HTML), and its metadata (None for plain text).

    Raises SourceError (DecodeError, BinaryFileError, no article text in a page, a WARC file given as bytes).
    """
    kind = detect(path, data[:HEAD_SIZE], fmt)
    if kind == "warc":
        raise SourceError(path, "is a WARC file; name it .warc or .warc.gz, or pass --format warc")
    if kind == "html":
        from quoteprov.formats.html import load_html  # trafilatura loads only when a page is read

        return load_html(path, data)
    return decode(path, data), None
