"""Links a converter ran into the word or link before them are set apart by a space."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.link_edges import space_glued_links


def texts(markdown: str) -> list[str]:
    return [block.text for block in markdown_blocks(markdown)]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        (
            "Fill half your meal[vegetables](https://x.org/v) first.",
            "Fill half your meal vegetables first.",
        ),
        ("Book a demo[Not sure? Ask us](/ask)", "Book a demo Not sure? Ask us"),
        ("[Kazba](/eat/kazba)[Above](/eat/above)", "Kazba Above"),
        ("Rooms: [One](/1)[Two](/2)[Three](/3)", "Rooms: One Two Three"),
        ("Café[Menü](/m)", "Café Menü"),
    ],
)
def test_a_glued_link_is_set_apart(markdown: str, kept: str) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize(
    "markdown",
    [
        "the [harbour](/h) office and [ferries](/f).",
        "array[i] and a[b] without targets",
        "Code `a[b](c)` stays.",
        "```\nx[y](z)\n```",
        "In 2024[note](/n) a digit is no word.",
        "[Cla](/c)[s](/c)[ses](/c) split by the page's markup",
    ],
)
def test_links_with_their_spaces_and_code_stay_as_written(markdown: str) -> None:
    assert space_glued_links(markdown) == markdown


def test_a_word_split_into_links_to_one_page_stays_one_word() -> None:
    assert texts("The [University o](/mba)[f](/mba) [Minnesota](/mba) offers") == [
        "The University of Minnesota offers"
    ]
