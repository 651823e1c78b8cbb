"""The order of the reports of one statement, and which came first."""

from __future__ import annotations

import datetime as dt

from store.models import QuoteHit, VariantRef


def report_order(published: dt.date | None, doc_id: int, quote_id: int) -> tuple[object, ...]:
    """Reports of one statement by date, earliest first; undated ones last, where nothing
    says when they came out."""
    return (published is None, published or dt.date.min, doc_id, quote_id)


def hit_order(hit: QuoteHit) -> tuple[object, ...]:
    return report_order(hit.published, hit.quote.doc_id or 0, hit.quote.id or 0)


def ref_order(ref: VariantRef) -> tuple[object, ...]:
    return report_order(ref.published, ref.doc_id, ref.quote_id)


def first_report(hit: QuoteHit, variants: list[QuoteHit]) -> QuoteHit | None:
    """Where a statement first appeared in the case: the earliest dated of a quote and its
    other reports (None without other reports or dates). Undated reports are not counted:
    nothing says they came later."""
    dated = [report for report in [hit, *variants] if report.published is not None]
    return min(dated, key=hit_order) if variants and dated else None


def first_ref(own: VariantRef, variants: list[VariantRef]) -> VariantRef | None:
    """`first_report` of references (`quotes --json`)."""
    dated = [report for report in [own, *variants] if report.published is not None]
    return min(dated, key=ref_order) if variants and dated else None
