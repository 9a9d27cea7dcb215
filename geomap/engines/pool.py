"""The process-pool engine: articles parsed by worker processes on this machine (``--jobs N``).

This process reads the inputs and hands articles to the workers in batches; each worker
holds its own :class:`~geomap.pipeline.Geoparser` with the parent's settings, and sends back
only the resolutions (never the text it was given), or, when the caller renders the output
(``render``), each article's output text and counts. At most two batches per worker are in
flight, so memory stays flat however large the corpus, and the output is the same, byte for
byte, as with one process.

A run that stops early (Ctrl-C, an error, a reader that stops reading) lets the workers end
as they do after the last batch: they skip what is left of their batches, take the pool's
"no more work" and exit, and the parent waits for that. The pool is never terminated:
``Pool.terminate`` kills workers that may hold one of the pool's pipe locks or be halfway
through a message, and then waits for the pool's threads, which can wait on those for good
(seen after Ctrl-C, about once in a dozen runs of the test).

Small inputs never pay for the workers: the parent reads up to :data:`MIN_BATCHES` batches
ahead, and an input that ends within them is parsed in the parent, with no worker started.
With an online geocoder, workers parse offline and the parent geocodes the context names
(:func:`~geomap.engines.base.gathered`): one rate limit, one cache.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from itertools import chain, islice
from typing import IO, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ..models import Article, ArticleResult, InputProblem, RenderedResult
from ..pipeline import Geoparser, tally
from .base import Engine, Output, Render, gathered

#: A batch closes at this many articles or this many characters of text, whichever comes first.
BATCH_ARTICLES = 200
BATCH_CHARS = 400_000
#: Workers start only for inputs of at least this many batches: below that, starting them
#: (and warming each one's look-up memos) costs more than it saves.
MIN_BATCHES = 4

Item = Union[Article, InputProblem]

_worker: Any = None  # the Geoparser of this worker process
_stop: Any = None  # the parent's flag (a shared byte): skip the rest, the run has stopped


class ProcessPool(Engine):
    """Parses in ``jobs`` worker processes (see the module's doc)."""

    name = "local"

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs

    def results(self, parser: Geoparser, inputs: Sequence[str], *, stdin: Optional[IO[bytes]] = None,
                render: Render = None) -> Iterator[Output]:
        return parse_in_parallel(parser, parser.read(inputs, stdin=stdin), self.jobs, render)


def parse_in_parallel(parser: Geoparser, items: Iterable[Item], jobs: int, render: Render = None
                      ) -> Iterator[Output]:
    """Yield ``parser.parse(article)`` for every article of ``items`` (and every problem as it
    is), in order, computed by ``jobs`` worker processes.

    :param render: if given, each article gives ``RenderedResult(article, render(result))``,
        rendered in the worker (unless the parent geocodes): text crosses between processes,
        not result objects, which the parent would otherwise spend much of its time rebuilding.
    """
    batches = _batches(items)
    ahead = list(islice(batches, MIN_BATCHES))
    if len(ahead) < MIN_BATCHES or parser.cache_dir is None:
        # A small input is not worth starting processes; without a cache folder each worker
        # would build its own index in memory (seconds and hundreds of MB each).
        yield from parser.parse_items(chain.from_iterable(chain(ahead, batches)), render)
        return
    # The parent's Geoparser has built the index already, so the workers only open it.
    try:
        stop = multiprocessing.RawValue("b", 0)  # set when the run stops early
        pool = multiprocessing.Pool(jobs, initializer=_start_worker, initargs=(parser.worker_settings(), stop))
    except OSError:  # no worker processes here (a sandbox without shared memory, say)
        yield from parser.parse_items(chain.from_iterable(chain(ahead, batches)), render)
        return
    # with an online geocoder, the parent geocodes before it renders
    worker_render = render if parser.geocoder is None else None
    try:
        pending: deque = deque()

        def submit(batch: List[Item]) -> None:
            articles = [item for item in batch if isinstance(item, Article)]
            pending.append((batch, pool.apply_async(_parse_batch, (articles, worker_render)) if articles else None))

        for batch in ahead:
            submit(batch)
        for batch in batches:
            while len(pending) >= 2 * jobs:
                yield from _collect(parser, pending.popleft(), render, worker_render is not None)
            submit(batch)
        while pending:
            yield from _collect(parser, pending.popleft(), render, worker_render is not None)
    finally:
        stop.value = 1
        pool.close()
        try:
            pool.join()
        except BaseException:
            # a second Ctrl-C or kill while they end: end them for good, as they ignore both
            # (``_pool``: the pool's processes, which it offers no other way to reach)
            for worker in pool._pool:
                worker.kill()
            raise


def _batches(items: Iterable[Item]) -> Iterator[List[Item]]:
    batch: List[Item] = []
    articles = chars = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Article):
            articles += 1
            chars += len(item.text)
            if articles >= BATCH_ARTICLES or chars >= BATCH_CHARS:
                yield batch
                batch, articles, chars = [], 0, 0
    if batch:
        yield batch


def _collect(parser: Geoparser, entry: Tuple[List[Item], Any], render: Render, rendered: bool) -> Iterator[Output]:
    batch, future = entry
    done, faults = future.get() if future is not None else ((), ())
    for line in faults:  # what the worker's cache survived, reported by the parent
        parser._fault(line)
    parsed = iter(done)
    for item in batch:
        if not isinstance(item, Article):
            yield item
        elif rendered:
            text, counts = next(parsed)
            parser.stats.add(counts)  # the parent's run statistics, as if parsed here
            yield RenderedResult(item, text)
        else:
            yield gathered(parser, ArticleResult(item, next(parsed)), render)


def _start_worker(settings: Dict[str, Any], stop: Any) -> None:
    global _worker, _stop
    # Ctrl-C reaches every process of the terminal's group, and so does the SIGTERM of
    # `timeout` or of a kill of the group: the parent stops the run and tells the workers.
    # A worker that died of it mid-batch would leave the pool waiting for good for that
    # batch, and one stopped by Ctrl-C would print a traceback of its own. (If the parent
    # is killed outright, a worker reads the end of its tasks' pipe and exits.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # A parent killed outright (SIGKILL) leaves its workers to exit on their own: the next
    # result a worker sends meets a closed pipe, and multiprocessing prints that as a
    # traceback on the run's stderr, after the run is gone. What a worker writes there once
    # its parent is gone is dropped.
    if sys.stderr is not None:
        sys.stderr = _OrphanQuiet(sys.stderr, os.getppid())

    _worker = Geoparser(**settings)
    _stop = stop


class _OrphanQuiet:
    """A worker's stderr that writes nothing once the process ``parent`` is no longer its
    parent (it died, and the worker was handed to another)."""

    def __init__(self, stream: Any, parent: int) -> None:
        self._stream = stream
        self._parent = parent

    def write(self, text: str) -> int:
        if os.getppid() != self._parent:
            return len(text)
        return self._stream.write(text)

    def flush(self) -> None:
        if os.getppid() == self._parent:
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _parse_batch(articles: List[Article], render: Render) -> Tuple[list, List[str]]:
    """Each article's resolutions, or with ``render`` its text and its counts (a list); and
    the lines of the faults the worker survived meanwhile (``stats.faults``)."""
    results = [_worker.parse(article) for article in articles if not _stop.value]
    faults = list(_worker.stats.faults)
    _worker.stats.faults.clear()
    if render is None:
        return [result.resolutions for result in results], faults
    return [[render(result), tally(result)] for result in results], faults
