"""Options and helpers shared by the command modules."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from quoteprov.ingest import Outcome
from quoteprov.store import DEFAULT_DB, RunCounts, Store

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


def record_run(
    store: Store, argv: list[str], outcomes: Callable[[int], Iterator[Outcome]], counts: RunCounts,
    step: Callable[[Outcome], None] = lambda outcome: None,
) -> Counter[str]:
    """Run ``outcomes(run_id)`` as one recorded run (finished, failed or interrupted), printing each
    problem and note on stderr; return how many outcomes had each status."""
    run_id = store.begin_run(argv)
    statuses: Counter[str] = Counter()
    status = "failed"
    try:
        for outcome in outcomes(run_id):
            statuses[outcome.status] += 1
            if outcome.problem:
                typer.echo(f"error: {outcome.problem}", err=True)
            if outcome.note:
                typer.echo(f"note: {outcome.path}: {outcome.note}", err=True)
            step(outcome)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        store.finish_run(run_id, counts, status)
    return statuses


def run_summary(verb: str, counts: RunCounts, statuses: Counter[str], seconds: float, db: Path) -> str:
    """The last line of a scan or an import."""
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'s' if count != 1 else ''}"

    return (
        f"{verb} {n(counts.scanned, 'document')}: {statuses['new']} new, {n(statuses['version'], 'new version')}, "
        f"{counts.unchanged} unchanged, {counts.failed} failed; {n(counts.quotes, 'quote')} in new documents; "
        f"{seconds:.2f} s; store {db}"
    )
