"""Reading crawler markdown or plain text into a flat list of blocks the cleaning rules can judge.

Markdown goes through markdown-it (CommonMark plus tables), which is linear on long lines and
gets nesting, escapes, reference links and emphasis right where hand-written regexes would not.
Where its answer is known beforehand (a plain link, inline content with no markup) the parser's
slow Python loops are skipped, with the same tokens as the result.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from markdown_it import MarkdownIt, helpers
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.common.utils import unescapeAll
from markdown_it.parser_block import RuleFuncBlockType
from markdown_it.ruler import Rule
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from store.cleaning.phrases import is_prose

if TYPE_CHECKING:
    from markdown_it.helpers.parse_link_destination import _Result

BlockKind = Literal["heading", "para", "item", "row", "code"]

# An http(s) URL with a plain ASCII host, or a path or fragment of the site, made of characters
# that markdown-it's link normalisation (parse, punycode the host, percent-encode) leaves alone:
# most crawler links. Hosts: labels of at most 63 characters, 255 in all, as the parser wants.
_PLAIN_URL = re.compile(
    r"(?:https?://[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*)?"
    r"(?:(?!//)[/?#](?:[A-Za-z0-9/._~?#=&+:-]|%[0-9A-Fa-f]{2})*)?"
)
_PLAIN_URL_MAX = 255
# A link destination without escapes or parentheses runs to the first space, control character
# or closing parenthesis: all that markdown-it's scan of it has to find.
_PLAIN_DESTINATION = re.compile(r"[^\x00-\x20\x7f\\()]*")


class _Destination:
    """A link destination read, as markdown-it's parse returns one that it could read."""

    __slots__ = ("pos", "str")
    ok = True

    def __init__(self, pos: int, text: str) -> None:
        self.pos, self.str = pos, text


def _parse_link_destination(string: str, pos: int, maximum: int) -> _Destination | _Result:
    """markdown-it's parse of a link destination, which steps through it a character at a time
    in Python, done with one regex for plain destinations; the others take the long way."""
    if pos < maximum and not string.startswith("<", pos):
        end = _PLAIN_DESTINATION.match(string, pos, maximum).end()
        if end > pos and (end == maximum or string[end] not in "\\("):
            return _Destination(end, unescapeAll(string[pos:end]))
    return helpers.parseLinkDestination(string, pos, maximum)


class _Helpers:
    """markdown-it's link helpers, its slow destination parse replaced."""

    parseLinkLabel = staticmethod(helpers.parseLinkLabel)
    parseLinkTitle = staticmethod(helpers.parseLinkTitle)
    parseLinkDestination = staticmethod(_parse_link_destination)


class _Markdown(MarkdownIt):
    def normalizeLink(self, url: str) -> str:
        """markdown-it's normalisation, skipped for plain URLs, which it returns unchanged: it
        costs more than the rest of a link's parse, and crawler pages are full of links."""
        if len(url) <= _PLAIN_URL_MAX and _PLAIN_URL.fullmatch(url):
            return url
        return normalizeLink(url)


# The characters at which one of the parser's inline rules other than plain text can start:
# line breaks, escapes, code, strikethrough, emphasis, links ("![" images too), autolinks and
# HTML, entities. Inline content holding none of them is one text token, the whole of it.
_INLINE_MARKUP = re.compile(r"[\n\\`~*_\[<&]")


# Inline content whose only markup is links and images of plain text to a destination with no
# spaces, parentheses or escapes: "Read [the ruling](https://…) here", menus, link lists, linked
# pictures. No "!" may touch a "[" but an image's, no "]" stray outside a link.
# Possessive: a failed match gives up at once instead of backtracking through the text.
_LINK_TEXT = r"[^\n\\`~*_\[\]<&]*+"
_PLAIN_TEXT = r"[^\n\\`~*_\[\]<&!]++|!(?!\[)"
_URL = r"[^\s()]*+"
_IMAGE = rf"!\[{_LINK_TEXT}\]\({_URL}\)"
_LABEL = rf"(?:{_PLAIN_TEXT}|{_IMAGE})*+"  # a link's text may hold images
_LINKS_ONLY = re.compile(rf"(?:{_PLAIN_TEXT}|{_IMAGE}|\[{_LABEL}\]\({_URL}\))*+")
# An image (alt text, source) or a link (text, href).
_PIECE = re.compile(rf"!\[({_LINK_TEXT})\]\(({_URL})\)|\[({_LABEL})\]\(({_URL})\)")


def _parse_inline(state: StateCore) -> None:
    """markdown-it's core rule that parses each block's inline content, skipped for content with
    no markup, most paragraphs of prose, and for content with plain links and images only: the
    parse steps through every punctuation mark of it, and reads each link three times."""
    for token in state.tokens:
        if token.type != "inline":
            continue
        if _INLINE_MARKUP.search(token.content) is None:
            token.children = [Token("text", "", 0, content=token.content)] if token.content else []
            continue
        children = _plain_links(token.content)
        if children is not None:
            token.children = children
            continue
        if token.children is None:
            token.children = []
        state.md.inline.parse(token.content, state.md, state.env, token.children)


def _plain_links(content: str, level: int = 0) -> list[Token] | None:
    """The tokens markdown-it makes of text with plain links and images to plain URLs (which it
    keeps as they are), or None for any other content."""
    if _LINKS_ONLY.fullmatch(content) is None:
        return None
    tokens: list[Token] = []
    end = 0
    for piece in _PIECE.finditer(content):
        alt, src, label, href = piece.groups()
        url = href if src is None else src
        if len(url) > _PLAIN_URL_MAX or not _PLAIN_URL.fullmatch(url) or not _MD.validateLink(url):
            return None
        if piece.start() > end:
            tokens.append(Token("text", "", 0, level=level, content=content[end : piece.start()]))
        if src is not None:
            tokens.append(_image(alt, src, level))
        elif (inside := _plain_links(label, level + 1)) is None:
            return None
        else:
            tokens.append(Token("link_open", "a", 1, level=level, attrs={"href": href}))
            tokens.extend(inside)
            tokens.append(Token("link_close", "a", -1, level=level))
        end = piece.end()
    if end < len(content):
        tokens.append(Token("text", "", 0, level=level, content=content[end:]))
    return tokens


def _image(alt: str, src: str, level: int) -> Token:
    # The alt text is parsed on its own: its text token sits at level 0.
    children = [Token("text", "", 0, content=alt)] if alt else None
    attrs = {"src": src, "alt": ""}
    return Token("image", "img", 0, level=level, attrs=attrs, children=children, content=alt)


# The characters a line must open with (past its indent) for each block rule to take it; each
# rule gives up at once on any other. The others (table, code, lheading, paragraph) look
# further. Lines indented as code go through every rule.
_OPENERS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}


class _BlockRules:
    """markdown-it's block rules, tried in their order on each line but for those that cannot
    take it: the block parser tries every rule on every line, each announcing itself in a
    debug log call, before the paragraph rule takes most lines of a crawler page."""

    def __init__(self, rules: list[Rule[RuleFuncBlockType]]) -> None:
        self.every = [rule.fn for rule in rules]
        self.anywhere = [rule.fn for rule in rules if rule.name not in _OPENERS]
        self.by_opener = {
            char: [rule.fn for rule in rules if char in _OPENERS.get(rule.name, char)]
            for char in "".join(_OPENERS.values())
        }

    def __call__(self, state: StateBlock, line: int, end: int, silent: bool) -> bool:
        start = state.bMarks[line] + state.tShift[line]
        if start >= state.eMarks[line] or state.is_code_block(line):
            rules = self.every
        else:
            rules = self.by_opener.get(state.src[start], self.anywhere)
        return any(rule(state, line, end, silent) for rule in rules)


_MD = _Markdown("commonmark", {"html": True}).enable(["table", "strikethrough"])
_MD.helpers = _Helpers  # type: ignore[assignment]  # markdown-it's rules find them here
_MD.core.ruler.at("inline", _parse_inline)
_MD.block.ruler.before(
    "table", "by_opener", _BlockRules([rule for rule in _MD.block.ruler.__rules__ if rule.enabled])
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# "[Image: KKD / Facebook.]": caption markers that copy-paste tools leave inside the text.
_MEDIA_MARKER = re.compile(
    r"\[(?:image|photo|picture|video|graphic|illustration|caption)s?\s*:[^\[\]\n]{0,300}\]",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|<!--.*?-->", re.DOTALL)
# Tags that sit inside a word ("wor<b>d</b>") vanish; any other tag separates words.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "mark", "q", "s", "small"}
    | {"span", "strong", "sub", "sup", "u"}
)
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


def text_blocks(text: str) -> list[Block]:
    """Plain text: paragraphs are separated by blank lines; lines inside one join with a space."""
    chunks = _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [Block("para", normalize(remove_media_markers(chunk))) for chunk in chunks]
    return [block for block in blocks if block.text]


def markdown_blocks(text: str) -> list[Block]:
    """Crawler markdown: one block per paragraph, heading, list item, table row or code fence."""
    builder = _BlockBuilder()
    for token in _MD.parse(text):
        builder.feed(token)
    return builder.blocks


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
    for child in children:
        if child.type == "link_open":
            link_start = len(parts)
            href = str(child.attrs.get("href", ""))
        elif child.type == "link_close" and link_start is not None:
            links.append((normalize("".join(parts[link_start:])), href))
            link_start = None
        else:
            piece = _inline_piece(child)
            parts.append(piece)
            if link_start is None:
                free_letters += _count_letters(piece)
    text = normalize(remove_media_markers("".join(parts)))
    link_chars = sum(len(link_text) for link_text, _ in links)
    return _Inline(text, link_chars, free_letters, links)


def _count_letters(text: str) -> int:
    # The ASCII characters, most of any text, have their non-letters dropped by bytes.translate
    # far faster than by a regex, which pays for every gap between words; the regex only sees
    # the others (curly quotes and dashes, accented letters...).
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTERS))
    if text.isascii():
        return ascii_letters
    return ascii_letters + len(_NOT_LETTER.sub("", _ASCII_RUNS.sub("", text)))


def _inline_piece(token: Token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    if token.type == "html_inline":
        return _html_text(token.content)
    return ""  # images, emphasis and strikethrough marks


def _html_text(fragment: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = (match.group(1) or "").lower()
        return "" if name in _INLINE_TAGS else " "

    return html.unescape(_HTML_TAG.sub(replace, fragment))


class _BlockBuilder:
    """Walks markdown-it's token stream, keeping track of lists, tables and headings."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._depth = 0  # list nesting
        self._groups = 0
        self._group = 0
        self._ordinal = ""  # "3. " for the first paragraph of an ordered list item
        self._heading = 0
        self._cells: list[_Inline] | None = None
        self._after_image = False

    def _add(self, block: Block) -> None:
        if block.text:
            block.after_image, self._after_image = self._after_image, False
            self.blocks.append(block)

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

    def _on_tr_open(self, _token: Token) -> None:
        self._cells = []

    def _on_tr_close(self, _token: Token) -> None:
        cells = [cell for cell in self._cells or [] if cell.text]
        self._cells = None
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

    def _on_heading_open(self, token: Token) -> None:
        self._heading = int(token.tag[1:])

    def _on_inline(self, token: Token) -> None:
        children = token.children or []
        inline = _render_inline(children)
        if not inline.text and any(child.type == "image" for child in children):
            self._after_image = True
        if self._cells is not None:
            self._cells.append(inline)
            return
        if self._heading:
            kind, level, group = "heading", self._heading, 0
        elif self._depth:
            kind, level, group = "item", self._depth, self._group
            inline.text, self._ordinal = self._ordinal + inline.text, ""
        else:
            kind, level, group = "para", 0, 0
        self._heading = 0
        self._add(
            Block(
                kind,
                inline.text,
                level,
                group,
                inline.link_chars,
                inline.free_letters,
                inline.links,
            )
        )

    def _on_fence(self, token: Token) -> None:
        lines = textwrap.dedent(token.content).splitlines()
        self._add(Block("code", "\n".join(line.rstrip() for line in lines).strip()))

    def _on_code_block(self, token: Token) -> None:
        # Indented "code" in crawler output is almost always accidental indentation of prose.
        self._add_loose_text(token.content)

    def _on_html_block(self, token: Token) -> None:
        if re.search(r"<(?:script|style)\b", token.content, re.IGNORECASE):
            return
        self._add_loose_text(_html_text(token.content))

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
