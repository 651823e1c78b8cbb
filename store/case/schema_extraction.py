"""Schema steps that keep more of what extraction finds: date precision, attribution,
TIMEX3 types, copies of one article, speakers' roles (steps of `store.case.schema`)."""

from __future__ import annotations

from sqlite_utils import Database

from store.models import PRECISIONS


def record_date_precision(db: Database) -> None:
    # An estimated date keeps the precision of the mention it came from ("2023", not
    # "2023-12-31"): the granularity of the events that reach it, the finest if several do
    # (store.timex.dates.estimate). A date the document gave is a day.
    db.table("documents").add_column("published_precision", str)
    db.execute(
        "UPDATE documents SET published_precision = 'day'"
        " WHERE published IS NOT NULL AND NOT published_estimated"
    )
    finest = " ".join(f"WHEN '{name}' THEN {rank}" for rank, name in enumerate(PRECISIONS))
    db.execute(
        "UPDATE documents SET published_precision = coalesce((SELECT e.granularity FROM events e"
        " WHERE e.doc_id = documents.id AND e.value IS NOT NULL"
        " AND e.end_date = documents.published"
        f" ORDER BY CASE e.granularity {finest} END LIMIT 1), 'day')"
        " WHERE published IS NOT NULL AND published_estimated"
    )


def record_attribution(db: Database) -> None:
    # How each quote's speaker was found and how far to trust it (store.quoting.trust).
    # Documents stored before keep NULLs until they are extracted again (EXTRACTION_VERSION
    # moved with this step, so the app offers to).
    db.table("quotes").add_column("how", str)
    db.table("quotes").add_column("confidence", float)


def record_timex_type(db: Database) -> None:
    # Each event's TIMEX3 type (DATE, TIME, DURATION, SET), in the table and its view; NULL
    # for events stored before, which were all dates.
    db.table("events").add_column("type", str)
    db.execute("DROP VIEW IF EXISTS timeline")
    db.execute(
        """CREATE VIEW timeline AS
SELECT
  e.id, e.doc_id, d.title AS document, d.source, e.kind, e.type, e.phrase, e.value,
  e.start_date, e.end_date, e.granularity, e.modifier,
  coalesce(
    e.sentence, substr(p.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), d.title
  ) AS sentence,
  e.paragraph, e."offset"
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN paragraphs p ON p.doc_id = e.doc_id AND p.position = e.paragraph"""
    )


def record_copies(db: Database) -> None:
    # Copies of one article (store.ingest.copy_prints): each copy names the document shown for
    # its group in `copy_of` (NULL: that document, or one with no copy). They are found by the
    # page their URL names (`canonical_url`) or by the band keys of their text
    # (`document_keys`); documents stored before have neither until extracted again
    # (EXTRACTION_VERSION moved with this step, so the app offers to).
    db.table("documents").add_column("copy_of", int)
    db.table("documents").add_column("canonical_url", str)
    # Partial: the documents list asks for `copy_of IS NULL`, nearly every row, and must read
    # them through its sort's index; this one serves the look-ups of the few copies.
    db.execute(
        "CREATE INDEX idx_documents_copy_of ON documents (copy_of) WHERE copy_of IS NOT NULL"
    )
    db.table("documents").create_index(["canonical_url"])
    db.execute(
        "CREATE TABLE document_keys (key INTEGER NOT NULL, doc_id INTEGER NOT NULL"
        " REFERENCES documents(id), PRIMARY KEY (key, doc_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX idx_document_keys_doc_id ON document_keys (doc_id)")


def record_speaker_roles(db: Database) -> None:
    # The speaker's title or role as the article gives it ("Secretary of State"), kept apart
    # from the name (store.quoting.roles). A column added, nothing else touched: quotes stored
    # before keep every value they had and a NULL role until their document is extracted
    # again (EXTRACTION_VERSION moved with this step, so the app offers to).
    db.table("quotes").add_column("role", str)
