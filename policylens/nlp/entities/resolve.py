"""Choosing among overlapping candidates: one type per span, the longest of a type, names swallow their parts."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

from policylens.nlp.entities.rules import Candidate


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Same-type overlaps keep the longest; different types may nest; an identical span keeps its best type.

    A span wholly inside a container (a person, a quoted or otherwise named term) is part of that name, not a
    mention of its own, when the container swallows its type: a quoted term swallows everything, an
    organization's name only a place (长春 in 长春理工大学), a project's name places and industries (成渝 in
    成渝中线高铁) but not the body it names (长理工中山研究院 in 长理工中山研究院实验室). A geographic name
    (小隐涌流域) stays a mention of its own inside a project's name.
    """
    best: dict[tuple[int, int], Candidate] = {}
    typed: dict[tuple[int, int], Candidate] = {}  # the best candidate whose rule read its type off its words
    known_policies: set[tuple[int, int]] = set()  # spans a rule knows as a policy by name (“两重”, a concept)
    for c in candidates:
        key = (c.start, c.end)
        if key not in best or c.priority > best[key].priority:
            best[key] = c
        if not c.provisional and c.type != "policy" and (key not in typed or c.priority > typed[key].priority):
            typed[key] = c
        if not c.provisional and c.type == "policy":
            known_policies.add(key)
    for key, c in best.items():
        # “五五购物节” in a list of events: an event, quoted; “两重”、“两新”等项目: still the policies they name
        if c.provisional and key in typed and key not in known_policies:
            best[key] = replace(c, type=typed[key].type)
    ordered = sorted(best.values(), key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    reach: dict[str, int] = defaultdict(int)  # furthest end of a kept span, by type
    for c in ordered:  # by start, longest first: a span starting before the reach overlaps a kept one
        if c.start < reach[c.type]:
            continue
        kept.append(c)
        reach[c.type] = c.end
    containers = sorted((c for c in kept if c.swallows), key=lambda c: c.start)
    starts = [c.start for c in containers]
    longest = max((c.end - c.start for c in containers), default=0)

    def contained(c: Candidate) -> bool:
        if c.nests:
            return False
        low = bisect_left(starts, c.start - longest)
        high = bisect_left(starts, c.start + 1)
        return any(s is not c and s.start <= c.start and c.end <= s.end and (s.end - s.start) > (c.end - c.start)
                   and c.type in s.swallows for s in containers[low:high])

    return [c for c in kept if not contained(c)]
