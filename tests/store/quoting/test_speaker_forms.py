"""A speaker is a well-formed name, whatever run of capitals it was read from; a role or a
document speaking is marked nominal; words of a page's buttons and pronouns are no one.
Each shape in sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def found(*texts: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.how) for q in find_quotes([Paragraph(text=t) for t in texts])]


def speakers(*texts: str) -> list[str | None]:
    return [speaker for speaker, _how in found(*texts)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words glued by a lost space: the name is split off its title
        ("“Machine learning is everywhere now,” said harbour professorThomas W. Varga.",
         "Thomas W. Varga"),
        # a run of capitals opening a sentence (a headline's capitalised verb after a name,
        # "Ruth Hale Joked", is cut by clean_name: see test_names)
        ("Struggling Robert Hale said the harbour was “a disaster from start to finish.”",
         "Robert Hale"),
        # a role's tail, a possessor, a possessive
        ("“We will not close the harbour,” said Secretary of State Mike Varga.", "Mike Varga"),
        ("Norway’s Anna Berg said the match was “the hardest of my whole career.”", "Anna Berg"),
        # a title with the name after a comma
        ("“Our rates meet quality and care,” says Acme Moving’s Vice President, Ivan Petrov.",
         "Ivan Petrov"),
        # a full name the article gives, not a firm named after the person
        ("“Tables feel layered this year,” says Beth Varga, founder of Beth Varga Events. "
         "“We love collected pieces,” Varga says.", "Beth Varga"),
    ],
)  # fmt: skip
def test_the_speaker_is_the_name_alone(text: str, speaker: str) -> None:
    assert set(speakers(text)) == {speaker}


def test_a_department_speaks_without_its_possessive() -> None:
    text = "“We are reviewing the rules,” the Harbour Department’s spokesman said."
    assert all(s is None or not s.endswith(("’s", "'s")) for s in speakers(text))


def test_a_connector_never_opens_a_speaker() -> None:
    text = "“The harbour must stay open,” said Physicians for Harbour Rights."
    (speaker,) = speakers(text)
    assert speaker is not None and not speaker.lower().startswith(("for ", "of "))


@pytest.mark.parametrize(
    "text",
    [
        "Sharing “The harbour will close in March, the council says” on your page.",
        "“The harbour will close in March and nobody will tell us why,” Sharing said.",
        "“The harbour will close in March and nobody will tell us why,” You said.",
    ],
)
def test_a_buttons_word_or_a_pronoun_is_no_speaker(text: str) -> None:
    assert {"Sharing", "You"}.isdisjoint(speakers(text))


@pytest.mark.parametrize(
    ("texts", "phrase"),
    [
        (("“The fleet is smaller than ever before,” the report said.",
          "“Most boats are older than thirty years,” it added."), "the report"),
        (("“She runs everything in that office,” said the source, who asked not to be named.",
          "“Nobody moves without her say,” the source added."), "the source"),
    ],
)  # fmt: skip
def test_a_document_or_a_source_is_named_as_written_and_marked_nominal(
    texts: tuple[str, ...], phrase: str
) -> None:
    result = found(*texts)
    assert result[0] == (phrase, "nominal")
    assert all(how == "nominal" for speaker, how in result if speaker == phrase)


def test_a_quote_chained_to_a_nominal_speaker_is_marked_nominal_too() -> None:
    first = "“The fleet is smaller than ever before,” the report said."
    second = "“Most boats are older than thirty years and none of them are insured.”"
    assert found(first, second) == [("the report", "nominal"), ("the report", "nominal")]


def test_a_quote_chained_to_a_named_speaker_is_marked_chain() -> None:
    first = "“The fleet is smaller,” Ann Cole said."
    second = "“Most boats are older than thirty years.”"
    assert found(first, second) == [("Ann Cole", "direct"), ("Ann Cole", "chain")]


def test_a_quote_interrupted_by_its_cue_is_attributed_once_directly() -> None:
    text = "“The fleet is smaller,” Ann Cole said. “Most boats are older than thirty years.”"
    assert found(text) == [("Ann Cole", "direct")]


# --- organisations resolved when the article names them ------------------------------------


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        (("Acme Corp. announced the closure of its harbour plant on Monday.",
          "“We regret the decision deeply,” the company said."), "Acme Corp"),
        (("The Harbour Commission published its findings on Monday.",
          "“The fleet has shrunk by half in ten years,” the commission said."),
         "Harbour Commission"),
    ],
)  # fmt: skip
def test_an_organisation_named_by_its_kind_is_resolved(
    texts: tuple[str, ...], speaker: str
) -> None:
    assert found(*texts) == [(speaker, "nominal")]


def test_an_unnamed_company_is_named_as_written() -> None:
    text = "“We regret the decision deeply,” the company said."
    assert found(text) == [("the company", "nominal")]


def test_a_country_after_a_posted_role_is_no_part_of_the_name() -> None:
    text = "China’s ambassador to Norway Li Wei said the talks were “a step in the right way.”"
    assert speakers(text) == ["Li Wei"]


def test_a_two_word_name_is_not_stretched_to_a_longer_run() -> None:
    texts = (
        "Delegates from Norway Li Wei had never met arrived on Monday.",
        "“The talks were a step in the right way,” Li Wei said.",
    )
    assert speakers(*texts) == ["Li Wei"]


@pytest.mark.parametrize(
    "text",
    [
        "The first thing you ask is “Is it too late for me to start?” Spoiler alert: it is not.",
        "1. Harbour Lines, “Home page, with every ferry and fare listed,” Accessed April 14, 2025.",
    ],
)
def test_words_after_a_quote_that_are_no_subject_and_verb_name_no_one(text: str) -> None:
    assert {"Spoiler", "Accessed April", "the first thing you"}.isdisjoint(speakers(text))


def test_a_short_name_is_not_given_an_organisations_run() -> None:
    texts = (
        "In a meeting with the editorial board of the Harbour Post Cole said the fleet was old.",
        "“We certainly can’t afford to do this anymore,” Cole said.",
        "Tom Cole spoke later in the day.",
    )
    assert speakers(*texts) == ["Tom Cole"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We will win,” the State Department's spokesman said.",
            "the State Department's spokesman",
        ),
        ("“We will win,” the company’s chief executive said.", "the company’s chief executive"),
        ("“We will win,” Obama’s former strategist said.", "Obama’s former strategist"),
        ("The company’s chief executive said: “We will win.”", "the company’s chief executive"),
    ],
)
def test_an_owned_role_is_named_with_its_whole_owner(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The ferries are late,” said Thomas W. Malone, who runs the port.", "Thomas W. Malone"),
        ("“The berths are full,” Ann B. C. Cole said.", "Ann B. C. Cole"),
        ("The line is “the best ferry line of the year,” according to J.D. Power.", "J.D. Power"),
        ("“We liked the crossing very much indeed,” said Neha R.", "Neha R."),
        ("“It was a calm crossing,” Erin H. said on Monday.", "Erin H."),
        ("“We sail at noon today,” said Ann Cole.", "Ann Cole"),  # a sentence's stop is not kept
    ],
)
def test_a_name_keeps_its_initials_full_stops(text: str, speaker: str) -> None:
    [quote] = find_quotes([Paragraph(text=text)])
    assert quote.speaker == speaker
