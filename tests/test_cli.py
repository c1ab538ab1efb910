"""The command line: exit codes, formats, stdin, colour, rule commands and file discovery."""
from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

RISKY = "Our exosome facial has no side effects.\n"
WARNING_ONLY = "PRP is a miracle for thinning hair.\n"
CLEAN = "Side effects are usually mild and temporary.\n"
FINDING_KEYS = {"path", "line", "column", "end_line", "end_column", "start", "end", "rule", "category",
                "severity", "message", "text", "suggestions", "references", "assertion", "treatment"}


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for name, text in [("risky.md", RISKY), ("warn.md", WARNING_ONLY), ("clean.md", CLEAN)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _json(out: str) -> dict:
    return json.loads(out)


@pytest.mark.parametrize(("names", "extra", "code"), [
    (["clean.md"], [], 0),
    (["risky.md"], [], 1),
    (["warn.md"], [], 1),                      # default fail_on: warning
    (["warn.md"], ["--fail-on", "error"], 0),
    (["risky.md"], ["--fail-on", "error"], 1),
    (["risky.md"], ["--fail-on", "never"], 0),
    (["clean.md", "risky.md"], ["--fail-on", "never"], 0),
])
def test_exit_codes(files: Path, run, empty_config: str, names: list[str], extra: list[str], code: int) -> None:
    result = run("check", "--config", empty_config, *extra, *[str(files / n) for n in names])
    assert result.code == code, result


def test_missing_file_is_exit_2_and_others_are_still_linted(files: Path, run, empty_config: str) -> None:
    missing = str(files / "missing.md")
    result = run("check", "--config", empty_config, missing, str(files / "risky.md"))
    assert result.code == 2
    assert f"claimlint: {missing}: no such file or directory" in result.err
    assert "[no-side-effects]" in result.out and "1 input error" in result.out


def test_json_schema(files: Path, run, empty_config: str) -> None:
    result = run("check", "--config", empty_config, "--format", "json", str(files / "risky.md"), str(files / "clean.md"))
    data = _json(result.out)
    assert set(data) == {"version", "findings", "summary"}
    assert data["version"] and isinstance(data["version"], str)
    [finding] = data["findings"]
    assert FINDING_KEYS <= set(finding)
    assert finding["path"] == str(files / "risky.md")
    assert (finding["rule"], finding["category"], finding["severity"]) == ("no-side-effects", "absolute-safety", "error")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 24, 1, 39)
    assert RISKY[finding["start"]:finding["end"]] == finding["text"] == "no side effects"
    assert finding["assertion"] == "asserted" and finding["treatment"] == "exosomes"
    assert finding["suggestions"] and all(isinstance(s, str) for s in finding["suggestions"])
    assert finding["references"] and all(set(r) == {"title", "url"} for r in finding["references"])
    summary = data["summary"]
    assert summary["files"] == 2 and summary["findings"] == 1 and summary["errors"] == 0
    assert summary["by_severity"] == {"error": 1, "warning": 0, "info": 0}
    assert summary["by_category"] == {"absolute-safety": 1}


def test_stdin_with_filename_sets_the_format(run, empty_config: str) -> None:
    copy = "```\nExosome therapy has no side effects.\n```\n\n# Exosome therapy has no side effects\n"
    as_md = _json(run("check", "--config", empty_config, "--format", "json", "--stdin-filename", "x.md", "-",
                      input=copy).out)
    assert [(f["path"], f["line"], f["rule"]) for f in as_md["findings"]] == [("x.md", 5, "no-side-effects")]
    as_text = _json(run("check", "--config", empty_config, "--format", "json", "-", input=copy).out)
    assert [(f["path"], f["line"]) for f in as_text["findings"]] == [("stdin.txt", 2), ("stdin.txt", 5)]


def test_stdin_invalid_utf8_is_an_input_error(run, empty_config: str) -> None:
    with_bytes = "caf\udce9 has no side effects".encode("utf-8", "surrogateescape")
    result = run("check", "--config", empty_config, "-", input=with_bytes)
    assert result.code == 2
    assert "claimlint: stdin.txt: invalid UTF-8 at byte 3" in result.err and "Traceback" not in result.err


def test_text_format(files: Path, run, empty_config: str) -> None:
    path = str(files / "risky.md")
    result = run("check", "--config", empty_config, path)
    lines = result.out.splitlines()
    head = re.compile(rf"^{re.escape(path)}:1:24: error \[no-side-effects\] Denies .+$")
    assert head.match(lines[0]), lines[0]
    assert lines[1] == "    " + RISKY.rstrip("\n")
    assert lines[2] == "    " + " " * 23 + "^" * len("no side effects")
    assert lines[3].startswith("    suggestion: ")
    assert lines[-1] == "1 finding in 1 file; 1 error"
    assert "\x1b[" not in result.out


def _colour_run(env_extra: dict[str, str], tty: bool, path: Path, config: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | env_extra
    cmd = [sys.executable, "-m", "claimlint", "check", "--config", config, str(path)]
    if not tty:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60).stdout
    leader, follower = pty.openpty()
    with subprocess.Popen(cmd, env=env, stdout=follower, stderr=subprocess.DEVNULL) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize(("env", "tty", "coloured"), [
    ({}, True, True),
    ({"NO_COLOR": "1"}, True, False),
    ({}, False, False),
])
def test_colour_only_on_a_terminal_without_no_color(files: Path, empty_config: str, env, tty, coloured) -> None:
    out = _colour_run(env, tty, files / "risky.md", empty_config)
    assert "[no-side-effects]" in out
    assert ("\x1b[" in out) is coloured


def test_rules_list(run, empty_config: str) -> None:
    result = run("rules", "list", "--config", empty_config)
    assert result.code == 0
    rows = {line.split()[0]: line.split()[1:3] for line in result.out.splitlines()}
    assert rows["no-side-effects"] == ["absolute-safety", "error"]
    assert rows["fda-approved-conflict"] == ["regulatory-status", "error"]
    assert rows["miracle-language"][0] == "hype"
    assert len(rows) >= 10


def test_rules_test(run, empty_config: str) -> None:
    result = run("rules", "test", "--config", empty_config)
    assert re.search(r"^\d+ passed, 0 failed$", result.out, re.M), result.out
    assert result.code == 0


def test_explain(run, empty_config: str) -> None:
    result = run("explain", "no-side-effects", "--config", empty_config)
    assert result.code == 0
    assert result.out.startswith("no-side-effects (absolute-safety, error)\n")
    for section in ("Why:", "Flags:", "Does not flag:", "Suggestions:", "References:"):
        assert f"\n{section}\n" in result.out
    assert "  - Our exosome facial has no side effects." in result.out


def test_explain_words_agreement_placeholders_in_general_terms(run, empty_config: str) -> None:
    """Without a treatment, `{Treatment} {is}` reads "The treatment is", not "The treatment"."""
    result = run("explain", "fda-approved-conflict", "--config", empty_config)
    assert "  - The treatment is not FDA-approved; ask us about its regulatory status" in result.out


def test_explain_keeps_a_list_example_inside_its_bullet(run, empty_config: str) -> None:
    """A lead-in example spans lines; its items stay indented under its bullet, blank lines dropped."""
    result = run("explain", "efficacy-as-fact", "--config", empty_config)
    assert "  - IPL improves the look of:\n    - Age spots\n    - Rosacea\n" in result.out


def test_explain_unknown_rule(run, empty_config: str) -> None:
    result = run("explain", "nope", "--config", empty_config)
    assert result.code == 2
    assert "unknown rule id 'nope'" in result.err and result.out == ""


def test_no_paths_is_a_usage_error(run, empty_config: str) -> None:
    assert run("check", "--config", empty_config).code == 2


def test_directories_recurse_and_skip_hidden_and_vendored(tmp_path: Path, run, empty_config: str) -> None:
    site = tmp_path / "site"
    for rel in ["index.md", "services/prp.html", "services/deep/draft.txt", ".git/x.md",
                "node_modules/pkg/readme.md", ".hidden/page.md", "services/.secret.md", "script.py"]:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(RISKY if not rel.endswith(".html") else f"<p>{RISKY}</p>", encoding="utf-8")
    data = _json(run("check", "--config", empty_config, "--format", "json", str(site)).out)
    found = sorted(Path(f["path"]).relative_to(site).as_posix() for f in data["findings"])
    assert found == ["index.md", "services/deep/draft.txt", "services/prp.html"]
    assert data["summary"]["files"] == 3


def test_binary_and_invalid_utf8_are_errors_but_others_are_linted(tmp_path: Path, run, empty_config: str) -> None:
    (tmp_path / "a.md").write_text(RISKY, encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"PNG\x00\x01\x02 no side effects")
    (tmp_path / "c.txt").write_bytes(b"caf\xe9 has no side effects\n")
    (tmp_path / "d.txt").write_text(RISKY, encoding="utf-8")
    result = run("check", "--config", empty_config, "--format", "json", str(tmp_path))
    assert result.code == 2
    assert f"claimlint: {tmp_path / 'b.md'}: binary file" in result.err
    assert f"claimlint: {tmp_path / 'c.txt'}: invalid UTF-8 at byte 3" in result.err
    data = _json(result.out)
    assert sorted(Path(f["path"]).name for f in data["findings"]) == ["a.md", "d.txt"]
    assert data["summary"]["errors"] == 2


def test_output_file(files: Path, tmp_path: Path, run, empty_config: str) -> None:
    report = tmp_path / "report.json"
    result = run("check", "--config", empty_config, "--format", "json", "-o", str(report), str(files / "risky.md"))
    assert result.code == 1 and result.out == ""
    assert [f["rule"] for f in json.loads(report.read_text())["findings"]] == ["no-side-effects"]
