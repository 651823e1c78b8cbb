"""Who said it: attribution patterns of news writing, each in sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    """The speaker of each quote found in paragraphs given as strings."""
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


# --- reporting verbs beyond "said" -----------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["joked", "boasted", "quipped", "demanded", "implored", "vowed", "lamented", "mused"]
)
def test_a_manner_of_speaking_verb_after_the_quote_attributes_it(verb: str) -> None:
    assert speakers(f"“We will open the new bridge in the spring,” Maria Lindqvist {verb}.") == [
        "Maria Lindqvist"
    ]


def test_an_inverted_manner_verb_names_the_speaker_after_it() -> None:
    text = "“Nobody reads the fine print any more,” retorted Tomas Ferreira, the union’s lawyer."
    assert speakers(text) == ["Tomas Ferreira"]


def test_a_verb_of_judging_attributes_a_phrase_quoted_after_it() -> None:
    text = "Governor Alma Reyes called the plan “a betrayal of every family in the valley.”"
    assert speakers(text) == ["Alma Reyes"]


# --- no verb of saying: the subject of the quote's sentence -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole fired back that the council had “no idea what the harbour costs.”",
        "On Tuesday, Ann Cole launched an attack on the council, branding its members “clowns "
        "in suits who never read a budget.”",
        "But Ann Cole took the opposite view, arguing the harbour “pays for itself twice over.”",
        "Former harbour commissioner Ann Cole used the hearing to demand “a full audit by spring.”",
    ],
)
def test_the_subject_of_the_sentence_speaks_when_no_verb_of_saying_is_found(text: str) -> None:
    assert speakers(text) == ["Ann Cole"]


def test_a_pronoun_subject_is_resolved_to_the_person_before_it() -> None:
    first = "Ann Cole spent the morning at the harbour with the council’s engineers."
    second = (
        "Later, she took aim at the budget, dismissing it as “a work of fiction from page one.”"
    )
    assert speakers(first, second) == ["Ann Cole"]


@pytest.mark.parametrize(
    "text",
    [
        "You could start by saying, “I have been feeling low lately. Can we talk about it?”",
        "You can read more on the page “Which harbour plan is better for the valley?”",
    ],
)
def test_the_reader_addressed_as_you_is_no_speaker(text: str) -> None:
    assert "You" not in speakers(text)


def test_a_possessive_subject_names_no_speaker() -> None:
    text = "Ann Cole’s aides spent the day insisting the harbour plan was “basically finished.”"
    assert speakers(text) != ["Ann Cole"]


def test_a_verb_of_saying_in_the_sentence_wins_over_its_subject() -> None:
    text = "Ann Cole smiled as Ben Ortiz said the vote was “a foregone conclusion by now.”"
    assert speakers(text) == ["Ben Ortiz"]


def test_a_subject_does_not_make_a_scare_quote_a_quotation() -> None:
    text = "Ann Cole visited the so-called “new town” on Monday."
    assert find_quotes([Paragraph(text=text)]) == []


# --- pronouns: gender where the text gives it -------------------------------------------------


def test_she_passes_over_the_man_named_since() -> None:
    texts = (
        "Mayor Linda Okafor opened the session on Monday.",
        "Councillor Peter Vance asked about the harbour fees.",
        "“We will publish every invoice,” she said.",
    )
    assert speakers(*texts) == ["Linda Okafor"]


def test_he_passes_over_the_woman_named_since() -> None:
    texts = (
        "Peter Vance asked about the harbour fees.",
        "Linda Okafor answered him at length.",
        "“The fees have not changed since March,” he replied.",
    )
    assert speakers(*texts) == ["Peter Vance"]


def test_an_honorific_genders_a_surname() -> None:
    texts = (
        "Mrs. Abara and Mr. Pell met the press after the vote.",
        "Abara spoke first.",
        "Pell followed her.",
        "“It was a fair count,” she said.",
    )
    assert speakers(*texts) == ["Abara"]


def test_a_gendered_role_genders_its_holder() -> None:
    texts = (
        "The spokeswoman, Dana Kirst, took questions.",
        "Later Joe Amble arrived.",
        "“We have nothing more to add,” she said.",
    )
    assert speakers(*texts) == ["Dana Kirst"]


def test_a_person_of_unknown_gender_can_be_either() -> None:
    texts = ("Kim Sato spoke to the press.", "“No comment,” she said.", "“None,” he said.")
    assert speakers(*texts) == ["Kim Sato", "Kim Sato"]


def test_no_person_of_that_gender_leaves_the_pronoun_unresolved() -> None:
    texts = ("John Marsh spoke first.", "“That is all,” she said.")
    assert speakers(*texts) == [None]


# --- which full name a surname stands for -----------------------------------------------------


def test_a_surname_is_the_full_name_the_article_gives_most() -> None:
    texts = (
        "Senator Ruth Calder visited the flooded town, where Paul Calder runs the bakery.",
        "Ruth Calder promised help.",
        "“Every house will be checked,” Calder said.",
    )
    assert speakers(*texts) == ["Ruth Calder"]


def test_a_surname_with_an_honorific_is_the_full_name_of_that_gender() -> None:
    texts = (
        "Paul Calder and Paul Calder’s sister Ruth Calder run the bakery; Paul Calder bakes.",
        "“We lost everything,” Mrs. Calder said.",
    )
    assert speakers(*texts) == ["Ruth Calder"]


# --- names as speakers: well formed ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We won,” said Sweden’s Anna Berg.", "Anna Berg"),
        ("“We won,” Struggling Robert Hale said.", "Robert Hale"),
        ("“We won,” said Anna Berg’s", "Anna Berg"),
    ],
)
def test_a_speaker_name_is_trimmed_to_the_name(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_a_sentence_opening_common_noun_is_no_person() -> None:
    texts = (
        "Ann Cole spoke first.",
        "Opponents gathered outside the hall.",
        "“The plan is sound,” she said.",
    )
    assert speakers(*texts) == ["Ann Cole"]


# --- organisations and nominal speakers ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Inspections resume in May,” the agency said.", "the agency"),
        (
            "“Inspections resume in May,” the regional health board said.",
            "the regional health board",
        ),
        ("“I never voted for him,” another supporter wrote on a forum.", "another supporter"),
        ("“Prices will rise,” a senior economist warned.", "a senior economist"),
        ("The report says the harbour “cannot be saved without dredging.”", "the report"),
    ],
)
def test_an_unnamed_speaker_is_named_as_the_text_names_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_role_the_article_names_resolves_to_its_holder() -> None:
    texts = (
        "The port director, Ilse Varga, inspected the quay.",
        "“It needs work,” the port director said.",
    )
    assert speakers(*texts) == ["Ilse Varga"]


# --- appositions and brackets ----------------------------------------------------------------


def test_a_name_in_apposition_to_a_role_is_the_speaker() -> None:
    text = "“We need the money,” his sister, Marta Ilic, wrote in a letter to the court."
    assert speakers(text) == ["Marta Ilic"]


def test_a_bracket_between_name_and_verb_is_skipped() -> None:
    text = "“The vote is rigged,” Sen. Tom Brandt (R-Ore.) said on Friday."
    assert speakers(text) == ["Tom Brandt"]


def test_a_bracket_after_a_sentence_subject_is_skipped() -> None:
    text = "Rep. Ada Kent (D-Vt.) called the bill “a gift to every landlord in the state.”"
    assert speakers(text) == ["Ada Kent"]


# --- what is no attribution ------------------------------------------------------------------


def test_a_verb_of_naming_with_the_quote_right_after_it_names_a_thing() -> None:
    text = "The studio made a short film called “the harvest that nobody wanted to see” in May."
    assert speakers(text) == [None]


def test_a_subject_after_the_verb_needs_a_quote_right_before_it() -> None:
    text = (
        "Kurt Ames, a farmer who has made water rights the centre of his campaign, tweeted a "
        "warning to his rivals: “Remember the drought.”"
    )
    assert speakers(text) == ["Kurt Ames"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We stay,” said Jason Gill of Cheyenne.", "Jason Gill"),
        ("“We stay,” Former Senator Ruth Hale said.", "Ruth Hale"),
        ("“We stay,” said Rival Ruth Hale.", "Ruth Hale"),
    ],
)
def test_places_and_modifiers_are_no_part_of_a_name(text: str, name: str) -> None:
    assert speakers(text) == [name]


# --- transcripts and signed quotes -----------------------------------------------------------


def test_a_transcript_line_gives_its_speaker_to_every_quote_in_it() -> None:
    text = (
        "HALE: Well, look, they think this is an episode of “Family Fortunes, the show with the "
        "buzzer.” But this is serious. I said “no deal” and I meant “no deal at all, ever.”"
    )
    quotes = find_quotes([Paragraph(text=text)])
    assert quotes and {q.speaker for q in quotes} == {"Hale"}
    assert quotes[0].cue == "HALE:"


def test_transcript_turns_with_honorifics_alternate() -> None:
    texts = ("MR. VANCE: “Will you accept the count?”", "MS. OKAFOR: “I will, and I always have.”")
    assert speakers(*texts) == ["Vance", "Okafor"]


def test_a_name_and_a_colon_before_a_quote_is_a_transcript_line() -> None:
    assert speakers("Okafor: “Our plan is working and the figures show it.”") == ["Okafor"]


def test_a_label_before_a_colon_is_no_speaker() -> None:
    assert speakers("Update: “The bridge will reopen on Monday morning.”") == [None]


def test_a_dash_and_a_name_after_a_quote_sign_it() -> None:
    texts = (
        "“The council never listened to the people who live by the river.” ― Mara Ilves",
        "“I am ashamed of this vote.” — Jon Ashe",
    )
    assert speakers(*texts) == ["Mara Ilves", "Jon Ashe"]


def test_a_dash_and_a_name_opening_the_next_paragraph_sign_the_quote() -> None:
    texts = ("“The big exporters pay almost nothing in tax in this country.”", "- Vance.")
    assert speakers(*texts) == ["Vance"]


def test_a_dash_in_running_text_signs_nothing() -> None:
    texts = ("“We will rebuild the pier before the summer,” said Ann Cole — Mayor since May.",)
    assert speakers(*texts) == ["Ann Cole"]


# --- short quotations embedded in a sentence -------------------------------------------------


def test_a_short_quote_after_a_verb_of_saying_is_a_quotation() -> None:
    quotes = find_quotes([Paragraph(text="Ann Cole called the deal “a disaster” on Monday.")])
    assert [(q.text, q.speaker) for q in quotes] == [("a disaster", "Ann Cole")]


def test_a_short_quote_with_a_cue_later_in_its_sentence_is_a_quotation() -> None:
    text = "A clerk who “steals a few dollars” goes to jail, Ruth Hale said."
    quotes = find_quotes([Paragraph(text=text)])
    assert [(q.text, q.speaker) for q in quotes] == [("steals a few dollars", "Ruth Hale")]


def test_a_scare_quote_with_no_verb_of_saying_is_left_out() -> None:
    texts = ("The “reform” cost the town dearly.", "Ann Cole toured the so-called “new town”.")
    assert find_quotes([Paragraph(text=t) for t in texts]) == []


def test_a_title_with_no_verb_of_saying_is_left_out() -> None:
    text = "Ruth Hale starred in “The Long Road Home From Harbour Street” before the war."
    assert find_quotes([Paragraph(text=text)]) == []


def test_a_quote_attributed_in_two_places_keeps_its_speaker_on_both_sides_of_the_cue() -> None:
    text = "“We are done with this,” Ben Ortiz said. “The harbour deal is dead and buried.”"
    assert speakers(text) == ["Ben Ortiz"]  # one quotation, interrupted by its cue
    text = "“We are done with this,” Ben Ortiz said.\n\n“The harbour deal is dead and buried.”"
    assert speakers(*text.split("\n\n")) == ["Ben Ortiz", "Ben Ortiz"]


def test_a_one_word_quote_closing_a_reported_phrase_is_a_quotation() -> None:
    quotes = find_quotes([Paragraph(text="Ruth Hale called the plan “reckless”.")])
    assert [(q.text, q.speaker) for q in quotes] == [("reckless", "Ruth Hale")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Hale said the “reform” was a sham.",
        "Ruth Hale said voters chose “no” and “never” in turn.",
        "Ruth Hale called it a “temporary” measure.",
    ],
)
def test_a_one_word_quote_inside_a_reported_phrase_is_a_scare_quote(text: str) -> None:
    assert find_quotes([Paragraph(text=text)]) == []


def test_a_name_met_in_a_speakers_sentence_does_not_take_the_next_pronoun() -> None:
    texts = (
        "Tom Reyes said he had praised Governor Paul Abbot at the dinner.",
        "“It was a good night for the party,” he said.",
    )
    assert speakers(*texts) == ["Tom Reyes"]


def test_an_opening_adverb_needs_no_comma_before_the_subject() -> None:
    texts = (
        "Ann Cole spoke first.",
        "Meanwhile Beth Orr, who chairs the board, took the microphone.",
        "“We will not sell the pier,” she said.",
    )
    assert speakers(*texts) == ["Beth Orr"]


@pytest.mark.parametrize("verb", ["scoffed", "barked", "grumbled", "sniffed"])
def test_any_verb_after_a_quote_ending_in_a_comma_attributes_it(verb: str) -> None:
    text = f"“Let me help you out: the answer is no,” Ruth Hale {verb}, and walked off."
    quotes = find_quotes([Paragraph(text=text)])
    assert [(q.speaker, q.cue) for q in quotes] == [("Ruth Hale", verb)]


def test_a_word_after_a_title_in_quotes_is_no_verb_of_saying() -> None:
    assert speakers("The band played “Harbour Lights, Again” Tuesday and left.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Said Ruth Hale, “The thought that we got this wrong keeps me awake.”", "Ruth Hale"),
        (
            "As the inspector Jon Ashe put it, “apart from the paperwork, nothing was wrong.”",
            "Jon Ashe",
        ),
        ("Ruth Hale echoed: “She speaks her mind, and that is what the town needs.”", "Ruth Hale"),
        (
            "Speaking at a fair in Salem, Oregon, Ruth Hale went after the mayor, calling him "
            "“a total stiff.”",
            "Ruth Hale",
        ),
        (
            "In its ruling, the Harbour Board of Appeal was plain: “No further hearing is needed.”",
            "Harbour Board of Appeal",
        ),
    ],
)
def test_more_shapes_of_attribution(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The veto will not stand,” Senate Leader Ruth Hale, R-Ore., said.", "Ruth Hale"),
        (
            "“They would just go and get them,” Rep. Jon Ashe (R-Ohio), a panel member, said.",
            "Jon Ashe",
        ),
        (
            "“That was outrageous,” Cole’s former campaign strategist said.",
            "Cole’s former campaign strategist",
        ),
        ("The code is complicated. Said Ellis: “Nobody here wants tax reform at all.”", "Ellis"),
        ("“We live in hard times,” my father often said.", "my father"),
    ],
)
def test_party_tags_brackets_possessives_and_inversions(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The spot ends with footage of Ann Cole saying, “That makes me smart,” to laughter.",
            "Ann Cole",
        ),
        (
            "The ad shows Ruth Hale asking, “Why aren’t I fifty points ahead, you might ask?”",
            "Ruth Hale",
        ),
        ("Ann Cole attacked the plan, saying it was “a gift to the idle rich.”", "Ann Cole"),
    ],
)
def test_a_participle_of_saying_belongs_to_the_name_before_it_or_the_subject(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_a_document_that_reads_is_named_as_written() -> None:
    assert speakers("“Our support is not abstract,” the letter reads.") == ["the letter"]
