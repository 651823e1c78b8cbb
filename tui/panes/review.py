"""The review state of documents in the interface: its glyphs, and saving it from any pane.

The documents list shows a state as one glyph that common terminal fonts have (DejaVu Sans
Mono, Menlo, Consolas): • new (never opened, as a mail client marks unread mail), nothing for
read, ✓ reviewed, ✗ excluded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message
from textual.widget import Widget

from store.case import Case, ReadOnlyCase
from store.models import REVIEW_STATES, ReviewState
from tui.panes.common import WRITE_GROUP

REVIEW_GLYPHS: dict[ReviewState, str] = {"new": "•", "read": " ", "reviewed": "✓", "excluded": "✗"}
# What the documents list's review filter steps through: everything, then each state.
REVIEW_FILTERS: tuple[ReviewState | None, ...] = (None, *REVIEW_STATES)


@dataclass
class ReviewChanged(Message):
    """A document's review state was saved: lists showing it read it anew."""

    doc_id: int
    state: ReviewState
    before: ReviewState

    @property
    def excluded_changed(self) -> bool:
        """Whether the document came into or out of "excluded" (the timeline hides those)."""
        return (self.state == "excluded") != (self.before == "excluded")


def toggled(current: ReviewState, state: ReviewState) -> ReviewState:
    """The state a toggle key gives: `state`, or back to read if the document is in it."""
    return "read" if current == state else state


def save_review(widget: Widget, case_path: Path, doc_id: int, state: ReviewState) -> None:
    """Save `state` in a writer thread; `widget` posts `ReviewChanged` once it is saved."""

    def write() -> None:
        with Case(case_path) as case:
            before = case.review_state(doc_id)
            case.set_review(doc_id, state)
            saved = case.review_state(doc_id)
        widget.post_message(ReviewChanged(doc_id, saved, before))

    widget.run_worker(write, thread=True, group=WRITE_GROUP, exit_on_error=False)


def mark_read(widget: Widget, case_path: Path, doc_id: int) -> None:
    """A new document opened becomes read; a read-only case file stays as it is, silently
    (opening a document is not asking to change the case)."""

    def write() -> None:
        try:
            with Case(case_path) as case:
                changed = case.mark_read(doc_id)
        except ReadOnlyCase:
            return
        if changed:
            widget.post_message(ReviewChanged(doc_id, "read", "new"))

    widget.run_worker(write, thread=True, group=WRITE_GROUP, exit_on_error=False)
