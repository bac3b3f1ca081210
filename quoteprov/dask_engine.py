"""Dask as an engine: the per-file work mapped over partitions of the file list on a Dask cluster.

Needs the optional extra ``quoteprov[dask]``. Each chunk of files becomes a ``dask.bag``
split into partitions, one per worker; results come back to this process partition by
partition, in file order, and only this process writes to the store. Against a real
cluster (``--scheduler tcp://HOST:PORT``) every worker needs quoteprov installed and the
files readable at the same paths.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import dask.bag as db
from distributed import Client, LocalCluster

T = TypeVar("T")
R = TypeVar("R")


@dataclass(slots=True)
class _Partitions:
    futures: list[Any]  # distributed.Future, one per partition, in order

    def result(self) -> list[Any]:
        out: list[Any] = []
        for future in self.futures:
            out.extend(future.result())
            future.release()
        return out

    def done(self) -> bool:
        return all(future.done() for future in self.futures)


class DaskEngine:
    """A Dask client: to the scheduler at ``scheduler``, or to a new local cluster of ``workers`` processes."""

    chunk_files = 256
    chunk_bytes = 8 << 20
    window = 2
    helps = False  # this process only writes: the cluster does the work

    def __init__(self, *, scheduler: str | None = None, workers: int = 2) -> None:
        self._cluster: LocalCluster | None = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            self.client = Client(self._cluster)
        self.partitions = 2 * max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> _Partitions:
        bag = db.from_sequence(list(tasks), npartitions=min(len(tasks), self.partitions)).map(fn)
        return _Partitions(list(self.client.compute(bag.to_delayed())))

    def run_batches(self, fn: Callable[[Sequence[T], str], R], batches: Iterable[tuple[str, Sequence[T]]]) -> Iterator[R]:
        """``fn(tasks, name)`` on the workers for every (name, tasks) batch, a few per worker in
        flight (the batches are read as they are needed); results in the batches' order."""
        pending: deque[Any] = deque()
        for name, tasks in batches:
            pending.append(self.client.submit(fn, list(tasks), name, pure=False))
            while len(pending) > self.partitions:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
