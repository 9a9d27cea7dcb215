"""What every engine shares: the :class:`Engine` interface, and how many workers ``auto`` means."""

from __future__ import annotations

import os
from typing import IO, Callable, Iterator, Optional, Sequence, Union

from ..models import ArticleResult, InputProblem, RenderedResult
from ..pipeline import Geoparser

#: ``jobs`` value for one worker process per CPU, up to :data:`MAX_AUTO_JOBS`.
AUTO_JOBS = "auto"
#: A cap, so that a large machine does not start dozens of workers by default, each a
#: process with its own index connection and memos; ask for more with a number.
MAX_AUTO_JOBS = 8

Output = Union[ArticleResult, RenderedResult, InputProblem]
Render = Optional[Callable[[ArticleResult], str]]


def available_cpus() -> int:
    """How many CPUs this process may run on (its affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: Union[int, str]) -> int:
    """A number of workers: ``jobs``, or for ``"auto"`` one per CPU (at most :data:`MAX_AUTO_JOBS`)."""
    return min(available_cpus(), MAX_AUTO_JOBS) if jobs == AUTO_JOBS else int(jobs)


class Engine:
    """Runs :meth:`Geoparser.parse` over the articles of some inputs (see the module's doc).

    An engine may hold resources (worker processes, a cluster); use it as a context manager,
    or call :meth:`close`.
    """

    #: The name ``--engine`` knows it by.
    name = ""

    def results(self, parser: Geoparser, inputs: Sequence[str], *, stdin: Optional[IO[bytes]] = None,
                render: Render = None) -> Iterator[Output]:
        """Yield, in input order, a result for every article of ``inputs`` (its counts added to
        ``parser.stats``) and an :class:`InputProblem` for every bad input.

        :param parser: holds the settings the workers copy (:meth:`Geoparser.worker_settings`).
        :param render: a module-level function writing one result as text: each article then
            gives a :class:`RenderedResult`, rendered where it was parsed.
        """
        raise NotImplementedError

    def close(self) -> None:
        """Let go of the engine's workers (nothing to do for most)."""

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def gathered(parser: Geoparser, result: ArticleResult, render: Render) -> Output:
    """An article parsed by a worker, finished where results are gathered: its context names
    geocoded (with an online geocoder), its counts added, and rendered if asked."""
    result = parser.geocode_names(result)
    return result if render is None else RenderedResult(result.article, render(result))
