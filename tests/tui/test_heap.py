"""Settling the heap: what lives when the app has settled is frozen out of the collector's
walks, and what an earlier settling froze is collected again by the next."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import tui.app
from tests.tui.conftest import STANDARD_DOCS, CaseFactory, wait_until
from tui.app import build_app
from tui.heap import settle_heap
from tui.screenshots import settle


class Node:
    """A container the collector tracks, able to hold itself in a cycle."""

    def __init__(self) -> None:
        self.other: object = None


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    """Never leave the test process frozen: its later garbage must be collected."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def tracked(item: object) -> bool:
    """Whether a collection would walk `item` (frozen objects are in no generation)."""
    return any(candidate is item for candidate in gc.get_objects())


def test_what_lives_when_settled_is_left_out_of_collections() -> None:
    before = Node()
    assert tracked(before)
    settle_heap()
    assert gc.get_freeze_count() > 0
    assert not tracked(before)
    after = Node()
    assert tracked(after)  # made later: collected as usual


def test_a_cycle_made_after_settling_is_collected() -> None:
    settle_heap()
    cycle = Node()
    cycle.other = cycle
    gone = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert gone() is None


def test_frozen_garbage_is_collected_by_the_next_settling() -> None:
    cycle = Node()
    cycle.other = cycle
    gone = weakref.ref(cycle)
    settle_heap()  # alive now: frozen
    del cycle
    gc.collect()
    assert gone() is not None  # frozen garbage survives a collection…
    settle_heap()
    assert gone() is None  # …until the heap is settled again


async def test_the_app_settles_the_heap_once_started(
    make_case: CaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui.app, "SETTLED_AFTER", 0.01)  # (a zero timer never fires)
    app = build_app(Path(make_case(STANDARD_DOCS)))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: gc.get_freeze_count() > 0, "the start's settling")
        assert app.is_running


async def test_the_quotes_pane_settles_the_heap_once_its_case_is_read(
    make_case: CaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The start's own settling, on a timer, is kept out of the way: this is the pane's.
    monkeypatch.setattr(tui.app, "SETTLED_AFTER", 3600.0)
    app = build_app(Path(make_case(STANDARD_DOCS)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() == 0  # not before the quotes are shown
        await pilot.press("3")
        await settle(pilot)
        await app.workers.wait_for_complete()
        assert gc.get_freeze_count() > 0
