"""A "he" after a sentence about someone's thing ('Lee’s schedule was …') stands for that
owner, named nearer than the speaker before; an owner that is no sentence's subject is not."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.marks import Sentences
from store.quoting.owners import find_owners
from store.quoting.quotes import find_quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in paragraphs])]


@pytest.mark.parametrize(
    "last",
    [
        "Meanwhile, at the depot, Tom Reyes’s shift ran later. He said that “nobody was told "
        "about the change.”",
        "Tom Reyes's contract ran out in May. He said “the letter never came to my house.”",
        "In contrast, Reyes’s crew worked nights. “Nobody was told about the change,” he said.",
    ],
)
def test_he_after_a_sentence_about_an_owner_is_the_owner(last: str) -> None:
    first = "Bo Lee and Tom Reyes run the ferry. “We start at six every day,” Bo Lee said."
    assert speakers(first, last)[-1] == "Tom Reyes"


def test_an_object_owner_leaves_he_to_the_speaker() -> None:
    first = "Bo Lee and Tom Reyes run the ferry. “We start at six every day,” Bo Lee said."
    last = "Later the board praised Reyes’s crew. He said “the praise came too late for us.”"
    assert speakers(first, last)[-1] == "Bo Lee"


@pytest.mark.parametrize(
    ("text", "people", "expected"),
    [
        ("Cole’s plan failed.", {"cole"}, ["Cole"]),
        ("After the vote, Ann Cole's plan failed.", {"cole"}, ["Ann Cole"]),
        ("Cole’s plan failed.", {"lee"}, []),  # no one the article names in full
        ("The board rejected Cole’s plan.", {"cole"}, []),  # an object's owner
        ("Acme’s Plan failed.", {"acme"}, []),  # a capital after it: part of a name
    ],
)
def test_find_owners(text: str, people: set[str], expected: list[str]) -> None:
    found = find_owners(0, text, Sentences(text), people)
    assert [m.subject.text for m in found] == expected
