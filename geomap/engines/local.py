"""The in-process engine: every article parsed here, one after another (``--jobs 1``)."""

from __future__ import annotations

from typing import IO, Iterator, Optional, Sequence

from ..pipeline import Geoparser
from .base import Engine, Output, Render


class InProcess(Engine):
    """Parses each article in this process, as it is read."""

    name = "local"

    def results(self, parser: Geoparser, inputs: Sequence[str], *, stdin: Optional[IO[bytes]] = None,
                render: Render = None) -> Iterator[Output]:
        return parser.parse_items(parser.read(inputs, stdin=stdin), render)
