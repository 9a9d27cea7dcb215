"""How articles are spread over processes and machines: one small module per engine.

The per-article work is the pipeline's (:meth:`geomap.pipeline.Geoparser.parse`); an engine
only decides where it runs, and hands the results back in input order:

- :mod:`geomap.engines.local`: in this process, one article after another;
- :mod:`geomap.engines.pool`: a pool of worker processes on this machine (``--jobs N``);
- :mod:`geomap.engines.dask`: a Dask cluster, a ``LocalCluster`` or a real one
  (``--engine dask``, with the optional extra ``geomap[dask]``).

Every engine gives the same results in the same order, so the output never depends on it::

    from geomap import Geoparser
    from geomap.engines import make_engine

    with Geoparser() as gp, make_engine("local", jobs="auto") as engine:
        for item in gp.process(["news/"], engine=engine):
            ...

Workers always parse offline: with an online geocoder, context names are geocoded where the
results are gathered (:meth:`Geoparser.geocode_names`), through one rate limit and one cache.
"""

from __future__ import annotations

from typing import Optional, Union

from ..errors import EngineError
from .base import AUTO_JOBS, MAX_AUTO_JOBS, Engine, available_cpus, resolve_jobs

__all__ = ["AUTO_JOBS", "ENGINES", "MAX_AUTO_JOBS", "Engine", "available_cpus", "make_engine", "resolve_jobs"]

ENGINES = ("local", "dask")


def make_engine(name: str = "local", *, jobs: Union[int, str] = 1, scheduler: Optional[str] = None,
                partitions: Optional[int] = None) -> Engine:
    """The engine called ``name`` (one of :data:`ENGINES`).

    :param jobs: ``local``: worker processes (1 parses in this process); ``dask``: the
        workers of the ``LocalCluster`` started when no ``scheduler`` is given.
    :param scheduler: ``dask``: the address of a running scheduler (``tcp://host:8786``).
    :param partitions: ``dask``: how many tasks the input is cut into (default: by size).
    :raises EngineError: an unknown engine, or Dask is not installed.
    """
    if name == "local":
        workers = resolve_jobs(jobs)
        if workers <= 1:
            from .local import InProcess

            return InProcess()
        from .pool import ProcessPool

        return ProcessPool(workers)
    if name == "dask":
        from .dask import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=resolve_jobs(jobs), partitions=partitions)
    raise EngineError(f"unknown engine {name!r} (one of {', '.join(ENGINES)})")
