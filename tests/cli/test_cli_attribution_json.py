"""`quotes --json`: `cue`, `how`, `confidence` and `role` say how a speaker was found and who
they are, so a quote with no speaker has them all null, whatever extraction kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.case import Case
from store.models import Quote, QuoteHit
from tests.cli.test_cli import run
from tests.store.factories import add_document
from tui.cli.output import attribution_json, quote_json

ATTRIBUTION = ("cue", "how", "confidence", "role")


def hit(speaker: str | None, **found: object) -> QuoteHit:
    quote = Quote(
        id=7, doc_id=3, text="We stay.", speaker=speaker,
        paragraph=0, start=0, end_paragraph=0, end=8, **found,
    )  # fmt: skip
    return QuoteHit(quote=quote, doc_title="Harbour", source="The Star")


@pytest.mark.parametrize(
    "found",
    [
        {"cue": "away"},  # a verb weighed, no one named
        {"cue": "is", "how": "context", "confidence": 0.4},
        {"cue": "only", "role": "mayor"},
        {"how": "direct", "confidence": 0.9},
        {},
    ],
)
def test_a_quote_without_a_speaker_has_no_attribution(found: dict[str, object]) -> None:
    record = quote_json(hit(None, **found), "default")
    assert [record[key] for key in ATTRIBUTION] == [None] * 4
    assert (record["id"], record["text"], record["speaker"]) == (7, "We stay.", None)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (
            {"cue": "said Ana Lopes", "how": "direct", "confidence": 0.9, "role": "mayor"},
            ["said Ana Lopes", "direct", 0.9, "mayor"],
        ),
        (
            {"cue": "he added", "how": "pronoun", "confidence": 0.7},
            ["he added", "pronoun", 0.7, None],
        ),
        ({"how": "corrected", "confidence": 1.0}, [None, "corrected", 1.0, None]),
        ({}, [None, None, None, None]),  # stored before attributions were recorded
    ],
)
def test_a_quote_with_a_speaker_keeps_its_attribution(
    found: dict[str, object], expected: list[object]
) -> None:
    record = attribution_json(hit("Ana Lopes", **found).quote)
    assert [record[key] for key in ATTRIBUTION] == expected


def test_quotes_json_nulls_the_cue_of_a_quote_no_one_was_found_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:  # the factory gives every quote the cue "said"
        add_document(
            case,
            "a.md",
            "Harbour",
            ["“We stay,” she said.", "“We leave,” Ana Lopes said."],
            quotes=[(0, "We stay,", None), (1, "We leave,", "Ana Lopes")],
        )
    code, out, _ = run(capsys, "quotes", "--json", "--case", str(path))
    assert code == 0
    cues = {quote["text"]: (quote["speaker"], quote["cue"]) for quote in json.loads(out)}
    assert cues == {"We stay,": (None, None), "We leave,": ("Ana Lopes", "said")}
