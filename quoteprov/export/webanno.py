"""W3C Web Annotation export: one annotation per quote (https://www.w3.org/TR/annotation-model/).

Output, chosen by ``output``:

* ``None`` (stdout) or any other file name: one JSON-LD ``AnnotationCollection`` whose
  ``first`` ``AnnotationPage`` holds every annotation in ``items``; written item by item,
  so memory stays flat, with ``total`` at the end.
* a name ending in ``.jsonl`` or ``.ndjson``: JSON Lines, one complete annotation per line.

Each annotation stands alone (it carries its own ``@context``). Its target is the exact
text that was scanned, named by content (``urn:sha256:<hex>``, the sha256 of the source
bytes) with the path it was read from in ``via``; selectors give the quote both as text
(``TextQuoteSelector``) and as code-point offsets (``TextPositionSelector``).
"""

from __future__ import annotations

import json
import pathlib
import sys
import uuid
from collections.abc import Iterable, Iterator
from typing import IO, Any, Protocol
from urllib.parse import quote as percent

import quoteprov
from quoteprov.export.model import ExportDocument, ExportQuote
from quoteprov.export.tei_header import w3c_datetime

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_LENGTH = 32  # code points of prefix and suffix in a TextQuoteSelector
_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~"
_AGENT_TYPE = {"person": "Person", "organisation": "Organization", "unnamed": "Person"}

__all__ = ["annotation", "iter_annotations", "write_webanno", "CONTEXT"]


def _software(version: str) -> dict[str, str]:
    return {"id": f"urn:quoteprov:software:{percent(version, safe='')}", "type": "Software",
            "name": f"quoteprov {version}", "nickname": "quoteprov"}


def document_iri(doc: ExportDocument) -> str:
    return f"urn:sha256:{doc.sha256}"


def _path_iri(path: str) -> str:
    p = pathlib.PurePath(path)
    if p.is_absolute():
        try:
            return pathlib.Path(path).as_uri()
        except ValueError:
            pass
    return percent(path.replace("\\", "/"), safe="/")


def source_metadata(doc: ExportDocument) -> dict[str, Any]:
    """The article as published, for ``target.source``: ``canonical`` (its URL) and Dublin Core terms
    (prefix ``dcterms`` of the anno.jsonld context); the WARC record's ids as ``dcterms:identifier``."""
    meta = doc.metadata
    out: dict[str, Any] = {}
    if meta.get("url"):
        out["canonical"] = percent(meta["url"].strip(), safe=_IRI_SAFE)
    for key, term in (("title", "dcterms:title"), ("author", "dcterms:creator"), ("date", "dcterms:issued"),
                      ("outlet", "dcterms:publisher")):
        if meta.get(key):
            out[term] = meta[key]
    ids = [meta[key] for key in ("warc_record_id", "warc_target_uri") if meta.get(key)]
    if meta.get("warc_file"):
        ids.insert(0, f"{meta['warc_file']}#offset={meta.get('warc_offset', '')}")
    if ids:
        out["dcterms:identifier"] = ids
    return out


def annotation(doc: ExportDocument, quote: ExportQuote) -> dict[str, Any]:
    """The Web Annotation for one quote of ``doc``, as a JSON-LD dict.

    ``creator`` is the quoteprov that scanned the document (the run's version when known),
    ``generator`` the quoteprov that wrote this export.
    """
    text = doc.text
    run = doc.run
    start, end = quote.start, quote.end
    quote_selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": text[start:end]}
    prefix = text[max(0, start - CONTEXT_LENGTH):start]
    suffix = text[end:end + CONTEXT_LENGTH]
    if prefix:
        quote_selector["prefix"] = prefix
    if suffix:
        quote_selector["suffix"] = suffix
    via = [_path_iri(doc.path)]
    if doc.metadata.get("url"):
        via.append(percent(doc.metadata["url"].strip(), safe=_IRI_SAFE))
    bodies: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": quote.kind,
                                     "format": "text/plain"}]
    if quote.speaker is not None:
        sp = quote.speaker
        agent: dict[str, Any] = {"id": f"urn:quoteprov:speaker:{percent(sp.id, safe='')}",
                 "type": _AGENT_TYPE.get(sp.kind, "Agent"), "name": sp.name}
        nicknames = [v for v in dict.fromkeys(sp.variants) if v != sp.name]
        if nicknames:
            agent["nickname"] = nicknames
        bodies.append({"type": "SpecificResource", "purpose": "identifying", "source": agent})
    if quote.rule is not None:
        why = f"rule {quote.rule}"
        if quote.confidence is not None:
            why += f", confidence {quote.confidence:g}"
        if quote.mention is not None:
            why += f", mention {quote.mention.text!r} at {quote.mention.start}-{quote.mention.end}"
        if quote.cue is not None:
            why += f", cue {quote.cue.text!r} at {quote.cue.start}-{quote.cue.end}"
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": why, "format": "text/plain"})
    ann: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:quoteprov:quote:{percent(quote.id, safe='')}",
        "type": "Annotation",
        "motivation": "identifying" if quote.speaker is not None else "tagging",
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": {"id": document_iri(doc), "type": "Text", "format": "text/plain", "via": via,
                       **source_metadata(doc)},
            "selector": [quote_selector, {"type": "TextPositionSelector", "start": start, "end": end}],
        },
        "creator": _software(run.tool_version if run is not None else quoteprov.__version__),
        "generator": _software(quoteprov.__version__),
    }
    if run is not None:
        created = w3c_datetime(run.finished_at) or w3c_datetime(run.started_at)
        if created:
            ann["created"] = created
    return ann


def iter_annotations(documents: Iterable[ExportDocument]) -> Iterator[dict[str, Any]]:
    for doc in documents:
        for q in doc.quotes:
            yield annotation(doc, q)


def _dump(obj: Any) -> bytes:
    # Lone surrogates (from undecodable file names) become \\udcXX: a valid JSON escape.
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "backslashreplace")


def write_webanno(documents: Iterable[ExportDocument], output: pathlib.Path | None) -> int:
    """Write one annotation per quote to ``output`` (``None``: stdout); return how many."""
    if output is None:
        stream: _BytesOut = getattr(sys.stdout, "buffer", None) or _TextSink(sys.stdout)
        sys.stdout.flush()
        count = _write_collection(documents, stream)
        stream.flush()
        return count
    with open(output, "wb") as fh:
        if output.suffix.lower() in (".jsonl", ".ndjson"):
            count = 0
            for ann in iter_annotations(documents):
                fh.write(_dump(ann) + b"\n")
                count += 1
            return count
        return _write_collection(documents, fh)


def _write_collection(documents: Iterable[ExportDocument], out: _BytesOut) -> int:
    head = {"@context": CONTEXT, "id": uuid.uuid4().urn, "type": "AnnotationCollection",
            "label": "Quotations and their speakers, exported by quoteprov",
            "generator": _software(quoteprov.__version__)}
    page = {"id": uuid.uuid4().urn, "type": "AnnotationPage", "startIndex": 0}
    out.write(_dump(head)[:-1] + b',\n "first": ' + _dump(page)[:-1] + b', "items": [')
    count = 0
    for ann in iter_annotations(documents):
        out.write((b",\n  " if count else b"\n  ") + _dump(ann))
        count += 1
    out.write(b'\n ]},\n "total": ' + str(count).encode() + b"\n}\n")
    return count


class _BytesOut(Protocol):
    def write(self, data: bytes, /) -> int: ...

    def flush(self) -> None: ...


class _TextSink:
    """A bytes writer over a text stream without ``.buffer`` (e.g. some captured stdouts)."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text

    def write(self, data: bytes) -> int:
        return self._text.write(data.decode("utf-8"))

    def flush(self) -> None:
        self._text.flush()
