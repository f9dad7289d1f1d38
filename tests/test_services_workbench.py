"""The UI's read-side queries: pages and counts under filters, positions, progress, the change
stamp, a claim's detail and the article with its claims placed."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from factcheck import services
from factcheck.intake.articles import ArticleInput
from factcheck.services import claims, facts, sources, verdicts, workbench
from factcheck.services import evidence as evidence_service
from factcheck.services.workbench import ClaimFilter

TEXT = "\n".join(
    [
        "The plant will cost $2.5 billion, the company said on Monday.",
        "It will employ 1,200 people.",
        "“We are proud,” said Mayor Ana Ortiz. 100% of the land is 50_50 owned.",
    ]
)


@pytest.fixture
def article(store) -> int:
    found = services.import_article(store, ArticleInput(text=TEXT, origin="t", title="Plant"))
    return found.article.id


@pytest.fixture
def ids(store, article) -> list[int]:
    return [c.id for c in services.list_claims(store, article_id=article)]


def test_pages_follow_article_order_and_agree_from_both_ends(store, article, ids):
    where = ClaimFilter(article=article)
    total = workbench.count_claims(store, where)
    assert total == len(ids) >= 3
    assert [c.id for c in workbench.claim_page(store, where, 0, 100)] == ids
    for offset in range(total):
        forward = workbench.claim_page(store, where, offset, 2)
        backward = workbench.claim_page(store, where, offset, 2, total)
        assert forward == backward
    assert workbench.claim_page(store, where, total, 5, total) == []


def test_filters_by_rating_kind_and_search(store, article, ids):
    verdicts.record_verdict(store, ids[0], "refuted", rationale="r", correction="c", checker="a")
    verdicts.record_verdict(store, ids[0], "supported", rationale="later", checker="a")
    by = lambda **kw: [c.id for c in workbench.claim_page(store, ClaimFilter(article, **kw), 0, 50)]  # noqa: E731
    assert by(rating="supported") == [ids[0]]
    assert by(rating="refuted") == []  # only the latest verdict counts
    assert by(rating="unchecked") == ids[1:]
    assert by(search="1,200") == [ids[1]]
    assert by(search="EMPLOY") == [ids[1]]  # case does not matter
    assert by(search="employ 1,200") == by(search="1,200 EMPL") == [ids[1]]  # any order
    assert by(search="%") == ids  # only marks: nothing to narrow the list by
    kind = claims.get_claim(store, ids[1]).kind
    assert ids[1] in by(kind=kind)
    line = workbench.claim_page(store, ClaimFilter(article), 0, 1)[0]
    assert (line.rating, line.sources) == ("supported", 0)


def test_position_of_a_claim(store, article, ids):
    where = ClaimFilter(article=article)
    assert [workbench.claim_position(store, where, i) for i in ids] == list(range(len(ids)))
    assert workbench.claim_position(store, ClaimFilter(article, search="1,200"), ids[0]) is None


def test_progress_counts_the_latest_verdicts(store, article, ids):
    verdicts.record_verdict(store, ids[0], "opinion", rationale="x", checker="a")
    verdicts.record_verdict(store, ids[1], "refuted", rationale="x", correction="y", checker="a")
    verdicts.record_verdict(store, ids[1], "supported", rationale="x", checker="a")
    progress = workbench.progress(store, article)
    assert progress.article.title == "Plant"
    assert (progress.total, progress.checked) == (len(ids), 2)
    assert progress.counts["supported"] == 1 and progress.counts["opinion"] == 1
    assert progress.counts["refuted"] == 0
    assert list(progress.counts)[-1] == "unchecked"
    assert workbench.progress(store, None).total == len(ids)


def test_the_stamp_changes_with_every_write_the_ui_shows(store, article, ids):
    seen = [workbench.change_stamp(store)]

    def changed() -> bool:
        seen.append(workbench.change_stamp(store))
        return seen[-1] != seen[-2]

    assert not changed()
    verdicts.record_verdict(store, ids[0], "opinion", rationale="x", checker="a")
    assert changed()
    claims.edit_note(store, ids[1], "ask")
    assert changed()
    note = sources.attach_source(store, ids[0], note="called them", checker="a")
    assert changed()
    evidence_service.find_passages(store, ids[0], note.source)  # reading changes nothing
    assert not changed()
    evidence = evidence_service.pin_evidence(store, ids[0], note.source, 0, 6, checker="a")
    assert changed()
    evidence_service.unpin_evidence(store, evidence.id)
    assert changed()
    claims.add_claim(store, "It will employ", article_id=article)
    assert changed()


def test_a_fact_ticked_changes_the_stamp_and_the_progress(store, article, ids):
    """A fact ticked in one workbench must reach another open one: ticks change the stamp
    (a second tick of the same fact too), and progress counts the article's facts."""
    claim = next(i for i in ids if facts.claim_facts(store, i))
    total = facts.fact_progress(store, article).total
    assert workbench.progress(store, article).facts == facts.FactProgress(total)
    seen = [workbench.change_stamp(store)]
    facts.mark_fact(store, claim, 1, "checked", checker="a")
    seen.append(workbench.change_stamp(store))
    assert seen[-1] != seen[-2]
    facts.mark_fact(store, claim, 1, "wrong", note="it is 2.4", checker="a")
    seen.append(workbench.change_stamp(store))
    assert seen[-1] != seen[-2]
    assert workbench.progress(store, article).facts == facts.FactProgress(total, wrong=1)


def test_detail_gathers_context_sources_evidence_and_history(store, article, ids, tmp_path, access):
    page = tmp_path / "filing.txt"
    page.write_text("The filing says the plant will cost $2.1 billion and employ 1,200 people.")
    attached = sources.attach_source(store, ids[0], str(page), checker="a", access=access)
    pinned = evidence_service.pin_evidence(store, ids[0], attached.source, 0, 40, checker="a")
    verdicts.record_verdict(
        store,
        ids[0],
        "refuted",
        rationale="the filing",
        correction="2.1",
        checker="a",
        evidence=(pinned.id,),
    )
    detail = workbench.claim_detail(store, ids[0])
    assert detail.article_title == "Plant"
    context = detail.context
    assert context.paragraph[context.start : context.end] == detail.claim.text
    (entry,) = detail.sources
    assert entry.urls and entry.urls[0][0].startswith("file:")
    assert entry.passages and any(c.status == "differs" for c in entry.passages[0].number_checks)
    assert [e.id for e in detail.evidence] == [pinned.id]
    assert detail.verdict.rating == "refuted" and detail.verdict.evidence == (pinned.id,)


def test_a_claim_in_a_long_paragraph_is_shown_with_the_words_around_it(store):
    """A transcript or a PDF's text may be one paragraph of thousands of words: the detail
    shows the claim with a few lines either side, cut at whole words, not the whole of it."""
    filler = " ".join(["The council talked about the roads for a long while."] * 60)
    text = f"{filler} The plant will cost $2.5 billion, the company said. {filler}"
    article = services.import_article(store, ArticleInput(text=text, origin="t"))
    (claim,) = [
        c for c in services.list_claims(store, article_id=article.article.id) if "2.5" in c.text
    ]
    context = workbench.claim_detail(store, claim.id).context
    assert context.paragraph[context.start : context.end] == claim.text
    before, after = context.paragraph[: context.start], context.paragraph[context.end :]
    assert before.startswith("…") and after.endswith("…")
    assert 100 < len(before) <= workbench.CONTEXT + 1 and 100 < len(after) <= workbench.CONTEXT + 1
    assert before[1:] in text and after[:-1] in text and f" {before[1:]}" in text


def test_detail_is_read_in_one_session_whatever_the_number_of_sources(
    store, article, ids, tmp_path, access
):
    for n in range(3):
        page = tmp_path / f"filing{n}.txt"
        page.write_text(f"Filing {n}: the plant will cost ${n}.1 billion and employ {n}00 people.")
        sources.attach_source(store, ids[0], str(page), checker="a", access=access)
    begun = []

    def count(*_args) -> None:
        begun.append(1)

    event.listen(store.sessions, "after_begin", count)
    try:
        detail = workbench.claim_detail(store, ids[0])
    finally:
        event.remove(store.sessions, "after_begin", count)
    assert len(detail.sources) == 3 and all(entry.passages for entry in detail.sources)
    assert len(begun) == 1


def test_detail_of_a_claim_without_article(store):
    added = claims.add_claim(store, "Orphan claim")
    detail = workbench.claim_detail(store, added.id)
    assert (detail.article_title, detail.context, detail.sources) == (None, None, ())


def test_article_text_places_each_claim(store, article, ids):
    verdicts.record_verdict(store, ids[1], "opinion", rationale="x", checker="a")
    placed = workbench.article_text(store, article)
    assert placed.text == TEXT
    assert [s.id for s in placed.claims] == ids
    assert {s.id: s.rating for s in placed.claims}[ids[1]] == "opinion"
    for span in placed.claims:
        assert TEXT[span.start : span.end] == claims.get_claim(store, span.id).text


def test_default_article_is_the_latest(store):
    assert workbench.default_article(store) is None
    first = services.import_article(store, ArticleInput(text="One fact 1.", origin="a"))
    second = services.import_article(store, ArticleInput(text="Two facts 2.", origin="b"))
    assert workbench.default_article(store) == second.article.id != first.article.id


def test_detail_flags_a_quote_the_source_gives_to_someone_else(store, tmp_path, access):
    """The claim's stored speaker, not only a name in its text, decides whose words they are:
    the workbench flags a quote the passage gives to another person, as `passages` does."""
    added = claims.add_claim(
        store, "“We will open two clinics by spring.”", kind="quote", speaker="Lena Varga"
    )
    page = tmp_path / "minutes.txt"
    page.write_text(
        "Council minutes. “We will open two clinics by spring,” said Tomas Birk, the treasurer."
    )
    attached = sources.attach_source(store, added.id, str(page), checker="a", access=access)
    (cli_passage, *_) = evidence_service.find_passages(store, added.id, attached.source)
    assert cli_passage.quote_check.attributed_to == "Tomas Birk"
    (entry,) = workbench.claim_detail(store, added.id).sources
    shown = entry.passages[0]
    assert shown.quote_check.attributed_to == "Tomas Birk"
    assert shown.flagged


def test_default_article_is_the_remembered_one_while_it_exists(store):
    first = services.import_article(store, ArticleInput(text="One fact 1.", origin="a"))
    second = services.import_article(store, ArticleInput(text="Two facts 2.", origin="b"))
    assert workbench.default_article(store, first.article.id) == first.article.id
    assert workbench.default_article(store, second.article.id + 100) == second.article.id
