"""The app's long-lived objects kept out of Python's full garbage collections.

A full collection walks every container object the process holds: about 40 ms once Textual,
pydantic and the case are loaded (measured on the reference machine), and one came every 25
to 40 keystrokes while a search was typed, on the main thread or the search's: the slowest
keys of all. Objects made before the user starts searching (modules, classes, the widgets,
the quote finder's vocabulary) live as long as the app, so they need never be walked again:
`gc.freeze()` moves them to a generation the collector leaves alone. Only objects that die
by their reference count are freed while frozen, so each settling first thaws and collects
what earlier ones froze: a case read again, or an app made again in the same process, leaves
no frozen garbage behind.
"""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collect the garbage, then freeze every object left: later collections skip them.
    Takes one full collection (tens of milliseconds): call it when the app has settled, not
    at every keystroke."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
