"""Word drafts (.docx) -> one paragraph a line, with python-docx.

Copywriters draft in Word. A .docx is a zip of XML, so its findings cannot
point into the file's bytes; instead the draft is laid out as text with
one paragraph a line, in reading order: the body's paragraphs and table
cells, then headers and footers, then comments. A finding's line is then
its paragraph number (shown as `draft.docx:¶12:34`) and its column the
character in that paragraph. python-docx is an optional extra
(`claimlint[docx]`: it brings lxml); without it a .docx is reported as
skipped with that install command.
"""
from __future__ import annotations

import io
import zipfile
from typing import Any, Iterator

from claimlint.errors import MissingExtra, ParseError
from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.textmap import TextBuilder

MAX_UNZIPPED = 200_000_000  # bytes: a zip bomb is refused before it is parsed


def load_docx(data: bytes) -> str:
    """The draft's text: one line per paragraph (empty paragraphs too, so numbers match Word's)."""
    try:
        import docx
    except ImportError:
        raise MissingExtra("Word documents (.docx)", "docx") from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ParseError(None, "not a Word document: a .docx is a zip file and this one is not")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
                raise ParseError(None, f"Word document unzips to more than {MAX_UNZIPPED // 10**6} MB; skipped")
        document = docx.Document(io.BytesIO(data))
        lines = [_flat(text) for text in _texts(document)]
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001  (python-docx and lxml raise many kinds on a broken package)
        raise ParseError(None, f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    return "\n".join(lines) + "\n" if lines else ""


def _flat(text: str) -> str:
    """A paragraph is one line: line breaks and tabs inside it read as spaces."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _texts(document: Any) -> Iterator[str]:
    yield from _content(document)
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                yield from _content(part)
    for comment in document.comments:
        yield from _content(comment)


def _content(container: Any) -> Iterator[str]:
    """Paragraphs and table cells in reading order; a merged cell is read once."""
    from docx.table import Table, _Cell

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            for row in item._tbl.tr_lst:
                for tc in row.tc_lst:
                    yield from _content(_Cell(tc, item))
        else:
            yield item.text


def add_docx(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Each paragraph line of a loaded draft is its own block."""
    pos = 0
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped:
            builder.add(stripped, pos + len(line) - len(line.lstrip()))
            builder.block_break()
        pos += len(line) + 1
