"""trafilatura's tables without a header row are given the dashes markdown needs: each row
is read as a row, not run into one paragraph of bars."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.ingest.markdown_tables import delimit_tables


def rows(markdown: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in markdown_blocks(delimit_tables(markdown))]


def test_rows_without_a_header_are_read_as_rows() -> None:
    markdown = "Sony\n\n| Headquarters: | Tokyo, Japan | \n| Founded: | 1946 | \n\nMore text."
    assert rows(markdown) == [
        ("para", "Sony"),
        ("row", "Headquarters: | Tokyo, Japan"),
        ("row", "Founded: | 1946"),
        ("para", "More text."),
    ]


def test_a_table_right_under_a_paragraph_line_is_a_table() -> None:
    assert rows("Prices:\n| Ferry | $5 |\n| Bus | $2 |") == [
        ("para", "Prices:"),
        ("row", "Ferry | $5"),
        ("row", "Bus | $2"),
    ]


def test_each_of_two_tables_gets_its_own_dashes() -> None:
    markdown = "| a | b |\n| c | d |\n\nBetween.\n\n| e | f | g |"
    assert delimit_tables(markdown) == (
        "| a | b |\n| --- | --- |\n| c | d |\n\nBetween.\n\n| e | f | g |\n| --- | --- | --- |"
    )


@pytest.mark.parametrize(
    "markdown",
    [
        "| Platform | Cost |\n|---|---|\n| YouTube | $0.10 |",
        "| Platform | Cost |\n| :--- | ---: |\n| YouTube | $0.10 |",
        "No table here: a | b and c | d.",
        "```\n| code | block |\n```",
        "~~~\nprint('x')\n~~~\n\n| a | b |\n|---|---|",
    ],
)
def test_tables_with_dashes_and_other_text_are_left_alone(markdown: str) -> None:
    assert delimit_tables(markdown) == markdown


def test_an_escaped_bar_in_a_cell_is_no_cell_border() -> None:
    assert delimit_tables("| a \\| b | c |") == "| a \\| b | c |\n| --- | --- |"
