"""``quotes export``: the store as JSON Lines, CSV, TEI or WebAnno, streamed document by document."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from quoteprov.cli.common import DEFAULT_DB_PATH, AllVersionsOption, DbOption, SourceOption, open_store
from quoteprov.errors import QuoteprovError
from quoteprov.export.csv import write_csv
from quoteprov.export.jsonl import write_jsonl
from quoteprov.export.model import ExportDocument


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    tei = "tei"
    webanno = "webanno"


class ExportError(QuoteprovError):
    """An export cannot be written as asked."""


def export(
    fmt: Annotated[
        Format,
        typer.Option(
            "--format", "-f",
            help="jsonl: one quote a line (the contract score.py reads); csv: the same fields, spreadsheet-safe; "
            "tei: TEI XML; webanno: W3C Web Annotation (a JSON-LD collection; a .jsonl file: one annotation a line).",
        ),
    ] = Format.jsonl,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o",
            help="File to write (jsonl, csv, webanno, tei --corpus) or folder (tei: one file per document). "
            "jsonl, csv and webanno go to standard output without it.",
            show_default=False,
        ),
    ] = None,
    corpus: Annotated[bool, typer.Option("--corpus", help="tei: one teiCorpus file instead of one file per document.")] = False,
    db: DbOption = DEFAULT_DB_PATH,
    source: SourceOption = None,
    all_versions: AllVersionsOption = False,
) -> None:
    """Export every quote with its speaker and offsets (the newest version of each file)."""
    with open_store(db) as store:
        counter = _Counter(store.iter_export_documents(all_versions=all_versions, source=source))
        if fmt in (Format.jsonl, Format.csv):
            writer = write_jsonl if fmt is Format.jsonl else write_csv
            if output is None or str(output) == "-":
                quotes = writer(counter, sys.stdout)
            else:
                with _atomic_text(output) as fh:
                    quotes = writer(counter, fh)
                typer.echo(f"exported {quotes} quotes from {counter.n} documents to {output}", err=True)
            return
        if output is None and fmt is Format.tei:
            raise ExportError(f"--format {fmt.value} writes files: give --output FILE or FOLDER")
        _plugin(fmt, counter, output, corpus)
        typer.echo(f"exported {counter.n} documents as {fmt.value} to {output or 'standard output'}", err=True)


def _plugin(fmt: Format, documents: Iterable[ExportDocument], output: Path | None, corpus: bool) -> None:
    """Call the TEI or WebAnno exporter, imported only when asked for."""
    module_name = f"quoteprov.export.{fmt.value}"
    try:
        module: Any = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise ExportError(f"the {fmt.value} exporter is not part of this version; use --format jsonl or csv") from None
    if fmt is Format.tei:
        module.write_tei(documents, output, corpus)
    elif output is None:
        module.write_webanno(documents, None)
    else:  # under a temporary name (with the same suffix, which chooses the layout), renamed when complete
        if not output.parent.is_dir():
            raise ExportError(f"folder {output.parent} does not exist; create it or choose another --output")
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=f".tmp{output.suffix}", dir=output.parent)
        os.close(fd)
        try:
            module.write_webanno(documents, Path(tmp))
            os.replace(tmp, output)
        except BaseException:
            os.unlink(tmp)
            raise


class _Counter:
    """Passes documents through, counting them."""

    def __init__(self, documents: Iterable[ExportDocument]) -> None:
        self._documents = documents
        self.n = 0

    def __iter__(self) -> Iterator[ExportDocument]:
        for doc in self._documents:
            self.n += 1
            yield doc


class _atomic_text:
    """A text file written under a temporary name and renamed into place when complete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tmp = ""
        self._fh: TextIO | None = None

    def __enter__(self) -> TextIO:
        folder = self.path.parent
        if not folder.is_dir():
            raise ExportError(f"folder {folder} does not exist; create it or choose another --output")
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._fh

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        assert self._fh is not None
        self._fh.close()
        if kind is None:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
