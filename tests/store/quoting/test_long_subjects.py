"""Subjects written long: an appositive holding a list with its own commas, a titled name
after an organisation whose name has a preposition in it, and one cue after two quotes joined
by "and". Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        # a list ending ", and …" (serial comma), ", or …", or "… and …" without one
        "The plan “will not fix the harbour overnight,” Ines Okafor, minister for ports, "
        "ferries, and fisheries, said on Tuesday.",
        "The plan “will not fix the harbour overnight,” Ines Okafor, head of ports, ferries, "
        "or fisheries, said.",
        "“It will not fix the harbour overnight,” Ines Okafor, head of housing, schools and "
        "roads, told reporters.",
        "“It will not fix the harbour overnight,” Ines Okafor, a mother of two, said.",
    ],
)
def test_an_appositive_with_a_list_inside_still_names_the_speaker(text: str) -> None:
    assert speakers(text) == ["Ines Okafor"]


def test_a_list_of_people_names_its_last() -> None:
    # Unchanged: the list is the subject, not an appositive; its last name is kept.
    assert speakers("“We will not wait,” Tom Lee, Ann Cole, and Ivan Berg said.") == ["Ivan Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "The Council on Harbour Relations Executive Director Ines Okafor says in a statement "
        "that the plan’s “costs have crossed every line we drew.”",
        "The Committee on Port Safety Chief Executive Ines Okafor said the plan’s “costs have "
        "crossed every line we drew.”",
    ],
)
def test_a_titled_name_after_an_organisation_with_a_preposition_speaks(text: str) -> None:
    assert speakers("“We are ready,” said Tom Lee.", text) == ["Tom Lee", "Ines Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        # a name with no role after a preposition is its object: not who speaks
        "An interview of Tom Lee on Harbour Radio said the plan’s “costs have crossed every "
        "line we drew.”",
        "A speech by Port Minister Ines Okafor said the plan’s “costs have crossed every line "
        "we drew.”",
    ],
)
def test_a_preposition_after_lower_case_words_still_governs(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize("joint", ["and", "or", "but", ", and", ", but"])
def test_quotes_joined_by_a_conjunction_share_the_cue_after_them(joint: str) -> None:
    text = (
        f"The quay is “a danger to every crew”{joint} “a cost the town cannot carry,” "
        "Ines Okafor told a packed hall on Tuesday evening."
    )
    assert speakers(text) == ["Ines Okafor", "Ines Okafor"]


def test_quotes_with_a_clause_between_keep_their_own_speakers() -> None:
    text = (
        "Tom Lee called the quay “a danger to every crew” while Ines Okafor called it "
        "“a cost the town cannot carry.”"
    )
    assert speakers(text) == ["Tom Lee", "Ines Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        # the appositive's closing comma is missing: the name after the preposition is its
        # object, the name before the appositive speaks
        "“We will not wait for the next storm,” Ines Okafor, who chairs Harbour Watch said.",
        "“We will not wait for the next storm,” Ines Okafor, the head of Harbour Watch told us.",
        "“We will not wait for the next storm,” Ines Okafor, a spokeswoman for Harbour Watch "
        "said in a statement.",
    ],
)
def test_an_appositive_missing_its_closing_comma_still_names_the_speaker(text: str) -> None:
    assert speakers(text) == ["Ines Okafor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name opening a clause after a preposition is no appositive's head
        ("In New Harbour, the mayor of Port Vale said “we will not wait for the storm.”",
         "Port Vale"),
        # the verb's own subject inside a relative clause is not overridden
        ("“We will not wait for the storm,” Ann Cole, who Tom Lee said was right, said.",
         "Ann Cole"),
        # a role's own preposition before the name: the name speaks
        ("“We will not wait for the storm,” the ambassador to Norway Li Wei said.", "Li Wei"),
    ],
)  # fmt: skip
def test_other_shapes_with_commas_and_prepositions_keep_their_speaker(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“It is a complicated category,” Callan Spicher, vice president of Spicher’s Appliance "
        "& Security told us.",
        "Callan Spicher, vice president of Spicher’s Appliance & Security told us: “It is a "
        "complicated category.”",
        "“We will vote,” Tom Lee, senior editor at The Harbour Times told reporters.",
        "“We grew fast,” Ann Cole, chief executive of Acme Holdings said.",
        "“We grew fast,” Ann Cole, director of the Acme Holdings Group said.",
    ],
)
def test_an_appositive_opening_with_a_post_and_missing_its_comma_names_the_person(
    text: str,
) -> None:
    assert speakers(text)[0] in {"Callan Spicher", "Tom Lee", "Ann Cole"}


def test_a_post_after_a_place_comma_opens_no_appositive() -> None:
    # "In Boston, director …": the words before the comma are a place, not a person.
    assert speakers("In Boston, director of the Council Mary Ray said “we will vote.”") == [
        "Mary Ray"
    ]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        (
            (
                "Clinique’s Senior Brand Engagement Manager, Lysis Bourget-Vennin, says the "
                "plan works.",
                "“We grew fast,” she said.",
            ),
            "Lysis Bourget-Vennin",
        ),
        (("“We grew fast,” said Acme’s Regional Sales Director, Tom Lee.",), "Tom Lee"),
        (("“We grew fast,” said Regional Sales Director, Tom Lee.",), "Tom Lee"),
        (("“We grew fast,” said the Regional Sales Director.",), "the Regional Sales Director"),
        (("“We grew fast,” said Tim Cook.",), "Tim Cook"),
        (("“We grew fast,” said Mike Judge.",), "Mike Judge"),
    ],
)
def test_a_post_in_capitals_is_a_role_and_the_name_beside_it_speaks(
    texts: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*texts)[-1] == speaker


def test_a_post_in_capitals_is_never_given_as_a_name() -> None:
    texts = (
        "According to Clinique’s Senior Brand Engagement Manager, Lysis Bourget-Vennin, that "
        "is the plan.",
        "“We focus on video,” she said at a webinar.",
    )
    assert speakers(*texts)[-1] != "Brand Engagement Manager"
