"""Leftover junk speakers from real pages, in shapes written for the test: a short name is
not filled out to a longer run the article shows to be a thing ("async Rust"), a common noun
a sentence's start capitalised is no first name ("Tax preparers may …"), and "it is" names no
one."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.context import sentence_subject
from store.quoting.quotes import find_quotes
from store.quoting.speakers import Registry
from store.quoting.tokens import tokenize


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


def registry(names: list[str], text: str) -> Registry:
    return Registry([], {}, names, None, [text])


@pytest.mark.parametrize(
    ("names", "text", "short", "full"),
    [
        # A run whose first word the article also writes in lower case is a kind of thing.
        (["Async Harbour"], "Async Harbour grew. Many find async Harbour hard.", "Harbour", None),
        (["Sync Quay"], "Use sync Quay or Sync Quay for it.", "Quay", None),
        # A first name the article never writes in lower case still opens a full name.
        (["Beth Helmstetter"], "Beth Helmstetter runs it.", "Helmstetter", "Beth Helmstetter"),
        # A word the article writes in lower case is no first word of a longer name.
        (["Tax Counseling"], "Tax Counseling helps. Pay the tax on time.", "Tax", None),
        (["Ferry Watch"], "Ferry Watch met. The ferry was late.", "Ferry", None),
        (["Holly Wilgus"], "Holly Wilgus sells boats.", "Holly", "Holly Wilgus"),
    ],
)
def test_a_short_name_is_filled_out_only_to_a_name(
    names: list[str], text: str, short: str, full: str | None
) -> None:
    assert registry(names, text).fullest(short) == (full or short)


@pytest.mark.parametrize(
    "text",
    [
        "Ferry preparers may call them a “fare refund advance on the ticket.”",
        "Harbour pilots will call it “the worst tide of the whole decade.”",
        "Quay owners should call them “the fees that nobody ever agreed to.”",
    ],
)
def test_a_noun_before_a_modal_is_no_name_and_verb(text: str) -> None:
    assert sentence_subject(tokenize(text)) is None


def test_a_name_before_a_verb_and_a_modal_still_is_one() -> None:
    parsed = sentence_subject(tokenize("Ann Cole says it may call them “the fees.”"))
    assert parsed is not None and parsed[0].text == "Ann Cole"


@pytest.mark.parametrize(
    "texts",
    [
        [
            "The Harbour Lang Foundation keeps a language for boats.",
            "It’s the way the parts fit that wins them over:",
            "“I got to know it and stopped thinking about any other language for the job.”",
        ],
        [
            "The Harbour Lang Foundation keeps a language for boats.",
            "It is the way the parts fit that wins them over:",
            "“I got to know it and stopped thinking about any other language for the job.”",
        ],
    ],
)
def test_it_with_a_form_of_be_names_no_one(texts: list[str]) -> None:
    assert speakers(*texts) == [None]


def test_a_body_still_speaks_through_it_with_a_verb_of_its_own() -> None:
    found = speakers(
        "The Harbour Board met on Monday. It called the plan “a gift to the developers of "
        "the old town.”"
    )
    assert found == ["Harbour Board"]
