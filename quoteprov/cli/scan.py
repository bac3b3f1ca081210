"""``quotes scan``: files and folders into the store."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from quoteprov.cli.common import DEFAULT_DB_PATH, DbOption, open_store
from quoteprov.errors import QuoteprovError
from quoteprov.ingest import Outcome, ingest
from quoteprov.sources import DEFAULT_GLOB, expand
from quoteprov.store import RunCounts


class ScanFailed(QuoteprovError):
    """Some files could not be scanned; the others were."""


def scan(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Files and folders to scan. Folders are walked recursively for files matching --glob; "
            "a file named here is always scanned.",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB_PATH,
    glob: Annotated[
        str,
        typer.Option(
            "--glob",
            help="Which files to take from folders: a pattern on the file name (*.txt), or on the path "
            "below the folder when it has a / (2021/*.txt).",
        ),
    ] = DEFAULT_GLOB,
) -> None:
    """Scan articles for quotes and record them, with their speakers, in the store."""
    started = time.monotonic()
    items = list(expand([str(p) for p in paths], glob))
    counts = RunCounts()
    statuses: Counter[str] = Counter()
    with open_store(db, create=True) as store:
        run_id = store.begin_run(["quotes", "scan", *map(str, paths), "--glob", glob, "--db", str(db)])
        status = "failed"
        try:
            with _progress(len(items)) as step:
                for outcome in ingest(store, items, run_id, counts):
                    statuses[outcome.status] += 1
                    if outcome.problem:
                        typer.echo(f"error: {outcome.problem}", err=True)
                    step(outcome)
            status = "finished"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            store.finish_run(run_id, counts, status)
    seconds = time.monotonic() - started
    typer.echo(
        f"scanned {counts.scanned} document{'s' if counts.scanned != 1 else ''}: {statuses['new']} new, "
        f"{statuses['version']} new version{'s' if statuses['version'] != 1 else ''}, {counts.unchanged} unchanged, "
        f"{counts.failed} failed; {counts.quotes} quote{'s' if counts.quotes != 1 else ''} in new documents; "
        f"{seconds:.2f} s; store {db}"
    )
    if not items:
        raise ScanFailed(f"no files matching {glob} under {', '.join(map(str, paths))}; check the paths or --glob")
    if counts.failed:
        raise ScanFailed(
            f"{counts.failed} of {counts.scanned} documents could not be scanned (see the lines above); "
            "fix or exclude them and scan again"
        )


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Outcome], None]]:
    """A progress bar on stderr when it is a terminal; otherwise nothing."""
    if not sys.stderr.isatty() or total < 2:
        yield lambda outcome: None
        return
    with typer.progressbar(length=total, label="scanning", file=sys.stderr) as bar:
        yield lambda outcome: bar.update(1)


HELP = (
    "Scan articles for quotes and record them, with their speakers, in the store.\n\n"
    "Unchanged files are skipped; a file whose bytes changed becomes a new version and the old one is kept. "
    "A file that cannot be read or decoded is reported (naming the byte position) and the others are still "
    "scanned; the command then exits with status 1."
)


def register(app: typer.Typer) -> None:
    app.command("scan", help=HELP)(scan)

