"""Titles across a case: the segment a site's titles repeat is its name, taken off them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.case import Case
from store.ingest.parallel import Stopped
from store.ingest.run import ingest

ARTICLES = {
    "fares.md": ("Ferry fares to rise", "2024-03-02", "The ferry operator said fares rise in May."),
    "pier.md": ("New pier opens in June", "2024-03-05", "The new pier opens to boats next week."),
    "storm.md": ("Storm closes the harbour", None, "A storm closed the harbour on Friday."),
}


def write(folder: Path, suffix: str) -> None:
    folder.mkdir(exist_ok=True)
    for name, (title, date, body) in ARTICLES.items():
        dated = f"date: {date}\n" if date else ""
        (folder / name).write_text(
            f"---\ntitle: {title}{suffix}\nurl: https://www.porthaven.co.uk/news/{name[:-3]}\n"
            f"{dated}---\n\n{body}\n",
            encoding="utf-8",
        )


def test_the_suffix_a_site_s_titles_share_comes_off(tmp_path: Path) -> None:
    write(tmp_path / "in", " – Harbour Times Online")
    with Case(tmp_path / "c.db") as case:
        ingest(case, [tmp_path / "in"], workers=1)
        titles = {Path(doc.path).name: doc.title for doc in case.documents()}
        assert titles == {name: title for name, (title, _, _) in ARTICLES.items()}
        # The timeline's publication events show the title as it now is.
        published = {e.event.sentence for e in case.timeline() if e.event.kind == "published"}
        assert published == {"Ferry fares to rise", "New pier opens in June"}
        # Nothing changes when the same files come again.
        before = case.documents()
        ingest(case, [tmp_path / "in"], workers=1)
        assert case.documents() == before


def test_a_title_alone_on_its_site_keeps_its_segments(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.md").write_text(
        "---\ntitle: Ferry fares to rise – Harbour Times Online\n"
        "url: https://www.porthaven.co.uk/news/fares\n---\n\nFares rise in May.\n",
        encoding="utf-8",
    )
    with Case(tmp_path / "c.db") as case:
        ingest(case, [folder], workers=1)
        assert [doc.title for doc in case.documents()] == [
            "Ferry fares to rise – Harbour Times Online"
        ]


def test_an_ingest_stopped_early_still_takes_the_site_s_name_off_what_it_stored(
    tmp_path: Path,
) -> None:
    write(tmp_path / "in", " | Harbour Times Online")
    asked: list[None] = []

    def stop_before_the_third() -> bool:
        asked.append(None)
        return len(asked) > 2

    with Case(tmp_path / "c.db") as case:
        with pytest.raises(Stopped):
            ingest(case, [tmp_path / "in"], workers=1, stop=stop_before_the_third)
        titles = [doc.title for doc in case.documents()]
    assert len(titles) == 2
    assert all(title in {t for t, _, _ in ARTICLES.values()} for title in titles), titles
