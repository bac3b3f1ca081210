"""``quotes verify`` at the edge: read each stored document's file again and check its quotes.

The verdicts come from the pure ``quoteprov.verify``; this module reads the store and the
files, and (``--update``) records re-anchored quotes as a new document version through
``quoteprov.store.versions``. Only the newest version of each path is verified: older
versions describe bytes the file no longer holds by definition.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from quoteprov import verify
from quoteprov.document import Document, decode, sha256_hex
from quoteprov.errors import NotFoundError, SourceError
from quoteprov.formats import SourceMeta
from quoteprov.formats.reread import reread
from quoteprov.store import Store
from quoteprov.store.meta import read_meta

DocStatus = Literal["ok", "changed", "missing", "unreadable"]

_LATEST = "d.version = (SELECT max(d2.version) FROM documents d2 WHERE d2.path = d.path)"
QUOTE_COLUMNS = (
    'id, uid, start, "end", byte_start, byte_end, line, col, text, kind, open_mark, close_mark, depth, paragraph'
)


@dataclass(frozen=True, slots=True)
class StoredQuote:
    rowid: int
    uid: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    line: int
    column: int
    text: str
    kind: str
    open_mark: str
    close_mark: str
    depth: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Where:
    """A place in the file as it is now."""

    start: int
    end: int
    byte_start: int
    byte_end: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class QuoteResult:
    quote: StoredQuote
    status: verify.Status
    now: Where | None  # where the quote (or, when changed, the place) stands now; None when missing
    found: str  # the text there now


@dataclass(slots=True)
class DocumentResult:
    id: int
    path: str
    version: int
    sha256: str
    status: DocStatus
    current_sha256: str | None = None
    problem: str | None = None  # why a file is missing or unreadable
    quotes: list[QuoteResult] = field(default_factory=list)
    updated_version: int | None = None  # set by --update
    old_text: str = field(default="", repr=False)
    new_doc: Document | None = field(default=None, repr=False)
    note: str | None = None  # an HTML page or WARC record: the extractor's version differs from the one at scan time

    @property
    def ok(self) -> bool:
        return self.status == "ok" and all(q.status == "ok" for q in self.quotes)


def select_documents(store: Store, paths: Sequence[str]) -> list[tuple[int, str, int, str]]:
    """(id, path, version, sha256) of the newest version of every stored path under ``paths`` (all when empty)."""
    rows = store.conn.execute(
        f"SELECT d.id, d.path, d.version, d.sha256 FROM documents d WHERE {_LATEST} ORDER BY d.path"
    ).fetchall()
    docs = [(int(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]
    if not paths:
        return docs
    chosen: list[tuple[int, str, int, str]] = []
    unmatched = set(paths)
    for doc in docs:
        hits = [p for p in paths if under(doc[1], p)]
        if hits:
            chosen.append(doc)
            unmatched.difference_update(hits)
    if unmatched:
        some = ", ".join(sorted(unmatched))
        raise NotFoundError(f"no stored documents under {some}; `quotes list` shows what the store holds")
    return chosen


def under(stored: str, given: str) -> bool:
    """Whether the stored path ``stored`` is ``given`` or below it (compared as written, and as absolute paths).

    A page of a WARC file (``crawl.warc.gz#offset=N``) is under the WARC file.
    """
    if "#offset=" in stored and "#offset=" not in given:
        stored = stored.rsplit("#offset=", 1)[0]
    for a, b in ((os.path.normpath(stored), os.path.normpath(given)), (os.path.abspath(stored), os.path.abspath(given))):
        if a == b or a.startswith(b.rstrip(os.sep) + os.sep):
            return True
    return False


def verify_documents(store: Store, paths: Sequence[str] = ()) -> Iterator[DocumentResult]:
    """Check every selected document against its file, one document at a time."""
    for doc_id, path, version, sha in select_documents(store, paths):
        yield verify_document(store, doc_id, path, version, sha)


def verify_document(store: Store, doc_id: int, path: str, version: int, sha: str) -> DocumentResult:
    row = store.conn.execute("SELECT text FROM contents WHERE sha256 = ?", (sha,)).fetchone()
    old_text = str(row[0]) if row else ""
    quotes = load_quotes(store.conn, sha)
    result = DocumentResult(doc_id, path, version, sha, "ok", old_text=old_text)
    meta = read_meta(store.conn, doc_id)
    if meta is not None and meta.format != "txt":
        return _verify_page(result, quotes, meta)
    try:
        data = _read(path)
    except FileNotFoundError as exc:
        return _gone(result, quotes, "missing", f"{path}: {_why(exc)}")
    except OSError as exc:
        return _gone(result, quotes, "unreadable", f"{path}: {_why(exc)}")
    result.current_sha256 = sha256_hex(data)
    try:
        doc = decode(path, data)
    except SourceError as exc:
        return _gone(result, quotes, "unreadable", str(exc))
    result.new_doc = doc
    if result.current_sha256 != sha:
        result.status = "changed"
    result.quotes = [_check(q, old_text, doc, data) for q in quotes]
    return result


def _verify_page(result: DocumentResult, quotes: list[StoredQuote], meta: SourceMeta) -> DocumentResult:
    """An HTML page or WARC record: the same bytes (sha256 of the HTML), extracted again; byte offsets count the text."""
    try:
        again = reread(result.path, meta)
    except FileNotFoundError as exc:
        return _gone(result, quotes, "missing", f"{meta.warc_file or result.path}: {_why(exc)}")
    except OSError as exc:
        return _gone(result, quotes, "unreadable", f"{meta.warc_file or result.path}: {_why(exc)}")
    except SourceError as exc:
        return _gone(result, quotes, "unreadable", str(exc))
    result.current_sha256 = sha256_hex(again.raw)
    result.new_doc = again.document
    result.note = again.note
    if result.current_sha256 != result.sha256:
        result.status = "changed"
    result.quotes = [_check(q, result.old_text, again.document, again.offset_bytes) for q in quotes]
    return result


def _read(path: str) -> bytes:
    if os.path.isdir(path):
        raise IsADirectoryError(errno.EISDIR, "is now a folder", path)
    with open(path, "rb") as fh:
        return fh.read()


def _why(exc: OSError) -> str:
    return (exc.strerror or "cannot be read").lower()


def _gone(result: DocumentResult, quotes: Iterable[StoredQuote], status: DocStatus, problem: str) -> DocumentResult:
    result.status = status
    result.problem = problem
    result.quotes = [QuoteResult(q, "missing", None, "") for q in quotes]
    return result


def _check(q: StoredQuote, old_text: str, doc: Document, data: bytes) -> QuoteResult:
    verdict = verify.check(old_text, q.start, q.end, doc.text)
    now = where(doc, verdict.start, verdict.end)
    status = verdict.status
    if status == "ok" and (now.byte_start, now.byte_end) != (q.byte_start, q.byte_end):
        status = "moved"  # same code points, but the bytes before it changed width
    if status != "changed" and _bytes_text(doc, data, now) != q.text:
        status = "changed"  # cannot happen for a correct decoder; never call it proven
    return QuoteResult(q, status, now, verdict.found)


def _bytes_text(doc: Document, data: bytes, now: Where) -> str:
    try:
        return data[now.byte_start:now.byte_end].decode(doc.encoding)
    except UnicodeDecodeError:
        return ""


def where(doc: Document, start: int, end: int) -> Where:
    line, column = doc.index.line_col(start)
    return Where(start, end, doc.index.byte_offset(start), doc.index.byte_offset(end), line, column)


def load_quotes(conn: sqlite3.Connection, sha: str) -> list[StoredQuote]:
    rows = conn.execute(f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE sha256 = ? ORDER BY start, \"end\", depth", (sha,))
    return [StoredQuote(*row) for row in rows]


def summarise(results: Iterable[DocumentResult]) -> dict[str, int]:
    """Quotes by status, and documents by status (keys ``documents_<status>``)."""
    counts: dict[str, int] = {status: 0 for status in verify.STATUSES}
    for doc in results:
        key = f"documents_{doc.status}"
        counts[key] = counts.get(key, 0) + 1
        for q in doc.quotes:
            counts[q.status] += 1
    return counts
