"""The case file's first tables: documents and paragraphs, quotes, events, annotations
(steps of `store.case.schema`)."""

from __future__ import annotations

from sqlite_utils import Database


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
