"""What every format reports the same way: counts per rating, checkers, source numbering.

Kept in one place so the Markdown summary, the JSON export and the annotated article can
never disagree about how many claims are refuted or which sources are independent.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.report.data import ReportClaim, ReportData, ReportSource, ReportVerdict
from factcheck.scale import Rating


@dataclass(frozen=True)
class Tally:
    # (rating, number of claims whose current verdict has it): the scale in order, then any
    # rating a verdict names that the scale lacks, by name.
    counts: tuple[tuple[Rating, int], ...]
    unchecked: int
    total: int
    # Everyone who recorded a verdict on a claim of the report, by name.
    checkers: tuple[str, ...]

    @property
    def checked(self) -> int:
        return self.total - self.unchecked

    @property
    def share_checked(self) -> float | None:
        return self.checked / self.total if self.total else None


def rating_table(data: ReportData) -> dict[str, Rating]:
    """Ratings by name, with a stand-in for each name a verdict uses that the scale lacks."""
    table = {rating.name: rating for rating in data.scale}
    unknown = sorted(
        {c.verdict.rating for c in data.claims if c.verdict is not None} - table.keys()
    )
    for name in unknown:
        table[name] = Rating(name, "not on the scale", None)
    return table


def rating_of(verdict: ReportVerdict | None, ratings: dict[str, Rating]) -> Rating | None:
    if verdict is None:
        return None
    return ratings.get(verdict.rating) or Rating(verdict.rating, "not on the scale", None)


def needs_correction(claim: ReportClaim, ratings: dict[str, Rating]) -> bool:
    """The editor has to act on the claim: its latest verdict carries a correction (a
    mostly-supported claim with a detail to fix too), or its rating is one that needs one."""
    verdict = claim.verdict
    if verdict is None:
        return False
    if verdict.correction and verdict.correction.strip():
        return True
    rating = rating_of(verdict, ratings)
    return rating is not None and rating.needs_correction


def earlier_verdicts(claim: ReportClaim) -> tuple[ReportVerdict, ...]:
    """The history without the current verdict, oldest first."""
    return tuple(v for v in claim.history if v is not claim.verdict and v != claim.verdict)


def tally(data: ReportData, ratings: dict[str, Rating]) -> Tally:
    by_name: dict[str, int] = dict.fromkeys(ratings, 0)
    unchecked = 0
    checkers: set[str] = set()
    for claim in data.claims:
        if claim.verdict is None:
            unchecked += 1
        else:
            by_name[claim.verdict.rating] += 1
        checkers.update(v.checker for v in claim.history if v.checker)
        if claim.verdict is not None and claim.verdict.checker:
            checkers.add(claim.verdict.checker)
    return Tally(
        counts=tuple((ratings[name], count) for name, count in by_name.items()),
        unchecked=unchecked,
        total=len(data.claims),
        checkers=tuple(sorted(checkers)),
    )


class SourceIndex:
    """Sources by id, their reference numbers, and which original each copy comes from."""

    def __init__(self, sources: tuple[ReportSource, ...]) -> None:
        self.by_id: dict[int, ReportSource] = {s.id: s for s in sources}
        self.ordered: tuple[ReportSource, ...] = tuple(
            sorted(sources, key=lambda s: (s.number, s.id))
        )

    def number(self, source_id: int) -> int | None:
        source = self.by_id.get(source_id)
        return None if source is None else source.number

    def original(self, source_id: int) -> int:
        """Follow `copies_of` to the source that is not a copy.

        Bad data can hold a loop of copies; its members all lead to the lowest id in it, so
        the loop still counts as one source.
        """
        path = [source_id]
        while True:
            source = self.by_id.get(path[-1])
            if source is None or source.copies_of is None:
                return path[-1]
            if source.copies_of in path:
                return min(path[path.index(source.copies_of) :])
            path.append(source.copies_of)

    def independent(self, source_ids: tuple[int, ...] | list[int]) -> int:
        """How many of these sources are independent: a copy and its original count once."""
        return len({self.original(i) for i in source_ids})

    def cited(self, claim: ReportClaim) -> tuple[int, ...]:
        """Ids of the sources a claim rests on: attached or quoted as evidence, first seen first."""
        ids = dict.fromkeys(claim.source_ids)
        ids.update(dict.fromkeys(e.source_id for e in claim.evidence))
        return tuple(ids)
