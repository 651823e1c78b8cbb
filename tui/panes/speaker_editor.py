"""Asking who said a quote, completing from the case's speakers: the quote finder and the
reader correct a speaker, and the reader names the speaker of a quote added by hand."""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget

from store.case import CasePool
from store.safe_text import one_line
from tui.panes.note_editor import NoteEditor
from tui.panes.quote_status import shortened

CORRECTING_HINT = "Enter saves (empty gives back the extracted speaker), Esc cancels."
ADDED_HINT = "Enter saves (empty: speaker unknown), Esc cancels."
ADDING_HINT = "Enter adds the quote (empty: speaker unknown), Esc cancels."


def ask_for_speaker(
    widget: Widget,
    pool: CasePool,
    words: str,
    current: str | None,
    save: Callable[[str], None],
    *,
    hint: str = CORRECTING_HINT,
) -> None:
    """Read the case's speaker names in a worker of `widget`, then ask who said `words`,
    starting from `current`; `save` gets the name entered ("" for none), unless cancelled."""

    def read_names() -> None:
        names = sorted(pool.get().speaker_names(), key=str.casefold)
        widget.app.call_from_thread(open_editor, names)

    def open_editor(names: list[str]) -> None:
        editor = NoteEditor(
            f"Who said “{shortened(one_line(words))}”?",
            one_line(current or ""),
            hint=hint,
            suggestions=names,
        )

        def saved(name: str | None) -> None:
            if name is not None:
                save(name)

        widget.app.push_screen(editor, saved)

    widget.run_worker(read_names, thread=True, exit_on_error=False, group="speaker-names")
