"""The outlet names of the case's documents, read as evidence and set as one name a site."""

from __future__ import annotations

import json

from store.case.documents import Documents
from store.case.quotes import Quotes
from store.cleaning.outlets import OutletEvidence


class Outlets(Documents, Quotes):
    """The SQL of the `documents.source` column and the copy of it each quote carries."""

    def outlet_evidence(self) -> list[OutletEvidence]:
        """What each document says of its outlet: its URL, the name its file gave, the name
        stored now."""
        cursor = self.db.execute("SELECT id, url, file_metadata, source FROM documents")
        return [
            OutletEvidence(doc_id, url, _given_source(metadata), source)
            for doc_id, url, metadata, source in cursor.fetchall()
        ]

    def set_outlets(self, names: dict[int, str]) -> None:
        """Give each document of `names` that outlet name, its quotes too (the search index
        follows through the quotes table's triggers)."""
        with self.db.atomic():
            for doc_id, name in names.items():
                self.db.execute("UPDATE documents SET source = ? WHERE id = ?", [name, doc_id])
                self._set_quotes_source(doc_id, name)


def _given_source(metadata: str | None) -> str | None:
    # A case is plain SQLite other tools can change: an unreadable record gives no name.
    try:
        given = json.loads(metadata) if metadata else {}
    except ValueError:
        return None
    source = given.get("source") if isinstance(given, dict) else None
    return source if isinstance(source, str) else None
