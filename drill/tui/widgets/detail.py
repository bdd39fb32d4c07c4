"""The side panel: the selected item in its thread, what can be done with it, the decisions so far.

Built as rich Text (never markup), so a scenario's text such as "[bold]" is shown as written.
It is rebuilt only when the selection, the item's state or the list of decisions changes.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import Static

from drill.engine.world import Item
from drill.scenario.types import text_in
from drill.team import who
from drill.tui.widgets.row import age_label

VERB_KEYS = {"reply": "r", "private": "p", "redirect": "d"}
RECENT = 6
"""How many of the latest decisions the panel lists."""
QUOTE = 90
"""Characters of a thread's other messages quoted around the selected one."""


def short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def option_name(session, action, lang: str) -> str:
    """An authored option's label (or id) for an action, for people rather than logs; the
    start of the words, for a written reply."""
    if action.text is not None:
        return f"“{short(action.text, 40)}”"
    option = session.option_for(action)
    if option is not None and option.label:
        return text_in(option.label, lang)
    return action.option or ""


def describe_action(session, action, t: Callable[..., str], lang: str) -> str:
    """'Private → Matti: dm' / 'Escalate → Communications' in the UI language; in a team
    exercise who acted follows: '… · Aino (customer service)'."""
    by = f" · {who(action.member, action.role, lang)}" if action.role or action.member else ""
    verb = t(f"ui.key.{action.verb}")
    if action.verb == "escalate":
        return f"{verb} → {t('ui.level_short.' + (action.level or 'service'))}" + (f" ({action.note})" if action.note else "") + by
    if action.verb == "status":
        return f"{verb}: {option_name(session, action, lang)}{by}"
    item = session.feed.get(action.item or "")
    to = item.author if item else action.item
    option = option_name(session, action, lang)
    return f"{verb} → {to}" + (f": {option}" if option else "") + by


class ItemDetail(Static):
    """The selected item; `coach` adds the feedback of decisions already taken on it."""

    def __init__(self, session, t: Callable[..., str], lang: str, coach: bool = False, replay: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session, self.t, self.lang, self.coach, self.replay = session, t, lang, coach, replay
        self.key: tuple | None = None
        self.lines = -1

    def show(self, item: Item | None, force: bool = False) -> None:
        key = (
            None if item is None else (item.seq, item.answered_at, item.removed, item.dismissed, item.waiting),
            len(self.session.actions), self.session.now // 60 if item is not None else 0,
        )
        if key == self.key and not force:
            return
        self.key = key
        text = self.build(item)
        width = self.content_region.width or 30
        lines = len(text.wrap(self.app.console, width))
        # at least as high as the side (drill.tcss): a layout only when the text is or was higher
        self.update(text, layout=lines != self.lines and max(lines, self.lines) >= self.size.height)
        self.lines = lines

    def build(self, item: Item | None) -> Text:
        t = self.t
        body = Text()
        if item is None:
            body.append(t("ui.detail.none") + "\n", style="italic")
        else:
            self.item_text(body, item)
        self.decisions(body)
        return body

    def item_text(self, body: Text, item: Item) -> None:
        t, session, lang = self.t, self.session, self.lang
        body.append(item.author, style="bold")
        body.append(f"  {t('ui.channel.' + item.channel)} · {session.wall_time(item.time):%H:%M}", style="dim")
        body.append(f" · {t('ui.detail.age', age=age_label(session.now - item.time))}\n", style="dim")
        parent = session.feed.get(item.thread) if item.thread else None
        if parent is not None:
            body.append(f"↳ {parent.author}: {short(parent.text(lang), QUOTE)}\n", style="dim")
        body.append("\n" + item.text(lang) + "\n\n")
        flags = [t(f"ui.flag.{name}") for name, on in (
            ("personal", item.personal_data), ("sensitive", item.sensitive), ("needs", item.waiting),
            ("answered", item.answered_at is not None), ("deleted", item.deleted),
            ("hidden", item.hidden and not item.deleted), ("dismissed", item.dismissed),
        ) if on]
        if flags:
            body.append(", ".join(flags) + "\n", style="bold")
        body.append(t("ui.detail.reach", reach=f"{item.reach:.0f}", sentiment=f"{item.sentiment:+.0f}") + "\n", style="dim")
        replies = [i for i in session.authored if i.thread == item.id]
        for reply in replies:
            body.append(f"  ↳ {reply.author}: {short(reply.text(lang), QUOTE)}\n", style="dim")
        for when, action in session.actions:
            if action.item == item.id:
                body.append(f"◆ {session.wall_time(when):%H:%M} {describe_action(session, action, t, lang)}\n", style="bold")
                feedback = self.feedback_of(action) if self.coach or self.replay else None
                if feedback:
                    body.append(f"  {feedback}\n", style="italic")
        if self.replay:
            return
        if item.flood:  # what answers a flood is the trainee's to work out, unless coached
            body.append("\n" + t("ui.detail.flood" if self.coach else "ui.detail.generated") + "\n", style="dim")
            return
        keys = [f"{key} {t('ui.key.' + verb)} ({len(session.options_for(item.id, verb))})"
                for verb, key in VERB_KEYS.items() if session.options_for(item.id, verb)]
        keys += [f"e {t('ui.key.escalate')}", f"h {t('ui.key.hide')}", f"x {t('ui.key.delete')}", f"z {t('ui.key.dismiss')}"]
        body.append("\n" + t("ui.detail.options", keys=" · ".join(keys)) + "\n", style="dim")

    def feedback_of(self, action) -> str | None:
        option = self.session.option_for(action)
        return text_in(option.feedback, self.lang) if option is not None and option.feedback else None

    def decisions(self, body: Text) -> None:
        t, session = self.t, self.session
        if not session.actions:
            return
        team = bool(session.log.header.get("team"))  # a tabletop team's screen lists everyone's decisions
        body.append("\n" + t("ui.detail.team_decisions" if team else "ui.detail.decisions") + "\n", style="bold underline")
        for when, action in session.actions[-RECENT:]:
            body.append(f"{session.wall_time(when):%H:%M} {describe_action(session, action, t, self.lang)}\n")
