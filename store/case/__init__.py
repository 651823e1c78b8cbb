"""The case file: one SQLite database, and the only package speaking SQL to it.

Importing `store.case.rows` (the models' conversion to rows, which ingest workers build) loads
no SQLite code: the names below load their modules when first asked for (PEP 562), so this
package's own import stays as light as `store.case.rows` needs it to be.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.case.case import (
        WRITE_CACHE_KIB,
        Case,
        CaseDamaged,
        CaseError,
        CasePool,
        CaseWatch,
        DocumentSort,
        ReadOnlyCase,
        is_fts5_query_error,
        is_read_only,
    )

# Each public name, by the module that defines it.
_HOMES = {
    "Case": "store.case.case",
    "CaseDamaged": "store.case.case",
    "CaseError": "store.case.case",
    "CasePool": "store.case.case",
    "CaseWatch": "store.case.case",
    "DocumentSort": "store.case.case",
    "ReadOnlyCase": "store.case.case",
    "WRITE_CACHE_KIB": "store.case.case",
    "is_fts5_query_error": "store.case.case",
    "is_read_only": "store.case.case",
}

__all__ = [
    "WRITE_CACHE_KIB",
    "Case",
    "CaseDamaged",
    "CaseError",
    "CasePool",
    "CaseWatch",
    "DocumentSort",
    "ReadOnlyCase",
    "is_fts5_query_error",
    "is_read_only",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
