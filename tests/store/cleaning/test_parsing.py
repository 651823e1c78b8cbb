"""Reading crawler markdown into blocks: nothing of the page's text lost or misread."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.clean import clean

PROSE = (
    "The council voted on the budget after a long debate about the new library, and the "
    "mayor said the vote settled a question the town had argued over for years."
)


@pytest.mark.parametrize(
    "target",
    ["javascript:void(0);", "javascript:void(0)", "javascript:;", "data:text/html,x", "vbscript:x"],
)
def test_links_to_script_and_data_targets_are_links(target: str) -> None:
    [block] = markdown_blocks(f"[Facebook]({target}) [Twitter]({target})")
    assert block.text == "Facebook Twitter"
    assert [text for text, _ in block.links] == ["Facebook", "Twitter"]
    assert block.link_density > 0.9


@pytest.mark.parametrize(
    "image",
    [
        "![jam](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E)",
        "![](data:image/svg+xml;charset=utf-8,%3Csvg%3E)",
        "![a chart](data:image/png;base64,iVBORw0KGgo=)",
    ],
)
def test_inline_pictures_leave_no_text(image: str) -> None:
    blocks = markdown_blocks(f"{image}\n\n{PROSE}")
    assert [block.text for block in blocks] == [PROSE]
    assert blocks[0].after_image


def test_a_share_row_of_script_links_is_dropped() -> None:
    share = "[Facebook](javascript:void(0);) [X](javascript:void(0);) [Email](javascript:;)"
    assert [p.text for p in clean(f"{PROSE}\n\n{share}\n").paragraphs] == [PROSE]


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("because <The Palace: Tale of Jang Noksu> was", "<The Palace: Tale of Jang Noksu>"),
        ("press <Ctrl> and <Enter> together", "<Ctrl> and <Enter>"),
        ("the novel <Kim Jiyoung, Born 1982> sold well", "<Kim Jiyoung, Born 1982>"),
    ],
)
def test_titles_in_angle_brackets_are_text_not_tags(written: str, kept: str) -> None:
    [block] = markdown_blocks(f"It was {written}, they said.")
    assert kept in block.text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("a <b>bold</b> word", "a bold word"),
        ("one<br>two", "one two"),
        ("x <span class='k'>y</span> <my-widget data-x='1'>z</my-widget>", "x y z"),
        ("a <!-- note --> b", "a b"),
    ],
)
def test_real_html_tags_still_go(html: str, text: str) -> None:
    [block] = markdown_blocks(html)
    assert block.text == text


def test_a_title_in_angle_brackets_alone_on_a_line_is_kept() -> None:
    blocks = markdown_blocks(f"<The Palace: Tale of Jang Noksu>\n\n{PROSE}")
    assert blocks[0].text == "<The Palace: Tale of Jang Noksu>"


def test_table_rows_keep_cells_past_the_header() -> None:
    markdown = "| Name |\n| --- |\n| Ada | Lovelace | 1815 |\n| Alan |\n"
    rows = [block.text for block in markdown_blocks(markdown)]
    assert rows == ["Name", "Ada | Lovelace | 1815", "Alan"]


def test_extra_cells_keep_their_links_and_escaped_pipes() -> None:
    markdown = "| a |\n| --- |\n| b | see [the map](/map) | x \\| y |\n"
    [_, row] = markdown_blocks(markdown)
    assert row.text == "b | see the map | x | y"
    assert row.links == [("the map", "/map")]


def test_a_layout_table_holding_an_article_gives_each_column_its_own_block() -> None:
    article = " ".join([PROSE] * 5)
    sidebar = "[Archive](/a) [2014](/2014) [2015](/2015)"
    markdown = f"| |\n| --- |\n| {article} | {sidebar} |\n"
    blocks = markdown_blocks(markdown)
    assert [block.text for block in blocks] == [article, "Archive 2014 2015"]
    assert blocks[1].link_density > 0.8
    assert [p.text for p in clean(markdown).paragraphs] == [article]


def test_a_data_table_stays_row_by_row() -> None:
    markdown = "| Year | Ferries |\n| --- | --- |\n| 2019 | 12 |\n| 2020 | 9 |\n"
    assert [b.kind for b in markdown_blocks(markdown)] == ["row", "row", "row"]
