"""``quotes scan``: files and folders into the store."""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quoteprov.cli.common import DEFAULT_DB_PATH, DbOption, open_store, record_run, run_summary
from quoteprov.errors import QuoteprovError
from quoteprov.ingest import Note, Outcome, Task, ingest, plan
from quoteprov.parallel import Engine, make_engine, parse_jobs
from quoteprov.sources import DEFAULT_GLOB, Problem, SourceFile, expand
from quoteprov.store import RunCounts

if TYPE_CHECKING:
    from quoteprov.dask_engine import DaskEngine


class ScanFailed(QuoteprovError):
    """Some files could not be scanned; the others were."""


class EngineChoice(str, Enum):
    local = "local"
    dask = "dask"


class FormatChoice(str, Enum):
    auto = "auto"
    txt = "txt"
    html = "html"
    warc = "warc"


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
            "below the folder when it has a / (2021/*.txt); {a,b} gives alternatives (*.{html,htm}).",
        ),
    ] = DEFAULT_GLOB,
    fmt: Annotated[
        FormatChoice,
        typer.Option(
            "--format",
            help="How to read the files: auto (by their first bytes, then their name), txt (plain text), "
            "html (a web page: its main text, by trafilatura) or warc (a web archive: each HTML page in it).",
        ),
    ] = FormatChoice.auto,
    jobs: Annotated[
        str,
        typer.Option(
            "--jobs", "-j",
            help="Processes that read and analyse files: this one and N-1 workers (auto: one per core); the store "
            "is written in file order, so the result is the same for any number. With --engine dask: the local "
            "cluster's workers.",
        ),
    ] = "1",
    engine: Annotated[
        EngineChoice,
        typer.Option("--engine", help="local: this machine's processes; dask: a Dask cluster (local unless --scheduler)."),
    ] = EngineChoice.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Address of a running Dask scheduler (tcp://HOST:PORT); implies --engine dask. Workers need "
            "quoteprov installed and the files readable at the same paths.",
            show_default=False,
        ),
    ] = None,
    partitions: Annotated[
        Path | None,
        typer.Option(
            "--partitions",
            help="With --engine dask / --scheduler: each worker writes its results to DIR/part-NNNNN.jsonl instead "
            "of sending them to the store (for a crawl too large to send back to one machine); load them later "
            "with `quotes import DIR`. DIR must be empty or new.",
            metavar="DIR",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Scan articles for quotes and record them, with their speakers, in the store."""
    started = time.monotonic()
    try:
        n_jobs = parse_jobs(jobs)
    except ValueError:
        raise ScanFailed(f"--jobs takes a positive number or auto, not {jobs!r}") from None
    items = list(expand([str(p) for p in paths], glob))
    if partitions is not None:
        if not (scheduler or engine is EngineChoice.dask):
            raise ScanFailed("--partitions needs the Dask engine: add --engine dask (a local cluster) or --scheduler")
        if not items:
            raise ScanFailed(f"no files matching {glob} under {', '.join(map(str, paths))}; check the paths or --glob")
        _scan_to_partitions(items, partitions, n_jobs, scheduler, fmt.value, started)
        return
    counts = RunCounts()
    argv = ["quotes", "scan", *map(str, paths), "--glob", glob, "--db", str(db)] + (["--jobs", jobs] if jobs != "1" else [])
    if fmt is not FormatChoice.auto:
        argv += ["--format", fmt.value]
    if scheduler or engine is EngineChoice.dask:
        argv += ["--engine", "dask"] + (["--scheduler", scheduler] if scheduler else [])
    with open_store(db, create=True) as store, _engine(engine, n_jobs, scheduler) as workers, \
            _progress(len(items)) as step:
        statuses = record_run(
            store, argv, lambda run_id: ingest(store, items, run_id, counts, engine=workers, fmt=fmt.value), counts, step,
        )
    typer.echo(run_summary("scanned", counts, statuses, time.monotonic() - started, db))
    if not items:
        raise ScanFailed(f"no files matching {glob} under {', '.join(map(str, paths))}; check the paths or --glob")
    if counts.failed:
        raise ScanFailed(
            f"{counts.failed} of {counts.scanned} documents could not be scanned (see the lines above); "
            "fix or exclude them and scan again"
        )


def _scan_to_partitions(
    items: list[SourceFile | Problem], folder: Path, jobs: int, scheduler: str | None, fmt: str, started: float,
) -> None:
    """``--partitions``: the workers write partition files; no store is opened."""
    from quoteprov.partitions import PATTERN, partition_path, prepare_partition

    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.glob(PATTERN)):
        raise ScanFailed(f"{folder} already holds partition files; pass an empty or new folder")
    failed = documents = 0

    def batches() -> Iterator[tuple[str, list[Task]]]:
        nonlocal failed
        batch: list[Task] = []
        for entry in plan(items, fmt):
            if isinstance(entry, Problem):
                typer.echo(f"error: {entry}", err=True)
                failed += 1
            elif isinstance(entry, Note):
                typer.echo(f"note: {entry.path}: {entry.message}", err=True)
            else:
                batch.append(entry)
                if len(batch) >= _FILES_PER_PARTITION:
                    yield str(partition_path(folder, next(counter))), batch
                    batch = []
        if batch:
            yield str(partition_path(folder, next(counter))), batch

    counter = itertools.count()
    workers = _dask_engine(scheduler, jobs)
    try:
        for written, problems in workers.run_batches(prepare_partition, batches()):
            documents += written
            failed += len(problems)
            for problem in problems:
                typer.echo(f"error: {problem}", err=True)
    finally:
        workers.close()
    parts = len(list(folder.glob(PATTERN)))
    typer.echo(
        f"wrote {documents} document{'s' if documents != 1 else ''} ({failed} failed, not written) in {parts} partition"
        f"{'s' if parts != 1 else ''} to {folder}; {time.monotonic() - started:.2f} s; "
        f"load them with `quotes import {folder} --db FILE`"
    )
    if failed:
        raise ScanFailed(f"{failed} documents could not be scanned (see the lines above); fix or exclude them")


_FILES_PER_PARTITION = 1000


def _dask_engine(scheduler: str | None, jobs: int) -> DaskEngine:
    """A client of the cluster at ``scheduler``, or of a new local one of ``jobs`` workers."""
    try:
        from quoteprov.dask_engine import DaskEngine
    except ImportError:
        raise ScanFailed("--engine dask needs Dask: pip install 'quoteprov[dask]'") from None
    return DaskEngine(scheduler=scheduler, workers=jobs)


@contextmanager
def _engine(choice: EngineChoice, jobs: int, scheduler: str | None) -> Iterator[Engine]:
    """The engine that runs the per-file work, closed (its processes ended) on the way out."""
    workers = _dask_engine(scheduler, jobs) if scheduler or choice is EngineChoice.dask else make_engine(jobs)
    try:
        yield workers
    finally:
        workers.close()


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

