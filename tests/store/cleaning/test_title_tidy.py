"""Titles lose the marks they picked up on the way: heading marks, dangling separators and
invisible characters."""

from __future__ import annotations

import pytest

from store.cleaning.meta import tidy_title
from store.ingest.extract import extract_document
from store.models import RawDoc


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("## Lunar soil binders for road building", "Lunar soil binders for road building"),
        ("# Ferry fares", "Ferry fares"),
        ("The 9 best tide tables of 2024 |", "The 9 best tide tables of 2024"),
        ("Harbour report –", "Harbour report"),
        ("» Quarry closes early", "Quarry closes early"),
        ("Look after your hedges\u200b | Garden Weekly", "Look after your hedges | Garden Weekly"),
        ("\ufeffWind\u00adfarm opens", "Windfarm opens"),
        ("  Spaces   inside\tthe title ", "Spaces inside the title"),
    ],
)
def test_marks_come_off(title: str, expected: str) -> None:
    assert tidy_title(title) == expected


@pytest.mark.parametrize(
    "title",
    ["#1 hits of the summer", "Rock-n-roll revival", "Q&A: the mayor answers", "C# in a week"],
)
def test_marks_inside_a_title_stay(title: str) -> None:
    assert tidy_title(title) == title


@pytest.mark.parametrize("title", [None, "", "\u200b", "   "])
def test_nothing_left_is_no_title(title: str | None) -> None:
    assert tidy_title(title) is None


def test_a_document_s_title_is_tidied() -> None:
    raw = RawDoc(
        path="/a.md",
        format="markdown",
        text="The council met on Monday to agree the ferry fares for the year.",
        title="### Ferry fares agreed\u200b |",
        content_hash="x",
    )
    assert extract_document(raw).title == "Ferry fares agreed"
