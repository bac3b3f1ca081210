"""Partition files: a scan's results written as JSON Lines and read back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteprov.document import from_text
from quoteprov.formats import SourceMeta
from quoteprov.ingest import Prepared
from quoteprov.partitions import PartitionError, partition_path, read_partitions, write_partition
from quoteprov.pipeline import analyse
from quoteprov.sources import SourceFile
from quoteprov.store.rows import content_rows

TEXT = "“We will rebuild the pier by spring,” said Mayor Ana Ruiz. “It is “not optional”,” she added.\r\n"


def _prepared(path: str, text: str, meta: SourceMeta | None = None) -> Prepared:
    doc = from_text(path, text)
    rows = content_rows(doc, analyse(doc.text))
    return Prepared(SourceFile(path, doc.size, 123), doc.sha256, doc.size, rows, len(rows.quotes), meta=meta)


def test_results_round_trip(tmp_path: Path) -> None:
    meta = SourceMeta("html", extractor="trafilatura", url="https://example.org/a", title="Pier", date="2021-04-07",
                      warc_file="crawl.warc.gz", warc_offset=1234)
    results = [_prepared("a.txt", TEXT), _prepared("b.html", TEXT.replace("Ruiz", "Ruíz"), meta)]
    assert results[0].content is not None and results[0].content.attributions
    assert write_partition(partition_path(tmp_path, 0), results[:1]) == 1
    assert write_partition(partition_path(tmp_path, 1), results[1:]) == 1
    assert list(read_partitions(tmp_path)) == results
    assert not list(tmp_path.glob("*.tmp"))


def test_a_file_of_another_format_is_refused(tmp_path: Path) -> None:
    partition_path(tmp_path, 0).write_text('{"format": "something-else/9"}\n', encoding="utf-8")
    with pytest.raises(PartitionError, match=r"part-00000.jsonl:1: not a quoteprov-partition/1 file"):
        list(read_partitions(tmp_path))
