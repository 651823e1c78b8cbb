"""The quote list's word on each speaker: the role the article gives them in the row, and for the
highlighted quote how its speaker was found, sure or not, in the status line."""

from __future__ import annotations

import pytest

from store.models import Quote, QuoteAnnotation, QuoteHit
from tests.tui.conftest import HOSTILE
from tui.panes.quote_rows import hit_details, row_key
from tui.panes.quote_status import speaker_note, status_line

FOUND = "5 quotes, in document order"


def hit(
    speaker: str | None = "Mike Pompeo",
    how: str | None = "direct",
    confidence: float | None = 0.9,
    cue: str | None = "Secretary of State Mike Pompeo said",
    role: str | None = None,
) -> QuoteHit:
    quote = Quote(
        text="We stay.", speaker=speaker, paragraph=0, start=0, end_paragraph=0, end=8,
        how=how, confidence=confidence, cue=cue, role=role,
    )  # fmt: skip
    return QuoteHit(quote=quote, doc_title="T", source="The Star")


@pytest.mark.parametrize(
    ("how", "confidence", "note"),
    [
        ("direct", 0.9, "speaker named by a verb of saying: “{cue}” (90% sure)"),
        ("layout", 0.9, "speaker named by the page's layout: “{cue}” (90% sure)"),
        ("chain", 0.8, "speaker carried from the quote beside it: “{cue}” (80% sure)"),
        ("nominal", 0.8, "speaker named by a role or description: “{cue}” (80% sure)"),
    ],
)
def test_a_sure_speaker_is_explained_without_a_question(
    how: str, confidence: float, note: str
) -> None:
    cue = "Ann Cole said"
    assert speaker_note(hit(how=how, confidence=confidence, cue=cue)) == note.format(cue=cue)
    short = speaker_note(hit(how=how, confidence=confidence, cue=cue), with_cue=False)
    assert short == note.format(cue=cue).replace(f": “{cue}”", "")


@pytest.mark.parametrize(
    "quote",
    [
        hit(speaker=None, how=None, confidence=None),  # no speaker found
        hit(how=None, confidence=None),  # stored before attributions were recorded
        hit(how="added", confidence=1.0),  # the user's own quote: they know who said it
    ],
)
def test_nothing_is_said_where_nothing_is_known(quote: QuoteHit) -> None:
    assert speaker_note(quote) is None


def test_a_sure_speaker_s_cue_is_cut_and_made_safe() -> None:
    note = speaker_note(hit(cue=f"{HOSTILE} and more words to run past the limit")) or ""
    assert note.startswith("speaker named by a verb of saying: “[bold]x[/bold]")
    assert "…”" in note and "\x1b" not in note


def test_the_status_line_drops_the_cue_before_the_word_on_a_sure_speaker() -> None:
    sure = hit(cue="Ann Cole told reporters on the courthouse stairs")
    full = status_line(FOUND, False, sure)
    assert full.endswith(
        "speaker named by a verb of saying: “Ann Cole told reporters on the courthous…” (90% sure)"
    )
    narrower = status_line(FOUND, False, sure, len(full) - 1)
    assert narrower.endswith("  ·  speaker named by a verb of saying (90% sure)")
    assert status_line(FOUND, False, sure, len(FOUND) + 25) == f"{FOUND}  ·  excluded hidden (X)"


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        (hit(role="Secretary of State"), "  — Mike Pompeo, Secretary of State · The Star"),
        (hit(role=None), "  — Mike Pompeo · The Star"),
        # An abbreviation that stands before a name is written out after it, as citations do.
        (hit(role="Texas Sen."), "  — Mike Pompeo, Texas Senator · The Star"),
        (hit(how="pronoun", confidence=0.5, role="Mayor"), "  — Mike Pompeo?, Mayor · The Star"),
        # A role without a speaker (a case edited by hand) names no one.
        (hit(speaker=None, how=None, role="Mayor"), "  — speaker unknown · The Star"),
        (hit(role=f"Minister {HOSTILE}"), "  — Mike Pompeo, Minister [bold]x[/bold]"),
    ],
)
def test_a_row_names_the_role_after_the_speaker(quote: QuoteHit, shown: str) -> None:
    assert hit_details(quote).plain.startswith(shown)
    assert "\x1b" not in hit_details(quote).plain


def test_a_row_is_redrawn_when_its_role_changes() -> None:
    plain, titled = hit(), hit(role="Secretary of State")
    assert row_key(plain, QuoteAnnotation()) != row_key(titled, QuoteAnnotation())
