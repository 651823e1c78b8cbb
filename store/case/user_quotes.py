"""Quotes the user added: a quotation the extractor missed, selected in the reader or named on
the command line, with its speaker.

An added quote is a row of `quotes` like any other (its `how` is "added"), so the quote finder,
`@speaker`, the speakers list, citations and JSON all see it. A re-ingest or re-extraction
replaces a document's quote rows, so `user_quotes` keeps each added quote by its document's
path, its words and the words around them, as annotations are kept, and `_restore_added_quotes`
puts it back where those words are then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from store.case import rows
from store.case.anchoring import MIN_TEXT_SCORE, match_quote, quote_context
from store.case.annotations import Annotations
from store.case.opening import CaseError
from store.case.quote_index import QuoteIndex
from store.case.sql import utc_now
from store.models import Paragraph, Quote, QuoteAnnotation

ADDED = "added"
# Whether quote `q` of document `d` is the one `user_quotes` row `u` added: ids of quotes
# deleted with their document may be given to new ones, so the path and mark are checked too.
_IS_ITS_QUOTE = "q.id = u.quote_id AND q.how = 'added' AND d.path = u.doc_path"
# Left out around a selection, as extraction leaves a quote's own marks out of its text.
QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚"
# Written alike in one version of a document and another, or by a user at a shell.
_LOOSE_MARKS = {
    **{mark: '["“”„‟«»]' for mark in '"“”„‟«»'},
    **{mark: "['‘’‚`]" for mark in "'‘’‚`"},
}


@dataclass(frozen=True)
class TextSpan:
    """Characters [start, end) of one paragraph."""

    paragraph: int
    start: int
    end: int


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of `text` without the spaces and quote marks around it; None if nothing
    is left."""
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS):
        end -= 1
    return (start, end) if start < end else None


def loose_pattern(words: str) -> re.Pattern[str] | None:
    """A pattern finding `words` as whole words, whatever spaces separate them and whichever
    kind of quote mark or apostrophe they use; None for words that are all space."""
    words = words.strip()
    if not words:
        return None
    parts: list[str] = []
    for piece in re.split(r"(\s+)", words):
        if piece.isspace():
            parts.append(r"\s+")
        else:
            parts.append("".join(_LOOSE_MARKS.get(char) or re.escape(char) for char in piece))
    # "the" is not in "then": a word at either end is not part of a longer one.
    before = r"(?<!\w)" if re.match(r"\w", words) else ""
    after = r"(?!\w)" if re.search(r"\w$", words) else ""
    return re.compile(before + "".join(parts) + after)


def find_text(paragraphs: list[str], words: str) -> list[TextSpan]:
    """Every place in one paragraph that `words` occur (see `loose_pattern`)."""
    pattern = loose_pattern(words)
    if pattern is None:
        return []
    return [
        TextSpan(index, found.start(), found.end())
        for index, text in enumerate(paragraphs)
        for found in pattern.finditer(text)
    ]


def place_again(text: str, context: str, paragraph: int, paragraphs: list[str]) -> TextSpan | None:
    """Where an added quote is in a new version of its document's `paragraphs` ("" for a
    heading, which cannot hold one): where its words are, among several the one whose
    surroundings are most like `context` (then the one in its old `paragraph`); failing that,
    the closest stretch of words, if one is close enough, as an edited quote."""
    places = find_text(paragraphs, text)
    if not places:
        return _closest_stretch(text, paragraphs)

    def likeness(place: TextSpan) -> tuple[float, bool]:
        around = _context(paragraphs[place.paragraph], place.start, place.end)
        return fuzz.ratio(context, around), place.paragraph == paragraph

    return max(places, key=likeness)


def _closest_stretch(text: str, paragraphs: list[str]) -> TextSpan | None:
    best: tuple[float, TextSpan] | None = None
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) < len(text) * MIN_TEXT_SCORE / 100:
            continue  # too short to hold the quote, a few words changed
        found = fuzz.partial_ratio_alignment(text, paragraph, score_cutoff=MIN_TEXT_SCORE)
        if found is None or (best is not None and found.score <= best[0]):
            continue
        start, end = _like_ends(text, paragraph, found.dest_start, found.dest_end)
        trimmed = trimmed_span(paragraph, start, end)
        if trimmed is not None:
            best = (found.score, TextSpan(index, *trimmed))
    return best[1] if best else None


def _like_ends(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of `text`, aligned with `quote`, made to begin and end as it does: with
    whole words, and with punctuation only where it has some."""
    while start < end and quote[0].isalnum() and not text[start].isalnum():
        start += 1
    while end > start and quote[-1].isalnum() and not text[end - 1].isalnum():
        end -= 1
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _context(text: str, start: int, end: int) -> str:
    """The words around [start, end) of one paragraph, as `quote_context` gives them."""
    quote = Quote(text=text[start:end], paragraph=0, start=start, end_paragraph=0, end=end)
    return quote_context(quote, [Paragraph(text=text)])


class UserQuotes(Annotations, QuoteIndex):
    """The SQL of the `user_quotes` table, and the added quotes' rows of `quotes`."""

    def add_quote(
        self, doc_id: int, paragraph: int, start: int, end: int, speaker: str | None
    ) -> Quote:
        """Add characters [start, end) of paragraph `paragraph` (spaces and quote marks around
        them left out) as a quote of `speaker` (None: unknown); the quote as stored."""
        speaker = " ".join(speaker.split()) or None if speaker else None
        paragraphs = self.paragraphs(doc_id)
        if not 0 <= paragraph < len(paragraphs):
            raise CaseError(f"document {doc_id} has no paragraph {paragraph}")
        if paragraphs[paragraph].kind != "text":
            raise CaseError("a quote is added from a paragraph of text, not from a heading")
        text = paragraphs[paragraph].text
        span = trimmed_span(text, start, end)
        if span is None:
            raise CaseError("there are no words to quote there")
        place = TextSpan(paragraph, *span)
        self._refuse_a_second(doc_id, place)
        doc_path = self._document_path(doc_id)
        now = utc_now()
        with self.db.atomic():
            quote_id = self._insert_added(doc_id, place, text[place.start : place.end], speaker)
            record = {
                "doc_path": doc_path,
                "text": text[place.start : place.end],
                "speaker": speaker,
                "paragraph": place.paragraph,
                "start_char": place.start,
                "context": _context(text, place.start, place.end),
                "quote_id": quote_id,
                "created_at": now,
                "updated_at": now,
            }
            self.db.table("user_quotes").insert(record)
            self.index_new_quotes()
        return self._quote(quote_id)

    def add_quote_text(self, doc_id: int, words: str, speaker: str | None) -> Quote:
        """Add the place in a paragraph of text where `words` are as a quote of `speaker`; a
        clear error if they are nowhere or in several places."""
        paragraphs = self.paragraphs(doc_id)
        texts = [p.text if p.kind == "text" else "" for p in paragraphs]
        places = find_text(texts, words)
        shown = words if len(words) <= 60 else words[:60] + "…"
        if not places:
            raise CaseError(
                f"“{shown}” is not in document {doc_id}'s text within one paragraph"
                f" (as `casebrowser show {doc_id}` prints it)"
            )
        if len(places) > 1:
            raise CaseError(
                f"“{shown}” is in document {doc_id} {len(places)} times: give more of its"
                " words, or select it in the reader"
            )
        place = places[0]
        return self.add_quote(doc_id, place.paragraph, place.start, place.end, speaker)

    def remove_added_quote(self, quote_id: int) -> None:
        """Remove a quote the user added (its stars and notes are kept, detached)."""
        record_id = self._record_of(quote_id)
        if record_id is None:
            raise CaseError(f"quote {quote_id} was not added by hand")
        doc_id = self._quote(quote_id).doc_id
        assert doc_id is not None  # a quote read from the case belongs to one of its documents
        with self.db.atomic():
            self.index_new_quotes()  # the delete trigger takes it out of the word index
            self.db.execute("DELETE FROM user_quotes WHERE id = ?", [record_id])
            self.db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])
            self.db.execute(
                "UPDATE annotations SET quote_id = NULL WHERE kind = 'quote' AND quote_id = ?",
                [quote_id],
            )
            self._count_quotes(doc_id)  # one marked not a quotation was not counted

    def detached_added_quotes(self) -> int:
        """Added quotes whose words were not found again after their document changed (or
        whose document is no longer in the case)."""
        return self.db.execute(
            "SELECT count(*) FROM user_quotes u WHERE NOT EXISTS (SELECT 1 FROM quotes q"
            f" JOIN documents d ON d.id = q.doc_id WHERE {_IS_ITS_QUOTE})"
        ).fetchone()[0]

    def quote_ids(self, doc_id: int) -> list[int]:
        """The ids of a document's extracted quotes, in document order: those its extraction's
        rows and fingerprints describe, which re-anchoring and variant linking pair them with
        one by one. Added quotes are left out."""
        added = self._added_ids_of(doc_id)
        return [quote_id for quote_id in super().quote_ids(doc_id) if quote_id not in added]

    def annotate_quote(
        self,
        quote_id: int,
        *,
        starred: bool | None = None,
        note: str | None = None,
        speaker: str | None = None,
        rejected: bool | None = None,
    ) -> QuoteAnnotation:
        """As `Annotations.annotate_quote`; for a quote the user added, the speaker is the
        user's own already: a new one replaces it ("" makes it unknown), and the quote stays
        one the user added."""
        record_id = None if speaker is None else self._record_of(quote_id)
        if record_id is None:
            return super().annotate_quote(
                quote_id, starred=starred, note=note, speaker=speaker, rejected=rejected
            )
        speaker = " ".join(speaker.split()) or None if speaker else None
        with self.db.atomic():
            self.index_new_quotes()  # the update trigger takes the old row out of the index
            self.db.execute(
                "UPDATE user_quotes SET speaker = ?, updated_at = ? WHERE id = ?",
                [speaker, utc_now(), record_id],
            )
            self.db.execute("UPDATE quotes SET speaker = ? WHERE id = ?", [speaker, quote_id])
            if starred is None and note is None and rejected is None:
                return self.quote_annotations([quote_id]).get(quote_id, QuoteAnnotation())
            return super().annotate_quote(quote_id, starred=starred, note=note, rejected=rejected)

    # ---- keeping them through a re-ingest ------------------------------------------------

    def _restore_added_quotes(self, doc_id: int, document: rows.DocumentRows) -> None:
        """Put the quotes added to a re-ingested or re-extracted document back where their
        words are now, with their stars and notes; one whose words are gone waits, detached,
        for a version that has them."""
        records = self.db.execute(
            "SELECT id, text, context, paragraph, speaker FROM user_quotes"
            " WHERE doc_path = ? ORDER BY id",
            [document.path],
        ).fetchall()
        if not records:
            return
        texts = [text if kind == "text" else "" for _, kind, text in document.paragraphs]
        restored: list[tuple[int, str, str]] = []
        for record_id, text, context, paragraph, speaker in records:
            place = place_again(text, context or "", paragraph or 0, texts)
            quote_id = None
            if place is not None:
                words = texts[place.paragraph][place.start : place.end]
                quote_id = self._insert_added(doc_id, place, words, speaker)
                around = _context(texts[place.paragraph], place.start, place.end)
                restored.append((quote_id, words, around))
            self.db.execute(
                "UPDATE user_quotes SET quote_id = ? WHERE id = ?", [quote_id, record_id]
            )
        self._reattach_to_added(document.path, restored)

    def _reattach_to_added(self, doc_path: str, restored: list[tuple[int, str, str]]) -> None:
        """Point the annotations left detached by `_reattach_annotations` (it knows only the
        extracted quotes) at the added quotes they belong to."""
        detached = self.db.execute(
            "SELECT id, quote_text, quote_context FROM annotations"
            " WHERE kind = 'quote' AND doc_path = ? AND quote_id IS NULL",
            [doc_path],
        ).fetchall()
        for annotation_id, text, context in detached:
            found = match_quote(text, context or "", restored)
            if found is not None:
                self.db.execute(
                    "UPDATE annotations SET quote_id = ? WHERE id = ?", [found, annotation_id]
                )

    # ---- the rows ------------------------------------------------------------------------

    def _insert_added(self, doc_id: int, place: TextSpan, text: str, speaker: str | None) -> int:
        """Insert an added quote's row at its place in the document's order; its id."""
        # Moving the quotes after it fires the update trigger, which takes each old row out
        # of the word index: every quote must be in it first.
        self.index_new_quotes()
        position = self.db.execute(
            "SELECT min(position) FROM quotes WHERE doc_id = ?"
            " AND (paragraph > ? OR (paragraph = ? AND start_char > ?))",
            [doc_id, place.paragraph, place.paragraph, place.start],
        ).fetchone()[0]
        if position is None:
            last = self.db.execute(
                "SELECT max(position) FROM quotes WHERE doc_id = ?", [doc_id]
            ).fetchone()[0]
            position = 0 if last is None else last + 1
        else:
            self.db.execute(
                "UPDATE quotes SET position = position + 1 WHERE doc_id = ? AND position >= ?",
                [doc_id, position],
            )
        source = self.db.execute("SELECT source FROM documents WHERE id = ?", [doc_id]).fetchone()
        row: dict[str, Any] = {
            "doc_id": doc_id,
            "position": position,
            "text": text,
            "speaker": speaker,
            "source": source[0],
            "paragraph": place.paragraph,
            "start_char": place.start,
            "end_paragraph": place.paragraph,
            "end_char": place.end,
            "how": ADDED,
            "confidence": 1.0,
        }
        quote_id = self._insert_record("quotes", row)
        self.db.execute("UPDATE documents SET quotes = quotes + 1 WHERE id = ?", [doc_id])
        return quote_id

    def _refuse_a_second(self, doc_id: int, place: TextSpan) -> None:
        row = self.db.execute(
            "SELECT id FROM quotes WHERE doc_id = ? AND paragraph = ? AND end_paragraph = ?"
            " AND start_char = ? AND end_char = ?",
            [doc_id, place.paragraph, place.paragraph, place.start, place.end],
        ).fetchone()
        if row is not None:
            raise CaseError(f"those words are quote {row[0]} already")

    def _record_of(self, quote_id: int) -> int | None:
        """The `user_quotes` row of quote `quote_id`, if the user added it."""
        row = self.db.execute(
            "SELECT u.id FROM user_quotes u JOIN quotes q ON q.id = u.quote_id"
            f" JOIN documents d ON d.id = q.doc_id WHERE u.quote_id = ? AND {_IS_ITS_QUOTE}",
            [quote_id],
        ).fetchone()
        return row[0] if row else None

    def _added_ids_of(self, doc_id: int) -> set[int]:
        # By the row's own mark: a record's quote_id may be stale while its document is
        # re-ingested (its quotes deleted, their ids given to new ones) until it is restored.
        cursor = self.db.execute(
            "SELECT id FROM quotes WHERE doc_id = ? AND how = ?", [doc_id, ADDED]
        )
        return {row[0] for row in cursor.fetchall()}
