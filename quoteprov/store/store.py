"""The provenance store: one SQLite file, opened, migrated, and written one document at a time."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

from quoteprov import __version__
from quoteprov.document import Document
from quoteprov.errors import StoreError
from quoteprov.formats import SourceMeta
from quoteprov.records import Analysis
from quoteprov.sources import SourceFile
from quoteprov.store import schema, speakers
from quoteprov.store.meta import write_meta
from quoteprov.store.queries import Reads
from quoteprov.store.rows import ContentRows, SpeakerRef, content_rows

DEFAULT_DB = "quotes.db"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """The newest version recorded for a path."""

    id: int
    path: str
    version: int
    sha256: str
    size: int
    mtime_ns: int


@dataclass(slots=True)
class RunCounts:
    scanned: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0


class Store(Reads):
    """An open store. Use as a context manager, or call ``close()``.

    Writes go through ``atomic()``: one document is one transaction, so an interrupted
    scan never leaves half a document behind.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, create: bool = True) -> None:
        self.path = str(path)
        if not create and not Path(self.path).exists():
            raise StoreError(f"{self.path} does not exist; scan first with `quotes scan PATH --db {self.path}`")
        _check_is_sqlite(self.path)
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path} ({exc}); check the --db path and its folder") from None
        conn.row_factory = sqlite3.Row
        self._depth = 0
        # Speakers merged in the current transaction: the same name with the same forms merges to the
        # same speaker again with no write, so it is not asked of the database again. Cleared whenever
        # another process may have changed the speakers (a new transaction) or a rollback undid some.
        self._merged: dict[SpeakerRef, int] = {}
        self._named: set[tuple[int, str]] = set()  # (speaker id, name key) recorded in this transaction
        try:
            self.schema_version = _set_up(conn, self.path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.path} cannot be used as a store ({exc}); pass another --db path") from None
        except BaseException:
            conn.close()
            raise
        super().__init__(conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def split_speaker_name(self, name: str) -> list[int]:
        """Give the name form ``name`` a speaker of its own (see ``speakers.split_name``)."""
        with self.atomic():
            created = speakers.split_name(self.conn, name)
        self._variants.clear()
        return created

    def merge_speakers(self, into: int, other: int) -> None:
        """Merge speaker ``other`` into ``into`` (see ``speakers.merge_speakers``)."""
        with self.atomic():
            speakers.merge_speakers(self.conn, into, other)
        self._variants.clear()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction (or, nested, a savepoint): all of the block is written, or none."""
        name = f"quoteprov_{self._depth}"
        began = self._depth == 0 and not self.conn.in_transaction
        if began:
            # Take the write lock up front (waiting for another `quotes scan` to finish its document):
            # a read that later upgrades to a write fails at once with "database is locked", without waiting.
            self.begin_write()
        self._depth += 1
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self._undo(name, began)
            raise
        else:
            self.conn.execute(f"RELEASE {name}")
            if began:
                self.conn.execute("COMMIT")
        finally:
            self._depth -= 1

    def tune_for_bulk_writes(self) -> None:
        """A scan writes many documents in a row: a larger page cache (16 MiB) and fewer, larger
        WAL checkpoints (every 40 MB of changes instead of 4; the last runs when the store closes)."""
        self.conn.execute("PRAGMA cache_size = -16384")
        self.conn.execute("PRAGMA wal_autocheckpoint = 10000")

    def begin_write(self) -> None:
        """Open a write transaction now (BEGIN IMMEDIATE, waiting for and retrying after another writer)."""
        self._merged.clear()
        self._named.clear()
        _begin_immediate(self.conn)

    def _undo(self, name: str, began: bool) -> None:
        """Roll the block back; SQLite may already have rolled back the whole transaction (a full disk)."""
        self._merged.clear()
        self._named.clear()
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            if began:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            if began and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    # runs -----------------------------------------------------------------

    def begin_run(self, argv: Sequence[str]) -> int:
        with self.atomic():
            cur = self.conn.execute(
                "INSERT INTO runs (tool_version, argv, started_at) VALUES (?, ?, ?)",
                (__version__, json.dumps(list(argv), ensure_ascii=False), utc_now()),
            )
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, counts: RunCounts, status: str = "finished") -> None:
        with self.atomic():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, documents_scanned = ?, documents_new = ?,"
                " documents_unchanged = ?, documents_failed = ?, quotes_found = ? WHERE id = ?",
                (utc_now(), status, counts.scanned, counts.new, counts.unchanged, counts.failed, counts.quotes, run_id),
            )

    # documents ------------------------------------------------------------

    def latest_version(self, path: str) -> StoredVersion | None:
        row = self.conn.execute(
            "SELECT id, path, version, sha256, size, mtime_ns FROM documents WHERE path = ?"
            " ORDER BY version DESC LIMIT 1",
            (path,),
        ).fetchone()
        return None if row is None else StoredVersion(*row)

    def latest_versions(self) -> dict[str, StoredVersion]:
        """The newest version of every path, in one query (a rescan checks each file against it)."""
        known: dict[str, StoredVersion] = {}
        for row in self.conn.execute("SELECT id, path, version, sha256, size, mtime_ns FROM documents ORDER BY path, version"):
            known[row[1]] = StoredVersion(*row)
        return known

    def touch_many(self, seen: Sequence[tuple[int, int]], run_id: int) -> None:
        """``touch`` for many unchanged documents at once: ``seen`` holds (document id, mtime_ns)."""
        now = utc_now()
        with self.atomic():
            self.conn.executemany(
                "UPDATE documents SET last_seen = ?, last_run_id = ?, mtime_ns = ? WHERE id = ?",
                [(now, run_id, mtime_ns, document_id) for document_id, mtime_ns in seen],
            )

    def has_content(self, sha256: str) -> bool:
        return self.conn.execute("SELECT 1 FROM contents WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def count_quotes(self, sha256: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM quotes WHERE sha256 = ?", (sha256,)).fetchone()[0])

    def add_document(
        self, source: SourceFile, sha256: str, size: int, run_id: int, content: ContentRows | None,
        meta: SourceMeta | None = None,
    ) -> tuple[int, int]:
        """Record ``source`` as a new document version; return (document id, version).

        ``content`` (the rows of the decoded document and its analysis, see
        ``quoteprov.store.rows``) must be given when the bytes are not yet in the store;
        their text, quotes and attributions are then written too. ``meta`` (a page or WARC
        record: URL, title, extractor, ...) goes to ``document_meta``. All of it is one
        transaction.
        """
        with self.atomic():
            if content is not None:
                self.conn.execute(
                    "INSERT INTO contents (sha256, size, encoding, bom, text, analysed_by, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (content.sha256, content.size, content.encoding, int(content.bom), content.text, __version__, utc_now()),
                )
                self.insert_quotes(content, run_id)
            elif not self.has_content(sha256):
                raise StoreError(f"content {sha256} is not in {self.path}; scan the file again")
            row = self.conn.execute("SELECT max(version) FROM documents WHERE path = ?", (source.path,)).fetchone()
            version = int(row[0] or 0) + 1
            now = utc_now()
            cur = self.conn.execute(
                "INSERT INTO documents (path, version, sha256, size, mtime_ns, first_seen, last_seen, run_id, last_run_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source.path, version, sha256, size, source.mtime_ns, now, now, run_id, run_id),
            )
            if meta is not None:
                write_meta(self.conn, int(cur.lastrowid or 0), meta)
            return int(cur.lastrowid or 0), version

    def add_quotes(self, doc: Document, analysis: Analysis, run_id: int) -> None:
        """Store the quotes and attributions of ``analysis`` for the content ``doc`` (already stored)."""
        self.insert_quotes(content_rows(doc, analysis), run_id)

    def insert_quotes(self, rows: ContentRows, run_id: int) -> None:
        """Insert the quote and attribution rows of ``rows``: quote ids follow the largest
        stored one, and each speaker is merged with the store's (``speakers.merge_speaker``)."""
        (last,) = self.conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()
        self.conn.executemany(
            'INSERT INTO quotes (id, uid, sha256, start, "end", byte_start, byte_end, line, col, text, kind,'
            " open_mark, close_mark, depth, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(last + 1 + n, *quote) for n, quote in enumerate(rows.quotes)],
        )
        speaker_ids = [self._merge_speaker(ref, run_id) for ref in rows.speakers]
        self.conn.executemany(
            "INSERT INTO attributions (quote_id, speaker_id, name, mention_start, mention_end, mention_text,"
            " mention_kind, cue_start, cue_end, cue_text, rule, confidence, why)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(last + 1 + n, speaker_ids[ref], *columns) for n, ref, columns in rows.attributions],
        )

    def _merge_speaker(self, ref: SpeakerRef, run_id: int) -> int:
        speaker_id = self._merged.get(ref)
        if speaker_id is not None:
            return speaker_id
        name, kind, forms = ref
        speaker_id = speakers.merge_speaker(self.conn, name, kind, run_id)
        self._named.add((speaker_id, speakers.name_key(name)))
        new = {}
        for form in forms:
            key = (speaker_id, speakers.name_key(form))
            if key not in self._named:
                self._named.add(key)
                new[key[1]] = form
        speakers.add_names(self.conn, speaker_id, new.values(), kind, speakers.RULE_VARIANT)
        if kind != speakers.UNNAMED:  # an unnamed source is a speaker of its own in every document
            self._merged[ref] = speaker_id
        return speaker_id


def _set_up(conn: sqlite3.Connection, path: str, attempts: int = 20) -> int:
    """Pragmas and migrations; retried while a second `quotes scan` creates the same new store
    (switching a new file to WAL can answer "database is locked" without waiting)."""
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            return schema.migrate(conn, path)
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == attempts - 1:
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _begin_immediate(conn: sqlite3.Connection, attempts: int = 5) -> None:
    """BEGIN IMMEDIATE, retried: the busy timeout waits for another writer, and a few retries outlast a long one."""
    for attempt in range(attempts):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _check_is_sqlite(path: str) -> None:
    """Refuse a file that exists, is not empty, and is not an SQLite database."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder; pass a file path with --db") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path} ({exc.strerror}); check the --db path and its permissions") from None
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not an SQLite database; pass another --db path or move that file away")
