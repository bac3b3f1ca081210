"""``quotes list``, ``quotes show`` and ``quotes speakers``: reading the store."""

from __future__ import annotations

import textwrap
from typing import Annotated

import typer

from quoteprov.cli.common import (
    DEFAULT_DB_PATH,
    AllVersionsOption,
    DbOption,
    KindChoice,
    SourceOption,
    one_line,
    open_store,
)
from quoteprov.errors import NotFoundError
from quoteprov.store import QuoteDetail, Store
from quoteprov.store.queries import speaker_ref

CONTEXT_CHARS = 240


def list_quotes(
    db: DbOption = DEFAULT_DB_PATH,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", help="Only quotes by this speaker: an id (sp3) or part of any name form, ignoring case.",
            show_default=False,
        ),
    ] = None,
    source: SourceOption = None,
    kind: Annotated[
        KindChoice | None,
        typer.Option("--kind", help="Only quotes of this kind: direct or partial speech, or a quoted term.", show_default=False),
    ] = None,
    ids: Annotated[bool, typer.Option("--ids", help="Start each line with the quote id that `quotes show` takes.")] = False,
    all_versions: AllVersionsOption = False,
) -> None:
    """List quotes, one a line: path:line:col, kind, speaker and the start of the text.

    Unattributed quotes show "-" as speaker.
    """
    found = 0
    with open_store(db) as store:
        for q in store.iter_quotes(
            speaker=speaker, source=source, kind=kind.value if kind else None, all_versions=all_versions
        ):
            found += 1
            prefix = f"{q.id}  " if ids else ""
            typer.echo(f"{prefix}{q.path}:{q.line}:{q.column}  {q.kind}  {q.speaker or '-'}  “{one_line(q.text, 72)}”")
    if not found:
        typer.echo("no quotes match", err=True)


def show(
    quote_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A quote id as `quotes list --ids` and the exports print it (or a unique start of one), "
            "or the quote's integer number.",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB_PATH,
    why: Annotated[bool, typer.Option("--why", help="Also print the chain of rules that attributed the quote.")] = False,
) -> None:
    """Show one quote in its context, with where it stands and who said it."""
    with open_store(db) as store:
        detail = store.get_quote(quote_id)
    for line in render(detail, why=why):
        typer.echo(line)


def render(detail: QuoteDetail, *, why: bool = False) -> list[str]:
    q = detail.quote
    docs = detail.documents
    head = [d for d in docs if d.latest] or list(docs)
    lines = [f"{doc.path}:{q.line}:{q.column}  (version {doc.version}{'' if doc.latest else ', since changed'})" for doc in head]
    lines += [f"{d.path}:{q.line}:{q.column}  (version {d.version}, since changed)" for d in docs if d not in head]
    lines += [
        f"id          {q.id}  (#{detail.rowid})",
        f"kind        {q.kind}{'' if q.depth == 0 else f', nested (depth {q.depth})'}",
        f"marks       {q.open_mark} {q.close_mark or '(open to the end of its paragraph)'}",
        f"sha256      {detail.sha256}",
        f"bytes       {q.byte_start}-{q.byte_end}   code points {q.start}-{q.end}",
    ]
    if q.speaker is None:
        lines.append("speaker     - (not attributed)")
    else:
        lines.append(f"speaker     {q.speaker.name} ({q.speaker.id}, {q.speaker.kind})")
        if q.mention is not None:
            lines.append(f"mention     “{q.mention.text}” at {q.mention.start}-{q.mention.end} ({q.mention_kind})")
    lines.append(f"cue         “{q.cue.text}” at {q.cue.start}-{q.cue.end}" if q.cue else "cue         -")
    if q.rule is not None:
        confidence = f"{q.confidence:.2f}" if q.confidence is not None else "-"
        lines.append(f"rule        {q.rule}   confidence {confidence}")
    lines += ["", *context(detail.text, q.start, q.end, q.open_mark, q.close_mark)]
    if why:
        lines += ["", "why:"]
        lines += [f"  {n}. {step}" for n, step in enumerate(q.why, 1)] or ["  (no attribution)"]
    return lines


def context(text: str, start: int, end: int, open_mark: str, close_mark: str) -> list[str]:
    """The quote with up to CONTEXT_CHARS around it, wrapped and indented; the quote in ⟦ ⟧."""
    lo = max(0, start - len(open_mark) - CONTEXT_CHARS)
    hi = min(len(text), end + len(close_mark) + CONTEXT_CHARS)
    while lo > 0 and not text[lo - 1].isspace():
        lo += 1
    while hi < len(text) and not text[hi].isspace():
        hi -= 1
    hi = max(hi, end)
    lo = min(lo, start)
    before, quote, after = text[lo:start], text[start:end], text[end:hi]
    body = " ".join(f"{'…' if lo else ''}{before}⟦{quote}⟧{after}{'…' if hi < len(text) else ''}".split())
    return textwrap.wrap(body, width=88, initial_indent="    ", subsequent_indent="    ") or ["    ⟦⟧"]


def speakers(
    db: DbOption = DEFAULT_DB_PATH,
    split: Annotated[
        str | None,
        typer.Option("--split", metavar="NAME", help="Undo a merge: give this name form a speaker of its own.",
                     show_default=False),
    ] = None,
    merge: Annotated[
        tuple[str, str] | None,
        typer.Option("--merge", metavar="INTO OTHER", help="Merge speaker OTHER into INTO (ids such as sp3).",
                     show_default=False),
    ] = None,
) -> None:
    """List each speaker across the store, most quoted first, with every name form seen.

    Name variants are merged by rule (same surname, given names equal or transliteration
    variants: Sergey/Sergei). Every merge is reversible with --split; --merge joins two
    speakers the rule kept apart.
    """
    if split is not None or merge is not None:
        with open_store(db) as store:
            if split is not None:
                created = store.split_speaker_name(split)
                if not created:
                    raise NotFoundError(f"no merged speaker has the name form {split!r}; see `quotes speakers`")
                typer.echo(f"split {split!r} into {', '.join(speaker_ref(i) for i in created)}")
            if merge is not None:
                into, other = (_speaker_id(store, ref) for ref in merge)
                store.merge_speakers(into, other)
                typer.echo(f"merged {speaker_ref(other)} into {speaker_ref(into)}")
        return
    found = 0
    with open_store(db) as store:
        for sp in store.iter_speakers():
            found += 1
            others = [v for v in sp.variants if v != sp.name]
            also = f"  (also: {', '.join(others)})" if others else ""
            typer.echo(f"{sp.id}  {sp.kind}  {sp.quotes} quote{'s' if sp.quotes != 1 else ''}  {sp.name}{also}")
    if not found:
        typer.echo("no speakers in the store yet", err=True)


def _speaker_id(store: Store, ref: str) -> int:
    raw = ref.removeprefix("sp")
    if not raw.isdigit() or store.conn.execute("SELECT 1 FROM speakers WHERE id = ?", (int(raw),)).fetchone() is None:
        raise NotFoundError(f"no speaker {ref!r} in the store; `quotes speakers` lists their ids")
    return int(raw)


def register(app: typer.Typer) -> None:
    app.command("list")(list_quotes)
    app.command("show")(show)
    app.command("speakers")(speakers)
