"""The quote finder end to end: ranking, filters, hostile input, typos, a larger case."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.case import Case
from store.search import search_quotes
from store.search.vocabulary import Lexicon
from tests.store.factories import add_document

Quotes = list[tuple[int, str]]

THEFT = "Piracy is theft, plain and simple"
BLOCKING = "We will block the pirate websites by the end of the year"
LICENSING = "Licensing deals matter more than blocking orders"
ANTIPIRACY = "The antipiracy coalition welcomed the decision"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "t.db") as opened:
        add_document(
            opened,
            "/star.txt",
            "Minister vows action on piracy",
            [THEFT, BLOCKING],
            quotes=[(0, THEFT, "Fahmi Fadzil"), (1, BLOCKING, "Fahmi Fadzil")],
            published=dt.date(2024, 5, 13),
            source="The Star",
        )
        add_document(
            opened,
            "/tf.txt",
            "Malaysia blocks pirate sites",
            [LICENSING, ANTIPIRACY],
            quotes=[(0, LICENSING, "Ernesto Van der Sar"), (1, ANTIPIRACY, None)],
            published=dt.date(2024, 6, 2),
            source="TorrentFreak",
        )
        yield opened


def texts(case: Case, query: str, limit: int = 50) -> list[str]:
    return [hit.quote.text for hit in search_quotes(case, query, limit=limit)]


# ---- ranking ------------------------------------------------------------------------------


def test_an_empty_query_lists_quotes_in_document_order(case: Case) -> None:
    assert texts(case, "") == [THEFT, BLOCKING, LICENSING, ANTIPIRACY]
    assert texts(case, "   ", limit=2) == [THEFT, BLOCKING]


def test_one_typo_in_each_word_still_finds_the_quote_first(case: Case) -> None:
    assert texts(case, "pirasy theeft")[0] == THEFT
    assert texts(case, "blokc webistes")[0] == BLOCKING


def test_word_order_does_not_matter(case: Case) -> None:
    assert texts(case, "theft piracy")[0] == THEFT
    assert texts(case, "orders licensing")[0] == LICENSING


def test_a_word_cut_short_while_typing_matches(case: Case) -> None:
    assert texts(case, "licens")[0] == LICENSING
    assert texts(case, "webs")[0] == BLOCKING


def test_a_word_at_a_word_start_ranks_above_the_same_letters_inside_a_word(case: Case) -> None:
    found = search_quotes(case, "piracy")
    assert [hit.quote.text for hit in found[:2]] == [THEFT, ANTIPIRACY]
    assert found[0].score == 100.0
    assert found[0].score > found[1].score


def test_scores_are_between_0_and_100_and_come_best_first(case: Case) -> None:
    found = search_quotes(case, "pirate blocking")
    scores = [hit.score for hit in found]
    assert scores and all(0 <= score <= 100 for score in scores)
    assert scores == sorted(scores, reverse=True)


def test_equal_scores_keep_document_order(tmp_path: Path) -> None:
    with Case(tmp_path / "t.db") as case:
        for path, day in (("/late.txt", dt.date(2024, 9, 1)), ("/early.txt", dt.date(2023, 1, 1))):
            add_document(case, path, path, [THEFT], quotes=[(0, THEFT, "Ann")], published=day)
        found = search_quotes(case, "theft")
        assert [hit.score for hit in found] == [100.0, 100.0]
        assert [hit.published for hit in found] == [dt.date(2023, 1, 1), dt.date(2024, 9, 1)]


def test_a_quote_beyond_the_first_matches_of_common_pieces_is_found(tmp_path: Path) -> None:
    # Each earlier quote has the three words, or pieces of them, far apart: more than FTS5
    # hands over for "a piece of every word", all before the quote sought.
    gap = "Many quiet days went by in a small town. " * 2
    filler = f"Research first. {gap}Then an operator came. {gap}No problem at all."
    sought = "The research operator problem is real"
    with Case(tmp_path / "t.db") as case:
        add_document(
            case, "/a.txt", "A", [filler] * 250, quotes=[(i, filler, None) for i in range(250)]
        )
        add_document(case, "/b.txt", "B", [sought], quotes=[(0, sought, None)])
        assert texts(case, "research operator problem")[0] == sought
        assert texts(case, "reserch operatr problme")[0] == sought


def test_whole_words_far_apart_beyond_the_first_matches_of_common_pieces_are_found(
    tmp_path: Path,
) -> None:
    filler = "A resort, an open field and a provider."  # pieces of all three words
    gap = "Many quiet days went by in a small town. " * 2
    sought = f"Research comes first. {gap}The operator waits. {gap}A problem."
    with Case(tmp_path / "t.db") as case:
        add_document(
            case, "/a.txt", "A", [filler] * 250, quotes=[(i, filler, None) for i in range(250)]
        )
        add_document(case, "/b.txt", "B", [sought], quotes=[(0, sought, None)])
        assert texts(case, "research operator problem")[0] == sought


def test_words_mistyped_beyond_recognition_do_not_hide_the_quote(case: Case) -> None:
    assert texts(case, "pirasy theft qxzjw")[0] == THEFT
    assert texts(case, "licensing qxzjv wkpvb")[0] == LICENSING


def test_a_plain_word_also_matches_the_speaker_and_the_outlet(case: Case) -> None:
    assert set(texts(case, "fahmi")) == {THEFT, BLOCKING}
    assert set(texts(case, "torrentfreak")) == {LICENSING, ANTIPIRACY}


def test_exact_word_and_phrase_must_appear(case: Case) -> None:
    assert texts(case, "'pirate") == [BLOCKING]
    assert texts(case, '"PLAIN AND simple"') == [THEFT]
    assert texts(case, "'pirat3") == []
    assert texts(case, '"simple and plain"') == []


def test_speaker_filter_takes_part_of_a_name_and_one_typo(case: Case) -> None:
    assert set(texts(case, "@fahmi")) == {THEFT, BLOCKING}
    # A typo is forgiven in a name of six letters or more, not in a shorter one.
    assert set(texts(case, "@fadzul")) == {THEFT, BLOCKING}
    assert set(texts(case, "@fadzill")) == {THEFT, BLOCKING}
    assert texts(case, "@fahmy") == []
    assert texts(case, '@"van der" blocking') == [LICENSING]
    assert texts(case, "@ernesto theft") == []
    assert texts(case, "@nobodyatall") == []


def test_outlet_filter(case: Case) -> None:
    assert set(texts(case, "#torrentfreak")) == {LICENSING, ANTIPIRACY}
    assert texts(case, "#star pirate") == [BLOCKING, THEFT]  # "piracy" is one letter away
    assert texts(case, "#reuters") == []


def test_excluded_words_remove_quotes(case: Case) -> None:
    assert texts(case, "piracy !theft") == [ANTIPIRACY]
    assert texts(case, "!the") == [LICENSING]  # "theft" contains "the"
    assert THEFT not in texts(case, '!"is theft"')


def test_short_words_alone_still_find_quotes(case: Case) -> None:
    assert texts(case, "is") == [THEFT, ANTIPIRACY]  # a word, then inside "decision"
    assert texts(case, "by") == [BLOCKING]
    assert texts(case, "'we") == [BLOCKING]  # the whole word, not "welcomed"
    assert texts(case, "'is") == [THEFT]  # not inside "decision"


def test_limit(case: Case) -> None:
    assert len(search_quotes(case, "the", limit=2)) == 2
    assert search_quotes(case, "the", limit=0) == []


# ---- highlights ---------------------------------------------------------------------------


def test_hits_carry_highlights_of_their_own_text(case: Case) -> None:
    hit = search_quotes(case, "webistes pirate")[0]
    assert [hit.quote.text[start:end] for start, end in hit.highlights] == ["pirate", "websites"]


# ---- hostile input ------------------------------------------------------------------------

FTS_SYNTAX = [
    '"',
    '""',
    "'",
    "*",
    "piracy*",
    "AND",
    "OR",
    "NOT",
    "piracy AND OR theft",
    "NEAR(",
    "NEAR(piracy theft, 2)",
    "-piracy",
    "^piracy",
    "text:piracy",
    "{text speaker}: piracy",
    "(((",
    ")",
    '"piracy',
    "pi\x00racy",
    "\x00",
    "🏴‍☠️ piracy 🙂",
    "@",
    "#",
    "!",
    "!!!",
    '@"',
    "' ' '",
    "\\",
    "%_%",
    "x" * 10_000,
    "piracy " * 2_000,
    "a b c d e f g h i j k l m n o p",
]


@pytest.mark.parametrize("query", FTS_SYNTAX)
def test_fts_syntax_and_odd_input_never_raise(case: Case, query: str) -> None:
    found = search_quotes(case, query)
    assert all(0 <= hit.score <= 100 for hit in found)


def test_fts_operators_are_words_like_any_other(case: Case) -> None:
    assert texts(case, "piracy AND theft")[0] == THEFT
    assert texts(case, "NEAR(blocking")[0] == LICENSING


SYMBOLS = ['"', "'", "*", "(", ")", ":", "-", "^", "{", "}", "@", "#", "!", " ", "\x00", "🙂", "%"]
ALPHABET = st.sampled_from(
    [*SYMBOLS, "AND", "OR", "NOT", "NEAR", "pir", "piracy", "the", "is", "theft"]
)


def test_any_string_returns_hits_or_nothing(tmp_path: Path) -> None:
    with Case(tmp_path / "t.db") as case:
        add_document(case, "/a.txt", "A", [THEFT], quotes=[(0, THEFT, "Fahmi")], source="Star")

        @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(st.text() | st.lists(ALPHABET, max_size=12).map("".join))
        def check(query: str) -> None:
            for hit in search_quotes(case, query):
                assert 0 <= hit.score <= 100
                assert all(0 <= start < end <= len(hit.quote.text) for start, end in hit.highlights)

        check()


# ---- words one typo away ------------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=14)


def _one_typo(word: str, kind: int, at: int, letter: str) -> str:
    """`word` with a letter changed, added or dropped, or two letters swapped, by `kind`."""
    at %= len(word) - 1
    if kind == 0:
        changed = letter if letter != word[at] else "z" if letter != "z" else "y"
        return word[:at] + changed + word[at + 1 :]
    if kind == 1:
        return word[:at] + letter + word[at:]
    if kind == 2:
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


@given(WORD, st.integers(0, 3), st.integers(0, 20), st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
def test_a_mistyped_word_is_one_typo_away_from_the_word(
    word: str, kind: int, at: int, letter: str
) -> None:
    typed = _one_typo(word, kind, at, letter)
    lexicon = Lexicon({word: 1, "unrelated": 1})
    assert typed == word or word in lexicon.one_typo_away(typed)


# ---- a larger case ------------------------------------------------------------------------

WORD_LIST = """
access account action activist address agency agreement album analysis appeal archive artist
attorney audience author balance bandwidth battle benefit billion blocking border budget
business cable campaign capital career catalog celebrity challenge channel chapter citizen claim
client college comment company complaint concert content contract copyright council country
court creator credit crime culture customer damage danger dealer debate decision defense demand
deputy design device digital director dispute district doctor domain download economy editor
election embassy employee energy engine evidence export failure family feature federal festival
figure finance foreign formula fortune forum freedom future gallery gaming global government
growth guidance hacker harvest health history holiday hosting income industry internet interview
invest island journal judge justice kingdom label language lawsuit leader league library license
listener lobby market measure media member message minister mobile money monitor movie museum
music nation network notice number offence office online operator opinion owner partner payment
penalty people piracy platform player police policy portal premium present press privacy problem
producer profit program project property provider public publisher radio reader record reform
region report request research revenue review rights royalty sales satellite science screen
search season sector security server service session share signal singer social society software
source speaker sports statement station stream studio subscriber supply system talent target
taxes teacher technology television theft ticket torrent traffic treaty tribunal union upload
user value vendor verdict video viewer village violation website winner worker writer
"""
VOCABULARY = WORD_LIST.split()


@pytest.fixture(scope="module")
def large_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Case, Quotes]]:
    rng = random.Random(20240513)
    with Case(tmp_path_factory.mktemp("large") / "large.db") as case:
        with case.transaction():
            for number in range(300):
                paragraphs = [
                    " ".join(rng.choices(VOCABULARY, k=rng.randint(8, 20))).capitalize() + "."
                    for _ in range(10)
                ]
                add_document(
                    case,
                    f"/{number}.txt",
                    f"Document {number}",
                    paragraphs,
                    quotes=[
                        (index, text, f"Speaker {number % 17}")
                        for index, text in enumerate(paragraphs)
                    ],
                    source=f"Outlet {number % 5}",
                )
        yield case, case.db.execute("SELECT id, text FROM quotes").fetchall()


def _typo_queries(
    quotes: Quotes, *, seed: int, count: int, min_length: int
) -> Iterator[tuple[int, str]]:
    """(quote id, three neighbouring words of the quote, each with one random typo)."""
    rng = random.Random(seed)
    while count:
        quote_id, text = rng.choice(quotes)
        words = text.rstrip(".").lower().split()
        start = rng.randrange(len(words) - 2)
        if any(len(word) < min_length for word in words[start : start + 3]):
            continue
        typed = [
            _one_typo(word, rng.randrange(4), rng.randrange(20), rng.choice("etaoinshrdlu"))
            for word in words[start : start + 3]
        ]
        yield quote_id, " ".join(typed)
        count -= 1


def _in_top_10(case: Case, quote_id: int, query: str) -> bool:
    return quote_id in [hit.quote.id for hit in search_quotes(case, query, limit=10)]


def test_large_case_finds_the_quote_for_long_words_with_a_typo_each(
    large_case: tuple[Case, Quotes],
) -> None:
    # From seven letters a piece of each mistyped word always reaches the index; the rare miss
    # is a quote whose pieces are all common, beyond the first matches FTS5 hands over.
    case, quotes = large_case
    assert case.count_quotes() == 3000
    found = [
        _in_top_10(case, quote_id, query)
        for quote_id, query in _typo_queries(quotes, seed=1, count=200, min_length=7)
    ]
    assert sum(found) >= 0.98 * len(found)


def test_large_case_mostly_finds_the_quote_for_any_words_with_a_typo_each(
    large_case: tuple[Case, Quotes],
) -> None:
    # A typo in the middle of a word of six letters or fewer can break every piece of it that
    # the index could find: such a word only ranks, so a few more quotes are missed.
    case, quotes = large_case
    found = [
        _in_top_10(case, quote_id, query)
        for quote_id, query in _typo_queries(quotes, seed=2, count=200, min_length=4)
    ]
    assert sum(found) >= 0.95 * len(found)
