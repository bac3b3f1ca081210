"""Accuracy gate: the CLI end to end on the shared gold sets, against pinned floors.

Runs ``../shared/eval/run.sh`` (scan a fresh store, export JSON Lines, score) exactly as
a user would. CI fails when the sample corpus is not perfect or the PolNeAR dev set falls
below the floors pinned a little under what the resolver reaches (see README, "Accuracy").
Skipped only where the shared evaluation folder is absent (it is never committed here).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FLOORS = {
    "seeds.gold.jsonl": {"quotes_f1": 1.0, "speaker_acc": 1.0, "e2e_f1": 1.0},
    "polnear-dev.gold.jsonl": {"quotes_f1": 0.970, "speaker_acc": 0.931, "e2e_f1": 0.908},
}


def _quotes_command() -> str:
    beside = Path(sys.executable).with_name("quotes")
    found = str(beside) if beside.exists() else shutil.which("quotes")
    if found is None:
        pytest.skip("the quotes command is not installed (pip install -e .)")
    return found


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_accuracy_does_not_fall_below_floor(gold: str) -> None:
    if not (EVAL / "run.sh").exists() or not (EVAL / gold).exists():
        pytest.skip(f"{EVAL / gold} not present: the shared evaluation data is not part of this repository")
    env = dict(os.environ, QUOTES=_quotes_command())
    out = subprocess.run(["bash", str(EVAL / "run.sh"), str(EVAL / gold)], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    last = out.stdout.strip().splitlines()[-1]
    scores = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}
    print(f"{gold}: {last}")
    for metric, floor in FLOORS[gold].items():
        assert scores[metric] >= floor, f"{gold}: {metric}={scores[metric]:.3f} fell below the pinned floor {floor:.3f}"
