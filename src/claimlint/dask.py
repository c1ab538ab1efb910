"""Run claimlint on Dask's distributed scheduler (`pip install 'claimlint[dask]'`).

    from dask.distributed import Client
    from claimlint.dask import lint_bag

    with Client("tcp://scheduler:8786"):
        findings = lint_bag(paths_or_urls).compute()   # a list of JSON-able dicts

Each item is linted by `lint.lint_document` (a pure, picklable function of
plain values); every worker process builds its spaCy pipeline once, on its
first item. Paths must be readable from the workers (a shared disk, or URLs).
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import dask.bag as db

from claimlint.lint import lint_document


def lint_item(item: str, config: str | None = None) -> list[dict[str, object]]:
    """One file path or http(s) URL -> its findings as dicts (a file that cannot be read raises)."""
    from claimlint.sources import is_url, read_source

    if is_url(item):
        return lint_document("", item, config=config)
    return lint_document(read_source(item), item, config=config)


def lint_bag(items: Sequence[str], config: str | None = None, partition_size: int = 16) -> db.Bag:
    """A bag of every finding in `items`, in item order; `.compute()` gathers it."""
    paths = [str(Path(i)) if "://" not in i else i for i in items]
    bag = db.from_sequence(paths, partition_size=partition_size)
    return bag.map(lint_item, config=config).flatten()
