"""Schema steps for the user's own work, kept through re-ingest: review states, speaker
corrections, quotes marked not a quotation, speaker merges, added quotes, starred events
(steps of `store.case.schema`)."""

from __future__ import annotations

from sqlite_utils import Database


def create_document_reviews(db: Database) -> None:
    # The review state of a document (store.models.ReviewState) is the user's own work: kept
    # by path, as notes and tags are, so a re-ingest does not reset it. No row: "new".
    db.table("document_reviews").create(
        {"doc_path": str, "state": str, "updated_at": str}, pk="doc_path", not_null={"state"}
    )
    db.table("document_reviews").create_index(["state"])


def record_speaker_corrections(db: Database) -> None:
    # A speaker the user gave a quote (`speaker`), kept with its annotation so that it is
    # given again after a re-ingest or re-extraction, and the extracted speaker it replaced
    # (`extracted_speaker`), given back if the correction is removed.
    db.table("annotations").add_column("speaker", str)
    db.table("annotations").add_column("extracted_speaker", str)


def record_not_a_quotation(db: Database) -> None:
    # The user's word that a quote is not a quotation (`rejected`), kept with its annotation
    # so that it holds after a re-ingest or re-extraction. Listings leave these quotes out by
    # a subquery on every read: a partial index keeps it to the few rejected.
    db.table("annotations").add_column("rejected", int, not_null_default=0)
    db.execute("CREATE INDEX idx_annotations_rejected ON annotations (quote_id) WHERE rejected")


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
