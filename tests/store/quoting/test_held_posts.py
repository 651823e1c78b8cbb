"""A post held at a body, given after the name ("Ann Cole, a lecturer at Quay College"):
kept with its body, up to where a second post joins it, and kept when a lost space glued the
name to the cue before it ("according toAnn Cole"). Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.appositives import appositive_role
from store.quoting.quotes import find_quotes
from store.quoting.tokens import tokenize

LINE = "“The tides have moved the sandbar further every single winter,” Cole said."


def roles(*texts: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "intro",
    [
        "The survey holds up, according to Ann Cole, a lecturer at Quay College.",
        "The survey holds up, according toAnn Cole, a lecturer at Quay College.",
        "The survey holds up, according to Ann Cole, a lecturer at Quay College and head of "
        "research at Harbour Watch, which studies the coast.",
        "The survey holds up, according toAnn Cole, a lecturer at Quay College and director "
        "of the tide office.",
    ],
)
def test_a_post_at_a_body_stays_with_the_name(intro: str) -> None:
    assert roles(intro, LINE) == [("Ann Cole", "lecturer at Quay College")]


@pytest.mark.parametrize(
    ("appositive", "role"),
    [
        ("a lecturer at Quay and Pier College", "lecturer at quay and pier college"),
        ("a lecturer at Quay College and head of research", "lecturer at quay college"),
        ("a lecturer at Quay College or an adviser to it", "lecturer at quay college"),
        ("founder of Harbour Watch", "founder of harbour watch"),
    ],
)
def test_a_second_post_ends_the_body_of_the_first(appositive: str, role: str) -> None:
    assert appositive_role(tokenize(appositive)) == role


def test_a_lecturer_is_a_post() -> None:
    line = "“The sandbar moves every winter,” said Ann Cole, a lecturer."
    assert roles(line) == [("Ann Cole", "lecturer")]
