"""Quote scanner: every layout with sentences written for these tests, plus offset properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.records import Kind
from quoteprov.scanner import scan


def texts(s: str) -> list[str]:
    return [q.text for q in scan(s)]


def test_curly_double_quotes() -> None:
    s = "“The bridge will open in May,” the mayor said."
    (q,) = scan(s)
    assert q.text == "The bridge will open in May,"
    assert s[q.start:q.end] == q.text
    assert (q.open_mark, q.close_mark) == ("“", "”")


def test_straight_double_quotes() -> None:
    assert texts('She said, "We are not leaving." Then she left.') == ["We are not leaving."]


def test_mixed_glyphs_pair_by_context() -> None:
    # Typing slips: a curly opener closed by a straight mark, and the reverse.
    assert texts("He called it “a disaster\" and walked out.") == ["a disaster"]
    assert texts('The coach said "nobody gave up” after the game.') == ["nobody gave up"]


def test_nested_single_quotes_inside_double() -> None:
    spans = scan("“My father always said ‘never sell the farm’, and I listened,” she said.")
    assert [(q.text, q.depth) for q in spans] == [
        ("My father always said ‘never sell the farm’, and I listened,", 0),
        ("never sell the farm", 1),
    ]


def test_single_quotes_as_outer_marks() -> None:
    assert texts("‘We will rebuild the school,’ the headteacher said.") == ["We will rebuild the school,"]
    assert texts("'I have no regrets,' the old sailor said.") == ["I have no regrets,"]


def test_apostrophes_are_not_marks() -> None:
    s = "The Joneses’ dog barked at the ’90s van. Don’t touch the rock ’n’ roll records in Pakistan’s shop."
    assert scan(s) == ()


def test_elision_before_punctuation_inside_single_quotes() -> None:
    s = "'I never touched 'em,' he muttered. 'Ask Lizzie.'"
    assert texts(s) == ["I never touched 'em,", "Ask Lizzie."]


def test_plural_possessive_inside_quote_closes_correctly() -> None:
    assert texts("‘It isn’t the Joneses’ fault,’ she said.") == ["It isn’t the Joneses’ fault,"]


def test_dialect_elisions_inside_single_quotes() -> None:
    s = "'Ay,' said Tom. 'But 'twill rain afore morning, and 'twould spoil the hay.'"
    assert texts(s) == ["Ay,", "But 'twill rain afore morning, and 'twould spoil the hay."]


def test_a_dropped_g_is_no_closing_mark_when_a_clearer_one_follows() -> None:
    s = "Tom shook his head. 'Swallows don't know nothin'. My old dad was right more often than not.'"
    assert texts(s) == ["Swallows don't know nothin'. My old dad was right more often than not."]
    # With no later closing mark, the mark after the -in word closes the quote.
    assert texts("He only said 'come in' and went.") == ["come in"]


def test_a_dialect_word_cut_short_is_no_closing_mark() -> None:
    s = "\u2018I\u2019ll not walk the lane wi\u2019 nobody, and the half o\u2019 the lads out.\n\n\u2018So there.\u2019"
    assert texts(s) == ["I\u2019ll not walk the lane wi\u2019 nobody, and the half o\u2019 the lads out.", "So there."]
    # A word that ends a scare quote closes it: "say \u2018dash it\u2019 to me".
    assert texts("\u201cDo not say \u2018dash it\u2019 to me.\u201d") == ["Do not say \u2018dash it\u2019 to me.", "dash it"]


def test_cockney_elisions_inside_single_quotes() -> None:
    s = ("\u2018Got \u2019is ticket Thursday. Walked out o\u2019 Pentonville bold as brass.\u2019\n\n"
         "\u2018I come as quick as I could. Ole Sturt kep\u2019 us at the wharf till seven. \u2019Ere\u2019s yer gin.\u2019\n\n"
         "\u2018Evenin\u2019, all. Evenin\u2019, Joe. Wot, nobody pleased to see me?\u2019")
    assert texts(s) == ["Got \u2019is ticket Thursday. Walked out o\u2019 Pentonville bold as brass.",
                        "I come as quick as I could. Ole Sturt kep\u2019 us at the wharf till seven. \u2019Ere\u2019s yer gin.",
                        "Evenin\u2019, all. Evenin\u2019, Joe. Wot, nobody pleased to see me?"]
    # A word closing a quote before another opens stays its closing mark; so does a name's -in.
    assert texts("He called it \u2018a disgrace\u2019 and said \u2018we will act\u2019.") == ["a disgrace", "we will act"]
    assert texts("\u2018I flew to Berlin\u2019, he said, \u2018and then home.\u2019") == ["I flew to Berlin", "and then home."]


def test_quote_reopened_at_each_paragraph() -> None:
    s = "“The first part of the speech runs on.\n\n“The second part continues it.\n\n“And here it ends,” he said."
    spans = scan(s)
    assert [q.text for q in spans] == [
        "The first part of the speech runs on.",
        "The second part continues it.",
        "And here it ends,",
    ]
    assert [q.closed for q in spans] == [False, False, True]
    assert [q.paragraph for q in spans] == [0, 1, 2]


def test_unbalanced_mark_recovers_at_paragraph_break() -> None:
    s = "The sign said “closed for repairs.\n\nLater the owner said “we open on Monday” to reporters."
    spans = scan(s)
    assert [q.text for q in spans] == ["closed for repairs.", "we open on Monday"]


def test_thousands_of_stray_marks_do_not_lose_later_quotes() -> None:
    s = ("” " * 3000) + "\n“This one counts,” she said."
    assert texts(s) == ["This one counts,"]


def test_partial_quote_in_reported_speech() -> None:
    (q,) = scan("The minister said the talks had been “frank and useful” on Tuesday.")
    assert q.text == "frank and useful"
    assert q.kind is Kind.PARTIAL


def test_direct_kind_after_colon_and_at_paragraph_start() -> None:
    assert scan("The chief said: “We are ready.”")[0].kind is Kind.DIRECT
    assert scan("“We are ready.” That was all.")[0].kind is Kind.DIRECT


def test_guillemets_and_low_nine_marks() -> None:
    assert texts("Il a dit « nous partons » hier.") == ["nous partons"]
    assert texts("Er sagte „wir gehen“ gestern.") == ["wir gehen"]
    assert texts("Er sagte »wir gehen« gestern.") == ["wir gehen"]


def test_typewriter_pairs() -> None:
    assert texts("''It is a tax increase,'' said the economist.") == ["It is a tax increase,"]
    assert texts("``It is a tax increase,'' said the economist.") == ["It is a tax increase,"]


def test_insertions_and_ellipses_stay_inside() -> None:
    s = "“We reached [the agreement] after … long nights,” she said."
    assert texts(s) == ["We reached [the agreement] after … long nights,"]


def test_inch_marks_are_not_quotes() -> None:
    assert texts('The 5" screen and the "new" case.') == ["new"]


def test_hard_wrapped_text_quotes_span_line_breaks() -> None:
    line = "This line is padded so that the text reads like a wrapped book page here"
    body = "\n".join([line] * 10)
    s = body + "\n\n\"I will not go back,\" she said, \"not to that\nhouse, not ever.\"\n\n" + body
    assert texts(s) == ["I will not go back,", "not to that\nhouse, not ever."]


def test_crlf_text_keeps_offsets() -> None:
    s = "Intro line.\r\n\r\n“Quoted words,” he said.\r\n"
    (q,) = scan(s)
    assert s[q.start:q.end] == "Quoted words,"


_ALPHABET = st.sampled_from(list("ab ,.\n\"“”‘’'«»„`[]…") + ["''", "\r\n", "é", "😀"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_always_hold(s: str) -> None:
    for q in scan(s):
        assert 0 <= q.start < q.end <= len(s)
        assert s[q.start:q.end] == q.text
        assert q.text == q.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(s: str) -> None:
    for q in scan(s):
        assert s[q.start:q.end] == q.text


def test_markup_attribute_values_are_not_quotes() -> None:
    assert texts('<embed author="rivercity" id="42"> “We won,” she said.') == ["We won,"]
