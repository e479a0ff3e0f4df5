"""What each role may do, checked by the services themselves: hiding a button is a courtesy,
this is the lock.

An `Actor` is the signed-in person as the services see it: roles and the centres they belong to.
Centre-scoped permissions hold only for the actor's own centres; administrators and catalogue-wide
roles are not bound to a centre.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from silvershop.errors import QT_TRANSLATE_NOOP, PermissionDenied
from silvershop.security.models import Role


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    EDIT_CATALOGUE = "edit_catalogue"
    EXPORT_BUREAU = "export_bureau"
    VIEW_CATALOGUE = "view_catalogue"
    OPEN_CENTRE = "open_centre"  # a new centre for a district; its manager then runs it
    MANAGE_CENTRE = "manage_centre"  # centres, locations, stock, units, staff of the centre
    VIEW_STOCK = "view_stock"
    MOVE_STOCK = "move_stock"  # receive, move between locations, count; adjusting stays MANAGE_CENTRE
    VIEW_RESIDENTS = "view_residents"
    EDIT_RESIDENTS = "edit_residents"
    REVEAL_PERSONAL = "reveal_personal"
    RENT = "rent"  # checkout, return, renew, reserve, clean
    PRINT_LABELS = "print_labels"
    VIEW_STATS = "view_stats"
    ASK_CALLBACK = "ask_callback"  # a kiosk visitor leaves a name and phone to be called back


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.CENTRE_MANAGER: frozenset(
        {
            P.VIEW_CATALOGUE,
            P.MANAGE_CENTRE,
            P.VIEW_STOCK,
            P.MOVE_STOCK,
            P.VIEW_RESIDENTS,
            P.EDIT_RESIDENTS,
            P.REVEAL_PERSONAL,
            P.RENT,
            P.PRINT_LABELS,
            P.VIEW_STATS,
            P.ASK_CALLBACK,
        }
    ),
    Role.DESK_CLERK: frozenset(
        {
            P.VIEW_CATALOGUE,
            P.VIEW_STOCK,
            P.MOVE_STOCK,
            P.VIEW_RESIDENTS,
            P.EDIT_RESIDENTS,
            P.RENT,
            P.PRINT_LABELS,
            P.ASK_CALLBACK,
        }
    ),
    Role.CATALOGUE_EDITOR: frozenset(
        {P.VIEW_CATALOGUE, P.EDIT_CATALOGUE, P.EXPORT_BUREAU, P.PRINT_LABELS, P.VIEW_STATS}
    ),
    Role.KIOSK: frozenset({P.VIEW_CATALOGUE, P.ASK_CALLBACK}),
}

# Permissions that reach only into the actor's own centres (unless the actor is an administrator).
CENTRE_SCOPED = frozenset(
    {
        P.MANAGE_CENTRE,
        P.VIEW_STOCK,
        P.MOVE_STOCK,
        P.VIEW_RESIDENTS,
        P.EDIT_RESIDENTS,
        P.REVEAL_PERSONAL,
        P.RENT,
    }
)

# One sentence per permission, so a refusal says what the person tried to do in their own words.
REFUSALS: dict[Permission, str] = {
    P.MANAGE_USERS: QT_TRANSLATE_NOOP("errors", "Only an administrator can manage users."),
    P.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("errors", "Only an administrator can change these settings."),
    P.VIEW_AUDIT: QT_TRANSLATE_NOOP("errors", "Only an administrator can read the audit log."),
    P.EDIT_CATALOGUE: QT_TRANSLATE_NOOP(
        "errors", "You may not change the catalogue; ask a catalogue editor or an administrator."
    ),
    P.EXPORT_BUREAU: QT_TRANSLATE_NOOP(
        "errors", "You may not export the bureau workbook; ask a catalogue editor or an administrator."
    ),
    P.VIEW_CATALOGUE: QT_TRANSLATE_NOOP("errors", "You may not view the catalogue."),
    P.OPEN_CENTRE: QT_TRANSLATE_NOOP("errors", "Only an administrator can open a new experience centre."),
    P.MANAGE_CENTRE: QT_TRANSLATE_NOOP(
        "errors", "Only the centre's manager or an administrator can do this."
    ),
    P.VIEW_STOCK: QT_TRANSLATE_NOOP("errors", "You may not view the centres' stock."),
    P.MOVE_STOCK: QT_TRANSLATE_NOOP(
        "errors", "You may not receive, move or count stock; ask the centre's manager or a desk clerk."
    ),
    P.VIEW_RESIDENTS: QT_TRANSLATE_NOOP("errors", "You may not view residents' records."),
    P.EDIT_RESIDENTS: QT_TRANSLATE_NOOP("errors", "You may not register or change residents."),
    P.REVEAL_PERSONAL: QT_TRANSLATE_NOOP(
        "errors", "You may not reveal personal data; ask the centre's manager or an administrator."
    ),
    P.RENT: QT_TRANSLATE_NOOP("errors", "You may not work at the rental desk."),
    P.PRINT_LABELS: QT_TRANSLATE_NOOP("errors", "You may not print labels."),
    P.VIEW_STATS: QT_TRANSLATE_NOOP("errors", "You may not view the statistics."),
    P.ASK_CALLBACK: QT_TRANSLATE_NOOP(
        "errors", "You may not take down a visitor's request to be called back."
    ),
}
_OTHER_CENTRE = QT_TRANSLATE_NOOP(
    "errors", "This belongs to another centre; you can only work with the centres you are assigned to."
)


@dataclass(frozen=True)
class Actor:
    """Who is acting: the services' view of a signed-in user (or of the kiosk, or of a script)."""

    user_id: int | None
    username: str
    roles: frozenset[Role]
    centre_ids: frozenset[int] = field(default_factory=frozenset)
    must_change_password: bool = False

    @property
    def is_admin(self) -> bool:
        return Role.ADMINISTRATOR in self.roles

    def permissions(self) -> frozenset[Permission]:
        granted: set[Permission] = set()
        for role in self.roles:
            granted |= ROLE_PERMISSIONS[role]
        return frozenset(granted)

    def can(self, permission: Permission, centre_id: int | None = None) -> bool:
        if permission not in self.permissions():
            return False
        if self.is_admin or permission not in CENTRE_SCOPED or centre_id is None:
            return True
        return centre_id in self.centre_ids

    def require(self, permission: Permission, centre_id: int | None = None) -> None:
        """Refuse unless the actor holds `permission` (for `centre_id`, where one is named)."""
        if permission not in self.permissions():
            raise PermissionDenied(REFUSALS[permission])
        if not self.can(permission, centre_id):
            raise PermissionDenied(_OTHER_CENTRE)

    def visible_centres(self, permission: Permission) -> frozenset[int] | None:
        """The centres whose records a list may show; None means every centre."""
        self.require(permission)
        if self.is_admin or permission not in CENTRE_SCOPED:
            return None
        return self.centre_ids


KIOSK = Actor(user_id=None, username="kiosk", roles=frozenset({Role.KIOSK}))


def actor_with(
    roles: Iterable[Role], centre_ids: Iterable[int] = (), *, username: str = "", user_id: int | None = None
) -> Actor:
    return Actor(user_id=user_id, username=username, roles=frozenset(roles), centre_ids=frozenset(centre_ids))
