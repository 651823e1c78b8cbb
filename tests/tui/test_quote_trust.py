"""The quote finder's word on its quotes: `x` marks one not a quotation, `X` shows or hides the
quotes of excluded documents, and each row says how far to trust its speaker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Static

from store.case import Case
from store.models import Quote, QuoteHit
from tests.tui.conftest import (
    CaseFactory,
    Doc,
    listed_quote_count,
    notices,
    reader_meta,
    wait_until,
)
from tests.tui.quote_docs import (
    ACTIONS,
    ACTIONS_AGAIN,
    BLUNT,
    LONG,
    MAIL,
    PROBLEM,
    QUOTE_DOCS,
    STAR,
)
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.panes.quote_annotating import ACCEPTED_NOTICE, REJECTED_NOTICE
from tui.panes.quote_marks import attribution_note
from tui.panes.quote_rows import REJECTED_STYLE, UNSURE_STYLE, hit_details
from tui.panes.quote_status import speaker_note, status_line
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)
Compare = Callable[..., bool]
MARKUP = "[b]Ann[/b] [@click=app.quit]x[/]"


def trusting(docs: list[Doc]) -> list[Doc]:
    """`docs` with the Mail's quote attributed through a pronoun (unsure) and the Star's first
    by a verb of saying beside a name (sure)."""
    star, mail, *rest = docs
    surely = star.quotes[0].model_copy(update={"how": "direct", "confidence": 0.9})
    guessed = mail.quotes[0].model_copy(update={"how": "pronoun", "confidence": 0.7})
    return [
        replace(star, quotes=[surely, *star.quotes[1:]]),
        replace(mail, quotes=[guessed]),
        *rest,
    ]


@pytest.fixture
def quote_case(make_case: CaseFactory) -> Path:
    return make_case(trusting(QUOTE_DOCS))


async def show_quotes(pilot: Pilot[None]) -> QuotesPane:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    return pilot.app.query_one(QuotesPane)


def listed(pane: QuotesPane) -> list[int | None]:
    return [hit.quote.id for hit in pane.quote_list.hits]


def row_text(pane: QuotesPane, index: int) -> str:
    row = pane.quote_list.row_content(index)
    assert row is not None
    return str(row)


def status(pane: QuotesPane) -> str:
    return str(pane.query_one("#quotes-status", Static).render())


def rejected(path: Path, quote_id: int) -> bool | None:
    with Case(path, readonly=True) as case:
        mark = case.quote_annotations([quote_id]).get(quote_id)
    return None if mark is None else mark.rejected


# ---- the marks, as pure functions --------------------------------------------------------------


def hit(speaker: str | None, how: str | None, confidence: float | None) -> QuoteHit:
    quote = Quote(
        text="We stay.", speaker=speaker, paragraph=0, start=0, end_paragraph=0, end=8,
        how=how, confidence=confidence,
    )  # fmt: skip
    return QuoteHit(quote=quote, doc_title="T", source="The Star")


@pytest.mark.parametrize(
    ("how", "confidence", "shown"),
    [
        ("pronoun", 0.7, f"{MARKUP}? · The Star"),
        ("context", 0.7, f"{MARKUP}? · The Star"),
        ("chain", 0.8, f"{MARKUP} · The Star"),  # right about five times in six: no mark
        ("direct", 0.9, f"{MARKUP} · The Star"),
        ("corrected", 1.0, f"{MARKUP} (corrected) · The Star"),
        (None, None, f"{MARKUP} · The Star"),  # stored before attribution was recorded
    ],
)
def test_a_row_marks_a_corrected_or_unsure_speaker_literally(
    how: str | None, confidence: float | None, shown: str
) -> None:
    details = hit_details(hit(MARKUP, how, confidence))
    assert details.plain == f"  — {shown}"
    unsure = [details.plain[s.start : s.end] for s in details.spans if s.style == UNSURE_STYLE]
    assert unsure == (["?"] if shown.endswith("? · The Star") else [])


def test_no_speaker_is_never_unsure() -> None:
    assert hit_details(hit(None, None, 0.5)).plain == "  — speaker unknown · The Star"
    assert speaker_note(hit(None, None, 0.5)) is None


def test_the_status_line_explains_the_highlighted_speaker() -> None:
    found = "5 quotes, in document order"
    assert status_line(found, False, None) == f"{found}  ·  excluded hidden (X)"
    guessed = status_line(found, True, hit("Ann", "pronoun", 0.7))
    note = "speaker? named through a pronoun (70% sure): e corrects it"
    assert guessed == f"{found}  ·  excluded shown (X)  ·  {note}"
    assert status_line(found, False, hit("Ann", "corrected", 1.0)).endswith("corrected by you")
    # A sure speaker gets a quiet word on how it was found (no "?", nothing to correct).
    sure = status_line(found, False, hit("Ann", "direct", 0.9))
    assert (
        sure == f"{found}  ·  excluded hidden (X)  ·  speaker named by a verb of saying (90% sure)"
    )


@pytest.mark.parametrize(
    ("how", "cue", "note"),
    [
        (
            "pronoun",
            "she replied in an email",
            "named through a pronoun by “she replied in an email”",
        ),
        ("variant", None, "named by another outlet's report of it"),
        ("context", "x" * 80, f"taken from the sentences around the quote by “{'x' * 40}…”"),
        ("nominal", "the\x1b[31m minister said", "named by a role or description by “the"),
    ],
)
def test_the_status_line_says_which_words_named_an_unsure_speaker(
    how: str, cue: str | None, note: str
) -> None:
    guessed = hit("Ann", how, 0.5)
    unsure = guessed.model_copy(update={"quote": guessed.quote.model_copy(update={"cue": cue})})
    said = speaker_note(unsure) or ""
    assert said.startswith(f"speaker? {note}") and said.endswith("(50% sure): e corrects it")
    assert "\x1b" not in said


# ---- in the app ----------------------------------------------------------------------------------


async def test_rows_and_status_show_how_far_each_speaker_is_trusted(quote_case: Path) -> None:
    with Case(quote_case) as case:
        case.annotate_quote(PROBLEM, speaker=MARKUP)
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        assert listed(pane) == [ACTIONS_AGAIN, ACTIONS, PROBLEM, BLUNT, LONG]
        assert "— Fahmi Fadzil? · Malay Mail" in row_text(pane, 0)
        await wait_until(pilot, lambda: "named through a pronoun" in status(pane), "the why")
        await pilot.press("down")
        assert "— Fahmi Fadzil · The Star" in row_text(pane, 1)
        await wait_until(pilot, lambda: "speaker named by" in status(pane), "how a sure one was")
        assert "speaker?" not in status(pane) and "corrects" not in status(pane)
        await pilot.press("down")
        assert f"— {MARKUP} (corrected) · The Star" in row_text(pane, 2)
        await wait_until(pilot, lambda: "corrected by you" in status(pane), "the correction")
        assert app.is_running


async def test_at_question_mark_lists_every_quote_in_doubt(quote_case: Path) -> None:
    with Case(quote_case, readonly=True) as case:
        in_doubt = case.count_uncertain_quotes()
    assert in_doubt > 0
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", "@", "?")
        await wait_until(pilot, lambda: "in doubt" in status(pane), "the review list")
        assert status(pane).startswith(f"{in_doubt} quote")
        assert len(listed(pane)) == in_doubt


async def test_x_marks_a_quote_not_a_quotation_and_x_again_undoes_it(quote_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("x")
        await wait_until(pilot, lambda: pane.quote_list.annotation.rejected, "the mark shown")
        assert rejected(quote_case, ACTIONS_AGAIN) is True
        # Still listed, struck through, so that x on it again undoes the mark.
        assert listed(pane)[0] == ACTIONS_AGAIN
        assert "Not a quotation" in row_text(pane, 0)
        row = pane.quote_list.row_content(0)
        assert row is not None and any(span.style == REJECTED_STYLE for span in row.spans)
        await pilot.press("x")
        await wait_until(pilot, lambda: not pane.quote_list.annotation.rejected, "the undo")
        assert rejected(quote_case, ACTIONS_AGAIN) is False
        assert "Not a quotation" not in row_text(pane, 0)
        said = [n for n in notices(messages) if n.message in (REJECTED_NOTICE, ACCEPTED_NOTICE)]
        assert [n.message for n in said] == [REJECTED_NOTICE, ACCEPTED_NOTICE]
        assert not any(n.markup for n in said)
        # Marked again, it leaves the list at the next search, and the search itself.
        await pilot.press("x")
        await wait_until(pilot, lambda: rejected(quote_case, ACTIONS_AGAIN) is True, "saved")
        await pilot.press("slash", *"appropriate actions")
        await settle(pilot)
        assert listed(pane) == [ACTIONS]
        await pilot.press("escape")
        await settle(pilot)
        assert listed(pane) == [ACTIONS, PROBLEM, BLUNT, LONG]


async def test_x_in_the_finder_lowers_the_counts_and_unmarks_the_quote_in_the_reader(
    quote_case: Path,
) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.post_message(DocumentRequested(STAR))
        await wait_until(pilot, lambda: reader_meta(app).endswith(" · 3 quotes"), "the reader")
        reader = app.query_one(ReaderPane)
        pane = await show_quotes(pilot)
        await pilot.press("down", "down")
        await wait_until(
            pilot,
            lambda: pane.quote_list.hit is not None and pane.quote_list.hit.quote.id == PROBLEM,
            "PROBLEM",
        )
        await pilot.press("x")
        await wait_until(pilot, lambda: listed_quote_count(app, STAR) == 2, "2 in the list")
        await wait_until(pilot, lambda: reader_meta(app).endswith(" · 2 quotes"), "2 in the reader")
        assert PROBLEM not in [hit.quote.id for hit in reader.marks.quotes]
        await pilot.press("x")  # a quotation again: back in both
        await wait_until(pilot, lambda: listed_quote_count(app, STAR) == 3, "3 in the list")
        await wait_until(pilot, lambda: reader_meta(app).endswith(" · 3 quotes"), "3 in the reader")


async def test_x_and_X_are_typed_in_the_search_box(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", "x", "X")
        await settle(pilot)
        assert pane.search_box.value == "xX"
        assert not pane.show_excluded
    assert rejected(quote_case, ACTIONS_AGAIN) is None


async def test_X_shows_or_hides_the_quotes_of_excluded_documents(quote_case: Path) -> None:
    with Case(quote_case) as case:
        case.set_review(MAIL, "excluded")
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        assert listed(pane) == [ACTIONS, PROBLEM, BLUNT, LONG]
        assert "4 quotes, in document order  ·  excluded hidden (X)" in status(pane)
        await pilot.press("X")
        await settle(pilot)
        assert listed(pane) == [ACTIONS_AGAIN, ACTIONS, PROBLEM, BLUNT, LONG]
        assert "excluded shown (X)" in status(pane)
        await pilot.press("slash", *"study actions")
        await settle(pilot)
        assert set(listed(pane)) == {ACTIONS, ACTIONS_AGAIN}
        await pilot.press("escape", "X", "slash", *"study actions")
        await settle(pilot)
        assert listed(pane) == [ACTIONS]


async def test_excluding_a_document_in_the_reader_takes_its_quotes_out(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        assert STAR in {hit.quote.doc_id for hit in pane.quote_list.hits}
        app.screen.post_message(DocumentRequested(STAR))
        await settle(pilot)
        await pilot.press("X")  # the reader's: exclude the document
        await settle(pilot)
        await pilot.press("3")
        await wait_until(pilot, lambda: listed(pane) == [ACTIONS_AGAIN, LONG], "STAR left out")


class TestQuoteTrustSnapshot:
    def test_marks_of_trust_and_a_quote_marked_not_a_quotation(
        self, snap_compare: Compare, quote_case: Path
    ) -> None:
        with Case(quote_case) as case:
            case.annotate_quote(PROBLEM, speaker="Ann Lee")

        async def run(pilot: Pilot[None]) -> None:
            await show_quotes(pilot)
            await pilot.press("down", "down", "down", "x")
            await settle(pilot)

        assert snap_compare(build_app(quote_case), terminal_size=SIZE, run_before=run)


# ---- the reader: how the current quote's speaker was found -------------------------------------


@pytest.mark.parametrize(
    ("how", "cue", "confidence", "note"),
    [
        ("direct", "she replied in an email", 0.9,
         "(by “she replied in an email”, named by a verb of saying, 90% sure)"),
        ("pronoun", "he added", 0.5, "(by “he added”, named through a pronoun, 50% sure)"),
        ("variant", None, 0.5, "(named by another outlet's report of it, 50% sure)"),
        ("corrected", "said", 1.0, "(corrected by you)"),
        (None, None, None, None),  # stored before attribution was recorded: nothing to say
    ],
)  # fmt: skip
def test_the_reader_says_how_a_speaker_was_found(
    how: str | None, cue: str | None, confidence: float | None, note: str | None
) -> None:
    found = hit("Ann", how, confidence)
    found = found.model_copy(update={"quote": found.quote.model_copy(update={"cue": cue})})
    assert attribution_note(found) == note
    assert attribution_note(hit(None, how, confidence)) is None  # no speaker: nothing found


async def test_the_reader_shows_how_only_for_the_current_quote(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pilot.app.screen.post_message(DocumentRequested(MAIL))
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        paragraph = reader.marks.quotes[0].quote.end_paragraph

        def speakers() -> str:
            return str(reader.article.speakers_content(paragraph))

        assert "pronoun" not in speakers()  # none is current yet
        await pilot.press("n")
        await wait_until(pilot, lambda: "named through a pronoun, 70% sure" in speakers(), "how")


# ---- the status line at narrow widths ------------------------------------------------------------


def cued(how: str, cue: str) -> QuoteHit:
    guessed = hit("Ann", how, 0.5)
    return guessed.model_copy(update={"quote": guessed.quote.model_copy(update={"cue": cue})})


@pytest.mark.parametrize("width", range(10, 160, 3))
def test_the_status_line_drops_whole_parts_never_ending_mid_word_or_in_a_separator(
    width: int,
) -> None:
    found = "The best 200 quotes matching “tutoring effective”, best first"
    full = status_line(found, False, cued("pronoun", "she told reporters on the stairs"))
    line = status_line(found, False, cued("pronoun", "she told reporters on the stairs"), width)
    assert len(line) <= width
    assert not line.rstrip().endswith(("·", ":", ","))
    if line != full:
        # Made of whole parts of the full line, or the search's words cut at a word with "…".
        parts = line.split("  ·  ")
        if len(parts) == 1 and line.endswith("…"):
            assert found.startswith(line[:-1])
            assert not found[len(line) - 1].isalnum()  # cut between words, not inside one
        else:
            assert parts[0] == found
            assert all(part in full or "e corrects it" in part for part in parts)


def test_the_status_line_keeps_the_speaker_word_before_the_x_reminder() -> None:
    found = "12 quotes matching “harbour”, best first"
    guessed = cued("pronoun", "he said later that day in the port")
    full = status_line(found, False, guessed)
    assert status_line(found, False, guessed, len(full)) == full
    no_cue = f"{found}  ·  excluded hidden (X)  ·  speaker? named through a pronoun (50% sure)"
    assert status_line(found, False, guessed, len(full) - 1) == f"{no_cue}: e corrects it"
    without_x = f"{found}  ·  speaker? named through a pronoun (50% sure): e corrects it"
    assert status_line(found, False, guessed, len(without_x)) == without_x
    assert status_line(found, False, guessed, len(found) + 3) == found


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (100, 30)])
async def test_in_the_app_the_status_line_fits_its_width(
    quote_case: Path, size: tuple[int, int]
) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=size) as pilot:
        pane = await show_quotes(pilot)
        await wait_until(pilot, lambda: "quotes" in status(pane), "what was found")
        line = pane.query_one("#quotes-status", Static)
        await wait_until(pilot, lambda: len(status(pane)) <= line.content_size.width, "fitted")
        assert not status(pane).rstrip().endswith(("·", ":"))
