"""Linking quotes of different documents that report the same statement, and documents that
are copies of one (`store.ingest.copy_linking`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from store.case import Case
from store.ingest.copy_linking import link_copies
from store.ingest.copy_prints import DocPrint
from store.quoting.fingerprint import Fingerprint, fingerprints
from store.quoting.variant_speakers import Said, may_be_one_statement
from store.quoting.variants import variant_match

# A key shared by more quotes than this stands for common wording, not for one statement;
# comparing against all of them would make each new quote cost more as the case grows.
MAX_BUCKET = 200
_NO_ONE = Said(None)


@dataclass
class NewDocument:
    """A stored document whose quotes have no keys yet: their ids and fingerprints, in order;
    and its own print, to know its copies by (None: made from what is stored)."""

    doc_id: int
    quote_ids: list[int]
    prints: list[Fingerprint]
    copy_print: DocPrint | None = None


def link_document_variants(case: Case, doc_id: int, prints: list[Fingerprint] | None = None) -> int:
    """Record the keys of every quote of one document and link it to its variants; returns
    pairs. `prints` are the document's quotes in order, when already fingerprinted."""
    if prints is None:
        prints = fingerprints([quote.text for quote in case.quotes_of_document(doc_id)])
    return link_new_documents(case, [NewDocument(doc_id, case.quote_ids(doc_id), prints)])


def link_new_documents(case: Case, documents: Sequence[NewDocument]) -> int:
    """Record the keys of the quotes of `documents`, saved in this order and not linked yet,
    and link each quote to its variants among the case's quotes and those of the documents
    before it; returns pairs. The keys and links stored (and their order) are those of
    linking the documents one at a time, with one look-up for all their keys: its counts and
    holders are brought up to date in memory as each document's keys are kept.
    """
    keys = {
        key for document in documents for _, quote_keys in document.prints for key in quote_keys
    }
    counts = case.key_counts(keys)
    holders = case.key_holders([key for key, count in counts.items() if count <= MAX_BUCKET])
    speakers = case.quote_speakers(q for document in documents for q in document.quote_ids)
    linker = _Linker(counts, holders, speakers)
    for document in documents:
        linker.link(document)
    case.add_quote_keys(sorted(linker.new_keys))
    if linker.pairs:
        case.link_variants(linker.pairs)
        _agree_speakers(case, linker.pairs)
    link_copies(case, [(document.doc_id, document.copy_print) for document in documents])
    return len(linker.pairs)


def _agree_speakers(case: Case, pairs: list[tuple[int, int, float]]) -> None:
    """Give the quotes of new pairs the speaker their variants name where they have none
    they are sure of (store/quoting/variant_speakers.py)."""
    given = case.variant_speakers_for(quote_id for pair in pairs for quote_id in pair[:2])
    if given:
        case.index_new_quotes()  # the update trigger takes each quote's old row out of it
        case.give_variant_speakers(given)


@dataclass
class _Linker:
    """The quote keys as stored, plus those of the documents linked so far."""

    counts: dict[int, int]  # quotes holding each key
    # (quote id, doc id, text, (speaker, role)) of the quotes of small buckets
    holders: dict[int, list[tuple[int, int, str, Said]]]
    speakers: dict[int, Said]  # of the quotes being linked
    new_keys: list[tuple[int, int]] = field(default_factory=list)
    pairs: list[tuple[int, int, float]] = field(default_factory=list)

    def link(self, document: NewDocument) -> None:
        # Every quote's candidates are found before any of the document's keys are kept: they
        # change the bucket sizes, and a document's quotes are not each other's variants.
        candidates = [self._candidates(document.doc_id, keys) for _, keys in document.prints]
        for quote_id, (text, _), others in zip(
            document.quote_ids, document.prints, candidates, strict=True
        ):
            said = self.speakers.get(quote_id, _NO_ONE)
            for other_id, other_text, other in others:
                # Who said it is cheaper to compare than the words, and rules out as much.
                roles = (said.role, other.role)
                if not may_be_one_statement(text, said.speaker, other_text, other.speaker, roles):
                    continue
                score = variant_match(text, other_text)
                if score is not None:
                    self.pairs.append((quote_id, other_id, score))
        self._keep_keys(document)

    def _candidates(self, doc_id: int, keys: list[int]) -> list[tuple[int, str, Said]]:
        found = {
            (quote_id, text, speaker)
            for key in keys
            if self.counts.get(key, 0) <= MAX_BUCKET
            for quote_id, owner, text, speaker in self.holders.get(key, ())
            if owner != doc_id
        }
        return sorted(found, key=lambda candidate: candidate[0])

    def _keep_keys(self, document: NewDocument) -> None:
        """Keep the document's keys, but none in a full bucket: look-ups ignore its key anyway,
        and a bucket growing with the case would make each of them count more."""
        counts, holders, new_keys = self.counts, self.holders, self.new_keys
        for quote_id, (text, keys) in zip(document.quote_ids, document.prints, strict=True):
            held = (quote_id, document.doc_id, text, self.speakers.get(quote_id, _NO_ONE))
            for key in keys:
                count = counts.get(key, 0)
                if count <= MAX_BUCKET:
                    new_keys.append((key, quote_id))
                    counts[key] = count + 1
                    holders.setdefault(key, []).append(held)
