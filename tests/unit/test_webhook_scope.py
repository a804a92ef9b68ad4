"""Who manages a party's webhooks and dead letters: the rule the services apply to every
caller that names itself (docs/roles.md, docs/notifications.md)."""

from __future__ import annotations

import pytest

from tandem.domain.errors import PermissionDenied
from tandem.domain.notifications import webhook_scope
from tandem.domain.parties import Role, User


def test_an_envoy_manages_their_own_party_only() -> None:
    envoy = User("usa", "USA", Role.ENVOY)
    assert webhook_scope(envoy) == "USA"
    assert webhook_scope(envoy, "USA") == "USA"
    with pytest.raises(PermissionDenied, match="usa manages USA's webhooks and dead letters"):
        webhook_scope(envoy, "KOR")


@pytest.mark.parametrize("party", [None, "USA"])
def test_an_admin_manages_every_party_with_or_without_one(party: str | None) -> None:
    admin = User("admin", party, Role.ADMIN)
    assert webhook_scope(admin) is None
    assert webhook_scope(admin, "KOR") == "KOR"


@pytest.mark.parametrize(
    ("role", "says"), [(Role.OFFICER, "smith is an officer"), (Role.VIEWER, "smith is a viewer")]
)
def test_officers_and_viewers_manage_none(role: Role, says: str) -> None:
    for party in (None, "USA", "KOR"):
        with pytest.raises(PermissionDenied, match=says):
            webhook_scope(User("smith", "USA", role), party)
