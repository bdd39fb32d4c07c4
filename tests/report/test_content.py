"""What the debrief says: critical errors by name, chosen vs better option, P/S/M/U, causes, language."""

from __future__ import annotations

import json
import re

import pytest
from reportkit import BOTS, bundled

from drill.i18n import t
from drill.report import RECORD_VERSION, build_record, render
from drill.scoring.dimensions import option_quality


def html_text(html: str) -> str:
    """The HTML with tags removed and whitespace collapsed, for reading like a person."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


SCENARIOS = ["demo", *[p.stem for p in bundled()]]


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("bot", BOTS)
def test_every_format_renders_for_every_bot(runs, scenario, bot):
    run = runs(scenario, bot)
    record = build_record(run.session, run.card, journal=str(run.journal))
    assert record["record_version"] == RECORD_VERSION
    html = render(record, "html")
    md = render(record, "md")
    for n in range(1, 9):
        assert f"<h2>{n} " in html
        assert f"\n## {n} " in md
    assert json.loads(render(record, "json")) == json.loads(json.dumps(record))
    statements = json.loads(render(record, "xapi"))
    assert len(statements) == sum(d["verb"] != "missed" for d in record["decisions"]) + 6 + 1
    for name, dim in run.card.dimensions.items():
        shown = f"{round(dim.score, 1):.0f}"
        assert re.search(rf'<tr id="dim-{name}"><td>[^<]*</td><td class="num">{shown}</td><td><span class="badge r-{dim.rating}">{dim.rating}</span>', html)
        assert f"| {t('dim.' + name)} | {shown} | **{dim.rating}** " in md


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("bot", ("deleter", "random"))
def test_critical_errors_are_named_in_every_format(runs, scenario, bot):
    run = runs(scenario, bot)
    record = build_record(run.session, run.card)
    html, md = html_text(render(record, "html")), render(record, "md")
    names = [t(f"critical.{c}") for c in dict.fromkeys(e.critical for e in run.card.critical)]
    assert [c["name"] for c in record["summary"]["critical"]] == names
    for name in names:
        assert name in html and f"**{name}**" in md
    shown = [c["name"] + (f" ×{c['count']}" if c["count"] > 1 else "") for c in record["summary"]["critical"]]
    expected = f"Critical errors: {', '.join(shown)}." if names else "No critical errors."
    assert record["summary"]["lines"][3] == expected


def test_the_deleter_is_told_it_deleted_criticism(runs):
    run = runs("demo", "deleter")
    record = build_record(run.session, run.card)
    assert record["summary"]["lines"][3] == "Critical errors: Deleted criticism."
    html, md = render(record, "html"), render(record, "md")
    assert '<li class="critical">Critical errors: Deleted criticism.</li>' in html
    assert "**Deleted criticism**" in md
    delete = next(mo for mo in record["decisions"] if mo["verb"] == "delete")
    assert delete["critical"] == ["deleted_criticism"] and delete["better"]["id"] == "ask-dm"
    assert [c["trigger"] for c in delete["caused"]] == ["ignored"]


def test_a_clean_run_says_so(runs):
    run = runs("demo", "ideal")
    record = build_record(run.session, run.card)
    assert record["summary"]["lines"][3] == "No critical errors."
    assert all(mo["better"] is None for mo in record["decisions"])
    assert "This was the best option available." in render(record, "html")


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("bot", ("random", "slow", "ideal"))
def test_chosen_and_better_options_follow_the_scoring(runs, scenario, bot):
    """Every reply moment names the option chosen; a better one exactly when option_quality says so."""
    run = runs(scenario, bot, seed=2)
    scenario_model = run.loaded.scenario
    record = build_record(run.session, run.card)
    html = render(record, "html")
    replies = [mo for mo in record["decisions"] if mo["verb"] in ("reply", "private", "redirect")]
    for mo in replies:
        inject = scenario_model.injects_by_id[mo["item"]]
        chosen = next(o for o in inject.options if o.id == mo["chosen"]["id"])
        best = max(option_quality(scenario_model, inject, o) for o in inject.options)
        if best > option_quality(scenario_model, inject, chosen) + 0.5:
            assert mo["better"] is not None
            assert option_quality(scenario_model, inject, inject.options[[o.id for o in inject.options].index(mo["better"]["id"])]) == best
            assert f"<code>{mo['better']['id']}</code>" in html
        else:
            assert mo["better"] is None
        assert f"<code>{mo['chosen']['id']}</code>" in html


def test_a_curt_reply_names_the_better_option_and_keeps_coaching_apart_from_consequences(runs, evil_loaded):
    from drill.engine.session import Session
    from drill.scenario.actions import Action
    from drill.scoring.scorecard import score

    session = Session(evil_loaded.scenario, 1)
    session.advance_to(6 * 60)
    session.act(Action("reply", "late-parcel", "curt"))
    session.advance_to(8 * 60)
    session.act(Action("delete", "late-parcel"))
    session.advance_to(float("inf"))
    record = build_record(session, score(session))
    curt, delete = record["decisions"][0], record["decisions"][1]
    assert (curt["chosen"]["id"], curt["better"]["id"]) == ("curt", "ask-dm")
    assert curt["effects"] == ["Heat +15", "Sentiment −15"]
    assert curt["caused"] == []
    assert delete["verb"] == "delete" and delete["better"]["id"] == "ask-dm"
    assert delete["critical"] == ["deleted_criticism"]
    assert [c["trigger"] for c in delete["caused"]] == ["screenshot-spreads"]
    assert delete["caused"][0]["consequences"][0].startswith("New item screenshot 5m later:")
    assert delete["caused"][0]["consequences"][1] == "Heat +30"
    html = render(record, "html")
    article = html.split('<article class="moment')[2].split("</article>")[0]
    coach = article.split('<div class="coach">')[1].split("</div>")[0]
    caused = article.split('<div class="caused">')[1].split("</div>")[0]
    assert "screenshot-spreads" in caused and "screenshot-spreads" not in coach
    assert "Feedback ask-dm" in coach and "Heat +30" not in coach


def test_a_missed_item_is_a_moment_with_what_the_silence_caused(runs):
    run = runs("demo", "passive")
    record = build_record(run.session, run.card)
    missed = [mo for mo in record["decisions"] if mo["verb"] == "missed"]
    assert [mo["item"] for mo in missed] == ["late-parcel", "new-address", "news-call"]
    assert missed[0]["chosen"] is None and missed[0]["better"]["id"] == "ask-dm"
    # each silence carries what it caused, and only that: the journalist's call unanswered
    # raises press interest; the address left waiting fires nothing
    assert [[c["trigger"] for c in mo["caused"]] for mo in missed] == [["ignored"], [], ["no-callback"]]
    assert "Nothing: the item got no answer." in render(record, "html")


def test_escalation_expected_against_actual(runs, scenario_files):
    """The bundled scenarios' escalation section, and a hand-made late escalation on the engine fixture."""
    from reportkit import REPO

    from drill.engine.session import Session
    from drill.scenario.actions import Action
    from drill.scenario.load import load
    from drill.scoring.scorecard import score

    fixture = load(REPO / "tests" / "data" / "engine.yaml").scenario
    session = Session(fixture, 1)
    session.advance_to(35 * 60)
    session.act(Action("escalate", "complaint", level="comms", note="late, sorry"))
    session.advance_to(float("inf"))
    record = build_record(session, score(session))
    esc = record["escalation"]
    assert [(r["level"], r["item"], r["need"], r["deadline"], r["done"]) for r in esc["expected"]] == [("comms", "complaint", 600.0, 1800.0, 2100.0)]
    assert [v["rule"] for v in esc["verdicts"]] == ["escalated_late", "note_without_sitrep"]  # "late, sorry" says nothing of the situation
    assert esc["actual"][0]["note"] == "late, sorry"
    html = render(record, "html")
    assert '<span class="critical">06:35:00</span>' in html


def test_objectives_have_observation_why_and_recommendation(runs):
    run = runs("demo", "deleter")
    record = build_record(run.session, run.card)
    objs = {o["id"]: o for o in record["objectives"]}
    assert set(objs) == {"answer-fast", "right-channel", "press-to-comms"}
    for obj in objs.values():
        for g in obj["improvements"]:
            assert g["observation"] and g["why"] and g["recommendation"]
    plan = record["improvement_plan"]
    assert plan and all(row["owner"] == "" and row["due"] == "" for row in plan)
    html = render(record, "html")
    assert html.count("<tr><td></td><td></td><td></td><td></td></tr>") == 2


def test_finnish_when_the_run_was_in_finnish(runs):
    run = runs("demo", "deleter", lang="fi")
    record = build_record(run.session, run.card)
    assert record["lang"] == "fi"
    html, md = render(record, "html"), render(record, "md")
    assert '<html lang="fi">' in html
    for text in ("Jälkipuintiraportti", "Yhteenveto", "Kritiikin poistaminen", "Kehittämissuunnitelma", "Tilasin kaksi viikkoa sitten"):
        assert text in html and text in md
    assert "Critical errors" not in html and "Summary" not in md
    english = build_record(run.session, run.card, "en")
    assert "Deleted criticism" in render(english, "html")


def test_trainee_date_and_replay_command_come_from_the_header(runs):
    run = runs("demo", "ideal", trainee="Aino Virtanen", started="2026-03-02T10:15:00")
    record = build_record(run.session, run.card, journal=str(run.journal))
    html = render(record, "html")
    assert "Aino Virtanen" in html and "2026-03-02T10:15:00" in html
    assert f"drill replay {run.journal}" in html
    assert record["run"]["digest"] == run.loaded.digest


def test_facilitator_observations_appear_under_their_objective(runs):
    def observe(session):
        if session.now == 600:
            session.observe("Answered with warmth", rating="P", objective="answer-fast", role="facilitator")
            session.observe("General remark")

    from reportkit import record_run

    from drill.scenario.load import load

    run = runs("demo", "ideal")
    again = record_run(load(run.scenario_file), run.scenario_file, "ideal", 1, run.journal.with_name("observed.jsonl"), extra=observe)
    record = build_record(again.session, again.card)
    objs = {o["id"]: o for o in record["objectives"]}
    assert [n["text"] for n in objs["answer-fast"]["observations"]] == ["Answered with warmth"]
    assert [n["text"] for n in record["notes"]] == ["Answered with warmth", "General remark"]
    assert "Facilitator&#39;s observations" in render(record, "html")


def test_a_long_review_is_capped_in_documents_but_not_in_data(runs, monkeypatch):
    import drill.report.record as record_module

    run = runs("demo", "random", seed=2)
    everything = build_record(run.session, run.card)
    monkeypatch.setattr(record_module, "MAX_MOMENTS", 2)
    record = build_record(run.session, run.card)
    assert len(record["decisions"]) == len(everything["decisions"]) > 2
    html = render(record, "html")
    assert html.count('<article class="moment') == 2
    assert f"{len(record['decisions']) - 2} more moments are not shown here" in html
    statements = json.loads(render(record, "xapi"))
    assert len(statements) == sum(d["verb"] != "missed" for d in everything["decisions"]) + 7
