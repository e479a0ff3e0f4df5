"""Categories as a product form and the command line name them: scheme, edition and code.

The same code means different things in different editions (P01 of the 2018 MIIT catalogue is not
P01 of 2024), so a category is never named by its code alone. ISO 9999 codes are written in three
groups of two digits (`12 22 03`); people type them with or without the spaces. The shipped
reference data holds only the codes that could be verified; users add the others they need
(`category_codes.add_category`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, SchemeKind
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound
from silvershop.security.permissions import Actor, Permission

ISO_CODE = re.compile(r"[0-9]{2}(?: ?[0-9]{2}){0,2}")  # 12, 12 22, 12 22 03 (spaces optional)


@dataclass(frozen=True)
class CategoryRef:
    """One category with the scheme and edition that give its code a meaning."""

    id: int
    scheme_name: str
    edition: str
    code: str
    name: str
    scheme_key: str = ""
    kind: SchemeKind = SchemeKind.PROMOTION

    @property
    def label(self) -> str:
        """`scheme:edition:code`, the form the command line takes back."""
        return f"{self.scheme_key}:{self.edition}:{self.code}"


def category_refs(session: Session, category_ids: Iterable[int]) -> list[CategoryRef]:
    """The categories of `category_ids` that exist, in the order the schemes are listed."""
    ids = set(category_ids)
    if not ids:
        return []
    rows = session.execute(
        select(
            Category.id,
            CategoryScheme.name,
            CategoryScheme.edition,
            Category.code,
            Category.name,
            CategoryScheme.key,
            CategoryScheme.kind,
        )
        .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
        .where(Category.id.in_(ids))
        .order_by(CategoryScheme.sort_order, Category.sort_order, Category.code)
    )
    return [CategoryRef(*row) for row in rows]


def normalise_assistive_code(text: str) -> str:
    """`122203` or `12-22-03` as ISO 9999 writes it, `12 22 03`; other text unchanged but trimmed."""
    plain = unicodedata.normalize("NFKC", text).strip().replace("-", " ").replace(".", " ")
    plain = " ".join(plain.split())
    if ISO_CODE.fullmatch(plain):
        digits = plain.replace(" ", "")
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return plain


def find_category(session: Session, actor: Actor, scheme_key: str, edition: str, code: str) -> CategoryRef:
    """The category `code` of the scheme `scheme_key` in `edition` (e.g. miit_smart, 2024, P01)."""
    actor.require(Permission.VIEW_CATALOGUE)
    key, edition = scheme_key.strip(), edition.strip()
    scheme = session.execute(
        select(CategoryScheme.id, CategoryScheme.kind).where(
            CategoryScheme.key == key, CategoryScheme.edition == edition
        )
    ).first()
    if scheme is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no category scheme {scheme} in the edition {edition}. "
                "Write it as scheme:edition:code, for example miit_smart:2024:P01.",
            ),
            field="category_ids",
            scheme=key,
            edition=edition,
        )
    if scheme.kind is SchemeKind.ASSISTIVE:
        wanted = normalise_assistive_code(code)
    else:
        wanted = unicodedata.normalize("NFKC", code).strip().upper()
    category_id = session.scalar(
        select(Category.id).where(Category.scheme_id == scheme.id, Category.code == wanted)
    )
    if category_id is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "The scheme {scheme} {edition} has no category {code}. Check the code."
            ),
            field="category_ids",
            scheme=key,
            edition=edition,
            code=wanted,
        )
    [ref] = category_refs(session, [category_id])
    return ref


def _assistive_editions(session: Session, code: str) -> list[tuple[str, str]]:
    """(scheme key, edition) of every loaded assistive-product scheme that has `code`."""
    rows = session.execute(
        select(CategoryScheme.key, CategoryScheme.edition)
        .join(Category, Category.scheme_id == CategoryScheme.id)
        .where(CategoryScheme.kind == SchemeKind.ASSISTIVE, Category.code == code)
        .order_by(CategoryScheme.sort_order, CategoryScheme.id)
    )
    return [(row.key, row.edition) for row in rows]


def find_assistive_category(session: Session, actor: Actor, code: str, edition: str = "") -> CategoryRef:
    """An ISO 9999 / GB/T 16432 category by its code, in `edition` or else the one edition that has it.

    A refusal says which of the three things is wrong: the way the code is written, the edition
    asked for, or that no loaded edition has the code yet (users add the codes they need).
    """
    actor.require(Permission.VIEW_CATALOGUE)
    wanted = normalise_assistive_code(code)
    if not ISO_CODE.fullmatch(wanted):
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{code}” is not an assistive-product code: write ISO 9999 codes as two-digit groups, "
                "as in 12 22 03.",
            ),
            field="assistive_category_id",
            code=code.strip(),
        )
    everywhere = _assistive_editions(session, wanted)
    edition = " ".join(edition.split())
    found = [row for row in everywhere if row[1] == edition] if edition else everywhere
    if not found and everywhere:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "{edition} has no code {code}; the loaded editions with it are {editions}."
            ),
            field="assistive_category_id",
            edition=edition,
            code=wanted,
            editions=", ".join(dict.fromkeys(row[1] for row in everywhere)),
        )
    if not found:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "No loaded edition of ISO 9999 or GB/T 16432 has the code {code}. Check the code; "
                "if it is right, add it to its edition as a new category first.",
            ),
            field="assistive_category_id",
            code=wanted,
        )
    if len(found) > 1:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "The code {code} is in several editions ({editions}); say which one is meant.",
            ),
            field="assistive_category_id",
            code=wanted,
            editions=", ".join(row[1] for row in found),
        )
    return find_category(session, actor, found[0][0], found[0][1], wanted)
