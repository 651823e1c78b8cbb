"""What is no speaker, by its shape: products, versions and standards, a word from inside
another name, the reader's relatives, a name with an "-ing" word after it; and an appositive
holding a web address. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.context import sentence_subject
from store.quoting.quotes import find_quotes
from store.quoting.tokens import tokenize


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour SQL runs the ledgers. Harbour, a Dutch software firm, stands for “keeping "
        "every ledger in step.”",
        "FERRY API is out. FERRY aims to be what it calls the “open ferry timetable of the coast.”",
    ],
)
def test_a_firm_is_not_its_products_acronym(text: str) -> None:
    [speaker] = speakers(text)
    assert speaker is not None and speaker.split()[-1].isupper() is (speaker == "FERRY")
    assert speaker in {"Harbour", "FERRY"}


@pytest.mark.parametrize(
    "text",
    [
        "QUAY CRM runs it. It calls itself “the ledger every harbour needs now.”",
        "The tool is HTML5 ready. HTML5 says “render the page as it comes.”",
        "The Harbourcam X-H2S ships soon. X-H2S promises “faster stacked sensors for all.”",
        "The Quaycam S5 II is out. It promises “sharper pictures of every boat.”",
    ],
)
def test_a_product_or_a_version_is_no_speaker(text: str) -> None:
    assert speakers(text) == [None]


def test_a_speaking_body_named_by_one_acronym_still_speaks() -> None:
    assert speakers("The FBI said “we are looking into the fees.”") == ["FBI"]
    assert speakers("“We are ready,” said the EB-5 Harbour Coalition.") == [
        "EB-5 Harbour Coalition"
    ]


def test_a_word_from_inside_a_longer_name_is_no_speaker() -> None:
    text = (
        "Ask about the Child Harbour Credit. Harbour preparers may call them a “fee refund "
        "advance loan.”"
    )
    assert speakers(text) == [None]


def test_a_first_name_still_stands_for_the_full_name() -> None:
    assert speakers("Holly Wilgus runs the shop. “We sell boats,” Holly said.") == ["Holly Wilgus"]


def test_a_surname_still_stands_for_the_full_name() -> None:
    assert speakers("Rita Varga runs the shop. “We sell boats,” Varga said.") == ["Rita Varga"]
    assert speakers("Carl Hale III runs the shop. “We sell boats,” Hale said.") == ["Carl Hale III"]


@pytest.mark.parametrize(
    "text",
    [
        "Even when your husband still claims they are “fine, really fine,” toss them.",
        "If your doctor says “cut the salt for a month,” listen.",
    ],
)
def test_the_readers_relatives_are_no_speakers(text: str) -> None:
    assert speakers(text) == [None]


def test_the_writers_relatives_are_named_as_the_text_names_them() -> None:
    assert speakers("My father said “we live by the tide.”") == ["my father"]


@pytest.mark.parametrize(
    "text",
    ["QuayML parsing is complex for now", "Harbour speaking rules are strict", "Cole making boats"],
)
def test_a_name_before_an_ing_word_is_no_sentence_subject(text: str) -> None:
    assert sentence_subject(tokenize(text)) is None


@pytest.mark.parametrize("text", ["Ann Cole brings boats", "Ann Cole sang", "Ann Cole is here"])
def test_a_name_before_a_verb_is_a_sentence_subject(text: str) -> None:
    parsed = sentence_subject(tokenize(text))
    assert parsed is not None and parsed[0].text == "Ann Cole"


def test_an_appositive_holding_a_web_address_keeps_its_name() -> None:
    text = (
        "“They are drawing more from her side now,” Nate Silver, the polling guru who "
        "founded fivethirtyeight.com tweeted on Wednesday."
    )
    assert speakers(text) == ["Nate Silver"]


def test_an_abbreviation_with_inner_stops_does_not_end_the_subjects_sentence() -> None:
    text = "Ann Cole, an expert on e.g. harbour fees, said “the fees will rise.”"
    assert speakers(text) == ["Ann Cole"]


@pytest.mark.parametrize(
    "text",
    [
        "Async Ferries it’s “the language of every harbour I have worked in so far.”",
        "Quaycam III also “magical stacked sensors for the night crossings”.",
        "Choose Harbour Lines even From “beginning to end, the crew moved our two households.”",
    ],
)
def test_a_heading_or_a_product_run_into_a_sentence_is_no_subject(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize("adverb", ["also", "even", "still"])
def test_an_adverb_before_the_verb_leaves_the_subject_speaking(adverb: str) -> None:
    text = f"Ann Cole {adverb} vowed to “fight for every berth in the harbour this year.”"
    assert speakers(text) == ["Ann Cole"]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Lines will not fix it overnight; I often tell people “a license is not a magic "
        "spell for anyone.”",
        "Ann Cole runs the port; the sign by the gate says only “keep every berth clear at "
        "night,” in red.",
    ],
)
def test_a_sentence_subject_does_not_speak_past_a_semicolon(text: str) -> None:
    assert speakers(text) != ["Harbour Lines"] and speakers(text) != ["Ann Cole"]


def test_a_sentence_subject_speaks_in_its_own_clause() -> None:
    assert speakers("Ann Cole vowed to “fight for every berth in the harbour this year.”") == [
        "Ann Cole"
    ]


@pytest.mark.parametrize("body", ["The Harbour Board", "Harbour Lines Inc", "The Ferry Commission"])
def test_a_dummy_it_gives_the_quote_after_it_no_body_named_before(body: str) -> None:
    found = speakers(
        f"{body} has fueled a huge jump in ferry use.",
        "It’s the way the parts fit together that makes the harbour work:",
        "“When I got to know about it, I was like yes, this is the ferry I was looking for.”",
    )
    assert found == [None]


def test_a_sentence_subject_named_before_a_quote_still_speaks() -> None:
    found = speakers(
        "Ann Cole runs the ferries.",
        "Cole went on at length:",
        "“When I got to know about it, I was like yes, this is the ferry I was looking for.”",
    )
    assert found == ["Ann Cole"]
