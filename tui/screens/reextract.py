"""The offer to re-extract an older case's documents, made when the app opens it, and its
progress. Nothing is re-extracted unless the user says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, ProgressBar, Static

if TYPE_CHECKING:
    from store.ingest.reextract import ReextractReport


@dataclass
class ReextractProgressed(Message):
    done: int
    total: int


@dataclass
class ReextractEnded(Message):
    """The re-extraction finished (`report`) or stopped on an error (`error`, one line)."""

    report: ReextractReport | None
    error: str = ""


class ReextractScreen(ModalScreen[ReextractEnded | None]):
    """Asks whether to re-extract the `outdated` documents of the case at `path`; while it
    runs, shows how far it is, and closes with what came of it. Esc: not now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "not_now",
            "Not now",
            id="reextract.not_now",
            tooltip="Keep the documents as they are; the offer comes again next time",
        ),
    ]

    def __init__(self, path: Path, outdated: int) -> None:
        super().__init__()
        self.path = path
        self.outdated = outdated
        self.running = False

    def compose(self) -> ComposeResult:
        documents = "document" if self.outdated == 1 else "documents"
        with Vertical(id="reextract-dialog"):
            yield Static(
                Content(
                    f"{self.outdated:,} {documents} of this case were extracted by an older"
                    " casebrowser. Extract them again from the text the case holds, for"
                    " today's quotes and dates? Stars, notes and tags are kept."
                ),
                id="reextract-question",
            )
            yield ProgressBar(total=self.outdated, id="reextract-progress", show_eta=False)
            with Horizontal(id="reextract-buttons"):
                yield Button("Re-extract", id="reextract-start", variant="primary")
                yield Button("Not now", id="reextract-later")

    def on_mount(self) -> None:
        self.query_one(ProgressBar).display = False
        self.query_one("#reextract-start", Button).focus()

    def action_not_now(self) -> None:
        if not self.running:  # a re-extraction under way finishes its batch first
            self.dismiss(None)

    @on(Button.Pressed, "#reextract-later")
    def _later(self) -> None:
        self.action_not_now()

    @on(Button.Pressed, "#reextract-start")
    def _start(self) -> None:
        self.running = True
        for button in self.query(Button):
            button.disabled = True
        self.query_one(ProgressBar).display = True
        self.query_one("#reextract-question", Static).update(
            Content("Re-extracting: the case stays as it was for documents not reached yet.")
        )
        self._run()

    @work(thread=True, exclusive=True, exit_on_error=False, group="reextract")
    def _run(self) -> None:
        # Imported here: the app loads the worker pool's modules only when it uses them.
        from tui.reextracting import reextract_file

        def progress(done: int, total: int) -> None:
            self.post_message(ReextractProgressed(done, total))

        try:
            report = reextract_file(self.path, progress=progress)
        except Exception as error:  # reported to the user, never lost in a worker
            self.post_message(ReextractEnded(None, " ".join(str(error).split())))
            return
        self.post_message(ReextractEnded(report))

    @on(ReextractProgressed)
    def _show_progress(self, message: ReextractProgressed) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    @on(ReextractEnded)
    def _end(self, message: ReextractEnded) -> None:
        self.running = False
        self.dismiss(message)
