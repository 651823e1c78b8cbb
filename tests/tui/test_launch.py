"""Opening the app on a folder: a folder with nothing to read is said in one line before the app
starts, naming the folder and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.case import Case
from tui.launch import launch, nothing_to_open


def folder_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Some text.")
    return folder


@pytest.mark.parametrize(
    "names",
    [
        (),
        ("scan.pdf",),
        ("notes.docx", "photo.jpg", "deeper/slides.pptx"),
        ("story.md.bak",),
    ],
)
def test_a_folder_with_no_file_to_read_is_named_with_the_reason(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    folder = folder_with(tmp_path, *names)
    line = nothing_to_open(folder, tmp_path / "articles.case.db")
    assert line is not None
    assert line.startswith(f"{folder}: no supported files found (")
    assert "\n" not in line


@pytest.mark.parametrize(
    "names", [("story.md",), ("scan.pdf", "deeper/page.HTML"), ("a.txt",), ("b.markdown",)]
)
def test_a_folder_with_a_file_to_read_opens(tmp_path: Path, names: tuple[str, ...]) -> None:
    folder = folder_with(tmp_path, *names)
    assert nothing_to_open(folder, tmp_path / "articles.case.db") is None


def test_a_folder_whose_case_exists_opens_its_case_whatever_the_folder_holds(
    tmp_path: Path,
) -> None:
    folder = folder_with(tmp_path, "scan.pdf")
    Case(tmp_path / "articles.case.db").close()
    assert nothing_to_open(folder, tmp_path / "articles.case.db") is None


def test_launch_says_it_and_returns_1_without_starting_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_app(*args: object, **kwargs: object) -> None:
        raise AssertionError("the app was built")

    monkeypatch.setattr("tui.app.build_app", no_app)
    folder = folder_with(tmp_path, "scan.pdf")
    assert launch(folder) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"casebrowser: {folder}: no supported files found")
    assert captured.err.count("\n") == 1
    assert not (tmp_path / "articles.case.db").exists()
