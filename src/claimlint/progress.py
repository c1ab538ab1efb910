"""A one-line "N files linted" counter on stderr for long runs, only on a terminal.

Pipes, files and CI logs get nothing: a line redrawn with carriage returns is
noise there and would corrupt machine-read output. Short runs get nothing
either, because the counter only appears once a run has taken a second.
A counter rather than a bar: files are discovered lazily, so no total is known.
"""
from __future__ import annotations

import shutil
import time
from typing import TextIO

DELAY = 1.0
INTERVAL = 0.1
_CLEAR = "\r\x1b[K"


class Progress:
    """Call it once per linted document; `close()` erases the line before the report prints."""

    def __init__(self, stream: TextIO, delay: float | None = None) -> None:
        self.stream = stream
        self.enabled = _is_terminal(stream)
        self.count = 0
        self.delay = DELAY if delay is None else delay
        self._start = time.monotonic()
        self._drawn: float | None = None

    def __call__(self, path: str) -> None:
        """Count a document, redrawing at most ten times a second."""
        self.count += 1
        now = time.monotonic()
        if not self.enabled or now - self._start < self.delay:
            return
        if self._drawn is not None and now - self._drawn < INTERVAL:
            return
        self._drawn = now
        width = shutil.get_terminal_size().columns - 1
        self.stream.write(_CLEAR + f"claimlint: {self.count} linted, now {path}"[:width])
        self.stream.flush()

    def close(self) -> None:
        """Erase the counter line, if one was drawn."""
        if self._drawn is not None:
            self.stream.write(_CLEAR)
            self.stream.flush()
            self._drawn = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
