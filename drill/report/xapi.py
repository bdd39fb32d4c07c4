"""xAPI 1.0.3 statements from the run record, for a learning record store (LRS).

One statement per decision (responded), one per scoring dimension (scored, with
result.score.scaled), one for the run (completed). What an LRS holds a provider to:

- ids: UUIDv5 of the run, the statement's place, the language and a digest of its content.
  The same run exported again gives the same ids, so an LRS keeps one copy; another language
  or another actor gives other ids, since one id with other content is refused (409).
- timestamps: when it really happened, from the journal's `utc` stamps (a decision: its
  input; the scores and the completion: the end), and never after the export ("MUST NOT use
  a future time"). A journal without stamps (older drill) gives none: nobody knows when its
  decisions were made, and the LRS uses the time it stores them.
- duration: the time really spent, each sitting from its start to its last record (a resumed
  run starts a new sitting); the simulated time goes in an extension.
- actor: `--actor mailto:…` or `--account HOMEPAGE:NAME` identify the trainee (or the team,
  as an identified group). Without them, the name under drill's own homePage, which tells
  apart only trainees with different names.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from drill.report.runrecord import RunRecord

BASE = "https://drill.invalid"
"""The IRI root of drill's activities and extensions (.invalid: an identifier, never fetched)."""
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE + "/xapi")
VERBS = {
    "responded": ("http://adlnet.gov/expapi/verbs/responded", {"en": "responded", "fi": "vastasi"}),
    "scored": ("http://adlnet.gov/expapi/verbs/scored", {"en": "scored", "fi": "sai pisteet"}),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", {"en": "completed", "fi": "suoritti"}),
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
OBJECTIVE = "http://adlnet.gov/expapi/activities/objective"
EXT_SIM_TIME = BASE + "/xapi/extensions/sim-time"
EXT_SEED = BASE + "/xapi/extensions/seed"
EXT_COUNT = BASE + "/xapi/extensions/count"
EXT_RATING = BASE + "/xapi/extensions/rating"
EXT_CRITICAL = BASE + "/xapi/extensions/critical"
ACCOUNT_EXAMPLE = "https://lms.example.org:aino"


def _iri(*parts: str) -> str:
    return "/".join([BASE, *(quote(str(p), safe="") for p in parts)])


def run_key(record: RunRecord) -> str:
    """What makes a run this run: scenario, its digest, seed, who, when, and every action."""
    run = record["run"]
    actions = [[a["t"], a["verb"], a["item"], a["option"], a["level"], a["ok"]] for a in record["actions"]]
    digest = hashlib.sha256(json.dumps(actions, separators=(",", ":")).encode()).hexdigest()
    return "|".join(str(v) for v in (run["scenario"], run["digest"], run["seed"], run["started"], ",".join(run["trainees"]), digest))


# ---------------------------------------------------------------------------- who


def mbox(value: str) -> dict[str, str]:
    """`--actor mailto:ADDRESS` as an xAPI identifier (the domain lowercased, as xAPI asks),
    or ValueError with a one-line reason. email-validator checks the address's form only."""
    from email_validator import EmailNotValidError, validate_email

    scheme, colon, address = value.partition(":")
    if not colon or scheme.lower() != "mailto":
        raise ValueError(f"--actor {value!r}: give an e-mail address as mailto:ADDRESS, such as mailto:aino@example.org")
    try:
        normal = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"--actor {value!r}: not an e-mail address: {' '.join(str(exc).split())}") from None
    return {"mbox": f"mailto:{normal}"}


def account(value: str) -> dict[str, dict[str, str]]:
    """`--account HOMEPAGE:NAME` (the name after the last colon) as an xAPI account, or
    ValueError with a one-line reason."""
    home, colon, name = value.rpartition(":")
    try:
        url = urlsplit(home)
        known = url.scheme in ("http", "https") and bool(url.hostname)
    except ValueError:  # such as an unclosed [IPv6] host
        known = False
    if not colon or not known:
        raise ValueError(f"--account {value!r}: give your LMS's home page and the trainee's account as HOMEPAGE:NAME, such as {ACCOUNT_EXAMPLE}")
    if not name or name != name.strip() or not name.isprintable() or not home.isprintable() or " " in home:
        raise ValueError(f"--account {value!r}: the account name after the last colon must be non-empty, without spaces around it or control characters")
    return {"account": {"homePage": home, "name": name}}


def _agent(name: str) -> dict[str, Any]:
    """A trainee known only by name: an account under drill's own homePage."""
    return {"objectType": "Agent", "name": name, "account": {"homePage": BASE + "/trainees", "name": name}}


def actor(record: RunRecord, ifi: dict[str, Any] | None = None) -> dict[str, Any]:
    """The trainee (a group for a team), identified by `ifi` (from `mbox` or `account`) when
    given, else by name under drill's homePage ('anonymous' with no name)."""
    names = record["run"]["trainees"]
    if len(names) > 1:
        return {"objectType": "Group", "name": ", ".join(names), **(ifi or {}), "member": [_agent(n) for n in names]}
    if ifi is None:
        return _agent(names[0] if names else "anonymous")
    return {"objectType": "Agent", **({"name": names[0]} if names else {}), **ifi}


# ---------------------------------------------------------------------------- when


def _utc(value: Any) -> datetime | None:
    """A journal's time stamp as an aware UTC datetime; None for anything else (read defensively)."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when.astimezone(UTC) if when.tzinfo is not None else None


@dataclass(frozen=True)
class RealTime:
    """What the journal says about the wall clock: when each record was written, when the
    run ended and how long it was played. Empty for a journal from before the stamps."""

    sim: tuple[float, ...] = ()
    """The sim time of every stamped input (a trainee's action), in order (ties in journal order)."""
    utc: tuple[datetime, ...] = ()
    """When each of those inputs was journaled: just before the engine acted on it."""
    end: datetime | None = None
    spent: float | None = None
    """Seconds played: each sitting from its start (the header's `started` for the first, a
    `resumed` record for later ones) to its last record; None without stamps."""

    @classmethod
    def of(cls, header: dict[str, Any], records: list[dict[str, Any]]) -> RealTime:
        inputs: list[tuple[float, datetime]] = []
        first = _utc(header.get("started"))
        sittings: list[list[datetime]] = [[first] if first else []]
        end = last = None
        for record in records:
            stamp = _utc(record.get("utc"))
            if record.get("resumed") is True:
                sittings.append([])
            if stamp is None:
                continue
            sittings[-1].append(stamp)
            last = max(last or stamp, stamp)
            if "end" in record:
                end = stamp
            if "input" in record:
                with contextlib.suppress(TypeError, ValueError):
                    inputs.append((float(record.get("t", 0)), stamp))
        if last is None:
            return cls()
        inputs.sort(key=lambda m: m[0])  # stable: inputs at one sim time stay in journal order
        spent = sum(max(0.0, (max(s) - min(s)).total_seconds()) for s in sittings if s)
        return cls(tuple(m[0] for m in inputs), tuple(m[1] for m in inputs), end or last, spent)

    def at(self, t: float) -> datetime | None:
        """When the first input at sim time `t` or later (a decision's own) was journaled."""
        i = bisect.bisect_left(self.sim, t - 1e-3)  # the journal rounds sim times to the microsecond
        return self.utc[i] if i < len(self.utc) else None


def _timestamp(when: datetime | None, exported: datetime) -> str | None:
    """UTC to the millisecond, never after the export."""
    if when is None:
        return None
    return min(when, exported).astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _duration(seconds: float) -> str:
    """ISO 8601 (PT…H…M…S) to 0.01 s, the precision xAPI asks for."""
    cs = max(0, round(seconds * 100))
    hours, minutes, rest = cs // 360000, cs // 6000 % 60, cs % 6000
    secs = f"{rest // 100}" if rest % 100 == 0 else f"{rest / 100:.2f}".rstrip("0")
    text = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (f"{secs}S" if rest or not (hours or minutes) else "")
    return "PT" + text


# ---------------------------------------------------------------------------- statements


def statements(
    record: RunRecord, ifi: dict[str, Any] | None = None, times: RealTime | None = None, exported: datetime | None = None,
) -> list[dict[str, Any]]:
    """Every statement of the run, in a fixed order. `times` from the journal (else no
    timestamps and no duration), `exported` the moment of the export (default: now)."""
    times = times or RealTime()
    exported = exported or datetime.now(UTC)
    lang = record["lang"]
    scenario = record["scenario"]
    key = run_key(record)
    registration = str(uuid.uuid5(NAMESPACE, key))
    who = actor(record, ifi)
    parent = {
        "objectType": "Activity", "id": _iri("scenarios", scenario["id"]),
        "definition": {"name": {lang: scenario["title"]}, "description": {lang: scenario["summary"] or scenario["title"]}, "type": SIMULATION},
    }
    context = {
        "registration": registration, "platform": "drill", "language": lang,
        "contextActivities": {"parent": [{"objectType": "Activity", "id": parent["id"]}]},
        "extensions": {EXT_SEED: record["run"]["seed"]},
    }

    def statement(kind: str, n: int, verb: str, obj: dict[str, Any], result: dict[str, Any], when: datetime | None, ctx: dict[str, Any]) -> dict[str, Any]:
        body = {
            "actor": who, "verb": {"id": VERBS[verb][0], "display": {lang: VERBS[verb][1][lang]}},
            "object": obj, "result": result, "context": ctx,
        }
        content = hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        out = {"id": str(uuid.uuid5(NAMESPACE, f"{key}|{kind}|{n}|{lang}|{content}")), **body}
        stamp = _timestamp(when, exported)
        if stamp:
            out["timestamp"] = stamp
        return out

    out = []
    for n, d in enumerate(m for m in record["decisions"] if m["verb"] != "missed"):
        target = ("floods", d["item"]) if d["flood"] else ("injects", d["item"]) if d["item"] else (
            ("escalation", d["level"]) if d["verb"] == "escalate" else ("status", (d["chosen"] or {}).get("id", "")))
        name = d["item"] or (d["chosen"] or {}).get("label") or d["verb_name"]
        obj = {"objectType": "Activity", "id": _iri("scenarios", scenario["id"], *target),
               "definition": {"name": {lang: name}, "type": INTERACTION}}
        response = (d["chosen"] or {}).get("id") or d["level"] or d["verb"]
        result = {
            "response": f"{d['verb']}:{response}", "success": d["better"] is None and not d["critical"],
            "extensions": {EXT_SIM_TIME: d["t"], EXT_COUNT: d["count"], EXT_CRITICAL: d["critical"]},
        }
        out.append(statement("decision", n, "responded", obj, result, times.at(d["t"]), context))
    end = record["run"]["duration"]
    for dim in record["summary"]["dimensions"]:
        obj = {"objectType": "Activity", "id": _iri("scenarios", scenario["id"], "dimensions", dim["name"]),
               "definition": {"name": {lang: dim["label"]}, "type": OBJECTIVE}}
        result = {
            "score": {"scaled": round(dim["score"] / 100, 4), "raw": dim["score"], "min": 0, "max": 100},
            "success": dim["rating"] in ("P", "S"), "extensions": {EXT_RATING: dim["rating"]},
        }
        out.append(statement(f"dimension:{dim['name']}", 0, "scored", obj, result, times.end, context))
    summary = record["summary"]
    result = {
        "score": {"scaled": round(summary["overall"] / 100, 4), "raw": summary["overall"], "min": 0, "max": 100},
        "success": summary["rating"] in ("P", "S") and not summary["critical"], "completion": True,
        **({"duration": _duration(times.spent)} if times.spent is not None else {}),
        "extensions": {EXT_RATING: summary["rating"], EXT_CRITICAL: [c["id"] for c in summary["critical"]], EXT_SIM_TIME: end},
    }
    ctx = {k: v for k, v in context.items() if k != "contextActivities"}
    out.append(statement("completed", 0, "completed", parent, result, times.end, ctx))
    return out


def statements_text(record: RunRecord, **kw: Any) -> str:
    """The statements as the file `drill report -f xapi` writes (a JSON array)."""
    return json.dumps(statements(record, **kw), ensure_ascii=False, indent=1) + "\n"
