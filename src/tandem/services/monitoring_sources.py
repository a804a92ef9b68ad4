"""Reading inputs into articles: files, folders, URLs, HTML pages, JSON/JSONL and feeds.

Each input gives articles or a reason it was skipped; one bad input never stops the batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tandem.domain.errors import InvalidInput
from tandem.domain.monitoring_report import Article

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Skipped:
    input: str
    why: str


Item = Article | Skipped


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def read_inputs(inputs: list[str]) -> Iterator[Item]:
    """Every article the inputs hold, in order; a folder is read recursively."""
    for given in inputs:
        if is_url(given):
            yield from _guard(given, _from_url, given)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for p in files:
                yield from _guard(str(p), _from_file, p)
        elif path.is_file():
            yield from _guard(given, _from_file, path)
        else:
            yield Skipped(given, "there is no such file, folder or http(s) URL")


def _guard(name: str, read: Callable[[Any], list[Item]], arg: Any) -> Iterator[Item]:
    try:
        yield from read(arg)
    except InvalidInput as exc:
        yield Skipped(name, exc.message)


def _from_file(path: Path) -> list[Item]:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"it is larger than {MAX_BYTES // 1_000_000} MB")
    if b"\x00" in data[:8192]:
        raise InvalidInput("it is a binary file, not text")
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _from_json(path.name, _decode(data))
    if suffix == ".jsonl":
        return _from_jsonl(path.name, _decode(data))
    if suffix in FEED_SUFFIXES:
        return _from_feed(path.name, data)
    if suffix in (".html", ".htm"):
        return [_from_html(path.name, None, _decode(data))]
    text = _decode(data)
    if text.lstrip().startswith(("<!DOCTYPE", "<html", "<HTML", "<!doctype")):
        return [_from_html(path.name, None, text)]
    return [_from_text(path.name, text)]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("it is not UTF-8 text") from None


def _from_text(name: str, text: str) -> Article:
    """Plain text: a title line, then optional `Outlet:`/`Date:`/`URL:` lines, then the text."""
    lines = text.strip().splitlines()
    if not lines:
        raise InvalidInput("it is empty")
    title = lines[0].strip()
    fields: dict[str, str] = {}
    rest = lines[1:]
    while (
        rest
        and ":" in rest[0]
        and rest[0].split(":", 1)[0].strip().lower()
        in (
            "outlet",
            "date",
            "published",
            "url",
        )
    ):
        key, value = rest.pop(0).split(":", 1)
        fields[key.strip().lower()] = value.strip()
    published = fields.get("date") or fields.get("published")
    url = fields.get("url")
    return _article(name, url, title, fields.get("outlet"), published, "\n".join(rest))


def _article(
    name: str,
    url: str | None,
    title: str | None,
    outlet: str | None,
    published: str | date | None,
    text: str | None,
) -> Article:
    text = (text or "").strip()
    if not text:
        raise InvalidInput("it holds no article text")
    from tandem.domain.monitoring import check_english

    check_english(text)
    day = _parse_day(published)
    if day is None:
        raise InvalidInput(
            "it has no date; give its published date (JSON field 'published', or a 'Date:' line)"
        )
    return Article(url or name, url, (title or "").strip() or text[:80], outlet, day, text)


def _parse_day(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError):
        raise InvalidInput(f"its date '{text[:40]}' is not a date (use YYYY-MM-DD)") from None


def _from_json(name: str, text: str) -> list[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidInput(f"it is not JSON ({exc})") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InvalidInput("it is an empty list: no articles")
    return [_json_article(f"{name}[{i}]" if isinstance(data, list) else name, a, name)
            for i, a in enumerate(items)]  # fmt: skip


def _from_jsonl(name: str, text: str) -> list[Item]:
    out: list[Item] = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(_json_article(f"{name}:{i}", json.loads(line), name))
        except ValueError as exc:
            out.append(Skipped(f"{name}:{i}", f"line {i} is not JSON ({exc})"))
    if not out:
        raise InvalidInput("it holds no lines: no articles")
    return out


def from_objects(objects: Sequence[Any], where: str, *, numbered: bool = True) -> list[Item]:
    """Articles given as JSON objects (the API's body), each named by its URL, else its
    title, else `where[i]` (or `where` when not `numbered`)."""
    out: list[Item] = []
    for i, data in enumerate(objects):
        place = f"{where}[{i}]" if numbered else where
        title = data.get("title") if isinstance(data, dict) else None
        name = title.strip() if isinstance(title, str) and title.strip() else place
        out.append(_json_article(place, data, name))
    return out


def _json_article(where: str, data: Any, name: str) -> Item:
    """An article given as JSON: url, title, outlet, published, text."""
    if not isinstance(data, dict):
        return Skipped(where, "an article is a JSON object with url, title, published and text")
    try:
        fields = [data.get(k) for k in ("url", "title", "outlet", "published", "text")]
        if not all(v is None or isinstance(v, str) for v in fields):
            raise InvalidInput("the fields url, title, outlet, published and text are strings")
        url, title, outlet, published, text = fields
        return _article(name, url, title, outlet, published, text)
    except InvalidInput as exc:
        return Skipped(where, exc.message)


def _from_html(name: str, url: str | None, html: str) -> Article:
    import trafilatura

    if not html.strip():
        raise InvalidInput("it is an empty page")
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        doc = found if isinstance(found, dict) or found is None else found.as_dict()
    except Exception:  # trafilatura's parser failing on a page is that page's problem
        doc = None
    if not isinstance(doc, dict) or not doc.get("text"):
        raise InvalidInput("no article text could be found in the page (broken or empty HTML)")
    return _article(
        name if url is None else url,
        url,
        doc.get("title"),
        doc.get("sitename"),
        doc.get("date"),
        doc["text"],
    )


def _from_feed(name: str, data: bytes, url: str | None = None) -> list[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries and (feed.bozo or not feed.get("version")):
        raise InvalidInput("it is not an RSS or Atom feed")
    outlet = feed.feed.get("title")
    out: list[Item] = []
    for i, entry in enumerate(feed.entries):
        where = entry.get("link") or f"{url or name}#{i + 1}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        try:
            text = _html_text(body) if "<" in body else body
            published = None
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            if stamp:
                published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            out.append(_article(where, entry.get("link"), entry.get("title"), outlet,
                                published, text))  # fmt: skip
        except InvalidInput as exc:
            out.append(Skipped(where, exc.message))
    return out


def _html_text(fragment: str) -> str:
    import lxml.html

    try:
        return str(lxml.html.fromstring(fragment).text_content())
    except Exception:  # a fragment lxml cannot parse is read as text
        return fragment


def _from_url(url: str) -> list[Item]:
    import httpx

    try:
        response = httpx.get(url, timeout=20, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise InvalidInput(f"it could not be fetched ({type(exc).__name__})") from None
    if response.status_code >= 400:
        raise InvalidInput(f"the server answered {response.status_code}")
    data = response.content
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"it is larger than {MAX_BYTES // 1_000_000} MB")
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    head = data[:500].lstrip().lower()
    if "rss" in kind or "atom" in kind or head.startswith((b"<?xml", b"<rss", b"<feed")):
        return _from_feed(url, data, url)
    if kind == "application/json" or url.endswith(".json"):
        return [_with_url(i, url) for i in _from_json(url, response.text)]
    if url.endswith(".jsonl"):
        return _from_jsonl(url, response.text)
    if kind.startswith("text/html") or head.startswith((b"<!doctype", b"<html")):
        return [_from_html(url, url, response.text)]
    if kind.startswith("text/"):
        article = _from_text(url, response.text)
        return [Article(url, url, article.title, article.outlet, article.published,
                        article.text)]  # fmt: skip
    raise InvalidInput(f"it is {kind or 'of no stated type'}, not text, HTML, JSON or a feed")


def _with_url(item: Item, url: str) -> Item:
    if isinstance(item, Article) and item.url is None:
        return Article(url, url, item.title, item.outlet, item.published, item.text)
    return item
