"""The key bar: the keys that matter fit the width, and help, quit and the palette always show."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import CaseFactory
from tests.tui.quote_docs import QUOTE_DOCS, link_variants
from tui.app import CaseBrowserApp, build_app
from tui.footer import KeyFooter
from tui.screenshots import settle

ALWAYS = "│ ? Help  q Quit  ^p Commands"
# Each pane's keys as the footer shows them, most important first; the keys pressed to get
# there from the documents list (the reader with a document open).
PANES: dict[str, tuple[tuple[str, ...], list[str]]] = {
    "documents": (
        (),
        ["⏎ Read", "/ Filter", "r Reviewed", "f Show", "s Sort", "S Reverse", "X Exclude"],
    ),
    "reader": (
        ("enter",),
        [
            "n Next quote",
            "y Copy",
            "e Speaker",
            "+ Add quote",
            "x Not a quote",
            "R Other report",
            "r Reviewed",
            "a Note",
            "t Tags",
            "c Style",
            "[ Previous",
            "] Next",
            "o Open URL",
            "v Raw text",
        ],
    ),
    "quotes": (
        ("3",),
        [
            "⏎ Open",
            "/ Search",
            "y Copy",
            "s Star",
            "a Note",
            "e Speaker",
            "x Not a quote",
            "c Style",
            "* Starred",
            "X Excluded",
            "@ Speakers",
            "r Other report",
        ],
    ),
    "timeline": (
        ("4",),
        [
            "⏎ Read",
            "/ Filter",
            "s Star",
            "* Starred",
            "p Publications",
            "X Excluded",
            "u Durations",
            "e Export",
        ],
    ),
}


@pytest.fixture
def variant_case(make_case: CaseFactory) -> Path:
    """Quotes reported by more than one article, so that `r` has somewhere to go."""
    path = make_case(QUOTE_DOCS)
    link_variants(path)
    return path


def footer_line(app: CaseBrowserApp) -> str:
    footer = app.screen.query_one(KeyFooter)
    return "".join(segment.text for segment in footer.render_line(0))


def pane_keys(line: str) -> list[str]:
    """The pane's keys on the footer line, left of the always-shown ones."""
    return [key.strip() for key in line.split("│")[0].split("  ") if key.strip()]


@pytest.mark.parametrize("width", [80, 100, 120, 160, 200])
async def test_help_quit_and_the_palette_always_show_and_the_least_important_keys_go_first(
    variant_case: Path, width: int
) -> None:
    app = build_app(variant_case)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for pane, (keys, order) in PANES.items():
            for key in keys:
                await pilot.press(key)
                await settle(pilot)
            line = footer_line(app)
            assert len(line) == width and line.endswith(ALWAYS), (pane, line)
            shown = pane_keys(line)
            assert shown == order[: len(shown)], (pane, line)  # a prefix: the rest dropped
            if width >= 200:  # the reader's fourteen keys need more than 160 columns
                assert shown == order, (pane, line)
            elif len(shown) < len(order):  # dropped only what did not fit: " k Desc " each
                used = sum(len(key) + 2 for key in shown)
                assert used + len(order[len(shown)]) + 2 > width - len(ALWAYS), (pane, line)
            await pilot.press("1")
            await settle(pilot)


async def test_a_narrow_footer_keeps_the_always_shown_keys_clickable(variant_case: Path) -> None:
    app = build_app(variant_case)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        line = footer_line(app)
        for label, key in (("? Help", "question_mark"), ("q Quit", "q"), ("^p Commands", "ctrl+p")):
            painted = footer.key_at(line.index(label))
            assert painted is not None and painted.key == key, label
        assert footer.key_at(len(line) - 1) is not None  # the last cell is the palette's
