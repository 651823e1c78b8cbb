"""The reader's `o`: a document's URL opened in the system's web browser, or, where there is
none to open (a server, a terminal-only machine), sent to the clipboard and shown."""

from __future__ import annotations

import webbrowser
from dataclasses import dataclass

from textual.message import Message
from textual.widget import Widget

from store.safe_text import one_line

BROWSER_GROUP = "browser"


@dataclass
class BrowserTried(Message):
    """A browser was asked to open `url`: `report_browser` tells the user how it went."""

    url: str
    opened: bool


def open_document_url(widget: Widget, url: str | None) -> None:
    """Open a document's `url` (see `open_in_browser`), or say it has none."""
    if not url:
        widget.notify("This document has no URL.", markup=False)
        return
    open_in_browser(widget, url)


def open_in_browser(widget: Widget, url: str) -> None:
    """Open `url` in a worker (a browser can take a while to start); `widget` hears how it went
    (`BrowserTried`)."""

    def open_it() -> None:
        widget.post_message(BrowserTried(url, open_in_gui_browser(url)))

    widget.run_worker(
        open_it, thread=True, exclusive=True, group=BROWSER_GROUP, exit_on_error=False
    )


def report_browser(widget: Widget, tried: BrowserTried) -> None:
    shown = one_line(tried.url)
    if tried.opened:
        widget.notify(f"Opened {shown}", markup=False)
    else:
        widget.app.copy_to_clipboard(tried.url)
        widget.notify(
            f"No graphical web browser here. The URL, also sent to the clipboard: {shown}",
            severity="warning",
            markup=False,
        )


def open_in_gui_browser(url: str) -> bool:
    """Open `url` unless the only browser is a terminal one, which would take over the screen."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    # Terminal browsers (lynx, w3m, www-browser) are plain GenericBrowsers; GUI ones run detached.
    if type(browser) is webbrowser.GenericBrowser:
        return False
    return browser.open(url)
