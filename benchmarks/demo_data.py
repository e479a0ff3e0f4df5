"""Demo databases the benchmarks open, built once and kept in benchmarks/out.

Building 100,000 products takes far longer than measuring anything with them, so a database is reused
while it is what the application would build now: its file name carries the schema revision and a
fingerprint of the demo generator's code, and a change to either builds a new file (replacing the old)
rather than measuring runs that migrate or data the generator no longer makes.
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path


def demo_database(out: Path, products: int) -> Path:
    """A SQLite file with the demo generator's data for `products` products (seed 1)."""
    path = out / f"demo-{products}-{_fingerprint()}.sqlite3"
    if not path.exists():
        for outdated in out.glob(f"demo-{products}-*.sqlite3*"):
            outdated.unlink()
        _build(path, products)
    return path


def _fingerprint() -> str:
    import silvershop.demo
    from silvershop.db.migrate import head_revision

    digest = hashlib.sha256(head_revision().encode())
    for source in sorted(Path(silvershop.demo.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return f"rev{head_revision()}-{digest.hexdigest()[:10]}"


def _build(path: Path, products: int) -> None:
    from sqlalchemy import func, select

    from silvershop.catalog.models import Product
    from silvershop.database import open_database
    from silvershop.db.session import transaction
    from silvershop.demo import generate
    from silvershop.security.vault import open_vault

    # Built under another name and renamed when complete, so an interrupted build is never reused.
    partial = path.with_name(f"{path.name}.partial")
    print(f"Building {path.name} with {products:,} products (once; later runs reuse it)…", file=sys.stderr)
    started = time.perf_counter()
    db = open_database(f"sqlite:///{partial}")
    try:
        with transaction(db.sessions) as session:
            generate(session, products=products, seed=1, vault=open_vault(session))
            made = session.scalar(select(func.count()).select_from(Product))
        if made != products:
            raise RuntimeError(f"the demo generator made {made} products instead of {products}")
    finally:
        db.close()
    partial.rename(path)
    print(f"Built in {time.perf_counter() - started:.0f} s.", file=sys.stderr)
