"""How the rental counter says money, rates, terms and a unit's state: the same words on the checkout
panel, the return panel, the renewal dialog and the confirmation line, translated once.

Amounts are shown in 元 with two decimals from integer fen, as the receipt prints them, so what the
clerk reads on the screen is what the resident reads on paper.
"""

from __future__ import annotations

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.money import format_yuan
from silvershop.rental.models import UnitState
from silvershop.rental.quotes import Term

CONTEXT = "counter"

# A sign in front of each state's word, so the state is never told by colour alone.
STATE_SIGNS = {
    UnitState.AVAILABLE: "✓",
    UnitState.RESERVED: "◆",
    UnitState.ON_LOAN: "→",
    UnitState.AWAITING_CLEANING: "↻",
    UnitState.IN_REPAIR: "⚠",
    UnitState.RETIRED: "✕",
    UnitState.LOST: "?",
}

# What a unit that can be neither lent nor taken back means at the counter, and what to do next.
NOT_AT_THE_COUNTER = {
    UnitState.AWAITING_CLEANING: QT_TRANSLATE_NOOP(
        "counter",
        "{tag} came back and waits for its cleaning record; sign it off on the Cleaning tab before "
        "lending it.",
    ),
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP(
        "counter",
        "{tag} is being repaired. Once the repair is finished it is cleaned before the next loan; lend "
        "another unit of {product} meanwhile.",
    ),
    UnitState.RETIRED: QT_TRANSLATE_NOOP(
        "counter",
        "{tag} is retired and is no longer lent. Keep it out of the rental store and lend another unit "
        "of {product}.",
    ),
    UnitState.LOST: QT_TRANSLATE_NOOP(
        "counter",
        "{tag} is recorded as lost. If it has turned up, give it to the centre manager; lend another "
        "unit of {product} meanwhile.",
    ),
}


def word(source: str) -> str:
    return translate(CONTEXT, source)


def money(fen: int) -> str:
    """`1,770.00 元`: two decimals from integer fen, never through a float."""
    return word(QT_TRANSLATE_NOOP("counter", "{amount} 元")).format(amount=format_yuan(fen))


def percent(rate_bp: int) -> str:
    """5000 basis points as `50 %`, 3333 as `33.33 %`."""
    whole, part = divmod(rate_bp, 100)
    number = f"{whole}.{part:02d}".rstrip("0").rstrip(".") if part else str(whole)
    return word(QT_TRANSLATE_NOOP("counter", "{rate} %")).format(rate=number)


def term(chosen: Term) -> str:
    if chosen.days:
        if chosen.days == 1:
            return word(QT_TRANSLATE_NOOP("counter", "1 day"))
        return word(QT_TRANSLATE_NOOP("counter", "{n} days")).format(n=chosen.days)
    if chosen.months == 1:
        return word(QT_TRANSLATE_NOOP("counter", "1 month"))
    return word(QT_TRANSLATE_NOOP("counter", "{n} months")).format(n=chosen.months)


def not_at_the_counter(state: UnitState, tag: str, product: str) -> str:
    return word(NOT_AT_THE_COUNTER[state]).format(tag=tag, product=product)
