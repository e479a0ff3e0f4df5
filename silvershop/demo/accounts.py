"""The demo's staff accounts, one per role, so each role's view of the application can be tried.

They are written only into a database that has no users yet, and the demo's login dialog lists
them with their shared password; a real database never gets them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.centres.models import Centre
from silvershop.security import users
from silvershop.security.models import Role

DEMO_PASSWORD = "silvershop"
DEMO_KIOSK_PIN = "2468"  # the staff PIN that leaves the demo's kiosk


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    at_first_centre: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin", "系统管理员", Role.ADMINISTRATOR),
    DemoAccount("manager", "中心主任", Role.CENTRE_MANAGER, at_first_centre=True),
    DemoAccount("clerk", "租赁服务员", Role.DESK_CLERK, at_first_centre=True),
    DemoAccount("editor", "目录编辑", Role.CATALOGUE_EDITOR),
    DemoAccount("kiosk", "展示终端", Role.KIOSK),
)


def make_accounts(session: Session) -> int:
    """The demo accounts, or none when the database already has users of its own."""
    if not users.needs_first_admin(session):
        return 0
    first_centre = session.scalar(select(Centre.code).order_by(Centre.id).limit(1))
    admin_spec, *others = DEMO_ACCOUNTS
    admin = users.create_first_admin(session, admin_spec.username, DEMO_PASSWORD, admin_spec.display_name)
    for spec in others:
        centres = [first_centre] if spec.at_first_centre and first_centre else []
        users.add_user(session, admin, spec.username, DEMO_PASSWORD, [spec.role], centres, spec.display_name)
    return len(DEMO_ACCOUNTS)
