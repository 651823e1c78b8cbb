"""Quote band keys are stored in case files and compared across cases, so they must never
change: these values were computed by the first version of `store.quoting.fingerprint`."""

from __future__ import annotations

from store.quoting.fingerprint import BANDS, quote_keys


def test_keys_are_stable():
    text = (
        "The commission will not tolerate piracy of any kind on its platforms, the minister said."
    )
    assert quote_keys(text) == [
        9201980458325195402,
        2872265303574639709,
        8227319822562385527,
        7604503973176004274,
        1488467205515917790,
        3652745972031182205,
        3934747660576629579,
        4238054956251018991,
    ]


def test_keys_fold_case_and_compatibility_forms():
    keys = quote_keys("Ça suffit: the Ministry rejects these claims entirely")
    assert keys == [
        402154349025732944,
        6658644396629712290,
        7387016908140602532,
        2370906826375643093,
        2105178775823347868,
        3909473803502736501,
        8202915704887274083,
        6546010353139085670,
    ]
    assert quote_keys("ÇA SUFFIT: THE MINISTRY REJECTS THESE CLAIMS ENTIRELY") == keys


def test_short_quotes_have_no_keys():
    assert quote_keys("yes it is") == []
    assert len(quote_keys("piracy platforms commission tolerate")) == BANDS


def test_a_distinctive_quote_of_few_content_words_is_keyed_by_its_runs_of_words():
    # Three content words only, but eight words in an order of its own.
    text = "No, I meant he's the founder of ISIS"
    assert len(quote_keys(text)) == BANDS
    assert set(quote_keys(text)) & set(quote_keys("no -- I MEANT he's the founder of Isis!"))
    assert set(quote_keys(text)) & set(quote_keys("No, I meant he is the founder of ISIS"))
    assert not set(quote_keys(text)) & set(quote_keys("No, I said he's the mayor of Paris"))


def test_short_common_phrases_stay_unkeyed():
    for phrase in ["Lock her up", "Make it great again", "It is what it is, you know that"]:
        assert quote_keys(phrase) == [], phrase


def test_keys_of_a_short_quote_are_stable():
    assert quote_keys("No, I meant he is the one who founded it all") == [
        5035208121915246235,
        833128039887574828,
        2569507049751196291,
        1244593540262958522,
        7809175998909378309,
        516334753605756307,
        1923126976092614339,
        2748422493992916889,
    ]
