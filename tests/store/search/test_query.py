"""The quote finder's query language: a query split into its parts."""

from __future__ import annotations

from store.search import ParsedQuery, parse_query

# ---- the query language -------------------------------------------------------------------


def test_parse_query_sorts_each_kind_of_part() -> None:
    parsed = parse_query("""pirasy 'theft "plain and simple" @fahmi #star !cats @"van der" """)
    assert parsed == ParsedQuery(
        terms=("pirasy",),
        phrases=("plain and simple",),
        exact=("theft",),
        speakers=("fahmi", "van der"),
        outlets=("star",),
        excluded=("cats",),
    )


def test_parse_query_forgives_unclosed_quotes_typographic_quotes_and_lone_operators() -> None:
    assert parse_query('piracy "is theft').phrases == ("is theft",)
    assert parse_query("“is theft” piracy") == ParsedQuery(terms=("piracy",), phrases=("is theft",))
    assert parse_query("! @ # ' \" *** -- 🙂") == ParsedQuery()


def test_parse_query_drops_repeats_and_control_characters() -> None:
    assert parse_query("Piracy piracy PIRACY").terms == ("Piracy",)
    assert parse_query("pira\x00cy\x1b[31m").terms == ("pira", "cy", "[31m")


def test_at_question_mark_asks_for_speakers_in_doubt_and_no_speaker_name() -> None:
    assert parse_query("@?") == ParsedQuery(uncertain=True)
    parsed = parse_query("harbour @? @lopes")
    assert parsed == ParsedQuery(terms=("harbour",), speakers=("lopes",), uncertain=True)
    assert not parse_query("@?").selects and parse_query("@? harbour").selects
    assert not parse_query("@ ? harbour").uncertain  # a lone @, then a word
