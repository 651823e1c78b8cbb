"""A writer keeps to one kind of quote mark for their own quotes: marks of another kind inside
an open quote are a quote it quotes, and a quote running on over paragraphs goes on only in
the kind of mark it opened with. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.marks import find_spans, scan_paragraph
from store.quoting.quotes import find_quotes


def scanned(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.ending) for s in scan_paragraph(0, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcript turn in straight marks, a title in curly ones inside it, left open.
        (
            '"COLE: Well, this is not an episode of “Harbour Watch.” It is serious.',
            [("COLE: Well, this is not an episode of “Harbour Watch.” It is serious.", "open")],
        ),
        # Closed by its own kind after the nested pair.
        (
            '"He called the plan “a disaster” and left," Lee said.',
            [("He called the plan “a disaster” and left,", "closed")],
        ),
        # Curly outside, straight inside.
        (
            '“She wrote "never again" on the wall,” Lee said.',
            [('She wrote "never again" on the wall,', "closed")],
        ),
        # Guillemets outside, curly inside.
        (
            "«Il a dit “non” hier», a dit Lee.",
            [("Il a dit “non” hier", "closed")],
        ),
    ],
)
def test_a_pair_of_another_kind_inside_an_open_quote_is_nested(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert scanned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A mark of the same kind still cuts a quote left unclosed.
        (
            "“An unclosed start. “The next quote,” Lee said.",
            [("An unclosed start.", "cut"), ("The next quote,", "closed")],
        ),
        # Another kind's opener with no closer of its kind cuts as before.
        (
            '"An unclosed start. “The next quote," Lee said.',
            [("An unclosed start.", "cut"), ("The next quote,", "closed")],
        ),
    ],
)
def test_marks_of_the_same_kind_or_unpaired_still_cut(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert scanned(text) == expected


def paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(text=t) for t in texts]


def test_a_running_quote_goes_on_in_a_paragraph_opening_with_its_kind_of_mark() -> None:
    texts = ['"The ferry was late again.', '"Nobody on board was surprised."']
    [span] = find_spans(paragraphs(*texts), set())
    assert len(span.segments) == 2


@pytest.mark.parametrize(
    "texts",
    [
        ['"The ferry was late again.', "“Nobody was surprised,” she said."],
        ["“The ferry was late again.", '"Nobody was surprised," she said.'],
    ],
)
def test_a_paragraph_opening_with_another_kind_of_mark_is_a_quote_of_its_own(
    texts: list[str],
) -> None:
    spans = find_spans(paragraphs(*texts), set())
    assert [len(span.segments) for span in spans] == [1, 1]


def test_each_nested_transcript_turn_is_its_speakers_quote() -> None:
    quotes = find_quotes(
        paragraphs(
            "Partial transcript as follows:",
            '"HOST: Why did you call the plan “a dead end” on Friday?',
            '"COLE: Because it is one. The “harbour fund” is empty and the council knows it.',
        )
    )
    assert [(q.text[:5], q.speaker) for q in quotes] == [("HOST:", "Host"), ("COLE:", "Cole")]
