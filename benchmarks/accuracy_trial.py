"""A folder of real pages to ingest by hand: WCXB dev article pages as a crawler leaves them.

    .venv/bin/python benchmarks/accuracy_trial.py --data DIR --out FOLDER [--pages 360]

Two pages in three become crawler Markdown (markdownify and html2text in turn, front matter
unquoted as crawlers write it), one in three stays saved HTML, and every tenth HTML page is
also written as Markdown: the same article twice, as a user who saved and crawled it has it.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from urllib.parse import urlparse

from accuracy_crawl import FLAVOURS, crawler_markdown
from accuracy_wcxb import pages

SLUG_CHARS = 60


def slug(page_id: str, url: str | None) -> str:
    """A file name as crawlers make one: the page's host and path, plus the benchmark id."""
    where = urlparse(url or "")
    words = re.sub(r"[^A-Za-z0-9]+", "-", f"{where.netloc}{where.path}").strip("-").lower()
    return f"{page_id}-{words[:SLUG_CHARS].rstrip('-') or 'page'}"


def write_trial(data: Path, out: Path, count: int) -> dict[str, int]:
    """Write `count` pages into `out`; returns how many files of each kind were written."""
    out.mkdir(parents=True, exist_ok=True)
    flavours = list(FLAVOURS)
    written = {"html": 0, "twice": 0, **dict.fromkeys(flavours, 0)}
    for index, page in enumerate(pages(data, "dev", limit=count)):
        name = slug(page.page_id, page.url)
        flavour = flavours[(index // 3) % len(flavours)]
        if index % 3 == 2:
            (out / f"{name}.html").write_text(page.html, encoding="utf-8")
            written["html"] += 1
            if index % 30 != 2:
                continue
            written["twice"] += 1
        (out / f"{name}.{flavour}.md").write_text(
            crawler_markdown(page.html, flavour, page.url), encoding="utf-8"
        )
        written[flavour] += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of fetched corpora")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pages into")
    parser.add_argument("--pages", type=int, default=360, help="article pages to take")
    args = parser.parse_args()
    print(write_trial(args.data, args.out, args.pages))


if __name__ == "__main__":
    main()
