"""Managing the people who use the application: the first administrator, staff accounts,
roles and centres, disabling, password resets and changes.

Administrators manage everyone; a centre manager manages the desk clerks of their own centres and
no one else, so a manager cannot make an administrator or reach into another centre.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.centres.models import Centre
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from silvershop.security import audit
from silvershop.security.models import Role, User, UserRole
from silvershop.security.passwords import check_strength, hash_password, verify_password
from silvershop.security.permissions import Actor, Permission

USERNAME_MAX = 60
# Roles a centre manager may hand out, and only within their own centres.
MANAGER_GRANTABLE = frozenset({Role.DESK_CLERK})


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: tuple[Role, ...]
    centre_codes: tuple[str, ...]
    active: bool
    last_login_at: datetime | None
    must_change_password: bool
    elder_mode: bool  # 长辈模式: the main window in large type with large targets, for this person


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        roles=frozenset(r.role for r in user.role_rows),
        centre_ids=frozenset(c.id for c in user.centres),
        must_change_password=user.must_change_password,
    )


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=tuple(sorted((r.role for r in user.role_rows), key=list(Role).index)),
        centre_codes=tuple(sorted(c.code for c in user.centres)),
        active=user.active,
        last_login_at=user.last_login_at,
        must_change_password=user.must_change_password,
        elder_mode=user.elder_mode,
    )


def own_account(session: Session, actor: Actor) -> UserRow:
    """The signed-in person's own account, which anyone may read, whatever their roles."""
    return _row(_own(session, actor))


def _own(session: Session, actor: Actor) -> User:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no user called {name}."), name=actor.username)
    return user


def set_elder_mode(session: Session, actor: Actor, on: bool) -> UserRow:
    """Elder mode (长辈模式) for one's own account, which anyone signed in may choose, whatever their
    roles: it is how that person reads the screen, kept with the account so it follows them to any desk."""
    user = _own(session, actor)
    if user.elder_mode != on:
        audit.record(session, actor, "update", "user", user.id, {"elder_mode": (user.elder_mode, on)})
        user.elder_mode = on
    return _row(user)


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip()))


def _get(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no user called {name}."), field="username", name=username
        )
    return user


def _check_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a user name."), field="username")
    if len(name) > USERNAME_MAX or any(ch.isspace() for ch in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A user name has at most {n} characters and no spaces."),
            field="username",
            n=USERNAME_MAX,
        )
    return name


def _centres(session: Session, codes: Iterable[str]) -> list[Centre]:
    wanted = sorted({c.strip().upper() for c in codes if c.strip()})
    found = {c.code: c for c in session.scalars(select(Centre).where(Centre.code.in_(wanted)))}
    missing = [c for c in wanted if c not in found]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no centre with the code {code}."),
            field="centres",
            code=missing[0],
        )
    return [found[c] for c in wanted]


def _check_grant(actor: Actor, roles: frozenset[Role], centres: list[Centre]) -> None:
    """Refuse a grant the actor may not make; a manager stays inside their centres and MANAGER_GRANTABLE."""
    if actor.can(Permission.MANAGE_USERS):
        return
    actor.require(Permission.MANAGE_CENTRE)
    if not roles <= MANAGER_GRANTABLE:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only an administrator can give these roles."))
    if not centres or any(c.id not in actor.centre_ids for c in centres):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "You can only add staff to the centres you manage."), field="centres"
        )


def _check_may_manage(actor: Actor, user: User) -> None:
    if actor.can(Permission.MANAGE_USERS):
        return
    _check_grant(actor, frozenset(r.role for r in user.role_rows), list(user.centres))


def _validate_roles(roles: Iterable[Role | str], centres: list[Centre]) -> frozenset[Role]:
    try:
        chosen = frozenset(Role(r) for r in roles)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown role. Choose from: {roles}."),
            field="roles",
            roles=", ".join(r.value for r in Role),
        ) from exc
    if not chosen:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the user at least one role."), field="roles")
    if chosen & {Role.CENTRE_MANAGER, Role.DESK_CLERK} and not centres:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Centre managers and desk clerks must belong to at least one centre."
            ),
            field="centres",
        )
    return chosen


def needs_first_admin(session: Session) -> bool:
    """True on a new real database: nobody can log in until an administrator is made."""
    return not session.scalar(select(func.count()).select_from(User))


def create_first_admin(session: Session, username: str, password: str, display_name: str = "") -> Actor:
    if not needs_first_admin(session):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "An administrator already exists; log in as that user to add others.")
        )
    name = _check_username(username)
    check_strength(password)
    user = User(
        username=name, display_name=display_name.strip() or name, password_hash=hash_password(password)
    )
    user.role_rows = [UserRole(role=Role.ADMINISTRATOR)]
    session.add(user)
    session.flush()
    actor = actor_for(user)
    audit.record(
        session, actor, "create", "user", user.id, {"roles": (None, "administrator")}, "first administrator"
    )
    return actor


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    roles: Iterable[Role | str],
    centre_codes: Iterable[str] = (),
    display_name: str = "",
) -> UserRow:
    name = _check_username(username)
    centres = _centres(session, centre_codes)
    chosen = _validate_roles(roles, centres)
    _check_grant(actor, chosen, centres)
    if find_user(session, name) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The user name {name} is already taken."), field="username", name=name
        )
    check_strength(password)
    user = User(
        username=name, display_name=display_name.strip() or name, password_hash=hash_password(password)
    )
    user.role_rows = [UserRole(role=r) for r in sorted(chosen)]
    user.centres = centres
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "user",
        user.id,
        {
            "username": (None, name),
            "roles": (None, ",".join(sorted(chosen))),
            "centres": (None, ",".join(c.code for c in centres)),
        },
    )
    return _row(user)


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    """Everyone for an administrator; a manager sees the staff of their own centres."""
    users = session.scalars(select(User).order_by(User.username)).all()
    if actor.can(Permission.MANAGE_USERS):
        return [_row(u) for u in users]
    actor.require(Permission.MANAGE_CENTRE)
    return [_row(u) for u in users if any(c.id in actor.centre_ids for c in u.centres)]


def set_active(session: Session, actor: Actor, username: str, active: bool) -> UserRow:
    user = _get(session, username)
    _check_may_manage(actor, user)
    if user.id == actor.user_id and not active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."))
    if user.active != active:
        user.active = active
        user.failed_logins = 0
        user.locked_until = None
        audit.record(
            session,
            actor,
            "enable" if active else "disable",
            "user",
            user.id,
            {"active": (not active, active)},
        )
    return _row(user)


def set_roles(
    session: Session, actor: Actor, username: str, roles: Iterable[Role | str], centre_codes: Iterable[str]
) -> UserRow:
    user = _get(session, username)
    _check_may_manage(actor, user)
    centres = _centres(session, centre_codes)
    chosen = _validate_roles(roles, centres)
    _check_grant(actor, chosen, centres)
    old_roles = ",".join(sorted(r.role for r in user.role_rows))
    old_centres = ",".join(sorted(c.code for c in user.centres))
    if user.id == actor.user_id and Role.ADMINISTRATOR not in chosen and actor.is_admin:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "You cannot take the administrator role from yourself.")
        )
    user.role_rows = [UserRole(role=r) for r in sorted(chosen)]
    user.centres = centres
    session.flush()
    audit.record(
        session,
        actor,
        "update",
        "user",
        user.id,
        audit.diff(
            {"roles": old_roles, "centres": old_centres},
            {"roles": ",".join(sorted(chosen)), "centres": ",".join(c.code for c in centres)},
        ),
    )
    return _row(user)


def reset_password(session: Session, actor: Actor, username: str, new_password: str) -> None:
    """A temporary password the user must change at their next login."""
    user = _get(session, username)
    _check_may_manage(actor, user)
    check_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_until = None
    audit.record(session, actor, "reset_password", "user", user.id, {"password": ("x", "x")})


def change_own_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or not verify_password(user.password_hash, old_password):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The current password is wrong."), field="old_password"
        )
    if old_password == new_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a new password different from the current one."),
            field="password",
        )
    check_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record(session, actor, "change_password", "user", user.id, {"password": ("x", "x")})
