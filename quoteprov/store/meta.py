"""The ``document_meta`` table (migration 0002): where a document from HTML or WARC came from."""

from __future__ import annotations

import sqlite3

from quoteprov.formats import META_COLUMNS, SourceMeta, meta_from_row

_INSERT = (
    f"INSERT OR REPLACE INTO document_meta (document_id, {', '.join(META_COLUMNS)})"
    f" VALUES (?, {', '.join('?' for _ in META_COLUMNS)})"
)


def write_meta(conn: sqlite3.Connection, document_id: int, meta: SourceMeta) -> None:
    conn.execute(_INSERT, (document_id, *(getattr(meta, name) for name in META_COLUMNS)))


def read_meta(conn: sqlite3.Connection, document_id: int) -> SourceMeta | None:
    """The metadata of one document, or None for plain text (or a store older than schema 2)."""
    cur = conn.execute(f"SELECT {', '.join(META_COLUMNS)} FROM document_meta WHERE document_id = ?", (document_id,))
    row = cur.fetchone()
    if row is None:
        return None
    return meta_from_row(dict(zip(META_COLUMNS, tuple(row))))


def warc_documents(conn: sqlite3.Connection, warc_file: str) -> list[tuple[str, int]]:
    """(document path, WARC size when scanned) of the newest version of every page read from ``warc_file``."""
    rows = conn.execute(
        "SELECT d.path, m.warc_size FROM documents d JOIN document_meta m ON m.document_id = d.id"
        " WHERE m.warc_file = ? AND d.version = (SELECT max(d2.version) FROM documents d2 WHERE d2.path = d.path)"
        " ORDER BY m.warc_offset",
        (warc_file,),
    )
    return [(str(r[0]), int(r[1] or -1)) for r in rows]
