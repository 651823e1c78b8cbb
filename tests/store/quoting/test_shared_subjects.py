"""Verbs of saying that share a subject named earlier in their sentence, a quote's "!" that
does not end its sentence, and a speaker named after a clause of the writer's; each in
sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.cues import find_cues
from store.quoting.marks import Sentences
from store.quoting.quotes import find_quotes


def quotes(*texts: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        "She declared “What a night!” and said",
        "He asked “Why now?” and then left",
        "They chanted “Open the quay!” while it rained",
    ],
)
def test_a_quotes_own_stop_before_lower_case_does_not_end_the_sentence(text: str) -> None:
    assert list(Sentences(text).finals) == []


def test_a_quotes_stop_before_a_capital_still_ends_the_sentence() -> None:
    text = "She declared “What a night!” Then she left."
    assert len(Sentences(text).finals) == 2


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ann Cole praised the crew and said the quay would “stay open all year.”", "said"),
        (
            "Ann Cole told the crew it did well but then warned that “the fees will rise soon.”",
            "warned",
        ),
        (
            "Ann Cole told reporters the vote failed, saying the board had “lost its nerve.”",
            "saying",
        ),
    ],
)
def test_a_second_verb_of_saying_shares_the_first_ones_subject(text: str, verb: str) -> None:
    [(_words, speaker, cue)] = quotes(text)
    assert (speaker, cue) == ("Ann Cole", verb)


def test_a_coordinated_verb_names_no_one_across_a_sentence_end() -> None:
    text = "Ann Cole said the crew did well. And said nothing more."
    cues = find_cues(0, text)
    assert [(c.phrase, c.start) for c in cues] == [("said", 0)]


def test_a_verb_after_and_with_its_own_subject_keeps_it() -> None:
    found = quotes("Ann Cole spoke first, and Bo Lee said the plan was “a slow disaster.”")
    assert [speaker for _w, speaker, _c in found] == ["Bo Lee"]


def test_a_quote_of_another_speaker_joined_by_and_keeps_its_own_cue() -> None:
    found = quotes("“We are ready,” Ann Cole said, and “so are we,” Bo Lee replied.")
    assert [speaker for _w, speaker, _c in found] == ["Ann Cole", "Bo Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "It would bring “a summer of agony” to the party, forcing her to fight both Lee "
        "and Hale, said Brad Bannon, a pollster.",
        "The fees would rise, “hurting every small boat” in the harbour with Lee and Hale, "
        "said Brad Bannon.",
    ],
)
def test_a_speaker_after_a_clause_ending_in_an_object_is_found(text: str) -> None:
    assert [speaker for _w, speaker, _c in quotes(text)] == ["Brad Bannon"]


def test_a_sentence_opening_after_a_quotes_stop_has_its_subject_read() -> None:
    found = quotes(
        "Ann Cole called it “The Best Harbour Ever.” Bo Lee credited the crew with keeping "
        "“the whole quay together” all year."
    )
    assert [(words, speaker) for words, speaker, _c in found] == [
        ("the whole quay together", "Bo Lee")
    ]


@pytest.mark.parametrize("opening", ["He’s", "He's"])
def test_a_pronoun_written_with_its_verb_is_a_sentence_subject(opening: str) -> None:
    found = quotes(
        f"Bo Lee says the fees will fall “by a third next year.” {opening} predicting they "
        "will do “very, very well” at the vote."
    )
    assert [speaker for _w, speaker, _c in found] == ["Bo Lee", "Bo Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "The vote drew a reply from Ann Cole, who called the plan “unfit to serve the town.”",
        "Lee met Ann Cole, who said “the fees are far too high.”",
    ],
)
def test_a_relative_clause_speaks_for_the_name_it_follows(text: str) -> None:
    assert [speaker for _w, speaker, _c in quotes(text)] == ["Ann Cole"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sanders’ campaign called the report a “rush to judgment,” on Monday.",
            "Sanders’ campaign",
        ),
        ("The Joneses’ lawyer said “we will appeal the ruling.”", "the Joneses’ lawyer"),
    ],
)
def test_a_plurals_possessive_owns_the_role_after_it(text: str, speaker: str) -> None:
    assert [s for _w, s, _c in quotes(text)] == [speaker]
