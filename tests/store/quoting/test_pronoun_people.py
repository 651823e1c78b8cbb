"""A personal pronoun stands for a person only: "he said" after a firm's name named last is
the person before it, not the firm. An article tells a firm by how it writes the name: after
"a" or "the", or as the body someone's role belongs to. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "texts",
    [
        # The firm is the body of the speaker's role.
        (
            "The chain will open forty cafes, said Oren Vastik, chief executive of Kettle Harbour.",
            "In the south, Kettle Harbour remains “a proper bakery,” he said on Monday.",
        ),
        # The firm is written after "a" elsewhere in the article.
        (
            "Oren Vastik runs the chain from Leeds.",
            "Visitors to a Kettle Harbour are greeted with warm bread.",
            "Kettle Harbour sells “bread that tastes of bread,” he said.",
        ),
        # ... or after "the".
        (
            "Oren Vastik opened the first shop in 2009.",
            "Shares in the Moss Quay, listed in Leeds, fell sharply.",
            "Moss Quay now faces “a hard winter for every trader,” he said.",
        ),
    ],
)
def test_he_passes_over_a_firm_to_the_person(texts: tuple[str, ...]) -> None:
    assert speakers(*texts) == ["Oren Vastik"]


def test_the_firm_is_what_it_stands_for() -> None:
    found = speakers(
        "Oren Vastik runs the chain from Leeds.",
        "Visitors to a Kettle Harbour are greeted with warm bread.",
        "Kettle Harbour expects “a record winter,” it said in a statement.",
    )
    assert found == ["Kettle Harbour"]


def test_a_gendered_first_name_after_the_is_still_a_person() -> None:
    # "the Donald Trump campaign": a first name says a person, whatever the article before it.
    found = speakers(
        "Aides to the Donald Trump campaign met in Ohio.",
        "Donald Trump spoke for an hour.",
        "“We will win this state,” he said.",
    )
    assert found == ["Donald Trump"]


def test_a_name_modifying_a_noun_after_the_is_still_a_person() -> None:
    # "the Orla Vance brand": a person's name may name a brand and stay hers.
    found = speakers(
        "Orla Vance launched the Orla Vance brand in 2015.",
        "“We sell coats that last,” she said.",
    )
    assert found == ["Orla Vance"]


def test_a_person_whose_role_names_no_body_stays_a_person() -> None:
    found = speakers(
        "Yinuo Sun, a baker, opened her shop in May.",
        "“The ovens never cool,” she said.",
    )
    assert found == ["Yinuo Sun"]


def test_a_firm_named_after_its_founder_leaves_her_a_person() -> None:
    found = speakers(
        "“Hosts want their guests at ease,” says Orla Vance, founder of Orla Vance Party "
        "Consultants.",
        "Bo Lee runs the rival firm.",
        "Expanding on this, Vance says dinners now look like home. “It is all about the "
        "table,” she reveals.",
    )
    assert found == ["Orla Vance", "Orla Vance"]


def test_a_title_run_into_a_name_is_no_body() -> None:
    # "secretary of State Cole": her title, not a post held at a body called "State Cole".
    found = speakers(
        "Ann Cole toured the port in May.",
        "Former secretary of State Cole backed the plan.",
        "There was, she said, “an implicit bargain with the unions.”",
    )
    assert len(found) == 1 and found[0] is not None and found[0].endswith("Cole")
