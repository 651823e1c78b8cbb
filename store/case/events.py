"""The dated events of the documents: the timeline, its times and their entries."""

from __future__ import annotations

from typing import Any

from store.case import read_rows, rows
from store.case.event_marks import STARRED, STARRED_ONLY, EventMarks
from store.case.sql import COPY_DOC_IDS, EXCLUDED_DOC_IDS, as_dict
from store.case.text_match import word_in_columns
from store.models import EVERY_EVENT, Event, TimelineEntry, TimelineFilter

# A group of copies of one article counts once, as its primary (store.case.copies): the
# events of its copies are left out. Copies are few: the subquery is small.
COPIES_LEFT_OUT = f"e.doc_id NOT IN ({COPY_DOC_IDS})"


class Events(EventMarks):
    """The SQL of the `events` table (reading the documents and sentences they come from)."""

    def timeline(
        self, *, include_published: bool = True, doc_id: int | None = None
    ) -> list[TimelineEntry]:
        """Every event (of one document), in timeline order."""
        return self.timeline_entries(
            TimelineFilter(include_published=include_published, doc_id=doc_id)
        )

    # The time an event is dated to; unresolved events all share one time, with no start.
    TIME_COLUMNS = (
        "e.start_date, e.end_date, iif(e.start_date IS NULL, 'unknown', e.granularity) AS g,"
        " iif(e.start_date IS NULL, NULL, e.modifier) AS m,"
        " iif(e.start_date IS NULL, NULL, e.value) AS v"
    )
    TIME_ORDER = "e.start_date IS NULL, e.start_date, e.end_date, g, m, v"

    def timeline_times(self, shown: TimelineFilter = EVERY_EVENT) -> list[tuple[Event, int]]:
        """Each time the events `shown` are dated to, in timeline order, with how many events
        it has.

        The Event stands for the time alone (start, end, granularity, modifier, value; no
        phrase). Unresolved events come last, as one time with no start.
        """
        where, params = self._filter_where(shown)
        sql = (
            f"SELECT {self.TIME_COLUMNS}, count(*) FROM events e {self._timeline_join(shown.text)}"
            f" {where} GROUP BY e.start_date, e.end_date, g, m, v ORDER BY {self.TIME_ORDER}"
        )
        return [
            (
                Event.model_validate(
                    {
                        "phrase": "",
                        "start": start,
                        "end": end,
                        "granularity": granularity,
                        "modifier": modifier,
                        "value": value,
                    }
                ),
                count,
            )
            for start, end, granularity, modifier, value, count in self.db.execute(sql, params)
        ]

    def timeline_entries(
        self,
        shown: TimelineFilter = EVERY_EVENT,
        *,
        time: Event | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[TimelineEntry]:
        """Events of one `time` from `timeline_times` in document order, or, with no `time`,
        every event in the order the timeline pane shows them; filtered as there."""
        where, params = self._filter_where(shown)
        order = f"{self.TIME_ORDER}, " if time is None else ""
        if time is not None:
            time_where, time_params = self._time_where(time)
            where = f"{where} AND {time_where}" if where else f"WHERE {time_where}"
            params += time_params
        sql = (
            f"SELECT {read_rows.EVENT_COLUMNS}, {self.TIME_COLUMNS}, d.title AS doc_title,"
            f" d.source AS doc_source, d.url AS doc_url, {STARRED} AS starred"
            f" FROM events e JOIN documents d ON d.id = e.doc_id"
            f" LEFT JOIN paragraphs p ON {read_rows.EVENT_PARAGRAPH} {where}"
            f" ORDER BY {order}e.doc_id, e.paragraph, e.offset, e.id LIMIT ? OFFSET ?"
        )
        cursor = self.db.execute(sql, [*params, -1 if limit is None else limit, offset])
        return [
            read_rows.timeline_entry_from_row(as_dict(cursor, row)) for row in cursor.fetchall()
        ]

    def _filter_where(self, shown: TimelineFilter) -> tuple[str, list[Any]]:
        """The WHERE clause of the events `shown`."""
        where, params = self._timeline_where(
            shown.include_published, shown.text, shown.hide_excluded, shown.hide_unplaceable
        )
        clauses = [where.removeprefix("WHERE ")] if where else []
        if shown.starred_only:
            clauses.append(STARRED_ONLY)
        if shown.doc_id is not None:
            clauses.append("e.doc_id = ?")
            params.append(shown.doc_id)
        else:
            clauses.append(COPIES_LEFT_OUT)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params

    @staticmethod
    def _timeline_join(text_filter: str) -> str:
        # Only a text filter reads the documents and sentences: the joins cost on half a
        # million events.
        if not text_filter.split():
            return ""
        return (
            "JOIN documents d ON d.id = e.doc_id"
            f" LEFT JOIN paragraphs p ON {read_rows.EVENT_PARAGRAPH}"
        )

    @staticmethod
    def _timeline_where(
        include_published: bool,
        text_filter: str,
        hide_excluded: bool = False,
        hide_unplaceable: bool = False,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        if not include_published:
            clauses.append("e.kind != 'published'")
        if hide_unplaceable:
            # A duration, a set or a reference word is not a point in time: with no date to
            # count it from, it has no place on the calendar. Relative dates stay (undated).
            clauses.append(
                "NOT (e.start_date IS NULL AND (coalesce(e.type, 'DATE') IN ('DURATION', 'SET')"
                " OR coalesce(e.value, '') LIKE '%\\_REF' ESCAPE '\\'))"
            )
        if hide_excluded:  # few documents are excluded: the subquery is small
            clauses.append(f"e.doc_id NOT IN ({EXCLUDED_DOC_IDS})")
        params: list[Any] = []
        columns = [read_rows.EVENT_SENTENCE, "e.phrase", "d.title", "coalesce(d.source, '')"]
        for word in text_filter.split():
            clause, word_params = word_in_columns(word, columns)
            clauses.append(clause)
            params.extend(word_params)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params

    @staticmethod
    def _time_where(time: Event) -> tuple[str, list[Any]]:
        if time.start is None or time.end is None:
            return "e.start_date IS NULL", []
        return (
            "e.start_date = ? AND e.end_date = ? AND e.granularity = ? AND e.modifier IS ?"
            " AND e.value IS ?",
            [
                time.start.isoformat(),
                time.end.isoformat(),
                time.granularity,
                time.modifier,
                time.value,
            ],
        )

    # ---- writing ----

    def _insert_events(self, doc_id: int, event_rows: list[rows.Row]) -> None:
        self._insert_rows("events", rows.EVENT_COLUMNS_STORED, doc_id, event_rows)
        self._reattach_event_stars(doc_id)

    def _replace_events(self, doc_id: int, events: list[Event]) -> None:
        """Replace a document's events (they depend on its date: relative dates resolve
        against it)."""
        self._delete_events(doc_id)
        title = self._document_title(doc_id)
        event_rows = rows.event_rows(events, self.paragraphs(doc_id), title)
        self._insert_events(doc_id, event_rows)

    def _delete_events(self, doc_id: int) -> None:
        self._detach_event_stars(doc_id)
        self.db.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
