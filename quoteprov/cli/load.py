"""``quotes import``: partition files written by ``quotes scan --partitions`` into the store."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Annotated

import typer

from quoteprov.cli.common import DEFAULT_DB_PATH, DbOption, open_store, record_run, run_summary
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
    results = read_partitions(folder)
    first = next(results, None)  # the folder is checked before the store is touched
    if first is None:
        raise PartitionError(f"the partition files in {folder} hold no documents; nothing to import")
    argv = ["quotes", "import", str(folder), "--db", str(db)]
    with open_store(db, create=True) as store:
        statuses = record_run(
            store, argv, lambda run_id: load_prepared(store, itertools.chain([first], results), run_id, counts), counts,
        )
    typer.echo(run_summary("imported", counts, statuses, time.monotonic() - started, db))


HELP = (
    "Load the partition files of a distributed scan (`quotes scan --engine dask --partitions DIR`) into the "
    "store. Documents already stored are recognised as in a rescan. A damaged partition line stops the import "
    "with its file and line; the batches written before it stay, and importing again skips them."
)


def register(app: typer.Typer) -> None:
    app.command("import", help=HELP)(load)
