"""The visible text of a whole HTML page, as markdown the crawler-markdown cleaner can judge.

When trafilatura finds no article in a page (a product page, a listing, a page built around a
table), the page is still worth keeping: its visible text is written out the way a crawler
would (headings, list items, table rows, links with their targets) and cleaned as crawler
markdown, menus and footers included. The text is escaped, so nothing on the page is read as
markup: "<The Palace>" or "*sic*" stay as they were written.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements a browser never shows.
INVISIBLE = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"}
    | {"select", "option", "button", "input", "textarea", "datalist", "dialog"}
)
HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Elements that end a line of text: each one's text is a block of its own.
BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "ul", "ol"}
    | {"li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre"}
    | {"figure", "figcaption", "form", "fieldset", "address", "details", "summary", "hr", "br"}
    | {"body", "center", "menu", "caption", "legend", "hgroup"}
    | set(HEADINGS)
)
CELLS = frozenset({"td", "th"})
# Elements that have no end tag (and so no text to skip).
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})
VOID = VOID | {"source", "track", "wbr"}
# Markdown's punctuation that can open or close markup inside a line; a backslash keeps each
# one literal (CommonMark lets any ASCII punctuation be escaped).
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>&|~!])")
# What opens a block at the start of a line: a heading, a quote, a list item, a rule, a fence.
_LINE_OPENER = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """`text` as markdown that renders as exactly this text."""
    return _LINE_OPENER.sub(_escape_opener, _INLINE_MARKUP.sub(r"\\\1", text))


def _escape_opener(match: re.Match[str]) -> str:
    indent, mark, number, after = match.groups()
    return f"{indent}\\{mark}" if mark else f"{indent}{number}\\{after}"


def visible_markdown(html: str) -> str:
    """The page's visible text as markdown: one block a paragraph, heading, item or row."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return "\n\n".join(reader.lines)


class _PageReader(HTMLParser):
    """Gathers inline text until an element that ends a line; skips what is never shown.
    A link's text is gathered whole, blocks inside it too, and written as a link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._prefix = ""
        self._skipping = ""  # the tag of the invisible element being skipped
        self._skip_depth = 0
        self._link: tuple[str, list[str]] | None = None  # (target, text) of an open link

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            self._skip_depth += tag == self._skipping
            return
        if tag not in VOID and (tag in INVISIBLE or _hidden(dict(attrs))):
            self._skipping, self._skip_depth = tag, 1
            return
        if self._link is not None:
            self._link[1].append(" ")
        elif tag == "a" and (href := dict(attrs).get("href")):
            self._link = ("".join(href.split()), [])
        elif tag in BLOCKS:
            self._end_line()
            if tag in HEADINGS:
                self._prefix = "#" * HEADINGS[tag] + " "
            elif tag == "li":
                self._prefix = "- "

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            self._skip_depth -= tag == self._skipping
            if self._skip_depth <= 0:
                self._skipping = ""
            return
        if self._link is not None:
            if tag == "a":
                self._end_link()
            else:
                self._link[1].append(" ")
        elif tag in CELLS:
            self._parts.append(" | ")
        elif tag in BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._link is not None:
            self._link[1].append(data)
        else:
            self._parts.append(escape(data))

    def close(self) -> None:
        super().close()
        if self._link is not None:
            self._end_link()
        self._end_line()

    def _end_link(self) -> None:
        assert self._link is not None
        href, parts = self._link
        self._link = None
        text = _SPACE.sub(" ", "".join(parts)).strip()
        if text:
            self._parts.append(f" [{escape(text)}](<{href.replace('>', '%3E')}>) ")

    def _end_line(self) -> None:
        line = _SPACE.sub(" ", "".join(self._parts)).strip(" |")
        self._parts.clear()
        if line:
            self.lines.append(self._prefix + line)
        self._prefix = ""


def _hidden(attrs: dict[str, str | None]) -> bool:
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "hidden" in attrs or attrs.get("aria-hidden") == "true" or "display:none" in style
