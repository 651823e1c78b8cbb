"""A sentence's subject whose verb is one of being, getting or knowing says nothing by it:
"The firm was put to the test", "The chatbot got cagey about “…”", "The agent understood
…". Its quote is no one's, or the words of whoever a verb of saying names. A subject whose
verb does something to words still speaks ("Cole fired back at “…”"). Sentences written for
the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        "Harbourbot got cagey, giving evasions about “typical crossing times for the season.”",
        "Quay Movers was put to the test by the Lees. Their week with Quay was all they wanted: "
        "“quick, calm and cheap.”",
        "Tidewise Pro understood the task at first, then kept stopping at “nothing to do here.”",
        "Ferrylink is “the one app every skipper opens before leaving the harbour.”",
        "Harbour Lines knew “a late ferry every single week” would cost it riders.",
    ],
)
def test_a_subject_that_is_or_gets_or_knows_says_nothing(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Cole fired back at critics, calling the plan “a gift to the ferry lobby.”",
            "Ann Cole",
        ),
        ("Ann Cole vowed to “fight for every berth on this coast.”", "Ann Cole"),
        (
            "Harbour Lines called the fare rise “a fair price for a safer crossing.”",
            "Harbour Lines",
        ),
    ],
)
def test_a_subject_that_does_something_with_words_still_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_verb_of_saying_after_a_silent_subject_names_the_speaker() -> None:
    text = "Ann Cole was at the quay. “The ferries will run all winter,” Tom Lee said."
    assert speakers(text) == ["Tom Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A firm that is acted on says nothing; one described by a verb of being may.
        ("Quay Movers was hired by the Lees, who wanted it “quick, calm and cheap.”", None),
        (
            "Harbour Lines was blunt in its notice: “No ferry will sail before the spring.”",
            "Harbour Lines",
        ),
        # A person's passive stays theirs: "was quoted as", "was heard".
        ("Ann Cole was heard telling crews it was “the worst winter in forty years.”", "Ann Cole"),
    ],
)
def test_a_passive_silences_a_firm_not_a_person(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]
