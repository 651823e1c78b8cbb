"""Where each line of the timeline goes: year and month headings, and runs of events sharing a
time. Built from the times alone (a few thousand even for half a million events), so the list
knows its height and which event sits on any line before a single event is read."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len

from store.models import Event
from store.timex.when import describe_when, group_label

UNDATED = "Undated"
UNDATED_NOTE = "Relative dates in documents that give no date of their own: they cannot be placed."


class TimelineLayout:
    """The timeline's lines: headings, and event lines numbered in timeline order."""

    @dataclass(frozen=True)
    class Heading:
        text: str
        level: Literal["year", "month", "note", "gap"]

    @dataclass(frozen=True)
    class Run:
        """Events sharing one time, each on its own line, in document order."""

        time: Event
        count: int
        first_event: int
        label: str
        """The time as a reader says it; empty for unresolved events, which each have their own."""
        continued: bool
        """The run before has the same label: the label is not said twice."""

    Block = Heading | Run

    def __init__(self, times: list[tuple[Event, int]]) -> None:
        self.blocks: list[TimelineLayout.Block] = []
        self._block_lines: list[int] = []  # first line of each block
        self._runs: list[int] = []  # block index of each run
        self._run_events: list[int] = []  # first event of each run
        self.events = 0
        self.lines = 0
        self.undated = 0
        self.label_cells = 0
        """The widest label of a dated run, in cells: what the time column would need."""
        self._years: tuple[int, int] | None = None
        year = month = None
        for time, count in sorted(times, key=_heading_order):
            heading_year, heading_month = group_label(time)
            if heading_year != year:
                self._add_year(heading_year)
                year, month = heading_year, ""
            if heading_month != month:
                self._add(self.Heading(heading_month, "month"))
                month = heading_month
            self._add_run(time, count)

    @property
    def years(self) -> tuple[int, int] | None:
        """The first and last year the dated events cover, as the list shows them: from the
        start of its first time (a century's too) to the end of the latest."""
        return self._years

    def _add_year(self, year: str) -> None:
        if self.blocks:
            self._add(self.Heading("", "gap"))
        self._add(self.Heading(year, "year"))
        if year == UNDATED:
            self._add(self.Heading(UNDATED_NOTE, "note"))

    def _add_run(self, time: Event, count: int) -> None:
        if time.start is None:
            self.undated += count
        else:
            # An event open at its end ("since 1998" in an undated document) is placed by its
            # start, as its heading and the exports place it.
            end = time.end or time.start
            first, last = self._years or (time.start.year, end.year)
            self._years = (min(first, time.start.year), max(last, end.year))
        label = "" if time.start is None else describe_when(time)
        self.label_cells = max(self.label_cells, cell_len(label))
        before = self.blocks[-1] if self.blocks else None
        continued = isinstance(before, self.Run) and before.label == label and bool(label)
        self._runs.append(len(self.blocks))
        self._run_events.append(self.events)
        self._add(self.Run(time, count, self.events, label, continued), count)
        self.events += count

    def _add(self, block: Block, lines: int = 1) -> None:
        self.blocks.append(block)
        self._block_lines.append(self.lines)
        self.lines += lines

    # ---- lines and events ----------------------------------------------------------------

    def at_line(self, line: int) -> tuple[Block, int] | None:
        """The block on `line` and how far into it the line is (the event within a run)."""
        if not 0 <= line < self.lines:
            return None
        index = bisect_right(self._block_lines, line) - 1
        return self.blocks[index], line - self._block_lines[index]

    def event_at(self, line: int) -> int | None:
        """The event on `line`, or None for a heading."""
        found = self.at_line(line)
        if found is None:
            return None
        block, offset = found
        if not isinstance(block, self.Run):
            return None
        return block.first_event + offset

    def run_of(self, event: int) -> tuple[int, Run]:
        """The block index of the run holding `event`, and the run."""
        index = self._runs[bisect_right(self._run_events, event) - 1]
        run = self.blocks[index]
        assert isinstance(run, self.Run)
        return index, run

    def line_of(self, event: int) -> int:
        index, run = self.run_of(event)
        return self._block_lines[index] + event - run.first_event

    def event_near(self, line: int) -> int:
        """The event on `line`, or the first one after the headings there, or the last."""
        line = max(0, min(line, self.lines - 1))
        event = self.event_at(line)
        if event is not None:
            return event
        index = bisect_right(self._block_lines, line) - 1
        for block in self.blocks[index:]:
            if isinstance(block, self.Run):
                return block.first_event
        return self.events - 1

    def heading_top(self, event: int) -> int:
        """The line to scroll to for `event` to show with the headings right above it."""
        index, run = self.run_of(event)
        if event != run.first_event:
            return self.line_of(event)
        while index > 0 and self._is_heading(self.blocks[index - 1]):
            index -= 1
        return self._block_lines[index]

    def first_event_from(self, time: Event) -> int:
        """The first event at `time`, or else after it: where to stay when the timeline
        changes."""
        runs = [block for block in self.blocks if isinstance(block, self.Run)]
        same = next((run for run in runs if run.time == time), None)
        if same is not None:
            return same.first_event
        later = [run for run in runs if _chronological(run.time) >= _chronological(time)]
        if later:
            return min(later, key=lambda run: _chronological(run.time)).first_event
        return max(0, self.events - 1)

    def _is_heading(self, block: Block) -> bool:
        return isinstance(block, self.Heading) and block.level != "gap"


def _heading_order(item: tuple[Event, int]) -> tuple[bool, int, int]:
    """Undated last; in a year, the times longer than a month (the year itself, a season)
    before the months. The sort is stable: times keep their order within each heading."""
    time = item[0]
    if time.start is None:
        return (True, 0, 0)
    _year, month = group_label(time)
    return (False, time.start.year, time.start.month if month else 0)


def _chronological(time: Event) -> tuple[bool, dt.date, dt.date]:
    """A key putting times in date order, undated last."""
    if time.start is None or time.end is None:
        return (True, dt.date.min, dt.date.min)
    return (False, time.start, time.end)
