"""Wire datelines set apart from the first sentence they open are joined back to it, and the
date they carry dates the article."""

from __future__ import annotations

import datetime as dt

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.clean import clean
from store.cleaning.datelines import dateline_date, join_datelines

FIRST = (
    "The harbour authority closed the north pier on Friday after divers found cracks in two of "
    "its pillars, and ferries will dock at the old fish quay until repairs are finished."
)
MORE = (
    "Fishermen said the quay was too shallow for the larger boats at low tide, and the "
    "authority promised to dredge the channel before the summer timetable begins in June."
)


def article(lead: str, *, fmt: str = "markdown") -> list[str]:
    doc = clean(f"# Pier closed\n\n{lead}\n\n{FIRST}\n\n{MORE}", format=fmt, title="Pier closed")
    return [paragraph.text for paragraph in doc.paragraphs]


@pytest.mark.parametrize(
    ("lead", "opening"),
    [
        ("OSLO (AP) —", "OSLO (AP) — The harbour"),
        ("**OSLO, Norway** –", "OSLO, Norway – The harbour"),
        ("BERGEN, June 2 (Reuters) -", "BERGEN, June 2 (Reuters) - The harbour"),
        (
            "TROMSØ, Norway, June 2, 2024 /PRNewswire/ --",
            "TROMSØ, Norway, June 2, 2024 /PRNewswire/ --",
        ),
    ],
)
def test_a_dateline_on_its_own_line_opens_the_first_paragraph(lead: str, opening: str) -> None:
    paragraphs = article(lead)
    assert paragraphs[0].startswith(opening)
    assert paragraphs[0].endswith(FIRST)
    assert paragraphs[1:] == [MORE]


def test_a_dateline_in_plain_text_is_joined_too() -> None:
    assert article("OSLO (AP) —", fmt="text")[0] == f"OSLO (AP) — {FIRST}"


@pytest.mark.parametrize(
    "markdown",
    [
        "OSLO (AP) —\n\n## Harbour news",  # a heading is no sentence to run into
        "[Harbour news](https://h.example/news) —\n\nThe pier is closed.",  # a link row
        "and so on —\n\nThe pier is closed.",  # no dateline starts in lower case
        "OSLO (AP) —\n\n- The pier is closed.",  # a list item starts a list, not a sentence
    ],
)
def test_only_a_short_line_ending_in_a_dash_above_a_paragraph_is_joined(markdown: str) -> None:
    blocks = markdown_blocks(markdown)
    assert [b.text for b in join_datelines(blocks)] == [b.text for b in blocks]


def test_a_long_line_ending_in_a_dash_is_text_of_its_own() -> None:
    long_line = (
        "The authority listed every pier, quay and slipway it owns in the report, and then -"
    )
    blocks = markdown_blocks(f"{long_line}\n\nThe pier is closed.")
    assert len(join_datelines(blocks)) == 2


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("LONDON, March 3, 2024 —", dt.date(2024, 3, 3)),
        ("**NEW YORK, Jan. 5, 2024** --", dt.date(2024, 1, 5)),
    ],
)
def test_the_date_in_a_dateline_dates_the_article(lead: str, day: dt.date) -> None:
    doc = clean(f"# Pier closed\n\n{lead}\n\n{FIRST}", title="Pier closed")
    assert doc.published == day
    assert doc.paragraphs[0].text.endswith(FIRST)


def test_a_dateline_run_into_its_sentence_dates_the_article() -> None:
    doc = clean(f"# Pier closed\n\nOSLO, 4 June 2024 — {FIRST}", title="Pier closed")
    assert doc.published == dt.date(2024, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "The pier closed — as it did on March 3, 2024 — after the storm.",  # date after the dash
        FIRST,  # no dash
        "Divers, engineers and the harbour master inspected all of the pillars on the north "
        "side on March 3, 2024 — and found cracks.",  # a sentence, not a dateline, before it
    ],
)
def test_no_dateline_no_date(text: str) -> None:
    assert dateline_date(text) is None
