"""Writing an import plan in the caller's transaction: new enterprises, new products, updates, the
category filings and the audit log, in bulk statements rather than one ORM object per row.

The inserts go to the tables, not through the ORM: the ORM leaves out None values of columns that
have defaults and so splits ten thousand rows into thousands of small statements.

Ten thousand rows go in a few statements each way, which is what keeps an import within twice a bare
insert of the same rows. Everything the product form would write is written here too: the search keys
(search reads nothing else), the audit entries, a new product's code from the same sequence. A
constraint another desk trips at the same moment rolls the whole import back with one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silvershop.catalog.models import Enterprise, Product, product_category
from silvershop.catalog.product_codes import CODE_PREFIX, next_code
from silvershop.catalog.search_keys import product_keys, sort_key
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.exchange.catalogue_import import Action, ImportPlan, PlannedProduct, Progress
from silvershop.security import audit
from silvershop.security.models import AuditEntry
from silvershop.security.permissions import Actor, Permission

_CHUNK = 500
_KEYED = ("name", "model", "brand")  # the columns the search keys are made from


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def write_plan(session: Session, actor: Actor, plan: ImportPlan, progress: Progress | None = None) -> None:
    """Write `plan`; the caller's `transaction` commits it whole or, on any error or Cancel, not at all."""
    actor.require(Permission.EDIT_CATALOGUE)
    try:
        _Writer(session, actor, plan, progress).write()
        session.flush()
    except IntegrityError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another desk changed the same products or enterprises while the file was imported, so "
                "nothing was imported. Import the file again.",
            )
        ) from exc


class _Writer:
    def __init__(self, session: Session, actor: Actor, plan: ImportPlan, progress: Progress | None) -> None:
        self.session = session
        self.actor = actor
        self.plan = plan
        self.progress = progress
        self.total = sum(1 for p in plan.products if p.action is not Action.UNCHANGED)
        self.done = 0
        self.audit_rows: list[dict[str, Any]] = []

    def _advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress("write", self.done, self.total)

    def write(self) -> None:
        enterprises = self._enterprises()
        self._create([p for p in self.plan.products if p.action is Action.CREATE], enterprises)
        self._update([p for p in self.plan.products if p.action is Action.UPDATE], enterprises)
        summary = self.plan.summary()
        self.audit_rows.append(
            audit.entry(
                self.actor,
                "import",
                "catalogue",
                self.plan.file,
                {key: (None, summary[key]) for key in ("created", "updated", "unchanged", "rejected")},
                summary=f"{self.plan.file} ({self.plan.scheme_name} {self.plan.edition})",
            )
        )
        for chunk in _chunks(self.audit_rows):
            self.session.execute(insert(AuditEntry.__table__), chunk)

    def _enterprises(self) -> dict[str, tuple[int, str]]:
        """Credit code → (id, name) of every maker the plan names, the new ones inserted first."""
        new = self.plan.new_enterprises
        rows = [
            {"name": name, "name_pinyin": sort_key(name), "credit_code": code, "division_code": division}
            for code, (name, division) in new.items()
        ]
        for chunk in _chunks(rows):
            self.session.execute(insert(Enterprise.__table__), chunk)
        codes = sorted({p.credit_code for p in self.plan.products})
        found: dict[str, tuple[int, str]] = {}
        for chunk in _chunks(codes):
            for enterprise_id, code, name in self.session.execute(
                select(Enterprise.id, Enterprise.credit_code, Enterprise.name).where(
                    Enterprise.credit_code.in_(chunk)
                )
            ):
                found[code] = (enterprise_id, name)
        for code, (name, division) in new.items():
            changes = {"name": (None, name), "credit_code": (None, code), "division_code": (None, division)}
            self.audit_rows.append(
                audit.entry(self.actor, "create", "enterprise", found[code][0], changes, name)
            )
        return found

    def _create(self, planned: list[PlannedProduct], enterprises: dict[str, tuple[int, str]]) -> None:
        if not planned:
            return
        first = int(next_code(self.session).removeprefix(CODE_PREFIX))
        codes = {p.row: f"{CODE_PREFIX}{first + i:06d}" for i, p in enumerate(planned)}
        for chunk in _chunks(planned):
            rows = []
            for product in chunk:
                enterprise_id, maker = enterprises[product.credit_code]
                values = dict(product.values)
                code = codes[product.row]
                keys = product_keys(
                    code=code,
                    model=values["model"],
                    name=values["name"],
                    brand=values["brand"],
                    enterprise=maker,
                )
                rows.append(values | keys.columns() | {"code": code, "enterprise_id": enterprise_id})
            self.session.execute(insert(Product.__table__), rows)
            ids = dict(
                self.session.execute(
                    select(Product.code, Product.id).where(Product.code.in_([codes[p.row] for p in chunk]))
                ).all()
            )
            links = [
                {"product_id": ids[codes[p.row]], "category_id": category}
                for p in chunk
                for category in p.category_ids
            ]
            self.session.execute(insert(product_category), links)
            for product in chunk:
                code = codes[product.row]
                created = {
                    k: (None, _plain(v))
                    for k, v in product.values.items()
                    if v is not None and v != "" and v is not False
                }
                created["code"] = (None, code)
                created["categories"] = (None, self.plan.category_labels[product.category_id])
                self.audit_rows.append(
                    audit.entry(self.actor, "create", "product", ids[code], created, f"{code} {product.name}")
                )
            self._advance(len(chunk))

    def _update(self, planned: list[PlannedProduct], enterprises: dict[str, tuple[int, str]]) -> None:
        now = utcnow()
        for chunk in _chunks(planned):
            ids = [p.product_id for p in chunk]
            current = {
                row.id: row
                for row in self.session.execute(
                    select(Product.id, Product.code, Product.name, Product.model, Product.brand).where(
                        Product.id.in_(ids)
                    )
                )
            }
            for product in chunk:
                assert product.product_id is not None  # an update names its product
                values = dict(product.values)
                if any(column in values for column in _KEYED):
                    stored = current[product.product_id]
                    merged = {c: values.get(c, getattr(stored, c)) for c in _KEYED}
                    keys = product_keys(
                        code=stored.code, enterprise=enterprises[product.credit_code][1], **merged
                    )
                    values |= keys.columns()
                self.session.execute(
                    update(Product).where(Product.id == product.product_id).values(**values, updated_at=now)
                )
                if "categories" in product.changes:
                    self.session.execute(
                        delete(product_category).where(product_category.c.product_id == product.product_id)
                    )
                    self.session.execute(
                        insert(product_category),
                        [{"product_id": product.product_id, "category_id": c} for c in product.category_ids],
                    )
                changes = {k: (_plain(old), _plain(new)) for k, (old, new) in product.changes.items()}
                summary = f"{current[product.product_id].code} {product.name}"
                self.audit_rows.append(
                    audit.entry(self.actor, "update", "product", product.product_id, changes, summary)
                )
            self._advance(len(chunk))


def _plain(value: Any) -> Any:
    """Enum members as their stored text, so the log reads `listed` rather than ProductStatus.LISTED."""
    return getattr(value, "value", value)
