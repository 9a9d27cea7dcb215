"""Publication dates as ISO 8601, whatever form an article, a page or a feed gives them in.

Every output writes an article's date as ISO 8601, so that QGIS's temporal controller,
kepler.gl's time filter or a spreadsheet's sort read it: ``2020-02-14`` for a day,
``2020-02-14T10:30:00+03:00`` where the time (and its offset) is known.

    >>> iso_date("Fri, 14 Feb 2020 10:30:00 +0300")
    '2020-02-14T10:30:00+03:00'
    >>> iso_date("14 February 2020"), iso_date("2020-02-14T10:30:00Z")
    ('2020-02-14', '2020-02-14T10:30:00+00:00')
    >>> iso_date("last Tuesday") is None
    True
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Optional, Union

__all__ = ["iso_date"]

#: Day-first and month-first forms news sites and hand-made JSONL use, tried in order.
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d",
            "%d.%m.%Y", "%Y%m%d")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?")


def iso_date(value: Union[str, date, datetime, time.struct_time, None]) -> Optional[str]:
    """``value`` as an ISO 8601 date (``YYYY-MM-DD``) or date and time; ``None`` where it
    holds no date geomap can read (an unreadable date is left out, never guessed).

    :param value: ISO 8601 text, an RFC 2822 date (feeds, HTTP), a written date ("14
        February 2020", "Feb 14, 2020"), a :class:`~datetime.date`/:class:`~datetime.datetime`,
        or a :class:`time.struct_time` in UTC (as feedparser gives them).
    """
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=timezone.utc).isoformat()
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    if not text:
        return None
    m = _ISO.fullmatch(text)
    if m:
        if not m.group(1):
            try:
                return date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                return None
        iso = text.replace(" ", "T", 1).replace("Z", "+00:00")
        iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
        try:
            return datetime.fromisoformat(iso).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None
