"""A seat per role: one exercise, one engine, many screens (issue 15).

The host owns the only Session, its clock and its journal. Seats never receive the engine's
state: they receive the run's records (the same lines the journal holds: inputs with their
sim time, notes, facilitator commands) and clock ticks, and replay them into a replica of
their own. The engine is deterministic, so every replica is the host's session, down to the
last generated comment, for a few bytes a decision. A seat sends actions up; the host stamps
them with the seat's role, and the engine decides whether that role may take them.
"""
