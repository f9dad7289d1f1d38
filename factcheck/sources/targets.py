"""What the checker pointed at: a URL or a local file (the same rule for every command)."""

from __future__ import annotations

import re
from pathlib import Path

# A scheme of two letters or more: ``C:\\story.txt`` is a Windows path, not a URL.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


def is_url(target: str) -> bool:
    """A target with a scheme is a URL (only http/https are then fetched, the rest refused by
    ``check_url`` with a reason); a file of that name that exists wins the tie."""
    return bool(_SCHEME.match(target)) and not Path(target).exists()
