"""Extracted prose plus a map from every character back to the original file.

Extractors append pieces of prose as they find them in the source; each
piece remembers the source range it came from. Pieces copied verbatim map
character for character; decoded pieces (entities, escapes) map as a whole
to the markup they replace. Blocks (headings, paragraphs, list items, cells)
are separated by a blank line, which the sentence component treats as a hard
boundary, so a claim never runs from one block into the next.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
import re
from typing import NamedTuple

from claimlint.normalize import normal_char, normal_runs

BLOCK_BREAK = "\n\n"


class Comment(NamedTuple):
    """An HTML comment in the source (where inline directives live)."""

    start: int
    end: int
    body: str


@dataclass
class SourceMap:
    """Maps offsets in the extracted text to offsets in the source."""

    ext_starts: list[int]
    ext_lens: list[int]
    src_starts: list[int]
    src_lens: list[int]

    def _segment(self, pos: int) -> int:
        return max(bisect_right(self.ext_starts, pos) - 1, 0)

    def start(self, pos: int) -> int:
        """Source offset of the extracted character at `pos`."""
        if not self.ext_starts:  # nothing was extracted: every offset is the file's start
            return 0
        i = self._segment(pos)
        if self.ext_lens[i] == self.src_lens[i]:
            return self.src_starts[i] + min(pos - self.ext_starts[i], self.src_lens[i])
        return self.src_starts[i]

    def end(self, pos: int) -> int:
        """Source offset just after the extracted text ending at `pos` (exclusive)."""
        if pos <= 0 or not self.ext_starts:
            return self.start(0)
        i = self._segment(pos - 1)
        if self.ext_lens[i] == self.src_lens[i]:
            return self.src_starts[i] + min(pos - self.ext_starts[i], self.src_lens[i])
        return self.src_starts[i] + self.src_lens[i]


@dataclass
class TextBuilder:
    """Collects prose pieces in reading order, with their source ranges."""

    parts: list[str] = field(default_factory=list)
    smap: SourceMap = field(default_factory=lambda: SourceMap([], [], [], []))
    comments: list[Comment] = field(default_factory=list)
    length: int = 0
    last_src: int = 0

    def add(self, text: str, src_start: int, src_len: int | None = None) -> None:
        """Append `text`, which stands for source[src_start:src_start+src_len].

        The text is normalised (normalize.py); a verbatim piece is split around
        the characters normalisation drops, so it still maps character for character.
        """
        if src_len is None or src_len == len(text):
            for offset, run in normal_runs(text):
                self._add(run, src_start + offset, len(run))
        else:
            self._add("".join(map(normal_char, text)), src_start, src_len)

    def _add(self, text: str, src_start: int, src_len: int) -> None:
        if not text or (not text.strip() and self.at_block_start()):
            return
        text = _flatten_whitespace(text)
        m = self.smap
        m.ext_starts.append(self.length)
        m.ext_lens.append(len(text))
        m.src_starts.append(src_start)
        m.src_lens.append(src_len)
        self.parts.append(text)
        self.length += len(text)
        self.last_src = src_start + src_len

    def at_block_start(self) -> bool:
        return not self.parts or self.parts[-1].endswith(BLOCK_BREAK)

    def block_break(self) -> None:
        """End the current block (no-op when nothing is open)."""
        if not self.at_block_start():
            self.add_raw(BLOCK_BREAK)

    def add_raw(self, text: str) -> None:
        """Append separator text that maps to no source (zero width)."""
        m = self.smap
        m.ext_starts.append(self.length)
        m.ext_lens.append(len(text))
        m.src_starts.append(self.last_src)
        m.src_lens.append(0)
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def blocks(self) -> list[list[tuple[str, int, int]]]:
        """The pieces (text, source start, source length) of each block, for merging builders."""
        out: list[list[tuple[str, int, int]]] = [[]]
        m = self.smap
        for text, start, length in zip(self.parts, m.src_starts, m.src_lens):
            if text == BLOCK_BREAK and length == 0:
                out.append([])
            else:
                out[-1].append((text, start, length))
        return [block for block in out if block]


def merge(builder: TextBuilder, parts: list[TextBuilder]) -> None:
    """Add the blocks of `parts` to `builder` in source order (each part read one region of a file)."""
    blocks = sorted((block for part in parts for block in part.blocks()), key=lambda b: b[0][1])
    for block in blocks:
        for text, start, length in block:
            builder.add(text, start, length)
        builder.block_break()
    builder.comments.extend(sorted((c for part in parts for c in part.comments), key=lambda c: c.start))


def _flatten_whitespace(text: str) -> str:
    """Newlines inside a block become spaces: only block breaks hold newlines."""
    return text.translate(_FLAT)


# Control characters (an ESC from pasted terminal output, a stray BEL) glue
# words together for the tokenizer and would hide a claim: they read as spaces.
_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0e, 0x20), *range(0x7f, 0xa0)]))
_FLAT = str.maketrans(dict.fromkeys("\n\r\t\xa0\x0b\x0c\x85\u2028\u2029" + _CONTROLS, " "))


_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Offset -> 1-based (line, column) in a source text."""

    def __init__(self, source: str) -> None:
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(source)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int, source: str) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(source)
        return source[start:end].rstrip("\r\n")
