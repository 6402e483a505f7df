"""Exclusive locks between processes: one analysis per station at a time.

A lock is an advisory ``flock`` on a small file that records who holds it. The operating system
releases it when its holder exits in any way (``kill -9`` included), so a lock file left behind
never blocks anyone: only a live holder does.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from inspector.errors import UserError
from inspector.private_files import private_folder


class LockError(UserError):
    """A lock cannot be taken; the message says why and what to do."""


class LockHeld(LockError):
    """Another live process holds the lock."""


class LockUnavailable(LockError):
    """The lock file cannot be made or locked (e.g. the data folder is not writable)."""


class ProcessLock:
    """An exclusive lock held by this process until :meth:`release` (or the end of a ``with``).

    Args:
        path: The lock file (made owner-only, folders as needed).
        what: What the lock protects, for the message when it is held (e.g. "station desk-1").
    """

    def __init__(self, path: str | Path, what: str) -> None:
        self.path, self.what = Path(path), what
        self._fd: int | None = None

    def acquire(self) -> "ProcessLock":
        """Takes the lock without waiting.

        Raises:
            LockHeld: Another process holds it (the message names its pid and since when).
            LockUnavailable: The lock file cannot be made, written or locked (the message names
                the file and the system's reason).
        """
        try:
            private_folder(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise LockUnavailable(self._cannot(e)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.ftruncate(fd, 0)
            os.write(fd, f"process {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}".encode())
        except BlockingIOError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise LockHeld(f"{self.what} is in use by {holder}; wait until it has finished "
                           f"(lock file {self.path})") from None
        except OSError as e:
            os.close(fd)
            raise LockUnavailable(self._cannot(e)) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def wait(self, timeout_s: float, poll_s: float = 0.1) -> "ProcessLock":
        """Takes the lock, waiting up to ``timeout_s`` seconds for its holder to finish.

        Raises:
            LockHeld: Still held by another process after ``timeout_s``.
            LockUnavailable: As :meth:`acquire`.
        """
        deadline = time.monotonic() + max(0.0, timeout_s)
        while True:
            try:
                return self.acquire()
            except LockHeld:
                if time.monotonic() >= deadline:
                    raise
            time.sleep(poll_s)

    def _cannot(self, error: OSError) -> str:
        """The one line that says a lock file cannot be used, why, and what to check."""
        return (f"cannot lock {self.what}: {error.strerror or error} ({error.filename or self.path}); "
                f"check that the folder {self.path.parent} can be written")

    def release(self) -> None:
        """Gives the lock up (the file stays: removing it could let two holders in)."""
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
            except OSError:
                pass
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def __enter__(self) -> "ProcessLock":
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


__all__ = ["LockError", "LockHeld", "LockUnavailable", "ProcessLock"]
