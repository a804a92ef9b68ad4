"""The record as a reader checks it: the latest signed head, whether its signature holds,
and, for one measure, whether each of its entries is in the tree that head signs."""

from __future__ import annotations

from tandem.domain import merkle
from tandem.services import ledger
from tandem.services.context import App
from tandem.services.keys import signature_valid
from tandem.services.views import JSONDict
from tandem.store.merkle import HeadRow


def record_status(app: App, measure_id: int | None = None) -> JSONDict:
    """Signs a new head if the record grew (as `tandem record head` does), then checks it.

    An entry counts as verified when its leaf hash, recomputed from its content, and its
    audit path give the signed root (RFC 9162 §2.1.3.2).
    """
    head = ledger.head(app)
    row = HeadRow(
        head["size"], head["root"], head["timestamp"], head["signature"], head["public_key"]
    )
    out: JSONDict = {
        "head": head,
        "signature_valid": signature_valid(row.public_key, row.signature, ledger.head_message(row)),
        "entries": [],
        "measure": measure_id,
    }
    if measure_id is None:
        return out
    from tandem.services.measures import measure_history

    root = bytes.fromhex(head["root"])
    for entry in measure_history(app, measure_id):
        seq = entry["seq"]
        if seq >= head["size"]:
            entry["included"] = None
        else:
            proof = ledger.inclusion_proof(app, seq, head["size"])
            entry["included"] = merkle.verify_inclusion(
                seq,
                head["size"],
                bytes.fromhex(entry["leaf_hash"]),
                [bytes.fromhex(h) for h in proof["audit_path"]],
                root,
            )
        out["entries"].append(entry)
    return out
