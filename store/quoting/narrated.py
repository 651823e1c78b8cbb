"""Does a quote stand inside a sentence of the writer's own, after its subject and verb ("In
2019, Lee pleaded guilty to “wire fraud”")? Such a sentence is narration: no speaker of the
sentence before goes on into it, as one does into a quote opening its sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.quoting.context import sentence_subject
from store.quoting.cues import _window

if TYPE_CHECKING:
    from store.quoting.attribution import Article
    from store.quoting.marks import Span


def narrated(span: Span, article: Article) -> bool:
    """Do a subject and its verb stand before the quote in its sentence?"""
    first = span.first
    mark = first.start - 1
    begin = article.sentences(first.paragraph).start(mark)
    if mark <= begin:
        return False
    return sentence_subject(_window(article.masked[first.paragraph], begin, mark)) is not None
