"""``quotes import``: partition files written by ``quotes scan --partitions`` into the store."""

from __future__ import annotations

import itertools
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from quoteprov.cli.common import DEFAULT_DB_PATH, DbOption, open_store
from quoteprov.ingest import load_prepared
from quoteprov.partitions import PartitionError, read_partitions
from quoteprov.store import RunCounts


def load(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="DIR",
            help="The folder `quotes scan --engine dask --partitions DIR` wrote (its part-NNNNN.jsonl files).",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB_PATH,
) -> None:
    """Load partition files into the store, in partition order, as a scan would write them."""
    started = time.monotonic()
    counts = RunCounts()
    statuses: Counter[str] = Counter()
    results = read_partitions(folder)
    first = next(results, None)  # the folder is checked before the store is touched
    if first is None:
        raise PartitionError(f"the partition files in {folder} hold no documents; nothing to import")
    with open_store(db, create=True) as store:
        run_id = store.begin_run(["quotes", "import", str(folder), "--db", str(db)])
        status = "failed"
        try:
            for outcome in load_prepared(store, itertools.chain([first], results), run_id, counts):
                statuses[outcome.status] += 1
                if outcome.problem:
                    typer.echo(f"error: {outcome.problem}", err=True)
            status = "finished"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            store.finish_run(run_id, counts, status)
    typer.echo(
        f"imported {counts.scanned} document{'s' if counts.scanned != 1 else ''}: {statuses['new']} new, "
        f"{statuses['version']} new version{'s' if statuses['version'] != 1 else ''}, {counts.unchanged} unchanged; "
        f"{counts.quotes} quote{'s' if counts.quotes != 1 else ''} in new documents; "
        f"{time.monotonic() - started:.2f} s; store {db}"
    )


HELP = (
    "Load the partition files of a distributed scan (`quotes scan --engine dask --partitions DIR`) into the "
    "store. Documents already stored are recognised as in a rescan. A damaged partition line stops the import "
    "with its file and line; the batches written before it stay, and importing again skips them."
)


def register(app: typer.Typer) -> None:
    app.command("import", help=HELP)(load)
