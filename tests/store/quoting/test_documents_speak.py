"""Words of a document or a charge are not a person's: a filing that "says" speaks for itself,
a plea names a charge, a quote inside a sentence of narration takes no speaker from the
sentence before, and a text "that said" is the words of the name it came from. Sentences
written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Port of Dover indictment says the crew would, “load the boats and then "
            "raise the fares at the dock.”",
            "the Port of Dover indictment",
        ),
        (
            "The Bureau of Harbours report says that the ferries were, “late on nine days "
            "out of ten.”",
            "the Bureau of Harbours report",
        ),
    ],
)
def test_a_document_named_with_of_speaks_through_says(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole spoke first. In 2021, Cole pleaded guilty to “theft of harbour funds and "
        "forged receipts”.",
        "Tom Lee runs the docks. Last May, Lee pleaded not guilty to “wilful damage to a "
        "public ferry”.",
    ],
)
def test_a_plea_names_a_charge_that_no_one_said(text: str) -> None:
    assert speakers(text) == [None]


def test_the_speaker_before_does_not_go_on_into_a_sentence_of_narration() -> None:
    found = speakers(
        "“We will not sell the ferry to anyone,” asked Pineda, as Cole stayed in her car.",
        "In 2019, Cole pleaded guilty to “conspiracy to commit harbour fraud and theft”.",
    )
    assert found == ["Pineda", None]


def test_a_quote_opening_its_sentence_still_takes_the_speaker_before() -> None:
    found = speakers("Mayor Ann Cole spoke at noon. “We will keep every berth open this year.”")
    assert found == ["Ann Cole"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But we did receive a text from her husband, Joe Hale that said, “My wife has "
            "nothing to do with the harbour.”",
            "Joe Hale",
        ),
        (
            "The paper printed an email from its owner, Ann Cole which said “the berths will "
            "stay open all winter.”",
            "Ann Cole",
        ),
    ],
)
def test_a_text_that_said_is_the_words_of_the_name_before_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_thing_that_said_is_not_taken_for_its_author() -> None:
    # "a piece that said": the piece is no name, and the writer of the piece is not known.
    [speaker] = speakers(
        "Ann Cole spoke. The Harbour Times ran a piece that said “the ferries are late every "
        "single day.”"
    )
    assert speaker != "a piece"
