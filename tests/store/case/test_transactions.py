"""Transactions are the case's methods: what a writer opens, others see only once committed."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.case import Case
from tests.store.factories import add_document


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as case:
        yield case


def test_a_batch_is_seen_by_other_connections_only_once_committed(case: Case) -> None:
    assert not case.transaction_open
    assert case.begin()
    assert not case.begin()  # one is open already
    add_document(case, "a.txt", "A", ["First."])
    assert case.transaction_open
    with Case(case.path, readonly=True) as reader:
        assert reader.count_documents() == 0
        case.commit()
        assert not case.transaction_open
        assert reader.count_documents() == 1


def test_a_rolled_back_batch_leaves_nothing(case: Case) -> None:
    case.begin()
    add_document(case, "a.txt", "A", ["First."])
    case.rollback()
    assert not case.transaction_open
    assert case.count_documents() == 0


def test_an_error_inside_a_batch_undoes_its_savepoint_alone(case: Case) -> None:
    case.begin()
    add_document(case, "a.txt", "A", ["First."])
    with pytest.raises(RuntimeError), case.transaction():
        add_document(case, "b.txt", "B", ["Second."])
        raise RuntimeError("undone")
    assert case.transaction_open
    case.commit()
    assert [summary.path for summary in case.documents()] == ["a.txt"]
