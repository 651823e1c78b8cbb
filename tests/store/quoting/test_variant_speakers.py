"""Variants that agree: which speaker reports of one statement give each other."""

from __future__ import annotations

import pytest

from store.quoting.variant_speakers import (
    Attribution,
    agreed_speaker,
    may_be_one_statement,
    same_person,
    variant_speakers,
)

SURE = Attribution("Ana Lopes", "direct")
OTHER_SURE = Attribution("Tomas Ferreira", "direct")


def given(own: Attribution, *variants: Attribution) -> str | None:
    """What the variants give a quote attributed as `own`."""
    attributions = {0: own, **{k: a for k, a in enumerate(variants, start=1)}}
    links = {0: set(range(1, len(variants) + 1))}
    return variant_speakers(attributions, links).get(0)


def test_a_quote_with_no_speaker_takes_the_one_its_variant_names() -> None:
    assert given(Attribution(None, None), SURE) == "Ana Lopes"


def test_a_pronoun_or_a_role_gives_way_to_a_name_given_by_a_verb() -> None:
    assert given(Attribution("the mayor", "nominal"), SURE) == "Ana Lopes"
    assert given(Attribution("Rui Costa", "pronoun"), SURE) == "Ana Lopes"
    assert given(Attribution("Rui Costa", "nominal"), Attribution("Ana Lopes", "layout")) == (
        "Ana Lopes"
    )


def test_a_quote_named_surely_keeps_its_speaker() -> None:
    assert given(OTHER_SURE, SURE) is None
    assert given(Attribution("Rui Costa", "chain"), SURE) is None
    assert given(Attribution("Rui Costa", "corrected"), SURE) is None


def test_weak_variants_give_nothing() -> None:
    assert given(Attribution(None, None), Attribution("Ana Lopes", "pronoun")) is None
    assert given(Attribution(None, None), Attribution("a spokesman", "direct")) is None
    assert given(Attribution(None, None), Attribution("Ana Lopes", "variant")) is None


def test_variants_that_disagree_give_nothing() -> None:
    assert given(Attribution(None, None), SURE, OTHER_SURE) is None


def test_variants_naming_one_person_by_two_forms_give_the_fuller() -> None:
    assert given(Attribution(None, None), Attribution("Lopes", "direct"), SURE) == "Ana Lopes"


def test_the_same_person_is_not_given_again() -> None:
    assert given(Attribution("Lopes", "pronoun"), SURE) is None


def test_same_person_compares_the_last_words() -> None:
    assert same_person("Trump", "Donald Trump") and same_person("donald trump", "Donald Trump")
    assert not same_person("Donald Trump", "Ivanka Trump")
    assert not same_person("Trump", "Trump Tower")
    assert agreed_speaker(["Trump", "Donald Trump", "trump"]) == "Donald Trump"
    assert agreed_speaker(["Bill Clinton", "Hillary Clinton"]) is None
    assert agreed_speaker([]) is None


def test_every_quote_of_the_links_is_judged() -> None:
    attributions = {1: SURE, 2: Attribution(None, None), 3: Attribution("the mayor", "nominal")}
    links = {1: {2, 3}, 2: {1, 3}, 3: {1, 2}}
    assert variant_speakers(attributions, links) == {2: "Ana Lopes", 3: "Ana Lopes"}


LONG = "We will keep every ferry running through the winter storms"
SHORT = "Build the bridge now"


@pytest.mark.parametrize(
    ("text", "speaker_a", "speaker_b", "one"),
    [
        (LONG, "Ana Lopes", "Ana Lopes", True),
        (LONG, "Ana Lopes", "Lopes", True),
        (LONG, "Ana Lopes", None, True),
        (LONG, None, None, True),
        (LONG, "Ana Lopes", "the mayor", True),  # a description is no other person
        (LONG, "Ana Lopes", "Rui Costa", False),
        (LONG, "Bill Clinton", "Hillary Clinton", False),
        (SHORT, "Ana Lopes", "Lopes", True),
        (SHORT, "Ana Lopes", None, False),
        (SHORT, None, None, False),
        (SHORT, "Ana Lopes", "a protester", False),
        ("No, I meant he's the founder of ISIS", "Donald Trump", None, False),  # few content words
        ("No, I meant he's the founder of ISIS", "Donald Trump", "Trump", True),
    ],
)
def test_may_be_one_statement(
    text: str, speaker_a: str | None, speaker_b: str | None, one: bool
) -> None:
    assert may_be_one_statement(text, speaker_a, text, speaker_b) is one
    assert may_be_one_statement(text, speaker_b, text, speaker_a) is one
