"""product search: folded and pinyin keys on product and enterprise, and on SQLite two full-text
indexes kept by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

`search_text` holds every facet a query may match, one per line (see catalog.search_keys). On
SQLite a trigram index answers queries of three characters or more and an index of one- and
two-character pieces answers the shorter ones; both are contentless (the text is already in
`product`) and follow every insert, update and delete of a product through triggers, so no write
path can leave them behind. PostgreSQL reads the same column with LIKE and needs neither.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_COLUMNS = (
    ("model_key", 120),
    ("name_key", 200),
    ("name_pinyin", 400),
    ("name_initials", 200),
    ("brand_pinyin", 240),
)

SQLITE_INDEXES = (
    "CREATE VIRTUAL TABLE product_text_index USING fts5(search_text, content='', tokenize='trigram')",
    "CREATE VIRTUAL TABLE product_piece_index USING fts5(pieces, content='', tokenize='ascii', detail='none')",
    """CREATE TRIGGER product_search_insert AFTER INSERT ON product BEGIN
        INSERT INTO product_text_index(rowid, search_text) VALUES (new.id, new.search_text);
        INSERT INTO product_piece_index(rowid, pieces) VALUES (new.id, silvershop_substrings(new.search_text));
    END""",
    """CREATE TRIGGER product_search_delete AFTER DELETE ON product BEGIN
        INSERT INTO product_text_index(product_text_index, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        INSERT INTO product_piece_index(product_piece_index, rowid, pieces)
            VALUES ('delete', old.id, silvershop_substrings(old.search_text));
    END""",
    """CREATE TRIGGER product_search_update AFTER UPDATE OF search_text ON product BEGIN
        INSERT INTO product_text_index(product_text_index, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        INSERT INTO product_piece_index(product_piece_index, rowid, pieces)
            VALUES ('delete', old.id, silvershop_substrings(old.search_text));
        INSERT INTO product_text_index(rowid, search_text) VALUES (new.id, new.search_text);
        INSERT INTO product_piece_index(rowid, pieces) VALUES (new.id, silvershop_substrings(new.search_text));
    END""",
)


def upgrade() -> None:
    from silvershop.catalog.search_keys import product_keys, sort_key

    for name, length in KEY_COLUMNS:
        op.add_column("product", sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
        op.create_index(op.f(f"ix_product_{name}"), "product", [name])
    op.add_column(
        "enterprise", sa.Column("name_pinyin", sa.String(length=400), nullable=False, server_default="")
    )
    op.create_index(op.f("ix_enterprise_name_pinyin"), "enterprise", ["name_pinyin"])
    bind = op.get_bind()
    enterprises = bind.execute(sa.text("SELECT id, name FROM enterprise")).all()
    if enterprises:
        bind.execute(
            sa.text("UPDATE enterprise SET name_pinyin = :key WHERE id = :id"),
            [{"id": enterprise_id, "key": sort_key(name)} for enterprise_id, name in enterprises],
        )
    rows = bind.execute(
        sa.text(
            "SELECT p.id, p.code, p.model, p.name, p.brand, e.name FROM product p "
            "JOIN enterprise e ON e.id = p.enterprise_id"
        )
    ).all()
    update = sa.text(
        "UPDATE product SET search_text = :search_text, model_key = :model_key, name_key = :name_key, "
        "name_pinyin = :name_pinyin, name_initials = :name_initials, brand_pinyin = :brand_pinyin "
        "WHERE id = :id"
    )
    values = [
        {"id": pid, **product_keys(code=code, model=model, name=name, brand=brand, enterprise=ent).columns()}
        for pid, code, model, name, brand, ent in rows
    ]
    if values:
        bind.execute(update, values)
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_INDEXES:
            op.execute(statement)
        op.execute("INSERT INTO product_text_index(rowid, search_text) SELECT id, search_text FROM product")
        op.execute(
            "INSERT INTO product_piece_index(rowid, pieces) "
            "SELECT id, silvershop_substrings(search_text) FROM product"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("product_search_insert", "product_search_delete", "product_search_update"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE product_text_index")
        op.execute("DROP TABLE product_piece_index")
    op.drop_index(op.f("ix_enterprise_name_pinyin"), table_name="enterprise")
    op.drop_column("enterprise", "name_pinyin")
    for name, _length in reversed(KEY_COLUMNS):
        op.drop_index(op.f(f"ix_product_{name}"), table_name="product")
        op.drop_column("product", name)
