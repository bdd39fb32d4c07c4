"""The hotwash: questions for the discussion right after the exercise, from its weakest moments.

HSEEP's hotwash is the facilitated talk straight after play, while memories are fresh. A
facilitator needs a few good questions more than a long list: so the run's weakest moments
are ranked (critical errors first, then silences, missed escalations, the facilitator's own
low ratings, then choices with a clearly better option) and each becomes one open question
that names the moment and the role that made it. Three standard questions close the list.
Built from the decision review, the escalation table and the notes, never from raw events,
so a question always points at something the report shows.
"""

from __future__ import annotations

from typing import Any

from drill.i18n import t
from drill.report.explain import has_key, hhmm, item_ref, verb_name
from drill.report.runrecord import Moment, RunRecord

MAX_QUESTIONS = 6
"""Generated questions at most (the standard three come on top)."""
WEAK = 60.0
"""A judged value below this makes a moment worth a question."""
STANDARD = ("well", "differently", "playbook")
OBSERVATION_WEIGHT = {"U": 1.0, "M": 3.0}
"""The facilitator's own low ratings rank just after critical errors: someone saw it happen."""
KIND_CAP = {"missed": 2, "better": 2, "judged": 2}
"""At most this many questions of a kind: three silences make one discussion, not three."""


def _candidates(record: RunRecord) -> list[tuple[float, float, tuple, str, dict[str, Any]]]:
    """(weakness, time, dedupe key, question key, parameters) for every weak spot of the run."""
    starts = record["scenario"]["starts"]
    found: list[tuple[float, float, tuple, str, dict[str, Any]]] = []
    for mo in record["decisions"]:
        when = hhmm(starts, mo["t"])
        who = _who(mo, record["lang"])
        base = {"time": when, "who": who, "t": mo["t"], "role": mo.get("role_name") or "", "item": mo["item"]}
        if mo["critical"]:
            critical = mo["critical"][0]
            key = f"report.hotwash.q.critical.{critical}"
            found.append((0.0, mo["t"], ("critical", critical), key if has_key(key, record["lang"]) else "report.hotwash.q.critical",
                          {**base, "name": t(f"critical.{critical}", record["lang"])}))
        elif mo["verb"] == "missed":
            found.append((10.0, mo["t"], ("missed", mo["item"]), "report.hotwash.q.missed", base))
        elif mo["better"] is not None and mo["chosen"] is not None:
            key = "report.hotwash.q.better_status" if mo["verb"] == "status" else "report.hotwash.q.better"
            found.append((mo["chosen"]["quality"] or 0.0, mo["t"], ("better", mo["item"] or mo["chosen"]["id"]), key,
                          {**base, "chosen": mo["chosen"]["short"], "better": mo["better"]["short"]}))
        else:
            judged = [e for e in mo["judged"] if e["value"] < WEAK]
            if judged:
                worst = min(judged, key=lambda e: e["value"])
                found.append((worst["value"], mo["t"], ("judged", mo["item"], worst["rule"]), "report.hotwash.q.judged",
                              {**base, "what": worst["text"].rstrip(".")}))
    for row in record["escalation"]["expected"]:
        base = {"level": row["level_name"], "item": row["item"], "deadline": hhmm(starts, row["deadline"]), "t": row["need"], "role": ""}
        if row["done"] is None:
            found.append((5.0, row["need"], ("escalation", row["level"]), "report.hotwash.q.escalation_missed", base))
        elif row["done"] > row["deadline"]:
            found.append((40.0, row["need"], ("escalation", row["level"]), "report.hotwash.q.escalation_late",
                          {**base, "done": hhmm(starts, row["done"])}))
    for note in record["notes"]:
        if note["kind"] == "observation" and note["rating"] in OBSERVATION_WEIGHT:
            found.append((OBSERVATION_WEIGHT[note["rating"]], note["t"], ("observation", note["t"], note["text"]),
                          "report.hotwash.q.observation",
                          {"time": hhmm(starts, note["t"]), "text": note["text"], "t": note["t"], "role": note.get("role_name") or ""}))
    return found


def _who(moment: Moment, lang: str) -> str:
    """Whom or what a moment concerns, never empty: the author, else the comments of a flood,
    the status update (it has no item), or the item as the reader knows it."""
    if moment["author"]:
        return moment["author"]
    if moment.get("flood") and moment["item"]:
        return t("report.flood_item", lang, flood=moment["item"])
    if moment["verb"] == "status" or not moment["item"]:
        return t("report.hotwash.status_update", lang) if moment["verb"] == "status" else verb_name(moment["verb"], lang)
    return item_ref(moment["item"], lang)


def hotwash(record: RunRecord) -> dict[str, Any]:
    """The questions, weakest moment first, then the standard ones; each says when and to whom."""
    lang = record["lang"]
    chosen: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    kinds: dict[str, int] = {}
    for weakness, _when, key, text_key, params in sorted(_candidates(record), key=lambda c: (c[0], c[1])):
        if key in seen or kinds.get(key[0], 0) >= KIND_CAP.get(key[0], MAX_QUESTIONS):
            continue
        seen.add(key)
        kinds[key[0]] = kinds.get(key[0], 0) + 1
        role = params["role"]
        chosen.append({"t": params["t"], "kind": key[0], "role": role[:1].upper() + role[1:], "item": params.get("item"),
                       "weakness": round(weakness, 1), "question": t(text_key, lang, **params)})
        if len(chosen) == MAX_QUESTIONS:
            break
    chosen.sort(key=lambda q: q["t"])
    standard = [{"t": None, "kind": "standard", "role": "", "item": None, "weakness": None,
                 "question": t(f"report.hotwash.q.{name}", lang)} for name in STANDARD]
    return {"intro": t("report.hotwash.intro", lang), "questions": chosen + standard}
