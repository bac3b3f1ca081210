"""Helpers for the resolver's tests: what a text's quotes are attributed to."""

from __future__ import annotations

from quoteprov.pipeline import analyse
from quoteprov.records import Attribution, Kind


def attributions(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote text, speaker name, mention text, rule) for every quote that is not a term."""
    res = analyse(text)
    out = []
    for q, a in zip(res.quotes, res.attributions):
        if q.kind is Kind.TERM:
            continue
        out.append((q.text, a.name if a else None, a.mention.text if a else None, a.rule if a else None))
    return out


def only(text: str) -> Attribution:
    res = analyse(text)
    atts = [a for a in res.attributions if a is not None]
    assert len(atts) == 1, atts
    return atts[0]


def last_step(text: str, n: int) -> str:
    """The rule id of the last step of why quote ``n`` (of all the quotes, terms too) has its speaker."""
    att = analyse(text).attributions[n]
    assert att is not None, f"quote {n} has no speaker"
    return att.why[-1].rule
