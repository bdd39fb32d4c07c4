"""What a trainee found in the TUI (issue 14, item 6), each driven through the keys as they met it."""

from __future__ import annotations

from click.testing import CliRunner
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel
from tui_helpers import key_for, notices, select

from drill.cli import main
from drill.i18n import t
from drill.tui.screens.modals import ChoiceModal, ConfirmModal
from drill.tui.screens.play import PlayScreen

SIZE = (120, 36)


def shown(app) -> list[str]:
    feed = app.screen.feed
    return [app.session.feed[feed.seq_at(r)].id for r in range(feed.row_count)]


async def test_the_needs_filter_moves_the_selection_off_a_row_it_hides(app_for):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(21 * 60)
        select(app, "question")
        await pilot.press("r", key_for(app, "question", "reply", "hours"))  # answered: the filter will hide it
        await pilot.pause()
        select(app, "question")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        feed = app.screen.feed
        assert "question" not in shown(app)
        assert feed.selected is not None and feed.selected.id in shown(app)
        assert app.screen.query_one("#detail").render().plain.startswith("Matti")  # the pane shows the selected row
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal) and "Matti" in app.screen.title_text  # the row the list shows
        await pilot.press("escape")


async def test_an_answered_row_the_filter_drops_takes_the_selection_with_it(app_for):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(21 * 60)
        await pilot.press("n")
        select(app, "complaint")
        await pilot.press("p", key_for(app, "complaint", "private", "dm"))
        await pilot.pause()
        assert shown(app) == ["question"]
        assert app.screen.feed.selected.id == "question"
        assert app.screen.query_one("#detail").render().plain.startswith("Liisa")
        await pilot.press("n", "c", "c", "c", "c")  # all channels cycled to phone: nothing shown, nothing selected
        await pilot.pause()
        assert app.screen.channel_filter == "phone" and shown(app) == []
        assert app.screen.feed.selected is None
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert any(t("ui.detail.none") in n for n in notices(app))


async def test_the_command_palette_holds_the_clock_as_a_dialog_does(app_for):
    app = app_for(manual_clock=False, journal=False, speed=600)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.2)
        await pilot.press("ctrl+p")
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "CommandPalette"
        before = app.session.now
        await pilot.pause(1.0)
        assert app.session.now - before < 5  # real time (×1), not ten minutes at ×600
        await pilot.press("escape")


async def test_the_palette_key_in_the_footer_speaks_finnish(app_for):
    app = app_for(lang="fi", journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        palette = app.screen.query_one(Footer).query_one(".-command-palette", FooterKey)
        assert palette.description == t("ui.footer.palette", "fi") != "palette"


async def test_hide_generated_is_in_the_footer_and_the_readme(app_for):
    from pathlib import Path

    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        assert {"n", "g", "c"} <= {k.key for k in footer.query(FooterKey)}
        assert t("ui.footer.filters") in [str(label.render()) for label in footer.query(FooterLabel)]
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`g` hides generated comments" in readme


async def test_a_generated_comment_gives_no_hint_in_exercise_mode_and_one_in_coach_mode(app_for):
    for coach in (False, True):
        app = app_for(journal=False, coach=coach)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter")
            app.advance(35 * 60)
            flood = next(i for i in app.session.feed if i.flood)
            select(app, flood.id)
            await pilot.pause()
            detail = app.screen.query_one("#detail").render().plain
            await pilot.press("r")
            await pilot.pause()
            said = " ".join(notices(app))
            hinted = "status update" in detail or "status update" in said
            assert hinted is coach, (coach, detail, said)


async def test_finnish_dialogs_name_the_writer_without_inflecting_the_name(app_for):
    app = app_for(lang="fi", journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        for key in ("x", "h", "z"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, ConfirmModal)
            question = app.screen.question
            assert "käyttäjän" not in question.lower() and "Matti" in question
            await pilot.press("escape")
            await pilot.pause()


def test_every_finnish_string_names_a_person_without_inflecting_the_name():
    from drill.i18n import fi

    for key, text in fi.STRINGS.items():
        assert "käyttäjän {who}" not in text.lower() and "käyttäjälle {who}" not in text.lower(), key


async def test_history_shows_the_score_as_the_app_does(app_for, tmp_path):
    from types import SimpleNamespace

    from drill.history import History
    from drill.tui.screens.end import EndScreen

    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        card = SimpleNamespace(**{**vars(app.card), "overall": 98.94, "rating": "P"})
        app.screen.card = card
        summary = app.screen.summary()
        session = app.session
    from rich.console import Console

    console = Console(width=100, record=True)
    console.print(summary)
    on_screen = console.export_text()
    assert " 99 " in on_screen.replace("/", " ") and "98.9" not in on_screen
    store = History(tmp_path / "h.sqlite")
    store.record(session, card)
    store.close()
    for extra in ([], ["--runs"]):
        out = CliRunner().invoke(main, ["history", "--db", str(tmp_path / "h.sqlite"), *extra])
        assert out.exit_code == 0, out.output
        assert "98.9" not in out.output and " 99 " in out.output, out.output


async def test_coach_mode_speaks_on_delete_escalation_and_a_target_about_to_pass(app_for):
    for coach in (True, False):
        app = app_for(journal=False, coach=coach)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter")
            app.advance(14 * 60)  # the complaint (10m, target 10m) has waited 4m: not yet
            await pilot.pause()
            assert not any("Matti" in n for n in notices(app))
            app.advance(60)  # 5m: half its target gone, as its row turns yellow
            await pilot.pause()
            warned = [n for n in notices(app) if "Matti" in n and "5m" in n]
            assert bool(warned) is coach, notices(app)
            app.advance(60)
            await pilot.pause()
            assert len([n for n in notices(app) if "Matti" in n and "left" in n]) == len(warned)  # once per item
            app.clear_notifications()
            select(app, "complaint")
            await pilot.press("e", "enter")
            await pilot.pause()
            await pilot.press("enter")  # to comms, as the complaint calls for, in time
            await pilot.pause()
            assert any("Escalated to Communications (red phone) in time" in n for n in notices(app)) is coach, notices(app)
            app.advance(20 * 60)
            flood = next(i for i in app.session.feed if i.flood)
            select(app, flood.id)
            app.clear_notifications()
            await pilot.press("x", "enter")
            await pilot.pause()
            assert app.session.actions[-1][1].verb == "delete"
            assert any("Removed an item that was not criticism" in n for n in notices(app)) is coach, notices(app)


async def test_at_80x24_the_reply_dialog_shows_every_option_without_scrolling(app_for):
    from pathlib import Path

    from textual.widgets import OptionList

    library = Path(__file__).parents[2] / "scenarios" / "deleted-comment.yaml"
    app = app_for(library, journal=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "f")
        await pilot.pause()
        item = next(i for i in app.session.authored if len(app.session.options_for(i.id, "reply")) >= 4)
        select(app, item.id)
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal)
        choices = app.screen.query_one("#choices", OptionList)
        assert choices.option_count >= 4 and choices.max_scroll_y == 0  # every option in sight
        assert choices.region.bottom <= 24 and app.screen.query_one(".dialog-hint").region.bottom <= 24
        await pilot.press("down", "down")
        await pilot.pause()
        third = app.session.options_for(item.id, "reply")[2].text
        from drill.scenario.types import text_in

        whole = app.screen.query_one("#preview").render().plain
        assert " ".join(whole.split()).endswith(" ".join(text_in(third, "en").split())[-40:])  # the highlighted one, whole


async def test_at_80x24_the_paused_header_takes_two_lines_at_most(app_for):
    """Paused, off hours, a flood waiting, a promise at risk and the filters on: the worst the
    fixture has, in both languages. The filters are said on the feed's border."""
    for lang in ("fi", "en"):
        app = app_for(lang=lang, journal=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            app.advance(12 * 60)
            select(app, "complaint")
            await pilot.press("p", key_for(app, "complaint", "private", "dm"))  # a promise, due at 42m
            app.advance(23 * 60)
            await pilot.press("space", "n", "c")
            await pilot.pause()
            await pilot.pause()
            status = app.screen.query_one("#status")
            text = status.render().plain
            assert status.size.height <= 2 and len(text.splitlines()) <= 2, text
            assert t("ui.status.paused", lang) in text and "1" in text.split("│")[3]
            assert app.screen.feed.border_title == f"{t('ui.filter.needs', lang)} · Facebook"
