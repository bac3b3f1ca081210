"""Expanding PATH arguments and reading files: deterministic, and every failure reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quoteprov.errors import BinaryFileError, DecodeError, SourceError
from quoteprov.sources import Problem, SourceFile, expand, load, matches


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def paths(items: list[SourceFile | Problem]) -> list[str]:
    return [os.path.relpath(i.path) for i in items if isinstance(i, SourceFile)]


def test_walks_folders_recursively_in_sorted_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news" / "b.txt", "b")
    write(tmp_path / "news" / "a.txt", "a")
    write(tmp_path / "news" / "2021" / "c.txt", "c")
    write(tmp_path / "news" / "notes.md", "skip me")
    items = list(expand(["news"]))
    assert paths(items) == ["news/2021/c.txt", "news/a.txt", "news/b.txt"]
    assert not [i for i in items if isinstance(i, Problem)]


def test_glob_chooses_files_and_a_named_file_is_always_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "d" / "x.html", "x")
    write(tmp_path / "d" / "y.txt", "y")
    write(tmp_path / "z.md", "z")
    assert paths(list(expand(["d", "z.md"], "*.html"))) == ["d/x.html", "z.md"]


def test_glob_with_a_slash_matches_the_path_below_the_folder() -> None:
    assert matches("2021/a.txt", "2021/*.txt")
    assert not matches("2020/a.txt", "2021/*.txt")
    assert matches("deep/er/a.txt", "*.txt")


def test_missing_path_is_a_problem_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "fine")
    items = list(expand([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(items[0], Problem)
    assert str(items[0]) == f"{tmp_path / 'missing.txt'}: no such file or directory"
    assert isinstance(items[1], SourceFile) and items[1].size == 4


def test_symlink_loop_is_reported_once_not_followed_forever(tmp_path: Path) -> None:
    write(tmp_path / "top" / "a.txt", "a")
    os.symlink(tmp_path / "top", tmp_path / "top" / "loop")
    items = list(expand([str(tmp_path / "top")]))
    files = [i for i in items if isinstance(i, SourceFile)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [Path(f.path).name for f in files] == ["a.txt"]
    assert len(problems) == 1 and "symbolic link loop" in problems[0].message


def test_broken_symlink_is_reported(tmp_path: Path) -> None:
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    (problem,) = list(expand([str(tmp_path)]))
    assert isinstance(problem, Problem) and problem.message == "broken symbolic link; skipped"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    write(locked / "a.txt", "a")
    locked.chmod(0)
    try:
        items = list(expand([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert any(isinstance(i, Problem) and i.path == str(locked) for i in items)


def test_invalid_utf8_names_the_file_and_byte(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.txt", b"Caf\xc3\xa9 \xff ok")
    with pytest.raises(DecodeError) as info:
        load(str(bad))
    assert info.value.byte_position == 6
    assert str(info.value) == f"{bad}: not valid UTF-8 at byte 6 (invalid start byte); convert it to UTF-8 or exclude it"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    blob = write(tmp_path / "blob.txt", b"PK\x03\x04\x00\x00")
    with pytest.raises(BinaryFileError) as info:
        load(str(blob))
    assert info.value.byte_position == 4


def test_unreadable_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or directory; check the path and its permissions"):
        load(str(tmp_path / "gone.txt"))


def test_empty_file_is_fine(tmp_path: Path) -> None:
    doc = load(str(write(tmp_path / "empty.txt", b"")))
    assert doc.text == "" and doc.size == 0
