"""The one exception family users see; the CLI maps it to exit code 2."""
from __future__ import annotations


class ClaimlintError(Exception):
    """A problem with input, rules or configuration, reported as one line."""


class SourceError(ClaimlintError):
    """A problem located in a file: printed as `path:line: message`."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


def printable(text: str) -> str:
    """Make control characters visible, so no escape sequence from a file name
    or a file's copy reaches the terminal, and a message stays on one line."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" if ord(ch) < 256
                   else f"\\u{ord(ch):04x}" for ch in text)


class ParseError(ClaimlintError):
    """A reader could not make sense of a file (broken JSX, an unclosed template tag).

    Readers do not know the file's path; `extract` turns this into a SourceError.
    """

    def __init__(self, line: int | None, message: str) -> None:
        self.line, self.message = line, message
        super().__init__(f"{line}: {message}" if line else message)


class MissingExtra(ClaimlintError):
    """A format whose reader needs an optional dependency that is not installed."""

    def __init__(self, what: str, extra: str) -> None:
        self.extra = extra
        super().__init__(f"skipped: reading {what} needs an optional dependency; "
                         f"pip install 'claimlint[{extra}]'")
