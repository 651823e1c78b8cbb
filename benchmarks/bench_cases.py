"""The search cases: generated documents saved with their known quotes and dates, without
extraction, cached by size and layout; and what linking one more quote's variants costs in one."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import make_case
from bench_common import case_bytes, human, in_child, markdown_table

BUILD_BATCH = 2_000  # documents a transaction when building a search case
LAYOUT_MODULES = (
    "case/schema.py",
    "case/schema_tables.py",
    "case/schema_storage.py",
    "case/schema_extraction.py",
    "case/schema_user_work.py",
    "case/rows.py",
    "case/raw_text.py",
    "quoting/fingerprint.py",
)
# Variant linking while bulk-building: up to this many quotes. Beyond, it slows as the case
# grows (a 1M-quote build passed 20 minutes; see the variant-linking probe) and the search
# and app measurements do not read variants.
BULK_LINK_MAX_QUOTES = 100_000


def layout_digest() -> str:
    """A digest of the store modules that decide what a case file holds: the schema changes
    in place before its first release, so its version number alone cannot key a cache."""
    import store

    root = Path(store.__file__).parent
    digest = hashlib.sha256()
    for name in LAYOUT_MODULES:
        module = root / name
        digest.update(module.read_bytes() if module.exists() else b"")
    return digest.hexdigest()[:8]


def search_case_path(cache: Path, quotes: int, seed: int) -> Path:
    generator = make_case.GENERATOR_VERSION
    linked = "" if quotes <= BULK_LINK_MAX_QUOTES else "-unlinked"
    return cache / f"search-q{human(quotes)}-s{seed}-g{generator}-{layout_digest()}{linked}.db"


def ensure_search_case(cache: Path, quotes: int, seed: int) -> dict[str, Any]:
    """The bulk-built case with `quotes` quotes, built once; its metadata."""
    path = search_case_path(cache, quotes, seed)
    meta_path = path.with_suffix(".json")
    if not (path.exists() and meta_path.exists()):
        print(f"building the {human(quotes)}-quote case (cached for next time)…", file=sys.stderr)
        meta, rss = in_child(build_search_case, str(path), quotes, seed)
        meta["build_rss_mb"] = rss
        meta_path.write_text(json.dumps(meta))
    meta = json.loads(meta_path.read_text())
    meta["path"] = str(path)
    return meta


def build_search_case(path: str, quotes: int, seed: int) -> dict[str, Any]:
    """Generated documents saved with their known paragraphs, quotes and dates, through
    `Case.save_document` and variant linking in one process: no extraction, so a million
    quotes take minutes, not hours."""
    from store.case import Case

    building = Path(f"{path}.building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    left, index, raw_bytes = quotes, 0, 0
    with Case(building) as case:
        while left > 0:
            with case.transaction():
                for _ in range(BUILD_BATCH):
                    article = make_case.make_article(index, seed)
                    article.quotes = article.quotes[:left]
                    raw, extracted = stored_document(article)
                    doc_id = case.save_document(raw, extracted)
                    if quotes <= BULK_LINK_MAX_QUOTES:
                        link_variants(case, doc_id)
                    raw_bytes += len(raw.text.encode())
                    left -= len(article.quotes)
                    index += 1
                    if left <= 0:
                        break
        if hasattr(case, "compact"):  # as an ingest of many documents ends
            case.compact(merge_search_index=True)
    os.replace(building, path)  # closing the last connection folded the WAL in
    return {
        "docs": index,
        "quotes": quotes,
        "raw_bytes": raw_bytes,
        "case_bytes": case_bytes(Path(path)),
        "build_seconds": time.perf_counter() - started,
    }


def link_variants(case: Any, doc_id: int) -> None:
    """Fingerprint the document's quotes and link their variants, as ingest does."""
    try:
        from store.ingest.linking import link_document_variants
    except ImportError:
        return
    link_document_variants(case, doc_id)


def stored_document(article: make_case.Article) -> tuple[Any, Any]:
    """The RawDoc and ExtractedDocument the pipeline would make of `article`, made directly.
    Date mentions carry the publication date: they are there for their number, not values."""
    from store.models import Event, ExtractedDocument, Paragraph, Quote, RawDoc
    from store.timex.dates import publication_event

    text = make_case.render_markdown(article)
    paragraphs = [Paragraph(kind=block.kind, text=block.text) for block in article.blocks]  # type: ignore[arg-type]
    quotes = [
        Quote(
            text=quote.text,
            speaker=quote.speaker,
            cue=quote.cue,
            paragraph=quote.paragraph,
            start=quote.start,
            end_paragraph=quote.paragraph,
            end=quote.end,
        )
        for quote in article.quotes
    ]
    day = article.published
    events = [publication_event(day, title=article.title)] + [
        Event(
            phrase=date.phrase,
            value=day.isoformat(),
            start=day,
            end=day,
            sentence=sentence_at(paragraphs[date.paragraph].text, date.offset),
            paragraph=date.paragraph,
            offset=date.offset,
        )
        for date in article.dates
    ]
    raw = RawDoc(
        path=f"/bench/{article.index // make_case.FILES_PER_FOLDER:03}/{article.index:06}.md",
        format="markdown",
        text=text,
        title=article.title,
        url=article.url,
        source=article.outlet,
        author=article.author,
        published=day,
        fetched=article.fetched,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    extracted = ExtractedDocument(
        title=article.title,
        paragraphs=paragraphs,
        quotes=quotes,
        events=events,
        published=day,
        author=article.author,
        source=article.outlet,
    )
    return raw, extracted


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` around `offset`: what the timeline stores with a date."""
    start = text.rfind(". ", 0, offset) + 2 if ". " in text[:offset] else 0
    end = text.find(". ", offset)
    return text[start : end + 1 if end >= 0 else len(text)]


def probe_variants(case_path: str, sample: int, seed: int) -> dict[str, Any]:
    """What linking one more quote's variants costs in this case: the key look-up and the
    rapidfuzz checks of the candidates it returns, for a sample of its quotes."""
    from store.case import Case
    from store.ingest.linking import MAX_BUCKET
    from store.quoting.fingerprint import quote_keys
    from store.quoting.quotes import are_variants

    rng = random.Random(f"probe:{seed}")
    lookup = verify = candidates = 0.0
    with Case(case_path, readonly=True) as case:
        total = case.count_quotes()
        hits = case.quote_hits(quote_ids=rng.sample(range(1, total + 1), sample), limit=sample)
        for hit in hits:
            started = time.perf_counter()
            counts = case.key_counts(quote_keys(hit.quote.text))
            holders = case.key_holders(
                [key for key, count in counts.items() if count <= MAX_BUCKET]
            )
            found = {
                (quote_id, text)
                for held_by_key in holders.values()
                for quote_id, doc_id, text, _ in held_by_key
                if doc_id != hit.quote.doc_id
            }
            checked = time.perf_counter()
            for _, text in found:
                are_variants(hit.quote.text, text)
            lookup += checked - started
            verify += time.perf_counter() - checked
            candidates += len(found)
        buckets = [n for (n,) in case.db.execute("SELECT count(*) FROM quote_keys GROUP BY key")]
    return {
        "candidates": candidates / len(hits),
        "lookup_ms": lookup * 1000 / len(hits),
        "verify_ms": verify * 1000 / len(hits),
        "largest_bucket": max(buckets, default=0),
        "keys_over": sum(1 for n in buckets if n > MAX_BUCKET),
        "max_bucket": MAX_BUCKET,
    }


def variants_table(probes: list[tuple[str, dict[str, Any]]]) -> str:
    rows = [
        [
            size,
            f"{probe['candidates']:,.0f}",
            f"{probe['lookup_ms']:.2f}",
            f"{probe['verify_ms']:.2f}",
            f"{probe['largest_bucket']:,}",
            f"{probe['keys_over']:,}",
        ]
        for size, probe in probes
    ]
    return (
        "### Variant linking: cost of one more quote, by case size (200 quotes probed)\n\n"
        + markdown_table(
            [
                "case",
                "candidates / quote",
                "key look-up (ms)",
                "are_variants checks (ms)",
                "largest key bucket",
                f"keys over {probes[0][1]['max_bucket']} quotes",
            ],
            rows,
        )
    )
