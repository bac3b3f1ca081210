"""``quotes verify``: prove every stored quote against its file as it is now."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from quoteprov.cli.common import DEFAULT_DB_PATH, DbOption, one_line, open_store
from quoteprov.store import RunCounts, Store
from quoteprov.store.versions import record_version
from quoteprov.verify import STATUSES
from quoteprov.verify_io import DocumentResult, QuoteResult, summarise, verify_documents

HELP = (
    "Prove every stored quote against its file as it is now.\n\n"
    "Re-read every stored source (or those under PATH), compare its sha256, and check every stored quote "
    "at its offsets. Each quote is ok, moved (the file changed but the exact words are found again, "
    "re-anchored by the text around them: new offsets shown), changed (the words at the place differ: both "
    "shown) or missing (the file is gone or cannot be read). Exit status 0 only when every file is unchanged "
    "and every quote ok; 1 otherwise. --update records each changed file as a new version holding the quotes "
    "found again, at their new offsets (and any new quotes); the old version is kept."
)


def verify_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[PATH]...", help="Only documents stored under these files or folders.", show_default=False),
    ] = None,
    db: DbOption = DEFAULT_DB_PATH,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout instead of the table.")] = False,
    update: Annotated[
        bool, typer.Option("--update", help="Record changed files as new versions with the re-anchored quotes.")
    ] = False,
) -> None:
    given = [str(p) for p in paths or []]
    with open_store(db) as store:
        results = list(verify_documents(store, given))
        if update:
            _update(store, results, ["quotes", "verify", *given, "--update", "--db", str(db)])
    counts = summarise(results)
    if as_json:
        typer.echo(json.dumps({"documents": [_doc_json(d) for d in results], "summary": counts}, ensure_ascii=False))
    else:
        for line in render(results, counts):
            typer.echo(line)
    if not all(d.ok for d in results):
        raise typer.Exit(1)


def _update(store: Store, results: list[DocumentResult], argv: list[str]) -> None:
    todo = [d for d in results if d.status == "changed" and d.new_doc is not None]
    if not todo:
        return
    run_id = store.begin_run(argv)
    counts = RunCounts()
    status = "failed"
    try:
        for d in todo:
            assert d.new_doc is not None
            carried = [(q.quote.rowid, q.quote.uid, q.now.start, q.now.end) for q in d.quotes
                       if q.status in ("ok", "moved") and q.now is not None]
            d.updated_version = record_version(store, d.path, d.old_text, d.new_doc, carried, run_id)
            counts.scanned += 1
            counts.new += 1
            counts.quotes += len(carried)
        status = "finished"
    finally:
        store.finish_run(run_id, counts, status)


def render(results: list[DocumentResult], counts: dict[str, int]) -> list[str]:
    lines: list[str] = []
    for d in results:
        tally = ", ".join(f"{n} {s}" for s in STATUSES if (n := sum(q.status == s for q in d.quotes))) or "no quotes"
        state: str = d.status
        if d.status == "changed" and d.current_sha256:
            state = f"changed (sha256 {d.sha256[:12]} → {d.current_sha256[:12]})"
        elif d.problem:
            state = f"{d.status} ({d.problem})"
        lines.append(f"{d.path}  version {d.version}  {state}  {tally}")
        lines += [f"  {line}" for q in d.quotes if q.status != "ok" and not d.problem for line in _quote_lines(q)]
        if d.updated_version is not None:
            lines.append(f"  recorded as version {d.updated_version}")
    docs = len(results)
    lines += ["", "status    quotes"]
    lines += [f"{s:<8} {counts[s]:>7}" for s in STATUSES]
    doc_tally = ", ".join(f"{counts.get(f'documents_{s}', 0)} {s}" for s in ("ok", "changed", "missing", "unreadable"))
    lines.append(f"documents {docs}: {doc_tally}")
    return lines


def _quote_lines(q: QuoteResult) -> list[str]:
    old = q.quote
    head = f"{q.status:<8} {old.uid}  {old.line}:{old.column}"
    if q.status == "missing" or q.now is None:
        return [f"{head}  “{one_line(old.text, 60)}”"]
    if q.status == "moved":
        return [f"{head} → {q.now.line}:{q.now.column}  (code points {old.start}-{old.end} → {q.now.start}-{q.now.end}, "
                f"bytes {old.byte_start}-{old.byte_end} → {q.now.byte_start}-{q.now.byte_end})  “{one_line(old.text, 60)}”"]
    now = f"    now  “{one_line(q.found, 100)}”  (at {q.now.line}:{q.now.column})"
    return [head, f"    was  “{one_line(old.text, 100)}”", now]


def _doc_json(d: DocumentResult) -> dict[str, Any]:
    return {
        "path": d.path, "version": d.version, "sha256": d.sha256, "current_sha256": d.current_sha256,
        "status": d.status, "problem": d.problem, "updated_version": d.updated_version,
        "quotes": [_quote_json(q) for q in d.quotes],
    }


def _quote_json(q: QuoteResult) -> dict[str, Any]:
    old = q.quote
    out: dict[str, Any] = {
        "id": old.uid, "status": q.status, "text": old.text, "start": old.start, "end": old.end,
        "byte_start": old.byte_start, "byte_end": old.byte_end, "line": old.line, "column": old.column, "now": None,
    }
    if q.now is not None:
        n = q.now
        out["now"] = {"start": n.start, "end": n.end, "byte_start": n.byte_start, "byte_end": n.byte_end,
                      "line": n.line, "column": n.column, "text": q.found}
    return out


def register(app: typer.Typer) -> None:
    app.command("verify", help=HELP, short_help="Prove every stored quote against its file as it is now.")(verify_command)
