"""How a record entry becomes bytes and a leaf hash.

The canonical form is JSON with keys sorted, no insignificant whitespace and UTF-8 text
(the RFC 8785 form for the values Tandem stores: strings, integers, booleans, null, lists
and objects; no floats). The leaf hash is SHA-256(0x00 || canonical bytes), as RFC 6962
defines leaves, so the record can be a Merkle tree whose proofs any verifier accepts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    party: str | None
    kind: str
    subject: str
    payload: dict[str, Any]

    def canonical(self) -> bytes:
        return canonical_json(
            {
                "seq": self.seq,
                "at": self.at,
                "actor": self.actor,
                "party": self.party,
                "kind": self.kind,
                "subject": self.subject,
                "payload": self.payload,
            }
        )

    def leaf_hash(self) -> str:
        return hashlib.sha256(b"\x00" + self.canonical()).hexdigest()


def canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
