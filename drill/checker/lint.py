"""Authoring checks that need the reply checker: a model answer must pass its own inject's
checks (D417), so the debrief never shows trainees a 'model' that the checker would fault."""

from __future__ import annotations

from collections.abc import Iterator

from drill.checker import check_reply
from drill.scenario import model as m
from drill.scenario.diagnostics import Diagnostic
from drill.scenario.load import Loaded
from drill.scenario.types import text_in

FAULTS = frozenset({"personal_data", "promise", "wrong_fact", "redirect_reason_missing", "curt", "blame", "defensive",
                    "boilerplate", "shouting", "must_mention", "must_not"})
"""Findings a model answer must not have."""


def model_answers(s: m.Scenario) -> Iterator[tuple[int, m.Inject, str, str, str]]:
    """Each model answer of a drill in each of its languages, with the route it answers on:
    (index of the inject, the inject, route, language, text)."""
    for i, inject in enumerate(s.injects):
        if inject.model_answer is None:
            continue
        route: str = inject.expect.route if inject.expect and isinstance(inject.expect.route, str) else "public"
        route = {"phone": "redirect", "email": "redirect", "secure_chat": "redirect", "status_update": "status"}.get(route, route)
        for lang in s.languages:
            yield i, inject, route, lang, text_in(inject.model_answer, lang)


def lint_model_answers(loaded: Loaded) -> list[Diagnostic]:
    s = loaded.scenario
    found = []
    for i, inject, route, lang, text in model_answers(s):
        faults = sorted(check_reply(s, inject.id, route, text, lang).checks & FAULTS)
        if faults:
            found.append(Diagnostic(*loaded.located.place(("injects", i, "model_answer")), "D417",
                                    f"the model answer of {inject.id!r} ({lang}) does not pass its own checks: {', '.join(faults)}"))
    return found
