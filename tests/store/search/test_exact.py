"""'word: that whole word, case and accents aside; and plain words rank whole words first.

`casebrowser quotes "'meth"` used to list a quote whose only match was "something".
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.case import Case
from store.search import QuoteFinder, search_quotes
from store.search.vocabulary import index_words
from tests.store.factories import add_document

SOMETHING = "There is something wrong with the plan"
METHOD = "The method works, the minister said"
METH = "Meth. is a drug that ruins towns"
LAB = "The METH lab was closed by the police"
CAFE = "A café in São Paulo sells the best coffee"
THIS_A = "This a plan nobody wanted"
DONT = "We don't agree with the method"
QUOTES = [SOMETHING, METHOD, METH, LAB, CAFE, THIS_A, DONT]


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "e.db") as opened:
        speakers = ["Ann Lee", "Bo Chan"]
        quotes = [(i, text, speakers[i % 2]) for i, text in enumerate(QUOTES)]
        add_document(opened, "/e.txt", "E", QUOTES, quotes=quotes, source="The Herald")
        yield opened


def texts(case: Case, query: str, limit: int = 50) -> list[str]:
    return [hit.quote.text for hit in search_quotes(case, query, limit=limit)]


def test_an_exact_word_is_never_found_inside_another_word(case: Case) -> None:
    assert set(texts(case, "'meth")) == {METH, LAB}
    assert texts(case, "'thing") == []  # only inside "something"
    assert texts(case, "'some") == []
    assert texts(case, "'metho") == []  # a start of a word is not the word


@pytest.mark.parametrize("query", ["'meth", "'METH", "'Meth", "'méth", "'MÉTH"])
def test_case_and_accents_do_not_matter_to_an_exact_word(case: Case, query: str) -> None:
    assert set(texts(case, query)) == {METH, LAB}


def test_an_accented_word_is_found_with_or_without_its_accents(case: Case) -> None:
    assert texts(case, "'cafe") == [CAFE]
    assert texts(case, "'CAFÉ") == [CAFE]
    assert texts(case, "'sao") == [CAFE]


def test_a_quoted_exact_phrase_is_a_run_of_whole_words(case: Case) -> None:
    assert texts(case, '\'"is a"') == [METH]  # not "This a"
    assert texts(case, '\'"a drug"') == [METH]
    assert texts(case, '\'"drug a"') == []  # in that order
    assert texts(case, '\'"sao paulo"') == [CAFE]


def test_a_word_with_an_apostrophe_is_its_words_in_a_row(case: Case) -> None:
    assert texts(case, "'don't") == [DONT]


def test_short_exact_words_find_their_quotes_alone(case: Case) -> None:
    assert texts(case, "'is") == [SOMETHING, METH]  # not "This"
    assert texts(case, "'a") == [METH, CAFE, THIS_A]


def test_an_exact_word_combines_with_words_speakers_and_exclusions(case: Case) -> None:
    assert texts(case, "'meth police") == [LAB]
    assert texts(case, "'meth @ann") == [METH]
    assert texts(case, "'meth !lab") == [METH]
    found = texts(case, "'the #herald method")
    assert set(found[:2]) == {METHOD, DONT}
    assert THIS_A not in found and all("the" in index_words(text) for text in found)


def test_an_exact_word_is_highlighted_where_it_is_whole(case: Case) -> None:
    (hit,) = search_quotes(case, "'cafe")
    assert [hit.quote.text[start:end] for start, end in hit.highlights] == ["café"]
    (hit,) = search_quotes(case, '\'"is a"')
    assert [hit.quote.text[start:end] for start, end in hit.highlights] == ["is a"]


def test_a_plain_word_ranks_whole_words_above_words_it_starts_or_is_inside(case: Case) -> None:
    hits = search_quotes(case, "meth")
    ranked = [hit.quote.text for hit in hits]
    assert set(ranked[:2]) == {METH, LAB}
    assert set(ranked[2:4]) == {METHOD, DONT}
    assert ranked[4:] == [SOMETHING]
    scores = [hit.score for hit in hits]
    assert scores[1] > scores[2] and scores[3] > scores[4]


# ---- a crowded case: whole words beyond the first pool of a common prefix ----------------


def test_whole_words_are_found_past_hundreds_of_longer_words_they_start(tmp_path: Path) -> None:
    longer = [f"The method number {n} was tried" for n in range(400)]
    whole = ["Meth was found in the van", "They seized meth again"]
    quotes = longer + whole  # the whole words last, past any pool of "meth*"
    with Case(tmp_path / "c.db") as case:
        add_document(
            case, "/c.txt", "C", quotes, quotes=[(i, q, None) for i, q in enumerate(quotes)]
        )
        assert set(texts(case, "meth", limit=10)[:2]) == set(whole)
        assert set(texts(case, "'meth")) == set(whole)
        assert set(texts(case, "meth van", limit=10)[:1]) == {whole[0]}


# ---- against a brute-force reading of every quote -------------------------------------------

SYLLABLES = ["me", "th", "od", "so", "a", "is", "ing", "é"]
WORDS = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map("".join)


def _made_up_quotes(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    words = ["".join(rng.choices(SYLLABLES, k=rng.randint(1, 3))) for _ in range(60)]
    quotes = [" ".join(rng.choices(words, k=rng.randint(3, 8))) for _ in range(count)]
    return [quote[0].upper() + quote[1:] + rng.choice([".", "!", ", he said."]) for quote in quotes]


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Case, list[str]]]:
    quotes = _made_up_quotes(5, 300)
    path = tmp_path_factory.mktemp("made_up") / "m.db"
    with Case(path) as case:
        add_document(
            case, "/m.txt", "M", quotes, quotes=[(i, q, None) for i, q in enumerate(quotes)]
        )
        yield case, quotes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=WORDS, upper=st.booleans())
def test_an_exact_word_finds_exactly_the_quotes_holding_it_whole(
    made_up: tuple[Case, list[str]], word: str, upper: bool
) -> None:
    case, quotes = made_up
    typed = word.upper() if upper else word
    wanted = index_words(word)
    expected = {
        quote
        for quote in quotes
        if any(index_words(quote)[at : at + len(wanted)] == wanted for at in range(40))
    }
    with QuoteFinder(case.path) as finder:
        found = [hit.quote.text for hit in finder.search(case, f"'{typed}", limit=1000)]
    assert set(found) == expected
    assert len(found) == len(expected)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=WORDS)
def test_a_plain_word_lists_its_whole_word_hits_first(
    made_up: tuple[Case, list[str]], word: str
) -> None:
    case, _ = made_up
    folded = index_words(word)
    hits = search_quotes(case, word, limit=1000)
    whole = [folded[0] in index_words(hit.quote.text) for hit in hits]
    if len(folded) == 1 and any(whole):
        assert whole == sorted(whole, reverse=True)  # every whole-word hit before the others
