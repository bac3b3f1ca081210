"""Reading the store: what the CLI and the exporters ask of it. Everything streams."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from quoteprov.errors import NotFoundError
from quoteprov.export.model import ExportDocument, ExportQuote, ExportRun, ExportSpeaker, Span
from quoteprov.store.meta import read_meta

_QUOTE_COLUMNS = """
    q.id AS rowid, q.uid, q.sha256, q.start, q."end", q.byte_start, q.byte_end, q.line, q.col, q.text,
    q.kind, q.open_mark, q.close_mark, q.depth,
    a.speaker_id, s.name AS speaker_name, s.kind AS speaker_kind,
    a.mention_start, a.mention_end, a.mention_text, a.mention_kind,
    a.cue_start, a.cue_end, a.cue_text, a.rule, a.confidence, a.why
"""
_QUOTE_FROM = """
    FROM quotes q
    LEFT JOIN attributions a ON a.quote_id = q.id
    LEFT JOIN speakers s ON s.id = a.speaker_id
"""
_LATEST = "d.version = (SELECT max(d2.version) FROM documents d2 WHERE d2.path = d.path)"


@dataclass(frozen=True, slots=True)
class ListedQuote:
    """One line of ``quotes list``."""

    rowid: int
    id: str
    path: str
    line: int
    column: int
    kind: str
    speaker: str | None
    text: str


@dataclass(frozen=True, slots=True)
class DocumentRef:
    id: int
    path: str
    version: int
    first_seen: str
    latest: bool


@dataclass(frozen=True, slots=True)
class QuoteDetail:
    """One quote with everything ``quotes show`` prints."""

    rowid: int
    quote: ExportQuote
    sha256: str
    text: str  # the whole decoded text of the content the quote is in
    documents: tuple[DocumentRef, ...]  # every path (and version) with these bytes


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    id: str
    name: str
    kind: str
    quotes: int
    variants: tuple[str, ...]


def speaker_ref(speaker_id: int) -> str:
    return f"sp{speaker_id}"


class Reads:
    """The read side of ``Store``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._variants: dict[int, tuple[str, ...]] = {}
        self._runs: dict[int, ExportRun] = {}

    # exporters --------------------------------------------------------------

    def iter_export_documents(self, *, all_versions: bool = False, source: str | None = None) -> Iterator[ExportDocument]:
        """Every document (the newest version of each path, unless ``all_versions``), one at a time.

        Ordered by path then version. ``source`` keeps paths that contain it.
        """
        where, params = _document_filter(all_versions, source)
        cursor = self.conn.execute(
            "SELECT d.id, d.path, d.version, d.sha256, d.size, d.first_seen, d.run_id, c.encoding, c.bom"
            f" FROM documents d JOIN contents c ON c.sha256 = d.sha256 {where} ORDER BY d.path, d.version",
            params,
        )
        for row in cursor:
            (text,) = self.conn.execute("SELECT text FROM contents WHERE sha256 = ?", (row["sha256"],)).fetchone()
            quotes = tuple(
                self._export_quote(q)
                for q in self.conn.execute(
                    f"SELECT {_QUOTE_COLUMNS} {_QUOTE_FROM} WHERE q.sha256 = ? ORDER BY q.start, q.\"end\", q.depth",
                    (row["sha256"],),
                )
            )
            yield ExportDocument(
                id=row["id"], path=row["path"], version=row["version"], sha256=row["sha256"], size=row["size"],
                encoding=row["encoding"], bom=bool(row["bom"]), first_seen=row["first_seen"], text=text,
                quotes=quotes, run=self._run(row["run_id"]), metadata=self._metadata(row["id"]),
            )

    # list / show --------------------------------------------------------------

    def iter_quotes(
        self,
        *,
        speaker: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        all_versions: bool = False,
    ) -> Iterator[ListedQuote]:
        """Quotes in path, then text order. ``speaker`` matches a speaker id (``sp3``),
        or part of any name form of the speaker (ignoring case); ``source`` part of the path."""
        where, params = _document_filter(all_versions, source)
        clauses = [where] if where else ["WHERE 1"]
        if kind:
            clauses.append("AND q.kind = ?")
            params.append(kind)
        if speaker:
            ref = speaker.strip()
            if ref.lower().startswith("sp") and ref[2:].isdigit():
                clauses.append("AND a.speaker_id = ?")
                params.append(int(ref[2:]))
            else:
                clauses.append(
                    "AND a.speaker_id IN (SELECT speaker_id FROM speaker_names WHERE instr(name_key, ?) > 0"
                    " UNION SELECT id FROM speakers WHERE instr(lower(name), ?) > 0)"
                )
                params += [ref.casefold(), ref.casefold()]
        sql = (
            "SELECT q.id, q.uid, d.path, q.line, q.col, q.kind, s.name, q.text"
            " FROM documents d JOIN quotes q ON q.sha256 = d.sha256"
            " LEFT JOIN attributions a ON a.quote_id = q.id LEFT JOIN speakers s ON s.id = a.speaker_id "
            + " ".join(clauses)
            + ' ORDER BY d.path, d.version, q.start, q."end", q.depth'
        )
        for row in self.conn.execute(sql, params):
            yield ListedQuote(*row)

    def get_quote(self, ref: str) -> QuoteDetail:
        """One quote by stable id, a unique prefix of one, or integer id. Raises NotFoundError."""
        ref = ref.strip()
        rows: list[sqlite3.Row] = []
        if ref.isdigit():
            rows = self.conn.execute(f"SELECT {_QUOTE_COLUMNS} {_QUOTE_FROM} WHERE q.id = ?", (int(ref),)).fetchall()
        if not rows:
            rows = self.conn.execute(f"SELECT {_QUOTE_COLUMNS} {_QUOTE_FROM} WHERE q.uid = ?", (ref,)).fetchall()
            if not rows and ref:
                escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                rows = self.conn.execute(
                    f"SELECT {_QUOTE_COLUMNS} {_QUOTE_FROM} WHERE q.uid LIKE ? ESCAPE '\\' ORDER BY q.uid LIMIT 6",
                    (escaped + "%",),
                ).fetchall()
        if not rows:
            raise NotFoundError(f"no quote with id {ref!r}; `quotes list --ids` shows the ids")
        if len(rows) > 1:
            some = ", ".join(r["uid"] for r in rows[:5])
            raise NotFoundError(f"quote id {ref!r} is ambiguous ({some}, ...); give more of the id")
        row = rows[0]
        (text,) = self.conn.execute("SELECT text FROM contents WHERE sha256 = ?", (row["sha256"],)).fetchone()
        docs = tuple(
            DocumentRef(r[0], r[1], r[2], r[3], bool(r[4]))
            for r in self.conn.execute(
                f"SELECT d.id, d.path, d.version, d.first_seen, {_LATEST} FROM documents d WHERE d.sha256 = ?"
                " ORDER BY d.path, d.version",
                (row["sha256"],),
            )
        )
        return QuoteDetail(row["rowid"], self._export_quote(row), row["sha256"], text, docs)

    # speakers -----------------------------------------------------------------

    def iter_speakers(self) -> Iterator[SpeakerSummary]:
        """Every canonical speaker, most quoted first, with every name form seen."""
        cursor = self.conn.execute(
            "SELECT s.id, s.name, s.kind, count(a.quote_id) AS n FROM speakers s"
            " LEFT JOIN attributions a ON a.speaker_id = s.id GROUP BY s.id ORDER BY n DESC, s.name, s.id"
        )
        for row in cursor:
            yield SpeakerSummary(speaker_ref(row[0]), row[1], row[2], row[3], self._names(row[0]))

    def counts(self) -> dict[str, int]:
        """How many documents, contents, quotes, attributions and speakers the store holds."""
        out = {}
        for table in ("documents", "contents", "quotes", "attributions", "speakers", "speaker_names", "runs"):
            out[table] = int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return out

    # helpers ------------------------------------------------------------------

    def _names(self, speaker_id: int) -> tuple[str, ...]:
        names = self._variants.get(speaker_id)
        if names is None:
            if len(self._variants) > 10_000:
                self._variants.clear()
            names = tuple(
                r[0] for r in self.conn.execute("SELECT name FROM speaker_names WHERE speaker_id = ? ORDER BY id", (speaker_id,))
            )
            self._variants[speaker_id] = names
        return names

    def _metadata(self, document_id: int) -> dict[str, str]:
        """What ``document_meta`` knows of a page or WARC record (url, title, date, outlet, ...); empty for text."""
        meta = read_meta(self.conn, document_id)
        return meta.as_metadata() if meta is not None else {}

    def _run(self, run_id: int) -> ExportRun | None:
        run = self._runs.get(run_id)
        if run is None:
            row = self.conn.execute(
                "SELECT id, tool_version, argv, started_at, finished_at FROM runs WHERE id = ?", (run_id,)
            ).fetchone()
            if row is None:
                return None
            run = ExportRun(*row)
            self._runs[run_id] = run
        return run

    def _export_quote(self, q: sqlite3.Row) -> ExportQuote:
        attributed = q["speaker_id"] is not None
        speaker = None
        if attributed:
            sid = q["speaker_id"]
            speaker = ExportSpeaker(speaker_ref(sid), q["speaker_name"], q["speaker_kind"], self._names(sid))
        return ExportQuote(
            id=q["uid"], start=q["start"], end=q["end"], byte_start=q["byte_start"], byte_end=q["byte_end"],
            line=q["line"], column=q["col"], text=q["text"], kind=q["kind"], open_mark=q["open_mark"],
            close_mark=q["close_mark"], depth=q["depth"], speaker=speaker,
            mention=Span(q["mention_start"], q["mention_end"], q["mention_text"]) if attributed else None,
            mention_kind=q["mention_kind"],
            cue=Span(q["cue_start"], q["cue_end"], q["cue_text"]) if q["cue_start"] is not None else None,
            rule=q["rule"], confidence=q["confidence"],
            why=tuple(json.loads(q["why"])) if q["why"] else (),
        )


def _document_filter(all_versions: bool, source: str | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if not all_versions:
        clauses.append(_LATEST)
    if source:
        clauses.append("instr(d.path, ?) > 0")
        params.append(source)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
