"""The ``quotes`` app: global options, error handling, and the registration of commands.

Each command group lives in its own module with a ``register(app)`` function; to add
one (``verify``, ``trace``), write the module and add it to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import io
import os
import sqlite3
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from quoteprov import __version__
from quoteprov.cli import browse, export, load, scan, trace, verify
from quoteprov.errors import QuoteprovError

COMMAND_MODULES = (scan, load, browse, export, verify, trace)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo("error: " + " ".join(message.split()), err=True)
    return typer.Exit(code)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _store_failure(exc: sqlite3.Error) -> str:
    """One line for an SQLite failure, saying what to do; documents written before it are complete."""
    text = str(exc)
    kept = "every document written before it is complete and kept"
    if "disk is full" in text or "disk I/O" in text:
        return f"the store failed: {text}; free some disk space and run the command again ({kept})"
    if "readonly" in text or "read-only" in text:
        return f"the store is read-only ({text}); make the --db file and its folder writable, or use another --db"
    if "locked" in text or "busy" in text:
        return f"the store is busy ({text}): another quotes command is writing to it; try again when it is done"
    return f"the store failed: {text}; check the --db file or scan into a new one"


class QuotesGroup(TyperGroup):
    """Turns every error the library raises on purpose into one line on stderr and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except QuoteprovError as exc:
            raise _fail(str(exc), exc.exit_code) from None
        except sqlite3.Error as exc:
            raise _fail(_store_failure(exc), 2) from None
        except BrokenPipeError:
            _silence_stdout()  # the reader went away (`quotes list | head`): stop quietly
            raise typer.Exit(0) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise _fail(f"{where}{exc.strerror or exc}; check the path and its permissions", 1) from None
        except KeyboardInterrupt:
            raise _fail("interrupted; every document written before the interrupt is complete", 130) from None


app = typer.Typer(
    name="quotes",
    cls=QuotesGroup,
    help=(
        "Find quotes in news articles, attribute them to speakers, and prove every one "
        "against its source file. Scan files into a store (quotes.db), then list, show "
        "or export what was found."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotes (quoteprov) {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Find quotes in news articles, attribute them to speakers, and prove where each one stands."""


for _module in COMMAND_MODULES:
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="quotes")
