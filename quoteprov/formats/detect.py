"""Which format a source is in: by its first bytes, then by its name.

Content wins over the name: a ``.txt`` file that starts with ``<!DOCTYPE html`` is read
as HTML. ``--format`` (``fmt`` here) overrides both.
"""

from __future__ import annotations

import os
import zlib

from quoteprov.formats import Format

HEAD_SIZE = 1024  # bytes read to sniff a file's format
TEXT_EXTENSIONS = (".txt",)
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
WARC_EXTENSIONS = (".warc", ".warc.gz")
# The folder glob when --glob is not given: every extension quoteprov reads.
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.warc", "*.warc.gz")

_GZIP_MAGIC = b"\x1f\x8b"
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<!-- saved from url")


def sniff(head: bytes) -> Format | None:
    """The format the first bytes of a file show, or None when they show none."""
    if head.startswith(_GZIP_MAGIC):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return None
        return "warc" if inner.startswith(b"WARC/1.") else None
    if head.startswith(b"WARC/1."):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if start.startswith(b"<?xml"):
        start = start[start.find(b"?>") + 2:].lstrip() if b"?>" in start else b""
    if start.startswith(_HTML_STARTS):
        return "html"
    return None


def by_name(path: str) -> Format | None:
    name = os.path.basename(path).lower()
    if name.endswith(WARC_EXTENSIONS):
        return "warc"
    if name.endswith(HTML_EXTENSIONS):
        return "html"
    if name.endswith(TEXT_EXTENSIONS):
        return "txt"
    return None


def detect(path: str, head: bytes, fmt: str = "auto") -> Format:
    """The format to read ``path`` in: ``fmt`` unless it is ``auto``, else by content, then name, else txt."""
    if fmt in ("txt", "html", "warc"):
        return fmt  # type: ignore[return-value]
    return sniff(head) or by_name(path) or "txt"


def read_head(path: str) -> bytes:
    """The first bytes of ``path`` (empty when it cannot be read: reading it later reports why)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(HEAD_SIZE)
    except OSError:
        return b""


def is_warc_file(path: str, fmt: str = "auto") -> bool:
    """Whether ``path`` is to be streamed as a WARC file. Only files not named .txt/.html are opened to sniff."""
    if fmt != "auto":
        return fmt == "warc"
    named = by_name(path)
    if named in ("txt", "html"):
        return False
    return detect(path, read_head(path)) == "warc"
