"""The case file's schema, as an ordered list of sqlite-utils migrations.

Each step is a function of its own module (by what it changes); this list alone says their
order. A case file records the steps it has run by name: a step is never renamed, reordered
or removed, only added at the end.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from store.case import schema_extraction, schema_storage, schema_tables, schema_user_work
from store.case.title_sort import sort_titles_by_their_words

STEPS = (
    schema_tables.create_documents,
    schema_tables.create_quotes,
    schema_tables.create_events,
    schema_tables.create_annotations,
    schema_storage.index_quote_words,
    schema_storage.store_sentences_once,
    schema_storage.create_timeline_view,
    schema_storage.index_document_sorts,
    schema_storage.index_quotes_by_batch,
    schema_storage.store_raw_text_alone,
    schema_extraction.record_date_precision,
    schema_user_work.create_document_reviews,
    schema_extraction.record_attribution,
    schema_extraction.record_timex_type,
    schema_user_work.record_speaker_corrections,
    schema_user_work.record_not_a_quotation,
    schema_user_work.record_speaker_merges,
    schema_user_work.record_added_quotes,
    schema_user_work.create_event_stars,
    schema_extraction.record_copies,
    schema_storage.store_raw_text_apart,
    schema_extraction.record_speaker_roles,
    sort_titles_by_their_words,
)

migrations = Migrations("casebrowser")
for step in STEPS:
    migrations()(step)


def schema_version() -> int:
    """How many migrations this casebrowser knows: the user_version of a current case file."""
    return len(migrations.pending(Database(memory=True)))
