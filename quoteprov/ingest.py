"""Scanning files into the store: skip what is unchanged, analyse what is new.

An unchanged file costs one stat (same path, size and mtime as its newest version) or,
when only the mtime moved, one hash; bytes already in the store under another path or
version are not analysed again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from quoteprov.document import decode, sha256_hex
from quoteprov.errors import SourceError
from quoteprov.pipeline import analyse
from quoteprov.sources import Problem, SourceFile, read_bytes
from quoteprov.store import RunCounts, Store

Status = Literal["new", "version", "unchanged", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What scanning one path did."""

    path: str
    status: Status
    quotes: int = 0  # quotes in the document, when it was new or a new version
    problem: str | None = None  # one line naming the path, when it failed


def ingest_file(store: Store, source: SourceFile, run_id: int) -> Outcome:
    """Scan one file into the store; a SourceError is returned as a failed Outcome."""
    prev = store.latest_version(source.path)
    if prev is not None and prev.size == source.size and prev.mtime_ns == source.mtime_ns:
        store.touch(prev.id, source, run_id)
        return Outcome(source.path, "unchanged")
    try:
        data = read_bytes(source.path)
        sha = sha256_hex(data)
        if prev is not None and prev.sha256 == sha:
            store.touch(prev.id, source, run_id)
            return Outcome(source.path, "unchanged")
        status: Status = "new" if prev is None else "version"
        if store.has_content(sha):
            store.add_document(source, sha, len(data), run_id, None)
            return Outcome(source.path, status, store.count_quotes(sha))
        doc = decode(source.path, data)
    except SourceError as exc:
        return Outcome(source.path, "failed", problem=str(exc))
    try:
        analysis = analyse(doc.text)
    except Exception as exc:  # a bug in the core must not stop the rest of the corpus
        problem = f"{source.path}: internal error while analysing ({exc!r}); please report it"
        return Outcome(source.path, "failed", problem=problem)
    store.add_document(source, sha, len(data), run_id, (doc, analysis))
    return Outcome(source.path, status, len(analysis.quotes))


def ingest(store: Store, items: Iterable[SourceFile | Problem], run_id: int, counts: RunCounts) -> Iterator[Outcome]:
    """Scan every item in turn, yielding each outcome and adding it to ``counts``."""
    for item in items:
        if isinstance(item, Problem):
            outcome = Outcome(item.path, "failed", problem=str(item))
        else:
            outcome = ingest_file(store, item, run_id)
        counts.scanned += 1
        if outcome.status == "failed":
            counts.failed += 1
        elif outcome.status == "unchanged":
            counts.unchanged += 1
        else:
            counts.new += 1
            counts.quotes += outcome.quotes
        yield outcome
