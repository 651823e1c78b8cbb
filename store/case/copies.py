"""Copies of one article: the documents' canonical URLs and text keys (`document_keys`), and
which document each copy is shown as (`documents.copy_of`). Which documents are copies is the
choice of `store.ingest.copy_linking`; this module stores the choice and keeps it whole.

A group of copies is shown as one document, its primary: the one with the most citation
metadata (author, a date the document gives, outlet, URL), then a saved HTML page over other
formats (its metadata comes from the page's own tags), then the earliest ingested. Every other
member names the primary in `copy_of`; the primary's is NULL, as is a document's with no copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from store.case.documents import Documents
from store.case.sql import chunks

# A text key shared by more documents than this stands for a site's template, not a text.
MAX_KEY_HOLDERS = 20
# The richest first (see the module's docstring); the ids break ties, earliest first.
PRIMARY_ORDER = (
    "(author IS NOT NULL) + (published IS NOT NULL AND NOT published_estimated)"
    " + (source IS NOT NULL) + (url IS NOT NULL) DESC, format = 'html' DESC, id"
)


@dataclass(frozen=True)
class CopyMetadata:
    """What a member of a group of copies says of the article, to complete its primary's."""

    doc_id: int
    copy_of: int | None
    path: str
    title: str
    canonical_url: str | None
    url: str | None
    source: str | None
    author: str | None
    published: dt.date | None
    published_estimated: bool


class Copies(Documents):
    """The SQL of `document_keys` and of the documents' `copy_of` and `canonical_url`."""

    def record_document_print(self, doc_id: int, url: str | None, keys: list[int]) -> None:
        """Keep a document's canonical URL and text keys, where later documents look."""
        self.db.execute("UPDATE documents SET canonical_url = ? WHERE id = ?", [url, doc_id])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO document_keys (key, doc_id) VALUES (?, ?)",
            [(key, doc_id) for key in sorted(keys)],
        )

    def documents_at_url(self, url: str, *, besides: int) -> list[int]:
        """The other documents naming the page `url` (a canonical URL)."""
        cursor = self.db.execute(
            "SELECT id FROM documents WHERE canonical_url = ? AND id != ? ORDER BY id",
            [url, besides],
        )
        return [row[0] for row in cursor.fetchall()]

    def documents_sharing_keys(self, keys: list[int], *, besides: int) -> dict[int, int]:
        """The other documents holding any of `keys`, with how many they hold; keys held by
        more than `MAX_KEY_HOLDERS` documents are not counted."""
        holders: dict[int, list[int]] = {}
        for chunk in chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT key, doc_id FROM document_keys WHERE key IN ({marks})", chunk
            )
            for key, doc_id in cursor.fetchall():
                holders.setdefault(key, []).append(doc_id)
        shared: dict[int, int] = {}
        for doc_ids in holders.values():
            if len(doc_ids) <= MAX_KEY_HOLDERS:
                for doc_id in doc_ids:
                    if doc_id != besides:
                        shared[doc_id] = shared.get(doc_id, 0) + 1
        return shared

    def document_texts(self, doc_id: int) -> list[str]:
        """A document's text paragraphs, headings left out, in order."""
        cursor = self.db.execute(
            "SELECT text FROM paragraphs WHERE doc_id = ? AND kind = 'text' ORDER BY position",
            [doc_id],
        )
        return [row[0] for row in cursor.fetchall()]

    def document_url(self, doc_id: int) -> str | None:
        row = self.db.execute("SELECT url FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def join_copies(self, doc_ids: set[int]) -> int:
        """Make `doc_ids`, with every copy they have or are, one group; its primary's id."""
        members = self._groups_of(doc_ids)
        primary = self._richest(members)
        self._point_at(primary, members)
        return primary

    def copies_of(self, doc_id: int) -> list[int]:
        """The ids of a primary's copies, in the order they were ingested."""
        cursor = self.db.execute("SELECT id FROM documents WHERE copy_of = ? ORDER BY id", [doc_id])
        return [row[0] for row in cursor.fetchall()]

    def copy_groups(self) -> list[list[CopyMetadata]]:
        """Each group of copies, its primary first and then its copies in ingest order."""
        cursor = self.db.execute(
            "SELECT id, copy_of, path, title, canonical_url, url, source, author, published,"
            " published_estimated FROM documents WHERE copy_of IS NOT NULL OR id IN"
            " (SELECT copy_of FROM documents WHERE copy_of IS NOT NULL)"
            " ORDER BY coalesce(copy_of, id), copy_of IS NOT NULL, id"
        )
        groups: dict[int, list[CopyMetadata]] = {}
        for row in cursor.fetchall():
            doc_id, copy_of, path, title, canonical, url, source, author, published, estimated = row
            member = CopyMetadata(
                doc_id,
                copy_of,
                path,
                title,
                canonical,
                url,
                source,
                author,
                dt.date.fromisoformat(published) if published else None,
                bool(estimated),
            )
            groups.setdefault(copy_of or doc_id, []).append(member)
        return list(groups.values())

    def count_copies(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM documents WHERE copy_of IS NOT NULL"
        ).fetchone()[0]

    # ---- keeping groups whole ----

    def _release_copies(self, doc_id: int) -> None:
        """Before a document's rows go (replaced or removed): its copies stay one group, the
        richest of them its primary; its keys go with it. A replacing version is compared
        again when it is linked, and joins them again if it is still their text."""
        self.db.execute("DELETE FROM document_keys WHERE doc_id = ?", [doc_id])
        copies = self.copies_of(doc_id)
        if copies:
            self._point_at(self._richest(set(copies)), set(copies))

    def _groups_of(self, doc_ids: set[int]) -> set[int]:
        found = set(doc_ids)
        for chunk in chunks(sorted(doc_ids)):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                "SELECT id FROM documents WHERE copy_of IN (SELECT coalesce(copy_of, id)"
                f" FROM documents WHERE id IN ({marks})) OR id IN (SELECT copy_of FROM"
                f" documents WHERE id IN ({marks}))",
                [*chunk, *chunk],
            )
            found.update(row[0] for row in cursor.fetchall())
        return found

    def _richest(self, doc_ids: set[int]) -> int:
        marks = ", ".join("?" * len(doc_ids))
        return self.db.execute(
            f"SELECT id FROM documents WHERE id IN ({marks}) ORDER BY {PRIMARY_ORDER} LIMIT 1",
            sorted(doc_ids),
        ).fetchone()[0]

    def _point_at(self, primary: int, members: set[int]) -> None:
        self.db.execute("UPDATE documents SET copy_of = NULL WHERE id = ?", [primary])
        others = sorted(members - {primary})
        for chunk in chunks(others):
            marks = ", ".join("?" * len(chunk))
            self.db.execute(
                f"UPDATE documents SET copy_of = ? WHERE id IN ({marks})", [primary, *chunk]
            )
