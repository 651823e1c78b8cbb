"""Markup is never article text: raw or escaped HTML, scripts, emptied emphasis, dead picture
targets and indented markdown leave only their words; a second copy of the article goes."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.clean import clean
from store.quoting.quotes import find_quotes

PROSE = (
    "The water board met on Monday to discuss the reservoir, and its chair said the dry "
    "summer had left levels lower than at any time since the dam was finished."
)
BODY = [
    "Engineers have inspected the dam twice this year and found no cracks, the board said, "
    "but they want to replace the old spillway gates before the winter storms arrive.",
    "“We cannot keep patching gates that were installed in the nineteen-sixties,” said Maria "
    "Okafor, who chairs the board, adding that the work would take about eighteen months.",
    "Residents downstream have asked for a public meeting, and the board agreed to hold one "
    "in the village hall next month so that people can see the plans and ask questions.",
]
TITLE = "Water board plans new spillway gates for the old dam"


def texts(markdown: str) -> list[str]:
    return [block.text for block in markdown_blocks(markdown)]


def cleaned(markdown: str) -> list[str]:
    return [p.text for p in clean(markdown, title=TITLE).paragraphs]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("A <a href='https://x.org/a'>linked phrase</a> in prose.", "A linked phrase in prose."),
        ("<p>First words.</p> <p>More <em>words</em>.</p>", "First words. More words."),
        ("Start<script>var a = 1 < 2;</script> end.", "Start end."),
        ("<div>Kept text<style>.x { color: red }</style></div>", "Kept text"),
        ("<p>Before</p><script src='//cdn.example/p.js'></script><p>after</p>", "Before after"),
    ],
)
def test_raw_html_leaves_its_words_and_drops_code(markdown: str, kept: str) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize(
    "escaped",
    [
        "This &lt;a target=&quot;_blank&quot; href=&quot;https://n.org/s/&quot;&gt;article&lt;/a&gt;"
        " first appeared on &lt;a href=&quot;https://n.org&quot;&gt;The Paper&lt;/a&gt;.",
        "<p>This &lt;a href=&quot;https://n.org/s/&quot;&gt;article&lt;/a&gt; first appeared on"
        " &lt;a href=&quot;https://n.org&quot;&gt;The Paper&lt;/a&gt;.</p>",
    ],
)
def test_escaped_tags_are_markup_too(escaped: str) -> None:
    [text] = texts(escaped)
    assert "<" not in text and "href" not in text
    assert text.startswith("This article first appeared on")
    assert "The Paper" in text


def test_escaped_scripts_leave_nothing() -> None:
    markdown = (
        "<p>Closing words.</p> &lt;img src=&quot;https://n.org/pixel&quot; "
        "style=&quot;width:1px;&quot;&gt;&lt;script&gt; TRACKER = { auto: false } &lt;/script&gt;"
    )
    assert texts(markdown) == ["Closing words."]


def test_no_quote_is_made_of_html_fragments() -> None:
    markdown = (
        "<p>“Funding was never the problem,” said Ana Ruiz. This &lt;a target=&quot;_blank&quot;"
        " href=&quot;https://n.org/s&quot;&gt;article&lt;/a&gt; first appeared on "
        "&lt;a target=&quot;_blank&quot; href=&quot;https://n.org&quot;&gt;Paper&lt;/a&gt;.</p>"
    )
    doc = clean(markdown)
    quotes = find_quotes(doc.paragraphs)
    assert all("<" not in quote.text and "target" not in quote.text for quote in quotes)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("<Ctrl> and <Enter>", "<Ctrl> and <Enter>"),
        ("the book &lt;Tale of Jang Noksu&gt; sold", "the book <Tale of Jang Noksu> sold"),
        ("if a < b and c > d", "if a < b and c > d"),
    ],
)
def test_angle_brackets_that_are_no_tag_stay(written: str, kept: str) -> None:
    assert texts(f"Press {written} now.") == [f"Press {kept} now."]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("[Private clouds](https://c.example/p)**** are run by one firm.", "Private clouds are"),
        ("[Storage](https://c.example/s)****(STaaS) holds files.", "Storage (STaaS) holds"),
        ("Plain words ******** then more.", "Plain words then more."),
        ("a list of parts****.", "a list of parts."),
    ],
)
def test_emptied_bold_leaves_no_asterisks(markdown: str, kept: str) -> None:
    [text] = texts(markdown)
    assert "*" not in text
    assert kept in text


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("**Audience****:** readers under thirty.", "Audience: readers under thirty."),
        ("- **Not all links are clickable****:** only the first.", "Not all links are clickable:"),
        ("See **Part one****, Part two** of the series.", "See Part one, Part two of the series."),
        ("**Cost****:** low; **Speed****:** high.", "Cost: low; Speed: high."),
        ("A __word__ and **bold****text** here.", "A word and boldtext here."),
    ],
)
def test_bold_runs_side_by_side_leave_no_asterisks(markdown: str, kept: str) -> None:
    [text] = texts(markdown)
    assert "*" not in text
    assert kept in text


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("Match it with `a****b` in the pattern.", "Match it with a****b in the pattern."),
        ("Type `x****` and press enter.", "Type x**** and press enter."),
        ("[Docs](https://d.example/r)**** say `p****q`****matters.", "Docs say p****q matters."),
        ("**Cost****:** low; write `**a****b**` there.", "Cost: low; write **a****b** there."),
    ],
)
def test_stars_inside_inline_code_are_the_codes_own(markdown: str, kept: str) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize(
    "markdown",
    [
        "    ![A chart of rainfall](data:image/svg+xml;base64,PHN2ZyB2aWV3Qm94PSIw=)",
        "    [![logo](data:image/png;base64,iVBORw0=)](https://site.example)",
        "long-term ](data:image/svg+xml,%3Csvg%20xmlns=%27x%27%3E%3C/svg%3E)",
        "Share this [on X](javascript:void(0) now",
    ],
)
def test_dead_picture_and_script_targets_leave_no_syntax(markdown: str) -> None:
    joined = " ".join(texts(f"{markdown}\n\n{PROSE}"))
    assert "data:" not in joined and "javascript:" not in joined
    assert "](" not in joined and "![" not in joined


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("    Read [the ruling](https://court.example/r) in full.", "Read the ruling in full."),
        ("    Some **bold** [and](/a) _slanted_ words.", "Some bold and slanted words."),
        ("  - item\n\n    An [indented](https://a.example) line.", "An indented line."),
    ],
)
def test_indented_prose_is_read_as_markdown(markdown: str, kept: str) -> None:
    assert kept in texts(markdown)


def test_a_second_copy_of_the_article_in_one_block_goes() -> None:
    copy = f"{TITLE} by Ann Lee, The Paper May 2, 2025 " + " ".join(BODY) + " The Paper"
    page = "\n\n".join([f"# {TITLE}", *BODY, "## Republish this article", copy])
    kept = cleaned(page)
    assert kept[: len(BODY)] == BODY
    assert all(len(text) < 400 for text in kept)


def test_a_print_copy_paragraph_by_paragraph_goes() -> None:
    reworded = [text.replace(",", "") for text in BODY]  # punctuation aside, the same words
    page = "\n\n".join([f"# {TITLE}", *BODY, "## Print", *reworded])
    assert cleaned(page) == BODY


def test_a_paragraph_quoting_one_sentence_of_the_article_is_kept() -> None:
    recap = (
        "Looking back on the meeting, several residents said the hardest news was that the "
        "work would take about eighteen months, and they hoped the board would find a faster "
        "way to protect the homes below the dam before the storms arrive in force."
    )
    page = "\n\n".join([f"# {TITLE}", *BODY, recap])
    assert cleaned(page) == [*BODY, recap]


def test_the_same_words_in_a_longer_paragraph_are_kept_when_most_is_new() -> None:
    longer = BODY[0] + " " + PROSE + " " + PROSE.replace("water board", "county council")
    page = "\n\n".join([f"# {TITLE}", BODY[0], longer])
    assert longer in cleaned(page)


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("**![](https://p.example/ann.jpg)**Ann Lee writes about travel.", "Ann Lee writes"),
        ("**![A fjord](data:image/png;base64,iVBO=)**Groups can share a car.", "Groups can share"),
    ],
)
def test_bold_around_a_picture_leaves_no_asterisks(markdown: str, kept: str) -> None:
    [text] = texts(markdown)
    assert text.startswith(kept)


def test_an_indented_listing_without_links_keeps_its_marks() -> None:
    assert texts("    __pycache__/ *.pyc *.log") == ["__pycache__/ *.pyc *.log"]


def test_short_paragraphs_alike_but_for_a_word_are_kept() -> None:
    lines = [f"If you want to learn more, check out all our {name} reviews." for name in "ABC"]
    page = "\n\n".join([f"# {TITLE}", BODY[0], *lines, BODY[1]])
    assert cleaned(page) == [BODY[0], *lines, BODY[1]]


def test_sections_sharing_template_sentences_are_kept() -> None:
    shared = (
        "In addition to the technical skills needed for this format, students should be "
        "motivated, organised and able to learn on their own schedule."
    )
    sections = [
        f"Hybrid courses meet in a classroom for half of the scheduled hours. {shared}",
        f"Live courses stream each lecture at the scheduled time over a video link. {shared}",
    ]
    page = "\n\n".join([f"# {TITLE}", *BODY, *sections])
    assert cleaned(page) == [*BODY, *sections]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("### Like this:<#section8>", "Like this:"),
        ("## From real estate to architecture<#section-2>", "From real estate to architecture"),
        ("Back to the top <#top> of the page.", "Back to the top of the page."),
        ("Use C# <#> here.", "Use C# here."),
    ],
)
def test_a_permalink_anchor_written_as_an_autolink_is_no_text(markdown: str, kept: str) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize("markdown", ["Write x <#a b> here.", "Tickets <#42 and #43> sold."])
def test_other_angle_brackets_with_a_hash_stay(markdown: str) -> None:
    assert texts(markdown) == [markdown]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        (
            "## Preferring real estate to architecture#section2",
            "Preferring real estate to architecture",
        ),
        ("### Costs and fees#costs-and-fees", "Costs and fees"),
        ("# Where the ferries stop#stops", "Where the ferries stop"),
    ],
)
def test_a_permalink_target_run_into_a_heading_goes(markdown: str, kept: str) -> None:
    assert texts(markdown) == [kept]


@pytest.mark.parametrize(
    "markdown",
    ["## Learning C#", "## Why we tag posts #harbour", "## Issue#42 in review"],
)
def test_hashes_that_belong_to_a_heading_stay(markdown: str) -> None:
    assert texts(markdown) == [markdown.lstrip("# ")]
