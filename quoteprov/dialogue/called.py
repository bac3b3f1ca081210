"""Dialogue: a he or she the story never names in its narration, named by what the others call them.

“Dell.” ¶ “What.” … “What, Arlette?” ¶ “I said nothing.”: the turns next to a turn of the unnamed
"he" call him Dell, those next to the unnamed "she" call her Arlette. A name counts when the turn
that calls it is another speaker's, right before or after a turn of the pronoun's own; it never
names someone the narration names or a cue gives speech to, nor one whose given name says the
other sex; it needs two such calls and no rival (rule mention.pronoun.called).
"""

from __future__ import annotations

from quoteprov.dialogue.address import proper_name, vocatives
from quoteprov.given_names import gender_of
from quoteprov.mentions import name_chunk
from quoteprov.records import SpeakerKind
from quoteprov.rule_context import Context, Found

_CALLS = 2  # calls a name needs


def called_pronouns(ctx: Context) -> dict[str, str]:
    """``{"she": "Arlette", "he": "Dell"}``: the name each unnamed he/she of a story is called by."""
    index = ctx.entity_index()
    votes: dict[str, dict[str, int]] = {}  # pronoun → name → calls
    told = ctx.narration_names()
    cued = {index.resolve(f.event.chunk)[0] for f in ctx.found
            if f is not None and f.rule.startswith("cue.") and f.event.chunk.kind == "name"}
    for pi in range(1, len(ctx.paras)):
        p, prev = ctx.paras[pi], ctx.paras[pi - 1]
        if not p.quotes or not prev.quotes:
            continue
        f, before = ctx.found[p.quotes[0]], ctx.found[prev.quotes[-1]]
        if f is None or before is None:
            continue
        for mine, other, turn in ((f, before, prev), (before, f, p)):
            pronoun = _unnamed(ctx, mine)
            if pronoun is None or _unnamed(ctx, other) == pronoun:
                continue
            for n in turn.quotes:
                for start, end in vocatives(ctx, ctx.quotes[n]):
                    name = " ".join(ctx.text[start:end].split())
                    words = name.split()
                    if len(words) != 1 or name in told or not proper_name(ctx, name) or \
                            gender_of(name) not in ("", "m" if pronoun == "he" else "f") or \
                            index.known_person(name_chunk(ctx.text, start, end)) in cued:
                        continue
                    votes.setdefault(pronoun, {})[name] = votes.get(pronoun, {}).get(name, 0) + 1
    named: dict[str, str] = {}
    for pronoun, names in votes.items():
        ranked = sorted(names.items(), key=lambda kv: -kv[1])
        if ranked[0][1] >= _CALLS and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            named[pronoun] = ranked[0][0]
    if len(set(named.values())) < len(named):
        return {}  # one name for both: no telling whose
    return named


def _unnamed(ctx: Context, f: Found) -> str | None:
    """"he" or "she" when turn ``f`` is spoken by a he/she the rules tied to no one, else None."""
    c = f.antecedent or f.event.chunk
    if c.kind != "pronoun" or c.gender not in ("m", "f"):
        return None
    kind = ctx.entity_index().resolve(c)[2]
    return ("he" if c.gender == "m" else "she") if kind is SpeakerKind.UNNAMED else None
