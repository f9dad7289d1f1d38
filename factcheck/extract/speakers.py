"""Who said it: attributions ("X says", "says X, title", "according to X"), transcript
speaker labels ("SMITH:"), and the names pronouns ("he says") point back to."""

from __future__ import annotations

import bisect
import re
from collections.abc import Set
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.gazetteer import (
    KIN,
    ORGANISATION_ENDINGS,
    ORGANISATION_STARTS,
    ORGANISATIONS,
    WORK_ENDINGS,
    WORK_NOUNS,
)
from factcheck.extract.lexicon import PEOPLE_NOUNS, ROLE_WORDS, words

SPEECH_VERBS = (
    "says|said|say|tells|told|tell|adds|added|notes|noted|explains|explained|argues|argued|"
    "claims|claimed|writes|wrote|states|stated|announces|announced|asks|asked|insists|insisted|"
    "recalls|recalled|acknowledges|acknowledged|admits|admitted|continues|continued|replies|"
    "replied|responds|responded|confirms|confirmed|denies|denied|warns|warned|predicts|"
    "predicted|reports|reported|testified|testifies|tweeted|jokes|joked|quipped|"
    "concedes|conceded|emphasizes|emphasized|stresses|stressed|suggests|suggested|agrees|"
    "agreed|observes|observed|remarks|remarked|declares|declared|boasted|boasts|complains|"
    "complained|counters|countered|promises|promised|vowed|vows|"
    "cautions|cautioned|contends|contended|maintains|maintained|recounts|recounted|"
    "announced|exclaimed|whispered|shouted|wonders|wondered|estimated|estimates|estimate|"
    "points|pointed"
)
# Verbs that report speech only with their particle: "he points out", not "points to";
# "she put it plainly: “…”", "as he puts it, “…”", not "put it in the fridge" (_puts_words).
_PARTICLE_VERBS = {"points": " out", "pointed": " out", "put": " it", "puts": " it"}
# Verbs that introduce a quotation but are too common to mark an attributed statement.
QUOTE_VERBS = (
    "called|calls|described|describes|dubbed|praised|praises|commended|criticized|"
    "criticised|accused|urged|urges|labeled|labelled|branded|quoted|texted|emailed|put|puts"
)
QUOTE_ONLY_VERBS = words(QUOTE_VERBS.replace("|", " "))
# These introduce a label as often as a quotation ("calls its product a 'super app'").
LABEL_VERBS = words("called calls described describes dubbed labeled labelled branded")


# The verbs as UTF-8, for _verb_spans.
_VERB_WORDS = frozenset(verb.encode() for verb in SPEECH_VERBS.split("|"))
_QUOTE_VERB_WORDS = _VERB_WORDS | frozenset(verb.encode() for verb in QUOTE_VERBS.split("|"))
# Every byte but an ASCII letter, digit or "_" (each byte of a non-ASCII character too) as a space.
_ASCII_WORD_BYTES = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_SPACE_NON_WORD = bytes(c if c in _ASCII_WORD_BYTES else 32 for c in range(256))
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+([^,;:!?—–()“”\"]{2,160})")
_HONORIFICS = words(
    """
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. sir
    dame lord lady rev rev. poet novelist
    """
)
_TITLE_WORDS = words(
    """
    chair mayor councilwoman councilmember retired former acting interim miss mx reverend
    rt hon honourable baroness baron detective inspector constable corporal brigadier
    marshal commodore lance field squadron wing flight petty staff master warrant
    sergeant superintendent sgt sgt. supt supt. insp insp. det det. emeritus emerita
    cllr cllr. cr cr. councillor clr clr. ald ald. alderman alderwoman
    """
)
# Letters after a name that say what a person is, not who ("Aine Corley SC", "Tom Vesey
# MP", "Ruth Okafor, PhD"): a checker files one person under one name, with them or not.
POST_NOMINALS = frozenset(
    {"BL", "SC", "KC", "QC", "MP", "MEP", "MSP", "MLA", "TD", "PhD", "OBE", "MBE", "CBE"}
)
# A rank that also starts the names of things ("General Motors", "General Electric", the
# Irish police's "Garda Síochána"): titles only before a person's full name (two words or
# more), as in "Detective Garda Aoife Brennick".
_RANKS_BEFORE_FULL_NAMES = words("general garda")
# Whose someone is, before their name: "Her colleague Ravi Nair", "his wife Wenna".
_RELATION_LEADS = KIN | words(
    """
    her his their our my its colleague colleagues friend neighbour neighbor boss deputy aide
    """
)
# Words split_title takes into a title while they lead a phrase (as do words in capitals).
_TITLE_LEADS = (
    _HONORIFICS
    | ROLE_WORDS
    | _TITLE_WORDS
    | _RANKS_BEFORE_FULL_NAMES
    | _RELATION_LEADS
    | {"the", "a", "an"}
)
# What ends the clause before a verb is one of these characters, or the word "that" or "Q".
# This finds the last such character: re skips to the characters, and tries only those.
_LAST_BOUNDARY_CHAR = re.compile(r"[“”\"—–;:()\[\]][^“”\"—–;:()\[\]]*\Z")
_INVERTED_NP = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev|Lt|Col|Sgt)\.\s+)?"
    r"(?:(?:[A-Z]\.)+\s+)*[^,.;:!?—–()“”\"]{2,100})"
)
_CONNECTORS = words(
    """
    and but or so while as because since when which where though although then yet even
    also if after before now
    """
)
_SUBORDINATORS = words("after before when while since until because although though")
_TRAILING_ADVERBS = words(
    """
    also later then once previously now still recently has had have would will often
    reportedly repeatedly again already has since simply just further
    """
)
_AUXILIARIES = words("has have had") | words(
    """
    is was are were be been being am do does did can could should would may might must
    it's there's
    """
)
PRONOUNS = words("he she they it i we you who")
_SUBJECT_PRONOUNS = words("he she they")
# The writer or the speaker talking about themself: "I told him" attributes nothing.
_FIRST_PERSON = words("i we you us me")
_NOT_SPEAKERS = words("that this which what there here it")
_NEGATIONS = words("never not n't didn't don't doesn't hasn't haven't hadn't")
# Particles inside a surname: "Jan de Vries", "van der Berg", and the Irish "Ó", "Ní", "Mac",
# "Nic", "Uí", "Mhic" ("Ruairí Ó Flathartaigh", "Treasa Ní Bhraonáin").
_PARTICLES = words(
    "de da del della der den van von la le bin al el di du dos st. ter ten ó ní nic mac mhic ua uí"
)
_ORG_WORDS = words(
    """
    inc corp corporation company co ltd llc group journal times post news press agency
    university college institute school bank fund foundation project association council
    committee department ministry office party court house senate congress
    administration commission reuters bloomberg government network studios labs capital
    partners
    """
)
_TRANSCRIPT_CAPS = re.compile(
    r"((?:[A-Z][A-Z.'’\-]*)(?: [A-Z][A-Z.'’\-]*){0,4}(?:\s*\([^)\n]{1,40}\))?)\s*:\s+"
)
_TRANSCRIPT_MIXED = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor|Secretary)\.? )?"
    r"[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){0,2})\s*:\s+"
)
_NOT_LABELS = frozenset(
    {
        "update",
        "note",
        "correction",
        "editor's note",
        "editors' note",
        "photo",
        "source",
        "sources",
        "related",
        "read more",
        "watch",
        "listen",
        "also",
        "advertisement",
        "disclaimer",
        "warning",
        "transcript",
        "subject",
        "summary",
        "via",
        "credit",
        "credits",
        "caption",
        "breaking",
        "exclusive",
        "opinion",
        "analysis",
        "see also",
        "ps",
        "p.s.",
        "tl;dr",
        "contact",
        "media contact",
        "about",
    }
)


# A label holding one of these is a page's furniture ("Photo Credit:", "Image source:"),
# whoever it names after the colon.
_FURNITURE_LABEL_WORDS = words("photo photos photograph picture image credit caption graphic video")


@dataclass(frozen=True)
class Attribution:
    """A speaker found in a sentence, as written, with the title an appositive gave them."""

    speaker: str
    title: str | None
    verb: str


def transcript_label(text: str, start: int, end: int, allow_mixed: bool) -> tuple[str, int] | None:
    """Return (speaker label, where the speech starts) for a "SPEAKER: words" paragraph."""
    match = _TRANSCRIPT_CAPS.match(text, start, end)
    if match is None and allow_mixed:
        match = _TRANSCRIPT_MIXED.match(text, start, end)
    if match is None:
        return None
    label = match.group(1).strip()
    lowered = label.lower()
    if (
        lowered in _NOT_LABELS
        or not _FURNITURE_LABEL_WORDS.isdisjoint(lowered.split())
        or not any(c.isalpha() for c in label)
    ):
        return None
    return label, match.end()


def label_name(label: str, text: str) -> str:
    """The full name `text` gives the person a label in capitals names ("OKONJO-BLAIR"
    after "Remarks by Adaeze Okonjo-Blair"; "GOV. HALE" after "Governor Dana
    Hale"): a checker files one person under one label, however a transcript sets it.  The
    label as written when the text names nobody so, or names two people so, and when it is a
    full name already ("DONALD TRUMP"): a transcript then files both of its debaters alike."""
    if label in _INTERVIEW_LABELS and _QUESTION_LABEL.search(text):
        return _interview_voice(label, text)
    words = label.split()
    if not label.isupper():
        return label
    titled = False
    while len(words) > 1 and words[0].lower() in _TITLE_LEADS:
        words = words[1:]
        titled = True
    if len(words) > 1 and not titled:
        return label
    wanted = [w.lower() for w in words]
    names: set[str] = set()
    for spelled in {m.group() for m in re.finditer(rf"(?i:\b{re.escape(words[-1])}\b)", text)}:
        if spelled.isupper() or not spelled[:1].isupper():  # the label again, or "a" for "A:"
            continue
        for _, name in _full_names_of(text, spelled):
            if [w.lower() for w in name.split()[-len(wanted) :]] == wanted:
                names.add(name)
    return names.pop() if len(names) == 1 else label


# A Q&A interview's labels: "Q:" the interviewer's questions, "A:" the interviewee's answers.
_INTERVIEW_LABELS = {"Q": "q", "Q.": "q", "Question": "q", "A": "a", "A.": "a", "Answer": "a"}
_QUESTION_LABEL = re.compile(r"(?:\A|\n)(?:Q\.?|Question)\s*:")
# Who an interview names: the byline's interviewer ("Interview by Ana Ruiz"), and the full
# names of its introduction.
_INTERVIEWER = re.compile(r"(?:\A|\n)(?:Interview(?:ed)? by|Interview:|By) ([A-Z][^\n,.:;]{2,60})")
_FULL_NAME = re.compile(r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}")


def _interview_voice(label: str, text: str) -> str:
    """Whose voice a Q&A label is: the answers ("A:") are the interviewee's, the person the
    introduction before the first question names most (by surname: "Caoimhe Ruiz's third
    novel … Ruiz, 44, taught"), the questions ("Q:") the interviewer's the byline names.
    The label as written when the text names no such person: "A" is nobody's name."""
    first_question = _QUESTION_LABEL.search(text)
    intro = text[: first_question.start() if first_question else len(text)]
    byline = _INTERVIEWER.search(intro)
    interviewer = byline.group(1).strip() if byline else None
    if _INTERVIEW_LABELS[label] == "q":
        return interviewer if interviewer and is_name(interviewer) else label
    best: tuple[int, str] | None = None
    for m in _FULL_NAME.finditer(intro):
        name = m.group().removesuffix("’s").removesuffix("'s")
        if name == interviewer or not is_name(name) or looks_like_a_thing(name):
            continue
        mentions = len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", intro))
        if best is None or mentions > best[0]:
            best = (mentions, name)
    return best[1] if best else label


def find_attribution(frame: str) -> Attribution | None:
    """Find who a sentence is attributed to; quoted words in `frame` are masked as “Q”."""
    verbs = _QUOTE_VERB_WORDS if "“Q”" in frame else _VERB_WORDS
    for start, end in _verb_spans(frame, verbs):
        particle = _PARTICLE_VERBS.get(frame[start:end])
        if particle is not None:
            if not frame.startswith(particle, end):
                continue
            end += len(particle)
            if particle == " it" and not _puts_words(frame, start, end):
                continue
        if (
            _GENERIC_YOU.match(frame, end)
            or _REFLEXIVE.match(frame, end)
            or frame.endswith(_AS_THE_SAYING, 0, start)
        ):
            # "The empty shelves tell you everything", "The lesson writes itself": the
            # writer's point, not speech
            continue
        found = _subject_before(frame, start) or _subject_after(frame, end)
        if found:
            speaker, title = found
            name, honorific = split_title(_name_of_org(speaker))
            return Attribution(name, title or honorific, frame[start:end])
    if ", " in frame and (participle := _PARTICIPLE.search(frame)):
        # "Ana Ruiz of Ruiz Capital was more cautious, saying …": the participle's subject is
        # the name the sentence opens with
        opening = _OPENING_NAME.match(frame, 0, participle.start())
        if opening:
            name, title = split_title(opening.group(1).rstrip())
            if name in ("He", "She", "They") or (is_name(name) and " " in name):
                return Attribution(name, title, participle.group(1))
    if ":" in frame and (colon := _COLON_QUOTE.search(frame)):
        # "Tomasz Wrobel is blunt: “…”", "Ana Ruiz’s answer was short: “…”": the words
        # quoted after the colon are those of the name the sentence opens with
        opening = _OPENING_NAME.match(frame, 0, colon.start())
        if opening:
            name, title = split_title(opening.group(1).rstrip().removesuffix("’s"))
            if name in ("He", "She") or (is_name(name) and " " in name):
                return Attribution(name, title, ":")
    according = _ACCORDING.search(frame) if "ccording to" in frame else None
    if according:
        speaker = _clean_np(according.group(1).strip().rstrip("."), max_words=15, sourced=True)
        if speaker:
            name, honorific = split_title(_name_of_org(speaker))
            return Attribution(name, honorific, "according to")
    return None


# A participle that reports what the sentence's subject said: "…, saying the plan failed".
_PARTICIPLE = re.compile(
    r", (saying|adding|arguing|warning|noting|insisting|explaining|stressing|cautioning)\b"
)
# A quotation introduced by a colon ("is blunt: “Q”").
_COLON_QUOTE = re.compile(r":\s*“Q”")
# The name a sentence opens with, to its first word in lower case (its verb), and where the
# person is from: "Ana Ruiz of Ruiz Capital was", "Dr Ana Ruiz was", "She was".
_OPENING_NAME = re.compile(
    r"\s*((?:[^\W\d_][\w’'\-]*\.? ){1,5}?)(?:of (?:the )?(?:[^\W\d_][\w’'\-]* ){1,4}?)?(?=[a-z])"
)


def _puts_words(frame: str, start: int, end: int) -> bool:
    """Whether "put it" at frame[start:end] introduces the words quoted: a colon after it
    ("put it plainly at the meeting: “Q”"), the quotation itself ("put it, “Q”"), or "as"
    before it ("as she puts it, “Q”")."""
    return _PUT_IT_BEFORE_WORDS.match(frame, end) is not None or (
        _AS_ONE_PUTS.search(frame, max(start - 40, 0), start) is not None
    )


_PUT_IT_BEFORE_WORDS = re.compile(r"(?: [\w’'\-]+){0,6}?:|,? +“Q”")
_AS_ONE_PUTS = re.compile(r"\b[Aa]s (?:[\w’'\-]+ ){1,4}\Z")


# A speech verb turned on itself: "writes itself", "speaks for itself", "told himself".
# A saying, not a source: "The rest, as they say, is history."
_AS_THE_SAYING = ("as they ", "as people ", "As they ", "As people ")
# So is a story the thing tells of itself ("The numbers tell their own story").
_REFLEXIVE = re.compile(
    r" (?:for )?(?:itself|themselves|himself|herself|myself|ourselves)\b"
    r"| (?:its|their|his|her|my|our) own story\b"
)
# A speech verb told to the generic reader: "tells you everything", "tell you a lot".
_GENERIC_YOU = re.compile(
    r" you (?:everything|all you need|all|something|a lot|plenty|nothing|"
    r"little|much|most)\b"
)


def _verb_spans(frame: str, verbs: frozenset[bytes]) -> list[tuple[int, int]]:
    """Where `verbs` stand as whole words (between non-word characters) in `frame`, in order.

    Most sentences hold none, which one pass over their bytes shows: a verb (ASCII letters)
    with non-word characters around it is a word of the bytes once those become spaces.  Only
    the verbs seen there are then looked for, each with a pattern re finds as a literal.
    """
    encoded = frame.encode("utf-8", "surrogatepass")
    words = encoded.translate(_SPACE_NON_WORD).split()
    if verbs.isdisjoint(words):
        return []
    seen = verbs.intersection(words)
    return sorted(m.span() for verb in seen for m in _whole_word(verb).finditer(frame))


@cache
def _whole_word(verb: bytes) -> re.Pattern[str]:
    """r"\\bsaid\\b" as r"said(?<!\\wsaid)\\b", a pattern starting with the word itself."""
    word = re.escape(verb.decode())
    return re.compile(rf"{word}(?<!\w{word})\b")


def split_title(phrase: str) -> tuple[str, str | None]:
    """ "FTC Chair Lina Marsh" -> ("Lina Marsh", "FTC Chair"), "Aine Corley SC" -> ("Aine
    Corley", "SC"); other phrases are left whole."""
    tokens = phrase.split()
    if len(tokens) > 1 and tokens[-1].strip(",") in POST_NOMINALS:
        name, title = split_title(" ".join(tokens[:-1]).rstrip(","))
        if is_name(name):
            return name, f"{title} {tokens[-1]}" if title else tokens[-1].strip(",")
        return phrase, None
    cut = 0
    for i in range(len(tokens) - 1):
        if _leads_a_title(tokens, i):
            cut += 1
        else:
            break
    # A modifier before the title word ("Local MP Helen Carr", "Council leader Navdeep
    # Sandhu-Welling", "chief financial officer Ann Lee"): the title runs to its last title
    # word when a full name (two words or more) follows it.
    for i in range(min(len(tokens) - 3, _MODIFIERS_BEFORE_TITLE), cut - 1, -1):
        if _leads_a_title(tokens, i):
            if is_name(" ".join(tokens[i + 1 :])):
                cut = i + 1
            break
    cut = _portfolio_end(tokens) or cut
    if not cut:
        return phrase, None
    rest = " ".join(tokens[cut:])
    title = " ".join(tokens[:cut])
    if cut == len(tokens) - 1 and not _RANKS_BEFORE_FULL_NAMES.isdisjoint(
        w.lower() for w in tokens[:cut]
    ):
        return phrase, None
    if is_name(rest) and title.lower() not in ("the", "a", "an"):
        return rest, title
    return phrase, None


_MODIFIERS_BEFORE_TITLE = 3


def _portfolio_end(tokens: list[str]) -> int:
    """Where a title naming a minister's portfolio ends ("Cabinet Secretary for Transport
    Ruaridh Drysdale"): its capitalised words are the title's while a full name is left after
    them.  0 for a phrase with no portfolio."""
    for i in range(min(len(tokens) - 4, _MODIFIERS_BEFORE_TITLE + 1)):
        if (
            tokens[i].lower() in ROLE_WORDS
            and tokens[i + 1] in ("for", "of")
            and tokens[i + 2][:1].isupper()
        ):
            end = i + 3
            while end < len(tokens) - 2 and (
                tokens[end][:1].isupper() or tokens[end] in ("and", "for", "of")
            ):
                end += 1
            if is_name(" ".join(tokens[end:])):
                return end
    return 0


def _leads_a_title(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] is a word of a title before a name: a title word or one in capitals
    ("FTC"), but not an initial ("T.K. Abdul Rasheed"), which is the name's own unless a word
    in lower case comes before it ("the U.S. envoy")."""
    word = tokens[i]
    if word.isupper() and word.lower() not in _PARTICLES:  # "Ó" opens an Irish surname
        return _INITIALS.fullmatch(word) is None or (i > 0 and tokens[i - 1].islower())
    return word.lower().strip(",") in _TITLE_LEADS


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _name_of_org(phrase: str) -> str:
    """ "Nour Rawafi of the Johns Hopkins lab" names the person, not the lab."""
    head, sep, _ = phrase.partition(" of ")
    if not sep:
        return phrase
    name = split_title(head)[0]
    if is_name(name) and len(name.split()) >= 2:
        return head
    return phrase


# How far before its verb a speaker is looked for: further back than any subject and its
# appositive, and a bound that keeps a sentence of many verbs ("said said said …") linear.
_LOOKBACK = 400


def _window_before(frame: str, pos: int) -> str:
    """frame[:pos], or its last _LOOKBACK characters cut at a space (never inside a word)."""
    if pos <= _LOOKBACK:
        return frame[:pos]
    cut = frame.find(" ", pos - _LOOKBACK, pos)
    return frame[cut + 1 if cut >= 0 else pos - _LOOKBACK : pos]


def _subject_before(frame: str, verb_start: int) -> tuple[str, str | None] | None:
    head = _window_before(frame, verb_start)
    if ")" in head:
        # "X, the head of the Civil Defence Institute (INDECI), told": an aside in brackets
        # is part of the appositive, not a boundary of the clause
        head = _ASIDE.sub("", head)
    clause = head[_clause_start(head) :]
    pieces = [p for p in map(_strip_connectors, clause.split(",")) if p]
    # "Rathbourne, who grew up on Lewis, has said": a piece of nothing but an auxiliary or
    # an adverb belongs to the verb, and the subject stands before it.
    while len(pieces) > 1 and _TRAILING_ADVERBS.issuperset(pieces[-1].lower().split()):
        pieces.pop()
    if not pieces:
        return None
    # Drop relative clauses: "Derek Osei, who cast one of the votes, called it ..."
    if len(pieces) > 1 and _is_relative(pieces[-1]):
        if " " not in pieces[-1]:  # one word: pieces are joined by single spaces
            return _who(head, pieces)
        pieces = [p for p in pieces if not _is_relative(p)]
        if not pieces:  # "Who knew, who also said so": no antecedent to point at
            return None
    # "Ana Ruiz, 71, told the council", "Ana Ruiz, PhD, the lead author, said": an age or
    # letters set off by commas are the name's
    if len(pieces) > 1:
        pieces = [pieces[0], *(p for p in pieces[1:] if not _beside_a_name(p))]
    if pieces[-1].endswith((" and", " but")):
        return _coordinated_subject(pieces)
    return _appositive(pieces)


def _coordinated_subject(pieces: list[str]) -> tuple[str, str | None] | None:
    """The subject a verb after "and" or "but" shares with the verb before: the name that
    opens the last piece ("Ana Ruiz met them and told …"), or the first piece, which the
    rest describe ("Li Wei, a spokesman, declined to comment but said …").  A name of two
    words or more, or "he" or "she": "The ministry cut posts and said" is left alone."""
    for piece, alone in ((pieces[-1], False), (pieces[0], len(pieces) > 1)):
        words = piece.split()
        n = 0
        while n < len(words) and _in_a_name(words, n):
            n += 1
        if not n or (n == len(words) and not alone):
            continue
        name = " ".join(words[:n])
        if name in ("He", "She") or (is_name(split_title(name)[0]) and n > 1):
            return name, None
    return None


def _in_a_name(words: list[str], n: int) -> bool:
    """Whether words[n] carries on a titled name that words[:n] began: a capitalised word, a
    particle ("de"), or the "for" or "of" of a portfolio ("Cabinet Secretary for Education
    Ana Ruiz"), which split_title then takes off."""
    word = words[n]
    if word[:1].isupper() or word.lower() in _PARTICLES:
        return True
    return 0 < n < len(words) - 1 and word in ("for", "of", "and") and words[n + 1][:1].isupper()


def _beside_a_name(piece: str) -> bool:
    """Whether a piece set off by commas after a name is the name's own, not its appositive."""
    return piece in POST_NOMINALS or _AGE.fullmatch(piece) is not None


# A short aside in brackets (an acronym, a party, a place): " (INDECI)", " (D-Ohio)".
_ASIDE = re.compile(r" ?\([^()“”\"]{1,40}\)")
_AGE = re.compile(r"(?:aged )?\d{1,3}")


def _clause_start(head: str) -> int:
    """Where the last boundary in `head` ends, or 0.

    The words are looked for from the end with rfind: a regex would try every position.
    """
    last_char = _LAST_BOUNDARY_CHAR.search(head)
    start = last_char.start() + 1 if last_char else 0
    for word in ("that", "Q"):
        end = len(head)
        while (found := head.rfind(word, start, end)) >= 0:
            after = found + len(word)
            if not (_is_word_char(head, found - 1) or _is_word_char(head, after)):
                start = after
                break
            end = after - 1  # occurrences of "that" may overlap
    return start


def _is_word_char(text: str, i: int) -> bool:
    """Whether text[i] exists and is what re's \\w matches."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _is_relative(piece: str) -> bool:
    return piece.partition(" ")[0].lower() in ("who", "which", "whose")


def _strip_connectors(piece: str) -> str:
    words = piece.split()
    start = 0
    while start < len(words) and words[start].lower() in _CONNECTORS:
        start += 1
    return " ".join(words[start:])


def _who(head: str, pieces: list[str]) -> tuple[str, str | None] | None:
    """ "Brockman—who says ..." : the relative pronoun points at the last name before it."""
    # "Brockman—who donated ..., and who says": coordinated clauses share the first antecedent.
    first_who = re.search(r"\bwho\b", head)
    before = head[: first_who.start()] if first_who else head
    names = re.findall(r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)*", before)
    for name in reversed(names):
        if is_name(name) and name.lower() not in _NOT_SPEAKERS:
            return name, None
    return None


def _appositive(pieces: list[str]) -> tuple[str, str | None] | None:
    if len(pieces) >= 2 and is_name(split_title(pieces[-2])[0]):
        # "Siobhan Larkworth, of Business West, called …": the name's affiliation, set off
        # by commas, is no subject; "X, a geriatrician at Y who was not involved, said":
        # the relative clause describes the appositive's noun.
        if _AFFILIATION.match(pieces[-1]):
            return pieces[-2], pieces[-1]
        if _clean_np(pieces[-1]) is None:
            pieces = [*pieces[:-1], _RELATIVE_INSIDE.sub("", pieces[-1])]
    last = _clean_np(pieces[-1])
    if last is None:
        if len(pieces) >= 2 and is_title(pieces[-1]) and is_name(split_title(pieces[-2])[0]):
            # "Delphine Achterberg, director of the nonpartisan Fair Maps Alliance,
            # said": a job too long to be a subject is the name's appositive
            return pieces[-2], pieces[-1]
        return None
    if len(pieces) >= 2:
        before = _clean_np(pieces[-2])
        if (
            before
            and is_name(split_title(before)[0])
            and (is_title(last) or last.split()[0].lower() in ("a", "an", "the", "one"))
        ):
            # "Greg Brockman, OpenAI’s president, said", "Ana Ruiz, one of two GPs there, said"
            return before, last
        if before and is_title(before) and is_name(last):
            return last, before  # "Cisco's president, Jeetu Patel, says"
    return last, None


# An appositive giving where a person works: "of Business West", "from the RSPB".
# Whom a lawyer speaks for is one too: "Orla Quigley-Barr SC, for the defence, said", "X,
# prosecuting, said", and so is the part a person plays ("X, presiding, said").
_AFFILIATION = re.compile(
    r"(?:of|from|at) (?:the )?[A-Z]|(?:appearing |acting )?for the (?:defen[cs]e|prosecution|"
    r"state|crown|applicants?|respondents?|appellants?|plaintiffs?|claimants?|accused)\Z"
    r"|(?:prosecuting|defending|presiding|chairing|representing \w+)\Z"
)
# A relative clause closing a phrase: " who was not involved in the study".
_RELATIVE_INSIDE = re.compile(r" (?:who|which|whose) .*\Z")


def _subject_after(frame: str, verb_end: int) -> tuple[str, str | None] | None:
    before = _window_before(frame, verb_end).rstrip()
    head = before[: before.rfind(" ") + 1].rstrip() if " " in before else ""
    if head and not head.endswith((",", "”", '"', "Q", "—")):
        return None
    match = _INVERTED_NP.match(frame, verb_end)
    if not match:
        return None
    rest = frame[match.end() :].lstrip()
    speaker = _clean_np(match.group(1))
    if speaker is None:
        return None
    first = speaker.partition(" ")[0]  # _clean_np joins words with single spaces
    lower = first.lower()
    if lower in ("that", "to", "in", "at", "on", "it"):
        return None
    if not (
        first[0].isupper()
        or lower in ("the", "a", "an", "one", "his", "her")
        or split_title(speaker)[1] is not None  # "said council member Aisha Grant"
    ):
        return None
    title = None
    if rest.startswith(","):
        appos = _INVERTED_NP.match(rest, 1)
        if appos and is_title(appos.group(1)):
            title = appos.group(1).strip()
    return speaker, title


def _clean_np(phrase: str, max_words: int = 9, sourced: bool = False) -> str | None:
    text = phrase.strip().strip(",")
    words = text.split()
    # lower() makes and removes no white space and looks at no other word, so the lowered text
    # splits into the lowered words; replacing "’" keeps them in step as well.
    lowered_text = text.lower()
    lowered = lowered_text.split()
    straight = lowered_text.replace("’", "'").split() if "’" in lowered_text else lowered
    # The phrase is words[start:stop].
    start, stop = 0, len(words)
    while start < stop and lowered[start] in _CONNECTORS:
        start += 1
    while start < stop and lowered[stop - 1] in _TRAILING_ADVERBS:
        stop -= 1
    if start == stop or stop - start > max_words:
        return None
    if (
        stop - start > 1
        and lowered[stop - 1] in _SUBJECT_PRONOUNS
        and lowered[start] not in _DETERMINERS
    ):
        # "In some cases he told …": a phrase before the pronoun sets the scene; the
        # pronoun is the subject.  ("The letter he sent said …": the noun is.)
        start = stop - 1
    if lowered[stop - 1] in ("which", "who", "that"):
        # "a council which says it wants …": the verb is inside a relative clause that
        # describes the noun; it is not who the sentence is attributed to.
        return None
    if not _NEGATIONS.isdisjoint(straight[start:stop]):
        # "the board never asked teachers": a verb denied reports nobody's words.
        return None
    if not _AUXILIARIES.isdisjoint(straight[start:stop]):
        return None
    if not _SUBORDINATORS.isdisjoint(lowered[start + 1 : stop]):
        # "A few weeks after Altman told me" -> the clause's subject is "Altman".
        start = next(i for i in range(start + 1, stop) if lowered[i] in _SUBORDINATORS) + 1
        if start == stop:
            return None
    head = straight[start].partition("'")[0]
    if stop - start == 1 and lowered[start] in _NOT_SPEAKERS or head in _FIRST_PERSON:
        return None
    if lowered[stop - 1] in ("of", "to", "for", "with", "the", "a", "and", "in", "on"):
        return None
    head_noun = lowered[stop - 1].strip("’'")
    if not (
        sourced
        or words[start][0].isupper()
        or lowered[start] in _DETERMINERS
        or lowered[start] in PRONOUNS
        or (stop - start <= 4 and (head_noun in PEOPLE_NOUNS or head_noun in ROLE_WORDS))
        # A lower-case title before a name: "chief financial officer Ann Lee told analysts".
        or split_title(" ".join(words[start:stop]))[1] is not None
    ):
        return None
    return " ".join(words[start:stop])


def names_a_thing(phrase: str) -> bool:
    """Whether a speaker found is a thing counted off, not a person: "Every pothole reported
    to the city will be filled" ("Every official said" names people)."""
    lowered = phrase.lower().split()
    if len(lowered) < 2 or lowered[0] not in _QUANTIFIERS:
        return False
    return not names_people(lowered[-1].strip("’'"))


def names_people(noun: str) -> bool:
    """Whether a lower-case noun names a person or people ("officials", "resident", "director")."""
    return noun in PEOPLE_NOUNS or noun + "s" in PEOPLE_NOUNS or noun in ROLE_WORDS


_QUANTIFIERS = words("every each any no")


# Plural sources a sentence can be attributed to: "state health officials said".


_DETERMINERS = words(
    """
    the a an one two three several many some most his her their its our another other
    few both each people officials sources analysts experts critics
    """
)


def is_title(phrase: str) -> bool:
    """True for an appositive that gives a job ("OpenAI's head of alignment")."""
    words = {w.strip("’'.,").lower() for w in phrase.replace("’s", " ").split()}
    return bool(words & ROLE_WORDS)


def is_name(phrase: str) -> bool:
    """True for a capitalised name of one to four words, not an organisation."""
    words = phrase.split()
    if not 1 <= len(words) <= 4 or words[0].lower() in ("the", "a", "an"):
        return False
    for w in words:
        lower = w.lower()
        if lower in _PARTICLES:
            continue
        if not w[0].isupper() or lower.strip(".") in _ORG_WORDS:
            return False
    return True


def is_person_name(phrase: str, known_surnames: set[str]) -> bool:
    """A name likely to be a person's: first and last name, or a surname already seen."""
    if not is_name(phrase):
        return False
    words = [w for w in phrase.split() if w.lower() not in _PARTICLES]
    if len(words) >= 2:
        return not any(w.isupper() and len(w) > 1 for w in words)
    return phrase in known_surnames


def full_name(name: str, text: str, end: int, seen: dict[str, list[tuple[int, str]]]) -> str:
    """The full name given earlier in `text` (before `end`) for a surname met alone ("Marsh
    said" after "Lina Marsh"; "Ms. Marsh" too): a checker files one person under one label.
    Of two people who share a surname, the one named last before is meant.  `seen` caches
    each surname's full names by position; a name with no full one before is kept."""
    words = name.split()
    # A surname opened by particles is one surname: "Ó Flathartaigh", "van der Berg".
    particles = len(words) - 1
    while particles and words[particles - 1].lower() in _PARTICLES:
        particles -= 1
    if particles < len(words) - 1:
        surname = " ".join(words[particles:])
        lowered = surname[:1].lower() + surname[1:]  # "Van der Linde said" opening a sentence
        if f" {lowered}" in text:
            surname = lowered
        words = [*words[:particles], surname]
    if not words or (len(words) > 1 and not all(w.lower() in _TITLE_LEADS for w in words[:-1])):
        return name
    surname = words[-1]
    found = seen.get(surname)
    if found is None:
        found = _full_names_of(text, surname)
        seen[surname] = found
    i = bisect.bisect_left(found, end, key=lambda item: item[0])
    if i:
        return found[i - 1][1]
    if len(words) > 1:
        return name
    # A given name alone ("Ruairi says" after "Ruairi Gillanders-Pett"): how a text calls
    # siblings or a couple who share a surname, or a feature its subject.
    key = "given " + surname
    found = seen.get(key)
    if found is None:
        found = _named_with_given(text, surname)
        seen[key] = found
    i = bisect.bisect_left(found, end, key=lambda item: item[0])
    return found[i - 1][1] if i else name


def role_holder(phrase: str, text: str, end: int) -> str | None:
    """The person `text` named before `end` with the title a speaker like "the judge" refers
    back to ("Judge Ita Breen" … "“…,” the judge said"; "Detective Garda Ciaran Foyle" … "the
    detective agreed"): the last so named.  None for a phrase naming no role, or a role given
    to no name before: a checker files one person under one name, however a text calls them.
    An age refers back so too: "Ana Ruiz, 34," … "the 34-year-old said".  Only the last
    _ROLE_LOOKBACK characters are read: a role refers back a few pages at most, and a text
    read from its start at every "the judge said" costs the square of its length."""
    lowered = phrase.lower().split()
    start = max(0, end - _ROLE_LOOKBACK)
    if len(lowered) == 2 and lowered[0] == "the" and (age := _AGED.fullmatch(lowered[1])):
        named_aged = [m.group(1) for m in _named_aged(age.group(1)).finditer(text, start, end)]
        return next((n for n in reversed(named_aged) if is_name(n)), None)
    if len(lowered) < 2 or lowered[0] != "the" or lowered[-1] not in _REFERRING_ROLES:
        return None
    title = " ".join(lowered[1:])
    holder = None
    at = -1
    # The last so named wins: the mentions are read from the last back, and only until one
    # names a person (a court report says "the judge" hundreds of times).
    for m in reversed(list(_titled(title).finditer(text, start, end))):
        name = []
        for word in m.group(2).split():
            if not word[:1].isupper():
                break
            name.append(word)
        person = split_title(" ".join([m.group(1), *name]))[0] if name else ""
        if person and person != m.group(1) and is_name(person):
            holder, at = person, m.start()
            break
    # "Jo Bell, the health minister, said" … "the minister added": the title as appositive
    for m in reversed(list(_titled_after(title).finditer(text, max(at, start), end))):
        if m.start() <= at:
            break
        if is_name(m.group(1)):
            return m.group(1)
    return holder


_ROLE_LOOKBACK = 20_000
# Role nouns a text calls a person it named with that title before: "the judge", "the
# detective", "the minister".
_REFERRING_ROLES = ROLE_WORDS | words(
    "detective inspector constable garda sergeant superintendent councillor"
)


@cache
def _titled(title: str) -> re.Pattern[str]:
    """A title written before a name, in capitals ("Judge Ita Breen", "Detective Garda …")."""
    return re.compile(rf"\b((?i:{re.escape(title)}))((?: [\w’'\-.]+){{1,5}})")


_AGED = re.compile(r"(\d{1,3})-year-old")


@cache
def _named_aged(age: str) -> re.Pattern[str]:
    """A full name with its age beside it: "Ana Ruiz, 34,", "Ana Ruiz (34)", "Ana Ruiz, aged
    34"."""
    return re.compile(
        rf"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){{1,3}})(?:, (?:aged )?{age}\b| \({age}\))"
    )


@cache
def _titled_after(title: str) -> re.Pattern[str]:
    """A full name with the title as its appositive ("Jo Bell, the health minister,")."""
    return re.compile(
        rf"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){{1,3}}), (?:the|a|an) (?:[\w’'\-]+ ){{0,3}}?"
        rf"{re.escape(title)}\b"
    )


def _named_with_given(text: str, given: str) -> list[tuple[int, str]]:
    """Every full name in `text` opened by `given`, by position: "Ruairi Gillanders-Pett",
    and "Ailsa Gillanders-Pett" from "Ailsa and Ruairi Gillanders-Pett", whose surname
    is shared."""
    found: list[tuple[int, str]] = []
    if given.lower() in _NOT_A_GIVEN_NAME or given in ORGANISATIONS:
        return found  # "Google says" is not "Google Cloud"
    # Each mention found with str.find, then read with the pattern there: a pattern led by
    # "\b" is tried at every position of a long transcript, once for each name met alone.
    pattern = re.compile(rf"{re.escape(given)}((?: and [A-Z][\w’'\-]+)?) {_SURNAME}")
    pos = text.find(given)
    while pos >= 0:
        m = None if _is_word_char(text, pos - 1) else pattern.match(text, pos)
        pos = text.find(given, pos + 1)
        if m is None:
            continue
        surname = m.group(2)
        if _possessive_at(surname, len(surname) - 2):
            surname = surname[:-2]
        full = f"{given} {surname}"
        if is_name(full) and surname not in _BODY_OR_WORK_ENDINGS:
            found.append((m.start(), full))
    return found


# The surname after a given name: one capitalised word ("Gillanders-Pett") ending the
# name ("Parker Solar Probe" is a craft's).
_SURNAME = r"([A-Z][a-z][\w’'\-]*)\b(?! [A-Z])"


def _full_names_of(text: str, surname: str) -> list[tuple[int, str]]:
    """Every "Given Surname" in `text`, by position: found with str.find, which skips to each
    mention far faster than a pattern tried at every capital of a long article."""
    found: list[tuple[int, str]] = []
    needle = " " + surname
    pos = text.find(needle)
    while pos >= 0:
        after = pos + len(needle)
        if (
            after >= len(text)
            or not (text[after].isalnum() or text[after] in "’'-_")
            or _possessive_at(text, after)
        ):
            start = pos
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
                start -= 1
            given = text[start:pos]
            if not given:  # initials before the surname: "Eugene N. Parker", "P.J. Costello-Ward"
                start = _initials_before(text, pos + 1)
                first = _given_before(text, start)
                # two letters at least: "… and I. Donald, it's good" ends a sentence on "I"
                if first < start or (
                    start <= pos and sum(c.isupper() for c in text[start:pos]) >= 2
                ):
                    found.append((first, text[first:after]))
            elif (
                given[:1].isupper()
                and (start == 0 or text[start - 1] not in ".")
                and given.lower() not in _NOT_A_GIVEN_NAME
            ):
                start = _initials_before(text, start)
                found.append((start, text[start:after]))
        pos = text.find(needle, after)
    return found


def _given_before(text: str, start: int) -> int:
    """Where a given name ending a word before `start` begins ("Eugene" before "N. Parker"),
    or `start` when the word there is no given name."""
    end = start - 1
    if end <= 0 or text[end] != " ":
        return start
    first = end
    while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "’'-"):
        first -= 1
    given = text[first:end]
    if (
        not given[:1].isupper()
        or given.isupper()
        or given.lower() in _NOT_A_GIVEN_NAME
        or (first and text[first - 1] == ".")
    ):
        return start
    return first


def _initials_before(text: str, start: int) -> int:
    """Where initials before a name that starts at `start` begin ("K.P. Anil Kumar", "J. R.
    Ewing"), or `start`: they are part of the full name ("the U.S. " ending a phrase is not)."""
    initials = _INITIALS_BEFORE.search(text, max(start - 16, 0), start)
    if initials is None or (
        _is_word_char(text, initials.start() - 1)
        or text.endswith(("the ", "The "), 0, initials.start())
        or initials.group() in ("I. ", "A. ")  # "Donald and I. Donald Trump", "Plan A."
    ):
        return start
    return initials.start()


_INITIALS_BEFORE = re.compile(r"(?:[A-Z]\.\s?){1,3}\s\Z")


def _possessive_at(text: str, i: int) -> bool:
    """Whether text[i:] opens with a possessive "’s" ("Ewan Rathbourne’s play")."""
    return text[i : i + 2] in ("’s", "'s") and not _is_word_char(text, i + 2)


# Capitalised words before a surname that are not a given name ("Councilwoman Reyes").
_NOT_GIVEN = words(
    """
    senator councilwoman councilman councillor president minister judge justice officer
    chief coach manager captain professor governor mayor secretary inspector detective
    sergeant agent director chairman chairwoman in at on and but for of by with from to
    when while as after before said says told
    """
)
# Unions a name's test asks for at every mention, built once (an `in A | B` builds the set
# of both each time).
_NOT_A_GIVEN_NAME = _TITLE_LEADS | _NOT_GIVEN
_BODY_OR_WORK_ENDINGS = ORGANISATION_ENDINGS | WORK_ENDINGS


# What an honorific or a title says of a person's sex, for the "he" or "she" that follows.
_MALE_TITLES = words(
    """
    mr mr. sir lord baron spokesman chairman councilman congressman assemblyman businessman
    father grandfather husband son brother widower
    """
)
_FEMALE_TITLES = words(
    """
    mrs mrs. ms ms. miss dame lady baroness spokeswoman chairwoman councilwoman congresswoman
    assemblywoman businesswoman mother grandmother wife daughter sister widow
    """
)
# Which person a pronoun may point back to: one not known to be of the other sex.
_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@lru_cache(maxsize=4096)  # an article names the same few people again and again
def as_person(mention: str) -> tuple[str, str | None]:
    """The name a person speaks under, and their sex where a title tells it: "Dr Felix
    Ambrose-Tully" -> ("Felix Ambrose-Tully", None), "Mrs Lee's" -> ("Lee", "f").  A
    checker files one person under one label, whatever rank or honorific the text gives."""
    if mention.endswith(("’s", "'s")):
        mention = mention[:-2]
    name, title = split_title(mention)
    if not title:
        return name, None
    return name, _sex_of_title(title)


def _sex_of_title(title: str) -> str | None:
    """ "m" or "f" for a title that tells a sex ("Mrs", "the council's spokeswoman")."""
    lowered = {w.lower() for w in title.split()}
    if not lowered.isdisjoint(_MALE_TITLES):
        return "m"
    if not lowered.isdisjoint(_FEMALE_TITLES):
        return "f"
    return None


def sex_told(sentence: str, attribution: Attribution) -> str | None:
    """The sex an attributed sentence tells of its named speaker, for a "she said" that
    follows two people: a title that tells it ("X, a spokeswoman for Y, said"), or the
    pronoun opening the words reported when what follows is a state of mind ("X told the
    council she feared …", "X said he hoped …"), which only the speaker can report of
    themself.  ("Judge X said he had …" may be the accused: what anyone did is not enough.)"""
    if attribution.title and (sex := _sex_of_title(attribution.title)):
        return sex
    at = sentence.find(f"{attribution.verb} ")
    told = _REPORTED_PRONOUN.match(sentence, at + len(attribution.verb)) if at >= 0 else None
    return _PRONOUN_SEX[told.group(1)] if told else None


# The subject pronoun of the words a verb reports, after whom they were told to, with a
# state of mind: " she feared", " that he hoped", " the council she was sorry".
_REPORTED_PRONOUN = re.compile(
    r" (?:that |(?:the |a )?[a-z]+ (?:that )?)?(he|she) (?:(?:had )?(?:always |still |now )?"
    r"(?:feared|fears|hoped|hopes|believed|believes|thought|thinks|felt|feels|wanted|wants|"
    r"intended|intends|planned|plans|expected|expects|worried|worries|regretted|regrets|"
    r"wished|wishes|loved|loves|hated|hates)|(?:was|is) (?:sorry|proud|delighted|"
    r"disappointed|saddened|heartbroken|worried|afraid|glad|happy|relieved|angry|furious|"
    r"determined))\b"
)


def person_meant(
    pronoun: str, recent: list[str], sexes: dict[str, str], things: Set[str] = frozenset()
) -> str | None:
    """The person "he" or "she" points back to: the last named not known to be of the
    other sex ("his wife, Elowen, … she says" and then "he says" points past her).  With
    nobody of that sex named, the last person named: what the sex was learned from may
    have been wrong, and an attributed sentence is kept where one with no speaker may not.
    A pronoun means a person: a name among `things` (a work, a company the text calls one)
    or shaped like an organisation's ("Anglian Water", "Harbourside Records") is passed."""
    sex = _PRONOUN_SEX.get(pronoun)
    passed = False  # a person of the other sex named since
    unknown = None
    last = None  # the last person named, whatever their sex
    # Read back from the last named, and only as far as the answer: an article naming
    # thousands of people answers most pronouns at the first.
    for person in reversed(recent):
        if person in things or looks_like_a_thing(person):
            continue
        last = last or person
        known = sexes.get(person)
        if sex is None or known == sex:
            return person
        if known is None and not passed:
            return person
        if known is None:
            # "she" past a man named since: a woman the text has called "she" before is
            # meant rather than one whose sex nothing told ("Dr Ekow Mensah, … said", "Sir
            # Tom Hale called her …", "She retired" is the obituary's subject)
            unknown = unknown or person
        passed = True
    return unknown or last


def looks_like_a_thing(name: str) -> bool:
    """Whether a name is shaped like an organisation's or a work's, not a person's: a known
    one ("Reuters"), or one ending in an organisation's or a work's word ("Harbourside
    Records", "Chips Act") or a utility's ("National Grid", "Anglian Water")."""
    words = name.split()
    return (
        name in ORGANISATIONS
        or words[-1] in ORGANISATION_ENDINGS
        or words[-1] in WORK_ENDINGS
        or words[-1].lower() in _UTILITY_WORDS
        or words[0] in ORGANISATION_STARTS
    )


# A utility is named by what it supplies: "National Grid", "Anglian Water", "Tyne Metro".
_UTILITY_WORDS = words("grid water gas electricity railway metro airport trains buses ferries")


def defines_a_thing(sentence: str) -> str | None:
    """The name a sentence opens by calling a thing ("Salt Marsh Psalms is the duo's third
    album", "Ashgrove is a family firm"), or None: whatever "he" or "she" means, not that."""
    match = _DEFINED_AS_THING.match(sentence)
    return match.group(1) if match else None


# Nouns that call what a name names a thing (a work, a body), not a person.
_THING_NOUNS = WORK_NOUNS | words(
    """
    company firm band duo trio group charity utility operator business brand label venue
    restaurant club team startup start-up retailer chain publisher airline supplier
    """
)
_DEFINED_AS_THING = re.compile(
    r"([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,4}) (?:is|was|are|were) (?:the|a|an)"
    r"(?: (?!(?:of|at|in|for|with|from|to|by|who|that|which)\b)[\w’'\-]+){0,4}? "
    r"(?:" + "|".join(sorted(_THING_NOUNS)) + r")(?![\w’'\-])"
)


def apologiser(sentence: str) -> str | None:
    """The person a sentence says apologised ("Chief executive Ana Ruiz apologised in a
    video …" -> "Ana Ruiz"), or None.  An apology is a speech act but reports no words of
    its own ("The driver apologised and drove off" says nothing to check on anyone's word):
    not an attribution that sources the sentence, but whose act it tells, as "She called for
    a review" is hers."""
    match = _APOLOGY.match(sentence)
    if match is None:
        return None
    name = split_title(match.group(1))[0]
    return name if is_name(name) and " " in name and not looks_like_a_thing(name) else None


_APOLOGY = re.compile(r"((?:[\w’'\-.]+ ){1,6}?)(?:has |have )?apologi[sz](?:ed|es)\b")
