"""The timeline's detail box shows the highlighted event's whole sentence, even at 80x24."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Event
from tests.tui.conftest import CaseFactory, Doc, screen_lines, wait_until
from tui.app import build_app
from tui.screenshots import settle

PHRASE = "on 3 May 2023"
SENTENCE = (
    "The harbour board, which had argued for months with the fishing cooperatives and the "
    "regional ferry operators about the dredging of the outer channel, finally agreed "
    f"{PHRASE} to a compromise that shares the costs between the port, the city and the "
    "state, with the first works planned for the autumn and a review of the fees after "
    "two seasons, as the mayor announced to a crowded council chamber late that evening "
    "before the vote was taken by a show of hands ZEPHYRWORD."
)


def long_sentence_doc() -> Doc:
    day = dt.date(2023, 5, 3)
    event = Event(
        phrase=PHRASE, value=day.isoformat(), start=day, end=day, granularity="day",
        sentence=SENTENCE, paragraph=0, offset=SENTENCE.index(PHRASE),
    )  # fmt: skip
    return Doc("Harbour deal", [("text", SENTENCE)], source="Gazette", events=[event])


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_detail_box_shows_the_whole_sentence(
    make_case: CaseFactory, size: tuple[int, int]
) -> None:
    app = build_app(make_case([long_sentence_doc()]))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        await wait_until(
            pilot, lambda: app.query_one("#timeline-detail").display, "the detail shown"
        )
        await settle(pilot)
        shown = "\n".join(screen_lines(app))
        assert "ZEPHYRWORD" in shown  # the sentence's last word, not cut off
        assert "The harbour board" in shown
