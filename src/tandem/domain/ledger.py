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
from json.encoder import encode_basestring as _quote
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


_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
"""Made once: `json.dumps` with these options makes an encoder per call."""


def canonical_json(value: Any) -> bytes:
    return _CANONICAL.encode(value).encode("utf-8")


def entry_bytes(
    seq: int, at: str, actor: str, party: str | None, kind: str, subject: str, payload: str
) -> bytes:
    """The canonical bytes of an entry from its stored columns, without parsing the payload.

    `payload` is the stored JSON text of the payload, which the record keeps in canonical
    form (sorted keys, no insignificant whitespace). For such a row this equals
    `Entry(...).canonical()` and is several times faster; for any other text (a payload
    stored before that form, or changed since) the bytes differ, and callers fall back to
    `Entry.canonical()` on the parsed payload before calling the entry changed.
    """
    q = _quote
    return (
        f'{{"actor":{q(actor)},"at":{q(at)},"kind":{q(kind)},'
        f'"party":{"null" if party is None else q(party)},"payload":{payload},'
        f'"seq":{seq:d},"subject":{q(subject)}}}'
    ).encode()
