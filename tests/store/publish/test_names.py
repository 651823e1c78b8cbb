"""Authors as citation styles list them: people split into given and family names, an
organisation kept whole, its own "and" included."""

from __future__ import annotations

import pytest

from store.publish.names import apa_authors, chicago_authors, mla_authors, names

CENTER = "Center for Drug Evaluation and Research"


@pytest.mark.parametrize(
    ("byline", "apa", "mla", "chicago"),
    [
        (CENTER, CENTER, CENTER, CENTER),
        ("The Investopedia Team", "The Investopedia Team", "The Investopedia Team",
         "The Investopedia Team"),
        ("Ann Lee and University of Oslo", "Lee, A., & University of Oslo",
         "Lee, Ann, and University of Oslo", "Ann Lee and University of Oslo"),
        ("Ann Lee and Bo Ray", "Lee, A., & Ray, B.", "Lee, Ann, and Bo Ray", "Ann Lee and Bo Ray"),
        ("Ann Lee; Bo Ray", "Lee, A., & Ray, B.", "Lee, Ann, and Bo Ray", "Ann Lee and Bo Ray"),
        ("Ann Lee & Bo Ray", "Lee, A., & Ray, B.", "Lee, Ann, and Bo Ray", "Ann Lee and Bo Ray"),
    ],
)  # fmt: skip
def test_authors_are_listed_as_each_style_wants(
    byline: str, apa: str, mla: str, chicago: str
) -> None:
    authors = names(byline)
    assert (apa_authors(authors), mla_authors(authors), chicago_authors(authors)) == (
        apa,
        mla,
        chicago,
    )
