"""What the trainee wrote, read back with the reply checker's findings marked where they are.

A written reply (or an escalation note) teaches most when the trainee sees their own words
again: each finding numbered and marked at its span, a fault paired with what a better
sentence would look like, and the author's model answer beside it. Findings that judge the
whole text (a curt one-liner, a note that is no situation report, a fact the answer should
have mentioned) are listed without a mark. The checker is deterministic, so reading the
text again here gives exactly the findings the score was built from.
"""

from __future__ import annotations

import itertools
from typing import Any

from drill.checker import CHECK_ROUTE, MILD, SEVERE, Review, check_reply
from drill.i18n import finding_message, t
from drill.scenario import model as m
from drill.scenario.actions import Action
from drill.scenario.types import format_duration, text_in

FAULTS = SEVERE | MILD | {"sitrep_missing"}


def written(scenario: m.Scenario, action: Action, inject: m.Inject | None, lang: str) -> dict[str, Any] | None:
    """The text an action carried with its findings, or None when it carried none of its own."""
    if action.verb == "escalate":
        if not action.note:
            return None
        text, route, text_lang = action.note, "escalate", lang
    elif action.text is not None and action.verb in CHECK_ROUTE:
        text, route, text_lang = action.text, CHECK_ROUTE[action.verb], action.lang or lang
    else:
        return None
    about = inject.id if inject is not None and action.verb != "status" else None
    review = check_reply(scenario, about, route, text, text_lang)
    findings = _findings(scenario, review, lang)
    model = text_in(inject.model_answer, lang) if inject is not None and inject.model_answer and action.verb != "escalate" else ""
    return {
        "text": text, "route": route, "segments": _segments(text, findings), "findings": findings,
        "faults": sum(f["fault"] for f in findings), "model_answer": model or None,
    }


def _findings(scenario: m.Scenario, review: Review, lang: str) -> list[dict[str, Any]]:
    text = review.text
    body = (len(text) - len(text.lstrip()), len(text.rstrip()))
    promised = scenario.ground_rules.promised_response
    out = []
    for n, f in enumerate(review.findings, start=1):
        whole = f.start <= body[0] and f.end >= body[1]
        fault = f.check in FAULTS
        better_key = f"check.better.{f.check}"
        out.append({
            "n": n, "check": f.check, "fault": fault, "whole": whole, "start": f.start, "end": f.end,
            "excerpt": "" if whole else text[f.start:f.end],
            "message": finding_message(f.check, f.detail, lang),
            "better": t(better_key, lang, detail=f.detail, promised=format_duration(promised) if promised else "—") if fault else None,
        })
    return out


def _segments(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every marked finding's edges: each piece with the numbers of the
    findings over it and whether any of them is a fault (overlaps keep every number)."""
    marked = [f for f in findings if not f["whole"] and f["end"] > f["start"]]
    cuts = sorted({0, len(text), *(f["start"] for f in marked), *(f["end"] for f in marked)})
    pieces: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(cuts):
        over = [f for f in marked if f["start"] <= a and b <= f["end"]]
        marks = [f["n"] for f in over]
        if pieces and pieces[-1]["marks"] == marks:
            pieces[-1]["text"] += text[a:b]
            continue
        pieces.append({"text": text[a:b], "marks": marks, "fault": any(f["fault"] for f in over)})
    return pieces
