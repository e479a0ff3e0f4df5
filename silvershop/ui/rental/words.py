"""Residents' stored codes as words: sex, the basis on which their data is kept, and the
eligibility facts the subsidy rules read (DOMAIN.md section 5)."""

from __future__ import annotations

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.rental.models import ConsentBasis, Sex
from silvershop.rental.residents import Dibao, Eligibility, LtcLevel

CONTEXT = "residents"

_SEX = {
    Sex.MALE.value: QT_TRANSLATE_NOOP("residents", "Male"),
    Sex.FEMALE.value: QT_TRANSLATE_NOOP("residents", "Female"),
}
_CONSENT = {
    ConsentBasis.CONSENT: QT_TRANSLATE_NOOP("residents", "✓ Consent"),
    ConsentBasis.STATUTORY_DUTY: QT_TRANSLATE_NOOP("residents", "✓ Statutory duty"),
    ConsentBasis.NONE: QT_TRANSLATE_NOOP("residents", "✕ None on file"),
}
CONSENT_CHOICES = {
    ConsentBasis.CONSENT: QT_TRANSLATE_NOOP("residents", "The resident's separate consent"),
    ConsentBasis.STATUTORY_DUTY: QT_TRANSLATE_NOOP("residents", "A statutory duty"),
}
ABILITY_LEVELS = {
    None: QT_TRANSLATE_NOOP("residents", "Not assessed"),
    0: QT_TRANSLATE_NOOP("residents", "0 – able"),
    1: QT_TRANSLATE_NOOP("residents", "1 – mildly impaired"),
    2: QT_TRANSLATE_NOOP("residents", "2 – moderately impaired"),
    3: QT_TRANSLATE_NOOP("residents", "3 – severely impaired"),
    4: QT_TRANSLATE_NOOP("residents", "4 – fully dependent"),
}
LTC_LEVELS = {
    LtcLevel.NONE: QT_TRANSLATE_NOOP("residents", "None"),
    LtcLevel.MILD: QT_TRANSLATE_NOOP("residents", "Mild disability"),
    LtcLevel.MODERATE: QT_TRANSLATE_NOOP("residents", "Moderate disability"),
    LtcLevel.SEVERE: QT_TRANSLATE_NOOP("residents", "Severe disability"),
}
DIBAO = {
    Dibao.NONE: QT_TRANSLATE_NOOP("residents", "Neither"),
    Dibao.DIBAO: QT_TRANSLATE_NOOP("residents", "Minimum living allowance (dibao)"),
    Dibao.DIBAO_EDGE: QT_TRANSLATE_NOOP("residents", "Just above the allowance line (dibao edge)"),
}


def word(source: str) -> str:
    return translate(CONTEXT, source)


def sex(code: str) -> str:
    return word(_SEX[code]) if code in _SEX else "–"


def consent(basis: ConsentBasis) -> str:
    return word(_CONSENT[basis])


def eligibility(facts: Eligibility) -> str:
    """The three facts in one line, as a reveal shows them."""
    parts = (
        translate(CONTEXT, QT_TRANSLATE_NOOP("residents", "Ability assessment: {level}")).format(
            level=word(ABILITY_LEVELS[facts.ability_level])
        ),
        translate(CONTEXT, QT_TRANSLATE_NOOP("residents", "Long-term care insurance: {level}")).format(
            level=word(LTC_LEVELS[facts.ltc_level])
        ),
        translate(CONTEXT, QT_TRANSLATE_NOOP("residents", "Low-income family: {status}")).format(
            status=word(DIBAO[facts.dibao])
        ),
    )
    return "\n".join(parts)
