"""A speaker's role in citations: after the name where the style names who spoke (default,
Markdown, a CSL style's lead), left to the writer's sentence in APA, MLA and Chicago."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Citation, Quote, QuoteHit
from store.publish.cite import citation_for, format_citation
from store.publish.speakers import speaker_with_role, with_role, written_out

POMPEO = Citation(
    quote="We will not back down,",
    speaker="Mike Pompeo",
    role="Secretary of State",
    outlet="The Ledger",
    title="Talks stall",
    author="Jane Doe",
    published=dt.date(2019, 3, 4),
    paragraph=2,
)


def cite(style: str, **changes: object) -> str:
    return format_citation(POMPEO.model_copy(update=changes), style)


def test_the_default_style_names_the_role_after_the_speaker() -> None:
    assert cite("default") == (
        "“We will not back down” — Mike Pompeo, Secretary of State, quoted by Jane Doe,"
        " The Ledger, “Talks stall”, 4 March 2019, ¶ 2"
    )
    assert cite("default", role=None).startswith("“We will not back down” — Mike Pompeo, quoted")


def test_markdown_names_the_role_after_the_speaker() -> None:
    attribution = cite("markdown").splitlines()[-1]
    assert attribution.startswith("> — Mike Pompeo, Secretary of State, “Talks stall”")


@pytest.mark.parametrize(
    ("style", "cited"),
    [
        ("apa", "(Mike Pompeo, as cited in Doe, 2019, para. 2)."),
        ("mla", "(Mike Pompeo, qtd. in Doe, par. 2)."),
        ("chicago", "Mike Pompeo, quoted in Jane Doe,"),
    ],
)
def test_academic_styles_cite_the_name_alone(style: str, cited: str) -> None:
    citation = cite(style)
    assert cited in citation
    assert "Secretary" not in citation


def test_a_csl_style_names_the_role_in_its_lead() -> None:
    citation = cite("modern-language-association")
    assert citation.startswith("“We will not back down” — Mike Pompeo, Secretary of State")


def test_no_speaker_means_no_role() -> None:
    # A role without its speaker (a hand-edited case) names no one.
    assert cite("default", speaker=None).startswith("“We will not back down” — speaker unknown,")
    assert speaker_with_role(Citation(quote="x", role="Mayor")) == "speaker unknown"


def test_blank_roles_are_dropped_and_spacing_tidied() -> None:
    assert cite("default", role="   ").startswith("“We will not back down” — Mike Pompeo, quoted")
    tidied = cite("default", role=" Secretary   of\nState ")
    assert tidied.startswith("“We will not back down” — Mike Pompeo, Secretary of State, quoted")


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("Sen.", "Senator"),
        ("Lt. Gov.", "Lieutenant Governor"),
        ("Gen", "General"),
        ("Rep. (D-Wis.)", "Representative (D-Wis.)"),
        ("Secretary of State", "Secretary of State"),
        ("chief executive", "chief executive"),
        ("Acme’s Regional Sales Director", "Acme’s Regional Sales Director"),
        ("Senate Majority Leader", "Senate Majority Leader"),  # "Sen" inside a word stays
        ("Dean of the Law School", "Dean of the Law School"),
    ],
)
def test_a_title_abbreviated_before_a_name_is_written_out_after_it(role: str, shown: str) -> None:
    assert written_out(role) == shown
    assert with_role("Ann Lee", role) == f"Ann Lee, {shown}"


def test_a_role_that_is_only_the_name_s_own_words_is_not_repeated() -> None:
    assert with_role("Pope Francis", "Pope") == "Pope Francis"
    assert with_role("Ann Lee", None) == "Ann Lee"


def test_citation_for_a_hit_carries_the_quote_s_role() -> None:
    quote = Quote(
        text="We will not back down,",
        speaker="Mike Pompeo",
        role="Secretary of State",
        paragraph=0,
        start=1,
        end_paragraph=0,
        end=23,
    )
    hit = QuoteHit(quote=quote, doc_title="Talks stall")
    assert citation_for(hit).role == "Secretary of State"
