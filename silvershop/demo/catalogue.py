"""Demo enterprises and products: valid credit codes, believable names, every category scheme used.

Enterprises keep to their line of business (a 医疗器械 company makes wheelchairs and blood-pressure
monitors, a 服饰 company shoes), a few large ones make most products, and each product is filed in
the promotion catalogue it was listed in plus, for devices the desk lends, the 无锡 rental
catalogue and its ISO 9999 code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from itertools import accumulate

from pypinyin import lazy_pinyin
from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.credit_code import credit_check_character
from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductStatus,
    product_category,
)
from silvershop.catalog.search_keys import product_keys, sort_key
from silvershop.demo.product_kinds import INDUSTRIES, KINDS, ProductKind
from silvershop.demo.run import CHUNK, DemoRun, Row
from silvershop.demo.vocabulary import (
    ADULT_GIVEN,
    ENTERPRISE_WORDS,
    MOBILE_PREFIXES,
    OTHER_DIVISIONS,
    RECOMMENDING_UNITS,
    SURNAMES,
    WUXI_DIVISIONS,
    Division,
)

OLD_SMART_EDITIONS = {"2018": 1.0, "2020": 1.5}
NEW_SMART_EDITIONS = {"2022": 2.0, "2024": 3.0}
STATUSES = (ProductStatus.LISTED, ProductStatus.SUBMITTED, ProductStatus.DRAFT, ProductStatus.ARCHIVED)
STATUS_WEIGHTS = (65, 20, 10, 5)
MODEL_SUFFIXES = ("", "", "A", "B", "L", "S", "Pro", "Plus")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code check


@dataclass(frozen=True)
class EnterpriseFacts:
    id: int
    name: str
    groups: tuple[str, ...]
    brand: str
    division: Division
    registered_year: int


@dataclass(frozen=True)
class ProductFacts:
    """What the centres and the rental desk need to know about a demo product."""

    id: int
    kind: ProductKind
    price_fen: int
    rentable: bool
    rent_fen: int
    deposit_fen: int


class CategoryIndex:
    """Category ids by scheme, edition and code, as loaded from the reference data."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(CategoryScheme.key, CategoryScheme.edition, Category.code, Category.id)
            .join(Category, Category.scheme_id == CategoryScheme.id)
            .order_by(CategoryScheme.sort_order, Category.sort_order)
        )
        self._ids: dict[tuple[str, str, str], int] = {}
        self._editions: dict[str, list[str]] = {}
        for key, edition, code, category_id in rows:
            self._ids[(key, edition, code)] = category_id
            editions = self._editions.setdefault(key, [])
            if edition not in editions:
                editions.append(edition)

    def get(self, key: str, edition: str, code: str | None) -> int | None:
        return self._ids.get((key, edition, code)) if code else None

    def latest(self, key: str, code: str | None) -> int | None:
        """The category in the newest edition of a scheme that has it."""
        for edition in reversed(self._editions.get(key, [])):
            found = self.get(key, edition, code)
            if found is not None:
                return found
        return None

    def editions(self, key: str) -> list[str]:
        return self._editions.get(key, [])


def make_enterprises(run: DemoRun, count: int, taken_codes: set[str]) -> list[EnterpriseFacts]:
    rng = run.rng
    names: set[str] = set()
    rows: list[Row] = []
    facts: list[tuple[str, tuple[str, ...], str, Division, int]] = []
    industries = list(INDUSTRIES)
    for _ in range(count):
        division = rng.choice(WUXI_DIVISIONS) if run.chance(0.65) else rng.choice(OTHER_DIVISIONS)
        industry = rng.choice(industries)
        word = rng.choice(ENTERPRISE_WORDS)
        suffix = "股份有限公司" if run.chance(0.12) else "有限公司"
        name = f"{division.place}{word}{industry}{suffix}"
        while name in names:
            word = rng.choice(ENTERPRISE_WORDS) + rng.choice(ENTERPRISE_WORDS)
            name = f"{division.place}{word}{industry}{suffix}"
        names.add(name)
        code = _credit_code(run, division.code, taken_codes)
        registered = run.days_ago(2 * 366, 25 * 365)
        created = run.during_hours(run.days_ago(400, 1500))
        rows.append(
            {
                "name": name,
                "name_pinyin": sort_key(name),
                "credit_code": code,
                "division_code": division.code,
                "registered_on": registered,
                "contact_name": rng.choice(SURNAMES) + rng.choice(ADULT_GIVEN),
                "contact_phone": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}",
                "address": f"{division.place}市{rng.choice(division.streets)}{rng.randint(1, 899)}号",
                "created_at": created,
                "updated_at": created,
            }
        )
        brand = word if run.chance(0.7) else "".join(lazy_pinyin(word)).upper()
        facts.append((name, INDUSTRIES[industry], brand, division, registered.year))
    ids = run.insert_returning_ids(Enterprise.__table__, rows)
    run.advance(len(rows))
    return [EnterpriseFacts(i, *fact) for i, fact in zip(ids, facts, strict=True)]


def _credit_code(run: DemoRun, division: str, taken: set[str]) -> str:
    """A code of a 企业法人 (91) registered in `division`, with a valid organisation code inside."""
    while True:
        organisation = f"{run.rng.randrange(10**8):08d}"
        remainder = 11 - sum(int(d) * w for d, w in zip(organisation, _ORG_WEIGHTS, strict=True)) % 11
        organisation += {10: "X", 11: "0"}.get(remainder, str(remainder))
        first17 = f"91{division}{organisation}"
        code = first17 + credit_check_character(first17)
        if code not in taken:
            taken.add(code)
            return code


def make_products(
    run: DemoRun, count: int, enterprises: list[EnterpriseFacts], categories: CategoryIndex
) -> tuple[list[ProductFacts], int]:
    """The products, and how many (product, category) links were written for them."""
    rng = run.rng
    kinds_by_group: dict[str, list[ProductKind]] = {}
    for kind in KINDS:
        kinds_by_group.setdefault(kind.group, []).append(kind)
    # A few large makers, many small ones.
    weights = list(accumulate(min(20.0, rng.paretovariate(1.2)) for _ in enterprises))
    models: set[str] = set()  # one model belongs to one enterprise (DOMAIN: one applicant per model)
    facts: list[ProductFacts] = []
    filed = 0
    for start in range(0, count, CHUNK):
        rows: list[Row] = []
        links: list[list[int]] = []
        chunk_facts: list[tuple[ProductKind, int, bool, int, int]] = []
        for number in range(start + 1, min(start + CHUNK, count) + 1):
            if number <= len(enterprises):
                enterprise = enterprises[number - 1]  # every enterprise makes something
            else:
                enterprise = rng.choices(enterprises, cum_weights=weights)[0]
            kind = rng.choice(kinds_by_group[rng.choice(enterprise.groups)])
            row, category_ids, rentable = _product_row(run, number, enterprise, kind, categories, models)
            rows.append(row)
            links.append(category_ids)
            chunk_facts.append(
                (
                    kind,
                    row["reference_price_fen"],
                    rentable,
                    row["monthly_rent_fen"] or 0,
                    row["deposit_fen"] or 0,
                )
            )
        ids = run.insert_returning_ids(Product.__table__, rows)
        link_rows = [
            {"product_id": product_id, "category_id": category_id}
            for product_id, category_ids in zip(ids, links, strict=True)
            for category_id in category_ids
        ]
        run.insert(product_category, link_rows)
        filed += len(link_rows)
        facts.extend(ProductFacts(i, *fact) for i, fact in zip(ids, chunk_facts, strict=True))
        run.advance(len(rows))
    return facts, filed


def _product_row(
    run: DemoRun,
    number: int,
    enterprise: EnterpriseFacts,
    kind: ProductKind,
    categories: CategoryIndex,
    models: set[str],
) -> tuple[Row, list[int], bool]:
    rng = run.rng
    category_ids: list[int] = []
    listing_year: int | None = None
    smart = _smart_category(run, kind, categories)
    if smart is not None and (kind.elderly is None or run.chance(0.75)):
        edition, category_id = smart
        category_ids.append(category_id)
        listing_year = int(edition)
    elderly = categories.latest("miit_elderly", kind.elderly)
    if elderly is not None and (not category_ids or run.chance(0.4)):
        category_ids.append(elderly)
        listing_year = listing_year or rng.randint(2021, 2025)
    rental = categories.latest("wuxi_rental", kind.rental)
    rentable = rental is not None and run.chance(0.8)
    if rentable and rental is not None:
        category_ids.append(rental)
    status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
    if status in (ProductStatus.DRAFT, ProductStatus.SUBMITTED):
        listing_year = None
    model = _model(run, kind, models)
    created = run.during_hours(run.days_ago(30, 1500))
    rent = _round(rng.uniform(*kind.rent), 10) if rentable and kind.rent else None
    deposit = _round(kind.deposit * rng.choice((1, 1, 1.5, 2)), 100) if rentable else None
    variant = rng.choice(kind.variants) if run.chance(0.75) else ""
    code = f"P-{number:06d}"
    keys = product_keys(
        code=code, model=model, name=variant + kind.name, brand=enterprise.brand, enterprise=enterprise.name
    )
    features = rng.sample(kind.features, min(2, len(kind.features)))
    scenario = "、".join(rng.sample(kind.scenarios, rng.randint(1, min(2, len(kind.scenarios)))))
    return (
        {
            "code": code,
            "name": variant + kind.name,
            "model": model,
            "brand": enterprise.brand,
            "enterprise_id": enterprise.id,
            "scenario": scenario,
            "assistive_category_id": categories.latest("iso9999", kind.iso),
            "is_medical_device": bool(kind.device_class),
            "device_class": kind.device_class,
            "registration_no": _registration(run, enterprise, kind),
            "reference_price_fen": _price_yuan(run, kind.price) * 100,
            "rentable": rentable,
            "monthly_rent_fen": rent * 100 if rent is not None else None,
            "deposit_fen": deposit * 100 if deposit is not None else None,
            "late_fee_per_day_fen": None,
            "grace_days": None,
            "description": f"{variant}{kind.name}：{'；'.join(features)}。适用于{scenario}。",
            "listing_year": listing_year,
            "recommending_unit": "" if status is ProductStatus.DRAFT else rng.choice(RECOMMENDING_UNITS),
            "status": status,
            **keys.columns(),
            "created_at": created,
            "updated_at": min(created + timedelta(days=rng.randint(0, 60)), run.during_hours(run.today)),
        },
        category_ids,
        rentable,
    )


def _smart_category(run: DemoRun, kind: ProductKind, categories: CategoryIndex) -> tuple[str, int] | None:
    options: list[tuple[str, int]] = []
    weights: list[float] = []
    for editions, code in ((OLD_SMART_EDITIONS, kind.smart_old), (NEW_SMART_EDITIONS, kind.smart_new)):
        for edition, weight in editions.items():
            category_id = categories.get("miit_smart", edition, code)
            if category_id is not None:
                options.append((edition, category_id))
                weights.append(weight)
    return run.rng.choices(options, weights=weights)[0] if options else None


def _model(run: DemoRun, kind: ProductKind, taken: set[str]) -> str:
    rng = run.rng
    attempts = 0
    while True:
        attempts += 1
        number = rng.randint(100, 999) if attempts < 20 else rng.randint(1000, 99999)
        model = f"{kind.prefix}-{number}{rng.choice(MODEL_SUFFIXES)}"
        if model not in taken:
            taken.add(model)
            return model


def _registration(run: DemoRun, enterprise: EnterpriseFacts, kind: ProductKind) -> str:
    """A 注册证号 (class II, 苏械注准2022219…) or 备案号 (class I, 苏锡械备2021…号)."""
    if not kind.device_class:
        return ""
    year = run.rng.randint(max(enterprise.registered_year, 2015), run.today.year - 1)
    serial = run.rng.randint(1, 9999)
    if kind.device_class == "I":
        return f"{enterprise.division.record_prefix}械备{year}{serial:04d}号"
    return f"{enterprise.division.province}械注准{year}2{kind.device_category}{serial:04d}"


def _price_yuan(run: DemoRun, bounds: tuple[int, int]) -> int:
    """Prices as shops set them: whole yuan, tens above 100 元, often one yuan under (1299)."""
    low, high = bounds
    value = run.rng.uniform(low, high)
    if value < 100:
        return max(low, round(value))
    price = _round(value, 10)
    return price - 1 if run.chance(0.5) else price


def _round(value: float, step: int) -> int:
    return max(step, round(value / step) * step)
