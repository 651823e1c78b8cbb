"""Quotes signed with a post and no name ("— Embedded systems engineer at a startup"), as
surveys and testimonials sign them: the post is the speaker as the text writes it, not
"unknown"; a name's signature and a dash before other words stay as they were."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes
from store.quoting.signed_posts import post_signature_cues


def speakers(*texts: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.how) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        (
            ['"The ferry app saves me an hour every week." -- Harbour pilot working nights'],
            None,  # "pilot" names no post the lexicon knows: no speaker invented
        ),
        (
            ["“The ferry app saves me an hour every week.” — Senior engineer at a ferry firm."],
            "Senior engineer at a ferry firm",
        ),
        (
            ['"The ferry app saves me an hour every week." - Data analyst, port authority'],
            "Data analyst, port authority",
        ),
        (
            ["“The ferry app saves me an hour every week.”", "— Product manager at a startup"],
            "Product manager at a startup",
        ),
        (
            ["“The ferry app saves me an hour every week.” — Maintainer of two open libraries"],
            "Maintainer of two open libraries",
        ),
    ],
)
def test_a_post_signing_a_quote_is_its_speaker(texts: list[str], speaker: str | None) -> None:
    assert speakers(*texts) == [(speaker, "layout" if speaker else None)]


def test_a_name_signing_a_quote_keeps_the_name() -> None:
    text = "“The ferry app saves me an hour every week.” — Ann Cole, product manager at Quayside"
    assert speakers(text) == [("Ann Cole", "layout")]


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry app saves me an hour.” — Read more about the app here.",
        "“The ferry app saves me an hour.” — Photo by a reader at the quay.",
        "“The ferry app saves me an hour.” — The Harbour Engineer Weekly",  # capitals: a name
    ],
)
def test_a_dash_before_words_naming_no_post_signs_nothing(text: str) -> None:
    assert post_signature_cues(0, text) == []
