"""The Dask engine: articles parsed on a Dask cluster (``--engine dask``, ``geomap[dask]``).

The client (this process) plans the work from the inputs' names and sizes: folders are
listed, small files grouped, large JSON Lines files cut into parts at line ends
(:func:`geomap.text.split_jsonl`), about ``partitions`` tasks in all. The workers read the
files themselves, so the text never passes through the client, and parse them with a
:class:`~geomap.pipeline.Geoparser` that a worker plugin opens once per worker (the place
index from the cache folder, or built there); they send back each article's output text and
counts (``render``) or its resolutions. The client gathers the tasks in input order with a
bounded number in flight, so the output is the same, line for line, as a local run's, and
memory stays flat.

Tasks are pure: a task whose worker dies is run again by Dask on another worker, with the
same result. A bad input is found by the worker that reads it and reported as a local run
reports it. With an online geocoder, workers parse offline and the client geocodes the
context names (:func:`~geomap.engines.base.gathered`): one rate limit, one cache.

Input paths must name the same files on the client and on the workers (shared storage, or
absolute paths on a ``LocalCluster``); the cache folder too, or each worker builds its index.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
import signal
import threading
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from ..errors import EngineError
from ..models import Article, ArticleResult, InputProblem, RenderedResult
from ..pipeline import Geoparser, tally
from ..text import (
    FEED_SUFFIXES,
    JSONL_SUFFIXES,
    UniqueIds,
    folder_files,
    jsonl_file_problems,
    no_articles_in,
    read_inputs,
    read_jsonl_part,
    split_jsonl,
)
from ..web import is_url
from .base import Engine, Output, Render, gathered

#: Feed files, read on the client where ``--follow`` fetches their entries' pages.
FEED_FILES = FEED_SUFFIXES + (".xml",)

try:
    from distributed import Client, LocalCluster
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # the optional extra is not installed
    raise EngineError("--engine dask needs Dask: pip install 'geomap[dask]'") from exc

#: Without ``partitions``: about this many tasks per worker thread, so that a slow task or a
#: lost worker costs little, and parts of at most :data:`MAX_PART_BYTES`.
TASKS_PER_THREAD = 4
MIN_PART_BYTES = 256 * 1024
MAX_PART_BYTES = 64 * 1024 * 1024
#: Tasks in flight per worker thread; the client holds no more than this many results.
IN_FLIGHT_PER_THREAD = 3
#: Articles of standard input per task (they are read here and sent to the workers).
STDIN_BATCH = 200

# -- the plan: what the client works out before any task runs ---------------------------------


@dataclasses.dataclass(frozen=True)
class Piece:
    """Articles for a worker to read: a whole file (``start`` None), a part of a JSON Lines
    file, or articles read here (standard input). ``path`` is as the user gave it (what
    results and problems name), ``where`` the absolute path the worker reads."""

    path: str = ""
    where: str = ""
    start: Optional[int] = None
    end: int = 0
    first_line: int = 1
    articles: Tuple[Article, ...] = ()
    size: int = 0


@dataclasses.dataclass(frozen=True)
class _Problem:
    problem: InputProblem


@dataclasses.dataclass(frozen=True)
class _FolderStart:
    folder: str


@dataclasses.dataclass(frozen=True)
class _FolderEnd:
    folder: str


@dataclasses.dataclass(frozen=True)
class _Checked:
    """The whole-file checks of a JSON Lines file read in parts; its parts follow."""

    path: str
    where: str


Step = Union[Piece, _Problem, _FolderStart, _FolderEnd, _Checked]


def plan(inputs: Sequence[str], stdin: Optional[IO[bytes]], read=read_inputs, follow: bool = False) -> List[Step]:
    """The steps of a run, in input order (see the module's doc), each file whole.

    Standard input, web addresses and (with ``follow``) feeds are read here, by ``read`` (the
    parser's, which fetches through its cache one request per host per second), and their
    articles handed to the workers.
    """
    steps: List[Step] = []

    def read_here(name: str) -> None:
        batch: List[Article] = []
        for item in read([name], stdin=stdin):
            if isinstance(item, InputProblem):
                steps.append(_Problem(item))
                continue
            batch.append(item)
            if len(batch) >= STDIN_BATCH:
                steps.append(Piece(articles=tuple(batch), size=sum(len(a.text) for a in batch)))
                batch = []
        if batch:
            steps.append(Piece(articles=tuple(batch), size=sum(len(a.text) for a in batch)))

    def add_file(path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the worker says why it cannot be read
        steps.append(Piece(str(path), os.path.abspath(path), size=size))

    for name in inputs:
        if name == "-" or is_url(name) or (follow and name.lower().endswith(FEED_FILES)):
            read_here(name)
            continue
        path = Path(name)
        if path.is_dir():
            steps.append(_FolderStart(name))
            for file in folder_files(path):
                if follow and file.name.lower().endswith(FEED_FILES):
                    read_here(str(file))
                else:
                    add_file(file)
            steps.append(_FolderEnd(name))
        elif path.exists():
            add_file(path)
        else:
            steps.append(_Problem(InputProblem(name, "no such file or folder")))
    return steps


def split(steps: Sequence[Step], part_bytes: int) -> List[Step]:
    """``steps`` with every JSON Lines file larger than ``part_bytes`` cut into parts, after a
    step for its whole-file checks."""
    out: List[Step] = []
    for step in steps:
        parts = None
        if isinstance(step, Piece) and step.start is None and step.size > part_bytes \
                and step.path.lower().endswith(JSONL_SUFFIXES):
            try:
                parts = split_jsonl(Path(step.where), part_bytes)
            except OSError:
                parts = None
        if parts is None:
            out.append(step)
        else:
            out.append(_Checked(step.path, step.where))
            out.extend(Piece(step.path, step.where, start, end, line, size=end - start) for start, end, line in parts)
    return out


def tasks_of(steps: Sequence[Step], part_bytes: int) -> List[List[Piece]]:
    """The pieces grouped into tasks, in order: neighbours together up to ``part_bytes``."""
    tasks: List[List[Piece]] = []
    size = 0
    for step in steps:
        if not isinstance(step, Piece):
            continue
        if not tasks or (size > 0 and size + step.size > part_bytes):
            tasks.append([])
            size = 0
        tasks[-1].append(step)
        size += step.size
    return tasks


def part_size(total: int, threads: int, partitions: Optional[int]) -> int:
    """Bytes per task: ``total / partitions``, or by default about :data:`TASKS_PER_THREAD`
    tasks per worker thread, within bounds."""
    if partitions:
        return max(1, -(-total // partitions))
    return min(MAX_PART_BYTES, max(MIN_PART_BYTES, total // max(1, threads * TASKS_PER_THREAD)))


# -- on the workers ----------------------------------------------------------------------------

#: Each worker's parsers, by settings key (see :class:`ParserPlugin`), and a lock: a
#: Geoparser is used by one thread at a time (start workers with one thread each).
_PARSERS: Dict[str, Geoparser] = {}
_LOCK = threading.Lock()


class ParserPlugin(WorkerPlugin):
    """Opens a worker's :class:`Geoparser` once, when the worker starts (or restarts): its
    place index comes from the cache folder, or is built on the worker."""

    def __init__(self, key: str, settings: Dict[str, Any], ignore_sigint: bool = False) -> None:
        self.key = key
        self.settings = settings
        self.ignore_sigint = ignore_sigint

    def setup(self, worker) -> None:
        if self.ignore_sigint and threading.current_thread() is threading.main_thread():
            # a LocalCluster's workers share the terminal: Ctrl-C is the client's to handle
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        with _LOCK:
            if self.key not in _PARSERS:
                _PARSERS[self.key] = Geoparser(**self.settings)

    def teardown(self, worker) -> None:
        with _LOCK:
            parser = _PARSERS.pop(self.key, None)
        if parser is not None:
            parser.close()


def parse_task(key: str, pieces: List[Piece], render: Render) -> List[list]:
    """Read and parse ``pieces`` on a worker: per piece, its problems as they are and, per
    article, ``(article, resolutions)`` or with ``render`` ``(article without its text,
    output text, counts)``."""
    out = []
    with _LOCK:
        parser = _PARSERS[key]
        for piece in pieces:
            items: list = []
            for item in _read(piece):
                if not isinstance(item, Article):
                    items.append(item)
                    continue
                result = parser.parse(item)
                if render is None:
                    items.append((item, result.resolutions))
                else:  # the client writes the text out and never needs the article's own
                    items.append((dataclasses.replace(item, text=""), render(result), tally(result)))
            out.append(items)
    return out


def check_task(path: str, where: str) -> list:
    """The problems of a JSON Lines file read in parts, if it fails the whole-file checks."""
    return [_as_given(item, path, where) for item in jsonl_file_problems(Path(where))]


def _read(piece: Piece) -> Iterator[Union[Article, InputProblem]]:
    if piece.articles:
        return iter(piece.articles)
    if piece.start is None:
        items = read_inputs([piece.where])
    else:
        items = read_jsonl_part(Path(piece.where), piece.start, piece.end, piece.first_line)
    return (_as_given(item, piece.path, piece.where) for item in items)


def _as_given(item, path: str, where: str):
    """``item`` naming its file as the user gave it."""
    return dataclasses.replace(item, source=path) if item.source == where else item


# -- on the client -----------------------------------------------------------------------------


class DaskEngine(Engine):
    """Parses on a Dask cluster (see the module's doc).

    :param scheduler: a running scheduler's address; without, a ``LocalCluster`` of
        ``workers`` processes (one thread each) on 127.0.0.1 is started for each run.
    :param partitions: about how many tasks the input is cut into (default: by size).
    :param client: a connected ``distributed.Client`` to use instead (kept open).
    """

    name = "dask"

    def __init__(self, scheduler: Optional[str] = None, workers: int = 1, partitions: Optional[int] = None,
                 client: Optional[Client] = None) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.partitions = partitions
        self.client = client

    def results(self, parser: Geoparser, inputs: Sequence[str], *, stdin: Optional[IO[bytes]] = None,
                render: Render = None) -> Iterator[Output]:
        with _quiet(), self._connect() as client:
            threads = max(1, sum(client.nthreads().values()))
            steps = plan(inputs, stdin, parser.read, parser.follow)
            part_bytes = part_size(sum(s.size for s in steps if isinstance(s, Piece)), threads, self.partitions)
            steps = split(steps, part_bytes)
            settings = parser.worker_settings()
            if settings["cache_dir"] is not None:  # workers may start elsewhere
                settings["cache_dir"] = Path(os.path.abspath(settings["cache_dir"]))
            key = hashlib.sha256(pickle.dumps(settings)).hexdigest()[:16]
            own = self.client is None and not self.scheduler  # a LocalCluster of this run's
            client.register_plugin(ParserPlugin(key, settings, ignore_sigint=own), name=f"geomap-{key}")
            try:
                yield from _gather(client, parser, steps, tasks_of(steps, part_bytes), key, render,
                                   IN_FLIGHT_PER_THREAD * threads)
            finally:
                if self.client is not None or self.scheduler:  # a cluster that outlives the run
                    client.unregister_worker_plugin(f"geomap-{key}")

    @contextmanager
    def _connect(self) -> Iterator[Client]:
        if self.client is not None:
            yield self.client
            return
        if self.scheduler:
            try:
                client = Client(self.scheduler)  # waits distributed.comm.timeouts.connect
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
            with client:
                yield client
            return
        try:
            # (its processes' own log lines kept off the user's stderr, errors too: a task's
            # failure reaches the client as an exception, and a worker whose heartbeat finds
            # the scheduler gone after Ctrl-C would print a traceback)
            with _sigint_ignored():  # in the workers it starts (see ParserPlugin.setup)
                cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)
        except (OSError, TimeoutError, RuntimeError) as exc:
            raise EngineError(f"cannot start a local Dask cluster: {exc}") from exc
        with cluster, Client(cluster) as client:
            yield client


def _gather(client: Client, parser: Geoparser, steps: List[Step], tasks: List[List[Piece]], key: str,
            render: Render, in_flight: int) -> Iterator[Output]:
    """Submit the tasks (at most ``in_flight`` ahead) and yield their items in input order."""
    from distributed import KilledWorker

    worker_render = render if parser.geocoder is None else None  # the client geocodes first
    checks = {s.path: client.submit(check_task, s.path, s.where, pure=False) for s in steps if isinstance(s, _Checked)}
    pending: deque = deque()
    queue = iter(tasks)

    def top_up() -> None:
        while len(pending) < in_flight:
            pieces = next(queue, None)
            if pieces is None:
                return
            pending.append(client.submit(parse_task, key, pieces, worker_render, pure=False))

    current: List[list] = []  # the current task's pieces' items, in order
    ids = UniqueIds()  # an id repeated in another piece is renamed here, as a local run would
    articles = 0  # articles yielded so far (a folder that gave none is a problem)
    folders: List[int] = []
    failed: set = set()  # JSON Lines files that failed their whole-file checks
    try:
        top_up()
        for step in steps:
            if isinstance(step, _Problem):
                yield step.problem
            elif isinstance(step, _FolderStart):
                folders.append(articles)
            elif isinstance(step, _FolderEnd):
                if articles == folders.pop():
                    yield no_articles_in(step.folder)
            elif isinstance(step, _Checked):
                problems = _result(checks.pop(step.path), KilledWorker, step.path)
                if problems:
                    failed.add(step.path)
                    yield from problems
            else:
                if not current:
                    current = list(_result(pending.popleft(), KilledWorker, step.path or "-"))
                    top_up()
                items = current.pop(0)
                if step.path in failed and step.start is not None:
                    continue  # a part of a file that gives no article
                again = None  # this piece's articles read again here, for one renamed after rendering
                for item in items:
                    if isinstance(item, InputProblem):
                        yield item
                        continue
                    articles += 1
                    article = item[0]
                    new = ids.id_of(article)
                    if len(item) == 3 and new != article.id:  # rendered under its old id: parse it here
                        again = again or (a for a in _read(step) if isinstance(a, Article))
                        own = next(a for a in again if (a.id, a.offset) == (article.id, article.offset))
                        yield gathered(parser, parser.parse(dataclasses.replace(own, id=new)), render)
                        continue
                    if again is not None:
                        next(again, None)  # keep it in step with the workers' articles
                    if len(item) == 3:
                        article, text, counts = item
                        parser.stats.add(counts)
                        yield RenderedResult(article, text)
                    else:
                        yield gathered(parser, _renamed(ArticleResult(*item), new), render)
    finally:
        client.cancel([*pending, *checks.values()])


def _renamed(result: ArticleResult, new: str) -> ArticleResult:
    """``result`` with its article's id ``new``."""
    if new == result.article.id:
        return result
    return ArticleResult(dataclasses.replace(result.article, id=new), tuple(
        dataclasses.replace(r, mention=dataclasses.replace(r.mention, article_id=new)) for r in result.resolutions))


def _result(future, killed: type, where: str):
    try:
        return future.result()
    except killed as exc:
        raise EngineError(f"Dask workers kept dying on {where}: {exc}") from exc


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while worker processes are started, so they inherit it ignored: Ctrl-C in
    the terminal stops the client, which stops its cluster, and no worker prints a traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _quiet() -> Iterator[None]:
    """Dask's own log lines (a worker restarted, a task rescheduled) kept off the user's stderr."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
