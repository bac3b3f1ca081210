"""The provenance store: one SQLite file with documents, versions, quotes, speakers and runs."""

from quoteprov.store.queries import DocumentRef, ListedQuote, QuoteDetail, SpeakerSummary
from quoteprov.store.rows import quote_uid
from quoteprov.store.speakers import merge_speaker
from quoteprov.store.store import DEFAULT_DB, RunCounts, Store, StoredVersion

__all__ = [
    "DEFAULT_DB",
    "DocumentRef",
    "ListedQuote",
    "QuoteDetail",
    "RunCounts",
    "SpeakerSummary",
    "Store",
    "StoredVersion",
    "merge_speaker",
    "quote_uid",
]
