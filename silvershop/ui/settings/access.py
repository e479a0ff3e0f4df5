"""What the signed-in person may hand out to staff, so the forms offer only that.

The services decide (security.users); these mirror their rules so a manager is not offered a
role or a centre that would only be refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from silvershop.centres.directory import CentreEntry
from silvershop.security.models import Role
from silvershop.security.permissions import Actor, Permission
from silvershop.security.users import MANAGER_GRANTABLE, UserRow


def grantable_roles(actor: Actor) -> list[Role]:
    if actor.can(Permission.MANAGE_USERS):
        return list(Role)
    return [r for r in Role if r in MANAGER_GRANTABLE]


def grantable_centres(
    actor: Actor, centres: Sequence[CentreEntry], keep: Sequence[str] = ()
) -> list[CentreEntry]:
    """Open centres the actor may staff, and the closed ones in `keep` that a user still belongs to."""
    return [
        c
        for c in centres
        if (c.active or c.code in keep) and (actor.can(Permission.MANAGE_USERS) or c.id in actor.centre_ids)
    ]


def may_manage(actor: Actor, user: UserRow, centres: Sequence[CentreEntry]) -> bool:
    """Whether the actor may change this account: anyone for an administrator, else a desk clerk of
    the manager's own centres."""
    if actor.can(Permission.MANAGE_USERS):
        return True
    ids = {c.code: c.id for c in centres}
    return (
        actor.can(Permission.MANAGE_CENTRE)
        and set(user.roles) <= MANAGER_GRANTABLE
        and bool(user.centre_codes)
        and all(ids.get(code) in actor.centre_ids for code in user.centre_codes)
    )
