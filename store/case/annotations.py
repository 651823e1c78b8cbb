"""Annotations (stars, notes, corrected speakers and "not a quotation" on quotes, notes on
documents) and document tags. They are kept by document path and quote text, so they outlive
a re-ingest of their document: its quotes are then found again (`store.case.anchoring`)."""

from __future__ import annotations

from typing import Any

from store.case import rows
from store.case.anchoring import match_quote, quote_context
from store.case.documents import Documents
from store.case.quotes import Quotes
from store.case.sql import utc_now
from store.models import QuoteAnnotation


class Annotations(Documents, Quotes):
    """The SQL of the `annotations` and `document_tags` tables."""

    def annotate_quote(
        self,
        quote_id: int,
        *,
        starred: bool | None = None,
        note: str | None = None,
        speaker: str | None = None,
        rejected: bool | None = None,
    ) -> QuoteAnnotation:
        """Star or unstar a quote, set its note ("" removes it), correct its speaker ("" gives
        back the extracted one) or mark it not a quotation (`rejected`, which listings then
        leave out) or a quotation again; returns the annotation."""
        quote = self._quote(quote_id)
        # A quote read from the case always belongs to one of its documents.
        assert quote.doc_id is not None
        doc_path = self._document_path(quote.doc_id)
        now = utc_now()
        with self.db.atomic():
            row = self.db.execute(
                "SELECT id FROM annotations WHERE kind = 'quote' AND quote_id = ?", [quote_id]
            ).fetchone()
            if row is None:
                context = quote_context(quote, self.paragraphs(quote.doc_id))
                record = {
                    "kind": "quote",
                    "doc_path": doc_path,
                    "quote_id": quote_id,
                    "quote_text": quote.text,
                    "quote_context": context,
                    "created_at": now,
                }
                row = (self.db.table("annotations").insert(record).last_pk,)
            changes: dict[str, Any] = {"updated_at": now}
            if starred is not None:
                changes["starred"] = int(starred)
            if note is not None:
                changes["note"] = note or None
            if rejected is not None:
                changes["rejected"] = int(rejected)
            if speaker is not None:
                changes.update(self._correct_speaker(row[0], quote_id, quote.speaker, speaker))
            self.db.table("annotations").update(row[0], changes)
            if rejected is not None:
                self._count_quotes(quote.doc_id)
        return self.quote_annotations([quote_id])[quote_id]

    def _count_quotes(self, doc_id: int) -> None:
        """Set the document's count of quotes (the documents list's, `docs`'), leaving out
        those marked not a quotation, as every other count does."""
        self.db.execute(
            "UPDATE documents SET quotes = (SELECT count(*) FROM quotes WHERE doc_id = :doc)"
            " - (SELECT count(*) FROM annotations a JOIN quotes q ON q.id = a.quote_id"
            "    WHERE a.rejected AND a.kind = 'quote' AND q.doc_id = :doc)"
            " WHERE id = :doc",
            {"doc": doc_id},
        )

    def _correct_speaker(
        self, annotation_id: int, quote_id: int, current: str | None, speaker: str
    ) -> dict[str, Any]:
        """Give the quote `speaker` (or back its extracted speaker, for ""); the annotation's
        changes that record it."""
        corrected, extracted = self.db.execute(
            "SELECT speaker, extracted_speaker FROM annotations WHERE id = ?", [annotation_id]
        ).fetchone()
        if corrected is None:
            extracted = current  # the first correction: what extraction had said
        if speaker:
            self._set_quote_speaker(quote_id, speaker, "corrected", 1.0)
            return {"speaker": speaker, "extracted_speaker": extracted}
        if corrected is not None:
            self._set_quote_speaker(quote_id, extracted, None, None)
        return {"speaker": None, "extracted_speaker": None}

    def _set_quote_speaker(
        self, quote_id: int, speaker: str | None, how: str | None, confidence: float | None
    ) -> None:
        self.db.execute(
            "UPDATE quotes SET speaker = ?, how = ?, confidence = ? WHERE id = ?",
            [speaker, how, confidence, quote_id],
        )

    def quote_annotations(self, quote_ids: list[int]) -> dict[int, QuoteAnnotation]:
        marks = ", ".join("?" * len(quote_ids))
        cursor = self.db.execute(
            f"SELECT quote_id, starred, note, speaker, rejected FROM annotations"
            f" WHERE kind = 'quote' AND quote_id IN ({marks})",
            quote_ids,
        )
        return {
            quote_id: QuoteAnnotation(
                starred=bool(starred), note=note, speaker=speaker, rejected=bool(rejected)
            )
            for quote_id, starred, note, speaker, rejected in cursor.fetchall()
        }

    def detached_annotations(self) -> int:
        """Quote annotations whose quote was not found again after its document changed."""
        return self.db.execute(
            "SELECT count(*) FROM annotations WHERE kind = 'quote' AND quote_id IS NULL"
        ).fetchone()[0]

    def set_document_note(self, doc_id: int, note: str) -> None:
        doc_path = self._document_path(doc_id)
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM annotations WHERE kind = 'document' AND doc_path = ?", [doc_path]
            )
            if note:
                self.db.table("annotations").insert(
                    {
                        "kind": "document",
                        "doc_path": doc_path,
                        "note": note,
                        "created_at": now,
                        "updated_at": now,
                    }
                )

    def document_note(self, doc_id: int) -> str | None:
        row = self.db.execute(
            "SELECT a.note FROM annotations a JOIN documents d ON d.path = a.doc_path"
            " WHERE a.kind = 'document' AND d.id = ?",
            [doc_id],
        ).fetchone()
        return row[0] if row else None

    def set_document_tags(self, doc_id: int, tags: list[str]) -> None:
        doc_path = self._document_path(doc_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM document_tags WHERE doc_path = ?", [doc_path])
            self.db.table("document_tags").insert_all(
                [{"doc_path": doc_path, "tag": tag} for tag in sorted(set(tags)) if tag]
            )

    def document_tags(self, doc_id: int) -> list[str]:
        cursor = self.db.execute(
            "SELECT t.tag FROM document_tags t JOIN documents d ON d.path = t.doc_path"
            " WHERE d.id = ? ORDER BY t.tag",
            [doc_id],
        )
        return [row[0] for row in cursor.fetchall()]

    def _reattach_annotations(
        self, doc_id: int, document: rows.DocumentRows
    ) -> list[tuple[int, str]]:
        """Point the quote annotations of a re-ingested document at its new quotes; the
        speakers the user gave them, to give again (`_give_corrected_speakers`)."""
        annotations = self.db.execute(
            "SELECT id, quote_text, quote_context, speaker FROM annotations"
            " WHERE kind = 'quote' AND doc_path = ?",
            [document.path],
        ).fetchall()
        if not annotations:
            return []
        quotes, paragraphs = document.quote_models()
        stored = list(zip(self.quote_ids(doc_id), quotes, strict=True))
        candidates = [
            (quote_id, quote.text, quote_context(quote, paragraphs)) for quote_id, quote in stored
        ]
        extracted = {quote_id: quote.speaker for quote_id, quote in stored}
        corrected = []
        for annotation_id, text, context, speaker in annotations:
            found = match_quote(text, context or "", candidates)
            self.db.execute(
                "UPDATE annotations SET quote_id = ? WHERE id = ?", [found, annotation_id]
            )
            if speaker is not None and found is not None:
                # The user's speaker wins over the new extraction's, which is kept to undo.
                self.db.execute(
                    "UPDATE annotations SET extracted_speaker = ? WHERE id = ?",
                    [extracted[found], annotation_id],
                )
                corrected.append((found, speaker))
        return corrected

    def _give_corrected_speakers(self, corrected: list[tuple[int, str]]) -> None:
        """Give quotes the speakers the user had given them. Their quotes must be in the word
        index already: the update trigger takes the old row out of it."""
        for quote_id, speaker in corrected:
            self._set_quote_speaker(quote_id, speaker, "corrected", 1.0)
