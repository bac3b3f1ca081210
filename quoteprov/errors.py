"""Exceptions raised by the library. The CLI turns each into one line and an exit code."""

from __future__ import annotations


class QuoteprovError(Exception):
    """Base class: every error the library raises on purpose."""

    exit_code = 1


class SourceError(QuoteprovError):
    """A source file could not be read or decoded."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class DecodeError(SourceError):
    """The bytes of a source are not valid text in the expected encoding."""

    def __init__(self, path: str, byte_position: int, reason: str) -> None:
        super().__init__(path, f"not valid UTF-8 at byte {byte_position} ({reason}); convert it to UTF-8 or exclude it")
        self.byte_position = byte_position


class BinaryFileError(SourceError):
    """The source looks like a binary file, not text."""

    def __init__(self, path: str, byte_position: int) -> None:
        super().__init__(path, f"looks binary (NUL byte at byte {byte_position}); pass text, HTML or WARC files only")
        self.byte_position = byte_position


class StoreError(QuoteprovError):
    """The provenance store cannot be opened or written."""

    exit_code = 2


class SchemaError(StoreError):
    """The database has a schema this version does not know."""


class NotFoundError(QuoteprovError):
    """A quote, document or speaker asked for is not in the store."""

    exit_code = 3
