"""The whole post an appositive gives a speaker: its leading modifiers ("associate
professor") and the field it is of ("of bioengineering"), where the name comes before the
verb or after it, with or without an article; a place it is held at in lower case stays out."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes([Paragraph(text=text)])]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "“The tide tables are wrong,” said Rita Varga, associate professor of oceanography "
            "at Harbour University.",
            "associate professor of oceanography",
        ),
        (
            "“The tide tables are wrong,” said Rita Varga, an assistant professor of marine "
            "biology at Harbour University, on Monday.",
            "assistant professor of marine biology",
        ),
        (
            "Rita Varga, a research professor of oceanography at Quay College, said: “The tide "
            "tables are wrong.”",
            "research professor of oceanography",
        ),
        ("“The tide tables are wrong,” said Rita Varga, former director.", "former director"),
        (
            "“The tide tables are wrong,” said Rita Varga, director of communications.",
            "director of communications",
        ),
    ],
)
def test_the_whole_post_is_the_role(text: str, role: str) -> None:
    assert roles(text) == [("Rita Varga", role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A place in lower case with an article is where the post is held, not its field.
        ("“The tide tables are wrong,” said Rita Varga, head of the ferry office.", "head"),
        # A relative clause is no post's modifier.
        ("“The tide tables are wrong,” said Rita Varga, who is chairman of the board.", "chairman"),
    ],
)
def test_words_that_are_not_the_post_stay_out(text: str, role: str) -> None:
    assert roles(text) == [("Rita Varga", role)]
