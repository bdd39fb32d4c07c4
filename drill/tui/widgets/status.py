"""The status bar: sim clock and day, speed, pause, meters, level, waiting items, promises.

Rebuilt from the session after every tick or action, but repainted only when its text
changes and re-laid out only when it needs another line (narrow terminals wrap it onto two).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widget import Widget

from drill.engine.clock import SimClock
from drill.tui.widgets.pace import Beat

MAX_LINES = 2
"""Lines the status bar may take before it switches to the short forms of its pieces."""
RISK_WINDOW = 900.0
"""A promise due within this many sim seconds (and not kept) counts as at risk."""


def short_number(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if value >= 1000:
        return f"{value / 1000:.1f}k"
    return f"{value:.0f}"


def status_chunks(session, clock: SimClock, t: Callable[..., str], replay: bool = False,
                  acting: str = "", short: bool = False) -> list[Text]:
    """The pieces of the status line, most important first; each piece stays on one line.
    In a team exercise `acting` names who is acting now (their role goes with each action).
    `short`: the same pieces in fewer cells (no date, shorter words), for a narrow terminal."""
    wall = session.wall_time()
    m = session.meters
    chunks = []
    if replay:
        chunks.append(Text(f" {t('ui.status.replay')} ", style="bold reverse"))
    when = f"{wall:%H:%M}" if short else f"{t('ui.weekday.' + str(wall.weekday()))} {wall:%d.%m. %H:%M}"
    chunks.append(Text(when, style="bold"))
    speed = Text(f"×{clock.speed:g}")
    if clock.paused:
        if short:
            speed.append(" ").append(t("ui.status.paused"), style="bold reverse")
        else:
            speed.append(f" {t('ui.status.paused')} ", style="bold reverse")
    chunks.append(speed)
    if acting:
        chunks.append(Text(t("ui.status.acting", who=acting), style="bold reverse"))
    waiting = session.waiting_count()
    chunks.append(Text(t("ui.status.unanswered", count=waiting), style="bold" if waiting else ""))
    risk = sum(1 for p in session.promises if p.kept_at is None and not p.broken and p.due - session.now < RISK_WINDOW)
    if risk:
        chunks.append(Text(t("ui.status.promises", count=risk), style="bold red"))
    chunks.append(Text(t("ui.status.level", level=t("ui.level_short." + session.level)), style="bold"))
    heat_style = "bold red" if m.heat >= 60 else "yellow" if m.heat >= 35 else ""
    chunks.append(Text(f"{t('ui.meter.heat')} {m.heat:.0f}", style=heat_style))
    chunks.append(Text(f"{t('ui.meter.reach')} {short_number(m.reach)}"))
    chunks.append(Text(f"{t('ui.meter.sentiment')} {m.sentiment:+.0f}", style="red" if m.sentiment <= -30 else ""))
    chunks.append(Text(f"{t('ui.meter.press')} {m.press:.0f}", style="yellow" if m.press >= 40 else ""))
    if not session.staffed_now():
        chunks.append(Text(t("ui.status.unstaffed_short" if short else "ui.status.unstaffed"), style="italic"))
    return chunks


class StatusBar(Widget):
    """One or two lines of run state, on top of the play screen.

    Under a flood the waiting count changes on every tick; repainting this full-width line
    each time would make Textual repaint the whole screen (it redraws the box around all
    changed regions). So given a `beat` it repaints on that beat (widgets/pace.py), in one
    frame with the feed's scrollbar, always showing the latest state; tests and snapshots
    give none (at once).
    """

    DEFAULT_CSS = """
    StatusBar { height: auto; background: $panel; color: $text; padding: 0 1; }
    """

    def __init__(self, beat: Beat | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.chunks: list[Text] = []
        self.short: list[Text] = []
        self.lines = 1
        self.beat = beat

    def show(self, chunks: list[Text], now: bool = False, short: list[Text] | None = None) -> None:
        """`short`: the same pieces in fewer cells, used where the full ones take more than
        MAX_LINES lines (a paused Finnish header at 80 columns took three)."""
        if [c.plain for c in chunks] == [c.plain for c in self.chunks] and [c.style for c in chunks] == [c.style for c in self.chunks]:
            return
        self.chunks = chunks
        self.short = short or chunks
        if self.beat is None:
            self.refresh()
        else:
            self.beat.request(self.refresh, now)

    def flow(self, width: int) -> Text:
        text = self.lay_out(self.chunks, width)
        return self.lay_out(self.short, width) if len(text.plain.split("\n")) > MAX_LINES else text

    @staticmethod
    def lay_out(chunks: list[Text], width: int) -> Text:
        lines: list[Text] = [Text()]
        for chunk in chunks:
            line = lines[-1]
            if line.cell_len and line.cell_len + 3 + chunk.cell_len > width:
                lines.append(line := Text())
            if line.cell_len:
                line.append(" │ ", style="dim")
            line.append_text(chunk)
        return Text("\n").join(lines)

    def render(self) -> Text:
        text = self.flow(max(1, self.content_region.width or self.size.width))
        count = len(text.plain.split("\n"))
        if count != self.lines:
            self.lines = count
            self.call_after_refresh(self.refresh, layout=True)
        return text

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.flow(max(1, width)).plain.split("\n"))
