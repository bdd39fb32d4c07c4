"""The play screen: the feed, the selected item, the status bar, and the trainee's keys.

It turns keys into Actions and renders the session; every rule lives in the engine. One
timer advances the engine by real time × speed (not in tests, which drive the clock by
hand), and the screen redraws only what changed.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from drill.engine.world import Item
from drill.scenario.actions import Action
from drill.scenario.model import CHANNELS, LEVELS
from drill.scenario.types import text_in
from drill.scoring.dimensions import reply_target
from drill.tui.feed import CHANNEL_MARK, FeedView
from drill.tui.localize import localize_bindings
from drill.tui.modals import ChoiceModal, ConfirmModal, EscalateModal

if TYPE_CHECKING:
    from drill.tui.app import DrillApp

TICK = 0.1
"""Seconds of real time between engine ticks."""
AGE_REDRAW = 1.0
"""Seconds of real time between redraws of the feed's age colours."""
VERB_KEYS = {"reply": "r", "private": "p", "redirect": "d", "status": "s"}


class PlayScreen(Screen):
    BINDINGS = [
        Binding("r", "choose('reply')", "ui.key.reply"),
        Binding("p", "choose('private')", "ui.key.private"),
        Binding("d", "choose('redirect')", "ui.key.redirect"),
        Binding("s", "choose('status')", "ui.key.status"),
        Binding("e", "escalate", "ui.key.escalate"),
        Binding("x", "remove('delete')", "ui.key.delete"),
        Binding("h", "remove('hide')", "ui.key.hide", show=False),
        Binding("z", "remove('dismiss')", "ui.key.dismiss", show=False),
        Binding("space", "pause", "ui.key.pause"),
        Binding("plus,equals_sign", "faster", "ui.key.faster", show=False),
        Binding("minus", "slower", "ui.key.slower", show=False),
        Binding("f", "forward", "ui.key.forward"),
        Binding("n", "needs", "ui.key.filter", show=False),
        Binding("c", "channel", "ui.key.channel", show=False),
        Binding("question_mark", "app.help", "ui.key.help"),
    ]

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.last_tick = time.monotonic()
        self.last_ages = self.last_tick
        self.channel_filter: str | None = None
        self.needs_filter = False
        self.acted: set[str] = set()
        self.detail_key: tuple | None = None

    @property
    def drill(self) -> DrillApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        session = self.drill.session
        yield TextPanel(id="status")
        with Horizontal(id="main"):
            yield FeedView(session.items, self.describe, id="feed")
            yield TextPanel(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FeedView).focus()
        self.refresh_view()
        if not self.drill.manual_clock:
            self.set_interval(TICK, self.tick)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While watching a recorded run, the trainee's verbs are off (the clock keys stay)."""
        if self.drill.recording is not None and action in ("choose", "escalate", "remove"):
            return False
        return True

    # ---------------------------------------------------------------- time

    def tick(self) -> None:
        now = time.monotonic()
        real, self.last_tick = now - self.last_tick, now
        self.drill.advance(self.drill.clock.step(real))
        self.refresh_view(ages=now - self.last_ages >= AGE_REDRAW)
        if now - self.last_ages >= AGE_REDRAW:
            self.last_ages = now

    def refresh_view(self, ages: bool = False) -> None:
        """Bring the widgets in line with the session after time passed or an action."""
        feed = self.query_one(FeedView)
        feed.sync()
        if ages:
            feed.invalidate()
        self.query_one("#status", TextPanel).show(self.status_text())
        self.show_detail(feed.selected)
        if self.drill.session.ended is not None:
            self.drill.finished()

    def action_pause(self) -> None:
        self.drill.clock.toggle()
        self.refresh_view()

    def action_faster(self) -> None:
        self.drill.clock.faster()
        self.refresh_view()

    def action_slower(self) -> None:
        self.drill.clock.slower()
        self.refresh_view()

    def action_forward(self) -> None:
        target = self.drill.session.next_event_time()
        if target is not None:
            self.drill.advance(max(0.0, target - self.drill.session.now))
        self.refresh_view(ages=True)

    # ---------------------------------------------------------------- filters

    def action_needs(self) -> None:
        self.needs_filter = not self.needs_filter
        self.apply_filter()

    def action_channel(self) -> None:
        present = [c for c in CHANNELS if any(i.channel == c for i in self.drill.session.authored)] or list(CHANNELS)
        order = [None, *present]
        self.channel_filter = order[(order.index(self.channel_filter) + 1) % len(order)] if self.channel_filter in order else None
        self.apply_filter()

    def apply_filter(self) -> None:
        channel, needs = self.channel_filter, self.needs_filter
        if channel is None and not needs:
            keep = None
        else:
            def keep(item: Item) -> bool:
                return (channel is None or item.channel == channel) and (not needs or item.waiting)
        self.query_one(FeedView).set_filter(keep)
        self.refresh_view()

    # ---------------------------------------------------------------- actions

    def selected(self) -> Item | None:
        return self.query_one(FeedView).selected

    def action_choose(self, verb: str) -> None:
        t, session = self.drill.t, self.drill.session
        item = self.selected()
        if verb != "status" and item is None:
            self.notify(t("ui.detail.none"), severity="warning")
            return
        options = session.options_for(item.id if item else "", verb)
        verb_name = t(f"ui.key.{verb}")
        choices = [(o.id, self.option_line(o)) for o in options]
        empty = t("ui.detail.flood") if item is not None and item.flood and verb != "status" else t("ui.modal.none", verb=verb_name)

        def chosen(option_id: str | None) -> None:
            if option_id is not None:
                self.perform(Action(verb, None if verb == "status" else item.id, option_id))

        self.app.push_screen(ChoiceModal(t("ui.modal.choose", verb=verb_name), choices, empty), chosen)

    def option_line(self, option) -> Text:
        lang = self.drill.lang
        line = Text()
        line.append(f"{option.route.replace('_', ' ')}  ", style="bold cyan")
        if option.label:
            line.append(text_in(option.label, lang) + "\n", style="bold")
        line.append(text_in(option.text, lang))
        return line

    def action_escalate(self) -> None:
        t, session = self.drill.t, self.drill.session
        ladder = session.scenario.ground_rules.ladder
        levels = []
        for level in LEVELS[1:]:
            person = getattr(ladder, level)
            who = f" — {person.name}" if person else ""
            levels.append((level, f"{t(f'ui.level.{level}')}{who}"))

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.perform(Action("escalate", level=result[0], note=result[1]))

        self.app.push_screen(EscalateModal(t("ui.modal.escalate"), levels, t("ui.modal.note")), chosen)

    def action_remove(self, verb: str) -> None:
        t = self.drill.t
        item = self.selected()
        if item is None:
            self.notify(t("ui.detail.none"), severity="warning")
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.perform(Action(verb, item.id))

        self.app.push_screen(ConfirmModal(t("ui.modal.confirm", verb=t(f"ui.key.{verb}"))), confirmed)

    def perform(self, action: Action) -> None:
        self.detail_key = None
        t = self.drill.t
        outcome = self.drill.act(action)
        if not outcome.ok:
            self.notify(t("ui.refused", reason=outcome.reason), severity="warning")
        else:
            if action.item:
                self.acted.add(action.item)
            if self.drill.coach and outcome.feedback:
                self.notify(text_in(outcome.feedback, self.drill.lang), title=t("ui.feedback"), timeout=12)
            else:
                self.notify(t("ui.done", what=action.describe()), timeout=3)
        self.query_one(FeedView).invalidate()
        self.refresh_view()

    # ---------------------------------------------------------------- drawing

    def describe(self, item: Item, width: int) -> tuple[str, Style]:
        session, lang = self.drill.session, self.drill.lang
        clock = session.wall_time(item.time).strftime("%H:%M")
        flags = "".join((
            "◆" if item.id in self.acted else " ",
            "!" if item.waiting else ("✓" if item.answered_at is not None else " "),
            "P" if item.personal_data or item.sensitive else " ",
            "✗" if item.removed else " ",
        ))
        text = " ".join(item.text(lang).split())
        line = f"{clock} {CHANNEL_MARK.get(item.channel, '  ')} {flags} {item.author[:16]:<16} {text}"
        return line, self.item_style(item)

    def item_style(self, item: Item) -> Style:
        if item.removed:
            return Style(color="grey50", strike=True)
        if item.answered_at is not None:
            return Style(color="green" if not item.flood else "grey62")
        if not item.needs_reply or item.dismissed:
            return Style(dim=True)
        session = self.drill.session
        if item.flood:
            target = float(session.scenario.scoring.holding_within or session.scenario.ground_rules.promised_response or 3600)
        else:
            target = float(reply_target(session, session.scenario.injects_by_id[item.id]))
        age = session.now - item.time
        if age >= target:
            return Style(color="red", bold=not item.flood)
        if age >= target / 2:
            return Style(color="yellow", bold=not item.flood)
        return Style(bold=not item.flood)

    def status_text(self) -> Text:
        t, session, clock = self.drill.t, self.drill.session, self.drill.clock
        m = session.meters
        wall = session.wall_time()
        when = f"{t('ui.weekday.' + str(wall.weekday()))} {wall:%d.%m. %H:%M}"
        risk = sum(1 for p in session.promises if p.kept_at is None and not p.broken and p.due - session.now < 900)
        parts = Text()
        parts.append(f" {when} ", style="bold")
        parts.append(f" ×{clock.speed:g} ")
        if clock.paused:
            parts.append(f" {t('ui.status.paused')} ", style="bold reverse")
        parts.append(f" {t('ui.meter.heat')} {m.heat:.0f}", style="red" if m.heat >= 60 else "")
        parts.append(f" · {t('ui.meter.reach')} {_short(m.reach)} · {t('ui.meter.sentiment')} {m.sentiment:+.0f} · {t('ui.meter.press')} {m.press:.0f}")
        parts.append(f"  {t('ui.status.level', level=t('report.level_short.' + session.level))}", style="bold")
        parts.append(f"  {t('ui.status.unanswered', count=session.waiting_count())}")
        if risk:
            parts.append(f"  {t('ui.status.promises', count=risk)}", style="yellow")
        if self.needs_filter or self.channel_filter:
            shown = t("ui.filter.needs") if self.needs_filter else ""
            if self.channel_filter:
                shown = (shown + " · " if shown else "") + t("ui.filter.channel", channel=self.channel_filter)
            parts.append(f"  [{shown}]", style="italic")
        return parts

    def show_detail(self, item: Item | None) -> None:
        """Redraw the selected item only when it or its state changed (a redraw re-lays out the side)."""
        key = None if item is None else (item.seq, item.answered_at, item.removed, item.dismissed, item.waiting)
        if key == self.detail_key and key is not None:
            return
        self.detail_key = key
        t, session, lang = self.drill.t, self.drill.session, self.drill.lang
        detail = self.query_one("#detail", TextPanel)
        if item is None:
            detail.show(Text(t("ui.detail.none")))
            return
        body = Text()
        body.append(f"{item.author}", style="bold")
        body.append(f"  · {item.channel} · {session.wall_time(item.time).strftime('%H:%M')}\n")
        if item.thread and item.thread in session.items_by_id:
            parent = session.items_by_id[item.thread]
            body.append(f"↳ {parent.author}: {parent.text(lang)}\n", style="dim")
        body.append("\n" + item.text(lang) + "\n\n")
        flags = [t(f"ui.flag.{key}") for key, on in (
            ("personal", item.personal_data), ("sensitive", item.sensitive), ("needs", item.waiting),
            ("answered", item.answered_at is not None), ("deleted", item.deleted),
            ("hidden", item.hidden and not item.deleted), ("dismissed", item.dismissed),
        ) if on]
        if flags:
            body.append(f"{t('ui.detail.flags')}: {', '.join(flags)}\n", style="italic")
        if item.flood:
            body.append("\n" + t("ui.detail.flood"), style="dim")
        else:
            keys = [f"{VERB_KEYS[v]} {t('ui.key.' + v)} ({len(session.options_for(item.id, v))})" for v in ("reply", "private", "redirect") if session.options_for(item.id, v)]
            keys += ["e " + t("ui.key.escalate"), "x " + t("ui.key.delete"), "h " + t("ui.key.hide"), "z " + t("ui.key.dismiss")]
            body.append("\n" + t("ui.detail.options", keys=" · ".join(keys)), style="dim")
        detail.show(body)

    def on_feed_view_selected(self, message: FeedView.Selected) -> None:
        self.show_detail(message.item)


class TextPanel(Widget):
    """Text that is repainted, never re-laid out, when it changes: its size comes from CSS.

    Static.update() re-lays out the whole screen; under a flood that costs a frame per key.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = Text()

    def show(self, text: Text) -> None:
        if text != self.text:
            self.text = text
            self.refresh()

    def render(self) -> Text:
        return self.text


def _short(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if value >= 1000:
        return f"{value / 1000:.1f}k"
    return f"{value:.0f}"
