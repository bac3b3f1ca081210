"""A letter quoted whole is its writer's (invented texts)."""

from __future__ import annotations

from tests.resolving import attributions

_LETTER = (
    "There was but one letter, and it was for Mr. Harker. He read it through again aloud.\n\n"
    "\u2018Listen to this,\u2019 said he.\n\n"
    "\u2018Dear Sir,\u2014I am desired by the Dean to acknowledge your letter upon the drainage of the churchyard.\n\n"
    "\u2018He begs me to say that any further remarks may be laid before the new vicar himself. I have the honour "
    "to be, dear Sir, your obedient servant, Amos Treddle, Chaplain.\u2019\n\n"
    "\u2018The new vicar!\u2019 cried Mr. Harker.\n"
)


def test_a_letter_read_aloud_is_the_writers_who_signs_it() -> None:
    rows = attributions(_LETTER)
    assert rows[0][1] == "Mr. Harker"
    assert [r[1:] for r in rows[1:3]] == [("Amos Treddle", "Amos Treddle", "structure.letter-signature")] * 2
    assert rows[-1][1] == "Mr. Harker"


def test_no_signature_no_writer() -> None:
    unsigned = _LETTER.replace(" I have the honour to be, dear Sir, your obedient servant, Amos Treddle, Chaplain.", "")
    rows = attributions(unsigned)
    assert all(r[3] != "structure.letter-signature" for r in rows)
    # A quote that only starts like one ("Dear me, what a day.") is no letter.
    rows = attributions("\u201cDear me, what a day,\u201d said Mrs. Pole. \u201cYours truly, Ann Pole.\u201d\n")
    assert all(r[1] == "Mrs. Pole" for r in rows)


def test_a_letter_read_out_signs_off_after_a_dash_a_stop_or_with_an_initial() -> None:
    text = (
        "\u201cRead it, Dalton,\u201d said Captain Haldane. \u201cMy eyes are not what they were.\u201d\n\n"
        "It was written in a round commercial hand, and I read it aloud, standing by the lamp that Stolk\u2019s boy "
        "had lit:\n\n"
        "\u201cCaptain Brandt, \u2014 The rattan is ready and dry. Then we talk price. \u2014 P. Stolk.\u201d\n\n"
        "\u201cRead it to me, Pargeter,\u201d I said. \u201cI\u2019m not strong enough.\u201d He slit the envelope and read, "
        "in a level voice:\n\n"
        "\u201cArriving town eleven fifteen stop be in and be sober stop Clarissa.\u201d\n\n"
        "\u201cYou know Daphne Tressilian?\u201d said Plug. He produced a letter and read it with a quiver in the voice:\n\n"
        "\u201cDearest Cuthbert, \u2014 Your dormouse made me cry. Come to tea on Thursday. D.\u201d\n\n"
        "\u201cWell, then, what\u2019s the trouble?\u201d\n"
    )
    rows = attributions(text)
    writers = [r[1] for r in rows if r[3] == "structure.letter-signature"]
    assert writers == ["P. Stolk", "Clarissa", "Daphne Tressilian"]
    assert rows[-1][1] != "Dearest Cuthbert"  # (a letter's salutation calls no one in the room)


def test_a_letter_read_out_unsigned_is_from_whom_the_narration_says() -> None:
    text = (
        "\u201cIt is from your aunt Dalby,\u201d said she. \u201cI dare say she has heard something.\u201d\n\n"
        "\u201cPray read it to yourself, mamma,\u201d said Eleanor.\n\n"
        "\u201cIndeed I shall not.\u201d And she read aloud, with considerable emphasis:\n\n"
        "\u201cMy dear Harriet, \u2014 I take up my pen in great haste to tell you that young Mr. Ashworth is spoken of "
        "in Bath as the most agreeable man of his year.\u201d\n"
    )
    assert attributions(text)[-1][1:] == ("Dalby", "Dalby", "structure.letter-signature")


def test_a_letter_read_aloud_after_a_full_stop_is_read_out() -> None:
    text = (
        "\u201cIt is from your uncle Quill,\u201d said she.\n\n"
        "\u201cThen read it, mamma,\u201d said Eleanor.\n\n"
        "She read it once to herself, and then, at our request, aloud; and I give it here exactly as it stood.\n\n"
        "\u201cMy dear Harriet, the will that was read at Hollowmere is not the will I signed.\u201d\n"
    )
    assert attributions(text)[-1][1:] == ("Quill", "Quill", "structure.letter-signature")


def test_a_letter_signed_with_initials_is_the_full_name_they_stand_for() -> None:
    text = (
        "\u201cMy father, Dr. Robert Marchbank, was a ship\u2019s surgeon,\u201d said she.\n\n"
        "\u201cYou have the letter?\u201d said he.\n\n"
        "Quill took the letter from her and read it aloud in his clear, level voice.\n\n"
        "\u201cMy dearest Evie,\u2014I am alive, and in London, and I mean to see you. Burn this. Your loving father, "
        "R. M.\u201d\n\n"
        "\u201cGood heavens!\u201d I cried.\n"
    )
    rows = attributions(text)
    assert rows[2][0].startswith("My dearest Evie")
    assert rows[2][1] == "Robert Marchbank"


def test_a_letter_read_out_inside_a_paragraph_is_its_signer_s() -> None:
    text = (
        "\u201cIs it from Moscow?\u201d said I.\n\n\u201cIt is,\u201d said he.\n\n"
        "\u201cNo, I shall read it to you myself. Listen.\u201d He held the page close to his eyes and read in a "
        "strange, strained voice, like a deacon: \u201cMost gracious Stepan Ilyich, the sale cannot be concluded "
        "before the autumn. I remain Your Excellency\u2019s most humble servant, P. Kharlamov.\u201d\n\n"
        "He let the letter fall.\n"
    )
    rows = attributions(text)
    assert rows[3][0].startswith("Most gracious")
    assert rows[3][1:] == ("P. Kharlamov", "P. Kharlamov", "structure.letter-signature")
