"""What a page's layout does to its text, undone before the article is read: layout tables,
drop caps, line breaks at the end of a bold lead-in."""

from __future__ import annotations

import lxml.html
import pytest

from store.ingest.page_layout import (
    join_drop_caps,
    lift_end_breaks,
    undo_layout,
    unwrap_layout_tables,
)

PROSE = " ".join(["The harbour ferry ran late again this week."] * 6)


def page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def tags(tree: lxml.html.HtmlElement) -> list[str]:
    return [element.tag for element in tree.iter() if isinstance(element.tag, str)]


def test_a_table_around_an_article_becomes_blocks() -> None:
    tree = page(
        "<table><tr><td><a href='/'>Home</a></td></tr><tr><td class='blog'>"
        f"<h3>Vibe Coding</h3><p>{PROSE}</p><p>{PROSE}</p></td></tr></table>"
    )
    unwrap_layout_tables(tree)
    assert not {"table", "tr", "td"} & set(tags(tree))
    assert [p.text for p in tree.iter("p")] == [PROSE, PROSE]
    assert tree.xpath("//div[@class='blog']/h3")[0].text == "Vibe Coding"


def test_a_table_marked_presentation_becomes_blocks() -> None:
    tree = page("<table role='presentation'><tr><td>Menu</td><td>Text</td></tr></table>")
    unwrap_layout_tables(tree)
    assert "table" not in tags(tree)


@pytest.mark.parametrize(
    "cell",
    [
        "Tokyo, Japan",
        "<p>Founded in 1946</p>",  # one paragraph: a value in a cell
        "<ul><li>Cheap</li><li>Fast</li></ul><p>Good value.</p>",  # blocks, but few words
        f"<p>{PROSE} {PROSE} {PROSE}</p>",  # many words, but one block
    ],
)
def test_a_data_table_stays_a_table(cell: str) -> None:
    tree = page(
        f"<table><tr><th>Name</th><th>Notes</th></tr><tr><td>Sony</td><td>{cell}</td></tr></table>"
    )
    unwrap_layout_tables(tree)
    assert tags(tree).count("td") == 2 and "table" in tags(tree)


def test_a_data_table_inside_a_layout_table_stays_a_table() -> None:
    tree = page(
        f"<table><tr><td><p>{PROSE}</p><p>{PROSE}</p>"
        "<table><tr><td>Sony</td><td>1946</td></tr></table></td></tr></table>"
    )
    unwrap_layout_tables(tree)
    tables = list(tree.iter("table"))
    assert len(tables) == 1 and [td.text for td in tables[0].iter("td")] == ["Sony", "1946"]


def test_a_layout_table_is_not_judged_by_the_paragraphs_of_a_table_inside_it() -> None:
    inner = f"<table><tr><td><p>{PROSE}</p><p>{PROSE}</p></td></tr></table>"
    tree = page(f"<table><tr><td>Sony</td><td>{inner}</td></tr></table>")
    unwrap_layout_tables(tree)
    assert tags(tree).count("table") == 1  # the inner one went; the outer holds no prose itself


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        ("<div class='first-letter'>D</div><div><p>uring the pandemic</p></div>", "During"),
        ("<p><span class='dropcap'>T</span>he ferry ran late.</p>", "The ferry"),
        ("<p><span>A</span><em>fter</em> the storm</p>", "After"),
    ],
)
def test_a_drop_cap_joins_its_word(body: str, starts: str) -> None:
    tree = page(body)
    join_drop_caps(tree)
    assert " ".join(tree.text_content().split()).startswith(starts)


@pytest.mark.parametrize(
    "body",
    [
        "<p><span>I</span> think so</p>",  # a word of one letter, then a space
        "<ul><li>A</li><li>B</li></ul><p>more</p>",  # letters that are labels
        "<p><b>X</b></p><p>Y and z</p>",  # the next text starts with a capital
        "<p><code>T</code>ype</p>",
    ],
)
def test_a_single_letter_that_is_no_drop_cap_stays(body: str) -> None:
    tree = page(body)
    before = lxml.html.tostring(tree)
    join_drop_caps(tree)
    assert lxml.html.tostring(tree) == before


@pytest.mark.parametrize(
    "body",
    [
        "<p><strong>The concepts<br></strong>We design</p>",
        "<p><b><em>The concepts<br/></em></b>We design</p>",
        "<p><a href='/x'>The concepts<br></a>We design</p>",
    ],
)
def test_a_break_ending_a_lead_in_stays_between_it_and_the_text(body: str) -> None:
    tree = page(body)
    lift_end_breaks(tree)
    paragraph = tree.find(".//p")
    assert [child.tag for child in paragraph][-1] == "br"
    assert paragraph[-1].tail == "We design"
    assert paragraph.text_content() == "The conceptsWe design"  # text order kept


def test_a_break_inside_a_lead_in_with_text_after_it_stays() -> None:
    tree = page("<p><strong>One<br>Two</strong> three</p>")
    lift_end_breaks(tree)
    assert tree.find(".//strong/br").tail == "Two"


def test_trafilatura_reads_the_article_of_a_layout_table_as_paragraphs() -> None:
    import trafilatura

    tree = page(
        "<table><tr><td><div><span class='first'>W</span><p>hen the ferry stopped, "
        f"{PROSE}</p><p><strong>Delays<br></strong>{PROSE}</p></div></td></tr></table>"
    )
    undo_layout(tree)
    text = trafilatura.extract(tree, output_format="markdown", include_tables=True) or ""
    assert text.startswith("When the ferry stopped")
    assert "|" not in text and "DelaysThe" not in text
