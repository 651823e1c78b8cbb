"""What a page's layout does to its text, undone in the parsed page before its article is read.

Three habits of real pages lose or garble words once the markup is read without the styles
that lay it out:
- a table used to lay the page out (an old blog's one-cell table around the whole article)
  is read as a data table, every paragraph of the article flattened into one cell;
- a drop cap set apart in an element of its own ("D" beside "uring the pandemic") is left
  behind by the reader, or counted as a word of its own;
- a line break that ends a bold lead-in (`<strong>The concepts<br></strong>We design…`) is
  dropped with the empty end of its element, gluing the lead-in to the next word.
Each is undone in place, so the article reader sees the page as a browser shows it.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no types

# A cell holding a page's prose: several blocks and many words. A data table's cell holds a
# value, a phrase or a short list; one that holds paragraphs and this many words is a column of
# the page (the cleaner's LAYOUT_CELL_WORDS reads crawler markdown the same way).
LAYOUT_CELL_BLOCKS = 2
LAYOUT_CELL_WORDS = 80
_PROSE_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"}
)
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})
# Elements a line break can sit at the end of while the text goes on after them.
_INLINE = frozenset({"a", "b", "strong", "i", "em", "u", "span", "font", "small", "mark", "cite"})
_CODE = frozenset({"script", "style", "pre", "code", "textarea", "template"})
# Where a letter alone is a label (an index's "A", a list's "B"), not the start of a word.
_LABELS = frozenset({"li", "dt", "dd", "td", "th", "a", "label", "button", "sup", "sub", "nav"})


def undo_layout(tree: HtmlElement) -> None:
    """Undo, in `tree`, what the page's layout does to its text (see the module's note)."""
    unwrap_layout_tables(tree)
    join_drop_caps(tree)
    lift_end_breaks(tree)


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Tables that lay the page out become plain blocks: each row and cell a `div`, so the
    paragraphs in a cell are read as paragraphs. A table nested in one is judged on its own."""
    layout = [table for table in tree.iter("table") if _lays_out(table)]
    for table in layout:
        for part in [table, *_own_parts(table)]:
            part.tag = "div"
            for name in ("colspan", "rowspan", "role"):
                part.attrib.pop(name, None)


def _lays_out(table: HtmlElement) -> bool:
    if (table.get("role") or "").lower() in {"presentation", "none"}:
        return True
    return any(_holds_prose(cell) for cell in _own_parts(table) if cell.tag in {"td", "th"})


def _own_parts(table: HtmlElement) -> list[HtmlElement]:
    """The table's sections, rows and cells, not those of a table nested in a cell."""
    parts = []
    for section in table:
        if not isinstance(section.tag, str) or section.tag not in _TABLE_PARTS:
            continue
        parts.append(section)
        rows = [section] if section.tag == "tr" else [r for r in section if r.tag == "tr"]
        parts.extend(row for row in rows if row is not section)
        parts.extend(cell for row in rows for cell in row if cell.tag in {"td", "th"})
    return parts


def _holds_prose(cell: HtmlElement) -> bool:
    blocks = [el for el in cell.iter(*_PROSE_BLOCKS) if not _in_nested_table(el, cell)]
    if len(blocks) < LAYOUT_CELL_BLOCKS:
        return False
    return len(cell.text_content().split()) >= LAYOUT_CELL_WORDS


def _in_nested_table(element: HtmlElement, cell: HtmlElement) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not cell:
        if parent.tag == "table":
            return True
        parent = parent.getparent()
    return False


def join_drop_caps(tree: HtmlElement) -> None:
    """A capital letter alone in its element, whose text goes on right after it in lower case
    ("D" + "uring"), is put back at the start of that text."""
    texts = tree.xpath("//body//text()[normalize-space()]")
    for letter, rest in itertools.pairwise(texts):
        holder = letter.getparent()
        if not (letter.is_text and len(holder) == 0 and _is_drop_cap(str(letter), str(rest))):
            continue
        if holder.tag in _CODE or rest.getparent().tag in _CODE or _labels(holder):
            continue
        holder.text = ""
        target = rest.getparent()
        if rest.is_text:
            target.text = str(letter).strip() + str(rest)
        else:
            target.tail = str(letter).strip() + str(rest)


def _labels(holder: HtmlElement) -> bool:
    return holder.tag in _LABELS or any(up.tag in _LABELS for up in holder.iterancestors())


def _is_drop_cap(letter: str, rest: str) -> bool:
    """Whether `letter` is one capital set apart from the word `rest` goes on with: `rest`
    starts at once with a small letter (a word after a space is a word of its own)."""
    letter = letter.strip()
    return len(letter) == 1 and letter.isupper() and rest[:1].islower()


def lift_end_breaks(tree: HtmlElement) -> None:
    """A line break that ends an inline element is moved out after it, so the break stays
    between the element's text and the text after it."""
    for br in list(tree.iter("br")):
        parent = br.getparent()
        while (
            parent is not None
            and parent.tag in _INLINE
            and br is parent[-1]
            and not (br.tail or "").strip()
            and parent.getparent() is not None
        ):
            br.tail, parent.tail = parent.tail, None
            parent.addnext(br)
            parent = br.getparent()
