"""The reader's keys, in order of importance: a narrow footer drops keys from the end (the help
lists them all)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

READER_BINDINGS: list[BindingType] = [
    Binding(
        "n",
        "step_quote(1)",
        "Next quote",
        id="reader.next_quote",
        tooltip="Go to the next quote in the document and make it current (wraps around)",
    ),
    Binding(
        "N",
        "step_quote(-1)",
        "Previous quote",
        show=False,
        id="reader.previous_quote",
        tooltip="Go to the previous quote in the document and make it current",
    ),
    Binding(
        "y",
        "copy_quote",
        "Copy",
        id="reader.copy",
        tooltip="Copy the current quote with its citation, in the chosen style",
    ),
    Binding(
        "e",
        "edit_speaker",
        "Speaker",
        id="reader.speaker",
        tooltip="Correct the current quote's speaker, with completion from the case's speakers"
        " (saved; it wins everywhere, and survives re-ingest)",
    ),
    Binding(
        "plus",
        "add_quote",
        "Add quote",
        id="reader.add_quote",
        tooltip="Add the words selected with the mouse, in one paragraph, as a quote, and name"
        " its speaker (saved; it survives re-ingest)",
    ),
    Binding(
        "x",
        "mark_not_a_quote",
        "Not a quote",
        id="reader.not_a_quote",
        tooltip="Mark the current quote not a quotation: the reader, lists, search, speakers and"
        " exports leave it out (saved; it survives re-ingest)",
    ),
    Binding(
        "R",
        "open_variant",
        "Other report",
        id="reader.variant",
        tooltip="Read the current quote as another article reported it: the next report by date"
        " (again: the one after; the reports are listed under the article)",
    ),
    Binding(
        "r",
        "toggle_review('reviewed')",
        "Reviewed",
        id="reader.reviewed",
        tooltip="Mark the document reviewed, or back to read (saved in the case file)",
    ),
    Binding(
        "a",
        "edit_note",
        "Note",
        id="reader.note",
        tooltip="Write or change your note on the document (saved in the case file)",
    ),
    Binding(
        "t",
        "edit_tags",
        "Tags",
        id="reader.tags",
        tooltip="Tag the document: words separated by commas (saved in the case file)",
    ),
    Binding(
        "c",
        "app.cycle_citation_style",
        "Style",
        id="reader.style",
        tooltip="Next citation style: default, APA, MLA, Chicago, Markdown (saved)",
    ),
    Binding(
        "left_square_bracket",
        "step_document(-1)",
        "Previous",
        id="reader.previous",
        tooltip="The previous document in the documents list's order",
    ),
    Binding(
        "right_square_bracket",
        "step_document(1)",
        "Next",
        id="reader.next",
        tooltip="The next document in the documents list's order",
    ),
    Binding(
        "X",
        "toggle_review('excluded')",
        "Exclude",
        show=False,  # rarer than reviewed, and the footer is full: in the help and palette
        id="reader.exclude",
        tooltip="Exclude the document from the review (hidden from the timeline), or back to read",
    ),
    Binding(
        "o",
        "open_url",
        "Open URL",
        id="reader.open_url",
        tooltip="Open the document's URL in the system's web browser",
    ),
    Binding(
        "v",
        "toggle_raw",
        "Raw text",
        id="reader.raw",
        tooltip="Show or hide the raw text beside the cleaned text",
    ),
]
