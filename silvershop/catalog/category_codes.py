"""The codes of a category scheme as a list, and the ones users add to it.

The shipped reference data holds only codes that could be verified (DOMAIN: "ship only codes you
can justify; let users add the rest"). A code a product needs is added to its scheme and edition
by a catalogue editor, checked as that scheme writes codes, placed under the code it extends, and
marked as the users' own (`builtin` False), so a later load of the reference data leaves it alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silvershop.catalog.categories import ISO_CODE, normalise_assistive_code
from silvershop.catalog.models import Category, CategoryScheme, SchemeKind
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

_PLAIN_CODE = re.compile(r"[0-9A-Z][0-9A-Z .-]{0,31}")  # promotion and rental codes: P01, R101


@dataclass(frozen=True)
class CategoryRow:
    """One category as a list of a scheme shows it: where it sits, and whether a user added it."""

    id: int
    scheme_key: str
    edition: str
    scheme_name: str
    kind: SchemeKind
    code: str
    name: str
    parent_code: str
    section: str
    builtin: bool

    @property
    def label(self) -> str:
        return f"{self.scheme_key}:{self.edition}:{self.code}"


def _schemes(session: Session, scheme_key: str = "", edition: str = "") -> list[CategoryScheme]:
    query = select(CategoryScheme).order_by(CategoryScheme.sort_order, CategoryScheme.id)
    if scheme_key:
        query = query.where(CategoryScheme.key == scheme_key)
    if edition:
        query = query.where(CategoryScheme.edition == edition)
    return list(session.scalars(query))


def _no_such_scheme(session: Session, scheme_key: str, edition: str) -> NotFound:
    loaded = ", ".join(f"{s.key} {s.edition}" for s in _schemes(session))
    return NotFound(
        QT_TRANSLATE_NOOP(
            "errors",
            "No category scheme {scheme} {edition} is loaded. The loaded schemes and editions are: {loaded}.",
        ),
        field="scheme",
        scheme=scheme_key,
        edition=edition,
        loaded=loaded,
    )


def list_categories(
    session: Session, actor: Actor, scheme_key: str = "", edition: str = ""
) -> list[CategoryRow]:
    """The categories of every scheme, or of one scheme or edition, in the order the schemes give."""
    actor.require(Permission.VIEW_CATALOGUE)
    key, edition = " ".join(scheme_key.split()), " ".join(edition.split())
    schemes = _schemes(session, key, edition)
    if (key or edition) and not schemes:
        raise _no_such_scheme(session, key, edition)
    rows: list[CategoryRow] = []
    for scheme in schemes:
        categories = list(
            session.scalars(
                select(Category)
                .where(Category.scheme_id == scheme.id)
                .order_by(Category.sort_order, Category.code)
            )
        )
        codes = {c.id: c.code for c in categories}
        rows += [
            CategoryRow(
                c.id,
                scheme.key,
                scheme.edition,
                scheme.name,
                scheme.kind,
                c.code,
                c.name,
                codes.get(c.parent_id, "") if c.parent_id else "",
                c.section,
                c.builtin,
            )
            for c in categories
        ]
    return rows


def _new_code(scheme: CategoryScheme, text: str) -> str:
    if scheme.kind is SchemeKind.ASSISTIVE:
        code = normalise_assistive_code(text)
        if not code:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the category's code."), field="code")
        if not ISO_CODE.fullmatch(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An ISO 9999 code is one, two or three groups of two digits, like 22 06 or 22 06 18; "
                    "“{code}” is not one.",
                ),
                field="code",
                code=code,
            )
        return code
    code = " ".join(unicodedata.normalize("NFKC", text).split()).upper()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the category's code."), field="code")
    if not _PLAIN_CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A category code has only digits, capital letters, spaces, '.' and '-' "
                "(32 characters at most), like P08 or R104.",
            ),
            field="code",
        )
    return code


def _parent(session: Session, scheme: CategoryScheme, code: str, parent_text: str) -> Category | None:
    """The category the new one goes under: the one named, or for ISO 9999 the nearest code it extends."""
    by_code = {c.code: c for c in session.scalars(select(Category).where(Category.scheme_id == scheme.id))}
    assistive = scheme.kind is SchemeKind.ASSISTIVE
    if not parent_text.strip():
        if not assistive:
            return None
        groups = code.split()
        prefixes = (" ".join(groups[:n]) for n in range(len(groups) - 1, 0, -1))
        return next((by_code[p] for p in prefixes if p in by_code), None)
    parent_code = _new_code(scheme, parent_text)
    if assistive and not code.startswith(parent_code + " "):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "In ISO 9999 a category sits under a code it starts with: {code} cannot go under "
                "{parent}. Leave the parent empty to place it by its code.",
            ),
            field="parent_code",
            code=code,
            parent=parent_code,
        )
    if parent_code == code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A category cannot be its own parent; choose another one."),
            field="parent_code",
        )
    parent = by_code.get(parent_code)
    if parent is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{scheme} {edition} has no category {parent} to put this one under. "
                "Add that category first, or leave the parent empty.",
            ),
            field="parent_code",
            scheme=scheme.key,
            edition=scheme.edition,
            parent=parent_code,
        )
    return parent


def _sort_order(session: Session, scheme: CategoryScheme, code: str) -> int:
    """Where the new category is listed: ISO 9999 codes in code order, other schemes' at the end.

    Lists order by sort order and then code, so an ISO code sharing the order of the code just
    before it lands right behind it, without renumbering the shipped categories.
    """
    orders = session.execute(
        select(Category.code, Category.sort_order).where(Category.scheme_id == scheme.id)
    )
    known = sorted(orders)
    if not known:
        return 0
    if scheme.kind is not SchemeKind.ASSISTIVE:
        return max(order for _code, order in known) + 1
    before = [order for other, order in known if other <= code]
    return before[-1] if before else min(order for _code, order in known) - 1


def add_category(
    session: Session,
    actor: Actor,
    scheme_key: str,
    edition: str,
    code: str,
    name: str,
    parent_code: str = "",
) -> CategoryRow:
    """Add a category the shipped reference data lacks, such as an ISO 9999 code a product needs.

    An empty `parent_code` places an ISO 9999 code under the nearest code it extends (22 06 18
    under 22 06, else under 22); other schemes' categories then stand at the top of the tree.
    """
    actor.require(Permission.EDIT_CATALOGUE)
    key, edition = " ".join(scheme_key.split()), " ".join(edition.split())
    scheme = session.scalar(
        select(CategoryScheme).where(CategoryScheme.key == key, CategoryScheme.edition == edition)
    )
    if scheme is None:
        raise _no_such_scheme(session, key, edition)
    wanted = _new_code(scheme, code)
    title = " ".join(unicodedata.normalize("NFKC", name).split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the category's name."), field="name")
    if len(title) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This is too long: {limit} characters at most fit here."),
            field="name",
            limit=120,
        )
    holder = session.scalar(select(Category).where(Category.scheme_id == scheme.id, Category.code == wanted))
    if holder is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{scheme} {edition} already has the code {code}: {name}."),
            field="code",
            scheme=key,
            edition=edition,
            code=wanted,
            name=holder.name,
        )
    parent = _parent(session, scheme, wanted, parent_code)
    category = Category(
        scheme_id=scheme.id,
        code=wanted,
        name=title,
        section=parent.section if parent is not None else "",
        parent_id=parent.id if parent is not None else None,
        sort_order=_sort_order(session, scheme, wanted),
        builtin=False,
    )
    session.add(category)
    try:
        session.flush()
    except IntegrityError as exc:  # another desk added the same code a moment ago
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Another desk added the code {code} at the same moment; look it up instead."
            ),
            field="code",
            code=wanted,
        ) from exc
    parent_label = parent.code if parent is not None else ""
    audit.record(
        session,
        actor,
        "create",
        "category",
        category.id,
        {
            "scheme": (None, f"{key}:{edition}"),
            "code": (None, wanted),
            "name": (None, title),
            **({"parent": (None, parent_label)} if parent_label else {}),
        },
        summary=f"{key}:{edition}:{wanted} {title}",
    )
    return CategoryRow(
        category.id,
        key,
        edition,
        scheme.name,
        scheme.kind,
        wanted,
        title,
        parent_label,
        category.section,
        False,
    )
