"""Cleaning, scored on WCXB's dev article pages: each page ingested as saved HTML and as crawler
Markdown (every converter flavour), its stored paragraphs compared with the reference text.

A page ingest rejects scores 0 (its article is lost to the user) and is counted in the table.
The reference is trafilatura's own extraction of the original HTML, its defaults, plain text.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from accuracy_corpora import WCXB
from accuracy_crawl import FLAVOURS, crawler_markdown
from accuracy_metrics import PRF, mean_prf, shingle_prf, word_prf
from accuracy_pipeline import StageClock, ingest_file
from accuracy_report import Row, Speed
from accuracy_wcxb import Page, pages

SPLIT = "dev"
METRICS = (
    ("4-word-shingle P", "precision", shingle_prf),
    ("4-word-shingle R", "recall", shingle_prf),
    ("4-word-shingle F1", "f1", shingle_prf),
    ("word F1", "f1", word_prf),
)


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _page_files(page: Page, folder: Path) -> dict[str, Path]:
    """The page written as each input: saved HTML and one Markdown file per flavour."""
    files = {"HTML": folder / "html" / f"{page.page_id}.html"}
    files["HTML"].parent.mkdir(parents=True, exist_ok=True)
    files["HTML"].write_text(page.html, encoding="utf-8")
    for flavour in FLAVOURS:
        target = folder / flavour / f"{page.page_id}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(crawler_markdown(page.html, flavour, page.url), encoding="utf-8")
        files[f"{flavour} .md"] = target
    return files


def run(data: Path, limit: int | None = None) -> tuple[list[Row], list[Speed]]:
    """Score every input route on the split's article pages."""
    inputs = ["HTML", *(f"{flavour} .md" for flavour in FLAVOURS)]
    texts: dict[str, list[str]] = {name: [] for name in inputs}
    taken: dict[str, list[bool]] = {name: [] for name in inputs}
    reasons: dict[str, Counter[str]] = {name: Counter() for name in inputs}
    rejected = dict.fromkeys(inputs, 0)
    clocks = {name: StageClock() for name in inputs}
    references: list[str] = []
    baseline: list[str] = []
    with tempfile.TemporaryDirectory(prefix="accuracy-wcxb-") as scratch:
        for page in pages(data, SPLIT, limit):
            files = _page_files(page, Path(scratch))
            for name, path in files.items():
                outcome = ingest_file(path, clocks[name])
                rejected[name] += outcome.rejected is not None
                taken[name].append(outcome.rejected is None)
                if outcome.rejected:  # "malformed front matter (…)": the kind, not the detail
                    reasons[name][outcome.rejected.split(" (")[0]] += 1
                texts[name].append("\n\n".join(outcome.paragraphs))
            references.append(page.reference)
            baseline.append(trafilatura_text(page.html))
    version = WCXB.version(data)
    rows = []
    for metric, part, measure in METRICS:
        reference = _mean(baseline, references, measure)
        for name in inputs:
            ours = _mean(texts[name], references, measure)
            rows.append(
                Row(
                    "cleaning", metric, name, getattr(ours, part), getattr(reference, part),
                    "trafilatura on the HTML", "WCXB", version, f"{SPLIT} (articles)",
                    len(references), rejected[name],
                )
            )  # fmt: skip
    for name in inputs:  # what cleaning does with the pages ingest takes, rejections aside
        kept = [i for i, ok in enumerate(taken[name]) if ok]
        pick = lambda texts, kept=kept: [texts[i] for i in kept]  # noqa: E731
        ours = _mean(pick(texts[name]), pick(references), shingle_prf)
        reference = _mean(pick(baseline), pick(references), shingle_prf)
        rows.append(
            Row(
                "cleaning", "4-word-shingle F1, pages taken", name, ours.f1, reference.f1,
                "trafilatura on the HTML", "WCXB", version, f"{SPLIT} (articles)", len(kept), 0,
                _why(reasons[name]),
            )
        )  # fmt: skip
    speeds = [
        Speed("WCXB", name, len(references), dict(clocks[name].per_second())) for name in inputs
    ]
    return rows, speeds


def _mean(predicted: list[str], references: list[str], measure: Callable[[str, str], PRF]) -> PRF:
    return mean_prf([measure(p, r) for p, r in zip(predicted, references, strict=True)])


def _why(reasons: Counter[str]) -> str:
    """Why pages were rejected, most common first: "194 malformed front matter, 1 …"."""
    return ", ".join(f"{count} rejected: {reason}" for reason, count in reasons.most_common())
