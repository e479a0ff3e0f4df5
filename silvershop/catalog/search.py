"""Finding products as people type: one box, Chinese of any length, pinyin, either script.

A product matches when every word of the query, in one of its folded forms (catalog.search_keys),
is a substring of its `search_text`. PostgreSQL reads that with LIKE; SQLite, which would have to
read every product for it, asks one of two FTS5 indexes first (one- and two-character pieces, or
trigrams), both exact for the lengths they answer, so the two databases return the same products.

The order is what a clerk expects when they type a code off a box: the product with exactly that
code or model first, then those whose name starts with the query (in pinyin order), then the rest
in the order they entered the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Integer, Select, and_, literal_column, or_, select, text
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, Product, ProductStatus, product_category
from silvershop.catalog.search_keys import query_forms, query_words
from silvershop.db.substrings import substring_token

# Past every character a name can hold, so [q, q + END) is the range of keys that start with q.
_END = "\U0010ffff"


@dataclass(frozen=True)
class ProductFilter:
    """What the catalogue is narrowed to; empty fields do not narrow."""

    text: str = ""
    category_ids: frozenset[int] = field(default_factory=frozenset)  # any of them
    enterprise_id: int | None = None
    rentable: bool | None = None
    listing_year: int | None = None
    statuses: frozenset[ProductStatus] = field(default_factory=frozenset)


def category_and_below(session: Session, category_ids: Iterable[int]) -> frozenset[int]:
    """The categories and all their sub-categories, so a filter on 12 22 also finds 12 22 03."""
    found = set(category_ids)
    frontier = set(found)
    while frontier:
        children = set(session.scalars(select(Category.id).where(Category.parent_id.in_(frontier))))
        frontier = children - found
        found |= frontier
    return frozenset(found)


def filter_clauses(session: Session, wanted: ProductFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of `wanted` other than its text."""
    clauses: list[ColumnElement[bool]] = []
    if wanted.category_ids:
        filed = select(product_category.c.product_id).where(
            product_category.c.category_id.in_(wanted.category_ids)
        )
        clauses.append(or_(Product.id.in_(filed), Product.assistive_category_id.in_(wanted.category_ids)))
    if wanted.enterprise_id is not None:
        clauses.append(Product.enterprise_id == wanted.enterprise_id)
    if wanted.rentable is not None:
        clauses.append(Product.rentable.is_(wanted.rentable))
    if wanted.listing_year is not None:
        clauses.append(Product.listing_year == wanted.listing_year)
    if wanted.statuses:
        clauses.append(Product.status.in_(wanted.statuses))
    return clauses


def text_clause(session: Session, query: str) -> ColumnElement[bool] | None:
    """Products whose words contain every word of the query, in one of its forms; None for no words."""
    words = query_words(query)
    return _every_word(session, words) if words else None


def _every_word(session: Session, words: Sequence[Sequence[str]]) -> ColumnElement[bool]:
    return and_(*(_any_form(session, forms) for forms in words))


def _any_form(session: Session, forms: Sequence[str]) -> ColumnElement[bool]:
    if session.get_bind().dialect.name != "sqlite":
        return or_(*(Product.search_text.like(f"%{_escape_like(form)}%", escape="\\") for form in forms))
    return or_(*(Product.id.in_(_index_hits(form)) for form in forms))


def _index_query(form: str) -> tuple[str, str]:
    """SQLite's full-text lookup for one folded form: exactly the products containing it."""
    if len(form) <= 2:
        return "product_piece_index", f'"{substring_token(form)}"'
    return "product_text_index", '"' + form.replace('"', '""') + '"'


def _index_hits(form: str) -> Select[tuple[int]]:
    index, term = _index_query(form)
    rowid = literal_column("rowid", Integer)
    return select(rowid).select_from(text(index)).where(literal_column(index).op("MATCH")(term))


def _matched(
    session: Session, words: Sequence[Sequence[str]], clauses: list[ColumnElement[bool]]
) -> list[int]:
    """The ids of the products matching every word, in id order."""
    connection = session.connection()
    if clauses or session.get_bind().dialect.name != "sqlite":
        matching = _every_word(session, words)
        return list(connection.scalars(select(Product.id).where(*clauses, matching).order_by(Product.id)))
    # Unfiltered on SQLite the index alone answers, in rowid order, read through the driver: tens of
    # thousands of hits for a short query cost more in result processing than in the index itself.
    cursor = connection.connection.cursor()
    try:
        matched: set[int] | list[int] | None = None
        for forms in words:
            found: list[list[int]] = []
            for form in forms:
                index, term = _index_query(form)
                cursor.execute(f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (term,))
                found.append([row[0] for row in cursor.fetchall()])
            hits = found[0] if len(found) == 1 else set().union(*found)
            matched = hits if matched is None else set(matched).intersection(hits)
    finally:
        cursor.close()
    if isinstance(matched, list):
        return matched
    return sorted(matched or ())


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _starts_with(session: Session, column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":  # a range, which reads the column's index
        return and_(column >= prefix, column < prefix + _END)
    return column.like(f"{_escape_like(prefix)}%", escape="\\")


def pinyin_order(session: Session, column: ColumnElement[str]) -> ColumnElement[str]:
    """Order by code point on both databases, whatever collation a PostgreSQL server was made with."""
    return column if session.get_bind().dialect.name == "sqlite" else column.collate("C")


def ranked_ids(session: Session, wanted: ProductFilter, *, limit: int | None = None) -> list[int]:
    """The ids of the products matching `wanted`, best first; without text, all of them by code."""
    clauses = filter_clauses(session, wanted)
    words = query_words(wanted.text)
    # The query as one, which the best matches equal or start with (a scanned label as its code).
    forms = query_forms("".join(word[0] for word in words))
    connection = session.connection()
    if not words:  # by code, whose index holds the ids: reading the wide product table costs four times more
        return list(
            connection.scalars(select(Product.id).where(*clauses).order_by(Product.code).limit(limit))
        )
    matched = _matched(session, words, clauses)
    if not matched:
        return []
    members = set(matched)
    tiers: list[Sequence[int]] = []
    for form in forms:
        exact = or_(Product.code == form.upper(), Product.model_key == form)
        tiers.append(connection.scalars(select(Product.id).where(*clauses, exact).order_by(Product.id)).all())
        tiers.append(_starting(session, Product.name_key, form, clauses, by=Product.name_pinyin))
        if form.isascii():  # each read in the order of its own index, so neither needs sorting
            tiers.append(_starting(session, Product.name_pinyin, form, clauses, by=Product.name_pinyin))
            tiers.append(_starting(session, Product.name_initials, form, clauses, by=Product.name_initials))
    ordered: dict[int, None] = {}
    for tier in tiers:
        ordered.update((product_id, None) for product_id in tier if product_id in members)
    ordered.update(dict.fromkeys(matched))
    result = list(ordered)
    return result if limit is None else result[:limit]


def _starting(
    session: Session,
    column: ColumnElement[str],
    prefix: str,
    clauses: list[ColumnElement[bool]],
    *,
    by: ColumnElement[str],
) -> Sequence[int]:
    """Products whose `column` starts with `prefix`, ordered by `by` (code points) and then id."""
    query = (
        select(Product.id)
        .where(*clauses, _starts_with(session, column, prefix))
        .order_by(pinyin_order(session, by), Product.id)
    )
    return session.connection().scalars(query).all()


def search(session: Session, query: str, *, limit: int | None = None) -> list[int]:
    """The products matching `query` anywhere in the catalogue, best first."""
    if not query_words(query):
        return []
    return ranked_ids(session, ProductFilter(text=query), limit=limit)
