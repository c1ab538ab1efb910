"""--fix under stress: an interrupt mid-run leaves every file untouched or
fully fixed (never half-written), and every byte outside a changed span
(BOM, encoding, line endings, markup) is kept."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from claimlint.fixes import fix_findings
from claimlint.lint import lint_paths
from claimlint.loader import load_ruleset

BEFORE = "Intro line.{nl}This serum is proven to reduce hair loss.{nl}{nl}See instant results.{nl}Tail \u00e9\u0301 line."
AFTER = "Intro line.{nl}This serum is studied as a way to reduce hair loss.{nl}{nl}See results.{nl}Tail \u00e9\u0301 line."


def _fix_all(paths: list[Path], config: str):  # noqa: ANN202
    report = lint_paths([str(p) for p in paths], config=config)
    rules = {r.id: r for r in load_ruleset(config, False).rules}
    return fix_findings(report.findings, rules, write=True)


@pytest.mark.parametrize("crash_at", [1, 2, 3])
def test_interrupt_mid_fix_leaves_each_file_untouched_or_fully_fixed(tmp_path: Path, empty_config: str,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   crash_at: int) -> None:
    paths = [tmp_path / f"page{i}.md" for i in range(4)]
    for path in paths:
        path.write_bytes(BEFORE.format(nl="\n").encode("utf-8"))
    real_replace, calls = os.replace, []

    def interrupted(src: str, dst: str) -> None:
        if Path(dst).parent != tmp_path:  # a cache write, not a fix
            return real_replace(src, dst)
        calls.append(dst)
        if len(calls) == crash_at:
            raise KeyboardInterrupt  # Ctrl-C between writing the new file and swapping it in
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _fix_all(paths, empty_config)
    assert len(calls) == crash_at
    before, after = BEFORE.format(nl="\n").encode(), AFTER.format(nl="\n").encode()
    states = [p.read_bytes() for p in paths]
    assert all(s in (before, after) for s in states)
    assert states.count(after) == crash_at - 1
    assert sorted(os.listdir(tmp_path)) == [p.name for p in paths]  # no temporary file left behind


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(("bom", "codec"), [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"),
                                            (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_fix_keeps_every_byte_outside_the_changed_spans(tmp_path: Path, empty_config: str, nl: str,
                                                        bom: bytes, codec: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(bom + BEFORE.format(nl=nl).encode(codec))
    fixed, errors = _fix_all([path], empty_config)
    assert errors == [] and len(fixed) == 1
    assert path.read_bytes() == bom + AFTER.format(nl=nl).encode(codec)
