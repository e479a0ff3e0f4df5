"""What the kiosk says about money, counts and rental, in words a visitor reads at a glance.

Amounts are shown as people say them: whole yuan without ".00" (¥1,299), fen only when there are some.
An example of rent after a subsidy is rounded to whole yuan and marked "about": the exact sum depends
on the resident's cap and the term, which the rental desk works out.
"""

from __future__ import annotations

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.money import FEN_PER_YUAN

CONTEXT = "kiosk"


def word(source: str) -> str:
    return translate(CONTEXT, source)


def yuan(fen: int) -> str:
    """¥1,299 for 129900 fen, ¥12.50 for 1250."""
    whole, cents = divmod(fen, FEN_PER_YUAN)
    return f"¥{whole:,}" if not cents else f"¥{whole:,}.{cents:02d}"


def about_yuan(fen: int) -> str:
    """To the nearest whole yuan, halves up: ¥100 for 9950 fen."""
    return f"¥{(fen + FEN_PER_YUAN // 2) // FEN_PER_YUAN:,}"


def price(fen: int | None) -> str:
    if fen is None:
        return word(QT_TRANSLATE_NOOP("kiosk", "Price: please ask a member of staff"))
    return word(QT_TRANSLATE_NOOP("kiosk", "Price: {amount}")).format(amount=yuan(fen))


def product_count(count: int) -> str:
    if count == 0:
        return word(QT_TRANSLATE_NOOP("kiosk", "No products yet"))
    if count == 1:
        return word(QT_TRANSLATE_NOOP("kiosk", "1 product"))
    return word(QT_TRANSLATE_NOOP("kiosk", "{count} products")).format(count=count)


def free_now(free: int) -> str:
    """A product card's rental line."""
    if free == 0:
        return word(QT_TRANSLATE_NOOP("kiosk", "Can be rented: none free here now"))
    return word(QT_TRANSLATE_NOOP("kiosk", "Can be rented: {count} free now")).format(count=free)


def months(terms: tuple[int, ...]) -> str:
    """ "2 or 3 months"."""
    if not terms:
        return ""
    numbers = [str(term) for term in terms]
    if len(numbers) == 1:
        listed = numbers[0]
    else:
        listed = word(QT_TRANSLATE_NOOP("kiosk", "{some} or {last}")).format(
            some=", ".join(numbers[:-1]), last=numbers[-1]
        )
    return word(QT_TRANSLATE_NOOP("kiosk", "{months} months")).format(months=listed)


def subsidy_line(label: str, monthly_fen: int) -> str:
    """One example: who it is for, then what a month costs them ("80周岁及以上：每月约 ¥100")."""
    return word(QT_TRANSLATE_NOOP("kiosk", "{label}: about {amount} a month")).format(
        label=label, amount=about_yuan(monthly_fen)
    )


def listing(names: tuple[str, ...]) -> str:
    return word(QT_TRANSLATE_NOOP("kiosk", ", ")).join(names)
