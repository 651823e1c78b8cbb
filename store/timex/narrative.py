"""The narrative's reference year, carried through a document in reading order.

News is written against its publication date, but a story told in the past moves its own
reference time (HeidelTime's "narrative" documents): after "In 2019, the firm launched X." a
following "In March, it ..." means March 2019. So:
- an adverbial year opening its sentence ("In 2020, ...", "On May 22, 1995, ...", "Last year
  ...") makes its year the reference year for underspecified expressions ("in April", "May 8",
  "the second quarter"); a year inside a sentence ("bought in 1987", "bonds due 1993") is a
  fact about something, and the document date keeps counting;
- that holds for the rest of its paragraph only (beyond it the document date wins: "On Feb.
  28" in a March 2013 article is 2013, whatever year came up before); a heading ends it;
- a year that bounds a span ("since 1980", "by 2030") sets nothing;
- an expression counted from the moment of writing ("this week", "yesterday", "on Saturday")
  brings the narrative back to the document date;
- deictic expressions ("last year", "Last March") always count from the document date.

It also keeps the last quarter named (what "a year earlier" compares with in a company's
report) and the last date given (what "the following year" counts from).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from store.models import ParagraphKind
from store.timex.candidates import Candidate, Reference
from store.timex.spans import Span

# Durations a company reports on besides its quarter and year ("the first nine months").
LONGER_THAN_QUARTER = frozenset({"P6M", "P9M"})
# Prepositions whose year bounds a span rather than placing the story in it.
NOT_SETTING = frozenset({"since", "until", "till", "by", "before", "after"})


@dataclass(frozen=True)
class Narrative:
    anchor: dt.date | None
    year: int | None = None
    # The last paragraph the reference year holds for, and where in it the year stops holding
    # (-1: to its end): a year inside a sentence holds for the rest of its clause only.
    holds_until: int = -1
    stops_at: int = -1
    # The last quarter named: a report's period, for "a year earlier" (see `Reference`).
    period: Span | None = None
    # The last date given, for "the following year" and "that day".
    last: Span | None = None

    @property
    def reference(self) -> Reference:
        return Reference(self.anchor, self.year, self.period, self.last)

    def entering(self, index: int, kind: ParagraphKind) -> Narrative:
        if kind == "heading":
            return self._but(year=None, period=None, last=None)
        if index > self.holds_until or self.stops_at >= 0:
            return self._but(year=None, stops_at=-1) if self.year is not None else self
        return self

    def at(self, offset: int) -> Narrative:
        """The narrative at `offset` of the paragraph being read."""
        if 0 <= self.stops_at <= offset:
            return self._but(year=None, stops_at=-1)
        return self

    def after(
        self,
        candidate: Candidate,
        span: Span | None,
        index: int,
        *,
        opens: bool = True,
        clause_end: int = -1,
    ) -> Narrative:
        """The narrative once `candidate` is read; `opens`: it opens its sentence; its clause
        ends at `clause_end`."""
        narrative = self
        # A quarter the text names; not one "a year earlier" or "the year-ago period" derived
        # from it, nor one still to come ("losses through the third quarter of 1990"): a
        # report is about a quarter begun.
        named = candidate.kind != "anaphoric" and _begun(span, self.anchor)
        if named and span is not None and candidate.granularity == span.granularity == "quarter":
            narrative = self._but(period=span)
        elif self.period is not None and _longer_report_period(candidate, span, self.anchor):
            # "In the first nine months, net rose from a year earlier": the nine months, not
            # the quarter named before, are what the year before is compared with.
            narrative = self._but(period=None)
        if span is not None and candidate.literal is None and span.value[:1].isdigit():
            narrative = narrative._but(last=span)
        if candidate.reference == "reset":
            return narrative._without_year()
        if candidate.reference == "set" and span is not None and span.start.year == span.end.year:
            if candidate.prep in NOT_SETTING:
                return narrative  # "since 1980", "by 2030": a bound, not the story's time
            if not opens:
                # "tested in 2024—July": for the rest of its clause; "approved in 1987 that
                # ..., Nashua bought through Sept. 29" is the document's September.
                stops = clause_end if clause_end >= 0 else candidate.end
                return narrative._but(year=span.start.year, holds_until=index, stops_at=stops)
            return narrative._but(year=span.start.year, holds_until=index, stops_at=-1)
        return narrative

    def _without_year(self) -> Narrative:
        # Called for most paragraphs and expressions: without a year there is nothing to copy.
        return self if self.year is None else self._but(year=None)

    def _but(self, **changes: Any) -> Narrative:
        """A copy with `changes`: called for most expressions, so through the constructor,
        several times faster than `dataclasses.replace`."""
        fields = {
            "anchor": self.anchor,
            "year": self.year,
            "holds_until": self.holds_until,
            "stops_at": self.stops_at,
            "period": self.period,
            "last": self.last,
        }
        return Narrative(**(fields | changes))


def _begun(span: Span | None, anchor: dt.date | None) -> bool:
    return span is not None and (anchor is None or span.start <= anchor)


def _longer_report_period(candidate: Candidate, span: Span | None, anchor: dt.date | None) -> bool:
    """A report's period longer than a quarter: six or nine months, or a half year begun (a
    forecast's "first half of next year" is no period reported on)."""
    if candidate.literal in LONGER_THAN_QUARTER:
        return True
    return span is not None and "-H" in span.value and _begun(span, anchor)
