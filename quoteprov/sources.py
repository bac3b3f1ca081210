"""Sources on disk: expand PATH arguments into files, read their bytes, decode them.

Directories are walked recursively in sorted order, so a scan is deterministic.
Everything that goes wrong with one path (missing, unreadable, a symlink loop, bytes
that are not text) becomes a ``Problem`` naming that path; the rest goes on.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from quoteprov.document import Document, decode
from quoteprov.errors import SourceError

# Every format quoteprov reads (quoteprov.formats); braces give alternatives, as in a shell.
DEFAULT_GLOB = "*.{txt,html,htm,warc,warc.gz}"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A regular file to scan, with the stat facts used to skip unchanged files."""

    path: str  # as given on the command line, joined with the walk below it
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Problem:
    """A path that could not be scanned, and why (one line, naming the path)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def matches(relative: str, glob: str) -> bool:
    """Whether a file found under a directory matches ``glob``.

    A pattern without ``/`` is matched against the file name (``*.txt``);
    one with ``/`` against the path relative to the directory given (``2021/*.txt``).
    ``{a,b}`` gives alternatives (``*.{html,htm}``).
    """
    alternatives = _braces(glob) if "{" in glob else [glob]
    if alternatives != [glob]:
        return any(matches(relative, alternative) for alternative in alternatives)
    if "/" in glob:
        return PurePosixPath(relative).match(glob)
    return fnmatch.fnmatchcase(os.path.basename(relative), glob)


def _braces(glob: str) -> list[str]:
    """``*.{txt,html}`` → ``["*.txt", "*.html"]`` (the first brace group; nested ones expand in turn)."""
    m = re.search(r"\{([^{}]*)\}", glob)
    if m is None:
        return [glob]
    return [glob[:m.start()] + part + glob[m.end():] for part in m.group(1).split(",")]


def expand(paths: Iterable[str], glob: str = DEFAULT_GLOB) -> Iterator[SourceFile | Problem]:
    """Yield every file to scan under ``paths``, in order, and a Problem for each failure.

    A file named directly is always taken, whatever ``glob`` says; files found in a
    directory are taken when they match ``glob``. Symbolic links are followed, and a
    directory already visited (a link loop) is reported once and not entered again.
    """
    for given in paths:
        try:
            st = os.stat(given)
        except OSError as exc:
            yield Problem(given, _reason(exc, "cannot be read"))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(given, "", glob, {(st.st_dev, st.st_ino)})
        elif stat.S_ISREG(st.st_mode):
            yield SourceFile(given, st.st_size, st.st_mtime_ns)
        else:
            yield Problem(given, "not a regular file or directory; pass files or folders of text")


def _walk(top: str, relative: str, glob: str, seen: set[tuple[int, int]]) -> Iterator[SourceFile | Problem]:
    folder = os.path.join(top, relative) if relative else top
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Problem(folder, _reason(exc, "folder cannot be read") + "; its files were skipped")
        return
    for entry in entries:
        rel = os.path.join(relative, entry.name) if relative else entry.name
        path = os.path.join(top, rel)
        try:
            st = entry.stat(follow_symlinks=True)
        except OSError as exc:
            if entry.is_symlink():
                yield Problem(path, "broken symbolic link; skipped")
            else:
                yield Problem(path, _reason(exc, "cannot be read"))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen:
                yield Problem(path, "symbolic link loop (folder already visited); skipped")
                continue
            yield from _walk(top, rel, glob, seen | {key})
        elif stat.S_ISREG(st.st_mode) and matches(rel, glob):
            yield SourceFile(path, st.st_size, st.st_mtime_ns)


def _reason(exc: OSError, default: str) -> str:
    return exc.strerror.lower() if exc.strerror else default


def read_bytes(path: str) -> bytes:
    """The bytes of ``path``; an OSError becomes a SourceError naming it."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise SourceError(path, _reason(exc, "cannot be read") + "; check the path and its permissions") from None


def load(path: str) -> Document:
    """Read and decode one file. Raises SourceError (DecodeError, BinaryFileError)."""
    return decode(path, read_bytes(path))
