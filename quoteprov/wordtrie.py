"""A regular expression for a word list, factored as a trie so the engine never backtracks
through hundreds of alternatives (``said|says|saying`` → ``sa(?:id|ys|ying)``)."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def trie_pattern(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [regex.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
