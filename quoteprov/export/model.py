"""What exporters read: one document with its quotes, attributions and speakers.

The store yields these one document at a time (``Store.iter_export_documents``), so
every exporter streams and none needs the whole store in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ExportSpeaker:
    id: str  # stable within the store, e.g. "sp12"
    name: str  # canonical name
    kind: str  # person | organisation | unnamed
    variants: tuple[str, ...]  # every name form seen for this speaker, across the store


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ExportQuote:
    id: str  # stable quote id, as `quotes show` takes it
    start: int  # code points, half-open, marks excluded
    end: int
    byte_start: int  # into the source file's bytes (a BOM counts)
    byte_end: int
    line: int  # 1-based
    column: int  # 1-based, code points
    text: str
    kind: str  # direct | partial | term
    open_mark: str
    close_mark: str  # "" when the quote runs to the end of its paragraph
    depth: int
    speaker: ExportSpeaker | None
    mention: Span | None  # the words the attribution rests on ("he")
    mention_kind: str | None
    cue: Span | None
    rule: str | None
    confidence: float | None
    why: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportRun:
    id: int
    tool_version: str
    arguments: str
    started_at: str
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class ExportDocument:
    id: int  # document (path + version) id in the store
    path: str  # as scanned
    version: int  # 1 for the first content seen at this path, 2 after it changed, ...
    sha256: str  # of the source bytes
    size: int
    encoding: str
    bom: bool
    first_seen: str  # ISO 8601 UTC
    text: str  # exact decoded text the offsets point into
    quotes: tuple[ExportQuote, ...]
    run: ExportRun | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)  # url, title, date, outlet, ... when known
