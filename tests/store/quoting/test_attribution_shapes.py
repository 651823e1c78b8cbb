"""Attribution shapes of news writing, each in sentences written for the test: transcripts
quoted whole, signed replies in a row, cues before and after a quote, a paragraph's speaker,
initials inside a name."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def quotes(*texts: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes([Paragraph(text=t) for t in texts])]


def speakers(*texts: str) -> list[str | None]:
    return [speaker for _text, speaker in quotes(*texts)]


# --- a transcript quoted whole: each turn a quotation of its own -----------------------------


def test_each_quoted_transcript_turn_is_a_quote_by_its_speaker() -> None:
    found = quotes(
        "A partial transcript follows:",
        "“HALE: Let us start with the harbour. Why close it now?",
        "“VARGA: Because the dredging budget ran out in March.",
        "“(CROSSTALK.)",
        "“HALE: Governor, one more question on the fees.",
    )
    assert [speaker for _text, speaker in found if speaker] == ["Hale", "Varga", "Hale"]
    assert found[0][0].startswith("HALE: Let us start")
    assert found[1][0].startswith("VARGA: Because")


def test_a_turn_with_an_honorific_names_the_surname() -> None:
    assert speakers("“MR. VARGA: The budget ran out in March, as we said it would.") == ["Varga"]


def test_a_quoted_paragraph_running_on_is_still_one_quote() -> None:
    found = quotes(
        "“The harbour will close in March,” Ann Cole said. “We have no money left for it.",
        "“Nobody wants that, but there is no other way to pay the dredgers.”",
    )
    # The part after the cue goes on the statement (one quotation, attributed once), and
    # runs on into the next paragraph.
    assert found == [
        (
            "The harbour will close in March … We have no money left for it.\n"
            "Nobody wants that, but there is no other way to pay the dredgers.",
            "Ann Cole",
        )
    ]


# --- signed replies in a row ----------------------------------------------------------------


def test_replies_signed_in_a_row_each_get_their_own_name() -> None:
    text = (
        "“The fees went up twice this year and nobody asked us.” ― Ann Cole "
        "“I have fished here for forty years and never seen it this bad.” ― Bo T. Lee "
        "“Close the harbour and the town dies with it.” ― Rita Varga"
    )
    assert speakers(text) == ["Ann Cole", "Bo T. Lee", "Rita Varga"]


# --- the cue before a quote that ends its sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Norway insisted that the fleet “leave the strait at once.” The harbour authority "
            "said the ships had shown “complete disregard for the rules of the sea.”",
            "Norway",
        ),
        (
            "Mayor Ann Cole said on Friday that the report should be published but said “the "
            "question is when.” Governor Bo Lee said it would be “improper” to comment.",
            "Ann Cole",
        ),
    ],
)
def test_a_quote_ending_its_sentence_belongs_to_the_verb_before_it(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_a_cue_right_after_a_sentence_ending_quote_still_attributes_it() -> None:
    assert speakers("“We will reopen in May.” Ann Cole said.") == ["Ann Cole"]


def test_a_clause_after_the_cue_does_not_cut_it_from_the_quote() -> None:
    text = (
        "“Who would have believed we would fill the hall twice over?” Ann Cole said, looking "
        "out over the cheering crowd in the harbour hall."
    )
    assert speakers(text) == ["Ann Cole"]


# --- the paragraph's speaker -------------------------------------------------------------------


def test_a_quote_after_a_sentence_of_narration_keeps_the_paragraphs_speaker() -> None:
    text = (
        "“We have had problems with the fleet before,” Ann Cole said after the meeting. "
        "She did not name the owners. “Our goal is not to punish anyone but to set rules.”"
    )
    assert speakers(text) == ["Ann Cole", "Ann Cole"]


def test_the_paragraphs_speaker_does_not_reach_into_the_next_paragraph() -> None:
    found = speakers(
        "“We have had problems with the fleet before,” Ann Cole said.",
        "The owners met on Friday. “Nobody asked us anything at all,” one of them wrote.",
    )
    assert found[1] != "Ann Cole"


# --- initials inside a name -----------------------------------------------------------------


def test_initials_do_not_end_the_sentence_of_a_cue() -> None:
    text = (
        "“This is a sad day,” said Rep. G.K. Varga (D-N.C.), head of the harbour caucus. "
        "“The fleet has been let down by everyone.”"
    )
    # One quotation, its cue between its parts.
    [(words, speaker)] = quotes(text)
    assert speaker is not None and speaker.endswith("Varga") and speaker.startswith("G")
    assert words == "This is a sad day … The fleet has been let down by everyone."


# --- verbs that are nouns here ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole unleashed a series of tweets on Friday saying the council had acted “as a "
        "gang of thieves in broad daylight.”",
        "Ann Cole says Bo Lee’s flurry of late-night tweets about the harbour was “unhinged, "
        "even for him.”",
    ],
)
def test_a_plural_noun_after_of_is_no_verb_of_saying(text: str) -> None:
    assert speakers(text) == ["Ann Cole"]


def test_a_noun_after_of_names_no_speaker() -> None:
    text = "The harbour board rated 32% of Harbour claims as “false” or “pants on fire, again.”"
    assert "Harbour" not in speakers(text)


def test_a_capitalised_verb_inside_a_sentence_is_no_cue() -> None:
    text = "Read our Frequently Asked Questions: “How do I renew a mooring permit online?”"
    assert speakers(text) == [None]


def test_a_capitalised_verb_opening_a_sentence_is_a_cue() -> None:
    assert speakers("Said Ann Cole: “We will not close the harbour this year.”") == ["Ann Cole"]


# --- verbs of naming ----------------------------------------------------------------------------


def test_what_a_speaker_called_something_is_their_words() -> None:
    text = (
        "The Harbour Council condemned the test and pledged new rules against what it called "
        "“a clear threat to the safety of the port.”"
    )
    assert speakers(text) == ["Harbour Council"]


def test_a_thing_called_by_a_name_has_no_speaker() -> None:
    text = "She wrote a small book called “The Harbour and the Town Before the War”."
    assert find_quotes([Paragraph(text=text)]) == []


# --- the subject of a sentence without a verb of saying ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an opening adverbial with a comma of its own
        "Following a hastily called, late-night meeting, the Harbour Council issued rules "
        "calling the test “a clear violation of every agreement we have.”",
        # a day between the subject and its verb, and a pronoun's cue later in the sentence
        "The Harbour Council on Friday made a strong condemnation of what it called “a clear "
        "threat to the safety of the port.”",
    ],
)
def test_an_organisation_opening_the_sentence_speaks(text: str) -> None:
    assert speakers(text) == ["Harbour Council"]


def test_a_party_and_state_tag_does_not_hide_the_verb() -> None:
    text = "House Speaker Ann Cole, R-Wis., believes the families “do need their day in court.”"
    assert speakers(text) == ["Ann Cole"]
    text = "Ann Cole, R-Wis., who chairs the board, believes they “do need their day in court.”"
    assert speakers(text) == ["Ann Cole"]


def test_a_show_title_and_a_bracket_do_not_hide_the_subject() -> None:
    text = (
        "On “Face the Harbour,” Sen. Ann Cole (Vt.), who lost the primary to Bo Lee, named "
        "the reason young voters care: “They are tired of being told to wait their turn.”"
    )
    assert speakers(text) == ["Ann Cole"]


# --- nominal speakers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“You work hard. Why did he not pay?” a narrator in the Cole ad asks.",
         "a narrator in the Cole ad"),
        ("“The town is dying, slowly but surely,” the owner of the harbour bar said.",
         "the owner of the harbour bar"),
        ("The council met at noon. The statement noted they had said they would take "
         "“further significant measures against the fleet.”", "The statement"),
    ],
)  # fmt: skip
def test_a_nominal_speaker_is_named_as_the_text_names_it(text: str, speaker: str) -> None:
    (found,) = find_quotes([Paragraph(text=text)])
    assert (found.speaker or "").lower() == speaker.lower()
    assert found.how == "nominal"


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_after_it() -> None:
    found = speakers(
        "The Harbour Times reports:",
        "“Just 24 percent of the contributors so far have given $200 or less, a record.”",
    )
    assert found == ["Harbour Times"]


# --- short quotations in a sentence, and titles of works --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a statement, Ann Cole condemned the test as “provocative and destabilizing” and "
         "promised a response.", "Ann Cole"),
        ("Another critic, Bo Lee, likened the rules to “burning the harbour charter” on Monday.",
         "Bo Lee"),
        ("Ann Cole exhorted the fishermen to “vote your conscience” at the next election.",
         "Ann Cole"),
    ],
)  # fmt: skip
def test_a_short_quotation_after_a_verb_of_judging_is_found(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“We must act now,” Ann Cole said on the Harbour Channel’s “State of the Union.”",
        "On this weekend’s broadcast of “Harbour News Sunday,” Ann Cole said the port was safe.",
        "Ann Cole told the panel on “Face the Harbour” that the port was safe.",
    ],
)
def test_a_shows_title_is_no_quotation_even_beside_a_cue(text: str) -> None:
    texts = [q.text for q in find_quotes([Paragraph(text=text)])]
    assert all("Harbour" not in t and "Union" not in t for t in texts)


def test_a_quotation_attributed_in_two_places_keeps_its_speaker_in_both() -> None:
    # Interrupted by its cue it is one quotation; with a second cue of its own, two.
    text = "“It is over,” Ann Cole said. “We are done with the harbour plan for good.”"
    assert speakers(text) == ["Ann Cole"]
    text = "“It is over,” Ann Cole said, “and we are done with the harbour plan for good.”"
    assert speakers(text) == ["Ann Cole"]
    text = "“It is over,” Ann Cole said. “We are done with the harbour plan,” she added."
    assert speakers(text) == ["Ann Cole", "Ann Cole"]


def test_compared_with_is_no_verb_of_saying() -> None:
    text = "A 50 percent rise compared with last year left the harbour “full to bursting point.”"
    assert speakers(text) != ["a 50 percent rise"]
    assert all(s is None or "percent" not in s for s in speakers(text))


# --- pronouns: quote chains and the one told --------------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "The plan was first drawn up by Governor Bo Lee in 2010.",
        "Bo Lee, the governor, drew up the plan in 2010.",
    ],
)
def test_he_added_goes_on_with_the_last_speaker(middle: str) -> None:
    texts = (
        "“We will rebuild the harbour,” Tom Cole said.",
        middle,
        "“It will take years,” he added.",
    )
    assert speakers(*texts) == ["Tom Cole", "Tom Cole"]


def test_he_added_far_from_any_statement_is_the_latest_man() -> None:
    texts = (
        "“We will rebuild the harbour,” Tom Cole said.",
        "The harbour was built in 1850.",
        "It was rebuilt twice.",
        "Bo Lee, the governor, drew up the latest plan in 2010.",
        "“It will take years,” he added.",
    )
    assert speakers(*texts) == ["Tom Cole", "Bo Lee"]


def test_she_added_does_not_go_on_with_a_man() -> None:
    texts = (
        "Ann Varga chaired the meeting.",
        "“We will rebuild the harbour,” Tom Cole said.",
        "“It will take years,” she added.",
    )
    assert speakers(*texts) == ["Tom Cole", "Ann Varga"]


def test_the_one_told_may_reply() -> None:
    texts = (
        "“We will rebuild the harbour,” Ann Cole told Tom Lee.",
        "“It will take years,” he replied.",
    )
    assert speakers(*texts) == ["Ann Cole", "Tom Lee"]


# --- a cue glued to the name by a lost space, or a name given with its post -------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The model learns from every song,” according toMikey Shulman, its maker.",
            "Mikey Shulman",
        ),
        ("“The model learns from every song,” saidMikey Shulman.", "Mikey Shulman"),
        ("According toRita Varga, “the fleet is smaller than it has ever been.”", "Rita Varga"),
        ("“The fleet is smaller than ever,” Rita Varga toldReuters.", "Rita Varga"),
        (
            "“We will be ready by spring,” said Ann Cole, a planner at the harbour board.",
            "Ann Cole",
        ),
        ("“We will be ready by spring,” said Ann Cole, the board's chief planner.", "Ann Cole"),
        ("“We will be ready by spring,” Apple CEO Tim Cook said.", "Tim Cook"),
        ("“We will be ready by spring,” said Harbour Board chairwoman Rita Varga.", "Rita Varga"),
        ("Acme chief executive Bo Lee said: “We will be ready by spring.”", "Bo Lee"),
    ],
)
def test_the_speaker_is_the_name_not_its_post_nor_the_cue_glued_to_it(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_a_name_with_a_capital_inside_is_not_read_as_glued_words() -> None:
    assert speakers("“We will go,” Ann McDonald said.") == ["Ann McDonald"]
    assert speakers("“We will go,” said Ann McDonald.") == ["Ann McDonald"]
