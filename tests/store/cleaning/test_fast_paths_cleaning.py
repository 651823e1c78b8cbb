"""The cleaning's shortcuts give the long way's answers: inline content of plain text and plain
links gets the tokens markdown-it's inline parser would make of it; lines go only to the block
rules that can take them; lists of one-line items are read in one pass; a block's counts are
made once, with it; the words furniture phrases need are looked for with `in`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.token import Token

from store.cleaning import parser_lists
from store.cleaning.blocks import Block
from store.cleaning.parser import MARKDOWN, _plain_links, _plain_strong
from store.cleaning.phrases import (
    _BANNER_NEEDS,
    _FURNITURE_ANYWHERE_NEEDS,
    _PHOTO_CREDIT,
    _PHOTO_CREDIT_NEEDS,
    _may_credit_a_photo,
    _searchable,
)


class _AnyLink(MarkdownIt):
    # The cleaner takes every link target as a link (store/cleaning/parser.py); so does the
    # long way it is compared with.
    def validateLink(self, url: str) -> bool:
        return True


PLAIN_MD = _AnyLink("commonmark", {"html": True}).enable(["table", "strikethrough"])


def assert_parsed_alike(markdown: str) -> None:
    # Tokens compare by every field: type, attrs, level, content, children...
    assert MARKDOWN.parse(markdown) == PLAIN_MD.parse(markdown)


LINKED = [
    "[Home](https://theverge.com/)",
    "Read [the ruling](https://example.com/a?b=1&c=2#x) here.",
    "[a](/b) / [c](#d) » [e](?page=2)",
    "[](https://example.com/)",
    "[ spaced ](/x)",
    "Wow! [a](/b)!",
    "x] [a](/b) [c]",
    "[a](/b)(c)",
    "[a](/b)[c](/d)",
    "By [Wei Ivanova](https://theverge.com/authors/wei-ivanova) | January 16, 2023",
    "“Quoted” [text’s](https://example.com/é) end",  # a URL markdown-it percent-encodes
    "[a](https://example.com/a%20b)",
    "[a](https://münchen.de/)",
    "[a](javascript:alert(1))",
    "[a](data:text/html,x)",
    "[a](https://" + "b" * 300 + ".com/)",
    "[a](/b 'title')",
    "[a]( /b )",
    "[a](</b>)",
    "[a](/b\\))",
    "![a](/b.png)",
    "Hi![a](/b)",
    "[![a](/b.png)](/c)",
    "[![](/b.png)](/c) and ![x](/y.png)",
    "[![a](/b.png) caption](/c)",
    "[see ![a](/b.png)](/c)",
    "[![a](/b.png)![c](/d.png)](/e)",
    "![a!](/b.png)",
    "![](https://example.com/i.png)",
    "![a](/b.png 'title')",
    "![a](javascript:x)",
    "![a [b]](/c)",
    "[![a](/b.png)](/c 'title')",
    "[![a](/b (1).png)](/c)",
    "[Share](https://x.com/intent/tweet?url=https://example.com/a:b)",
    "[a [b](/c)](/d)",
    "[a]",
    "[a]: /b",
    "[a](/b",
    "[a\nb](/c)",
    "a\n[b](/c)",
    "[a](/b) <https://x.org>",
    "[a &amp; b](/c)",
    "[*a*](/b)",
    "[a](/b;c)",
    "[a](/b&amp;c)",
    "[Hospitality & Tourism](/h) & [E&S](/e)",
    "[a &amp; b](/c) &",
    "![a & b](/i.png) [a &copy; b](/c)",
    "[a](/b&c;d)",
    "[a](/b&#38;c)",
    "[a](/b;c,d'e!f*g@h$i)",
    "![a](data:image/svg+xml;base64,PHN2Zz4=)",
    "![a](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E)",
    "[![a](data:image/png;base64,iVBOR==)](https://example.com/" + "x" * 300 + ")",
    "![a](data:text/html;base64,PGI+)",
    "[a](https://www.google.com/search?q=a,b&oq=a%20b;x)",
    '[Colorado](/colorado/ "CO - Colorado Practice Test")',
    '[ Alaska  ](/alaska/ "AK (Alaska) test") and ![a](/i.png "A picture")',
    '[a](/b "")',
    '[a]( "b")',
    '[a](/b  "two spaces")',
    '[a](/b "t" )',
    "[a](/b 'single')",
    '[a](/b "a &amp; b")',
    '[a](/b "a \\" b")',
    '[a](/b "`code`")',
    '[a](/b "open)',
    '[a](javascript:x "t")',
    '[![a](/b.png "p")](/c "l")',
]


@pytest.mark.parametrize("text", LINKED)
def test_plain_links_parse_as_markdown_it_parses_them(text: str) -> None:
    for markdown in (text, f"* {text}", f"# {text}", f"| {text} | b |\n|---|---|\n| {text} | |"):
        assert_parsed_alike(markdown)


def test_reference_definitions_do_not_change_plain_links() -> None:
    assert_parsed_alike("[a](/b) and [c]\n\n[a]: /x\n[c]: /y")


def test_the_shortcut_takes_plain_links_and_leaves_the_rest() -> None:
    tokens = _plain_links("Read [the ruling](https://example.com/r) now")
    assert tokens is not None
    assert [(t.type, t.content, t.attrs) for t in tokens] == [
        ("text", "Read ", {}),
        ("link_open", "", {"href": "https://example.com/r"}),
        ("text", "the ruling", {}),
        ("link_close", "", {}),
        ("text", " now", {}),
    ]
    for text in ("[a](/b 'c')", "[a](javascript:x)", "*a* [b](/c)", "[![a](/b)](/c d)"):
        assert _plain_links(text) is None


def test_linked_pictures_take_the_shortcut() -> None:
    tokens = _plain_links("[![Logo](/logo.png)](https://example.com/)")
    assert tokens is not None
    assert [(t.type, t.level, t.attrs) for t in tokens] == [
        ("link_open", 0, {"href": "https://example.com/"}),
        ("image", 1, {"src": "/logo.png", "alt": ""}),
        ("link_close", 0, {}),
    ]
    assert [(t.type, t.content) for t in tokens[1].children or []] == [("text", "Logo")]


@pytest.mark.parametrize(
    "url", ["/a:b", "?u=http://a.b/c:d", "#x:y", "https://x.com/s?u=https://e.com/a", "/a::b//c"]
)
def test_urls_with_colons_in_their_path_stay_as_they_are(url: str) -> None:
    assert MARKDOWN.normalizeLink(url) == normalizeLink(url) == url


LINK_PIECES = st.sampled_from(
    [
        *("The ferry", " ", "!", "]", "[", "(", ")", "’", "中文", ":", "\n", "*", "\\", "&", "<"),
        *("[a](/b)", "[](/b)", "[ a ](#c)", "[x y](https://example.com/p?q=1&r=2)", "![i](/i)"),
        *("[a](/b c)", "[a](https://ä.de/)", "[a](/%zz)", "[a](javascript:x)", "[a](", "](/b)"),
        *("[![a](/b)](/c)", "![](/b)", "[x ![](/b) y](/c)", "![a](/b:c)", "[a](?u=https://c/d)"),
        *("[Body & Beauty](/b)", "![a & b](/i)", "[a &amp; b](/c)", "E&S", "&#38;", "&x;", "&"),
        *('[a](/b "t")', '![i](/i "t i")', '[a](/b "")', '"', ' "t")', '[a]( "b")', "[a](/b"),
    ]
)


@given(st.lists(LINK_PIECES, max_size=8).map("".join))
def test_any_text_with_links_parses_as_markdown_it_parses_it(text: str) -> None:
    assert_parsed_alike(text)
    assert_parsed_alike(f"* {text}")


@pytest.mark.parametrize(
    "label", ["Home", "", "a ! b", "E&S", "![logo](/l.png)", "![logo](/l.png) Home", "x ![](/p)"]
)
def test_link_texts_with_and_without_pictures_parse_as_markdown_it_parses_them(label: str) -> None:
    for markdown in (f"[{label}](/a)", f'See [{label}](https://x.org/a "t") now'):
        assert_parsed_alike(markdown)


def test_tokens_made_by_the_shortcut_are_full_tokens() -> None:
    [link_open] = [t for t in _plain_links("[a](/b)") or [] if t.type == "link_open"]
    assert isinstance(link_open, Token)
    assert (link_open.tag, link_open.nesting, link_open.level) == ("a", 1, 0)


# Lines of every kind the block rules take, and lines that look like them but are not.
BLOCK_LINES = [
    *("The ferry left.", "", "   ", "\t", "# Title", "#Title", "###### h6", "####### h7", "Title"),
    *("===", "---", "- - -", "***", "___", "* item", "- item", "+ item", "*item", "1. one"),
    *("2) two", "10. ten", "1.five", "> quoted", ">", "```", "```py", "~~~", "``", "    code"),
    *("\tcode", "  * nested", "     indented", "<div>", "</div>", "<!-- c -->", "<b>x</b> y"),
    *("<script>x</script>", "[a]: /b", "[a]: /b 'title'", "[a]", "[a](/b)", "| a | b |"),
    *("|---|---|", "|:-|-:|", "| 1 | 2 |", "a | b", "-|-", "  > > deep", "1. > quote in list"),
    *("* # heading in list", "- ```", "\\# not a heading", "&amp;", "!", "+", "0", "-", "*"),
    *(f"{digit}. item" for digit in "0123456789"),
]


@given(st.lists(st.sampled_from(BLOCK_LINES), max_size=12).map("\n".join))
def test_any_page_parses_into_markdown_its_blocks(markdown: str) -> None:
    assert_parsed_alike(markdown)


@pytest.mark.parametrize("line", BLOCK_LINES)
def test_each_kind_of_line_parses_as_markdown_it_parses_it(line: str) -> None:
    for markdown in (line, f"Text\n{line}", f"{line}\ntext", f"* a\n\n  {line}", f"> {line}"):
        assert_parsed_alike(markdown)


def test_the_block_rules_are_the_ones_the_opener_shortcut_knows() -> None:
    # Another rule (a plugin) may take lines the shortcut sends past it.
    assert MARKDOWN.get_active_rules()["block"] == [
        *("by_opener", "list_by_opener", "blockquote_by_opener", "reference_by_opener"),
        *("paragraph_by_opener", "table", "code", "fence", "blockquote", "hr", "simple_list"),
        *("list", "reference", "html_block", "heading", "lheading", "paragraph"),
    ]


def test_the_rules_that_end_a_block_are_offered_through_the_shortcut() -> None:
    # Each chain of rules that may end a paragraph, a quote, a list item or a reference holds
    # only the shortcut, which offers a line the same rules markdown-it's chain would, in order.
    ruler = MARKDOWN.block.ruler
    for chain in ("paragraph", "reference", "blockquote", "list"):
        (shortcut,) = ruler.getRules(chain)
        assert shortcut.every == PLAIN_MD.block.ruler.getRules(chain)


@pytest.mark.parametrize(
    "markdown",
    [
        "A paragraph\n* then a list\n* of two",
        "A paragraph\n---\nafter a rule",
        "A paragraph\nstill it\n===",
        "A paragraph\n```\ncode\n```",
        "A paragraph\n> quoted\n# heading\n<div>x</div>",
        "* item\n  lazy line\n  > quote\n  ~~~\n  fenced\n  ~~~\n- other",
        "> quote\n> * list\n> ---\n> ```\nlazy",
        "[ref]: /a\n* list after a reference\n\n[ref]: /b\n| a | b |\n|---|---|",
        "Table head | b\n---|---\nA paragraph\n| x | y |\n|---|---|",
        "1. one\n2) two\n    code in item\n10. ten",
    ],
)
def test_blocks_that_end_one_another_parse_as_markdown_it_parses_them(markdown: str) -> None:
    assert_parsed_alike(markdown)


# Lines of lists: one-line items the simple-list shortcut takes and items it leaves to the list
# rule (other markers, indents, nested blocks, tables, references, tabs), and what may follow.
LIST_LINES = [
    *("* [Home](/)", "* [News](https://x.org/news)", "* Alpha", "* **Bold** item", "* “Quoted”"),
    *("- [a](/b) and more", "- Élan", "+ (aside)", "+ ![logo](/l.png)", "* 'single'", "* [x]: /y"),
    *("  * [Menu](/m)", "   * Three", "    * code", "\t* tab", "  + [Sub](/s)", "* a | b"),
    *("    - [Deep](/d)", "    * Deeper", "      + Deepest", "  + **Bold**", "  - ", "  1. x"),
    *("* # heading", "* > quote", "* 1. nested", "* - nested", "* ***", "* ```", "* <div>"),
    *("*  two spaces", "* ", "*", "*item", "* **", "* ** x", "1. one", "- - -", "***", "---"),
    *("", "", "text after", "  indented text", "    deeper", "===", "| a | b |", "|---|---|"),
    *("> quoted", "# Heading", "[ref]: /r", "<div>", "```", "* Tail\u00a0", "* word "),
]


@given(st.lists(st.sampled_from(LIST_LINES), max_size=12).map("\n".join))
def test_any_list_parses_as_markdown_it_parses_it(markdown: str) -> None:
    assert_parsed_alike(markdown)
    assert_parsed_alike(f"Intro\n{markdown}")


@pytest.mark.parametrize(
    "markdown",
    [
        "* [Home](/)\n* [News](/news)\n\nThe ferry left.",
        "  * Alpha\n  * Beta\n\n\n",
        "- [a](/b)\n- **Bold** item\n\n# Heading\n+ (x)\n+ “y”",
        "Intro\n* one\n* two\n\n After, a space in",
        "* [A](/a)\n  + [B](/b)\n    - [C](/c)\n  + [D](/d)\n* [E](/e)\n\nText",
        "  * Alpha\n    * Beta\n",
        "* a\n\n* b\n  * c\n\n\n* d\n\n- e",  # loose, then another list
    ],
)
def test_simple_lists_take_the_shortcut(markdown: str, monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[int] = []
    push = parser_lists._push_list

    def counted(*args: Any) -> int:
        taken.append(1)
        return push(*args)

    monkeypatch.setattr(parser_lists, "_push_list", counted)
    assert_parsed_alike(markdown)
    assert taken


@pytest.mark.parametrize(
    "markdown",
    [
        "* a\n* b\nlazy continuation",  # the last item's paragraph goes on
        "* a\n\n  * b",  # a list inside an item, below a blank line
        "* a\n  * b\n\n  * c",  # a loose list inside an item
        "* a\n\n  more of a",  # the last item goes on past the blank line
        "* a\n  * nested\n   * three spaces in\n* b",
        "* a\n    * four spaces in: the item's text",
        "* a\n  1. numbered",
        "* a\n- b\nlazy",  # another marker: another list (its own lazy line)
        "* a | b\n* c\n\nx",
        "> * quoted list\n> * of two",
    ],
)
def test_other_lists_go_the_long_way(markdown: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser_lists, "_push_list", lambda *a: pytest.fail("shortcut taken"))
    assert_parsed_alike(markdown)


NEEDS = [_BANNER_NEEDS, _PHOTO_CREDIT_NEEDS, _FURNITURE_ANYWHERE_NEEDS]
NEEDED_PIECES = st.sampled_from(
    [
        *(word for needs in NEEDS for word in needs.words),
        *("COOKIE", "Photo", "İnbox", "ſubscribe", "K", "UPDATES", "Rights Reserved"),
        *(" ", "é", "’", "x", "Σ", "ß", "ﬁ", "cook", "ie", "by", "continuing"),
    ]
)


@given(st.lists(NEEDED_PIECES, max_size=6).map("".join))
def test_needed_words_are_found_as_the_regex_finds_them(text: str) -> None:
    for needs in NEEDS:
        expected = needs.pattern.search(text) is not None
        assert needs.found_in(text) == needs.found_in_lowered(text, _searchable(text)) == expected


CREDIT_PIECES = st.sampled_from(
    [
        *("AP/", "ANI/", "Picture by ", "PICTURE BY ", "Photo by ", "photograph by ", "Image by "),
        *("image by ", "reuters/", "AFP photo", "file photo", "Photo:", "Photograph credit:"),
        *("purchase licensing rights", " by ", "Jane", "J", "x", " ", "/", "İ", "ſ", "K", "é"),
    ]
)


CREDITS = [
    *("Image by Jane Doe", "Picture by Jane", "picture by J", "Photograph by Jane", "AP/Jane"),
    *(
        "REUTERS/x",
        "AFP photo",
        "File photo",
        "Photo: x",
        "Purchase licensing rights",
        "purchaſe licensing rights",
    ),
]


@pytest.mark.parametrize("text", CREDITS)
def test_photo_credits_pass_the_quick_look_for_one(text: str) -> None:
    assert _PHOTO_CREDIT.search(text)
    assert _may_credit_a_photo(text, _searchable(text))


@given(st.lists(CREDIT_PIECES, max_size=6).map("".join))
def test_every_photo_credit_passes_the_quick_look_for_one(text: str) -> None:
    if _PHOTO_CREDIT.search(text):
        assert _may_credit_a_photo(text, _searchable(text))


def test_derived_counts_follow_the_text_of_a_block() -> None:
    block = Block("para", "The ferry [left](/x) port on Monday, the council said.", link_chars=4)
    assert (block.words, block.prose) == (9, True)
    assert block.link_density == 4 / len(block.text)
    shorter = replace(block, text="The ferry left")
    assert (shorter.words, shorter.prose, shorter.link_density) == (3, False, 4 / 14)
    assert Block("para", "中文字幕组").words == 1 + 5 // 2


BOLD = [
    "**Tip:** soak the beans overnight.",
    "**Average GPA:** 3.65",
    "Prices rose by **12%**, the most since **2008**.",
    "**Ferry** **timetable**",
    "**x**",
    "**“Quoted”** words",
    "**é**; **ß**! **1**? **a**: b",
    "**a:**.",  # punctuation on both sides: the closer could open too
    "x**a** b",
    "**a**b",
    "** a**",
    "**a **",
    "**a****b**",
    "***a***",
    "**a*b**",
    "*a*",
    "__a__",
    "**a\xa0**",
    "**\u3000a**",
    "**a** & **b** &amp; c",
    "**[a](/b)**",
    "**a\nb**",
    "**a**\u2019s",
]


@pytest.mark.parametrize("text", BOLD)
def test_bold_runs_parse_as_markdown_it_parses_them(text: str) -> None:
    assert_parsed_alike(text)
    assert_parsed_alike(f"* {text}")


def test_the_shortcut_takes_plain_bold_runs() -> None:
    tokens = _plain_strong("**Tip:** soak")
    assert tokens is not None
    assert [(t.type, t.content) for t in tokens] == [
        ("text", ""),
        ("strong_open", ""),
        ("text", "Tip:"),
        ("strong_close", ""),
        ("text", " soak"),
    ]
    assert _plain_strong("x**a** b") is None


BOLD_PIECES = st.sampled_from(
    [
        *("**", "*", " ", "a", "Tip", "1", "é", "_", ":", ".", ",", "!", "?", "’", "“", "\xa0"),
        *("\u3000", "&", "&amp;", "[a](/b)", "\n", "\\", "(", "$", "½"),
    ]
)


@given(st.lists(BOLD_PIECES, max_size=10).map("".join))
def test_any_text_with_bold_runs_parses_as_markdown_it_parses_it(text: str) -> None:
    assert_parsed_alike(text)
