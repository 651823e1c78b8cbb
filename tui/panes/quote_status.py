"""The line under the quote list: what it lists, for which query, in what order, whether the
excluded documents' quotes are among them, and how the highlighted quote's speaker was found
and how sure that is.

Where the line is too narrow for all of it, lower-priority parts are dropped whole, never cut
mid-word: first the words that named an unsure speaker, then the `X` key's reminder, then the
word on the speaker; what a search found is kept, shortened at a word with "…" if it must be.
"""

from __future__ import annotations

from rich.cells import cell_len

from store.models import QuoteHit
from store.safe_text import one_line
from store.search import Ranking
from tui.panes.quote_marks import HOW_WORDS
from tui.panes.quote_rows import speaker_trust

SHOWN_QUERY_CHARS = 60
SEPARATOR = "  ·  "
# How the extractor found a speaker it is unsure of (store/quoting/trust.py).
UNSURE_HOW = {
    "pronoun": "named through a pronoun",
    "context": "taken from the sentences around the quote",
    "chain": "taken from the quote beside it",
    "nominal": "named by a role or description",
    "variant": "named by another outlet's report of it",
}
SHOWN_CUE_CHARS = 40


def status_line(
    found: str, show_excluded: bool, highlighted: QuoteHit | None, width: int | None = None
) -> str:
    """What a search found, whether `X` hides the excluded documents' quotes, and what the
    highlighted quote's speaker mark means; fitted to `width` cells (see above), if given."""
    excluded = f"excluded {'shown' if show_excluded else 'hidden'} (X)"
    notes: list[str | None] = [None]
    if highlighted is not None:
        notes = [speaker_note(highlighted), speaker_note(highlighted, with_cue=False)]
    # Each way of saying it, the fullest first.
    choices = [[found, excluded, note] for note in notes]
    choices += [[found, note] for note in notes]
    choices.append([found, excluded])
    lines = [SEPARATOR.join(part for part in parts if part) for parts in choices]
    if width is None:
        return lines[0]
    return next((line for line in lines if cell_len(line) <= width), None) or clipped(found, width)


def clipped(text: str, width: int) -> str:
    """`text` in `width` cells: whole words and "…" after them (cut inside a word only when
    the first word alone is too long)."""
    if cell_len(text) <= width:
        return text
    words, kept = text.split(" "), ""
    for word in words:
        longer = f"{kept} {word}" if kept else word
        if cell_len(longer) + 1 > width:
            break
        kept = longer
    if not kept:
        kept = text[: max(0, width - 1)]
    return f"{kept.rstrip(' ·,:;')}…" if width > 0 else ""


def speaker_note(hit: QuoteHit, *, with_cue: bool = True) -> str | None:
    """A word on the speaker of `hit`: the user's, a guess, or how a sure one was found; None
    when nothing says (no speaker, or one stored before attributions were recorded). Without
    the words that named the speaker unless `with_cue`."""
    quote = hit.quote
    trust = speaker_trust(quote)
    if trust == "corrected":
        return "speaker corrected by you"
    if not quote.speaker or quote.how is None or quote.how == "added":
        return None
    # The words that named the speaker, to judge it by without opening the article.
    cue = one_line(quote.cue or "")
    if len(cue) > SHOWN_CUE_CHARS:
        cue = cue[:SHOWN_CUE_CHARS].rstrip() + "…"
    sure = f" ({round((quote.confidence or 0) * 100)}% sure)"
    if trust == "unsure":
        how = UNSURE_HOW.get(quote.how, "found by a path often wrong")
        by = f" by “{cue}”" if cue and with_cue else ""
        return f"speaker? {how}{by}{sure}: e corrects it"
    said = f": “{cue}”" if cue and with_cue else ""
    return f"speaker {HOW_WORDS.get(quote.how, quote.how)}{said}{sure}"


def found_status(query: str, ranking: Ranking, starred_only: bool, limit: int) -> str:
    """What a search found: `limit` is how many quotes a search ranks at most."""
    found = ranking.total
    query = shortened(one_line(query))
    if starred_only:
        return starred_status(found, query, limit)
    if ranking.ids is None and ranking.parsed.uncertain:
        if not found:
            return "No quote's speaker is in doubt."
        return f"{quotes(found)} whose speaker is in doubt: unsure names first, then none"
    if ranking.ids is None:
        if not found:
            return "No quotes in this case yet."
        return f"{quotes(found)}, in document order"
    if not found:
        return f"No quote matches “{query}”. Try fewer or shorter words."
    best = "The best " if found == limit else ""
    return f"{best}{quotes(found)} matching “{query}”, best first"


def starred_status(found: int, query: str, limit: int) -> str:
    press = "  (* shows every quote)"
    where = f" matching “{query}”" if query else ""
    if not found:
        return f"No starred quotes{where}. Star one with s.{press}"
    best = "The first " if found == limit else ""
    return f"{best}{quotes(found)} starred{where}{press}"


def shortened(text: str) -> str:
    return text[:SHOWN_QUERY_CHARS] + "…" if len(text) > SHOWN_QUERY_CHARS else text


def quotes(count: int) -> str:
    return f"{count:,} quote" if count == 1 else f"{count:,} quotes"
