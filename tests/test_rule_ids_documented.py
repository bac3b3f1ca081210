"""Every rule id the code can record is described in docs/resolver.md (rule ids are stable API)."""

from __future__ import annotations

import re
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_RULE = re.compile(r"[\"'](?:cue|continuation|mention|structure|fallback|entity|speaker)\.[a-z][a-z.\-]*[\"']")


def test_every_rule_id_in_the_code_is_documented() -> None:
    ids = {m.group()[1:-1] for path in (_ROOT / "quoteprov").rglob("*.py") for m in _RULE.finditer(path.read_text())}
    assert len(ids) > 30  # the pattern still finds the rule ids
    docs = (_ROOT / "docs" / "resolver.md").read_text()
    assert sorted(i for i in ids if f"`{i}`" not in docs) == []
