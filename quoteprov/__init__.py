"""quoteprov: find quotes in news text, attribute them to speakers, and prove where they stand."""

from quoteprov.records import Attribution, Cue, Mention, QuoteSpan

__version__ = "0.1.0"

__all__ = ["Attribution", "Cue", "Mention", "QuoteSpan", "__version__"]
