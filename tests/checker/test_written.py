"""A written reply in the engine: scored by the same dimensions as an option, driving the
nearest option's consequences, journaled and replayed like any decision (issue 13)."""

from __future__ import annotations

from drill.engine.session import Session
from drill.library import find
from drill.runlog import JournalWriter, read_journal, replay
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scenario.model import MeterEffects
from drill.scoring.scorecard import score

SCENARIO = load(find("deleted-comment")).scenario
WARM = ("Hei Kaisa, anteeksi aiempi lyhyt vastauksemme, se oli tyly. Korotus on 55 senttiä kuutiolta, eli 5,15 €. "
        "Rahat menevät vanhan putkiverkon uusimiseen. Lisää tietoa koskilanvesi.fi/hinnat ja asukasillassa 2.12.")


def answered(action: Action, at: float = 5 * 60) -> Session:
    session = Session(SCENARIO, 1)
    session.advance_to(at)
    assert session.act(action).ok
    session.advance_to(float("inf"))
    return session


def evidence(card, dimension, item):
    return [(e.rule, e.value) for e in card.dimensions[dimension].evidence if e.item == item]


def test_a_warm_factual_written_reply_scores_as_the_best_option_does():
    best = next(o for o in SCENARIO.injects_by_id["price-critic"].options if o.value == 2)
    chosen = score(answered(Action("reply", "price-critic", best.id)))
    written = score(answered(Action("reply", "price-critic", text=WARM, lang="fi")))
    for dimension in ("timeliness", "tone_strategy", "channel_privacy"):
        assert evidence(written, dimension, "price-critic") == evidence(chosen, dimension, "price-critic"), dimension


def test_a_code_repeated_in_public_is_the_critical_error_an_option_would_be():
    session = answered(Action("reply", "bill-address", text="Hei, katsoin asiakasnumerollasi 4471-2231 ja lasku on oikein.", lang="fi"), at=60 * 60)
    card = score(session)
    assert "personal_data_public" in [e.critical for e in card.critical]
    assert card.overall <= 40


def test_the_world_reacts_as_to_the_nearest_option(monkeypatch):
    # the rules' reading alone (the second reader moves as it is trained; test_reader.py pins it):
    # a thanks by rote and a stock line to a critic is curt as well, so the findings override the
    # stock answer's tags and value while the world reacts as to that answer
    monkeypatch.setattr("drill.checker.verdicts", lambda toks, route, lang, checks, drill: {})
    session = Session(SCENARIO, 1)
    session.advance_to(5 * 60)
    session.act(Action("reply", "price-critic", text="Kiitos palautteestasi! Palaute on meille tärkeää, ja välitämme sen eteenpäin.", lang="fi"))
    near = session.option_for(session.actions[0][1])
    assert near.id == "pass-it-on"  # the stock answer among the authored options
    assert near.tags == ["boilerplate", "curt", "thank"] and near.value == -2
    assert session.has_done("reply", "price-critic", near.id, None)  # triggers keyed on that option fire
    assert session.has_done("reply", "price-critic", None, "boilerplate")  # and on the tags the text earned


def test_a_reply_with_a_fault_no_good_answer_has_is_not_met_as_the_good_answer():
    session = Session(SCENARIO, 1)
    session.advance_to(5 * 60)
    session.act(Action("reply", "price-critic", text="Hinnat on mitä on.", lang="fi"))
    near = session.option_for(session.actions[0][1])
    assert near.tags == ["curt"] and near.value == -2
    assert near.id == "written" and near.effects == MeterEffects()  # no authored option says what it is
    assert not session.has_done("reply", "price-critic", "apologise-and-explain", None)  # the best answer's triggers stay unfired
    assert session.has_done("reply", "price-critic", None, "curt")


def test_a_written_reply_is_journaled_and_replays_to_the_same_score(tmp_path):
    live = Session(SCENARIO, 3)
    live_writer = JournalWriter.start(live.log, tmp_path / "run.jsonl")
    live.advance_to(5 * 60)
    live.act(Action("reply", "price-critic", text=WARM, lang="fi"))
    live.advance_to(float("inf"))
    live_writer.close()
    journal = read_journal(tmp_path / "run.jsonl")
    [record] = [r for r in journal.records if "input" in r]
    assert record["input"]["text"] == WARM and record["input"]["lang"] == "fi"
    again = replay(SCENARIO, journal)
    assert score(again).to_json() == score(live).to_json()


def test_a_test_step_can_send_a_written_reply():
    from drill.sim import run_steps

    session = run_steps(SCENARIO, ["5m reply price-critic Hinnat on mitä on."])
    [(_, action)] = session.actions
    assert action.text == "Hinnat on mitä on." and action.option is None
    assert session.option_for(action).tags == ["curt"]


def test_the_debrief_shows_a_written_reply_and_the_better_option():
    from drill.report.record import build_record

    session = answered(Action("reply", "price-critic", text="Hinnat on mitä on.", lang="fi"))
    record = build_record(session, score(session), "fi")
    moment = next(m for m in record["decisions"] if m["item"] == "price-critic" and m["verb"] == "reply")
    assert moment["chosen"]["text"] == "Hinnat on mitä on."
    best = next(o for o in SCENARIO.injects_by_id["price-critic"].options if o.value == 2)
    assert moment["better"]["id"] == best.id


def test_a_fault_the_reply_did_not_make_is_not_played_out():
    """Every public option on bill-address leaks the address or overpromises: a warm reply that
    does neither plays out no option's effects, while one that repeats the number plays the leak."""
    faulty = {o.id for o in SCENARIO.injects_by_id["bill-address"].options if o.route == "public"}
    clean = Action("reply", "bill-address", text="Hei Pekka, kiitos kun kerroit! Katsotaan laskua yhdessä, laita meille yksityisviesti.", lang="fi")
    leak = Action("reply", "bill-address", text="Hei Pekka, katsoin asiakasnumerollasi 4402 1187 ja lasku on oikein.", lang="fi")
    session = Session(SCENARIO, 1)
    plays = session.option_for(clean)
    assert plays.id == "written" and plays.id not in faulty and plays.effects == MeterEffects()
    assert session.option_for(leak).id in faulty and "personal_data_public" in session.option_for(leak).tags


def test_a_reply_scored_as_the_best_option_is_met_as_the_best_option():
    """bank-outage first-angry: a warm, factual English reply shares fewer tags with the best
    option (acknowledge, apologise, inform, instruct) than with the payday joke (humour,
    apologise, inform), but it is scored as the best option, and the world meets it so."""
    from drill.checker import check_reply

    drill = load(find("bank-outage")).scenario
    text = ("Morning Tuomas, sorry about this. The online bank and app have been down since 06:12, and IT sees no sign of an "
            "attack. Cards and ATMs work normally, and salaries are credited in the background. Updates at kielopankki.fi/hairio.")
    review = check_reply(drill, "first-angry", "public", text, "en")
    assert "acknowledges" not in review.checks and {"informs", "apologises"} <= review.checks
    assert review.nearest_option == "own-and-inform"


def test_a_good_reply_never_plays_out_a_bad_answer_it_did_not_give():
    """strike-threat family-trip: every public option is bad (the leak, the overpromise, the
    stall); a warm, factual public reply with none of those faults is met by none of them."""
    from drill.checker import check_reply

    drill = load(find("strike-threat")).scenario
    text = ("Hi Hanna, I understand the worry with the kids so excited. Friday's flights are decided after the conciliation "
            "around 07:15, and we'll post it here and by text. You can already move the flight free of charge at kajava.fi/lakko.")
    review = check_reply(drill, "family-trip", "public", text, "en")
    assert {"informs", "acknowledges"} <= review.checks and not review.checks & {"personal_data", "promise", "wrong_fact", "curt"}
    assert review.nearest_option is None
