"""An ingest says how many files it has to read before it reads the first: an app shows the
count while its workers start, which takes seconds."""

from __future__ import annotations

from pathlib import Path

from store.case import Case
from store.ingest.run import ingest


def write(folder: Path, names: list[str]) -> None:
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text(f"# {name}\n\nA paragraph about {name}.\n", encoding="utf-8")


def heard(tmp_path: Path, paths: list[Path]) -> list[tuple[str, int]]:
    events: list[tuple[str, int]] = []
    with Case(tmp_path / "case.db") as case:
        ingest(
            case,
            paths,
            workers=1,
            found=lambda total: events.append(("found", total)),
            progress=lambda done, total, _path: events.append(("read", done)),
        )
    return events


def test_the_count_comes_once_before_the_first_file(tmp_path: Path) -> None:
    write(tmp_path / "in", ["a.md", "b.txt", "c.md"])
    assert heard(tmp_path, [tmp_path / "in"]) == [
        ("found", 3),
        ("read", 1),
        ("read", 2),
        ("read", 3),
    ]


def test_the_count_leaves_out_files_it_does_not_read(tmp_path: Path) -> None:
    write(tmp_path / "in", ["a.md", "photo.jpg", "notes.pdf"])
    write(tmp_path / "more", ["b.md"])
    events = heard(tmp_path, [tmp_path / "in", tmp_path / "more"])
    assert events[0] == ("found", 2)


def test_a_folder_with_nothing_to_read_counts_none(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert heard(tmp_path, [tmp_path / "empty"]) == [("found", 0)]
