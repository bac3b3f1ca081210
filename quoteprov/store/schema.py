"""Schema migrations: numbered ``migrations/NNNN_name.sql`` files, applied in order.

Each applied migration is recorded in ``schema_migrations``. A database whose recorded
version is newer than the newest file here was written by a newer quoteprov and is
refused rather than guessed at.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from quoteprov.errors import SchemaError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> tuple[Migration, ...]:
    """Every migration shipped with this version, in order."""
    found = []
    for entry in resources.files("quoteprov.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, 1):
        if mig.version != expected:
            raise RuntimeError(f"migration {mig.version:04d} out of sequence (expected {expected:04d})")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def current_version(conn: sqlite3.Connection, path: str) -> int:
    """The schema version recorded in the database (0 for an empty database)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        if tables:
            raise SchemaError(
                f"{path} is an SQLite database but not a quoteprov store; pass another --db path"
            )
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the database up to the newest schema; return the version it is at."""
    known = migrations()
    version = current_version(conn, path)
    if version > len(known):
        raise SchemaError(
            f"{path} has store schema version {version}, newer than this quoteprov knows "
            f"({len(known)}); upgrade quoteprov or pass another --db path"
        )
    for mig in known[version:]:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        script = (
            "BEGIN IMMEDIATE;\n"
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);\n"
            f"{mig.sql}\n"
            f"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({mig.version}, '{mig.name}', '{now}');\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if not (isinstance(exc, sqlite3.OperationalError) and current_version(conn, path) >= mig.version):
                raise
            # another process (a second `quotes scan`) applied it while this one waited: go on
        version = mig.version
    return version
