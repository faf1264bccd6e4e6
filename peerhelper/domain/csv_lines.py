"""The lines of a CSV file, read with bounded memory from a file that may be anything.

A file chosen for import may be a pipe, a device, a folder, a gigabyte of
NUL bytes, text in the wrong encoding, or a file another program is still
writing. :class:`CsvLines` reads only what a session log can be:

- **Only regular files.** The file is opened without blocking (a FIFO
  would otherwise wait forever for a writer) and refused unless ``fstat``
  says it is a regular file, so ``/dev/zero`` or a pipe is never read.
- **A size limit, checked before and while reading**, so a file that grows
  while it is read is stopped at the limit too.
- **One row at a time.** Lines are read in blocks and handed out one by one;
  a row (one line, or several when a quoted cell holds line breaks) longer
  than :data:`MAX_ROW_BYTES` stops the reading with :class:`RowTooLong`,
  which carries the row's text so far for the caller to name the cell.
- **Encodings.** UTF-8 with or without a byte-order mark. UTF-16 and UTF-32
  (with a byte-order mark or without, recognised by where the NUL bytes of
  the first kilobyte fall) are told to be saved as CSV UTF-8; other NUL
  bytes mean the file is not text at all (a picture, a document).

Line breaks are ``\\r\\n``, ``\\n`` or a lone ``\\r``; each line is handed out
with its break, as the ``csv`` module expects.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NoReturn

# About 200,000 sessions with long notes; anything bigger is not a session log.
MAX_FILE_BYTES = 64 * 1024 * 1024
# One row with every cell at its longest is a few kilobytes; this is far beyond.
MAX_ROW_BYTES = 64 * 1024
_BLOCK = 64 * 1024
_SNIFF = 1024
_MB = 1024 * 1024
_SAVE_AS_UTF8 = "save it as CSV UTF-8"
_BINARY = "binary data; this is not a CSV file"


class CsvFileProblem(Exception):
    """The file cannot be read as CSV text; ``line`` 0 means the file as a whole."""

    def __init__(self, line: int, field: str, code: str, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        self.field = field
        self.code = code
        self.detail = detail


class RowTooLong(CsvFileProblem):
    """A row grew past :data:`MAX_ROW_BYTES`; ``text`` is what was read of it."""

    def __init__(self, line: int, text: str) -> None:
        detail = f"the cell is too long (a row may hold at most {MAX_ROW_BYTES // 1024} KB)"
        super().__init__(line, "row", "too_long", detail)
        self.text = text


class CsvLines:
    """The text lines of the CSV file at ``path``; use as a context manager.

    Raises :class:`CsvFileProblem` when the file cannot be opened or is not
    UTF-8 text, on opening or while the lines are read.
    """

    def __init__(self, path: Path, max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.path = path
        self.max_file_bytes = max_file_bytes
        self.line = 0  # the number of the line handed out last
        self._read = 0
        self._row: list[str] = []
        self._row_bytes = 0
        self._file = _open_regular_file(path, max_file_bytes)
        try:
            _check_encoding(self._file.read(_SNIFF))
            self._file.seek(0)
        except BaseException:
            self._file.close()
            raise

    def __enter__(self) -> CsvLines:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def row_done(self) -> None:
        """The caller has read a whole row: the next line starts a new one."""
        self._row.clear()
        self._row_bytes = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self._raw_lines():
            self.line += 1
            if self.line == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if b"\0" in raw:  # no text file holds a NUL byte; pictures and documents do
                raise CsvFileProblem(self.line, "encoding", "encoding", _BINARY)
            self._row_bytes += len(raw)
            if self._row_bytes > MAX_ROW_BYTES:
                raise self._too_long(raw, counted=True)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                detail = f"not UTF-8 text; {_SAVE_AS_UTF8}"
                raise CsvFileProblem(self.line, "encoding", "encoding", detail) from None
            self._row.append(text)
            yield text

    def _raw_lines(self) -> Iterator[bytes]:
        """Lines as bytes, each with its line break; a line never grows past the row limit."""
        carry = b""
        while True:
            try:
                block = self._file.read(_BLOCK)
            except OSError as exc:  # a removed USB stick, a network folder gone
                detail = f"cannot read {self.path}: {exc.strerror or exc}"
                raise CsvFileProblem(0, "file", "unreadable", detail) from None
            self._read += len(block)
            if self._read > self.max_file_bytes:
                raise _too_big(f"it grew past {self.max_file_bytes // _MB} MB while being read")
            if not block:
                if carry:
                    yield carry
                return
            lines = (carry + block).splitlines(keepends=True)
            # The last piece may go on in the next block; so may a "\r" before a "\n".
            carry = b"" if lines[-1].endswith(b"\n") else lines.pop()
            yield from lines
            if self._row_bytes + len(carry) > MAX_ROW_BYTES:
                raise self._too_long(carry, counted=False)

    def _too_long(self, raw: bytes, counted: bool) -> RowTooLong:
        """The error for a row that ``raw`` (a line already counted, or not yet) makes too long."""
        text = "".join(self._row) + raw[:MAX_ROW_BYTES].decode("utf-8", "replace")
        first_line = self.line + (0 if counted else 1) - len(self._row)
        return RowTooLong(first_line, text)


def _too_big(detail: str) -> CsvFileProblem:
    return CsvFileProblem(0, "file", "too_big", f"the file is too big: {detail}")


def _open_regular_file(path: Path, max_file_bytes: int) -> BinaryIO:
    """``path`` opened for reading, or :class:`CsvFileProblem` if it is not a small regular file."""
    # Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        detail = f"cannot read {path}: {exc.strerror or exc}"
        raise CsvFileProblem(0, "file", "unreadable", detail) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise CsvFileProblem(0, "file", "not_a_file", f"{path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            detail = f"{path} is not a regular file (a pipe or a device cannot be imported)"
            raise CsvFileProblem(0, "file", "not_a_file", detail)
        if info.st_size > max_file_bytes:
            size, limit = -(-info.st_size // _MB), max_file_bytes // _MB
            raise _too_big(f"{size} MB; the limit is {limit} MB")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_encoding(head: bytes) -> None:
    """Refuse UTF-16 and UTF-32 text, with or without a byte-order mark, from the first bytes."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        _wrong_encoding("UTF-32")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _wrong_encoding("UTF-16")
    if b"\0" not in head:
        return
    # Text in these encodings is mostly Latin letters, digits and separators,
    # whose high bytes are zero: the NULs fall on a regular pattern.
    zeros = [_zero_share(head[offset::4]) for offset in range(4)]
    if min(zeros[2], zeros[3]) > 0.9 or min(zeros[0], zeros[1]) > 0.9:
        _wrong_encoding("UTF-32")
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if max(odd, even) > 0.5 and min(odd, even) < 0.1:
        _wrong_encoding("UTF-16")
    line = head.count(b"\n", 0, head.index(b"\0")) + 1
    raise CsvFileProblem(line, "encoding", "encoding", _BINARY)


def _zero_share(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


def _wrong_encoding(name: str) -> NoReturn:
    raise CsvFileProblem(0, "encoding", "encoding", f"the file is {name} text; {_SAVE_AS_UTF8}")
