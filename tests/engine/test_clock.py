"""The real-time driver of the sim clock."""

from drill.engine.clock import SPEEDS, SimClock


def test_step_scales_real_time_by_speed_and_stops_when_paused():
    clock = SimClock(speed=30)
    assert clock.step(0.5) == 15
    assert clock.toggle() is True
    assert clock.step(10) == 0
    clock.toggle()
    assert clock.step(-1) == 0


def test_speed_moves_through_the_steps_and_stops_at_the_ends():
    clock = SimClock(speed=30)
    assert clock.faster() == 60
    assert clock.slower() == 30 and clock.slower() == 10
    clock.speed = SPEEDS[-1]
    assert clock.faster() == SPEEDS[-1]
    clock.speed = SPEEDS[0]
    assert clock.slower() == SPEEDS[0]
    odd = SimClock(speed=45)
    assert odd.faster() == 60 and SimClock(speed=45).slower() == 30
