"""The lock and atomic writes.

Saving safely
-------------
Every write goes to a temporary file in the same folder (an unnamed `O_TMPFILE` where the file
system allows, else `.X.verdicts.csv.<random>.tmp`), is flushed and fsync'ed, replaces the file with
`os.replace`, and the folder is fsync'ed: a process killed at any moment leaves the complete old or
the complete new file. A temporary file left by a killed process is removed by the next save.
Writers take a lock on `X.verdicts.csv.lock` (never on the data file) and, under it, re-read the
file and merge: rows of other claims and analysts on disk are always kept.
A verdict path that is a symbolic link is followed: its target is locked and replaced, the link kept.
"""
from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..model import SaveError
from .paths import lock_path, real_path


LOCK_TIMEOUT: float = 30.0
"""Seconds to wait for another writer before giving up with a SaveError."""


_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{16}\.tmp")


class FlushError(SaveError):
    """The new version of a file is in place, but flushing its folder to disk failed: save again to be sure."""


@contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold the verdict file's lock (X.verdicts.csv.lock), or raise SaveError after LOCK_TIMEOUT s."""
    path = real_path(path)
    check_folder(path)
    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise SaveError(f"{path}: another process has held {lock_path(path).name} for over "
                        f"{LOCK_TIMEOUT:g} s; wait for it or close the other notebook or command, "
                        "then try again; nothing was saved") from None
    except OSError as exc:
        raise SaveError(f"{path}: cannot create the lock file {lock_path(path).name} ({exc.strerror}); "
                        "check that the folder exists and that you may write to it; nothing was saved") from None
    try:
        yield
    finally:
        lock.release()


def check_folder(path: Path) -> None:
    """Raise SaveError when the folder a file is to be written in does not exist (a mistyped path)."""
    if not path.parent.is_dir():
        raise SaveError(f"{path}: the folder {path.parent} does not exist; check the path; nothing was saved")


def write_atomic(path: str | Path, data: bytes) -> None:
    """Replace path with data so that a crash leaves the old or the new file whole; SaveError on failure.

    Writers of verdict files call this under the file's lock, after remove_stale_temps.
    """
    path = real_path(path)
    check_folder(path)
    mode = _mode_for(path)
    try:
        if not _replace_via_unnamed(path, data, mode):
            _replace_via_named(path, data, mode)
    except OSError as exc:
        raise SaveError(save_failure(path, exc)) from exc
    _fsync_folder(path)


_UNSUPPORTED = (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.EXDEV)
"""errno values meaning "this file system or kernel has no O_TMPFILE (or no /proc)": use a named temp."""


def _replace_via_unnamed(path: Path, data: bytes, mode: int | None) -> bool:
    """Write into an unnamed O_TMPFILE, name it and os.replace; False when the system cannot.

    The file has no name while it is written and flushed, so a process killed then leaves nothing
    behind; it gets a temporary name only for the instant between `linkat` and `rename`.
    """
    if not hasattr(os, "O_TMPFILE"):
        return False
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY, 0o666 if mode is None else mode)
    except OSError as exc:
        if exc.errno in _UNSUPPORTED:
            return False
        raise
    folder, temp = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY), None
    try:
        _fill(fd, data, mode)
        temp = _temp_name(path).name
        try:
            os.link(f"/proc/self/fd/{fd}", temp, dst_dir_fd=folder)  # dst_dir_fd: linkat, following the link
        except OSError as exc:
            temp = None
            if exc.errno in _UNSUPPORTED:
                return False
            raise
        os.replace(temp, path.name, src_dir_fd=folder, dst_dir_fd=folder)
        temp = None
    finally:
        os.close(fd)
        if temp is not None:
            _unlink_quietly(path.parent / temp)
        os.close(folder)
    return True


def _replace_via_named(path: Path, data: bytes, mode: int | None) -> None:
    """Write into a hidden named temporary file beside path, then os.replace."""
    temp = _temp_name(path)
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666 if mode is None else mode)
    try:
        _fill(fd, data, mode)
        os.replace(temp, path)
    except BaseException:
        _unlink_quietly(temp)
        raise
    finally:
        os.close(fd)


def _fill(fd: int, data: bytes, mode: int | None) -> None:
    """Write data to fd, give it the old file's permission bits, and flush it to disk."""
    _write_all(fd, data)
    if mode is not None:
        os.fchmod(fd, mode)
    os.fsync(fd)


def _temp_name(path: Path) -> Path:
    """Return a fresh hidden temporary name beside path: .X.verdicts.csv.<16 hex digits>.tmp."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of data to fd (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _mode_for(path: Path) -> int | None:
    """Return the old file's permission bits to keep, or None for a new file (0o666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return None


def _fsync_folder(path: Path) -> None:
    """Flush the folder entry of a replaced file to disk; SaveError if the disk refuses."""
    try:
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP):
            raise FlushError(f"{path}: the new version is in place but the folder could not be "
                            f"flushed to disk ({exc.strerror}); save again to be sure") from exc
    finally:
        os.close(fd)


def save_failure(path: Path, exc: OSError) -> str:
    """Word a failed save for the analyst: what happened, that the old file is intact, what to do."""
    hints = {errno.ENOSPC: "free some disk space", errno.EDQUOT: "free some disk space",
             errno.EACCES: "check the folder's permissions", errno.EPERM: "check the folder's permissions",
             errno.EROFS: "the disk is read-only; save to another folder"}
    hint = hints.get(exc.errno or 0, "check the disk")
    return (f"{path}: could not be saved ({exc.strerror or exc}); the old file is intact and your "
            f"change is not saved; {hint}, then try again")


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Remove temporary files a killed writer left beside path; call only while holding the lock."""
    path = Path(path)
    removed = []
    for temp in stale_temps(path):
        if _unlink_quietly(temp):
            removed.append(temp)
    return removed


def stale_temps(path: str | Path) -> list[Path]:
    """List the hidden temporary files of this verdict file left in its folder."""
    path = Path(path)
    try:
        names = os.listdir(path.parent or ".")
    except OSError:
        return []
    found = (_TEMP_NAME.fullmatch(name) for name in names)
    return sorted(path.parent / m.group(0) for m in found if m and m.group("name") == path.name)


def _unlink_quietly(path: Path) -> bool:
    """Remove a file, ignoring that it is already gone; return whether it was removed."""
    try:
        os.unlink(path)
    except OSError:
        return False
    return True
