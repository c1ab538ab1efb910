"""A fuzz run over the whole command line: a few thousand generated files
(random bytes, random Markdown/HTML/text mixes; fixed seed) in one
`claimlint check --format json` run. No traceback, a valid report, exit 0/1/2."""
from __future__ import annotations

import json
import random
import time
from pathlib import Path

from test_hostile_extract import CLAIMS, MARKUP, NEWLINES, ODD

FILES = 2000
SUFFIXES = (".md", ".html", ".txt", ".htm", ".markdown")


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 25)):
        kind = rng.random()
        if kind < 0.25:
            parts.append(rng.choice(CLAIMS))
        elif kind < 0.6:
            parts.append(rng.choice(MARKUP))
        elif kind < 0.75:
            parts.append(rng.choice(ODD + NEWLINES))
        else:
            parts.append("".join(chr(rng.choice([rng.randint(32, 126), rng.randint(0xa0, 0x2fff),
                                                 rng.randint(0x1f300, 0x1f6ff)])) for _ in range(rng.randint(1, 30))))
    return "".join(parts)


def _bytes(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.1:
        return rng.randbytes(rng.randint(0, 300))
    data = _text(rng).encode("utf-8", "surrogatepass")
    if kind < 0.2 and data:  # one corrupted byte somewhere
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.choice([0x80, 0xc3, 0xff, 0x00])]) + data[at + 1:]
    elif kind < 0.25:
        data = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + data
    return data


def test_fuzz_the_command_line(tmp_path: Path, run, empty_config: str) -> None:
    rng = random.Random(20240606)
    for i in range(FILES):
        folder = tmp_path / f"d{i % 20}"
        folder.mkdir(exist_ok=True)
        (folder / f"f{i}{rng.choice(SUFFIXES)}").write_bytes(_bytes(rng))
    started = time.monotonic()
    result = run("check", "--config", empty_config, "--format", "json", "--fail-on", "info", str(tmp_path))
    elapsed = time.monotonic() - started
    assert result.code in (0, 1, 2), result.err[-2000:]
    assert "Traceback" not in result.err and "Error:" not in result.err.replace("claimlint:", "")
    report = json.loads(result.out)
    errors = result.err.splitlines()
    assert all(line.startswith(f"claimlint: {tmp_path}") for line in errors), errors[:5]
    assert report["summary"]["files"] + len(errors) == FILES
    assert report["summary"]["errors"] == len(errors) and (result.code == 2) == bool(errors)
    assert report["findings"], "the corpus holds claims: some must be found"
    assert elapsed < 120, f"fuzz run took {elapsed:.0f}s"
