"""SQL expressions of a quote (`q`) whose speaker is in doubt, for the quote readers and the
quote finder's `@?`."""

from __future__ import annotations

from store.quoting.trust import UNCERTAIN_BELOW

# A quote's speaker is disputed when a report of the same statement in another document
# names someone else: both named (a phrase such as "the company" is no name), and neither name
# the other's last words ("Trump", "Donald Trump"). Read, not stored: it follows corrections.
SPEAKER_DISPUTED = (
    "EXISTS (SELECT 1 FROM quote_variants v JOIN quotes o ON o.id = v.variant_id"
    " WHERE v.quote_id = q.id AND o.speaker NOT GLOB '[a-z]*' AND q.speaker NOT GLOB '[a-z]*'"
    " AND lower(o.speaker) <> lower(q.speaker)"
    " AND lower(q.speaker) NOT LIKE '% ' || lower(o.speaker)"
    " AND lower(o.speaker) NOT LIKE '% ' || lower(q.speaker))"
)
# A quote to review (`@?` in the quote finder): no speaker, a speaker found by a path of low
# confidence (store.quoting.trust), or disputed; never one the user gave.
SPEAKER_UNCERTAIN = (
    "(coalesce(q.how, '') <> 'corrected' AND (q.speaker IS NULL"
    f" OR q.confidence < {UNCERTAIN_BELOW} OR {SPEAKER_DISPUTED}))"
)
