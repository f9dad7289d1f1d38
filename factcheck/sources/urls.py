"""URL checks and canonical forms, so one page reached by many URLs is recognised as one."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from factcheck.errors import BadInput
from factcheck.output import mask_credentials

ALLOWED_SCHEMES = frozenset({"http", "https"})

# Parameters that identify a campaign, a click or a session, never the page itself.  Kept
# explicit (not courlan's broad pattern, which also drops `ref`, `source`, `session`…) because
# dropping a parameter that selects content would merge two different pages.
_CLICK_IDS = ("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid")
_SOCIAL = ("igshid", "igsh", "smid", "share", "sr_share", "ocid", "ncid", "cmpid", "ito", "spm")
_MAILERS = ("mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "vero_conv", "wickedid")
_ANALYTICS = ("_ga", "_gl", "s_cid", "xtor", "rb_clickid", "oly_anon_id", "oly_enc_id")
_CONSENT = ("guccounter", "guce_referrer", "guce_referrer_sig")
_AMP_MARKERS = ("amp", "outputtype", "amp_js_v", "amp_gsa", "usqp")
_TRACKING_EXACT = frozenset(_CLICK_IDS + _SOCIAL + _MAILERS + _ANALYTICS + _CONSENT + _AMP_MARKERS)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "itm_", "hsa_", "ga_", "__hs", "at_")

_AMP_PATH_SUFFIX = re.compile(r"/amp/?$", re.IGNORECASE)
_AMP_PATH_PREFIX = re.compile(r"^/amp(?=/)", re.IGNORECASE)
_AMP_EXTENSION = re.compile(r"\.amp(?=\.html?$)|\.amp$", re.IGNORECASE)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9_\-\u00a1-\uffff]{1,63}(?<!-)$", re.IGNORECASE)


def check_url(url: str) -> str:
    """Return the URL trimmed, or refuse it with a reason fit to show the checker.

    Only http(s) is fetched: file:, ftp:, data: and javascript: URLs would read local files
    or run nothing useful, and a malformed URL is better refused here than by the network.
    """
    if not isinstance(url, str):
        raise BadInput(f"not a URL: {url!r}")
    text = url.strip()
    if not text:
        raise BadInput("empty URL")
    shown = _shorten(mask_credentials(text))
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise BadInput("URL contains spaces or control characters", subject=shown)
    scheme_match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):", text)
    if not scheme_match:
        raise BadInput("not an absolute URL (expected http:// or https://)", subject=shown)
    scheme = scheme_match.group(1).lower()
    if scheme not in ALLOWED_SCHEMES:
        raise BadInput(f"{scheme}: URLs are refused, only http and https", subject=shown)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BadInput(f"malformed URL ({exc})", subject=shown) from None
    host = parts.hostname or ""
    if not text[len(scheme) + 1 :].startswith("//") or not host:
        raise BadInput("URL has no host", subject=shown)
    if port == 0:
        raise BadInput("port 0 is not a valid port", subject=shown)
    if not _valid_host(host):
        raise BadInput(f"malformed host name {host!r}", subject=shown)
    # The parser the fetch will use: catches what urlsplit lets through (bad IPv4 literals,
    # invalid IDNA labels), so such URLs are refused here, not mid-fetch.  Imported here so
    # that commands which never fetch (``--help``, a claims file) start without httpx.
    import httpx

    try:
        if not httpx.URL(text).host:
            raise ValueError("no host")
    except (httpx.InvalidURL, ValueError) as exc:
        raise BadInput(f"malformed URL ({_first_line(exc)})", subject=shown) from None
    return text


def is_specific_url(url: str) -> bool:
    """Whether ``url`` names one page rather than a site's home or one of its sections.

    A page's own canonical URL, ``og:url`` or ``<base href>`` is only a hint: sites point all of
    them at the home page, or at a section, so only a specific one may name a stored page.
    Specific: a query, two or more path segments, or one that reads like a page (digits, a
    dash, an underscore or a file extension: ``/2024-budget``, ``/story.html``).
    """
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if parts.query:
        return True
    if len(segments) != 1:
        return len(segments) > 1
    return any(ch.isdigit() or ch in "-_." for ch in segments[0])


def canonical_url(url: str) -> str:
    """The form under which a page is stored, so variants of its URL find the same source.

    Lower-cases scheme and host, drops default ports, fragments, tracking parameters and AMP
    markers, sorts the query and removes a trailing slash.  The scheme is kept: http and https
    variants are matched by `identity_key`, because the canonical URL must stay fetchable.
    """
    text = check_url(url)
    parts = urlsplit(text)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("amp."):
        host = host[len("amp.") :]
    # Built from host and port only: credentials never identify a page, and would be stored.
    netloc = host if ":" not in host else f"[{host}]"
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    path = _strip_amp_path(parts.path or "/")
    # courlan (and the urllib3 it loads) only when a URL is made canonical: listing the
    # stored sources imports this module without needing it.
    from courlan import normalize_url

    base = normalize_url(
        urlunsplit((parts.scheme.lower(), netloc, path, "", "")), strict=True, trailing_slash=False
    )
    query = _clean_query(parts.query)
    result = urlsplit(base)
    path = result.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return urlunsplit((result.scheme, result.netloc, path, query, ""))


def identity_key(url: str) -> str:
    """A key equal for http/https and www./bare-host variants of one canonical URL.

    For lookups only (never fetched): two URLs with the same key are almost surely the same
    page, yet a site could in principle serve different pages on http and https.
    """
    parts = urlsplit(canonical_url(url))
    host = parts.netloc
    if host.startswith("www."):
        host = host[len("www.") :]
    host = re.sub(r":(80|443)$", "", host)
    return urlunsplit(("", host, parts.path, parts.query, "")).lstrip("/")


def _clean_query(query: str) -> str:
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if not _is_tracking(key)
    ]
    pairs.sort()
    return urlencode(pairs, quote_via=quote)


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def _strip_amp_path(path: str) -> str:
    path = _AMP_PATH_SUFFIX.sub("", path)
    path = _AMP_PATH_PREFIX.sub("", path)
    path = _AMP_EXTENSION.sub("", path)
    return path or "/"


def _valid_host(host: str) -> bool:
    if host.startswith("[") or ":" in host:  # IPv6 literal, already parsed by urlsplit
        return True
    labels = host.rstrip(".").split(".")
    return all(_HOST_LABEL.match(label) for label in labels)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
