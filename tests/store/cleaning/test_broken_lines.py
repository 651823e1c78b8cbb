"""A page's text laid out with line breaks instead of paragraphs is read a line a block; a
short run of lines (an address, a verse) stays one paragraph."""

from __future__ import annotations

from store.cleaning.blocks import markdown_blocks

SENTENCE = "The ferry from the island ran two hours late on Monday because of the storm."


def blocks(markdown: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in markdown_blocks(markdown)]


def test_a_long_paragraph_of_broken_lines_is_a_paragraph_a_line() -> None:
    lines = [f"{SENTENCE} {SENTENCE}"] * 4 + ["Subscribe to our newsletter", "Close"]
    assert blocks("  \n".join(lines)) == [("para", line) for line in lines]


def test_a_backslash_break_splits_too() -> None:
    lines = [f"{SENTENCE} {SENTENCE} {SENTENCE}"] * 3
    assert blocks("\\\n".join(lines)) == [("para", line) for line in lines]


def test_a_short_run_of_lines_stays_one_paragraph() -> None:
    address = "Harbour Office  \n1 Quay Street  \nPort Isle"
    assert blocks(address) == [("para", "Harbour Office 1 Quay Street Port Isle")]


def test_one_break_in_a_long_paragraph_is_not_enough() -> None:
    text = f"{SENTENCE} {SENTENCE} {SENTENCE}  \n{SENTENCE} {SENTENCE} {SENTENCE}"
    assert len(blocks(text)) == 1


def test_soft_line_breaks_are_one_paragraph() -> None:
    text = "\n".join([f"{SENTENCE} {SENTENCE}"] * 4)
    assert len(blocks(text)) == 1


def test_a_break_inside_a_link_keeps_the_link_whole() -> None:
    long_line = f"{SENTENCE} {SENTENCE} {SENTENCE}"
    markdown = f"{long_line}  \n[Listen  \n3:51](https://example.org/a.mp3)  \n{long_line}  \nEnd"
    texts = [text for _, text in blocks(markdown)]
    assert texts == [long_line, "Listen 3:51", long_line, "End"]


def test_list_items_and_headings_are_not_split() -> None:
    item = "  \n".join([f"{SENTENCE} {SENTENCE}"] * 4)
    assert [kind for kind, _ in blocks(f"- {item}")] == ["item"]
