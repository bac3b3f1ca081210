"""Options and helpers shared by the command modules."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from quoteprov.store import DEFAULT_DB, Store

DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="The store: an SQLite file (created by scan when missing). Also set by $QUOTES_DB.",
        envvar="QUOTES_DB",
        dir_okay=False,
        show_default=True,
    ),
]
DEFAULT_DB_PATH = Path(DEFAULT_DB)


class KindChoice(str, Enum):
    direct = "direct"
    partial = "partial"
    term = "term"


AllVersionsOption = Annotated[
    bool,
    typer.Option("--all-versions", help="Include the older versions of files that changed since (default: newest only)."),
]
SourceOption = Annotated[
    str | None,
    typer.Option("--source", help="Only documents whose path contains this text.", show_default=False),
]


def open_store(db: Path, *, create: bool = False) -> Store:
    """Open the store; a read command refuses a missing file instead of creating one."""
    return Store(os.fspath(db), create=create)


def one_line(text: str, width: int) -> str:
    """``text`` on one line (whitespace squeezed), cut to ``width`` with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
