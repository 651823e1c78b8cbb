"""The visible text of a page trafilatura finds no article in: blocks as a crawler writes them,
nothing hidden, nothing on the page read as markup."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.clean import clean
from store.ingest.page_text import escape, visible_markdown


def texts(html: str) -> list[str]:
    return [p.text for p in clean(visible_markdown(html)).paragraphs]


@pytest.mark.parametrize(
    "text",
    [
        "It's because <The Palace: Tale of Jang Noksu> was part of it",
        "2025. That was the year",
        "12) twelve",
        "# not a heading",
        "- not a list item",
        "> not a quote",
        "*stars* and _underscores_ and `ticks` and ~~tildes~~",
        "[not a link](https://example.org) and ![not a picture](x.png)",
        "Fish &amp; chips, a | b, back\\slash",
    ],
)
def test_escaped_text_reads_back_as_itself(text: str) -> None:
    blocks = markdown_blocks(escape(text))
    assert [(block.kind, block.text, block.links) for block in blocks] == [("para", text, [])]


def test_blocks_headings_items_and_rows_each_a_line() -> None:
    markdown = visible_markdown(
        "<html><body><h2>Opening hours</h2><ul><li>Monday</li><li>Tuesday</li></ul>"
        "<table><tr><td>Café</td><td>9–5</td></tr></table><p>One<br>Two</p></body></html>"
    )
    assert markdown.split("\n\n") == [
        "## Opening hours",
        "- Monday",
        "- Tuesday",
        "Café | 9–5",
        "One",
        "Two",
    ]


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>var secret = 1;</script>",
        "<style>.secret {}</style>",
        "<noscript>secret</noscript>",
        "<template><p>secret</p></template>",
        "<div hidden>secret</div>",
        "<div style='display: none'>secret</div>",
        "<span aria-hidden='true'>secret</span>",
        "<select><option>secret</option></select>",
    ],
)
def test_invisible_elements_give_no_text(hidden: str) -> None:
    markdown = visible_markdown(f"<html><body><p>Shown {hidden} here.</p></body></html>")
    assert "secret" not in markdown
    assert "Shown" in markdown and "here." in markdown


def test_links_keep_their_targets_and_their_text_is_data() -> None:
    markdown = visible_markdown(
        "<html><body><p>See <a href='/a path/(1)'>the *rules*</a> today.</p></body></html>"
    )
    (block,) = clean(markdown).paragraphs
    assert block.text == "See the *rules* today."
    assert "/apath/(1)" in markdown


def test_menus_of_a_page_with_no_article_are_still_dropped() -> None:
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    found = texts(
        f"<html><body><nav><ul>{menu}</ul></nav><h1>Price list</h1>"
        "<p>Every ticket bought at the harbour office is valid for a whole day of crossings.</p>"
        "</body></html>"
    )
    assert found == [
        "Every ticket bought at the harbour office is valid for a whole day of crossings."
    ]


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<!-- only a comment -->"])
def test_pages_with_nothing_visible_give_no_text(html: str) -> None:
    assert visible_markdown(html).strip() == ""
