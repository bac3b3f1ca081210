"""The ``<text>`` of a TEI document: the source text, character for character, with inline markup.

Layout (see docs/tei.md):

* ``<text xml:space="preserve"><body>`` holds one ``<p>`` per paragraph that has any
  non-blank character. The line breaks (and blank lines) after a paragraph stay inside
  its ``<p>``, at the end, so that the string value of ``<text>`` is the source text.
  Paragraphs that a quote runs across are kept in one ``<p>``.
* Each quote becomes ``<said>`` (``<soCalled>`` for terms) around exactly ``[start, end)``;
  the quotation marks stay outside it as text. Nested quotes nest.
* The mention an attribution rests on becomes ``<persName>``, ``<orgName>`` or ``<rs>``
  with ``@ref``, when it nests cleanly with the quotes (otherwise it goes to standOff only).
* A character XML 1.0 forbids becomes ``<g type="ctrl" n="U+0001"/>``; ``text_of`` puts it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from lxml import etree

from quoteprov.export.model import ExportDocument, ExportQuote
from quoteprov.export.tei_xml import FORBIDDEN, XML_SPACE, sub, tei
from quoteprov.paragraphs import paragraph_spans

CTRL_TYPE = "ctrl"


@dataclass(slots=True)
class Inline:
    """Where one piece of inline markup goes and how to make it."""

    start: int
    end: int
    order: int  # breaks ties between equal spans: lower is outer
    build: Callable[[etree._Element], etree._Element]
    leaf: bool = False  # stands for its characters (``<g>``): no text inside


@dataclass(slots=True)
class Placement:
    """What became of each quote and mention: the ids that exist inline."""

    quote_ids: dict[int, str] = field(default_factory=dict)  # index in doc.quotes -> xml:id of <said>
    mention_ids: dict[int, str] = field(default_factory=dict)  # index in doc.quotes -> xml:id of mention
    quote_paragraph: dict[int, str] = field(default_factory=dict)  # index -> xml:id of its <p>


def blocks(text: str, quotes: Sequence[ExportQuote]) -> list[tuple[int, int]]:
    """Half-open spans that tile ``text``: one per ``<p>``, separators at the end of each."""
    starts = [s for s, e in paragraph_spans(text) if text[s:e].strip()]
    if not starts or starts[0] != 0:
        starts = [0, *starts[1:]] if starts else [0]
    ends = [*starts[1:], len(text)]
    spans = list(zip(starts, ends))
    # Merge blocks that one quote runs across, so every quote sits inside one <p>.
    merged: list[tuple[int, int]] = []
    cuts = sorted((q.start, q.end) for q in quotes if 0 <= q.start < q.end <= len(text))
    reach = -1
    ci = 0
    for s, e in spans:
        while ci < len(cuts) and cuts[ci][0] < s:
            reach = max(reach, cuts[ci][1])
            ci += 1
        if merged and reach > s:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[0] < a[1] < b[1] or b[0] < a[0] < b[1] < a[1]


def _said_builder(tag: str, xml_id: str, attrs: dict[str, str]) -> Callable[[etree._Element], etree._Element]:
    return lambda parent: sub(parent, tag, xml_id=xml_id, **attrs)


def _ctrl_builder(char: str) -> Callable[[etree._Element], etree._Element]:
    return lambda parent: sub(parent, "g", type=CTRL_TYPE, n=f"U+{ord(char):04X}")


def mention_tag(quote: ExportQuote) -> tuple[str, dict[str, str]]:
    """The element for the mention an attribution rests on, and its extra attributes."""
    kind = quote.mention_kind or ""
    speaker_kind = quote.speaker.kind if quote.speaker else ""
    if kind == "name" and speaker_kind == "person":
        return "persName", {}
    if kind in ("name", "organisation") and speaker_kind == "organisation":
        return "orgName", {}
    return "rs", {"type": kind or "mention"}


def text_element(
    doc: ExportDocument,
    prefix: str,
    quote_id: Callable[[int], str],
    speaker_ref: Callable[[ExportQuote], str | None],
    claim: Callable[[str], str],
) -> tuple[etree._Element, Placement]:
    """Build ``<text>`` for ``doc``. ``quote_id(i)`` names quote i; ``speaker_ref`` its @who."""
    text = doc.text
    root = etree.Element(tei("text"))
    root.set(XML_SPACE, "preserve")
    body = sub(root, "body")
    placement = Placement()
    paragraphs = blocks(text, doc.quotes)
    inline: list[list[Inline]] = [[] for _ in paragraphs]
    accepted: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    starts = [s for s, _ in paragraphs]
    p_ids = [claim(f"{prefix}-p{n}") for n in range(1, len(paragraphs) + 1)]

    def block_of(start: int, end: int) -> int | None:
        if not (0 <= start < end <= len(text)):
            return None
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= start:
                lo = mid
            else:
                hi = mid - 1
        return lo if end <= paragraphs[lo][1] else None

    def place(start: int, end: int, order: int, build: Callable[[etree._Element], etree._Element]) -> bool:
        b = block_of(start, end)
        if b is None or any(_crosses((start, end), other) for other in accepted[b]):
            return False
        accepted[b].append((start, end))
        inline[b].append(Inline(start, end, order, build))
        return True

    for i, q in sorted(enumerate(doc.quotes), key=lambda iq: (iq[1].start, -iq[1].end, iq[1].depth)):
        xml_id = quote_id(i)
        b = block_of(q.start, q.end)
        if b is not None:
            placement.quote_paragraph[i] = p_ids[b]
        if q.kind == "term":
            tag, attrs = "soCalled", {}
        else:
            tag, attrs = "said", {"direct": "false" if q.kind == "partial" else "true"}
            who = speaker_ref(q)
            if who:
                attrs["who"] = who
        if place(q.start, q.end, 10 + q.depth, _said_builder(tag, xml_id, attrs)):
            placement.quote_ids[i] = xml_id

    seen_mentions: dict[tuple[int, int, str | None], str] = {}
    for i, q in enumerate(doc.quotes):
        ref = speaker_ref(q)
        if q.mention is None or ref is None:
            continue
        key = (q.mention.start, q.mention.end, ref)
        if key in seen_mentions:
            placement.mention_ids[i] = seen_mentions[key]
            continue
        tag, attrs = mention_tag(q)
        m_id = claim(f"{prefix}-m{i + 1}")
        if place(q.mention.start, q.mention.end, 1000, _said_builder(tag, m_id, {**attrs, "ref": ref})):
            seen_mentions[key] = m_id
            placement.mention_ids[i] = m_id

    for m in FORBIDDEN.finditer(text):
        b = block_of(m.start(), m.end())
        assert b is not None
        inline[b].append(Inline(m.start(), m.end(), 10_000, _ctrl_builder(m.group()), leaf=True))

    for b, (start, end) in enumerate(paragraphs):
        p = sub(body, "p", xml_id=p_ids[b])
        marks = sorted(inline[b], key=lambda m: (m.start, -m.end, m.order))
        _fill(p, text, start, end, marks)
    return root, placement


def _fill(parent: etree._Element, text: str, start: int, end: int, marks: list[Inline]) -> None:
    """Put ``text[start:end]`` into ``parent``, wrapping each (properly nested) mark."""
    cursor = start
    last: etree._Element | None = None
    i = 0
    while i < len(marks):
        mark = marks[i]
        j = i + 1
        while j < len(marks) and marks[j].start < mark.end and marks[j].end <= mark.end:
            j += 1
        _append(parent, last, text[cursor:mark.start])
        el = mark.build(parent)
        if not mark.leaf:
            _fill(el, text, mark.start, mark.end, marks[i + 1:j])
        cursor, last, i = mark.end, el, j
    _append(parent, last, text[cursor:end])


def _append(parent: etree._Element, last: etree._Element | None, chunk: str) -> None:
    if not chunk:
        return
    if last is None:
        parent.text = (parent.text or "") + chunk
    else:
        last.tail = (last.tail or "") + chunk


def text_of(element: etree._Element) -> str:
    """The source text an exported element stands for: its string value, control characters restored."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.tag == tei("g") and el.get("type") == CTRL_TYPE:
            parts.append(chr(int(el.get("n", "U+FFFD")[2:], 16)))
        else:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    parts.append(child.tail)

    walk(element)
    return "".join(parts)
