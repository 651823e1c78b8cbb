"""One name per person across a case, through a real ingest: forms of one person's name are
counted as one speaker; names that may be two people (a first name no list holds before a
name, a surname alone, a family's two members) stay apart, with their own counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.run import ingest

SAID = "“The ferries will run all winter, whatever the council decides this week,” {} said."


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def counts(case: Case, tmp_path: Path, *speakers: str) -> dict[str, int]:
    """Ingest one article a speaker (each quoting other words), and count the speakers."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number, speaker in enumerate(speakers):
        text = SAID.format(speaker).replace("winter", f"winter {number + 1} times")
        (folder / f"{number}.txt").write_text(f"Report {number}\n\n{text}", encoding="utf-8")
    assert not ingest(case, [folder], workers=1).rejected
    return {speaker.name: speaker.quotes for speaker in case.speakers()}


def test_forms_of_one_name_are_one_speaker(case: Case, tmp_path: Path) -> None:
    found = counts(case, tmp_path, "Rua Orrin", "Rua T. Orrin", "Rua Tane Orrin", "Rua Orrin")
    assert found == {"Rua Orrin": 4}


def test_a_first_name_no_list_holds_is_someone_else_s(case: Case, tmp_path: Path) -> None:
    found = counts(case, tmp_path, "Rua Tane Orrin", "Tane Orrin", "Tane Orrin")
    assert found == {"Rua Tane Orrin": 1, "Tane Orrin": 2}


def test_a_surname_alone_takes_no_full_name_from_another_article(
    case: Case, tmp_path: Path
) -> None:
    found = counts(case, tmp_path, "Tane Orrin", "Mere Orrin", "Orrin")
    assert found == {"Tane Orrin": 1, "Mere Orrin": 1, "Orrin": 1}


def test_a_party_run_into_a_name_is_no_part_of_it(case: Case, tmp_path: Path) -> None:
    found = counts(case, tmp_path, "Labour MP Tane Orrin", "Tane Orrin")
    assert found == {"Tane Orrin": 2}
