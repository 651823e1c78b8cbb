"""Phrases that are no speakers: a noun phrase that is the object of a preposition or the
subject of a question, a passive participle's subject, a common noun a sentence start
capitalised. A quote should rather have no speaker than such a one. Sentences written for the
test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        # The object of a preposition before the verb.
        "A woman whose son had a surgery that led to his death once asked me, “Is Kant right "
        "about the consequences of an action?”",
        "Over the course of the events described in my essay, “people forgot how to vote and "
        "stopped going to the polls at all.”",
        # The subject of a question.
        "Has your harbour board ever asked you questions like, “Why do your boats come here "
        "at all, and not to the next port?”",
        # A passive participle: whoever speaks comes after "by", or not at all.
        "A common question asked by candidates is, “Should I work for a firm or a carrier, "
        "and for how long?”",
        "In the second track, a circulating motif is challenged with background noise, “like "
        "a bleed between a rave and a gig in a small room.”",
    ],
)
def test_a_noun_phrase_that_is_not_the_verbs_subject_is_no_speaker(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name with its post "of" a place is still the speaker, and so is a name read with a
        # participle of saying after "of".
        ("“We will not close it,” said Secretary of State Mike Varga.", "Mike Varga"),
        ("China’s ambassador to Norway Li Wei said the talks were “a step in the right way.”",
         "Li Wei"),
        ("The spot ends with footage of Ann Cole saying, “That makes me smart,” to laughter.",
         "Ann Cole"),
        # The inverted subject ends where "of" joins no capital.
        ("“I start by collecting images from my phone,” explains Norris of his process.",
         "Norris"),
        # A name after the verb, inverted after a clause of the writer's.
        ("Do not neglect other nutrients, says Keri Gans, a dietitian. “It is not wise to eat "
         "only protein,” she says.", "Keri Gans"),
    ],
)  # fmt: skip
def test_names_before_prepositions_and_after_clauses_still_speak(text: str, speaker: str) -> None:
    assert set(speakers(text)) == {speaker}


def test_a_clause_then_told_names_whom_not_who() -> None:
    text = "Ann Cole, who was on the list, told POLITICO: “I like the harbour plan the best.”"
    assert speakers(text) == ["Ann Cole"]


def test_a_common_noun_opening_a_sentence_is_no_one_a_pronoun_stands_for() -> None:
    found = speakers(
        "Protein continues to be huge.",
        "Expect protein to stay a buzzy nutrient, as more people eat protein bars.",
        "Keep an eye on fibre too. “It is not wise to focus solely on one nutrient,” she says.",
    )
    assert found == [None]


def test_a_capitalised_word_the_article_writes_only_as_a_name_still_speaks() -> None:
    found = speakers(
        "Yinuo Sun designs gardens in the sun belt.",
        "“Spend time with your plants and you will find all kinds of things,” says Sun.",
    )
    assert found == ["Yinuo Sun"]


def test_a_plural_noun_opening_a_sentence_speaks_as_written_but_is_no_antecedent() -> None:
    found = speakers(
        "Aides said the tour would go on. “We will be in Ohio by Friday,” aides added later.",
        "Other aides disagreed. “We never planned the stop in Ohio at all,” she said.",
    )
    assert found[1] is None


def test_a_plea_names_a_charge_and_is_at_most_an_uncertain_attribution() -> None:
    [quote] = find_quotes(
        [Paragraph(text="In 2019, Ann Cole pleaded guilty to “conspiracy to commit wire fraud”.")]
    )
    assert quote.how != "direct"
    [quote] = find_quotes(
        [Paragraph(text="Ann Cole pleaded with the council: “Keep the harbour open a year.”")]
    )
    assert (quote.speaker, quote.how) == ("Ann Cole", "direct")


def test_a_title_after_a_verb_that_is_not_of_saying_has_no_speaker() -> None:
    found = speakers("Imagine a shop. Ann Cole and Bo Lee both buy “Book 1” and “Book 2.”")
    assert found == [None]


def test_a_title_in_title_case_after_a_verb_that_is_not_of_saying_is_no_quotation() -> None:
    text = (
        "Rosa Diaz tested the apps for a year, see “Babbel vs Mondly: Which Language App "
        "Stands Out?” and “Mondly vs Duolingo: Which One Is Better for Learning?”"
    )
    assert speakers(text) == []  # titles, whatever stop they end in
    # A statement after the same verb is still given its sentence's subject, uncertain.
    [quote] = find_quotes(
        [Paragraph(text="Rosa Diaz tested the apps for a year: “Most of them are far too slow.”")]
    )
    assert (quote.speaker, quote.how) == ("Rosa Diaz", "context")
