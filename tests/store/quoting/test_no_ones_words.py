"""Speakers that are no one the article names, by the shape of their sentence: a name
modifying the plural noun that is the real subject ("North Dakota residents"), labels
standing for anyone ("User A"), a people's saying ("as the French say"). Sentences written for
the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.context import sentence_subject
from store.quoting.quotes import find_quotes
from store.quoting.tokens import tokenize


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("North Dakota residents reported fewer bad days", "North Dakota residents"),
        ("Harbour Lines passengers complained about the delays", "Harbour Lines passengers"),
        ("Quay County farmers voted to wait", "Quay County farmers"),
        ("Leeds commuters say the trains are late", "Leeds commuters"),
        ("The Leeds commuters say the trains are late", "Leeds commuters"),
        ("The BLM group is calling on the mayor to resign", "BLM group"),  # before "is"
        ("The Harbour Watch board has asked for a vote", "Harbour Watch board"),
    ],
)
def test_a_name_modifying_a_plural_subject_is_not_the_subject(text: str, people: str) -> None:
    parsed = sentence_subject(tokenize(text))
    assert parsed is not None
    subject, _verb = parsed
    assert (subject.kind, subject.phrase, subject.definite) == ("role", people, False)


def test_the_people_a_plural_names_speak_as_written() -> None:
    found = speakers("Quay County farmers chanted “no more ferries, no more fees” at the pier.")
    assert found == ["Quay County farmers"]


@pytest.mark.parametrize(
    "text",
    [
        "Hygge means “a mood of cosiness and comfortable conviviality” in Danish.",
        "Port Ferrolux translates as “iron and light, the two things the old yard made.”",
        "Kaizen Teian denotes “change for the better, made in small steps every single day.”",
    ],
)
def test_a_gloss_is_no_one_s_words(text: str) -> None:
    found = speakers(text)
    assert found and all(speaker is None for speaker in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tax preparers may call you about it",  # a modal
        "Prospective students are required to enrol",  # a verb of being: maybe no name
        "Harbour officials were told to wait",
    ],
)
def test_a_modal_or_a_verb_of_being_after_the_noun_leaves_no_subject(text: str) -> None:
    assert sentence_subject(tokenize(text)) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Cole reported fewer bad days", "Ann Cole"),
        ("Ann Cole says the trains are late", "Ann Cole"),
        ("Harbour Lines was told to wait", "Harbour Lines"),
        ("Ann Cole insists the fares will fall", "Ann Cole"),
        ("Ann Cole sorted the tickets by price", "Ann Cole"),
        ("Ann Cole responded by pointing at the timetable", "Ann Cole"),
        ("Ann Cole discusses the ferries", "Ann Cole"),
        ("The Harbour Commission has said it will wait", "Harbour Commission"),
    ],
)
def test_a_name_before_its_verb_stays_the_subject(text: str, name: str) -> None:
    parsed = sentence_subject(tokenize(text))
    assert parsed is not None and parsed[0].text == name


@pytest.mark.parametrize(
    "text",
    [
        "Picture a shop. User A and User B both buy a map. Later, User A also buys a "
        "compass, and the page shows “people like you also bought” under it.",
        "Say Company X sells ferries to Company Y. Company X says “the hulls are sound,” "
        "and Company Y pays on delivery.",
        "Player B moves first. Player A answers “check” at once, as the rules allow.",
    ],
)
def test_labels_of_a_series_are_no_speakers(text: str) -> None:
    found = speakers(text)
    assert found and all(speaker is None for speaker in found)


def test_a_name_with_an_initial_is_a_speaker() -> None:
    found = speakers("Liz W gave it five stars. Liz W wrote “the best coat I have ever owned.”")
    assert found == ["Liz W"]


@pytest.mark.parametrize(
    "text",
    [
        "Colours fade at night, and as the French say, “dans le noir tous les chats sont gris.”",
        "As they say, “the early bird catches the worm,” and the ferries left at dawn.",
        "As the Dutch say, “a good start is half the work,” so the crews began early.",
    ],
)
def test_a_people_s_saying_has_no_speaker(text: str) -> None:
    assert speakers(text) in ([None], [])


def test_a_saying_is_not_given_the_speaker_before_it() -> None:
    found = speakers(
        "“We paint at night,” Orla Vance explained. And as the French say, “dans le noir tous "
        "les chats sont gris.”"
    )
    assert found == ["Orla Vance", None]


@pytest.mark.parametrize(
    "text",
    [
        "As Ann Cole says, “the early ferry is the best ferry of all.”",
        "As Ann Cole said, “the early ferry is the best ferry of all.”",
        "“The early ferry is the best ferry of all,” as Ann Cole put it.",
    ],
)
def test_a_person_s_words_after_as_keep_their_speaker(text: str) -> None:
    assert speakers(text) == ["Ann Cole"]
