"""The quote finder's keys, in order of importance: a narrow footer drops keys from the end
(the help lists them all)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

QUOTES_BINDINGS: list[BindingType] = [
    Binding(
        "slash",
        "focus_search",
        "Search",
        id="quotes.search",
        tooltip="Go to the search box and type a search",
    ),
    Binding(
        "down,up",
        "focus_list",
        "To the list",
        show=False,
        id="quotes.to_list",
        tooltip="Move from the search box to the quotes found",
    ),
    Binding(
        "escape",
        "clear_search",
        "Clear",
        id="quotes.clear",
        tooltip="Clear the search and go back to the list",
    ),
    Binding(
        "y",
        "copy_quote",
        "Copy",
        id="quotes.copy",
        tooltip="Copy the quote with its citation, in the chosen style",
    ),
    Binding(
        "s",
        "toggle_star",
        "Star",
        id="quotes.star",
        tooltip="Star the quote, or unstar it (saved in the case file)",
    ),
    Binding(
        "a",
        "edit_note",
        "Note",
        id="quotes.note",
        tooltip="Write or change your note on the quote (saved in the case file)",
    ),
    Binding(
        "e",
        "edit_speaker",
        "Speaker",
        id="quotes.speaker",
        tooltip="Correct the quote's speaker, with completion from the case's speakers"
        " (saved; it wins everywhere, and survives re-ingest). The list shows “(corrected)”"
        " after a speaker you gave, and “?” after one the extractor was unsure of",
    ),
    Binding(
        "x",
        "toggle_quotation",
        "Not a quote",
        id="quotes.not_a_quote",
        tooltip="Mark the quote not a quotation: lists, search, speakers and exports leave it"
        " out from the next search on, and re-ingest keeps it so (x again, while it shows,"
        " undoes it)",
    ),
    Binding(
        "c",
        "app.cycle_citation_style",
        "Style",
        id="quotes.style",
        tooltip="Next citation style: default, APA, MLA, Chicago, Markdown (saved)",
    ),
    Binding(
        "asterisk",
        "toggle_starred",
        "Starred",
        id="quotes.starred",
        tooltip="Show only the starred quotes, or every quote again",
    ),
    Binding(
        "X",
        "toggle_excluded",
        "Excluded",
        id="quotes.excluded",
        tooltip="Show or hide the quotes of documents excluded from the review (hidden at first)",
    ),
    Binding(
        "at",
        "pick_speaker",
        "Speakers",
        id="quotes.speakers",
        tooltip="List the speakers, most quoted first: show the quotes of one, or merge the"
        " names of one person",
    ),
    Binding(
        "r",
        "open_variant",
        "Other report",
        id="quotes.variant",
        tooltip="Read the same quote as another article reported it (again: the next one)",
    ),
]
