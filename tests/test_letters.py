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
