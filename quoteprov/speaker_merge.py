"""When two names are one speaker: transliteration-aware matching of given names.

The rule (``entity.surname-match`` within a document, ``speaker.merge.name-variant``
across the store): two person names are one speaker when their surnames are equal
and their first given names agree — equal, one an initial of the other, or the same
after folding the usual transliteration variants of vowels and endings
(Sergey/Sergei, Mahmood/Mehmood/Mahmoud, Mohammed/Muhammad). No list of people.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

_NON_LETTER = regex.compile(r"[^\p{L}]+")
_DETERMINERS = frozenset({"the", "a", "an"})


@functools.lru_cache(maxsize=1 << 16)  # pure, and the same words come up in document after document
def fold(word: str) -> str:
    """A skeleton of a name that transliteration variants share."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    w = _NON_LETTER.sub("", w)
    if not w:
        return w
    w = w.replace("ph", "f").replace("kh", "h").replace("ck", "k").replace("q", "k").replace("w", "v")
    w = w.replace("y", "i").replace("j", "i")
    head, tail = w[0], w[1:]
    tail = regex.sub(r"[aeiou]+", "*", tail)  # vowel quality carries most transliteration variation
    tail = regex.sub(r"(.)\1+", r"\1", tail)  # doubled letters
    return head + tail


def similar_given(a: str, b: str) -> bool:
    a_, b_ = a.lower().rstrip("."), b.lower().rstrip(".")
    if a_ == b_:
        return True
    if len(a_) == 1 or len(b_) == 1:
        return a_[:1] == b_[:1]
    if min(len(a_), len(b_)) <= 3:
        return False
    fa, fb = fold(a_), fold(b_)
    return fa == fb and len(fa) >= 2


def same_speaker(a: str, b: str) -> bool:
    """True when names ``a`` and ``b`` are one person by the rule above."""
    wa = [w for w in a.split() if w.lower() not in _DETERMINERS]
    wb = [w for w in b.split() if w.lower() not in _DETERMINERS]
    if not wa or not wb:
        return False
    if a.casefold() == b.casefold():
        return True
    if fold(wa[-1]) != fold(wb[-1]) or wa[-1].lower() != wb[-1].lower() and len(wa[-1]) < 4:
        return False
    ga, gb = wa[:-1], wb[:-1]
    if not ga or not gb:
        return False  # a bare surname is not enough across documents
    return similar_given(ga[0], gb[0])
