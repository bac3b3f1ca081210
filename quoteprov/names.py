"""Name mentions across a whole document, found by one compiled regular expression.

The resolver needs every person and organisation name of an article (for pronouns,
surnames and descriptions), but only a few windows around each quote in full detail.
Running the token-level chunker (``quoteprov.mentions``) over every word costs most of
the time of a scan; here the C regex engine finds the capitalised runs, and the chunker
runs only on those runs and on the few words around them (titles before a name, an
apposition after it).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from quoteprov.given_names import gender_of, role_gender
from quoteprov.lexicon import (
    ABBREVIATIONS,
    DETERMINERS,
    NOT_NAMES,
    ORG_NOUNS,
    POSSESSIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    UNNAMED_HEADS,
)
from quoteprov.mentions import (
    ARTICLES,
    NAME_ADJECTIVES,
    OF_TITLES,
    Chunk,
    acronym,
    chunks,
    contracted_pronoun,
    ing_name_in_context,
    role_word,
    subhead,
    surname_elsewhere,
    title_word,
    titled_name,
    verb_fragment,
)
from quoteprov.records import SpeakerKind

_CAP = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-]*\.?)"
_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|ter|la|le|al|el|bin|ibn|abu|dos|das|y)"
_SEP = r"(?:[ \u00a0]|\r?\n)"  # a soft line wrap may fall inside a name; a blank line may not
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_CAP}(?:{_SEP}(?:{_PARTICLE}{_SEP})?{_CAP})*")
_SPACES = " \u00a0"


def _month_acting(text: str, m: regex.Match[str], floor: int) -> bool:
    """"June says", "said June", "June looks across at her husband": a woman called April, May or
    June, not the month, when a verb of a person's follows or a speech verb comes before."""
    if m.group().rstrip(".") not in ("April", "May", "June"):
        return False
    before = word_before(text, max(floor, m.start() - 30), m.start())[0]
    if before in _TIME_WORDS:
        return False
    return _ACTS.match(text, m.end()) is not None or before in SPEECH_VERBS


_ACTS = regex.compile(r"[ \u00a0]+(?:says|said|asks|asked|looks|looked|laughs|laughed|turns|turned|smiles|smiled|"
                      r"sits|sat|stands|stood|goes|went|comes|came)\b")


def _month_named(text: str, at: int, c: Chunk, floor: int) -> Chunk:
    """"The pilot's name is June Pettibone.", "April Ryan asked": a month that is a woman's given
    name before a surname is part of the name, unless a word of time comes before it ("In June Congress")."""
    month = _GIVEN_MONTH.fullmatch(text, at, c.start)
    if month is None or word_before(text, max(floor, at - 30), at)[0] in _TIME_WORDS:
        return c
    whole = text[at:c.end]
    return c._replace(start=at, text=whole, name=" ".join(whole.split()), gender=c.gender or "f")


_GIVEN_MONTH = regex.compile(r"(?:April|May|June)[ \u00a0]+")
_TIME_WORDS = frozenset("in on of since until till by from through during early late last next this that mid "
                        "before after each every around about".split())


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february september october "
                  "november december".split())
_LETTER_WORD = regex.compile(r"\p{Lu}-\p{Ll}+[.,]?")  # "T-shirts", "X-ray", "U-turn": a common noun
_AFFILIATION = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]{0,6}")  # a legislator's party and state: "R-Ky.", "D-N.Y."


def word_before(text: str, floor: int, pos: int) -> tuple[str, int]:
    """The lowercase word that ends right before ``pos`` (spaces between), and where it
    starts; ("", -1) when there is none in ``text[floor:pos]``."""
    end = pos
    while end > floor and text[end - 1] in _SPACES:
        end -= 1
    if end == pos:
        return "", -1
    # The word is the end of the last whitespace-free stretch before the spaces, and that stretch
    # alone decides it (what precedes the stretch is whitespace or lies beyond ``floor``).
    if end == floor or text[end - 1].isspace():
        return "", -1  # nothing but spaces, or a line break (or the like) before them
    lo = max(floor, end - 30)
    stretch = text[lo:end].rsplit(None, 1)[-1]
    if end - len(stretch) == lo and lo > floor:
        return _word_before(text, floor, end)  # the stretch may go on before ``lo``
    word = _WORD_ENDINGS.get(stretch)
    if word is None:
        word = _word_ending(stretch)
        if len(_WORD_ENDINGS) < 1 << 16:
            _WORD_ENDINGS[stretch] = word
    return (word, end - len(word)) if word else ("", -1)


_WORD_ENDINGS: dict[str, str] = {}  # memo of _word_ending: words recur


def _word_ending(stretch: str) -> str:
    """The lowercase word that ends ``stretch`` (no whitespace in it), or ""."""
    begin = len(stretch)
    while begin > 0 and (stretch[begin - 1].isalpha() or stretch[begin - 1] == "-"):
        begin -= 1
    word = stretch[begin:]
    if not word or not word[0].islower() or not word.replace("-", "").islower():
        return ""
    if begin > 0 and stretch[begin - 1] not in "([\"“‘'":
        return ""  # part of a longer token
    return word


def _word_before(text: str, floor: int, end: int) -> tuple[str, int]:
    """``word_before`` the long way, from the end of the word."""
    begin = end
    while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
        begin -= 1
    word = text[begin:end]
    if not word or not word[0].islower() or not word.replace("-", "").islower():
        return "", -1
    if begin > floor and not text[begin - 1].isspace() and text[begin - 1] not in "([\"“‘'":
        return "", -1  # part of a longer token
    return word, begin


_APPOSITION = regex.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]", regex.I)
_WORDS_AFTER = regex.compile(r"(?:(?:[ \u00a0]+|\r?\n)\p{Ll}[\p{Ll}\-]*){1,4}")
def _carried_on(run: str) -> bool:
    """Whether a connector after ``run`` may carry its name on: after an organisation's noun ("Council
    on …"), an office ("Secretary of …"), or a lone plural ("Americans for …")."""
    last = run.rsplit(None, 1)[-1].lower()
    return last in ORG_NOUNS or last in OF_TITLES or " " not in run and last.endswith("s")


# A connector and the capitalised words after it, which may belong to the run before ("… of the Treasury").
_CONNECTED = regex.compile(
    rf"[ \u00a0]+(?:of|for|on|against)[ \u00a0]+(?:the[ \u00a0]+)?{_CAP}(?:{_SEP}{_CAP})*"
    rf"(?:(?:,[ \u00a0]+{_CAP}(?:{_SEP}{_CAP})*)*[ \u00a0]+(?:and|&)[ \u00a0]+{_CAP}(?:{_SEP}{_CAP})*)?"
)  # (and "… of Health and Human Services", "… for Environment, Food and Rural Affairs": the chunker decides)
_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "it"})
_NOT_PLAIN = NOT_NAMES | DETERMINERS | POSSESSIVE_PRONOUNS | _PRONOUNS | UNNAMED_HEADS
_LOOKBACK = 60
# Searched right to left ((?r)): the match that ends at the run, as long as it can be, starts where a
# left-to-right search would find its leftmost match, without trying every start before it.
_WORDS_BEFORE = regex.compile(r"(?r)(?:[^\s]+[ \u00a0]+){1,5}$")
_LOOKAHEAD = 100


def _plain_run(text: str, m: regex.Match[str], lo: int, hi: int, end: int) -> list[Chunk] | None:
    """The chunk of a run that needs no tokenising, or None to take the general path.

    Plain: nothing but a determiner before it ("the Taliban"), no full stop inside it but a
    sentence's own, no possessive, and no role or organisation noun among the next few
    lowercase words ("Pakistani foreign ministry" is a description, not a name)."""
    if hi != m.end():
        return None  # a possessive after it
    det, word = -1, ""
    if lo != m.start():
        word, at = word_before(text, max(lo, m.start() - 30), m.start())
        if word not in DETERMINERS:
            return None  # a title or role word before it: "foreign minister Sergey Lavrov"
        if word in ARTICLES:
            det = m.start() - at  # "the Taliban" is one mention; "that Clinton" is not
    run = m.group()
    if _CONNECTED.match(text, m.end(), end) is not None and _carried_on(run):
        return None  # "of", "for", "on" may carry the name on: the chunker decides
    following = "" if "." in run else _following(text, m.end(), end)
    shape = _plain_shape(run, following)
    if shape is None:
        return None
    if not shape:
        return []
    first, stop, kind, name, head, modifiers, gender = shape
    if word == "the" and kind is SpeakerKind.PERSON and acronym(name):
        kind = SpeakerKind.ORGANISATION  # "the FBI", "The NLF said": an organisation, never a he or a she
    start = m.start() + first if det < 0 else m.start() - det
    stop += m.start()
    return [Chunk(start, stop, text[start:stop], "name", kind, name, head, modifiers, gender)]


def _following(text: str, pos: int, end: int) -> str:
    after = _WORDS_AFTER.match(text, pos, min(end, pos + 60))
    return after.group() if after is not None else ""


@lru_cache(maxsize=1 << 16)
def _plain_shape(
    run: str, following: str
) -> tuple[int, int, SpeakerKind, str, str, tuple[str, ...], str] | tuple[()] | None:
    """What a plain run is, independent of where it stands (cached: names recur across articles).

    Returns None for the general path, () for no mention, or the mention's start and end
    within the run, its kind, name, head word, title words and the gender they give."""
    if "'" in run or "’" in run:
        return None
    stop_at = len(run)
    if "." in run:
        head_part, _, last = run.rpartition(" ")
        if "." in head_part or not last.endswith(".") or len(last) <= 2:
            return None
        bare = last[:-1]
        if bare.replace(".", "").isupper() or bare.lower() in ABBREVIATIONS or bare.lower() in TITLES:
            return None
        run = run[:-1]  # the sentence's full stop, not the name's
        stop_at -= 1
    elif following and any(w in ORG_NOUNS or w in UNNAMED_HEADS or role_word(w) for w in following.split()):
        return None
    words = run.split()
    if subhead(words):
        return None  # the chunker says so, and it also sees the words around
    lows = [w.lower() for w in words]
    if any(w in _NOT_PLAIN or w.endswith("ing") and len(w) > 5 or w.endswith("-") for w in lows):
        return None  # "The", "But", "One", "Their", "Sunday" in the run: the chunker decides
    cut = 0
    for n, low in enumerate(lows):
        if title_word(low, n, len(lows)):
            cut = n + 1
    if cut >= len(words):
        return None
    first = len(run) - len(run.lstrip())
    titles = tuple(lows[:cut])
    gender = "f" if {"mrs", "ms", "miss"} & set(titles) else "m" if "mr" in titles else ""
    if any(low in ORG_NOUNS for low in lows[cut:]):
        return first, stop_at, SpeakerKind.ORGANISATION, run[first:stop_at], lows[-1], titles, gender
    return first, stop_at, SpeakerKind.PERSON, " ".join(words[cut:]), lows[-1], titles, gender


# The chunker reads nothing outside its window, and windows recur (a name and the words around it
# repeat across the articles of a corpus): its chunks are memoised on the window's text, with
# offsets relative to the window.
_WINDOWS: dict[str, list[Chunk]] = {}
_WINDOWS_MAX = 1 << 14


def _window_chunks(text: str, lo: int, hi: int) -> list[Chunk]:
    """``chunks(text, lo, hi)`` with offsets relative to ``lo``."""
    key = text[lo:hi]
    found = _WINDOWS.get(key)
    if found is None:
        if len(_WINDOWS) >= _WINDOWS_MAX:
            _WINDOWS.clear()
        found = _WINDOWS[key] = chunks(key, 0, len(key))
    return found


def _shift(c: Chunk, by: int) -> Chunk:
    return Chunk(c[0] + by, c[1] + by, c[2], c[3], c[4], c[5], c[6], c[7], c[8])


def name_mentions(text: str, start: int, end: int) -> list[Chunk]:
    """Name chunks in ``text[start:end]`` with the descriptions that title or follow them."""
    out: list[Chunk] = []
    done = start
    for m in _RUN.finditer(text, start, end):
        if m.end() <= done:
            continue
        run = m.group()
        if " " not in run and "\u00a0" not in run and "\n" not in run and \
                (run.lower().rstrip(".") in NOT_NAMES or
                 run[1:2] == "-" and (_AFFILIATION.fullmatch(run) or _LETTER_WORD.fullmatch(run)) or
                 contracted_pronoun(run)):
            if _month_acting(text, m, start):  # "June says": a woman's name
                name = run.rstrip(".")
                out.append(Chunk(m.start(), m.start() + len(name), name, "name", SpeakerKind.PERSON, name, name.lower(),
                                 (), "f"))
                done = m.end()
            continue  # "The", "But", "Monday", "R-Ky.", "T-shirts", "He'd": a capital that names nobody
        if run.rsplit(None, 1)[-1].lower().rstrip(".,") in _DAYS or \
                run.rstrip(".,").endswith(" Day") and not gender_of(run.split()[0]):
            continue  # "Late Thursday", "Super Tuesday", "Election Day" (not Doris Day): a time, no one
        if " " not in run and verb_fragment(text, m.start(), m.end()):
            continue  # "He took off his cap. Shook it. Put it back on.": a sentence without its subject
        lo = m.start()
        word, _ = word_before(text, max(start, lo - 30, done), lo)
        if word:
            if word in ROLE_NOUNS or word in TITLES or word in DETERMINERS or word in NAME_ADJECTIVES:
                # "foreign minister Sergey Lavrov", "the Rev. X": up to five words before the run
                back = _WORDS_BEFORE.search(text, max(start, done, lo - _LOOKBACK), lo)
                lo = back.start() if back is not None else max(start, done, lo - _LOOKBACK)
        hi = m.end()
        if hi < end and text.startswith("'s", hi) or text.startswith("’s", hi):
            hi = min(end, hi + _LOOKBACK)  # "Pakistan's foreign ministry"
        fast = _plain_run(text, m, lo, hi, end)
        if fast is None:
            # Let the chunker see the words after the run too ("the Kent County Republican headquarters").
            after = _WORDS_AFTER.match(text, m.end(), min(end, m.end() + 60))
            hi = max(hi, after.end() if after is not None else m.end())
            joined = _CONNECTED.match(text, m.end(), end)
            if joined is not None:  # "the Council on Foreign Relations", "Secretary of State John Kerry"
                after = _WORDS_AFTER.match(text, joined.end(), min(end, joined.end() + 60))
                hi = max(hi, after.end() if after is not None else joined.end())
            if hi == m.end() < end and text[hi] in ",." and run.endswith("ing"):
                hi += 1  # "Walt Dunning, a retired …": the comma tells a surname from a verb
            rs, re_ = m.start() - lo, m.end() - lo
            fast = [_shift(c, lo) for c in _window_chunks(text, lo, hi) if c.end > rs and c.start < re_]
        found = fast
        bare = run[:-1] if run.endswith(".") else run
        if not found and bare.endswith("ing") and bare.isalpha() and (
                surname_elsewhere(text, bare) or ing_name_in_context(text, m.start(), m.start() + len(bare))):
            # "Kessling brushed off the tweet.": the surname of "Rep. Martin Kessling", not an -ing form
            found = [Chunk(m.start(), m.start() + len(bare), bare, "name", SpeakerKind.PERSON, bare, bare.lower(), (),
                           "")]
        if found and found[0].kind == "name" and found[0].start > m.start():
            found[0] = _month_named(text, m.start(), found[0], start)
        for c in found:
            # (titled_name only ever merges a name into the description right before it)
            merged = titled_name(text, out[-1], c) if out and c.kind == "name" and out[-1].kind == "description" else None
            if merged is not None:
                out[-1] = c = merged
            else:
                out.append(c)
            if c.kind == "name" and c.end < end and text[c.end] == "," and _APPOSITION.match(text, c.end, end):
                tail = chunks(text, c.end + 2, min(end, c.end + _LOOKAHEAD))
                if tail and tail[0].kind == "description":
                    out.append(tail[0])
        done = max(done, out[-1].end if out else hi, m.end())
    if text.find(" and ", start, end) >= 0:
        out = _with_shared_surnames(text, end, out)
    if len(out) >= 3 and (text.find("“", start, end) >= 0 or text.find('"', start, end) >= 0) and \
            _NICKNAME_MARK.search(text, start, end) is not None:
        out = _with_nicknames(text, out)
    if text.find("ormer", start, end) >= 0 or text.find("atter", start, end) >= 0:
        out = _with_former_latter(text, start, end, out)
    if text.find("-year-old", start, end) >= 0:
        out = _with_ages(text, start, end, out)
    if text.find("The ", start, end) >= 0 or text.find(", the ", start, end) >= 0:
        out = _with_roles(text, start, end, out)
    return out


# "Gerald and Patrice Ocampo": two given names sharing the surname after the second.
_AND_FULL_NAME = regex.compile(
    r"[ \u00a0]+and[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}[\p{L}'’\-]*)\b(?![ \u00a0]+\p{Lu})"
)


def _with_shared_surnames(text: str, end: int, out: list[Chunk]) -> list[Chunk]:
    """A lone given name before "and" and a full name of another given name ("Gerald and Patrice Ocampo")
    is a mention of that surname's person too: "Gerald Ocampo" (unless the text gives the first name
    another surname: "Margery and William Saxby" where she is Margery Fell)."""
    for n, c in enumerate(out):
        if not text.startswith(" and ", c.end) or c.kind != "name" or c.modifiers or " " in c.name or \
                not gender_of(c.name):
            continue
        m = _AND_FULL_NAME.match(text, c.end, end)
        if m is None or not gender_of(m.group(1)) or gender_of(m.group(2)):
            continue
        if _other_surname(text, c.name, m.group(2)):
            continue  # "Margery and William Saxby" when she is Lady Margery Fell: each their own surname
        out[n] = Chunk(c.start, c.end, c.text, "name", SpeakerKind.PERSON, f"{c.name} {m.group(2)}",
                       m.group(2).lower(), (), gender_of(c.name))
    return out


def _with_nicknames(text: str, out: list[Chunk]) -> list[Chunk]:
    """Nathaniel “Nate” Ruffin, Marcia "Cia" Price: a nickname in quotes inside a full name is one
    mention of the person, named "Nathaniel Ruffin", not three."""
    merged: list[Chunk] = []
    n = 0
    while n < len(out):
        a = out[n]
        if n + 2 < len(out) and a.kind == "name" and out[n + 1].kind == "name" and out[n + 2].kind == "name" and \
                _NICKNAME.fullmatch(text, a.end, out[n + 1].start) and _NICKNAME_END.fullmatch(
                    text, out[n + 1].end, out[n + 2].start) and " " not in out[n + 1].name and \
                a.speaker_kind is SpeakerKind.PERSON and out[n + 2].speaker_kind is SpeakerKind.PERSON and \
                gender_of(a.name.split()[-1]):  # (a given name before the nickname: not Clinton “Crooked” Hillary)
            c = out[n + 2]
            merged.append(Chunk(a.start, c.end, text[a.start:c.end], "name", SpeakerKind.PERSON, f"{a.name} {c.name}",
                                c.head, a.modifiers, gender_of(a.name.split()[-1])))
            n += 3
            continue
        merged.append(a)
        n += 1
    return merged


_NICKNAME_MARK = regex.compile(r"\p{L}[ \u00a0][“\"]\p{Lu}")
_NICKNAME = regex.compile(r"[ \u00a0][“\"]")
_NICKNAME_END = regex.compile(r"[”\"][ \u00a0]")


def _other_surname(text: str, given: str, surname: str) -> bool:
    """Whether ``text`` writes ``given`` before a capitalised word other than ``surname`` ("Margery Fell")."""
    at = text.find(given + " ")
    while at >= 0:
        after = text[at + len(given) + 1:at + len(given) + 1 + len(surname) + 1]
        if after[:1].isupper() and after[1:2].islower() and not (after.startswith(surname) and
                                                                 not after[len(surname):].isalpha()):
            return True
        at = text.find(given + " ", at + 1)
    return False


# "The governor, a former deputy finance minister, argued …": a role opening a sentence, for a later he/she.
_ROLE_OPENS = regex.compile(r"(?:(?<=^)|(?<=[.!?]['’\"”]?[ \u00a0]+)|(?<=\n))The[ \u00a0]+(?P<head>\p{Ll}+)(?=[ \u00a0]*,|"
                            r"[ \u00a0]+\p{Ll}+(?:ed|s)\b)"
                            # (or after an opening phrase: "Asked about his wife’s comment, the governor smiled")
                            r"|(?<=,[ \u00a0]+)the[ \u00a0]+(?P<head>\p{Ll}+)(?=[ \u00a0]+\p{Ll}+ed\b)")


def _with_roles(text: str, start: int, end: int, out: list[Chunk]) -> list[Chunk]:
    found = [Chunk(m.start(), m.end(), m.group(), "description", SpeakerKind.PERSON, m.group(), m.group("head"),
                   ("the",), role_gender(m.group("head"))) for m in _ROLE_OPENS.finditer(text, start, end)
             if role_word(m.group("head"))]
    if not found:
        return out
    return sorted(out + [c for c in found if not any(o.start <= c.start < o.end for o in out)], key=lambda c: c.start)


# "The 23-year-old said", "the 34-year-old nurse": an age epithet for someone named before.
_AGE_EPITHET = regex.compile(r"\b[Tt]he[ \u00a0]+\d{1,3}-year-old\b(?:[ \u00a0]+\p{Ll}+)?")


def _with_ages(text: str, start: int, end: int, out: list[Chunk]) -> list[Chunk]:
    found = [d for m in _AGE_EPITHET.finditer(text, start, end) for d in chunks(text, m.start(), m.end())[:1]
             if d.kind == "description" and not any(o.start <= d.start < o.end or d.start <= o.start < d.end for o in out)]
    return sorted(out + found, key=lambda c: c.start) if found else out


# "the former", "the latter" standing alone for one of two people just named ("Jane and Elizabeth … the former, who …").
_FORMER_LATTER = regex.compile(r"\b[Tt]he[ \u00a0]+(?P<head>former|latter)(?=[ \u00a0]*[,;.)]|[ \u00a0]+(?:was|had|said|"
                               r"who|replied|answered|added|\p{Ll}+ed)\b)")


def _with_former_latter(text: str, start: int, end: int, out: list[Chunk]) -> list[Chunk]:
    found = [Chunk(m.start(), m.end(), m.group(), "description", SpeakerKind.PERSON, m.group(), m.group("head"),
                   ("the",), "") for m in _FORMER_LATTER.finditer(text, start, end)]
    if not found:
        return out
    return sorted(out + [c for c in found if not any(o.start <= c.start < o.end for o in out)], key=lambda c: c.start)
