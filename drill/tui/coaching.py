"""Coach mode's words between decisions: what the scoring makes of an escalation, a deletion
or a hide just made, and a warning when an item's reply target is about to pass.

Exercise mode says none of this: a trainee being assessed gets no help. The judgement is the
scoring's own evidence, in the debrief's words (report.explain), so the coach and the debrief
never disagree; the play screen only shows what this returns.
"""

from __future__ import annotations

from collections.abc import Callable

from drill.report.explain import explain
from drill.scenario.actions import Action
from drill.scenario.types import format_duration
from drill.scoring.dimensions import escalation, reply_target, transparency

WARN_AT = 0.5
"""Warn when this share of an item's reply target has gone: the moment its feed row turns
yellow ('due'), so the colour and the warning tell the same thing."""
JUDGES = {"escalate": escalation, "delete": transparency, "hide": transparency}
"""The verbs no authored feedback speaks for, and the scoring dimension that judges each."""


class Coach:
    """One run's coach: remembers which items it has warned about (each is warned once)."""

    def __init__(self, session, t: Callable[..., str], lang: str) -> None:
        self.session, self.t, self.lang = session, t, lang
        self.warned: set[str] = set()

    def judged(self, action: Action) -> str | None:
        """The debrief's sentence on an escalation, deletion or hide just made, or None."""
        judge = JUDGES.get(action.verb)
        if judge is None:
            return None
        session = self.session
        item = session.feed.get(action.item or "")
        about = {action.item, item.source if item is not None and item.flood else None}
        found = [e for e in judge(session) if (e.action or "").split(" ")[0] == action.verb and e.item in about]
        if not found:
            return None
        latest = max(found, key=lambda e: e.t if e.t is not None else -1.0)
        return explain(latest.rule, latest.params, self.lang)

    def due_soon(self) -> list[str]:
        """Warnings for items whose reply target is about to pass (past WARN_AT of it, not
        yet past it), each item once."""
        session, t = self.session, self.t
        out = []
        for item in session.authored:
            if item.id in self.warned or not item.waiting:
                continue
            inject = session.scenario.injects_by_id.get(item.id)
            if inject is None:
                continue
            target = float(reply_target(session, inject))
            waited = session.now - item.time
            if target * WARN_AT <= waited < target:
                self.warned.add(item.id)
                out.append(t("ui.coach.due", who=item.author, channel=t("ui.channel." + item.channel),
                             left=format_duration(target - waited), target=format_duration(target)))
        return out
