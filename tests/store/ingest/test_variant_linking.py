"""Linking a stored document's quotes to the same statement as other documents report it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.linking import MAX_BUCKET, NewDocument, link_document_variants, link_new_documents
from store.quoting.fingerprint import fingerprints, quote_keys
from tests.store.factories import add_document

STATEMENT = "We will not close the harbour before the end of the summer season"
REWORDED = "We will not close the harbour before the summer season ends"
OTHER = "The budget for the new bridge was approved by a large majority today"


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as case:
        yield case


def add_quoting(case: Case, path: str, *quotes: str) -> int:
    paragraphs = [f"“{quote},” the mayor said." for quote in quotes]
    doc_id = add_document(
        case,
        path,
        path,
        paragraphs,
        quotes=[(index, quote, "Ana Lopes") for index, quote in enumerate(quotes)],
    )
    link_document_variants(case, doc_id)
    return doc_id


def variant_texts(case: Case, doc_id: int) -> list[list[str]]:
    return [
        [hit.quote.text for hit in case.variants_of(quote.id)]
        for quote in case.quotes_of_document(doc_id)
    ]


def test_a_reworded_quote_in_another_document_is_linked_both_ways(case: Case) -> None:
    first = add_quoting(case, "/a.md", STATEMENT, OTHER)
    second = add_quoting(case, "/b.md", "Something else entirely was said at the meeting", REWORDED)
    assert variant_texts(case, second) == [[], [STATEMENT]]
    assert variant_texts(case, first) == [[REWORDED], []]


def test_the_same_quote_twice_in_one_document_is_not_its_own_variant(case: Case) -> None:
    doc_id = add_quoting(case, "/a.md", STATEMENT, STATEMENT)
    assert variant_texts(case, doc_id) == [[], []]


def test_a_quote_links_to_every_document_reporting_it(case: Case) -> None:
    ids = [add_quoting(case, f"/{name}.md", STATEMENT) for name in "abc"]
    assert [len(texts[0]) for texts in (variant_texts(case, doc_id) for doc_id in ids)] == [2, 2, 2]


def test_a_key_bucket_stops_filling_once_full(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("store.ingest.linking.MAX_BUCKET", 2)
    for name in "abcde":
        add_quoting(case, f"/{name}.md", STATEMENT)
    counts = case.db.execute("SELECT count(*) FROM quote_keys GROUP BY key").fetchall()
    assert counts == [(3,)] * len(quote_keys(STATEMENT))


def test_a_key_held_by_a_full_bucket_finds_no_candidates(case: Case) -> None:
    case.db.execute("PRAGMA foreign_keys = OFF")  # keys of quotes that need not exist here
    add_quoting(case, "/a.md", STATEMENT)
    # Every key of the statement now stands for common wording: more quotes than a bucket takes.
    crowded = [(key, 10_000 + n) for key in quote_keys(STATEMENT) for n in range(MAX_BUCKET)]
    case.add_quote_keys(crowded)
    second = add_quoting(case, "/b.md", REWORDED)
    assert variant_texts(case, second) == [[]]


WORDS = [
    "harbour",
    "council",
    "ferry",
    "bridge",
    "budget",
    "summer",
    "winter",
    "mayor",
    "close",
    "open",
    "decide",
    "approve",
    "reject",
    "tax",
    "school",
    "road",
    "water",
    "power",
    "fishermen",
    "season",
    "vote",
    "majority",
    "minister",
    "port",
]


def generated_quotes(rng: random.Random, earlier: list[str]) -> list[str]:
    """A document's quotes: fresh ones from a small vocabulary (so keys are shared widely),
    others reworded or repeated from earlier documents, repeats within it, and short ones."""
    long_enough = [quote for quote in earlier if len(quote.split()) > 4]
    quotes: list[str] = []
    for _ in range(rng.randint(0, 6)):
        shape = rng.random()
        if shape < 0.3 and long_enough:
            words = rng.choice(long_enough).split()
            del words[rng.randrange(len(words))]  # reworded: one word fewer
            quotes.append(" ".join(words))
        elif shape < 0.4 and earlier:
            quotes.append(rng.choice(earlier))
        elif shape < 0.5 and quotes:
            quotes.append(quotes[-1])
        elif shape < 0.6:
            quotes.append(" ".join(rng.sample(WORDS, 2)))  # too short for keys
        else:
            quotes.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))))
    return quotes


def stored_links(case: Case) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    keys = case.db.execute("SELECT key, quote_id FROM quote_keys ORDER BY 1, 2").fetchall()
    pairs = case.db.execute("SELECT quote_id, variant_id, score FROM quote_variants ORDER BY rowid")
    return keys, pairs.fetchall()


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("bucket", [1, 3, MAX_BUCKET])
def test_linking_a_batch_at_once_stores_what_linking_each_document_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, bucket: int
) -> None:
    monkeypatch.setattr("store.ingest.linking.MAX_BUCKET", bucket)
    rng = random.Random(seed)
    documents: list[list[str]] = []
    for _ in range(25):
        documents.append(generated_quotes(rng, [q for quotes in documents for q in quotes]))
    results = []
    for at_once in (False, True):
        with Case(tmp_path / f"{at_once}.db") as case:
            stored = []
            for number, quotes in enumerate(documents):
                doc_id = add_document(
                    case,
                    f"/{number}.md",
                    str(number),
                    [f"“{quote},” the mayor said." for quote in quotes],
                    quotes=[(index, quote, None) for index, quote in enumerate(quotes)],
                )
                prints = fingerprints(quotes)
                if at_once:
                    stored.append(NewDocument(doc_id, case.quote_ids(doc_id), prints))
                else:
                    link_document_variants(case, doc_id, prints)
            link_new_documents(case, stored)
            results.append(stored_links(case))
    assert results[0] == results[1]
    assert results[0][1] or bucket == 1  # variants were found


def add_said(case: Case, path: str, quote: str, speaker: str | None) -> int:
    """A document quoting `quote` once, by `speaker` (None: no speaker found)."""
    doc_id = add_document(
        case, path, path, [f"“{quote},” someone said."], quotes=[(0, quote, speaker)]
    )
    link_document_variants(case, doc_id)
    return doc_id


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ("Ana Lopes", "Ana Lopes", True),
        ("Ana Lopes", "Lopes", True),  # one person, named in full and short
        ("ana lopes", "ANA LOPES", True),
        ("Ana Lopes", None, True),  # one report found no speaker
        (None, None, True),
        ("Ana Lopes", "the mayor", True),  # a phrase as written is no name to disagree with
        ("Ana Lopes", "Marta Silva", False),  # two people: two statements
        ("Bill Clinton", "Hillary Clinton", False),
    ],
)
def test_variants_link_only_when_their_speakers_agree(
    case: Case, first: str | None, second: str | None, linked: bool
) -> None:
    add_said(case, "/a.md", STATEMENT, first)
    second_doc = add_said(case, "/b.md", REWORDED, second)
    assert variant_texts(case, second_doc) == ([[STATEMENT]] if linked else [[]])


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ("Donald Trump", "Trump", True),  # one person's line, reported twice
        ("Donald Trump", None, False),  # on a shirt, on a sign: a slogan, not his statement
        (None, None, False),
        ("Donald Trump", "a protester", False),
    ],
)
def test_a_short_phrase_links_only_when_both_reports_name_one_person(
    case: Case, first: str | None, second: str | None, linked: bool
) -> None:
    slogan = "Make Harbours Grand Again Forever"  # five words: anyone may repeat them
    add_said(case, "/a.md", slogan, first)
    second_doc = add_said(case, "/b.md", slogan, second)
    assert variant_texts(case, second_doc) == ([[slogan]] if linked else [[]])


def test_similar_words_by_two_people_give_no_speaker_and_no_dispute(case: Case) -> None:
    first = add_said(
        case, "/a.md", "She is temperamentally unfit to be the commander in chief", "Ruth Park"
    )
    second = add_said(
        case, "/b.md", "He is temperamentally unfit to be the commander in chief", "Joe Bloggs"
    )
    assert variant_texts(case, first) == [[]] and variant_texts(case, second) == [[]]
    [quote] = case.quote_hits(quote_ids=case.quote_ids(second))
    assert quote.quote.speaker == "Joe Bloggs" and not quote.quote.speaker_disputed


SHORT_LINE = "No, I meant he's the founder of ISIS"  # three content words


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ("Donald Trump", "Trump", True),
        ("Donald Trump", None, False),  # a short line: its words alone do not make it his
        ("Donald Trump", "Hillary Clinton", False),
    ],
)
def test_a_short_distinctive_line_finds_its_other_reports(
    case: Case, first: str | None, second: str | None, linked: bool
) -> None:
    add_said(case, "/a.md", SHORT_LINE, first)
    reworded = "No, I meant he is the founder of ISIS"
    second_doc = add_said(case, "/b.md", reworded, second)
    assert variant_texts(case, second_doc) == ([[SHORT_LINE]] if linked else [[]])


def test_a_stock_phrase_of_few_content_words_stays_unlinked(case: Case) -> None:
    phrase = "I don't know what you are talking about"
    add_said(case, "/a.md", phrase, "Ruth Park")
    assert variant_texts(case, add_said(case, "/b.md", phrase, None)) == [[]]
    assert variant_texts(case, add_said(case, "/c.md", phrase, "Joe Bloggs")) == [[]]
