"""Read articles from files, folders and standard input, and cut excerpts from them.

Inputs are untrusted: a missing, empty, binary or undecodable file, a malformed JSON
Lines record, a FIFO, device or socket, or a folder that cannot be read becomes an
:class:`~geomap.models.InputProblem` naming the file (and line) instead of an exception, so
one bad input never costs the others.

Reading is bounded, whatever the input: a text longer than :data:`PIECE_CHARS` is read and
parsed in pieces that end at paragraph breaks (each an :class:`~geomap.models.Article` whose
``offset`` says where it starts in the whole text), a JSON Lines line longer than
:data:`MAX_LINE_CHARS` is reported and skipped, an HTML file larger than
:data:`MAX_HTML_BYTES` is reported and skipped, and only regular files (or ``-``) are read.
Article ids are unique in one run (a repeated id gets ``#2``, ``#3``…), and text holds no
lone surrogates (each becomes U+FFFD, one character for one, so offsets stay the same).
"""

from __future__ import annotations

import codecs
import dataclasses
import io
from array import array
from collections import Counter
import json
import os
import re
import stat
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from .feeds import Entry, looks_like_feed, parse_feed
from .models import Article, Excerpt, InputProblem
from .web import Fetched, FetchError, Fetcher, is_url
from .webpage import extract_page

#: File endings read when walking a folder (an explicitly named file is read whatever its ending).
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
#: RSS and Atom feeds (an explicitly named ``.xml`` file is read as a feed too).
FEED_SUFFIXES = (".rss", ".atom")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES

#: Media types of web answers read as web pages.
_HTML_TYPES = {"text/html", "application/xhtml+xml"}

#: A text is parsed in pieces of at most this many characters, cut at a paragraph break
#: (a blank line) where there is one, else at a line break, else at a space.
PIECE_CHARS = 1_000_000
#: JSON Lines lines longer than this many characters are reported and skipped.
MAX_LINE_CHARS = 10_000_000
#: HTML files larger than this are reported and skipped (their visible text is found in one go).
MAX_HTML_BYTES = 64 * 1024 * 1024

Item = Union[Article, InputProblem]

_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate (from a JSON ``\\ud800`` escape or an undecodable
    file name) replaced by U+FFFD, so that it can be written as UTF-8; offsets are kept."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


#: What must not reach a terminal raw: C0 and C1 controls (escape sequences, line breaks that
#: would forge a line), DEL, line and paragraph separators, bidirectional overrides, and lone
#: surrogates (undecodable bytes of a file name).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: "re.Match[str]") -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` for a terminal: every control character written as an escape (``\\x0a``,
    ``\\x1b``), so that a name can neither forge a line nor send escape sequences."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def read_inputs(inputs: Iterable[str], stdin: Optional[IO[bytes]] = None, *,
                fetcher: Optional[Fetcher] = None, follow: bool = False) -> Iterator[Item]:
    """Yield every article found in ``inputs``, and a problem for every input that fails.

    :param inputs: file paths, folder paths (read recursively), web addresses (http, https)
        or ``-`` for ``stdin``.
    :param stdin: the binary stream ``-`` stands for (default: the process's standard input).
    :param fetcher: fetches web addresses (through the cache); without one, a web address is
        a problem.
    :param follow: fetch the page of a feed entry that carries only a summary.
    """
    return _unique_ids(_read_all(inputs, stdin, _Reader(fetcher, follow)))


def _read_all(inputs: Iterable[str], stdin: Optional[IO[bytes]], reader: "_Reader") -> Iterator[Item]:
    for name in inputs:
        if is_url(name):
            yield from reader.url(name)
            continue
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream("-", stream, reader)
            continue
        path = Path(name)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            yield InputProblem(name, "no such file or folder")
            continue
        except OSError as exc:
            yield InputProblem(name, f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _read_folder(path, reader)
        else:
            yield from _read_file(path, reader)


class _Seen:
    """The ids met so far, kept as their 64-bit hashes in one array (open addressing): about
    16 bytes an id rather than a hundred, so a run over millions of articles stays small. Two
    different ids share a hash once in about 10^19 pairs; then the second is renamed."""

    def __init__(self) -> None:
        self._slots = array("q", bytes(8 * 1024))
        self._count = 0

    def add(self, ident: str) -> bool:
        """Add ``ident``; whether it was new."""
        h = hash(ident) or 1  # 0 marks an empty slot
        slots = self._slots
        mask = len(slots) - 1
        i = h & mask
        while True:
            v = slots[i]
            if v == 0:
                slots[i] = h
                self._count += 1
                if 2 * self._count > len(slots):
                    self._grow()
                return True
            if v == h:
                return False
            i = (i + 1) & mask

    def _grow(self) -> None:
        old = self._slots
        self._slots = slots = array("q", bytes(16 * len(old)))
        mask = len(slots) - 1
        for h in old:
            if h:
                i = h & mask
                while slots[i]:
                    i = (i + 1) & mask
                slots[i] = h


class UniqueIds:
    """Makes article ids unique in one run, in the order articles come: a repeated id gets
    ``#2``, ``#3``… (so that every place is credited to the article that names it; the pieces
    of one long text are so numbered too). Engines that read articles in several places use
    one of these where results meet, so an id is renamed as a run on one process renames it."""

    def __init__(self) -> None:
        self._seen = _Seen()
        self._counts: Dict[str, int] = {}

    def id_of(self, article: Article) -> str:
        """The id ``article`` gets in this run."""
        given = article.id
        if not self._seen.add(given):
            n = self._counts.get(given, 1)
            while True:
                n += 1
                new = f"{given}#{n}"
                if self._seen.add(new):
                    break
            self._counts[given] = n
            if len(self._counts) > 100_000:  # where to count on from, per repeated id: bounded
                self._counts.clear()
            given = new
        return given


def _unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """The items, each article's id made unique (:class:`UniqueIds`)."""
    ids = UniqueIds()
    for item in items:
        if isinstance(item, Article):
            new = ids.id_of(item)
            if new != item.id:
                item = dataclasses.replace(item, id=new)
        yield item


def folder_files(folder: Path, problems: Optional[List[InputProblem]] = None) -> Iterator[Path]:
    """The files of ``folder`` that are read as articles, in the order they are read.

    :param problems: gets a problem for each sub-folder that cannot be read, as it is met
        (its articles are missing: the run must say so).
    """
    def unreadable(exc: OSError) -> None:
        if problems is not None:
            problems.append(InputProblem(str(exc.filename), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in sorted(files):
            if not fname.startswith(".") and fname.lower().endswith(SUFFIXES):
                yield Path(root) / fname


def no_articles_in(folder: Union[str, Path]) -> InputProblem:
    """The problem of a folder that gave no article."""
    return InputProblem(str(folder), f"no readable articles ({', '.join(SUFFIXES)}) in folder")


def _read_folder(folder: Path, reader: Optional["_Reader"] = None) -> Iterator[Item]:
    found = False
    problems: List[InputProblem] = []
    for path in folder_files(folder, problems):
        yield from problems
        problems.clear()
        for item in _read_file(path, reader):
            found = found or isinstance(item, Article)
            yield item
    yield from problems
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
    yield from _jsonl_records(str(path), path.name, stream, first_line)


def jsonl_file_problems(path: Path) -> List[Item]:
    """What :func:`read_inputs` gives for a JSON Lines file that fails the whole-file checks
    (not a regular file, empty, binary, not UTF-8; then the file gives no article), or ``[]``
    for a file that passes."""
    f = open_regular(path)
    if isinstance(f, InputProblem):
        return [f]
    with f:
        try:
            problem = _check_stream(str(path), f)
        except OSError as exc:
            return [InputProblem(str(path), f"cannot read: {exc.strerror or exc}")]
    return [] if problem is None else [problem]


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket"}


def open_regular(path: Path) -> Union[IO[bytes], InputProblem]:
    """``path`` opened for reading if it is a regular file; else why not.

    Opened without blocking and checked on the open descriptor, so a FIFO (or a file swapped
    for one) never holds the run, and a device is never read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        try:
            mode = os.stat(path).st_mode  # a socket cannot be opened at all
        except OSError:
            mode = stat.S_IFREG
        if stat.S_ISREG(mode):
            return InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
        return _not_a_file(path, mode)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        return _not_a_file(path, mode)
    return os.fdopen(fd, "rb")


def _not_a_file(path: Path, mode: int) -> InputProblem:
    kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return InputProblem(str(path), f"{kind}, not a file: skipped (give it as - to read it)")


def _read_file(path: Path, reader: Optional["_Reader"] = None) -> Iterator[Item]:
    kind = _kind(path.name)
    f = open_regular(path)
    if isinstance(f, InputProblem):
        yield f
        return
    with f:
        try:
            size = os.fstat(f.fileno()).st_size
            whole = kind in ("html", "feed")  # parsed whole, so bounded by size
            if whole and size > MAX_HTML_BYTES:
                yield InputProblem(str(path), f"{'HTML' if kind == 'html' else 'feed'} file of "
                                              f"{size / 2**20:.0f} MB: over the {MAX_HTML_BYTES // 2**20} MB "
                                              "geomap reads; skipped")
                return
            if whole or size <= PIECE_CHARS:
                data = f.read()
                yield from _read_document(str(path), data, kind=kind, reader=reader)
                return
            problem = _check_stream(str(path), f)  # whole-file checks first, a chunk at a time
            if problem is not None:
                yield problem
                return
            f.seek(0)
            text = io.TextIOWrapper(f, encoding="utf-8-sig", newline=None)
            if kind == "jsonl":
                yield from _jsonl_records(str(path), path.name, text)
            else:
                yield from _pieces(str(path), path.name, text)
        except OSError as exc:
            yield InputProblem(str(path), f"cannot read: {exc.strerror or exc}")


#: Bytes read at a time.
_CHUNK = 1 << 20


def _check_stream(source: str, f: IO[bytes]) -> Optional[InputProblem]:
    """The problem of a large file (empty, binary, not UTF-8), read a chunk at a time so that
    memory stays flat however large it is; ``None`` if it passes."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    blank = True
    first = True
    offset = 0
    while True:
        chunk = f.read(_CHUNK)
        if first and b"\x00" in chunk[:8192]:
            return InputProblem(source, "binary file, not text")
        first = False
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            at = offset + exc.start
            return InputProblem(source, f"not UTF-8 text (byte 0x{chunk[exc.start]:02x} at offset {at}); "
                                                    "save it as UTF-8")
        if not chunk:
            return InputProblem(source, "empty file") if blank else None
        blank = blank and not chunk.strip()
        offset += len(chunk)


def _read_stream(source: str, stream: IO[bytes], reader: Optional["_Reader"] = None) -> Iterator[Item]:
    """Standard input, read as it comes: its first bytes tell what it is (JSON Lines,
    HTML or text) and whether it is text at all; a decoding error later ends it with a line."""
    head = b""
    while len(head) < 65536 and not head.strip(b" \t\r\n\xef\xbb\xbf"):
        more = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
        if not more:
            break
        head += more
    if not head.strip():
        yield InputProblem(source, "empty file")
        return
    stream = io.BufferedReader(_Prefixed(head, stream), buffer_size=_CHUNK)  # type: ignore[assignment]
    if b"\x00" in head[:8192]:
        yield InputProblem(source, "binary file, not text")
        return
    stripped = head.lstrip(b" \t\r\n\xef\xbb\xbf")
    kind = "jsonl" if stripped.startswith(b"{") else "html" if stripped[:1] == b"<" else "text"
    if kind == "html" and looks_like_feed(head):
        kind = "feed"
    if kind in ("html", "feed"):
        data = stream.read(MAX_HTML_BYTES + 1)
        if len(data) > MAX_HTML_BYTES:
            yield InputProblem(source, f"HTML over the {MAX_HTML_BYTES // 2**20} MB geomap reads; skipped")
            return
        yield from _read_document(source, data, kind=kind, reader=reader)
        return
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline=None)  # type: ignore[arg-type]
    try:
        if kind == "jsonl":
            yield from _jsonl_records(source, "stdin", text)
        else:
            yield from _pieces(source, "stdin", text)
    except UnicodeDecodeError as exc:
        yield InputProblem(source, f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x}); the rest is not read")
    except OSError as exc:
        yield InputProblem(source, f"cannot read: {exc.strerror or exc}")


class _Prefixed(io.RawIOBase):
    """A binary stream: ``prefix``, then what is left of ``rest``."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read1(len(buffer)) if hasattr(self._rest, "read1") else self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _pieces(source: str, name: str, text: IO[str]) -> Iterator[Item]:
    """The text of ``text`` as articles of at most :data:`PIECE_CHARS` characters, cut at
    paragraph breaks where it can (see :func:`split_text`)."""
    buffer = ""
    offset = 0
    found = False
    while True:
        chunk = text.read(PIECE_CHARS)
        buffer += chunk
        while len(buffer) > PIECE_CHARS or (not chunk and buffer):
            cut = _cut(buffer) if len(buffer) > PIECE_CHARS else len(buffer)
            piece, buffer = buffer[:cut], buffer[cut:]
            if piece.strip():
                found = True
                yield Article(id=name, text=piece, source=clean_text(source), offset=offset)
            offset += len(piece)
        if not chunk:
            break
    if not found:
        yield InputProblem(source, "empty file")


def split_text(text: str, limit: Optional[int] = None) -> Iterator[tuple]:
    """``(offset, piece)`` for the pieces of ``text``: each at most ``limit`` characters and
    ending at the last paragraph break (blank line) before the limit, else the last line
    break, else the last space (a hard cut only in a text without any)."""
    limit = PIECE_CHARS if limit is None else limit
    offset = 0
    while len(text) - offset > limit:
        cut = _cut(text[offset: offset + limit + 1], limit)
        yield offset, text[offset: offset + cut]
        offset += cut
    if offset < len(text):
        yield offset, text[offset:]


def _cut(buffer: str, limit: Optional[int] = None) -> int:
    """Where to end the first piece of ``buffer`` (more than ``limit`` characters): just after
    a paragraph break, a line break or a space in its second half, or at ``limit``."""
    limit = PIECE_CHARS if limit is None else limit
    half = limit // 2
    for sep in ("\n\n", "\n", " "):
        at = buffer.rfind(sep, half, limit)
        if at >= 0:
            return at + len(sep)
    return limit


def _kind(name: str) -> Optional[str]:
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(FEED_SUFFIXES + (".xml",)):
        return "feed"
    return "text"


def _read_document(source: str, data: bytes, kind: Optional[str], *, reader: Optional["_Reader"] = None,
                   name: Optional[str] = None, url: Optional[str] = None) -> Iterator[Item]:
    """The articles of one document (a file, standard input or a web answer).

    :param kind: ``text``, ``html``, ``jsonl``, ``feed``, or ``None`` to tell from the content.
    :param name: the article id (default: the file's name; ``stdin`` for ``-``).
    :param url: where a web answer came from.
    """
    shown = clean_text(source)
    if not data.strip():
        yield InputProblem(source, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield InputProblem(source, "binary file, not text")
        return
    if kind == "feed" or (kind is None and looks_like_feed(data)):
        # feeds declare their own encoding (XML); feedparser reads it
        yield from _read_feed(source, data, reader or _Reader(None, False), url)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if kind in ("html", None) else None
        if declared is None:
            yield InputProblem(
                source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
            )
            return
        text = _decode(data, declared)  # the page says how it is encoded
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():  # a byte order mark and nothing else
        yield InputProblem(source, "empty file")
        return
    if kind is None:  # standard input: sniff
        stripped = text.lstrip()
        kind = "jsonl" if stripped.startswith("{") else "html" if stripped[:1] == "<" else "text"
    if name is None:
        name = "stdin" if source == "-" else clean_text(Path(source).name)
    if kind == "jsonl":
        yield from _jsonl_records(source, name, io.StringIO(text))
    elif kind == "html":
        yield from _html_articles(source, name, text, url)
    else:
        yield Article(id=name, text=text, source=shown, url=_opt_clean(url))


def _html_articles(source: str, name: str, html: str, url: Optional[str] = None,
                   given: Optional[Dict[str, Optional[str]]] = None) -> Iterator[Item]:
    """A web page's story as an article (:func:`geomap.webpage.extract_page`): its main text,
    title, date and canonical URL; all its visible text where no story stands out. A very
    long story comes in pieces, as any text does.

    :param given: ``title``, ``date`` or ``url`` known from elsewhere (a feed), which win.
    """
    given = given or {}
    page = extract_page(html, url)
    visible = html_to_text(html)
    text = page.text
    if not text.strip() or not Counter(visible.split()) - Counter(text.split()):
        # The extractor found no story, or dropped no word of the visible text: a page with no
        # boilerplate to drop. Its own line breaks may then split a sentence at each inline
        # tag, and it may keep what no browser shows (<noscript>); the visible text is the
        # page as read. Where it dropped anything (a menu, a footer: a few words beside a
        # long story), its text is the story.
        text = visible
    if not text.strip():
        yield InputProblem(source, "no visible text in HTML")
        return
    title = _opt_clean(given.get("title") or page.title or _html_title(html))
    date = _opt_clean(given.get("date") or page.date)
    link = _opt_clean(given.get("url") or page.url)
    for offset, piece in split_text(clean_text(text)):
        yield Article(id=name, text=piece, source=clean_text(source), title=title, url=link, date=date,
                      offset=offset)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes) -> Optional[str]:
    """The charset an HTML page declares in a ``<meta>`` near its start, if Python knows it
    as a text encoding. A page whose own markup is readable as ASCII cannot be in UTF-16 or
    UTF-32, so a ``<meta>`` naming one means UTF-8 (as browsers read it, by the WHATWG rule)."""
    m = _META_CHARSET.search(data[:4096])
    charset = _known_charset(m.group(1).decode("ascii")) if m else None
    return "utf-8" if charset and charset.startswith(("utf-16", "utf-32")) else charset


#: Codecs Python knows that are not how any page's text is encoded (the bytes-to-bytes ones,
#: such as ``hex`` or ``zlib``, are told by the codec itself).
_NOT_PAGE_CHARSETS = {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}


def _known_charset(name: Optional[str]) -> Optional[str]:
    """The canonical name of the text encoding ``name`` (an HTTP or ``<meta>`` charset), or
    ``None`` where Python knows none by that name, or knows it as no text encoding."""
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CHARSETS:
        return None
    return info.name


def _decode(data: bytes, charset: Optional[str]) -> str:
    """``data`` decoded as ``charset`` says (a :func:`_known_charset`), bytes it cannot hold
    replaced; as UTF-8 where it names none."""
    try:
        return data.decode(charset or "utf-8", errors="replace")
    except (LookupError, UnicodeError, ValueError):  # a codec that fails whatever the errors mode
        return data.decode("utf-8", errors="replace")


# -- the web and feeds (issue 15) ----------------------------------------------------------------


class _Reader:
    """Reads web addresses (through a :class:`~geomap.web.Fetcher`) and feed entries."""

    def __init__(self, fetcher: Optional[Fetcher], follow: bool) -> None:
        self.fetcher = fetcher
        self.follow = follow

    def url(self, url: str) -> Iterator[Item]:
        if self.fetcher is None:
            yield InputProblem(url, "web addresses are read through a Geoparser (or the command line)")
            return
        try:
            page = self.fetcher.get(url)
        except FetchError as exc:
            yield InputProblem(url, str(exc))
            return
        if page.cached and not self.fetcher.offline and looks_like_feed(page.data):
            # A feed is a live list: read anew on each run (the pages it links to stay cached).
            try:
                page = self.fetcher.get(url, refresh=True)
            except FetchError as exc:
                yield InputProblem(url, f"{exc}; the copy fetched before is mapped instead")
        if looks_like_feed(page.data):
            kind: Optional[str] = "feed"
            data = page.data
        else:
            kind = "html" if page.content_type in _HTML_TYPES else "text" if page.content_type == "text/plain" else None
            data = _as_utf8(page)
        yield from _read_document(url, data, kind, reader=self, name=url, url=page.url)

    def entry(self, source: str, number: int, entry: Entry) -> Iterator[Item]:
        """One feed entry as an article: its content, or its summary, or (with ``follow``) the
        page it links to where it carries only a summary."""
        ident = entry.id or f"{source if is_url(source) else Path(source).name}#{number}"
        if self.follow and not entry.full and entry.url and self.fetcher is not None:
            try:
                page = self.fetcher.get(entry.url)
            except FetchError as exc:
                yield InputProblem(entry.url, f"{exc}; the feed's summary is mapped instead")
            else:
                if not _readable_page(page):
                    yield InputProblem(entry.url, f"not a web page ({page.content_type or 'no media type'}); "
                                                  "the feed's summary is mapped instead")
                elif not looks_like_feed(page.data):
                    data = _as_utf8(page)
                    try:
                        html = data.decode("utf-8-sig")
                    except UnicodeDecodeError:
                        html = _decode(data, _declared_charset(data))
                    items = list(_html_articles(entry.url, ident, html, page.url,
                                                {"title": entry.title, "date": entry.date, "url": entry.url}))
                    if items and all(isinstance(item, Article) for item in items):
                        yield from items
                        return
        body = html_to_text(entry.html) if entry.html else ""
        text = "\n".join(part for part in (entry.title, body) if part)
        if not text.strip():
            hint = "; --follow fetches its page" if entry.url and not self.follow else ""
            yield InputProblem(source, f"feed entry {number} has no text{hint}")
            return
        for offset, piece in split_text(clean_text(text)):
            yield Article(id=clean_text(ident), text=piece, source=clean_text(source), title=_opt_clean(entry.title),
                          date=_opt_clean(entry.date), url=_opt_clean(entry.url), offset=offset)


def _readable_page(page: Fetched) -> bool:
    """Whether a followed link's answer is a page to read: HTML (or XHTML) or plain text by its
    media type, or none given, and no NUL byte near its start (so not an image or archive)."""
    return (page.content_type in _HTML_TYPES or page.content_type in ("text/plain", "")) \
        and b"\x00" not in page.data[:8192]


def _as_utf8(page: Fetched) -> bytes:
    """A web answer's body as UTF-8, decoded as the server said (HTTP's charset)."""
    charset = _known_charset(page.charset)
    if charset is None or charset == "utf-8":
        return page.data
    return _decode(page.data, charset).encode("utf-8")


def _read_feed(source: str, data: bytes, reader: _Reader, url: Optional[str]) -> Iterator[Item]:
    feed = parse_feed(data, url)
    if feed is None:
        yield InputProblem(source, "not an RSS or Atom feed")
        return
    if not feed.entries:
        yield InputProblem(source, "feed has no entries")
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield from reader.entry(source, number, entry)


def read_lines(text: IO[str], first_line: int = 1) -> Iterator[tuple]:
    """``(number, line)`` for each line of ``text``, a line longer than
    :data:`MAX_LINE_CHARS` given as ``None`` (read past in pieces, never held whole)."""
    number = first_line - 1
    while True:
        line = text.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_CHARS and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = text.readline(_CHUNK)
            yield number, None
            continue
        yield number, line.rstrip("\n")


def _jsonl_records(source: str, name: str, text: IO[str], first_line: int = 1) -> Iterator[Item]:
    shown = clean_text(source)
    for number, line in read_lines(text, first_line):
        if line is None:
            yield InputProblem(source, f"line longer than {MAX_LINE_CHARS:,} characters: skipped", line=number)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(source, f"malformed JSON ({exc.msg}, column {exc.colno})", line=number)
            continue
        except RecursionError:
            yield InputProblem(source, "malformed JSON (nested too deeply)", line=number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputProblem(source, 'not an article: expected an object with a "text" string', line=number)
            continue
        if not record["text"].strip():
            yield InputProblem(source, "empty article text", line=number)
            continue
        ident = clean_text(_opt_str(record["id"]) if record.get("id") is not None else f"{name}:{number}")
        title, url, date = (_opt_clean(record.get(k)) for k in ("title", "url", "date"))
        for offset, piece in split_text(clean_text(record["text"])):
            yield Article(id=ident, text=piece, source=shown, title=title, url=url, date=date, offset=offset)


def _opt_clean(value: object) -> Optional[str]:
    text = _opt_str(value)
    return None if text is None else clean_text(text)


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
