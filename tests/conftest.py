"""Shared test helpers: an empty config (so the repo's own config, if any, has no
effect) and an in-process runner for the `claimlint` command line."""
from __future__ import annotations

from typing import NamedTuple

import pytest
from click.testing import CliRunner

from claimlint.cli import main


class Result(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def empty_config(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("config") / ".claimlint.yaml"
    path.write_text("", encoding="utf-8")
    return str(path)


@pytest.fixture
def run():
    """run(*args, input=None, env=None) -> Result(code, out, err), via `claimlint.cli.main`."""

    def _run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
        with CliRunner().isolation(input=input, env=env) as (out, err, _):
            code = main(list(args))
            return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))

    return _run


@pytest.fixture
def make_site(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """make_site({"a.md": text, ...}) -> a folder whose site/ holds those pages, made the working directory."""
    monkeypatch.chdir(tmp_path)

    def _make(pages: dict[str, str]):  # noqa: ANN202
        (tmp_path / "site").mkdir(exist_ok=True)
        for name, text in pages.items():
            (tmp_path / "site" / name).write_text(text, encoding="utf-8")
        return tmp_path

    return _make
