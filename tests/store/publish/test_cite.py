"""Citation styles, with every field present and with each one missing."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Citation, Quote, QuoteHit
from store.publish.cite import CITATION_STYLES, citation_for, format_citation

URL = "https://torrentfreak.com/malaysia-blocks/"
# The URL scrolled to the quote (a text fragment), as the default and Markdown styles link it.
LINK = f"{URL}#:~:text=Piracy%20is%20theft"
FULL = Citation(
    quote="Piracy is theft,",
    speaker="Fahmi Fadzil",
    outlet="TorrentFreak",
    title="Malaysia blocks pirate sites",
    author="Ernesto Van der Sar",
    published=dt.date(2024, 5, 13),
    url=URL,
)


def cite(style: str, **changes: object) -> str:
    return format_citation(FULL.model_copy(update=changes), style)


def test_citation_for_a_hit_takes_the_quote_and_its_document() -> None:
    quote = Quote(
        text="Piracy is theft,",
        speaker="Fahmi Fadzil",
        paragraph=0,
        start=1,
        end_paragraph=0,
        end=17,
    )
    hit = QuoteHit(
        quote=quote,
        doc_title="Malaysia blocks pirate sites",
        source="TorrentFreak",
        url=URL,
        author="Ernesto Van der Sar",
        published=dt.date(2024, 5, 13),
        score=99.0,
    )
    assert citation_for(hit) == FULL


def test_every_style_is_known_and_others_are_refused() -> None:
    assert all(format_citation(FULL, style) for style in CITATION_STYLES)
    with pytest.raises(ValueError, match="unknown citation style 'harvard'"):
        format_citation(FULL, "harvard")


# ---- default ------------------------------------------------------------------------------


def test_default_style_with_every_field() -> None:
    assert format_citation(FULL) == (
        "“Piracy is theft” — Fahmi Fadzil, quoted by Ernesto Van der Sar, TorrentFreak,"
        f" “Malaysia blocks pirate sites”, 13 May 2024, {LINK}"
    )


def test_default_style_leaves_out_missing_fields_with_their_commas() -> None:
    assert cite("default", speaker=None, author=None, url=None) == (
        "“Piracy is theft” — speaker unknown, TorrentFreak, “Malaysia blocks pirate sites”,"
        " 13 May 2024"
    )
    assert cite("default", published=None, outlet="  ", author=None) == (
        f"“Piracy is theft” — Fahmi Fadzil, “Malaysia blocks pirate sites”, {LINK}"
    )
    # With no speaker the byline is never read as the speaker: it reported the words.
    assert cite("default", speaker=None, url=None).startswith(
        "“Piracy is theft” — speaker unknown, quoted by Ernesto Van der Sar, TorrentFreak,"
    )


# ---- the quote itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ("Piracy is theft,", "“Piracy is theft”"),
        ("Piracy is theft ;", "“Piracy is theft”"),
        ("Is piracy theft?", "“Is piracy theft?”"),
        ("a dangerous precedent", "“a dangerous precedent”"),
        ("We will wait...", "“We will wait...”"),
        ('They call it "sharing", we call it theft', "“They call it ‘sharing’, we call it theft”"),
        ("First paragraph.\n  Second   one,", "“First paragraph. Second one”"),
    ],
)
def test_the_quote_stands_alone_as_a_careful_editor_would_set_it(quote: str, shown: str) -> None:
    assert format_citation(Citation(quote=quote)) == f"{shown} — speaker unknown"


def test_a_quote_without_any_source_is_cited_alone_in_every_style() -> None:
    bare = Citation(quote="We will act,")
    assert {format_citation(bare, style) for style in ("default", "apa", "mla", "chicago")} == {
        "“We will act” — speaker unknown"
    }
    assert format_citation(bare, "markdown") == "> We will act\n>\n> — speaker unknown"


# ---- APA 7 --------------------------------------------------------------------------------


def test_apa_with_every_field() -> None:
    assert cite("apa") == (
        "“Piracy is theft” (Fahmi Fadzil, as cited in Van der Sar, 2024).\n"
        f"Van der Sar, E. (2024, May 13). Malaysia blocks pirate sites. TorrentFreak. {URL}"
    )


def test_apa_keeps_a_question_mark_inside_and_the_full_stop_after_the_citation() -> None:
    assert cite("apa", quote="Is it theft?", speaker=None).splitlines()[0] == (
        "“Is it theft?” (speaker unknown, as cited in Van der Sar, 2024)."
    )


def test_apa_without_author_moves_the_title_first() -> None:
    assert cite("apa", author=None) == (
        "“Piracy is theft” (Fahmi Fadzil, as cited in “Malaysia blocks pirate sites,” 2024).\n"
        f"Malaysia blocks pirate sites. (2024, May 13). TorrentFreak. {URL}"
    )


def test_apa_without_date_says_no_date_and_leaves_out_what_is_missing() -> None:
    assert cite("apa", published=None, outlet=None, url=None) == (
        "“Piracy is theft” (Fahmi Fadzil, as cited in Van der Sar, n.d.).\n"
        "Van der Sar, E. (n.d.). Malaysia blocks pirate sites."
    )


def test_apa_authors_two_three_and_newsrooms() -> None:
    two = cite("apa", author="By Jane Mary Doe and Jean-Paul Martin", speaker=None)
    assert two.splitlines() == [
        "“Piracy is theft” (speaker unknown, as cited in Doe & Martin, 2024).",
        "Doe, J. M., & Martin, J.-P. (2024, May 13). Malaysia blocks pirate sites. TorrentFreak."
        f" {URL}",
    ]
    three = cite("apa", author="Ann Lee, Bo Chan and Cy Tan", speaker=None).splitlines()
    assert three[0] == "“Piracy is theft” (speaker unknown, as cited in Lee et al., 2024)."
    assert three[1].startswith("Lee, A., Chan, B., & Tan, C. (2024, May 13).")
    assert cite("apa", author="Reuters Staff").splitlines()[1].startswith("Reuters Staff. (2024")


# ---- MLA 9 --------------------------------------------------------------------------------


def test_mla_with_every_field() -> None:
    assert cite("mla") == (
        "“Piracy is theft” (Fahmi Fadzil, qtd. in Van der Sar).\n"
        "Van der Sar, Ernesto. “Malaysia Blocks Pirate Sites.” TorrentFreak, 13 May 2024,"
        " torrentfreak.com/malaysia-blocks/."
    )


def test_mla_without_author_or_date_begins_with_the_title() -> None:
    assert cite("mla", author=None, published=None, speaker=None) == (
        "“Piracy is theft” (speaker unknown, qtd. in “Malaysia Blocks Pirate Sites”).\n"
        "“Malaysia Blocks Pirate Sites.” TorrentFreak, torrentfreak.com/malaysia-blocks/."
    )


def test_mla_abbreviates_long_months_and_lists_authors() -> None:
    two = cite("mla", author="Jane Doe and John Smith", published=dt.date(2023, 9, 4))
    assert two.splitlines()[1] == (
        "Doe, Jane, and John Smith. “Malaysia Blocks Pirate Sites.” TorrentFreak, 4 Sept. 2023,"
        " torrentfreak.com/malaysia-blocks/."
    )
    three = cite("mla", author="Ann Lee, Bo Chan, and Cy Tan", speaker=None).splitlines()
    assert three[0] == "“Piracy is theft” (speaker unknown, qtd. in Lee et al.)."
    assert three[1].startswith("Lee, Ann, et al. “Malaysia")


def test_mla_and_chicago_titles_take_headline_capitals_but_keep_odd_ones() -> None:
    title = "the iPhone app the US blocked: a story of piracy in 2024"
    expected = "The iPhone App the US Blocked: A Story of Piracy in 2024"
    assert expected in cite("mla", title=title)
    assert expected in cite("chicago", title=title)
    assert title in cite("apa", title=title)


# ---- Chicago 17 ---------------------------------------------------------------------------


def test_chicago_with_every_field() -> None:
    assert cite("chicago") == (
        "“Piracy is theft”\n"
        "Fahmi Fadzil, quoted in Ernesto Van der Sar, “Malaysia Blocks Pirate Sites,”"
        f" TorrentFreak, May 13, 2024, {URL}."
    )


def test_chicago_without_author_date_or_speaker() -> None:
    assert cite("chicago", author=None, published=None, speaker=None, url=None) == (
        "“Piracy is theft”\n"
        "Speaker unknown, quoted in “Malaysia Blocks Pirate Sites,” TorrentFreak, n.d."
    )


def test_chicago_puts_no_comma_after_a_title_ending_in_a_question_mark() -> None:
    note = cite("chicago", title="Is piracy theft?", speaker=None).splitlines()[1]
    assert note == (
        "Speaker unknown, quoted in Ernesto Van der Sar, “Is Piracy Theft?” TorrentFreak,"
        f" May 13, 2024, {URL}."
    )


def test_chicago_authors() -> None:
    three = cite("chicago", author="Ann Lee, Bo Chan and Cy Tan", speaker=None)
    assert three.splitlines()[1].startswith(
        "Speaker unknown, quoted in Ann Lee, Bo Chan, and Cy Tan,"
    )
    four = cite("chicago", author="A Lee, B Chan, C Tan and D Wu", speaker=None)
    assert four.splitlines()[1].startswith("Speaker unknown, quoted in A Lee et al., “Malaysia")


# ---- Markdown -----------------------------------------------------------------------------


def test_markdown_with_every_field() -> None:
    assert cite("markdown") == (
        "> Piracy is theft\n>\n"
        f"> — Fahmi Fadzil, [Malaysia blocks pirate sites]({LINK}), *TorrentFreak*, 13 May 2024"
    )


def test_markdown_without_url_speaker_or_date() -> None:
    assert cite("markdown", url=None, speaker=None, published=None) == (
        "> Piracy is theft\n>\n> — speaker unknown, “Malaysia blocks pirate sites”, *TorrentFreak*"
    )


def test_markdown_keeps_paragraphs_and_escapes_markup() -> None:
    cited = cite(
        "markdown",
        quote='They said "*never*" [sic].\nNot #1, ever',
        title="Pirates_and [sites]",
        url="https://example.com/a (b)",
    )
    assert cited == (
        '> They said "\\*never\\*" \\[sic\\].\n>\n> Not \\#1, ever\n>\n'
        "> — Fahmi Fadzil, [Pirates\\_and \\[sites\\]](<https://example.com/a (b)"
        "#:~:text=They%20said%20%22%2Anever%2A%22%20%5Bsic%5D.,Not%20%231%2C%20ever>),"
        " *TorrentFreak*, 13 May 2024"
    )


# ---- locators and links back ----------------------------------------------------------------


def test_citation_for_a_hit_carries_its_paragraph_and_ids() -> None:
    quote = Quote(
        id=12, doc_id=3, text="Piracy is theft,", paragraph=9, start=0, end_paragraph=9, end=16
    )
    hit = QuoteHit(quote=quote, doc_title="T", paragraph_number=7)
    citation = citation_for(hit)
    assert (citation.paragraph, citation.doc_id, citation.quote_id) == (7, 3, 12)


def test_every_style_carries_the_paragraph_in_its_own_form() -> None:
    assert cite("default", paragraph=7) == (
        "“Piracy is theft” — Fahmi Fadzil, quoted by Ernesto Van der Sar, TorrentFreak,"
        f" “Malaysia blocks pirate sites”, 13 May 2024, ¶ 7, {LINK}"
    )
    assert cite("apa", paragraph=7).splitlines()[0] == (
        "“Piracy is theft” (Fahmi Fadzil, as cited in Van der Sar, 2024, para. 7)."
    )
    assert cite("mla", paragraph=7).splitlines()[0] == (
        "“Piracy is theft” (Fahmi Fadzil, qtd. in Van der Sar, par. 7)."
    )
    assert cite("mla", paragraph=7, author=None, speaker=None).splitlines()[0] == (
        "“Piracy is theft” (speaker unknown, qtd. in “Malaysia Blocks Pirate Sites,” par. 7)."
    )
    assert (
        cite("chicago", paragraph=7)
        .splitlines()[1]
        .endswith(f"TorrentFreak, May 13, 2024, para. 7, {URL}.")
    )
    assert cite("markdown", paragraph=7).endswith(f"({LINK}), *TorrentFreak*, 13 May 2024, ¶ 7")
    # The reference entries cite the work: no locator there.
    assert "para" not in cite("apa", paragraph=7).splitlines()[1]
    assert "par." not in cite("mla", paragraph=7).splitlines()[1]


def test_without_a_url_the_link_back_is_the_show_command() -> None:
    local = {"url": None, "paragraph": 2, "doc_id": 3, "quote_id": 12}
    assert cite("default", **local).endswith(", 13 May 2024, ¶ 2, casebrowser show 3 --at 12")
    assert cite("markdown", **local).endswith("13 May 2024, ¶ 2, `casebrowser show 3 --at 12`")
    assert "casebrowser show" not in cite("apa", **local)


def test_without_a_date_academic_styles_say_no_date() -> None:
    assert "(Fahmi Fadzil, as cited in Van der Sar, n.d., para. 4)." in cite(
        "apa", published=None, paragraph=4
    )
    assert ", n.d., para. 4," in cite("chicago", published=None, paragraph=4)


# ---- a quote whose speaker is not known ------------------------------------------------------


@pytest.mark.parametrize("style", CITATION_STYLES)
def test_a_quote_with_no_speaker_never_reads_as_said_by_the_byline(style: str) -> None:
    cited = cite(style, speaker=None, author="Jeffrey Zeldman", paragraph=25)
    assert "speaker unknown" in cited.lower()
    # The byline's author appears only as the one who reported the words.
    reporter = {
        "default": "speaker unknown, quoted by Jeffrey Zeldman",
        "apa": "(speaker unknown, as cited in Zeldman, 2024, para. 25)",
        "mla": "(speaker unknown, qtd. in Zeldman, par. 25)",
        "chicago": "Speaker unknown, quoted in Jeffrey Zeldman,",
        "markdown": "— speaker unknown, [",
    }[style]
    assert reporter in cited
    assert "— Jeffrey Zeldman" not in cited and "(Jeffrey Zeldman" not in cited


def test_a_blank_speaker_is_unknown_too() -> None:
    assert cite("default", speaker="   ").startswith("“Piracy is theft” — speaker unknown,")
