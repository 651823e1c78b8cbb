"""`Case.speakers`: a person a row, counted over the quotes a listing shows, with the roles
their quotes were given, through corrections, rejections and merges."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.case import Case
from store.models import ExtractedDocument, Paragraph, Quote
from tests.store.factories import raw_doc

# (paragraph text, speaker, role): each paragraph is one quote's.
SAID = [
    ("“We stay,” Sen. Ann Lee said.", "Ann Lee", "Sen."),
    ("“We go,” said Senator Ann Lee.", "Ann Lee", "Senator"),
    ("“Not yet,” said Ann Lee, the party's chair.", "Ann Lee", "the party's chair"),
    ("“Soon,” Ann Lee said.", "Ann Lee", None),
    ("“Later,” Martin O’Malley said.", "Martin O’Malley", "governor"),
    ("“Now,” Martin O'Malley said.", "Martin O'Malley", None),
    ("“Never,” Martin O'Malley said.", "Martin O'Malley", None),
    ("“Maybe,” said Lee.", "Lee", "mayor"),
]


def quote(index: int, text: str, speaker: str, role: str | None) -> Quote:
    words = text[1 : text.index("”")]
    return Quote(
        text=words, speaker=speaker, role=role, cue="said", paragraph=index, start=1,
        end_paragraph=index, end=1 + len(words), how="direct", confidence=0.9,
    )  # fmt: skip


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as opened:
        extracted = ExtractedDocument(
            title="Talks",
            paragraphs=[Paragraph(text=text) for text, _, _ in SAID],
            quotes=[quote(i, *said) for i, said in enumerate(SAID)],
            events=[],
        )
        opened.save_document(raw_doc("/talks.txt", "\n\n".join(t for t, _, _ in SAID)), extracted)
        yield opened


def listed(case: Case) -> list[tuple[str, int, list[str], list[str], list[str]]]:
    return [(s.name, s.quotes, s.aliases, s.spellings, s.roles) for s in case.speakers()]


def quote_id(case: Case, text: str) -> int:
    return next(hit.quote.id for hit in case.quote_hits() if hit.quote.text == text)


def test_each_person_once_with_their_roles_most_used_first(case: Case) -> None:
    assert listed(case) == [
        ("Ann Lee", 4, [], [], ["Senator", "the party's chair"]),
        ("Martin O'Malley", 3, [], ["Martin O’Malley"], ["governor"]),
        ("Lee", 1, [], [], ["mayor"]),  # which Lee is the user's to merge
    ]


def test_a_merge_brings_the_names_roles_along(case: Case) -> None:
    case.merge_speakers("Ann Lee", ["Lee"])
    assert listed(case)[0] == ("Ann Lee", 5, ["Lee"], [], ["Senator", "mayor", "the party's chair"])


def test_a_speaker_you_give_counts_for_them_without_the_extracted_role(case: Case) -> None:
    case.annotate_quote(quote_id(case, "Maybe,"), speaker="Martin O'Malley")
    assert listed(case) == [
        ("Ann Lee", 4, [], [], ["Senator", "the party's chair"]),
        ("Martin O'Malley", 4, [], ["Martin O’Malley"], ["governor"]),  # not "mayor"
    ]


def test_a_quote_marked_not_a_quotation_gives_no_count_and_no_role(case: Case) -> None:
    case.annotate_quote(quote_id(case, "Not yet,"), rejected=True)
    case.annotate_quote(quote_id(case, "Later,"), rejected=True)
    assert listed(case) == [
        ("Ann Lee", 3, [], [], ["Senator"]),
        ("Martin O'Malley", 2, [], [], []),
        ("Lee", 1, [], [], ["mayor"]),
    ]
