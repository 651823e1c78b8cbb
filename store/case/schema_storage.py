"""Schema steps that change how the rows are stored and indexed, not what they say: the
quote word index, sentences stored once, the timeline view, sort indexes, raw text apart
(steps of `store.case.schema`)."""

from __future__ import annotations

import zlib

from sqlite_utils import Database


def index_quote_words(db: Database) -> None:
    # The quote finder corrects each query word against the case's words (fts5vocab) and looks
    # up whole words: a word index with its vocabulary replaces the trigram index, at a fifth of
    # its size. sqlite-utils drops the old index and its triggers and fills the new one.
    db.table("quotes").enable_fts(
        ["text", "speaker", "source"],
        tokenize="unicode61 remove_diacritics 2",
        create_triggers=True,
        replace=True,
    )
    db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
    db.execute("CREATE VIRTUAL TABLE quotes_fts_vocab USING fts5vocab(quotes_fts, col)")


def store_sentences_once(db: Database) -> None:
    # An event's sentence is a span of its paragraph (or its document's title): store where it
    # is, not the text again (a third of the raw text); `sentence` keeps only a sentence that
    # is neither. Rebuilding the table frees the pages the text took.
    from store.case.rows import sentence_columns

    db.table("events").add_column("sentence_start", int)
    db.table("events").add_column("sentence_end", int)
    last = 0
    while batch := db.execute(
        "SELECT e.id, e.kind, coalesce(e.sentence, ''), p.text, d.title FROM events e"
        " JOIN documents d ON d.id = e.doc_id"
        " LEFT JOIN paragraphs p ON p.doc_id = e.doc_id AND p.position = e.paragraph"
        " WHERE e.id > ? ORDER BY e.id LIMIT 10000",
        [last],
    ).fetchall():
        last = batch[-1][0]
        db.conn.executemany(
            "UPDATE events SET sentence = :sentence, sentence_start = :sentence_start,"
            " sentence_end = :sentence_end WHERE id = :id",
            [
                {"id": event_id, **sentence_columns(kind, sentence, paragraph, title)}
                for event_id, kind, sentence, paragraph, title in batch
            ],
        )
    db.table("events").transform()


def create_timeline_view(db: Database) -> None:
    # Since `store_sentences_once` an event holds where its sentence is, not the text: a view
    # puts the sentence (as `store.case.read_rows.EVENT_SENTENCE` reads it, frozen here as this
    # migration made it) beside the event and its document's title, so that Datasette and
    # sqlite-utils show the timeline readably. No ORDER BY: sorting half a million events on
    # each page would run past Datasette's time limit; its column sort is there for that.
    db.execute(
        """CREATE VIEW timeline AS
SELECT
  e.id, e.doc_id, d.title AS document, d.source, e.kind, e.phrase, e.value, e.start_date,
  e.end_date, e.granularity, e.modifier,
  coalesce(
    e.sentence, substr(p.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), d.title
  ) AS sentence,
  e.paragraph, e."offset"
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN paragraphs p ON p.doc_id = e.doc_id AND p.position = e.paragraph"""
    )


def index_document_sorts(db: Database) -> None:
    # One index per sort of the documents list, in its ORDER BY's own terms (store.case's
    # _order_by), so a page of a large case is read in order, not sorted whole each time.
    # The date sort keeps undated documents last either way, so descending needs its own.
    orders = {
        "by_date": "published IS NULL, published, id",
        "by_date_desc": "published IS NULL, published DESC, id DESC",
        "by_title": "title COLLATE NOCASE, id",
        "by_source": "source COLLATE NOCASE, id",
        "by_words": "words, id",
        "by_quotes": "quotes, id",
    }
    for name, terms in orders.items():
        db.execute(f"CREATE INDEX idx_documents_{name} ON documents ({terms})")


def index_quotes_by_batch(db: Database) -> None:
    # The quote word index is filled by the writer (Case.index_new_quotes) once a batch of
    # documents, not by a trigger a quote: FTS5 writes its pending terms out at every
    # savepoint, and an ingest opens one a document. Deletes and updates keep their triggers.
    db.execute("DROP TRIGGER IF EXISTS quotes_ai")


def store_raw_text_alone(db: Database) -> None:
    # The raw text was deflated with the cleaned article as zlib's preset dictionary: any
    # change to the paragraphs (re-extraction) would make it unreadable, and no other tool
    # could read it. Each is deflated again on its own while its paragraphs still match; one
    # that does not read back is left as it was (a document's rows are never thrown away).
    # Each document also records what its input gave as metadata (unknown before now: NULL)
    # and the extraction version its rows come from (0: before versions were recorded).
    from store.case.raw_text import compress_raw, decompress_raw_with_article, raw_needs_article

    db.table("documents").add_column("file_metadata", str)
    db.table("documents").add_column("extraction_version", int, not_null_default=0)
    # Opening a case asks whether any document is older: an index answers without reading
    # the documents' rows, raw text and all.
    db.table("documents").create_index(["extraction_version"])
    last = 0
    while batch := db.execute(
        "SELECT id, raw_zlib FROM documents WHERE id > ? ORDER BY id LIMIT 500", [last]
    ).fetchall():
        last = batch[-1][0]
        for doc_id, blob in batch:
            if not blob or not raw_needs_article(blob):
                continue
            paragraphs = [
                text
                for (text,) in db.execute(
                    "SELECT text FROM paragraphs WHERE doc_id = ? ORDER BY position", [doc_id]
                )
            ]
            try:
                raw = decompress_raw_with_article(blob, paragraphs)
            except (zlib.error, UnicodeDecodeError):
                continue
            db.execute(
                "UPDATE documents SET raw_zlib = ? WHERE id = ?", [compress_raw(raw), doc_id]
            )


def store_raw_text_apart(db: Database) -> None:
    # Each document's raw text (deflated, a few kilobytes) in a table of its own: the
    # documents table is read whole by the change watch and the list's filters, and its rows
    # of several kilobytes left about a fifth of its pages empty (two or three rows fit a page).
    # Only re-extraction and the reader's raw view read the raw text, one document at a time.
    # The index on `published` went unused: the date sorts have an index each.
    db.execute(
        "CREATE TABLE document_raw (doc_id INTEGER PRIMARY KEY REFERENCES documents(id),"
        " raw_zlib BLOB)"
    )
    db.execute(
        "INSERT INTO document_raw (doc_id, raw_zlib)"
        " SELECT id, raw_zlib FROM documents WHERE raw_zlib IS NOT NULL ORDER BY id"
    )
    db.execute("ALTER TABLE documents DROP COLUMN raw_zlib")
    db.execute("DROP INDEX IF EXISTS idx_documents_published")
