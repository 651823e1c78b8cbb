"""Direct quotations and their speakers; variants of one quote across documents.

The work is done by `store.quoting`: marks pairs quote marks into spans, cues finds
attributions in the text around them, speakers resolves those to names, attribution gives
each quote its cue and drops scare quotes, variants compares quote texts.
"""

from __future__ import annotations

from store.models import Paragraph, Quote
from store.quoting.after_quote import find_after_quote_cues
from store.quoting.attribution import (
    Article,
    SentenceBounds,
    Teller,
    attribute,
    cue_after,
    cue_before,
    cue_later,
    is_quotation,
    normalise,
    own_cue,
    title_cased,
    title_phrases,
)
from store.quoting.context import find_context_cues
from store.quoting.cues import Cue, find_cues
from store.quoting.interrupted import Quotation, join_interrupted
from store.quoting.layout import (
    heading_label_cue,
    introduced_cues,
    label_cue,
    quoted_turn_cue,
    signature_cues,
    transcript_cue,
)
from store.quoting.marks import Span, find_spans, mask, trim_end
from store.quoting.mentions import Mention, find_acronyms, find_mentions, find_names
from store.quoting.named_inside import doubtful_speaker
from store.quoting.names import Gender, find_honorifics
from store.quoting.owners import find_owners
from store.quoting.resolver import Resolver
from store.quoting.roles import speaker_roles
from store.quoting.speakers import Registry
from store.quoting.trust import attribution_how, confidence
from store.quoting.variants import are_variants, variant_score

# How many paragraphs before a quote its pronoun's antecedent is looked for in sentence
# subjects (names given with a verb of saying or a title are followed everywhere).
_ANTECEDENT_PARAGRAPHS = 2
# Fewer words than this, given a speaker only as the subject of their sentence (no verb of
# saying), are a name or a title rather than a statement.
_CONTEXT_MIN_WORDS = 3
# "according to" gives a claim's source, not the wording of a term quoted in it ('the idea
# of “clean eating” will last, according to Gans'): as sure as a sentence's subject.
_CLAIM = "according to"

__all__ = ["are_variants", "find_quotes", "variant_score"]


def _title_paragraphs(paragraphs: list[Paragraph], title: str | None) -> set[int]:
    """Text paragraphs that merely repeat the headline."""
    if not title:
        return set()
    wanted = normalise(title)
    # Cheap checks spare normalising most paragraphs: one twice as long as the headline, or
    # opening with another letter, cannot be it.
    return {
        k
        for k, p in enumerate(paragraphs)
        if len(p.text) <= 2 * len(title)
        and _opens_like(p.text, wanted)
        and normalise(p.text) == wanted
    }


def _opens_like(text: str, wanted: str) -> bool:
    """Could `text` normalise to `wanted`? Not if its first letter folds to another start."""
    return not wanted or wanted.startswith(text.lstrip()[:1].casefold())


def _resolve_speakers(article: Article) -> dict[str, str]:
    """Read every cue and titled name in document order so each cue gets its speaker; the
    roles the article gives its speakers (`store.quoting.roles`)."""
    mentions: list[Cue | Mention] = []
    acronyms: dict[str, str] = {}
    names: list[str] = []
    honorifics: dict[str, Gender] = {}
    for index in article.cues:
        mentions += find_mentions(index, article.masked[index])
        acronyms.update(find_acronyms(article.masked[index]))
        names += find_names(article.masked[index])
        honorifics.update(find_honorifics(article.masked[index]))
    for label in _labels(article):
        names += find_names(label)
    people = {name.split()[-1].lower() for name in names}
    for index in article.cues:
        mentions += find_owners(index, article.masked[index], article.sentences(index), people)
    cues = [c for index in article.cues for c in article.cues[index]]
    events = sorted(cues + mentions, key=_event_position)
    sentences = [_sentence_of(event, article) for event in events]
    registry = Registry(events, acronyms, names, honorifics, article.masked)
    Resolver(registry).read(events, sentences)
    return speaker_roles(events, article.texts, registry)


def _labels(article: Article) -> list[str]:
    """The paragraphs no quote is read from that end in a colon: labels introducing who
    speaks next ("Yinuo Sun and Nadia Alquaddoomi of Terremoto:"), whose names a later "says
    Sun" stands for."""
    return [
        text
        for k, text in enumerate(article.texts)
        if k not in article.cues and text.rstrip().endswith(":")
    ]


def _sentence_of(event: Cue | Mention, article: Article) -> tuple[int, int]:
    """(paragraph, start of the sentence) an event stands in."""
    paragraph, position = _event_position(event)
    return paragraph, article.sentences(paragraph).start(position)


def _event_position(event: Cue | Mention) -> tuple[int, int]:
    if isinstance(event, Cue):
        return event.paragraph, event.start
    return event.paragraph, event.subject.start


def _untied_end(text: str, start: int, end: int) -> int:
    """The end of a quote's last stretch without the comma that tied it to its cue ('“…
    dentist in Cincinnati,” he said'): not the speaker's words. A full stop, ? or ! is."""
    end = trim_end(text, start, end)
    return trim_end(text, start, end - 1) if text[start:end].endswith(",") else end


def _quote(quotation: Quotation, article: Article, roles: dict[str, str]) -> Quote:
    cue, text = quotation.cue, quotation.text(article)
    how = attribution_how(cue, quotation.own)
    words = text.split()
    if how == "context" and (len(words) < _CONTEXT_MIN_WORDS or title_cased(words)):
        # 'User A and User B both buy “Book 2.”', 'see my review “Babbel vs Rosetta Stone:
        # Which App Stands Out?”': a name or a title after a verb that is not one of saying,
        # no one's words.
        cue = how = None
    speaker = cue.speaker if cue else None
    if doubtful_speaker(text, speaker, how):
        cue = how = speaker = None  # 'my wife, Farah, …' is not Farah's (named_inside.py)
    last = quotation.last.last
    end = _untied_end(article.texts[last.paragraph], last.start, last.end)
    text = text[: len(text) - (last.end - end)]
    # '“ Then add pieces…”': the space inside the mark is the page's typing, not the words.
    lead = len(text) - len(text.lstrip())
    return Quote(
        text=text[lead:],
        speaker=speaker,
        role=roles.get(speaker) if speaker else None,
        cue=cue.phrase if cue else None,
        paragraph=quotation.first.first.paragraph,
        start=quotation.first.first.start + lead,
        end_paragraph=quotation.last.last.paragraph,
        end=end,
        how=how,
        confidence=confidence(how),
    )


def _cues(
    index: int, text: str, masked: str, sentences: SentenceBounds, quoted: set[int]
) -> list[Cue]:
    """A paragraph's cues: with verbs, by layout (a transcript's "NAME:", a signing "— Name"),
    and the subjects of its sentences that have none. Only the verbs are read far from any
    quote: the other cues serve a quote in their paragraph, or, for sentence subjects, the
    pronoun of a quote in the next two; reading them everywhere would cost time for nothing."""
    cues = find_cues(index, masked)
    if index in quoted:
        cues += find_after_quote_cues(index, text, masked, cues)
        transcript = transcript_cue(index, masked) or quoted_turn_cue(index, text)
        cues += [transcript] if transcript else []
        cues += introduced_cues(index, masked)
    if index in quoted or index - 1 in quoted:
        cues += signature_cues(index, masked)
    if index + 1 in quoted and (label := label_cue(index, masked)):
        cues.append(label)
    cues.sort(key=lambda c: c.start)
    if not quoted.intersection(range(index, index + 1 + _ANTECEDENT_PARAGRAPHS)):
        return cues
    context = find_context_cues(index, masked, cues, sentences[index])
    return sorted(cues + context, key=lambda c: c.start) if context else cues


def _heading_labels(
    paragraphs: list[Paragraph], masked: list[str], quoted: set[int], skip: set[int]
) -> dict[int, list[Cue]]:
    """Headings that label the quote opening the paragraph after them ("Ann Cole, founder of
    Harbour Watch" over “…”): each read as a paragraph holding that cue alone, so the quote
    takes it as the sentence before's (`store.quoting.attribution`)."""
    found = {}
    for k, paragraph in enumerate(paragraphs):
        if paragraph.kind != "heading" or k + 1 not in quoted or k in skip:
            continue
        cue = heading_label_cue(k, masked[k])
        if cue is not None:
            found[k] = [cue]
    return found


def _colon(cue: Cue, span: Span, article: Article) -> bool:
    """Does the cue end in a colon right before the quote ("The Times reports: “…”")? Such a
    cue introduces an excerpt; a verb of saying later in the quote's sentence ("“…” with the
    big brands, said Jan Lee") names whose words the excerpt quotes."""
    first = span.first
    gap = article.masked[first.paragraph][cue.end : first.start - 1]
    return cue.paragraph == first.paragraph and gap.strip() == ":"


def _teller(before: Cue | None, after: Cue | None) -> Teller:
    """What in a quote's sentence says whose words it holds: a verb of saying that names a
    speaker ('Cole called the deal “a disaster”'), else a sentence subject that names someone
    ('Cole vowed to “fight for every berth”'), else nothing (maybe a scare quote)."""
    if _CLAIM in (after.phrase if after else None, before.phrase if before else None):
        return "subject"  # 'the idea of “clean eating”, according to Gans': a claim's source
    if after is not None or (before is not None and before.how == "direct"):
        return "verb"
    if before is not None and before.how == "context" and before.speaker is not None:
        return "subject"
    return None


def find_quotes(paragraphs: list[Paragraph], *, title: str | None = None) -> list[Quote]:
    """The direct quotations of a cleaned article, in document order, with their speakers."""
    skip = _title_paragraphs(paragraphs, title)
    spans = find_spans(paragraphs, skip)
    texts = [p.text for p in paragraphs]
    masked = mask(texts, spans)
    readable = [k for k, p in enumerate(paragraphs) if p.kind == "text" and k not in skip]
    sentences = SentenceBounds(masked)
    quoted = {segment.paragraph for span in spans for segment in span.segments}
    cues = {k: _cues(k, texts[k], masked[k], sentences, quoted) for k in readable}
    cues = dict(sorted({**cues, **_heading_labels(paragraphs, masked, quoted, skip)}.items()))
    article = Article(texts, masked, cues, sentences)
    roles = _resolve_speakers(article)
    titles = title_phrases(title)
    kept: list[Span] = []
    local: list[Cue | None] = []
    for span in spans:
        after = cue_after(span, article)
        before, introduces = cue_before(span, article)
        adjacent = after is not None or introduces
        if after is None and (
            before is None or before.how == "context" or _colon(before, span, article)
        ):
            after = cue_later(span, article) or after
        if is_quotation(span, article, adjacent, titles, _teller(before, after)):
            kept.append(span)
            local.append(own_cue(span, after, before, article))
    attributed = attribute(kept, local, article)
    joined = join_interrupted(kept, attributed, local, article)
    return [_quote(quotation, article, roles) for quotation in joined]
