"""One sender per campaign, across processes: an OS file lock held while sending.

Two windows (or a window and ``esms-desktop resume``) sending the same campaign
would each send the same pending message; the second would get 124 and could
not tell it from its own lost answer. The lock makes the second one wait for
the user instead. The operating system releases it when the process dies, so
a crash never leaves a campaign locked.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from esms_desktop.base.errors import EsmsDesktopError
from esms_desktop.base.paths import lock_fd, private_dir, unlock_fd


class CampaignBusyError(EsmsDesktopError):
    """Another process is sending this campaign right now."""

    kind = "busy"

    def __init__(self, campaign_id: int) -> None:
        super().__init__(f"campaign {campaign_id} is being sent by another window or command")
        self.campaign_id = campaign_id


class CampaignLock:
    def __init__(self, folder: Path, campaign_id: int) -> None:
        private_dir(folder)
        self.path = folder / f"campaign-{campaign_id}.lock"
        self.campaign_id = campaign_id
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            lock_fd(fd, wait=False)
        except OSError:
            os.close(fd)
            raise CampaignBusyError(self.campaign_id) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            unlock_fd(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> CampaignLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
