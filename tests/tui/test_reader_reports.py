"""The reader's word on the current quote: the role the article gives its speaker, and the other
articles' reports of the statement, by date, with `R` to read them in turn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from store.case import Case
from store.models import Quote
from tests.tui.conftest import HOSTILE, CaseFactory, Doc, wait_until
from tests.tui.quote_docs import ACTIONS, ACTIONS_AGAIN, MAIL, QUOTE_DOCS, STAR, quoted
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)
Compare = Callable[..., bool]
GAZETTE = 4  # the third report's document and quote ids
GAZETTE_QUOTE = 6
GAZETTE_TEXT = ['"I have asked the commission to study the actions," the minister said.']
GAZETTE_DOC = Doc(
    "Commission to study actions",
    [("text", GAZETTE_TEXT[0])],
    source="The Gazette",
    published=dt.date(2024, 5, 14),
    quotes=[quoted(GAZETTE_TEXT, 0, "I have asked the commission to study the actions,", None)],
)


@pytest.fixture
def reported_case(make_case: CaseFactory) -> Path:
    """The Star's quote on the actions (13 May) also in the Malay Mail (12 May) and The
    Gazette (14 May)."""
    path = make_case([*QUOTE_DOCS, GAZETTE_DOC])
    with Case(path) as case:
        case.link_variants(
            [
                (ACTIONS, ACTIONS_AGAIN, 0.9),
                (ACTIONS, GAZETTE_QUOTE, 0.9),
                (ACTIONS_AGAIN, GAZETTE_QUOTE, 0.9),
            ]
        )
    return path


async def open_document(pilot: Pilot[None], doc_id: int) -> ReaderPane:
    await settle(pilot)
    pilot.app.screen.post_message(DocumentRequested(doc_id))
    await settle(pilot)
    return pilot.app.query_one(ReaderPane)


def current_id(reader: ReaderPane) -> int | None:
    hit = reader.marks.current_hit
    return hit.quote.id if hit is not None else None


def shown(reader: ReaderPane) -> str:
    return str(reader.reports.render())


async def test_the_current_quote_s_reports_are_listed_by_date(reported_case: Path) -> None:
    app = build_app(reported_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        assert not reader.reports.display  # no quote current yet
        assert not app.screen.active_bindings["R"].enabled
        await pilot.press("n")
        await wait_until(pilot, lambda: reader.reports.display, "the reports shown")
        lines = shown(reader).splitlines()
        assert lines[0].startswith("Also reported by 2 others") and "R reads the next" in lines[0]
        assert lines[1].strip() == "First in Malay Mail, 12 May 2024"
        # Earliest first; the next to read is the one after this quote's day.
        assert lines[2].startswith("  Malay Mail · 12 May 2024")
        assert lines[3].startswith("› The Gazette · 14 May 2024")
        assert app.screen.active_bindings["R"].enabled


async def test_r_goes_on_through_the_reports_in_date_order(reported_case: Path) -> None:
    app = build_app(reported_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("n")
        await wait_until(pilot, lambda: reader.reports.has_variants, "the reports read")
        visited = []
        for _ in range(3):
            await pilot.press("R")
            await settle(pilot)
            await wait_until(pilot, lambda: reader.reports.has_variants, "the reports read")
            assert reader.document is not None
            visited.append((reader.document.id, current_id(reader)))
        # 13 May → 14 May → (the latest: back to the earliest) 12 May → 13 May.
        assert visited == [(GAZETTE, GAZETTE_QUOTE), (MAIL, ACTIONS_AGAIN), (STAR, ACTIONS)]
        assert reader.article.current_quote_paragraphs() == [0]
        assert "First in this article" not in shown(reader)


async def test_the_first_report_says_so(reported_case: Path) -> None:
    app = build_app(reported_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, MAIL)
        await pilot.press("n")
        await wait_until(pilot, lambda: reader.reports.display, "the reports shown")
        assert "First in this article, 12 May 2024" in shown(reader)
        assert "› The Star · 13 May 2024" in shown(reader)


async def test_a_quote_reported_once_shows_nothing_and_r_does_nothing(
    reported_case: Path,
) -> None:
    app = build_app(reported_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("n")
        await wait_until(pilot, lambda: reader.reports.display, "the reports shown")
        await pilot.press("n")  # the minister's problem with Telegram: reported once
        await wait_until(pilot, lambda: not reader.reports.display, "the reports hidden")
        assert not app.screen.active_bindings["R"].enabled
        await pilot.press("R")
        await settle(pilot)
        assert reader.document is not None and reader.document.id == STAR


async def test_reports_found_since_are_listed_when_the_case_is_read_again(
    make_case: CaseFactory,
) -> None:
    path = make_case([*QUOTE_DOCS, GAZETTE_DOC])
    with Case(path) as case:
        case.link_variants([(ACTIONS, ACTIONS_AGAIN, 0.9)])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("n")
        await wait_until(pilot, lambda: reader.reports.display, "the reports shown")
        assert shown(reader).startswith("Also reported by ")
        assert "The Gazette" not in shown(reader)
        with Case(path) as case:  # as another process's ingest would link it
            case.link_variants([(ACTIONS, GAZETTE_QUOTE, 0.9)])
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: "The Gazette" in shown(reader), "the new report listed")
        assert shown(reader).startswith("Also reported by 2 others")
        assert current_id(reader) == ACTIONS


ROLE_TEXT = [
    '"We will act," Communications Minister Fahmi Fadzil said.',
    '"Not so fast," said Lim Wei.',
]


def role_doc(role: str) -> Doc:
    acting = quoted(ROLE_TEXT, 0, "We will act,", "Fahmi Fadzil")
    return Doc(
        "Roles",
        [("text", text) for text in ROLE_TEXT],
        quotes=[
            acting.model_copy(update={"role": role}),
            quoted(ROLE_TEXT, 1, "Not so fast,", "Lim Wei"),
        ],
    )


async def test_the_current_speaker_is_named_with_their_role(make_case: CaseFactory) -> None:
    app = build_app(make_case([role_doc("Communications Minister")]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        assert str(reader.article.speakers_content(0)) == "— Fahmi Fadzil"  # not yet current
        await pilot.press("n")
        speakers = str(reader.article.speakers_content(0))
        assert speakers.startswith("— Fahmi Fadzil, Communications Minister")
        await pilot.press("n")
        assert str(reader.article.speakers_content(0)) == "— Fahmi Fadzil"
        assert str(reader.article.speakers_content(1)) == "— Lim Wei"  # current, no role given


async def test_a_role_is_shown_as_text_never_as_markup(make_case: CaseFactory) -> None:
    app = build_app(make_case([role_doc(f"Minister {HOSTILE}")]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        await pilot.press("n")
        speakers = str(reader.article.speakers_content(0))
        assert "Minister [bold]x[/bold] [@click=app.quit]y[/] [/x] [$5] ␛[31mred" in speakers
        assert "\x1b" not in speakers
        assert app.is_running


def test_quote_docs_hold_no_role() -> None:
    # The other tests' documents give no role, so their speakers lines stay as they were.
    assert all(q.role is None for doc in QUOTE_DOCS for q in doc.quotes)
    assert Quote(text="x", paragraph=0, start=0, end_paragraph=0, end=1).role is None


class TestReaderReports:
    def test_the_current_quote_with_its_role_and_reports(
        self, snap_compare: Compare, make_case: CaseFactory
    ) -> None:
        """The Star's first quote current: its speaker with a role, and the Malay Mail's and
        The Gazette's reports under the article, the Gazette's next."""
        star, *rest = QUOTE_DOCS
        first = star.quotes[0].model_copy(update={"role": "Communications Minister"})
        path = make_case([star.__class__(**{**star.__dict__, "quotes": [first, *star.quotes[1:]]}),
                          *rest, GAZETTE_DOC])  # fmt: skip
        with Case(path) as case:
            case.link_variants([(ACTIONS, ACTIONS_AGAIN, 0.9), (ACTIONS, GAZETTE_QUOTE, 0.9)])

        async def run(pilot: Pilot[None]) -> None:
            reader = await open_document(pilot, STAR)
            await pilot.press("n")
            await wait_until(pilot, lambda: reader.reports.display, "the reports shown")
            await settle(pilot)

        assert snap_compare(build_app(path), terminal_size=SIZE, run_before=run)
