"""Canonical speakers across the store: the one place where name forms are merged.

``merge_speaker`` decides which stored speaker a name of a given kind belongs to, or
creates one. Exact matches (ignoring case) are found by index; other candidates share
the name's last word (``surname_key``) and are asked of
``quoteprov.speaker_merge.same_speaker``. Unnamed speakers ("a senior official") are
never merged across documents: two documents' anonymous sources are not one person.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable

from quoteprov import speaker_merge

RULE_NEW = "speaker.new"
RULE_EXACT = "speaker.exact-name"
RULE_SAME = "speaker.same-speaker"
RULE_VARIANT = "speaker.document-variant"
RULE_SPLIT = "speaker.manual-split"
RULE_MERGE = "speaker.manual-merge"
UNNAMED = "unnamed"


# The same pairs of names come up document after document; the test is pure, so its answers are kept.
_same_speaker = functools.lru_cache(maxsize=1 << 16)(speaker_merge.same_speaker)


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def surname_key(name: str) -> str:
    words = name_key(name).split()
    return words[-1].strip(".,") if words else ""


def find_speaker(conn: sqlite3.Connection, name: str, kind: str) -> tuple[int, str] | None:
    """The stored speaker ``name`` belongs to and the rule that says so, or None."""
    if kind == UNNAMED:
        return None
    row = conn.execute(
        "SELECT speaker_id FROM speaker_names WHERE kind = ? AND name_key = ? ORDER BY speaker_id LIMIT 1",
        (kind, name_key(name)),
    ).fetchone()
    if row is not None:
        return int(row[0]), RULE_EXACT
    if kind != "person":
        return None  # organisations merge by exact name only: "a Russian statement" is not "a Pakistani statement"
    candidates = conn.execute(
        "SELECT speaker_id, name FROM speaker_names WHERE kind = ? AND surname_key = ? AND rule != ?"
        " ORDER BY speaker_id, id",
        (kind, surname_key(name), RULE_SPLIT),
    ).fetchall()
    for speaker_id, other in candidates:
        if _same_speaker(name, other):
            return int(speaker_id), RULE_SAME
    return None


def add_name(conn: sqlite3.Connection, speaker_id: int, name: str, kind: str, rule: str) -> None:
    """Record ``name`` as a form of ``speaker_id`` (nothing if already recorded)."""
    conn.execute(
        "INSERT OR IGNORE INTO speaker_names (speaker_id, name, name_key, surname_key, kind, rule)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (speaker_id, name, name_key(name), surname_key(name), kind, rule),
    )


def add_names(conn: sqlite3.Connection, speaker_id: int, names: Iterable[str], kind: str, rule: str) -> None:
    """Record each of ``names`` as a form of ``speaker_id`` (those already recorded are left as they are)."""
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_names (speaker_id, name, name_key, surname_key, kind, rule)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(speaker_id, name, name_key(name), surname_key(name), kind, rule) for name in names],
    )


def merge_speaker(conn: sqlite3.Connection, name: str, kind: str, run_id: int | None = None) -> int:
    """The id of the canonical speaker for ``name`` of ``kind``, created if new.

    When a merged name is more complete (more words) than the canonical one, it
    becomes the canonical name.
    """
    found = find_speaker(conn, name, kind)
    if found is None:
        cur = conn.execute("INSERT INTO speakers (name, kind, run_id) VALUES (?, ?, ?)", (name, kind, run_id))
        speaker_id = int(cur.lastrowid or 0)
        add_name(conn, speaker_id, name, kind, RULE_NEW)
        return speaker_id
    speaker_id, rule = found
    add_name(conn, speaker_id, name, kind, rule)
    (canonical,) = conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    if len(name.split()) > len(str(canonical).split()):
        conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (name, speaker_id))
    return speaker_id


def split_name(conn: sqlite3.Connection, name: str) -> list[int]:
    """Undo a merge: give the name form ``name`` (and its attributions) a speaker of its own.

    The name keeps the rule ``speaker.manual-split``, so later scans match it exactly
    and never merge other forms into it by similarity. Returns the new speaker ids.
    """
    key = name_key(name)
    rows = conn.execute(
        "SELECT id, speaker_id, name, kind FROM speaker_names WHERE name_key = ?", (key,)
    ).fetchall()
    created = []
    for row_id, speaker_id, form, kind in rows:
        others = conn.execute(
            "SELECT count(*) FROM speaker_names WHERE speaker_id = ? AND id != ?", (speaker_id, row_id)
        ).fetchone()[0]
        if not others:
            continue  # already a speaker of its own
        cur = conn.execute("INSERT INTO speakers (name, kind) VALUES (?, ?)", (form, kind))
        new_id = int(cur.lastrowid or 0)
        conn.execute("UPDATE speaker_names SET speaker_id = ?, rule = ? WHERE id = ?", (new_id, RULE_SPLIT, row_id))
        conn.execute(
            "UPDATE attributions SET speaker_id = ? WHERE speaker_id = ? AND lower(name) = ?",
            (new_id, speaker_id, form.casefold()),
        )
        _recanonicalise(conn, speaker_id)
        created.append(new_id)
    return created


def merge_speakers(conn: sqlite3.Connection, into: int, other: int) -> None:
    """Merge speaker ``other`` into ``into``: every name form and attribution moves."""
    conn.execute("UPDATE speaker_names SET speaker_id = ?, rule = ? WHERE speaker_id = ?", (into, RULE_MERGE, other))
    conn.execute("UPDATE attributions SET speaker_id = ? WHERE speaker_id = ?", (into, other))
    conn.execute("DELETE FROM speakers WHERE id = ?", (other,))
    _recanonicalise(conn, into)


def _recanonicalise(conn: sqlite3.Connection, speaker_id: int) -> None:
    """The canonical name is the most complete (most words) form still attached."""
    names = [r[0] for r in conn.execute("SELECT name FROM speaker_names WHERE speaker_id = ? ORDER BY id", (speaker_id,))]
    if names:
        best = max(names, key=lambda n: (len(n.split()), -names.index(n)))
        conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (best, speaker_id))
