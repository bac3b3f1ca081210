"""Fast development loop: run the pure core over a gold file and score it with score.py.

usage: python scripts/dev_eval.py GOLD.jsonl [--show N]
Same numbers as ../shared/eval/run.sh, without the store and the CLI in between.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from quoteprov.pipeline import analyse


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--scorer", default=str(Path(__file__).resolve().parents[2] / "shared/eval/score.py"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", a.scorer)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = score.load_gold(a.gold)
    preds: dict[str, list[dict[str, object]]] = {}
    for key, doc in gold.items():
        res = analyse(doc["text"])
        rows = preds.setdefault(key, [])
        for q, att in zip(res.quotes, res.attributions):
            sp = None
            if att is not None:
                sp = {"name": att.name, "mention": {"start": att.mention.start, "end": att.mention.end, "text": att.mention.text}}
            rows.append({"source": key + ".txt", "start": q.start, "end": q.end, "text": q.text,
                         "kind": q.kind.value, "speaker": sp})
    with tempfile.TemporaryDirectory() as tmp:  # one file per run: runs side by side do not clash
        out = Path(tmp) / "pred.jsonl"
        with out.open("w") as fh:
            for rows in preds.values():
                for r in rows:
                    fh.write(json.dumps(r) + "\n")
        sys.argv = ["score", a.gold, str(out), "--show", str(a.show)]
        score.main()


if __name__ == "__main__":
    main()
