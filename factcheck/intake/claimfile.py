"""Claims files (CSV or JSON Lines): every row checked before a single one is stored.

A file is all or nothing, so the first bad row stops the import with ``file:line: reason``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import BadInput
from factcheck.extract import KINDS
from factcheck.intake.claimreview import looks_like_claimreview
from factcheck.intake.text import utf16_as_utf8
from factcheck.limits import CLAIMS_FILE_BYTES
from factcheck.sources.files import read_file

FIELDS = ("text", "id", "kind", "speaker", "note")
# Other names a spreadsheet gives its text column (a tip line's "claim", a survey's
# "statement"): read as `text`.
ALIASES = {"claim": "text", "statement": "text"}
# Past these a field is a pasted article or a broken export, not a claim.
MAX_LENGTH = {"text": 5_000, "id": 200, "kind": 20, "speaker": 300, "note": 20_000}
CLAIM_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
# Files named as articles are articles, whatever their first line looks like.
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx"}
MAX_BYTES = CLAIMS_FILE_BYTES  # the cap on a claims file (factcheck.limits says why)
# How much of a file's start tells a claims file from an article.
SNIFF_BYTES = 4096


def read_claims_bytes(path: Path, folders: Sequence[Path] | None = None) -> bytes:
    """A claims file's bytes, under the claims file's own cap, not an article's; inside the
    desk's ``folders`` when given (`factcheck.sources.files.open_regular`)."""
    return read_file(path, MAX_BYTES, "a claims file", folders=folders)


def read_head(path: Path, folders: Sequence[Path] | None = None) -> bytes:
    """The start of a file, enough to tell a claims file from an article (of any size: the
    cap that applies depends on which it is)."""
    return read_file(path, SNIFF_BYTES, "a file", head=True, folders=folders)


@dataclass(frozen=True)
class ClaimRow:
    line: int
    text: str
    external_id: str | None = None
    kind: str | None = None
    speaker: str | None = None
    note: str | None = None


def claim_file_format(path: Path, head: bytes) -> str | None:
    """``csv`` or ``jsonl`` when the file is a claims file, ``claimreview`` for a feed of
    other desks' fact-checks (ClaimReview JSON-LD), ``None`` when it is an article."""
    if looks_like_claimreview(head):
        return "claimreview"
    form = CLAIM_SUFFIXES.get(path.suffix.lower())
    if form:
        return form
    if path.suffix.lower() == ".json":
        return "jsonl"
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        return None
    first = head.lstrip().split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and first.endswith(b"}"):
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else None
        except (ValueError, UnicodeDecodeError):
            return None
    return None


def read_claim_file(
    path: Path, form: str | None = None, folders: Sequence[Path] | None = None
) -> list[ClaimRow]:
    data = read_claims_bytes(path, folders)
    form = form or claim_file_format(path, data[:SNIFF_BYTES]) or "jsonl"
    name = str(path)
    if not data.strip():
        raise BadInput("the file is empty", subject=name)
    text = _decode(data, name)
    rows = _read_csv(text, name, path.suffix.lower()) if form == "csv" else _read_jsonl(text, name)
    if not rows:
        raise BadInput("no claims in the file", subject=name)
    return rows


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM allowed) or UTF-16 with its BOM, as spreadsheets save "Unicode text";
    line ends made ``\\n``, also inside a quoted multi-line cell."""
    data = utf16_as_utf8(data, name)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x})", subject=f"{name}:{line}"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_csv(text: str, name: str, suffix: str) -> list[ClaimRow]:
    delimiter = "\t" if suffix == ".tsv" else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise BadInput("the file is empty", subject=name) from None
    except csv.Error as exc:
        raise BadInput(f"not valid CSV: {exc}", subject=f"{name}:1") from None
    columns = [c.strip().lower() for c in header]
    _check_columns(columns, name, 1)
    columns = [ALIASES.get(c, c) for c in columns]
    rows = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(columns):
                raise BadInput(
                    f"{len(record)} fields where the header has {len(columns)}",
                    subject=f"{name}:{line}",
                )
            rows.append(_row(dict(zip(columns, record, strict=True)), name, line))
    except csv.Error as exc:
        raise BadInput(f"not valid CSV: {exc}", subject=f"{name}:{reader.line_num}") from None
    return rows


def _read_jsonl(text: str, name: str) -> list[ClaimRow]:
    rows = []
    for line, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            # Numbers are kept as written (1e3 stays "1e3"); NaN and Infinity are not JSON.
            record = json.loads(
                raw, parse_float=str, parse_int=str, parse_constant=_not_json(name, line)
            )
        except ValueError as exc:
            raise BadInput(f"invalid JSON: {exc.msg}", subject=f"{name}:{line}") from None
        if not isinstance(record, dict):
            raise BadInput(
                f"expected a JSON object, got {type(record).__name__}", subject=f"{name}:{line}"
            )
        _check_columns(list(record), name, line)
        record = {ALIASES.get(k, k): v for k, v in record.items()}
        for key, value in record.items():
            if value is not None and not isinstance(value, str):
                shown = json.dumps(value) if isinstance(value, bool) else type(value).__name__
                raise BadInput(f"{key} must be text, not {shown}", subject=f"{name}:{line}")
        rows.append(_row({k: None if v is None else str(v) for k, v in record.items()}, name, line))
    return rows


def _not_json(name: str, line: int):
    def refuse(constant: str):
        raise BadInput(f"{constant} is not JSON; put the text in quotes", subject=f"{name}:{line}")

    return refuse


def _check_columns(columns: list[str], name: str, line: int) -> None:
    unknown = [c for c in columns if c not in FIELDS and c not in ALIASES]
    if unknown:
        raise BadInput(
            f"unknown column{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(c) for c in unknown)} (known: {', '.join(FIELDS)})",
            subject=f"{name}:{line}",
        )
    texts = [c for c in columns if ALIASES.get(c, c) == "text"]
    if not texts:
        raise BadInput("no 'text' column", subject=f"{name}:{line}")
    if len(set(texts)) > 1:
        raise BadInput(
            f"{' and '.join(repr(c) for c in texts)} both give the text; keep one",
            subject=f"{name}:{line}",
        )
    duplicated = {c for c in columns if columns.count(c) > 1}
    if duplicated:
        raise BadInput(
            f"column {', '.join(sorted(duplicated))} given twice", subject=f"{name}:{line}"
        )


def _row(record: dict[str, str | None], name: str, line: int) -> ClaimRow:
    values: dict[str, str | None] = {}
    for field in FIELDS:
        value = record.get(field)
        value = value.strip() if value is not None else None
        if value and len(value) > MAX_LENGTH[field]:
            raise BadInput(
                f"{field} is {len(value):,} characters (at most {MAX_LENGTH[field]:,})",
                subject=f"{name}:{line}",
            )
        if value and any(ord(ch) < 32 and ch not in "\t\n" for ch in value):
            raise BadInput(f"{field} holds control characters", subject=f"{name}:{line}")
        values[field] = value or None
    if not values["text"]:
        raise BadInput("missing text", subject=f"{name}:{line}")
    kind = values["kind"]
    if kind is not None and kind.lower() not in KINDS:
        raise BadInput(
            f"unknown kind {kind!r} (known: {', '.join(KINDS)})", subject=f"{name}:{line}"
        )
    return ClaimRow(
        line=line,
        text=values["text"],
        external_id=values["id"],
        kind=kind.lower() if kind else None,
        speaker=values["speaker"],
        note=values["note"],
    )
