"""Short phrases that mark page furniture: banners, share rows, section titles of page chrome.

Every pattern is only tried on short blocks, so an article sentence that happens to mention
cookies or newsletters is never mistaken for a banner, and no regex ever sees a huge block.
"""

from __future__ import annotations

import re
from typing import Literal

MarkerKind = Literal["end", "section"]

SHORT_WORDS = 25  # furniture is short; longer blocks are treated as article text
BANNER_WORDS = 90  # cookie and consent banners run longer than other furniture
MARKER_WORDS = 10

_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")

_LABEL_GAP = r"[^\w$#%=<>{}\[\]`~\\@^*+]+"  # anything but symbols that mark code
_LABEL = re.compile(rf"(?:{_LABEL_GAP})?[^\W_]+(?:{_LABEL_GAP}[^\W_]+)*(?:{_LABEL_GAP})?")

_BANNER = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|serves?) cookies\b"
    r"|\bcookie (?:policy|settings|preferences|consent|notice)\b"
    r"|\b(?:accept|reject|allow) (?:all )?cookies\b"
    r"|\bby continuing to (?:use|browse) (?:this|our) (?:site|website)\b",
    re.IGNORECASE,
)

# Furniture phrases in two patterns, as one would try every phrase at every position: those
# anchored at the start of the block are only tried there (`match`), the others anywhere. Each
# phrase of the second holds one of the words of _FURNITURE_ANYWHERE_NEEDS.
_FURNITURE_ANYWHERE = re.compile(
    "|".join(
        [
            r"\ball rights reserved\b",
            r"\b(?:sign(?:ing)? up|subscribe|register)\b.{0,60}"
            r"\b(?:newsletters?|inbox|email alerts?|updates)\b",
            r"\bnewsletters?\b.{0,60}\b(?:sign(?:ing)? up|subscribe)\b",
            r"\bfollow us on\b",
            r"\bbookmark the permalink\b",
            r"\bprivacy policy\b.{0,80}\bterms\b|\bterms\b.{0,80}\bprivacy policy\b",
            # Chinese pages: reprint notices, copyright, editor in charge; QR codes, WeChat's
            # "scan to follow", "double-tap to undo" and reading-mode prompts.
            r"转载|版权所有|版权声明|责任编辑",
            r"二维码|扫一扫|轻点两下|预览时标签不可点|沉浸阅读|小说阅读器",
        ]
    ),
    re.IGNORECASE,
)
_FURNITURE_START = re.compile(
    "|".join(
        [
            r"^(?:©|\(c\) ?\d{4}|copyright ?(?:©|\(c\)|\d{4}))",
            r"^skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)\b",
            r"^(?:already (?:a )?subscriber|you must be logged in)\b",
            r"^(?:follow|join|like) us (?:on|at)\b|^join our\b",
            r"^found this article interesting\b",
            r"^this entry was posted in\b",
            r"^(?:advertisement|advertising|advert|ad)$|(?-i:^[A-Z]+ ADS?$)",
            r"^(?:sponsored(?: content)?|promoted)$",
            r"^(?:scroll to continue|story continues below|continue reading below)\b",
            r"^article continues (?:below|after)\b",
            r"^\d+ ?min(?:ute)?s? read$",
            r"^(?:tags?|topics?|filed under|categories|category) ?:",
            r"^(?:also read|read also|read more|see also|related|recommended|watch|listen) ?:",
            r"^(?:image|photo|picture|video) (?:source|caption|credit)s?\b",
            r"^(?:photo|image|picture|illustration|credit|photograph)s? ?:",
            r"^(?:please )?enable javascript\b",
            r"^(?:back to top|top of page|print this page)\W*$",
            # A widget's placeholder, next to its buttons' labels: its script never ran.
            r"^loading\W*$|^(?:[\w-]+ ){0,3}loading(?:\.\.\.|…)(?: [\w-]+){0,3}$",
            r"^(?:main |primary |site )?(?:menu|navigation|search)$",
            r"^this article is more than \d+ \w+ old$",
            r"^(?:updated |published |posted )?"
            r"(?:\d+|an?|one) (?:second|minute|hour|day|week)s? ago$",
            r"^(?:proudly )?powered by [\w.]+(?: ?[|·•–-].*)?$",
            # Chinese pages: share to, business contact, "this article is by", likes.
            r"^(?:分享到|分享至|商务合作|本文由)|^\+?\d*(?:赞|点赞|收藏)$",
        ]
    ),
    re.IGNORECASE,
)

# Photo agencies: a short line naming one is a picture credit, not a sentence.
_CREDIT = re.compile(
    r"\b(?:getty images|shutterstock|alamy|afp|reuters|epa|ap photo|pa media|file photo)\b",
    re.IGNORECASE,
)

# Caption credits: "REUTERS/Staff/File Photo", "AP Photo/Jane Doe", "Picture by Jane Doe".
# Agencies by name: a bare "AB/Cd" pattern would also catch "TCP/IP" and "US/Canada".
_PHOTO_CREDIT = re.compile(
    r"\b(?:AP|ANI)/\S|\b(?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage) by [A-Z]"
    r"|(?i:\b(?:reuters|afp|epa|aap|ansa|xinhua|bernama|dpa|upi|getty images|pti|yonhap|kyodo)/\S"
    r"|\b(?:ap|afp|epa) photo\b|\bfile photo\b|\bphoto(?:graph)?(?: credit)?:"
    r"|\bpurchase licensing rights\b)"
)
CAPTION_WORDS = 40


# The letters besides A-Z and a-z that a case-insensitive regex takes for an ASCII letter:
# İ (i), dotless ı (i), long ſ (s), the Kelvin sign (k).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class _Needs:
    """Words a case-insensitive pattern cannot match without. The patterns open on word
    boundaries, so the regex engine tries each of their phrases at every position; a search for
    the words every phrase holds skips at once the blocks that have none. Lower-cased, text
    shows the words (lower-case ASCII, or Chinese, which has no case) as the regex's case
    folding sees them, and `in` finds them far faster, unless a letter folds to an ASCII one."""

    def __init__(self, *words: str) -> None:
        self.words = words
        self.ascii_words = tuple(word for word in words if word.isascii())
        self.pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        return self.found_in_lowered(text, _searchable(text))

    def found_in_lowered(self, text: str, lowered: str | None) -> bool:
        """Whether `text` holds one of the words; `lowered` is `_searchable(text)`, which `in`
        looks through for each word faster than a regex tries them all at every position."""
        if lowered is None:
            return self.pattern.search(text) is not None
        return any(map(lowered.__contains__, self.ascii_words if text.isascii() else self.words))


def _searchable(text: str) -> str | None:
    """`text` lower-cased, unless one of its letters folds to an ASCII one."""
    if text.isascii() or _FOLDS_TO_ASCII.search(text) is None:
        return text.lower()
    return None


_BANNER_NEEDS = _Needs("cookie", "by continuing")
_PHOTO_CREDIT_NEEDS = _Needs("photo", "purchase licensing", "picture by", "image by")
_FURNITURE_ANYWHERE_NEEDS = _Needs(
    *("rights reserved", "newsletter", "inbox", "email alert", "updates", "follow us on"),
    *("bookmark the permalink", "privacy policy", "转载", "版权所有", "版权声明", "责任编辑"),
    *("二维码", "扫一扫", "轻点两下", "预览时标签不可点", "沉浸阅读", "小说阅读器"),
)


def _may_credit_a_photo(text: str, lowered: str | None) -> bool:
    # Agency credits hold a slash, the others ("Picture by X", "Photo: X") these words.
    return "/" in text or _PHOTO_CREDIT_NEEDS.found_in_lowered(text, lowered)


_SHARE_WORDS = frozenset(
    {"share", "shares", "this", "article", "story", "post", "page", "on", "via", "with", "the"}
    | {"email", "e-mail", "mail", "print", "copy", "link", "url", "save", "tweet", "follow", "us"}
    | {"comment", "comments", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit"}
    | {"pinterest", "telegram", "messenger", "flipboard", "bluesky", "threads", "tumblr", "pocket"}
)
_SHARE_VERBS = frozenset({"share", "tweet", "email", "print", "save", "follow", "copy"})
_SHARE_ROW_WORD = re.compile(r"[\w-]+")

_END_MARKER = re.compile(
    r"(?:\d+ )?(?:comments?|responses?|replies)"
    r"|(?:\d+|one) (?:comments?|responses?|replies|thoughts?) (?:to|on) .*"
    r"|(?:leave|post|add|write|submit) a (?:reply|comment|response)(?: cancel reply)?"
    r"|join the (?:discussion|conversation)|(?:post|article) navigation"
    r"|discussion (?:about|of|on) this (?:post|article|story|page)"
    r"|(?:show|view|load|read) (?:all )?(?:\d+ )?comments"
    r"|(?:next|previous|prev|older|newer) (?:post|article|story|entry|posts|articles|stories)"
    r"|发表评论|评论|留言|上一篇|下一篇",
    re.IGNORECASE,
)

_SECTION_MARKER = re.compile(
    r"related|related (?:articles?|stories|posts|news|content|coverage|reading|links|topics)"
    r"|more (?:from|in) .*|more on this (?:story|topic)"
    r"|more (?:stories|news|articles|like this|to read|to explore)"
    r"|(?:read|see) (?:more|also|next)|also read|further reading|what to read next"
    r"|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|(?:the )?most (?:read|popular|viewed|shared|commented)(?: \w+)?"
    r"|popular(?: posts| stories| articles| now| news| today)?"
    r"|trending(?: now| stories| news| topics| articles)?"
    r"|latest (?:news|stories|posts|articles|headlines|videos)|top stories"
    r"|editor'?s'? picks?|recommended(?: for you| stories| articles| reading| videos)?"
    r"|tags|tagged(?: in| with)?|topics|filed under|about the author"
    r"|(?:article |our )?(?:sources|references)|bibliography|works cited"
    r"|don'?t miss|in case you missed it"
    r"|share(?: this)?(?: (?:article|story|post|page))?|share (?:on|via) \w+"
    r"|follow us(?: on \w+)?|newsletters?|(?:sign up|subscribe)\b.*"
    r"|相关文章|相关阅读|相关推荐|热门推荐|推荐阅读|延伸阅读",
    re.IGNORECASE,
)
_MARKER_NOISE = re.compile(r"\(\d+\)|[^\w\s'’]+")


def ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text[-12:]) is not None


def is_prose(text: str, words: int) -> bool:
    """A block that reads like article text: several words and a full stop somewhere."""
    return words >= 8 and re.search(r"[.!?…:;。！？；：]", text[:2000]) is not None


def is_weak(text: str, words: int) -> bool:
    """A few words that are not a sentence: a label, a name, a stray menu entry. Figures and
    symbols ("$ cargo check --target x86") mean content, not a label."""
    return (
        words <= 6
        and not ends_sentence(text)
        and not text.endswith(":")
        and _LABEL.fullmatch(text) is not None
    )


def is_furniture(text: str, words: int) -> bool:
    """Banners, share rows, credits, footers and other page furniture standing alone."""
    if words > BANNER_WORDS or len(text) > 20 * BANNER_WORDS:
        return False
    lowered = _searchable(text)
    if _BANNER_NEEDS.found_in_lowered(text, lowered) and _BANNER.search(text):
        return True
    if words <= CAPTION_WORDS and _may_credit_a_photo(text, lowered) and _PHOTO_CREDIT.search(text):
        return True
    if words > SHORT_WORDS:
        return False
    return (
        _FURNITURE_START.match(text) is not None
        or (
            _FURNITURE_ANYWHERE_NEEDS.found_in_lowered(text, lowered)
            and _FURNITURE_ANYWHERE.search(text) is not None
        )
        or _is_share_row(text.lower() if lowered is None else lowered)
        or (words <= 8 and not ends_sentence(text) and _CREDIT.search(text) is not None)
    )


def _is_share_row(lowered: str) -> bool:
    # Most blocks hold no share verb at all, which `in` tells sooner than a split into words.
    if not any(map(lowered.__contains__, _SHARE_VERBS)):
        return False
    words = set(_SHARE_ROW_WORD.findall(lowered))
    return bool(words) and words <= _SHARE_WORDS and bool(words & _SHARE_VERBS)


def marker_kind(text: str, words: int) -> MarkerKind | None:
    """Titles that open page chrome: "end" starts the comments/pager, "section" a box of links."""
    if words > SHORT_WORDS or len(text) > 20 * SHORT_WORDS:
        return None
    label = " ".join(_MARKER_NOISE.sub(" ", text.replace("’", "'")).split())
    if _END_MARKER.fullmatch(label):  # may quote the article's title: "3 thoughts on “…”"
        return "end"
    if words <= MARKER_WORDS and _SECTION_MARKER.fullmatch(label):
        return "section"
    return None
