"""A deterministic synthetic news corpus, recombined from the sample articles in corpus/.

Each document i is built from its own seeded RNG (so the corpus is the same on every run,
and document i does not depend on the size asked for): a headline, then body paragraphs
drawn from all the sample articles in a new order, with the people renamed from a
generated pool (consistently within the document), numbers changed, and the quotes laid
out in one of several styles (curly, straight or guillemet marks; cue before or after the
quote; hard-wrapped lines; CRLF line ends).
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

VERSION = "1"  # bump when the generator changes, so old corpora are rebuilt
FILES_PER_FOLDER = 500

# People in the sample articles: every form a text uses, longest first, and the surname.
PEOPLE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Sergey Lavrov", "Sergei Lavrov"), "Lavrov"),
    (("Shah Mahmood Qureshi", "Shah Mehmood Qureshi", "Shah Mahmoud Qureshi"), "Qureshi"),
    (("Imran Khan",), "Khan"),
    (("Qamar Javed Bajwa",), "Bajwa"),
    (("Michael Kugelman",), "Kugelman"),
)
FIRST = (
    "Amina", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ingrid", "Jorge", "Kavita", "Lars",
    "Mariam", "Nikolai", "Olga", "Pedro", "Qiu", "Rahul", "Sofia", "Tomasz", "Ursula", "Viktor", "Wen", "Yusuf", "Zara",
)
LAST = (
    "Abbasi", "Bergström", "Castillo", "Dubois", "Ekwueme", "Fischer", "Gallagher", "Haddad", "Ivanova", "Jaramillo",
    "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Sandoval", "Tanaka",
    "Usmani", "Valdés", "Whitaker", "Yilmaz", "Zhukov",
)
MARKS = (("“", "”"), ('"', '"'), ("«", "»"))
_DIGITS = re.compile(r"\d+")
_CUE_AFTER = re.compile(r"^“([^”]{20,}?)[,.]” said ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)\.(.*)$", re.S)


def load_paragraphs(folder: Path) -> tuple[list[str], list[str]]:
    """Headlines and body paragraphs of every sample article."""
    heads: list[str] = []
    body: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        heads.append(paragraphs[0])
        body.extend(paragraphs[1:])
    return heads, body


def _rename(text: str, cast: list[tuple[str, str]]) -> str:
    for (forms, surname), (first, last) in zip(PEOPLE, cast):
        for form in forms:
            text = text.replace(form, f"{first} {last}")
        text = re.sub(rf"\b{surname}\b", last, text)
    return text


def _layout(paragraph: str, rng: random.Random, marks: tuple[str, str]) -> str:
    m = _CUE_AFTER.match(paragraph)
    if m and rng.random() < 0.5:  # "…," said X.  →  X said: "…."
        paragraph = f"{m.group(2)} said: “{m.group(1)}.”{m.group(3)}"
    if marks != ("“", "”"):
        paragraph = paragraph.replace("“", marks[0]).replace("”", marks[1])
    return paragraph


def _wrap(paragraph: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def document(i: int, seed: int, heads: list[str], body: list[str]) -> str:
    """Document ``i`` of the corpus: the same text for the same (i, seed), whatever the corpus size."""
    rng = random.Random(f"{seed}:{i}")
    cast = [(rng.choice(FIRST), rng.choice(LAST)) for _ in PEOPLE]
    marks = MARKS[0] if rng.random() < 0.6 else rng.choice(MARKS[1:])
    chosen = rng.sample(body, k=min(len(body), rng.randint(8, 40)))
    paragraphs = [rng.choice(heads), *chosen]
    out = []
    for paragraph in paragraphs:
        text = _layout(_rename(paragraph, cast), rng, marks)
        text = _DIGITS.sub(lambda d: str(rng.randint(10 ** (len(d.group()) - 1), 10 ** len(d.group()) - 1)), text)
        out.append(text)
    width = rng.choice((0, 0, 0, 72, 100))
    if width:
        out = [_wrap(p, width) for p in out]
    text = "\n\n".join(out) + "\n"
    return text.replace("\n", "\r\n") if rng.random() < 0.1 else text


def generate(folder: Path, megabytes: float, samples: Path, seed: int = 7) -> tuple[int, int]:
    """Write the corpus under ``folder`` (reused when already complete); return (files, bytes)."""
    stamp = folder / ".complete"
    want = f"{VERSION} {megabytes} {seed}"
    if stamp.exists():
        have, done, size = stamp.read_text().rsplit(" ", 2)
        if have == want:
            return int(done), int(size)
    heads, body = load_paragraphs(samples)
    target = int(megabytes * 1_000_000)
    total = files = 0
    for i, text in _documents(seed, heads, body):
        if total >= target:
            break
        sub = folder / f"{i // FILES_PER_FOLDER:04d}"
        if i % FILES_PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    stamp.write_text(f"{want} {files} {total}")
    return files, total


def _documents(seed: int, heads: list[str], body: list[str]) -> Iterator[tuple[int, str]]:
    i = 0
    while True:
        yield i, document(i, seed, heads, body)
        i += 1


def corpus_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.txt"))


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench-data/sample")
    print(generate(out, float(sys.argv[2]) if len(sys.argv) > 2 else 0.1, Path("corpus")), os.fspath(out))
