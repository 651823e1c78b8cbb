"""Starred events in the timeline pane, and exports of the starred or the filtered events."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, Static

from store.case import Case
from tests.tui.conftest import posted, wait_until
from tests.tui.test_timeline_pane import (
    EXPECTED_EVENTS,
    SIZE,
    TIMELINE_DOCS,
    events,
    lines,
    open_timeline,
)
from tui.app import build_app
from tui.cli import main
from tui.panes.timeline.pane import TimelinePane
from tui.screens.export import ExportScreen
from tui.screenshots import settle


@pytest.fixture
def timeline_case(make_case: Callable[..., Path]) -> Path:
    return make_case(TIMELINE_DOCS)


def star(case_path: Path, *phrases: str) -> None:
    with Case(case_path) as case:
        for entry in case.timeline():
            if entry.event.phrase in phrases:
                assert entry.event.id is not None
                case.star_event(entry.event.id)


def starred_in_case(case_path: Path) -> list[str]:
    with Case(case_path) as case:
        return [entry.event.phrase for entry in case.timeline() if entry.starred]


def status(app: object) -> str:
    return str(app.query_one("#timeline-status", Static).render())  # type: ignore[attr-defined]


async def test_s_stars_the_event_and_asterisk_shows_the_starred_alone(timeline_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot, "j", "s")  # the second event: May 2023
        await wait_until(
            pilot, lambda: posted(messages, TimelinePane.EventStarred), "the star is saved"
        )
        await settle(pilot)
        assert starred_in_case(timeline_case) == ["in May 2023"]
        marked = [line for line in lines(app) if line.lstrip().startswith("★")]
        assert len(marked) == 1 and "May 2023" in marked[0] and marked[0].startswith("   ★ ")
        assert "★ May 2023" in str(app.query_one("#timeline-detail", Static).render())
        await pilot.press("asterisk")
        await settle(pilot)
        assert [when for when, _sentence, _doc in events(app)] == ["May 2023"]
        assert status(app).startswith("1 starred event  ·  2023  ·  starred only (*)")
        await pilot.press("s")  # unstarred, it leaves the starred events
        await settle(pilot)
        assert starred_in_case(timeline_case) == []
        assert lines(app)[1].strip().startswith("No starred events.")
        await pilot.press("asterisk")
        await settle(pilot)
        assert len(events(app)) == len(EXPECTED_EVENTS)


async def test_a_star_is_not_taken_while_typing_in_the_filter(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "slash", "s", "asterisk")
        assert app.query_one("#timeline-filter", Input).value == "s*"
    assert starred_in_case(timeline_case) == []


async def export_csv(pilot: Pilot[None], key: str) -> None:
    """Run the palette's export `key` to CSV, the first format, under its suggested name."""
    pilot.app.screen.ask_export(key)  # type: ignore[attr-defined]
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportScreen)
    await pilot.press("enter")
    await settle(pilot)


def whens(path: Path) -> list[str]:
    return [row["when"] for row in csv.DictReader(path.open(encoding="utf-8"))]


async def test_exports_take_the_starred_or_the_filtered_events(
    timeline_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    star(timeline_case, "in 2018", "on Monday", "last week")
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        # The pane's filter and toggles: starred, with "harbour" in sentence, title or outlet.
        await open_timeline(pilot, "asterisk", "slash", *"harbour", "enter", "e", "enter")
        await export_csv(pilot, "shown-timeline")
        await export_csv(pilot, "starred-timeline")
        await export_csv(pilot, "timeline")
    shown = tmp_path / "case-timeline.csv"  # the pane's e
    assert whens(shown) == ["26 February 2024", "unresolved: last week"]
    assert (tmp_path / "case-filtered-timeline.csv").read_bytes() == shown.read_bytes()
    starred = tmp_path / "case-starred-timeline.csv"
    assert whens(starred) == ["2018", "26 February 2024", "unresolved: last week"]
    assert len(whens(tmp_path / "case-timeline-2.csv")) == len(EXPECTED_EVENTS)  # the whole
    # The command line writes the same bytes for the same choice.
    cli = tmp_path / "cli.csv"
    command = ["export", "timeline", "--starred", "--format", "csv", "--out", str(cli)]
    assert main([*command, "--case", str(timeline_case)]) == 0
    assert cli.read_bytes() == starred.read_bytes()
    queried = tmp_path / "queried.csv"
    command = ["export", "timeline", "--starred", "--query", "harbour", "--out", str(queried)]
    assert main([*command, "--case", str(timeline_case)]) == 0
    assert whens(queried) == whens(shown)


def test_timeline_json_carries_the_star_and_starred_keeps_the_starred(
    timeline_case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    star(timeline_case, "in 2018")
    assert main(["timeline", "--case", str(timeline_case), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [record["phrase"] for record in records if record["starred"]] == ["in 2018"]
    assert all(record["starred"] is False for record in records if record["phrase"] != "in 2018")
    assert main(["timeline", "--case", str(timeline_case), "--json", "--starred"]) == 0
    assert [record["phrase"] for record in json.loads(capsys.readouterr().out)] == ["in 2018"]


class TestTimelineStars:
    def test_a_starred_event_in_the_starred_view(
        self, snap_compare: Callable[..., bool], timeline_case: Path
    ) -> None:
        star(timeline_case, "in May 2023", "on Monday")

        async def run(pilot: Pilot[None]) -> None:
            await settle(pilot)
            pilot.app.query_one("#timeline-filter", Input).cursor_blink = False
            await open_timeline(pilot, "asterisk", "j")

        assert snap_compare(build_app(timeline_case), terminal_size=(120, 30), run_before=run)
