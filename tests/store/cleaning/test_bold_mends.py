"""Bold marks a converter put where CommonMark reads them as text are moved where it reads them
as bold: no stars left in the text, no words run together."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.bold_mends import mend_bold


def texts(markdown: str) -> list[str]:
    return [block.text for block in markdown_blocks(markdown)]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("**Plan ahead.**Make a list first.", "Plan ahead. Make a list first."),
        ("**Pros:**Light and cheap.", "Pros: Light and cheap."),
        ("- **Tip (2024)**Book early.", "Tip (2024) Book early."),
        ("**Learn more! **", "Learn more!"),
        ("Call **the harbour office **today.", "Call the harbour office today."),
        ("** Note:** fares rise in May.", "Note: fares rise in May."),
        ("Say ** hello** now.", "Say hello now."),
        ("**Fill half the plate.  \n**Eat colours.", "Fill half the plate. Eat colours."),
        ("**Fill half the plate.\\\n**Eat colours.", "Fill half the plate. Eat colours."),
        ("**  \nPro tip:** check the fares.", "Pro tip: check the fares."),
        ("**\nNote:** fares rise.", "Note: fares rise."),
        ("Before the list **  \nKey point:** read it.", "Before the list Key point: read it."),
    ],
)
def test_bold_marks_out_of_place_leave_no_stars(markdown: str, kept: str) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize(
    "markdown",
    [
        "**Plan ahead.** Make a list first.",
        "A **bold** word and **two**, then ***three***.",
        "Stars in code: `**x.**y` stay.",
        "A lone ** mark, then **bold.**Yes",  # three marks: which closes is a guess
        "```\n**a.**b\n```",
        "The Tate’s**s** and the Gallery’**s overview**",
    ],
)
def test_well_placed_or_unclear_marks_are_left_as_written(markdown: str) -> None:
    assert mend_bold(markdown) == markdown


def test_each_paragraph_pairs_its_own_marks() -> None:
    markdown = "An odd ** star here.\n\n**Pros:**Light."
    assert mend_bold(markdown) == "An odd ** star here.\n\n**Pros:** Light."


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("**The concepts**We design food.", "The concepts We design food."),
        ("5. **Travel Apps**Assist with plans.", "5. Travel Apps Assist with plans."),
        (
            "Beat your competition**Competition** matters.",
            "Beat your competition Competition matters.",
        ),
        (
            "**Learn more about**[**Digital Access**](https://x.org)",
            "Learn more about Digital Access",
        ),
    ],
)
def test_a_bold_run_glued_to_a_capitalised_word_is_given_its_space(
    markdown: str, kept: str
) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize(
    "markdown",
    ["**Java**script and **bold**ness", "the **U**nited way", "A **bold** Word"],
)
def test_bold_glued_to_a_small_letter_or_digit_stays(markdown: str) -> None:
    assert mend_bold(markdown) == markdown
