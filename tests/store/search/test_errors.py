"""A search that cannot read the quote index says so; only a query can give "no results".

FTS5 rejects some MATCH expressions (an unclosed string, a lone AND, `NEAR(`): the finder
must never build one from what a user types, and the case turns only that kind of error into
an empty answer. A locked, damaged or missing index is a `SearchError`, never an empty list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import store.case
from store.case import Case, CaseError
from store.search import QuoteFinder, SearchError, search_quotes
from tests.store.factories import add_document

SPEAKERS = ["Fahmi Fadzil", "Ernesto Van der Sar", "Marta Núñez", "O'Brien"]
OUTLETS = ["The Star", "TorrentFreak", "Café Ñews"]
# Words common enough (in every quote) for the finder to narrow, rare ones, accents,
# apostrophes, digits and words FTS5 would read as operators.
SHAPES = [
    "The harbour fees near the port rose by {n} percent, AND NOT for the first time",
    "Piracy is theft, plain and simple: the café owner's view, number {n}",
    "Licensing deals matter more than blocking orders (NEAR the end of {n})",
    "Über-cheap fees_{n} at São Paulo's port: don't block the harbour",
]


def _fill(case: Case, copies: int) -> None:
    for doc in range(4):
        quotes = [shape.format(n=doc * copies + n) for shape in SHAPES for n in range(copies)]
        add_document(
            case,
            f"/{doc}.txt",
            f"Document {doc}",
            quotes,
            quotes=[(i, q, SPEAKERS[(i + doc) % 4]) for i, q in enumerate(quotes)],
            source=OUTLETS[doc % 3],
        )


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    """Enough quotes with the same words (320) for every step of the finder's plan."""
    with Case(tmp_path_factory.mktemp("crowded") / "c.db") as case:
        _fill(case, 20)
        yield case


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Case(path) as case:
        _fill(case, 1)
    return path


# ---- the query builder never makes an FTS5 syntax error -----------------------------------

TOKENS = [
    *"\"'*()[]{}:-+^@#!%_., ",
    '""',
    "\x00",
    "🙂",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "text:",
    "speaker :",
    "harbour",
    "harb",
    "hrabour",
    "fees",
    "the",
    "th",
    "café",
    "cafe",
    "CAFÉ",
    "o'brien",
    "don't",
    "são",
    "über",
    "fees_3",
    "12",
    "percent",
    "ﬁ",
    "İ",
    "ß",
    "x" * 45,
]
QUERIES = st.text() | st.lists(st.sampled_from(TOKENS), max_size=14).map("".join)


def test_no_query_makes_an_fts5_syntax_error(
    crowded: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    rejected: list[str] = []
    checked = Case.quote_texts_matching

    def strict(case: Case, match: str, **options: object) -> list:
        try:  # the expression as FTS5 reads it, with nothing caught
            case.db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", [match])
        except sqlite3.OperationalError as error:
            rejected.append(f"{match!r}: {error}")
        return checked(case, match, **options)

    monkeypatch.setattr(Case, "quote_texts_matching", strict)
    finder = QuoteFinder(crowded.path)

    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(QUERIES)
    def check(query: str) -> None:
        finder.search(crowded, query)
        assert not rejected, rejected

    try:
        check()
    finally:
        finder.close()


def test_the_spy_sees_a_syntax_error_and_the_case_answers_it_with_nothing(crowded: Case) -> None:
    """The check above can fail: FTS5 does reject such expressions, and only these give []."""
    for expression in ['"harbour', "AND", "NEAR(", "*", 'NEAR("a" "b", x)']:
        with pytest.raises(sqlite3.OperationalError) as raised:
            crowded.db.execute("SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?", [expression])
        assert store.case.is_fts5_query_error(raised.value)
        assert crowded.quote_texts_matching(expression, limit=5) == []


# ---- an index that cannot be read is reported ---------------------------------------------


def test_a_locked_case_is_reported_not_answered_with_nothing(small: Path) -> None:
    with sqlite3.connect(small) as conn:  # rollback journal: a writer locks readers out
        conn.execute("PRAGMA journal_mode = DELETE")
    with Case(small, readonly=True) as case, QuoteFinder(small) as finder:
        assert finder.search(case, "harbour")  # the vocabulary read while it could be
        case.db.execute("PRAGMA busy_timeout = 0")  # not the 30 s a user would wait
        writer = sqlite3.connect(small, isolation_level=None)
        writer.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(SearchError, match="locked by another program"):
                finder.search(case, "piracy theft")
        finally:
            writer.close()
        assert finder.search(case, "piracy theft")  # and it works again once free


def test_a_damaged_index_is_reported(small: Path) -> None:
    with Case(small, readonly=True) as case, QuoteFinder(small) as finder:
        assert finder.search(case, "harbour")
        with sqlite3.connect(small) as conn:
            conn.execute(
                "UPDATE quotes_fts_data SET block = randomblob(length(block)) WHERE id > 10"
            )
        for query in ["piracy", "harbour fees", "'theft", "@fahmi"]:
            with pytest.raises(SearchError, match="damaged"):
                finder.search(case, query)


def test_a_missing_index_is_reported(small: Path) -> None:
    with Case(small, readonly=True) as case, QuoteFinder(small) as finder:
        assert finder.search(case, "harbour")
        with sqlite3.connect(small) as conn:
            conn.execute("DROP TABLE quotes_fts")
        with pytest.raises(SearchError, match="quote index is missing") as raised:
            finder.search(case, "piracy")
        assert str(small) in str(raised.value)
        assert isinstance(raised.value, CaseError)  # what the command line reports


def test_an_index_gone_after_the_vocabulary_was_read_is_reported_at_its_look_up(
    small: Path,
) -> None:
    """The index's stamp left as it was, so that only the FTS5 look-up meets the loss."""
    with Case(small, readonly=True) as case, QuoteFinder(small) as finder:
        assert finder.search(case, "harbour")
        with sqlite3.connect(small) as conn:
            stamp = conn.execute("SELECT id, block FROM quotes_fts_data").fetchall()
            conn.execute("DROP TABLE quotes_fts")
            conn.execute("CREATE TABLE quotes_fts_data (id INTEGER PRIMARY KEY, block BLOB)")
            conn.executemany("INSERT INTO quotes_fts_data VALUES (?, ?)", stamp)
        with pytest.raises(SearchError, match="quote index is missing"):
            finder.search(case, "piracy")


def test_a_failing_first_read_is_reported_by_prepare_and_by_a_one_off_search(small: Path) -> None:
    with sqlite3.connect(small) as conn:
        conn.execute("DROP TABLE quotes_fts")
    with Case(small, readonly=True) as case, QuoteFinder(small) as finder:
        with pytest.raises(SearchError):
            finder.prepare(case)
        with pytest.raises(SearchError):
            search_quotes(case, "harbour")
