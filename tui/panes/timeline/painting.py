"""Painting the timeline list: a line per year, month or event, its parts in the styles the
stylesheet gives them."""

from __future__ import annotations

from textual.content import Content
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from store.models import TimelineEntry, TimelineFilter
from store.safe_text import one_line
from tui.panes.timeline.layout import TimelineLayout
from tui.panes.timeline.text import (
    EVENT_INDENT,
    columns,
    document_label,
    event_line,
    sentence_content,
    spaces_apart,
)
from tui.panes.timeline.wording import when_column

INDENT = {"year": 1, "month": 3, "note": 3, "gap": 0, "event": EVENT_INDENT}
STAR = "★ "


class TimelinePainting(ScrollView):
    """The painting of the timeline list: the list holds the `timeline` on screen, the filter
    it was read with (`_shown_on_screen`), the `cursor`, and reads events with `entry`."""

    timeline: TimelineLayout | None
    cursor: int
    _shown_on_screen: TimelineFilter

    def entry(self, event: int) -> TimelineEntry | None:
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        timeline = self.timeline
        if timeline is None or not timeline.events:
            return self._message_strip(y, width)
        found = timeline.at_line(round(self.scroll_y) + y)
        if found is None:
            return Strip.blank(width, self.rich_style)
        block, offset = found
        if isinstance(block, TimelineLayout.Heading):
            return self._heading_strip(block, width)
        return self._event_strip(block, offset, y == 0, width)

    def _message_strip(self, y: int, width: int) -> Strip:
        text = self._empty_text() if y == 1 else ""
        style = self.get_visual_style("timeline-list--note")
        return self._strip(Content(text), INDENT["note"], style, width)

    def _empty_text(self) -> str:
        if self.timeline is None:
            return "Reading the timeline…"
        shown = self._shown_on_screen
        if shown.text.strip():
            return f"No events match “{one_line(shown.text)}”. Escape clears the filter."
        if shown.starred_only:
            return "No starred events. s stars the event under the cursor; * shows every event."
        if not shown.include_published:
            return "No events besides publication dates. Press p to show those."
        return "No dated events in this case yet."

    def _heading_strip(self, heading: TimelineLayout.Heading, width: int) -> Strip:
        style = self.visual_style
        if heading.level != "gap":
            style = self.get_visual_style(f"timeline-list--{heading.level}")
        return self._strip(Content(heading.text), INDENT[heading.level], style, width)

    def _event_strip(self, run: TimelineLayout.Run, offset: int, top: bool, width: int) -> Strip:
        number = run.first_event + offset
        on_cursor = number == self.cursor
        base = self.get_visual_style("timeline-list--cursor") if on_cursor else self.visual_style
        parts = self._parts(on_cursor)
        entry = self.entry(number)
        labels = self.timeline.label_cells if self.timeline is not None else 0
        when_cells, sentence_cells, _ = columns(width, labels)
        when, part = when_column(run, offset, top, entry, when_cells)
        sentence, document = Content("…"), Content()
        if entry is not None:
            document = Content(document_label(entry)).stylize(parts["document"])
            sentence = (
                Content("published").stylize(parts["published"])
                if entry.event.kind == "published"
                else sentence_content(entry.event, parts["phrase"], sentence_cells)
            )
        when_content = Content(when).stylize(parts[part])
        line = event_line(when_content, sentence, document, width, labels)
        if entry is not None and entry.starred:
            # In the indent, so that the columns stay where they are.
            star = Content(STAR).stylize(parts["star"])
            return self._strip(star + line, EVENT_INDENT - len(STAR), base, width)
        return self._strip(line, EVENT_INDENT, base, width)

    def part_styles(self, *names: str) -> list[Style]:
        """The styles of parts of an event line (`phrase`, `document`…), from the stylesheet."""
        return [self.get_visual_style(f"timeline-list--{name}", partial=True) for name in names]

    def _parts(self, on_cursor: bool) -> dict[str, Style]:
        """The styles of an event line's parts. On the cursor only the phrase keeps its own:
        muted colours are hard to read on the cursor's background."""
        names = ("when", "when-above", "unresolved", "phrase", "published", "document", "star")
        styles = dict(zip(names, self.part_styles(*names), strict=True))
        if on_cursor:
            styles.update({name: Style() for name in names if name != "phrase"})
        return styles

    def _strip(self, content: Content, indent: int, style: Style, width: int) -> Strip:
        segments = (Content(" " * indent) + content).render_segments(style)
        return Strip(spaces_apart(segments)).adjust_cell_length(width, style.rich_style)
