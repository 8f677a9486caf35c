"""Which mentions lie outside a set of character spans: a helper of several stages, kept apart from ``chunking`` so
that the gazetteer modules ``chunking`` reads (``companies``) may use it without an import cycle."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


def _outside(found: list, spans: list[tuple[int, int]], *, whole: bool = False) -> list:
    """The mentions that start inside none of ``spans`` (``(start, end)`` pairs, in any order, overlapping or not);
    with ``whole``, those that lie wholly inside none. ``found`` itself when there are no spans. One binary search
    per mention (a scan of every span per mention is quadratic on a hostile text with thousands of spans).

    >>> from toolkit.analysis.entities.chunking import _Mention
    >>> [m.name for m in _outside([_Mention(0, 4, "Omai", "PERSON"), _Mention(9, 13, "Cook", "PERSON")], [(0, 6)])]
    ['Cook']
    """
    if not spans:
        return found
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans opening at or before each
    out = []
    for m in found:
        i = bisect_right(starts, m.start) - 1
        if i < 0 or (reach[i] < m.end if whole else reach[i] <= m.start):
            out.append(m)
    return out
