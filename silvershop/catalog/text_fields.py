"""Free text as people type it into a form: one line, and no longer than its column holds."""

from __future__ import annotations

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError


def one_line(text: str) -> str:
    """`text` trimmed, each run of spaces and line breaks inside it made one space."""
    return " ".join(text.split())


def limited(text: str, limit: int, field: str) -> str:
    """`text` on one line, refused at `field` when it would not fit in `limit` characters."""
    value = one_line(text)
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This is too long: {limit} characters at most fit here."),
            field=field,
            limit=limit,
        )
    return value
