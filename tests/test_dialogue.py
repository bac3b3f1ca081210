"""Dialogue (fiction): recognising it, and the rules that hold only there (quoteprov/dialogue/)."""

from __future__ import annotations

from pathlib import Path

from quoteprov.pipeline import analyse
from tests.resolving import attributions, last_step, only

_NOVEL = (
    "Mrs. Penrose was not in the habit of waiting for anybody, and least of\n"
    "all for her husband, who came in late from the harbour committee.\n\n"
    "'My dear,' said she, 'the fish has been waiting this half hour or so.'\n\n"
    "'I could not help it,' replied Mr. Penrose. 'Captain Voss would talk of\n"
    "nothing but the new pier.'\n\n"
    "'And what does the Captain say of it?'\n\n"
    "'That it will sink within the year.'\n\n"
    "Their son Walter looked up from the chessboard. 'Then I hope it is never\n"
    "built, father.'\n"
)


def test_fiction_hard_wrapped_single_quotes_and_turn_taking() -> None:
    rows = attributions(_NOVEL)
    texts = [r[0] for r in rows]
    assert "Captain Voss would talk of\nnothing but the new pier." in texts
    speakers = [r[1] for r in rows]
    assert speakers == [
        "Mrs. Penrose", "Mrs. Penrose",  # 'My dear,' said she, '…'
        "Mr. Penrose", "Mr. Penrose",  # 'I could not help it,' replied Mr. Penrose. '…'
        "Mrs. Penrose",  # a bare reply: turn-taking
        "Mr. Penrose",
        "Walter",  # an action beat before the quote
    ]
    assert rows[-1][3] == "cue.action-beat"


def test_fiction_a_paragraph_is_one_speakers_turn() -> None:
    text = _NOVEL + (
        "\n'Who will build it, then?' asked Mrs. Penrose.\n\n"
        "The clock struck nine.\n\n"
        "'Nobody.' He frowned at the board. 'Nobody sensible, at least.'\n"
    )
    rows = attributions(text)
    assert rows[-2][0] == "Nobody." and rows[-1][0] == "Nobody sensible, at least."
    assert rows[-1][1] == "Walter" and rows[-1][3] == "cue.action-beat"  # the beat between the two quotes
    assert rows[-2][1] == "Walter" and rows[-2][3] == "continuation.paragraph-speaker"


def test_chapter_headings_name_nobody() -> None:
    text = "Chapter Two\n\nThe old man sat by the fire all evening.\n\n'It will rain,' he said.\n"
    assert attributions(text)[0][1] != "Chapter Two"


def test_chaptered_text_is_read_as_dialogue() -> None:
    text = (
        "Chapter 2\n\nIrene Holloway had not finished her letter when her brother came in from the yard, "
        "muddy to the knees and full of some grievance against the miller that he meant her to share.\n\n"
        "\"You will own that the man is a thief, whatever the vicar may say of his charity,\" said Mr. Holloway, "
        "throwing his gloves upon the table.\n\n"
        "\"I own nothing of the sort. He has ground our corn for nine years and never once given us short weight "
        "that anybody could prove.\"\n\n"
        "\"That anybody could prove! There is the whole of it. A clever thief is a thief still.\"\n\n"
        "\"Then you had better take your corn to the next mill, and pay the carter for the extra four miles.\"\n"
    )
    names = [r[1] for r in attributions(text)]
    assert names == ["Mr. Holloway", "Irene Holloway", "Mr. Holloway", "Irene Holloway"]


_BREAKFAST = (
    "When Clara came down to breakfast, her brother was already at the table.\n\n"
    "\u201cGood morning, Henry,\u201d she said.\n\n"
    "\u201cIs it?\u201d He did not look up. \u201cThe mill has closed.\u201d\n\n"
    "\u201cPerhaps it will open again.\u201d\n\n"
    "\u201cPerhaps.\u201d He folded the paper. \u201cYou always did think the best of people, Clarry.\u201d\n\n"
    "\u201cAnd you always thought the worst.\u201d\n\n"
    "Henry laughed at that.\n\n"
    "\u201cWill you go to the mill?\u201d she asked.\n\n"
    "\u201cI suppose I must.\u201d\n"
)


def test_dialogue_reply_goes_to_the_person_addressed() -> None:
    rows = attributions(_BREAKFAST)
    speakers = [r[1] for r in rows]
    assert speakers == ["Clara", "Henry", "Henry", "Clara", "Henry", "Henry", "Clara", "Clara", "Henry"]
    assert rows[1][3] == "continuation.addressee" and rows[1][2] == "Henry"  # "Good morning, Henry," → Henry replies
    # "Clarry" is nobody the narration names (a pet name): the reply goes to the other person as usual.
    assert rows[6][3] == "continuation.turn-taking"


def test_single_given_names_are_people_only_in_dialogue() -> None:
    news = "Virginia voted on Tuesday. \u201cWe expect a close count,\u201d he said."
    assert only(news).name == "he"  # a state, not a person: the pronoun stays unresolved


def test_dialogue_bare_quote_after_narration_goes_to_its_subject() -> None:
    text = _NOVEL + (
        "\nThe boy went back to his game. Mrs. Penrose turned to Mr. Penrose.\n\n"
        "'You encourage him, Arthur.'\n\n"
        "'I do my best.'\n"
    )
    rows = attributions(text)
    assert rows[-2][1:] == ("Mrs. Penrose", "Mrs. Penrose", "cue.narration-beat")
    assert rows[-1][1] == "Mr. Penrose"  # and the reply goes to the other one


def _hard_wrap(text: str, width: int = 72) -> str:
    """Lines of at most ``width`` characters, by turning spaces into line breaks (offsets unchanged)."""
    chars = list(text)
    line_start, last_space = 0, -1
    for n, c in enumerate(chars):
        if c == "\n":
            line_start, last_space = n + 1, -1
        elif c == " ":
            last_space = n
        if n - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


def test_hard_wrapped_news_is_not_a_dialogue() -> None:
    path = Path(__file__).resolve().parents[1] / "corpus" / "000_c24e6a632f013367.txt"
    text = path.read_text(encoding="utf-8")
    wrapped = _hard_wrap(text)
    assert len(wrapped) == len(text) and wrapped.count("\n") > text.count("\n") + 20
    rows = attributions(wrapped)
    agreed = next(r for r in rows if r[0].startswith("We agreed that we need"))
    assert agreed[1] == "Sergey Lavrov" and agreed[3] == "continuation.paragraph"  # not the other person's turn


def test_a_wire_story_of_short_tagged_quote_paragraphs_is_not_a_dialogue() -> None:
    text = (
        "Senate panel backs border bill\n\n"
        "WASHINGTON \u2014 A Senate subcommittee on Thursday approved a bill to modernize ports of entry.\n\n"
        "\"It is a serious bill,\" said Sen. Harlan Voss, the Wyoming Republican who wrote it.\n\n"
        "\"Once the fee cap was off the table, it fell into place,\" an aide said.\n\n"
        "Sen. Teresa Quintanar of New Mexico, the top Democrat, voted for the bill.\n\n"
        "\"I have watched these programs balloon before,\" the 54-year-old Democrat said.\n\n"
        "\"I'm not going to do that again. Not on my watch.\"\n\n"
        "\"We are buying doors for a house with no walls,\" Ambler said in a statement.\n\n"
        "\"We'll look at the text when there is text,\" Brandt said.\n"
    )
    rows = attributions(text)
    watch = next(r for r in rows if r[0].startswith("I'm not going"))
    assert watch[1] == "Teresa Quintanar" and watch[3] == "continuation.paragraph"  # not a reply to the aide


def test_a_strike_story_of_short_quote_paragraphs_is_not_a_dialogue() -> None:
    text = (
        "Nurses stage longest strike yet\n\n"
        "Nurses at three hospitals walked out again on Tuesday, the union said.\n\n"
        "\"Nobody wants to be here,\" said Siobhan Mallory, 48, the union's regional secretary.\n\n"
        "\"We have asked for 9% and been offered 3%.\"\n\n"
        "\"Our door is open,\" a trust spokesman said in a statement.\n\n"
        "Kelly Amadi, 34, has worked on the respiratory ward for 11 years.\n\n"
        "\"I've done nights where there are two of us for 28 patients,\" Ms Amadi said.\n\n"
        "\"I know nurses who are using food banks.\"\n\n"
        "Ms Mallory rejected the suggestion that the strike put patients at risk, according to the BBC.\n\n"
        "\"We will keep going for as long as it takes,\" she told reporters on Tuesday.\n"
    )
    rows = attributions(text)
    assert rows[-1][1:3] == ("Siobhan Mallory", "she")  # the one the paragraph before is about, not the nurse
    from tests.test_dialogue_turns import _reads_as_dialogue

    assert not _reads_as_dialogue(text)  # bare quote paragraphs, but ages, percentages, statements: news


_STABLE = (
    "Chapter 4\n\n"
    "Harry found Tom in the stable, saddling the grey mare.\n\n"
    "\u201cYou're not going tonight,\u201d Harry said.\n\n"
    "\u201cI am.\u201d Tom pulled the girth tight. \u201cAnd you can't stop me.\u201d\n\n"
    "Harry caught the bridle. \u201cTom, listen to me.\u201d\n\n"
    "\u201cI've listened enough,\u201d he said, and wrenched the reins free.\n\n"
    "\u201cThen go,\u201d he said.\n"
)


def test_dialogue_pronoun_opening_a_turn_is_the_other_person() -> None:
    rows = attributions(_STABLE)
    assert [r[1] for r in rows] == ["Harry", "Tom", "Tom", "Harry", "Tom", "Harry"]
    res = analyse(_STABLE)
    enough = next(a for a in res.attributions if a is not None and a.quote.text.startswith("I've listened"))
    assert enough.mention.text == "he"  # the mention stays the pronoun in the text
    assert any(step.rule == "mention.pronoun.turn-taking" for step in enough.why)


def test_dialogue_pronoun_with_no_named_person_takes_a_described_one() -> None:
    text = (
        "CHAPTER V\n\nThe old doctor sat down heavily and looked at the fire.\n\n"
        "\u201cI will tell you what I know,\u201d he said at last.\n\n"
        "\u201cPlease do.\u201d\n\n\u201cIt is little enough.\u201d\n\n\u201cThen tell it quickly.\u201d\n"
    )
    first = analyse(text).attributions[0]
    assert first is not None and first.name == "The old doctor" and first.mention.text == "he"
    assert first.why[-1].rule == "mention.pronoun.description"
    news = "The old doctor retired in May. Officials met on Monday. \u201cWe will miss him,\u201d he said."
    assert only(news).name == "he"  # in news a pronoun is never a description's


def test_after_no_answer_the_same_person_speaks_again() -> None:
    text = (
        "CHAPTER I\n\n\u201cIs it not delightful?\u201d said Mrs. Penrose.\n\n\u201cVery,\u201d said Mr. Penrose.\n\n"
        "\u201cThen you will come to the ball?\u201d asked Mrs. Penrose.\n\nMr. Penrose made no answer.\n\n"
        "\u201cYou will not refuse me, surely.\u201d\n\n\u201cI refuse nobody.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-2][1:] == ("Mrs. Penrose", "Mrs. Penrose", "continuation.after-silence")
    assert rows[-1][1] == "Mr. Penrose"


def test_one_who_sits_and_waits_does_not_speak_next() -> None:
    text = (
        "\u201cYou will get nothing from her,\u201d said the Inspector.\n\n"
        "\u201cWe shall see,\u201d said Crane. \u201cCome in, Mrs. Orme, and sit down.\u201d\n\n"
        "Mrs. Orme sat down where I had set the chair, folded her hands in her lap, and waited.\n\n"
        "\u201cHow long have you kept house here?\u201d\n\n\u201cNineteen years, sir.\u201d\n\n"
        "\u201cAnd the keys?\u201d\n\n\u201cOn my chatelaine, sir.\u201d\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows[3:]] == ["Crane", "Mrs. Orme", "Crane", "Mrs. Orme"]
    assert rows[3][3] == "continuation.after-silence"  # not "I", nor she who waits


def test_said_the_other_is_the_other_person_in_the_conversation() -> None:
    text = (
        "CHAPTER I\n\nTom and Harry walked on in silence.\n\n\u201cIt will rain,\u201d said Tom.\n\n"
        "\u201cI doubt it,\u201d said the other.\n\n\u201cYou always doubt it,\u201d said Tom.\n\n"
        "\u201cAnd I am always right.\u201d\n"
    )
    doubt = analyse(text).attributions[1]
    assert doubt is not None and doubt.name == "Harry" and doubt.mention.text == "the other"
    assert doubt.why[-1].rule == "mention.the-other.turn-taking"


def test_a_books_title_line_names_no_one_in_the_story() -> None:
    text = (
        "The Lighthouse Keeper\n\nChapter One\n\nThe old keeper had lived on the island for thirty years.\n\n"
        "\u201cYou'll want the lamp room,\u201d she said.\n\n\u201cIf it's no trouble.\u201d\n\n"
        "\u201cIt is no trouble.\u201d\n\n\u201cThen thank you.\u201d He hesitated. \u201cI am looking for my father.\u201d\n"
    )
    assert all(a is None or "Lighthouse" not in a.name for a in analyse(text).attributions)


def _wrapped(paragraphs: list[str]) -> str:
    """Chapter text hard-wrapped at 70 columns, as a Project Gutenberg book is."""
    import textwrap

    return "CHAPTER I.\n\n" + "\n\n".join(textwrap.fill(p, 70) for p in paragraphs) + "\n"


def test_first_person_narrator_said_i() -> None:
    text = _wrapped([
        "I had not been a week in the village before I met the curate, a tall and stooping man.",
        '"You are the new schoolmaster," said he, stopping at the gate of the churchyard.',
        '"I am," said I. "And you must be the curate of this parish, I suppose."',
        '"The same. Have you found lodgings yet, or are you still at the inn?"',
        '"At the mill, with the miller and his family, for the present."',
    ])
    rows = attributions(text)
    assert rows[1][1:] == ("the narrator", "I", "cue.after.said-name")  # "said I." is the narrator, not an initial
    assert rows[2][1] == "the narrator"
    assert rows[3][3] == "continuation.turn-taking" and rows[3][2] == "he"
    assert rows[4][1:] == ("the narrator", "I", "continuation.turn-taking")


def test_narration_naming_nobody_keeps_the_turns_going() -> None:
    text = _wrapped([
        "Mr. Ashby was reading by the fire when his wife came in with the news from the village.",
        '"Do you not want to know who has taken the house?" cried Mrs. Ashby at once.',
        '"You want to tell me, and I have no objection to hearing it," replied Mr. Ashby.',
        "This was invitation enough.",
        '"Why, my dear, it is taken by a young man of large fortune from the north." A pause. "He came '
        'down on Monday in a chaise and four."',
        '"What is his name?"',
    ])
    rows = attributions(text)
    assert rows[2][1:] == ("Mrs. Ashby", "Mrs. Ashby", "continuation.turn-taking")
    assert rows[3][1:] == ("Mrs. Ashby", "Mrs. Ashby", "continuation.paragraph-speaker")  # the rest of her turn
    assert rows[4][1] == "Mr. Ashby"


def test_narration_pronoun_and_last_named_person_speak_next() -> None:
    text = _wrapped([
        "The Colonel came down late to breakfast, and his sister Mrs. Forde poured his tea.",
        '"Where is Harriet this morning?" said the Colonel, looking round the table.',
        '"She has gone to the rectory to help with the school," replied Mrs. Forde.',
        "He laughed, and helped himself to kidneys from the dish on the sideboard.",
        '"I care for you, at least, whatever I may say of the rector and his wife."',
        "At that moment the door opened and Harriet ran in from the garden, wet through.",
        '"Uncle! You will never guess what has happened to the bridge in the night."',
    ])
    rows = attributions(text)
    assert rows[0][1:] == ("Colonel", "the Colonel", "cue.after.said-name")
    assert rows[2][1:] == ("Colonel", "He", "cue.narration-beat")  # "He" is the Colonel, a titled character
    # "the door opened and Harriet ran in": Harriet opens the sentence's last clause.
    assert rows[3][1:] == ("Harriet", "Harriet", "cue.narration-beat")
    # Brought in as an object: the newcomer speaks.
    admitted = text.replace("the door opened and Harriet ran in from the garden", "the door opened to admit Harriet")
    assert attributions(admitted)[3][1:] == ("Harriet", "Harriet", "cue.narration-beat")
    # Named, but not as a subject: the last person the narration names.
    mentioned = text.replace("the door opened and Harriet ran in from the garden",
                             "a wet figure at the door proved to be Harriet")
    assert attributions(mentioned)[3][1:] == ("Harriet", "Harriet", "cue.narration-mention")


def test_kin_descriptions_resolve_to_the_family_member() -> None:
    text = _wrapped([
        "Mr. Parry came in from the mill at six, and Mrs. Parry set the supper before him.",
        '"Did the curate speak to you today?" asked her husband, sitting down heavily.',
        '"He did, and very civilly too," said Mrs. Parry, who liked the curate.',
    ])
    rows = attributions(text)
    assert rows[0][1:] == ("Mr. Parry", "her husband", "cue.after.said-name")
    assert analyse(text).attributions[0].why[-1].rule == "mention.description.kin"  # type: ignore[union-attr]


def test_the_captain_is_captain_hale() -> None:
    text = _wrapped([
        "Captain Hale and Mr. Dorrance sat late over their wine when the ladies had gone.",
        '"She smiles too much," replied the Captain, "but I grant you she is handsome."',
        '"A ball!" exclaimed Mr. Dorrance. "At Lydford? In the winter?"',
        '"Why not? Your sister will arrange everything, and the rooms are large enough."',
        '"Caroline!" cried Mr. Dorrance up the stairs. There was no answer from above. '
        '"We are to give a ball, I tell you."',
    ])
    rows = attributions(text)
    assert rows[0][1] == "Captain Hale" and rows[0][2] == "the Captain"
    assert rows[-1][0] == "We are to give a ball, I tell you."
    assert rows[-1][1] == "Mr. Dorrance"


def test_subject_after_an_opening_adverb_and_a_speech_running_on_over_paragraphs() -> None:
    text = _wrapped([
        "The rain had not stopped since morning, and the lane below the cottage was a stream of mud "
        "that no carriage would attempt before the evening.",
        "Elinor sat with her sister in the window-seat. At last Marianne put down her work.",
        '"I have been thinking of what our neighbour told us," said she. "She says that the Colonel '
        'is to go to town on Thursday.',
        '"And she says, too, that he will not come back before the spring."',
        '"Why should she invent such a thing?" Elinor asked.',
        '"Because she likes to talk, and she likes to be listened to."',
    ])
    rows = attributions(text)
    # "she" is Marianne, the subject after "At last", not Elinor who opens the sentence before.
    assert [r[1] for r in rows[:3]] == ["Marianne"] * 3
    # The open quote runs on into the next paragraph: the same turn, not a reply.
    assert rows[2][3] == "continuation.paragraph"


_KITCHEN = (
    "Chapter Nine\n\n"
    "'I don't know what you mean,' said Tom. 'It's the boys' fault, not mine.'\n\n"
    "'Nobody said it was yours. 'Tis only that the Joneses' dog got out again.'\n\n"
    "'Then why're you looking at me like that?'\n\n"
    "Mother set down the kettle. 'Because you've mud on your boots, and I'm not a fool.'\n\n"
    "'I never touched 'em,' he muttered. 'Ask Lizzie.'\n\n"
    "'Lizzie says you did,' said his mother.\n"
)


def test_role_word_names_first_reply_and_kin() -> None:
    rows = attributions(_KITCHEN)
    speakers = [r[1] for r in rows]
    # The first reply, before anyone else is named: the next person the narration names.
    assert rows[2][3] == "continuation.turn-taking" and speakers[2] == "Mother"
    assert speakers[3] == "Tom"
    # "Mother" is a woman, so "he muttered" is Tom; "his mother" is the character called Mother.
    assert speakers[5:] == ["Tom", "Tom", "Mother"]
    assert rows[-1][2] == "his mother"


def test_fiction_speech_verbs_and_gestures_after_a_quote() -> None:
    text = (
        "Chapter One\n\n"
        "“It will never do,” thought Anne, watching the carriage go.\n\n"
        "“Then you must speak to him,” pursued her cousin Edmund.\n\n"
        "“Perhaps,” she smiled. “Perhaps not.”\n\n"
        "“I never said so,” objected Edmund.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows] == ["Anne", "Edmund", "Anne", "Anne", "Edmund"]
    assert rows[2][3] == "cue.after.name-said"


def test_a_gesture_before_a_quote_is_no_speech_verb() -> None:
    from quoteprov.cues import cue_before

    frame = "Scott grinned behind his glasses at the crowd, "
    assert cue_before(frame, 0, len(frame)) is None
    frame = "Scott smiled and said, "
    event = cue_before(frame, 0, len(frame))
    assert event is not None and event.cue.text == "said"


def test_a_clause_subject_after_comma_and_is_a_pronouns_antecedent() -> None:
    text = _wrapped([
        "Frank and George walked home together along the towpath, and neither of them spoke until they "
        "reached the cottage by the lock.",
        '"You needn\'t have said that to her," said Frank at last.',
        '"Said what?"',
        '"You know very well what. About the money."',
        "For a moment they stared at each other. Then Frank turned on his heel and walked off, and George "
        "was left alone on the path.",
        '"It wasn\'t my fault," he said to the water. "He started it."',
    ])
    rows = attributions(text)
    # "George" opens the last clause before the pronoun: a nearer subject than "Then Frank".
    assert rows[-1][1] == "George" and rows[-2][1] == "George"


def test_a_nod_for_an_answer_and_the_narrator_speaks_again() -> None:
    text = _wrapped([
        "I have just returned from a visit to my landlord, the solitary neighbour that I shall be troubled "
        "with. Mr. Heathcote was standing at the gate when I rode up.",
        '"Mr. Heathcote?" I said.',
        "A nod was the answer.",
        '"Mr. Lockley, your new tenant, sir. I do myself the honour of calling as soon as possible."',
        '"Thrushcombe is my own, sir," he interrupted, wincing.',
        '"A fine property," I observed.',
    ])
    rows = attributions(text)
    assert rows[1][1:] == ("the narrator", "I", "continuation.after-silence")
    assert rows[2][1] == "Mr. Heathcote"


def test_my_dear_name_at_a_quotes_start_is_the_addressee() -> None:
    text = (
        "Chapter 4\n\nEdward and Lucy sat on either side of the fire, and their aunt Mrs. Penrose between them.\n\n"
        "“My dear Edward, you are very quiet,” said Lucy.\n\n“Am I?”\n\n“You are. Is it the letter?”\n\n"
        "“Perhaps it is.”\n"
    )
    rows = attributions(text)
    assert rows[1][1:] == ("Edward", "Edward", "continuation.addressee")
    assert [r[1] for r in rows[2:]] == ["Lucy", "Edward"]


def test_the_person_spoken_or_turned_to_replies_and_misses_are_sisters() -> None:
    text = _wrapped([
        "The Misses Lucas and the Misses Bennet met the next morning to talk it over, and Mrs. Bennet was in "
        "high spirits about the ball.",
        '"You began the evening well," said Mrs. Bennet to Miss Lucas. "You were his first choice."',
        '"Yes; but he seemed to like his second better."',
        "Mrs. Bennet turned to her youngest daughter, Lydia. \"Do not be so noisy, child,\" said she.",
        '"I am not noisy, mamma."',
        '"Kitty, stop coughing," said Mr. Bennet.',
    ])
    rows = attributions(text)
    assert rows[0][1] == "Mrs. Bennet"  # not "Misses Bennet": the sisters are no one person
    assert rows[2][1:] == ("Miss Lucas", "Miss Lucas", "continuation.addressee")  # "said … to Miss Lucas"
    assert rows[4][1:] == ("Lydia", "Lydia", "continuation.addressee")  # "turned to her youngest daughter, Lydia"


def test_a_pronoun_with_no_named_woman_takes_a_possessive_description() -> None:
    text = _wrapped([
        '"My dear Mr. Ashby," said his lady to him one evening, "have you heard that the house is taken?"',
        "Mr. Ashby replied that he had not heard anything of the kind, and went back to his paper.",
        '"But it is," returned she; "for our neighbour has just been here and told me all about it."',
        '"And who has taken it?"',
        '"A young man of large fortune from the north."',
    ])
    rows = attributions(text)
    assert rows[2][1:3] == ("his lady", "she")  # the only woman in the story so far


def test_a_chapter_heading_ends_the_conversation_and_the_nearest_person_is_the_last_resort() -> None:
    text = (
        "CHAPTER I\n\n\"Will you come?\" asked Tom.\n\n\"I will,\" said Anne.\n\n\"Then go,\" said Tom.\n\n\"Now?\"\n\n"
        "CHAPTER II\n\n\"It is raining again.\"\n\nAnne looked out of the window at the wet garden.\n"
    )
    rows = attributions(text)
    assert rows[3][1:] == ("Anne", "Anne", "continuation.turn-taking")
    # Not a reply across the heading, and "II" is nobody: the person named nearest.
    assert rows[4][1:] == ("Anne", "Anne", "fallback.nearest-person")


def test_an_object_after_a_pronoun_gets_no_gender_vote_and_a_narrated_name_is_an_addressee() -> None:
    text = (
        "Chapter 3\n\n"
        "The diner was nearly empty when Ray came in out of the rain. Lorna was wiping down the counter.\n\n"
        "“Lorna, can I get a coffee?” Ray asked.\n\n"
        "“Coming right up, hon.”\n\n"
        "She had always liked Ray, and she did not much like the rain.\n\n"
        "“You want anything to eat?” she asked.\n\n"
        "“Nothing,” Ray said. “Nothing at all.”\n\n"
        "He smiled in spite of himself. “Maybe pie.”\n"
    )
    rows = attributions(text)
    # "Lorna" is no common given name, but the narration names her: the reply is hers.
    assert rows[1][1:] == ("Lorna", "Lorna", "continuation.addressee")
    # "She had always liked Ray, and she …" does not make Ray a woman: "He" is still Ray.
    assert rows[-1][1] == "Ray"


def test_a_first_person_narrator_is_named_as_the_others_address_them() -> None:
    text = _wrapped([
        "I came down to breakfast late on the second morning, and found the housekeeper alone in the hall.",
        '"Good morning, Mr. Lockley," said Mrs. Dean, curtseying.',
        '"Good morning," I said. "Is your master about?"',
        '"He rode out an hour since. Will you take tea, Mr. Lockley?"',
        '"Thank you, I will," I replied, and followed her into the parlour.',
    ])
    rows = attributions(text)
    assert rows[1][1:] == ("Mr. Lockley", "I", "cue.after.name-said")
    assert last_step(text, 1) == "mention.narrator.addressed"
    # Named once, in a turn a cue ("I said") says the narrator answers: that is enough.
    once = text.replace("Will you take tea, Mr. Lockley?", "Will you take tea?")
    assert attributions(once)[1][1] == "Mr. Lockley"
    # Named once, in a turn no cue gives the narrator: the narrator stays unnamed (that bare reply
    # goes to the title and name it answers, continuation.addressee).
    guessed = once.replace('"Good morning," I said. "Is your master about?"', '"Good morning. Is your master about?"')
    rows = attributions(guessed)
    assert rows[1][1:] == ("Mr. Lockley", "Mr. Lockley", "continuation.addressee")
    assert rows[3][1] == "the narrator"


def test_a_surname_the_text_writes_after_mr_is_a_name_to_call_the_narrator_by() -> None:
    text = _wrapped([
        "I found my friend at his breakfast, and I knew at once that he had been up all night.",
        '"Lockley," said he, "you have walked from the station."',
        '"I have done nothing of the sort," said I. "I came by cab."',
        '"Then I am wrong. My friend Mr. Lockley is never wrong, and I am."',
    ])
    assert attributions(text)[2][1] == "Lockley"  # "Lockley" alone is a name: the text has "Mr. Lockley"


def test_a_narrator_who_only_watches_is_not_the_one_who_acts() -> None:
    text = (
        "My friend was at his breakfast when I came in, and I saw at once that he had not slept.\n\n"
        "\u201cYou have walked from the station,\u201d said he.\n\n\u201cI came by cab,\u201d said I.\n\n"
        "\u201cThen I am wrong.\u201d\n\n\u201cYou are often wrong.\u201d\n\n"
        "He pushed the newspaper across the table with one finger, and I saw that it was folded open.\n\n"
        "\u201cHave you read it?\u201d\n"
    )
    assert attributions(text)[-1][2:] == ("He", "cue.narration-beat")  # not "I saw"


def test_a_bare_miss_or_sir_is_no_narrator_name() -> None:
    text = (
        "I had gone up on deck after dinner, and I sat on a coil of rope with my book. I could hear my aunt "
        "below, and I did not mean to go down.\n\nThe dragoman came and stood beside me.\n\n"
        "\u201cIt is a very fine night, Miss,\u201d he said.\n\n\u201cIt is,\u201d I said.\n\n"
        "\u201cYou should not sit in the dew, Miss.\u201d\n\n\u201cI shall go down presently.\u201d\n"
    )
    rows = attributions(text)
    assert rows[1][2] == "I" and all(r[1] != "Miss" for r in rows)  # "Miss" calls her, and names no one


def test_two_guessed_turns_do_not_outvote_one_a_cue_gives_the_narrator() -> None:
    text = _wrapped([
        "My uncle kept me waiting an hour. I was shown in at last.",
        '"Sit down, Arthur," said my uncle.',
        'I sat. "You sent for me, sir."',
        '"I did." There was a knock, and a clerk looked in.',
        '"The Inspector is here, Sir Henry."',
        '"Send him in."',
        '"This is your nephew, Sir Henry?" asked the Inspector.',
        '"It is."',
    ])
    assert attributions(text)[1][1] == "Arthur"


def test_a_surname_acting_in_the_narration_is_a_character_from_the_start() -> None:
    text = _wrapped([
        "Holt found Marsh in the stable, rubbing down the grey mare by the light of a lantern.",
        '"You took your time," Marsh said without turning round.',
        '"The roads are bad."',
        '"They\'re always bad." He hung the cloth on a nail. "Did you see him?"',
        '"I saw him."',
        "Holt sat down on an upturned bucket and rubbed his hands together against the cold.",
        '"There is no other way," he said.',
    ])
    rows = attributions(text)
    # "Holt" is no common given name, but he acts in the narration: the first reply is his.
    assert [r[1] for r in rows] == ["Marsh", "Holt", "Marsh", "Marsh", "Holt", "Holt"]


def test_a_person_acting_right_after_a_comma_closed_quote_speaks_it() -> None:
    text = (
        "THE STATION\n\n"
        "The man and the girl sat at a table in the shade, outside the building.\n\n"
        "“What should we drink?” the girl asked.\n\n“It's pretty hot,” the man said.\n\n“Let's drink beer.”\n\n"
        "“I've never seen one,” the man drank his beer.\n\n“No, you wouldn't have.”\n"
    )
    rows = attributions(text)
    assert rows[3][1:] == ("the man", "the man", "cue.after.beat")
    assert rows[4][1] == "the girl"


def test_in_a_first_person_story_the_narrator_answers() -> None:
    text = (
        "Chapter 7\n\n"
        "Dad is in the garage when I get home. He doesn't look up, and I don't expect him to. I know that look.\n\n"
        "“You're late,” he says.\n\n“The bus broke down.”\n\n“Again?”\n\n"
        "“Again.” I drop my bag by the door. “Where's Mum?”\n\n“Gone to your nan's.”\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows] == ["Dad", "the narrator", "Dad", "the narrator", "the narrator", "Dad"]  # "Dad" is a man
    assert rows[1][3] == "continuation.turn-taking"


def test_a_place_that_merely_is_is_no_character() -> None:
    text = _wrapped([
        "London was quiet that night, and Holt walked home alone along the river in the fog.",
        '"You took your time," Marsh said without turning round from the grey mare.',
        '"The roads are bad."',
        '"They are always bad." He hung the cloth on a nail.',
        '"I saw him."',
    ])
    names = {e.name for e in analyse(text).entities}
    assert "Holt" in names and "London" not in names  # "walked" is an action; "was" says nothing



def test_a_heading_in_capitals_names_no_one_in_the_story() -> None:
    text = (
        "IV. THE COMMISSIONER\n\n"
        "I was shown up the stairs at last. The room was dim.\n\n"
        '"Come in, Walter," said he, from somewhere behind the desk.\n\n'
        '"Thank you, sir."\n\n'
        '"You know why I sent for you?"\n\n'
        '"I can guess."\n'
    )
    rows = attributions(text)
    assert rows[0][2] == "he"
    assert all("COMMISSIONER" not in (r[1] or "") for r in rows)


def test_a_name_acting_in_the_present_tense_is_a_character() -> None:
    text = (
        "Chapter Two\n\n"
        "Mary is at the sink when Corin comes down. Corin pulls out a chair.\n\n"
        '"You\'re late," Mary says.\n\n'
        '"I know."\n\n'
        '"Well?"\n\n'
        '"Aren\'t you going to ask where I was?"\n'
    )
    rows = attributions(text)
    # "Corin pulls out a chair": a character, though no cue names him and the verb is in the
    # present tense; so the reply to Mary is his.
    assert rows[1][1:] == ("Corin", "Corin", "continuation.turn-taking")


def test_the_person_acting_earlier_in_the_paragraph_speaks_its_quote() -> None:
    text = (
        "Chapter One\n\n"
        "Mary looked up as the door opened.\n\n"
        '"You came," she said.\n\n'
        '"Did you think I would not?"\n\n'
        '"I did not know what to think."\n\n'
        "Oriel pulls out a chair and sits. The table is covered with letters, most of them unopened. "
        '"I said I would."\n\n'
        '"You say a lot of things."\n\n'
        '"Not this time."\n\n'
        "The back door bangs open and their cousin Bram stamps in, shaking snow from his coat. "
        '"Is there coffee?"\n'
    )
    rows = attributions(text)
    # Two sentences back, past "The table is covered …"; and in the clause after "and".
    assert rows[3][1:] == ("Oriel", "Oriel", "cue.action-beat")
    assert rows[-1][1:] == ("Bram", "Bram", "cue.action-beat")


def test_a_speech_cue_he_or_she_tells_a_characters_gender() -> None:
    text = (
        "Chapter Four\n\n"
        "Nora stood at the sink with her back to the door, and she did not turn when Oriel came in.\n\n"
        '"You\'re up early," he says.\n\n'
        '"Couldn\'t sleep."\n\n'
        '"Nor could I."\n\n'
        "For a long moment neither of them speaks. Then Oriel reaches across the table and picks up an envelope.\n\n"
        '"This one is from the bank."\n\n'
        'She shrugs. "I know."\n'
    )
    rows = attributions(text)
    # Only Oriel can be the "he" of "he says" (Nora is a woman's name): so Oriel is a man, and
    # "She shrugs" is Nora, though Oriel is the nearer subject.
    assert rows[0][1] == "Oriel"
    assert rows[-1][1:] == ("Nora", "She", "cue.action-beat")


def test_a_he_inside_a_quote_is_no_gender_vote_and_her_mother_is_the_one_mrs() -> None:
    text = (
        "Chapter Six\n\n"
        "Mrs. Alder was at her work by the window.\n\n"
        'Kitty came in with her bonnet in her hand. "Good morning, mamma."\n\n'
        '"Where have you been, child?" said her mother.\n\n'
        '"Only to the mill."\n\n'
        '"And whom did you meet there?"\n\n'
        "Kitty coloured deeply. \"Nowhere. Only Captain Orme was there, and he was going the other way.\"\n\n"
        '"Captain Orme! And where is your bonnet?"\n\n'
        "Kitty put a hand to her head. She had forgotten it entirely.\n\n"
        '"I left it at the mill," she said.\n'
    )
    rows = attributions(text)
    # "he was going the other way" is said of Captain Orme: Kitty stays a woman, and one person.
    assert rows[-1][1] == "Kitty"
    # Kitty has no surname to find her mother by; the story's one Mrs. is her mother.
    assert rows[1][1:] == ("Mrs. Alder", "her mother", "cue.after.said-name")


def test_her_mother_is_never_the_daughter_and_no_guess_among_two_married_women() -> None:
    text = (
        "Chapter Six\n\n"
        "Mrs. Alder and Mrs. Pike sat at their work by the window.\n\n"
        "Kitty came in with her bonnet in her hand. \"Good morning.\"\n\n"
        '"Where have you been, child?" said her mother.\n\n'
        '"Only to the mill."\n\n'
        '"Alone?"\n\n'
        '"Quite alone."\n'
    )
    rows = attributions(text)
    assert rows[1][1:3] == ("her mother", "her mother")


def test_a_he_after_his_own_turn_goes_to_the_other_man_even_of_unknown_gender() -> None:
    text = (
        "Chapter Two\n\n"
        "Holt found Marsh in the stable.\n\n"
        '"You took your time," Marsh said.\n\n'
        '"The roads are bad."\n\n'
        '"They are always bad."\n\n'
        "Marsh swore softly. \"Then we'll have to find another way.\"\n\n"
        '"There is no other way," he said.\n'
    )
    rows = attributions(text)
    assert rows[-1][1:] == ("Holt", "he", "cue.after.name-said")


def test_the_object_of_an_opening_preposition_is_not_the_subject() -> None:
    text = (
        "Chapter Nine\n\n"
        '"Who found him?" Reyes asked.\n\n'
        '"A jogger," said Kowalski.\n\n'
        '"Anybody talk to him yet?"\n\n'
        '"Not yet."\n\n'
        "Reyes crouched beside the body. After a minute she looked up at Kowalski.\n\n"
        '"This isn\'t the same."\n'
    )
    # "After a minute she looked up": the subject is "she", not "a minute" (nor Kowalski, last named).
    assert attributions(text)[-1][1:] == ("Reyes", "she", "cue.narration-beat")


def test_a_speaker_who_gives_their_own_name_is_that_person() -> None:
    text = (
        "Chapter Three\n\n"
        "Mr. Grimwood was at his accounts when the clerk, Pottle, showed in a stout elderly person in a brown coat.\n\n"
        '"You don\'t know me, Mr. Grimwood," the visitor began.\n\n'
        '"I do not, sir."\n\n'
        '"My name is Tuckett—Josiah Tuckett. I knew your late brother."\n\n'
        '"Indeed," said Mr. Grimwood.\n\n'
        '"So I have heard," returned the other. "He often spoke of you."\n'
    )
    rows = attributions(text)
    # The bare turn names its own speaker, whatever the turn-taking would guess.
    assert rows[2][1:] == ("Tuckett", "Tuckett", "cue.self-introduction")
    # "Returned the other": the other party, the speaker two turns back.
    assert rows[4][1] == "Tuckett"
    assert last_step(text, 4) == "mention.the-other.turn-taking"


def test_nobody_calls_themselves_by_name() -> None:
    text = (
        "Chapter Nine\n\n"
        "Reyes crouched beside the body, her coat trailing in the mud.\n\n"
        '"Who found him?" Reyes asked.\n\n'
        '"A jogger," said Kowalski, rubbing his eyes. "The coroner is on her way. Dr. Amari."\n\n'
        '"Anybody talk to him yet?"\n\n'
        '"Not yet."\n\n'
        "A woman in a long grey coat was picking her way down the embankment toward them, carrying a black bag.\n\n"
        '"Detective Reyes?" she called. "I\'m Amari. Sorry I\'m late."\n\n'
        '"You\'re not late," said Reyes.\n'
    )
    rows = attributions(text)
    # The she is not Reyes, whom the quote addresses; her own words say who she is.
    assert rows[-3][1:] == ("Amari", "she", "cue.after.name-said")
    assert rows[-2][1] == "Amari"
    assert last_step(text, -3) == "mention.pronoun.self-introduction"
    # Without the introduction, the she is the woman the narration describes, not Reyes.
    plain = text.replace(" \"I'm Amari. Sorry I'm late.\"", "")
    rows = attributions(plain)
    assert rows[-2][1:3] == ("A woman", "she")
    # (the woman just described, of the pronoun's gender, before Reyes, whose gender is unknown)
    assert last_step(plain, -2) in ("mention.pronoun.not-the-addressee", "mention.pronoun.description")


def test_this_is_x_introduces_someone_else_and_a_cue_name_stands() -> None:
    text = (
        "Chapter One\n\n"
        "Mrs. Bell came in with a tall young man behind her.\n\n"
        '"This is Mr. Crane," she said. "He has taken the Lodge."\n\n'
        '"How do you do?"\n\n'
        '"I am Crane, sir, at your service," said Mrs. Bell, laughing.\n\n'
        '"Very droll."\n\n'
        '"Is it not?"\n'
    )
    rows = attributions(text)
    assert rows[0][1] == "Mrs. Bell"
    assert rows[3][1:] == ("Mrs. Bell", "Mrs. Bell", "cue.after.said-name")


_VISIT = (
    "CHAPTER IX.\n\n"
    "The party from Oakley arrived after breakfast. Mr. Vane handed out his sisters, and Miss Vane, who was the "
    "elder, declared the drive insupportable.\n\n"
    '"Such roads, Mrs. Hollis! I wonder you can bear them."\n\n'
    '"We are used to them," said Mrs. Hollis.\n\n'
    "Miss Clara Vane, who thought whatever her sister thought, said nothing. Julia Hollis came forward to be "
    "introduced, and Mr. Vane bowed very low.\n\n"
    '"I have heard a great deal of you," said he.\n\n'
    '"Then you have heard more than I have said, sir," returned Julia.\n\n'
    '"You are too modest."\n\n'
    '"I am only truthful."\n\n'
    'Miss Vane looked from one to the other. "Edmund, you promised we should see the gardens."\n\n'
    '"So I did. Miss Julia, will you be our guide?"\n\n'
    "They went out. Miss Vane took her brother's arm, and Clara fell in beside Julia.\n\n"
    '"Do you walk a great deal?"\n\n'
    '"Every day, when it does not rain."\n'
)


def test_one_name_for_a_character_introduced_in_full() -> None:
    rows = attributions(_VISIT)
    # "Julia" after "Julia Hollis" is Julia Hollis; "Miss Vane" is the sister called so before, not
    # "Miss Clara Vane", named later; "Clara" is Clara Vane.
    assert rows[3][1:] == ("Julia Hollis", "Julia", "cue.after.said-name")
    assert rows[6][1:] == ("Miss Vane", "Miss Vane", "cue.action-beat")
    names = {e.name for e in analyse(_VISIT).entities}
    assert "Julia" not in names and "Clara" not in names


def test_the_last_clause_subject_speaks_and_no_one_calls_themselves_by_name() -> None:
    rows = attributions(_VISIT)
    # "Mr. Vane handed out his sisters, and Miss Vane … declared": the last to act speaks.
    assert rows[0][1:] == ("Miss Vane", "Miss Vane", "cue.narration-beat")
    # "Miss Julia, will you be our guide?" is not Julia's, though she spoke two turns back.
    assert rows[7][1] == "Mr. Vane"
    # "Miss Vane took her brother's arm, and Clara fell in beside Julia."
    assert rows[8][1:] == ("Clara Vane", "Clara", "cue.narration-beat")


def test_miss_and_lady_of_one_surname_are_two_people() -> None:
    text = (
        "CHAPTER III.\n\n"
        "Lady Ashworth received them in the drawing-room, with her companion on a stool at her feet.\n\n"
        '"So you are the nephew," said Lady Ashworth. "You are not much like him."\n\n'
        '"I take after my mother, ma\'am."\n\n'
        '"Your mother was a Dacre."\n\n'
        '"She was, ma\'am."\n\n'
        '"You must not mind my aunt," said Miss Ashworth. "She says these things to everybody."\n'
    )
    rows = attributions(text)
    assert rows[-2][1:3] == ("Miss Ashworth", "Miss Ashworth")
    people = {e.name for e in analyse(text).entities}
    assert {"Lady Ashworth", "Miss Ashworth"} <= people


def test_a_bare_quote_answers_the_speech_the_narration_reports() -> None:
    text = (
        "CHAPTER III.\n\n"
        "Lady Ashworth examined Henry through her glass.\n\n"
        '"So you are the nephew," said Lady Ashworth. "And what do you do, young man?"\n\n'
        "Henry said that he was reading for the bar.\n\n"
        '"The bar! Colonel Maitland, do you hear that? The boy is to be a lawyer."\n\n'
        '"A very respectable profession," said the Colonel.\n\n'
        '"And died a pauper."\n'
    )
    rows = attributions(text)
    # Henry's turn is reported, not quoted: the quote after it is the answer, Lady Ashworth's.
    assert rows[2][1:] == ("Lady Ashworth", "Lady Ashworth", "continuation.turn-taking")


def test_a_narrator_who_gives_their_name_is_named() -> None:
    text = (
        "Chapter One\n\n"
        "My name is Nell Carver. I was eleven the summer my father sold the farm, and I remember the day "
        "the buyer came.\n\n"
        '"You\'ll be the daughter," he said.\n\n'
        '"I suppose I am," I said.\n\n'
        '"Your father about?"\n\n'
        '"In the barn."\n\n'
        "He went off toward the barn without another word, and I watched him go.\n"
    )
    rows = attributions(text)
    assert rows[1][1:] == ("Nell Carver", "I", "cue.after.name-said")
    assert rows[3][1] == "Nell Carver"
    # In a quote the narrator speaks, as well.
    spoken = text.replace("My name is Nell Carver. ", "").replace('"I suppose I am," I said.',
                                                                  '"I suppose I am. I\'m Nell," I said.')
    assert attributions(spoken)[1][1] == "Nell"
    # Or by what the others call the narrator.
    called = text.replace("My name is Nell Carver.", "My aunt calls me Eleanor. Everybody else calls me Nell.")
    assert attributions(called)[1][1] == "Nell"
    nobody = text.replace("My name is Nell Carver.", "Nobody else alive calls me Eleanor.")
    assert attributions(nobody)[1][1] == "Eleanor"


def test_a_described_character_acting_before_a_quote_speaks_it() -> None:
    text = (
        "Chapter 12\n\n"
        "The rain had stopped by the time they reached the inn.\n\n"
        'Martin said, "Two rooms, if you have them."\n\n'
        'The landlord shook his head. "One room. The fair\'s on."\n\n'
        '"One room, then," said Martin.\n\n'
        '"Take it or leave it."\n\n'
        '"We\'ll take it."\n\n'
        '"Supper is at seven."\n'
    )
    rows = attributions(text)
    # "shook" is the verb, not part of the description; the landlord is a character.
    assert rows[1][1:] == ("The landlord", "The landlord", "cue.action-beat")


def test_a_named_person_acting_after_a_spoken_sentence_speaks_it() -> None:
    text = (
        "Chapter Five\n\n"
        "The knock came just after midnight. Jonah put down his book.\n\n"
        '"Who\'s there?"\n\n'
        '"It\'s me. Let me in."\n\n'
        "He unbolted the door. Agnes came in with snow on her shoulders.\n\n"
        '"What\'s happened?"\n\n'
        '"They\'ve taken Peter." Agnes held her hands out to the flames. "The soldiers. An hour ago."\n'
    )
    rows = attributions(text)
    assert rows[-2][1:] == ("Agnes", "Agnes", "cue.after.beat")
    assert rows[-1][1] == "Agnes"
    broken = text.replace('"They\'ve taken Peter." Agnes', '"They\'ve taken—" Agnes')  # a sentence broken off too
    assert attributions(broken)[-2][1:] == ("Agnes", "Agnes", "cue.after.beat")


def test_a_word_opening_a_question_is_no_name_for_the_narrator() -> None:
    text = (
        "Chapter One\n\n"
        "Dad is in the garage when I get home. He doesn't look up. I know that look.\n\n"
        '"You\'re late," he says.\n\n'
        '"The bus broke down."\n\n'
        '"Again?"\n\n'
        '"Again," I say, and drop my bag by the door. "Where\'s Mum?"\n'
    )
    rows = attributions(text)
    assert rows[-2][1:] == ("the narrator", "I", "cue.after.name-said")


def test_the_former_and_the_latter_and_a_clause_after_a_silence() -> None:
    text = (
        "CHAPTER VI.\n\n"
        "Mr. Quill and Mr. Bracegirdle met at the corner of Fleet Street, as they did every Tuesday.\n\n"
        '"A raw morning," observed the former.\n\n'
        '"Very raw," assented the latter. "I have a cold coming."\n\n'
        '"You always have a cold coming, Bracegirdle."\n\n'
        '"And I am always right, Quill."\n\n'
        "They walked on together in silence as far as the bank, where Mr. Quill stopped and drew out his watch.\n\n"
        '"I must leave you here."\n\n'
        '"Business?"\n'
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Mr. Quill", "the former", "cue.after.said-name")
    assert rows[1][1:] == ("Mr. Bracegirdle", "the latter", "cue.after.said-name")
    assert last_step(text, 0) == "mention.description.former-latter"
    # The silence is broken by Mr. Quill, who stops: the quote after is his.
    assert rows[-2][1:] == ("Mr. Quill", "Mr. Quill", "cue.narration-beat")
    assert rows[-1][1] == "Mr. Bracegirdle"


def test_our_visitor_acts_and_my_companion_is_my_friend() -> None:
    text = (
        "CHAPTER II. THE LODGER\n\n"
        "It was a bitter morning when Mr. Ruskin Hale came to our rooms. My friend Vance was still at his "
        "breakfast, and I had the paper.\n\n"
        '"You will excuse the hour, gentlemen," said our visitor. "I have not slept."\n\n'
        '"That is evident," remarked Vance. "Pray sit down, Mr. Hale."\n\n'
        'Our visitor stared. "How could you possibly know that?"\n\n'
        '"There is mud upon your left boot. What keeps you from your sleep?"\n\n'
        '"My lodger, sir. He has vanished."\n\n'
        '"And the police?" asked my companion.\n'
    )
    rows = attributions(text)
    assert rows[4][1:] == ("Our visitor", "Our visitor", "cue.action-beat")
    assert rows[6][1] == "Our visitor"
    assert rows[7][1:] == ("Vance", "my companion", "cue.after.said-name")


def test_story_cues_make_a_dialogue_of_long_paragraphs_without_a_chapter_heading() -> None:
    text = (
        "The drawing-room at Wexcombe was long and cold, and the fire, which had been lit too late, did little more "
        "than smoke; Mrs. Arden sat as near to it as she decently could, with her work in her lap and her eyes "
        "on the door, through which her son must presently come if he meant to come at all.\n\n"
        "\"You are late, Robert,\" said she, when at last he appeared, with the air of a man who has been detained "
        "against his will by something he does not mean to explain, and who expects to be asked about it.\n\n"
        "\"I was kept at the bank, mother, by old Pennock, who would talk of nothing but the new railway and what "
        "it would do to the price of land on this side of the river,\" he replied, and kissed her cheek.\n\n"
        "\"And what will it do?\" she asked, without much interest, for she had heard of the railway every day for "
        "a month and had long ago decided that it would never be built in her lifetime.\n\n"
        "\"Nothing, I dare say, for years and years; Pennock is an old woman about it, and I told him so,\" said he.\n\n"
        "\"That was not very kind of you, when he has been so good to us since your father died and left us "
        "nothing but this house and a great many debts that Pennock was kind enough to overlook.\"\n\n"
        "\"Kind! He was paid for his kindness, mother, and paid very well, as you would know if you ever looked "
        "at the accounts instead of leaving them all to me and to him.\"\n"
    )
    rows = attributions(text)
    # Long paragraphs, no heading: "said she", "he replied" say it is a story, so the bare
    # paragraphs answer each other instead of continuing the last speaker.
    assert [r[1] for r in rows[-2:]] == ["Mrs. Arden", "Robert"]


def test_verbs_and_adverbs_of_manner_make_a_dialogue_of_long_paragraphs_without_a_pronoun_cue() -> None:
    text = (
        "The library at Hatherley was the coldest room in the house, and the three men who sat in it after dinner "
        "had drawn their chairs so close to the fire that their boots steamed; the rain, which had begun at noon, "
        "had not let up once, and it was plain that nobody would be going down to the village that night.\n\n"
        "\u2018The roof will not last the winter,\u2019 said Colonel Ashby, looking up at a brown stain on the "
        "ceiling which had been growing, he was sure of it, since Michaelmas, and which nobody else would admit.\n\n"
        "\u2018It has lasted two hundred winters already, and it will outlast the three of us,\u2019 said Dr. Venn "
        "drily, without troubling to look up from the fire or from the glass in his hand.\n\n"
        "\u2018And who is to pay for it when it does not?\u2019 demanded the Colonel, who paid for everything "
        "at Hatherley and had begun, in the last year or two, to say so rather more often than was gracious.\n\n"
        "\u2018Your nephew, I should think, since it will be his roof by then, and he can afford it better "
        "than either of us; he has done uncommonly well out of the railway, by all accounts.\u2019\n\n"
        "\u2018Then let him mend it now, and save me the trouble of being rained upon in my own library by "
        "his inheritance,\u2019 repeated the Colonel, with the air of a man who has said a good thing twice.\n\n"
        "\u2018You might tell him so yourself. He comes down on Saturday, and he is always asking what "
        "he can do for you; here is something at last that he can do, and it would please him very much.\u2019\n"
    )
    rows = attributions(text)
    # No "said he", no chapter, long paragraphs: "demanded the Colonel" and "said Dr. Venn drily" say it is a
    # story, so a bare paragraph answers the last speaker instead of going on with his speech.
    assert rows[3][1] == "Dr. Venn"
    assert rows[5][1] == "Dr. Venn"


def test_a_name_the_quotes_call_someone_by_is_a_character() -> None:
    text = (
        "Chapter 30\n\n"
        "Dana was waiting for him on the pier, her collar turned up against the wind.\n\n"
        '"You came," she said.\n\n'
        '"You said it was urgent."\n\n'
        '"It is. Cole knows."\n\n'
        '"Knows what? Dana, I—"\n\n'
        '"Don\'t. Don\'t pretend."\n'
    )
    rows = attributions(text)
    # No lexicon knows "Dana", but Eli calls her so, and she "was waiting": the she is Dana.
    assert rows[0][1:] == ("Dana", "she", "cue.after.name-said")
    assert rows[-1][1] == "Dana"


def test_a_person_who_left_is_not_the_other_in_the_conversation() -> None:
    text = (
        "Chapter Four\n\n"
        "Nora stood at the sink. Felix came in and sat down.\n\n"
        '"Your father called," she said.\n\n'
        '"What did he want?"\n\n'
        "The back door banged open and their uncle Desmond stamped in. \"Is there coffee?\"\n\n"
        '"In the pot," said Nora.\n\n'
        "Desmond poured a mug and laughed. \"I'll drink this in the car.\" He went out again, and the door "
        "swung shut behind him.\n\n"
        "For a long moment neither of them spoke. Then Felix picked up one of the envelopes.\n\n"
        '"This one is from the bank."\n\n'
        '"I know."\n'
    )
    rows = attributions(text)
    # Desmond went out: the reply to Felix is Nora's.
    assert rows[-1][1:] == ("Nora", "Nora", "continuation.turn-taking")


def test_the_other_goes_on_when_the_last_speaker_looks_away() -> None:
    text = (
        "Part Two\n\n"
        "Detective Sergeant Imogen Rhys sat down opposite the suspect.\n\n"
        '"Mr. Kaplan. You know why you\'re here."\n\n'
        'Kaplan folded his arms. "I assume you\'ll tell me."\n\n'
        '"The night of the fourteenth. Where were you?"\n\n'
        '"At home. Alone, before you ask."\n\n'
        "Rhys slid a photograph across the table. Kaplan glanced at it and looked away.\n\n"
        '"That\'s your car, isn\'t it?"\n\n'
        '"Lots of people drive that model."\n\n'
        "For a long moment Kaplan said nothing. Then he took off his glasses and rubbed his eyes.\n\n"
        '"I want a lawyer," he said.\n'
    )
    rows = attributions(text)
    # Kaplan, who spoke last, looks away: Rhys goes on.
    assert rows[4][1:] == ("Imogen Rhys", "Detective Sergeant Imogen Rhys", "continuation.after-silence")
    assert rows[5][1] == "Kaplan"
    # "For a long moment Kaplan said nothing": Kaplan is the subject the he stands for.
    assert rows[6][1:] == ("Kaplan", "he", "cue.after.name-said")


def test_a_she_after_an_old_woman_is_not_a_boy_of_unknown_gender() -> None:
    text = (
        "Chapter 2\n\n"
        "Officer Dunne found the boy on the curb outside the laundromat.\n\n"
        '"You okay, kid?"\n\n'
        'The boy didn\'t look up. "I\'m waiting for my mom."\n\n'
        '"What\'s your name?"\n\n'
        '"Marcus."\n\n'
        '"Okay, Marcus. Stay right here."\n\n'
        "Marcus nodded.\n\n"
        "Inside, the laundromat was empty except for an old woman folding towels. She looked up when Dunne "
        "came in.\n\n"
        '"Help you, officer?"\n'
    )
    rows = attributions(text)
    # "didn't look up" is no part of the boy; asked his name, he gave it: the boy is Marcus
    assert rows[1][1:] == ("Marcus", "The boy", "cue.action-beat")
    # "She looked up when Dunne came in": she (not Dunne, in the "when" clause), the old woman (not Marcus).
    assert rows[-1][1:] == ("an old woman", "She", "cue.narration-beat")


def test_the_other_in_the_conversation_may_be_a_described_character() -> None:
    text = (
        "Chapter 3\n\n"
        "The waiter brought two more drinks. Nick looked at the girl. She was watching the rain.\n\n"
        '"You want to go back?" he said.\n\n'
        '"No."\n\n'
        '"We could go back to the hotel."\n\n'
        '"I said no. I like it here."\n'
    )
    rows = attributions(text)
    # Nobody else is named: the girl the narration describes answers Nick.
    assert [r[1] for r in rows] == ["Nick", "the girl", "Nick", "the girl"]
    assert rows[1][3] == "continuation.turn-taking"


_INN = (
    "CHAPTER II\n\nThe coach stopped at the inn. Lady Agatha Crane got down first.\n\n"
    "\u201cWhat a dismal place,\u201d said Lady Agatha.\n\n"
    "\u201cIt is the only inn on the road, aunt,\u201d said Captain Crane.\n\n"
    "The landlord hurried out of the house and bowed to them both.\n\n"
    "\u201cYou are very welcome,\u201d said he. \u201cThe fire is lit.\u201d\n\n"
    "Lady Agatha went in without a word. Captain Crane stayed in the yard, where a girl in a red shawl "
    "was feeding the hens. A tall woman stood by the gate, and she had been watching them for some time. "
    "The hens made a great noise about the girl's feet, and the wind blew the straw about the yard.\n\n"
    "\u201cGood evening,\u201d he said to her.\n\n"
    "\u201cGood evening, sir,\u201d she answered.\n"
)


def test_a_rank_does_not_name_a_lady_of_the_same_surname() -> None:
    rows = attributions(_INN)
    assert rows[0][1] == "Agatha Crane"
    assert rows[1][1] == "Captain Crane"  # not his aunt, Lady Agatha Crane


def test_a_pronoun_takes_a_described_subject_after_the_last_named_person() -> None:
    rows = attributions(_INN)
    assert rows[2][1:] == ("The landlord", "he", "cue.after.said-name")  # not Captain Crane, named before him
    res = analyse(_INN)
    welcome = next(a for a in res.attributions if a is not None and a.quote.text.startswith("You are very welcome"))
    assert any(step.rule == "mention.pronoun.described-subject" for step in welcome.why)
    # "A tall woman" says the pronoun's gender and stands after Lady Agatha's last mention, further
    # back than a subject's reach; "a girl" is no subject, "the girl's feet" none either.
    assert rows[-1][1] == "A tall woman"


def test_a_pronoun_after_a_described_character_is_no_gender_vote_for_the_named_one() -> None:
    rows = attributions(_INN)
    # "Captain Crane stayed in the yard … A tall woman …, and she had been watching": that she is
    # the woman's, so Captain Crane is not voted a woman and "he said to her" can be him.
    assert rows[-2][1:] == ("Captain Crane", "he", "cue.after.name-said")


_WALK = (
    "Chapter 4\n\nNell found her cousin in the orchard.\n\n"
    "\u201cRose! They are asking for you,\u201d said Nell.\n\n"
    "\u201cLet them ask,\u201d said Rose.\n\n"
    "They walked on together. At the gate they met Major Tallis, who had been sent out by Mrs. Fenwick to find them.\n\n"
    "\u201cMiss Harland,\u201d said he, \u201cyour aunt begs you will come in.\u201d\n\n"
    "\u201cThank you, Major. We are coming.\u201d\n\n"
    "The Major bowed, and after a moment he went back to the house.\n\n"
    "\u201cWhy are you so polite to him?\u201d cried Rose.\n\n"
    "\u201cBecause he has been kind to us.\u201d\n"
)


def test_a_bare_reply_goes_to_the_title_and_name_the_last_turn_spoke_to() -> None:
    rows = attributions(_WALK)
    assert rows[4][1:] == ("Miss Harland", "Miss Harland", "continuation.addressee")
    pell = (
        "CHAPTER I\n\n\u201cSit down,\u201d said Sir Henry.\n\n"
        "\u201cMr. Pell, the agent, was found dead on Tuesday.\u201d\n\n\u201cAnd you do not believe it?\u201d\n"
    )
    assert attributions(pell)[-1][1] != "Mr. Pell"  # a subject in apposition is nobody spoken to


def test_a_reply_goes_to_one_who_has_spoken_not_one_who_left_or_was_only_mentioned() -> None:
    rows = attributions(_WALK)
    # The Major went back to the house; Mrs. Fenwick was only mentioned; Nell spoke in the scene.
    assert rows[-1][1:] == ("Nell", "Nell", "continuation.turn-taking")


def test_after_narration_that_names_nobody_but_says_i_the_narrator_speaks() -> None:
    text = (
        "I had not slept. At six I gave up and made coffee, and I drank it standing at the window.\n\n"
        "\u201cYou're up early,\u201d said Corin from the doorway.\n\n"
        "\u201cCouldn't sleep.\u201d\n\n"
        "\u201cThe ferry leaves at nine. If we miss it, we wait a week.\u201d\n\n"
        "I put the cup down on the sill. Outside, the gulls were quarrelling over something on the beach.\n\n"
        "\u201cThen we won't miss it.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-1][1:] == ("the narrator", "I", "cue.narration-mention")


def test_a_diminutive_names_the_one_person_of_that_given_name() -> None:
    text = (
        "CHAPTER III.\n\nMr. Royle put down his paper and looked across the table at his daughters, Elizabeth and Mary.\n\n"
        "\u201cIs there any tea?\u201d said he.\n\n\u201cThere is, papa,\u201d said Mary.\n\n"
        "\u201cWhen do you go to your aunt's, Lizzy?\u201d said he.\n\n"
        "\u201cOn Thursday, papa.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-1][1:] == ("Elizabeth", "Lizzy", "continuation.addressee")
    # Two people a diminutive could stand for: it names neither.
    two = text.replace("his daughters, Elizabeth and Mary", "his niece Elizabeth Royle, Mary and their cousin Elizabeth Stone")
    assert "Elizabeth" not in (attributions(two)[-1][1] or "")


def test_the_gentleman_is_the_man_named_last() -> None:
    text = (
        "CHAPTER XII\n\nAfter tea Mr. Caldwell drew his chair to the fire, and Mrs. Pryor asked him about his voyage.\n\n"
        "\u201cIt was very dull, ma'am,\u201d said he.\n\n\u201cDull!\u201d cried Mrs. Pryor.\n\n\u201cQuite dull.\u201d\n\n"
        "\u201cAnd you were not afraid?\u201d asked Louisa.\n\n"
        "Louisa's sister observed that Mr. Caldwell was very modest.\n\n"
        "The gentleman laughed. \u201cNot modest, Miss Pryor; only honest.\u201d\n"
    )
    res = analyse(text)
    last = res.attributions[-1]
    assert last is not None and last.name == "Mr. Caldwell" and last.mention.text == "The gentleman"
    assert any(step.rule == "mention.description.epithet" for step in last.why)


def test_a_reply_goes_to_whom_the_cue_says_the_speaker_asked() -> None:
    text = (
        "Inspector Dale Mercer got out of the car. Beside him, Sergeant Tom Briar was finishing his tea.\n\n"
        "\u201cReady?\u201d Mercer said.\n\n\u201cAs I'll ever be.\u201d\n\n"
        "They walked up the path. A uniformed constable was standing at the door, looking pale.\n\n"
        "\u201cWho's been in?\u201d Mercer asked him.\n\n"
        "\u201cJust me and the doctor, sir.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-1][1:] == ("A uniformed constable", "A uniformed constable", "continuation.addressee")
    # "asked her husband": "her" is a possessive there, nobody asked.
    husband = text.replace("Mercer asked him.", "asked her husband.").replace("Beside him, Sergeant Tom Briar",
                                                                             "Beside him, Mrs. Mercer")
    assert attributions(husband)[-1][3] != "continuation.addressee"


def test_the_unnamed_husband_of_mrs_dobbs_is_mr_dobbs() -> None:
    text = (
        "CHAPTER V\n\n\u2018Have you seen the new carriage?\u2019 asked Mrs. Dobbs, as soon as the door was shut.\n\n"
        "\u2018I have not,\u2019 said her husband.\n\n\u2018You never see anything.\u2019\n\n"
        "\u2018I see a great deal, my dear,\u2019 replied her husband.\n"
    )
    rows = attributions(text)
    assert rows[1][1:3] == ("Mr. Dobbs", "her husband")
    res = analyse(text)
    assert res.attributions[1].entity == res.attributions[3].entity  # type: ignore[union-attr]
    # A married woman's father has another surname: "her father" stays a description.
    father = text.replace("said her husband", "said her father").replace("replied her husband", "replied her father")
    assert attributions(father)[1][1] == "her father"


def test_a_titled_name_echoed_or_given_as_an_answer_is_nobody_spoken_to() -> None:
    text = (
        "CHAPTER XX\n\nMrs. Harcourt and her niece Judith were sitting together when the post came in.\n\n"
        "\u201cMr. Fairleigh is coming to Bath,\u201d said Mrs. Harcourt.\n\n"
        "\u201cMr. Fairleigh? Are you sure?\u201d said Judith.\n\n"
        "\u201cQuite sure. He writes it himself.\u201d\n\n"
        "\u201cWho is coming?\u201d said Colonel Harcourt, coming in.\n\n"
        "\u201cMr. Fairleigh, my dear.\u201d\n\n"
        "\u201cThat puppy! I will not have him in the house.\u201d\n"
    )
    rows = attributions(text)
    assert rows[2][1] == "Mrs. Harcourt"  # not Mr. Fairleigh, whom Judith only names
    assert rows[-1][1] == "Colonel Harcourt"


_STABLE_LAD = (
    "Sir Gregory stood with his back to the fire, and Mrs. Ormsby-Hale poured the tea.\n\n"
    "“You slept well, ma'am?”\n\n"
    "“Not at all, Sir Gregory. There is a window in the blue room which does not shut.”\n\n"
    "“Then it shall be shut today. I will see to it myself.”\n\n"
    "“You are very kind.”\n\n"
    "She had scarcely finished when the door opened again to admit, not the butler, but a red-faced "
    "stable-lad with his cap crushed in both hands.\n\n"
    "“Beg pardon, Sir Gregory. Mr. Dunnock sent me up. It's the grey mare.”\n"
)


def test_the_one_the_narration_brings_in_speaks_first() -> None:
    rows = attributions(_STABLE_LAD)
    assert rows[-1][1:] == ("a red-faced stable-lad", "a red-faced stable-lad", "cue.narration-beat")


def test_a_follower_brought_in_behind_the_leader_does_not_speak_first() -> None:
    text = _STABLE_LAD.replace(
        "She had scarcely finished when the door opened again to admit, not the butler, but a red-faced "
        "stable-lad with his cap crushed in both hands.",
        "Then the door swung and Joseph Garland strode in. Behind him, as always, came a red-faced stable-lad.",
    )
    assert attributions(text)[-1][1] == "Joseph Garland"


def test_the_one_who_comes_in_after_speaking_does_not_answer_himself() -> None:
    text = (
        "Officer Dunne found the boy sitting on the curb outside the laundromat.\n\n"
        "“You okay, kid?”\n\n"
        "The boy didn't look up. “I'm waiting for my mom.”\n\n"
        "Dunne crouched down. “What's your name?”\n\n"
        "“Marcus.”\n\n"
        "“Okay, Marcus. I'm going to go in and look for her. You stay right here.”\n\n"
        "Marcus nodded.\n\n"
        "Inside, the laundromat was empty except for an old woman folding towels. She looked up when Dunne came in.\n\n"
        "“Help you, officer?”\n"
    )
    rows = attributions(text)
    # “Okay, Marcus.” calls Marcus: it is not his, though the turn before ("Marcus.") seemed to call him.
    assert rows[4][1] == "Officer Dunne"
    assert rows[5][1:3] == ("an old woman", "She")


def test_long_speeches_that_call_each_other_by_name_are_a_dialogue() -> None:
    # No "said he", long quote paragraphs, most of them bare: like a news article's, except that
    # the people in it speak to one another ("Mr. Sarle", "sir"), which news quotes do not.
    text = (
        "Mr. Edmund Sarle received his two visitors standing, which was a mark of respect he did not extend to "
        "many, and Mrs. Ledsham took the chair by the fire while her son stood at the window.\n\n"
        "“Mrs. Ledsham, I am very sorry to have been obliged to ask you to come into town on such a day as "
        "this, and with the roads as they are.”\n\n"
        "“It was no trouble, Mr. Sarle. I would rather hear it here than at home, where there are too many "
        "people who would like to listen at doors.”\n\n"
        "“I don't see why we could not have heard it after the funeral, like everybody else, sir. Everybody "
        "else hears the will read after the funeral.”\n\n"
        "“It is what is frequently done, Mr. Robert. It is not what your father wished to be done; and it was "
        "his will, in more senses than one.”\n\n"
        "“Then let us hear it, Mr. Sarle, and have done. My mother has been standing about in the cold since "
        "eight o'clock this morning.”\n\n"
        "“Very well, sir. The house at Hallam Rise, with its furniture, plate and pictures, is left to your "
        "mother for her life, and after her death to you.”\n"
    )
    rules = [r[3] for r in attributions(text)]
    assert "continuation.paragraph" not in rules
    assert rules[2] in ("continuation.turn-taking", "continuation.addressee")


def test_a_town_with_a_womans_name_is_nobody() -> None:
    from quoteprov.entities import EntityIndex
    from quoteprov.names import name_mentions

    def people(text: str) -> list[str]:
        index = EntityIndex(name_mentions(text, 0, len(text)), text, given_names_are_people=True)
        return [c.text for c in name_mentions(text, 0, len(text)) if index.is_person(c)]

    assert people("Miss Calloway was admired by the little colony at Florence.") == ["Miss Calloway"]
    assert people("They had both wintered in Augusta.") == []
    assert people("Miss Calloway looked at Florence.") == ["Miss Calloway", "Florence"]  # a woman looked at


def test_she_of_a_new_turn_is_the_woman_talking_not_the_one_named_last() -> None:
    text = (
        "Arthur and Ruth Pryce sat over their tea while their daughter read the letters.\n\n"
        "“Who's been complaining about our hedge?” demanded Susan.\n\n"
        "“Mrs. Hobday,” said Ruth. “She's been on about it since Easter.”\n\n"
        "Susan grinned and went upstairs to find her writing paper. Arthur sighed and looked out at the hedge.\n\n"
        "“Ruth,” he said.\n\n"
        "“What?”\n\n"
        "“Where did I put the shears?”\n\n"
        "“In the shed, where they've been since last August,” she said.\n"
    )
    assert attributions(text)[-1][1:] == ("Ruth Pryce", "she", "cue.after.name-said")


def test_the_narrator_is_not_one_the_narration_or_a_cue_tells_of() -> None:
    text = (
        'It had been raining since noon. I had my feet on the desk and nine dollars in my wallet.\n'
        '\n'
        'She came in at six without knocking, tall and dark, in a coat that cost more than I made in a year.\n'
        '\n'
        '“You’re Pruett?”\n'
        '\n'
        '“That’s what the door says.”\n'
        '\n'
        '“My name is Nora Vance,” she said. “I need some letters back, Mr. Pruett.”\n'
        '\n'
        '“Letters are not my line.”\n'
        '\n'
        'The door opened again. Two men came in, a fat one in a camel coat and a thin kid with his hands in his pockets.\n'
        '\n'
        '“Evening, Mrs. Vance,” said the fat man. “We’ll give you a lift.”\n'
        '\n'
        '“Nobody asked you,” I said.\n'
        '\n'
        '“He’s got a gun in the desk, Moss,” said the kid.\n'
        '\n'
        'Moss smiled and tucked the bills into my pocket. “Sure he has. Ain’t it, pal?”\n'
        '\n'
        '“It isn’t loaded,” I said.\n'
        '\n'
        'Then they were gone. At seven the telephone rang.\n'
        '\n'
        '“Pruett? You know a man named Kerrigan?”\n'
        '\n'
        '“I’ve heard the name.”\n'
        '\n'
        '“He’s dead.”\n'
    )
    rows = attributions(text)
    mine = [r[1] for r in rows if r[2] == "I"]
    assert mine and set(mine) == {"Mr. Pruett"}  # not Mrs. Vance (she speaks), not Moss (“Moss smiled”)


def test_the_narrator_names_themselves_in_the_narration() -> None:
    text = (
        "I, Matthew Haverley, am requested to set down what I saw at Fenny Lodge.\n\n"
        "The girl came in and stood by the door, and I saw that she had been crying. I rose.\n\n"
        "“Sit down, Ellen,” I said. “Nobody here wishes to hurt you.”\n\n"
        "“Thank you, sir.”\n\n"
        "“At what time did you go up to her ladyship?”\n\n"
        "“At ten, sir, the same as always.”\n\n"
        "“And she was alone?”\n\n"
        "“Quite alone, sir.”\n"
    )
    assert attributions(text)[0][1] == "Matthew Haverley"


def test_the_narrator_counts_themselves_among_the_others() -> None:
    text = (
        "There are four of us Penroses: Agatha, who is the eldest, and Lionel, who is the next and is me, "
        "and the twins.\n\n"
        "It was Agatha who thought of the raft. I held the planks and I fetched the tar, and I was not "
        "thanked.\n\n"
        "‘It will float if we tar it,’ she said.\n\n"
        "‘It will sink,’ I said. ‘Everything we make sinks.’\n\n"
        "‘Not this time.’\n\n"
        "‘Every time,’ I said.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows if r[2] == "I"] == ["Lionel", "Lionel", "Lionel"]


def test_a_name_in_a_list_of_who_is_who_calls_no_one() -> None:
    text = (
        "I had known Fenwick for ten years, and I had never seen him so pleased with a stolen thing. Pargeter, "
        "the butler, stood by the door with his hands folded, and I sat at the table with my notebook.\n\n"
        "‘And now, Pargeter, tell me who else was in the house that night,’ said Fenwick.\n\n"
        "‘The Colonel, sir, and Miss Ormerod. Mrs. Blount, the cook. Ellen, the housemaid. And myself.’\n\n"
        "‘No guests?’ said I.\n\n"
        "‘No guests, sir.’\n\n"
        "I looked at Fenwick, and I saw that he was thinking of the window.\n"
    )
    rows = attributions(text)
    assert rows[2][1:3] == ("the narrator", "I")  # not “Mrs. Blount” nor “Ellen”, whom the butler only lists


def test_a_she_before_anyone_is_named_is_the_woman_named_next() -> None:
    text = (
        "The rain had been coming down since noon. I had my feet on the desk and the bottle in the drawer.\n\n"
        "She came in at ten past six without knocking, and shook the rain off her coat.\n\n"
        "“You're Greer?”\n\n"
        "“That's what the door says.”\n\n"
        "“The door could be lying.”\n\n"
        "“It never has yet. Sit down.”\n\n"
        "She sat down in the client's chair and looked around the office.\n\n"
        "“My name is Irene Castellane,” she said. “You've heard of my husband.”\n\n"
        "I had heard of him. Mrs. Castellane watched me while I thought about it.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Irene Castellane", "She", "cue.narration-beat")  # (the name she gave herself)


def test_the_man_the_narration_calls_by_his_trade_is_not_the_man_named_last() -> None:
    text = (
        "The summer I was eleven, the lightning-rod man came up the Ridge Road in a yellow wagon.\n\n"
        "“Why, ma'am,” said the man, taking off his hat, “you ain't heard what I got yet.”\n\n"
        "“I don't need to hear it,” said my aunt. “Eben, go fetch your uncle.”\n\n"
        "“Yes'm,” said I, and went.\n\n"
        "“Lightning rods!” she cried after me. “As if we had money for lightning rods.”\n\n"
        "Uncle Asa came up from the lower mowing and leaned on his fork.\n\n"
        "“Loomis barn was struck because it's the highest thing between here and Tunbridge,” said Uncle Asa.\n\n"
        "The lightning-rod man picked up his glass again, and found it was empty, and put it down.\n\n"
        "“That,” said the man, “would have been my brother Elkanah.”\n"
    )
    assert attributions(text)[-2][1:] == ("the man", "the man", "cue.after.said-name")


def test_given_names_of_fiction_say_a_gender_and_pet_names_their_full_form() -> None:
    from quoteprov.given_names import full_forms, gender_of

    assert [gender_of(n) for n in ("Cecily", "Maisie", "Josiah", "Gideon", "Thankful")] == ["f", "f", "m", "m", "f"]
    assert [gender_of(n) for n in ("Deb", "Gail", "Todd", "Dwight", "Dawn")] == ["f", "f", "m", "m", ""]  # (dawn breaks)
    assert [gender_of(n) for n in ("Agatha", "Zillah", "Jonah", "Milo", "Lancelot")] == ["f", "f", "m", "m", ""]
    # (not Lancelot, Ulysses, Absalom: talked of as figures of story and scripture as often as met)
    assert "susanna" in full_forms("Sukey") and "cecily" in full_forms("Cecy")
    # a pet name says what its full names say; "Kit" (Catherine or Christopher) says nothing
    from quoteprov.given_names import abstract_noun

    assert [abstract_noun(w) for w in ("Firmness", "Benevolence", "Felicity", "Constance", "Vance")] == [
        True, True, False, False, False]
    assert [gender_of(n) for n in ("Wat", "Gussie", "Kit", "Margery", "Hamish")] == ["m", "f", "", "f", "m"]
    text = (
        "Cecily laughed and flung the book at her sister, and Mr. Thorley looked up from his paper.\n\n"
        "“I am going down to look at the lower meadow,” said he gravely.\n\n"
        "“You are going to Fallowfield!”\n\n"
        "“I am going to a gate, Cecy.”\n"
    )
    assert attributions(text)[0][1] == "Mr. Thorley"  # not Cecily: a woman's name


def test_an_institution_after_the_is_no_one_a_pronoun_can_be() -> None:
    text = (
        "Odessa Kline taught English for thirty years.\n\n"
        "Her father, Amos Kline, was a lobsterman who died in 1994.\n\n"
        "The result was the School Library Staffing Act. Around the statehouse it is known as the “Kline Law”, "
        "a nickname she says she finds embarrassing.\n\n"
        "“The governor shook my hand at the signing,” she said.\n"
    )
    assert attributions(text)[0][1] == "Odessa Kline"


def test_a_house_is_no_one_and_a_letter_read_aloud_is_the_readers() -> None:
    text = (
        "Mrs. Thorley had heard that Fallowfield Lodge was let at last.\n\n"
        "‘Mr. Thorley,’ said she, ‘you will ride over to Fallowfield this morning.’\n\n"
        "‘Shall I, my dear? To what purpose?’\n\n"
        "‘To call upon the gentleman who has taken it.’\n\n"
        "‘Then the whole parish may call upon him,’ returned her husband.\n\n"
        "A letter came by the noon post. Mr. Thorley broke the seal, read the letter through once in silence, "
        "and then, at the entreaty of his wife, read it aloud.\n\n"
        "‘Sir,—I take the liberty of addressing you as my nearest neighbour.’\n"
    )
    rows = attributions(text)
    assert rows[0][1] == "Mrs. Thorley" and rows[4][1] == "Mr. Thorley"
    assert rows[-1][1] == "Mr. Thorley"


def test_a_guessed_turn_between_two_of_one_speaker_is_the_one_the_second_calls() -> None:
    text = (
        "Captain Thrupp, Mr. Rowe and Dr. Pargeter sat late over the port.\n\n"
        "“Six years ago, was it not?” said the Captain to Mr. Rowe.\n\n"
        "“Six years, sir.”\n\n"
        "“You should know. You were in her.”\n\n"
        "“She was a fine ship, by all accounts.”\n\n"
        "“She was, Pargeter. She was the finest I ever saw.”\n"
    )
    rows = attributions(text)
    assert rows[3][1:] == ("Dr. Pargeter", "Pargeter", "continuation.called-back")


def test_papa_called_answers_papa_the_titled_man_of_the_scene() -> None:
    text = (
        'Mr. Thorley sat at the breakfast table with his two daughters, Harriet and Cecily, and turned '
        'the pages of his newspaper.\n'
        '\n'
        '“Oh, Papa, you are only teasing!” cried Cecily.\n'
        '\n'
        '“I know nothing of the kind.”\n'
        '\n'
        '“Papa, you are too provoking.”\n'
        '\n'
        '“I am never provoking before noon.”\n'
        '\n'
        '“Mamma will be very angry.”\n'
        '\n'
        '“Your mother is always angry on Tuesdays.”\n'
    )
    rows = attributions(text)
    assert [r[1] for r in rows[:4]] == ["Cecily", "Mr. Thorley", "Cecily", "Mr. Thorley"]
    assert rows[1][3] == "continuation.addressee"


def test_sir_after_a_womans_turn_is_answered_by_the_man() -> None:
    text = (
        "Mr. Latchford and Mrs. Venn stood by the stove while Jane Mossop waited at her desk.\n\n"
        "“Did you speak, Jane?” said Mr. Latchford.\n\n"
        "“She did, and quite properly,” said Mrs. Venn.\n\n"
        "“Yes, sir, I did,” said Jane.\n\n"
        "“Then you will stay after school.”\n"
    )
    # Two turns back is Mrs. Venn, but Jane's “sir” calls a man: Mr. Latchford answers.
    assert attributions(text)[-1][1:3] == ("Mr. Latchford", "Mr. Latchford")


def test_through_and_new_york_are_nobody() -> None:
    text = (
        "All New York had known since Tuesday that Mrs. Derwent would be at the ball.\n\n"
        "“So you have found me out,” she said. “I was told you never came in here.”\n\n"
        "“I never do,” said Halsey Wainwright. “I came to look for a glove.”\n\n"
        "He sat down at the far end of the bench. Through the glass doors the music came to them softened.\n\n"
        "“You are not to say such things.”\n\n"
        "“Why not, if I may hear them said?”\n"
    )
    names = {r[1] for r in attributions(text)}
    assert "New York" not in names and "Through" not in names


def test_the_rector_who_leaned_forward_speaks_next() -> None:
    text = (
        "The chairman was Colonel Dampier, and beside him sat the rector, and below them the clerk.\n\n"
        "“Call the keeper,” said the colonel.\n\n"
        "“I zid him, sir,” said the keeper. “I zid the walk of him.”\n\n"
        "“Yes, sir,” said Tamsin.\n\n"
        "The rector leaned forward.\n\n"
        "“Your mother was with you, Tamsin?”\n"
    )
    assert attributions(text)[-1][1:] == ("The rector", "The rector", "cue.narration-beat")


def test_his_lady_before_any_man_is_named_is_the_one_mrs_of_the_story() -> None:
    text = (
        'Mrs. Ashford had four daughters, of whom Catherine was the second, and the only one who read.\n'
        '\n'
        '“My dear Mr. Ashford,” said his lady to him one day, “have you heard that Hollybank is let at last?”\n'
        '\n'
        'Mr. Ashford replied that he had not.\n'
        '\n'
        '“But it is,” returned she; “for Mrs. Dale has just been here, and she told me all about it.”\n'
        '\n'
        'Mr. Ashford made no answer.\n'
        '\n'
        '“Do you not want to know who has taken it?” cried his wife impatiently.\n'
        '\n'
        '“You want to tell me, and I have no objection to hearing it.”\n'
        '\n'
        'This was invitation enough.\n'
        '\n'
        '“Why, my dear, you must know, Mrs. Dale says that it is taken by a young man of large fortune.”\n'
        '\n'
        '“What is his name?”\n'
        '\n'
        '“Bramwell.”\n'
        '\n'
        '“Is he married or single?”\n'
        '\n'
        '“Oh! single, my dear, to be sure!”\n'
        '\n'
    )
    rows = attributions(text)
    assert rows[0][1:3] == ("Mrs. Ashford", "his lady")
    assert [r[1] for r in rows[5:9]] == ["Mr. Ashford", "Mrs. Ashford", "Mr. Ashford", "Mrs. Ashford"]


def test_the_former_of_two_sisters_is_the_she_of_the_next_tag() -> None:
    text = (
        'When Jane and Elizabeth were alone, the former, who had been cautious in her praise of '
        'Mr. Bingley before, expressed to her sister how very much she admired him.\n'
        '\n'
        '“He is just what a young man ought to be,” said she, “sensible, good-humoured, lively; '
        'and I never saw such happy manners!”\n'
        '\n'
        '“He is also handsome,” replied Elizabeth, “which a young man ought likewise to be, if he '
        'possibly can. His character is thereby complete.”\n'
        '\n'
        '“I was very much flattered by his asking me to dance a second time. I did not expect such '
        'a compliment.”\n'
        '\n'
        '“Did not you? I did for you. But that is one great difference between us.”\n'
        '\n'
        '“Dear Lizzy!”\n'
        '\n'
        '“Oh! you are a great deal too apt, you know, to like people in general.”\n'
        '\n'
        '“I would not wish to be hasty in censuring anyone; but I always speak what I think.”\n'
        '\n'
        '“I know you do; and it is that which makes the wonder.”\n'
        '\n'
        'Elizabeth listened in silence, but was not convinced.\n'
        '\n'
        '“Did you see his sisters?” asked Jane at last.\n'
        '\n'
        '“Certainly I did.”\n'
        '\n'
        'Their mother came in at that moment, and both sisters rose.\n'
        '\n'
        '“Girls, Mr. Bingley is to dine with us on Tuesday!”\n'
        '\n'
        '“Is he, Mamma?”\n'
        '\n'
        '“He is, my dear, and you must wear your blue.”\n'
    )
    rows = attributions(text)
    assert [r[1] for r in rows[:8]] == ["Jane", "Jane", "Elizabeth", "Elizabeth", "Jane", "Elizabeth", "Jane", "Elizabeth"]


def test_the_she_that_a_named_reply_answers_is_not_the_one_who_replies() -> None:
    text = (
        'Mrs. Weston and Emma sat together in the morning-room, and Harriet was at the window with her work.\n'
        '\n'
        '“I wonder he does not come,” said Harriet.\n'
        '\n'
        '“He will come when he is ready,” said Emma. “Men always do.”\n'
        '\n'
        '“You think so very ill of them,” said she.\n'
        '\n'
        '“I think nothing ill of anybody,” replied Harriet, colouring. “I only wondered.”\n'
        '\n'
        '“Then you may stop wondering, for here he is.”\n'
    )
    rows = attributions(text)
    assert rows[3][1] != "Harriet" and rows[4][1] == "Harriet"


def test_my_dear_name_inside_a_sentence_calls_the_narrator_by_name() -> None:
    text = (
        'I had called upon my friend Mr. Sherrard Vale one morning in the autumn of last year, as '
        'I often did when I had an hour to spare, and I found him deep in conversation with a very '
        'stout, florid-faced, elderly gentleman with fiery red hair.\n'
        '\n'
        '“You could not possibly have come at a better time, my dear Wexley,” he said cordially.\n'
        '\n'
        '“I was afraid that you were engaged.”\n'
        '\n'
        '“So I am. Very much so.”\n'
        '\n'
        '“Then I can wait in the next room.”\n'
        '\n'
        '“Not at all. This gentleman, Mr. Boyle, has been my partner and helper in many of my most '
        'successful cases.”\n'
        '\n'
        'The stout gentleman half rose from his chair and gave a bob of greeting.\n'
        '\n'
        '“Try the settee,” said Vale, relapsing into his armchair. “I know, my dear Wexley, that '
        'you share my love of all that is bizarre.”\n'
        '\n'
        '“Your cases have indeed been of the greatest interest to me,” I observed.\n'
        '\n'
        '“You will remember that I remarked the other day that for strange effects we must go to '
        'life itself.”\n'
        '\n'
        '“A proposition which I took the liberty of doubting.”\n'
        '\n'
        '“You did, Doctor, but none the less you must come round to my view. Now, Mr. Boyle here '
        'has been good enough to call upon me this morning.”\n'
        '\n'
        'Our visitor pulled a dirty and wrinkled newspaper from the inside pocket of his '
        'greatcoat.\n'
        '\n'
        '“There it is,” said he. “That is what began it all.”\n'
    )
    mine = {r[1] for r in attributions(text) if r[2] == "I"}
    assert mine == {"Wexley"}


def test_his_grace_is_the_duke() -> None:
    text = (
        'The Duke of Ormesby sat at the head of his own table, and Lady Glencairn at his right '
        'hand, and the talk, as it always did at Ormesby, turned upon the Government.\n'
        '\n'
        '“They cannot last the session,” said the Duke. “Not with Finch at the Exchequer.”\n'
        '\n'
        '“Finch is a very clever man,” said Lady Glencairn.\n'
        '\n'
        '“Clever! He is clever as a monkey is clever. He will climb anything, and break whatever '
        'he climbs.”\n'
        '\n'
        '“You are hard upon him, Duke.”\n'
        '\n'
        '“I am hard upon everybody, my dear lady; it is the privilege of a man who has nothing to '
        'gain.” His Grace turned to the young man on his left. “What do you say, Mr. Phineas? You '
        'sit behind him.”\n'
        '\n'
        'Mr. Phineas Fenn, who had been hoping not to be asked, coloured a little. “I say that he '
        'has a difficult hand to play, your Grace.”\n'
        '\n'
        '“Diplomatically answered.”\n'
        '\n'
        '“He has a great deal of courage,” continued Phineas, growing bolder, “and courage is not '
        'so common in the House that we can afford to despise it.”\n'
        '\n'
        '“There,” said Lady Glencairn, laughing; “you have your answer.”\n'
        '\n'
        '“I have an answer,” returned the Duke. “Whether it is mine is another thing.”\n'
    )
    rows = attributions(text)
    assert rows[5][1:3] == ("Duke", "His Grace")
    assert "Grace" not in {r[1] for r in rows}


def test_that_gentleman_is_the_man_named_last() -> None:
    text = (
        "Mr. Tupworth had scarcely seated himself in the coffee-room when a tall, thin man in a green coat turned "
        "round.\n\n"
        "“Fine night, sir,” said the stranger.\n\n"
        "“Very fine,” replied Mr. Tupworth, who was a polite man.\n\n"
        "“Brandy-and-water, hot, for two. This gentleman pays.”\n\n"
        "The waiter, a melancholy youth with a cold, looked at Mr. Tupworth.\n\n"
        "“Oh, very well,” said that gentleman weakly.\n"
    )
    assert attributions(text)[-1][1:3] == ("Mr. Tupworth", "that gentleman")


def test_the_stranger_who_gives_his_name_is_that_person_throughout() -> None:
    text = (
        'Mr. Tupworth had scarcely seated himself in the coffee-room of the Blue Boar, when a '
        'tall, thin man in a shabby green coat, who had been warming his hands at the fire, turned '
        'round and regarded him with great attention.\n'
        '\n'
        '“Fine night, sir,” said the stranger.\n'
        '\n'
        '“Very fine,” replied Mr. Tupworth, who was a polite man.\n'
        '\n'
        '“Going far?”\n'
        '\n'
        '“To Dorking, by the morning coach.”\n'
        '\n'
        '“Dorking! Capital place—capital. Know it well. Excellent ale—remarkable ale.” The '
        'stranger drew a chair to the table without being asked. “Name’s Jingleby. Alfred '
        'Jingleby. At your service.”\n'
        '\n'
        '“Tupworth,” said the other, a little stiffly.\n'
        '\n'
        '“Tupworth! Not the Tupworths of Epsom?”\n'
        '\n'
        '“I am not aware that there are any Tupworths of Epsom.”\n'
        '\n'
        '“No? Pity. Fine family. Kept horses.” Mr. Jingleby called loudly for the waiter. '
        '“Brandy-and-water, hot, for two. This gentleman pays.”\n'
        '\n'
        'The waiter, a melancholy youth with a cold, looked at Mr. Tupworth.\n'
        '\n'
        '“Oh, very well,” said that gentleman weakly.\n'
    )
    rows = attributions(text)
    assert rows[0][1:4] == ("Mr. Jingleby", "the stranger", "cue.after.said-name")
    assert rows[5][1:4] == ("Mr. Jingleby", "Jingleby", "cue.self-introduction")


def test_a_common_given_name_called_answers_unless_a_titled_one_could_be_it() -> None:
    text = (
        'Mrs. Holt was in the kitchen when her daughter came home from the mill, and she did not '
        'turn round from the range.\n'
        '\n'
        '“You are late, Bessie.”\n'
        '\n'
        '“The looms stopped at six, Mother. There was a meeting in the yard.”\n'
        '\n'
        '“A meeting!” cried her mother, turning at last. “And what had the meeting to say for '
        'itself?”\n'
        '\n'
        '“That the masters mean to cut the wages again at Martinmas. Two shillings in the pound. '
        'Mr. Thornley read it out from the steps of the counting-house, and nobody said a word, '
        'and then Nicholas Higgs got up on a cart and said that he for one would not stand it.\n'
        '\n'
        '“And then they all began to shout, Mother, and I came away.”\n'
        '\n'
        'Her mother sat down heavily in the chair by the fire.\n'
        '\n'
        '“Your father would have said the same as Higgs,” said she, after a while.\n'
        '\n'
        '“I know he would.”\n'
        '\n'
        '“And it would have done him no more good than it will do Higgs. Lay the table, child.”\n'
    )
    assert attributions(text)[1][1:3] == ("Bessie", "Bessie")


def test_her_grace_is_the_duchess_and_his_grace_the_duke() -> None:
    text = (
        'The Duke and the Duchess of Mortlake dined alone with Mr. Mallory.\n'
        '\n'
        '“You are late,” said the Duke.\n'
        '\n'
        '“I was kept at the House,” said Mr. Mallory.\n'
        '\n'
        'Her Grace looked up from her plate. “The House keeps everybody.”\n'
        '\n'
        'His Grace considered this. “Not me.”\n'
        '\n'
        '“No, my dear,” said she. “Nothing keeps you.”\n'
        '\n'
        '“I am kept by my dinner,” said he.\n'
    )
    rows = attributions(text)
    assert rows[2][1:3] == ("Duchess", "Her Grace") and rows[3][1:3] == ("Duke", "His Grace")


def test_the_door_admits_the_head_of_martha_who_speaks() -> None:
    text = (
        "Judith and Rosamund sat up late over the fire, talking of the ball.\n\n"
        "\u2018You noticed nothing after the second quadrille,\u2019 said Judith.\n\n"
        "\u2018I noticed the supper,\u2019 said Rosamund.\n\n"
        "\u2018You noticed Captain Darrell.\u2019\n\n"
        "\u2018He noticed me, which is a different thing.\u2019\n\n"
        "\u2018Is it, indeed?\u2019 cried she.\n\n"
        "They were interrupted by a scratching at the door, which opened far enough to admit the head of "
        "Martha, the housemaid, in a nightcap.\n\n"
        "\u2018If you please, Miss Ashby, master says are you to be up all night?\u2019\n"
    )
    assert attributions(text)[-1][1] == "Martha"


def test_mamma_is_the_mother_of_the_childs_surname_not_the_neighbour_named_since() -> None:
    text = (
        "The news reached Fernleigh by way of Mrs. Pennithorne, who had it from Mrs. Dapple, who had it from the "
        "carrier.\n\n"
        "\u201cA single gentleman,\u201d she said at breakfast, \u201cand he is to come on Saturday.\u201d\n\n"
        "Mr. Pennithorne did not lower his newspaper. \u201cIf Mrs. Dapple says so, it is very likely.\u201d\n\n"
        "\u201cHe is a single man, Mr. Pennithorne, and there are four of them sitting at this table.\u201d\n\n"
        "\u201cI have counted them myself,\u201d said he, \u201con several occasions.\u201d\n\n"
        "\u201cYou are very provoking,\u201d cried she.\n\n"
        "Caroline Pennithorne looked up from her letter with a smile. \u201cAnd what is his name, Mamma?\u201d\n\n"
        "\u201cHis name is Verrinder, and he comes from the north.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Mrs. Pennithorne"


def test_began_before_its_speaker_is_a_tag() -> None:
    text = (
        "CHAPTER II\n\nThe sisters sat round the table, and Prue had the blue bowl in her lap.\n\n"
        "\u201cGirls,\u201d began Prue, and stopped, and looked at the bowl.\n\n\u201cWell?\u201d said Patty.\n"
    )
    assert attributions(text)[0][1:] == ("Prue", "Prue", "cue.after.said-name")
    news = (
        "The new spot from the Dunnigan campaign, titled \u201cEmpty Floors,\u201d began running last week in Ohio, "
        "according to the firm.\n"
    )
    assert all(row[1] != "Ohio" for row in attributions(news))  # began running: no tag


def test_a_name_the_narration_uses_for_short_is_not_the_narrator_s() -> None:
    # "Calliope" is said three times in the quotes and never in the narration, but the narration calls
    # her "Cal": she is the friend, not the narrator.
    text = (
        "I am hiding in the B corridor when my phone buzzes. It is Cal. I do not answer, and I wait.\n\n"
        "The door bangs open and Cal comes through it, with Oz behind her.\n\n"
        "\u201cOh my God,\u201d Cal says.\n\n"
        "\u201cDon\u2019t, Calliope.\u201d\n\n"
        "\u201cI haven\u2019t said anything.\u201d\n\n"
        "\u201cCalliope is right,\u201d Oz says. \u201cShe hasn\u2019t.\u201d\n\n"
        "I look at the floor. \u201cCalliope always says that.\u201d\n"
    )
    assert all(r[1] != "Calliope" for r in attributions(text))


def test_said_the_prince_and_she_said_at_last_are_story_cues() -> None:
    # A drawing-room scene of long paragraphs whose cues a newspaper would also write ("she said", "said
    # Ozerov") but for "said the prince" and "she said at last": a story, where a bare paragraph answers
    # the last one rather than going on with it.
    text = (
        "\u2018You are late, Varenka, and the countess has asked for you twice already,\u2019 said the prince, bowing "
        "over her hand with the air of a man who has been waiting a long time and wishes it known.\n\n"
        "\u2018The snow was very deep on the Tverskaya, and the horses would not go,\u2019 she said, and turned away "
        "from him towards the piano, where a young officer stood turning over the music.\n\n"
        "Ozerov stood behind her, and for a long moment neither of them said anything at all, while the room talked "
        "about the war and the price of oats and the new French singer.\n\n"
        "\u2018You were at Austerlitz,\u2019 she said at last, not turning her head, and struck a chord so softly that "
        "nobody but he could have heard it under the talk.\n\n"
        "\u2018Yes.\u2019\n\n"
        "\u2018Was it very dreadful?\u2019\n\n"
        "\u2018I do not remember. No, that is not true. I remember everything, but I cannot tell it here, among "
        "these candles and these people who were never there.\u2019\n"
    )
    rows = attributions(text)
    assert rows[-3][3] == "continuation.turn-taking"  # (in news: the same speaker goes on)
    assert rows[-3][1] != rows[-4][1]


def test_a_time_is_never_the_subject() -> None:
    text = (
        "\u2018That is why I have come to see that it is left to him,\u2019 said Mrs. Thorold.\n\n"
        "It is not to be supposed that the archdeacon\u2019s wife had ever in her life been so ill-bred as to mention "
        "the bishop\u2019s wife. She never mentioned her. But there was not a person in the room who did not at that "
        "instant think of the lady at the palace, whom the lower clergy called, with a mixture of dread and "
        "admiration, \u2018the Second Chapter\u2019.\n\n"
        "\u2018My dear madam, I assure you that I decide these matters entirely for myself.\u2019\n"
    )
    res = analyse(text)
    assert all(a is None or a.mention.text != "that instant" for a in res.attributions)


def test_a_name_the_quote_talks_of_and_the_next_sentence_describes_does_not_speak_it() -> None:
    text = (
        "\u2018Good night, my dear,\u2019 said she, as the footman brought her wrap.\n\n"
        "\u2018Will you not stay for the sonata?\u2019 said he.\n\n"
        "\u2018Stay! At my age!\u2019 she cried.\n\n"
        "\u2018You are never tired, Countess.\u2019\n\n"
        "\u2018No, no, I am never tired. But my Bichette has had no supper.\u2019 Bichette was a small white dog, "
        "and had been dead, some said, for two years.\n"
    )
    assert [n for _, n, *_ in attributions(text)][-1] != "Bichette"


def test_one_who_came_up_the_stairs_is_a_newcomer_who_speaks() -> None:
    text = (
        "\u2018Arseny! Arseny Mikhailovitch! Are you alive in there?\u2019 cried Prokhor, coming in without a knock.\n\n"
        "Tulin lay with his face to the wall.\n\n"
        "\u2018Leave me alone, Prokhor,\u2019 whispered he, without turning round.\n\n"
        "\u2018Leave you alone! That is good! No, brother, I shall send for the doctor. Marfa Terentyevna!\u2019 "
        "cried he.\n\n"
        "He bellowed it down the stairs, and presently the landlady came up, panting, a stout, untidy woman of "
        "forty with a shawl over her head.\n\n"
        "\u2018What is it now? What are you shouting for, Prokhor Ivanovitch, like a fireman?\u2019\n"
    )
    assert [n for _, n, *_ in attributions(text)][-1] == "the landlady"


def test_one_who_shimmered_in_comes_into_the_scene_and_speaks() -> None:
    text = (
        "I had just put the first forkful of kipper where it would do the most good when Pendlebury shimmered in with "
        "the air of a man who brings tidings.\n\n"
        "\u201cLady Cordelia is on the telephone, sir.\u201d\n\n"
        "\u201cOn the telephone?\u201d\n\n"
        "\u201cYes, sir. Her ladyship has been on the telephone for some minutes.\u201d\n\n"
        "\u201cTell her I\u2019ve gone to Bognor,\u201d I said.\n\n"
        "\u201cI fear her ladyship would not credit it, sir,\u201d said he.\n"
    )
    assert [n for _, n, *_ in attributions(text)][0] == "Pendlebury"


def test_words_a_thing_reads_are_no_turn() -> None:
    text = (
        "M. Anatole Brisson sat in the one upright chair. Inspector Hubbard stood by the window. Over the mantelpiece "
        "hung a sampler, worked in faded silks, which read \u2018East or West, Home is Best\u2019.\n\n"
        "\u2018You want to see them one at a time, I take it, Monsieur?\u2019 said the inspector.\n\n"
        "\u2018One at a time, yes,\u2019 replied he. \u2018It is always so much more interesting.\u2019\n\n"
        "\u2018Well, you know your own business best,\u2019 said he.\n"
    )
    res = analyse(text)
    sampler = [(q.kind.value, a) for q, a in zip(res.quotes, res.attributions) if q.text.startswith("East")]
    assert sampler == [("term", None)]


def test_a_mealtime_opening_leaves_the_subject_after_it() -> None:
    text = (
        "Anne danced twice with Mr. Ravenhill, and said very little.\n\n"
        "At supper Mrs. Maitland was seated, by great good fortune as she thought it, within three chairs of "
        "Lady Dawlish.\n\n"
        "‘Well, Anne, and how did you like him?’ cried she.\n\n"
        "‘Not very much, mamma.’\n"
    )
    assert attributions(text)[0][1] == "Mrs. Maitland"  # the subject, not the nearer Lady Dawlish


def test_a_narrator_nothing_names_is_the_narrator() -> None:
    text = _wrapped([
        "I had taken the room over the chemist's in the spring, and I had not yet learned the names of the "
        "other lodgers. I knew the landlady, and I knew the smell of the stairs.",
        '"You\'ll be wanting your letters," said the landlady, at the foot of them.',
        '"Are there any?" I said.',
        '"Only the one. From London, by the look."',
        '"Thank you," I said, and took it up with me.',
        '"And mind the third stair," she called after me. "It\'s loose."',
    ])
    rows = attributions(text)
    assert [r[1] for r in rows] == ["the landlady", "the narrator", "the landlady", "the narrator", "the landlady",
                                    "the landlady"]
    assert last_step(text, 3) == "mention.narrator.unnamed"


def test_an_uncommon_name_called_out_in_reply_names_the_narrator() -> None:
    text = (
        "I had been dreading first period all morning. I sat at the back, and I kept my head down, and I watched "
        "the door.\n\n"
        "Mrs. Ferrante came in with a yogurt and a lanyard.\n\n"
        "“Hi, Mrs. Ferrante,” I say. My voice comes out like a dog toy.\n\n"
        "“Wrenna.” She sets the yogurt down on our table. “I listened to your memo. All of it.”\n\n"
        "“Oh.”\n\n"
        "“It was very funny,” she says.\n\n"
        "“Thanks,” I say.\n"
    )
    mine = [r[1] for r in attributions(text) if r[2] == "I"]
    assert mine and set(mine) == {"Wrenna"}


def test_the_narrator_is_the_one_the_others_talk_of_by_title() -> None:
    text = (
        "I had been sent to interview her because nobody else on the paper would go. I climbed the stairs, and I "
        "waited in the passage while the dresser went in.\n\n"
        "‘Miss Carrow from the paper, madam,’ she announced, opening the door.\n\n"
        "Dame Cicely did not look round from the glass.\n\n"
        "‘Pike,’ she said, ‘I think we might give Miss Carrow some tea.’\n\n"
        "‘We might,’ said Mrs. Pike, ‘if Miss Carrow is going to be here long enough to drink it.’\n\n"
        "‘I shan’t keep you long,’ I said.\n\n"
        "‘They all say that,’ said Dame Cicely.\n\n"
        "‘I mean it,’ I said. ‘Ten minutes.’\n"
    )
    mine = [r[1] for r in attributions(text) if r[2] == "I"]
    assert mine and set(mine) == {"Miss Carrow"}


def test_a_narrator_called_by_a_short_form_and_in_full_is_named() -> None:
    text = (
        "Me and Dode went out to the graveyard that night with a spade and a candle. I carried the spade, and I "
        "wished I had not.\n\n"
        "‘Hold on,’ said I. ‘I heard something.’\n\n"
        "‘You never,’ said Dode.\n\n"
        "We dug a while. In about a quarter of an hour the spade struck something hard.\n\n"
        "‘Lafe,’ said Dode, in a kind of a squeak, ‘that’s it. That’s the pot.’\n\n"
        "‘It might be a rock,’ I said.\n\n"
        "Then a voice come out of the dark behind us.\n\n"
        "‘Lafayette Hooper,’ it said, ‘you put out that candle before you set my lilacs afire.’\n\n"
        "I put it out. Dode was already over the fence.\n"
    )
    mine = [r[1] for r in attributions(text) if r[2] == "I"]
    assert mine and set(mine) == {"Lafayette Hooper"}


def test_a_pronoun_after_a_long_paragraph_reaches_its_opening_subject() -> None:
    text = (
        "Mrs. Van Alst’s drawing-room had been decorated, twenty years earlier, by a man from Paris.\n\n"
        "“She has written to everyone, Aunt Honoria,” said Kitty Lanfear cheerfully. “Mamma had a note.”\n\n"
        "“My dear Miss Lanfear,” said Ormerod drily, “you make it sound like a dentist.”\n\n"
        "Mrs. Van Alst set down her cup with the deliberation she gave to every act that might afterwards be "
        "quoted. She had known Delia Stroud as a girl; she had danced at her wedding and had been, with the rest of "
        "her acquaintance, scrupulously absent from its dissolution; and she was now aware of a sensation which she "
        "would have been shocked to hear described as curiosity, and which she privately called concern.\n\n"
        "“One hopes,” she said, “that she will not find it necessary to be conspicuous.”\n"
    )
    assert attributions(text)[-2][1:3] == ("Van Alst", "she")  # not Delia Stroud, the object near the end


def test_when_she_speaks_again_she_is_the_speaker_over_the_last_to_act() -> None:
    text = (
        "Chapter One\n\n"
        "DI Calloway sits across from Kieran Vosse and his solicitor, Ms. Desai. DS Brandt leans on the wall.\n\n"
        "“Who won the snooker?” says Calloway.\n\n"
        "Vosse shrugs. His eyes go to the folder, and Calloway sees it, and so does Brandt.\n\n"
        "“Inspector.” Desai’s voice is level, pleasant, lethal. “Put it to him, or this is speculation.”\n\n"
        "“Noted,” she says.\n\n"
        "Calloway takes a breath. When she speaks again her voice is quieter, and Brandt, who has worked with her "
        "for six years, uncrosses his arms.\n\n"
        "“Here’s what I think happened, Kieran.”\n"
    )
    assert attributions(text)[-1][1] == "DI Calloway"  # not Brandt, the last to act


def test_a_turn_next_to_the_narrators_that_says_you_are_x_names_the_narrator() -> None:
    text = (
        "It was a little after three when Dawlish, my clerk, opened my door and announced a lady.\n\n"
        "\u201cShow her in, Dawlish,\u201d said I.\n\n"
        "She came in, a slight woman in deep mourning, and sat down without waiting to be asked.\n\n"
        "\u201cYou are Mr. Quarles,\u201d she said. \u201cYou were my husband\u2019s solicitor.\u201d\n\n"
        "\u201cI had that honour, madam,\u201d I said, \u201cfor eleven years.\u201d\n\n"
        "\u201cThen you will know this handwriting.\u201d\n\n"
        "\u201cWhere was this found?\u201d I asked.\n\n"
        "\u201cIn the lining of his writing-case.\u201d\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows if r[2] == "I"] == ["Mr. Quarles"] * 4


def test_words_written_on_something_are_no_speaker() -> None:
    text = (
        "\u201cThen you will know this handwriting,\u201d said Mrs. Rendell.\n\n"
        "She laid it on my desk. Across the face of it, in the late Mr. Gregory Rendell\u2019s small, upright hand, were "
        "written these words: \u201cTo be opened by my solicitor, in the presence of my wife.\u201d\n\n"
        "\u201cWhere was this found?\u201d I asked.\n\n"
        "\u201cIn the lining of his writing-case.\u201d\n\n"
        "\u201cHas anybody else seen the envelope?\u201d\n\n"
        "\u201cMy brother-in-law saw me take it out,\u201d she said at last.\n"
    )
    assert "these words" not in [r[1] for r in attributions(text)]


def test_how_a_speaker_speaks_is_no_place_of_theirs() -> None:
    text = (
        "\u201cIs it late?\u201d said she.\n\n\u201cVery late,\u201d said he.\n\n"
        "\u201cThen he has no business to do it,\u201d said Mr. Scantling.\n\n"
        "\u201cIt\u2019s father as calls me Jenny, sir,\u201d returned the young girl in a trembling voice.\n"
    )
    assert attributions(text)[-1][1] == "the young girl"


def test_a_character_called_by_a_title_acting_before_a_quote_speaks_it() -> None:
    text = (
        "\u201cAh! Sergei Andreyevich,\u201d cried the General, getting up.\n\n"
        "\u201cI was staking my own money, Your Excellency,\u201d I said.\n\n"
        "\u201cI understand it perfectly,\u201d I said.\n\n"
        "The General went crimson. \u201cSergei Andreyevich! You forget yourself!\u201d\n"
    )
    assert attributions(text)[-1][2:] == ("The General", "cue.action-beat")


def test_one_the_door_opens_to_admit_speaks_first_an_epithet_before_the_name_too() -> None:
    text = (
        "\u201cIs she there, Mamma?\u201d said Bella.\n\n\u201cI think so,\u201d said she.\n\n"
        "\u201cThen bow in any case,\u201d said her mother.\n\n"
        "Bella bowed obediently into the dark, and the door at the back of the box opened to admit old Mr. "
        "Pendergast, who had spent fifty years going from box to box between the acts.\n\n"
        "\u201cCornelia, your servant. Miss Bella. And\u2014\u201d\n"
    )
    assert attributions(text)[-1][1:] == ("Mr. Pendergast", "Mr. Pendergast", "cue.narration-beat")


def test_a_sentence_after_a_quote_opening_with_here_is_a_beat() -> None:
    text = (
        "\u201cIs it late?\u201d said she.\n\n\u201cVery late,\u201d said he.\n\n"
        "\u201cSuch a very young boy, for valuing,\u201d observed Miss Flitcroft.\n\n"
        "Miss Flitcroft did not know, and said so, with an air of apologising for the omission.\n\n"
        "\u201cAnd it were a beginning.\u201d Here Mr. Quiddle took a draught of porter. \u201cTomorrow you shall see.\u201d\n"
    )
    assert attributions(text)[-2][1:] == ("Mr. Quiddle", "Mr. Quiddle", "cue.after.beat")


def test_a_named_person_s_fan_or_hand_moving_before_a_quote_is_that_person_s_beat() -> None:
    text = (
        "\u201cIs it late?\u201d said she.\n\n\u201cVery late,\u201d said he.\n\n"
        "\u201cThat is very New York,\u201d said the Marchesa to Mrs. Thorold.\n\n"
        "Mrs. Thorold\u2019s fan paused. \u201cClarissa has been away so long that she finds everything very New York.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Mrs. Thorold"
