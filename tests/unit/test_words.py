"""The words people read for stored codes: one per code, even where two enums store the same string."""

from __future__ import annotations

from silvershop.centres.models import StocktakeStatus
from silvershop.centres.transfers import Settlement
from silvershop.rental.models import FittingStage, LoanStatus
from silvershop.words import _ENTRIES, word


def test_codes_that_store_the_same_string_keep_their_own_words() -> None:
    assert word(LoanStatus.RETURNED) == "Returned"
    assert word(Settlement.RETURNED) == "Returned to the sender"
    assert word(StocktakeStatus.OPEN) == "Counting"
    assert word(LoanStatus.OPEN) == "On loan"
    assert word(StocktakeStatus.APPLIED) == "Applied"
    assert word(FittingStage.APPLIED) == "Application received"


def test_every_code_has_exactly_one_word() -> None:
    keys = [(type(code), code.value) for code, _ in _ENTRIES]
    assert len(keys) == len(set(keys))
    for enum in {type(code) for code, _ in _ENTRIES}:
        assert all(word(member) for member in enum), enum  # no member of a listed enum left out
