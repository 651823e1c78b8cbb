"""The case file: one SQLite database, and the only package speaking SQL to it.

Importing `store.case.rows` (the models' conversion to rows, which ingest workers build) loads
no SQLite code: the names below load their modules when first asked for (PEP 562), so this
package's own import stays as light as `store.case.rows` needs it to be.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.case.case import WRITE_CACHE_KIB, Case
    from store.case.documents import DocumentSort
    from store.case.opening import CaseDamaged, CaseError, ReadOnlyCase, is_read_only
    from store.case.pool import CaseChange, CasePool, CaseWatch
    from store.case.quote_index import is_fts5_query_error
    from store.case.quotes import HIDE_NOTHING, HIDE_REJECTED, Hidden

# Each public name, by the module that defines it.
_HOMES = {
    "Case": "store.case.case",
    "WRITE_CACHE_KIB": "store.case.case",
    "DocumentSort": "store.case.documents",
    "CaseDamaged": "store.case.opening",
    "CaseError": "store.case.opening",
    "ReadOnlyCase": "store.case.opening",
    "is_read_only": "store.case.opening",
    "CaseChange": "store.case.pool",
    "CasePool": "store.case.pool",
    "CaseWatch": "store.case.pool",
    "is_fts5_query_error": "store.case.quote_index",
    "HIDE_NOTHING": "store.case.quotes",
    "HIDE_REJECTED": "store.case.quotes",
    "Hidden": "store.case.quotes",
}

__all__ = [
    "HIDE_NOTHING",
    "HIDE_REJECTED",
    "WRITE_CACHE_KIB",
    "Case",
    "CaseChange",
    "CaseDamaged",
    "CaseError",
    "CasePool",
    "CaseWatch",
    "DocumentSort",
    "Hidden",
    "ReadOnlyCase",
    "is_fts5_query_error",
    "is_read_only",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
