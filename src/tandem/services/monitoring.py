"""Open-source monitoring: ingest articles, extract reports, match them, alert, review.

An article, its reports, and any `unnotified` alert they raise are recorded in one
transaction; one article failing to read never stops the batch (docs/monitoring.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from tandem.domain import monitoring_match as matching
from tandem.domain.alerts import AlertKind, raise_alert
from tandem.domain.errors import InvalidInput, InvalidTransition, NotFound
from tandem.domain.events import Event
from tandem.domain.measures import Status, check_text
from tandem.domain.monitoring import extract
from tandem.domain.monitoring_report import Article, Report
from tandem.domain.parties import Action
from tandem.domain.plover import category as plover_category
from tandem.services.context import App, Context, reading, writing
from tandem.services.monitoring_sources import Item, Skipped, from_objects, read_inputs
from tandem.services.views import JSONDict
from tandem.store.monitoring import Monitoring

NUM_PERM = 64
NEAR_COPY = 0.7
Progress = Callable[[str], None]


@lru_cache(maxsize=1)
def codebook() -> dict[str, tuple[str, int]]:
    """CAMEO codes with their names and Goldstein weights (tenths), as pacing ships them."""
    from tandem.services.pacing import goldstein

    return goldstein()


def _shingles(text: str) -> set[bytes]:
    words = text.lower().split()
    return {" ".join(words[i : i + 3]).encode() for i in range(max(len(words) - 2, 1))}


def minhash(text: str) -> Any:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    m.update_batch(list(_shingles(text)))
    return m


def _hex(m: Any) -> str:
    return "".join(f"{int(v):016x}" for v in m.hashvalues)


def _from_hex(text: str) -> Any:
    import numpy as np
    from datasketch import MinHash

    values = np.array([int(text[i : i + 16], 16) for i in range(0, len(text), 16)], np.uint64)
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme="affine32")


class _Seen:
    """What was read before: URLs, texts and near-copies (MinHash LSH over 3-word shingles)."""

    def __init__(self, store: Monitoring) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=NEAR_COPY, num_perm=NUM_PERM)
        self.signatures: dict[str, Any] = {}
        self.urls: set[str] = set()
        self.digests: set[str] = set()
        for article_id, signature in store.signatures():
            self._insert(str(article_id), _from_hex(signature))

    def _insert(self, key: str, sig: Any) -> None:
        self.lsh.insert(key, sig)
        self.signatures[key] = sig

    def duplicate(self, store: Monitoring, url: str | None, digest: str, sig: Any) -> str | None:
        if url and (url in self.urls or store.seen(url=url) is not None):
            return "the same URL was read before"
        if digest in self.digests or store.seen(digest=digest) is not None:
            return "the same text was read before"
        # LSH finds candidates; the estimated similarity decides (fewer false alarms).
        if any(self.signatures[k].jaccard(sig) >= NEAR_COPY for k in self.lsh.query(sig)):
            return "a near-copy of an article read before (the same wire story)"
        return None

    def add(self, key: int, url: str | None, digest: str, sig: Any) -> None:
        if url:
            self.urls.add(url)
        self.digests.add(digest)
        self._insert(str(key), sig)


def ingest(
    app: App,
    user_name: str,
    inputs: Sequence[str],
    *,
    at: datetime | None = None,
    progress: Progress | None = None,
) -> JSONDict:
    """Read every input; record each new article with its reports. The summary counts what
    was read, what was skipped and why, the duplicates, and the reports found."""
    return _ingest(app, user_name, lambda: read_inputs(list(inputs)), at, progress)


def ingest_articles(
    app: App,
    user_name: str,
    articles: Sequence[JSONDict],
    *,
    listed: bool = True,
    at: datetime | None = None,
) -> JSONDict:
    """Articles given as JSON objects (`url`, `title`, `outlet`, `published`, `text`), as
    over the API: the same reading, checks and summary as `ingest`; one that cannot be read
    (no text, no date, not English) is skipped with why, named `body[i]` in a list (`listed`)
    and `body` alone."""
    return _ingest(
        app, user_name, lambda: from_objects(articles, "body", numbered=listed), at, None
    )


def _ingest(
    app: App,
    user_name: str,
    items: Callable[[], Iterable[Item]],
    at: datetime | None,
    progress: Progress | None,
) -> JSONDict:
    with reading(app) as ctx:
        ctx.user(user_name).require(Action.OBSERVE)
        seen = _Seen(Monitoring(ctx.uow.conn))
    read = duplicates = reports = 0
    skipped: list[JSONDict] = []
    for item in items():
        if progress:
            progress(item.input if isinstance(item, Skipped) else item.name)
        if isinstance(item, Skipped):
            skipped.append({"input": item.input, "why": item.why})
            continue
        digest = hashlib.sha256(item.text.encode()).hexdigest()
        sig = minhash(item.text)
        with writing(app, at) as ctx:
            store = Monitoring(ctx.uow.conn)
            if seen.duplicate(store, item.url, digest, sig):
                duplicates += 1
                continue
            try:
                found = extract(item, codebook())
            except InvalidInput as exc:
                skipped.append({"input": item.name, "why": exc.message})
                continue
            article_id = ctx.next_id("article")
            events = [_article_event(item, article_id, digest, _hex(sig), ctx)]
            events += _report_events(ctx, article_id, item, found)
            ctx.record(events, user_name)
            seen.add(article_id, item.url, digest, sig)
        read += 1
        reports += len(found)
    return {"read": read, "skipped": skipped, "duplicates": duplicates, "reports": reports}


def show_article(app: App, article_id: int) -> JSONDict:
    """One article as read, with the reports extracted from it."""
    from tandem.domain.events import iso

    with reading(app) as ctx:
        store = Monitoring(ctx.uow.conn)
        row = store.article(article_id) if 0 < article_id < 2**31 else None
        if row is None:
            raise NotFound(f"there is no article {article_id}; `tandem reports list` shows reports")
        reports = store.reports(article=article_id)
    return {
        "id": row.id,
        "name": row.name,
        "url": row.url,
        "title": row.title,
        "outlet": row.outlet,
        "published": row.published.isoformat() if row.published else None,
        "read_at": iso(row.at),
        "text": row.text,
        "reports": [report_view(r) for r in reports],
    }


def _article_event(a: Article, article_id: int, digest: str, signature: str, ctx: Context) -> Event:
    return Event(
        "monitor.article",
        f"article:{article_id}",
        {
            "id": article_id,
            "name": a.name,
            "url": a.url,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published.isoformat() if a.published else None,
            "digest": digest,
            "minhash": signature,
            "text": a.text,
        },
    )


def _candidates(ctx: Context, party: str) -> list[matching.Candidate]:
    out = [
        matching.Candidate(
            "measure",
            m.id,
            f"{m.title} {m.description}",
            m.executed_on or m.planned,
            m.status not in (Status.DRAFT, Status.WITHDRAWN),
        )
        for m in ctx.uow.measures.find(proposer=party)
        if m.status is not Status.WITHDRAWN
    ]
    out += [
        matching.Candidate("observed", o.id, o.action, o.on, True)
        for o in ctx.uow.observed.find(actor=party)
    ]
    return out


def _report_events(
    ctx: Context, article_id: int, article: Article, found: list[Report]
) -> list[Event]:
    """Each report, matched to the acting party's measures; `unnotified` when none was."""
    events: list[Event] = []
    parties = ctx.group.codes
    store = Monitoring(ctx.uow.conn)
    candidates: dict[str, list[matching.Candidate]] = {}
    alerted: list[Report] = []  # this article's, not stored yet
    for r in found:
        report_id = ctx.next_id("report")
        measure = observed = alert = None
        actors = matching.alertable(r, parties)
        notified = False
        for party in [c for c in r.actor.split("+") if c in parties]:
            if party not in candidates:
                candidates[party] = _candidates(ctx, party)
            best = matching.match(r, candidates[party])
            if best is None:
                continue
            candidate, _ = best
            if candidate.kind == "measure":
                measure = measure or candidate.id
            else:
                observed = observed or candidate.id
            notified = notified or candidate.notified
        if (
            actors
            and not notified
            and not any(matching.same_action(a, r) for a in alerted)
            and not _alerted_before(store, r)
        ):
            alerted.append(r)
            alert = ctx.next_id("alert")
            actor = actors[0]
            events.append(
                raise_alert(
                    alert,
                    AlertKind.UNNOTIFIED,
                    actor,
                    ctx.group.others(actor),
                    f"{actor} took an action that was never notified, reported by "
                    f"{article.outlet or article.name} ({article.name}): {r.evidence}",
                    measure=measure,
                )
            )
        events.append(
            Event(
                "monitor.report",
                f"report:{report_id}",
                {
                    "id": report_id,
                    "article": article_id,
                    "actor": r.actor,
                    "action": r.action,
                    "action_name": r.action_name,
                    "goldstein": r.goldstein,
                    "target": r.target,
                    "on": r.on.isoformat(),
                    "tracks": list(r.tracks),
                    "modality": r.modality,
                    "evidence": r.evidence,
                    "quote": r.quote,
                    "confidence": r.confidence,
                    "actor_role": r.actor_role,
                    "measure": measure,
                    "observed": observed,
                    "alert": alert,
                },
            )
        )
    return events


def _alerted_before(store: Monitoring, r: Report) -> bool:
    """Another article's report of the same action raised the alert already."""
    return any(
        matching.same_action(_domain_report(row), r) for row in store.alerted_near(r.actor, r.on, 2)
    )


def _domain_report(row: Any) -> Report:
    return Report(
        row.actor,
        row.action,
        row.action_name,
        row.goldstein,
        row.target,
        row.on_date,
        tuple(json.loads(row.tracks)),
        row.modality,
        row.evidence,
        row.quote,
        row.confidence,
        row.actor_role,
    )


def report_view(row: Any) -> JSONDict:
    """The report format reviewers rely on (docs/monitoring.md); `plover` is the PLOVER
    category of the action's code, looked up when shown (null for CAMEO 01 and 02)."""
    return {
        "id": row.id,
        "article": row.article,
        "actor": row.actor,
        "action": row.action,
        "action_name": row.action_name,
        "plover": plover_category(row.action),
        "goldstein": row.goldstein / 10,
        "target": row.target,
        "date": row.on_date.isoformat(),
        "tracks": json.loads(row.tracks),
        "modality": row.modality,
        "evidence": row.evidence,
        "confidence": row.confidence / 100,
    }


def _detail(row: Any) -> JSONDict:
    out = report_view(row)
    out |= {
        "quote": row.quote,
        "actor_role": row.actor_role,
        "article_id": row.article_id,
        "title": row.title,
        "outlet": row.outlet,
        "published": row.published.isoformat() if row.published else None,
        "status": row.status,
        "measure": row.measure_id,
        "observed": row.observed_id,
        "alert": row.alert_id,
        "why": row.why,
    }
    return out


def list_reports(
    app: App,
    *,
    party: str | None = None,
    status: str | None = None,
    measure: int | None = None,
) -> list[JSONDict]:
    """Every report, oldest first; `party` keeps those of that party's actions (its inbox)."""
    if status is not None and status not in ("new", "confirmed", "dismissed"):
        raise InvalidInput(f"'{status}' is not a report status; use new, confirmed or dismissed")
    with reading(app) as ctx:
        if party:
            party = ctx.group.party(party.upper()).code
        rows = Monitoring(ctx.uow.conn).reports(actor=party, status=status, measure=measure)
        return [report_view(r) for r in rows]


def press_coverage(app: App, measure_id: int) -> list[JSONDict]:
    """The reports linked to a measure (by matching or by a reviewer), newest article first:
    each with its article's outlet, title, URL and date, its status and evidence. Reports
    are read by every party, so everyone who sees the measure sees its coverage."""
    with reading(app) as ctx:
        rows = Monitoring(ctx.uow.conn).reports(measure=measure_id)
    rows.sort(key=lambda r: (r.published or r.on_date, r.id), reverse=True)
    return [_detail(r) | {"url": r.url} for r in rows]


def _row(ctx: Context, report_id: int) -> Any:
    rows = Monitoring(ctx.uow.conn).reports(ids=[report_id]) if 0 < report_id < 2**31 else []
    if not rows:
        raise NotFound(f"there is no report {report_id}; `tandem reports list` shows them")
    return rows[0]


def show_report(app: App, report_id: int) -> JSONDict:
    with reading(app) as ctx:
        return _detail(_row(ctx, report_id))


def _open(row: Any) -> None:
    if row.status != "new":
        raise InvalidTransition(
            f"report {row.id} was already {row.status}; a report is confirmed or dismissed once"
        )


def confirm_report(
    app: App, user_name: str, report_id: int, *, at: datetime | None = None
) -> JSONDict:
    """The report becomes an observed action of the party that acted, recorded, and moves
    the pacing tracks it names by its Goldstein weight."""
    from tandem.domain import consultation as rules
    from tandem.services import pacing
    from tandem.store.pacing import Pacing

    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.OBSERVE)
        row = _row(ctx, report_id)
        _open(row)
        parties = [c for c in row.actor.split("+") if c in ctx.group.codes and c != user.party]
        if not parties and user.party in row.actor.split("+"):
            raise InvalidInput(
                f"report {report_id} is about {row.actor}, your own party; propose and notify "
                "its actions as measures instead (or link the report to the measure)"
            )
        if not parties:
            raise InvalidInput(
                f"report {report_id} is about {row.actor}, not another party of the working "
                "group; only another party's action becomes an observed action (dismiss it, "
                "or link it to a measure)"
            )
        if row.modality == "negated":
            raise InvalidInput(
                f"report {report_id} says the action was not taken; dismiss it with why instead"
            )
        action = f"{row.action_name} ({row.action}): {row.evidence}"[:2000]
        events = rules.observe(
            user, ctx.group, ctx.now, ctx.next_id, actor=parties[0], action=action, on=row.on_date
        )
        if row.alert_id is not None:
            events = [e for e in events if e.kind != "alert.raised"]
        known = {t.id for t in Pacing(ctx.uow.conn).tracks()}
        tracks = [t for t in json.loads(row.tracks) if t in known]
        if tracks and row.action in codebook():
            events = pacing.on_observe(ctx, events, tracks, row.action, None)
        elif tracks:
            weight = f"{row.goldstein / 10:+.1f}"
            events = pacing.on_observe(ctx, events, [f"{t}:{weight}" for t in tracks], None, None)
        observed_id = events[0].payload["id"]
        events.append(
            Event(
                "monitor.confirmed",
                f"report:{report_id}",
                {"id": report_id, "observed": observed_id},
                party=user.party,
            )
        )
        ctx.record(events, user.name)
        return _detail(_row(ctx, report_id))


def dismiss_report(
    app: App, user_name: str, report_id: int, why: str, *, at: datetime | None = None
) -> JSONDict:
    """Kept, with why: the record shows what was read and set aside."""
    why = check_text(why.strip(), "why")
    if not why:
        raise InvalidInput("say why the report is dismissed with --why")
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.OBSERVE)
        row = _row(ctx, report_id)
        _open(row)
        event = Event(
            "monitor.dismissed", f"report:{report_id}", {"id": report_id, "why": why}, user.party
        )
        ctx.record([event], user.name)
        return _detail(_row(ctx, report_id))


def link_report(
    app: App, user_name: str, report_id: int, measure_id: int, *, at: datetime | None = None
) -> JSONDict:
    """The article is press coverage of this measure (shown with the measure)."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.OBSERVE)
        row = _row(ctx, report_id)
        ctx.measure(measure_id)
        if row.measure_id == measure_id:
            raise InvalidInput(f"report {report_id} is already linked to measure {measure_id}")
        event = Event(
            "monitor.linked",
            f"report:{report_id}",
            {"id": report_id, "measure": measure_id},
            user.party,
        )
        ctx.record([event], user.name)
        return _detail(_row(ctx, report_id))


def evaluate(corpus: str) -> JSONDict:
    """Extract every article of an annotated corpus (JSONL: an article per line with its
    `gold` reports) and score the reports against the gold ones: per field, whole triples,
    and `lenient` (actor, target and track, as the working group's judge scores)."""
    from pathlib import Path

    from tandem.domain.monitoring_eval import lenient, score
    from tandem.services.monitoring_sources import _json_article

    path = Path(corpus)
    if not path.is_file():
        raise InvalidInput(f"there is no corpus file {corpus}; give a JSONL file of articles")
    pairs = []
    for i, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            raise InvalidInput(f"line {i} of {corpus} is not JSON") from None
        item = _json_article(f"{path.name}:{i}", data, f"{path.name}:{i}")
        if isinstance(item, Skipped):
            raise InvalidInput(f"line {i} of {corpus}: {item.why}")
        found = [
            {
                "actor": r.actor,
                "action": r.action,
                "target": r.target,
                "date": r.on.isoformat(),
                "tracks": list(r.tracks),
                "modality": r.modality,
            }
            for r in extract(item, codebook())
        ]
        pairs.append((found, data.get("gold", [])))
    # "lenient": the working group's judge (actor, target and track agree, one to one).
    # "lenient_strict": the same with the tracks required to be the same set.
    return {
        "articles": len(pairs),
        "scores": {
            **score(pairs),
            "lenient": lenient(pairs),
            "lenient_strict": lenient(pairs, strict=True),
        },
    }


def _source_view(row: Any) -> JSONDict:
    from tandem.domain.events import iso

    return {
        "id": row.id,
        "location": row.location,
        "every_minutes": row.every_minutes,
        "added_by": row.added_by,
        "at": iso(row.at),
        "polled_at": iso(row.polled_at) if row.polled_at else None,
    }


def add_source(
    app: App, user_name: str, location: str, *, every_minutes: int = 60, at: datetime | None = None
) -> JSONDict:
    """A feed, page or folder the worker reads every `every_minutes`."""
    from pathlib import Path

    from tandem.services.monitoring_sources import is_url

    location = location.strip()
    if not (is_url(location) or Path(location).exists()):
        raise InvalidInput(
            f"'{location}' is neither an http(s) URL nor a file or folder here; give a feed's "
            "or page's URL, or a path that exists"
        )
    if not 1 <= every_minutes <= 7 * 24 * 60:
        raise InvalidInput(f"--every is between 1 and 10080 minutes (a week), not {every_minutes}")
    if not is_url(location):
        location = str(Path(location).resolve())
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.OBSERVE)
        store = Monitoring(ctx.uow.conn)
        if any(s.location == location for s in store.sources()):
            raise InvalidInput(f"{location} is already a source; `tandem source list` shows them")
        source_id = ctx.next_id("source")
        event = Event(
            "monitor.source_added",
            f"source:{source_id}",
            {
                "id": source_id,
                "location": location,
                "every_minutes": every_minutes,
                "added_by": user.name,
            },
            user.party,
        )
        ctx.record([event], user.name)
        return next(_source_view(s) for s in store.sources() if s.id == source_id)


def list_sources(app: App) -> list[JSONDict]:
    with reading(app) as ctx:
        return [_source_view(s) for s in Monitoring(ctx.uow.conn).sources()]


def remove_source(
    app: App, user_name: str, source_id: int, *, at: datetime | None = None
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.OBSERVE)
        found = [s for s in Monitoring(ctx.uow.conn).sources() if s.id == source_id]
        if not found:
            raise NotFound(f"there is no source {source_id}; `tandem source list` shows them")
        event = Event(
            "monitor.source_removed", f"source:{source_id}", {"id": source_id}, user.party
        )
        ctx.record([event], user.name)
        return _source_view(found[0])


def poll_sources(app: App, now: datetime | None = None) -> int:
    """The worker's part: read each source that is due, as the user who added it; returns
    the number of new articles read. A source that fails is logged and tried next time."""
    import logging
    from datetime import timedelta

    with reading(app) as ctx:
        now = now or ctx.now
        due = [
            s
            for s in Monitoring(ctx.uow.conn).sources()
            if s.polled_at is None or s.polled_at + timedelta(minutes=s.every_minutes) <= now
        ]
    read = 0
    for source in due:
        try:
            read += ingest(app, source.added_by, [source.location])["read"]
        except Exception:
            logging.getLogger("tandem.worker").exception("reading %s failed", source.location)
        with app.db.transaction(write=True) as conn:
            Monitoring(conn).polled(source.id, now)
    return read
