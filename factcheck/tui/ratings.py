"""How each rating of the scale looks: a mark and a colour, from the theme's own variables.

The scale is data (a store can define its own), so a rating this module does not know still
gets a mark and a colour; unchecked claims get the loudest look because they are the work left.
"""

from __future__ import annotations

from factcheck.scale import UNCHECKED

_MARKS = {
    "supported": "✔",
    "mostly-supported": "✓",
    "misleading": "◐",
    "refuted": "✘",
    "unverifiable": "?",
    "opinion": "~",
    UNCHECKED: "○",
}
_STYLES = {
    "supported": "$text-success",
    "mostly-supported": "$text-success",
    "misleading": "$text-warning",
    "refuted": "bold $text-error",
    "unverifiable": "$text-secondary",
    "opinion": "$text-muted",
    UNCHECKED: "bold $text-accent",
}
_BACKGROUNDS = {
    "supported": "on $success-muted",
    "mostly-supported": "on $success-muted",
    "misleading": "on $warning-muted",
    "refuted": "on $error-muted",
    "unverifiable": "on $secondary-muted",
    "opinion": "on $panel",
    UNCHECKED: "underline on $accent-muted",
}
OTHER_MARK = "◆"
OTHER_STYLE = "$text-primary"


def name(rating: str | None) -> str:
    return rating or UNCHECKED


def mark(rating: str | None) -> str:
    return _MARKS.get(name(rating), OTHER_MARK)


def style(rating: str | None) -> str:
    return _STYLES.get(name(rating), OTHER_STYLE)


def background(rating: str | None) -> str:
    return _BACKGROUNDS.get(name(rating), "on $primary-muted")
