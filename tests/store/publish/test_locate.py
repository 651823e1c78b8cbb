"""Text fragments (`#:~:text=`) and the link back to a quote."""

from __future__ import annotations

from store.models import Citation
from store.publish.locate import fragment_encoded, link_back, text_directive, text_fragment_url


def test_the_directive_syntax_characters_are_percent_encoded() -> None:
    # "-", "," and "&" separate the directive's parts: inside the text they must be encoded.
    assert fragment_encoded("well-known, fast & cheap") == "well%2Dknown%2C%20fast%20%26%20cheap"
    assert fragment_encoded("“Café” #1") == "%E2%80%9CCaf%C3%A9%E2%80%9D%20%231"


def test_a_short_quote_is_matched_whole_without_its_clause_comma() -> None:
    assert text_directive("Piracy is theft,") == "Piracy%20is%20theft"


def test_a_long_or_multi_paragraph_quote_is_matched_by_its_first_and_last_words() -> None:
    long = "We see piracy happening on several platforms, especially on Telegram today."
    assert (
        text_directive(long) == "We%20see%20piracy%20happening,especially%20on%20Telegram%20today."
    )
    assert text_directive("First words.\nAnd last ones,") == ("First%20words.,And%20last%20ones")


def test_a_quote_its_cue_interrupted_is_matched_by_words_that_stand_together_on_the_page() -> None:
    # The page reads "“Maybe,” he said, “we will see.”": no stretch holds the joined text.
    assert text_directive("Maybe … we will see.") == "Maybe,we%20will%20see."
    assert text_directive("We will win … and we always do, every year.") == (
        "We%20will%20win,always%20do%2C%20every%20year."
    )


def test_a_url_keeps_its_own_fragment_and_loses_an_old_directive() -> None:
    assert text_fragment_url("https://a.example/p", "Yes") == "https://a.example/p#:~:text=Yes"
    assert text_fragment_url("https://a.example/p#top", "Yes") == (
        "https://a.example/p#top:~:text=Yes"
    )
    assert text_fragment_url("https://a.example/p#:~:text=old", "Yes") == (
        "https://a.example/p#:~:text=Yes"
    )


def test_link_back_prefers_the_url_then_the_show_command_then_nothing() -> None:
    assert link_back(Citation(quote="Yes", url="https://a.example/p", doc_id=1, quote_id=2)) == (
        "https://a.example/p#:~:text=Yes"
    )
    assert link_back(Citation(quote="Yes", doc_id=1, quote_id=2)) == "casebrowser show 1 --at 2"
    assert link_back(Citation(quote="Yes")) is None
