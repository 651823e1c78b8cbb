"""The case file's schema, as an ordered list of sqlite-utils migrations."""

from __future__ import annotations

import zlib

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from store.models import PRECISIONS

migrations = Migrations("casebrowser")


@migrations()
def create_documents(db: Database) -> None:
    db.table("documents").create(
        {
            "id": int,
            "path": str,
            "title": str,
            "source": str,
            "url": str,
            "author": str,
            "published": str,
            "published_estimated": int,
            "fetched": str,
            "format": str,
            "content_hash": str,
            "raw_zlib": bytes,
            "words": int,
            "quotes": int,
            "ingested_at": str,
        },
        pk="id",
        not_null={"path", "title", "format", "content_hash"},
        defaults={"published_estimated": 0, "words": 0, "quotes": 0},
    )
    db.table("documents").create_index(["path"], unique=True)
    db.table("documents").create_index(["published"])
    db.table("paragraphs").create(
        {"doc_id": int, "position": int, "kind": str, "text": str},
        pk=("doc_id", "position"),
        foreign_keys=[("doc_id", "documents", "id")],
    )


@migrations()
def create_quotes(db: Database) -> None:
    db.table("quotes").create(
        {
            "id": int,
            "doc_id": int,
            "position": int,
            "text": str,
            "speaker": str,
            "cue": str,
            "source": str,
            "paragraph": int,
            "start_char": int,
            "end_paragraph": int,
            "end_char": int,
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id")],
    )
    db.table("quotes").create_index(["doc_id", "position"])
    db.table("quotes").create_index(["speaker"])
    db.table("quotes").enable_fts(
        ["text", "speaker", "source"], tokenize="trigram", create_triggers=True
    )
    db.table("quote_variants").create(
        {"quote_id": int, "variant_id": int, "score": float},
        pk=("quote_id", "variant_id"),
        foreign_keys=[("quote_id", "quotes", "id"), ("variant_id", "quotes", "id")],
    )
    db.table("quote_variants").create_index(["variant_id"])
    # MinHash band keys (store/fingerprint.py): quotes sharing a key are candidate variants.
    db.execute(
        "CREATE TABLE quote_keys (key INTEGER NOT NULL, quote_id INTEGER NOT NULL"
        " REFERENCES quotes(id), PRIMARY KEY (key, quote_id)) WITHOUT ROWID"
    )


@migrations()
def create_events(db: Database) -> None:
    db.table("events").create(
        {
            "id": int,
            "doc_id": int,
            "kind": str,
            "phrase": str,
            "value": str,
            "start_date": str,
            "end_date": str,
            "granularity": str,
            "modifier": str,
            "sentence": str,
            "paragraph": int,
            "offset": int,
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id")],
    )
    db.table("events").create_index(["doc_id"])
    db.table("events").create_index(["start_date", "end_date"])


@migrations()
def create_annotations(db: Database) -> None:
    # Annotations hold the user's own work, so they point at documents by path and at quotes
    # by text and context: row ids change when a document is re-ingested, these do not.
    db.table("annotations").create(
        {
            "id": int,
            "kind": str,
            "doc_path": str,
            "quote_text": str,
            "quote_context": str,
            "quote_id": int,
            "starred": int,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"kind", "doc_path"},
        defaults={"starred": 0},
    )
    db.table("annotations").create_index(["doc_path"])
    db.table("annotations").create_index(["quote_id"])
    db.table("document_tags").create({"doc_path": str, "tag": str}, pk=("doc_path", "tag"))
    db.table("document_tags").create_index(["tag"])


@migrations()
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


@migrations()
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


@migrations()
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


@migrations()
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


@migrations()
def index_quotes_by_batch(db: Database) -> None:
    # The quote word index is filled by the writer (Case.index_new_quotes) once a batch of
    # documents, not by a trigger a quote: FTS5 writes its pending terms out at every
    # savepoint, and an ingest opens one a document. Deletes and updates keep their triggers.
    db.execute("DROP TRIGGER IF EXISTS quotes_ai")


@migrations()
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


@migrations()
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


@migrations()
def create_document_reviews(db: Database) -> None:
    # The review state of a document (store.models.ReviewState) is the user's own work: kept
    # by path, as notes and tags are, so a re-ingest does not reset it. No row: "new".
    db.table("document_reviews").create(
        {"doc_path": str, "state": str, "updated_at": str}, pk="doc_path", not_null={"state"}
    )
    db.table("document_reviews").create_index(["state"])


@migrations()
def record_attribution(db: Database) -> None:
    # How each quote's speaker was found and how far to trust it (store.quoting.trust).
    # Documents stored before keep NULLs until they are extracted again (EXTRACTION_VERSION
    # moved with this step, so the app offers to).
    db.table("quotes").add_column("how", str)
    db.table("quotes").add_column("confidence", float)


@migrations()
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


@migrations()
def record_speaker_corrections(db: Database) -> None:
    # A speaker the user gave a quote (`speaker`), kept with its annotation so that it is
    # given again after a re-ingest or re-extraction, and the extracted speaker it replaced
    # (`extracted_speaker`), given back if the correction is removed.
    db.table("annotations").add_column("speaker", str)
    db.table("annotations").add_column("extracted_speaker", str)


@migrations()
def record_not_a_quotation(db: Database) -> None:
    # The user's word that a quote is not a quotation (`rejected`), kept with its annotation
    # so that it holds after a re-ingest or re-extraction. Listings leave these quotes out by
    # a subquery on every read: a partial index keeps it to the few rejected.
    db.table("annotations").add_column("rejected", int, not_null_default=0)
    db.execute("CREATE INDEX idx_annotations_rejected ON annotations (quote_id) WHERE rejected")


@migrations()
def record_speaker_merges(db: Database) -> None:
    # Names the user merged into one person's (`name` into `merged_into`), applied to every
    # later ingest and re-extraction; each quote a merge renamed keeps the name it had in
    # `merged_from`, so that the merge can be undone. The partial index finds those quotes
    # and stays as small as they are few.
    db.table("speaker_merges").create(
        {"name": str, "merged_into": str, "merged_at": str},
        pk="name",
        not_null={"merged_into"},
    )
    db.table("speaker_merges").create_index(["merged_into"])
    db.table("quotes").add_column("merged_from", str)
    db.execute(
        "CREATE INDEX idx_quotes_merged_from ON quotes (merged_from) WHERE merged_from IS NOT NULL"
    )


@migrations()
def record_added_quotes(db: Database) -> None:
    # Quotes the user added (store.case.user_quotes): each is also a row of `quotes` (how
    # "added"), which a re-ingest or re-extraction replaces; this keeps it by document path
    # and its words and the words around them, to put it back where they are then, and
    # which quote row it is now (NULL while its words are not in the document).
    db.table("user_quotes").create(
        {
            "id": int,
            "doc_path": str,
            "text": str,
            "speaker": str,
            "paragraph": int,
            "start_char": int,
            "context": str,
            "quote_id": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"doc_path", "text"},
    )
    db.table("user_quotes").create_index(["doc_path"])
    db.table("user_quotes").create_index(["quote_id"])


@migrations()
def create_event_stars(db: Database) -> None:
    # The events the user starred (store.case.event_marks). An event's row id changes whenever
    # its document is stored again, so a star is kept by what does not: the document's path
    # and the event's kind, phrase and sentence (with its place, to tell apart two mentions of
    # one phrase). `event_id` is the event it is on now, NULL while none matches.
    db.table("event_stars").create(
        {
            "id": int,
            "doc_path": str,
            "kind": str,
            "phrase": str,
            "sentence": str,
            "paragraph": int,
            "offset": int,
            "event_id": int,
            "created_at": str,
        },
        pk="id",
        not_null={"doc_path", "kind", "phrase", "sentence"},
    )
    db.table("event_stars").create_index(["doc_path"])
    db.table("event_stars").create_index(["event_id"])


@migrations()
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


def schema_version() -> int:
    """How many migrations this casebrowser knows: the user_version of a current case file."""
    return len(migrations.pending(Database(memory=True)))


@migrations()
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


@migrations()
def record_speaker_roles(db: Database) -> None:
    # The speaker's title or role as the article gives it ("Secretary of State"), kept apart
    # from the name (store.quoting.roles). A column added, nothing else touched: quotes stored
    # before keep every value they had and a NULL role until their document is extracted
    # again (EXTRACTION_VERSION moved with this step, so the app offers to).
    db.table("quotes").add_column("role", str)
