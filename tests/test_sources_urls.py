"""URL canonical forms: every variant of one page's URL must land on one stored source."""

from __future__ import annotations

import pytest
from pageserver import STORY_PATHS, PageServer

from factcheck.errors import BadInput
from factcheck.sources.urls import canonical_url, check_url, identity_key

STORY = "https://news.example.com/business/2024/voltaria-plant"


@pytest.mark.parametrize(
    "variant",
    [
        STORY,
        "HTTPS://News.Example.COM/business/2024/voltaria-plant",
        "https://news.example.com:443/business/2024/voltaria-plant",
        "https://news.example.com/business/2024/voltaria-plant/",
        "https://news.example.com/business/2024/voltaria-plant#comments",
        "https://news.example.com/business/2024/voltaria-plant?utm_source=twitter&utm_medium=social",
        "https://news.example.com/business/2024/voltaria-plant?fbclid=IwAR0abc&gclid=xyz",
        "https://news.example.com/business/2024/voltaria-plant?mc_cid=1&mc_eid=2&igshid=3",
        "https://news.example.com/business/2024/voltaria-plant/amp",
        "https://news.example.com/business/2024/voltaria-plant/amp/",
        "https://news.example.com/amp/business/2024/voltaria-plant",
        "https://news.example.com/business/2024/voltaria-plant?amp=1",
        "https://news.example.com/business/2024/voltaria-plant?outputType=amp",
        "https://amp.news.example.com/business/2024/voltaria-plant",
        "  https://news.example.com/business/2024/voltaria-plant  ",
    ],
)
def test_variants_of_one_page_share_a_canonical_url(variant: str) -> None:
    assert canonical_url(variant) == STORY


def test_query_is_sorted_and_meaningful_parameters_kept() -> None:
    assert canonical_url("http://example.com/search?q=battery&page=2&utm_campaign=x") == (
        "http://example.com/search?page=2&q=battery"
    )
    assert canonical_url("http://example.com/a?id=1") != canonical_url("http://example.com/a?id=2")


def test_parameters_that_select_content_are_not_mistaken_for_trackers() -> None:
    # courlan's tracker pattern would drop these; they can change what the page shows.
    url = "http://example.com/story?ref=2&source=wire&session=7"
    assert canonical_url(url) == "http://example.com/story?ref=2&session=7&source=wire"


def test_path_case_is_kept_and_root_gets_a_slash() -> None:
    assert canonical_url("http://Example.com/Story/ABC") == "http://example.com/Story/ABC"
    assert canonical_url("http://example.com") == "http://example.com/"
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"


def test_canonical_url_is_idempotent() -> None:
    for url in ("HTTP://A.example/x/amp/?b=1&a=2#f", "https://example.com/a%20b?q=x y"[:-4]):
        once = canonical_url(url)
        assert canonical_url(once) == once


def test_credentials_are_never_kept() -> None:
    assert canonical_url("https://user:secret@example.com/a") == "https://example.com/a"


def test_identity_key_matches_http_https_and_www() -> None:
    keys = {
        identity_key("http://www.example.com/a/?utm_source=x"),
        identity_key("https://example.com/a"),
        identity_key("https://WWW.example.com:443/a#top"),
    }
    assert keys == {"example.com/a"}


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "file: URLs are refused"),
        ("javascript:alert(1)", "javascript: URLs are refused"),
        ("ftp://ftp.example.com/file.txt", "ftp: URLs are refused"),
        ("data:text/html,<p>hi</p>", "data: URLs are refused"),
        ("mailto:desk@example.com", "mailto: URLs are refused"),
        ("example.com/story", "not an absolute URL"),
        ("http://", "no host"),
        ("http:///path/only", "no host"),
        ("http://exa mple.com/", "spaces"),
        ("http://example.com:99999/", "malformed URL"),
        ("http://-bad-.example/", "malformed host"),
        ("http://256.256.256.256/", "Invalid IPv4 address"),
        ("http://xn--zz.example/", "Invalid A-label"),
        ("", "empty URL"),
    ],
)
def test_check_url_refuses_with_a_printable_reason(url: str, reason: str) -> None:
    with pytest.raises(BadInput) as raised:
        check_url(url)
    message = str(raised.value)
    assert reason in message
    assert "\n" not in message


def test_check_url_accepts_and_trims() -> None:
    assert check_url("  https://example.com/a?b=c  ") == "https://example.com/a?b=c"
    assert check_url("http://127.0.0.1:8000/x") == "http://127.0.0.1:8000/x"
    assert check_url("http://[::1]:8000/x") == "http://[::1]:8000/x"


def test_story_variants_served_locally_canonicalise_alike(page_server: PageServer) -> None:
    urls = [page_server.url(path) for path in STORY_PATHS]
    urls.append(page_server.url("/story/battery-plant?utm_source=newsletter&fbclid=abc"))
    assert {canonical_url(url) for url in urls} == {page_server.url("/story/battery-plant")}


def test_a_login_in_a_url_is_removed_and_noted() -> None:
    from factcheck.sources.targets import without_userinfo

    assert without_userinfo("https://ann:s3cret@example.org/a?b=1#c") == (
        "https://example.org/a?b=1#c",
        True,
    )
    assert without_userinfo("https://ann@example.org:8443/") == ("https://example.org:8443/", True)
    assert without_userinfo("https://example.org/@ann") == ("https://example.org/@ann", False)


def test_passwords_in_messages_are_masked() -> None:
    from factcheck.output import mask_credentials

    message = "postgresql+psycopg://desk:hunter2@db.example/fc and http://a:b@x.example/p failed"
    assert mask_credentials(message) == (
        "postgresql+psycopg://desk:***@db.example/fc and http://a:***@x.example/p failed"
    )
    assert mask_credentials("mail ann@example.org") == "mail ann@example.org"


def test_a_refused_url_does_not_repeat_its_password() -> None:
    with pytest.raises(BadInput) as raised:
        check_url("ftp://ann:hunter2@files.example/x")
    assert "hunter2" not in str(raised.value) and "ann:***@" in str(raised.value)
