"""Read articles from files, folders and standard input, and cut excerpts from them.

Inputs are untrusted: a missing, empty, binary or undecodable file, or a malformed JSON
Lines record, becomes an :class:`~geomap.models.InputProblem` naming the file (and line)
instead of an exception, so one bad file never costs the others.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Iterable, Iterator, List, Optional, Tuple, Union

from .models import Article, Excerpt, InputProblem

#: File endings read when walking a folder (an explicitly named file is read whatever its ending).
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

Item = Union[Article, InputProblem]


def read_inputs(inputs: Iterable[str], stdin: Optional[IO[bytes]] = None) -> Iterator[Item]:
    """Yield every article found in ``inputs``, and a problem for every input that fails.

    :param inputs: file paths, folder paths (read recursively) or ``-`` for ``stdin``.
    :param stdin: the binary stream ``-`` stands for (default: the process's standard input).
    """
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_document("-", stream.read(), kind=None)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputProblem(name, "no such file or folder")


def folder_files(folder: Path) -> Iterator[Path]:
    """The files of ``folder`` that are read as articles, in the order they are read."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in sorted(files):
            if not fname.startswith(".") and fname.lower().endswith(SUFFIXES):
                yield Path(root) / fname


def no_articles_in(folder: Union[str, Path]) -> InputProblem:
    """The problem of a folder that gave no article."""
    return InputProblem(str(folder), f"no readable articles ({', '.join(SUFFIXES)}) in folder")


def _read_folder(folder: Path) -> Iterator[Item]:
    found = False
    for path in folder_files(folder):
        for item in _read_file(path):
            found = found or isinstance(item, Article)
            yield item
    if not found:
        yield no_articles_in(folder)


# -- JSON Lines files read in parts (by engines that spread one file over several workers) -------


def split_jsonl(path: Path, part_bytes: int) -> Optional[List[Tuple[int, int, int]]]:
    """Cut a JSON Lines file into parts of about ``part_bytes`` at line ends: a list of
    ``(start, end, first line number)``, or ``None`` where the file is read whole (it is no
    larger than one part, or its lines may end in a bare carriage return). Reads the file once.
    """
    size = path.stat().st_size
    if size <= part_bytes:
        return None
    parts: List[Tuple[int, int, int]] = []
    start, line = 0, 1  # the current part's first byte and line number
    offset = lines_before = 0  # the chunk's first byte, and the line ends before it
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            if b"\r" in chunk:
                return None
            target = start + part_bytes - 1  # the part ends at the first line end from here
            while target < offset + len(chunk):
                newline = chunk.find(b"\n", max(target - offset, 0))
                if newline < 0:
                    break  # in a later chunk
                end = offset + newline + 1
                parts.append((start, end, line))
                start, line = end, lines_before + chunk.count(b"\n", 0, newline + 1) + 1
                target = start + part_bytes - 1
            lines_before += chunk.count(b"\n")
            offset += len(chunk)
    if start < size:
        parts.append((start, size, line))
    return parts if len(parts) > 1 else None


def read_jsonl_part(path: Path, start: int, end: int, first_line: int) -> Iterator[Item]:
    """The records of bytes ``start:end`` of a JSON Lines file (a part of :func:`split_jsonl`),
    as :func:`read_inputs` gives them for the whole file, ids and line numbers included.
    The whole-file checks are :func:`jsonl_file_problems`'."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig" if start == 0 else "utf-8",
                              errors="replace", newline=None)
    yield from _jsonl_records(str(path), path.name, (line.rstrip("\n") for line in stream), first_line)


def jsonl_file_problems(path: Path) -> List[Item]:
    """What :func:`read_inputs` gives for a JSON Lines file that fails the whole-file checks
    (empty, binary, not UTF-8; then the file gives no article), or ``[]`` for a file that passes."""
    try:
        if _checked_jsonl(path):
            return []
        data = path.read_bytes()
    except OSError as exc:
        return [InputProblem(str(path), f"cannot read: {exc.strerror or exc}")]
    return list(_read_document(str(path), data, kind="jsonl"))


def _read_file(path: Path) -> Iterator[Item]:
    kind = _kind(path.name)
    if kind == "jsonl":
        try:
            streamable = _checked_jsonl(path)
        except OSError as exc:
            yield InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
            return
        if streamable:
            yield from _stream_jsonl(path)
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_document(str(path), data, kind=kind)


#: Bytes read at a time from a JSON Lines file.
_CHUNK = 1 << 20


def _checked_jsonl(path: Path) -> bool:
    """Whether a JSON Lines file passes the whole-file checks (not empty, not binary, UTF-8),
    read a chunk at a time so that memory stays flat however large the corpus.

    A file that fails is read whole by :func:`_read_document`, which says why; so a problem
    is still reported before any of the file's articles, as for every other input.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    blank = True
    with open(path, "rb") as f:
        first = True
        while True:
            chunk = f.read(_CHUNK)
            if first and b"\x00" in chunk[:8192]:
                return False
            first = False
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return False
            if not chunk:
                return not blank
            blank = blank and not chunk.strip()


def _stream_jsonl(path: Path) -> Iterator[Item]:
    # universal newlines split lines exactly as the whole-file path does (\r\n, \r, \n)
    with open(path, encoding="utf-8-sig", newline=None) as f:
        yield from _jsonl_records(str(path), path.name, (line.rstrip("\n") for line in f))


def _kind(name: str) -> Optional[str]:
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def _read_document(source: str, data: bytes, kind: Optional[str]) -> Iterator[Item]:
    if not data.strip():
        yield InputProblem(source, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield InputProblem(source, "binary file, not text")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputProblem(
            source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        )
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind is None:  # standard input: sniff
        stripped = text.lstrip()
        kind = "jsonl" if stripped.startswith("{") else "html" if stripped[:1] == "<" else "text"
    name = "stdin" if source == "-" else Path(source).name
    if kind == "jsonl":
        yield from _read_jsonl(source, name, text)
    elif kind == "html":
        visible = html_to_text(text)
        if not visible.strip():
            yield InputProblem(source, "no visible text in HTML")
        else:
            yield Article(id=name, text=visible, source=source, title=_html_title(text))
    else:
        yield Article(id=name, text=text, source=source)


def _read_jsonl(source: str, name: str, text: str) -> Iterator[Item]:
    yield from _jsonl_records(source, name, text.split("\n"))


def _jsonl_records(source: str, name: str, lines: Iterable[str], first_line: int = 1) -> Iterator[Item]:
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(source, f"malformed JSON ({exc.msg}, column {exc.colno})", line=number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputProblem(source, 'not an article: expected an object with a "text" string', line=number)
            continue
        if not record["text"].strip():
            yield InputProblem(source, "empty article text", line=number)
            continue
        yield Article(
            id=str(record.get("id", f"{name}:{number}")),
            text=record["text"],
            source=source,
            title=_opt_str(record.get("title")),
            url=_opt_str(record.get("url")),
            date=_opt_str(record.get("date")),
        )


def _opt_str(value: object) -> Optional[str]:
    return None if value is None else str(value)


class _VisibleText(HTMLParser):
    """Collects the text a browser would show: no scripts, styles or head matter."""

    HIDDEN = {"script", "style", "title", "noscript", "template", "svg"}
    #: What may stand in a <head>; any other tag starts the body, as </head> is optional.
    HEAD_TAGS = {"title", "meta", "link", "style", "script", "base", "noscript", "template", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "header", "footer", "ul", "ol", "table", "pre", "hr", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_head = False
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if self.in_head and tag not in self.HEAD_TAGS:
            self.in_head = False
        if tag == "head":
            self.in_head = True
        elif tag in self.HIDDEN:
            self.hidden += 1
            self.in_title = tag == "title"
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if self.in_head and tag not in self.HEAD_TAGS:
            self.in_head = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        elif tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            self.in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.hidden and not self.in_head:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one line per block."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(html: str) -> Optional[str]:
    parser = _VisibleText()
    parser.feed(html)
    title = " ".join("".join(parser.title).split())
    return title or None


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n")


def excerpt(text: str, start: int, end: int, max_chars: int = 280) -> Excerpt:
    """The sentence around ``text[start:end]``, cut to about ``max_chars`` around the name.

    Sentence ends are found by punctuation followed by a capital, or a line break; an
    abbreviation may end a sentence early, which only shortens the excerpt. A cut that is
    not a sentence's end is marked with "…".
    """
    lo = max(0, start - max_chars)
    left, left_cut = lo, lo > 0
    # search up to the name's end: the capital that proves a sentence end may be the
    # name's own first letter ("… in Paris. York is …")
    for m in _SENTENCE_END.finditer(text, lo, end):
        if m.end() <= start:
            left, left_cut = m.end(), False
    m = _SENTENCE_END.search(text, end, min(len(text), end + max_chars))
    if m:
        right, right_cut = m.start() + 1, False
    else:
        right = min(len(text), end + max_chars)
        right_cut = right < len(text)
    if right - left > max_chars:  # centre the window on the name
        half = max(0, (max_chars - (end - start)) // 2)
        if start - half > left:
            left, left_cut = start - half, True
        if end + half < right:
            right, right_cut = end + half, True
    prefix = "…" if left_cut else ""
    suffix = "…" if right_cut else ""
    snippet_raw = text[left:right]
    # trim leading white space and keep the offsets in step
    lead = len(snippet_raw) - len(snippet_raw.lstrip())
    snippet = snippet_raw.strip()
    s = len(prefix) + (start - left - lead)
    return Excerpt(prefix + " ".join(snippet.split("\n")) + suffix, s, s + (end - start))
