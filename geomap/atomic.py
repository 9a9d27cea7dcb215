"""Write files atomically: readers see the old file or the new one, never half of one.

A file is written to a temporary file beside it, then renamed over it. The temporary file's
name says which process wrote it (``.NAME.geomap-PID-RANDOM.tmp``), so that one left behind by a
killed run is recognised and removed by the next run that writes into the same folder
(:func:`remove_leftovers`), while a live run's is left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path
from typing import Iterable, Iterator, Union

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

from .errors import RenderError

PathLike = Union[str, "os.PathLike[str]"]

_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.geomap-(?P<pid>\d+)-[0-9a-f]+\.tmp$")


def temp_path(path: PathLike) -> Path:
    """A temporary file name beside ``path``, marked with this process's id."""
    path = Path(path)
    return path.with_name(f".{path.name}.geomap-{os.getpid()}-{secrets.token_hex(4)}.tmp")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    except OSError:
        return True
    return True


def leftovers(folder: PathLike, name: str = "") -> Iterator[Path]:
    """Temporary files in ``folder`` left by geomap runs that are no longer alive (only those
    for the file ``name`` if given)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        m = _LEFTOVER.match(entry.name)
        if m and (not name or m.group("name") == name) and not _alive(int(m.group("pid"))):
            yield Path(entry.path)


def remove_leftovers(folder: PathLike, name: str = "") -> int:
    """Remove what :func:`leftovers` finds; return how many files went."""
    removed = 0
    for path in leftovers(folder, name):
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed


#: The lock file in a cache folder (see :func:`folder_lock`).
LOCK_FILE = ".geomap.lock"


@contextlib.contextmanager
def folder_lock(folder: PathLike, name: str = LOCK_FILE) -> Iterator[bool]:
    """Hold an exclusive lock on ``folder`` (an advisory ``flock`` of its lock file) while
    the block runs: processes that repair or build files there take turns. The lock goes
    with the process, so a killed run never leaves it held. Yields whether the lock was
    taken (not on a read-only folder, nor where the system has no ``flock``). ``name``
    picks another lock file, for another kind of turn-taking.
    """
    if fcntl is None:  # pragma: no cover - not on POSIX
        yield False
        return
    try:
        fd = os.open(os.path.join(folder, name), os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError:
        yield False
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield True
    finally:
        os.close(fd)  # releases the lock


def move_aside(path: PathLike, tag: str = "damaged") -> Path:
    """Rename ``path`` (and its SQLite ``-wal``/``-shm`` companions) to
    ``NAME.TAG-YYYYMMDD-HHMMSS`` beside it, kept for the user to look at; return the new name.

    :raises OSError: the file cannot be renamed.
    """
    import time

    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            try:
                os.replace(companion, Path(f"{target}{suffix}"))
            except OSError:
                pass
    try:
        os.unlink(f"{path}-shm")  # shared memory of the old file; SQLite makes a new one
    except OSError:
        pass
    return target


def write_bytes(path: PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    :raises RenderError: the folder cannot be created or the file cannot be written.
    """
    return _write(path, (data,))


def write_chunks(path: PathLike, chunks: Iterable[str]) -> Path:
    """Write ``chunks`` (text, as UTF-8) to ``path`` as they come, atomically; the file appears
    only once the last chunk is written, and not at all if making them fails.

    :raises RenderError: the folder cannot be created or the file cannot be written.
    """
    return _write(path, (chunk.encode("utf-8") for chunk in chunks))


def _write(path: PathLike, chunks: Iterable[bytes]) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(path.parent, path.name)
        tmp = temp_path(path)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            with os.fdopen(fd, "wb") as f:
                for data in chunks:
                    f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as exc:
        if exc.errno == errno.EISDIR or path.is_dir():
            raise RenderError(f"{path}: is a folder; name a file") from exc
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise RenderError(f"{path}: cannot write: {blocker} is a file, not a folder") from exc
        raise RenderError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return path


def write_text(path: PathLike, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`write_bytes`)."""
    return write_bytes(path, text.encode("utf-8"))
