"""HTML pages: decode the bytes, extract the article's main text and metadata with trafilatura.

The charset is the one declared (byte-order mark, then the HTTP header when the page came
from a WARC record, then ``<meta charset>`` / ``<meta http-equiv>``), else UTF-8 when the
bytes are valid UTF-8, else detected by charset_normalizer; which one is recorded.

The document text is trafilatura's plain-text output (boilerplate such as navigation,
comments and related-story teasers left out), with one blank line between paragraphs
(the layout of a ``.txt`` article) and a final newline. Entities are resolved
(``&ldquo;`` is “); quotation marks are kept as they are. Offsets count that text; byte
offsets count its UTF-8 encoding, whose sha256 is ``text_sha256``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from importlib.metadata import version

from quoteprov.document import Document, sha256_hex
from quoteprov.errors import SourceError
from quoteprov.formats import SourceMeta

EXTRACTOR = "trafilatura"
# trafilatura and charset_normalizer load on the first HTML page: `quotes` over plain text
# (and every worker process) starts without them.
EXTRACTOR_VERSION: str = version("trafilatura")
_PRESCAN = 4096  # bytes searched for a <meta> charset declaration
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# As browsers do (WHATWG Encoding): these labels mean windows-1252.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252"}


def charset_label(label: str) -> str | None:
    """The Python codec name for a declared charset label, or None when Python does not know it."""
    name = label.strip().strip("\"'").lower()
    if name in _AS_WINDOWS_1252:
        return "windows-1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag near the start declares, when Python knows it."""
    for m in _META_CHARSET.finditer(data[:_PRESCAN]):
        name = charset_label(m.group(1).decode("ascii", "replace"))
        if name:
            return name
    return None


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str, str]:
    """(text, charset, how it was determined) for the bytes of an HTML page."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            return _decode(data[len(mark):], name, "bom")
    declared: list[tuple[str | None, str]] = [(charset_label(http_charset), "http-header")] if http_charset else []
    declared.append((declared_charset(data), "meta"))
    for label, how in declared:
        if label:
            return _decode(data, label, how)
    try:
        return data.decode("utf-8"), "utf-8", "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    detected = charset_label(best.encoding) if best is not None else None
    return _decode(data, detected or "windows-1252", "detected")


def _decode(data: bytes, name: str, how: str) -> tuple[str, str, str]:
    try:
        return codecs.decode(data, name), name, how
    except UnicodeDecodeError:
        return codecs.decode(data, name, "replace"), name, how + "; replaced"


def extract_text(markup: str) -> tuple[str, dict[str, str | None]] | None:
    """Main text (paragraphs separated by a blank line) and metadata, or None when no article text is found."""
    import trafilatura

    found = trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=True, with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None or isinstance(found, dict) or not (found.text or "").strip():
        return None
    lines = [line.rstrip() for line in (found.text or "").split("\n")]
    text = "\n\n".join(line for line in lines if line.strip()) + "\n"
    meta = {"title": found.title, "author": found.author, "date": found.date, "url": found.url, "outlet": found.sitename}
    return text, meta


def load_html(
    path: str, data: bytes, *, http_charset: str | None = None, base: SourceMeta | None = None
) -> tuple[Document, SourceMeta]:
    """The document and metadata of one HTML page. ``base`` carries the WARC fields, when from a WARC record.

    Raises SourceError when no article text can be found.
    """
    markup, charset, how = decode_html(data, http_charset)
    found = extract_text(markup)
    if found is None:
        raise SourceError(path, "no article text found in this HTML page (trafilatura extracted nothing); skipped")
    text, found_meta = found
    sha = sha256_hex(data)
    doc = Document(path=path, text=text, sha256=sha, size=len(data))
    meta = replace(
        base or SourceMeta(format="html"), extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
        raw_sha256=sha, text_sha256=sha256_hex(text.encode("utf-8")), charset=charset, charset_source=how,
        url=found_meta["url"] or (base.warc_target_uri if base else None), title=found_meta["title"],
        author=found_meta["author"], date=found_meta["date"], outlet=found_meta["outlet"],
    )
    return doc, meta
