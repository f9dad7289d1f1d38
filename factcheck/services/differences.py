"""What sets a checked claim apart from the claim in hand when their words are alike.

`similar` finds prior checks by how alike the wordings are, and "Unemployment rose 3%" is
as alike to "Unemployment fell 3%" as to itself but for one word: the prior verdict is about
another fact.  Each prior check carries the difference as data (its kind and the words on
each side), and the front end marks it "different claim?".  The figures are read by the
numbers reader, so "$2.5 billion" and "$2,500 million" are one figure, "3%" and "4%" two.
"""

from __future__ import annotations

from factcheck.match import normalise
from factcheck.meaning import Difference, meaning_difference
from factcheck.sources.numbers import compare_numbers


def claim_difference(claim: str, prior: str) -> Difference | None:
    """The first thing that makes `prior` state another fact than `claim`: a movement the
    other way, a negation, a figure that differs or that the prior gives for something else
    ("rose to 3%" for "rose 3%") or in other units of change ("rose 2%" for "rose 2
    points"), or None.  A figure the prior does not state at all is not
    a difference: the prior is only less precise."""
    found = meaning_difference(normalise(claim).split(), normalise(prior).split())
    if found is not None and found.kind in ("direction", "negation"):
        return found
    checks = compare_numbers(claim, prior)
    for check in checks:
        if check.how == "direction":
            return Difference("direction", (check.claim.text,), (check.passage_value or "",))
    for check in checks:
        if check.status == "differs":
            return Difference("figure", (check.claim.text,), (check.passage_value or "",))
        if check.status == "missing" and check.how in ("units", "former"):
            # "rose 2 points" and "rose 2%": one figure, two different changes; "is 30%" and
            # "climbed from 30% to 36%": a level now and a level before.
            return Difference("figure", (check.claim.text,), (check.passage_value or "",))
        if check.status == "missing" and check.how == "other":
            return Difference("figure", (check.claim.text,), ())
    return None
