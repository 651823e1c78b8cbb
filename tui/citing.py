"""The app's citing and clipboard: the citation style (kept in the settings) and copying a
quote's citation, or any text, with a report of what was copied where."""

from __future__ import annotations

from textual import on, work
from textual.app import App

from store.safe_text import one_line
from tui.clipboard import Copied, clipboard_tools, copy_with_tool
from tui.panes.quote_citing import CitationRequested, citation_summary, citation_text
from tui.settings import (
    CitationStyle,
    Settings,
    cycle_csl_style,
    next_style,
    save_setting,
    style_name,
)


class CitingApp(App[None]):
    """An app that cites in the style of its `settings` and copies to the clipboard."""

    settings: Settings

    def action_cycle_citation_style(self) -> None:
        """The next of the five styles, then the CSL style of the settings, if one is set."""
        csl_style = cycle_csl_style(self.settings)
        self.action_set_citation_style(next_style(self.settings.citation_style, csl_style))

    def action_set_citation_style(self, style: CitationStyle) -> None:
        # A CSL style cycled away from is kept (csl_style), so `c` still reaches it next time.
        csl_style = cycle_csl_style(self.settings)
        self.settings = self.settings.model_copy(
            update={"citation_style": style, "csl_style": csl_style}
        )
        try:
            save_setting("citation_style", style)
            if csl_style is not None:
                save_setting("csl_style", csl_style)
        except (OSError, ValueError) as error:
            self.notify(
                one_line(f"Citation style: {style_name(style)}, for this session only: {error}"),
                severity="warning",
                markup=False,
            )
            return
        self.notify(f"Citation style: {style_name(style)}", markup=False)

    @on(CitationRequested)
    def _copy_citation(self, message: CitationRequested) -> None:
        style = self.settings.citation_style
        try:
            text = citation_text(message.hit, style)
        except ValueError as error:  # a CSL style citeproc-py cannot follow
            self.notify(one_line(str(error)), severity="error", markup=False)
            return
        self.copy_text(text, citation_summary(message.hit, style))

    def copy_text(self, text: str, what: str) -> None:
        """`text` to the clipboard through the terminal and a system tool; `what` is reported."""
        self.copy_to_clipboard(text)
        self._copy_with_tool(text, what)

    @work(thread=True, exit_on_error=False, group="clipboard")
    def _copy_with_tool(self, text: str, what: str) -> None:
        self.post_message(Copied(what, copy_with_tool(text, clipboard_tools())))

    @on(Copied)
    def _report_copy(self, message: Copied) -> None:
        self.notify(message.report, markup=False)
