"""Posts kept whole ("marketing director", not "director"), party labels as roles, and labels
naming the speaker of the quote after them ("Yinuo Sun, founder of Terremoto:"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes

QUOTE = "“The ferries will run all winter, whatever the weather brings to this coast,”"


def found(*paragraphs: Paragraph) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(list(paragraphs))]


def text(words: str) -> Paragraph:
    return Paragraph(text=words)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (f"{QUOTE} said Ann Cole, marketing director, Harbour Lines.", "marketing director"),
        (f"{QUOTE} said Ann Cole, chief operating officer.", "chief operating officer"),
        (f"{QUOTE} said Ann Cole, regional sales manager at Harbour Lines.", None),
        (f"Ann Cole, deputy finance director, said {QUOTE[:-2]}.”", "deputy finance director"),
    ],
)
def test_an_appositive_post_keeps_its_modifiers(sentence: str, role: str | None) -> None:
    [(speaker, given)] = found(text(sentence))
    assert speaker == "Ann Cole"
    if role is None:  # a post at a named body: the whole of it
        assert given == "regional sales manager at Harbour Lines"
    else:
        assert given == role


@pytest.mark.parametrize(
    "sentence",
    [
        f"{QUOTE} said Ann Cole, who is director.",
        f"{QUOTE} said Ann Cole, a director.",
    ],
)
def test_a_clause_or_an_article_is_no_part_of_the_post(sentence: str) -> None:
    [(speaker, role)] = found(text(sentence))
    assert speaker == "Ann Cole"
    assert role in (None, "director")


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (f"Republican Orrin Vasquez said {QUOTE[:-2]}.”", "Orrin Vasquez", "Republican"),
        (f"Democrat Ann Cole said {QUOTE[:-2]}.”", "Ann Cole", "Democrat"),
        (f"The Republican Party said {QUOTE[:-2]}.”", "Republican Party", None),
    ],
)
def test_a_party_label_is_a_role(sentence: str, speaker: str, role: str | None) -> None:
    assert found(text(sentence)) == [(speaker, role)]


@pytest.mark.parametrize(
    ("label", "speaker", "role"),
    [
        ("Yinuo Sun, founder of Terremoto:", "Yinuo Sun", "founder of Terremoto"),
        ("Ann Cole:", "Ann Cole", None),
        ("Orrin Vasquez, harbour master:", "Orrin Vasquez", "harbour master"),
    ],
)
def test_a_label_names_the_speaker_of_the_quote_after_it(
    label: str, speaker: str, role: str | None
) -> None:
    assert found(text(label), text(QUOTE[:-2] + ".”")) == [(speaker, role)]


@pytest.mark.parametrize("label", ["Key Takeaways:", "Above:", "Harbour Lines Timetable:"])
def test_a_heading_s_colon_names_no_speaker(label: str) -> None:
    assert found(text(label), text(QUOTE[:-2] + ".”")) in ([], [(None, None)])


def test_a_label_heading_gives_the_full_name_a_surname_stands_for() -> None:
    quotes = found(
        Paragraph(kind="heading", text="Yinuo Sun and Nadia Alquaddoomi of Terremoto:"),
        text(f"Above: {QUOTE} says Sun."),
    )
    assert quotes == [("Yinuo Sun", None)]


LINE = "“The ferries ran late all week and nobody told the crews why.”"


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Ann Cole", "Ann Cole"),  # a first name known for a person's
        ("Mayor Cole", "Cole"),  # a title, the role
        ("Okafor", "Okafor"),  # a surname alone
        ("Port Director", "Port Director"),  # a post
        ("Quay Ferry Pass", None),  # a product
        ("Weekend Sailing Box", None),
        ("Harbour Lights Review", None),  # a section of a round-up
    ],
)
def test_a_label_before_a_quote_speaks_only_if_it_reads_as_a_person(
    label: str, speaker: str | None
) -> None:
    [(given, _role)] = found(text(f"{label}: {LINE}"))
    assert given == speaker


def test_a_product_label_after_an_announcing_paragraph_takes_its_speaker() -> None:
    intro = text("Ann Cole tried both passes this year. Here is what she said about each:")
    quotes = found(intro, text(f"Quay Ferry Pass: {LINE}"), text(f"Island Hopper Pass: {LINE}"))
    assert [speaker for speaker, _role in quotes] == ["Ann Cole", "Ann Cole"]


@pytest.mark.parametrize(
    "intro",
    [
        "Ann Cole tried both passes. Here is what she had to say about each:",
        "Here is what Ann Cole has to say about the two passes:",
        "Ann Cole tried both passes, and this is what she had to say:",
    ],
)
def test_what_someone_had_to_say_announces_their_words(intro: str) -> None:
    quotes = found(text(intro), text(f"Quay Ferry Pass: {LINE}"), text(LINE))
    assert [speaker for speaker, _role in quotes] == ["Ann Cole", "Ann Cole"]


def test_an_announcing_paragraph_does_not_reach_past_a_persons_label() -> None:
    intro = text("Ann Cole tried both passes. Here is what she had to say about each:")
    quotes = found(intro, text(f"Tom Lee: {LINE}"))
    assert [speaker for speaker, _role in quotes] == ["Tom Lee"]
