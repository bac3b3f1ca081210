"""Speech cues in news sentences: who the subject of a speech verb is."""

from __future__ import annotations

from quoteprov.names import name_mentions
from quoteprov.pipeline import analyse
from quoteprov.records import SpeakerKind
from tests.resolving import attributions, only

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
    assert speaker(s) == "A spokesperson for the Office of Roads and Bridges"  # the mention is "A spokesperson"


def test_according_to_a_statement_from_an_organisation_is_the_organisation() -> None:
    s = ("The authority \u201cwill work with any partner willing to keep the plant open,\u201d according to a "
         "statement from the Tull County Development Authority.")
    assert speaker(s) == "Tull County Development Authority"


def test_a_party_in_brackets_is_no_person_and_who_is_the_name_before_them() -> None:
    text = HEAD + (
        "The opposition was led by Cllr Hugh Pellow (Lib Dem, Castle ward), who said the decision was "
        "\u2018short-sighted and deeply damaging\u2019.\n\n"
        "\u2018I counted eleven empty shops last week,\u2019 he said.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows] == ["Hugh Pellow", "Hugh Pellow"]


def test_a_single_quote_that_runs_on_into_the_next_paragraph() -> None:
    text = HEAD + (
        "\u2018Nobody wants to put charges up,\u2019 Cllr Smith said. \u2018But our car parks cost more to run "
        "than they bring in.\n\n\u2018We have frozen these charges for six years.\u2019\n"
    )
    rows = attributions(text)
    assert [r[0][:10] for r in rows] == ["Nobody wan", "But our ca", "We have fr"]
    assert all(r[1] == "Cllr Smith" or r[1] == "Smith" for r in rows)


def test_a_given_name_set_beside_her_husbands_surname() -> None:
    text = HEAD + (
        "Prosecuting, Rachel Dunmore told the court the driver had been on his phone.\n\n"
        "Mr Ellery\u2019s widow, Susan, read a statement to the court.\n\n"
        "\u201cGraham was the kindest man I have ever known,\u201d she said.\n"
    )
    assert attributions(text)[-1][1] == "Susan Ellery"


def test_a_profile_hands_over_to_its_subject() -> None:
    text = HEAD + (
        "Oona Petrakis does not like being called a potter, and she does not much like being called a sculptor. "
        "Her new exhibition opens at the Linden Gallery next month, with 63 works.\n\n"
        "\u201cI make things that break,\u201d she said on Tuesday. \u201cEverything I have done for forty years has been "
        "about the moment just before something gives way. The crack is the point.\u201d\n\n"
        "Petrakis, who turned 70 in March, grew up above her father\u2019s fish shop, and she talks about it at length.\n\n"
        "\u201cMy father gutted fish on a marble slab in the back room, and I would sit on a crate and watch him. He was "
        "very fast and very precise, and he never once cut himself.\n\n"
        "\u201cBut what I remember most is the salt. He kept it in a great barrel, coarse grey salt, and he packed the "
        "fish in it in layers.\u201d\n\n"
        "Sputnik V vaccine\n\n"
        "\u201cWe look forward to an early finalisation of the agreement, and to the first doses arriving in the "
        "spring, as the ministry has said before.\u201d\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows[2:4]] == ["Oona Petrakis", "Oona Petrakis"]
    assert rows[2][3] == "cue.narration-subject"
    assert rows[-1][1] is None  # a subheading hands over to no one


def test_a_spokesman_for_someone_else_is_not_the_spokeswoman_named_before() -> None:
    text = HEAD + (
        "Lauren Mays, a spokeswoman for Ridley, dismissed the argument on Tuesday.\n\n"
        "A spokesman for Senate Majority Leader Gordon Fisk said the bill \u201ccould return to the floor\u201d later.\n"
    )
    assert attributions(text)[-1][1] == "A spokesman for Senate Majority Leader Gordon Fisk"  # not Lauren Mays


def test_an_adverb_between_subject_and_speech_verb_is_skipped() -> None:
    s = "\u201cWe live on borrowed time,\u201d my grandfather often said."
    assert speaker(s) == "my grandfather"


def test_a_statement_without_its_source_is_no_speaker() -> None:
    s = ("The Harbour Pilots Guild, a trade group, said the rule would bring \u201cdelays with no gain in safety,\u201d "
         "according to a statement released on Friday.")
    assert "Guild" in (speaker(s) or "")


def test_an_unnamed_speaker_keeps_where_they_are() -> None:
    s = "As the verdict was read, a woman in the back row shouted: \u201cShame!\u201d"
    assert speaker(s) == "a woman in the back row"


def test_pressed_and_texted_are_speech_verbs() -> None:
    assert speaker("\u201cDid the formula change?\u201d Kowalczyk pressed.") == "Kowalczyk"
    assert speaker("\u201cRunning late, start without me,\u201d Okafor texted.") == "Okafor"


def test_the_name_in_apposition_after_a_spokesman_for_someone_speaks() -> None:
    s = ("A spokesman for Mrs. Ortiz, Paul Brennan, said in a statement that the treasurer would release a plan "
         "\u201cin the coming weeks.\u201d")
    assert speaker(s) == "Paul Brennan"


def test_the_one_who_told_them_speaks_not_the_aide_who_reports_it() -> None:
    s = ("Ridley told staff on a conference call that \u201cnobody is getting thrown off the bus,\u201d "
         "according to a second aide who was on the call.")
    assert speaker(s) == "Ridley"


def test_a_statement_posted_somewhere_is_not_the_speaker_of_the_later_verb() -> None:
    s = ("In a statement posted to her website, spokesman Ethan Voss said the congresswoman "
         "\u201cstands by every word\u201d of it.")
    assert speaker(s) == "Ethan Voss"


def test_a_word_in_capitals_before_a_colon_is_no_speaker_label() -> None:
    s = "\u201cFACT: the city spends more on overtime than on parks,\u201d Sorensen wrote."
    assert speaker(s) == "Sorensen"


def test_a_quote_right_after_a_sentence_about_someone_is_theirs() -> None:
    rows = attributions(HEAD + "Senator Kaminski asked Martin Cole, the chief executive, whether the drug had changed.\n\n"
                        "Cole paused. \u201cThe active ingredient is the same, yes.\u201d\n")
    assert rows[0][1:] == ("Martin Cole", "Cole", "cue.narration-subject")


def test_a_nickname_in_quotes_inside_a_name_is_no_quote() -> None:
    s = ("\u201cThis is a big year for our senator!\u201d Scott\u2019s niece, state Del. Marcia \u201cCia\u201d Price "
         "(D-Newport News), shouted to the crowd.")
    rows = attributions(HEAD + s + "\n")
    assert [r[0] for r in rows] == ["This is a big year for our senator!"]
    assert "niece" in (rows[0][1] or "") or "Price" in (rows[0][1] or "")


def test_those_marching_through_the_streets_chant() -> None:
    s = "Protesters marching through the streets chanted \u201cWhat curfew?\u201d and kept going until 2 a.m."
    assert speaker(s) == "Protesters"


def test_a_spokeswoman_is_named_with_whom_she_speaks_for() -> None:
    s = ("A spokeswoman for the regional Department of Coastal Resources said the agency had "
         "\u201cno plans at this time\u201d to change the rules.")
    assert speaker(s) == "A spokeswoman for the regional Department of Coastal Resources"
    rows = attributions(HEAD + "\u201cThe consultation ran for six weeks,\u201d said a spokesman for Save Brackwell Libraries.\n")
    assert rows[0][1:3] == ("a spokesman for Save Brackwell Libraries", "a spokesman")
    s = "A spokesman for the Austrian chancellery said the talks had been \u201cfrank but constructive.\u201d"
    assert speaker(s) == "A spokesman for the Austrian chancellery"  # a national adjective and a lowercase noun


def test_a_senior_campaign_aide_keeps_the_candidates_name_inside() -> None:
    s = "\u201cHe got under her skin,\u201d said a senior Reese aide, who requested anonymity."
    assert speaker(s) == "a senior Reese aide"


def test_one_of_a_group_is_the_source_with_what_places_the_group() -> None:
    s = "\u201cEverything is on the table,\u201d one of the two people familiar with the talks said."
    assert speaker(s) == "one of the two people familiar with the talks"
    s = "One of two Democratic officials in the state said the numbers were \u201ca five-alarm fire\u201d for the party."
    assert speaker(s) == "One of two Democratic officials in the state"


def test_a_claim_label_before_a_colon_is_no_speaker() -> None:
    rows = attributions(HEAD + "CLAIM: \u201cOhio has lost 400,000 manufacturing jobs since the deal.\u201d\n")
    assert rows[0][1] is None


def test_not_the_interview_but_the_one_blunter_in_it() -> None:
    s = ("Its president, Marian Olsen, was blunter in a phone interview: \u201cRaising the retirement age "
         "is a benefit cut.\u201d")
    assert speaker(s) == "Marian Olsen"


def test_an_organisations_name_goes_on_after_of() -> None:
    s = ("The National Council of Retired Workers, an advocacy group, said in a statement that it would "
         "\u201chold both tickets to their word.\u201d")
    assert speaker(s) == "National Council of Retired Workers"


def test_an_organisations_name_goes_on_after_chamber_of_and_center_for() -> None:
    s = ("The Oakfield Chamber of Commerce, which backed the levy, said it was \u201cdisappointed by the vote.\u201d")
    assert speaker(s) == "Oakfield Chamber of Commerce"
    s = "The Center for Rural Transit Studies said ridership had \u201cnever recovered\u201d after the cuts."
    assert speaker(s) == "Center for Rural Transit Studies"


def test_the_group_is_the_organisation_named_before() -> None:
    text = HEAD + (
        "The Air Carriers Council, which represents the largest airlines, said in a statement that it welcomed the "
        "plan but urged Congress to move faster. \u201cEvery day of delay is paid for by passengers,\u201d the group said.\n\n"
        "The Council on Rail Safety was blunter. \u201cThis is too little,\u201d the council said.\n"
    )
    first, second = analyse(text).attributions
    assert first is not None and first.name == "Air Carriers Council" and first.mention.text == "the group"
    assert first.why[-1].rule == "mention.description.organisation"
    assert second is not None and second.name == "Council on Rail Safety"


def test_an_office_with_of_is_one_name_for_a_later_pronoun_too() -> None:
    text = HEAD + (
        "Secretary of State Maura Dilley arrived in Geneva on Monday. \u201cWe remain open to talks,\u201d she said.\n\n"
        "The Council on Rail Safety disagreed. \u201cThis is too little,\u201d it said.\n"
    )
    first, second = analyse(text).attributions
    assert first is not None and first.name == "Maura Dilley"
    assert second is not None and second.name == "Council on Rail Safety"


def test_the_governor_is_the_one_person_titled_gov() -> None:
    text = HEAD + (
        "A housing bill championed by Gov. Celeste Armitage ran into open rebellion on Tuesday.\n\n"
        "The governor has made housing the centerpiece of her second term. \u201cI am not going to flinch,\u201d the "
        "governor said.\n"
    )
    att = analyse(text).attributions[-1]
    assert att is not None and att.name == "Celeste Armitage" and att.mention.text == "the governor"


def test_a_full_name_first_met_as_an_owner_makes_its_surname_a_person() -> None:
    text = HEAD + (
        "Adele Callender's campaign released a letter from her physician, Dr. Ingeborg Lattimore, on Friday. The "
        "letter, Lattimore wrote, found \u201cno evidence of heart disease.\u201d\n\n"
        "Speaking to reporters in Cleveland, Callender said she had felt lightheaded on a warm stage.\n\n"
        "\u201cI sat down, I drank some water, and I finished the speech,\u201d she said.\n"
    )
    att = analyse(text).attributions[-1]
    assert att is not None and att.name == "Callender"  # not the physician, the last woman named before


def test_a_wire_dateline_is_no_subject_for_a_second_verb() -> None:
    text = ("Rally in Altoona\n\nALTOONA, Pa. (AP) \u2014 Republican Emmett Dunnigan told supporters that the polls are "
            "\"phony\" and predicted he would carry the state \"by a lot more than anybody thinks.\"\n")
    assert [a.name for a in analyse(text).attributions if a is not None] == ["Emmett Dunnigan", "Emmett Dunnigan"]


def test_an_opening_adverb_is_no_name_and_the_pronoun_after_it_speaks_next() -> None:
    text = HEAD + (
        "Emmett Dunnigan spent most of his speech on trade.\n\n"
        "Midway through, he turned to the plants that have closed.\n\n"
        "\u201cWhen I\u2019m president, the very first call I make is to the companies that left.\u201d\n"
    )
    att = analyse(text).attributions[-1]
    assert att is not None and att.name == "Emmett Dunnigan"


def test_dismissed_as_coming_from_frames_the_words() -> None:
    s = "Dunnigan has dismissed those warnings as coming from \u201cthe same geniuses\u201d who backed the deals."
    assert speaker(s) == "Dunnigan"


def test_the_complaint_speaks_for_whoever_filed_it() -> None:
    text = HEAD + (
        "In its complaint, the city accused the company of \u201cmanufacturing a pretext.\u201d\n\n"
        "\u201cThe company wants a public stadium without a public commitment,\u201d the complaint said.\n"
    )
    att = analyse(text).attributions[-1]
    assert att is not None and att.name == "the city" and att.mention.text == "the complaint"


def test_a_written_response_is_no_speaker() -> None:
    s = ("In a brief written response to questions from the Ledger, Aldridge said he \u201cdeeply regrets the "
         "distress this has caused.\u201d")
    assert speaker(s) == "Aldridge"  # not "a brief", the subject of "written"


def test_it_said_after_a_message_from_someone_is_theirs() -> None:
    text = HEAD + (
        "The email was accompanied by a text message from the board's chair, Penelope Vantassel, sent the same "
        "evening. It said, in its entirety: \u201cNothing to faculty, nothing to parents.\u201d\n"
    )
    (att,) = analyse(text).attributions
    assert att is not None and att.name == "Penelope Vantassel"
    assert att.why[-1].rule == "mention.pronoun.document"


def test_a_shop_between_an_unnamed_source_and_her_pronoun_is_no_person() -> None:
    text = HEAD + (
        "A woman who identified herself only as a mother of three said she shopped at the Corner Market but could not "
        "afford to do all her shopping there. \u201cI love Bernice,\u201d she said.\n"
    )
    (att,) = analyse(text).attributions
    assert att is not None and att.name == "A woman"  # not the Corner Market


def test_a_group_for_a_cause_is_one_organisation() -> None:
    s = "Americans for Open Markets said the tariffs would \u201chit working families hardest.\u201d"
    assert speaker(s) == "Americans for Open Markets"


def test_in_a_statement_the_subject_after_the_opening_phrase_issued_it() -> None:
    text = HEAD + (
        "In a statement, the university insisted that the new office is legal. \u201cThe office complies fully "
        "with state law,\u201d the statement said.\n"
    )
    res = analyse(text)
    att = res.attributions[-1]
    assert att is not None and att.name == "the university" and att.mention.text == "the statement"


def test_an_office_named_with_of_titles_the_person_after_it() -> None:
    # not "Secretary" (a description a role-match sends to another secretary) and "State Maura Dilley"
    lead = "Secretary-General Tomas Arvid welcomed the talks.\n\n"
    rows = attributions(HEAD + lead + "Secretary of State Maura Dilley said the talks were \u201cproductive and serious.\u201d\n")
    assert rows[-1][1] == "Maura Dilley"
    s = "\u201cWe are watching closely,\u201d said Director of National Intelligence Owen Fairleigh."
    assert speaker(s) == "Owen Fairleigh"
    s = "Speaker of the House Dana Whitcombe said the bill was \u201cdead on arrival.\u201d"
    assert speaker(s) == "Dana Whitcombe"


def test_the_name_after_her_running_mate_and_its_party_tag_speaks() -> None:
    s = ("Marchetti\u2019s running mate, Sen. Andre Whitaker (D-Va.), wrote on Twitter: \u201cHarmon just told "
         "donors what the ticket won\u2019t tell voters.\u201d")
    assert speaker(s) == "Andre Whitaker"


def test_fired_back_speaks() -> None:
    s = "Whitfield fired back that Lindqvist had \u201cspent 12 years in Washington\u201d and little else."
    assert speaker(s) == "Whitfield"


def test_a_second_verb_of_the_sentences_subject_speaks_for_it() -> None:
    s = ("When we asked the campaign for the source, spokeswoman Tessa Quinlan pointed us to the "
         "\u201cHollowed Out\u201d report and said Reese was \u201cusing the broadest possible measure.\u201d")
    rows = attributions(HEAD + s + "\n")
    assert rows[-1][1:] == ("Tessa Quinlan", "Tessa Quinlan", "cue.before.sentence-subject")


def test_a_source_close_to_the_campaign_is_one_source() -> None:
    s = "A source close to the Reese campaign told reporters that Reese leads \u201cby double digits,\u201d a claim."
    assert "source close to the Reese campaign" in (speaker(s) or "")


def test_can_be_heard_telling() -> None:
    s = "\u201cEverybody in this room knows the math doesn\u2019t work,\u201d Harmon can be heard telling donors."
    assert speaker(s) == "Harmon"


def test_an_ing_word_opens_an_organisations_name() -> None:
    s = "The Voting Rights Project, a nonpartisan group, called the comments \u201creckless and dangerous.\u201d"
    assert speaker(s) == "Voting Rights Project"


def test_dismissed_it_as_is_the_organisations_framing() -> None:
    s = ("The Bream campaign, in a statement released before Ms. Marsh took the stage, dismissed the visit as "
         "\u201ca photo op at a factory her friends helped close.\u201d")
    assert speaker(s) == "Bream campaign"


def test_a_surname_in_ing_after_a_given_name() -> None:
    s = "Kyle Dunning, the communications director, wrote on Twitter that Marsh had \u201cfinally discovered Ohio.\u201d"
    assert speaker(s) == "Kyle Dunning"


def test_a_new_chant_is_a_noun_and_the_crowd_chants_it() -> None:
    s = ("When she promised to \u201cbring the mills back,\u201d the crowd picked up a new chant: "
         "\u201cBring them back! Bring them back!\u201d")
    rows = attributions(HEAD + s + "\n")
    assert rows[-1][1] == "the crowd"


def test_a_quote_after_a_sentence_about_someone_that_held_a_title_in_quotes() -> None:
    s = ("On \u201cFace the Nation,\u201d Sen. Bernie Sanders (Vt.), who lost the primaries, named young voters "
         "as a reason for hope. \u201cThe younger people are sick and tired of discrimination.\u201d")
    rows = attributions(HEAD + s + "\n")
    assert rows[-1][1:] == ("Bernie Sanders", "Sen. Bernie Sanders", "cue.narration-subject")


def test_hes_claiming_is_he_and_a_verb() -> None:
    s = ("Donald Trump told a rally that the vote was rigged. He\u2019s claiming that fraud is \u201ca big, big problem "
         "in this country\u201d today.")
    rows = attributions(HEAD + s + "\n")
    assert rows[0][1:] == ("Donald Trump", "He", "cue.before.name-said")


def test_her_mothers_voice_speaks_for_her_mother() -> None:
    s = "Her mother\u2019s voice followed the look: \u201cWhat are you two discussing so earnestly?\u201d"
    rows = attributions(HEAD + s + "\n")
    assert rows[0][2:] == ("Her mother", "cue.before.colon-subject")


def test_the_person_before_a_chain_of_appositions_speaks() -> None:
    s = ("Brandon Tiller, president of Local 2455 of the Border Agents Association, which represents agents in "
         "the sector, called the plan \u201ca green light to every smuggler.\u201d")
    assert speaker(s) == "Brandon Tiller"
    s = ("Philip Haskins, a senior fellow at the Heartland Freedom Institute, a free-market think tank, told "
         "reporters that a tax increase is \u201calmost unavoidable.\u201d")
    assert speaker(s) == "Philip Haskins"


def test_an_agent_assigned_to_the_sector_who_asked_not_to_be_named() -> None:
    s = ("A Border Patrol agent assigned to the sector, who asked not to be identified, described the system "
         "as \u201ca revolving door.\u201d")
    assert speaker(s) == "A Border Patrol agent assigned to the sector"


def test_someone_near_the_back_of_the_room_shouts() -> None:
    s = "Someone near the back of the auditorium shouted, \u201cThen you send yours to Ashby Ridge!\u201d"
    assert speaker(s) == "Someone near the back of the auditorium"


def test_a_party_member_described_speaks() -> None:
    a = only(
        "Sen. Teresa Quintanar of New Mexico, the top Democrat, voted for the bill. "
        "\"I have watched these programs balloon before,\" the 54-year-old Democrat said."
    )
    assert a.mention.text == "the 54-year-old Democrat" and a.name == "Teresa Quintanar"


def test_the_name_beside_a_description_hands_over_too() -> None:
    text = (
        "Keeler was sentenced on Friday to six years in prison for the hit-and-run.\n\n"
        "The victim\u2019s mother, Donna Santangelo, stood at the lectern for nearly ten minutes, holding a photograph "
        "of her son.\n\n"
        "\u201cEli was the kind of kid who walked everywhere because he was saving for a car.\n\n"
        "\u201cI don\u2019t know if I will ever forgive you.\u201d\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows] == ["Donna Santangelo", "Donna Santangelo"]
    assert rows[0][3] == "cue.narration-subject"


def test_one_who_returns_somewhere_says_nothing() -> None:
    s = ("The Senate adjourned Thursday and is not scheduled to return until July 22, though Tolliver said "
         "members could be recalled \u201con six hours\u2019 notice.\u201d")
    assert speaker(s) == "Tolliver"


def test_he_said_then_according_to_a_recording_is_his() -> None:
    s = ("In a podcast interview last March, Ibarra-Soto said \u201cevery tool ought to be on the table,\u201d "
         "according to a recording reviewed by the Ledger.")
    assert speaker(s) == "Ibarra-Soto"  # the recording reports his words


def test_an_opening_phrase_of_time_is_skipped_for_the_subject() -> None:
    s = ("Within an hour of the event, the Open Streets Privacy Project, an Oakland nonprofit, issued a "
         "statement calling the glasses \u201ca surveillance device with a fashion budget.\u201d")
    assert speaker(s) == "Open Streets Privacy Project"  # not "an hour"


def test_a_participle_after_a_comma_yields_to_the_main_verb() -> None:
    s = ("Late Thursday, responding to the privacy group, Brightwater said in a statement that it had "
         "\u201cconsulted with independent privacy experts.\u201d")
    assert speaker(s) == "Brightwater"  # the main verb speaks, not the participle after a comma


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    text = HEAD + (
        "The agency\u2019s regional office in Philadelphia said in a statement that it was "
        "\u201cevaluating options.\u201d \u201cProtecting public health remains our first priority,\u201d "
        "the statement said.\n"
    )
    res = analyse(text)
    first, second = res.attributions
    assert first is not None and second is not None
    assert second.mention.text == "the statement" and second.name == first.name
    assert second.why[-1].rule == "mention.document.issuer"


def test_a_document_speaks_for_whoever_the_clause_after_it_says_made_it() -> None:
    s = ("A memo the county clerk sent to poll workers last week says ballots must be \u201csealed in the "
         "presence of two judges.\u201d")
    res = analyse(HEAD + s + "\n")
    (att,) = res.attributions
    assert att is not None and att.name == "the county clerk" and att.mention.text == "A memo"
    assert att.why[-1].rule == "mention.document.issuer"


def test_a_copy_someone_obtained_is_no_speaker() -> None:
    s = ("An incident report filed last week states that the driver \u201cfailed to stop when signalled,\u201d "
         "according to a copy obtained by the Ledger.")
    assert speaker(s) != "a copy"  # the Ledger obtained the copy; the report speaks


def test_an_abbreviation_takes_its_possessive() -> None:
    s = "The E.P.A.\u2019s regional office in Philadelphia said it was \u201cevaluating options.\u201d"
    assert speaker(s) == "E.P.A.\u2019s regional office"  # not Philadelphia


def test_the_name_in_apposition_after_an_opening_document_speaks() -> None:
    s = "In an email, a company spokesman, Philip Armitage, wrote: \u201cWe are proud of the work.\u201d"
    assert speaker(s) == "Philip Armitage"  # not "an email"


def test_a_pronoun_after_an_unnamed_source_is_that_source() -> None:
    text = HEAD + (
        "Sen. Carla Menendez said the bill would pass.\n\n"
        "One backbencher, who asked not to be named because she was not authorised to speak, put the chances "
        "of a defeat at \u201cbetter than even\u201d. \u201cThe whips have been counting all weekend,\u201d she said.\n"
    )
    last = analyse(text).attributions[-1]
    assert last is not None and last.mention.text == "she" and last.name == "One backbencher"
    assert last.why[-1].rule == "mention.pronoun.source"  # not the senator named before


def test_one_of_a_group_whose_words_end_at_a_comma() -> None:
    s = "\u201cEverybody knew,\u201d said one of the current employees, who works in the finance department."
    assert speaker(s) == "one of the current employees"


def test_the_next_paragraph_says_whose_words_they_were() -> None:
    text = HEAD + (
        "Anjali Rao said she could not find the money.\n\nNot every parent in the room opposed the plan.\n\n"
        "\u201cHonestly, my son would be in a class of 14 next year.\u201d\n\n"
        "That view came from Curtis Fenwick, the father of a third grader, who was briefly booed.\n"
    )
    assert attributions(text)[0][1:] == ("Curtis Fenwick", "Curtis Fenwick", "cue.named-after")
    later = text.replace("That view came from", "That was the assessment of")
    assert attributions(later)[0][1] == "Curtis Fenwick"
    how = text.replace("That view came from Curtis Fenwick, the father of a third grader, who was briefly booed.",
                       "That is how Curtis Fenwick, the father of a third grader, put it.")
    assert attributions(how)[0][1] == "Curtis Fenwick"
    so = text.replace("That view came from Curtis Fenwick,", "So says Curtis Fenwick,")
    assert attributions(so)[0][1] == "Curtis Fenwick"


def test_a_role_before_a_colon_speaks_and_its_name_in_apposition() -> None:
    s = "Her spokeswoman, Colleen Navarro, was less restrained: \u201cHe has been running against Washington for years.\u201d"
    assert speaker(s) == "Colleen Navarro"
    assert speaker("Her spokeswoman was less restrained: \u201cHe keeps losing.\u201d") == "Her spokeswoman"


def test_a_statement_before_a_colon_yields_to_who_wrote_it() -> None:
    s = ("The statement also referenced her record on women in the workplace: \u201cParallel to our union\u2019s "
         "progress, her fight has opened the door,\u201d the union wrote.")
    assert speaker(s) == "the union"


def test_what_he_called_is_his_after_an_earlier_quote() -> None:
    text = HEAD + (
        "Trump took to Twitter overnight to accuse the campaign of being \u201cduped\u201d by \u201ca con\u201d and "
        "encourage Americans to check out what he called Machado\u2019s \u201csex tape.\u201d\n"
    )
    assert [r[1] for r in attributions(text)] == ["Trump", "Trump", "Trump"]  # not "Americans"


def test_a_name_right_before_a_dash_speaks() -> None:
    s = ("A chorus of prominent Republicans has said the same thing, including the former presidential "
         "candidate Mitt Romney -- \u201cIt is disqualifying for a nominee to refuse.\u201d")
    assert speaker(s) == "Mitt Romney"  # not the chorus
    s = ("Mr. King said Mr. Schultz has recently seemed supportive of Mr. Trump -- \u201ca completely different "
         "Ed Schultz to me.\u201d")
    assert speaker(s) != "Trump"  # the object of "of" says nothing


def test_according_to_a_speech_a_person_delivered_is_theirs() -> None:
    s = ("The plan is supposed to curb \u201cactivist\u201d investors, according to a speech Mrs. Clinton "
         "delivered at New York University in July.")
    assert speaker(s) == "Mrs. Clinton"  # not "a speech"


def test_the_name_in_apposition_after_whose_spokesperson_speaks() -> None:
    text = (
        "The ministry summoned the ambassador on Monday.\n\n"
        "In Reykjavik, a spokesperson for Iceland's foreign ministry, Gunnhildur Arnadottir, said the ambassador "
        "had attended the meeting and had \u201cexplained Iceland's position clearly.\u201d\n"
    )
    assert attributions(text)[0][1:3] == ("Gunnhildur Arnadottir", "Gunnhildur Arnadottir")  # not "Reykjavik"


def test_a_sentence_right_after_a_quote_can_say_whose_words_they_were() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        "\u201cI didn't come to Washington to watch us shoot ourselves in the foot.\u201d That was the verdict of "
        "Rep. Graciela Ontiveros, a first-term Republican.\n\n"
        "\u201cYou can\u2019t eat a server.\u201d The line, which drew the loudest applause of the night, came from "
        "Roberta Klinefelter, a retired science teacher.\n"
    )
    assert [row[1:] for row in attributions(text)] == [
        ("Graciela Ontiveros", "Rep. Graciela Ontiveros", "cue.named-after"),
        ("Roberta Klinefelter", "Roberta Klinefelter", "cue.named-after"),
    ]


def test_a_capital_letter_and_a_hyphen_make_no_name() -> None:
    text = "Union members in orange T-shirts stayed until the vote, and a U-turn was ruled out."
    assert [c.text for c in name_mentions(text, 0, len(text)) if c.kind == "name"] == []


def test_he_answering_a_quote_that_calls_a_man_by_title_is_that_man() -> None:
    text = (
        "He turned to his lawyer, a silver-haired litigator named Conrad Pyle, and waited.\n\n"
        "\u201cMr. Dunnigan has answered every question,\u201d Pyle said.\n\n"
        "So I asked again. \u201cThen who signs the returns, Mr. Dunnigan?\u201d\n\n"
        "\u201cMy accountants sign them,\u201d he said.\n"
    )
    row = attributions(text)[-1]
    assert row[1:] == ("Mr. Dunnigan", "he", "cue.after.name-said")  # not Pyle, named last


def test_an_organisation_named_with_and_is_one_name() -> None:
    text = (
        "A Department of Health and Social Care spokesperson said the target stands. The Office of Management and "
        "Budget agreed, and a spokesman for Britain\u2019s Department for Environment, Food and Rural Affairs said so. "
        "The Ministry of Defence and Boris Johnson said nothing."
    )
    names = [c.text for c in name_mentions(text, 0, len(text))]
    assert "A Department of Health and Social Care spokesperson" in names
    assert "The Office of Management and Budget" in names or "Office of Management and Budget" in names
    assert "Britain\u2019s Department for Environment, Food and Rural Affairs" in names
    assert "Boris Johnson" in names  # not part of the ministry's name


def test_said_and_a_name_after_a_clause_and_a_comma_is_the_speaker_of_what_follows() -> None:
    s = ("Debate performances rarely move the polls by more than a point or two, said Marisol Ocampo, a political "
         "scientist at Ohio State University \u2014 \u201cunless a candidate confirms a doubt voters already had.\u201d")
    assert speaker(s) == "Marisol Ocampo"  # not "Debate", the first capital of the sentence


def test_the_i_of_a_column_is_its_author() -> None:
    text = (
        "My dad has voted Democratic for 50 years. This year, there is a Republican sign in his yard.\n\n"
        "I drove home last weekend. I noticed the sign first, and I asked about it at dinner.\n\n"
        "\u201cDad,\u201d I said, \u201cwhen was the last time you voted for a Republican?\u201d\n\n"
        "He thought about it longer than I expected.\n\n"
        "Ellen Dunmore, a former reporter for the Ledger, is a freelance writer in Baltimore.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Ellen Dunmore", "I", "cue.after.name-said")
    assert analyse(text).attributions[0] is not None
    assert any(step.rule == "mention.narrator.author" for step in analyse(text).attributions[0].why)
    byline = "The debate was all thunder.\n\nBy Frances Delgado-Marsh | Opinion Columnist\n\n" + text.rsplit("\n\n", 2)[0]
    assert attributions(byline)[0][1] == "Frances Delgado-Marsh"
    # A column told like a story ("“…?” I asked", twice: a story's cue) keeps its byline's author for its I.
    story = ("The machines took her job.\n\nBy Frances Delgado-Marsh\n\n"
             "For 26 years she rang up my groceries. I went to see her at her kitchen table last week.\n\n"
             "\u201cAre you angry?\u201d I asked.\n\n"
             "\u201cAngry\u2019s not the word,\u201d she said. \u201cI\u2019m 61.\u201d\n\n"
             "\u201cAnd the store?\u201d I asked.\n\n\u201cThe store\u2019s fine. It\u2019s the people.\u201d\n")
    assert attributions(story)[0][1] == "Frances Delgado-Marsh"


def test_he_answering_after_the_narration_says_who_was_asked_is_the_one_asked() -> None:
    text = (
        "Sen. Joanne Brackett said she would hold a hearing next month.\n\n"
        "Near the end of the interview, Meryl Kubiak asked Reginald Gartside whether he himself would fly out of "
        "Newark this summer.\n\n"
        "\u201cI\u2019ll be on a flight out of Newark on the Fourth of July,\u201d he said.\n"
    )
    assert attributions(text)[-1][1:3] == ("Reginald Gartside", "he")


def test_he_after_a_name_with_a_relative_clause_of_speech_is_that_person() -> None:
    text = (
        "Gavin Troutman said the company's stores carry a limited selection of produce.\n\n"
        "The youngest speaker of the night was Theo Arbelaez, 17, a junior at the high school, who said he works "
        "after school at the Corner Market.\n\n"
        "\u201cMrs. Wojtowicz gave me my first job when nobody else would,\u201d he said.\n"
    )
    assert attributions(text)[-1][1:3] == ("Theo Arbelaez", "he")


def test_a_towns_state_and_a_time_in_an_opening_phrase_are_not_the_subject() -> None:
    s = ("At a rally in Valdosta, Ga., three days after the debate, Aucoin went further, saying Hollingshead had "
         "\u201cslashed rural hospitals to the bone.\u201d")
    assert speaker(s) == "Aucoin"
    s = ("Speaking at a town hall in Savannah, Georgia, on Tuesday, Aucoin defended the plan, telling the audience "
         "that the wealthiest had \u201chad a free ride long enough.\u201d")
    assert speaker(s) == "Aucoin"
    s = ("In Brussels, Lucia Ferrante, a spokeswoman for the European Commission, said the commission was "
         "\u201cstudying it carefully.\u201d")
    assert speaker(s) == "Lucia Ferrante"


def test_a_quote_paragraph_after_narration_whose_subject_is_an_office_or_an_issuer_is_theirs() -> None:
    text = (
        "Wilhelmina Ellingboe, the Democratic nominee, spoke first.\n\n"
        "The former secretary of state pressed the point.\n\n"
        "\u201cIf not paying taxes makes you smart, then what does that make the nurses?\u201d\n\n"
        "Shortly after midnight, the Republican nominee posted a 90-second video on his Facebook page.\n\n"
        "\u201cI\u2019ve said things I regret, and these words were some of them.\u201d\n\n"
        "Within two hours, Blanchette's campaign had issued a statement from the senator.\n\n"
        "\u201cTonight I misspoke.\u201d\n"
    )
    rows = attributions(text)
    assert rows[0][2:] == ("The former secretary of state", "cue.narration-subject")
    assert rows[1][1:] == ("Republican nominee", "the Republican nominee", "cue.narration-subject")  # not the Democrat
    assert rows[2][2] == "Blanchette's campaign"


def test_a_verb_in_the_past_after_a_role_ends_the_description() -> None:
    text = "Speaking before a crowd of supporters, the billionaire laid out a seven-point plan."
    from quoteprov.cues import sentence_subject
    subject = sentence_subject(text, 0, len(text))
    assert subject is not None and subject.text == "the billionaire"


def test_a_dated_wire_dateline_is_no_speaker_and_a_closing_as_clause_speaks_its_quote() -> None:
    s = ("OSLO, March 9 (Reuters) - Norway and Denmark on Monday demanded answers from the owner of a tanker, "
         "as Norway's fisheries minister said the spill was \u201cthe worst this coast has seen.\u201d")
    assert speaker(s) == "Norway's fisheries minister"
    s = ("Lena Holm said the talks had stalled, as though she were reporting the weather, "
         "\u201cand nobody seems to mind.\u201d")
    assert speaker(s) == "Lena Holm"  # (the "as though" clause closed before the quote)


def test_an_organisation_in_apposition_to_a_description_speaks_for_it() -> None:
    s = ("The tanker's owner, Oslo-based Fjordline Shipping Services, said in a statement that the crew was "
         "\u201ccooperating fully\u201d with investigators.")
    assert "Fjordline Shipping Services" in (speaker(s) or "")


def test_a_charity_named_with_a_plural_possessive_description_is_the_charity_that_speaks() -> None:
    text = (HEAD + "Fair Rent Trust, a renters\u2019 charity, said the ruling came too late. \u201cNobody should have to "
            "sue for a working boiler,\u201d the charity said in a statement.\n")
    assert attributions(text)[0][1] == "Fair Rent Trust"


def test_people_of_a_kind_a_place_after_an_institution_and_a_school_are_no_antecedents() -> None:
    text = (HEAD + "Dr. Adaeze Obiora led the study. Nurses often describe the decline as \u201cward fatigue.\u201d\n\n"
            "\u201cWe can prevent some of it,\u201d she said.\n\n"
            "In an editorial, Dr. Tunde Bakare of the University of Texas, San Antonio, wrote that the results were "
            "\u201cpromising.\u201d Still, he wrote, \u201cwe need a larger trial.\u201d\n\n"
            "Ode Vann, who runs a garage on Pell Street, opposed it. \u201cIt will cost my guys a tank of gas,\u201d he "
            "said.\n\n"
            "One parent, a woman who lives near Lincoln Elementary, said drivers speed. \u201cI have stopped counting,\u201d "
            "she said.\n")
    rows = attributions(text)
    assert rows[1][1] == "Adaeze Obiora"  # not "Nurses"
    assert rows[2][1] == rows[3][1] == "Tunde Bakare"  # not "the study" or "San Antonio"
    assert rows[5][1] == "One parent"


def test_nationals_of_a_country_are_no_one_a_pronoun_stands_for() -> None:
    text = (HEAD + "Investigators led by Jussi Rantala boarded the ship on Monday.\n\n"
            "Speaking in Kotka, he said the crew of 21, most of them Filipino and Sri Lankan nationals, were "
            "being interviewed.\n\n\u201cNobody is leaving this week,\u201d he said.\n")
    assert attributions(text)[0][1] == "Jussi Rantala"


def test_an_age_epithet_opening_a_sentence_is_who_a_later_pronoun_stands_for() -> None:
    text = (HEAD + "For Kwame Asante, the goal was his first of the season. The 19-year-old said Pryce\u2019s "
            "half-time talk had been short.\n\n\u201cThe gaffer told us to keep the ball,\u201d he said.\n")
    assert attributions(text)[0][1] == "Kwame Asante"  # not Pryce, whose talk it was


def test_a_tag_closing_the_sentence_before_a_quote_speaks_for_it() -> None:
    text = (HEAD + "Senator Ines Marr grew up on a farm.\n\nHer father used to tell her there were two kinds of "
            "people in politics, she said. \u201cHe\u2019d say, \u2018Some want to be somebody.\u2019 I tried to be the "
            "other kind.\u201d\n")
    assert attributions(text)[0][1] == "Ines Marr"


def test_a_passive_speech_verb_after_an_adverb_gives_its_subject_no_words() -> None:
    text = (HEAD + "Ms. Ines Marr came to the Senate in 2019. She is the kind of senator Washington was once thought "
            "to be full of, and describes her politics as \u201cmostly about drainage.\u201d\n")
    assert attributions(text)[0][1] == "Ines Marr"


def test_an_infinitive_in_a_relative_clause_is_no_speech_verb_of_its_own() -> None:
    s = ("A senior administration official, who spoke on the condition of anonymity to describe internal "
         "deliberations, acknowledged that the remarks had \u201cnot gone unnoticed\u201d in the West Wing.")
    assert speaker(s) == "A senior administration official"


def test_a_firm_named_with_partners_or_holdings_is_an_organisation() -> None:
    for text in ["Castlegate Partners bought the mill.", "Dunmore Holdings said nothing."]:
        found = name_mentions(text, 0, len(text))
        assert found[0].speaker_kind is SpeakerKind.ORGANISATION, found


def test_a_quote_after_a_headline_with_a_quote_is_not_the_headline_s_and_that_was_names_its_speaker() -> None:
    text = ("Governor Vetoes Sick Leave Bill, Calling It A \u2018Job Killer\u2019\n\n"
            "\u201cHe had one job this week, and he couldn\u2019t manage it.\u201d\n\n"
            "That was state Sen. Ana Ruiz (D), the lead sponsor of the bill, on Friday.\n")
    assert attributions(text)[0][1] == "Ana Ruiz"


def test_the_answer_came_from_opening_the_next_paragraph_names_the_speaker() -> None:
    text = (HEAD + "Then the moderators asked about 2020.\n\n"
            "\u201cI am not going to stand on this stage and pretend that election was run right.\u201d\n\n"
            "The answer came from Delia Treaves, a former state representative, and it drew the loudest applause.\n")
    assert attributions(text)[0][1] == "Delia Treaves"


def test_a_title_and_name_end_before_an_irregular_past() -> None:
    text = "Bills have gone up since Rep. Anjali Ranganath took office, because of her votes."
    found = [(c.text, c.kind) for c in name_mentions(text, 0, len(text))]
    assert ("Rep. Anjali Ranganath", "name") in found


def test_one_senior_aide_of_a_named_candidate_is_one_description() -> None:
    text = (HEAD + "\u201cWe spent four days prepping him,\u201d one senior Castlebury aide said, granted anonymity to "
            "describe the preparations.\n")
    assert attributions(text)[0][1] == "one senior Castlebury aide"


def test_a_letter_from_someone_speaks_for_its_writer_not_for_who_released_it() -> None:
    text = (HEAD + "The campaign released a letter from the candidate\u2019s physician, Dr. Lila Sayre, on Sunday.\n\n"
            "\u201cShe was advised to rest,\u201d the letter said.\n")
    assert attributions(text)[0][1] == "Lila Sayre"


def test_the_one_who_says_what_documents_describe_speaks() -> None:
    s = ("On a call with reporters, Dana Monte, the campaign manager, said the documents described "
         "\u201ca man who lost other people\u2019s money.\u201d")
    assert speaker(s) == "Dana Monte"


def test_a_quote_after_a_sentence_whose_subject_acts_past_an_adverb_is_theirs() -> None:
    text = (HEAD + "Grant Castlebury spoke on Friday.\n\nHe then pivoted to an attack. \u201cJudith Rayburn wants to "
            "talk about a golf cart.\u201d\n")
    assert attributions(text)[0][1] == "Grant Castlebury"


def test_a_relative_clause_before_an_apposition_inside_it_is_skipped_to_its_own_comma() -> None:
    s = ("Tembo, whose province relies on the Kafue Flats, a protected wetland, for most of its fish, "
         "called the river \u201cthe spine of everything we do\u201d.")
    assert speaker(s) == "Tembo"


def test_a_time_span_opening_a_sentence_is_no_speaker() -> None:
    s = ("Days later, the regional water board issued a statement saying it "
         "\u201cwas never consulted on the timetable\u201d.")
    assert "water board" in (speaker(s) or "")


def test_whatever_opening_a_sentence_is_no_name() -> None:
    assert not [c for c in name_mentions("Whatever the voice said made Blaylock close his eyes.", 0, 20)
                if c.kind == "name" and c.text == "Whatever"]


def test_a_named_school_is_no_antecedent_for_a_he() -> None:
    text = (HEAD + "Alderman Piet Vroom voted no.\n\n"
            "Vroom said the count had been taken in August, when Eastfield Junior School was shut.\n\n"
            "\u201cNobody counted a single bus,\u201d he said.\n")
    assert attributions(text)[0][1] == "Alderman Piet Vroom"


def test_the_suggestion_and_the_description_came_from_name_the_speaker() -> None:
    for owned in ("That was the suggestion from Tomasz Wojcik, 51, of Northgate, who spoke last.",
                  "The description came from Tomasz Wojcik, a baker who stayed behind."):
        text = (HEAD + "Residents packed the hall.\n\n\u201cTurn it into a park.\u201d\n\n" + owned + "\n")
        assert attributions(text)[0][1:] == ("Tomasz Wojcik", "Tomasz Wojcik", "cue.named-after")


def test_the_family_an_obituary_lists_is_no_antecedent_for_her_words() -> None:
    text = ("Ilse Brandvold, poet of the northern lakes, dies at 88\n\n"
            "Ilse Brandvold, whose poems about winter were read in every school in the state, died on Monday.\n\n"
            "She is survived by a son, Anders; a sister, Marit Lunde; and three grandchildren.\n\n"
            "Asked once about fame, she said she had tried it \u201cfor a week, in Minneapolis\u201d.\n")
    assert attributions(text)[0][1] == "Ilse Brandvold"


def test_a_role_opening_a_sentence_is_a_mention_for_a_later_she() -> None:
    text = (HEAD + "Bonds fell after central bank Governor Ilse Marrow said she was in no hurry.\n\n"
            "\u201cIt was a one-way street,\u201d said Oren Dunleavy, who trades bonds at Corvane.\n\n"
            "The governor, a former deputy finance minister, argued that the jump in prices would pass.\n\n"
            "\u201cThe pass-through is real, but it is smaller than the market believes,\u201d she said.\n")
    assert attributions(text)[-1][1] == "Ilse Marrow"


def test_a_place_an_apposition_names_is_not_the_person_it_describes() -> None:
    s = ("Joanna Tirrell, the Labour MP for Wexcombe North, who chairs the group on dementia, posted on X: "
         "\u201cConstituents have waited long enough.\u201d")
    assert speaker(s) == "Joanna Tirrell"


def test_according_to_speaks_for_its_own_clause_only() -> None:
    s = ("A dozen MPs shared the post within an hour, according to a count by the Guardian, and one senior "
         "backbencher described the mood as \u201cgrumpy rather than mutinous\u201d.")
    assert speaker(s) == "one senior backbencher"
    s = ("Scott's relatives watched the videos on Thursday, according to their attorneys, and said they came "
         "away with \u201cmore questions than answers.\u201d")
    assert speaker(s) == "their attorneys"


def test_a_plural_noun_verb_after_a_name_is_its_verb() -> None:
    s = "Achebe estimates Orrery will sell units in \u201cthe low hundreds of thousands\u201d this year."
    assert speaker(s) == "Achebe"


def test_the_one_who_describes_it_as_the_quote_speaks_it_over_the_main_clause() -> None:
    s = ("The mayor said the council was exploring a grant to replace the oven, a deck model that Brunk "
         "describes, with some affection, as \u201colder than most of my customers.\u201d")
    assert speaker(s) == "Brunk"


def test_a_clause_of_time_opening_a_sentence_is_not_its_subject() -> None:
    from quoteprov.cues import sentence_subject
    for s in ("The last time she wanted something, he spent a week in Bath.",
              "Every time she wanted something, he spent a week in Bath.",
              "The moment she left, he sat down."):
        found = sentence_subject(s, 0, len(s))
        assert found is not None and found.text == "he", s


def test_her_voice_after_a_named_speaker_hands_the_next_quote_to_her() -> None:
    text = (HEAD + "Ruth Amsel, the school librarian for 17 years, came to the microphone near the end of the "
            "night. Her voice caught more than once.\n\n"
            "\u201cWe buy about 400 new titles a year, and every one of them is reviewed.\u201d\n")
    assert attributions(text)[0][1:3] == ("Ruth Amsel", "Ruth Amsel")


def test_that_was_a_name_and_where_they_are_from_names_the_speaker() -> None:
    text = (HEAD + "\u201cI\u2019m not asking anybody to burn a book.\u201d\n\n"
            "That was Dana Kowalczyk of the Eastgate neighborhood, the first of 41 residents to speak.\n")
    assert attributions(text)[0][1:] == ("Dana Kowalczyk", "Dana Kowalczyk", "cue.named-after")


def test_a_name_in_apposition_inside_an_opening_phrase_is_not_the_subject() -> None:
    text = (HEAD + "In a letter to Pellham\u2019s chair, Sir Anthony Greer, sent last week, Quillon founder Marcus "
            "Feldt urged the board to open its books.\n\n"
            "\u201cThe board has presided over five years of underperformance.\u201d\n")
    assert attributions(text)[0][1] == "Marcus Feldt"


def test_a_source_familiar_with_the_matter_keeps_what_they_are_familiar_with() -> None:
    s = "\u201cThey are doing the work,\u201d said one person familiar with the matter. Garrison declined to comment."
    assert speaker(s) == "one person familiar with the matter"


def test_an_ing_surname_opening_a_sentence_is_its_subject() -> None:
    s = ("Rep. Martin Kessling spoke first. Kessling has so far refused to endorse that approach, calling a "
         "continuing resolution \u201ca surrender to the calendar.\u201d")
    assert speaker(s) == "Martin Kessling"


def test_casting_someone_as_what_the_quote_says_speaks_it() -> None:
    s = ("Dana Whitfield repeatedly cast her opponent, Curtis Engstrom, as a man who would \u201chand the state "
         "budget to the same people who poisoned the water\u201d.")
    assert speaker(s) == "Dana Whitfield"


def test_a_document_the_paper_obtained_is_no_source() -> None:
    s = ("A senior official instructed staff to withhold the reports, warning that disclosure risked \u201ccreating "
         "unnecessary alarm\u201d, according to a copy of the document obtained by The Washington Post.")
    assert speaker(s) == "A senior official"


def test_one_of_them_and_an_apposition_is_the_one_described() -> None:
    s = ("\u201cWe used to publish these things,\u201d said one of them, an agency engineer who has worked there for "
         "a decade.")
    assert speaker(s) == "an agency engineer"


def test_a_judge_who_found_that_speaks_the_words_of_the_finding() -> None:
    s = ("Mrs Justice Adeyemi-Clarke found that officers had ended the protest on the basis of \u201cspeculation "
         "rather than evidence\u201d.")
    assert "Adeyemi-Clarke" in (speaker(s) or "")
    title = ("A report, \u201cGroundwater Sensitivity in the Lower Basin,\u201d which found that wells were at "
             "risk, was published on Monday.")
    assert speaker(title) != "which"


def test_one_who_can_be_heard_telling_speaks_what_follows() -> None:
    s = ("The court was shown footage in which an inspector, who was not named in the judgment, could be heard "
         "telling colleagues: \u201cRight, clear the lot of them.\u201d")
    assert speaker(s) == "an inspector"


def test_a_title_after_the_title_is_no_one_s_words() -> None:
    text = (HEAD + "A survey by the Center for Youth Civic Engagement found that just 41% of voters under 30 were "
            "\u201ccertain to vote\u201d. The center\u2019s report carries the title \u201cTuned Out: Young Voters "
            "and the 2016 Race\u201d.\n")
    res = analyse(text)
    title = [a for q, a in zip(res.quotes, res.attributions) if q.text.startswith("Tuned Out")]
    assert title == [None]


def test_a_paragraph_of_reported_speech_hands_its_speaker_to_the_quote_paragraph_after() -> None:
    text = (HEAD + "Neither campaign has reason to relax, said Rafael Soto-Whitcomb, a political scientist at "
            "Sorensen College who studies late-deciding voters.\n\n\u201cThe thing to watch isn\u2019t the topline. "
            "It\u2019s the undecided share, and it has not moved in a month.\u201d\n")
    a = only(text)
    assert (a.name, a.rule) == ("Rafael Soto-Whitcomb", "cue.before.reported-paragraph")
    narrated = (HEAD + "Neither campaign has reason to relax, with the polls tied.\n\n\u201cThe thing to watch "
                "isn\u2019t the topline. It\u2019s the undecided share, and it has not moved in a month.\u201d\n")
    assert [r for *_, r in attributions(narrated)] != ["cue.before.reported-paragraph"]


def test_the_one_asked_a_question_in_the_paragraph_before_answers_it() -> None:
    text = (HEAD + "\u201cThat\u2019s the first straight answer I\u2019ve heard all year,\u201d Peter Haskins said.\n\n"
            "Near the end, the moderator, Renee Castillo, asked Curtis Dunleavy whether he would accept the results "
            "if Voss lost. \u201cIt\u2019s a yes or no question, Congressman,\u201d Castillo said.\n\n"
            "\u201cI\u2019m going to accept the results of a free and fair election,\u201d he said.\n")
    assert [n for _, n, *_ in attributions(text)][-1] == "Curtis Dunleavy"


def test_referring_something_to_someone_is_no_speech_but_referring_to_it_as_is() -> None:
    s = ("The director said she could not discuss specifics but confirmed the agency had referred \u201ca small "
         "number of matters\u201d to the FBI this year.")
    assert speaker(s) == "The director"
    named = "Senator Ruth Amsel referred to the bill as \u201ca blank check for the contractors\u201d."
    assert speaker(named) == "Ruth Amsel"


def test_describing_something_as_the_quote_says_speaks_it() -> None:
    s = ("Gary Fensterwald asked about comments made last year, in which Curtis Dunleavy described Veterans Affairs "
         "hospitals as \u201ca jobs program with a waiting room\u201d.")
    assert speaker(s) == "Curtis Dunleavy"


def test_an_acronym_after_the_is_an_organisation_and_no_he() -> None:
    chunks = name_mentions("The NLF said the army was shelling homes. In Washington, the FBI said so.", 0, 72)
    kinds = {c.text: c.speaker_kind for c in chunks}
    assert kinds["The NLF"] is SpeakerKind.ORGANISATION and kinds["the FBI"] is SpeakerKind.ORGANISATION
    text = (HEAD + "The NLF said the army was shelling residential areas.\n\n"
            "\u201cThe big men in the capital talk about victory,\u201d he said. \u201cHere we talk about water.\u201d\n")
    assert all(n != "NLF" for _, n, *_ in attributions(text))


def test_a_he_after_a_paragraph_about_an_unnamed_source_is_that_source() -> None:
    text = (HEAD + "At a makeshift camp outside the town, a 43-year-old farmer who declined to be named said he "
            "had walked for two days with his wife and six children.\n\n"
            "\u201cThe shelling started after the dawn prayer. We left with nothing,\u201d he told AFP.\n")
    a = only(text)
    assert (a.mention.text, a.why[1].rule) == ("he", "mention.pronoun.source")
    assert "farmer" in a.name
    thing = (HEAD + "Dr. Omar Haddad spoke first. A large central library the firm designed for Dayton was "
             "scaled back twice and eventually canceled, a loss she called \u201cthe great heartbreak of my working "
             "life\u201d in a 2004 interview.\n")
    assert "library" not in (speaker(thing.removeprefix(HEAD)) or "")


def test_maintaining_a_thing_is_no_speech_and_as_x_puts_it_speaks() -> None:
    s = ("The report says the district is maintaining buildings that are, on average, \u201cless than 60% "
         "full\u201d.")
    assert speaker(s) != "the district"
    s2 = ("They cut 11 songs mostly live, with the amplifiers pointed at the freezer because, as Halloway puts "
          "it, \u201cit made the drums sound like a car crash in a church.\u201d")
    assert speaker(s2) == "Halloway"
    s3 = "Officials maintained that the dam was \u201centirely safe\u201d."
    assert speaker(s3) == "Officials"


def test_a_he_or_she_who_said_more_in_the_paragraph_before_speaks_the_quote_paragraph_after() -> None:
    text = (HEAD + "Wren Halloway did not want to talk about it at first. Later, after the tape recorder had been "
            "off for a while and then switched back on, she said more.\n\n"
            "\u201cThat song took me six years. I wrote the first verse the week of the funeral.\u201d\n")
    a = only(text)
    assert (a.name, a.rule) == ("Wren Halloway", "cue.before.reported-paragraph")


def test_a_first_name_given_alone_is_a_person_and_the_united_nations_is_not() -> None:
    text = (HEAD + "A farmer who gave only his first name, Yusuf, said he had walked for two days.\n\n"
            "The United Nations has called for an immediate halt to the fighting.\n\n"
            "Back at the camp, Yusuf was trying to rig a tarpaulin against the sun.\n\n"
            "\u201cThe big men in the capital talk about victory,\u201d he said.\n")
    assert [n for _, n, *_ in attributions(text)] == ["Yusuf"]
    united = [c for c in name_mentions(text, 0, len(text)) if "Nations" in c.text]
    assert united and united[0].speaker_kind is SpeakerKind.ORGANISATION


def test_a_body_after_the_is_no_he_or_she_in_news() -> None:
    filler = "The fire moved north through the night, and by morning it had crossed the highway in two places. " * 5
    text = (HEAD + "Fire Captain Dolores Reyna led the first crews into the canyon on Tuesday.\n\n" + filler + "\n\n"
            "At the high school gymnasium, which the Red Cross turned into a shelter, families waited on cots.\n\n"
            "\u201cWe have never seen it move like this,\u201d she said.\n")
    assert [n for _, n, *_ in attributions(text)] == ["Dolores Reyna"]


def test_two_given_names_share_the_surname_after_the_second() -> None:
    chunks = name_mentions("Gerald and Patrice Ocampo sat on a pair of cots.", 0, 48)
    assert [(c.text, c.name) for c in chunks] == [("Gerald", "Gerald Ocampo"), ("Patrice Ocampo", "Patrice Ocampo")]
    text = (HEAD + "At the shelter, Gerald and Patrice Ocampo sat on a pair of cots with their two children.\n\n"
            "\u201cWe saw the glow over the ridge around 10,\u201d he said.\n")
    assert [n for _, n, *_ in attributions(text)] == ["Gerald Ocampo"]
    other = "Margery and William Saxby talked on. Lady Margery Fell laughed."
    assert name_mentions(other, 0, len(other))[0].name == "Margery"


def test_a_given_name_a_possessive_and_a_surname_like_a_place() -> None:
    text = (HEAD + "Philippa Grange, an analyst at Ashdown Peel, described the savings as \u201cambitious but not "
            "heroic\u201d in a note to clients. \u201cThe harder question is revenue,\u201d she wrote.\n")
    assert {n for _, n, *_ in attributions(text)} == {"Philippa Grange"}
    trial = (HEAD + "Assistant District Attorney Rochelle Dunaway opened for the state on Monday.\n\n"
             "Dunaway told jurors they would see security video from the garage. Corinne Ashby\u2019s shift ended at "
             "11.\n\n\u201cThis was not a moment of rage,\u201d she told jurors.\n")
    assert [n for _, n, *_ in attributions(trial)] == ["Rochelle Dunaway"]
    named = (HEAD + "Conor Malloy, 34, runs the only bakery in town. \u201cWe open at five,\u201d he said.\n\n"
             "Conor laughed. \u201cSomebody has to,\u201d he said.\n")
    assert {n for _, n, *_ in attributions(named)} == {"Conor Malloy"}


def test_a_statement_speaks_for_the_name_beside_the_role_that_issued_it() -> None:
    text = (HEAD + "In a statement released through his agency, Arceneaux's agent, Jared Feinstein-Moss, thanked the "
            "team's ownership.\n\n\u201cDeShawn has never once asked to be anywhere but on a winner,\u201d the "
            "statement said.\n")
    assert [n for _, n, *_ in attributions(text)] == ["Jared Feinstein-Moss"]


def test_a_possessor_of_words_is_still_their_subject() -> None:
    text = (HEAD + "Jalen Tate tied it with a putback, and Wyatt Brennan pulled up for the 3 that won it.\n\n"
            "\u201cI\u2019ve been shooting that shot since I was 9,\u201d Brennan said.\n\n"
            "Tate\u2019s view of it was simpler \u2014 \u201cI knew it was going in the second it left his hand,\u201d "
            "he said.\n")
    assert [n for _, n, *_ in attributions(text)] == ["Wyatt Brennan", "Jalen Tate"]


def test_a_dash_line_after_a_quote_paragraph_signs_it() -> None:
    text = ("Fact check: Did Hollingshead cut rural hospital funding?\n\n"
            "\u201cWhen Corbin Hollingshead was governor of Indiana, he cut funding for rural hospitals by a third.\u201d\n\n"
            "\u2014 Vice President Delphine Aucoin, in the second presidential debate, Oct. 1\n\n"
            "Aucoin has made rural hospitals a centerpiece of her closing argument.\n")
    a = only(text)
    assert (a.name, a.rule) == ("Delphine Aucoin", "cue.after.dash-name")


def test_that_was_the_pledge_on_a_day_from_someone() -> None:
    text = ("In Northern Virginia, a fight over tolls becomes a fight over everything\n\n"
            "\u201cWe are not going to toll our way out of traffic.\u201d\n\n"
            "That was the pledge Tuesday night from Del. Marcia Lin (D-Fairfax), who drew sustained applause.\n")
    a = only(text)
    assert "Marcia Lin" in a.name and a.rule == "cue.named-after"


def test_a_fact_sheet_that_claims_speaks_for_its_owner() -> None:
    s = "The Aucoin campaign's official fact sheet claims the package is \u201cfully paid for\u201d."
    assert speaker(s) is not None


def test_an_interview_write_up_alternates_its_bare_questions_and_answers() -> None:
    text = (HEAD + "JEFFERSON CITY, Mo. (AP) \u2014 Former sheriff Dale Brenner, the Republican nominee for Senate, "
            "joined host Rex Holloway on his statewide radio program Tuesday morning for nearly an hour.\n\n"
            "\u201cWhat is going on out there in the rest of the state this fall, with the farm prices where they are "
            "and the plant in Sedalia closing?\u201d Holloway asked.\n\n"
            "\u201cWhat is going on is that people are waking up after years of being told to sit down and be "
            "quiet and let the smart people handle it,\u201d Brenner said.\n\n"
            "\u201cShe says she\u2019s for border security. She says it in every single ad she runs on every "
            "station in this state, morning and night. Is she?\u201d\n\n"
            "\u201cNo. Absolutely not. I spent 22 years in law enforcement, and I know what border security is "
            "and what it is not, and that platform is not it.\u201d\n\n"
            "The Lowell campaign did not respond to a request for comment on the interview on Tuesday afternoon.\n")
    rows = attributions(text)
    assert [(n, r) for _, n, _, r in rows[-2:]] == [("Rex Holloway", "continuation.interview"),
                                                      ("Dale Brenner", "continuation.interview")]


def test_a_fact_check_label_with_a_place_before_its_colon() -> None:
    text = (
        "Fact check: the claims of the week\n\n"
        "TARIFFS\n\n"
        'MARCHETTI, at a rally Wednesday in Reno, Nevada: "Independent economists say the tariffs would cost '
        'this country 4 million jobs."\n\n'
        "THE FACTS: That is the high end of a range.\n"
    )
    assert attributions(text)[0][1:3] == ("MARCHETTI", "MARCHETTI")  # not Nevada


def test_words_a_relative_clause_describes_are_not_said_by_the_description() -> None:
    text = (
        "The emails, from Theresa Goode, a deputy campaign manager, were sent over two days in March.\n\n"
        "Later in the same thread, Goode wrote that she would “loop in legal before anybody calls anybody” — a line "
        "that election lawyers said suggested the aides understood the risk.\n"
    )
    assert attributions(text)[0][1:3] == ("Theresa Goode", "Goode")  # not “a line”


def test_a_noun_that_could_be_a_verb_lends_no_subject_to_a_participle() -> None:
    text = (
        "Marisa Delacroix, the chief executive, spoke for most of the call.\n\n"
        "Delacroix ended the 70-minute call by telling analysts the company would “earn our way back to the guidance "
        "we gave in January,” though she declined to say when.\n"
    )
    assert attributions(text)[0][1] == "Marisa Delacroix"  # not “the 70-minute”, whose “call” is no verb


def test_according_to_a_record_of_some_time_is_no_one() -> None:
    text = (
        "At a 2012 fundraiser in Cincinnati, Gordon Whitlock told donors a story he liked enough to repeat, "
        "according to transcripts published at the time by a local newspaper:\n\n"
        "“My father used to say a country that can’t control its border isn’t a country.”\n"
    )
    assert attributions(text)[0][1] == "Gordon Whitlock"  # not “the time”


def test_a_participle_opening_the_sentence_is_no_name() -> None:
    text = (
        "Ray Dorsett, a former attorney general, has campaigned across the Rust Belt for weeks.\n\n"
        "Asked about the hacked emails from campaign chairman Howard Lindqvist, which were published online this "
        "week, Dorsett did not hold back.\n\n"
        "“They got caught. They got caught trying to shut up a union guy.”\n\n"
        "Lorraine Abernathy, a CDC epidemiologist, spoke to reporters on Friday. Asked whether the agency would "
        "push for tighter rules, Abernathy said the agency’s job was to “follow the science and say clearly what it "
        "shows.”\n\n"
        "Asked how many people that would involve, she said it was “a lot more than the vice president wants to "
        "admit.”\n"
    )
    assert [r[1] for r in attributions(text)] == ["Ray Dorsett", "Lorraine Abernathy", "Lorraine Abernathy"]


def test_a_participle_after_a_document_speaks_for_whom_it_is_from() -> None:
    text = (
        "Within minutes, the campaign of his Democratic opponent, Senator Elaine Marchetti of Colorado, released a "
        "statement from its spokeswoman, Lena Okafor, calling the plan “a recipe for a recession dressed up as "
        "patriotism”.\n\n"
        "The union issued a statement from its president calling the plan “a disgrace”.\n"
    )
    assert [r[1] for r in attributions(text)] == ["Lena Okafor", "its president"]


def test_who_is_quoted_as_saying_speaks() -> None:
    text = (
        "Teodor Vasek, the foreign minister, left for Geneva on Monday night.\n\n"
        "“Karvenia does not want war, but Karvenia will not be humiliated,” the agency quoted him as saying.\n\n"
        "The state news agency quoted Vasek as saying that Karvenia would “respond to every provocation.”\n"
    )
    assert [r[1] for r in attributions(text)] == ["Teodor Vasek", "Teodor Vasek"]


def test_the_verdict_came_from_a_place_where_someone_sat() -> None:
    text = (
        "Both nominees have visited the state twice since the conventions.\n\n"
        "\"I've been voting since Eisenhower, and I have never seen two people I wanted to vote for less.\" The "
        "verdict came from the far end of the counter, where Earl Pruett, 81, a retired tobacco farmer, was working "
        "through a plate of eggs.\n"
    )
    assert attributions(text)[0][1:] == ("Earl Pruett", "Earl Pruett", "cue.named-after")


def test_the_response_came_from_someone_who_goes_on_in_the_paragraph() -> None:
    text = (
        "At a rally in Nevada on Tuesday, Mr. Hollingshead said that Ms. Aucoin had “never built anything but a "
        "résumé.”\n\n"
        "“Delphine Aucoin has been in Washington for 18 years and now she wants credit for discovering the water "
        "shortage.” The response came from Stetson Garrow, a spokesman for the Hollingshead campaign, in an email. "
        "Mr. Garrow added that Mr. Hollingshead would “cut the red tape.”\n"
    )
    assert [r[1] for r in attributions(text)][1:] == ["Stetson Garrow", "Stetson Garrow"]


def test_a_fact_checks_who_said_it_label_names_the_speaker() -> None:
    text = (
        "Fact-check: three claims about jobs and trade\n\n"
        "We looked at three claims made at rallies in the state this week.\n\n"
        'CLAIM: "Ohio has lost 400,000 manufacturing jobs since Helen Marchetti voted for that terrible trade deal."\n\n'
        "WHO SAID IT: Republican nominee Dalton Reese, at a rally in Dayton on Sept. 12.\n\n"
        "THE FACTS: Marchetti voted for the agreement in July 2005.\n"
    )
    assert attributions(text)[0][1:] == ("Dalton Reese", "Republican nominee Dalton Reese", "structure.speaker-label")


def test_a_document_the_narration_is_about_speaks_the_quote_paragraph_after_it() -> None:
    text = (
        "Culpepper recorded in 2004 boasting about contractors\n\n"
        "Waylon Culpepper boasted in 2004 that he routinely refused to pay the contractors who built his towers, "
        "according to a video obtained by The Washington Post.\n\n"
        "The video, recorded aboard a tour bus, shows him describing a practice of withholding final payments.\n\n"
        "“You never pay the last invoice. Never. The little guys run out of money for lawyers.”\n"
    )
    assert attributions(text)[-1][1:] == ("Waylon Culpepper", "The video", "cue.narration-subject")


def test_an_associate_and_a_billionaire_are_people() -> None:
    text = (
        "AMBRIDGE, Pennsylvania - GOP nominee Waylon Culpepper delivered a blistering speech on Thursday.\n\n"
        "Speaking before a crowd of roughly 1,500 supporters, many of them retired steelworkers, the billionaire "
        "laid out a seven-point plan.\n\n"
        "\"For thirty years, the politicians in Washington have told you to get used to it.\"\n\n"
        "A longtime Culpepper associate who has known him since the 1990s said the campaign had become \"too "
        "cautious, too scripted.\"\n"
    )
    rows = attributions(text)
    assert rows[0][2:] == ("the billionaire", "cue.narration-subject")
    assert rows[1][1] == "A longtime Culpepper associate"  # not “the 1990s”


def test_a_town_and_its_state_inside_an_apposition_are_no_speaker() -> None:
    text = (
        "A NATO spokeswoman said the alliance's commitment to all 28 members was \"ironclad.\"\n\n"
        "Democratic nominee Adele Callender, campaigning in Tampa, Florida, said Dunnigan's comments would "
        "\"put a smile on Moscow's face.\"\n\n"
        "\"Our alliances are not protection rackets, and our allies are not customers,\" the Democratic nominee told "
        "supporters.\n"
    )
    assert attributions(text)[0][1] == "Adele Callender"  # not Tampa


def test_a_verb_inside_a_relative_clause_yields_to_the_main_verb() -> None:
    text = (
        "Behind closed doors, the picture is murkier. A senior Republican aide, who like others interviewed for this "
        "article spoke on the condition of anonymity, said leadership had twice offered changes and that he had "
        "“pocketed both offers and asked for more”.\n"
    )
    assert attributions(text)[0][1] == "A senior Republican aide"  # not “this article”


def test_what_many_of_which_describe_is_reported_by_the_one_who_read_them() -> None:
    text = (
        "Gregory Alston, 52, pleaded guilty in June to wire fraud.\n\n"
        "U.S. District Judge Miriam Castellanos said she had read more than 60 letters submitted on Alston's behalf, "
        "many of which described \"a generous, devoted father and neighbor\".\n"
    )
    assert attributions(text)[0][1] == "Miriam Castellanos"  # not “which”


def test_a_division_of_an_agency_is_one_organisation() -> None:
    text = (
        "Harwick, told of the remark, said the numbers were \"not the point\" and that the region had applied for "
        "state money to install more official gauges.\n\n"
        "In a statement, the state's Division of Emergency Management said it \"appreciates community efforts to "
        "improve awareness\" but \"strongly encourages residents to rely on official alerts\".\n"
    )
    assert attributions(text)[-1][1] == "Division of Emergency Management"


def test_federal_prosecutors_with_their_modifier_speak() -> None:
    text = (
        "Gregory Alston, 52, pleaded guilty in June to wire fraud.\n\n"
        "In a sentencing memorandum filed last month, federal prosecutors wrote that Alston had \"treated the "
        "league's bank account as his personal piggy bank\" and noted that fees had been raised twice.\n"
    )
    assert attributions(text)[0][1:3] == ("federal prosecutors", "federal prosecutors")


def test_an_organisation_announcing_in_a_statement_speaks_the_quote_paragraph_after() -> None:
    text = (
        "Halvorsen Home Appliances said Tuesday that it will close its refrigerator plant here.\n\n"
        "The company announced the closing in a two-paragraph statement that cited rising costs.\n\n"
        "“This decision was not made lightly. Brennan Falls has been part of the Halvorsen family for decades.”\n"
    )
    assert attributions(text)[0][2:] == ("The company", "cue.narration-subject")


def test_a_describing_verb_in_what_a_speaker_reports_is_the_reporters() -> None:
    s = ("Ms. Lindqvist spoke for an hour. She told the crowd that Mr. Pell had described the closing as "
         "\u201cthe market doing what markets do,\u201d a remark his office disputes.")
    assert speaker(s) == "Ms. Lindqvist"
    # Not reported by the main clause's verb: the one who describes it speaks ("an oven that Brunk describes as").
    s = ("Ms. Lindqvist spoke for an hour. Mr. Pell had described the closing as "
         "\u201cthe market doing what markets do,\u201d a remark his office disputes.")
    assert speaker(s) == "Mr. Pell"


def test_a_participle_after_a_comma_shares_the_subject_of_the_verb_just_before_it() -> None:
    s = ("Judge Castellano was not persuaded. The state offered no evidence of a single case, she wrote, adding: "
         "\u201cA remedy in search of a problem may be unwise without being unlawful.\u201d")
    assert speaker(s) == "Judge Castellano"


def test_a_verb_after_a_quote_with_that_after_it_names_no_speaker() -> None:
    s = ("Ellen Marchetti was a defender of free trade. As governor, she led trade missions and, in her 2013 "
         "memoir, \u201cThe Open Door,\u201d wrote that protectionism was \u201ca comfortable lie we tell workers.\u201d")
    rows = attributions(HEAD + s + "\n")
    assert [r[1] for r in rows] == ["Ellen Marchetti"]  # the title is a term, the words hers


def test_a_title_after_the_word_for_the_work_names_no_one() -> None:
    s = ("Mr. Castleberry has made his wealth the centerpiece of his candidacy. His 1989 memoir, \u201cNever Sell "
         "Low,\u201d spent 31 weeks on the best-seller list. At the debate he interrupted her. "
         "\u201cThat\u2019s called running a business,\u201d he said.")
    res = analyse(HEAD + s + "\n")
    assert [q.kind.value for q in res.quotes] == ["term", "direct"]
    assert res.attributions[1] is not None and res.attributions[1].name == "Mr. Castleberry"


def test_a_place_joined_to_a_place_after_a_preposition_is_no_one() -> None:
    s = ("There was a time when Ellen Marchetti was a defender of free trade.\n\nAs governor of Ohio from 2007 to "
         "2015, she led trade missions to Seoul and S\u00e3o Paulo, posed for photographs with executives in Dayton "
         "and, in her 2013 memoir, wrote that it was fine.\n\nThree years later, as she tries to unseat Sen. Craig "
         "Tolliver, she said it was an \u201chonest mistake that I have learned from.\u201d")
    assert speaker(s) == "Ellen Marchetti"


def test_a_colon_paragraph_reads_only_the_last_sentence_before_the_colon() -> None:
    text = (HEAD + "The exchange over immigration was even more heated. Asked whether he supported a path to "
            "citizenship for immigrants brought here as children, Sorensen gave the longest answer of the night:\n\n"
            "\u201cI have said from day one that we have to secure the border first.\u201d\n")
    assert attributions(text)[0][1:] == ("Sorensen", "Sorensen", "cue.before.colon-paragraph")  # not "The exchange"


_MEMO = (
    "In a memo sent to donors and senior staff Wednesday night, a copy of which was obtained Thursday, campaign "
    "manager Jonah Feldstein acknowledged that the race had \u201ctightened in ways we anticipated.\u201d\n\n"
    "\u201cWe have more than 40 field offices in North Carolina,\u201d Feldstein wrote.\n\n"
    "The memo urges donors to \u201cignore the noise on cable\u201d and says early voting is \u201crunning ahead of "
    "our 2012 benchmarks.\u201d\n\n"
    "It goes on, in a passage clearly written with nervous donors in mind:\n\n"
    "\u201cPublic polls are a snapshot, and snapshots taken this close to an election tend to overstate volatility.\u201d\n"
)


def test_a_memo_speaks_for_its_writer_past_a_relative_clause_and_a_role_of_two_words() -> None:
    rows = attributions(HEAD + _MEMO)
    assert [r[1] for r in rows[2:4]] == ["Jonah Feldstein", "Jonah Feldstein"]  # "The memo urges … and says"


def test_it_after_a_sentence_about_a_document_speaks_for_its_writer() -> None:
    assert attributions(HEAD + _MEMO)[-1][1:3] == ("Jonah Feldstein", "It")


def test_a_report_by_an_organisation_speaks_for_it() -> None:
    s = ("The campaign told us the figure comes from a 2015 report by the Center for Labor Accountability, a research "
         "group funded in part by unions.\n\nThe report concluded that businesses \u201cowned, controlled or financed "
         "by Russell Kingman\u201d had moved jobs abroad.")
    assert speaker(s) == "Center for Labor Accountability"


def test_a_dash_line_with_a_role_before_the_name_speaks() -> None:
    text = ("Fact check: jobs\n\n\u201cRussell Kingman talks a big game about bringing jobs home. But his companies "
            "shipped 3,000 jobs overseas.\u201d\n\u2014 Democratic presidential nominee Catherine Aldridge, speaking "
            "at a rally in Youngstown, Ohio, Oct. 5\n\nAldridge has been making a version of this claim for weeks.\n")
    assert attributions(text)[0][1:] == ("Catherine Aldridge", "Catherine Aldridge", "cue.after.dash-name")


def test_a_star_before_a_name_is_a_role_not_a_name_of_its_own() -> None:
    s = ("Country star Travis Lee Boone, who performed at a Kingman rally last month, also weighed in, tweeting: "
         "\u201cMy fans are farmers, truckers, nurses and soldiers.\u201d")
    assert speaker(s) == "Travis Lee Boone"  # not "Country"


def test_a_relative_clause_after_a_town_and_its_state_hangs_on_the_person_before() -> None:
    s = ("Ken Ambrose, a steelworker from Granite City, Illinois, who told the moderators he was still undecided, "
         "asked both candidates: \u201cWhat are you going to do?\u201d")
    assert speaker(s) == "Ken Ambrose"


def test_a_title_after_the_word_drama_names_no_one() -> None:
    s = ("Actress Jenna Marlowe, star of the Oscar-nominated drama \u201cThe Long Field,\u201d told donors that anyone "
         "voting for Kingman \u201cshould take a long look in the mirror.\u201d")
    rows = attributions(HEAD + s + "\n")
    assert [r[1] for r in rows] == ["Jenna Marlowe"]


def test_a_passage_of_a_memo_speaks_for_its_writer() -> None:
    s = ("The divisions burst into the open after a memo written by Mark Ellery, the staff director of the Budget "
         "Committee, began circulating Monday night.\n\n\u201cThe political cost of a brief lapse is routinely "
         "overstated,\u201d Ellery wrote in the four-page memo, a copy of which was obtained by this publication.\n\n"
         "Another passage, which aides described as the one that most angered senators, argues that members "
         "\u201chave more to fear from a demoralized base than from a news cycle.\u201d")
    assert attributions(HEAD + s + "\n")[-1][1:3] == ("Mark Ellery", "Another passage")


def test_an_anonymous_source_is_not_the_named_person_of_its_role() -> None:
    text = (HEAD + "\u201cThe corporate piece is the best thing in here,\u201d said Stephen Holloway, an economist at the "
            "Tax Policy Center.\n\nAn economist who has advised Republican presidential campaigns, and who spoke on "
            "condition of anonymity because he has not endorsed a candidate, was blunter. \u201cFour percent is a "
            "bumper sticker, not a forecast,\u201d he said. \u201cEverybody in that room knew it.\u201d\n")
    res = analyse(text)
    last = res.attributions[-1]
    assert last is not None and last.name == "An economist"  # not Stephen Holloway, the economist named before
    assert [s.rule for s in last.why][-1] == "mention.pronoun.source"  # (the why of the first of the two, carried)


def test_a_document_released_by_an_organisation_speaks_for_it() -> None:
    s = ("A 42-page document released by the campaign alongside the speech acknowledges that the changes would "
         "reduce federal revenue.\n\nOnce faster growth is factored in, the document says, the plan would be "
         "\u201cfully paid for by the end of the budget window.\u201d")
    assert speaker(s) == "the campaign"


def test_a_document_s_verb_is_no_part_of_its_description() -> None:
    s = ("Rep. Wade Sutter sent the foundation a letter on Monday.\n\nThe letter gives the foundation until Oct. 14 to "
         "produce the documents and warns that the subcommittee is \u201cprepared to use compulsory process.\u201d")
    assert speaker(s) == "Wade Sutter"  # not "The letter gives"


def test_a_person_placed_in_two_phrases_is_the_one_before_them() -> None:
    s = ("In the video, a man in a dark windbreaker with a staff credential can be heard telling Jefferson, "
         "\u201cYou\u2019re done. Let\u2019s go. Now.\u201d")
    assert speaker(s) == "a man in a dark windbreaker with a staff credential"


def test_a_quote_paragraph_after_a_sentence_that_only_sets_the_scene_is_the_one_before_it_s() -> None:
    text = (HEAD + "Luis Ortega, an Oberlin sophomore, has knocked on 2,000 doors since June.\n\nOrtega remembers his "
            "first door vividly. It was in August, in South Lorain, and the man who answered was wearing a Brandt "
            "hat.\n\n\u201cHe looks at my clipboard and he says, \u2018You\u2019re from the Marlowe people?\u2019 And I say "
            "yes.\u201d\n")
    assert attributions(text)[0][1:] == ("Luis Ortega", "Ortega", "cue.narration-subject")


def test_a_verb_right_before_the_quote_inside_what_a_speaker_reports_is_the_reporters() -> None:
    s = ("Campaign spokesman Javier Ocampo said in a statement that Brandt had offered \u201cthe same divisive, "
         "unworkable ideas dressed up with a teleprompter.\u201d")
    assert speaker(s) == "Javier Ocampo"


def test_outside_counsel_and_a_firm_inside_the_apposition() -> None:
    s = ("In a letter sent to the committee last month, the foundation\u2019s outside counsel, Stuart Raleigh of the "
         "Washington firm Kessler & Dunn, wrote that the organization had complied with \u201cevery term of the "
         "ethics agreement\u201d it signed.")
    assert speaker(s) == "Stuart Raleigh"


def test_a_report_released_some_time_ago_by_an_organisation_speaks_for_it() -> None:
    s = ("The candidate pointed to a report released last month by the Center for Secure Borders, a think tank. The "
         "report concluded that sanctuary policies had produced \u201ca steady stream of preventable crimes.\u201d")
    assert speaker(s) == "Center for Secure Borders"


def test_a_participle_reporting_a_finding_speaks_for_the_subject_before_it() -> None:
    s = ("Oduya cited a report released last month by Missouri\u2019s state auditor, saying the auditor had found "
         "that the program had \u201coverstated the reach of the program.\u201d")
    assert speaker(s) == "Oduya"


def test_its_document_speaks_for_the_organisation_it_stands_for() -> None:
    s = ("The opposition campaign, Missourians for Credit Choice, is funded by lenders and has raised $5.4 million. "
         "Its television ads warn that Amendment 5 would \u201ctake away your choices when you need them most.\u201d")
    assert speaker(s) == "Missourians for Credit Choice"


def test_a_series_of_tweets_opening_the_sentence_is_no_subject() -> None:
    s = ("Pickett cast the protest as proof. In a series of tweets posted late Tuesday, the Indiana Republican wrote "
         "that he had been \u201cshouted down by a mob of coddled kids.\u201d")
    assert speaker(s) == "Indiana Republican"


def test_a_country_of_two_words_is_no_person_for_a_later_he() -> None:
    s = ("Brandt said South Korea, Japan and other allies had been \u201ctaking advantage of the United States.\u201d"
         "\n\nForeign Ministry spokesman Cho Min-seok rejected the claim. South Korea pays about half the cost of the "
         "troops.\n\n\u201cThis is a contribution agreed between the two governments,\u201d he said.")
    assert attributions(HEAD + s + "\n")[-1][1] == "Cho Min-seok"


def test_an_unnamed_source_who_dismisses_something_as_a_quote_speaks_it() -> None:
    s = ("Privately, some in government were more blunt. A senior Labour figure close to the housing secretary "
         "dismissed the rebels as \u201ca noisy minority who discovered the green belt.\u201d")
    assert speaker(s) == "A senior Labour figure"


def test_in_the_words_of_someone_names_the_quote_s_source() -> None:
    s = ("The mood on a conference call Saturday night was, in the words of two people familiar with the call, "
         "\u201csomewhere between grim and resigned.\u201d")
    assert (speaker(s) or "").startswith("two people familiar")


def test_a_name_set_in_capitals_is_the_person_its_surname_names_later() -> None:
    s = ("Running mate RAY LINDQVIST did his best cleanup work on Sunday.\n\nCampaign spokesman Brett Holloway "
         "did not deny the report. \u201cWe don\u2019t comment on personnel,\u201d Holloway said.\n\nWhen the interviewer "
         "pressed him, Lindqvist laughed. \u201cI\u2019ve asked him a lot of things,\u201d he said.")
    rows = attributions(HEAD + s + "\n")
    assert rows[-1][1] == "Ray Lindqvist"


def test_a_dateline_in_capitals_is_no_person() -> None:
    s = ("SILVER BUTTE, Mont. \u2014 The clinic closed on Friday. Nurses in Silver Butte said they were worried."
         "\n\n\u201cChest pain, mile marker 61,\u201d she said on the radio.")
    assert attributions(HEAD + s + "\n")[-1][1] != "Silver Butte"


def test_a_name_in_apposition_to_an_organisation_noun_is_no_he() -> None:
    s = ("Pastor Armando Quezada, 55, was handing out flyers. His congregation, Iglesia Nueva Esperanza, has about "
         "400 members.\n\nAsked whom he would vote for, the pastor smiled. \u201cThat is between me and God,\u201d he said.")
    assert speaker(s) == "Armando Quezada"


def test_a_subject_after_an_opening_phrase_and_before_an_age_opens_its_sentence() -> None:
    s = ("Ernesto Gallegos, a lifelong Democrat, said he would vote for Ellison.\n\nInside the store, near the "
         "tortilla counter, Pastor Armando Quezada, 55, was handing out flyers. The line was long, and he says views "
         "are complicated.\n\n\u201cHalf of my people care most about immigration.\u201d")
    assert attributions(HEAD + s + "\n")[-1][1] == "Armando Quezada"


def test_a_document_after_in_is_no_subject_of_a_colon() -> None:
    s = ("Ellison spokeswoman Tasha Greer, in a statement emailed to reporters at 6:04 a.m.: \u201cMargaret Ellison "
         "was asleep, because she has a plan for Ohio.\u201d")
    assert speaker(s) == "Tasha Greer"


def test_a_participle_after_the_one_a_letter_went_to_is_the_sender_s() -> None:
    s = ("On Sunday, a lawyer for Mr. Crane, Rebecca Stahl, sent a letter to The Times objecting to the publication "
         "and saying that doing so would be \u201can illegal invasion of privacy.\u201d")
    assert speaker(s) == "Rebecca Stahl"


def test_a_participle_after_footage_of_someone_is_theirs() -> None:
    s = "The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points ahead, you might ask?\u201d"
    assert speaker(s) == "Hillary Clinton"


def test_a_description_then_at_the_time_then_a_name_in_apposition_is_the_name() -> None:
    s = ("\u201cThe valuation complies fully with the law,\u201d Mr. Crane\u2019s lawyer at the time, Howard Feist, wrote "
         "in a March 2000 letter.")
    assert speaker(s) == "Howard Feist"


def test_it_after_a_statement_said_is_the_statement_s_issuer() -> None:
    s = ("Pell County Council said in a statement on Sunday that it would act.\n\nThe Great Plains Athletic Conference "
         "said in a statement on Sunday that it would not discipline the players. \u201cThe conference respects the "
         "rights of student-athletes,\u201d the statement said. It added that the league \u201cencourages respectful "
         "dialogue among all members.\u201d")
    assert attributions(HEAD + s + "\n")[-1][1] == "Great Plains Athletic Conference"


def test_a_lead_in_and_a_colon_continue_the_last_speaker() -> None:
    s = ("Gov. Hal Brandt spoke next.\n\nLindqvist smiled. \u201cI don\u2019t sleep that much,\u201d Lindqvist said.\n\n"
         "Then, more seriously: \u201cVictor Crane and I have different styles.\u201d")
    assert attributions(HEAD + s + "\n")[-1][1] == "Lindqvist"


def test_a_participle_and_a_preposition_opening_the_sentence_are_no_name() -> None:
    text = "Asked on Sunday whether she would run again, Carys Wethersby said she would \u201cleave that to the voters.\u201d"
    assert not any(c.text == "Asked" for c in name_mentions(text, 0, len(text)))


def test_what_a_court_found_that_someone_had_offered_is_the_court_s() -> None:
    s = ("In a 64-page opinion, U.S. District Judge Harriet Olmstead found that the state had offered "
         "\u201cno credible evidence\u201d of fraud.")
    assert speaker(s) == "Harriet Olmstead"


def test_a_plural_possessive_s_role_is_one_description() -> None:
    s = ("The National Association of Manufacturers\u2019 chief economist, Alan Brightman, said in a statement that "
         "\u201ca gradual return to normal rates is a sign of confidence.\u201d")
    assert speaker(s) == "Alan Brightman"


def test_an_adjective_with_no_noun_after_it_is_no_one() -> None:
    s = ("On Wednesday, Gordon Pryce gave a speech at the Heritage Foundation.\n\nWhat was he for? Here is the closest "
         "the speech came to an answer:\n\n"
         "\u201cWe will be strong, but we will not be reckless.\u201d")
    assert attributions(HEAD + s + "\n")[-1][2] == "the speech"  # (the speech's, not "the closest")


def test_an_organisation_that_issued_a_statement_past_an_apposition_speaks_the_next_paragraph() -> None:
    s = ("The California Energy Producers Council, the industry\u2019s main trade group, issued a statement shortly after "
         "the vote.\n\n\u201cCalifornia already has the most stringent oil and gas regulations in the world.\u201d")
    assert attributions(HEAD + s + "\n")[-1][1] == "California Energy Producers Council"


def test_a_label_in_capitals_before_a_colon_is_the_whole_name() -> None:
    s = ("Asked about his vote, the senator bristled during a brief interview with USA TODAY.\n\n"
         "USA TODAY: \u201cDidn\u2019t that vote make the deal possible?\u201d\n\n"
         "THE CLAIM: \u201cOhio has lost 400,000 manufacturing jobs.\u201d")
    rows = attributions(HEAD + s + "\n")
    assert rows[0][1] == "USA TODAY" and rows[1][1] != "THE CLAIM"


def test_according_to_after_the_quote_outranks_a_say_verb_of_another_clause() -> None:
    s = ("Her campaign says it has knocked on more than 40,000 doors since Labor Day, and the response has been "
         "\u201cunlike anything we\u2019ve seen,\u201d according to Carl Ostrowski, Marsh\u2019s field director.")
    assert speaker(s) == "Carl Ostrowski"


def test_first_names_with_an_age_or_a_who_are_people_and_a_byline_is_no_one() -> None:
    text = (
        "Thousands March in Phoenix\n\nBy Jenna Ruiz, Senior Reporter\n\n"
        "PHOENIX \u2014 Marisol had never been to a protest before Saturday. By noon, the 19-year-old student had "
        "already lost most of her voice.\n\n"
        "\u201cMy parents told me to stay home,\u201d she said.\n\n"
        "Marisol, who asked that her last name be withheld, marched with friends.\n\n"
        "Tommy, 12, carried a sign he had lettered himself, with his mother, Gabriela, 41, a few steps behind.\n\n"
        "\u201cI figured this was faster,\u201d he said.\n\n"
        "\u201cI marched in this city before,\u201d said Dennis, 67, a retired schoolteacher.\n\n"
        "Keisha, 34, a pediatric nurse, walked the route pushing a stroller.\n\n"
        "\u201cShe\u2019s two. She won\u2019t remember today,\u201d she said.\n"
    )
    assert [r[1] for r in attributions(text)] == ["Marisol", "Tommy", "Dennis", "Keisha"]


def test_a_legislator_s_party_and_town_between_commas_is_no_one() -> None:
    # "R-Reno", "D-Las Vegas": a party and a home town (not only a state's abbreviation, "R-Ky.") in apposition
    for where in ("R-Reno", "D-Las Vegas", "I-Bangor"):
        s = (f"State Sen. Ada Kovach, {where}, one of a few lawmakers open to a deal, said the two sides were "
             f"\u201cdug in over a rounding error\u201d in a budget of $12 billion.")
        assert speaker(s) == "Ada Kovach", where


def test_it_after_a_writing_someone_sent_is_the_sender() -> None:
    text = HEAD + (
        "The jury was shown a text message that Rourke sent to his brother, Dean, the night before the fall. "
        "It read: \u2018Ladder wobbling again today. Boss says its fine.\u2019\n"
    )
    assert only(text).name == "Rourke"


def test_a_role_at_or_from_a_named_organisation_speaks_for_it() -> None:
    # the mention stays the role; the name says whom it speaks for
    s = "\u201cWe see the logic, but the price is high,\u201d analysts at Harwell Capital wrote in a note to clients."
    a = only(HEAD + s + "\n")
    assert (a.name, a.mention.text) == ("analysts at Harwell Capital", "analysts")
    s = "A professor at Bramley University said the plan was \u201cunworkable from the start.\u201d"
    a = only(HEAD + s + "\n")
    assert (a.name, a.mention.text) == ("A professor at Bramley University", "A professor")


def test_a_role_for_a_described_organisation_speaks_not_the_organisation() -> None:
    s = ("A lobbyist for a coalition of solar energy developers said member companies had begun "
         "\u201cplanning for life after the bill.\u201d")
    a = only(HEAD + s + "\n")
    assert (a.name, a.mention.text) == ("A lobbyist for a coalition of solar energy developers", "A lobbyist")


def test_an_unnamed_source_keeps_the_words_that_place_it() -> None:
    s = "The talks had \u201cfallen apart by noon,\u201d according to a person close to the family, who asked not to be named."
    assert speaker(s) == "a person close to the family"
    s = "\u201cWe will have to retrain thousands of people,\u201d said an official in the secretary of state\u2019s office."
    assert speaker(s) == "an official in the secretary of state\u2019s office"
    s = ("\u201cIf he loses the first debate, the donors shut the checkbook,\u201d said a GOP strategist close to the "
         "Republican National Committee, who was not authorized to speak publicly.")
    assert speaker(s) == "a GOP strategist close to the Republican National Committee"


def test_a_hyphenated_role_titles_the_name_after_it() -> None:
    # "front-runner", "co-founder": one mention with the name ("Republican" alone is no speaker)
    s = ("Republican presidential front-runner Dale Marsh tore into the bill on Monday, telling reporters it would "
         "\u201cdestroy the American worker.\u201d")
    assert speaker(s) == "Dale Marsh"


def test_a_title_after_so_called_is_a_term() -> None:
    text = HEAD + ("Marsh said the senator\u2019s so-called \u201cWorkforce Modernization Act\u201d would "
                   "\u201cdestroy the American worker.\u201d\n")
    res = analyse(text)
    assert [q.kind.value for q in res.quotes] == ["term", "partial"]


def test_a_he_after_an_object_goes_to_the_he_that_opens_the_sentences_before() -> None:
    # Past a long paragraph, the nearest name within reach is the object of "a biography of"; the sentences
    # before open with "He", who is Mr. Brannigan: his, not La Follette's.
    text = HEAD + (
        "For now, Mr. Brannigan says he is in no hurry. He has told aides he will not attend the convention "
        "unless he has made up his mind, and he has turned down, by his own count, four invitations to appear "
        "on Sunday talk shows. He spends his evenings, he said, reading \u2014 lately a biography of Robert La "
        "Follette, the progressive Republican governor who broke with his party a century ago \u2014 and walking "
        "the family\u2019s Labrador along Lake Mendota.\n\n"
        "\u201cPeople keep telling me this is about the party,\u201d he said.\n"
    )
    assert only(text).name == "Mr. Brannigan"


def test_a_role_after_an_opening_phrase_is_the_he_after_it() -> None:
    text = HEAD + (
        "Gov. Tom Brannigan has not decided. Senator Eric Larsen said he had not asked the governor to do anything.\n\n"
        "Asked about his wife\u2019s comment, the governor smiled and looked out the window toward the square. "
        "\u201cLorraine has always been the brave one in this family,\u201d he said.\n"
    )
    assert only(text).name == "Tom Brannigan"


def test_a_document_brought_in_with_several_words_before_it_speaks_for_its_writer() -> None:
    text = HEAD + (
        "A four-page internal memo circulated last week by the campaign\u2019s pollster, Kevin Yarbrough, lays out the "
        "stakes.\n\n"
        "The memo is dated Sept. 14. It warns that support among suburban women \u201chas not recovered since the "
        "convention.\u201d\n"
    )
    assert only(text).name == "Kevin Yarbrough"


def test_who_casts_someone_as_what_the_quote_says_speaks_it() -> None:
    s = ("Ann Reyes and Dale Marsh clashed over the economy, a long encounter in which the Democrat needled her "
         "rival and Marsh, visibly irritated at times, cast her as a career politician who was \u201call talk and "
         "no action.\u201d")
    assert speaker(s) == "Dale Marsh"


def test_a_pull_quote_a_later_quote_repeats_is_that_speaker_s() -> None:
    text = (
        "Reyes Tears Into Marsh Over Nurses\n\n"
        "\u201cNurses held my mother\u2019s hand when she was dying.\u201d\n\n"
        "By Jo Whitford\n\n"
        "Ann Reyes did not mince words on Monday.\n\n"
        "\u201cNurses held my mother\u2019s hand when she was dying. They don\u2019t need a lecture,\u201d Reyes wrote "
        "on Twitter.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows] == ["Ann Reyes", "Ann Reyes"]
    assert rows[0][3] == "continuation.echo"


def test_a_surname_alone_is_a_person_when_a_quote_gives_the_full_name() -> None:
    # "Corbin Hollingshead" appears only inside a quote; "Hollingshead" alone in the narration is he
    text = HEAD + (
        "\u201cWhen Corbin Hollingshead was governor, he cut hospital funding by a third,\u201d the ad says.\n\n"
        "Hollingshead, for his part, responded on the debate stage with a flat denial. \u201cThat\u2019s a lie, "
        "and she knows it,\u201d he said.\n"
    )
    assert attributions(text)[-1][1] == "Hollingshead"


def test_a_name_set_before_he_said_is_not_the_he() -> None:
    text = HEAD + (
        "Corbin Hollingshead spoke for an hour. \u201cI don\u2019t know if his plan is going to fix that,\u201d "
        "Fennimore said.\n\n"
        "Lyndon Renfro, 44, a pipefitter who drove up from Gladwin County, said he was less interested in housing "
        "than in trade. Hollingshead, he said, \u201cat least talks like he\u2019s been inside a plant.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Lyndon Renfro"


def test_the_subject_after_neither_is_is_the_he_after_it() -> None:
    text = HEAD + (
        "Carl Mabry, the county chairman, said he would \u201chave a conversation\u201d with her campaign.\n\n"
        "The campaign has not sent the recording. We are not holding our breath.\n\n"
        "Neither is Wade Tolliver. \u201cWe\u2019ll remember this in November,\u201d he said.\n"
    )
    assert attributions(text)[-1][1] == "Wade Tolliver"


def test_what_a_preposition_or_a_possessive_puts_before_a_colon_is_no_speaker() -> None:
    s = ("Sen. Harriet Lomax, asked on Sunday whether she would vote for the top of her ticket: \u201cI\u2019m going to "
         "vote. I\u2019ll let you know who for on November 9th.\u201d")
    assert speaker(s) == "Harriet Lomax"
    text = HEAD + "-- On Ohio: \u201cClose. Closer than we would like.\u201d\n"
    assert attributions(text)[0][1] is None
    # (but a person is owned too: "her spokesman" before a colon speaks)
    s = "The senator declined to say more. Then her spokesman: \u201cWe will not comment on rumours.\u201d"
    assert speaker(s) == "her spokesman"


def test_a_headline_s_words_are_no_antecedent_of_a_he() -> None:
    text = (
        "Dreamers And Their Allies Are Furious After Dale Prentiss Says They Should \u2018Get In Line\u2019\n\n"
        "WASHINGTON \u2014 Activists lashed out on Friday at Indiana Gov. Dale Prentiss, Raymond Coyle\u2019s running "
        "mate, after he told a town hall audience that young immigrants should \u201cgo home and get in line.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Dale Prentiss"


def test_a_report_brought_in_with_whose_speaks_for_the_organisation_whose_it_is() -> None:
    text = HEAD + (
        "That model belongs to the Center for Fiscal Growth, a conservative think tank in Arlington, Va., whose "
        "September report the campaign cited. The report concluded that the plan \u201cwould reduce the size of "
        "the economy by 1.1 percent.\u201d\n"
    )
    assert only(text).name == "Center for Fiscal Growth"


def test_a_quote_paragraph_after_a_description_naming_someone_or_their_answer_is_theirs() -> None:
    named = HEAD + (
        "After my last column, a retired machinist in Chillicothe, Ohio, named Norbert Kessling sent me an email.\n\n"
        "\u201cI paid into this thing for 46 years. I never asked for a handout in my life.\u201d\n"
    )
    assert attributions(named)[0][1] == "Norbert Kessling"
    answer = HEAD + (
        "Host Walter Brunsdale asked Sen. Elena Marchetti whether the country could give up gasoline.\n\n"
        "Marchetti\u2019s answer was not the one her campaign has been selling in the swing states.\n\n"
        "\u201cI say the gas-powered car should be a museum exhibit by 2030. I mean that.\u201d\n"
    )
    assert attributions(answer)[0][1] == "Elena Marchetti"
    tagged = HEAD + (
        "Rep. Trish Delancey (R-Fla.), who has not committed to either candidate, fanned the flames with a tweet.\n\n"
        "\u201cMembers were sent here to legislate, not to be managed.\u201d\n"
    )
    assert attributions(tagged)[0][1] == "Trish Delancey"


def test_revealing_is_a_verb_of_saying_but_what_documents_reveal_is_the_writer_s() -> None:
    s = ("The campaign released a letter from the candidate\u2019s physician, Dr. Lillian Sayles, revealing that he had "
         "been diagnosed with \u201ca mild inner-ear infection.\u201d")
    assert speaker(s) == "Lillian Sayles"
    s = ("Sen. Joan Pruitt, a Whitlock ally, wrote on Twitter that the emails revealed \u201ca campaign that treats "
         "working people as props\u201d.")
    assert speaker(s) == "Joan Pruitt"


def test_an_unnamed_source_after_what_frames_the_words() -> None:
    s = ("Agents working around the clock have sorted through what one senior law enforcement official described as "
         "\u201ctens of thousands\u201d of messages.")
    assert speaker(s) == "one senior law enforcement official"


def test_the_lines_of_a_list_under_a_colon_are_the_lead_in_s_words() -> None:
    text = HEAD + (
        "Campaign manager Rachel Dunleavy sent a memo to donors late Sunday warning against complacency. The memo, "
        "obtained by Playbook, is titled \u201cRun Through the Tape.\u201d Key lines:\n\n"
        "-- \u201cWe are winning this race. We have not won it.\u201d\n\n"
        "-- \u201cIf you are a donor who has been thinking about giving elsewhere, please don\u2019t do that yet.\u201d\n\n"
        "-- On Ohio: \u201cClose. Closer than we would like.\u201d\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows[-3:]] == ["Rachel Dunleavy"] * 3


def test_the_source_is_named_by_the_words_that_brought_it_in() -> None:
    text = HEAD + ("Behind the scenes, the mood is darker. A source close to Coyle tells Playbook that the nominee spent "
                   "Saturday complaining. \u201cHe doesn\u2019t trust the numbers,\u201d the source said.\n")
    a = only(text)
    assert (a.name, a.mention.text) == ("A source close to Coyle", "the source")
