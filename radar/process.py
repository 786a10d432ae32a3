"""Processes of the main job: children that die with their parent, and who runs on a data dir.

``die_with_parent`` asks Linux to signal the calling process when its parent dies
(``PR_SET_PDEATHSIG``), so a SIGKILLed ``radar run`` leaves no Prefect server or crawl worker
behind. ``RunRecord`` is the file ``radar run`` keeps in ``RADAR_DATA_DIR`` while it runs
(``run.json``: its pid, host, start time and the URLs it serves), so a second ``radar run`` on
the same data dir is refused, ``radar status`` finds the job's Prefect API, and a start after a
kill knows the previous job died without stopping.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

#: ``prctl`` option number from <linux/prctl.h>.
_PR_SET_PDEATHSIG = 1
#: The file ``radar run`` keeps in the data directory while it runs.
RUN_FILE = "run.json"


def die_with_parent(signum: int = signal.SIGTERM) -> bool:
    """Have the kernel send ``signum`` to this process when its parent exits (Linux only).

    Safe to call in a child right after it starts; returns False where the platform has no
    such thing (the child then outlives a parent that was SIGKILLed). If the parent is already
    gone (reparented to init), exits at once.
    """
    if not sys.platform.startswith("linux"):
        return False
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl
        return False
    if parent == 1:  # the parent died before we asked
        os.kill(os.getpid(), signum)
    return True


def lower_priority(niceness: int) -> int:
    """Raise this process's niceness to at least ``niceness`` (background work: crawls yield
    the CPU to the API); never lowers it (an unprivileged process could not). The niceness now."""
    current = os.nice(0)
    if niceness > current:
        current = os.nice(niceness - current)
    return current


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


@dataclass
class RunRecord:
    """What ``run.json`` says about the ``radar run`` on a data directory."""

    pid: int
    host: str
    started_at: str
    prefect_api_url: str | None = None
    api_url: str | None = None

    @classmethod
    def for_this_process(cls, started_at: str) -> RunRecord:
        """A record of the calling process."""
        return cls(pid=os.getpid(), host=socket.gethostname(), started_at=started_at)

    @property
    def alive(self) -> bool:
        """True while the recorded process runs (a record from another host counts as alive:
        nothing here can tell)."""
        return self.host != socket.gethostname() or pid_alive(self.pid)

    def write(self, data_dir: Path) -> None:
        """Write (or rewrite) the record, atomically."""
        path = data_dir / RUN_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def read(cls, data_dir: Path) -> RunRecord | None:
        """The record in ``data_dir``, or None when there is none (or it is unreadable)."""
        try:
            raw = json.loads((data_dir / RUN_FILE).read_text(encoding="utf-8"))
            return cls(**raw)
        except (OSError, ValueError, TypeError):
            return None

    def remove(self, data_dir: Path) -> None:
        """Remove the record if it is still this one's."""
        current = RunRecord.read(data_dir)
        if current is not None and (current.pid, current.host) == (self.pid, self.host):
            (data_dir / RUN_FILE).unlink(missing_ok=True)
