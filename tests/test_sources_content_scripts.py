"""Pages in every script, and pages whose quick reading is the site menu.

Real pages from the article-extraction benchmark (a sample in
fixtures/article-extraction-benchmark/, MIT) are served, fetched and scored against their
gold bodies; pages written here in Chinese, Japanese and Thai check the prose test itself.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from extraction_score import page_f1, page_score
from pageserver import PageServer

from factcheck.errors import FetchFailed
from factcheck.sources.content import extract_content, has_prose, mostly_navigation, text_size
from factcheck.sources.fetch import FetchOptions, fetch

FAST = FetchOptions(connect_timeout=1, read_timeout=5, deadline=10, retries=0, allow_private=True)
SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "article-extraction-benchmark"
GOLD = json.loads((SAMPLE / "ground-truth.json").read_text(encoding="utf-8"))

CHINESE = (
    "市政府周二宣布，将在未来三年内投资四亿五千万元修建城东的污水处理厂。",
    "据市环保局介绍，新厂建成后每天可处理污水二十万吨，约为现有能力的两倍。",
    "不少居民表示欢迎，但也有人担心施工期间的交通问题会影响附近的两所小学。",
)
JAPANESE = (
    "市議会は火曜日、駅前の再開発計画に総額百二十億円の予算を承認したと発表した。",
    "計画では二〇二七年までに図書館と保育所を備えた複合施設を建設する予定だという。",
    "一方で、商店街の店主からは工事期間中の売り上げ減少を心配する声も上がっている。",
)
THAI = (
    "กระทรวงสาธารณสุขรายงานว่าจำนวนผู้ป่วยไข้เลือดออกในเดือนนี้เพิ่มขึ้นเกือบสองเท่าจากปีที่แล้ว",
    "เจ้าหน้าที่แนะนำให้ประชาชนกำจัดแหล่งน้ำขังรอบบ้านอย่างน้อยสัปดาห์ละหนึ่งครั้ง",
)


def page(title: str, paragraphs: tuple[str, ...], lang: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f"<li><a href='/s{i}'>欄{i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><nav><ul>{menu}</ul></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>© 2026</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("lang", "paragraphs"), [("zh", CHINESE), ("ja", JAPANESE), ("th", THAI)])
def test_an_article_without_spaces_between_words_is_read(
    page_server: PageServer, lang: str, paragraphs: tuple[str, ...]
) -> None:
    url = page_server.serve(
        f"/scripts/{lang}", page(paragraphs[0][:12], paragraphs, lang), "text/html"
    )
    result = fetch(url, FAST)
    content = extract_content(result.body, result.content_type, result.final_url)
    for paragraph in paragraphs:
        assert paragraph in content.text
    assert "欄3" not in content.text  # the menu stays out


def test_prose_is_counted_in_characters_where_words_have_no_spaces() -> None:
    assert has_prose(JAPANESE[0]) and has_prose(THAI[1]) and has_prose(CHINESE[2])
    assert not has_prose("ニュース\n経済\n政治\nスポーツ\nお問い合わせ")
    assert text_size(JAPANESE[0]) > 15  # some 38 characters: about 19 words
    assert text_size("one two three") == 3


def test_a_reading_made_of_short_lines_is_navigation() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Contact us", "Log in", "Sign up"] * 5)
    story = "\n".join(
        [
            "The city council approved the new budget on Tuesday after a long debate.",
            "Opponents said the plan would raise property taxes for most households.",
        ]
    )
    assert mostly_navigation(menu)
    assert not mostly_navigation(story)
    assert mostly_navigation(story + "\n" + menu * 3)


def test_a_page_of_menus_still_says_no_article() -> None:
    menu = "".join(f"<li><a href='/m{i}'>Section {i}</a></li>" for i in range(80))
    markup = f"<html><body><ul>{menu}</ul></body></html>".encode()
    with pytest.raises(FetchFailed, match="no article text found"):
        extract_content(markup, "text/html", None)


@pytest.mark.parametrize("key", sorted(GOLD))
def test_real_pages_of_the_benchmark_sample_are_read_well(page_server: PageServer, key) -> None:
    """Japanese and Korean articles, a Brazilian page whose quick reading is its site menu,
    and an English page trafilatura alone reads badly: each within reach of the gold body."""
    body = gzip.decompress((SAMPLE / f"{key}.html.gz").read_bytes())
    url = page_server.serve(f"/sample/{key}", body, "text/html")
    result = fetch(url, FAST)
    content = extract_content(result.body, result.content_type, result.final_url)
    assert page_f1(page_score(GOLD[key]["articleBody"], content.text)) >= 0.75
