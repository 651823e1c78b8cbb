"""Who is quoted, and how often, a person a row with the roles their quotes were given: pick a
speaker to see only their quotes, or merge the names of one person ("Fadzil", "Fahmi Fadzil")
into one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from store.case import Case, CasePool
from store.case.speaker_merges import proposed_name
from store.case.speaker_people import DESCRIBED, words_of
from store.models import Speaker
from store.safe_text import one_line
from tui.panes.common import WRITE_GROUP, report_failed_worker, report_failed_write
from tui.panes.note_editor import NoteEditor

SHOWN_SPEAKERS = 500  # a longer list costs its measuring; the filter narrows it
SHOWN_ROLES = 2  # a speaker's roles a row names, the most used; more make a row wrap
ROLE_CHARS = 36  # a role longer than this is cut: the row stays one line for most names
MARK = "✓ "


def _cut_role(role: str) -> str:
    role = one_line(role)
    return role if len(role) <= ROLE_CHARS else role[: ROLE_CHARS - 1].rstrip() + "…"


class SpeakersScreen(ModalScreen[str | None]):
    """The case's speakers, most quoted first, filtered as you type; dismissed with the name
    chosen, or None. Names marked in the list can be merged into one person's; `on_change`
    is called after each merge or unmerge, which changes the quotes' speakers."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="speakers.close", tooltip="Close the speakers"),
        Binding(
            "down",
            "focus_list",
            "To the list",
            show=False,
            id="speakers.to_list",
            tooltip="Move from the filter to the list",
        ),
        Binding(
            "space",
            "toggle_mark",
            "Mark",
            id="speakers.mark",
            tooltip="Mark the name, or unmark it, to merge it with others",
        ),
        Binding(
            "m",
            "merge_marked",
            "Merge",
            id="speakers.merge",
            tooltip="Merge the marked names into one person's: the fullest, or the one you type",
        ),
        Binding(
            "u",
            "unmerge",
            "Unmerge",
            id="speakers.unmerge",
            tooltip="Give the names merged into this one their own quotes back",
        ),
    ]

    @dataclass
    class SpeakersCounted(Message):
        speakers: list[Speaker]

    @dataclass
    class MergesChanged(Message):
        """Names were merged into `kept`, or (unmerged) given back their quotes: how many
        quotes each name gave or got back."""

        kept: str | None
        quotes: dict[str, int]

    def __init__(self, pool: CasePool, on_change: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.pool = pool
        self.on_change = on_change
        self.speakers: list[Speaker] = []
        self.shown: list[Speaker] = []
        self.marked: set[str] = set()
        self.matching = 0
        self.needle = ""
        """The filter's words, folded: what a name or role must contain to be listed."""
        """How many speakers the filter matches: more than are shown, past `SHOWN_SPEAKERS`."""
        self._to_highlight: str | None = None
        """The name to highlight when the list is next counted: the one a merge kept."""

    def compose(self) -> ComposeResult:
        with Vertical(id="speakers-dialog"):
            yield Static(Content("Speakers"), id="speakers-title")
            yield Input(placeholder="Type to filter the names and roles", id="speakers-filter")
            yield OptionList(id="speakers-list", markup=False)
            yield Static(Content("Counting…"), id="speakers-hint")

    def on_mount(self) -> None:
        self._count(self.pool)

    def recount(self) -> None:
        """Count the speakers anew, the marks and the filter kept: another process changed
        the case (merged names, corrected a speaker)."""
        self._count(self.pool)

    @work(thread=True, exclusive=True, exit_on_error=False, group="speakers")
    def _count(self, pool: CasePool) -> None:
        self.post_message(self.SpeakersCounted(pool.get().speakers()))

    @on(SpeakersCounted)
    def _list_counted(self, message: SpeakersCounted) -> None:
        self.speakers = message.speakers
        names = {speaker.name for speaker in self.speakers}
        self.marked &= names  # a merge takes its names out of the list
        before = self._highlighted()
        highlight = self._to_highlight or (before.name if before is not None else None)
        self._show(self.query_one(Input).value, highlight)
        self._to_highlight = None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == WRITE_GROUP:
            report_failed_write(self, event, "Could not change the merged names")
        else:
            report_failed_worker(self, event, "Could not count the speakers")

    @on(Input.Changed, "#speakers-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, text: str, highlight: str | None = None) -> None:
        """List the speakers whose name, another name counted with theirs, or a role contains
        `text`, with the name `highlight` highlighted if listed, else the first."""
        self.needle = " ".join(words_of(text))
        matching = [speaker for speaker in self.speakers if self._matches(speaker)]
        self.shown = matching[:SHOWN_SPEAKERS]
        listed = self.query_one(OptionList)
        listed.set_options(Option(self._prompt(speaker)) for speaker in self.shown)
        names = [speaker.name for speaker in self.shown]
        listed.highlighted = names.index(highlight) if highlight in names else 0
        if not self.shown:
            listed.highlighted = None
        self.matching = len(matching)
        self._show_hint()

    def _matches(self, speaker: Speaker) -> bool:
        names = (speaker.name, *speaker.aliases, *speaker.spellings, *speaker.roles)
        return any(self._contains(name) for name in names)

    def _contains(self, text: str) -> bool:
        """Whether `text` holds the filter's words, case, accents and punctuation aside
        ("o'brien" finds "O’Brien", "rosalia" "Rosalía")."""
        return self.needle in " ".join(words_of(text))

    def _prompt(self, speaker: Speaker) -> Content:
        width = len(f"{self.shown[0].quotes:,}")
        others = ", ".join(map(one_line, [*speaker.aliases, *speaker.spellings]))
        roles = self._roles_shown(speaker)
        return Content.assemble(
            MARK if speaker.name in self.marked else " " * len(MARK),
            (f"{speaker.quotes:>{width},}  ", "$text-muted"),
            one_line(speaker.name),
            (f" — {roles}" if roles else "", "$text-secondary"),
            (f"  (also {others})" if others else "", "$text-muted"),
            (f"  · {DESCRIBED}" if speaker.described else "", "$text-muted"),
        )

    def _roles_shown(self, speaker: Speaker) -> str:
        """The speaker's most used roles, and a role the filter found among the others: the
        reason the row is listed stays in sight."""
        shown = speaker.roles[:SHOWN_ROLES]
        found = [role for role in speaker.roles if self.needle and self._contains(role)]
        if found and not set(found) & set(shown):
            shown = [*shown, found[0]]
        left = len(speaker.roles) - len(shown)
        return ", ".join(map(_cut_role, shown)) + (f" (+{left} more)" if left else "")

    def _show_hint(self) -> None:
        self.query_one("#speakers-hint", Static).update(Content(self._hint()))

    def _hint(self) -> str:
        if not self.speakers:
            return "No speaker is named in this case. Esc closes."
        if not self.matching:
            return "No speaker's name or role contains that. Esc closes."
        more = (
            f" (the first {SHOWN_SPEAKERS:,} of {self.matching:,})"
            if self.matching > SHOWN_SPEAKERS
            else ""
        )
        marked = f"{len(self.marked)} marked.  " if self.marked else ""
        return (
            f"Enter: their quotes{more}.  {marked}Space: mark a name, m: merge the marked,"
            " u: unmerge, Tab: filter.  Esc: close."
        )

    def _highlighted(self) -> Speaker | None:
        index = self.query_one(OptionList).highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"toggle_mark", "merge_marked", "unmerge"}:
            return not self.query_one(Input).has_focus  # there the key is typed
        return True

    def action_focus_list(self) -> None:
        self.query_one(OptionList).focus()

    @on(Input.Submitted, "#speakers-filter")
    def _choose_highlighted(self) -> None:
        self._choose(self.query_one(OptionList).highlighted)

    @on(OptionList.OptionSelected, "#speakers-list")
    def _choose_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and index < len(self.shown):
            self.dismiss(self.shown[index].name)

    # ---- merging -------------------------------------------------------------------------

    def action_toggle_mark(self) -> None:
        listed = self.query_one(OptionList)
        speaker = self._highlighted()
        if speaker is None or listed.highlighted is None:
            return
        self.marked ^= {speaker.name}
        listed.replace_option_prompt_at_index(listed.highlighted, self._prompt(speaker))
        self._show_hint()

    def action_merge_marked(self) -> None:
        marked = [speaker for speaker in self.speakers if speaker.name in self.marked]
        if len(marked) < 2:
            self.notify("Mark two names or more with space, then press m.", markup=False)
            return
        names = [speaker.name for speaker in marked]
        kept = proposed_name(names, {speaker.name: speaker.quotes for speaker in marked})
        editor = NoteEditor(
            f"Merge {', '.join(map(one_line, names))} as one person, named:",
            one_line(kept),
            hint="Enter merges them under this name (any name you type), Esc cancels.",
            suggestions=names,
        )
        self.app.push_screen(editor, partial(self._merge, names))

    def _merge(self, names: list[str], kept: str | None) -> None:
        if kept := " ".join((kept or "").split()):
            self._write_merge(kept, names)

    @work(thread=True, exit_on_error=False, group=WRITE_GROUP)
    def _write_merge(self, kept: str, names: list[str]) -> None:
        with Case(self.app.case_path) as case:  # type: ignore[attr-defined]
            merged = case.merge_speakers(kept, names)
        self.post_message(self.MergesChanged(kept, merged))

    def action_unmerge(self) -> None:
        speaker = self._highlighted()
        if speaker is None:
            return
        if not speaker.aliases:
            self.notify(f"No names are merged into {one_line(speaker.name)}.", markup=False)
            return
        self._write_unmerge(speaker.name)

    @work(thread=True, exit_on_error=False, group=WRITE_GROUP)
    def _write_unmerge(self, name: str) -> None:
        with Case(self.app.case_path) as case:  # type: ignore[attr-defined]
            given_back = case.unmerge_speaker(name)
        self.post_message(self.MergesChanged(None, given_back))

    @on(MergesChanged)
    def _recount(self, message: MergesChanged) -> None:
        names = ", ".join(map(one_line, message.quotes))
        count = sum(message.quotes.values())
        quotes = f"{count} quote{'' if count == 1 else 's'}"
        if message.kept is not None:
            self.marked.clear()
            self._to_highlight = message.kept
            done = f"Merged {names} into {one_line(message.kept)}: {quotes} renamed."
        else:
            done = f"Unmerged {names}: {quotes} given back."
        self.notify(done, markup=False)
        if self.on_change is not None:
            self.on_change()
        self._count(self.pool)
