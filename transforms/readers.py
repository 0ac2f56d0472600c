"""Readers: input files in, `RawRecord`s (or `Rejected`s with a reason) out. No normalisation happens here beyond
decoding; `transforms.documents` turns records into `documents` rows.

Supported inputs (by file extension):

| extension | reader | one record per |
|---|---|---|
| `.txt`, `.text` | txt | file; optional leading header lines `date YYYY-MM-DD`, `title ...`, `url ...`, `id ...` |
| `.jsonl`, `.ndjson` | jsonl | line (a JSON object) |
| `.json` | json | array item, the single object, or line (JSON Lines saved as .json) |
| `.csv` | csv | row (header required; `text` or an alias column required) |
| `.html`, `.htm` | html | page; main text by trafilatura, navigation/boilerplate dropped |
| `.xml`, `.rss`, `.atom` | feed | RSS/Atom item; full text from `content:encoded`/`content`, else the summary |

JSON and CSV fields: `id`, `published_date`, `url`, `title`, `text`; accepted aliases are listed in
`FIELD_ALIASES`, and every record says in `fields_used` which input field filled which column.

Walking a folder is recursive and sorted. Hidden files and folders, and `README*`, `LICENSE*`, `NOTICE*` files are
skipped (counted as skipped, not read). A file given explicitly is always read. Any other file with an unknown
extension is rejected with PF105 so that nothing is dropped silently.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from transforms.errors import ErrorCode

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "source_id", "doc_id", "guid", "uid"),
    "published_date": ("published_date", "date", "published", "published_at", "pubdate", "pub_date", "datetime"),
    "url": ("url", "link", "source_url", "href"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "full_text"),
}
TEXT_EXTENSIONS = (".txt", ".text")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
JSON_EXTENSIONS = (".json",)
CSV_EXTENSIONS = (".csv",)
HTML_EXTENSIONS = (".html", ".htm")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
SUPPORTED_EXTENSIONS = (TEXT_EXTENSIONS + JSONL_EXTENSIONS + JSON_EXTENSIONS + CSV_EXTENSIONS + HTML_EXTENSIONS
                        + FEED_EXTENSIONS)
SKIPPED_NAME_PREFIXES = ("readme", "license", "licence", "notice")
RAW_KEEP_CHARS = 64 * 1024
MIN_HTML_WORDS = 8  # an HTML page whose main text is shorter is a page without an article


@dataclass(frozen=True)
class ReaderConfig:
    """Limits of the readers.

    max_file_bytes: files larger than this are rejected whole (PF104) without being read.
    max_record_chars: records whose text is longer than this are rejected (PF303).
    """

    max_file_bytes: int = 256 * 1024 * 1024
    max_record_chars: int = 2_000_000


class RawRecord(NamedTuple):
    """One input document as read, before normalisation."""

    source_path: str
    line: int | None
    own_id: str | None
    url: str | None
    title: str | None
    published: object | None
    text: object | None
    reader: str
    fields_used: str
    raw: str


class Rejected(NamedTuple):
    """An input that cannot become a document, with a stable code and a reason a person can act on."""

    source_path: str
    line: int | None
    source_id: str | None
    code: ErrorCode
    reason: str
    raw: str
    raw_bytes: int

    def message(self) -> str:
        where = self.source_path + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {self.code.name} {self.reason}"


class Skipped(NamedTuple):
    """A file in a walked folder that is not an input (hidden, README, LICENSE...)."""

    source_path: str


def display_path(path: Path) -> str:
    """The path as written in outputs: relative to the working directory when under it, else absolute; POSIX."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped | Rejected]:
    """Every input file under `paths` (files, or folders walked recursively in sorted order)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if name.startswith(".") or name.lower().startswith(SKIPPED_NAME_PREFIXES):
                        yield Skipped(display_path(f))
                    else:
                        yield f
        elif path.exists():
            yield path
        else:
            yield Rejected(str(p), None, None, ErrorCode.PF101, "no such file or folder", "", 0)


def records_from_file(path: Path, *, config: ReaderConfig = ReaderConfig()) -> Iterator[RawRecord | Rejected]:
    """Every record of one input file; problems come out as `Rejected` and never stop the other records."""
    shown = display_path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        yield _rejected(shown, None, None, ErrorCode.PF105,
                        f"unsupported file type '{suffix or '(none)'}'; supported: {', '.join(SUPPORTED_EXTENSIONS)}",
                        b"")
        return
    try:
        size = path.stat().st_size
        if size > config.max_file_bytes:
            yield _rejected(shown, None, None, ErrorCode.PF104,
                            f"file is {size:,} bytes, over the limit of {config.max_file_bytes:,} "
                            "(split it, or raise --max-file-bytes)", b"")
            return
        if suffix in JSONL_EXTENSIONS and _streamable(path):
            yield from _jsonl_file_records(path, shown)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _rejected(shown, None, None, ErrorCode.PF101, f"cannot read file: {exc.strerror or exc}", b"")
        return
    yield from records_from_bytes(data, source_path=shown, suffix=suffix, config=config)


def records_from_bytes(data: bytes, *, source_path: str, suffix: str,
                       config: ReaderConfig = ReaderConfig()) -> Iterator[RawRecord | Rejected]:
    """Every record in `data`, read as a file of type `suffix` (used for files and for fetched bodies)."""
    if suffix in HTML_EXTENSIONS:
        yield from _html_records(data, source_path)
        return
    if suffix in FEED_EXTENSIONS:
        yield from _feed_records(data, source_path)
        return
    if _looks_binary(data):
        yield _rejected(source_path, None, None, ErrorCode.PF102,
                        "binary file (NUL bytes found); expected UTF-8 text", data)
        return
    text = _decoded(data)
    if isinstance(text, Rejected):
        yield text._replace(source_path=source_path)
        return
    if suffix in TEXT_EXTENSIONS:
        yield _txt_record(text, source_path)
    elif suffix in JSONL_EXTENSIONS:
        yield from _jsonl_records(text, source_path)
    elif suffix in JSON_EXTENSIONS:
        yield from _json_records(text, source_path)
    elif suffix in CSV_EXTENSIONS:
        yield from _csv_records(text, source_path)


def _rejected(source_path: str, line: int | None, source_id: str | None, code: ErrorCode, reason: str,
              raw: bytes | str) -> Rejected:
    raw_text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    raw_bytes = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", errors="replace"))
    return Rejected(source_path, line, source_id, code, reason, raw_text[:RAW_KEEP_CHARS], raw_bytes)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM has NUL bytes but is text
    return b"\x00" in head


def _decoded(data: bytes) -> str | Rejected:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is rejected rather than guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return _rejected("", None, None, ErrorCode.PF103, f"invalid UTF-16 at byte {exc.start}", data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return _rejected("", line, None, ErrorCode.PF103,
                         f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
                         "re-encode the file as UTF-8", data)


_HEADER = re.compile(r"^(date|title|url|id)(?::\s*|\s+)(\S.*?)\s*$")


def _txt_record(text: str, source_path: str) -> RawRecord:
    """A .txt document; leading `key value` header lines (date, title, url, id) become metadata."""
    lines = text.splitlines(keepends=True)
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER.match(lines[i].rstrip("\r\n"))
        if not m or m.group(1) in meta:
            break
        meta[m.group(1)] = m.group(2)
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        i += 1
    if meta and i < len(lines) and lines[i].strip() and not _HEADER.match(lines[i]) and len(meta) == 1 \
            and "date" not in meta:
        # a lone "title ..." or "url ..." line followed directly by prose is part of the body, not a header
        meta, i = {}, 0
    body = "".join(lines[i:])
    used = ",".join(f"header:{k}" for k in meta) or "body"
    return RawRecord(source_path, None, meta.get("id"), meta.get("url"), meta.get("title"), meta.get("date"), body,
                     "txt", used, text)


def _mapped(obj: dict) -> tuple[dict[str, object], str]:
    """The canonical fields of a JSON/CSV record and a note of which input field filled each."""
    lowered = {str(k).strip().lower(): v for k, v in obj.items() if k is not None}
    out: dict[str, object] = {}
    notes = []
    for canonical, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = lowered.get(alias)
            if value is not None and (value != "" or canonical == "text"):  # an empty text is reported as empty
                out[canonical] = value
                notes.append(canonical if alias == canonical else f"{alias}->{canonical}")
                break
    return out, ",".join(notes)


def _record_from_object(obj: object, source_path: str, line: int | None, reader: str,
                        raw: str) -> RawRecord | Rejected:
    if not isinstance(obj, dict):
        return _rejected(source_path, line, None, ErrorCode.PF202,
                         f"expected a JSON object, got {type(obj).__name__}", raw)
    fields, used = _mapped(obj)
    own_id = fields.get("id")
    own_id = None if own_id is None else str(own_id)
    text = fields.get("text")
    if text is not None and not isinstance(text, str):
        return _rejected(source_path, line, own_id, ErrorCode.PF301,
                         f"field 'text' must be a string, got {type(text).__name__}", raw)
    return RawRecord(source_path, line, own_id, _str_or_none(fields.get("url")), _str_or_none(fields.get("title")),
                     fields.get("published_date"), text, reader, used, raw)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _jsonl_records(text: str, source_path: str, reader: str = "jsonl", *,
                   first_line: int = 1) -> Iterator[RawRecord | Rejected]:
    for n, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _rejected(source_path, n, None, ErrorCode.PF201,
                            f"malformed JSON: {exc.msg} at column {exc.colno}", line)
            continue
        yield _record_from_object(obj, source_path, n, reader, line)


def _streamable(path: Path) -> bool:
    """A file to read line by line: not UTF-16 and not binary at its start (those are judged whole, once)."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    return not head.startswith((b"\xff\xfe", b"\xfe\xff")) and not _looks_binary(head)


def _jsonl_file_records(path: Path, source_path: str) -> Iterator[RawRecord | Rejected]:
    """A UTF-8 JSONL file read line by line: memory holds one line, not the file (a corpus file of any size
    streams through the ingest stage). A line that is not UTF-8 or has a NUL byte is rejected alone (PF103/PF102),
    naming its line; the other lines go on. UTF-16 files (BOM) and files binary from the start are judged whole by
    `records_from_bytes`."""
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if b"\x00" in raw:
                yield _rejected(source_path, n, None, ErrorCode.PF102,
                                f"binary data (NUL bytes) on line {n}; expected UTF-8 text", raw)
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield _rejected(source_path, n, None, ErrorCode.PF103,
                                f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}, line {n}); "
                                "re-encode the file as UTF-8", raw)
                continue
            yield from _jsonl_records(line.rstrip("\r\n"), source_path, first_line=n)


def _json_records(text: str, source_path: str) -> Iterator[RawRecord | Rejected]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines saved with a .json extension
            yield from _jsonl_records(text, source_path, reader="json")
        else:
            yield _rejected(source_path, exc.lineno, None, ErrorCode.PF201,
                            f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", text)
        return
    items = doc if isinstance(doc, list) else [doc]
    for n, obj in enumerate(items, start=1):
        raw = json.dumps(obj, ensure_ascii=False)
        yield _record_from_object(obj, source_path, n if isinstance(doc, list) else None, "json", raw)


def _csv_records(text: str, source_path: str) -> Iterator[RawRecord | Rejected]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [str(h).strip().lower() for h in (reader.fieldnames or [])]
    if not any(a in header for a in FIELD_ALIASES["text"]):
        yield _rejected(source_path, 1, None, ErrorCode.PF203,
                        f"CSV header has no text column (one of {', '.join(FIELD_ALIASES['text'])}); "
                        f"header is {header}", text[:RAW_KEEP_CHARS])
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield _rejected(source_path, start, None, ErrorCode.PF203, f"malformed CSV: {exc}", "")
            return
        raw = json.dumps(row, ensure_ascii=False)
        if None in row:
            yield _rejected(source_path, start, None, ErrorCode.PF203,
                            f"row has {len(header) + len(row[None])} fields, the header has {len(header)}", raw)
        else:
            yield _record_from_object(row, source_path, start, "csv", raw)
        start = reader.line_num + 1


def _html_records(data: bytes, source_path: str) -> Iterator[RawRecord | Rejected]:
    import trafilatura

    if _looks_binary(data):
        yield _rejected(source_path, None, None, ErrorCode.PF102, "binary file (NUL bytes found); expected HTML", data)
        return
    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False,
                                          date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # trafilatura raises many types on broken markup
        yield _rejected(source_path, None, None, ErrorCode.PF204, f"HTML could not be parsed: {exc}", data)
        return
    text = (doc.text or "") if doc is not None else ""
    if len(text.split()) < MIN_HTML_WORDS:
        # trafilatura falls back to whatever text there is (a menu, a cookie banner) when a page has no article
        yield _rejected(source_path, None, None, ErrorCode.PF305,
                        f"no main text found in the HTML page (fewer than {MIN_HTML_WORDS} words outside "
                        "navigation/boilerplate)", data)
        return
    title = doc.title or None
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]  # trafilatura repeats the <h1> headline as the first line
    yield RawRecord(source_path, None, None, doc.url or None, title, doc.date or None, "\n\n".join(paragraphs),
                    "html", "trafilatura:text,title,date,url", data.decode("utf-8", errors="replace"))


def _feed_records(data: bytes, source_path: str) -> Iterator[RawRecord | Rejected]:
    import feedparser

    with warnings.catch_warnings():  # feedparser warns about its own updated->published fallback on access
        warnings.simplefilter("ignore", DeprecationWarning)
        items = list(_feed_items(feedparser.parse(data), data, source_path))
    yield from items


def _feed_items(parsed, data: bytes, source_path: str) -> Iterator[RawRecord | Rejected]:
    from transforms.text import html_fragment_text

    if not parsed.entries:
        why = f"{parsed.get('bozo_exception')}" if parsed.get("bozo") else "no items"
        yield _rejected(source_path, None, None, ErrorCode.PF204, f"not a readable RSS/Atom feed: {why}", data)
        return
    for n, entry in enumerate(parsed.entries, start=1):
        own_id = entry.get("id") or entry.get("link")
        contents = entry.get("content") or []
        if contents and contents[0].get("value", "").strip():
            body, used = contents[0]["value"], "content->text"
        else:
            body, used = entry.get("summary", ""), "summary->text (feed carries no full text)"
        kind = (contents[0].get("type") if contents else entry.get("summary_detail", {}).get("type")) or "text/html"
        text = html_fragment_text(body) if "html" in kind else body
        published = entry.get("published") or entry.get("updated")
        raw = json.dumps({k: entry.get(k) for k in ("id", "title", "link", "published", "updated")}, default=str,
                         ensure_ascii=False) + "\n" + body
        yield RawRecord(source_path, n, own_id, entry.get("link"), entry.get("title"), published, text, "feed",
                        "id,title,link->url,published->published_date," + used, raw)
