"""`make fast` (scripts/build_fast.py): the modules mypyc compiles."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _core() -> list[str]:
    tree = ast.parse((ROOT / "scripts" / "build_fast.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "CORE" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("scripts/build_fast.py has no CORE list")


def test_a_compiled_package_has_every_module_compiled() -> None:
    # A compiled package __init__ imports no uncompiled module of its own package ("No module named
    # 'quoteprov.dialogue.called'" when dialogue/called.py was left out of the list).
    core = set(_core())
    packages = {m.rsplit("/", 1)[0] for m in core if m.endswith("/__init__")}
    for package in packages:
        modules = {f"{package}/{p.stem}" for p in (ROOT / "quoteprov" / package).glob("*.py")}
        assert modules <= core, sorted(modules - core)


def test_every_listed_module_exists() -> None:
    assert [m for m in _core() if not (ROOT / "quoteprov" / f"{m}.py").exists()] == []
