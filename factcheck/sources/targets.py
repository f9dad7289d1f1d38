"""What the checker pointed at: a URL or a local file (the same rule for every command); and
whether an address written in a page, a feed or an archive is a web address at all."""

from __future__ import annotations

import re
from pathlib import Path

# A scheme of two letters or more: ``C:\\story.txt`` is a Windows path, not a URL.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


def is_url(target: str) -> bool:
    """A target with a scheme is a URL (only http/https are then fetched, the rest refused by
    ``check_url`` with a reason); a file of that name that exists wins the tie."""
    return bool(_SCHEME.match(target)) and not Path(target).exists()


def is_web_address(text: str) -> bool:
    """An http(s) address as a page, a feed or a WARC writes it (a canonical link, a
    fact-check's url, a record's target): no file can be meant, and nothing else is fetched."""
    return text.startswith(("http://", "https://"))
