"""The review state of each document (`store.models.ReviewState`): new, read, reviewed or
excluded. Kept by document path, as notes and tags are, so that it outlives a re-ingest."""

from __future__ import annotations

from store.case.documents import COUNT_BUT_COPIES, Documents
from store.case.sql import EXCLUDED_DOC_IDS, utc_now
from store.models import REVIEW_STATES, ReviewState


class Reviews(Documents):
    """The SQL of the `document_reviews` table."""

    def set_review(self, doc_id: int, state: ReviewState) -> None:
        """Set a document's review state; "new" forgets it."""
        if state not in REVIEW_STATES:
            raise ValueError(
                f"unknown review state {state!r}: use one of {', '.join(REVIEW_STATES)}"
            )
        doc_path = self._document_path(doc_id)
        with self.db.atomic():
            if state == "new":
                self.db.execute("DELETE FROM document_reviews WHERE doc_path = ?", [doc_path])
            else:
                self.db.table("document_reviews").upsert(
                    {"doc_path": doc_path, "state": state, "updated_at": utc_now()},
                    pk="doc_path",
                )

    def mark_read(self, doc_id: int) -> bool:
        """Opening a document: "new" becomes "read", any later state stays; whether it changed."""
        if self.review_state(doc_id) != "new":
            return False
        self.set_review(doc_id, "read")
        return True

    def review_state(self, doc_id: int) -> ReviewState:
        row = self.db.execute(
            "SELECT r.state FROM document_reviews r JOIN documents d ON d.path = r.doc_path"
            " WHERE d.id = ?",
            [doc_id],
        ).fetchone()
        return row[0] if row else "new"

    def review_counts(self) -> dict[ReviewState, int]:
        """How many documents are in each review state, every state present; copies of an
        article are not counted, as the list shows their primary alone."""
        counts: dict[ReviewState, int] = dict.fromkeys(REVIEW_STATES, 0)
        cursor = self.db.execute(
            "SELECT r.state, count(*) FROM document_reviews r"
            " JOIN documents d ON d.path = r.doc_path WHERE d.copy_of IS NULL GROUP BY r.state"
        )
        for state, count in cursor.fetchall():
            if state in counts:
                counts[state] = count
        total = self.db.execute(COUNT_BUT_COPIES).fetchone()[0]
        counts["new"] = total - sum(count for state, count in counts.items() if state != "new")
        return counts

    def excluded_document_ids(self) -> set[int]:
        cursor = self.db.execute(EXCLUDED_DOC_IDS)
        return {row[0] for row in cursor.fetchall()}
