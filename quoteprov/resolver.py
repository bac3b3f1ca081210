"""Speaker resolver (placeholder while the rules are written)."""

from __future__ import annotations

from quoteprov.records import Analysis, QuoteSpan


def resolve(text: str, quotes: tuple[QuoteSpan, ...]) -> Analysis:
    return Analysis(quotes=quotes, attributions=tuple(None for _ in quotes), entities=())
