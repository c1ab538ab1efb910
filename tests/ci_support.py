"""Fixtures for the CI-format and baseline tests, importable so those tests do not
depend on other test files: an empty config and an in-process `claimlint` runner."""
from __future__ import annotations

from typing import Callable, NamedTuple

import pytest
from click.testing import CliRunner

from claimlint.cli import main


class Result(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def empty_config(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A config with nothing in it, so a config found upward cannot change the results."""
    path = tmp_path_factory.mktemp("config") / ".claimlint.yaml"
    path.write_text("", encoding="utf-8")
    return str(path)


@pytest.fixture
def run() -> Callable[..., Result]:
    """run(*args) -> Result(code, out, err), through `claimlint.cli.main` as the console script."""

    def _run(*args: str) -> Result:
        with CliRunner().isolation() as (out, err, _):
            code = main(list(args))
            return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))

    return _run
