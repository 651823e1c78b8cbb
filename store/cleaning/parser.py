"""markdown-it set up for crawler pages: CommonMark with tables and strikethrough, HTML kept.

markdown-it is linear on long lines and gets nesting, escapes, reference links and emphasis
right where hand-written regexes would not. Where its answer is known beforehand (a plain link,
inline content with no markup, a line only some block rules can take, a list of one-line items)
its slow Python loops are skipped, with the same tokens as the result
(tests/store/cleaning/test_fast_paths*.py compare them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt, helpers
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.common.utils import unescapeAll
from markdown_it.parser_block import RuleFuncBlockType
from markdown_it.ruler import Rule, Ruler
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from store.cleaning.parser_lists import simple_list

if TYPE_CHECKING:
    from markdown_it.helpers.parse_link_destination import _Result

# An http(s) or protocol-relative URL with a plain ASCII host, a path or fragment of the site,
# or a data URL (the placeholder pictures of lazy-loading pages), made of characters that
# markdown-it's link normalisation (parse, punycode the host, percent-encode) leaves alone: most
# crawler links. No "&" that could start an entity: a link's destination has its entities
# decoded. Hosts: labels of at most 63 characters, 255 in all, as the parser wants.
_PLAIN_URL_CHAR = r"(?:[A-Za-z0-9/._~?#=+:,;!*'@$-]|&(?!#|[A-Za-z0-9]+;)|%[0-9A-Fa-f]{2})"
_PLAIN_URL = re.compile(
    r"(?:(?:https?:)?//(?P<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*))?"
    rf"(?:(?!//)[/?#]{_PLAIN_URL_CHAR}*)?"
    rf"|data:[a-z]+/[a-z0-9.+-]+(?:[;,]{_PLAIN_URL_CHAR}*)?"
)
_PLAIN_HOST_MAX = 255


def _is_plain_url(url: str) -> bool:
    plain = _PLAIN_URL.fullmatch(url)
    return plain is not None and len(plain["host"] or "") <= _PLAIN_HOST_MAX


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
        plain = _PLAIN_DESTINATION.match(string, pos, maximum)
        end = plain.end() if plain else pos  # the pattern matches the empty string too
        if end > pos and (end == maximum or string[end] not in "\\("):
            return _Destination(end, unescapeAll(string[pos:end]))
    return helpers.parseLinkDestination(string, pos, maximum)


class _Helpers:
    """markdown-it's link helpers, its slow destination parse replaced."""

    parseLinkLabel = staticmethod(helpers.parseLinkLabel)
    parseLinkTitle = staticmethod(helpers.parseLinkTitle)
    parseLinkDestination = staticmethod(_parse_link_destination)


class _Markdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        """Every target is a link. markdown-it refuses `javascript:` and most `data:` targets
        because it renders HTML; the cleaner renders none, and a share button
        `[Facebook](javascript:void(0);)` or an inline picture `![x](data:image/svg+xml,…)` read
        as text would pass every rule about links and pictures."""
        return True

    def normalizeLink(self, url: str) -> str:
        """markdown-it's normalisation, skipped for plain URLs, which it returns unchanged: it
        costs more than the rest of a link's parse, and crawler pages are full of links."""
        if _is_plain_url(url):
            return url
        return normalizeLink(url)


# An "&" that cannot start an entity ("Body & Beauty", "E&S"): the parser reads it as text.
_TEXT_AMPERSAND = r"&(?!#|[A-Za-z][A-Za-z0-9]*;)"
# The characters at which one of the parser's inline rules other than plain text can start:
# line breaks, escapes, code, strikethrough, emphasis, links ("![" images too), autolinks and
# HTML, entities. Inline content holding none of them is one text token, the whole of it.
_INLINE_MARKUP = re.compile(rf"[\n\\`~*_\[<]|(?!{_TEXT_AMPERSAND})&")


# Inline content whose only markup is links and images of plain text to a destination with no
# spaces, parentheses or escapes, with or without a plain title: "Read [the ruling](https://…)
# here", menus, link lists, linked pictures. No "!" may touch a "[" but an image's, no "]"
# stray outside a link.
# Possessive: a failed match gives up at once instead of backtracking through the text.
_LINK_TEXT = rf"(?:[^\n\\`~*_\[\]<&]++|{_TEXT_AMPERSAND})*+"
_PLAIN_TEXT = rf"[^\n\\`~*_\[\]<&!]++|!(?!\[)|{_TEXT_AMPERSAND}"
_URL = r"[^\s()]*+"
_TITLE = r'[^"\\&\n`<\[\]*_]*+'  # ("a title"), one space after the URL, no escapes or entities
_IMAGE = rf'!\[{_LINK_TEXT}\]\({_URL}(?: "{_TITLE}")?\)'
_LABEL = rf"(?:{_PLAIN_TEXT}|{_IMAGE})*+"  # a link's text may hold images
_LINKS_ONLY = re.compile(rf'(?:{_PLAIN_TEXT}|{_IMAGE}|\[{_LABEL}\]\({_URL}(?: "{_TITLE}")?\))*+')
# An image (alt text, source, title) or a link (text, href, title).
_PIECE = re.compile(
    rf'!\[({_LINK_TEXT})\]\(({_URL})(?: "({_TITLE})")?\)'
    rf'|\[({_LABEL})\]\(({_URL})(?: "({_TITLE})")?\)'
)


def _parse_inline(state: StateCore) -> None:
    """markdown-it's core rule that parses each block's inline content, skipped for content with
    no markup, most paragraphs of prose, for content with plain links and images only, and for
    plain text with bold runs: the parse steps through every punctuation mark of it, and reads
    each link three times."""
    for token in state.tokens:
        if token.type != "inline":
            continue
        if _INLINE_MARKUP.search(token.content) is None:
            token.children = [Token("text", "", 0, content=token.content)] if token.content else []
            continue
        children = _plain_links(token.content)
        if children is None:
            children = _plain_strong(token.content)
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
        alt, src, image_title, label, href, link_title = piece.groups()
        url, title = (href, link_title) if src is None else (src, image_title)
        if not _is_plain_url(url) or not MARKDOWN.validateLink(url):
            return None
        if title is not None and not url:
            return None  # `[a]( "b")`: the quoted text is the destination
        if piece.start() > end:
            tokens.append(Token("text", "", 0, level=level, content=content[end : piece.start()]))
        if src is not None:
            tokens.append(_image(alt, src, level, title))
        elif (inside := _label_tokens(label, level + 1)) is None:
            return None
        else:
            attrs: dict[str, str | int | float] = {"href": href}
            if title:  # an empty title is none
                attrs["title"] = title
            tokens.append(Token("link_open", "a", 1, level=level, attrs=attrs))
            tokens.extend(inside)
            tokens.append(Token("link_close", "a", -1, level=level))
        end = piece.end()
    if end < len(content):
        tokens.append(Token("text", "", 0, level=level, content=content[end:]))
    return tokens


def _label_tokens(label: str, level: int) -> list[Token] | None:
    """The tokens of a plain link's text: most hold no picture, and are one text token (the
    link's text, as _PIECE reads it, holds a "[" only as a picture's)."""
    if "[" not in label:
        return [Token("text", "", 0, level=level, content=label)] if label else []
    return _plain_links(label, level)


# Inline content whose only markup is bold text, "**" around plain text, that opens after a
# space or at the start and closes before a space or at the end ("**Tip:** soak the beans"),
# or after a letter or digit before a full stop, comma, colon, semicolon, "!" or "?": where
# CommonMark's delimiter rules can only read each "**" one way, as an opener or a closer.
_BOLD_TEXT = rf"(?:[^\n\\`~*_\[<&]|{_TEXT_AMPERSAND})++"
_BOLD_OPENS = r"(?<![^ ])\*\*(?=[^\s*])"
_BOLD_CLOSES = r"(?:(?<=[^\s*])\*\*(?![^ ])|(?<=[^\W_])\*\*(?=[.,:;!?]))"
_STRONG_ONLY = re.compile(rf"(?:{_BOLD_TEXT}|{_BOLD_OPENS}{_BOLD_TEXT}{_BOLD_CLOSES})*+")


def _plain_strong(content: str) -> list[Token] | None:
    """The tokens markdown-it makes of plain text with bold runs in it, or None for any other
    content."""
    if _STRONG_ONLY.fullmatch(content) is None:
        return None
    tokens: list[Token] = []
    for index, part in enumerate(content.split("**")):
        if index % 2 == 0:
            # Even empty: the text left of the markers by the delimiter rules.
            tokens.append(Token("text", "", 0, content=part))
            continue
        tokens.append(Token("strong_open", "strong", 1, markup="**"))
        tokens.append(Token("text", "", 0, level=1, content=part))
        tokens.append(Token("strong_close", "strong", -1, markup="**"))
    return tokens


def _image(alt: str, src: str, level: int, title: str | None = None) -> Token:
    # The alt text is parsed on its own: its text token sits at level 0.
    children = [Token("text", "", 0, content=alt)] if alt else None
    attrs: dict[str, str | int | float] = {"src": src, "alt": ""}
    if title:
        attrs["title"] = title
    return Token("image", "img", 0, level=level, attrs=attrs, children=children, content=alt)


# The characters a line must open with (past its indent) for each block rule to take it; each
# rule gives up at once on any other. The others (table, lheading, paragraph) look further,
# and the code rule takes only lines indented as code, which go through every rule.
_OPENERS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "simple_list": "*-+",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}
_INDENTED_ONLY = frozenset({"code"})


class _BlockRules:
    """markdown-it's block rules, tried in their order on each line but for those that cannot
    take it: the block parser tries every rule on every line, each announcing itself in a
    debug log call, before the paragraph rule takes most lines of a crawler page."""

    def __init__(self, rules: list[Rule[RuleFuncBlockType]]) -> None:
        self.every = [rule.fn for rule in rules]
        rules = [rule for rule in rules if rule.name not in _INDENTED_ONLY]
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
        # A loop, not any() over a generator: this runs on every line of every page.
        for rule in rules:  # noqa: SIM110
            if rule(state, line, end, silent):
                return True
        return False


# The chains of rules that end a block early: each line of a paragraph (or of a list item, a
# quote, a reference) is offered to the rules that could open another block there.
_ENDING_CHAINS = ("paragraph", "reference", "blockquote", "list")


def _by_opener(ruler: Ruler[RuleFuncBlockType]) -> None:
    """`ruler`'s main chain and each chain that ends a block go through `_BlockRules`: the rules
    keep their order, and a line meets only those that can take it."""
    rules = [rule for rule in ruler.__rules__ if rule.enabled]
    chains = {chain: [rule for rule in rules if chain in rule.alt] for chain in _ENDING_CHAINS}
    ruler.before("table", "by_opener", _BlockRules(rules))
    for rule in rules:
        rule.alt = []  # its chains now hold the dispatcher, not the rule itself
    for chain, members in chains.items():
        # In the main chain too, after "by_opener", which always takes the line (its paragraph
        # rule takes any): never called there.
        ruler.after("by_opener", f"{chain}_by_opener", _BlockRules(members), {"alt": [chain]})


MARKDOWN = _Markdown("commonmark", {"html": True}).enable(["table", "strikethrough"])
MARKDOWN.helpers = _Helpers  # type: ignore[assignment]  # markdown-it's rules find them here
MARKDOWN.core.ruler.at("inline", _parse_inline)
MARKDOWN.block.ruler.before("list", "simple_list", simple_list)
_by_opener(MARKDOWN.block.ruler)
