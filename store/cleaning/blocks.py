"""Reading crawler markdown into a flat list of blocks the cleaning rules can judge (plain text
in store/cleaning/plain_text.py).

Markdown goes through markdown-it, set up in store/cleaning/parser.py; this module walks its
tokens; the markup left in its text goes in store/cleaning/markup.py.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from markdown_it.token import Token

from store.cleaning.bold_mends import mend_bold
from store.cleaning.code import MIN_LINES, code_text, looks_like_code
from store.cleaning.emphasis import join_adjacent_bold, without_empty_emphasis
from store.cleaning.link_edges import space_glued_links
from store.cleaning.markup import html_text, text_piece
from store.cleaning.parser import MARKDOWN
from store.cleaning.phrases import is_prose

BlockKind = Literal["heading", "para", "item", "row", "code"]

# "[Image: KKD / Facebook.]": caption markers that copy-paste tools leave inside the text.
_MEDIA_MARKER = re.compile(
    r"\[(?:image|photo|picture|video|graphic|illustration|caption)s?\s*:[^\[\]\n]{0,300}\]",
    re.IGNORECASE,
)
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_ASCII_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())


@dataclass
class Block:
    """One paragraph, heading, list item, table row or code block, as visible text."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level 1-6; nesting depth for list items
    group: int = 0  # items of one list (or rows of one table) share a non-zero group
    link_chars: int = 0  # how much of `text` sits inside links
    free_letters: int = 0  # letters outside links
    links: list[tuple[str, str]] = field(default_factory=list)  # (link text, href)
    after_image: bool = False  # the block right below a picture: where credits and captions go
    picture: str = ""  # that picture's description (its alt text), when it has one
    why: str = ""  # why a rule dropped the block; empty while it is kept

    # Read by every rule, each pass over the page: worked out once, when the block is made.
    words: int = field(init=False, repr=False, compare=False)
    link_density: float = field(init=False, repr=False, compare=False)
    prose: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.words = _count_words(self.text)
        self.link_density = self.link_chars / max(len(self.text), 1)
        self.prose = is_prose(self.text, self.words)


def _count_words(text: str) -> int:
    # Chinese and Japanese write no spaces: count two characters as a word.
    cjk = 0 if text.isascii() else len(text) - len(_CJK.sub("", text))
    return len(text.split()) + cjk // 2


def normalize(text: str) -> str:
    """Collapse whitespace runs to single spaces, without touching words or punctuation."""
    # str.split() breaks at the characters a regex's \s matches, and is far faster than one.
    return " ".join(text.split())


def remove_media_markers(text: str) -> str:
    # A space, not nothing: the marker is often glued between two sentences.
    return _MEDIA_MARKER.sub(" ", text)


def markdown_blocks(text: str) -> list[Block]:
    """Crawler markdown: one block per paragraph, heading, list item, table row or code fence."""
    text = join_adjacent_bold(mend_bold(space_glued_links(text)))
    builder = _BlockBuilder(text)
    for token in MARKDOWN.parse(text):
        builder.feed(token)
    return builder.blocks


LAYOUT_CELL_WORDS = 80  # a table cell this long holds paragraphs: the table lays out the page
# Headings are a line of a few words; one this long that runs on past a full stop is paragraphs
# a converter glued to a heading ("1. ## Kia PV5 This is another…" for a list item's <h2> and
# <p>), and is read as the text it is.
HEADING_WORDS = 30


@dataclass
class _Inline:
    text: str
    link_chars: int = 0
    free_letters: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)


def _render_inline(children: list[Token]) -> _Inline:
    """Visible text of an inline run: link text without URLs, no images, no emphasis marks."""
    parts: list[str] = []
    links: list[tuple[str, str]] = []
    link_start: int | None = None
    href = ""
    free_letters = 0
    code_spans: set[int] = set()  # where in `parts` inline code sits
    code_element = ""  # the script or style element open inline, whose content is no text
    for child in children:
        if code_element:
            if child.type == "html_inline" and _closes(child.content, code_element):
                code_element = ""
            continue
        if child.type == "html_inline" and (opened := _CODE_OPENS.fullmatch(child.content)):
            code_element = opened[1].lower()
            continue
        if child.type == "link_open":
            link_start = len(parts)
            href = str(child.attrs.get("href", ""))
        elif child.type == "link_close" and link_start is not None:
            links.append((normalize("".join(parts[link_start:])), href))
            link_start = None
        else:
            piece = _inline_piece(child)
            if child.type == "code_inline":
                code_spans.add(len(parts))
            parts.append(piece)
            if link_start is None:
                free_letters += _count_letters(piece)
    text = normalize(remove_media_markers(without_empty_emphasis(parts, code_spans)))
    link_chars = sum(len(link_text) for link_text, _ in links)
    return _Inline(text, link_chars, free_letters, links)


def _code_lines(source: str, children: list[Token]) -> str | None:
    """The text of a paragraph whose lines, as the page broke them, are program code (see
    store/cleaning/code.py), or None. `source` is its markdown, `children` its inline tokens.
    Most paragraphs of crawler markdown are one line, and most of the others no code even as
    written: only those are rendered a line at a time."""
    if source.count("\n") < MIN_LINES - 1 or not looks_like_code(source.split("\n")):
        return None
    lines: list[list[Token]] = [[]]
    for child in children:
        if child.type in _LINE_BREAKS:
            lines.append([])
        else:
            lines[-1].append(child)
    texts = ["".join(map(_inline_piece, line)) for line in lines]
    return code_text(texts) if looks_like_code(texts) else None


_LINE_BREAKS = frozenset({"softbreak", "hardbreak"})


# An inline tag opening an element whose content is code: what follows up to its end tag goes.
_CODE_OPENS = re.compile(r"<(script|style|noscript|template)\b[^>]*(?<!/)>", re.IGNORECASE)


def _closes(tag: str, name: str) -> bool:
    return re.fullmatch(rf"</{name}\s*>", tag, re.IGNORECASE) is not None


def _is_glued_text(heading: str) -> bool:
    return _count_words(heading) > HEADING_WORDS and is_prose(heading, HEADING_WORDS)


def _inline_block(kind: BlockKind, inline: _Inline, level: int = 0, group: int = 0) -> Block:
    return Block(
        kind, inline.text, level, group, inline.link_chars, inline.free_letters, inline.links
    )


def _count_letters(text: str) -> int:
    # The ASCII characters, most of any text, have their non-letters dropped by bytes.translate
    # far faster than by a regex, which pays for every gap between words; the regex only sees
    # the others (curly quotes and dashes, accented letters...).
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTERS))
    if text.isascii():
        return ascii_letters
    return ascii_letters + len(_NOT_LETTER.sub("", _ASCII_RUNS.sub("", text)))


# A heading's permalink a converter wrote as its bare target, run into the heading's last word
# ("Preferring real estate to architecture#section2"); "C#" and a spaced "#hashtag" stay.
_GLUED_ANCHOR = re.compile(r"(?<=[^\W\d_])#[A-Za-z][\w-]*$")


def _inline_piece(token: Token) -> str:
    if token.type == "text":
        return text_piece(token.content)
    if token.type == "code_inline":
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    if token.type == "html_inline":
        return html_text(token.content)
    return ""  # images, emphasis and strikethrough marks


class _BlockBuilder:
    """Walks markdown-it's token stream, keeping track of lists, tables and headings."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._lines: list[str] | None = None  # split when a table row needs them
        self._row_line = -1
        self.blocks: list[Block] = []
        self._depth = 0  # list nesting
        self._groups = 0
        self._group = 0
        self._ordinal = ""  # "3. " for the first paragraph of an ordered list item
        self._heading = 0
        self._cells: list[_Inline] | None = None
        self._after_image = False
        self._picture = ""

    def _add(self, block: Block) -> None:
        if block.text:
            block.after_image, self._after_image = self._after_image, False
            block.picture, self._picture = self._picture, ""
            self.blocks.append(block)

    def _saw_pictures(self, children: list[Token]) -> None:
        """A run of pictures alone: the next block sits right below them."""
        pictures = [child.content for child in children if child.type == "image"]
        if pictures:
            self._after_image = True
            self._picture = normalize(" ".join(pictures))

    def feed(self, token: Token) -> None:
        handler = _HANDLERS.get(token.type)
        if handler is not None:
            handler(self, token)

    def _new_group(self) -> None:
        self._groups += 1
        self._group = self._groups

    def _on_bullet_list_open(self, _token: Token) -> None:
        if self._depth == 0:
            self._new_group()
        self._depth += 1

    _on_ordered_list_open = _on_bullet_list_open

    def _on_bullet_list_close(self, _token: Token) -> None:
        self._depth -= 1

    _on_ordered_list_close = _on_bullet_list_close

    def _on_list_item_open(self, token: Token) -> None:
        # The number of an ordered item is part of the text ("1995. That was the year").
        self._ordinal = f"{token.info}{token.markup} " if token.info else ""

    def _on_table_open(self, _token: Token) -> None:
        self._new_group()

    def _on_tr_open(self, token: Token) -> None:
        self._cells = []
        self._row_line = token.map[0] if token.map else -1

    def _on_tr_close(self, _token: Token) -> None:
        cells = [cell for cell in self._extra_cells(self._cells or []) if cell.text]
        self._cells = None
        if any(_count_words(cell.text) >= LAYOUT_CELL_WORDS for cell in cells):
            # A layout table: each cell is a column of the page (article, sidebar, comments).
            for cell in cells:
                self._add(_inline_block("para", cell))
            return
        self._add(
            Block(
                "row",
                " | ".join(cell.text for cell in cells),
                group=self._group,
                link_chars=sum(cell.link_chars for cell in cells),
                free_letters=sum(cell.free_letters for cell in cells),
                links=[link for cell in cells for link in cell.links],
            )
        )

    def _extra_cells(self, cells: list[_Inline]) -> list[_Inline]:
        """The row's cells, with those past the header's count that markdown-it leaves out: a
        layout table with a one-cell header can hold a whole article in its second column."""
        if self._row_line < 0:
            return cells
        if self._lines is None:
            self._lines = self._source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if self._row_line >= len(self._lines):
            return cells
        line = self._lines[self._row_line].strip()
        raw = _CELL_BORDER.split(line.removeprefix("|").removesuffix("|"))
        if len(raw) <= len(cells):
            return cells
        extra = [MARKDOWN.parseInline(cell.strip())[0].children or [] for cell in raw[len(cells) :]]
        return cells + [_render_inline(children) for children in extra]

    def _on_heading_open(self, token: Token) -> None:
        self._heading = int(token.tag[1:])

    def _on_inline(self, token: Token) -> None:
        children = token.children or []
        inline = _render_inline(children)
        if not inline.text:
            self._saw_pictures(children)
        if self._cells is not None:
            self._cells.append(inline)
            return
        kind: BlockKind
        if not self._heading and (code := _code_lines(token.content, children)) is not None:
            self._ordinal = ""
            self._add(Block("code", code))
            return
        if self._heading and not _is_glued_text(inline.text):
            kind, level, group = "heading", self._heading, 0
            inline.text = _GLUED_ANCHOR.sub("", inline.text)
        elif self._depth:
            kind, level, group = "item", self._depth, self._group
            inline.text, self._ordinal = self._ordinal + inline.text, ""
        else:
            kind, level, group = "para", 0, 0
        self._heading = 0
        self._add(_inline_block(kind, inline, level, group))

    def _on_fence(self, token: Token) -> None:
        self._add(Block("code", code_text(textwrap.dedent(token.content).splitlines())))

    def _on_code_block(self, token: Token) -> None:
        # Indented "code" in crawler output is almost always accidental indentation of prose,
        # unless its lines are code. With links or pictures in it, it is markdown indented by
        # its list or layout (a listing's "Run" link too), and is read as markdown; else as it
        # is (a listing's "*.pyc" or "__init__" stays).
        if "](" not in token.content:
            lines = textwrap.dedent(token.content).split("\n")
            if looks_like_code(lines):
                self._add(Block("code", code_text(lines)))
            else:
                self._add_loose_text(token.content)
            return
        children = MARKDOWN.parseInline(textwrap.dedent(token.content))[0].children or []
        if (code := _code_lines(token.content, children)) is not None:
            self._add(Block("code", code))
            return
        inline = _render_inline(children)
        if not inline.text:
            self._saw_pictures(children)
        kind: BlockKind = "item" if self._depth else "para"
        group = self._group if self._depth else 0
        self._add(_inline_block(kind, inline, self._depth, group))

    def _on_html_block(self, token: Token) -> None:
        # Scripts and styles go; the prose around them (a block of <p>s) stays.
        self._add_loose_text(html_text(token.content))

    def _add_loose_text(self, text: str) -> None:
        text = normalize(remove_media_markers(text))
        letters = _count_letters(text)
        kind: BlockKind = "item" if self._depth else "para"
        group = self._group if self._depth else 0
        self._add(Block(kind, text, self._depth, group, free_letters=letters))


# The builder's handler for each token type it reads: "_on_inline" for "inline" tokens.
_HANDLERS: dict[str, Callable[[_BlockBuilder, Token], None]] = {
    name.removeprefix("_on_"): handler
    for name, handler in vars(_BlockBuilder).items()
    if name.startswith("_on_")
}
