"""Scoring the extractor against gold reports: precision, recall and F1 per field.

Per article, the predicted and gold values of a field are compared as multisets (each
value matches at most once); negated actions are left out on both sides, as the working
group scores them (they did not happen).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

FIELDS = ("actor", "action_root", "action", "target", "date", "track", "triple")


def _values(report: Mapping[str, Any], field: str) -> list[str]:
    if field == "action_root":
        return [str(report["action"])[:2]]
    if field == "track":
        return [str(t) for t in report.get("tracks", [])]
    if field == "triple":
        return [f"{report['actor']}|{report['action']}|{report.get('target')}"]
    return [str(report.get(field))]


def score(
    pairs: Iterable[tuple[Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]],
) -> dict[str, dict[str, float]]:
    """`pairs`: per article, (predicted reports, gold reports) in the report format."""
    hits = Counter[str]()
    predicted = Counter[str]()
    gold = Counter[str]()
    for found, wanted in pairs:
        found = [r for r in found if r.get("modality") != "negated"]
        wanted = [r for r in wanted if r.get("modality") != "negated"]
        for field in FIELDS:
            p = Counter(v for r in found for v in _values(r, field))
            g = Counter(v for r in wanted for v in _values(r, field))
            hits[field] += sum((p & g).values())
            predicted[field] += sum(p.values())
            gold[field] += sum(g.values())
    out: dict[str, dict[str, float]] = {}
    for field in FIELDS:
        precision = hits[field] / predicted[field] if predicted[field] else 1.0
        recall = hits[field] / gold[field] if gold[field] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[field] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "gold": gold[field],
            "found": predicted[field],
        }
    return out


def _parties(value: object) -> set[str]:
    return set(str(value).split("+")) if value else set()


def _same_target(found: Mapping[str, Any], wanted: Mapping[str, Any]) -> bool:
    """Targets agree: equal, sharing a member, or "each-other" standing for the other actor."""
    f, w = found.get("target"), wanted.get("target")
    if f == w:
        return True
    if w == "each-other" and f:
        return bool(_parties(f) & (_parties(wanted["actor"]) - _parties(found["actor"])))
    if f == "each-other" and w:
        return bool(_parties(w) & (_parties(found["actor"]) - _parties(wanted["actor"])))
    return bool(f and w and _parties(f) & _parties(w))


def _agrees(found: Mapping[str, Any], wanted: Mapping[str, Any], strict: bool = False) -> bool:
    tracks, gold_tracks = set(found.get("tracks", [])), set(wanted.get("tracks", []))
    return (
        bool(_parties(found["actor"]) & _parties(wanted["actor"]))
        and _same_target(found, wanted)
        and (tracks == gold_tracks if strict else bool(tracks & gold_tracks))
    )


def _matching(
    found: Sequence[Mapping[str, Any]], wanted: Sequence[Mapping[str, Any]], strict: bool = False
) -> int:
    """The size of the largest one-to-one matching of agreeing reports (augmenting paths)."""
    edges = [[j for j, f in enumerate(found) if _agrees(f, w, strict)] for w in wanted]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(wanted)) if assign(i, set()))


def lenient(
    pairs: Iterable[tuple[Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]],
    strict: bool = False,
) -> dict[str, float]:
    """Actor-target-track agreement, one to one per article, the action code ignored: a joint
    actor agrees with any of its members, "each-other" with the other actor, tracks when they
    share one (`strict`: when they are the same set, the other reading of the judge's rule).
    Negated actions are left out on both sides."""
    hits = found_n = gold_n = 0
    for found, wanted in pairs:
        found = [r for r in found if r.get("modality") != "negated"]
        wanted = [r for r in wanted if r.get("modality") != "negated"]
        found_n += len(found)
        gold_n += len(wanted)
        hits += _matching(found, wanted, strict)
    precision = hits / found_n if found_n else 1.0
    recall = hits / gold_n if gold_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "gold": gold_n,
        "found": found_n,
    }
