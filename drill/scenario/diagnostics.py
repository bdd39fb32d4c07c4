"""Diagnostics: every problem in a scenario as `FILE:LINE:COL: CODE message`.

One registry of codes keeps them stable (trainers and CI scripts may grep for them) and gives
each a severity and a one-line explanation for `drill lint --explain`-style help and the
format guide.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]

Path_ = tuple[str | int, ...]
"""Where a value sits in the scenario's data: its keys and list indexes from the top (e.g.
("triggers", 2, "when", "all", 0)); the loader maps each path to its file, line and column."""


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    summary: str


_CODES = [
    # the file itself
    Code("D101", "error", "file too large"),
    Code("D102", "error", "not UTF-8 text, or contains control characters"),
    Code("D103", "error", "empty file"),
    Code("D104", "error", "file cannot be read"),
    Code("D110", "error", "YAML syntax error"),
    Code("D111", "error", "anchors and aliases are not allowed"),
    Code("D112", "error", "duplicate key"),
    Code("D113", "error", "nesting too deep"),
    Code("D114", "error", "the top level must be a mapping of keys"),
    Code("D115", "error", "YAML tags are not allowed"),
    Code("D116", "error", "keys must be plain strings"),
    # the format
    Code("D201", "error", "unknown key"),
    Code("D202", "error", "missing required key"),
    Code("D203", "error", "wrong type"),
    Code("D204", "error", "bad value"),
    Code("D205", "error", "unsupported format version"),
    # references
    Code("D301", "error", "unknown id"),
    Code("D302", "error", "duplicate id"),
    # lint: the story's graph and the scoring
    Code("D401", "warning", "inject can never arrive"),
    Code("D402", "warning", "trigger can never fire"),
    Code("D403", "warning", "ending can never be reached"),
    Code("D404", "warning", "option that no scoring rule reads"),
    Code("D405", "warning", "inject needs a reply but has no expectation"),
    Code("D406", "warning", "text missing in a declared language"),
    Code("D407", "warning", "flood never starts"),
    Code("D408", "warning", "time beyond the end of the scenario"),
    Code("D409", "warning", "no fallback ending"),
    Code("D410", "warning", "unknown slot in a template"),
    Code("D411", "warning", "expected route not offered by any option"),
    Code("D412", "error", "bad test step"),
    Code("D413", "warning", "option label that grades itself"),
    Code("D414", "warning", "best option is the longest by a wide margin"),
    Code("D415", "warning", "option without an authored value"),
    Code("D416", "warning", "choice point without exactly one best option"),
    Code("D417", "warning", "model answer that fails its own inject's checks"),
]
CODES: dict[str, Code] = {c.code: c for c in _CODES}


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    col: int
    code: str
    message: str

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.code} {self.message}"


class ScenarioError(Exception):
    """Raised by the loader with every diagnostic of a file that does not load."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' did you mean …?' suffix, or nothing when no choice is close."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
