"""The text of markup a page left in its words: raw or escaped HTML tags and the targets of
links and pictures the parser read as text. Tags are never article text."""

from __future__ import annotations

import html
import re

from markdown_it.common.html_blocks import block_names

_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|<!--.*?-->", re.DOTALL)
# Tags that sit inside a word ("wor<b>d</b>") vanish; any other tag separates words.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "mark", "q", "s", "small"}
    | {"span", "strong", "sub", "sup", "u"}
)
# Every element name HTML has, block-level ones from markdown-it's list; any other "tag" is text
# between angle brackets ("<The Palace: Tale of Jang Noksu>", "<Ctrl>"). Custom elements hold a
# hyphen.
_HTML_ELEMENTS = (
    frozenset(block_names)
    | _INLINE_TAGS
    | frozenset(
        {
            "area",
            "audio",
            "br",
            "button",
            "canvas",
            "data",
            "datalist",
            "del",
            "dfn",
            "embed",
            "img",
        }
        | {
            "input",
            "ins",
            "kbd",
            "label",
            "map",
            "meter",
            "noscript",
            "object",
            "output",
            "picture",
        }
        | {"pre", "progress", "rp", "rt", "ruby", "samp", "script", "select", "slot", "source"}
        | {
            "style",
            "svg",
            "template",
            "textarea",
            "time",
            "tt",
            "var",
            "video",
            "wbr",
            "math",
            "big",
        }
        | {"strike", "nobr", "marquee", "blink", "font", "image", "xmp", "noembed", "acronym"}
    )
)
# What is left of markup that the parser read as text: the target of a picture or link whose
# brackets did not pair, where the target is no address to read (an inline data: picture, a
# javascript: button).
_DEAD_TARGET = re.compile(r"!?\[?\]?\((?:data|javascript):[^\s)]*\)?", re.IGNORECASE)
# A tag written as text ("&lt;a href=…&gt;" in a republishing box): a known element's name
# opens it, so text in angle brackets ("<The Palace>") does not look like one.
_TAG_TEXT = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*[\s>/]")
# A link to a place on the page whose text is its target, which a converter writes as an
# autolink ("Like this:<#section8>" for a heading's permalink anchor) and CommonMark, wanting a
# scheme, leaves as text: no words of the page.
_SELF_ANCHOR = re.compile(r"<#[^\s<>]*>")


def text_piece(text: str) -> str:
    """A text token's words, without the leftovers of markup read as text."""
    if ":" in text and "(" in text:
        text = _DEAD_TARGET.sub(" ", text)
    if "<#" in text:
        text = _SELF_ANCHOR.sub("", text)
    if "<" in text and _TAG_TEXT.search(text):
        text = html_text(text, unescape=False)
    return text


# Elements whose content is code, never text a reader sees.
_CODE_ELEMENT = re.compile(
    r"<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)


def html_text(fragment: str, *, unescape: bool = True) -> str:
    """The text of raw HTML: tags removed, the words inside them (a link's) kept, scripts and
    styles dropped. A fragment whose entities decode to more tags (an escaped copy of the page
    for republishing) has those removed too: tags are never article text."""

    def replace(match: re.Match[str]) -> str:
        name = (match.group(1) or "").lower()
        if match.group(1) and name not in _HTML_ELEMENTS and "-" not in name:
            return match.group()  # no element: text in angle brackets
        return "" if name in _INLINE_TAGS else " "

    text = _HTML_TAG.sub(replace, _CODE_ELEMENT.sub(" ", fragment))
    if not unescape:
        return text
    text = html.unescape(text)
    if "<" in text and _TAG_TEXT.search(text):
        text = _HTML_TAG.sub(replace, _CODE_ELEMENT.sub(" ", text))
    return text
