"""The quote finder's word index and vocabulary: typos, prefixes, diacritics, freshness,
determinism, and the migration of a case indexed by trigrams."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from store.case import Case
from store.case.schema import migrations
from store.search import QuoteFinder, parse_query, search_quotes
from store.search.plan import plan_query
from store.search.vocabulary import (
    COMPLETIONS,
    PREFIX_MAX_DOCS,
    Lexicon,
    Vocabularies,
    Vocabulary,
    fold,
    index_words,
)
from tests.store.factories import add_document

SUBSIDY = "The farm subsidy scheme ends in June"
ZANZIBAR = "The government said Zanzibar would sign the treaty"
SAO_PAULO = "Le café de São Paulo ferme ses portes"
FILLER = "The government said the talks would go on"
LICENCE = "Broadcasters need a licence before they stream matches"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "t.db") as opened:
        fillers = [FILLER] * 60
        add_document(
            opened,
            "/filler.txt",
            "Talks",
            fillers,
            quotes=[(i, text, "Ann Lee") for i, text in enumerate(fillers)],
            source="Daily Post",
        )
        quotes = [SUBSIDY, ZANZIBAR, SAO_PAULO, LICENCE]
        add_document(
            opened,
            "/news.txt",
            "News",
            quotes,
            quotes=[(i, text, "Marta Núñez") for i, text in enumerate(quotes)],
            published=dt.date(2024, 5, 1),
            source="Morning Herald",
        )
        yield opened


def first(case: Case, query: str) -> str | None:
    hits = search_quotes(case, query)
    return hits[0].quote.text if hits else None


def test_a_typo_in_a_short_word_is_corrected_against_the_case_words(case: Case) -> None:
    # "frm" and "sbusidy": a middle letter of a four-letter word, two swapped in a long one.
    assert first(case, "fram subsidy") == SUBSIDY
    assert first(case, "farm sbusidy") == SUBSIDY


def test_a_typo_in_the_first_letter_of_the_first_word(case: Case) -> None:
    assert first(case, "xanzibar treaty") == ZANZIBAR
    assert first(case, "vroadcasters licence") == LICENCE


def test_a_rare_word_next_to_common_ones_finds_its_quote(case: Case) -> None:
    # 60 quotes hold "the government said": the rare, mistyped word decides.
    assert first(case, "the government said zanzibr") == ZANZIBAR


def test_the_word_being_typed_matches_as_a_prefix_even_with_a_typo(case: Case) -> None:
    assert first(case, "broadc") == LICENCE
    assert first(case, "licence strea") == LICENCE
    assert first(case, "licence sterea") == LICENCE  # one typo away from starting "stream"


def test_diacritics_do_not_matter_either_way(case: Case) -> None:
    assert first(case, "sao paulo") == SAO_PAULO
    assert first(case, "cafe") == SAO_PAULO
    news = {SUBSIDY, ZANZIBAR, SAO_PAULO, LICENCE}
    assert {hit.quote.text for hit in search_quotes(case, '@"marta nunez"')} == news
    hit = search_quotes(case, "sao")[0]
    assert [hit.quote.text[start:end] for start, end in hit.highlights] == ["São"]


def test_speaker_and_outlet_filters_take_one_typo(case: Case) -> None:
    assert {hit.quote.text for hit in search_quotes(case, "@nunnez")} == {
        SUBSIDY,
        ZANZIBAR,
        SAO_PAULO,
        LICENCE,
    }
    found = search_quotes(case, "#herlad government")
    assert found[0].quote.text == ZANZIBAR
    assert {hit.source for hit in found} == {"Morning Herald"}


def test_the_vocabulary_follows_new_documents_on_this_and_other_connections(
    case: Case, tmp_path: Path
) -> None:
    quokka = "A quokka was seen on the island"
    with QuoteFinder(case.path) as finder, Case(tmp_path / "t.db", readonly=True) as reader:

        def first_of(connection: Case, query: str) -> str | None:
            hits = finder.search(connection, query)
            return hits[0].quote.text if hits else None

        assert first_of(reader, "quokka") is None
        assert first_of(case, "quokka") is None
        add_document(case, "/new.txt", "New", [quokka], quotes=[(0, quokka, None)])
        assert first_of(case, "qukka") == quokka
        assert first_of(reader, "qukka") == quokka


def test_the_vocabulary_follows_a_renamed_speaker(case: Case) -> None:
    case.rename_speakers({"Ann Lee": "Ann Zebedee"})
    assert len(search_quotes(case, "@zebedee")) == 50


def test_results_are_the_same_every_time_and_on_every_connection(
    case: Case, tmp_path: Path
) -> None:
    queries = ["the government", "goverment sad", "th", "licence strea", "@ann talks"]
    with QuoteFinder(case.path) as finder, Case(tmp_path / "t.db", readonly=True) as other:
        once = [[(h.quote.id, h.score) for h in finder.search(case, q)] for q in queries]
        again = [[(h.quote.id, h.score) for h in finder.search(case, q)] for q in queries]
        elsewhere = [[(h.quote.id, h.score) for h in finder.search(other, q)] for q in queries]
    alone = [[(h.quote.id, h.score) for h in search_quotes(case, q)] for q in queries]
    assert once == again == elsewhere == alone
    assert all(once)


def test_words_are_folded_as_the_index_folds_them() -> None:
    assert fold("São PAULO Núñez") == "sao paulo nunez"
    assert index_words("don't stop_now, São-Paulo 2024") == [
        "don",
        "t",
        "stop",
        "now",
        "sao",
        "paulo",
        "2024",
    ]


def test_lexicon_answers_prefixes_and_fragments_by_frequency() -> None:
    lexicon = Lexicon({"piracy": 5, "antipiracy": 2, "pirate": 9, "pirates": 1, "theft": 3})
    assert lexicon.prefix_docs("pira") == 15
    assert lexicon.completions("pira", 2) == ["pirate", "piracy"]
    assert lexicon.containing("piracy", 10) == ["antipiracy"]
    assert lexicon.containing("ira", 10) == ["pirate", "piracy", "antipiracy", "pirates"]
    assert not lexicon.has_prefix("q")


def test_the_case_vocabulary_counts_quotes_per_word(case: Case, tmp_path: Path) -> None:
    vocabularies = Vocabularies()
    vocab = vocabularies.of(case)
    assert vocab.words.docs["government"] == 61
    assert vocab.speakers.docs["nunez"] == 4
    assert "herald" in vocab.outlets.docs and "herald" not in vocab.speakers.docs
    assert vocabularies.of(case) is vocab  # nothing changed: kept
    with Case(tmp_path / "t.db", readonly=True) as other:  # another thread's connection
        assert vocabularies.of(other) is vocab
    assert Vocabularies().of(case) is not vocab  # each finder reads its own


def test_an_old_case_indexed_by_trigrams_is_migrated_to_the_word_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="index_quote_words")
    db["documents"].insert(
        {"id": 1, "path": "/a.txt", "title": "A", "format": "text", "content_hash": "x"}
    )
    span = {"paragraph": 0, "start_char": 0, "end_paragraph": 0, "end_char": 1}
    db["quotes"].insert_all(
        [
            {"id": 1, "doc_id": 1, "position": 0, "text": SUBSIDY, "speaker": "Ann", **span},
            {"id": 2, "doc_id": 1, "position": 1, "text": ZANZIBAR, "speaker": "Bo", **span},
        ]
    )
    version = len(migrations.applied(db))
    db.execute(f"PRAGMA user_version = {version}")
    db.conn.commit()
    assert "trigram" in db["quotes_fts"].schema
    db.close()
    with Case(path) as case:
        assert "unicode61" in case.db["quotes_fts"].schema
        assert case.db["quotes"].detect_fts() == "quotes_fts"
        assert first(case, "subsdiy") == SUBSIDY
        assert first(case, "zanzibar") == ZANZIBAR
        case.db.execute("DELETE FROM quotes WHERE id = 2")  # the triggers follow
        assert search_quotes(case, "zanzibar") == []
        add_document(case, "/b.txt", "B", [LICENCE], quotes=[(0, LICENCE, None)])
        assert first(case, "licnece") == LICENCE
    assert (tmp_path / f"old.db.v{version}.bak").exists()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # "Mary" with a letter added, and the start of "Madryn": a short name forgives no typo.
        ("@madry", {"Madryn Hughes"}),
        ("@mary", {"Mary Okafor"}),
        ("@mar", {"Mary Okafor"}),  # the start of a name, being typed
        ("@okafor", {"Mary Okafor"}),
        ("@okafro", {"Mary Okafor"}),  # six letters: one typo forgiven
        ("@okafo", {"Mary Okafor"}),  # a name cut short
        ('@"madry okafor"', set()),
        ('@"marry okafor"', set()),
        ('@"mary okafro"', {"Mary Okafor"}),
        ("@madryn", {"Madryn Hughes"}),
        ("@madyrn", {"Madryn Hughes"}),  # two letters swapped in six
        ("@hughs", set()),  # five letters, one dropped
        ("@hughes", {"Madryn Hughes"}),
    ],
)
def test_a_speaker_name_forgives_a_typo_only_from_six_letters(
    tmp_path: Path, query: str, found: set[str]
) -> None:
    quotes = ["The harbour will reopen in spring", "Fares will not rise this year"]
    with Case(tmp_path / "names.db") as case:
        add_document(
            case,
            "/harbour.txt",
            "Harbour",
            quotes,
            quotes=[(0, quotes[0], "Mary Okafor"), (1, quotes[1], "Madryn Hughes")],
            source="Coast Times",
        )
        assert {hit.quote.speaker for hit in search_quotes(case, query)} == found


def test_an_outlet_name_forgives_a_typo_only_from_six_letters(case: Case) -> None:
    assert {hit.source for hit in search_quotes(case, "#heralt")} == {"Morning Herald"}
    assert search_quotes(case, "#poxt") == []  # "Post" with a letter changed
    assert {hit.source for hit in search_quotes(case, "#post")} == {"Daily Post"}


def test_a_five_letter_name_one_letter_from_another_finds_nothing(tmp_path: Path) -> None:
    with Case(tmp_path / "mary.db") as case:
        said = "The vote will be held on Friday"
        add_document(case, "/vote.txt", "Vote", [said], quotes=[(0, said, "Mary")], source="Post")
        assert search_quotes(case, "@madry") == []
        assert search_quotes(case, "@marx") == []
        assert [hit.quote.speaker for hit in search_quotes(case, "@mary")] == ["Mary"]


# ---- a prefix held by many quotes ----------------------------------------------------------


def crowded_vocabulary(held: int) -> Vocabulary:
    """Words starting "ga" held by `held` quotes in all, the commonest "gap", then "gate"."""
    counts = {f"ga{chr(97 + a)}{chr(97 + b)}": 1 for a in range(26) for b in range(26)}
    counts |= {"gap": held // 2, "gate": held // 4}
    counts["gazzz"] = max(1, held - sum(counts.values()))
    counts["harbour"] = 10
    lexicon = Lexicon(counts)
    empty = Lexicon({})
    return Vocabulary(words=lexicon, speakers=empty, outlets=empty, quotes=2 * held)


@pytest.mark.parametrize("held", [PREFIX_MAX_DOCS // 4, PREFIX_MAX_DOCS])
def test_a_prefix_held_by_few_enough_quotes_is_looked_up_whole(held: int) -> None:
    vocab = crowded_vocabulary(held)
    assert vocab.words.prefix_docs("ga") <= PREFIX_MAX_DOCS
    found = vocab.alternatives("words", "ga", being_typed=True, typos=False)
    assert found.prefixes == ("ga",)


@pytest.mark.parametrize("held", [PREFIX_MAX_DOCS + 1, 3 * PREFIX_MAX_DOCS, 50 * PREFIX_MAX_DOCS])
def test_a_prefix_held_by_more_stands_for_its_most_frequent_words(held: int) -> None:
    vocab = crowded_vocabulary(held)
    assert vocab.words.prefix_docs("ga") > PREFIX_MAX_DOCS
    found = vocab.alternatives("words", "ga", being_typed=True, typos=False)
    assert found.prefixes == ()
    assert found.words[:2] == ("gap", "gate") and len(found.words) == COMPLETIONS


def test_a_long_prefix_look_up_is_never_planned_for_the_word_being_typed() -> None:
    """Typed after a word of the case: the words in a row only when the prefix is cheap."""
    crowded = crowded_vocabulary(3 * PREFIX_MAX_DOCS)
    plan = plan_query(parse_query("harbour ga"), crowded)
    assert plan is not None and plan.in_a_row is None and plan.near is None
    plan = plan_query(parse_query("harbour gat"), crowded)
    assert plan is not None and plan.in_a_row == '"harbour" + "gat" *'
