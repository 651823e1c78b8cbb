"""Typo ranking weighs rare words above common ones: each plain word counts by its length
times its rarity in the case, read from the case's vocabulary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.search import parse_query, search_quotes
from store.search.rank import Candidate, Scorer, ranked_ids
from store.search.vocabulary import Vocabulary, read_vocabulary
from store.search.weights import UNKNOWN_SHARE, quotes_holding, rarity, term_rarities
from tests.store.factories import add_document

FILLERS = ("harbour", "council", "budget", "weather", "railway", "festival")


def build(path: Path, counts: dict[str, int]) -> Case:
    """A case with `counts[text]` quotes holding each text, each with a filler word."""
    case = Case(path)
    quotes = [
        f"{text} {FILLERS[n % len(FILLERS)]} report {n}"
        for text, count in counts.items()
        for n in range(count)
    ]
    add_document(case, "/a.txt", "A", quotes, quotes=[(i, q, None) for i, q in enumerate(quotes)])
    return case


@pytest.fixture
def school(tmp_path: Path) -> Iterator[Case]:
    """ "effective" in many quotes, "tutoring" in a few."""
    with build(tmp_path / "s.db", {"effective teaching": 30, "tutoring helps": 3}) as case:
        yield case


def vocabulary(case: Case) -> Vocabulary:
    return read_vocabulary(case)


# ---- rarity -------------------------------------------------------------------------------


@pytest.mark.parametrize("total", [1, 10, 1_000, 1_000_000])
def test_rarity_is_positive_and_falls_as_more_quotes_hold_the_word(total: int) -> None:
    shares = sorted({0, 1, total // 10, total // 2, total})
    rarities = [rarity(quotes, total) for quotes in shares]
    assert all(value > 0 for value in rarities)
    assert rarities == sorted(rarities, reverse=True)
    assert rarity(total * 3, total) == rarity(total, total)  # never more than every quote


def test_a_rare_word_outweighs_a_common_one(school: Case) -> None:
    rarities = term_rarities(parse_query("tutoring effective"), vocabulary(school))
    assert rarities["tutoring"] > rarities["effective"] > 0


def test_a_mistyped_word_is_as_rare_as_the_word_one_typo_away(school: Case) -> None:
    vocab = vocabulary(school)
    typed = term_rarities(parse_query("tutorng efective"), vocab)
    meant = term_rarities(parse_query("tutoring effective"), vocab)
    assert typed["tutorng"] == pytest.approx(meant["tutoring"])
    assert typed["efective"] == pytest.approx(meant["effective"])


def test_the_word_being_typed_is_as_rare_as_the_words_it_starts(school: Case) -> None:
    vocab = vocabulary(school)
    assert quotes_holding("tut", vocab, being_typed=True) == 3
    assert quotes_holding("eff", vocab, being_typed=True) == 30
    rarities = term_rarities(parse_query("effective tut"), vocab)
    assert rarities["tut"] > rarities["effective"]


def test_a_word_close_to_no_word_counts_as_a_word_in_half_the_quotes(school: Case) -> None:
    vocab = vocabulary(school)
    rarities = term_rarities(parse_query("tutoring qxzjwv"), vocab)
    assert rarities["qxzjwv"] == pytest.approx(rarity(UNKNOWN_SHARE * vocab.quotes, vocab.quotes))
    assert rarities["qxzjwv"] < rarities["tutoring"]


def test_a_word_of_several_index_words_is_as_rare_as_its_rarest(school: Case) -> None:
    vocab = vocabulary(school)
    joined = term_rarities(parse_query("effective-tutoring"), vocab)["effective-tutoring"]
    alone = term_rarities(parse_query("tutoring"), vocab)["tutoring"]
    assert joined == pytest.approx(alone)


# ---- scoring ------------------------------------------------------------------------------


def candidate(quote_id: int, text: str) -> Candidate:
    return Candidate(quote_id, text, None, None, None, 1, quote_id)


def test_the_scorer_weighs_each_word_by_length_times_rarity() -> None:
    parsed = parse_query("tutorng efective")
    tutoring, effective = candidate(1, "tutoring helps"), candidate(2, "effective teaching")
    # By length alone the longer word wins…
    assert Scorer(parsed).score(effective) > Scorer(parsed).score(tutoring)  # type: ignore[operator]
    # …by rarity the rarer one, and without rarities every word counts as rarity 1.
    rare = Scorer(parsed, {"tutorng": 3.0, "efective": 1.0})
    assert rare.score(tutoring) > rare.score(effective)  # type: ignore[operator]
    common = Scorer(parsed, {"tutorng": 1.0, "efective": 3.0})
    assert common.score(effective) > common.score(tutoring)  # type: ignore[operator]
    assert ranked_ids([effective, tutoring], parsed, 2, {"tutorng": 3.0})[0][0] == 1


def test_one_word_scores_the_same_whatever_its_rarity() -> None:
    parsed = parse_query("tutorng")
    quote = candidate(1, "tutoring helps")
    assert Scorer(parsed, {"tutorng": 9.0}).score(quote) == pytest.approx(
        Scorer(parsed).score(quote)
    )


# ---- the finder ---------------------------------------------------------------------------


def test_mistyped_words_find_the_quotes_with_the_rarer_word_first(school: Case) -> None:
    found = search_quotes(school, "tutorng efective", limit=10)
    assert [hit.quote.text.split()[0] for hit in found[:3]] == ["tutoring"] * 3


def test_the_order_follows_the_case_not_the_words(tmp_path: Path) -> None:
    """The same query in a case where the words' frequencies are the other way round."""
    with build(tmp_path / "r.db", {"effective teaching": 3, "tutoring helps": 30}) as case:
        found = search_quotes(case, "tutorng efective", limit=10)
        assert [hit.quote.text.split()[0] for hit in found[:3]] == ["effective"] * 3


def test_a_common_word_typed_with_a_rare_one_does_not_bury_it(tmp_path: Path) -> None:
    counts = {"the budget said": 40, "the clarinet said": 2}
    with build(tmp_path / "c.db", counts) as case:
        found = search_quotes(case, "said clarinett", limit=5)
        assert found[0].quote.text.startswith("the clarinet")
