"""casebrowser benchmarks: ingest, the quote finder per keystroke (beside fzf), its quality with
typos, the app's start and reader, and the case file's size. Prints Markdown for the README.

    .venv/bin/python benchmarks/run.py                  # ingest 1k docs; search 10k/100k/1M quotes
    .venv/bin/python benchmarks/run.py --quick          # small sizes: a smoke run
    .venv/bin/python benchmarks/run.py --only search,fzf --sizes 100k --runs 5

Each measurement runs in a fresh (spawned) process, so its peak memory is its own and it pays
its imports as the app would. Generated folders and cases are cached under --cache, keyed by
size, seed, generator version and schema version, so reruns skip the building.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import multiprocessing
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import make_case  # beside this script: `python benchmarks/run.py` puts its folder on sys.path

DEFAULT_CACHE = Path("/tmp/casebrowser-bench")
SECTIONS = ("ingest", "search", "fzf", "app")
QUERY_CHARS = 20
TOP = 10
LIMIT = 50  # what the quote pane asks for on every keystroke
BUILD_BATCH = 2_000  # documents a transaction when building a search case
LAYOUT_MODULES = ("schema.py", "rows.py", "fingerprint.py")
# Variant linking while bulk-building: up to this many quotes. Beyond, it slows as the case
# grows (a 1M-quote build passed 20 minutes; see the variant-linking probe) and the search
# and app measurements do not read variants.
BULK_LINK_MAX_QUOTES = 100_000
TYPO_MIN_LETTERS = 4  # shorter words are left alone: a typo there leaves nothing to find

# Floors from the issue "Scale and speed: a million quotes, every keystroke under 30 ms".
INGEST_FLOOR = 200.0  # documents/s
KEYSTROKE_FLOOR_MS = 30.0
QUALITY_FLOOR = 0.9  # our reading of "intended quote in the top 10": nine queries in ten
FIRST_PAINT_FLOOR_S = 1.0
READER_FLOOR_MS = 100.0
APP_MEMORY_FLOOR_MB = 300.0
SIZE_RATIO_FLOOR = 3.0


# ---- numbers and tables -------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: an actual observation, as few runs call for."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def human(count: int) -> str:
    for unit, size in (("M", 1_000_000), ("k", 1_000)):
        if count >= size and count % size == 0:
            return f"{count // size}{unit}"
    return f"{count:,}"


def parse_count(text: str) -> int:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10k, 100k, 1m)")
    scale = {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)


@dataclass
class Row:
    measure: str
    case: str
    median: str
    p95: str
    memory: str = ""
    floor: str = ""
    passed: bool | None = None

    def cells(self) -> list[str]:
        verdict = {True: "pass", False: "**FAIL**", None: ""}[self.passed]
        return [self.measure, self.case, self.median, self.p95, self.memory, self.floor, verdict]


def markdown_table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


# ---- child processes ----------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _measured(function: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    result = function(*args)
    if isinstance(result, dict):  # what processes it started (ingest's workers, fzf) peaked at
        result["children_peak_rss_mb"] = children_peak_rss_mb()
    return result, peak_rss_mb()


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def in_child(function: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """`function(*args)` in a fresh process; its result and that process's peak RSS (MB)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(_measured, function, *args).result()


class StageTimer:
    """Wraps functions in place to add up the time spent in each, by stage name. Only for
    breakdowns: a missing name (the code moved on) is skipped and reported as such."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.missing: list[str] = []

    def wrap(self, stage: str, module_name: str, attribute: str) -> None:
        import importlib

        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        original = getattr(owner, name, None)
        if original is None:
            self.missing.append(f"{module_name}.{attribute}")
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - started
                self.calls[stage] += 1

        setattr(owner, name, timed)


# ---- ingest -------------------------------------------------------------------------------

# (stage, module, attribute) in the order the pipeline meets them; "›" stages run inside the
# stage above them. Timed with `workers=1`: extraction in worker processes escapes the timers.
INGEST_STAGES = (
    ("read", "store.formats", "read_document"),
    ("extract", "store.extract", "extract_document"),
    ("› clean", "store.extract", "clean"),
    ("› dates", "store.extract", "find_dates"),
    ("› quotes", "store.extract", "find_quotes"),
    ("store (batches of 50 a transaction)", "store.ingest", "_store"),
    ("› save", "store.case", "Case.save_document"),
    ("› variant linking", "store.batch", "link_document_variants"),
    ("›› MinHash keys", "store.variants", "quote_keys"),
    ("›› key look-ups", "store.case", "Case.quotes_sharing_keys"),
    ("›› store keys", "store.case", "Case.add_quote_keys"),
    ("›› store pairs", "store.case", "Case.link_variants"),
    ("finish", "store.ingest", "_finish"),
    ("› compact, merge index", "store.case", "Case.compact"),
)


def docs_folder(cache: Path, docs: int, seed: int, fmt: str) -> Path:
    folder = cache / f"docs-{fmt}-{human(docs)}-s{seed}-g{make_case.GENERATOR_VERSION}"
    complete = folder / ".complete"  # a dot file: ingest skips it
    if not complete.exists():
        shutil.rmtree(folder, ignore_errors=True)
        make_case.write_case(folder, docs, seed=seed, fmt=fmt, jobs=os.cpu_count() or 1)
        complete.write_text("")
    return folder


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def case_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def ingest_once(folder: str, case_path: str, workers: int | None, breakdown: bool) -> dict:
    """One full ingest of `folder` into a new case, timed; with stage times if `breakdown`.
    `workers` None leaves the number of extraction processes to `ingest`."""
    import inspect

    from store.case import Case
    from store.ingest import ingest

    timer = StageTimer()
    if breakdown:
        for stage in INGEST_STAGES:
            timer.wrap(*stage)
    options = {} if workers is None else {"workers": workers}
    if "workers" not in inspect.signature(ingest).parameters:
        options = {}
    for leftover in ("", "-wal", "-shm"):
        Path(f"{case_path}{leftover}").unlink(missing_ok=True)
    marks: list[float] = []
    started = time.perf_counter()
    with Case(case_path) as case:
        report = ingest(
            case,
            [Path(folder)],
            progress=lambda *_: marks.append(time.perf_counter()),
            **options,  # type: ignore[arg-type]
        )
        elapsed = time.perf_counter() - started
        quotes = case.count_quotes()
    tenth = max(1, len(marks) // 10)
    first = tenth / (marks[tenth - 1] - started) if marks else 0.0
    last = tenth / (marks[-1] - marks[-tenth - 1]) if len(marks) > tenth else first
    return {
        "elapsed": elapsed,
        "docs": report.added + report.updated,
        "rejected": len(report.rejected),
        "quotes": quotes,
        "case_bytes": case_bytes(Path(case_path)),
        "first_tenth_rate": first,
        "last_tenth_rate": last,
        "stages": dict(timer.seconds),
        "missing": timer.missing,
    }


def bench_ingest(args: argparse.Namespace, out: Report) -> None:
    labels = {"md": "markdown", "txt": "text"}
    for fmt in args.formats:
        folder = docs_folder(args.cache, args.ingest_docs, args.seed, fmt)
        raw = folder_bytes(folder)
        case_path = args.cache / "work" / f"ingest-{fmt}.db"
        case_path.parent.mkdir(parents=True, exist_ok=True)
        size = f"{human(args.ingest_docs)} docs"
        for workers, how in ((None, f"all {os.cpu_count()} cores"), (1, "1 process")):
            results = [
                in_child(ingest_once, str(folder), str(case_path), workers, False)
                for _ in range(args.runs)
            ]
            rates = [result["docs"] / result["elapsed"] for result, _ in results]
            # The floor is for the whole pipeline on both cores; one process is a reference.
            floored = workers is None
            out.rows.append(
                Row(
                    f"ingest {labels[fmt]}, {how} (docs/s)",
                    size,
                    f"{statistics.median(rates):,.1f}",
                    f"{percentile(rates, 0.05):,.1f}",
                    f"{max(rss for _, rss in results):,.0f} MB",
                    f"≥ {INGEST_FLOOR:.0f}" if floored else "(reference)",
                    statistics.median(rates) >= INGEST_FLOOR if floored else None,
                )
            )
            last = results[-1][0]
            out.notes.append(
                f"ingest {labels[fmt]}, {how}: {last['docs']:,} docs, {last['rejected']} rejected,"
                f" {last['quotes']:,} quotes found; {last['first_tenth_rate']:,.1f} docs/s over"
                f" the first tenth, {last['last_tenth_rate']:,.1f} over the last; peak RSS of"
                f" the writer above, of an extraction worker {last['children_peak_rss_mb']:,.0f} MB"
            )
        ratio = last["case_bytes"] / raw
        out.rows.append(
            Row(
                f"case file / raw text ({labels[fmt]}, ingested)",
                size,
                f"{ratio:.2f}×",
                "",
                "",
                f"≤ {SIZE_RATIO_FLOOR:.0f}×",
                ratio <= SIZE_RATIO_FLOOR,
            )
        )
        if fmt == "md":
            out.details.append(size_breakdown(f"{size} of markdown, ingested", case_path, raw))
        if args.breakdown:
            result, _ = in_child(ingest_once, str(folder), str(case_path), 1, True)
            out.details.append(ingest_breakdown(labels[fmt], result))


def ingest_breakdown(label: str, result: dict[str, Any]) -> str:
    docs, elapsed, stages = max(1, result["docs"]), result["elapsed"], result["stages"]
    rows = [
        [stage, f"{stages[stage] * 1000 / docs:.2f}", f"{stages[stage] / elapsed:.0%}"]
        for stage, *_ in INGEST_STAGES
        if stage in stages
    ]
    rest = elapsed - sum(seconds for stage, seconds in stages.items() if "›" not in stage)
    rows.append(["walk, hashes, other", f"{rest * 1000 / docs:.2f}", f"{rest / elapsed:.0%}"])
    missing = result["missing"]
    note = f"\n\n(not found, so not timed: {', '.join(missing)})" if missing else ""
    return (
        f"### Ingest ({label}, 1 process, timers on): where a document's time goes\n\n"
        + markdown_table(["stage", "ms / document", "share of ingest"], rows)
        + note
    )


def size_breakdown(title: str, case_path: Path, raw: int) -> str:
    """Where the case file's bytes go, by table (SQLite's dbstat), against the raw text."""
    import sqlite3

    groups: dict[str, int] = defaultdict(int)
    with sqlite3.connect(f"{case_path.resolve().as_uri()}?mode=ro", uri=True) as db:
        try:
            pages = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
        except sqlite3.OperationalError:
            return f"### Case file size ({title})\n\n(this SQLite has no dbstat table)"
    for name, size in pages:
        if name.startswith(("idx_", "sqlite_autoindex_")):
            name = "indexes"
        elif "_fts" in name:
            name = name.split("_fts")[0] + " FTS5 index"
        groups[name] += size
    total = sum(groups.values())
    rows = [
        [name, f"{size / 1e6:,.1f}", f"{size / raw:.2f}×"]
        for name, size in sorted(groups.items(), key=lambda item: -item[1])
        if size >= total / 1000
    ]
    rows.append(["**total**", f"{total / 1e6:,.1f}", f"{total / raw:.2f}×"])
    return f"### Case file size by table ({title}; raw text {raw / 1e6:,.1f} MB)\n\n" + (
        markdown_table(["table", "MB", "× raw text"], rows)
    )


# ---- search cases: bulk-built, no extraction ------------------------------------------------


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
        from store.variants import link_document_variants
    except ImportError:
        return
    link_document_variants(case, doc_id)


def stored_document(article: make_case.Article) -> tuple[Any, Any]:
    """The RawDoc and ExtractedDocument the pipeline would make of `article`, made directly.
    Date mentions carry the publication date: they are there for their number, not values."""
    from store.dates import publication_event
    from store.models import Event, ExtractedDocument, Paragraph, Quote, RawDoc

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
    from store.fingerprint import quote_keys
    from store.quotes import are_variants
    from store.variants import MAX_BUCKET

    rng = random.Random(f"probe:{seed}")
    lookup = verify = candidates = 0.0
    with Case(case_path, readonly=True) as case:
        total = case.count_quotes()
        hits = case.quote_hits(quote_ids=rng.sample(range(1, total + 1), sample), limit=sample)
        for hit in hits:
            started = time.perf_counter()
            found = case.quotes_sharing_keys(
                quote_keys(hit.quote.text), other_than_doc=hit.quote.doc_id, max_bucket=MAX_BUCKET
            )
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


# ---- queries ------------------------------------------------------------------------------

QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Query:
    quote_id: int
    target: str  # the quote's text on one line, to find it in fzf's output
    clean: str  # 20 characters of the quote, as someone who remembers it would type them
    typo: str  # the same with one typo in each word of four letters or more


def make_queries(case_path: str, count: int, seed: int, total_quotes: int) -> list[Query]:
    """`count` queries, each from a random quote of the case: a run of its words, chosen
    among its more distinctive ones (what a reader remembers), cut to 20 characters."""
    from store.case import Case

    rng = random.Random(f"queries:{seed}")
    ranks = {word: rank for rank, word in enumerate(make_case.vocabulary(seed).words, start=1)}
    ids = rng.sample(range(1, total_quotes + 1), min(count, total_quotes))
    with Case(case_path, readonly=True) as case:
        texts = {
            hit.quote.id: hit.quote.text for hit in case.quote_hits(quote_ids=ids, limit=len(ids))
        }
    queries = []
    for quote_id in ids:
        clean = typed_words(texts[quote_id], ranks, rng)
        queries.append(Query(quote_id, one_line(texts[quote_id]), clean, with_typos(clean, rng)))
    return queries


def typed_words(text: str, ranks: dict[str, int], rng: random.Random) -> str:
    words = WORD_RE.findall(text.lower())
    windows = []
    for start in range(len(words)):
        window = " ".join(words[start:])[:QUERY_CHARS]
        if len(window) < QUERY_CHARS and windows:
            break
        rarity = sum(math.log(ranks.get(word, len(ranks))) for word in words[start : start + 4])
        windows.append((rarity, window))
    windows.sort(reverse=True)
    return rng.choice(windows[: max(1, len(windows) // 2)])[1]


def with_typos(query: str, rng: random.Random) -> str:
    return " ".join(
        typo(word, rng) if len(word) >= TYPO_MIN_LETTERS else word for word in query.split(" ")
    )


def typo(word: str, rng: random.Random) -> str:
    """One slip of the fingers, never on the first letter: a neighbouring key, a letter
    dropped, doubled or swapped with the next."""
    at = rng.randrange(1, len(word))
    kind = rng.choice(("neighbour", "drop", "double", "swap"))
    if kind == "neighbour":
        return word[:at] + neighbour_key(word[at], rng) + word[at + 1 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    at = min(at, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def neighbour_key(letter: str, rng: random.Random) -> str:
    for row in QWERTY_ROWS:
        if letter in row:
            at = row.index(letter)
            return rng.choice([row[i] for i in (at - 1, at + 1) if 0 <= i < len(row)])
    return letter


# ---- the quote finder ---------------------------------------------------------------------

SEARCH_STAGES = (
    ("FTS candidates", "store.case", "Case.quote_texts_matching"),
    ("FTS candidates", "store.case", "Case.quote_texts_scanning"),
    ("rapidfuzz re-rank", "store.search", "_score"),
    ("hit rows (pydantic)", "store.case", "Case.quote_hits"),
    ("highlights (rapidfuzz)", "store.search", "highlight_spans"),
)


def time_search(case_path: str, queries: list[Query], runs: int, breakdown: bool) -> dict[str, Any]:
    """Every prefix of every query through `search_quotes`, as the quote pane calls it."""
    from store.case import Case
    from store.search import search_quotes

    timer = StageTimer()
    if breakdown:
        for stage in SEARCH_STAGES:
            timer.wrap(*stage)
    result: dict[str, Any] = {}
    with Case(case_path, readonly=True) as case:
        for query in queries[:3]:  # warm the connection's page cache, as a session would be
            search_quotes(case, query.clean, limit=LIMIT)
        for variant in ("clean", "typo"):
            timer.seconds.clear()
            per_query: list[list[float]] = [[] for _ in queries]
            by_length: dict[int, list[float]] = defaultdict(list)
            for _ in range(runs):
                for number, query in enumerate(queries):
                    text = getattr(query, variant)
                    for typed in range(1, len(text) + 1):
                        started = time.perf_counter()
                        search_quotes(case, text[:typed], limit=LIMIT)
                        took = (time.perf_counter() - started) * 1000
                        per_query[number].append(took)
                        by_length[typed].append(took)
            timings = [ms for query_ms in per_query for ms in query_ms]
            # Stage times of the timed calls only, before the quality pass adds its own.
            stages = {stage: sec * 1000 / len(timings) for stage, sec in timer.seconds.items()}
            found = [
                rank_of(query.quote_id, search_quotes(case, getattr(query, variant), limit=LIMIT))
                for query in queries
            ]
            result[variant] = {
                "ms": timings,
                "per_query": per_query,
                "p95_by_length": {n: percentile(ms, 0.95) for n, ms in sorted(by_length.items())},
                "in_top": sum(1 for rank in found if rank is not None and rank < TOP) / len(found),
            }
            result[variant]["stages"] = stages
    result["missing"] = timer.missing
    return result


def rank_of(quote_id: int, hits: list[Any]) -> int | None:
    return next((rank for rank, hit in enumerate(hits) if hit.quote.id == quote_id), None)


# ---- fzf, the outside reference -----------------------------------------------------------


def fzf_lines(case_path: Path) -> Path:
    """The case's quote texts, one a line, for `fzf --filter`: text only, as `--nth` to skip
    an id field would cost fzf a third more time."""
    lines = case_path.with_suffix(".quotes.txt")
    if not lines.exists():
        from store.case import Case

        with Case(case_path, readonly=True) as case, open(f"{lines}.part", "w") as out:
            for (text,) in case.db.execute("SELECT text FROM quotes ORDER BY id"):
                out.write(one_line(text) + "\n")
        os.replace(f"{lines}.part", lines)
    return lines


def one_line(text: str) -> str:
    return " ".join(text.split())


def fzf_command(query: str) -> list[str]:
    return ["fzf", "--filter", query]


def time_fzf(lines: str, queries: list[Query], runs: int) -> dict[str, Any]:
    """Every prefix through a fresh `fzf --filter` over all quote texts, as a shell pipe would."""
    result: dict[str, Any] = {}
    for variant in ("clean", "typo"):
        timings: list[float] = []
        for _ in range(runs):
            for query in queries:
                text = getattr(query, variant)
                for typed in range(1, len(text) + 1):
                    started = time.perf_counter()
                    with open(lines, "rb") as source:
                        subprocess.run(
                            fzf_command(text[:typed]),
                            stdin=source,
                            stdout=subprocess.DEVNULL,  # the ranking, not a pipe, is measured
                            check=False,
                        )
                    timings.append((time.perf_counter() - started) * 1000)
        found = [query.target in run_fzf(lines, getattr(query, variant))[:TOP] for query in queries]
        result[variant] = {"ms": timings, "in_top": sum(found) / len(found)}
    return result


def run_fzf(lines: str, query: str) -> list[str]:
    with open(lines, "rb") as source:
        done = subprocess.run(fzf_command(query), stdin=source, capture_output=True, check=False)
    return done.stdout.decode().splitlines()


# ---- the app ------------------------------------------------------------------------------

APP_SIZE = (120, 40)
READER_OPENS = 8


def time_app(case_path: str) -> dict[str, Any]:
    """Start the app headless on `case_path` (Textual's `run_test`), from before its import."""
    started = time.perf_counter()
    from tui.app import build_app

    imported = time.perf_counter() - started
    app = build_app(Path(case_path))
    result: dict[str, Any] = {"import_s": imported}
    asyncio.run(drive_app(app, started, result))
    result["rss_now_mb"] = current_rss_mb()
    return result


class FrameLog:
    """Notes when the app composes a frame in which a condition holds.

    Headless, Textual composes every frame but skips writing it (`App._display`); the hook
    renders the frame to terminal text as a real terminal would need, then checks. Timing
    this way leaves out Pilot's own waits for an idle CPU, which take up to a second.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.condition: Callable[[], bool] | None = None
        self.when: float | None = None
        self.seen = asyncio.Event()  # waited on, not polled: polling would slow the app
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is None or getattr(app, "_batch_count", 0):
                return
            with suppress(Exception):
                renderable.render_segments(app.console)
            if self.condition is not None and self.when is None and self.condition():
                self.when = time.perf_counter()
                self.seen.set()

        app._display = display

    def expect(self, condition: Callable[[], bool]) -> None:
        self.condition, self.when = condition, None
        self.seen.clear()

    async def painted(self, timeout: float = 120.0) -> float:
        await asyncio.wait_for(self.seen.wait(), timeout)
        assert self.when is not None
        return self.when


async def drive_app(app: Any, started: float, result: dict[str, Any]) -> None:
    from textual import events

    from tui.panes.document_table import DocumentTable
    from tui.panes.reader import ReaderPane

    frames = FrameLog(app)

    def list_shown() -> bool:
        tables = app.query(DocumentTable)
        return (
            bool(tables) and tables.first().total is not None and tables.first().row(0) is not None
        )

    frames.expect(list_shown)  # before the app starts: the frame may come early
    async with app.run_test(size=APP_SIZE) as pilot:
        result["first_paint_s"] = await frames.painted() - started
        table = app.query_one(DocumentTable)
        result["documents"] = table.total
        reader = app.query_one(ReaderPane)
        opens = []
        for number in range(READER_OPENS):
            await pilot.press("1", *["pagedown"] * number, "down")
            await until(pilot, lambda: table.row(table.cursor) is not None)
            await pilot.pause()
            expected = table.row(table.cursor).id
            frames.expect(
                lambda e=expected: (
                    reader.document is not None
                    and reader.document.id == e
                    and not reader.loading
                    and reader.region.area > 0  # on show, not only loaded
                )
            )
            pressed = time.perf_counter()
            app.post_message(events.Key("enter", "\r"))
            opens.append((await frames.painted() - pressed) * 1000)
        result["reader_ms"] = opens
        for keys in (["1", "end"], ["home"], ["3"], ["4"], ["2", "pagedown", "pagedown"]):
            await pilot.press(*keys)
            await app.workers.wait_for_complete()
            await pilot.pause()


async def until(pilot: Any, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app never got there")
        await pilot.pause(0.002)


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_app(args: argparse.Namespace, out: Report, meta: dict[str, Any]) -> None:
    try:
        from tui.app import build_app  # noqa: F401  (is it there yet?)
    except ImportError as error:
        out.notes.append(f"app: skipped, tui.app.build_app is not importable ({error})")
        return
    results = [in_child(time_app, meta["path"]) for _ in range(args.runs)]
    paints = [result["first_paint_s"] for result, _ in results]
    opens = [ms for result, _ in results for ms in result["reader_ms"]]
    peak = max(rss for _, rss in results)
    case = f"{meta['docs']:,} docs"
    out.rows += [
        Row(
            "app start → documents list painted (s)",
            case,
            f"{statistics.median(paints):.2f}",
            f"{percentile(paints, 0.95):.2f}",
            "",
            f"≤ {FIRST_PAINT_FLOOR_S:.0f} s",
            percentile(paints, 0.95) <= FIRST_PAINT_FLOOR_S,
        ),
        Row(
            "open a document in the reader (ms)",
            case,
            f"{statistics.median(opens):.0f}",
            f"{percentile(opens, 0.95):.0f}",
            "",
            f"≤ {READER_FLOOR_MS:.0f} ms",
            percentile(opens, 0.95) <= READER_FLOOR_MS,
        ),
        Row(
            "app memory after browsing (peak RSS)",
            case,
            f"{statistics.median([r['rss_now_mb'] for r, _ in results]):.0f} MB now",
            "",
            f"{peak:.0f} MB",
            f"≤ {APP_MEMORY_FLOOR_MB:.0f} MB",
            peak <= APP_MEMORY_FLOOR_MB,
        ),
    ]
    imports = statistics.median([result["import_s"] for result, _ in results])
    out.notes.append(
        f"app: headless `App.run_test(size={APP_SIZE})` in a fresh process, timed from before"
        f" `import tui.app` ({imports:.2f} s of it) until a frame shows the documents list with"
        f" its rows; reader: Enter until a frame shows the document; browsing:"
        f" {READER_OPENS} documents opened, list end/home, quotes and timeline panes shown."
    )


# ---- search, fzf and the report -----------------------------------------------------------


def bench_search(args: argparse.Namespace, out: Report, meta: dict[str, Any]) -> None:
    size = f"{human(meta['quotes'])} quotes"
    queries = make_queries(meta["path"], args.queries, args.seed, meta["quotes"])
    ours: dict[str, Any] = {}
    if "search" in args.only:
        ours, rss = in_child(time_search, meta["path"], queries, args.runs, False)
        for variant, label in (("clean", "exact"), ("typo", "one typo a word")):
            ms = ours[variant]["ms"]
            out.rows.append(
                Row(
                    f"quote search per keystroke, {label} (ms)",
                    size,
                    f"{statistics.median(ms):.1f}",
                    f"{percentile(ms, 0.95):.1f}",
                    f"{rss:,.0f} MB",
                    f"p95 ≤ {KEYSTROKE_FLOOR_MS:.0f}",
                    percentile(ms, 0.95) <= KEYSTROKE_FLOOR_MS,
                )
            )
        share = ours["typo"]["in_top"]
        out.rows.append(
            Row(
                f"typo queries: intended quote in top {TOP}",
                size,
                f"{share:.0%}",
                "",
                "",
                f"≥ {QUALITY_FLOOR:.0%}",
                share >= QUALITY_FLOOR,
            )
        )
        out.notes.append(
            f"search {size}: exact queries find their quote in the top {TOP}"
            f" {ours['clean']['in_top']:.0%} of the time"
        )
        out.details.append(by_length_table(size, ours))
        if args.breakdown:
            parts, _ = in_child(time_search, meta["path"], queries, 1, True)
            out.details.append(search_breakdown(size, parts))
    if "fzf" in args.only:
        bench_fzf(args, out, meta, queries, ours)
    if meta["quotes"] <= BULK_LINK_MAX_QUOTES:
        try:
            probe, _ = in_child(probe_variants, meta["path"], 200, args.seed)
            out.probes.append((size, probe))
        except ImportError as error:
            out.notes.append(f"variant probe {size}: skipped ({error})")
    ratio = meta["case_bytes"] / meta["raw_bytes"]
    if meta["quotes"] == max(args.sizes):
        title = f"{meta['docs']:,} docs bulk-built"
        out.details.append(size_breakdown(title, Path(meta["path"]), meta["raw_bytes"]))
    out.rows.append(
        Row(
            "case file / raw text (bulk-built)",
            f"{meta['docs']:,} docs",
            f"{ratio:.2f}×",
            "",
            "",
            f"≤ {SIZE_RATIO_FLOOR:.0f}×",
            ratio <= SIZE_RATIO_FLOOR,
        )
    )


def bench_fzf(
    args: argparse.Namespace,
    out: Report,
    meta: dict[str, Any],
    queries: list[Query],
    ours: dict[str, Any],
) -> None:
    size = f"{human(meta['quotes'])} quotes"
    if shutil.which("fzf") is None:
        out.notes.append(f"fzf {size}: fzf not installed, no comparison (apt-get install fzf)")
        return
    subset = queries[: args.fzf_queries]
    theirs, _ = in_child(time_fzf, str(fzf_lines(Path(meta["path"]))), subset, args.fzf_runs)
    for variant, label in (("clean", "exact"), ("typo", "one typo a word")):
        ms = theirs[variant]["ms"]
        out.rows.append(
            Row(
                f"fzf --filter per keystroke, {label} (ms)",
                size,
                f"{statistics.median(ms):.1f}",
                f"{percentile(ms, 0.95):.1f}",
                f"{theirs['children_peak_rss_mb']:,.0f} MB",
            )
        )
        if ours:
            # Over the same queries: fzf runs only the first few.
            same = [t for query_ms in ours[variant]["per_query"][: len(subset)] for t in query_ms]
            ratio = percentile(same, 0.95) / percentile(ms, 0.95)
            out.rows.append(
                Row(
                    f"casebrowser ÷ fzf, p95 per keystroke, {label}",
                    size,
                    f"{ratio:.2f}",
                    "",
                    "",
                    "< 1 (faster)",
                    ratio < 1,
                )
            )
    out.notes.append(
        f"fzf {size}: the first {len(subset)} queries, `fzf --filter PREFIX < quotes.txt` a"
        f" keystroke (one process reading every quote);"
        f" typo queries' quote in fzf's top {TOP}: {theirs['typo']['in_top']:.0%}"
        f" (exact: {theirs['clean']['in_top']:.0%})"
    )


def by_length_table(size: str, ours: dict[str, Any]) -> str:
    clean, typo = ours["clean"]["p95_by_length"], ours["typo"]["p95_by_length"]
    lengths = sorted(set(clean) | set(typo))
    rows = [
        [str(n), f"{clean.get(n, float('nan')):.1f}", f"{typo.get(n, float('nan')):.1f}"]
        for n in lengths
    ]
    return f"### Quote search at {size}: p95 (ms) by characters typed\n\n" + markdown_table(
        ["typed", "exact", "one typo a word"], rows
    )


def search_breakdown(size: str, parts: dict[str, Any]) -> str:
    total = {v: statistics.mean(parts[v]["ms"]) for v in ("clean", "typo")}
    stages = sorted({stage for v in ("clean", "typo") for stage in parts[v]["stages"]})
    rows = []
    for stage in stages:
        cells = [stage]
        for variant in ("clean", "typo"):
            ms = parts[variant]["stages"].get(stage, 0.0)
            cells.append(f"{ms:.2f} ({ms / total[variant]:.0%})")
        rows.append(cells)
    rest = [total[v] - sum(parts[v]["stages"].values()) for v in ("clean", "typo")]
    rows.append(["parse, plan, sort, other", *(f"{ms:.2f}" for ms in rest)])
    rows.append(["total (mean)", *(f"{total[v]:.2f}" for v in ("clean", "typo"))])
    missing = (
        f"\n\n(not found, so not timed: {', '.join(parts['missing'])})" if parts["missing"] else ""
    )
    return (
        f"### Quote search at {size}: mean ms per keystroke by stage (timing wrappers on)\n\n"
        + markdown_table(["stage", "exact", "one typo a word"], rows)
        + missing
    )


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    probes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def render(self, header: str) -> str:
        table = markdown_table(
            ["measure", "case", "median", "p95", "peak RSS", "floor", "verdict"],
            (row.cells() for row in self.rows),
        )
        notes = "\n".join(f"- {note}" for note in self.notes)
        details = [*self.details, variants_table(self.probes)] if self.probes else self.details
        return "\n\n".join([header, table, notes, *details]) + "\n"


def environment(args: argparse.Namespace) -> str:
    import sqlite3
    from importlib.metadata import version

    fzf = "not installed"
    if shutil.which("fzf"):
        fzf = subprocess.run(["fzf", "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,
    ).stdout.strip()
    return (
        f"## casebrowser benchmarks ({time.strftime('%Y-%m-%d %H:%M')}, {commit or 'no git'})"
        f"\n\n{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}, Textual {version('textual')},"
        f" rapidfuzz {version('rapidfuzz')}, fzf {fzf}; seed {args.seed}, runs: {args.runs},"
        f" {args.queries} queries of {QUERY_CHARS} characters typed one at a time"
        f" (`search_quotes(case, prefix, limit={LIMIT})` a keystroke, in-process, warm)."
        f" Ingest: the whole pipeline (`store.ingest.ingest`) on generated crawler markdown /"
        f" plain text. Search cases are bulk-built: generated documents with their known quotes"
        f" and dates saved through `Case.save_document` and variant linking, no extraction."
        f" Throughput p95 is the slow end (5th percentile). Load average at the start:"
        f" {load_average()}."
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="quotes in the search cases")
    parser.add_argument("--ingest-docs", type=parse_count, default=1_000)
    parser.add_argument("--formats", default="md,txt", help="ingest formats: md, txt")
    parser.add_argument("--app-quotes", type=parse_count, help="search case the app opens")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--fzf-queries", type=int, default=5)
    parser.add_argument("--fzf-runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help="sections: " + ", ".join(SECTIONS)
    )
    parser.add_argument("--no-breakdown", dest="breakdown", action="store_false")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.ingest_docs, args.runs = "1k,10k", 100, 2
        args.queries, args.fzf_queries = 5, 3
    args.sizes = [parse_count(size) for size in args.sizes.split(",") if size.strip()]
    args.only = {section.strip() for section in args.only.split(",")}
    args.formats = [fmt.strip() for fmt in args.formats.split(",") if fmt.strip()]
    if unknown := set(args.formats) - {"md", "txt"}:
        parser.error(f"unknown formats: {', '.join(sorted(unknown))}")
    if unknown := args.only - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    args.app_quotes = args.app_quotes or max(args.sizes, default=10_000)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    out = Report()
    header = environment(args)
    sections: list[tuple[str, Callable[[], None]]] = []
    if "ingest" in args.only:
        sections.append(("ingest", lambda: bench_ingest(args, out)))
    if args.only & {"search", "fzf"}:
        for quotes in args.sizes:
            sections.append((f"search {human(quotes)}", partial_search(args, out, quotes)))
    if "app" in args.only:
        sections.append(("app", lambda: bench_app(args, out, app_case(args))))
    for name, section in sections:
        print(f"{time.strftime('%H:%M:%S')} {name}…", file=sys.stderr)
        try:
            section()
        except Exception as error:  # one broken section must not lose the others' numbers
            out.notes.append(f"{name}: failed, {type(error).__name__}: {error}")
        # Written as it goes: a long run stopped halfway still leaves its numbers.
        (args.cache / "last-report.md").write_text(out.render(header))
    print(out.render(header + f" Load average at the end: {load_average()}."))
    return 0


def partial_search(args: argparse.Namespace, out: Report, quotes: int) -> Callable[[], None]:
    return lambda: bench_search(args, out, ensure_search_case(args.cache, quotes, args.seed))


def app_case(args: argparse.Namespace) -> dict[str, Any]:
    return ensure_search_case(args.cache, args.app_quotes, args.seed)


def load_average() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
