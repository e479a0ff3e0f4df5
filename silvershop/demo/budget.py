"""The demo city's yearly rental subsidy budget, so the dashboard has something to hold grants against.

Set a quarter above what the demo granted in its own year, rounded up to 5,000 元: by the demo's late
November the running total stands at about four fifths of the line, as an office's would.
"""

from __future__ import annotations

import json
import math

from sqlalchemy import func, select

from silvershop.demo.run import DEMO_TODAY, DemoRun
from silvershop.rental.models import SubsidyGrant
from silvershop.security import settings
from silvershop.security.models import Setting

STEP_YUAN = 5000


def set_subsidy_budget(run: DemoRun) -> None:
    """Unless the database has a budget of its own."""
    if settings.get(run.session, settings.SUBSIDY_BUDGET_YUAN):
        return
    granted = select(func.coalesce(func.sum(SubsidyGrant.amount_fen), 0))
    granted_fen = run.session.scalar(granted.where(SubsidyGrant.year == DEMO_TODAY.year))
    yuan = math.ceil(int(granted_fen or 0) * 1.25 / 100 / STEP_YUAN) * STEP_YUAN or STEP_YUAN
    run.session.add(Setting(key=settings.SUBSIDY_BUDGET_YUAN, value=json.dumps(yuan)))
