"""Quotes signed with a post and no name, as surveys and testimonials give them:
"“It just works.” -- Embedded systems engineer at a startup", or the post alone opening the
next paragraph. The post is who spoke as far as the article says: a nominal speaker, like
"the company" of "the company said", never left "unknown".
"""

from __future__ import annotations

import re

from store.quoting.cues import Cue
from store.quoting.lexicon import JOB_TITLES, POST_ENDINGS, TITLES
from store.quoting.phrases import Subject

# A dash (or two) after a closing mark, then a capitalised phrase running to the sentence's
# or the paragraph's end; or, opening a paragraph, the dash and the phrase alone.
_PHRASE = r"(?P<post>[A-Z][\w’'&/-]*(?:[ \t]+[\w’'&/(),-]+){0,14}?)"
_SIGNED_POST_RE = re.compile(rf"[”\"»]\s*[―—–-]+\s*{_PHRASE}\s*(?:\.\s|\.?$)")
_OPENING_POST_RE = re.compile(rf"\s*[―—–-]+\s*{_PHRASE}\s*\.?\s*$")
# Besides the posts a byline or a verb's subject gives, the roles surveys sign with.
_SIGNERS = frozenset(
    ["developer", "programmer", "author", "creator", "maintainer", "contributor", "student"]
)
_POSTS = TITLES | JOB_TITLES | POST_ENDINGS | _SIGNERS
# The post's head stands among the phrase's first words ("Senior software engineer working
# on …"); a post word far into it is part of what the signer does, not who they are.
_HEAD_REACH = 4


def post_signature_cues(index: int, text: str) -> list[Cue]:
    """Cues for the posts signing quotes in a paragraph with no name: the post is the
    speaker as the text writes it, and its role."""
    matches = list(_SIGNED_POST_RE.finditer(text))
    opening = _OPENING_POST_RE.match(text)
    cues = (_post_cue(index, m) for m in [*matches, *([opening] if opening else [])])
    return [cue for cue in cues if cue is not None]


def _post_cue(index: int, match: re.Match[str]) -> Cue | None:
    post = match.group("post").rstrip(" ,")
    words = [w.strip("(),").lower() for w in post.split()]
    head = next((k for k, w in enumerate(words[:_HEAD_REACH]) if w in _POSTS), None)
    if head is None or any(w[:1].isupper() for w in post.split()[1 : head + 1]):
        return None  # "— Ann Cole, …" is a name's signature; "— Read more" signs nothing
    start = match.start("post")
    subject = Subject(
        "role", " ".join(words[: head + 1]), start, start + len(post), definite=False, phrase=post
    )
    return Cue(index, start, start + len(post), f"— {post}", subject, False, None, how="dash")
