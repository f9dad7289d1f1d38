"""Reading a Content-Type header (``text/html; charset=UTF-8``): the media type and charset."""

from __future__ import annotations


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``(media type, charset)``, both lower case; charset ``None`` when none is declared.

    Parameters other than charset (boundary, format…) do not change how a page is read.
    """
    media, _, params = (value or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'").lower() or None
    return media.strip().lower(), charset
