"""Date words inside a quoted example (after "such as", "like", "e.g."...) are the example's,
not the page's; a quotation someone said keeps its dates."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 12)  # a Wednesday


def dated(text: str) -> list[tuple[str, str | None]]:
    """The DATE and TIME mentions of `text`, phrase and value."""
    events = find_dates([Paragraph(text=text)], ANCHOR)
    return [(event.phrase, event.value) for event in events if event.type in ("DATE", "TIME")]


EXAMPLES = [
    'Agents get goals – such as "trim our cloud bill this quarter" or "patch every server" – '
    "and plan the steps.",
    "Try prompts like “summarise the emails I got yesterday” or “what is due tomorrow?”.",
    'Set targets, e.g. "double sign-ups by next month", not vague wishes.',
    "Write commands, for example: “remind me on Friday”.",
    'Slogans including "Act fast" and "Change starts today" filled the page.',
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_a_date_word_in_a_quoted_example_is_no_date(text: str) -> None:
    assert dated(text) == []


KEPT = [
    # Said by someone, not given as an example.
    ("“We will cut costs this quarter,” the chief executive said.", "this quarter", "2025-Q1"),
    ('The board said "the deal will close tomorrow" in a filing.', "tomorrow", "2025-03-13"),
    # "like" before a comma reports what was said.
    ("It was like, “they left yesterday without a word.”", "yesterday", "2025-03-11"),
    # The date is outside the quoted example.
    ('He used slogans such as "Vote early" at the rally on Monday.', "Monday", "2025-03-10"),
    # An example not quoted is left to the other readings: a plain date stays.
    ("Targets such as sales growth were met last quarter.", "last quarter", "2024-Q4"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), KEPT)
def test_a_quotation_that_is_no_example_keeps_its_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in dated(text)


def test_a_calendar_date_in_a_quoted_example_is_still_a_date() -> None:
    found = dated('Goals such as "launch by 1 May 2026" work best.')
    assert found == [("1 May 2026", "2026-05-01")]
