"""Every table of the application, imported in one place for Alembic and for `create_all` in tests."""

from silvershop.catalog import models as catalog
from silvershop.centres import models as centres
from silvershop.db.base import Base
from silvershop.labels import models as labels
from silvershop.rental import models as rental
from silvershop.security import models as security

metadata = Base.metadata

__all__ = ["Base", "catalog", "centres", "labels", "metadata", "rental", "security"]
