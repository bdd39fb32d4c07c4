"""The play screen: the feed, the selected item, the status bar, and the trainee's keys.

It turns keys into Actions and draws the session; every rule lives in the engine. It is given
what it draws (the session, the clock, the run's `PlayMode`) and posts what the trainee decides
as messages (drill.tui.messages) that the app carries out. The app advances the clock (one
timer, or the tests by hand) and calls `refresh_view`, which asks each widget to redraw only
what changed; an action's outcome comes back through `performed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList

from drill.engine.clock import SimClock
from drill.engine.session import ADHOC, Outcome, Session
from drill.engine.world import Item
from drill.i18n import finding_message, refusal, translator
from drill.report.explain import route_name
from drill.scenario.actions import Action
from drill.scenario.types import text_in
from drill.scenario.vocabulary import CHANNELS, DIMENSIONS, LEVELS
from drill.team import ROLE_CHANNELS, Member, role_name, role_sees
from drill.tui.coaching import Coach
from drill.tui.commands import PlayCommands
from drill.tui.facilitation import clock_at, parse_skip
from drill.tui.localize import localize_bindings, show_bindings
from drill.tui.messages import (
    ClockSkipped,
    ClockSteered,
    DecisionTaken,
    ExerciseEnded,
    HeldInjectFired,
    InjectWritten,
    ObservationWritten,
    Steer,
    TurnPassed,
)
from drill.tui.screens.facilitator import ObserveModal, PostModal, SkipModal
from drill.tui.screens.modals import ChoiceModal, ConfirmModal, EscalateModal, WriteModal
from drill.tui.widgets.detail import ItemDetail, describe_action
from drill.tui.widgets.facilitator import FacilitatorPanel
from drill.tui.widgets.feed import FeedView
from drill.tui.widgets.pace import Beat
from drill.tui.widgets.row import RowPainter
from drill.tui.widgets.status import StatusBar, status_chunks

if TYPE_CHECKING:
    from textual.timer import Timer

WIDE_FOOTER = 110
FILTERS = Binding.Group("ui.footer.filters")
FILTER_ACTIONS = {"needs", "generated", "channel"}
"""The filter keys n, g and c: in the footer when it has room for them after the keys that
act (which take all of 80 columns in Finnish); the help lists every key at any width."""
STATUS_EVERY = 0.25
"""Real seconds between repaints of the status bar and the feed's scrollbar while the clock runs."""
DETAIL_DELAY = 0.05
"""Real seconds the side panel waits after a selection: the cursor moves on the next frame,
the panel on the one after (holding ↓ does not redraw it for every row passed)."""
TRAINEE_ACTIONS = {"choose", "escalate", "remove", "acting"}
"""Actions a replay and the facilitator's seat do not offer: they show decisions, they do not take them."""
PANEL_ACTIONS = {"observe", "skip", "end_exercise", "post"}
"""The facilitator's keys: live while the facilitator panel is open (the room sees it closed)."""
PANEL_WIDE = 150
"""Below this many columns the open facilitator panel takes the side panel's place."""


@dataclass(frozen=True)
class PlayMode:
    """How this run is played, as far as the play screen draws it (the app builds it)."""

    lang: str
    coach: bool = False
    """Coach mode: feedback on each decision, hints, deadline warnings."""
    pick: bool = False
    """Answer by choosing authored options where the drill allows writing too."""
    paced: bool = False
    """Pace repaints for a running clock; tests want them at once."""
    facilitator: bool = False
    """A tabletop exercise: the facilitator panel (F)."""
    replay: bool = False
    """Watching a recorded run (`drill replay`): the trainee's verbs are off."""
    seat_role: str | None = None
    """The role of this seat of a hosted exercise (None: not a seat)."""
    team: tuple[Member, ...] = ()


class PlayScreen(Screen):
    BINDINGS = [
        Binding("r", "choose('reply')", "ui.footer.reply", tooltip="ui.key.reply"),
        Binding("p", "choose('private')", "ui.footer.private", tooltip="ui.key.private"),
        Binding("d", "choose('redirect')", "ui.footer.redirect", tooltip="ui.key.redirect"),
        Binding("s", "choose('status')", "ui.footer.status", tooltip="ui.key.status"),
        Binding("e", "escalate", "ui.footer.escalate", tooltip="ui.key.escalate"),
        Binding("h", "remove('hide')", "ui.key.hide", show=False),
        Binding("x", "remove('delete')", "ui.key.delete", show=False),
        Binding("z", "remove('dismiss')", "ui.key.dismiss", show=False),
        Binding("space", "pause", "ui.footer.pause", tooltip="ui.key.pause"),
        Binding("plus,equals_sign", "faster", "ui.key.faster", show=False),
        Binding("minus", "slower", "ui.key.slower", show=False),
        Binding("f", "forward", "ui.footer.forward", tooltip="ui.key.forward"),
        Binding("question_mark", "app.help", "ui.footer.help", tooltip="ui.key.help"),
        Binding("a", "acting", "ui.footer.acting", tooltip="ui.key.acting"),
        Binding("F", "facilitator", "ui.footer.facilitator", tooltip="ui.key.facilitator"),
        Binding("o", "observe", "ui.key.observe", show=False),
        Binding("t", "skip", "ui.key.skip", show=False),
        Binding("E", "end_exercise", "ui.key.end_exercise", show=False),
        Binding("w", "post", "ui.key.post", show=False),
        Binding("n", "needs", "ui.key.filter", show=False, group=FILTERS),
        Binding("g", "generated", "ui.key.generated", show=False, group=FILTERS),
        Binding("c", "channel", "ui.key.channel", show=False, group=FILTERS),
        Binding("v", "role_view", "ui.key.role_view", show=False),
    ]
    COMMANDS = {PlayCommands}

    def __init__(self, session: Session, clock: SimClock, mode: PlayMode, acting: Member | None = None) -> None:
        super().__init__()
        localize_bindings(self, mode.lang)
        self.session, self.clock, self.mode = session, clock, mode
        self.lang, self.t = mode.lang, translator(mode.lang)
        self.acting = acting
        """The team member acting now (the app passes the turn: `TurnPassed`); None without a team."""
        self.channel_filter: str | None = None
        self.needs_filter = False
        self.hide_generated = False
        self.role_view: str | None = None
        """A seat's role whose view the feed shows (drill.team.role_sees); None: everything."""
        self.escalations_seen = 0
        self.marks: set[str] = set()
        """Items the trainee acted on: marked ◆ in the feed."""
        self.minute = -1
        self.detail_timer: Timer | None = None
        self.beat = Beat(self, STATUS_EVERY if mode.paced else 0.0)
        """The status bar and the feed's scrollbar repaint together on it (widgets/pace.py)."""
        self.feed: FeedView
        self.status: StatusBar
        self.detail: ItemDetail
        self.panel: FacilitatorPanel | None = None
        """The widgets, kept from `compose` (each clock tick draws them all)."""
        self.coach: Coach | None = None
        """Coach mode's judgements and deadline warnings (none in exercise mode or a replay)."""

    def compose(self) -> ComposeResult:
        session, mode = self.session, self.mode
        self.marks.update(a.item for _, a in session.actions if a.item)
        self.status = StatusBar(self.beat, id="status")
        self.feed = FeedView(session.feed, RowPainter(session, self.lang, self.marks), self.beat, id="feed")
        self.detail = ItemDetail(session, self.t, self.lang, coach=mode.coach, replay=self.watching, id="detail")
        self.panel = FacilitatorPanel(self.t, self.lang, id="facilitator") if mode.facilitator and not mode.replay else None
        yield self.status
        with Horizontal(id="main"):
            yield self.feed
            with VerticalScroll(id="side"):
                yield self.detail
            if self.panel is not None:
                yield self.panel
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.mode.coach and not self.mode.replay:
            self.coach = Coach(self.session, self.t, self.lang)
        if self.seat_role in ROLE_CHANNELS:
            self.role_view = self.seat_role
            self.apply_filter()
        self.feed.focus()
        self.refresh_view()
        self.on_resize()

    def on_resize(self) -> None:
        """Below 110 columns the footer needs every cell for the keys (Ctrl+P is in the help)."""
        self.query_one(Footer).show_command_palette = self.app.size.width >= WIDE_FOOTER
        self.query_one("#side").display = not (self.panel_open and self.app.size.width < PANEL_WIDE)
        if show_bindings(self, FILTER_ACTIONS, self.footer_cells() <= self.app.size.width):
            self.refresh_bindings()

    def footer_cells(self) -> int:
        """About how many columns the footer takes with the filter keys in it: a key and its
        label and a space each, the filters as one group ('n g c Filter'), the palette key."""
        shown = [b for _, b, _, _ in self.active_bindings.values() if b.show and b.action not in FILTER_ACTIONS]
        cells = sum(len(self.app.get_key_display(b)) + len(b.description) + 2 for b in shown)
        if self.query_one(Footer).show_command_palette:
            cells += len(self.t("ui.footer.palette")) + 6
        return cells + len("n g c ") + len(self.t("ui.footer.filters")) + 2

    @property
    def watching(self) -> bool:
        """A replay, or the facilitator's seat of a hosted exercise: decisions are the trainees'."""
        return self.mode.replay or self.seat_role == "facilitator"

    @property
    def seat_role(self) -> str | None:
        return self.mode.seat_role

    @property
    def panel_open(self) -> bool:
        panel = self.panel
        return panel is not None and bool(panel.display)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in TRAINEE_ACTIONS and self.watching:
            return False
        if action == "acting":
            return self.acting is not None
        if action == "facilitator":
            return self.panel is not None
        if action in PANEL_ACTIONS:
            return self.panel_open
        if action == "role_view":
            return self.seat_role in ROLE_CHANNELS
        return True

    async def rebuilt(self, session: Session) -> None:
        """The session was rebuilt on a saved drill (--watch): draw it anew, keeping the
        trainee's place (the filters, and the selected item when it is still there)."""
        self.session = session
        cursor = self.feed.cursor
        self.beat.pending.clear()  # paints of the widgets about to go
        await self.recompose()
        self.apply_filter()
        if cursor is not None and cursor < len(session.feed):
            self.feed.select(self.feed.row_of(cursor))
        self.feed.focus()

    # ---------------------------------------------------------------- drawing

    def refresh_view(self, moved: bool = True) -> None:
        """Bring the widgets in line with the session after time passed (`moved`) or a key."""
        session, feed = self.session, self.feed
        minute = int(session.now // 60)
        if self.role_view is not None and len(session.escalations) != self.escalations_seen:
            self.apply_filter(redraw=False)  # an escalation can bring an older item into this role's view
        feed.sync()
        if moved and minute != self.minute:
            feed.refresh()  # ages (in minutes) and colours move with the clock, whether rows came in or not
        self.minute = minute
        member = self.acting if not self.mode.replay else None
        acting = member.label(self.lang) if member is not None else ""
        chunks, short = (status_chunks(session, self.clock, self.t, self.mode.replay, acting=acting, short=s)
                         for s in (False, True))
        self.status.show(chunks, now=not moved, short=short)
        feed.label(self.filter_label())  # what the feed shows is said on the feed, not in the header
        if self.coach is not None and moved:
            for warning in self.coach.due_soon():
                self.notify(warning, timeout=10, markup=False)
        self.detail.show(feed.selected)
        panel = self.panel
        if panel is not None and panel.display:  # panel_open, with the panel at hand
            panel.show(session, self.clock.paused)

    def on_feed_view_selected(self, message: FeedView.Selected) -> None:
        if self.detail_timer is not None:
            self.detail_timer.stop()
            self.detail_timer = None
        if self.mode.paced:
            self.detail_timer = self.set_timer(DETAIL_DELAY, lambda: self.detail.show(self.feed.selected))
        else:
            self.detail.show(message.item)

    # ---------------------------------------------------------------- time

    def steer(self, do: Steer) -> None:
        self.post_message(ClockSteered(do))

    def action_pause(self) -> None:
        self.steer("pause")

    def action_faster(self) -> None:
        self.steer("faster")

    def action_slower(self) -> None:
        self.steer("slower")

    def action_forward(self) -> None:
        self.steer("forward")

    # ---------------------------------------------------------------- filters

    def action_needs(self) -> None:
        self.needs_filter = not self.needs_filter
        self.apply_filter()

    def action_generated(self) -> None:
        self.hide_generated = not self.hide_generated
        self.apply_filter()

    def action_channel(self) -> None:
        scenario = self.session.scenario
        used = {i.channel for i in scenario.injects} | {c for f in scenario.floods for c in f.channels}
        order = [None, *(c for c in CHANNELS if c in used)]
        at = order.index(self.channel_filter) if self.channel_filter in order else 0
        self.channel_filter = order[(at + 1) % len(order)]
        self.apply_filter()

    def action_role_view(self) -> None:
        self.role_view = None if self.role_view else self.seat_role
        self.apply_filter()

    def apply_filter(self, redraw: bool = True) -> None:
        channel, needs, authored, role = self.channel_filter, self.needs_filter, self.hide_generated, self.role_view
        escalations = self.session.escalations
        self.escalations_seen = len(escalations)
        escalated: dict[str, set[str]] = {}
        for escalation in escalations:
            if escalation.item:
                escalated.setdefault(escalation.item, set()).add(escalation.level)

        def keep(item: Item) -> bool:
            return ((channel is None or item.channel == channel) and (not needs or item.waiting) and not (authored and item.flood)
                    and (role is None or role_sees(role, item.channel, escalated.get(item.id, frozenset()))))

        self.feed.set_filter(keep if channel is not None or needs or authored or role is not None else None)
        if redraw:
            self.refresh_view(moved=False)

    def filter_label(self) -> str:
        t = self.t
        parts = [t("ui.filter.role", role=role_name(self.role_view, self.lang))] if self.role_view else []
        if self.needs_filter:
            parts.append(t("ui.filter.needs"))
        if self.hide_generated:
            parts.append(t("ui.filter.authored"))
        if self.channel_filter:
            parts.append(t("ui.channel." + self.channel_filter))
        return " · ".join(parts)

    # ---------------------------------------------------------------- actions

    def action_choose(self, verb: str) -> None:
        t, session = self.t, self.session
        item = self.feed.selected
        if verb != "status":
            if item is None:
                self.notify(t("ui.detail.none"), severity="warning")
                return
            if item.flood:  # the way to answer a flood is a hint: coach mode only
                self.notify(t("ui.detail.flood" if self.mode.coach else "ui.detail.generated_alone"), severity="warning")
                return
        mode = session.scenario.answers
        own_post = verb != "status" and item is not None and item.source == ADHOC  # a facilitator's: no options to pick
        if mode == "write" or (mode == "both" and not self.mode.pick) or own_post:
            self.write_reply(verb, item)
        else:
            self.pick_option(verb, item)

    def write_reply(self, verb: str, item) -> None:
        """The trainee writes the reply; the reply checker reads it when it is sent (and, in
        coach mode, as it is written)."""
        t = self.t
        verb_name = t(f"ui.key.{verb}")
        title = t("ui.write.status") if verb == "status" else t("ui.write.title", verb=verb_name, who=item.author)
        can_pick = self.session.scenario.answers == "both" and (verb == "status" or item.source != ADHOC)
        review = self.live_review(verb, item) if self.mode.coach else None

        def written(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            kind, text = result
            if kind == "pick":
                self.pick_option(verb, item)
            else:
                from drill.checker.words import language_of

                self.perform(Action(verb, None if verb == "status" else item.id, text=text, lang=language_of(text, self.lang)))

        scenario, inject, lang = self.session.scenario, None if verb == "status" else item.id, self.lang

        def read_ahead() -> None:  # in a worker, while the reply is written (the checker's import included)
            from drill.checker import CHECK_ROUTE, prepare

            prepare(scenario, inject, CHECK_ROUTE[verb], lang)

        self.run_worker(read_ahead, thread=True, group="checker", exit_on_error=False)
        hint = t("ui.write.hint") if can_pick else t("ui.write.hint_nopick")
        self.app.push_screen(WriteModal(title + self.as_whom(), hint, review, can_pick, t("ui.write.empty")), written)

    def live_review(self, verb: str, item):
        """The checker's findings on a draft, one line each, for coach mode."""
        from drill.checker import CHECK_ROUTE, check_reply
        from drill.checker.words import language_of

        session, lang = self.session, self.lang
        inject = None if verb == "status" or item is None else item.id

        def review(text: str) -> str:
            if not text.strip():
                return ""
            found = check_reply(session.scenario, inject, CHECK_ROUTE[verb], text, language_of(text, lang), item.author if item else "")
            return "\n".join(f"· {finding_message(f.check, f.detail, lang)}  “{text[f.start:f.end][:40]}”" for f in found.findings)

        return review

    def pick_option(self, verb: str, item) -> None:
        """Quick pick: the authored options, in this run's order."""
        t, session, lang = self.t, self.session, self.lang
        options = session.options_for(item.id if item is not None and verb != "status" else "", verb)
        choices = [(o.id, option_text(o, lang)) for o in options]
        verb_name = t(f"ui.key.{verb}")
        if not choices:
            self.notify(t("ui.modal.none", verb=verb_name), severity="warning", markup=False)
            return
        title = t("ui.modal.choose_status") if verb == "status" else t("ui.modal.choose", verb=verb_name, who=item.author)
        title += self.as_whom()

        def chosen(option_id: str | None) -> None:
            if option_id is not None:
                self.perform(Action(verb, None if verb == "status" else item.id, option_id))

        self.app.push_screen(ChoiceModal(title, choices, t("ui.modal.none", verb=verb_name), t("ui.modal.hint")), chosen)

    def action_escalate(self) -> None:
        """Tell a rung of the ladder (or a role beside it) about the selected item; with nothing
        selected, about nothing in particular (which meets no item's need)."""
        t, session, lang = self.t, self.session, self.lang
        rules = session.scenario.ground_rules
        item = self.feed.selected
        levels = []
        for level in session.escalation_levels():
            person = getattr(rules.ladder, level, None) if level in LEVELS else rules.roles[level]
            line = Text(t(f"ui.level.{level}") if level in LEVELS else text_in(rules.roles[level].role, lang) or level, style="bold")
            if person is not None:
                line.append(f" — {person.name}" + (f", {text_in(person.role, lang)}" if person.role and level in LEVELS else ""))
            if any(e.level == level and e.item == (item.id if item else None) for e in session.escalations):
                line.append(f"  ({t('ui.modal.told')})", style="italic")
            levels.append((level, line))

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.perform(Action("escalate", item.id if item is not None else None, level=result[0], note=result[1]))

        about = t("ui.modal.escalate_about", who=item.author) if item is not None else t("ui.modal.escalate_general")
        title = about + self.as_whom()
        start = [key for key, _ in levels].index("comms")
        self.app.push_screen(EscalateModal(title, levels, t("ui.modal.note"), t("ui.modal.escalate_hint"), start), chosen)

    def action_remove(self, verb: str) -> None:
        t = self.t
        item = self.feed.selected
        if item is None:
            self.notify(t("ui.detail.none"), severity="warning")
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.perform(Action(verb, item.id))

        question = t(f"ui.modal.confirm_{verb}", who=item.author) + self.as_whom()
        self.app.push_screen(ConfirmModal(question, t("ui.modal.yes"), t("ui.modal.no")), confirmed)

    def as_whom(self) -> str:
        """A dialog title's second line in a team exercise: 'Acting: Aino (customer service)'."""
        member = self.acting
        return self.t("ui.team.as", who=member.label(self.lang)) if member is not None else ""

    def action_acting(self) -> None:
        self.post_message(TurnPassed())

    def turn_passed(self, member: Member | None) -> None:
        """The app passed the turn (`TurnPassed`): say who acts now."""
        self.acting = member
        if member is not None:
            self.notify(self.t("ui.team.now_acting", who=member.label(self.lang)), timeout=3, markup=False)
        self.refresh_view(moved=False)

    # ---------------------------------------------------------------- the facilitator

    def action_facilitator(self) -> None:
        """Open or close the facilitator panel; its keys (o, t, E) live only while it is open."""
        panel = self.panel
        if panel is None:
            return
        panel.display = not panel.display
        self.on_resize()
        if panel.display:
            panel.show(self.session, self.clock.paused)
            (panel.held if panel.held.option_count else self.feed).focus()
        else:
            self.feed.focus()
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#held")
    def held_chosen(self, event: OptionList.OptionSelected) -> None:
        t, session = self.t, self.session
        inject = session.scenario.injects_by_id.get(str(event.option.id))
        if inject is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.post_message(HeldInjectFired(inject.id))

        who = f"{session.author_of(inject)} ({t('ui.channel.' + inject.channel)})"
        self.app.push_screen(ConfirmModal(t("ui.fac.confirm_fire", who=who), t("ui.modal.yes"), t("ui.modal.no")), confirmed)

    def action_observe(self) -> None:
        t, session, lang = self.t, self.session, self.lang
        scenario = session.scenario
        if scenario.objectives:
            objectives = [(o.id, text_in(o.text, lang)) for o in scenario.objectives]
        else:  # the debrief then has one objective per scoring dimension: offer those
            objectives = [(d, t(f"dim.{d}")) for d in DIMENSIONS]
        team = self.mode.team
        members = [("", t("ui.observe.whole_team"))] + [(m.role, m.label(lang)) for m in team] if team else []
        title = t("ui.observe.title", time=f"{session.wall_time():%H:%M}")

        def saved(note: dict | None) -> None:
            if note is not None:
                self.post_message(ObservationWritten(note["text"], note["rating"], note["objective"], note["role"] or None))

        self.app.push_screen(ObserveModal(t, title, objectives, members), saved)

    def action_post(self) -> None:
        t, session = self.t, self.session
        scenario = session.scenario
        used: list[str] = [c for c in CHANNELS if c in {i.channel for i in scenario.injects}] or list(CHANNELS)
        title = t("ui.post.title", time=f"{session.wall_time():%H:%M}")

        def saved(post: dict | None) -> None:
            if post is not None:
                self.post_message(InjectWritten(post["text"], post["channel"], post["author"]))

        self.app.push_screen(PostModal(t, title, [(c, t("ui.channel." + c)) for c in used]), saved)

    def action_skip(self) -> None:
        t, session = self.t, self.session
        starts, length = session.scenario.clock.starts, float(session.scenario.clock.length)

        def parse(text: str) -> float:
            return parse_skip(text, starts, session.now, length, t)

        def chosen(target: float | None) -> None:
            if target is not None:
                self.post_message(ClockSkipped(target))

        title = t("ui.skip.title", now=clock_at(starts, session.now), end=clock_at(starts, length))
        self.app.push_screen(SkipModal(title, t("ui.skip.placeholder"), t("ui.skip.hint"), parse), chosen)

    def action_end_exercise(self) -> None:
        t = self.t

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.post_message(ExerciseEnded())

        self.app.push_screen(ConfirmModal(t("ui.fac.confirm_end"), t("ui.modal.yes"), t("ui.modal.no")), confirmed)

    def perform(self, action: Action) -> None:
        """The trainee decided: the app acts (`DecisionTaken`) and calls `performed` with the outcome."""
        self.post_message(DecisionTaken(action))

    def performed(self, action: Action, outcome: Outcome) -> None:
        """Say how a decision went (refused, done, or coach mode's judgement) and mark its item;
        the app redraws afterwards (`DrillApp.changed`)."""
        t, session, lang, coach = self.t, self.session, self.lang, self.mode.coach
        if not outcome.ok:
            self.notify(t("ui.refused", reason=refusal(outcome.reason, outcome.params, lang)), severity="warning", markup=False)
        else:
            if action.item:
                self.marks.add(action.item)
            done = describe_action(session, action, t, lang)
            if coach and action.text is not None:
                found = self.live_review(action.verb, session.feed.get(action.item or ""))(action.text)
                self.notify(found or t("ui.write.clean"), title=done, timeout=15, markup=False)
            elif coach and outcome.feedback:
                self.notify(text_in(outcome.feedback, lang), title=done, timeout=15, markup=False)
            elif self.coach is not None and (judged := self.coach.judged(action)) is not None:
                self.notify(judged, title=done, timeout=15, markup=False)
            else:
                self.notify(t("ui.done", what=done), timeout=3, markup=False)
        self.feed.prune()


def option_text(option, lang: str) -> Text:
    """One authored option as the dialog lists it: its route and its words. The author's label
    is kept for the debrief: a label tells what the reply does, and reading it instead of the
    reply is exactly the shortcut a drill must not reward."""
    line = Text()
    line.append(route_name(option.route, lang), style="bold cyan")
    line.append("\n" + text_in(option.text, lang))
    return line
