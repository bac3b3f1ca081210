"""TEI P5 export: one ``<TEI>`` per document, or one streamed ``<teiCorpus>`` holding them all.

Entry points: ``write_tei`` (files) and ``tei_document`` (a pure builder for tests and callers
that want the tree). docs/tei.md describes the encoding for archivists.
"""

from __future__ import annotations

import math
import pathlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from lxml import etree

import quoteprov
from quoteprov.errors import QuoteprovError
from quoteprov.export.model import ExportDocument, ExportQuote
from quoteprov.export.tei_header import speakers_of, tei_header, tei_version
from quoteprov.export.tei_text import Placement, text_element, text_of
from quoteprov.export.tei_xml import NSMAP, RNG_HREF, IdRegistry, make, name_part, sub, tei

__all__ = ["EmptyCorpusError", "tei_corpus_header", "tei_document", "tei_file_name", "text_of", "write_tei"]

SpeakerRef = Callable[[ExportQuote], "str | None"]

_XML_MODEL = f'href="{RNG_HREF}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"'


class EmptyCorpusError(QuoteprovError):
    """A TEI corpus must hold at least one document."""

    def __init__(self) -> None:
        super().__init__("nothing to export: the store holds no documents, and a TEI corpus needs at least one")


def tei_document(doc: ExportDocument, ids: IdRegistry | None = None) -> etree._Element:
    """The ``<TEI>`` element for ``doc``. Pass one ``IdRegistry`` for all documents of a corpus."""
    # Only the document prefixes need to be unique across a corpus: every other id starts
    # with its document's prefix (which holds no "-"), so a fresh registry per document does.
    prefix = (ids or IdRegistry()).claim(f"d{name_part(str(doc.id)).replace('-', '_2D_')}")
    ids = IdRegistry()
    ids.claim(prefix)
    speakers = speakers_of(doc)
    speaker_ids = {sp.id: ids.claim(f"{prefix}-{_id_part(sp.id, 'sp')}") for sp in speakers}
    quote_ids = [ids.claim(f"{prefix}-{_id_part(q.id, 'q')}") for q in doc.quotes]

    def speaker_ref(q: ExportQuote) -> str | None:
        return f"#{speaker_ids[q.speaker.id]}" if q.speaker else None

    root = make("TEI", xml_id=prefix)
    root.append(tei_header(doc, speakers, lambda sp: speaker_ids[sp.id]))
    text, placement = text_element(doc, prefix, quote_ids.__getitem__, speaker_ref, ids.claim)
    root.append(text)
    if doc.quotes:
        root.append(_stand_off(doc, prefix, quote_ids, speaker_ref, placement))
    _layout(root)
    return root


def _id_part(value: str, letter: str) -> str:
    part = name_part(value)
    return part if part[:1].isalpha() else f"{letter}{part}"


def _layout(root: etree._Element) -> None:
    """Indent everything but ``<text>``, whose whitespace is the source's."""
    root.text = "\n"
    for child in root:
        if child.tag != tei("text"):
            etree.indent(child, "  ", level=0)
        child.tail = "\n"
    for feature in root.iter(tei("f")):  # one line per feature: <f name="x"><numeric value="1"/></f>
        for el in feature.iter():
            if len(el):
                el.text = None
                for part in el:
                    part.tail = None


def _stand_off(
    doc: ExportDocument, prefix: str, quote_ids: list[str], speaker_ref: SpeakerRef, placement: Placement
) -> etree._Element:
    stand_off = make("standOff")
    annotations = sub(stand_off, "listAnnotation", type="quoteAttribution")
    for i, q in enumerate(doc.quotes):
        inline = i in placement.quote_ids
        target = quote_ids[i] if inline else placement.quote_paragraph.get(i, prefix)
        motivation = "identifying" if q.speaker else "describing"
        ann = sub(annotations, "annotation", xml_id=f"{quote_ids[i]}-a", target=f"#{target}", motivation=motivation)
        ref = speaker_ref(q)
        if ref:
            sub(ann, "ptr", type="speaker", target=ref)
        if i in placement.mention_ids:
            sub(ann, "ptr", type="mention", target=f"#{placement.mention_ids[i]}")
        _features(sub(sub(ann, "note", type="attribution"), "fs", type="quote"), doc, q, inline, i, placement)
    return stand_off


def _features(fs: etree._Element, doc: ExportDocument, q: ExportQuote, inline: bool, i: int, pl: Placement) -> None:
    def string(name: str, value: str) -> None:
        sub(sub(fs, "f", name=name), "string", value)

    def number(name: str, value: float | int | None) -> None:
        if value is not None and math.isfinite(value):
            sub(sub(fs, "f", name=name), "numeric", value=repr(value))

    def symbol(name: str, value: str | None) -> None:
        if value:
            sub(sub(fs, "f", name=name), "symbol", value=value)

    string("quoteId", q.id)
    symbol("kind", q.kind)
    sub(sub(fs, "f", name="inline"), "binary", value="true" if inline else "false")
    for name, value in (("start", q.start), ("end", q.end), ("byteStart", q.byte_start), ("byteEnd", q.byte_end),
                        ("line", q.line), ("column", q.column), ("depth", q.depth)):
        number(name, value)
    string("openMark", q.open_mark)
    string("closeMark", q.close_mark)
    symbol("rule", q.rule)
    number("confidence", q.confidence)
    if q.speaker is not None:
        string("speaker", q.speaker.name)
        symbol("speakerKind", q.speaker.kind)
    for label, span in (("mention", q.mention), ("cue", q.cue)):
        if span is None:
            continue
        string(label, span.text)
        number(f"{label}Start", span.start)
        number(f"{label}End", span.end)
    if q.mention is not None:
        symbol("mentionKind", q.mention_kind)
        sub(sub(fs, "f", name="mentionInline"), "binary", value="true" if i in pl.mention_ids else "false")
    if q.why:
        coll = sub(sub(fs, "f", name="why"), "vColl", org="list")
        for step in q.why:
            sub(coll, "string", step)


def tei_corpus_header() -> etree._Element:
    """The header of a ``<teiCorpus>``: what the corpus is and what made it."""
    header = make("teiHeader")
    file_desc = sub(header, "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", "Quotations and their speakers, exported by quoteprov", type="main")
    sub(sub(file_desc, "publicationStmt"), "publisher", "quoteprov")
    sub(sub(file_desc, "sourceDesc"), "p", "The source files named in the header of each TEI document below.")
    app = sub(sub(sub(header, "encodingDesc"), "appInfo"), "application", ident="quoteprov",
              version=tei_version(quoteprov.__version__))
    sub(app, "label", "quoteprov")
    sub(app, "desc", f"quoteprov {quoteprov.__version__}")
    etree.indent(header, "  ", level=1)
    return header


def tei_file_name(doc: ExportDocument) -> str:
    """A safe file name for ``doc``: the source's base name (ASCII, no separators) plus its id."""
    base = re.split(r"[\\/]", doc.path)[-1]
    base = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", base)
    ascii_base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_base).strip("_-")[:80] or "document"
    return f"{stem}.d{name_part(str(doc.id))[:40]}.tei.xml"


def write_tei(documents: Iterable[ExportDocument], output: pathlib.Path, corpus: bool) -> int:
    """Write ``documents`` as TEI and return how many were written.

    ``corpus=False``: ``output`` is a directory (created if missing) receiving one file per
    document. ``corpus=True``: ``output`` is one file holding a ``<teiCorpus>``, written
    incrementally so memory stays flat however many documents there are.
    """
    if corpus:
        return _write_corpus(iter(documents), output)
    output.mkdir(parents=True, exist_ok=True)
    count = 0
    taken: set[str] = set()
    for doc in documents:
        name = tei_file_name(doc)
        n = 1
        while name.lower() in taken:
            n += 1
            name = tei_file_name(doc).replace(".tei.xml", f"-{n}.tei.xml")
        taken.add(name.lower())
        path = output / name
        tree = etree.ElementTree(tei_document(doc))
        tree.getroot().addprevious(etree.ProcessingInstruction("xml-model", _XML_MODEL))
        tree.write(str(path), encoding="utf-8", xml_declaration=True)
        count += 1
    return count


def _write_corpus(documents: Iterator[ExportDocument], output: pathlib.Path) -> int:
    first = next(documents, None)
    if first is None:
        raise EmptyCorpusError()
    ids = IdRegistry()
    count = 0
    with etree.xmlfile(str(output), encoding="utf-8") as xf:
        xf.write_declaration()
        xf.write(etree.ProcessingInstruction("xml-model", _XML_MODEL))
        with xf.element(tei("teiCorpus"), nsmap=NSMAP):
            xf.write("\n  ", tei_corpus_header(), "\n")
            for doc in chain([first], documents):
                xf.write(tei_document(doc, ids), "\n")
                xf.flush()
                count += 1
    return count

