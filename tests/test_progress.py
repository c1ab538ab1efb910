"""The progress counter: drawn on a terminal's stderr during long runs, never into pipes or logs."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from claimlint import progress


@pytest.fixture
def many(tmp_path: Path) -> Path:
    for i in range(40):
        (tmp_path / f"page{i:02}.md").write_text("Side effects are usually mild and temporary.\n", encoding="utf-8")
    return tmp_path


def test_nothing_on_stderr_when_it_is_not_a_terminal(run, empty_config: str, many: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)  # would draw at once, were stderr a terminal
    result = run("check", "--config", empty_config, str(many))
    assert result.code == 0
    assert result.err == ""
    assert "40 files" in result.out


def test_counter_on_a_terminal_is_erased_before_the_report(empty_config: str, many: Path) -> None:
    script = ("import sys, claimlint.progress as p; p.DELAY = 0.0; from claimlint.cli import main; "
              "sys.exit(main(sys.argv[1:]))")
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", script, "check", "--config", empty_config, str(many)],
                            stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    out, _ = proc.communicate(timeout=120)
    err = _drain(leader)
    assert proc.returncode == 0
    assert "claimlint: 1 linted, now " in err
    assert err.endswith("\r\x1b[K")  # the line is cleared, so the terminal is left tidy
    assert b"\x1b" not in out and b"linted, now" not in out


def test_counter_waits_for_long_runs() -> None:
    class Terminal:
        written = ""

        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> None:
            self.written += text

        def flush(self) -> None:
            pass

    stream = Terminal()
    counter = progress.Progress(stream, delay=60)  # type: ignore[arg-type]
    for i in range(100):
        counter(f"page{i}.md")
    counter.close()
    assert (counter.count, stream.written) == (100, "")


def _drain(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO once the child has closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")
