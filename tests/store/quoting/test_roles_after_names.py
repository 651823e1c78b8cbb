"""Roles written after the name: in an appositive after a verb's subject ("said Ann Cole, a
senior minister"), with the body the post is held at ("founder of Harbour Watch", not cut to
"founder"), and in a signature ("— Ann Cole, founder of Harbour Watch"), on the quote's line
or the next. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def roles(*texts: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“The fees will fall,” said Ann Cole, a senior minister.", "senior minister"),
        (
            "“The fees will fall,” said Ann Cole, the finance minister, on Monday.",
            "finance minister",
        ),
        (
            "“The fees will fall,” said Ann Cole, founder of Harbour Watch.",
            "founder of Harbour Watch",
        ),
        (
            "“The fees will fall,” said Ann Cole, the founder of the Quay Trust, after the vote.",
            "founder of the Quay Trust",
        ),
        # Before the verb too, the body is kept with the post.
        (
            "Ann Cole, founder of Harbour Watch, said “the fees will fall.”",
            "founder of Harbour Watch",
        ),
        # A body in lower case is no name to keep: the post alone.
        ("“The fees will fall,” said Ann Cole, head of the ferry office.", "head"),
    ],
)
def test_a_post_apposed_to_the_name_is_its_role(text: str, role: str) -> None:
    assert roles(text) == [("Ann Cole", role)]


@pytest.mark.parametrize(
    "text",
    [
        # The appositive says no post.
        "“The fees will fall,” said Ann Cole, who lives by the quay.",
        # A clause after the comma, not an appositive.
        "According to Ann Cole, the fees will rise “within the year or sooner than that.”",
    ],
)
def test_no_role_where_the_words_after_the_name_name_no_post(text: str) -> None:
    [(speaker, role)] = roles(text)
    assert speaker == "Ann Cole" and role is None


def test_an_appositive_running_past_the_words_read_gives_no_role_cut_short() -> None:
    text = (
        "“The fees will fall,” said Ann Cole, founder of Harbour Watch Quay Ferry Trust "
        "Association Group Holdings, on Monday."
    )
    [(speaker, role)] = roles(text)
    assert speaker == "Ann Cole" and role in {None, "founder"}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["“We will act on the fees.”", "— Ann Cole, founder of Harbour Watch"],
            [("Ann Cole", "founder of Harbour Watch")],
        ),
        (
            ["“We will act on the fees.” — Ann Cole, harbour master."],
            [("Ann Cole", "harbour master")],
        ),
        (
            ["“We will act on the fees.” ― Ann Cole “Nobody asked us.” ― Bo Lee, fisher"],
            [("Ann Cole", None), ("Bo Lee", "fisher")],
        ),
        # A signature that is only a post names no one: the post is the speaker as written,
        # as "the company" is of "the company said" (store/quoting/signed_posts.py).
        (
            ["“We will act on the fees.”", "— Software engineer and organizer in Harbourtown"],
            [("Software engineer and organizer in Harbourtown", None)],
        ),
    ],
)
def test_a_signature_gives_the_post_after_the_name(
    texts: list[str], expected: list[tuple[str | None, str | None]]
) -> None:
    assert roles(*texts) == expected
