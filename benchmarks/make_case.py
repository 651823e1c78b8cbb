"""Generate a large, realistic case folder of crawler markdown, for the benchmarks.

    python benchmarks/make_case.py --docs 10000 --out /tmp/casebrowser-bench/docs [--seed 7]

Each document looks like what a crawler saves: YAML front matter (title, url, source, date,
fetch_date), then the page as markdown with its menus, logo images, breadcrumbs, byline, `##`
headings, a share bar and related links around the article. The article has paragraphs drawn
from a word list with a Zipf-like spread (a few hundred common English words, then a long tail
of pseudo-words, as real text has), speakers with roles, about ten quotations a document with
attribution cues before or after them, and date phrases ("Last March", "In May 2023").

Every document comes from its own random generator seeded by (seed, index), so the same seed
gives byte-identical files however many processes write them. `--format txt` writes plain
text instead (title, byline and paragraphs, no front matter); `mixed` makes every fifth one so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from pathlib import Path

GENERATOR_VERSION = 1  # part of every cache key: bump when the output changes
DEFAULT_OUT = Path("/tmp/casebrowser-bench/docs")
FILES_PER_FOLDER = 1_000  # 100k files in one folder make every `ls` a chore
FORMATS = ("md", "txt", "mixed")
ZIPF_EXPONENT = 1.07
TAIL_WORDS = 20_000
CONTENT_RANK = 60  # titles and headings skip the function words at the head of the list
EARLIEST = dt.date(2015, 1, 1)
SPAN_DAYS = 3_800
# Spelled out, not strftime("%B"): a locale must not change the bytes written.
MONTHS = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---- word lists (written for this script; no downloads) ----------------------------------


def _names(text: str) -> list[str]:
    return text.split()


# Common English words, roughly most frequent first, with a news desk's favourites mixed in.
COMMON = """
the of and to a in that is was for it on said with he as be by at have from not this are
but has they an had which his were we will or would their been its who more also she
after about one there all her than new if can what when up out them could people so other
into over some no i government year years only just two our first time last like may how
because any most should these now do made did many before then those such where well
through public week minister court company platform users law police country officials
report statement action state content rights piracy service back three make while against
between under told since still being during both each much own further however order
decision information security authorities ministry complaint national digital copyright
case issue media team local world month part support work help need take even might must
among according million including group far without part down several around already
next another whether day four five told added noted commission agency access online users
social network providers judge lawyers legal request data system policy plan market
business industry companies service services issues problem problems action actions
officials leaders members council committee investigation evidence claims claim rules
power future today never always often less least very much enough few little big small
high low long short early late major general special clear possible likely recent current
former new old young open free full real true important private political economic
international foreign financial technical independent serious similar different certain
available responsible necessary appropriate significant difficult common best better
cooperation discussion discussions meeting meetings proposal solution response pressure
interest attention concern concerns control effort efforts process progress chance risk
threat threats measures steps changes change growth impact result results reason reasons
example cases matter question questions position view views idea point side sides fact
facts level levels number numbers rate period history story stories site sites page pages
video videos film films music games software app apps account accounts message messages
channel channels phone internet website websites operator operators owner owners holders
victims scammers criminals fraud scam scams harm harms abuse protection privacy censorship
court's country's company's government's ministry's platform's
continue continued believe believed expect expected agree agreed refuse refused ask asked
want wanted decide decided remain remained become became seem seemed provide provided
consider considered offer offered allow allowed ensure ensured prevent prevented tackle
tackled remove removed block blocked protect protected reach reached face faced receive
received discuss discussed appear appeared include included involve involved cooperate
"""

# Syllables for the pseudo-word tail: the rare words, names of things, jargon of real text.
ONSETS = "b br c ch cl d dr f fl g gr h j k kr l m n p pl pr r s sh st t tr v w z"
VOWELS = "a a e e i o o u ai ea ou"
CODAS = ("", "", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "ck", "ng", "x")

FIRST_NAMES_HE = _names(
    "Fahmi Ahmad James Daniel Carlos Pavel Ravi Kenji Omar Lucas Thomas Michael David Samuel "
    "Hugo Mateo Ivan Tariq Jonas Felix Arjun Yusuf Marco Peter Andrew Hamid Wei Rafael Anwar"
)
FIRST_NAMES_SHE = _names(
    "Siti Maria Sarah Aisha Elena Priya Yuki Fatima Laura Anna Chloe Nadia Ingrid Sofia Grace "
    "Mei Olivia Leila Hannah Clara Rosa Amira Julia Emma Nora Teresa Aiko Noor"
)
LAST_NAMES = _names(
    "Fadzil Durov Maxwell Tan Lim Wong Garcia Smith Rossi Kowalski Nakamura Okafor Haddad Silva "
    "Novak Jensen Larsen Ibrahim Rahman Chen Kumar Patel Moreau Dubois Schmidt Costa Santos "
    "Petrov Ivanova Yilmaz Andersen Byrne Murphy Kelly Nguyen Park Kim Singh Ali Hassan Osman "
    "Reyes Cruz Morales Lindqvist Bauer Fischer Weber Abdullah Ismail Yusof Hartmann O’Brien"
)
ROLES = (
    "Minister",
    "Communications Minister",
    "Deputy Minister",
    "Senator",
    "Judge",
    "Commissioner",
    "Director",
    "Professor",
    "Chief Executive",
    "Prime Minister",
)
APPOSITIONS = ("a spokesperson for", "head of", "a lawyer for", "a senior official at", "chair of")
ORGS = (
    "the Ministry of Communications",
    "the Copyright Office",
    "the National Security Council",
    "the Digital Rights Foundation",
    "the Motion Picture Association",
    "the Federal Court",
    "the Telecommunications Authority",
    "the Multimedia Commission",
    "the Consumer Association",
    "the Royal Police",
    "the Anti-Piracy Alliance",
    "the European Commission",
)
OUTLETS = (
    ("TorrentFreak", "torrentfreak.com"),
    ("Malay Mail", "malaymail.com"),
    ("The Star", "thestar.com.my"),
    ("Reuters", "reuters.com"),
    ("The Verge", "theverge.com"),
    ("Ars Technica", "arstechnica.com"),
    ("BBC News", "bbc.co.uk"),
    ("The Guardian", "theguardian.com"),
    ("Bernama", "bernama.com"),
    ("Amanz", "amanz.my"),
    ("Free Malaysia Today", "freemalaysiatoday.com"),
    ("Lowyat.NET", "lowyat.net"),
    ("TechCrunch", "techcrunch.com"),
    ("Wired", "wired.com"),
    ("South China Morning Post", "scmp.com"),
    ("Channel NewsAsia", "channelnewsasia.com"),
    ("Al Jazeera", "aljazeera.com"),
    ("Deutsche Welle", "dw.com"),
)
CATEGORIES = (
    "Piracy",
    "Law and Politics",
    "Lawsuits",
    "Technology",
    "Anti-Piracy",
    "Business",
    "World",
    "Security",
    "Media",
)


# ---- the vocabulary -----------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    words: list[str]
    cumulative: list[float]  # Zipf weights, accumulated, for random.choices
    content_words: list[str]  # the words from CONTENT_RANK on
    content_cumulative: list[float]  # and their weights


@cache
def vocabulary(seed: int) -> Vocabulary:
    """Common English words by rough frequency, then pseudo-words, weighted 1/rank**s."""
    head = list(dict.fromkeys(COMMON.split()))
    tail = _pseudo_words(random.Random(f"vocabulary:{seed}"), TAIL_WORDS, set(head))
    vocab = head + tail
    weights = [1 / rank**ZIPF_EXPONENT for rank in range(1, len(vocab) + 1)]
    return Vocabulary(
        vocab,
        list(accumulate(weights)),
        vocab[CONTENT_RANK:],
        list(accumulate(weights[CONTENT_RANK:])),
    )


def _pseudo_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Pronounceable made-up words of one to three syllables, unique and not English ones."""
    onsets, vowels, codas = ONSETS.split(), VOWELS.split(), CODAS
    found: dict[str, None] = {}
    while len(found) < count:
        syllables = rng.choice((1, 2, 2, 2, 3, 3))
        word = "".join(
            rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables)
        )
        if word not in taken:
            found.setdefault(word, None)
    return list(found)


def draw(rng: random.Random, vocab: Vocabulary, count: int, *, content: bool = False) -> list[str]:
    if content:
        return rng.choices(vocab.content_words, cum_weights=vocab.content_cumulative, k=count)
    return rng.choices(vocab.words, cum_weights=vocab.cumulative, k=count)


# ---- an article: clean paragraphs with their quotes, and the markdown around them ----------


@dataclass
class GeneratedQuote:
    """A quotation as the reader sees it: `text == paragraphs[paragraph].text[start:end]`."""

    text: str
    speaker: str
    cue: str
    paragraph: int
    start: int
    end: int


@dataclass
class GeneratedDate:
    """A date phrase as written: `phrase == paragraphs[paragraph].text[offset:][:len(phrase)]`."""

    phrase: str
    paragraph: int
    offset: int


@dataclass
class Block:
    """One block of the article: its clean text, the same as markdown (links and images)."""

    kind: str  # "heading" or "text"
    text: str
    markdown: str


@dataclass
class Speaker:
    first: str
    last: str
    pronoun: str
    introduction: str  # "Communications Minister Fahmi Fadzil" or "Fahmi Fadzil, a spokesperson…,"

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Article:
    index: int
    title: str
    outlet: str
    domain: str
    layout: int
    url: str
    published: dt.date
    fetched: dt.datetime
    author: str
    category: str
    blocks: list[Block] = field(default_factory=list)
    quotes: list[GeneratedQuote] = field(default_factory=list)
    dates: list[GeneratedDate] = field(default_factory=list)


class _Paragraph:
    """Builds a paragraph's clean text and markdown side by side, recording quote offsets."""

    def __init__(self) -> None:
        self.clean: list[str] = []
        self.markdown: list[str] = []
        self.length = 0
        self.quotes: list[tuple[str, int, int, str, str]] = []
        self.dates: list[tuple[str, int]] = []

    def add(self, text: str, markdown: str | None = None) -> None:
        self.clean.append(text)
        self.markdown.append(text if markdown is None else markdown)
        self.length += len(text)

    def date(self, phrase: str, at: int) -> None:
        """Record that `phrase` stands at offset `at` of the paragraph."""
        self.dates.append((phrase, at))

    def quote(self, text: str, speaker: Speaker, cue: str) -> None:
        self.quotes.append((text, self.length, self.length + len(text), speaker.name, cue))
        self.add(text)


def make_article(index: int, seed: int) -> Article:
    """Document `index` of the case made with `seed`; the same pair always gives the same one."""
    rng = random.Random(seed * 1_000_003 + index)
    vocab = vocabulary(seed)
    outlet, domain = rng.choice(OUTLETS)
    published = EARLIEST + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    fetched = dt.datetime.combine(published, dt.time()) + dt.timedelta(
        seconds=rng.randrange(86_400 * 600), microseconds=rng.randrange(1_000_000)
    )
    title = _title(rng, vocab)
    article = Article(
        index=index,
        title=title,
        outlet=outlet,
        domain=domain,
        layout=OUTLETS.index((outlet, domain)) % 3,
        url=f"https://{domain}/{_slug(title)}-{published:%y%m%d}/",
        published=published,
        fetched=fetched,
        author=f"{rng.choice(FIRST_NAMES_HE + FIRST_NAMES_SHE)} {rng.choice(LAST_NAMES)}",
        category=rng.choice(CATEGORIES),
    )
    _write_body(rng, vocab, article)
    return article


def _title(rng: random.Random, vocab: Vocabulary) -> str:
    title_words = [word.capitalize() for word in draw(rng, vocab, rng.randint(5, 10), content=True)]
    if rng.random() < 0.2:  # some titles quote someone, as the seed's does
        start = rng.randrange(len(title_words) - 2)
        title_words[start] = "“" + title_words[start]
        title_words[start + 2] += "”"
    elif rng.random() < 0.15:
        title_words[1] += ":"
    return " ".join(title_words)


def _slug(text: str) -> str:
    kept = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in kept.split("-") if part)[:80]


def _speakers(rng: random.Random) -> list[Speaker]:
    chosen: list[Speaker] = []
    for _ in range(rng.randint(2, 4)):
        he = rng.random() < 0.6
        first = rng.choice(FIRST_NAMES_HE if he else FIRST_NAMES_SHE)
        last = rng.choice(LAST_NAMES)
        style = rng.random()
        if style < 0.45:
            introduction = f"{rng.choice(ROLES)} {first} {last}"
        elif style < 0.8:
            introduction = f"{first} {last}, {rng.choice(APPOSITIONS)} {rng.choice(ORGS)},"
        else:
            introduction = f"{first} {last}"
        chosen.append(Speaker(first, last, "he" if he else "she", introduction))
    return chosen


def _write_body(rng: random.Random, vocab: Vocabulary, article: Article) -> None:
    speakers = _speakers(rng)
    introduced: set[str] = set()
    previous: Speaker | None = None
    paragraphs = rng.randint(12, 20)
    quotes_left = rng.randint(8, 12)
    since_heading = 0
    for number in range(paragraphs):
        if since_heading >= rng.randint(3, 5) and number < paragraphs - 1:
            heading = " ".join(
                w.capitalize() for w in draw(rng, vocab, rng.randint(3, 6), content=True)
            )
            article.blocks.append(Block("heading", heading, f"## {heading}"))
            since_heading = 0
        paragraph = _Paragraph()
        quoting = quotes_left > 0 and (number > 0 and rng.random() < 0.7)
        if quoting:
            speaker = previous if previous and rng.random() < 0.4 else rng.choice(speakers)
            quotes_left -= _quote_paragraph(rng, vocab, paragraph, speaker, introduced, previous)
            previous = speaker
        else:
            _narrative_paragraph(rng, vocab, paragraph, article, number == 0)
        _close_block(article, paragraph, image=not quoting and rng.random() < 0.12)
        since_heading += 1


def _close_block(article: Article, paragraph: _Paragraph, *, image: bool) -> None:
    index = len(article.blocks)
    markdown = "".join(paragraph.markdown)
    if image:  # an inline figure glued to the paragraph, as crawlers leave them
        picture = f"https://{article.domain}/images/{_slug(article.title)[:30]}-{index}.png"
        markdown = f"[![{article.category.lower()}]({picture})]({picture})" + markdown
    article.blocks.append(Block("text", "".join(paragraph.clean), markdown))
    for text, start, end, speaker, cue in paragraph.quotes:
        article.quotes.append(GeneratedQuote(text, speaker, cue, index, start, end))
    article.dates += [GeneratedDate(phrase, index, at) for phrase, at in paragraph.dates]


def _sentence(rng: random.Random, vocab: Vocabulary, low: int, high: int) -> str:
    """Words of the Zipf spread with a comma now and then, capitalised, without a full stop."""
    chosen = draw(rng, vocab, rng.randint(low, high))
    if len(chosen) > 8 and rng.random() < 0.5:
        chosen[rng.randrange(3, len(chosen) - 3)] += ","
    text = " ".join(chosen).replace(" i ", " I ")
    return text[0].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text[:2] != "I " else text


def _narrative_paragraph(
    rng: random.Random, vocab: Vocabulary, paragraph: _Paragraph, article: Article, lead: bool
) -> None:
    for number in range(rng.randint(2, 4)):
        if number:
            paragraph.add(" ")
        roll = rng.random()
        if roll < 0.35 or (lead and number == 0):
            phrase, at_start = _date_phrase(rng, article.published)
            clause = _lower_first(_sentence(rng, vocab, 6, 16))
            if at_start:
                phrase = phrase[0].upper() + phrase[1:]
                paragraph.date(phrase, paragraph.length)
                paragraph.add(f"{phrase}, {clause}.")
            else:
                paragraph.date(phrase, paragraph.length + len(clause) + 1)
                paragraph.add(f"{clause[0].upper()}{clause[1:]} {phrase}.")
        elif roll < 0.5:
            anchor = " ".join(draw(rng, vocab, rng.randint(2, 4)))
            target = f"https://{rng.choice(OUTLETS)[1]}/{anchor.replace(' ', '-')}/"
            head = _sentence(rng, vocab, 4, 10)
            paragraph.add(f"{head} ")
            paragraph.add(anchor, f"[{anchor}]({target})")
            paragraph.add(f" {_lower_first(_sentence(rng, vocab, 2, 6))}.")
        elif roll < 0.6:
            org = rng.choice(ORGS)
            paragraph.add(
                f"{org[0].upper()}{org[1:]} {_lower_first(_sentence(rng, vocab, 6, 14))}."
            )
        else:
            paragraph.add(_sentence(rng, vocab, 8, 24) + ".")


def _date_phrase(rng: random.Random, published: dt.date) -> tuple[str, bool]:
    """A temporal expression relative to `published`, and whether it opens its sentence."""
    year = published.year
    month = MONTHS[rng.randrange(12)]
    choices = (
        (f"in {year - rng.randint(1, 8)}", False),
        (f"last {MONTHS[(published.month - 2) % 12]}", True),
        (f"in {month} {year - rng.randint(0, 3)}", True),
        ("this week", rng.random() < 0.5),
        (f"on {rng.choice(WEEKDAYS)}", False),
        (f"in {rng.choice(('early', 'mid', 'late'))} {month}", False),
        (f"on {month} {rng.randint(1, 28)}", False),
        ("last year", rng.random() < 0.5),
        ("earlier this year", True),
        (f"on {rng.randint(1, 28)} {month} {year - rng.randint(0, 2)}", False),
        (
            f"in the {rng.choice(('first', 'second', 'third', 'fourth'))} quarter of {year - 1}",
            True,
        ),
        (f"since {month}", False),
        (f"in the summer of {year - rng.randint(1, 5)}", True),
        ("two weeks ago", False),
    )
    return rng.choice(choices)


def _quote_text(rng: random.Random, vocab: Vocabulary) -> str:
    sentences = [_sentence(rng, vocab, 6, 22) for _ in range(rng.choice((1, 1, 1, 2)))]
    return ". ".join(sentences)


def _reference(speaker: Speaker, introduced: set[str], previous: Speaker | None) -> str:
    """How the text names a speaker: introduced in full once, then by surname or pronoun."""
    if speaker.name not in introduced:
        introduced.add(speaker.name)
        return speaker.introduction
    return speaker.pronoun if speaker is previous else speaker.last


_Q = None  # marks where a quotation goes in a form's pieces


def _quote_paragraph(
    rng: random.Random,
    vocab: Vocabulary,
    paragraph: _Paragraph,
    speaker: Speaker,
    introduced: set[str],
    previous: Speaker | None,
) -> int:
    """A paragraph with one or two quotations in a form news writing uses; returns how many."""
    ref = _reference(speaker, introduced, previous)
    who = ref[0].upper() + ref[1:]
    again = speaker.pronoun if ref == speaker.last else ref
    forms: tuple[tuple[str, list[str | None]], ...] = (
        ("said", ["“", _Q, f",” {ref} said."]),
        ("said", ["“", _Q, f",” said {ref.rstrip(',')}."]),
        ("told", [f"{who} told reporters: “", _Q, ".”"]),
        ("added", ["“", _Q, f",” {again} added."]),
        ("according to", [f"According to {ref.rstrip(',')}, “", _Q, ".”"]),
        ("said", ["“", _Q, f",” {ref} said. “", _Q, ".”"]),
        ("said", [_sentence(rng, vocab, 6, 14) + ". “", _Q, f",” {ref} said in a statement."]),
        ("said", [f"{who} said: “", _Q, ".”"]),
    )
    cue, pieces = forms[rng.randrange(len(forms))]
    quoted = 0
    for piece in pieces:
        if piece is _Q:
            text = _quote_text(rng, vocab)
            paragraph.quote(_lower_first(text) if cue == "according to" else text, speaker, cue)
            quoted += 1
        else:
            paragraph.add(piece)
    return quoted


# ---- rendering ----------------------------------------------------------------------------


def render_markdown(article: Article) -> str:
    """The crawler's markdown: front matter, the page furniture, the article, the footer."""
    body = "\n\n".join(block.markdown for block in article.blocks)
    header, footer = _LAYOUTS[article.layout](article)
    return f"{_front_matter(article)}\n{header}\n\n{body}\n\n{footer}\n"


def render_text(article: Article) -> str:
    """Plain text as a copy-paste leaves it: title, byline, paragraphs, some sharing residue."""
    paragraphs = "\n\n".join(block.text for block in article.blocks)
    return (
        f"{article.title}\n\nBy {article.author}\n{_long_date(article.published)}\n\n"
        f"{paragraphs}\n\nShare this: Facebook Twitter WhatsApp Email\n\n"
        f"(Source: {article.outlet})\n"
    )


def _long_date(day: dt.date) -> str:
    """The date as bylines write it: May 12, 2024."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _front_matter(article: Article) -> str:
    fields = {
        "title": article.title,
        "url": article.url,
        "source": article.outlet,
        "date": article.published.isoformat(),
        "fetch_date": article.fetched.isoformat(),
    }
    lines = [f"{key}: {_yaml_scalar(value)}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _yaml_scalar(value: str) -> str:
    """`value` as YAML reads it back: double-quoted only where plain style would break."""
    if ": " in value or value.startswith(("“", "'", '"', "[", "{", "#", "&", "*", "!")):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def _menu(article: Article) -> str:
    site = f"https://{article.domain}"
    entries = [f"  + [{name}]({site}/category/{_slug(name)}/)" for name in CATEGORIES[:6]]
    return "\n".join(
        ["* News ▼", *entries, f"* [Contact]({site}/contact/)", f"* [Subscribe]({site}/subscribe/)"]
    )


def _blog_layout(article: Article) -> tuple[str, str]:
    site = f"https://{article.domain}"
    assets = f"{site}/wp-content/themes/theme/build/assets/img"
    author_slug = _slug(article.author.split()[0])
    header = (
        f"# {article.title}\n\n[![]({assets}/logo.svg)](/)\n\n![]({assets}/search.svg)\n\n"
        f"{_menu(article)}\n\n![]({assets}/x.svg)\n\n# {article.title}\n\n"
        f"{_long_date(article.published)} by\n"
        f"[{article.author}]({site}/author/{author_slug}/)\n\n"
        f'[Home]({site} "Go to {article.outlet}.") > [{article.category}]'
        f'({site}/category/{_slug(article.category)}/ "Go to the {article.category} category'
        ' archives.") >'
    )
    footer = (
        f"* [![]({assets}/arrow-left.svg)Next Post]({site}/next-{article.index}/)\n"
        f"* [Previous Post![]({assets}/arrow-right.svg)]({site}/previous-{article.index}/)"
    )
    return header, footer


def _news_layout(article: Article) -> tuple[str, str]:
    site = f"https://{article.domain}"
    header = (
        f"[Skip to content](#main)\n\n[![{article.outlet} logo]({site}/static/logo.png)]({site}/)"
        f"\n\n* [Home]({site}/)\n* [World]({site}/world/)\n* [Business]({site}/business/)\n"
        f"* [Tech]({site}/tech/)\n\n[Home]({site}/) / [{article.category}]"
        f"({site}/{_slug(article.category)}/) / {article.title}\n\n# {article.title}\n\n"
        f"By [{article.author}]({site}/authors/{_slug(article.author)}) | "
        f"{_long_date(article.published)} 5:40 PM"
    )
    share = f"{site}/{article.index}"
    footer = (
        f"Share this article:\n\n* [Facebook](https://facebook.com/sharer?u={share})\n"
        f"* [X](https://x.com/intent/tweet?url={share})\n\n## Related stories\n\n"
        f"* [{article.category} roundup]({site}/related-{article.index}-1/)\n"
        f"* [More from {article.outlet}]({site}/related-{article.index}-2/)\n\n"
        f"© {article.published.year} {article.outlet}. All rights reserved."
    )
    return header, footer


def _minimal_layout(article: Article) -> tuple[str, str]:
    header = f"# {article.title}\n\nPublished: {article.published.isoformat()}"
    return (
        header,
        f"Tags: [{article.category}](https://{article.domain}/tag/{_slug(article.category)}/)",
    )


_LAYOUTS = (_blog_layout, _news_layout, _minimal_layout)


# ---- writing a case folder ----------------------------------------------------------------


def is_text(index: int, fmt: str) -> bool:
    return fmt == "txt" or (fmt == "mixed" and index % 5 == 4)


def document_path(out: Path, index: int, fmt: str) -> Path:
    suffix = ".txt" if is_text(index, fmt) else ".md"
    return out / f"{index // FILES_PER_FOLDER:03}" / f"{index:06}{suffix}"


def _write_range(out: str, start: int, stop: int, seed: int, fmt: str) -> int:
    """Write documents [start, stop); returns the bytes written. Runs in a worker process."""
    written = 0
    for index in range(start, stop):
        article = make_article(index, seed)
        text = render_text(article) if is_text(index, fmt) else render_markdown(article)
        data = text.encode("utf-8")
        path = document_path(Path(out), index, fmt)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
    return written


def write_case(out: Path, docs: int, *, seed: int = 7, fmt: str = "md", jobs: int = 1) -> int:
    """Write `docs` documents under `out`; returns the bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    chunk = 500
    ranges = [(start, min(start + chunk, docs)) for start in range(0, docs, chunk)]
    if jobs <= 1 or len(ranges) == 1:
        return sum(_write_range(str(out), a, b, seed, fmt) for a, b in ranges)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_write_range, str(out), a, b, seed, fmt) for a, b in ranges]
        return sum(future.result() for future in futures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000, help="documents to write")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--format", choices=FORMATS, default="md", dest="fmt")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    started = time.perf_counter()
    written = write_case(args.out, args.docs, seed=args.seed, fmt=args.fmt, jobs=args.jobs)
    elapsed = time.perf_counter() - started
    print(
        f"{args.docs:,} documents, {written / 1e6:,.1f} MB in {args.out}"
        f" ({elapsed:.1f} s, {args.docs / elapsed:,.0f} documents/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
