"""The date a page stamps itself with, not the date of a promo or teaser linked from it."""

from __future__ import annotations

import datetime as dt

import pytest

from store.cleaning.clean import clean

MENU = "\n".join(f"* [Section {n}](/section-{n})" for n in range(60))
BODY = (
    "The harbour council approved a new ferry timetable on Tuesday, adding two evening"
    " crossings and a dawn sailing for commuters who work on the mainland.\n\n"
    "Fares stay as they are until the spring, the council's transport chair said, and the"
    " timetable will be reviewed after a year of running."
)


@pytest.mark.parametrize(
    "promo",
    [
        "[![Regatta]()\n\n### Summer regatta\n\nEnter our regatta on 14th July 2031!](/regatta)",
        "* [Book the harbour tour on March 3, 2030](/tours/harbour)",
        "[Fun run, 9 May 2029](/events/fun-run)",
    ],
)
def test_a_promo_s_date_in_a_link_is_not_the_page_s(promo: str) -> None:
    text = f"{MENU}\n\n{promo}\n\n# Ferry timetable approved\n\n{BODY}"
    assert clean(text, title="Ferry timetable approved").published is None


def test_a_dateline_under_the_title_after_a_long_menu_is_read() -> None:
    promo = "[Enter our regatta on 14th July 2031!](/regatta)"
    text = (
        f"{MENU}\n\n{promo}\n\n# Ferry timetable approved\n\nThe new crossings explained.\n\n"
        f"Page updated:\n\n12 November 2025\n\n{BODY}"
    )
    assert clean(text, title="Ferry timetable approved").published == dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    "heading",
    [
        "# [ Dec 18 2025  Ferry timetable approved ](https://harbour.example/ferry.html)",
        "# Ferry timetable approved — 18 December 2025",
        "## 2025-12-18 Ferry timetable approved",
    ],
)
def test_a_date_stamped_on_the_title_heading_is_the_page_s(heading: str) -> None:
    text = f"[Harbour blog](https://harbour.example/)\n\n{heading}\n\n{BODY}"
    found = clean(text, title="Ferry timetable approved | Harbour blog")
    assert found.published == dt.date(2025, 12, 18)


def test_a_headline_about_a_date_is_no_stamp() -> None:
    text = f"# The storm of May 5, 2024\n\n{BODY}"
    assert clean(text, title="The storm of May 5, 2024").published is None
    assert clean(text).published is None
