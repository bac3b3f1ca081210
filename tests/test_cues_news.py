"""Speech cues in news sentences: who the subject of a speech verb is."""

from __future__ import annotations

from tests.resolving import attributions

HEAD = "Council weighs plan\n\n"


def speaker(sentence: str) -> str | None:
    rows = attributions(HEAD + sentence + "\n")
    assert len(rows) == 1, rows
    return rows[0][1]


def test_a_passive_speech_verb_is_no_cue_for_its_subject() -> None:
    s = ("Falk, who represents the suburb of Linden Heights, said the bill had been written "
         "\u201cby people who never sat through a meeting.\u201d")
    assert speaker(s) == "Falk"


def test_a_relative_clause_with_a_comma_inside_is_skipped_whole() -> None:
    s = ("The Metalworkers union, which represents workers in Dayton, Ohio, called the plan "
         "\u201creckless and short-sighted\u201d on Monday.")
    assert "union" in (speaker(s) or "")


def test_the_role_before_a_long_organisation_name_speaks() -> None:
    s = "A spokesperson for the Office of Roads and Bridges said the agency was \u201cstill reviewing the text\u201d of the bill."
    assert speaker(s) == "A spokesperson"


def test_according_to_a_statement_from_an_organisation_is_the_organisation() -> None:
    s = ("The authority \u201cwill work with any partner willing to keep the plant open,\u201d according to a "
         "statement from the Tull County Development Authority.")
    assert speaker(s) == "Tull County Development Authority"
