"""Schemathesis against /openapi.json: no 5xx, and every response as the schema describes it.

Bounded: each operation gets at most POSITIVE_EXAMPLES schema-valid requests (many of them
on measures that exist, in every state, of both parties) and NEGATIVE_EXAMPLES invalid
ones, with a real token (KOR's envoy; the admin for adding users), on SQLite and on
PostgreSQL. Operations are test
parameters, so `pytest -n 2` spreads them over both cores.

Schemathesis's pytest plugin does not run on this pytest (it reaches for a node attribute
pytest 9 removed), so the cases come from its Hypothesis strategies directly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
import schemathesis
from api_support import DATABASES, MakeGroup, module_url, tokens_for
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tandem.api.app import create_app
from tandem.domain.measures import Stance
from tandem.services import measures, notes, observations
from tandem.services.context import App

# A deeper run: TANDEM_SCHEMATHESIS_EXAMPLES=500 pytest tests/api/test_api_schema.py
POSITIVE_EXAMPLES = int(os.environ.get("TANDEM_SCHEMATHESIS_EXAMPLES", "30"))
NEGATIVE_EXAMPLES = max(1, POSITIVE_EXAMPLES // 2)
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    content_type_conformance,
    status_code_conformance,
]

# The description does not depend on the database: read it once to list the operations.
_DOC = create_app(App.open("sqlite:///never-opened.db")).openapi()


def _operations(*, invalid: bool) -> list[Any]:
    """Every operation; with `invalid`, those with a parameter or a body to make invalid."""
    return [
        pytest.param(path, method.upper(), id=f"{method.upper()} {path.removeprefix('/api/v1')}")
        for path, ops in _DOC["paths"].items()
        for method, op in ops.items()
        if not invalid or op.get("parameters") or op.get("requestBody")
    ]


OPERATIONS = _operations(invalid=False)
NEGATABLE = _operations(invalid=True)


@dataclass
class Target:
    app: App
    schema: Any
    tokens: dict[str, str]
    measure_ids: list[int]


@pytest.fixture(scope="module", params=DATABASES)
def target(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    group_builder: MakeGroup,
) -> Iterator[Target]:
    with module_url(request, tmp_path_factory, "schema") as url:
        yield from _target(group_builder(url))


def _target(app: App) -> Iterator[Target]:
    ids = []
    for envoy, partner in (("kor", "smith"), ("usa", "kim")):
        ids.append(int(measures.propose_measure(app, envoy, "A draft", planned=None)["id"]))
        for n in range(3):
            mid = int(measures.propose_measure(app, envoy, f"Measure {n}", description="d")["id"])
            measures.notify_measure(app, mid, envoy)
            ids.append(mid)
        measures.record_position(app, ids[-1], partner, Stance.SUPPORT)
        measures.amend_measure(app, ids[-2], envoy, title="Amended")
        notes.add_note(app, ids[-2], envoy, "An internal note")
    observations.observe_action(app, "smith", actor="KOR", action="Seen", on=date(2018, 11, 17))
    api = create_app(app, write_limit="off")
    tokens = tokens_for(app, ("kor", "admin"))
    yield Target(app, schemathesis.openapi.from_asgi("/openapi.json", api), tokens, ids)
    app.db.dispose()


def _cases(target: Target, path: str, method: str, mode: GenerationMode) -> Any:
    operation = target.schema[path][method]
    free = operation.as_strategy(generation_mode=mode)
    if mode is GenerationMode.NEGATIVE:
        return free
    if path.endswith("/calendar/deadline"):  # parties the working group knows
        return st.one_of(
            free, operation.as_strategy(generation_mode=mode, query={"parties": "USA,KOR"})
        )
    if "{measure_id}" not in path:
        return free
    existing = [
        operation.as_strategy(generation_mode=mode, path_parameters={"measure_id": mid})
        for mid in target.measure_ids
    ]
    return st.one_of(free, *existing)


def _run(target: Target, path: str, method: str, mode: GenerationMode, examples: int) -> None:
    user = "admin" if (method, path) == ("POST", "/api/v1/users") else "kor"
    headers = {"Authorization": f"Bearer {target.tokens[user]}"}

    @given(case=_cases(target, path, method, mode))
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()


@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_schema_valid_requests(target: Target, path: str, method: str) -> None:
    _run(target, path, method, GenerationMode.POSITIVE, POSITIVE_EXAMPLES)


@pytest.mark.parametrize(("path", "method"), NEGATABLE)
def test_schema_invalid_requests(target: Target, path: str, method: str) -> None:
    _run(target, path, method, GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES)


def test_every_operation_is_exercised() -> None:
    assert len(OPERATIONS) == sum(len(ops) for ops in _DOC["paths"].values()) >= 24
