"""`casebrowser speakers`: listing, merging the names of one person, and undoing a merge."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import run

ROBERT = "Robert Smith"
BOB = "Bob Smith"
ARTICLES = {
    "a.md": "---\ntitle: Harbour\ndate: 2024-05-03\n---\n\n"
    '"The harbour will reopen in June," said Robert Smith.\n',
    "b.md": "---\ntitle: Ferries\ndate: 2024-05-04\n---\n\n"
    '"The ferries will run again," Bob Smith said on Monday.\n\n'
    '"Fares will not rise," Bob Smith added.\n',
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return articles


@pytest.fixture
def case(tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", path)[0] == 0
    return path


def speakers(capsys: pytest.CaptureFixture[str], case: str) -> list[dict]:
    code, out, _ = run(capsys, "speakers", "--json", "--case", case)
    assert code == 0
    return json.loads(out)


def quotes(capsys: pytest.CaptureFixture[str], case: str, *query: str) -> list[dict]:
    code, out, _ = run(capsys, "quotes", *query, "--json", "--case", case)
    assert code == 0
    return json.loads(out)


def index_is_whole(case: str) -> None:
    with sqlite3.connect(case) as db:
        db.execute("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")


def test_a_merge_names_one_person_everywhere_and_can_be_undone(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert speakers(capsys, case) == [
        {"name": BOB, "quotes": 2, "aliases": [], "roles": [], "spellings": [], "described": False},
        {
            "name": ROBERT,
            "quotes": 1,
            "aliases": [],
            "roles": [],
            "spellings": [],
            "described": False,
        },
    ]
    code, out, _ = run(capsys, "speakers", "--merge", ROBERT, BOB, "--case", case)
    assert code == 0
    assert out.strip() == f"merged into {ROBERT}: {BOB} (2 quotes)"
    assert speakers(capsys, case) == [
        {
            "name": ROBERT,
            "quotes": 3,
            "aliases": [BOB],
            "roles": [],
            "spellings": [],
            "described": False,
        }
    ]
    hits = quotes(capsys, case)
    assert [hit["speaker"] for hit in hits] == [ROBERT] * 3
    assert all(ROBERT in hit["citation"] for hit in hits)
    assert len(quotes(capsys, case, "@robert")) == 3
    assert quotes(capsys, case, "@bob") == []
    code, out, _ = run(capsys, "speakers", "--case", case)
    assert out.splitlines() == [f"     3  {ROBERT}  (also: {BOB})"]
    code, out, _ = run(capsys, "speakers", "--unmerge", BOB, "--case", case)
    assert (code, out.strip()) == (0, f"unmerged {BOB} (2 quotes)")
    assert [s["name"] for s in speakers(capsys, case)] == [BOB, ROBERT]
    assert len(quotes(capsys, case, "@bob")) == 2
    index_is_whole(case)


def test_a_merge_holds_through_reingest_and_reextraction_and_corrections_win(
    case: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_text = {hit["text"]: hit for hit in quotes(capsys, case)}
    fares = by_text["Fares will not rise"]["id"]
    assert run(capsys, "annotate", str(fares), "--speaker", BOB, "--case", case)[0] == 0
    assert run(capsys, "speakers", "--merge", ROBERT, BOB, "--case", case)[0] == 0
    expected = {
        "The harbour will reopen in June": ROBERT,
        "The ferries will run again": ROBERT,
        "Fares will not rise": BOB,  # the user's own word for this quote
    }

    def said() -> dict[str, str]:
        return {hit["text"]: hit["speaker"] for hit in quotes(capsys, case)}

    assert said() == expected
    b = folder / "b.md"
    b.write_text(b.read_text(encoding="utf-8").replace("on Monday", "on Tuesday"))
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0  # b.md changed
    assert said() == expected
    with sqlite3.connect(case) as db:
        db.execute("UPDATE documents SET extraction_version = 0")
    assert run(capsys, "reextract", "--case", case)[0] == 0
    assert said() == expected
    index_is_whole(case)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--merge", ROBERT], "--merge needs the name to keep and a name to merge"),
        (["--merge", ROBERT, ROBERT], "name another speaker to merge"),
        (["--unmerge", ROBERT], f"'{ROBERT}' is not a merged speaker name"),
        (["--unmerge", ROBERT, BOB], "--unmerge takes one NAME"),
        (["--merge", "--unmerge", ROBERT], "exclude each other"),
        (["--merge", ROBERT, BOB, "--json"], "--json lists the speakers"),
        ([ROBERT], "names are for --merge"),
    ],
)
def test_a_merge_that_cannot_be_made_says_why_and_changes_nothing(
    case: str, capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    code, out, err = run(capsys, "speakers", *args, "--case", case)
    assert (code, out) == (2, "")
    assert error in err and len(err.splitlines()) == 1
    assert [s["aliases"] for s in speakers(capsys, case)] == [[], []]


# (paragraph text, speaker, role): each paragraph is one quote's, as extraction gave it.
SAID = [
    ("“We stay,” Sen. Ann Lee said.", "Ann Lee", "Sen."),
    ("“We go,” said Senator Ann Lee.", "Ann Lee", "Senator"),
    ("“Not yet,” Vermont Sen. Ann Lee said.", "Ann Lee", "Vermont Sen."),
    ("“Soon,” said Ann Lee, the party's chair.", "Ann Lee", "the party's chair"),
    ("“Now,” said Ann Lee, a farmer.", "Ann Lee", "farmer"),
    ("“Later,” Martin O’Malley said.", "Martin O’Malley", "governor"),
    ("“Never,” Martin O'Malley said.", "Martin O'Malley", None),
    ("“Again,” Martin O'Malley said.", "Martin O'Malley", None),
]


@pytest.fixture
def said_case(tmp_path: Path) -> str:
    from store.case import Case
    from store.models import ExtractedDocument, Paragraph
    from tests.store.case.test_speaker_list import quote
    from tests.store.factories import raw_doc

    path = tmp_path / "said.db"
    with Case(path) as case:
        extracted = ExtractedDocument(
            title="Talks",
            paragraphs=[Paragraph(text=text) for text, _, _ in SAID],
            quotes=[quote(i, *said) for i, said in enumerate(SAID)],
            events=[],
        )
        case.save_document(raw_doc("/talks.txt", "\n\n".join(t for t, _, _ in SAID)), extracted)
    return str(path)


def test_speakers_name_each_person_once_with_their_roles(
    said_case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = speakers(capsys, said_case)
    assert listed == [
        {
            "name": "Ann Lee",
            "quotes": 5,
            "aliases": [],
            "roles": ["Senator", "Vermont Senator", "farmer", "the party's chair"],
            "spellings": [],
            "described": False,
        },
        {
            "name": "Martin O'Malley",
            "quotes": 3,
            "aliases": [],
            "roles": ["governor"],
            "spellings": ["Martin O’Malley"],
            "described": False,
        },
    ]
    code, out, _ = run(capsys, "speakers", "--case", said_case)
    assert code == 0
    assert out.splitlines() == [
        "     5  Ann Lee — Senator, Vermont Senator, farmer (+1 more)",
        "     3  Martin O'Malley — governor  (also: Martin O’Malley)",
    ]


def test_a_persons_count_is_what_their_name_finds(
    said_case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for person in speakers(capsys, said_case):
        found = quotes(capsys, said_case, f'@"{person["name"]}"')
        assert len(found) == person["quotes"]


def test_a_speaker_the_text_describes_is_listed_after_the_people_and_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "reviews"
    articles.mkdir()
    (articles / "r.md").write_text(
        "---\ntitle: Flossers tested\ndate: 2024-05-03\n---\n\n"
        '"It cut my time in half," one tester said of the first model.\n\n'
        '"The head is too loud for mornings," one tester said of the second.\n\n'
        '"We test every model for a month," said Ann Lee, the editor.\n',
        encoding="utf-8",
    )
    path = str(tmp_path / "r.db")
    assert run(capsys, "ingest", str(articles), "--case", path)[0] == 0
    listed = speakers(capsys, path)
    assert [(s["name"], s["quotes"], s["described"]) for s in listed] == [
        ("Ann Lee", 1, False),
        ("one tester", 2, True),
    ]
    code, out, _ = run(capsys, "speakers", "--case", path)
    assert code == 0
    assert out.splitlines()[-1] == "     2  one tester  (described, not named)"
