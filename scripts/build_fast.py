"""Compile the pure core with mypyc, in place: ``make fast`` (``make slow`` removes it).

The scanner, resolver and their helpers are plain typed Python; mypyc turns them into C
extensions that the package imports instead of the ``.py`` files (same behaviour, the
same output: checked on the PolNeAR dev set, prediction for prediction). The store, the
CLI and the exporters stay Python. ``make test`` always removes the compiled modules first,
so the tests check the source.
"""

from mypyc.build import mypycify
from setuptools import setup  # type: ignore[import-untyped]

CORE = ["scanner", "paragraphs", "sentences", "lexicon", "mentions", "names", "cues",
        "people", "people_index", "descriptions", "entities", "rule_context",
        "dialogue/__init__", "dialogue/detect", "dialogue/address", "dialogue/narrator", "dialogue/beats",
        "dialogue/turns", "dialogue/newcomer", "dialogue/alternation", "dialogue/called", "dialogue/voices",
        "resolver", "news_sources", "news_paragraphs", "given_names", "speaker_merge"]

setup(
    name="quoteprov-core",
    ext_modules=mypycify([f"quoteprov/{m}.py" for m in CORE], group_name="quoteprov._core", opt_level="3"),
    packages=[],
)
