"""A quote captioned by the next paragraph, a name and its post with no dash ("Ann Cole,
CEO of Quay Ferries (during the May 2 earnings call)"), is that person's, with the post as
the role; a paragraph of a name and words naming no post captions nothing."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.layout import caption_cues
from store.quoting.quotes import find_quotes

QUOTE = "“Ferry traffic doubled this spring, and we expect the summer to be busier still.”"


def said(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.role, q.how) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("caption", "role"),
    [
        ("Ann Cole, CEO of Quay Ferries (during the May 2 earnings call)", "CEO of Quay Ferries"),
        ("Ann Cole, chief executive officer, Quay Ferries", "chief executive officer"),
        ("Ann Cole, ferry company founder.", "ferry company founder"),
    ],
)
def test_a_caption_names_the_quote_s_speaker_and_role(caption: str, role: str) -> None:
    assert said("Key quote", QUOTE, caption) == [("Ann Cole", role, "layout")]


@pytest.mark.parametrize(
    "caption",
    [
        "Paris, Texas",  # a place, no post
        "Ann Cole, Bo Lee and Tom Reyes",  # a list of names
        "Ann Cole, who runs the ferry, disagreed.",  # a sentence
    ],
)
def test_words_naming_no_post_caption_nothing(caption: str) -> None:
    assert caption_cues(0, caption) == []


def test_a_quote_with_its_own_cue_keeps_it() -> None:
    quote = "“Ferry traffic doubled this spring,” Bo Lee said."
    assert said(quote, "Ann Cole, CEO of Quay Ferries")[0][0] == "Bo Lee"
