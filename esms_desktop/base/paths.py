"""The app's folder and private files in it, and the OS file lock.

The folder holds settings, the journal, logs and reports: the platform's user
data folder, or ``ESMS_DESKTOP_HOME`` when set (tests move it). Files in it
name customers and campaigns, so they are private to the user. The lock is the
one Windows/POSIX lock every cross-process guard uses (settings, journal,
campaign locks).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from esms_desktop.base.errors import ConfigError
from esms_desktop.base.texts import words

ENV_HOME = "ESMS_DESKTOP_HOME"

log = logging.getLogger(__name__)


def app_home() -> Path:
    """The folder for settings, the journal, logs and reports; created (0700) if missing."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        home = Path(override).expanduser()
    else:
        from platformdirs import user_data_path

        home = user_data_path("eSMS Desktop", appauthor=False, roaming=True)
    return private_dir(home)


def private_dir(path: Path) -> Path:
    """A folder only this user can read (0700 on POSIX); a plain error when it cannot be."""
    if path.exists() and not path.is_dir():
        raise ConfigError(
            f"the app folder {path} is a file, not a folder",
            detail=f"{ENV_HOME} or the data folder points at a file",
            reason=words("app.config.home_is_file", path=path),
        )
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        raise ConfigError(
            f"the app folder {path} cannot be created or written ({exc.strerror})",
            detail=str(path),
            reason=words("app.config.home_unwritable", path=path),
        ) from None
    return path


def private_file(path: Path) -> None:
    """Only this user may read ``path`` (0600 on POSIX): it names customers and campaigns."""
    if os.name == "posix" and path.exists():
        try:
            path.chmod(0o600)
        except OSError:
            log.warning("cannot make %s private", path)


def lock_fd(fd: int, *, wait: bool) -> None:
    """An exclusive OS lock on the open file ``fd``; raises ``OSError`` if ``wait`` is off
    and another holder has it. The system releases it when the process dies."""
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)


def unlock_fd(fd: int) -> None:
    """Release :func:`lock_fd`'s lock (the file stays open)."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive OS lock on ``path`` (created), waited for; released when the block ends
    or the process dies."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        lock_fd(fd, wait=True)
        try:
            yield
        finally:
            unlock_fd(fd)
    finally:
        os.close(fd)
