"""The name a merge of speaker names keeps unless the user types another."""

from __future__ import annotations

import pytest

from store.quoting.merge_names import fullest_name


def test_the_fullest_own_name_wins_over_a_role_before_a_shorter_name() -> None:
    names = ["Fadzil", "Communications Minister Fahmi", "Fahmi Fadzil"]
    assert fullest_name(names) == "Fahmi Fadzil"


def test_among_equally_full_names_the_one_without_a_title_wins() -> None:
    assert fullest_name(["Prime Minister Anwar Ibrahim", "Anwar Ibrahim"]) == "Anwar Ibrahim"


def test_then_the_one_with_more_quotes_then_the_first() -> None:
    names = ["Robert Smith", "Bob Smith"]
    assert fullest_name(names, {"Bob Smith": 4, "Robert Smith": 1}) == "Bob Smith"
    assert fullest_name(names) == "Robert Smith"


def test_no_names_is_an_error() -> None:
    with pytest.raises(ValueError, match="no names"):
        fullest_name([])
