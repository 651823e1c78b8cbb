"""Citations in CSL styles (citeproc-py): by a packaged style's name and by a .csl file, with
the quote's paragraph as CSL's locator."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.models import Citation
from store.publish.cite import check_style, format_citation
from store.publish.csl import CslStyleError, csl_item

FULL = Citation(
    quote='Piracy is "theft",\n  and we will act',
    speaker="Fahmi Fadzil",
    outlet="TorrentFreak",
    title="Malaysia blocks pirate sites",
    author="By Ernesto Van der Sar",
    published=dt.date(2024, 5, 13),
    url="https://torrentfreak.com/malaysia-blocks/",
    paragraph=7,
)
QUOTE = "“Piracy is ‘theft’, and we will act”"

# A style of our own, as a publication would write one: author and year with the locator in
# the text, "n.d." (CSL's short "no date" term) when there is no date.
TINY_CSL = """\
<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Tiny</title><id>tiny</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation>
    <layout prefix="&lt;" suffix="&gt;" delimiter="; ">
      <group delimiter=" | ">
        <names variable="author"><name form="short"/>
          <substitute><text variable="container-title"/></substitute></names>
        <choose>
          <if variable="issued"><date variable="issued"><date-part name="year"/></date></if>
          <else><text term="no date" form="short"/></else>
        </choose>
        <group delimiter=" ">
          <label variable="locator" form="short"/><text variable="locator"/>
        </group>
      </group>
    </layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=" / ">
        <names variable="author"><name/></names>
        <text variable="title"/>
        <text variable="container-title"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
"""


@pytest.fixture
def tiny(tmp_path: Path) -> str:
    path = tmp_path / "tiny.csl"
    path.write_text(TINY_CSL, encoding="utf-8")
    return str(path)


def cite(style: str, **changes: object) -> str:
    return format_citation(FULL.model_copy(update=changes), style)


def test_a_style_of_our_own_by_file(tiny: str) -> None:
    assert cite(tiny) == (
        f"{QUOTE} — Fahmi Fadzil <Van der Sar | 2024 | para. 7>\n"
        "Ernesto Van der Sar / Malaysia blocks pirate sites / TorrentFreak"
        " / https://torrentfreak.com/malaysia-blocks/."
    )


def test_the_file_style_says_nd_and_substitutes_without_author_or_date(tiny: str) -> None:
    first, entry = cite(tiny, author=None, published=None, speaker=None).split("\n")
    assert first == f"{QUOTE} — speaker unknown <TorrentFreak | n.d. | para. 7>"
    assert entry.startswith("Malaysia blocks pirate sites / TorrentFreak")


def test_no_paragraph_no_locator(tiny: str) -> None:
    assert cite(tiny, paragraph=None).split("\n")[0].endswith("<Van der Sar | 2024>")


def test_a_packaged_style_by_name_carries_the_locator() -> None:
    first, entry = cite("harvard-cite-them-right").split("\n")
    assert first == f"{QUOTE} — Fahmi Fadzil (Van der Sar, 2024, para. 7)"
    assert "Malaysia blocks pirate sites" in entry and "TorrentFreak" in entry
    assert entry.endswith("https://torrentfreak.com/malaysia-blocks/.")


def test_a_numeric_style_puts_a_space_after_the_entry_number() -> None:
    first, entry = cite("ieee").split("\n")
    assert first == f"{QUOTE} — Fahmi Fadzil [1, Para. 7]"
    assert entry.startswith("[1] E. Van der Sar, “Malaysia blocks pirate sites”")


def test_a_note_style_gives_the_quote_then_its_note() -> None:
    first, note = cite("chicago-notes-bibliography").split("\n")
    assert first == f"{QUOTE} — Fahmi Fadzil"
    assert "TorrentFreak" in note and "para. 7" in note


def test_apa_by_csl_says_nd_without_a_date() -> None:
    first, entry = cite("apa", published=None).split("\n")  # the hand-written APA
    assert "n.d." in first and "(n.d.)" in entry
    # "apa" is the hand-written style; the CSL one is reached through a variant's name
    first, entry = cite("apa-no-initials", published=None).split("\n")
    assert first == f"{QUOTE} — Fahmi Fadzil (Van der Sar, n.d., para. 7)"
    assert "(n.d.)" in entry


def test_a_newsroom_byline_is_one_literal_name() -> None:
    item = csl_item(FULL.model_copy(update={"author": "TorrentFreak Staff"}))
    assert item["author"] == [{"literal": "TorrentFreak Staff"}]
    assert csl_item(FULL)["issued"] == {"date-parts": [[2024, 5, 13]]}
    bare = csl_item(Citation(quote="x"))
    assert bare == {"id": "quote", "type": "article-newspaper"}


def test_with_no_source_the_default_line_is_given(tiny: str) -> None:
    bare = Citation(quote="Piracy is theft,", speaker="Fahmi Fadzil")
    assert format_citation(bare, tiny) == format_citation(bare, "default")


def test_document_text_stays_text(tiny: str) -> None:
    title = "[bold]Sites[/bold] <i>blocked</i> & more"
    assert title in cite(tiny, title=title)


@pytest.mark.parametrize(
    ("style", "reason"),
    [
        ("harvard", "unknown citation style 'harvard': use default, apa"),
        ("../styles/apa", "no such file"),
        ("Not A Name", "unknown citation style 'Not A Name'"),
        ("missing.csl", "citation style file 'missing.csl': no such file"),
    ],
)
def test_an_unknown_style_is_a_one_line_error_naming_it(style: str, reason: str) -> None:
    with pytest.raises(ValueError, match="citation style") as raised:
        format_citation(FULL, style)
    assert reason in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(CslStyleError):
        check_style(style)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not xml at all", "is not a readable CSL style"),
        ("<html><body/></html>", "is not a readable CSL style"),
        (TINY_CSL.replace("<citation>", "<x>").replace("</citation>", "</x>"), "no <citation>"),
    ],
)
def test_a_bad_csl_file_is_named(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "bad.csl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CslStyleError) as raised:
        check_style(str(path))
    assert str(path) in str(raised.value) and reason in str(raised.value)
    assert "\n" not in str(raised.value)


def test_the_built_in_styles_need_no_csl() -> None:
    for style in ("default", "apa", "mla", "chicago", "markdown"):
        check_style(style)
