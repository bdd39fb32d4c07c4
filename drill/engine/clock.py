"""The simulated clock's driver: real seconds in, sim seconds out, with speed and pause.

The Session only knows sim time (`advance_to`). Whoever plays in real time (the TUI's timer,
`drill replay`, a facilitator) keeps one SimClock and asks it how far the sim may go; tests
and bots skip it and advance the session by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

SPEEDS: tuple[float, ...] = (1, 5, 10, 30, 60, 120, 300, 600)
"""The speed steps offered by speed up / speed down (sim seconds per real second)."""


@dataclass
class SimClock:
    speed: float = 30.0
    paused: bool = False

    def step(self, real_seconds: float) -> float:
        """Sim seconds that pass during `real_seconds` of wall time (0 while paused)."""
        if self.paused or real_seconds <= 0:
            return 0.0
        return real_seconds * self.speed

    def toggle(self) -> bool:
        self.paused = not self.paused
        return self.paused

    def faster(self) -> float:
        self.speed = next((s for s in SPEEDS if s > self.speed), self.speed)
        return self.speed

    def slower(self) -> float:
        self.speed = next((s for s in reversed(SPEEDS) if s < self.speed), self.speed)
        return self.speed
