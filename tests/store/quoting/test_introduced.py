"""A name set off by a dash (or "from") before a colon introduces the quote after it, as
digests of other outlets' pieces write it. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Turnout rose again - Ann Cole: “The harbour towns voted late and in numbers.”",
         "Ann Cole"),
        ("FERRIES RETURN — Ivan P. Berg: “The first sailing leaves at eight on Monday.”",
         "Ivan P. Berg"),
        ("What it means – Tom Lee and Ines Okafor: “Nobody expected the quay to reopen.”",
         "Ines Okafor"),
        ("What the board thinks - More from Okafor: “We will not wait for the next storm.”",
         "Okafor"),
        ('Harbour costs - Ann Cole: "The bill will land on the ratepayers again."', "Ann Cole"),
    ],
)  # fmt: skip
def test_a_name_before_a_colon_after_a_dash_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # no dash or "from" before the name inside the paragraph: a label, not a speaker
        "The notice went up at noon at the Harbour Board: “The quay will close in March.”",
        # a role, not a name, after "from"
        "From the report: “The quay will close for six weeks in March.”",
        # a dash before a lower-case phrase
        "The plan - in short: “The quay will close for six weeks in March.”",
    ],
)
def test_no_name_set_off_by_a_dash_introduces_nothing(text: str) -> None:
    assert speakers(text) == [None]


def test_a_later_quote_keeps_its_own_cue() -> None:
    text = (
        "Harbour costs - Ann Cole: “The bill will land on the ratepayers again.” "
        "“We disagree with that,” Tom Lee said."
    )
    assert speakers(text) == ["Ann Cole", "Tom Lee"]


def test_a_name_before_a_colon_is_marked_as_named_by_the_layout() -> None:
    [quote] = find_quotes(
        [Paragraph(text="Harbour costs - Ann Cole: “The bill will land on the ratepayers again.”")]
    )
    assert (quote.speaker, quote.how) == ("Ann Cole", "layout")
