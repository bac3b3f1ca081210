"""Dialogue: the names a quote calls people by (quoteprov/dialogue/address.py)."""

from __future__ import annotations

from pathlib import Path

from quoteprov.dialogue.address import vocatives
from quoteprov.names import name_mentions
from quoteprov.paragraphs import paragraph_spans
from quoteprov.pipeline import analyse
from quoteprov.rule_context import Context, Para
from quoteprov.scanner import scan
from tests.resolving import attributions


def _called(text: str) -> list[list[str]]:
    """The names each quote of ``text`` calls, quote by quote."""
    quotes = scan(text)
    paras = [Para(s, e) for s, e in paragraph_spans(text)]
    ctx = Context(text, quotes, paras, [], None, True, [None] * len(quotes))
    return [[text[s:e] for s, e in vocatives(ctx, q)] for q in quotes]


def test_a_name_after_a_comma_or_opening_the_quote_is_called() -> None:
    assert _called("\u201cGood morning, Edward.\u201d\n\n\u201cEdward, come here.\u201d\n") == [["Edward"], ["Edward"]]


def test_from_and_a_name_calls_no_one() -> None:
    text = "\u201cFrom Walter,\u201d he said. \u201cFrom Melbourne.\u201d\n\n\u201cFrom Walter, Mother. From your son.\u201d\n"
    assert _called(text) == [[], [], ["Mother"]]  # the sender of a letter, not a man spoken to


def test_a_full_name_answering_a_call_is_no_call() -> None:
    text = "\u201cI should like it very much, Dr. Orme.\u201d\n\n\u201cPtolemy Orme,\u201d said he, giving me his hand.\n"
    assert _called(text) == [["Dr. Orme"], []]  # he gives his own name



def test_any_name_after_my_dear_opening_a_sentence_is_called() -> None:
    text = "\u201cNothing can turn it but a man. My dear Bellasis, who keeps the key? Yarrow, who was there, says not.\u201d\n"
    assert _called(text) == [["Bellasis"]]  # not Yarrow: a sentence's subject, with no "My dear"


def test_a_bare_rank_calls_the_one_person_of_that_rank() -> None:
    text = ("Captain Ilse Varga kept the bridge dim. Lieutenant Odo Brisk had the helm, and Commander Pell Anwar "
            "stood behind him with his arms folded.\n\n"
            "\u201cHold us here,\u201d said Captain Varga.\n\n"
            "\u201cHolding,\u201d said Brisk.\n\n"
            "Anwar leaned over the plot for a long time.\n\n"
            "\u201cCaptain, the contact has moved.\u201d\n\n"
            "\u201cSay again?\u201d\n\n"
            "\u201cIt has moved. Toward us.\u201d\n")
    rows = attributions(text)
    assert [r[1] for r in rows][-2:] == ["Ilse Varga", "Pell Anwar"]
    assert rows[-2][3] == "continuation.addressee"


def test_a_name_called_in_words_the_quote_quotes_is_not_called_by_the_speaker() -> None:
    text = "\u201cHe told me so himself. He said, \u2018You have always been very useful, Pennicott.\u2019\u201d\n"
    assert _called(text)[0] == []
    assert _called("\u201cYou have always been very useful, Pennicott.\u201d\n") == [["Pennicott"]]


def test_a_short_form_of_one_given_name_calls_that_person() -> None:
    text = ("\u201cMorning,\u201d said Gemma softly.\n\n\u201cMorning,\u201d said Liam.\n\n"
            "They had the argument in the corridor, by the hand-gel dispenser. Gemma had known they would have "
            "it since Sunday, and she suspected Liam had known too.\n\n"
            "\u201cShe can\u2019t manage him at home, Gem. Not if he\u2019s like this.\u201d\n\n"
            "\u201cHe won\u2019t be like this.\u201d\n\n"
            "\u201cThat\u2019s what they say to everybody.\u201d\n")
    rows = attributions(text)
    assert [r[1] for r in rows][2:] == ["Liam", "Gemma", "Liam"]


def test_a_name_after_a_preposition_is_no_call() -> None:
    assert _called("\u2018Upon Crouch? Not half hard enough.\u2019\n") == [[]]  # an echo of "upon him"


def test_a_name_alone_as_the_last_sentence_calls_on_that_person() -> None:
    text = (
        "Miss Pratt rapped the desk. Priya Sharma and Daniel Hopkins sat in the front row.\n\n"
        "\u201cExcellent. Sit down. Hopkins.\u201d\n\n"
        "\u201cYou do not like Mr. Pomfret.\u201d\n\n"
        "\u201cGod forgive me. L. Voke.\u201d\n\n"
        "\u201cGo home. Quickly.\u201d\n"
    )
    quotes = scan(text)
    paras = [Para(s, e) for s, e in paragraph_spans(text)]
    mentions = [c for c in name_mentions(text, 0, quotes[0].start)]
    ctx = Context(text, quotes, paras, mentions, None, True, [None] * len(quotes))
    # only one the narration names in full; not the surname after a title or an initial, nor an adverb
    assert [[text[s:e] for s, e in vocatives(ctx, q)] for q in quotes] == [["Hopkins"], [], [], []]


def test_a_name_answering_who_is_no_call_even_before_a_comma() -> None:
    text = "\u2018Pargeter,\u2019 I said, \u2018who was that?\u2019\n\n\u2018Lady Fustington, sir.\u2019\n"
    assert _called(text) == [["Pargeter"], [], []]  # she is the one asked about, not the one spoken to


def test_a_name_after_a_role_in_a_list_is_no_call() -> None:
    text = ("\u201cPresent, DI Calloway, DS Brandt, the suspect, and his solicitor, Ms. Desai.\u201d She looks up. "
            "\u201cKieran. Let\u2019s go back to Friday night.\u201d\n")
    assert "Ms. Desai" not in _called(text)[0]  # she is listed, not spoken to


def test_a_full_given_name_calls_the_one_known_by_its_diminutive_and_the_english_are_no_one() -> None:
    # (“Winifred, did you speak to an Italian?” is not Winnie's; “the English who came for it” is a people)
    text = (Path(__file__).parent / "data" / "a_pension_abroad.txt").read_text(encoding="utf-8")
    res = analyse(text)
    assert "English" not in [e.name for e in res.entities]
    winifred = next(a for q, a in zip(res.quotes, res.attributions) if q.text.startswith("Winifred, did you"))
    assert winifred is not None and winifred.name != "Winnie"


def test_a_name_before_a_tag_then_a_question_to_you_is_a_call() -> None:
    # (“Honoria,” said she, “shall you go?” ¶ “Go where, Betty?”: the one called answers, not the narrator)
    text = (Path(__file__).parent / "data" / "tea_at_hebbleston.txt").read_text(encoding="utf-8")
    assert attributions(text)[-1][1] == "Honoria Tibbs"


def test_a_name_the_quote_goes_on_to_talk_of_is_no_call() -> None:
    text = ("\u201cOh, Gwendolen! Gwendolen\u2019s a topper. You ought to see her go.\u201d\n\n"
            "\u201cLem\u2019s a truthful man, most days. Ain\u2019t that right, Lem?\u201d\n")
    assert _called(text) == [[], ["Lem"]]  # (an exclamation about her; then a man talked of, and called)


def test_a_name_answering_and_who_is_no_call() -> None:
    text = ("\u201cAnd who knows the trick of it, besides yourself?\u201d\n\n"
            "\u201cMiss Warrender,\u201d he said at last. \u201cI taught her in the summer.\u201d\n")
    assert _called(text) == [[], [], []]


def test_a_name_after_an_abbreviation_s_full_stop_is_no_call() -> None:
    # "of St. Louis, dentist": no sentence ends at "St.", so "Louis," calls no one; after a real full stop it does
    text = ("\u201cI am Doctor Amos Reed, of St. Louis, dentist and professor.\u201d\n\n"
            "\u201cI am Doctor Amos Reed. Louis, fetch my bag.\u201d\n")
    assert _called(text) == [[], ["Louis"]]


def test_a_name_before_a_question_put_to_the_one_named_is_a_call() -> None:
    # “Lafayette Bixby,” she says, “is this the way …?”: a question to him; “Captain Hollis,” said she, “has four
    # hundred a year”: the sentence's subject
    text = ("\u201cAmos Whitcomb,\u201d she says, \u201cis this the way you split kindling?\u201d\n\n"
            "\u201cCaptain Hollis,\u201d said she, \u201chas four hundred a year.\u201d\n")
    assert _called(text) == [["Amos Whitcomb"], [], [], []]


def test_a_full_name_closing_a_quote_calls_the_one_recognised() -> None:
    # not one's own name, nor a name after "Mr."
    text = ("\u201cBless my soul. Madeleine Thorne.\u201d\n\n"
            "\u201cMy name is Marland, sir. Esther Marland.\u201d\n\n"
            "\u201cYou mean Mr. Stephen Garland?\u201d\n")
    assert _called(text) == [["Madeleine Thorne"], [], []]
