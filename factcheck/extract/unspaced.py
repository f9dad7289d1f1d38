"""Claims in scripts written without spaces (Chinese, Japanese): judged on characters.

The detectors of `features` read words between spaces and capital letters; a Chinese or
Japanese sentence has neither, so `detect` would find one "word" and no name in it.  Here
the same `Features` are read off the characters: a figure is a run of digits (ASCII or
full-width) or of Han numerals with a unit or counter after it; a date is a year, a month
and a day written with 年/月/日, or a relative one (去年, 昨年, 上周 …); a name is a katakana
run (foreign names and companies), a Latin-script name, or Han characters before a title
(首相, 氏, 总统, 部长 …).  The decision and the score are then the ones every claim gets.
Nothing here names a particular article: these are the scripts' own signs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.extract.features import Features
from factcheck.text import UNSPACED


class Speech(NamedTuple):
    """A quotation in 「…」 reported with a verb of saying, and who said it (if named)."""

    speaker: str | None


class Item(NamedTuple):
    """A fact found in a sentence: offsets into the text searched, and its kind."""

    start: int
    end: int
    kind: str


_DIGIT = "0-9０-９"
_HAN_NUMERAL = "〇零一二三四五六七八九十百千万萬億亿兆两兩"
# A year, a month and a day, or a month and a day; era years (令和5年) count too.
_DATE = re.compile(
    # (a year has four digits or an era before it: 3年 alone is three years, a figure)
    rf"(?:(?:(?:令和|平成|昭和|民国|民國)[{_DIGIT}]{{1,2}}|[{_DIGIT}]{{4}})\s*年(?:\s*[{_DIGIT}]{{1,2}}\s*月"
    rf"(?:\s*[{_DIGIT}]{{1,2}}\s*[日号號])?)?"
    rf"|[{_DIGIT}]{{1,2}}\s*月\s*[{_DIGIT}]{{1,2}}\s*[日号號]"
    rf"|[{_DIGIT}]{{1,2}}\s*月(?:上旬|中旬|下旬|末)?"
    rf"|[一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,3}}[日号號])"
)
_RELATIVE = re.compile(
    "去年|昨年|今年|来年|來年|明年|前年|昨日|昨天|前天|先月|上个月|上個月|上月|今月|本月|"
    "先週|上周|上週|今週|本周|本週|来週|下周|下週|同日|当日|當日|今朝|今晨"
)
_UNITS = (
    "%|％|パーセント|ポイント|万人|億人|亿人|万円|億円|兆円|円|元|美元|ドル|ユーロ|欧元|"
    "人|名|件|台|個|个|社|校|戸|户|票|席|倍|歳|岁|回|次|キロ|公里|キログラム|トン|吨|"
    "平方キロ|平方公里|メートル|米|時間|小时|小時|分|秒|年間|年|か月|ヶ月|个月|個月|日間|天"
)
_FIGURE = re.compile(
    rf"[{_DIGIT}][{_DIGIT},，.．]*(?:\s*(?:万|萬|億|亿|兆|千))?(?:\s*(?:{_UNITS}))?"
    # Han numerals are words too (一緒, 統一): a figure only with a unit after it, and two
    # numerals or a power of ten (三十人, 五百万円, 两千名), never one numeral alone.
    rf"|(?:[{_HAN_NUMERAL}]{{2,}}|[十百千万萬億亿兆])(?:{_UNITS})"
)
_PERCENT = re.compile("%|％|パーセント|百分之")
_MONEY = re.compile("円|元|ドル|ユーロ|欧元|美元|ポンド|英镑")
_TITLES = (
    "首相|総理|总理|大臣|長官|长官|知事|市長|市长|省长|省長|区長|町長|社長|会長|会长|総裁|"
    "总裁|議員|议员|議長|议长|主席|总统|總統|大統領|部长|部長|局长|局長|書記|书记|"
    "代表|教授|博士|氏|さん|先生|女士|報道官|发言人|發言人|董事长|董事長|委員長|委员长"
)
_TITLED = re.compile(rf"[\u4e00-\u9fff]{{1,3}}(?:{_TITLES})")
_TITLE = re.compile(_TITLES)
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc・]{3,}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.\-]+(?: [A-Z][A-Za-z&.\-]+)*")
_CLOSERS = "」』）〕】”’)] "


# Han and kana: Chinese and Japanese.  (Korean and Thai, also in `UNSPACED`, space their
# phrases or write other signs of a date; they keep the word-based reading.)
_HAN_KANA = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
)


def has_unspaced(text: str) -> bool:
    """Whether any of `text` is in Chinese or Japanese script: where none is, no sentence of
    it `is_unspaced`, and a whole article is ruled out in one search."""
    return not text.isascii() and _HAN_KANA.search(text) is not None


def is_unspaced(sentence: str) -> bool:
    """Mostly (half of its letters or more) in Chinese or Japanese script."""
    if sentence.isascii():
        return False
    unspaced = len(_HAN_KANA.findall(sentence))
    if not unspaced:
        return False
    letters = sum(1 for ch in sentence if ch.isalnum())
    return unspaced * 2 >= letters


def ends_like_a_sentence(sentence: str) -> bool:
    return sentence.rstrip(_CLOSERS).endswith(("。", "！", "？", "!", "?", "…"))


def is_question(sentence: str) -> bool:
    return sentence.rstrip(_CLOSERS).endswith(("？", "?"))


# Japanese reports speech as 「words」と + verb of saying (述べた, 語った, 話した …), the
# speaker marked by は or が, before the quotation or between と and the verb.  The verb
# is what makes the brackets a quotation: 「…」 also marks titles and names.
_SPEECH_VERBS = (
    "述べ|語っ|語り|話し|言っ|言い|いう|いい|説明し|強調し|指摘し|主張し|明かし|"
    "明らかにし|発言し|答え|応じ|訴え|述懐し|コメントし|批判し|発表し|表明し"
)
_SPEAKER = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z0-9・]{1,12}"
_QUOTED = "「[^「」]+」"
_SPEECH = re.compile(
    rf"(?:(?P<before>{_SPEAKER})[はが]、?)?{_QUOTED}と(?:、?(?P<after>{_SPEAKER})[はが]、?)?"
    rf"(?:{_SPEECH_VERBS})"
)


def reported_speech(sentence: str) -> Speech | None:
    """The sentence quotes someone in 「…」 with a verb of saying, as Japanese reports
    speech; the speaker is the one marked by は/が next to the quotation, if any."""
    m = _SPEECH.search(sentence)
    if m is None:
        return None
    return Speech(m.group("before") or m.group("after"))


def detect_unspaced(sentence: str) -> Features:
    """The figures, dates and names of a sentence in Chinese or Japanese, as `Features`."""
    dates = [m.group() for m in _DATE.finditer(sentence)]
    taken = [m.span() for m in _DATE.finditer(sentence)]
    figures = [
        m.group()
        for m in _FIGURE.finditer(sentence)
        if not any(s <= m.start() < e for s, e in taken)
    ]
    percents = [f for f in figures if _PERCENT.search(f)]
    money = [f for f in figures if _MONEY.search(f) and f not in percents]
    numbers = [f for f in figures if f not in percents and f not in money]
    titled = [m.group() for m in _TITLED.finditer(sentence)]
    names = titled + [
        m.group() for m in (*_KATAKANA.finditer(sentence), *_LATIN_NAME.finditer(sentence))
    ]
    return Features(
        money=money,
        percents=percents,
        numbers=numbers,
        dates=dates,
        relative_dates=_RELATIVE.findall(sentence),
        roles=[_TITLE.search(t).group() for t in titled],  # type: ignore[union-attr]
        entities=list(dict.fromkeys(names)),
        events=[],
        superlatives=[],
        opinion=0.0,
        # Two characters of these scripts hold about as much as a word (as the page
        # extractor counts them).
        words=len(UNSPACED.findall(sentence)) // 2 + len(_LATIN_NAME.findall(sentence)),
        past=False,
        stance_cue=False,  # the stance rules read English
        scene_cue=False,
    )


def unspaced_items(text: str, start: int, end: int) -> list[Item]:
    """The figures, dates, titles and titled names in `text[start:end]`, in text order, as
    the facts of a claim (a name is a fact only with its title: 山本局長 is a person and
    局長 his title; a katakana run is as often a loanword as a name)."""
    part = text[start:end]
    items: list[Item] = []
    dates = [(m.start(), m.end()) for m in _DATE.finditer(part)]
    dates += [(m.start(), m.end()) for m in _RELATIVE.finditer(part)]
    items += [Item(start + s, start + e, "date") for s, e in dates]
    for m in _FIGURE.finditer(part):
        if not any(s <= m.start() < e for s, e in dates):
            items.append(Item(start + m.start(), start + m.end(), "number"))
    for m in _TITLED.finditer(part):
        title = _TITLE.search(m.group())
        assert title is not None  # _TITLED ends with one
        split = m.start() + title.start()
        if split > m.start():
            items.append(Item(start + m.start(), start + split, "person"))
        items.append(Item(start + split, start + m.end(), "title"))
    return sorted(items)
