"""Running the pure per-file work (read, decode, hash, analyse) on other cores, in file order.

An engine takes a chunk of tasks and returns a handle whose ``result()`` is the list of
what each task gave, in the same order. ``ordered`` feeds an engine from a stream and
yields results in the stream's order, with a bounded number of chunks in flight: the
corpus is never held in memory, and a slow writer holds back the readers.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")  # a task: what a worker gets
R = TypeVar("R")  # a result: what a worker gives back
P = TypeVar("P")  # an entry the parent settles itself, passed through in order


class Handle(Protocol[R]):
    def result(self) -> list[R]: ...


class Engine(Protocol):
    """Where chunks of tasks run. ``window`` chunks may be in flight at once."""

    chunk_files: int
    chunk_bytes: int
    window: int

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Handle[R]: ...

    def close(self) -> None: ...


def cpu_count() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_jobs(value: str) -> int:
    """``--jobs``: a positive number, or ``auto`` for every core. Raises ValueError."""
    if value.strip().lower() == "auto":
        return cpu_count()
    jobs = int(value)
    if jobs < 1:
        raise ValueError(value)
    return jobs


@dataclass(slots=True)
class _Done(Generic[R]):
    value: list[R]

    def result(self) -> list[R]:
        return self.value


class InlineEngine:
    """Runs every chunk at once in this process: ``--jobs 1``."""

    chunk_files = 64
    chunk_bytes = 4 << 20
    window = 1

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Handle[R]:
        return _Done([fn(t) for t in tasks])

    def close(self) -> None:
        pass


def _run_chunk(fn: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
    return [fn(t) for t in tasks]


@dataclass(slots=True)
class _PoolHandle(Generic[R]):
    future: Future[list[R]]

    def result(self) -> list[R]:
        return self.future.result()


class ProcessEngine:
    """A pool of ``jobs`` worker processes; each chunk is one round trip."""

    chunk_files = 8
    chunk_bytes = 256 << 10

    def __init__(self, jobs: int) -> None:
        self.window = 2 * jobs
        self._pool = ProcessPoolExecutor(max_workers=jobs)

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Handle[R]:
        return _PoolHandle(self._pool.submit(_run_chunk, fn, list(tasks)))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_engine(jobs: int) -> Engine:
    return InlineEngine() if jobs <= 1 else ProcessEngine(jobs)


@dataclass(slots=True)
class _Segment(Generic[T, P, R]):
    """A run of entries in stream order: parent-side entries, and tasks sent as one chunk."""

    entries: list[T | P] = field(default_factory=list)
    tasks: list[T] = field(default_factory=list)
    size: int = 0
    handle: Handle[R] | None = None


def ordered(
    engine: Engine,
    fn: Callable[[T], R],
    entries: Iterable[T | P],
    is_task: Callable[[T | P], bool],
    size_of: Callable[[T], int],
) -> Iterator[R | P]:
    """Yield, for each entry in order, ``fn(entry)`` (run by ``engine``) if it is a task, else the entry itself."""
    pending: deque[_Segment[T, P, R]] = deque()
    current: _Segment[T, P, R] = _Segment()

    def drain_head() -> Iterator[R | P]:
        segment = pending.popleft()
        results = iter(segment.handle.result() if segment.handle is not None else ())
        for entry in segment.entries:
            yield next(results) if is_task(entry) else entry  # type: ignore[misc]

    for entry in entries:
        current.entries.append(entry)
        if is_task(entry):
            task: T = entry  # type: ignore[assignment]
            current.tasks.append(task)
            current.size += size_of(task)
            if len(current.tasks) >= engine.chunk_files or current.size >= engine.chunk_bytes:
                current.handle = engine.submit(fn, current.tasks)
                pending.append(current)
                current = _Segment()
                while len(pending) > engine.window:
                    yield from drain_head()
        elif not current.tasks and not pending:
            current.entries.clear()
            yield entry  # type: ignore[misc]  # not a task, so a P
        elif not current.tasks and len(current.entries) >= 1024:  # a long run of unchanged files behind a chunk
            pending.append(current)
            current = _Segment()
            while len(pending) > engine.window:
                yield from drain_head()
    if current.entries:
        if current.tasks:
            current.handle = engine.submit(fn, current.tasks)
        pending.append(current)
    while pending:
        yield from drain_head()
