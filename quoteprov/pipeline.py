"""The pure core in one call: text in, quotes with their speakers out."""

from __future__ import annotations

from quoteprov.records import Analysis
from quoteprov.resolver import resolve
from quoteprov.scanner import scan


def analyse(text: str) -> Analysis:
    """Scan ``text`` for quotes and attribute each to a speaker. No I/O, no clock."""
    return resolve(text, scan(text))
