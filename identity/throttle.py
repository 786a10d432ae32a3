"""A bounded, in-memory limiter of failed attempts (sign-ins, token guesses).

Each key (``ip:203.0.113.9``, ``user:lena``) keeps the times of its recent failures; once it has
``max_failures`` inside ``window_s``, attempts under that key are refused until the oldest of
them leaves the window. Successful attempts do not count. Memory is bounded: at most
``max_keys`` keys are tracked, the least recently failed forgotten first, and each key holds at
most ``max_failures`` times. The limiter is per process (a restart forgets it): it slows
guessing down by orders of magnitude, it is not an account lockout, so an attacker cannot lock
a real user out for longer than one window.

Several API worker processes share no memory, so each takes its ``worker_share`` of the limit:
whichever workers an attacker's connections reach, the failures accepted in a window add up to
at most the configured limit (a client whose failures all reach one worker is refused sooner).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable

from identity.errors import Throttled


def worker_share(max_failures: int, workers: int) -> int:
    """Failures one of ``workers`` processes accepts per key, so that all of them together
    accept at most ``max_failures`` (at least 1 each: then the bound is ``workers``)."""
    if max_failures < 1 or workers < 1:
        raise ValueError("max_failures and workers must be positive")
    return max(1, max_failures // workers)


class FailureThrottle:
    """Refuse keys with too many recent failures (thread-safe; see the module docstring)."""

    def __init__(
        self,
        max_failures: int,
        window_s: float,
        *,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_failures < 1 or window_s <= 0 or max_keys < 1:
            raise ValueError("max_failures, window_s and max_keys must be positive")
        self.max_failures, self.window_s, self.max_keys = max_failures, window_s, max_keys
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float] | None:
        times = self._failures.get(key)
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if times is not None and not times:
            del self._failures[key]
            return None
        return times

    def retry_after(self, keys: Iterable[str]) -> int | None:
        """Seconds until the most limited of ``keys`` may try again, or None if none is."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if times is not None and len(times) >= self.max_failures:
                    wait = max(wait, times[0] + self.window_s - now)
        return max(1, math.ceil(wait)) if wait > 0 else None

    def check(self, keys: Iterable[str]) -> None:
        """Raise ``Throttled`` when any of ``keys`` has had too many recent failures."""
        wait = self.retry_after(keys)
        if wait is not None:
            raise Throttled(wait)

    def fail(self, keys: Iterable[str]) -> None:
        """Count a failed attempt under each of ``keys``."""
        now = self._clock()
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if times is None:
                    times = self._failures[key] = deque(maxlen=self.max_failures)
                times.append(now)
                self._failures.move_to_end(key)
                while len(self._failures) > self.max_keys:
                    self._failures.popitem(last=False)

    def forget(self, keys: Iterable[str]) -> None:
        """Clear ``keys`` (a successful sign-in clears its user name)."""
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    def __len__(self) -> int:
        return len(self._failures)
