"""`drill play FILE --watch`: a saved edit is played on at once, the trainee's decisions and
place kept; a save that does not load is shown and the last good version goes on."""

from __future__ import annotations

import shutil

from tui_helpers import SCENARIO, key_for, notices, select

from drill.runlog import read_journal
from drill.tui.screens.modals import ChoiceModal
from drill.tui.screens.play import PlayScreen
from drill.tui.widgets.feed import FeedView

SIZE = (120, 36)
OLD = "Your parcel left the depot today."
NEW = "Your parcel is on the van now and arrives by noon."


async def test_an_edited_option_text_shows_up_and_the_decisions_stay(app_for, tmp_path):
    drill = tmp_path / "parcels.yaml"
    shutil.copy(SCENARIO, drill)
    app = app_for(drill, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.press("p", key_for(app, "complaint", "private", "dm"))
        await pilot.pause()
        app.advance(4 * 60)
        before, first_journal = app.session, app.journal_path
        decisions = [(t, a.verb, a.item, a.option) for t, a in before.actions]
        assert decisions and before.now == 15 * 60

        drill.write_text(drill.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
        await app.check_drill()
        await pilot.pause()

        after = app.session
        assert after is not before and isinstance(app.screen, PlayScreen)
        assert [(t, a.verb, a.item, a.option) for t, a in after.actions] == decisions
        assert after.now == before.now and after.meters == before.meters
        assert app.screen.query_one(FeedView).selected.id == "complaint"  # the trainee's place
        assert any("replayed" in n for n in notices(app)) and app.drill_problems == []
        assert app.journal_path != first_journal
        journal = read_journal(app.journal_path)
        assert journal.header["scenario_digest"] == app.loaded.digest
        assert [r["input"]["option"] for r in journal.records if "input" in r] == ["dm"]

        await pilot.press("p")  # the saved text is the one offered now
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal)
        shown = " ".join(str(text) for _, text in app.screen.choices)
        assert NEW in shown and OLD not in shown


async def test_a_save_that_does_not_load_is_shown_and_play_goes_on(app_for, tmp_path):
    drill = tmp_path / "parcels.yaml"
    shutil.copy(SCENARIO, drill)
    good = drill.read_text(encoding="utf-8")
    app = app_for(drill, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.press("p", key_for(app, "complaint", "private", "dm"))
        await pilot.pause()
        playing = app.session

        broken = good.replace("    at: 20m\n", "    at: soon\n", 1)
        assert broken != good
        drill.write_text(broken, encoding="utf-8")
        await app.check_drill()
        await pilot.pause()

        line = broken.splitlines().index("    at: soon") + 1
        assert app.session is playing and app.drill_problems
        assert app.drill_problems[0].startswith(f"{drill}:{line}:9: D204")
        assert any(f"{drill}:{line}:9" in n for n in notices(app))
        app.advance(5 * 60)  # the last good version plays on
        await pilot.pause()
        assert app.session.now == 16 * 60 and isinstance(app.screen, PlayScreen)

        drill.write_text(good.replace(OLD, NEW), encoding="utf-8")  # fixed: played on from here
        await app.check_drill()
        await pilot.pause()
        assert app.session is not playing and app.drill_problems == []
        assert app.session.now == 16 * 60 and [a.option for _, a in app.session.actions] == ["dm"]


async def test_a_drill_folder_is_watched_file_by_file(app_for, tmp_path):
    from drill.scenario.folder import split_file

    split_file(SCENARIO, tmp_path / "parcels")
    [part] = [p for p in (tmp_path / "parcels" / "injects").iterdir() if OLD in p.read_text(encoding="utf-8")]
    app = app_for(tmp_path / "parcels", watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.press("p", key_for(app, "complaint", "private", "dm"))
        await pilot.pause()
        part.write_text(part.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
        await app.check_drill()
        await pilot.pause()
        update = next(o for o in app.session.scenario.injects_by_id["complaint"].options if o.id == "update")
        assert NEW in str(update.text) and [a.option for _, a in app.session.actions] == ["dm"]
        part.write_text("- id: [broken\n", encoding="utf-8")
        await app.check_drill()
        await pilot.pause()
        assert app.drill_problems and app.drill_problems[0].startswith(f"{part}:")
