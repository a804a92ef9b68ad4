"""Creating a working group, its users and its consultation rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from tandem.domain.calendar import check_country
from tandem.domain.consultation import WindowRules
from tandem.domain.errors import Conflict, InvalidInput, PermissionDenied
from tandem.domain.events import Event, iso
from tandem.domain.parties import Party, Role, User, check_user_name
from tandem.services.context import (
    SYSTEM,
    App,
    NotInitialised,
    reading,
    rules_to_json,
    writing,
)
from tandem.services.context import Context as _Context
from tandem.services.views import JSONDict, user_view
from tandem.store.migrate import upgrade
from tandem.store.unit_of_work import unit_of_work

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def init_group(
    app: App,
    parties: Sequence[Party],
    *,
    simulated: bool = False,
    start: datetime | None = None,
    tracks: bool = True,
) -> JSONDict:
    """Create the schema and the working group, with one envoy per party; with `tracks`,
    also the demo tracks and their tandem rule (docs/pacing.md)."""
    if len(parties) < 2:
        raise InvalidInput("a working group needs at least two parties (--party given twice)")
    codes = [p.code for p in parties]
    if len(set(codes)) != len(codes):
        raise InvalidInput(f"each party is named once; got {', '.join(codes)}")
    for p in parties:
        check_country(p.country, p.subdivision)
    if start is not None and not simulated:
        raise InvalidInput("--start sets a simulated clock; add --simulated-clock")
    if app.db.is_initialised():
        with unit_of_work(app.db, write=False) as uow:
            if uow.settings.get("clock") is not None:
                raise Conflict(
                    "this database already holds a working group; use another --db "
                    "or remove the file to start again"
                )
    from tandem.services.keys import ensure_key

    ensure_key(app.db.url)  # the signing key of the record's heads (docs/record.md)
    upgrade(app.db)
    now = (start or EPOCH).astimezone(UTC).replace(microsecond=0) if simulated else app.clock()
    with unit_of_work(app.db, write=True) as uow:
        from tandem.domain.consultation import Group

        ctx = _Context(uow, now, Group(tuple(parties)), simulated)
        events = [
            Event(
                "group.created",
                "group",
                {
                    "parties": [
                        {
                            "code": p.code,
                            "time_zone": p.time_zone,
                            "country": p.country,
                            "subdivision": p.subdivision,
                        }
                        for p in parties
                    ],
                    "simulated": simulated,
                    "clock": iso(now),
                    "rules": rules_to_json(WindowRules()),
                },
            )
        ]
        events += [_user_added(User(p.code.lower(), p.code, Role.ENVOY)) for p in parties]
        if tracks:
            from tandem.services.pacing import default_events

            events += default_events(ctx)
        ctx.record(events, SYSTEM)
        return {
            "parties": [p.code for p in parties],
            "simulated": simulated,
            "now": iso(now),
            "users": [user_view(u) for u in uow.users.all()],
        }


def _user_added(user: User) -> Event:
    return Event(
        "user.added",
        f"user:{user.name}",
        {"name": user.name, "party": user.party, "role": user.role.value},
        party=user.party,
    )


def add_user(
    app: App,
    name: str,
    party: str | None,
    role: Role,
    *,
    at: datetime | None = None,
    by: str | None = None,
) -> JSONDict:
    """Add a user; `by` names the admin doing it (None: the operator of the database)."""
    with writing(app, at) as ctx:
        if by is not None and ctx.user(by).role is not Role.ADMIN:
            raise PermissionDenied(f"{by} is not an admin; only an admin adds users")
        name = check_user_name(name)
        if ctx.uow.users.get(name) is not None:
            raise Conflict(f"there is already a user named '{name}'")
        if party is None:
            if role is not Role.ADMIN:
                raise InvalidInput(f"a {role.value} belongs to a party: add --party CODE")
        else:
            party = ctx.group.party(party.upper()).code
        user = User(name, party, role)
        ctx.record([_user_added(user)], SYSTEM)
        return user_view(user)


def list_users(app: App) -> list[JSONDict]:
    with reading(app) as ctx:
        return [user_view(u) for u in ctx.uow.users.all()]


def show_group(app: App) -> JSONDict:
    with reading(app) as ctx:
        return {
            "parties": [
                {
                    "code": p.code,
                    "time_zone": p.time_zone,
                    "country": p.country,
                    "subdivision": p.subdivision,
                }
                for p in ctx.group.parties
            ],
            "rules": rules_to_json(ctx.group.rules),
            "simulated_clock": ctx.simulated,
            "now": iso(ctx.now),
        }


def configure_windows(
    app: App,
    *,
    window_days: int | None = None,
    urgent_days: int | None = None,
    extension_days: int | None = None,
    measure_type: str | None = None,
    at: datetime | None = None,
) -> JSONDict:
    """Change window lengths for the group, or the window of one measure type."""
    from tandem.services.measures import check_type

    for label, value in (
        ("--window-days", window_days),
        ("--urgent-days", urgent_days),
        ("--extension-days", extension_days),
    ):
        if value is not None and not 1 <= value <= 60:
            raise InvalidInput(f"{label} is a number of working days from 1 to 60, not {value}")
    with writing(app, at) as ctx:
        current = ctx.group.rules
        by_type = dict(current.by_type)
        if measure_type is not None:
            if window_days is None or urgent_days or extension_days:
                raise InvalidInput("--type sets only the window of that type: give --window-days")
            by_type[check_type(measure_type)] = window_days
            window_days = None
        rules = WindowRules(
            window_days=window_days or current.window_days,
            urgent_days=urgent_days or current.urgent_days,
            extension_days=extension_days or current.extension_days,
            by_type=by_type,
        )
        if rules == current:
            raise InvalidInput("nothing to change: the rules already say that")
        ctx.record([Event("group.configured", "group", {"rules": rules_to_json(rules)})], SYSTEM)
        return rules_to_json(rules)


__all__ = ["NotInitialised", "add_user", "configure_windows", "init_group", "list_users"]
