"""Parties of a working group, their users and what each role may do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tandem.domain.errors import InvalidInput, PermissionDenied

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_COUNTRY = re.compile(r"^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$")
_USER = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class Role(StrEnum):
    VIEWER = "viewer"
    OFFICER = "officer"
    ENVOY = "envoy"
    ADMIN = "admin"


class Action(StrEnum):
    """Things a user does for their party; admins manage, they do not act for a party."""

    PROPOSE = "propose"
    AMEND = "amend"
    ACKNOWLEDGE = "acknowledge"
    TAKE_POSITION = "take a position on"
    OBSERVE = "record an observed action"
    NOTIFY = "notify"
    WITHDRAW = "withdraw"
    EXECUTE = "execute"


_OFFICER_ACTIONS = frozenset(
    {Action.PROPOSE, Action.AMEND, Action.ACKNOWLEDGE, Action.TAKE_POSITION, Action.OBSERVE}
)
ALLOWED: dict[Role, frozenset[Action]] = {
    Role.VIEWER: frozenset(),
    Role.OFFICER: _OFFICER_ACTIONS,
    Role.ENVOY: _OFFICER_ACTIONS | {Action.NOTIFY, Action.WITHDRAW, Action.EXECUTE},
    Role.ADMIN: frozenset(),
}


@dataclass(frozen=True)
class Party:
    code: str
    time_zone: str
    country: str
    subdivision: str | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @classmethod
    def parse(cls, spec: str) -> Party:
        """Read `CODE:TIME_ZONE:COUNTRY[-SUBDIVISION]`, e.g. `KOR:Asia/Seoul:KR`."""
        parts = spec.split(":")
        if len(parts) != 3:
            raise InvalidInput(
                f"party '{spec}' should read CODE:TIME_ZONE:COUNTRY, e.g. KOR:Asia/Seoul:KR"
            )
        code, zone, country = (p.strip() for p in parts)
        return cls.create(code, zone, country)

    @classmethod
    def create(cls, code: str, time_zone: str, country: str) -> Party:
        code = code.upper()
        if not _CODE.match(code):
            raise InvalidInput(
                f"party code '{code}' should be 2 to 10 capital letters or digits, e.g. USA"
            )
        check_time_zone(time_zone)
        m = _COUNTRY.match(country.upper())
        if not m:
            raise InvalidInput(
                f"country '{country}' should be an ISO 3166 alpha-2 code, optionally with a "
                "subdivision, e.g. KR or US-DC"
            )
        return cls(code, time_zone, m.group(1), m.group(2))


def check_time_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            f"'{name}' is not an IANA time zone; use a name such as Asia/Seoul or America/New_York"
        ) from exc


@dataclass(frozen=True)
class User:
    name: str
    party: str | None
    role: Role

    def require(self, action: Action, party: str | None = None) -> None:
        """Refuse unless this user's role allows `action` for `party` (default: their own)."""
        needed = "an envoy" if action not in _OFFICER_ACTIONS else "an officer or envoy"
        on_measure = action is not Action.OBSERVE  # the one action not done to a measure
        if self.role is Role.ADMIN:
            raise PermissionDenied(
                f"{self.name} is an admin and acts for no party; "
                f"ask {needed} to {action.value}" + (" it" if on_measure else "")
            )
        if action not in ALLOWED[self.role]:
            article = "an" if self.role.value[0] in "aeiou" else "a"
            raise PermissionDenied(
                f"{self.name} is {article} {self.role.value} of {self.party} and may not "
                f"{action.value}" + (" a measure" if on_measure else "") + f"; only {needed} may"
            )
        if party is not None and party != self.party:
            raise PermissionDenied(
                f"{self.name} acts for {self.party} and may not {action.value} a measure of {party}"
            )


def check_user_name(name: str) -> str:
    if not _USER.match(name):
        raise InvalidInput(
            f"user name '{name}' should be lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return name


def parse_role(text: str) -> Role:
    try:
        return Role(text.lower())
    except ValueError:
        raise InvalidInput(
            f"role '{text}' is not one of {', '.join(r.value for r in Role)}"
        ) from None
