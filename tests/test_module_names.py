"""No module binds a top-level name twice: a second `_BLANK_LINE = …` at the foot of a module
silently replaces the first and changes what every caller above it gets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*ROOT.glob("quoteprov/**/*.py"), *ROOT.glob("tests/*.py")])


def _bindings(path: Path) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for name, line in _bindings(path):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen[name] = line
    assert not twice, f"{path.name} binds again: {', '.join(twice)}"


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\n\ndef f() -> int:\n    return A\n\nA = 2\n", encoding="utf-8")
    assert [n for n, _ in _bindings(module)] == ["A", "f", "A"]
