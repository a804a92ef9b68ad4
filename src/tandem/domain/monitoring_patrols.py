"""Patrols sent to watch for the North's trade at sea: the sanctions enforced, not a show of
force. "Australia will send two Orions to Kadena for the same purpose", in a story of planes
hunting ship-to-ship transfers, is Australia enforcing the sanctions on North Korea (163)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from tandem.domain.monitoring_report import Report, code_name, parties_of

# What such patrols watch for: the North's trade at sea that the sanctions ban
_TRADE_AT_SEA = re.compile(
    r"\b(?:ship-to-ship|sanctions-busting|smuggl(?:e|es|ed|ing|ers?)|transfers at sea)\b",
    re.IGNORECASE,
)

# A trip made to hunt that trade: "will fly to Japan within days to resume the hunt for tankers"
_HUNT = re.compile(
    r"\bto\s+(?:help\s+)?(?:resume\s+)?(?:the\s+)?(?:hunt|catch|police|track|watch\s+for)\b"
)


def patrols_enforce_sanctions(
    reports: list[Report], text: str, codebook: Mapping[str, tuple[str, int]]
) -> list[Report]:
    """A deployment, or a trip made to hunt that trade, aimed at no one or at the ally it is
    based in ("sending a patrol plane to Japan"), between states neither Korea, in a story of
    the sanctions on the North's trade at sea, is that state enforcing the sanctions on the
    North."""
    if "sanction" not in text or not _TRADE_AT_SEA.search(text):
        return reports
    name, weight = code_name("163", codebook)
    return [
        replace(r, action="163", action_name=name, goldstein=weight, target="PRK",
                tracks=("sanctions",))
        if (r.action == "154" or (r.action == "042" and _HUNT.search(r.evidence)))
        and not {"KOR", "PRK"} & parties_of(r)
        else r
        for r in reports
    ]  # fmt: skip
