"""xAPI 1.0.3: statements that the `tincan` library parses, and that obey the statement rules
an LRS holds a provider to: a timestamp is when it happened and never in the future, the
duration is the time spent, one id never stands for two contents (or the LRS answers 409),
and the actor has exactly one identifier, which the trainer can set (--actor, --account)."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from reportkit import record_run

import drill.runlog
from drill.cli import main
from drill.engine.session import Session
from drill.players import make_player
from drill.report import build_record, render
from drill.report.command import report_from_journal
from drill.report.xapi import EXT_SIM_TIME, NAMESPACE, VERBS
from drill.runlog import JournalWriter, read_journal, replay
from drill.scenario.load import load

try:
    import tincan
except ImportError:  # the statement rules below are still checked by hand
    tincan = None

needs_tincan = pytest.mark.skipif(tincan is None, reason="the tincan package is not installed (pip install tincan)")

DURATION = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?$")
"""The ISO 8601 durations drill writes (xAPI: at most 0.01 s precision)."""
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
"""RFC 3339 in UTC, to the millisecond xAPI keeps."""
IRI = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s]+$")
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def statements_of(run, **kw) -> list[dict]:
    return json.loads(render(build_record(run.session, run.card, **kw), "xapi"))


def invoke(*args: str):
    return CliRunner().invoke(main, ["report", *args], catch_exceptions=False)


def export(run, tmp_path, *args: str) -> list[dict]:
    """`drill report RUNLOG -f xapi ARGS…` as a user runs it; the statements it wrote."""
    out = tmp_path / f"x{len(list(tmp_path.iterdir()))}.json"
    result = invoke(str(run.journal), "-f", "xapi", "-o", str(out), "--scenario", str(run.scenario_file), *args)
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def seconds(duration: str) -> float:
    hours, minutes, secs = DURATION.match(duration).groups()
    return int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(secs or 0)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Wall:
    """A wall clock for the journal (drill.runlog.utc_now) that moves `step` seconds a record."""

    def __init__(self, start: datetime, step: float):
        self.now, self.step = start, step

    def __call__(self) -> str:
        self.now += timedelta(seconds=self.step)
        return iso(self.now)


def parse(statement: dict) -> None:
    """tincan's own parser (when installed) must take the statement as it is."""
    if tincan is not None:
        parsed = tincan.Statement.from_json(json.dumps(statement))
        assert str(parsed.id) == statement["id"]
        if "timestamp" in statement:
            assert parsed.timestamp == utc(statement["timestamp"])
        if "duration" in statement["result"]:
            assert parsed.result.duration.total_seconds() == pytest.approx(seconds(statement["result"]["duration"]))


def check_agent(agent: dict) -> None:
    assert agent["objectType"] == "Agent"
    assert sum(key in agent for key in IFIS) == 1, agent  # exactly one identifier
    if "account" in agent:
        assert IRI.match(agent["account"]["homePage"]) and agent["account"]["name"]
    if "mbox" in agent:
        assert re.match(r"^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$", agent["mbox"])


def check_rules(statement: dict, exported: datetime | None = None) -> None:
    """The xAPI 1.0.3 statement rules tincan does not enforce by itself."""
    assert uuid.UUID(statement["id"]).version == 5
    actor = statement["actor"]
    if actor["objectType"] == "Agent":
        check_agent(actor)
    else:
        assert actor["objectType"] == "Group" and actor["member"]
        assert sum(key in actor for key in IFIS) <= 1
        for member in actor["member"]:
            check_agent(member)
    assert IRI.match(statement["verb"]["id"]) and statement["verb"]["display"]
    assert statement["object"]["objectType"] == "Activity" and IRI.match(statement["object"]["id"])
    for lang_map in statement["object"].get("definition", {}).values():
        if isinstance(lang_map, dict):
            assert all(re.match(r"^[a-z]{2}(-[A-Z]{2})?$", k) for k in lang_map)
    result = statement.get("result", {})
    if "score" in result:
        score = result["score"]
        assert -1 <= score["scaled"] <= 1 and score["min"] <= score["raw"] <= score["max"]
    if "duration" in result:
        assert DURATION.match(result["duration"]), result["duration"]
    for key in result.get("extensions", {}):
        assert IRI.match(key)
    if "timestamp" in statement:
        if exported is not None:  # "A Learning Record Provider MUST NOT use a future time"
            assert utc(statement["timestamp"]) <= exported, f"{statement['timestamp']} is after the export at {exported}"
        assert TIMESTAMP.match(statement["timestamp"]), statement["timestamp"]
    context = statement["context"]
    assert uuid.UUID(context["registration"])
    assert "revision" not in context and "platform" in context


def journal_lines(run) -> list[dict]:
    return [json.loads(line) for line in run.journal.read_text(encoding="utf-8").splitlines()]


# ---------------------------------------------------------------------------- times


@pytest.fixture
def fresh(scenario_files, tmp_path):
    """fresh(bot, **header) → a run journaled now (not cached: its stamps are today's)."""

    def play(bot: str = "random", seed: int = 1, **header):
        path = scenario_files["demo"]
        header.setdefault("started", datetime.now(UTC).isoformat(timespec="seconds"))
        return record_run(load(path), path, bot, seed, tmp_path / f"{bot}-{seed}.jsonl", trainee="Aino", **header)

    return play


def test_timestamps_are_when_each_decision_was_made_and_never_after_the_export(fresh, tmp_path):
    """The defect: start + simulated seconds put most statements hours into the future."""
    run = fresh("random")
    statements = export(run, tmp_path)
    exported = datetime.now(UTC)
    assert run.session.now >= 3600  # an hour of drill, played in well under a second
    for statement in statements:
        parse(statement)
        check_rules(statement, exported)
    inputs: dict[float, str] = {}
    for record in journal_lines(run):
        if "input" in record:
            inputs.setdefault(round(record["t"], 3), record["utc"])
    decisions = [s for s in statements if s["verb"]["id"] == VERBS["responded"][0]]
    assert len(decisions) >= 5
    for statement in decisions:  # each decision when its input was journaled
        t = statement["result"]["extensions"][EXT_SIM_TIME]
        assert statement["timestamp"] == inputs[round(t, 3)]
    end = next(utc(r["utc"]) for r in journal_lines(run) if "end" in r)
    assert {s["timestamp"] for s in statements[len(decisions):]} == {iso(end)}  # scores and completion: at the end


def test_a_journal_from_a_clock_ahead_never_gives_a_future_timestamp(fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(drill.runlog, "utc_now", Wall(datetime.now(UTC) + timedelta(days=2), 1.0))
    run = fresh("random", started=None)
    before = datetime.now(UTC)
    statements = export(run, tmp_path)
    after = datetime.now(UTC)
    for statement in statements:
        check_rules(statement, after)
        assert utc(statement["timestamp"]) >= before - timedelta(milliseconds=1)  # the export, not two days on


def test_duration_is_the_time_spent_in_each_sitting(scenario_files, tmp_path, monkeypatch):
    """Two sittings, three days apart: the duration is the real time played, not the
    simulated time and not the days between (the resumed journal marks the new sitting)."""
    path = scenario_files["demo"]
    loaded = load(path)
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    wall = Wall(start, 0.5)
    monkeypatch.setattr(drill.runlog, "utc_now", wall)
    journal = tmp_path / "run.jsonl"
    session = Session(loaded.scenario, 1, scenario_digest=loaded.digest, trainee="Aino", started=iso(start))
    session_writer = JournalWriter.start(session.log, journal)

    def play(session: Session, until: float) -> None:
        player = make_player("random", 1)
        while session.ended is None and session.now < until:
            for action in player.decide(session):
                session.act(action)
            session.advance_to(session.now + 60)
            session.log.checkpoint(session.now)
        session_writer.close()

    play(session, 1200)
    first = wall.now - start
    wall.now += timedelta(days=3)
    resumed = replay(loaded.scenario, read_journal(journal))
    mark = wall.now + timedelta(seconds=wall.step)  # the `resumed` record's stamp
    JournalWriter.resume(resumed.log, journal)
    play(resumed, float("inf"))
    second = wall.now - mark
    assert resumed.ended is not None
    out = report_from_journal(str(journal), "xapi", str(tmp_path / "x.json"), scenario_path=str(path),
                              exported=wall.now + timedelta(minutes=1))
    completed = json.loads(out.read_text(encoding="utf-8"))[-1]
    assert completed["verb"]["id"] == VERBS["completed"][0]
    spent = seconds(completed["result"]["duration"])
    assert spent == pytest.approx((first + second).total_seconds(), abs=0.01)
    assert spent < resumed.now / 10  # real minutes, not the simulated hours
    assert completed["result"]["extensions"][EXT_SIM_TIME] == pytest.approx(resumed.now)
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert completed["timestamp"] == next(r["utc"] for r in lines if "end" in r)  # the end, not the last checkpoint
    parse(completed)
    check_rules(completed)


def test_a_journal_without_wall_clock_stamps_gives_no_times(fresh, tmp_path):
    """Older journals (and hand-edited stamps) still load: no timestamp or duration is made up."""
    run = fresh("random")
    lines = journal_lines(run)
    for n, record in enumerate(lines[1:]):
        record.pop("utc")
        if n % 3 == 1:
            record["utc"] = ["yesterday", "2026-03-02T10:15:00", 17][n % 9 // 3]  # nonsense, naive, a number
    run.journal.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    statements = export(run, tmp_path)
    assert not any("timestamp" in s for s in statements)
    assert "duration" not in statements[-1]["result"]
    assert statements[-1]["result"]["extensions"][EXT_SIM_TIME] == pytest.approx(run.session.now)
    for statement in statements:
        parse(statement)
        check_rules(statement)


def test_every_journal_record_carries_its_wall_clock_time(fresh):
    run = fresh("deleter")
    lines = journal_lines(run)
    assert all(TIMESTAMP.match(r["utc"]) for r in lines)
    stamps = [utc(r["utc"]) for r in lines]
    assert stamps == sorted(stamps)
    assert read_journal(run.journal).header == lines[0]["header"]  # the stamp is beside the header, not in it


# ---------------------------------------------------------------------------- ids


def test_ids_are_the_same_for_the_same_export_and_distinct_per_language_and_actor(fresh, tmp_path):
    """An LRS refuses (409) a statement whose id it holds with other content."""
    run = fresh("random")
    en, fi = export(run, tmp_path, "--lang", "en"), export(run, tmp_path, "--lang", "fi")
    assert [s["id"] for s in en] == [s["id"] for s in export(run, tmp_path, "--lang", "en")]
    assert en[-1]["object"]["definition"] != fi[-1]["object"]["definition"]
    assert not {s["id"] for s in en} & {s["id"] for s in fi}
    variants = [en, fi, export(run, tmp_path, "--actor", "mailto:aino@example.org"),
                export(run, tmp_path, "--account", "https://lms.example.org:aino")]
    content: dict[str, str] = {}
    for statements in variants:
        assert len({s["id"] for s in statements}) == len(statements)
        for statement in statements:
            body = json.dumps({k: v for k, v in statement.items() if k not in ("id", "timestamp")}, sort_keys=True)
            assert content.setdefault(statement["id"], body) == body  # one id, one content
    assert len(content) == 4 * len(en)


def test_ids_are_stable_across_renders_and_unique_across_runs(runs):
    a = statements_of(runs("demo", "random", seed=3))
    again = statements_of(runs("demo", "random", seed=3))
    other = statements_of(runs("demo", "random", seed=4))
    ids = [s["id"] for s in a]
    assert ids == [s["id"] for s in again]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {s["id"] for s in other}
    assert all(uuid.UUID(i) != uuid.uuid5(NAMESPACE, "") for i in ids)


# ---------------------------------------------------------------------------- actor


def test_actor_by_mailbox_or_account(fresh, tmp_path):
    run = fresh("ideal")
    by_mail = export(run, tmp_path, "--actor", "mailto:Aino.Virtanen@Example.ORG")
    assert {json.dumps(s["actor"]) for s in by_mail} == {json.dumps(
        {"objectType": "Agent", "name": "Aino", "mbox": "mailto:Aino.Virtanen@example.org"})}  # the domain in lower case
    by_account = export(run, tmp_path, "--account", "https://lms.example.org:8443/moodle:aino.v")
    assert by_account[-1]["actor"] == {"objectType": "Agent", "name": "Aino",
                                       "account": {"homePage": "https://lms.example.org:8443/moodle", "name": "aino.v"}}
    other = export(run, tmp_path, "--actor", "mailto:aino.korhonen@example.org")
    assert other[-1]["actor"]["name"] == by_mail[-1]["actor"]["name"] and other[-1]["actor"] != by_mail[-1]["actor"]
    for statement in by_mail + by_account:
        parse(statement)
        check_rules(statement)
    if tincan is not None:
        assert tincan.Statement.from_json(json.dumps(by_mail[-1])).actor.mbox == "mailto:Aino.Virtanen@example.org"


def test_a_team_with_an_actor_is_an_identified_group(scenario_files, tmp_path):
    path = scenario_files["demo"]
    team = [{"name": "Aino", "role": "lead"}, {"name": "Mikko", "role": "comms"}]
    run = record_run(load(path), path, "ideal", 1, tmp_path / "team.jsonl", team=team)
    (tmp_path / "out").mkdir()
    actor = export(run, tmp_path / "out", "--actor", "mailto:crisis-team@example.org")[-1]["actor"]
    assert actor["objectType"] == "Group" and actor["mbox"] == "mailto:crisis-team@example.org"
    assert [m["name"] for m in actor["member"]] == ["Aino (lead)", "Mikko (comms)"]


@pytest.mark.parametrize(("args", "message"), [
    (["--actor", "aino@example.org"], "--actor 'aino@example.org': give an e-mail address as mailto:ADDRESS, such as mailto:aino@example.org"),
    (["--actor", "mailto:aino"], "--actor 'mailto:aino': not an e-mail address: An email address must have an @-sign."),
    (["--actor", "mailto:Aino <aino@example.org>"], "--actor 'mailto:Aino <aino@example.org>': not an e-mail address: "),
    (["--actor", "mailto:aino@localhost"], "--actor 'mailto:aino@localhost': not an e-mail address: "),
    (["--account", "aino"], "--account 'aino': give your LMS's home page and the trainee's account as HOMEPAGE:NAME, such as https://lms.example.org:aino"),
    (["--account", "https://lms.example.org"], "--account 'https://lms.example.org': give your LMS's home page"),
    (["--account", "https://[::1:aino"], "--account 'https://[::1:aino': give your LMS's home page"),
    (["--account", "https://lms.example.org: aino"], "--account 'https://lms.example.org: aino': the account name after the last colon must be"),
    (["--account", "https://lms.example.org:aino", "--actor", "mailto:aino@example.org"], "give --actor or --account, not both"),
    (["--actor", "mailto:aino@example.org", "-f", "html"], "--actor and --account name the trainee in xAPI statements: use them with -f xapi"),
])
def test_a_bad_actor_is_one_line_and_writes_nothing(runs, tmp_path, args, message):
    run = runs("demo", "ideal")
    out = tmp_path / "out.json"
    cli = ["-f", "xapi", *args] if "-f" not in args else args
    result = invoke(str(run.journal), *cli, "-o", str(out), "--scenario", str(run.scenario_file))
    assert result.exit_code == 2
    assert result.output.startswith(f"drill report: {message}") and result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output and not out.exists()


# ---------------------------------------------------------------------------- content


def test_statements_parse_with_tincan_and_follow_the_rules(runs):
    run = runs("demo", "random", trainee="Aino", started="2026-03-02T10:15:00+02:00")
    statements = statements_of(run)
    for statement in statements:
        parse(statement)
        check_rules(statement)
        assert "timestamp" not in statement  # the run record alone knows no wall-clock time of a decision
    verbs = [s["verb"]["id"] for s in statements]
    assert verbs.count(VERBS["scored"][0]) == 6 and verbs[-1] == VERBS["completed"][0]
    assert verbs.count(VERBS["responded"][0]) == len(statements) - 7
    dims = [s for s in statements if s["verb"]["id"] == VERBS["scored"][0]]
    for s, (name, dim) in zip(dims, run.card.dimensions.items()):
        assert s["object"]["id"].endswith(f"/dimensions/{name}")
        assert s["result"]["score"]["scaled"] == pytest.approx(round(dim.score, 1) / 100)
    completed = statements[-1]
    assert completed["result"]["completion"] is True
    assert completed["result"]["score"]["scaled"] == pytest.approx(round(run.card.overall, 1) / 100)
    assert completed["actor"]["name"] == "Aino"


def test_anonymous_actor(runs):
    statements = statements_of(runs("demo", "deleter"))
    assert {s["actor"]["name"] for s in statements} == {"anonymous"}
    decision = statements[0]
    assert decision["result"]["response"] == "delete:delete"
    assert decision["result"]["success"] is False
    assert decision["result"]["extensions"]["https://drill.invalid/xapi/extensions/critical"] == ["deleted_criticism"]
    for statement in statements:
        parse(statement)
        check_rules(statement)


def test_a_team_is_a_group(runs):
    statements = statements_of(runs("demo", "ideal", team=[{"name": "Aino", "role": "lead"}, {"name": "Mikko", "role": "comms"}]))
    actor = statements[-1]["actor"]
    assert actor["objectType"] == "Group" and [m["name"] for m in actor["member"]] == ["Aino (lead)", "Mikko (comms)"]
    parse(statements[-1])
    check_rules(statements[-1])


@needs_tincan
def test_tincan_round_trips_a_completion(runs):
    statement = statements_of(runs("demo", "ideal", trainee="Aino"))[-1]
    parsed = tincan.Statement.from_json(json.dumps(statement))
    assert parsed.verb.id == VERBS["completed"][0]
    assert parsed.result.score.scaled == statement["result"]["score"]["scaled"]
    assert parsed.result.completion is True


@needs_tincan
@pytest.mark.parametrize(("key", "bad"), [("id", "not-a-uuid"), ("timestamp", "2026-03-02T10:15:00x"), ("result", {"duration": "ten minutes"})])
def test_tincan_is_a_real_check(runs, key, bad):
    """The parser the statements pass does reject malformed ones."""
    statement = dict(statements_of(runs("demo", "ideal", trainee="Aino"))[-1])
    statement[key] = bad
    with pytest.raises(Exception):  # noqa: B017 - tincan raises a different type for each field
        tincan.Statement.from_json(json.dumps(statement))
