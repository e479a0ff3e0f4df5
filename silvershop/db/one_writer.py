"""One writer per SQLite file: the desk's window and the kiosk claim the file they open, so a second copy
of silvershop, on the same PC or on another one reaching the same folder over the network, is told who
has it open instead of both writing to it.

Beside `x.sqlite3` the holder keeps `x.sqlite3.lock`, locked with the operating system's exclusive lock
for as long as the database is open (a POSIX record lock, the kind SQLite itself relies on and network
file systems pass on to their server, or a Windows byte-range lock), and `x.sqlite3.owner`, a small
JSON file naming who: the OS login, the computer, the process, since when and when last seen. The OS
lets go of the lock when the process ends, however it ends, so the lock of a crashed copy is stale by
construction and the owner file it left behind is replaced.

A network share may not pass locks on to the other computers (an NFS mount without its lock service,
an SMB mount with `nobrl`, some NAS boxes). So the holder rewrites `seen` every minute, and the owner
file of *another* computer seen less than three minutes ago keeps this copy out even when the lock
could be taken; on one computer the lock alone decides, since there it always works. The PCs' clocks
are trusted to agree within a minute or so; the owner file's modification time (usually the file
server's clock) counts as seen too, so a holder whose clock is behind is not taken over early. A PC
switched off with the database open keeps the others out for three minutes, and the refusal says from
when. Where the file system refuses locks altogether, the owner file decides on one computer too.

Openings within one process share its claim (SQLite keeps their writes in order itself); the last one
closed lets go. Signing out keeps the claim (the window still has the database open, for the next
person); closing the window releases it. `silvershop-cli` claims nothing: its commands are short and
wait for SQLite's own write lock (`busy_timeout`), so they run beside an open window. PostgreSQL needs
nothing: the server serialises the desks.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
import threading
import uuid
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from silvershop.config import LOCAL_ZONE
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

HEARTBEAT_S = 60.0
STALE_AFTER = timedelta(minutes=3)
# Losing a race with a holder that was just closing (it removes the lock file it held) is retried.
CLAIM_ATTEMPTS = 3
_HOST = socket.gethostname()
_LOCK_HELD_ERRNOS = {errno.EACCES, errno.EAGAIN, errno.EDEADLK}

OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "This database is open in silvershop on {host} (user {user}) since {since}. Close it there first, "
    "or use a PostgreSQL server for several desks (see the README).",
)
OPEN_SOMEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "This database is open in another copy of silvershop. Close it there first, or use a PostgreSQL "
    "server for several desks (see the README).",
)
SEEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "This database is open in silvershop on {host} (user {user}) since {since}. Close it there first; if "
    "silvershop was not closed there (a crash, the PC switched off), it can be opened here from {free} on.",
)
# The same sentences as db/engine.py's for the same situations, so they are translated once.
READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} cannot be written (the file or its folder is read-only). "
    "Ask for write access or copy it to a folder you can write to.",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "The data folder {folder} cannot be created ({reason}). Choose a folder you can write to.",
)
CANNOT_MARK = QT_TRANSLATE_NOOP(
    "errors",
    "silvershop cannot mark {path} as open on this PC ({reason}). Make room on the disk or ask for "
    "write access to its folder, then start again.",
)


def _now() -> datetime:
    return datetime.now(UTC)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # neither the environment nor the password database names the user
        return "?"


@dataclass(frozen=True)
class Owner:
    """Who holds a database file, as its owner file says."""

    user: str
    host: str
    pid: int
    since: datetime
    seen: datetime  # read back: the later of what the holder wrote and the file's modification time
    token: str  # tells this claim's owner file from a later claim's

    @classmethod
    def here(cls) -> Owner:
        now = _now()
        return cls(_login(), _HOST, os.getpid(), now, now, uuid.uuid4().hex)

    @classmethod
    def read(cls, path: Path) -> Owner | None:
        """The owner file at `path`, or None when there is none or it cannot be read (then nobody is
        named, and the lock alone decides)."""
        try:
            with path.open(encoding="utf-8") as f:
                modified = datetime.fromtimestamp(os.fstat(f.fileno()).st_mtime, UTC)
                fields = json.load(f)
            owner = cls(
                user=str(fields["user"]),
                host=str(fields["host"]),
                pid=int(fields["pid"]),
                since=datetime.fromisoformat(fields["since"]),
                seen=datetime.fromisoformat(fields["seen"]),
                token=str(fields["token"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if owner.since.tzinfo is None or owner.seen.tzinfo is None:
            return None
        return replace(owner, seen=max(owner.seen, modified))

    def write(self, path: Path) -> None:
        """Replace the owner file at once, so a reader never finds half of it."""
        text = json.dumps(
            {
                "user": self.user,
                "host": self.host,
                "pid": self.pid,
                "since": self.since.isoformat(),
                "seen": self.seen.isoformat(),
                "token": self.token,
            },
            ensure_ascii=False,
            indent=1,
        )
        partial = path.with_name(f"{path.name}.{self.token}.tmp")
        try:
            partial.write_text(text + "\n", encoding="utf-8")
            os.replace(partial, path)
        except OSError:
            with suppress(OSError):
                partial.unlink()
            raise


def _clock(moment: datetime) -> str:
    """A time on the centres' clock, with its date unless it is today."""
    local = moment.astimezone(LOCAL_ZONE)
    return local.strftime("%H:%M" if local.date() == datetime.now(LOCAL_ZONE).date() else "%Y-%m-%d %H:%M")


def _in_use(owner: Owner | None) -> DatabaseError:
    if owner is None:  # the holder is between taking the lock and writing its name, or its file is lost
        return DatabaseError(OPEN_SOMEWHERE)
    return DatabaseError(OPEN_ELSEWHERE, host=owner.host, user=owner.user, since=_clock(owner.since))


def _seen_lately(owner: Owner) -> DatabaseError:
    free = owner.seen + STALE_AFTER
    if free.second or free.microsecond:  # a whole minute at which it is certainly free
        free = free.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return DatabaseError(
        SEEN_ELSEWHERE, host=owner.host, user=owner.user, since=_clock(owner.since), free=_clock(free)
    )


def _still_there(owner: Owner, os_locked: bool) -> bool:
    """Whether the copy an owner file names may still have the database open although this process
    could take the lock (`os_locked`) or the file system has no locks (not `os_locked`)."""
    if os_locked and owner.host == _HOST:
        return False  # on one computer the lock is reliable: its holder has ended
    return _now() - owner.seen < STALE_AFTER


def _open_lock_file(lock_path: Path, database: Path) -> int:
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(NO_FOLDER, folder=str(lock_path.parent), reason=exc.strerror or str(exc)) from exc
    try:
        return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise _write_refused(database, exc) from exc


def _write_refused(database: Path, exc: OSError) -> DatabaseError:
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return DatabaseError(READ_ONLY, path=str(database))
    return DatabaseError(CANNOT_MARK, path=str(database), reason=exc.strerror or str(exc))


def _lock(fd: int) -> bool | None:
    """True when this process now holds the file's lock, False when another process does, None when the
    file system offers no locks (the owner file alone decides then)."""
    try:
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return False if exc.errno in _LOCK_HELD_ERRNOS else None
    return True


def _is_at(fd: int, path: Path) -> bool:
    """Whether the file open as `fd` is still the one at `path`: a holder that was closing may have removed
    it between our opening and locking it, and a lock on a removed file keeps nobody out."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _let_go(fd: int, lock_path: Path) -> None:
    """Unlock and close the lock file and remove it. On POSIX it is removed while still locked, so
    nobody locks it after us believing it is the file at that path; Windows removes only a closed file,
    and not while another copy has it open (that copy is about to lock it, so it stays)."""
    if sys.platform == "win32":
        with suppress(OSError):  # not locked where the file system has no locks
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
        with suppress(OSError):
            lock_path.unlink()
        return
    with suppress(OSError):
        lock_path.unlink()
    os.close(fd)  # and with it the lock


class _Hold:
    """This process's hold on one database file: the locked lock file, the owner file and its
    heartbeat, shared by the openings in this process that claimed the file."""

    def __init__(self, database: Path, fd: int, owner: Owner) -> None:
        self.database = database
        self.owner = owner
        self.claims = 0
        self._fd = fd
        self._stop = threading.Event()
        self._heartbeat = threading.Thread(target=self._beat, name="silvershop-owner-heartbeat", daemon=True)
        self._heartbeat.start()

    def let_go(self) -> None:
        """Let the next copy in: the owner file (if still this hold's) and the lock file are removed."""
        self._stop.set()
        self._heartbeat.join()
        owner_path = owner_path_of(self.database)
        current = Owner.read(owner_path)
        if current is not None and current.token == self.owner.token:
            with suppress(OSError):
                owner_path.unlink()
        _let_go(self._fd, lock_path_of(self.database))

    def _beat(self) -> None:
        """Say every minute that this copy is still there, for computers that do not see its lock."""
        owner_path = owner_path_of(self.database)
        while not self._stop.wait(HEARTBEAT_S):
            current = Owner.read(owner_path)
            if current is not None and current.token != self.owner.token:
                # Another computer took the file over while this one went unseen (asleep, cut off from
                # the share): its owner file is not overwritten, nor removed at release.
                return
            with suppress(OSError):  # a reader holding the file on Windows: the next beat will do
                replace(self.owner, seen=_now()).write(owner_path)


class WriterClaim:
    """One opening's claim on a database file, from `claim` until `release`."""

    def __init__(self, hold: _Hold) -> None:
        hold.claims += 1
        self.owner = hold.owner
        self._hold: _Hold | None = hold

    def release(self) -> None:
        """Give the claim up; with the last one in this process the file is free for another copy.
        Releasing twice does nothing."""
        with _GUARD:
            hold, self._hold = self._hold, None
            if hold is None:
                return
            hold.claims -= 1
            if hold.claims == 0:
                del _HELD[_key(hold.database)]
                hold.let_go()


_GUARD = threading.Lock()
_HELD: dict[str, _Hold] = {}


def lock_path_of(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def owner_path_of(database: Path) -> Path:
    return database.with_name(database.name + ".owner")


def _key(database: Path) -> str:
    return os.path.normcase(str(database))


def claim(database: Path) -> WriterClaim:
    """Claim the SQLite file `database` for this process before anything opens it, or refuse with a
    DatabaseError naming who has it open; nothing is written to the database either way. Openings within
    one process (a test's, two windows') share the claim, as SQLite keeps their writes in order itself;
    the registry of holds also keeps a second POSIX lock in this process from undoing the first."""
    database = database.resolve()
    lock_path, owner_path = lock_path_of(database), owner_path_of(database)
    with _GUARD:
        held = _HELD.get(_key(database))
        if held is not None:
            return WriterClaim(held)
        for _ in range(CLAIM_ATTEMPTS):
            fd = _open_lock_file(lock_path, database)
            os_locked = _lock(fd)
            if os_locked is False:
                os.close(fd)
                raise _in_use(Owner.read(owner_path))
            if os_locked and not _is_at(fd, lock_path):
                os.close(fd)
                continue
            # Refused from here on, the lock file is only closed, never removed: on a share that passes
            # no locks on, it is the file the other PC holds, and removing it would let a third copy in.
            try:
                previous = Owner.read(owner_path)
                if previous is not None and _still_there(previous, bool(os_locked)):
                    raise _seen_lately(previous)
                owner = Owner.here()
                try:
                    owner.write(owner_path)
                except OSError as exc:
                    raise _write_refused(database, exc) from exc
            except BaseException:
                os.close(fd)
                raise
            hold = _HELD[_key(database)] = _Hold(database, fd, owner)
            return WriterClaim(hold)
    raise _in_use(Owner.read(owner_path))
