"""markdown-it's list rule done in one pass for the lists crawler pages are full of: menus and
lists of links, a line an item (store/cleaning/parser.py puts it before the list rule)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.rules_block import StateBlock

# A list item a line long whose text can only be a paragraph: a bullet, one space, then a
# letter, a link or picture, a parenthesis or quote, or bold text, with no "|" (a table's cell)
# and no "]:" (a link reference definition). A digit, a "#", ">", "<", a fence or another bullet
# there would open another block inside the item.
_SIMPLE_ITEM = re.compile(r"""[*+-] (?:[^\W\d_]|[\["'(“‘!]|\*\*[^\s*])(?:(?!\]:)[^|])*""")
# The indent (in spaces) past which a line is an item's own, not the list's: the marker, its
# space, then the text; a list inside an item is indented as much.
_ITEM_INDENT = 2


@dataclass
class _SimpleList:
    """A list of one-line bullet items, some with a list of their own below them."""

    marker: str
    indent: int
    items: list[tuple[int, _SimpleList | None]]  # each item's line, and its list
    tight: bool = True  # no blank line between its items


def simple_list(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's list rule for the commonest lists of a crawler page, menus and lists of
    links: one-line bullet items, alike in marker and indent, blank lines between them or not,
    each perhaps with a list of such items (and no blank line) indented under it; at the top
    of the page (not in a quote or another list), and ended by a blank line and no more of the
    list. Its tokens are the list rule's (tests compare them): markdown-it tokenized each item
    as a page of its own, trying every block rule on it and on the line after it. Any other
    list, and the list rule's quick look at whether a list starts (`silent`), go the long way."""
    # At the top: no quote or list open (markdown-it's parentType is no guide: its setext
    # heading rule leaves "paragraph" there after every paragraph).
    if silent or state.level != 0 or state.blkIndent != 0 or state.listIndent != -1:
        return False
    found = _items(state, start, end, state.sCount[start], top=True)
    if found is None:
        return False
    simple, stop = found
    after = min(state.skipEmptyLines(stop), end)
    if stop == after and stop < end:
        return False  # not ended by a blank line
    if after < end and (
        state.sCount[after] >= simple.indent + _ITEM_INDENT
        or state.src[state.bMarks[after] + state.tShift[after]] == simple.marker
    ):
        return False  # the list or its last item may go on past the blank line
    _push_list(state, simple, end)
    state.line = after
    return True


def _items(
    state: StateBlock, line: int, end: int, indent: int, top: bool = False
) -> tuple[_SimpleList, int] | None:
    """The simple list from `line` at `indent` and the line past it, or None for any other.
    Only the `top` list may have blank lines between its items."""
    src, marks = state.src, state.bMarks
    simple = _SimpleList(src[marks[line] + state.tShift[line]], indent, [])
    while line < end and (state.isEmpty(line) or state.sCount[line] >= indent):
        if state.isEmpty(line):
            following = state.skipEmptyLines(line)
            if not (top and _is_simple_item(state, following, end, simple)):
                break
            simple.tight, line = False, following
        if not _is_simple_item(state, line, end, simple):
            return None
        inner = None
        below = line + 1
        if below < end and not state.isEmpty(below) and state.sCount[below] > indent:
            found = _items(state, below, end, indent + _ITEM_INDENT)
            if found is None:
                return None
            inner, below = found
        simple.items.append((line, inner))
        line = below
    return simple, line


def _is_simple_item(state: StateBlock, line: int, end: int, simple: _SimpleList) -> bool:
    """Whether `line` is an item of `simple` a line long whose text can only be a paragraph."""
    if line >= end or state.sCount[line] != simple.indent or state.tShift[line] != simple.indent:
        return False  # tabs in the indent, or an item's text going on below it
    first = state.bMarks[line] + state.tShift[line]
    if state.src[state.bMarks[line] : first].strip(" ") or state.src[first] != simple.marker:
        return False
    return _SIMPLE_ITEM.fullmatch(state.src, first, state.eMarks[line]) is not None


def _push_list(state: StateBlock, simple: _SimpleList, end: int) -> int:
    """The tokens of `simple` (and of the lists in its items), as markdown-it's list rule makes
    them; returns its last line. An item, and a list, runs up to the next line that is not
    blank (its blank lines are its own)."""

    def ends(line: int) -> int:
        return min(state.skipEmptyLines(line + 1), end)

    opened = state.push("bullet_list_open", "ul", 1)
    opened.markup = simple.marker
    last = simple.items[0][0]
    for line, inner in simple.items:
        item = state.push("list_item_open", "li", 1)
        item.markup = simple.marker
        token = state.push("paragraph_open", "p", 1)
        token.map, token.hidden = [line, line + 1], simple.tight
        token = state.push("inline", "", 0)
        begin = state.bMarks[line] + simple.indent + _ITEM_INDENT
        token.content = state.src[begin : state.eMarks[line]].strip()
        token.map, token.children = [line, line + 1], []
        token = state.push("paragraph_close", "p", -1)
        token.hidden = simple.tight
        last = line if inner is None else _push_list(state, inner, end)
        item.map = [line, ends(last)]
        token = state.push("list_item_close", "li", -1)
        token.markup = simple.marker
    token = state.push("bullet_list_close", "ul", -1)
    token.markup = simple.marker
    opened.map = [simple.items[0][0], ends(last)]
    return last
