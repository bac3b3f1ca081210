"""``quotes trace``: follow one statement across the files (outlets) that quote it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Annotated, Any

import typer

from quoteprov import trace
from quoteprov.cli.common import DEFAULT_DB_PATH, DbOption, one_line, open_store
from quoteprov.errors import NotFoundError, QuoteprovError
from quoteprov.store import Store

HELP = (
    "Find every stored quote that is the same statement as quote ID (as `quotes list --ids` prints it) or as "
    "the words given: identical, or a variant (other marks, case, whitespace, ellipses, editorial insertions), a "
    "fragment of a longer quote, or a small rewording (by word alignment). Lists them by publication date when "
    "the pages give one, else in the order their files were first seen, with a word-by-word diff against the first "
    "([-gone-] {+added+}). --all groups the whole "
    "store. Exit status 3 when nothing matches."
)
_ID = re.compile(r"^(\d+|[0-9a-f]{6,12}(:\d+(-\d+(~\d+)?)?)?)$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One quote in one file (the same bytes at two paths are two entries of one quote)."""

    rowid: int
    uid: str
    text: str
    kind: str
    line: int
    column: int
    path: str
    first_seen: str
    speaker: str | None
    published: str | None = None  # publication date, when the page or WARC record gives one
    outlet: str | None = None

    @property
    def where(self) -> str:
        return self.outlet or self.path


def load_entries(store: Store) -> list[Entry]:
    """Every quote of the newest version of every path: those with a publication date first,
    in date order, then the rest in the order they were first seen."""
    rows = store.conn.execute(
        "SELECT q.id, q.uid, q.text, q.kind, q.line, q.col, d.path, d.first_seen, s.name,"
        " coalesce(m.date, m.warc_date), m.outlet"
        " FROM documents d JOIN quotes q ON q.sha256 = d.sha256"
        " LEFT JOIN document_meta m ON m.document_id = d.id"
        " LEFT JOIN attributions a ON a.quote_id = q.id LEFT JOIN speakers s ON s.id = a.speaker_id"
        " WHERE d.version = (SELECT max(d2.version) FROM documents d2 WHERE d2.path = d.path)"
        " ORDER BY coalesce(m.date, m.warc_date) IS NULL, coalesce(m.date, m.warc_date),"
        ' d.first_seen, d.path, q.start, q."end", q.depth'
    )
    return [Entry(*row) for row in rows]


def trace_command(
    query: Annotated[
        str | None,
        typer.Argument(metavar="ID|WORDS", help="A quote id (or its number), or words of a quote.", show_default=False),
    ] = None,
    db: DbOption = DEFAULT_DB_PATH,
    all_: Annotated[bool, typer.Option("--all", help="Group the whole store into statements quoted more than once.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout instead of text.")] = False,
) -> None:
    if (query is None) == (not all_):
        raise QuoteprovError("give a quote ID or words of a quote, or --all (not both)")
    with open_store(db) as store:
        entries = load_entries(store)
        reference = None
        if query is not None and _ID.match(query.strip()):
            try:
                reference = store.get_quote(query).quote
            except NotFoundError:
                if ":" in query:  # clearly meant as an id
                    raise
    index = trace.Index((e.rowid, e.text) for e in entries)
    if all_:
        groups = [_members(g, entries) for g in index.groups()]
        groups = [g for g in groups if len({e.rowid for e in g}) > 1]
        _print_groups(groups, as_json)
        return
    assert query is not None
    text = reference.text if reference is not None else query
    matches = index.statement(text)
    found = [e for e in entries if e.rowid in matches]
    if not found:
        raise NotFoundError(f"no stored quote is the same statement as {one_line(text, 60)!r}; try fewer words")
    first = found[0]
    if as_json:
        typer.echo(json.dumps({"query": text, "quotes": [_entry_json(e, first, matches[e.rowid]) for e in found]},
                              ensure_ascii=False))
        return
    typer.echo(f"statement  “{one_line(text, 100)}”")
    typer.echo(_tally(found))
    for n, e in enumerate(found, 1):
        for line in _entry_lines(n, e, first, trace.compare(first.text, e.text) or matches[e.rowid]):
            typer.echo(line)


def _members(keys: list[int], entries: list[Entry]) -> list[Entry]:
    wanted = set(keys)
    return [e for e in entries if e.rowid in wanted]


def _tally(found: list[Entry]) -> str:
    quotes, files = len({e.rowid for e in found}), len({e.path for e in found})
    plural = ("s" if quotes != 1 else "", "s" if files != 1 else "")
    first = found[0]
    if first.published:
        return f"{quotes} quote{plural[0]} in {files} file{plural[1]}, first published by {first.where} on {first.published}"
    return f"{quotes} quote{plural[0]} in {files} file{plural[1]}, first seen {first.first_seen}"


def _entry_lines(n: int, e: Entry, first: Entry, match: trace.Match | None) -> list[str]:
    how = ("first published" if e.published else "first seen") if e is first else _how(match)
    lines = [
        f"{n:>3}. {e.path}:{e.line}:{e.column}  {e.uid}  {e.speaker or '-'}  {e.kind}  {how}",
        f"     “{one_line(e.text, 120)}”",
    ]
    if e is not first and e.text != first.text:
        lines.append(f"     diff: {trace.word_diff(first.text, e.text)}")
    return lines


def _how(match: trace.Match | None) -> str:
    if match is None:
        return ""
    if match.relation in ("identical", "variant"):
        return match.relation
    return f"{match.relation} (aligned {match.coverage:.0%} of the shorter, similarity {match.similarity:.2f})"


def _print_groups(groups: list[list[Entry]], as_json: bool) -> None:
    if as_json:
        out = []
        for g in groups:
            first = g[0]
            out.append({"statement": first.text, "quotes": [
                _entry_json(e, first, trace.compare(first.text, e.text)) for e in g]})
        typer.echo(json.dumps({"statements": out}, ensure_ascii=False))
        return
    for k, g in enumerate(groups, 1):
        first = g[0]
        typer.echo(f"statement {k}  “{one_line(first.text, 100)}”")
        typer.echo(_tally(g))
        for n, e in enumerate(g, 1):
            for line in _entry_lines(n, e, first, trace.compare(first.text, e.text)):
                typer.echo(line)
        typer.echo("")
    quotes = sum(len({e.rowid for e in g}) for g in groups)
    typer.echo(f"{len(groups)} statement{'s' if len(groups) != 1 else ''} quoted more than once ({quotes} quotes)")


def _entry_json(e: Entry, first: Entry, match: trace.Match | None) -> dict[str, Any]:
    return {
        "id": e.uid, "source": e.path, "line": e.line, "column": e.column, "first_seen": e.first_seen,
        "published": e.published, "outlet": e.outlet,
        "speaker": e.speaker, "kind": e.kind, "text": e.text,
        "relation": match.relation if match else None,
        "coverage": round(match.coverage, 3) if match else None,
        "similarity": round(match.similarity, 3) if match else None,
        "diff": trace.word_diff(first.text, e.text) if e is not first else None,
    }


def register(app: typer.Typer) -> None:
    app.command("trace", help=HELP, short_help="Follow one statement across the files and outlets that quote it.")(trace_command)
