"""Stars on timeline events. An event's row id changes each time its document is stored again
(a re-ingest, a re-extraction, a metadata import that moves its date), so a star is kept by
what outlives that: the document's path and the event's kind, phrase and sentence. Each time
a document's events are stored, its stars find their events again (`match_event`)."""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz

from store.case import read_rows
from store.case.documents import Documents
from store.case.opening import CaseError
from store.case.sql import utc_now

# Whether event `e` is starred, as a column of a timeline query, and as a filter.
STARRED = "EXISTS (SELECT 1 FROM event_stars s WHERE s.event_id = e.id)"
STARRED_ONLY = "e.id IN (SELECT s.event_id FROM event_stars s WHERE s.event_id IS NOT NULL)"
# A re-extracted mention with small edits around it (a typo fixed, a sentence split anew)
# still scores above these; the same phrase in another sentence of the document does not.
MIN_PHRASE_SCORE = 85.0
MIN_SENTENCE_SCORE = 70.0


class EventAnchor(NamedTuple):
    """What a star remembers of its event, to find it again."""

    kind: str
    phrase: str
    sentence: str
    paragraph: int
    offset: int


def match_event(anchor: EventAnchor, candidates: list[tuple[int, EventAnchor]]) -> int | None:
    """The id of the candidate `(id, anchor)` that is the starred event, if any: the same
    kind, a phrase and sentence close enough, the nearest place among equals."""
    best: tuple[float, int, int] | None = None
    best_id = None
    for event_id, candidate in candidates:
        if candidate.kind != anchor.kind:
            continue
        phrase = _similarity(anchor.phrase, candidate.phrase)
        sentence = _similarity(anchor.sentence, candidate.sentence)
        # A document has one publication: its "sentence" is the title, which may be retitled.
        if phrase < MIN_PHRASE_SCORE or (
            anchor.kind != "published" and sentence < MIN_SENTENCE_SCORE
        ):
            continue
        score = (
            phrase + 2 * sentence,
            -abs(candidate.paragraph - anchor.paragraph),
            -abs(candidate.offset - anchor.offset),
        )
        if best is None or score > best:
            best, best_id = score, event_id
    return best_id


def _similarity(first: str, second: str) -> float:
    first, second = " ".join(first.casefold().split()), " ".join(second.casefold().split())
    return 100.0 if first == second else fuzz.ratio(first, second)


class EventMarks(Documents):
    """The SQL of the `event_stars` table."""

    def star_event(self, event_id: int, starred: bool = True) -> bool:
        """Star the event, or unstar it; returns whether it is starred now."""
        found = self._event_anchors("e.id = ?", [event_id])
        if not found:
            raise CaseError(f"no event with id {event_id}")
        _id, anchor, doc_path = found[0]
        with self.db.atomic():
            self.db.execute("DELETE FROM event_stars WHERE event_id = ?", [event_id])
            if starred:
                record = {"doc_path": doc_path, "event_id": event_id, "created_at": utc_now()}
                self.db.table("event_stars").insert({**anchor._asdict(), **record})
        return starred

    def detached_event_stars(self) -> int:
        """Stars whose event was not found again after its document changed."""
        return self.db.execute(
            "SELECT count(*) FROM event_stars WHERE event_id IS NULL"
        ).fetchone()[0]

    def _event_anchors(
        self, where: str, params: list[object]
    ) -> list[tuple[int, EventAnchor, str]]:
        cursor = self.db.execute(
            f"SELECT e.id, e.kind, e.phrase, {read_rows.EVENT_SENTENCE}, e.paragraph, e.offset,"
            " d.path"
            f" FROM events e JOIN documents d ON d.id = e.doc_id"
            f" LEFT JOIN paragraphs p ON {read_rows.EVENT_PARAGRAPH} WHERE {where}"
            " ORDER BY e.paragraph, e.offset, e.id",
            params,
        )
        return [
            (event_id, EventAnchor(kind, phrase, sentence or "", paragraph, offset), path)
            for event_id, kind, phrase, sentence, paragraph, offset, path in cursor.fetchall()
        ]

    def _detach_event_stars(self, doc_id: int) -> None:
        """Before a document's events are deleted: their ids may be given to other events."""
        self.db.execute(
            "UPDATE event_stars SET event_id = NULL"
            " WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)",
            [doc_id],
        )

    def _reattach_event_stars(self, doc_id: int) -> None:
        """Point the stars of a document stored anew at its new events."""
        stars = self.db.execute(
            "SELECT s.id, s.kind, s.phrase, s.sentence, s.paragraph, s.offset FROM event_stars s"
            " JOIN documents d ON d.path = s.doc_path WHERE d.id = ?",
            [doc_id],
        ).fetchall()
        if not stars:
            return
        candidates = [
            (event_id, anchor)
            for event_id, anchor, _path in self._event_anchors("e.doc_id = ?", [doc_id])
        ]
        for star_id, *anchor in stars:
            found = match_event(EventAnchor(*anchor), candidates)
            self.db.execute("UPDATE event_stars SET event_id = ? WHERE id = ?", [found, star_id])
