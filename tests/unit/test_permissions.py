"""Each role may do what its job needs and nothing else; centre-bound roles stay in their centres."""

from __future__ import annotations

import pytest

from silvershop.errors import PermissionDenied
from silvershop.security.models import Role
from silvershop.security.permissions import KIOSK, REFUSALS, Permission, actor_with

P = Permission

ALLOWED = {
    Role.ADMINISTRATOR: set(Permission),
    Role.CENTRE_MANAGER: {
        P.VIEW_CATALOGUE, P.MANAGE_CENTRE, P.VIEW_STOCK, P.MOVE_STOCK, P.VIEW_RESIDENTS, P.EDIT_RESIDENTS,
        P.REVEAL_PERSONAL, P.RENT, P.PRINT_LABELS, P.VIEW_STATS, P.ASK_CALLBACK,
    },
    Role.DESK_CLERK: {
        P.VIEW_CATALOGUE, P.VIEW_STOCK, P.MOVE_STOCK, P.VIEW_RESIDENTS, P.EDIT_RESIDENTS, P.RENT,
        P.PRINT_LABELS, P.ASK_CALLBACK,
    },
    Role.CATALOGUE_EDITOR: {
        P.VIEW_CATALOGUE, P.EDIT_CATALOGUE, P.EXPORT_BUREAU, P.PRINT_LABELS, P.VIEW_STATS,
    },
    Role.KIOSK: {P.VIEW_CATALOGUE, P.ASK_CALLBACK},
}  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_each_role_is_allowed_exactly_its_permissions(role: Role, permission: Permission) -> None:
    actor = actor_with([role], [1])
    if permission in ALLOWED[role]:
        actor.require(permission, centre_id=1)
    else:
        with pytest.raises(PermissionDenied) as refused:
            actor.require(permission, centre_id=1)
        assert str(refused.value) == REFUSALS[permission]


def test_clerk_cannot_touch_another_centres_residents_or_loans() -> None:
    clerk = actor_with([Role.DESK_CLERK], [1])
    clerk.require(P.RENT, centre_id=1)
    with pytest.raises(PermissionDenied, match="another centre"):
        clerk.require(P.RENT, centre_id=2)
    with pytest.raises(PermissionDenied, match="another centre"):
        clerk.require(P.VIEW_RESIDENTS, centre_id=2)
    assert clerk.visible_centres(P.VIEW_RESIDENTS) == frozenset({1})


def test_administrator_sees_every_centre() -> None:
    admin = actor_with([Role.ADMINISTRATOR])
    admin.require(P.REVEAL_PERSONAL, centre_id=99)
    assert admin.visible_centres(P.VIEW_RESIDENTS) is None


def test_roles_add_up() -> None:
    both = actor_with([Role.CATALOGUE_EDITOR, Role.DESK_CLERK], [3])
    assert both.can(P.EDIT_CATALOGUE)
    assert both.can(P.RENT, 3)
    assert not both.can(P.RENT, 4)
    assert not both.can(P.MANAGE_USERS)


def test_kiosk_reaches_no_personal_data() -> None:
    for permission in (P.VIEW_RESIDENTS, P.REVEAL_PERSONAL, P.EDIT_RESIDENTS, P.RENT, P.VIEW_AUDIT):
        assert not KIOSK.can(permission)


def test_the_kiosk_may_take_down_a_callback_request_at_any_centre_but_read_none() -> None:
    """The kiosk account belongs to no centre, yet a visitor at any centre may ask to be called back;
    reading the requests is the centre staff's, as it is for residents."""
    assert KIOSK.centre_ids == frozenset()
    KIOSK.require(P.ASK_CALLBACK, centre_id=7)
    with pytest.raises(PermissionDenied, match="residents' records"):
        KIOSK.require(P.VIEW_RESIDENTS, centre_id=7)
    editor = actor_with([Role.CATALOGUE_EDITOR])
    with pytest.raises(PermissionDenied, match="called back"):
        editor.require(P.ASK_CALLBACK)


def test_every_permission_has_its_own_refusal() -> None:
    assert set(REFUSALS) == set(Permission)
    assert len(set(REFUSALS.values())) == len(Permission)
