"""The extractor against hand-labelled documents of several kinds (news, a debate transcript,
a speech, a press release, a feature): recall and precision must stay above honest floors.

heldout.jsonl holds documents the rules were not tuned on; its floors sit a little below what
the extractor measured there when the test was added (recall 1.0, precision 1.0, kind
accuracy 0.905, speaker accuracy 1.0 over 21 claims), so one slip fails nothing but a
regression does.

dev_opinion.jsonl holds opinion columns (politics, sport), an analysis piece and a live blog,
written to tune the rules against the writer's verdicts, forecasts, transitions and page
furniture; heldout_opinion.jsonl (two columns and a news story) was labelled before the
extractor ever ran on it and measured once: recall 1.0, precision 0.545 (12 of 22 kept
sentences were claims). Its floors guard that first figure rather than a target; after the
stance rules (opinion.takes_a_stance) it measures precision 0.857, so its floor is now 0.8.

dev_stance.jsonl (an editorial, a film review, a football column, a letter to the editor, a
politician's op-ed with figures and two news stories) was labelled before the extractor ran
on it, to tune the stance rules: verdicts, rhetorical and modal frames, imperatives, bio,
release and salutation lines.  Before those rules it measured precision 0.564; its every
claim must stay.

unseen_2026-12-02.jsonl (a political column, a theatre review, an analysis piece, a news
story) was written and labelled by someone who had not seen the rules and measured once at
precision 0.600; dev_a13p.jsonl (an editorial, a restaurant review, a column) was written and
labelled before the rules of the next change and measured at 0.462 first sight.  Both were
then tuned on (0.923 and 0.667 after): every claim in them must stay.

unseen_2026-12-02b.jsonl (an editorial on housing, a cricket column, a restaurant review, an
airline analysis, a flood report) was written and labelled by a writer who read neither the
rules nor the code, and measured once at the end of session 7: precision 0.621, recall 1.000.
unseen_2026-12-03.jsonl (a court report, a markets report, a column, a theatre review, a
health story, an interview feature) was written the same way in session 8 and measured once
after that session's rules: precision 0.740, recall 1.000; 0.866 after the furniture classes it
showed (captions, corrections, contact, sign-up and data lines), the feature genre (a text
told with "he says" drops its present-tense scene with no anchor) and more stance shapes.

unseen_2026-12-03c.jsonl (a news story on emergency-department waits, a column on bike lanes,
a college-sports feature) was written the same way in session 10 and measured once on first
sight by the lead: precision 0.778, recall 0.980; its false alarms were then read as classes
(a caption before a picture credit, an interview's editor's note, a column's schedule line,
the writer's scene of a body in a place or a gesture, a column's first-person anecdote and
its paragraph, a call to act with no figure, verdict words of reception) and its miss as a
measure spelled as a compound ("a one-year pause"): 0.980 and recall 1.000 after; 0.962 once a
scene told in the past keeps a count, a name or a role ("four ambulances stood in a line"), which is
most often the news.

Since session 8 a text that argues (opinion.reads_as_opinion: many of the writer's verdicts,
few sourced sentences) drops its claims with no anchor (opinion.anchor_of): 0.947, 0.923 and
0.964 on the three sets above then; after session 10's classes 0.973, 1.000 and 0.964, and
0.933 on unseen_2026-12-03.jsonl: floors just under (dev_a13p.jsonl allows one slip).  After
session 12's short comparative pivot ("The stronger objection is about fairness.") 0.951 there.

Run `python tests/test_extract_labelled.py` for the full report with every miss listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.extract import extract_claims

DATA = Path(__file__).parent / "data" / "extract" / "labelled.jsonl"
RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.92
HELDOUT = Path(__file__).parent / "data" / "extract" / "heldout.jsonl"
HELDOUT_RECALL_FLOOR = 0.95
HELDOUT_PRECISION_FLOOR = 0.95
HELDOUT_KIND_FLOOR = 0.85
HELDOUT_SPEAKER_FLOOR = 0.9
OPINION_DEV = Path(__file__).parent / "data" / "extract" / "dev_opinion.jsonl"
OPINION_HELDOUT = Path(__file__).parent / "data" / "extract" / "heldout_opinion.jsonl"
STANCE_DEV = Path(__file__).parent / "data" / "extract" / "dev_stance.jsonl"
UNSEEN_DEV = Path(__file__).parent / "data" / "extract" / "unseen_2026-12-02.jsonl"
VERB_DEV = Path(__file__).parent / "data" / "extract" / "dev_a13p.jsonl"
UNSEEN_B = Path(__file__).parent / "data" / "extract" / "unseen_2026-12-02b.jsonl"
UNSEEN_C = Path(__file__).parent / "data" / "extract" / "unseen_2026-12-03.jsonl"
UNSEEN_D = Path(__file__).parent / "data" / "extract" / "unseen_2026-12-03c.jsonl"
BLIND_D = Path(__file__).parent / "data" / "extract" / "unseen_2026-12-03d.jsonl"
BLIND_E = Path(__file__).parent / "data" / "extract" / "unseen_2026-12-03e.jsonl"
BLIND_11 = [
    Path(__file__).parent / "data" / "extract" / f"unseen_2026-12-04{part}.jsonl" for part in "fgk"
]
BLIND_12 = [
    Path(__file__).parent / "data" / "extract" / f"unseen_2026-12-04{part}.jsonl" for part in "lmn"
]
DEV_11 = [
    Path(__file__).parent / "data" / "extract" / f"dev_2026-12-04{part}.jsonl" for part in "hij"
]


@dataclass
class Labelled:
    text: str
    start: int
    end: int
    claim: bool
    kind: str | None
    speaker: str | None


def load_document(record: dict) -> tuple[str, list[Labelled]]:
    """Build the document text from its labelled sentences, remembering each one's span."""
    parts: list[str] = []
    labels: list[Labelled] = []
    pos = 0
    for i, paragraph in enumerate(record["paragraphs"]):
        if i:
            parts.append("\n\n")
            pos += 2
        prefix = paragraph.get("prefix", "")
        parts.append(prefix)
        pos += len(prefix)
        for j, item in enumerate(paragraph["sentences"]):
            if j:
                parts.append(" ")
                pos += 1
            parts.append(item["s"])
            labels.append(
                Labelled(
                    item["s"],
                    pos,
                    pos + len(item["s"]),
                    item["claim"],
                    item.get("kind"),
                    item.get("speaker"),
                )
            )
            pos += len(item["s"])
    return "".join(parts), labels


def evaluate(path: Path = DATA) -> dict:
    """Match extracted claims to labelled sentences by span overlap and count."""
    tp = fp = fn = kinds_right = speakers_right = speakers_total = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, labels = load_document(json.loads(line))
        claims = extract_claims(text)
        assert all(text[c.start : c.end] == c.text for c in claims)
        matched: set[int] = set()
        for claim in claims:
            best = max(
                range(len(labels)),
                key=lambda k: min(claim.end, labels[k].end) - max(claim.start, labels[k].start),
            )
            label = labels[best]
            if label.claim and best not in matched:
                tp += 1
                matched.add(best)
                kinds_right += claim.kind == label.kind
                if label.speaker:
                    speakers_total += 1
                    speakers_right += claim.speaker == label.speaker
                    if claim.speaker != label.speaker:
                        misses.append(
                            f"speaker {claim.speaker!r} != {label.speaker!r}: {label.text}"
                        )
            else:
                fp += 1
                false_alarms.append(claim.text)
        for k, label in enumerate(labels):
            if label.claim and k not in matched:
                fn += 1
                misses.append(f"missed: {label.text}")
    return {
        "recall": tp / max(tp + fn, 1),
        "precision": tp / max(tp + fp, 1),
        "kind_accuracy": kinds_right / max(tp, 1),
        "speaker_accuracy": speakers_right / max(speakers_total, 1),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "misses": misses,
        "false_alarms": false_alarms,
    }


def test_labelled_recall_and_precision_above_floor() -> None:
    result = evaluate()
    assert result["recall"] >= RECALL_FLOOR, result["misses"]
    assert result["precision"] >= PRECISION_FLOOR, result["false_alarms"]


def test_labelled_quote_speakers_mostly_right() -> None:
    assert evaluate()["speaker_accuracy"] >= 0.85


def test_heldout_above_floor() -> None:
    result = evaluate(HELDOUT)
    assert result["tp"] + result["fn"] >= 20, "held-out set lost its labels"
    assert result["recall"] >= HELDOUT_RECALL_FLOOR, result["misses"]
    assert result["precision"] >= HELDOUT_PRECISION_FLOOR, result["false_alarms"]
    assert result["kind_accuracy"] >= HELDOUT_KIND_FLOOR, result
    assert result["speaker_accuracy"] >= HELDOUT_SPEAKER_FLOOR, result["misses"]


def test_opinion_dev_keeps_facts_and_drops_the_writers_verdicts() -> None:
    result = evaluate(OPINION_DEV)
    assert result["tp"] + result["fn"] >= 20, "opinion dev set lost its labels"
    assert result["recall"] == 1.0, result["misses"]
    assert result["precision"] >= 0.9, result["false_alarms"]


def test_opinion_heldout_keeps_every_fact() -> None:
    result = evaluate(OPINION_HELDOUT)
    assert result["tp"] + result["fn"] >= 12, "opinion held-out set lost its labels"
    assert result["recall"] >= HELDOUT_RECALL_FLOOR, result["misses"]
    assert result["precision"] >= 0.9, result["false_alarms"]


def test_stance_dev_keeps_every_claim_and_drops_the_writers_stance() -> None:
    result = evaluate(STANCE_DEV)
    assert result["tp"] + result["fn"] >= 30, "stance dev set lost its labels"
    assert result["recall"] == 1.0, result["misses"]
    assert result["precision"] >= 0.9, result["false_alarms"]


@pytest.mark.parametrize(
    ("path", "floor"),
    [(UNSEEN_DEV, 0.97), (VERB_DEV, 0.92), (UNSEEN_B, 0.96), (UNSEEN_C, 0.95), (UNSEEN_D, 0.96)],
)
def test_once_unseen_sets_keep_every_claim_and_drop_most_judgements(
    path: Path, floor: float
) -> None:
    result = evaluate(path)
    assert result["tp"] + result["fn"] >= 12, "set lost its labels"
    assert result["recall"] == 1.0, result["misses"]
    assert result["precision"] >= floor, result["false_alarms"]


@pytest.mark.parametrize(
    ("path", "recall", "precision", "speakers"),
    [
        # Session 10's blind sets (d, e: measured on totals only that session, 0.633 / 0.691
        # and 0.753 / 0.762 precision) and session 11's dev sets (h: a live blog, a press
        # release, an album review, a screening story; i: an investigation, a restaurant
        # review, a campaign speech, an explainer; j: a cricket preview, a founder profile, a
        # space mission, a letters page; first sight on main 62411bf: 0.711, 0.750 and 0.744
        # precision, recall 1.000, 0.947 and 0.983), all tuned on in session 11: floors just
        # under today's figures, every speaker named right.  Session 12's service box (an
        # address, hours, prices, a fixture, a release or a date line, a team sheet):
        # d 0.826 -> 0.844, h 0.818 -> 0.844, i 0.809 -> 0.846, j 0.831 -> 0.843; its
        # reader-service lines (a speech's heading, contact, help and loan lines): i 0.859;
        # the writer's order to the reader (a price or a deadline and all): e 0.861 -> 0.873,
        # i 0.873; what the reporter saw at an hour of no date ("By noon, queues …"): e 0.886;
        # a fact box's labels read as no speakers and its rating as a review's: e 0.912; a
        # critic's verdict on a performance ("brings a warmth the film badly needs"): d 0.884,
        # h 0.857; a live page changing hands ("… will pick things up again from 7am"): h 0.871;
        # a caption before a credit "for the Review": j 0.855; a song's title in quotation
        # marks read as no quotation ("“Hymn for the Low Country” leans …"): h 0.885; a
        # posture told by the body's part ("… is on her knees beside a steel drum"): j 0.881;
        # what a place smells or glows like ("the warehouse … smells of vinegar"): j 0.894;
        # the writer's forecast whatever the condition ("Whatever comes back, it will …"):
        # j 0.908; a character named in the possessive is the plot ("She plays Maeve's
        # tiredness as …"): d 0.905; a markets story's price box ("Market data: … (MDG)
        # 186p, up 5.5p"): d 0.927; the critic ranking a work among its maker's ("the best
        # thing Ferrow have ever recorded"): h 0.900.
        (BLIND_D, 1.0, 0.92, 0.95),
        (BLIND_E, 0.98, 0.91, 0.95),
        (DEV_11[0], 1.0, 0.90, 0.95),
        (DEV_11[1], 0.96, 0.87, 0.95),
        (DEV_11[2], 1.0, 0.90, 0.95),
        # Session 11's blind sets (f: a rezoning vote, a match report, a gadget column, a
        # travel feature; g: an earthquake wire, a singer's interview, a savings explainer, a
        # hospital editorial; k: a court report, a theatre review, a fares column, a factory
        # closure), measured on totals only: precision 0.647, 0.770 and 0.794 at the
        # session's start (recall 0.982, 0.966, 1.000), 0.705, 0.814 and 0.857 after its
        # rules (recall the same).  Floors at today's figures; from session 12 dev text:
        # after its service box 0.743, 0.838 and 0.871; after its reader-service lines
        # 0.764, 0.838 and 0.885; after the writer's order to the reader 0.775 and 0.864;
        # after the scene at an hour of no date g 0.877; once a first-person column signed
        # by its writer's bio is read as written, not spoken, f 0.846; after the critic's
        # verdict on a performance k 0.900; after the short comparative pivot ("In the City,
        # the reaction was warmer.") k 0.931; after what a place smells or glows like f 0.862;
        # after a review's characters cast by praise ("is superb as Agnes") k 0.947; after
        # a scene opening down or up the hill ("Down in the bazaar, …") f 0.875; after the
        # critic ranking a work among its maker's ("her barest yet") g 0.891; after a
        # likeness "as if" ("That sounds as if it simply claws back the bonus, but …") 0.905;
        # after what "you" notice first ("The first thing you notice in …") f 0.889.
        # Speakers 0.913, 0.818 and 0.632 at first (police ranks and counsel's letters left
        # on a name, a subject's age or role between it and its verb, "the judge said" for
        # the judge named before), 1.000 each after session 12's speaker classes; f's
        # recall 1.000 once "voted no." ends a sentence.
        (BLIND_11[0], 1.0, 0.88, 0.95),
        (BLIND_11[1], 0.96, 0.90, 0.95),
        (BLIND_11[2], 1.0, 0.94, 0.95),
        # Session 12's blind sets (l: a football report, a glaciologist's obituary, a council
        # budget, a bus fares column; m: floods, a restaurant review, a university's release,
        # an author's Q&A; n: a data breach explainer, exam results, a film review, a letters
        # page), measured on totals only: precision 0.829, 0.800 and 0.841 at the session's
        # start (recall 1.000, 1.000, 0.964; speakers 0.571, 0.455, 0.538), 0.829, 0.800 and
        # 0.831 after its rules (recall 1.000, 1.000, 0.982; speakers the same): rules read
        # off other sets moved them by one claim.  Dev text from then on.  Speakers 1.000 each
        # after the second speaker round's classes (abbreviated titles, surname particles, a
        # portfolio before the name, a name as modifier, Q&A labels, apologies, sex told by
        # the text): floors allow one slip (0.95, 0.95; 0.92 on n, 13 speakers).
        (BLIND_12[0], 1.0, 0.82, 0.95),
        (BLIND_12[1], 1.0, 0.80, 0.95),
        (BLIND_12[2], 0.98, 0.83, 0.92),
    ],
)
def test_sets_first_measured_blind_hold_their_figures(
    path: Path, recall: float, precision: float, speakers: float
) -> None:
    result = evaluate(path)
    assert result["tp"] + result["fn"] >= 30, "set lost its labels"
    assert result["recall"] >= recall, f"recall {result['recall']:.3f}"
    assert result["precision"] >= precision, f"precision {result['precision']:.3f}"
    assert result["speaker_accuracy"] >= speakers, result["misses"]


def test_third_unseen_set_speakers_without_titles_and_by_sex() -> None:
    # 14 of 34 at first sight (titles kept, "he says" unresolved, the wife taking over the
    # husband's "he"); 34 of 34 after the speaker rules of session 8.
    assert evaluate(UNSEEN_C)["speaker_accuracy"] >= 0.95


if __name__ == "__main__":
    for path in (
        DATA,
        HELDOUT,
        OPINION_DEV,
        OPINION_HELDOUT,
        STANCE_DEV,
        UNSEEN_DEV,
        VERB_DEV,
        UNSEEN_B,
        UNSEEN_C,
        UNSEEN_D,
        BLIND_D,
        BLIND_E,
        *DEV_11,
        *BLIND_11,
    ):
        report = evaluate(path)
        print(f"== {path.name}")
        for key in ("recall", "precision", "kind_accuracy", "speaker_accuracy", "tp", "fp", "fn"):
            value = report[key]
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
        for miss in report["misses"]:
            print("  ", miss)
        for alarm in report["false_alarms"]:
            print("   false alarm:", alarm)
