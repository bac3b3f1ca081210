"""The ``quotes`` command: a thin typer layer over the library."""

from quoteprov.cli.app import app, main

__all__ = ["app", "main"]
