"""Frozen, typed records that the pure core returns.

All offsets are half-open ``[start, end)`` code-point offsets into the exact decoded
text of a document: ``text[start:end] == record.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """What a quoted span is: speech (whole or partial) or quoted words nobody says there."""

    DIRECT = "direct"
    PARTIAL = "partial"
    TERM = "term"


class SpeakerKind(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNNAMED = "unnamed"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted span: the content between its marks, the marks themselves excluded."""

    start: int
    end: int
    text: str
    kind: Kind
    open_mark: str
    close_mark: str  # "" when the quote runs to the end of its paragraph unclosed
    depth: int = 0  # 0 for an outer quote, 1 for a quote nested inside another
    paragraph: int = 0  # index of the paragraph the quote starts in

    @property
    def closed(self) -> bool:
        return bool(self.close_mark)


@dataclass(frozen=True, slots=True)
class Mention:
    """Words in the text that name or point at a speaker ("Lavrov", "he", "the ministry")."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | description | organisation | unnamed | label


@dataclass(frozen=True, slots=True)
class Cue:
    """The speech verb or phrase that ties a quote to its speaker ("said", "according to")."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Step:
    """One link of an attribution's chain of reasoning, for ``show --why``."""

    rule: str
    detail: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote, and why we think so.

    ``mention`` is the local words the attribution rests on (the "he" of "he said");
    ``name`` is who that is after pronoun and description resolution.
    """

    quote: QuoteSpan
    name: str
    speaker_kind: SpeakerKind
    mention: Mention
    cue: Cue | None
    rule: str
    confidence: float
    entity: int  # index of the speaker entity within the document
    why: tuple[Step, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Entity:
    """One speaker within one document, with every name variant the document uses for it."""

    index: int
    name: str
    kind: SpeakerKind
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pure core finds in one text."""

    quotes: tuple[QuoteSpan, ...]
    attributions: tuple[Attribution | None, ...]  # parallel to ``quotes``
    entities: tuple[Entity, ...]
