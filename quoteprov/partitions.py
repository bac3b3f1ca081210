"""Partition files: what workers made of a crawl, written beside it instead of into one store.

For a crawl too large to send back to one machine while it is scanned, ``quotes scan
--engine dask --partitions DIR`` has every Dask partition of the file list write its results
as ``DIR/part-NNNNN.jsonl`` on the worker, and ``quotes import DIR --db FILE`` loads them into
a store later, in partition order, through the same writer a scan uses (so versions,
unchanged files and speaker merging behave as they do in a scan).

Each line is one file's result (``ingest.Prepared``): its path and stat facts, sha256,
and, when it was analysed, the rows for the store (``store.rows.ContentRows``), or the
one-line problem that kept it out. The first line of every file names the format.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from quoteprov.errors import QuoteprovError
from quoteprov.formats import SourceMeta
from quoteprov.ingest import Prepared, Task, prepare
from quoteprov.sources import SourceFile
from quoteprov.store.rows import ContentRows

FORMAT = "quoteprov-partition/1"
PATTERN = "part-*.jsonl"


class PartitionError(QuoteprovError):
    """A partition folder or file that cannot be loaded."""


def partition_path(folder: str | Path, index: int) -> Path:
    return Path(folder) / f"part-{index:05d}.jsonl"


def write_partition(path: str | Path, results: Iterable[Prepared]) -> int:
    """Write ``results`` to ``path`` (under a temporary name, renamed when complete); return how many."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps({"format": FORMAT}) + "\n")
        for result in results:
            fh.write(json.dumps(_to_json(result), ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def prepare_partition(tasks: Sequence[Task], path: str) -> tuple[int, list[str]]:
    """On a worker: read and analyse ``tasks`` and write their results to ``path``.
    Returns how many were written and the problems of those that failed (one line each)."""
    problems: list[str] = []

    def results() -> Iterator[Prepared]:
        for task in tasks:
            result = prepare(task)
            if result.problem is not None:
                problems.append(result.problem)  # reported by the scan, not written
            else:
                yield result

    return write_partition(path, results()), problems


def read_partitions(folder: str | Path) -> Iterator[Prepared]:
    """Every result in the partition files of ``folder``, in file-name order, then line order."""
    if not Path(folder).is_dir():
        raise PartitionError(f"{folder} is not a folder; pass the folder `quotes scan --partitions` wrote")
    files = sorted(Path(folder).glob(PATTERN))
    if not files:
        raise PartitionError(f"no {PATTERN} files in {folder}; pass the folder `quotes scan --partitions` wrote")
    for path in files:
        yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Prepared]:
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                try:
                    data = json.loads(line)
                    if number == 1:
                        if data.get("format") != FORMAT:
                            raise PartitionError(f"{path}:1: not a {FORMAT} file; was it written by another version?")
                        continue
                    yield _from_json(data)
                except (ValueError, KeyError, TypeError) as exc:
                    raise PartitionError(f"{path}:{number}: damaged line ({exc}); write the partition again") from None
    except OSError as exc:
        raise PartitionError(f"{path}: cannot be read ({(exc.strerror or str(exc)).lower()})") from None
    except UnicodeDecodeError:
        raise PartitionError(f"{path}: not UTF-8; write the partition again") from None


def _to_json(p: Prepared) -> dict[str, Any]:
    return {
        "source": asdict(p.source),
        "sha256": p.sha256,
        "size": p.size,
        "quotes": p.quotes,
        "problem": p.problem,
        "meta": asdict(p.meta) if p.meta is not None else None,
        "content": asdict(p.content) if p.content is not None else None,
    }


def _from_json(data: dict[str, Any]) -> Prepared:
    content = data["content"]
    rows = None
    if content is not None:
        rows = ContentRows(
            content["sha256"], content["size"], content["encoding"], content["bom"], content["text"],
            tuple(tuple(q) for q in content["quotes"]),
            tuple((n, ref, tuple(cols)) for n, ref, cols in content["attributions"]),
            tuple((name, kind, tuple(forms)) for name, kind, forms in content["speakers"]),
        )
    meta = SourceMeta(**data["meta"]) if data["meta"] is not None else None
    return Prepared(SourceFile(**data["source"]), data["sha256"], data["size"], rows, data["quotes"], data["problem"], meta)
