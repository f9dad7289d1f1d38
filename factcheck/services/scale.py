"""The store's verdict scale: shown, and replaced by a desk's own from a TOML file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from sqlalchemy import delete, select

from factcheck.db import Store
from factcheck.errors import BadInput
from factcheck.models import RatingRow, Verdict
from factcheck.scale import UNCHECKED, Rating

FIELDS = {"name", "meaning", "review_value", "needs_correction"}


def read_scale(path: Path) -> tuple[Rating, ...]:
    """Ratings from ``[[rating]]`` tables (name, meaning, review_value 1-5, needs_correction)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInput("no such file", subject=path) from None
    except IsADirectoryError:
        raise BadInput("a folder, not a TOML file", subject=path) from None
    except OSError as exc:
        raise BadInput(f"cannot be read ({exc.strerror or exc})", subject=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"not valid TOML ({exc})", subject=path) from None
    tables = data.get("rating")
    if not isinstance(tables, list) or not tables:
        raise BadInput("no [[rating]] tables", subject=path)
    ratings: list[Rating] = []
    for number, table in enumerate(tables, start=1):
        where = f"{path}: rating {number}"
        if not isinstance(table, dict):
            raise BadInput(f"must be a [[rating]] table, not {table!r}", subject=where)
        unknown = set(table) - FIELDS
        if unknown:
            raise BadInput(f"unknown keys {', '.join(sorted(unknown))}", subject=where)
        for key, kind in (("name", str), ("meaning", str), ("needs_correction", bool)):
            if key in table and not isinstance(table[key], kind):
                wanted = "true or false" if kind is bool else "text"
                raise BadInput(f"{key} must be {wanted}, not {table[key]!r}", subject=where)
        name = table.get("name", "").strip()
        if not name or name == UNCHECKED or len(name) > 40:
            raise BadInput(
                f"needs a name (not '{UNCHECKED}', at most 40 characters)", subject=where
            )
        value = table.get("review_value")
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5
        ):
            raise BadInput("review_value must be a whole number from 1 to 5", subject=where)
        ratings.append(
            Rating(
                name=name,
                meaning=table.get("meaning", "").strip(),
                review_value=value,
                needs_correction=table.get("needs_correction", False),
            )
        )
    names = [r.name for r in ratings]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise BadInput(f"rating {', '.join(twice)} given twice", subject=path)
    return tuple(ratings)


def replace_scale(store: Store, ratings: tuple[Rating, ...]) -> None:
    """Use ``ratings`` from now on; refused while verdicts use a rating it drops."""
    with store.transaction() as session:
        used = set(session.scalars(select(Verdict.rating).distinct()))
        dropped = sorted(used - {r.name for r in ratings})
        if dropped:
            raise BadInput(
                f"verdicts already use {', '.join(dropped)}: keep "
                f"{'it' if len(dropped) == 1 else 'them'} in the new scale"
            )
        session.execute(delete(RatingRow))
        session.add_all(
            RatingRow(
                name=r.name,
                meaning=r.meaning,
                review_value=r.review_value,
                needs_correction=r.needs_correction,
                position=position,
            )
            for position, r in enumerate(ratings)
        )
