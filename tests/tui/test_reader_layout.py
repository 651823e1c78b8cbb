"""The reader's line arithmetic: block heights, where each starts, and pieces of huge text."""

from __future__ import annotations

import random
from itertools import pairwise

from textual.content import Content

from store.safe_text import make_visible
from tui.panes.reader.layout import LineIndex, estimated_lines, piece_bounds, wrapped_line_count
from tui.panes.reader.raw_view import line_pieces


def starts_of(heights: list[int]) -> list[int]:
    return [sum(heights[:block]) for block in range(len(heights))]


def test_the_line_index_finds_the_block_at_every_line() -> None:
    heights = [1, 0, 3, 2, 0, 0, 5, 1]
    index = LineIndex(heights)
    assert index.total == 12
    assert [index.top(block) for block in range(len(heights))] == starts_of(heights)
    located = [index.locate(line) for line in range(index.total)]
    assert located == [
        (0, 0),
        (2, 0),
        (2, 1),
        (2, 2),
        (3, 0),
        (3, 1),
        (6, 0),
        (6, 1),
        (6, 2),
        (6, 3),
        (6, 4),
        (7, 0),
    ]  # blocks of no height are never found
    assert index.locate(500) == (7, 0)  # past the end: the last line


def test_the_line_index_follows_changed_heights() -> None:
    generator = random.Random(7)
    heights = [generator.randint(0, 4) for _ in range(1000)]
    index = LineIndex(heights)
    for _ in range(300):
        block, height = generator.randrange(len(heights)), generator.randint(0, 9)
        assert index.set_height(block, height) == height - heights[block]
        heights[block] = height
    assert index.total == sum(heights)
    starts = starts_of(heights)
    for block in generator.sample(range(len(heights)), 50):
        assert index.top(block) == starts[block]
        if heights[block]:
            assert index.locate(starts[block] + heights[block] - 1) == (block, heights[block] - 1)


def test_an_empty_index_has_no_lines() -> None:
    index = LineIndex([])
    assert index.total == 0 and len(index) == 0 and index.locate(3) == (0, 0)


def test_huge_text_is_cut_after_spaces_and_ordinary_text_is_not() -> None:
    assert piece_bounds("short paragraph", size=100) == [0, 15]
    text = "word " * 100
    bounds = piece_bounds(text, size=64)
    assert bounds[0] == 0 and bounds[-1] == len(text)
    pieces = [text[start:end] for start, end in pairwise(bounds)]
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= 64 and piece.endswith(" ") for piece in pieces)
    unbroken = "x" * 200  # no space to cut after: cut anyway
    assert piece_bounds(unbroken, size=64) == [0, 64, 128, 192, 200]


def test_raw_text_is_cut_into_lines_and_long_lines_into_pieces() -> None:
    text = "one\n\nthree\n" + "y" * 20_000
    starts, ends = line_pieces(text)
    pieces = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    assert pieces[:4] == ["one", "", "three", "y" * 8192]
    assert "".join(pieces[3:]) == "y" * 20_000


def test_estimates_are_at_least_a_line() -> None:
    assert estimated_lines(0, 80) == 1
    assert estimated_lines(80, 84) == 1
    assert estimated_lines(1000, 84) == 13


def random_text(generator: random.Random) -> str:
    """Text of every shape a paragraph or a raw line may take: runs of spaces, words longer
    than a line, wide and zero-width characters, tabs, line breaks and control characters."""
    pieces = [
        "word",
        "a",
        " ",
        "   ",
        "x" * 30,
        "日本語の文",
        "😀",
        "e\u0301",
        "\u200b",
        "\t",
        "\n",
        "\x1b[31m",
        "[bold]",
        "“quoted,”",
        "-",
    ]
    return "".join(generator.choice(pieces) for _ in range(generator.randrange(0, 60)))


def test_the_line_count_is_what_wrapping_gives() -> None:
    generator = random.Random(11)
    texts = ["", " ", "one", "trailing  ", "  leading", "\n", "a\n\nb", "tab\there"]
    texts += [random_text(generator) for _ in range(150)]
    for text in texts:
        for visible in (text, make_visible(text)):
            for width in (1, 4, 20, 84):
                assert wrapped_line_count(visible, width) == len(Content(visible).wrap(width)), (
                    visible,
                    width,
                )
