"""Forms: sign-up, contact and comment forms, whose fields' labels a crawler keeps as text.

A form marks the fields it requires with a star ("First Name*", "Email \\*"); an article's
lines do not end in one, let alone line after line. From a form's first starred label to its
last, what sits between is the form too: more labels, a select's options run together, hints
("This field is hidden when viewing the form").
"""

from __future__ import annotations

from store.cleaning.blocks import Block
from store.cleaning.weights import is_content, mark_range

LABEL_WORDS = 6  # a field's label: "Number of Employees*", "May we text you? *"
MIN_FIELDS = 2  # starred labels that make a form
FIELD_GAP = 8  # blocks at most between two starred labels of one form
GAP_WORDS = 20  # this much prose between them is article text ("This field is for validation
# purposes and should be left unchanged." is a form's hint): no form spans it


def mark_forms(blocks: list[Block]) -> None:
    """Mark each run of a form's fields."""
    fields = [i for i, block in enumerate(blocks) if _is_required_field(block)]
    run: list[int] = []
    for i in fields:
        if run and not _same_form(blocks, run[-1], i):
            _mark(blocks, run)
            run = []
        run.append(i)
    _mark(blocks, run)


def _is_required_field(block: Block) -> bool:
    return (
        block.kind in ("para", "item", "heading")
        and block.words <= LABEL_WORDS
        and block.text.endswith("*")
        and not block.text.endswith("**")  # bold a converter left open, not a star
    )


def _same_form(blocks: list[Block], last: int, field: int) -> bool:
    between = blocks[last + 1 : field]
    prose = sum(b.words for b in between if is_content(b))
    return field - last <= FIELD_GAP and prose < GAP_WORDS


def _mark(blocks: list[Block], run: list[int]) -> None:
    if len(run) >= MIN_FIELDS:
        mark_range(blocks, run[0], run[-1] + 1, "form")
