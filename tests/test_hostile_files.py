"""Bad files: each is one clear line on stderr, the other files are still linted, exit 2.

Empty files and files with a BOM are not errors: they are linted like any
other. Everything that cannot be read as text is reported and skipped.
"""
from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimlint import sources
from claimlint.errors import SourceError
from claimlint.sources import MAX_BYTES, MAX_CHARS, read_source

RISKY = "Exosome therapy has no side effects.\n"


def _check(run, config: str, *paths: Path) -> tuple[int, dict, list[str]]:
    result = run("check", "--config", config, "--format", "json", *map(str, paths))
    return result.code, json.loads(result.out), result.err.splitlines()


def _linted(report: dict) -> list[str]:
    return sorted(Path(f["path"]).name for f in report["findings"])


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.md"
    path.write_text(RISKY, encoding="utf-8")
    return path


BAD = [
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR no side effects", "binary file (contains NUL bytes); skipped"),
    ("latin1.txt", "Caf\u00e9 therapy has no side effects.".encode("latin-1"), "invalid UTF-8 at byte 3;"),
    ("late.md", b"Line one is fine.\n" * 3 + b"\xff\xfe no side effects", "invalid UTF-8 at byte 54;"),
    ("badbom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid utf-16 at byte"),
    ("undeclared.html", "<p>Caf\u00e9</p>".encode("cp1252"), "invalid UTF-8 at byte 6;"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_unreadable_bytes_are_one_line_and_others_are_linted(tmp_path: Path, run, empty_config: str, good: Path,
                                                             name: str, data: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    code, report, err = _check(run, empty_config, bad, good)
    assert code == 2
    assert err == [f"claimlint: {bad}: {message}" + err[0].split(message, 1)[1]]
    assert _linted(report) == ["good.md"]


@pytest.mark.parametrize(("name", "data"), [
    ("empty.md", b""),
    ("bom-only.md", codecs.BOM_UTF8),
    ("blank.html", b"\r\n\r\n   \n"),
])
def test_empty_files_are_clean_not_errors(tmp_path: Path, run, empty_config: str, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, report, err = _check(run, empty_config, path)
    assert (code, report["findings"], err) == (0, [], [])


@pytest.mark.parametrize(("bom", "codec"), [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_a_bom_picks_the_encoding_and_offsets_count_it(tmp_path: Path, run, empty_config: str,
                                                        bom: bytes, codec: str) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(bom + ("# Hi\r\n\r\n" + RISKY).encode(codec))
    code, report, err = _check(run, empty_config, path)
    [finding] = report["findings"]
    assert (code, err) == (1, [])
    assert (finding["line"], finding["column"], finding["text"]) == (3, 21, "no side effects")
    assert read_source(str(path))[finding["start"]:finding["end"]] == "no side effects"


def test_declared_charset_is_used_only_when_declared(tmp_path: Path, run, empty_config: str) -> None:
    page = '<meta charset="windows-1252"><p>Caf\u00e9 \u2013 exosome therapy has no side effects.</p>'
    declared = tmp_path / "declared.html"
    declared.write_bytes(page.encode("cp1252"))
    code, report, err = _check(run, empty_config, declared)
    assert (code, err, [f["text"] for f in report["findings"]]) == (1, [], ["no side effects"])


def test_a_50_mb_file_is_refused_from_its_size_without_reading_it(tmp_path: Path, run, empty_config: str,
                                                                    good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as fh:  # sparse: 50 MB on paper, no disk or memory used
        fh.truncate(50 * 2**20)
    opened: list[str] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: (opened.append(str(p)), real_open(p, *a, **k))[1])
    started = time.monotonic()
    code, report, err = _check(run, empty_config, huge, good)
    assert time.monotonic() - started < 30
    assert str(huge) not in opened
    assert err == [f"claimlint: {huge}: file is 50.0 MB, over the {MAX_BYTES // 10**6} MB limit; skipped "
                   "(exclude it in the config)"]
    assert (code, _linted(report)) == (2, ["good.md"])


def test_more_characters_than_the_bound_is_refused_after_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text("word " * 201, encoding="utf-8")
    with pytest.raises(SourceError, match="more than 1,000 characters; skipped"):
        read_source(str(path))
    assert MAX_BYTES == 4 * MAX_CHARS  # UTF-8 needs at most 4 bytes a character


def test_symlink_loops_end_and_are_reported(tmp_path: Path, run, empty_config: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "good.md").write_text(RISKY, encoding="utf-8")
    (site / "loop").symlink_to(site, target_is_directory=True)  # a folder that contains itself
    (site / "a.md").symlink_to(site / "b.md")
    (site / "b.md").symlink_to(site / "a.md")
    code, report, err = _check(run, empty_config, site)
    assert code == 2
    assert sorted(err) == [f"claimlint: {site / 'a.md'}: cannot read: Too many levels of symbolic links",
                           f"claimlint: {site / 'b.md'}: cannot read: Too many levels of symbolic links"]
    assert _linted(report) == ["good.md"]


def test_missing_and_not_a_directory_paths(tmp_path: Path, run, empty_config: str, good: Path) -> None:
    missing = tmp_path / "nope.md"
    under_file = good / "inner.md"  # a path through a file: ENOTDIR
    code, report, err = _check(run, empty_config, missing, under_file, good)
    assert code == 2
    assert err == [f"claimlint: {missing}: no such file or directory",
                   f"claimlint: {under_file}: cannot read: Not a directory"]
    assert _linted(report) == ["good.md"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file: see the next test")
def test_file_without_read_permission(tmp_path: Path, run, empty_config: str, good: Path) -> None:
    locked = tmp_path / "locked.md"
    locked.write_text(RISKY, encoding="utf-8")
    locked.chmod(0)
    code, report, err = _check(run, empty_config, locked, good)
    assert (code, err, _linted(report)) == (2, [f"claimlint: {locked}: permission denied"], ["good.md"])


def test_permission_denied_is_one_line(tmp_path: Path, run, empty_config: str, good: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI containers) chmod 000 does not stop reads, so the refusal is simulated."""
    locked = tmp_path / "locked.md"
    locked.write_text(RISKY, encoding="utf-8")
    real_open = open

    def guarded(path, *args, **kwargs):  # noqa: ANN001, ANN202
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    code, report, err = _check(run, empty_config, locked, good)
    assert (code, err, _linted(report)) == (2, [f"claimlint: {locked}: permission denied"], ["good.md"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_does_not_hang_the_run(tmp_path: Path, empty_config: str) -> None:
    """Opening a FIFO blocks until a writer comes: it must be refused, not read (real process, timeout)."""
    (tmp_path / "good.md").write_text(RISKY, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    result = subprocess.run([sys.executable, "-m", "claimlint", "check", "--config", empty_config,
                             "--format", "json", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"claimlint: {tmp_path / 'pipe.md'}: "
                                          "not a regular file (a pipe, socket or device); skipped"]
    assert _linted(json.loads(result.stdout)) == ["good.md"]


def test_hostile_file_names_cannot_drive_the_terminal(tmp_path: Path, run, empty_config: str) -> None:
    bad = tmp_path / "evil\x1b[2J\x1b]0;pwned\x07\nname.md"
    bad.write_bytes(b"\x00binary")
    result = run("check", "--config", empty_config, str(bad))
    assert result.code == 2
    assert "\x1b" not in result.err and "\x07" not in result.err
    assert result.err.count("\n") == 1 and "evil\\x1b[2J" in result.err
