"""Control characters and terminal escapes never reach a terminal raw.

In a scenario the loader refuses them, located (FILE:LINE:COL). A trainee's name, a typed or
pasted note and a hand-edited journal are not loaded by it: there they become visible
pictures (ESC → ␛) in the TUI, the journal, the history and every report.
"""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from hardkit import RAW_CONTROL, TUI_SCENARIO, text_segments
from textual import events

from drill.cli import main
from drill.engine.session import Session
from drill.history import History
from drill.report import build_record, render
from drill.runlog import read_journal
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scenario.starter import starter_text
from drill.scoring.scorecard import score
from drill.tui.app import make_app
from drill.tui.screens.modals import EscalateModal

SGR = "\x1b[5;7;9m"
TITLE = "\x1b]0;pwned\x07"
"""An SGR that would blink, reverse and strike the rest of the screen; an OSC that would retitle the window."""


def _app(**options):
    options.setdefault("lang", "en")
    options.setdefault("manual_clock", True)
    options.setdefault("theme", "textual-dark")
    options.setdefault("pick", True)  # the authored options; writing has tests of its own
    return make_app(load(TUI_SCENARIO), **options)


def test_an_escape_byte_in_a_scenario_is_refused_at_its_line_and_column(tmp_path):
    text = starter_text("demo")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if 'author: "Matti K."' in row)
    col = text.splitlines()[line - 1].index("Matti") + 1
    path = tmp_path / "escape.yaml"
    path.write_bytes(text.replace('"Matti K."', f'"{SGR}Matti K."').encode())
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == f"{path}:{line}:{col}: D102 control character 0x1b in the file: remove it"
    assert "\x1b" not in result.output and "Traceback" not in result.output


def test_a_yaml_escape_for_esc_is_refused_where_its_text_starts(tmp_path):
    text = starter_text("demo")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if 'author: "Matti K."' in row)
    col = text.splitlines()[line - 1].index('"Matti') + 1  # the scalar, from its opening quote
    path = tmp_path / "yaml-escape.yaml"
    path.write_text(text.replace('"Matti K."', '"\\e]0;pwned\\a Matti K."'), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    first = result.output.splitlines()[0]
    assert re.fullmatch(rf"{re.escape(str(path))}:{line}:{col}: D102 control character 0x1b in a text .*: remove it", first), first
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_control_characters_in_a_note_or_a_role_become_pictures():
    action = Action("escalate", level="comms", note=f"{SGR}late{TITLE}\x9b2J\x7f", role="lead\r")
    assert action.note == "␛[5;7;9mlate␛]0;pwned␇\ufffd2J␡" and action.role == "lead␍"
    assert Action.from_json(json.loads(json.dumps(Action("escalate", level="comms", note=SGR).to_json()))).note == "␛[5;7;9m"
    assert Action("escalate", level="comms", note="tab\tand\nnewline stay").note == "tab\tand\nnewline stay"


async def test_a_pasted_escape_never_reaches_the_note_or_the_screen(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = _app(trainee=f"Aino{SGR}")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        app.advance(12 * 60)
        await pilot.press("e", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EscalateModal)
        note = app.screen.query_one("#note")
        await pilot.press(*"ok")
        note.post_message(events.Paste(f"{SGR}red{TITLE}"))
        await pilot.pause()
        assert note.value == "ok"  # the paste with escapes is refused whole (and the bell rings)
        assert not any(RAW_CONTROL.search(text) for text in text_segments(app))
        note.post_message(events.Paste(" and\tmore"))
        await pilot.pause()
        assert note.value == "ok and\tmore"
        await pilot.press("enter")
        await pilot.pause()
        assert [a.note for _, a in app.session.actions] == ["ok and\tmore"]
        assert not any(RAW_CONTROL.search(text) for text in text_segments(app))
    header = read_journal(app.journal_path).header
    assert header["trainee"] == "Aino␛[5;7;9m"
    assert "\\u001b" not in app.journal_path.read_text(encoding="utf-8")


async def test_a_hand_edited_journal_with_escapes_replays_as_pictures(tmp_path):
    loaded = load(TUI_SCENARIO)
    journal = tmp_path / "edited.jsonl"
    records = [
        {"header": {"journal": 1, "scenario": "tui-fixture", "seed": 1, "trainee": f"Eve{SGR}", "lang": "en"}},
        {"t": 660, "input": {"verb": "escalate", "level": "comms", "note": f"boss{SGR}{TITLE}"}},
        {"t": 700, "note": {"kind": "observation", "text": f"seen{TITLE}\x1b[2J", "rating": "M"}},
        {"t": 800, "clock": True},
    ]
    journal.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    app = make_app(loaded, lang="en", manual_clock=True, journal=False, recording=read_journal(journal), theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        app.advance(12 * 60)
        await pilot.pause()
        shown = " ".join(n.message for n in app._notifications)
        assert "boss␛[5;7;9m␛]0;pwned␇" in shown
        assert not any(RAW_CONTROL.search(text) for text in text_segments(app))
        assert app.session.log.header["trainee"] == "Eve␛[5;7;9m"


def test_a_trainee_name_with_escapes_is_harmless_in_reports_and_history(tmp_path):
    loaded = load(TUI_SCENARIO)
    session = Session(loaded.scenario, 1, trainee=f"Aino{SGR}{TITLE}", started="2026-03-02T10:15:00")
    session.advance_to(11 * 60)
    session.act(Action("escalate", level="comms", note=f"call{SGR}"))
    session.observe(f"watch{TITLE}", rating="S")
    session.advance_to(float("inf"))
    card = score(session)
    record = build_record(session, card)
    for fmt in ("html", "md", "json", "xapi"):
        out = render(record, fmt)
        assert RAW_CONTROL.search(out) is None, fmt
        assert "Aino␛[5;7;9m␛]0;pwned␇" in (json.loads(out)[0]["actor"]["name"] if fmt == "xapi" else out.replace("\\", ""))
    store = History(tmp_path / "history.db")
    store.record(session, card, None)
    store.close()
    result = CliRunner().invoke(main, ["history", "--db", str(tmp_path / "history.db"), "--runs"], color=True)
    assert result.exit_code == 0 and "Aino␛[5;7;9m" in result.output
    assert RAW_CONTROL.search(result.output.replace("\n", "")) is None
