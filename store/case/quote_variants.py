"""Quote variants: the fingerprint keys of each quote (`quote_keys`) and the pairs of quotes
that report the same statement (`quote_variants`). Which to link is the choice of
`store.ingest.linking`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from store.case.quotes import Quotes
from store.case.report_order import hit_order, ref_order
from store.case.sql import chunks
from store.models import QuoteHit, VariantRef
from store.quoting.fingerprint import quote_keys
from store.quoting.trust import CONFIDENCE
from store.quoting.variant_speakers import Attribution, Said, variant_speakers

# A variant (in document `d`) is another article's report unless it is in a copy (its
# primary's report stands for the group) or in the quote's own group of copies: the same page
# saved twice, or a wire story another outlet printed whole (store.case.copies).
VARIANT_ELSEWHERE = (
    "d.copy_of IS NULL AND d.id != (SELECT coalesce(x.copy_of, x.id) FROM quotes y"
    " JOIN documents x ON x.id = y.doc_id WHERE y.id = ?)"
)


class QuoteVariants(Quotes):
    """The SQL of the `quote_keys` and `quote_variants` tables."""

    def add_quote_keys(self, keys: list[tuple[int, int]]) -> None:
        """Record `(key, quote_id)` fingerprint rows (see store/fingerprint.py); sorted by key,
        they go in at half the cost. Which to keep is `store.ingest.linking`' choice."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO quote_keys (key, quote_id) VALUES (?, ?)", keys
        )

    def key_counts(self, keys: Iterable[int]) -> dict[int, int]:
        """How many quotes hold each of `keys` (keys no quote holds are left out)."""
        counts: dict[int, int] = {}
        for chunk in chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT key, count(*) FROM quote_keys WHERE key IN ({marks}) GROUP BY key", chunk
            )
            counts.update(cursor.fetchall())
        return counts

    def key_holders(self, keys: Iterable[int]) -> dict[int, list[tuple[int, int, str, Said]]]:
        """`(id, doc_id, text, (speaker, role))` of the quotes holding each of `keys`: one
        look-up for all the quotes of a batch of documents, which costs less than one for
        each."""
        found: dict[int, list[tuple[int, int, str, Said]]] = {}
        for chunk in chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                "SELECT k.key, q.id, q.doc_id, q.text, q.speaker, q.role FROM quote_keys k"
                f" JOIN quotes q ON q.id = k.quote_id WHERE k.key IN ({marks})",
                chunk,
            )
            for key, quote_id, doc_id, text, speaker, role in cursor.fetchall():
                found.setdefault(key, []).append((quote_id, doc_id, text, Said(speaker, role)))
        return found

    def quote_speakers(self, quote_ids: Iterable[int]) -> dict[int, Said]:
        """Quote id → its speaker as stored (None: no speaker found) and their role."""
        found: dict[int, Said] = {}
        for chunk in chunks(sorted(set(quote_ids))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT id, speaker, role FROM quotes WHERE id IN ({marks})", chunk
            )
            found.update((quote_id, Said(speaker, role)) for quote_id, speaker, role in cursor)
        return found

    def link_variants(self, pairs: list[tuple[int, int, float]]) -> None:
        """Record quote pairs that report the same statement, in both directions."""
        records = [
            {"quote_id": a, "variant_id": b, "score": score}
            for first, second, score in pairs
            for a, b in ((first, second), (second, first))
        ]
        with self.db.atomic():
            self.db.table("quote_variants").upsert_all(records, pk=("quote_id", "variant_id"))

    def variant_speakers_for(self, quote_ids: Iterable[int]) -> dict[int, str]:
        """The speakers the variants of `quote_ids` give them (`variant_speakers`): quote id
        → speaker, for those of them whose own speaker is missing or weak."""
        links: dict[int, set[int]] = {}
        for chunk in chunks(sorted(set(quote_ids))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT quote_id, variant_id FROM quote_variants WHERE quote_id IN ({marks})",
                chunk,
            )
            for quote_id, variant_id in cursor.fetchall():
                links.setdefault(quote_id, set()).add(variant_id)
        involved = sorted(set(links).union(*links.values()))
        attributions: dict[int, Attribution] = {}
        for chunk in chunks(involved):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT id, speaker, how FROM quotes WHERE id IN ({marks})", chunk
            )
            for quote_id, speaker, how in cursor.fetchall():
                attributions[quote_id] = Attribution(speaker, how)
        return variant_speakers(attributions, links)

    def give_variant_speakers(self, given: dict[int, str]) -> None:
        """Give quotes the speakers their variants name, as `how` "variant". The quotes must
        be in the word index already: the update trigger takes the old row out of it."""
        self.db.conn.executemany(
            "UPDATE quotes SET speaker = ?, how = 'variant', confidence = ? WHERE id = ?",
            [(speaker, CONFIDENCE["variant"], quote_id) for quote_id, speaker in given.items()],
        )

    def variants_of(self, quote_id: int) -> list[QuoteHit]:
        """The other reports of a quote by date, earliest first (`report_order.report_order`): other
        articles' quotes of the same statement (`VARIANT_ELSEWHERE`)."""
        ids = [
            row[0]
            for row in self.db.execute(
                "SELECT v.variant_id FROM quote_variants v JOIN quotes q ON q.id = v.variant_id"
                " JOIN documents d ON d.id = q.doc_id"
                f" WHERE v.quote_id = ? AND {VARIANT_ELSEWHERE}",
                [quote_id, quote_id],
            ).fetchall()
        ]
        hits = self.quote_hits(quote_ids=ids, limit=len(ids)) if ids else []
        return sorted(hits, key=hit_order)

    def variant_refs(self, quote_ids: Iterable[int]) -> dict[int, list[VariantRef]]:
        """Quote id → its other reports (as `variants_of` lists them, by date), for many
        quotes at once: `quotes --json` lists them with every quote."""
        found: dict[int, list[VariantRef]] = {}
        for chunk in chunks(sorted(set(quote_ids))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                "SELECT v.quote_id, q.id, q.doc_id, d.source,"
                " CASE WHEN d.published_estimated THEN NULL ELSE d.published END, q.speaker"
                " FROM quote_variants v JOIN quotes q ON q.id = v.variant_id"
                f" JOIN documents d ON d.id = q.doc_id WHERE v.quote_id IN ({marks})"
                " AND d.copy_of IS NULL AND d.id != (SELECT coalesce(x.copy_of, x.id)"
                " FROM quotes y JOIN documents x ON x.id = y.doc_id WHERE y.id = v.quote_id)",
                chunk,
            )
            for owner, variant_id, doc_id, outlet, published, speaker in cursor.fetchall():
                found.setdefault(owner, []).append(
                    VariantRef(
                        quote_id=variant_id,
                        doc_id=doc_id,
                        outlet=outlet,
                        published=dt.date.fromisoformat(published) if published else None,
                        speaker=speaker,
                    )
                )
        for refs in found.values():
            refs.sort(key=ref_order)
        return found

    def _delete_variant_rows(self, doc_id: int) -> None:
        """Delete the keys and variant pairs of a document's quotes, before the quotes. The
        quotes of other documents that took their speaker from one of them lose it, unless
        their other variants give it again (a new version of the document gives it back when
        it is linked)."""
        self._delete_quote_keys(doc_id)
        borrowed = [
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT q.id FROM quote_variants v JOIN quotes q ON q.id = v.variant_id"
                " WHERE v.quote_id IN (SELECT id FROM quotes WHERE doc_id = ?)"
                " AND q.doc_id <> ? AND q.how = 'variant'",
                [doc_id, doc_id],
            ).fetchall()
        ]
        self.db.execute(
            "DELETE FROM quote_variants WHERE quote_id IN (SELECT id FROM quotes WHERE doc_id = ?)"
            " OR variant_id IN (SELECT id FROM quotes WHERE doc_id = ?)",
            [doc_id, doc_id],
        )
        if borrowed:
            self.db.conn.executemany(
                "UPDATE quotes SET speaker = NULL, how = NULL, confidence = NULL WHERE id = ?",
                [(quote_id,) for quote_id in borrowed],
            )
            self.give_variant_speakers(self.variant_speakers_for(borrowed))

    def _delete_quote_keys(self, doc_id: int) -> None:
        # Keys follow from the quote text, so they are found again by key: the table needs
        # no second index by quote id, which would cost as much space as the keys themselves.
        rows_to_delete = [
            (key, quote_id)
            for quote_id, text in self.db.execute(
                "SELECT id, text FROM quotes WHERE doc_id = ?", [doc_id]
            ).fetchall()
            for key in quote_keys(text)
        ]
        self.db.conn.executemany(
            "DELETE FROM quote_keys WHERE key = ? AND quote_id = ?", rows_to_delete
        )
