"""Dialogue (fiction): whether a document is one, and its headings."""

from __future__ import annotations

from bisect import bisect_left

import regex

from quoteprov.lexicon import SPEECH_VERBS
from quoteprov.mentions import Chunk
from quoteprov.records import QuoteSpan
from quoteprov.rule_context import WORD, Para

_CHAPTER = regex.compile(r"^[ \t]*(?:CHAPTER|Chapter|BOOK|Book|PART|Part)[ \t]+(?:[0-9]+|[IVXLC]+|[A-Z][a-z]+)\b", regex.M)


def is_dialogue(text: str, paras: list[Para], quotes: tuple[QuoteSpan, ...]) -> bool:
    """Fiction-style dialogue, where a bare quote paragraph answers the last one instead of
    continuing it: a text with story cues (“…,” said he; “…!” she cried); a chaptered text; a
    long text with many quote paragraphs where bare replies (no speech verb outside the quotes)
    are common, as they are not in news; or many short paragraphs that open with a quotation.
    (Not a hard-wrapped text as such: a wire story may come wrapped, and its quote paragraphs
    that go on with the last speaker look like bare replies.)"""
    if len(quotes) >= 4 and _story_cues(text, quotes) >= 2:
        return True  # “…,” said he / “…!” she cried: never in news
    opening = [p for p in paras if p.quotes and text[p.start:p.end].lstrip()[:1] in "\"“‘'«„"]
    if len(opening) < 4:
        return False
    if _CHAPTER.search(text, 0, 5000):
        return True
    calls = sum(1 for q in quotes if q.depth == 0 and _CALLS.search(q.text))
    if calls >= _MANY_CALLS and calls >= _CALL_SHARE * len(quotes):
        return not _newsy(text)  # “It was no trouble, Mr. Sarle.”, “Well, sir?”: people talking to each other
    if len(text) > 30_000 and len(opening) >= 15 and \
            _bare_share(text, opening, quotes) >= _BARE_REPLIES:
        return not _newsy(text)
    lengths = sorted(p.end - p.start for p in opening)
    # (a wire story's short quote paragraphs carry their own "said": a handful of them, all tagged, is news)
    return lengths[len(lengths) // 2] < 120 and \
        (len(opening) >= _MANY_OPENINGS or _bare_share(text, opening, quotes) >= _BARE_REPLIES) and not _newsy(text)


def _newsy(text: str) -> bool:
    """Whether the words of news are dense in ``text``: "told reporters", "said in a statement", "according to",
    "Graham Pettifer, 71,", "4%" (no dialogue, whatever its bare quote paragraphs)."""
    news = len(_NEWS_WORDS.findall(text))
    return news >= _NEWS_MIN and news * 1000 >= _NEWS_DENSITY * len(text)


# What news says and stories hardly do; more than _NEWS_DENSITY of them per 1,000 characters is a news story.
_NEWS_WORDS = regex.compile(
    r"\b(?:told[ \u00a0]+reporters|in[ \u00a0]+a[ \u00a0]+statement|according[ \u00a0]+to|spokes(?:wo)?man|spokesperson|"
    r"press[ \u00a0]+secretary|told[ \u00a0]+the[ \u00a0]+\p{Lu}\p{L}+|percent|per[ \u00a0]+cent|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|,[ \u00a0]\d{2},[ \u00a0]|\d%"
)
_NEWS_DENSITY = 2.2
_NEWS_MIN = 5  # (not a scene that names a weekday once)


# A story's speech cues: an inverted pronoun ("said he") or a pronoun with a verb of manner
# ("she whispered"), a verb of manner before its speaker ("demanded the Professor") or a name and an adverb
# of manner ("said Gleed cheerfully") right after a quote's closing mark. None in the news of the eval sets.
_MANNER = (
    "softly|quietly|gently|coldly|sharply|drily|dryly|bitterly|eagerly|warmly|gravely|hastily|slowly|wearily|"
    "cheerfully|calmly|coolly|angrily|mildly|sadly|shortly|briskly|lightly|impatiently|thoughtfully|doubtfully|carelessly"
)
_STORY_CUE = regex.compile(
    r"[ \u00a0](?:(?:said|replied|cried|asked|answered|returned|exclaimed|rejoined|observed|remarked|"
    r"whispered)[ \u00a0](?:he|she|I)\b|I[ \u00a0](?:said|asked)\b|"
    r"(?:he|she)[ \u00a0]said[ \u00a0](?:at[ \u00a0]last|at[ \u00a0]length|presently|very[ \u00a0]low)\b|"
    r"(?:he|she|I)[ \u00a0](?:whispered|cried|exclaimed|muttered|murmured|replied|"
    r"retorted|returned|sighed|laughed|snapped|shouted|answered|rejoined|began|yelled|growled|hissed|stammered|"
    r"gasped|bellowed|roared|sobbed)\b"
    # “…!” said her mother; “…?” asked the old man; “…,” said the curate softly; “…,” said Gleed cheerfully
    r"|(?:said|asked|cried|replied|answered|returned|exclaimed|whispered)[ \u00a0](?:(?:her|his|my)[ \u00a0]"
    r"(?:mother|father|sister|brother|aunt|uncle|husband|wife|son|daughter|companion)"
    r"|the[ \u00a0](?:old[ \u00a0](?:man|woman|lady|gentleman)|young[ \u00a0](?:man|woman|lady)|girl|boy|child|stranger|"
    r"prince|princess|count|countess|duke|duchess|baron|baroness|marquis|marquise|chevalier|abbé|squire|vicar|rector|"
    r"curate|maltster|landlady|landlord)"
    rf"|(?:the[ \u00a0])?\p{{L}}+(?:[ \u00a0]\p{{Lu}}\p{{L}}+)?[ \u00a0](?:{_MANNER}))\b"
    # “…!” cried a man; “…?” demanded the Professor; “…,” repeated the painter
    r"|(?:demanded|repeated|cried|exclaimed|murmured|whispered|retorted|rejoined|muttered|stammered|gasped|sighed|"
    r"laughed|snapped|growled|hissed|shouted|yelled|roared|bellowed|screamed|faltered|ejaculated|inquired|enquired)"
    r"[ \u00a0](?:(?:the|young|old|little)[ \u00a0])?\p{L}+\b)"
)


def _story_cues(text: str, quotes: tuple[QuoteSpan, ...]) -> int:
    """How many quotes end on , ! ? or a dash and are followed by a story cue."""
    return sum(1 for q in quotes if q.close_mark and q.text[-1:] in ",!?—" and
               _STORY_CUE.match(text, q.end + len(q.close_mark)) is not None)


# A quote that calls someone: "…, sir", "…, ma'am", "…, Mr. Sarle." (news quotes speak to the reporter).
_CALLS = regex.compile(
    r"(?:,|^)[ \u00a0]*(?:sir|ma[’']am|madam|(?:Mr|Mrs|Miss|Dr|Lady|Sir|Captain|Colonel|Aunt|Uncle)\.?[ \u00a0]+"
    r"\p{Lu}\p{Ll}+)[.,?!]"
)
_MANY_CALLS = 5  # quotes (the news of the eval sets has at most 3, in a court exchange)
_CALL_SHARE = 0.2  # of all quotes (news at most 0.1)
_MANY_OPENINGS = 12  # quote paragraphs: a scene's worth
_BARE_REPLIES = 0.2  # news sits well below (0.0 in most PolNeAR articles, 0.14-0.17 in the samples)


def _bare_share(text: str, opening: list[Para], quotes: tuple[QuoteSpan, ...]) -> float:
    """Of the paragraphs that open with a quote, the share with no speech verb outside their quotes."""
    bare = 0
    for p in opening:
        frame = " ".join(text[start:end] for start, end in p.frames(quotes))
        if not any(w.lower() in SPEECH_VERBS for w in WORD.findall(frame)):
            bare += 1
    return bare / len(opening)


def is_heading(text: str, p: Para) -> bool:
    """A chapter heading or a title in capitals: the story starts again after it."""
    return not p.quotes and (bool(_CHAPTER.match(text, p.start, p.end)) or text[p.start:p.end].isupper())


def outside_headings(text: str, paras: list[Para], mentions: list[Chunk]) -> list[Chunk]:
    """The mentions not in a heading: "III. THE COMMISSIONER" names no one in the story."""
    spans = [(p.start, p.end) for p in paras if is_heading(text, p)]  # in text order
    if not spans:
        return mentions
    starts = [s for s, _ in spans]

    def in_heading(at: int) -> bool:
        n = bisect_left(starts, at + 1) - 1
        return n >= 0 and at < spans[n][1]

    return [c for c in mentions if not in_heading(c.start)]
