"""What the checker pointed at: a URL or a local file (the same rule for every command);
whether an address written in a page, a feed or an archive is a web address at all; and the
login a URL may carry."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# A scheme of two letters or more: ``C:\\story.txt`` is a Windows path, not a URL.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
# scheme://user:password@ up to the host (the last @ before the path).
_LOGIN = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


def is_url(target: str) -> bool:
    """A target with a scheme is a URL (only http/https are then fetched, the rest refused by
    ``check_url`` with a reason); a file of that name that exists wins the tie."""
    return bool(_SCHEME.match(target)) and not Path(target).exists()


def is_web_address(text: str) -> bool:
    """An http(s) address as a page, a feed or a WARC writes it (a canonical link, a
    fact-check's url, a record's target): no file can be meant, and nothing else is fetched."""
    return text.startswith(("http://", "https://"))


def without_userinfo(url: str) -> tuple[str, bool]:
    """The URL with any ``user:password@`` removed, and whether there was one.

    Sources are stored, shown and published in reports; a login that opened a page is the
    checker's, not the archive's.  It is used for the fetch and then forgotten.
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address ("http://[::1"): the login is cut out by hand
        return _LOGIN.subn(r"\1", url, count=1)[0], _LOGIN.match(url) is not None
    if "@" not in parts.netloc:
        return url, False
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), True
