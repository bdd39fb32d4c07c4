"""Command palette (Ctrl+P) commands of the play screen: every key's action, by name.

Textual's own commands (themes, quit, keys) come from the app; these are added on the play
screen so a trainee who forgot a key can type "escalate" or "pause" instead. Only commands
the screen allows now are listed (`check_action`): no facilitator commands without one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

COMMANDS = (
    ("ui.key.pause", "pause"), ("ui.key.faster", "faster"), ("ui.key.slower", "slower"),
    ("ui.key.forward", "forward"), ("ui.key.reply", "choose('reply')"), ("ui.key.private", "choose('private')"),
    ("ui.key.redirect", "choose('redirect')"), ("ui.key.status", "choose('status')"),
    ("ui.key.escalate", "escalate"), ("ui.key.hide", "remove('hide')"), ("ui.key.delete", "remove('delete')"),
    ("ui.key.dismiss", "remove('dismiss')"), ("ui.key.filter", "needs"), ("ui.key.generated", "generated"),
    ("ui.key.channel", "channel"), ("ui.key.help", "app.help"), ("ui.key.acting", "acting"),
    ("ui.key.facilitator", "facilitator"), ("ui.key.observe", "observe"), ("ui.key.skip", "skip"),
    ("ui.key.end_exercise", "end_exercise"),
)


class PlayCommands(Provider):
    def commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        from drill.tui.screens.play import PlayScreen

        screen = self.screen
        if not isinstance(screen, PlayScreen):  # the provider is the play screen's (its COMMANDS)
            return
        t = screen.t
        for key, action in COMMANDS:
            name, _, _ = action.partition("(")
            if not name.startswith("app.") and screen.check_action(name, ()) is False:
                continue  # a replay's trainee verbs, a team's keys without a team, the closed panel's
            yield t(key), partial(screen.run_action, action)

    async def discover(self) -> Hits:
        for title, run in self.commands():
            yield DiscoveryHit(title, run)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, run in self.commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), run)
