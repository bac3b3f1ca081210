"""Scanning files into the store: skip what is unchanged, analyse what is new.

An unchanged file costs one stat (same path, size and mtime as its newest version, all
loaded in one query) or, when only the mtime moved, one hash; bytes already in the store
under another path or version are not stored again. Reading, hashing, decoding and
analysing (``prepare``) is pure and runs on any engine (this process, a process pool,
Dask workers); this process alone writes, in file order, several documents per transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from quoteprov.document import sha256_hex
from quoteprov.errors import SourceError
from quoteprov.formats import SourceMeta
from quoteprov.formats.detect import is_warc_file
from quoteprov.formats.load import load
from quoteprov.formats.warc import WarcDamage, WarcPage, WarcStats, iter_warc, page_document
from quoteprov.parallel import Engine, InlineEngine, ordered
from quoteprov.pipeline import analyse
from quoteprov.sources import Problem, SourceFile, read_bytes
from quoteprov.store import RunCounts, Store, StoredVersion
from quoteprov.store.meta import warc_documents
from quoteprov.store.rows import ContentRows, content_rows

Status = Literal["new", "version", "unchanged", "failed", "note"]  # note: not a document (a WARC file's summary)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What scanning one path did."""

    path: str
    status: Status
    quotes: int = 0  # quotes in the document, when it was new or a new version
    problem: str | None = None  # one line naming the path, when it failed
    note: str | None = None  # what else was found (a WARC file: pages and records skipped)


@dataclass(frozen=True, slots=True)
class Task:
    """One file for a worker, with the sha256 of its newest stored version (if any)."""

    source: SourceFile
    known_sha: str | None = None
    fmt: str = "auto"  # --format: auto | txt | html (WARC files become one task per page)
    page: WarcPage | None = None  # an HTML page from a WARC record (its payload is the bytes)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What a worker made of one file: its hash and, when the bytes are new, the document and its analysis."""

    source: SourceFile
    sha256: str = ""
    size: int = 0
    content: ContentRows | None = None  # the rows to store; None when failed, or when the bytes are the known ones
    quotes: int = 0  # quotes found in the content
    problem: str | None = None  # one line naming the path, when it failed
    meta: SourceMeta | None = None  # an HTML page or WARC record: where it came from, how it was extracted


def prepare(task: Task) -> Prepared:
    """Read, hash, decode and analyse one file, and make the rows the store will hold (no store, so
    it runs in any process, or on a Dask worker: the writer only inserts what comes back)."""
    source = task.source
    try:
        data = task.page.payload if task.page is not None else read_bytes(source.path)
        sha = sha256_hex(data)
        if sha == task.known_sha:
            return Prepared(source, sha, len(data))
        doc, meta = page_document(task.page) if task.page is not None else load(source.path, data, task.fmt)
    except SourceError as exc:
        return Prepared(source, problem=str(exc))
    try:
        rows = content_rows(doc, analyse(doc.text))
    except Exception as exc:  # a bug in the core must not stop the rest of the corpus
        problem = f"{source.path}: internal error while analysing ({exc!r}); please report it"
        return Prepared(source, sha, len(data), problem=problem)
    return Prepared(source, sha, len(data), rows, len(rows.quotes), meta=meta)


@dataclass(frozen=True, slots=True)
class _Unchanged:
    """A file whose path, size and mtime match its newest version: settled without reading it."""

    source: SourceFile
    document_id: int


@dataclass(frozen=True, slots=True)
class Note:
    """Not a document: what a WARC file held besides its pages."""

    path: str
    message: str


Entry = Task | _Unchanged | Problem | Note


def _plan(
    items: Iterable[SourceFile | Problem], known: dict[str, StoredVersion], fmt: str = "auto", store: Store | None = None
) -> Iterator[Entry]:
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        if is_warc_file(item.path, fmt):
            yield from _plan_warc(item, known, store)
            continue
        prev = known.get(item.path)
        if prev is not None and prev.size == item.size and prev.mtime_ns == item.mtime_ns:
            yield _Unchanged(item, prev.id)
        else:
            yield Task(item, prev.sha256 if prev is not None else None, fmt)


def _plan_warc(item: SourceFile, known: dict[str, StoredVersion], store: Store | None) -> Iterator[Entry]:
    """One task per HTML page of a WARC file, read as a stream; all its pages unchanged when the file is."""
    pages = warc_documents(store.conn, item.path) if store is not None else []
    if pages and all(
        size == item.size and path in known and known[path].mtime_ns == item.mtime_ns for path, size in pages
    ):
        for path, _ in pages:
            yield _Unchanged(SourceFile(path, known[path].size, item.mtime_ns), known[path].id)
        return
    stats = WarcStats()
    try:
        for found in iter_warc(item.path, item.size, stats):
            if isinstance(found, WarcDamage):
                yield Problem(item.path, f"truncated or corrupt WARC record at offset {found.offset}: {found.reason};"
                                         " the other records were kept")
                continue
            prev = known.get(found.path)
            page = SourceFile(found.path, len(found.payload), item.mtime_ns)
            yield Task(page, prev.sha256 if prev is not None else None, "warc", found)
    except OSError as exc:
        yield Problem(item.path, f"cannot be read ({(exc.strerror or str(exc)).lower()}); the pages before were kept")
    yield Note(item.path, stats.summary())


class _Writer:
    """The parent's side: writes prepared files to the store in order, several documents per transaction."""

    def __init__(self, store: Store, run_id: int, known: dict[str, StoredVersion], batch_docs: int, batch_bytes: int) -> None:
        self.store, self.run_id, self.known = store, run_id, known
        self.batch_docs, self.batch_bytes = batch_docs, batch_bytes
        self._outcomes: list[Outcome] = []
        self._touched: list[tuple[int, int]] = []
        self._docs = 0
        self._bytes = 0

    def add(self, item: Prepared | _Unchanged | Problem | Note) -> list[Outcome]:
        """Record one file; return the outcomes of a batch when it has just been committed."""
        if isinstance(item, Problem):
            self._outcomes.append(Outcome(item.path, "failed", problem=str(item)))
        elif isinstance(item, Note):
            self._outcomes.append(Outcome(item.path, "note", note=item.message))
        elif isinstance(item, _Unchanged):
            self._touched.append((item.document_id, item.source.mtime_ns))
            self._outcomes.append(Outcome(item.source.path, "unchanged"))
        else:
            self._outcomes.append(self._write(item))
        full = self._docs >= self.batch_docs or self._bytes >= self.batch_bytes or len(self._outcomes) >= 1000
        return self.flush() if full else []

    def flush(self) -> list[Outcome]:
        """Commit what is pending; return its outcomes."""
        if self._touched:
            self.store.touch_many(self._touched, self.run_id)
        if self.store.conn.in_transaction:
            self.store.conn.execute("COMMIT")
        done, self._outcomes, self._touched, self._docs, self._bytes = self._outcomes, [], [], 0, 0
        return done

    def rollback(self) -> None:
        if self.store.conn.in_transaction:
            self.store.conn.execute("ROLLBACK")

    def _write(self, item: Prepared) -> Outcome:
        source, store = item.source, self.store
        if item.problem is not None:
            return Outcome(source.path, "failed", problem=item.problem)
        prev = self.known.get(source.path)
        if not store.conn.in_transaction:
            store.begin_write()  # BEGIN IMMEDIATE: waits for another scan instead of failing "database is locked"
        if prev is not None and prev.sha256 == item.sha256:  # only the mtime moved
            self._touched.append((prev.id, source.mtime_ns))
            return Outcome(source.path, "unchanged")
        status: Status = "new" if prev is None else "version"
        content, quotes = item.content, item.quotes
        if store.has_content(item.sha256):
            content, quotes = None, store.count_quotes(item.sha256)
        elif content is None:  # the bytes a worker took for known are not stored (the same path twice): do them here
            again = prepare(Task(source))
            if again.content is None:
                return Outcome(source.path, "failed", problem=again.problem)
            content, quotes = again.content, again.quotes
        doc_id, version = store.add_document(source, item.sha256, item.size, self.run_id, content, item.meta)
        self.known[source.path] = StoredVersion(doc_id, source.path, version, item.sha256, item.size, source.mtime_ns)
        self._docs += 1
        self._bytes += item.size
        return Outcome(source.path, status, quotes)


def ingest(
    store: Store,
    items: Iterable[SourceFile | Problem],
    run_id: int,
    counts: RunCounts,
    *,
    engine: Engine | None = None,
    batch_docs: int = 100,
    batch_bytes: int = 5 << 20,
    fmt: str = "auto",
) -> Iterator[Outcome]:
    """Scan every item, yielding each outcome in order (as its batch commits) and adding it to ``counts``.

    ``engine`` runs ``prepare`` (default: in this process); only this process writes to
    the store, in the order of ``items``, so the store is the same whatever the engine.
    A batch of documents is one transaction: an interrupted scan leaves no half-written document.
    """
    store.tune_for_bulk_writes()
    writer = _Writer(store, run_id, store.latest_versions(), batch_docs, batch_bytes)
    entries = _plan(items, writer.known, fmt, store)
    yield from _write_all(writer, ordered(engine or InlineEngine(), prepare, entries, _is_task, _task_size), counts)


def plan(items: Iterable[SourceFile | Problem], fmt: str = "auto") -> Iterator[Task | Problem | Note]:
    """The tasks for ``items`` when no store is at hand (a partition run): every file is new."""
    for entry in _plan(items, {}, fmt):
        assert not isinstance(entry, _Unchanged)  # nothing is known, so nothing is unchanged
        yield entry


def load_prepared(
    store: Store, results: Iterable[Prepared], run_id: int, counts: RunCounts, *,
    batch_docs: int = 100, batch_bytes: int = 5 << 20,
) -> Iterator[Outcome]:
    """Write results prepared elsewhere (``quotes import`` of partition files) as a scan would."""
    store.tune_for_bulk_writes()
    writer = _Writer(store, run_id, store.latest_versions(), batch_docs, batch_bytes)
    yield from _write_all(writer, results, counts)


def _write_all(writer: _Writer, stream: Iterable[object], counts: RunCounts) -> Iterator[Outcome]:
    """Every item of ``stream`` through ``writer``, each outcome yielded as its batch commits."""
    try:
        for item in stream:
            for outcome in writer.add(item):  # type: ignore[arg-type]
                _count(counts, outcome)
                yield outcome
        for outcome in writer.flush():
            _count(counts, outcome)
            yield outcome
    except BaseException:
        writer.rollback()
        raise


def _is_task(entry: object) -> bool:
    return isinstance(entry, Task)


def _task_size(task: Task) -> int:
    return task.source.size


def _count(counts: RunCounts, outcome: Outcome) -> None:
    if outcome.status == "note":
        return
    counts.scanned += 1
    if outcome.status == "failed":
        counts.failed += 1
    elif outcome.status == "unchanged":
        counts.unchanged += 1
    else:
        counts.new += 1
        counts.quotes += outcome.quotes
