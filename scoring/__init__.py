"""Pure scoring engine: rubric files (``scoring/rubrics/*.toml``) + facts → explained scores.

Imports nothing of the application (no Qt, no SQLAlchemy, no ``cddesk``): the application
builds :class:`~scoring.facts.OfficeFacts` (or generic :class:`~scoring.facts.Facts`) from its
database and calls :func:`evaluate`. Modules:

- :mod:`scoring.facts` — the fact dataclasses and the source names rubrics refer to;
- :mod:`scoring.model` — a rubric as typed objects; the evaluator kinds;
- :mod:`scoring.schema` — loading and validating rubric files, Thai messages with line numbers;
- :mod:`scoring.checks`, :mod:`scoring.evaluators` — the evaluator kinds;
- :mod:`scoring.engine` — :func:`evaluate`, deadlines;
- :mod:`scoring.results` — results and their stable JSON form (documented there);
- :mod:`scoring.thai` — B.E. month names and Thai digits.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scoring.engine import deadline_dates, evaluate, upcoming_deadlines
    from scoring.facts import Facts, OfficeFacts, Record
    from scoring.model import Rubric
    from scoring.results import CriterionResult, DomainResult, RubricResult
    from scoring.schema import (
        RUBRICS_DIR, RubricError, check_rubric_file, load_rubric, load_shipped_rubric,
        shipped_rubric_paths)

# The names below are loaded on first use (PEP 562): ``from scoring.thai import …`` (Thai
# dates, needed by the window's first screen) must not load the engine and the schema.
_HOMES = {
    "deadline_dates": "engine", "evaluate": "engine", "upcoming_deadlines": "engine",
    "Facts": "facts", "OfficeFacts": "facts", "Record": "facts", "Rubric": "model",
    "CriterionResult": "results", "DomainResult": "results", "RubricResult": "results",
    "RUBRICS_DIR": "schema", "RubricError": "schema", "check_rubric_file": "schema", "load_rubric": "schema",
    "load_shipped_rubric": "schema", "shipped_rubric_paths": "schema",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'scoring' has no attribute {name!r}")
    return getattr(import_module(f"scoring.{home}"), name)


__all__ = [
    "RUBRICS_DIR", "CriterionResult", "DomainResult", "Facts", "OfficeFacts", "Record", "Rubric",
    "RubricError", "RubricResult", "check_rubric_file", "deadline_dates", "evaluate",
    "load_rubric", "load_shipped_rubric", "shipped_rubric_paths", "upcoming_deadlines",
]
