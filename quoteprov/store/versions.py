"""``quotes verify --update``: record a changed file as a new document version with its quotes re-anchored.

The old version, its content and its quotes are never touched. The new version points at
the file's current bytes; its quotes are the stored quotes that were found again (``ok``
or ``moved``) at their new offsets, each keeping its attribution (speaker, rule,
confidence), with the mention and cue carried along by the same shift or re-anchored
(a cue that cannot be found is dropped; an attribution whose mention cannot be found is
dropped). Quotes that ``changed`` are not carried: the new bytes do not hold them. Each
carried attribution's ``why`` ends with ``verify.reanchored: from <old id>``. Quotes the
new bytes hold that no stored quote became (new or reworded ones) are found and attributed
as a scan would, so the version is complete. When the
current bytes are already in the store (another path or version holds them), the new
version simply points at them, as ``quotes scan`` would.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence

from quoteprov import __version__, verify
from quoteprov.document import Document
from quoteprov.pipeline import analyse
from quoteprov.records import Analysis
from quoteprov.store.store import Store, utc_now

RULE_REANCHORED = "verify.reanchored"


def record_version(
    store: Store, path: str, old_text: str, doc: Document, carried: Sequence[tuple[int, str, int, int]], run_id: int
) -> int:
    """Add ``doc`` (the file as it is now) as the newest version of ``path``; return its version number.

    ``carried`` holds (old quote row id, old uid, new start, new end) for every quote found again.
    """
    try:
        mtime_ns = os.stat(path).st_mtime_ns
    except OSError:
        mtime_ns = 0
    with store.atomic():
        if not store.has_content(doc.sha256):
            _add_content(store.conn, old_text, doc, carried)
            _add_new_quotes(store, doc, carried, run_id)
        row = store.conn.execute("SELECT max(version) FROM documents WHERE path = ?", (path,)).fetchone()
        version = int(row[0] or 0) + 1
        now = utc_now()
        store.conn.execute(
            "INSERT INTO documents (path, version, sha256, size, mtime_ns, first_seen, last_seen, run_id, last_run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, version, doc.sha256, doc.size, mtime_ns, now, now, run_id, run_id),
        )
    return version


def _add_new_quotes(store: Store, doc: Document, carried: Sequence[tuple[int, str, int, int]], run_id: int) -> None:
    """The quotes the file holds now that no stored quote became: found and attributed as
    ``quotes scan`` would, so the new version is complete and a later scan misses nothing."""
    analysis = analyse(doc.text)
    kept = {(start, end) for _, _, start, end in carried}
    fresh = [(q, a) for q, a in zip(analysis.quotes, analysis.attributions) if (q.start, q.end) not in kept]
    if fresh:
        subset = Analysis(tuple(q for q, _ in fresh), tuple(a for _, a in fresh), analysis.entities)
        store.add_quotes(doc, subset, run_id)


def _add_content(conn: sqlite3.Connection, old_text: str, doc: Document, carried: Sequence[tuple[int, str, int, int]]) -> None:
    conn.execute(
        "INSERT INTO contents (sha256, size, encoding, bom, text, analysed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (doc.sha256, doc.size, doc.encoding, int(doc.bom), doc.text, f"{__version__} verify --update", utc_now()),
    )
    used: set[str] = set()
    for old_id, old_uid, start, end in carried:
        q = conn.execute(
            "SELECT start, kind, open_mark, close_mark, depth, paragraph FROM quotes WHERE id = ?", (old_id,)
        ).fetchone()
        uid = f"{doc.sha256[:12]}:{start}-{end}"
        base, n = uid, 1
        while uid in used:
            n += 1
            uid = f"{base}~{n}"
        used.add(uid)
        line, col = doc.index.line_col(start)
        cur = conn.execute(
            'INSERT INTO quotes (uid, sha256, start, "end", byte_start, byte_end, line, col, text, kind,'
            " open_mark, close_mark, depth, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, doc.sha256, start, end, doc.index.byte_offset(start), doc.index.byte_offset(end), line, col,
             doc.text[start:end], q[1], q[2], q[3], q[4], q[5]),
        )
        _carry_attribution(conn, old_id, old_uid, int(cur.lastrowid or 0), start - int(q[0]), old_text, doc.text)


def _carry_attribution(conn: sqlite3.Connection, old_id: int, old_uid: str, new_id: int, delta: int, old: str, new: str) -> None:
    a = conn.execute(
        "SELECT speaker_id, name, mention_start, mention_end, mention_text, mention_kind, cue_start, cue_end, cue_text,"
        " rule, confidence, why FROM attributions WHERE quote_id = ?",
        (old_id,),
    ).fetchone()
    if a is None:
        return
    mention = verify.shift_span(old, (a[2], a[3]), delta, new)
    if mention is None:
        return
    cue = verify.shift_span(old, (a[6], a[7]), delta, new) if a[6] is not None else None
    why = [*json.loads(a[11] or "[]"), f"{RULE_REANCHORED}: from {old_uid}"]
    conn.execute(
        "INSERT INTO attributions (quote_id, speaker_id, name, mention_start, mention_end, mention_text, mention_kind,"
        " cue_start, cue_end, cue_text, rule, confidence, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id, a[0], a[1], mention[0], mention[1], new[mention[0]:mention[1]], a[5],
         cue[0] if cue else None, cue[1] if cue else None, new[cue[0]:cue[1]] if cue else None,
         a[9], a[10], json.dumps(why, ensure_ascii=False)),
    )
