"""The history's tables as SQLAlchemy Core metadata: the schema at the newest migration.

The same tables on SQLite and PostgreSQL. A run is one row of `runs` (its run id, from the
journal, makes recording it twice a no-op); who played it are rows of `participants` (a team
run has one per member, with the role); `dimensions` holds its score per dimension and
`decisions` each accepted action (the inject, the option chosen or the findings of a written
reply, how long the item had waited, how good a choice it was), so one inject's answers can
be compared across a cohort; it names its drill too, so the cohort report reads them from one
index without joining every decision to its run (migration 0003). The migrations in `migrations/versions` build exactly this; a
test checks that they agree.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

trainees = sa.Table(
    "trainees", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(200), nullable=False, unique=True),  # drill.history.names.name_key
    sa.Column("name", sa.String(200), nullable=False),  # as first typed, for display
)

runs = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("run_id", sa.String(64), nullable=False, unique=True),
    sa.Column("scenario", sa.String(200), nullable=False),
    sa.Column("scenario_version", sa.String(64)),
    sa.Column("digest", sa.String(64)),
    sa.Column("seed", sa.Integer, nullable=False),
    sa.Column("engine", sa.String(32)),
    sa.Column("lang", sa.String(8)),
    sa.Column("started", sa.DateTime),  # UTC, naive
    sa.Column("finished", sa.DateTime),  # UTC, naive
    sa.Column("sim_seconds", sa.Float, nullable=False),
    sa.Column("overall", sa.Float, nullable=False),
    sa.Column("rating", sa.String(1), nullable=False),
    sa.Column("ending", sa.String(200)),
    sa.Column("critical", sa.JSON, nullable=False),
    sa.Column("practice", sa.Boolean, nullable=False),  # coach mode: practice, not assessed
    sa.Column("team", sa.String(600)),  # a team run's members, 'aino, mikko' (name keys, sorted)
    sa.Column("journal", sa.Text),
    sa.Column("fork_of", sa.Text),
    sa.Index("runs_by_scenario", "scenario", "started"),
    sa.Index("runs_by_journal", "journal"),
)

participants = sa.Table(
    "participants", metadata,
    sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("trainee", sa.Integer, sa.ForeignKey("trainees.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),  # as typed for this run
    sa.Column("role", sa.String(24)),
    sa.Index("participants_by_trainee", "trainee"),
)

dimensions = sa.Table(
    "dimensions", metadata,
    sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("score", sa.Float, nullable=False),
)

decisions = sa.Table(
    "decisions", metadata,
    sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("scenario", sa.String(200)),  # the run's drill: an inject id is unique only within it
    sa.Column("t", sa.Float, nullable=False),
    sa.Column("verb", sa.String(16), nullable=False),
    sa.Column("item", sa.String(200)),
    sa.Column("inject", sa.String(200)),  # the authored inject acted on, if any
    sa.Column("option", sa.String(200)),  # the option chosen (None for a written reply)
    sa.Column("findings", sa.JSON(none_as_null=True)),  # a written reply's findings (the checker's tags)
    sa.Column("level", sa.String(24)),
    sa.Column("role", sa.String(24)),
    sa.Column("waited", sa.Float),  # sim seconds from the item's arrival to this decision
    sa.Column("score", sa.Float),  # drill.scoring.dimensions.option_quality of the choice, 0-100
    sa.Index("decisions_by_answer", "scenario", "inject", "option", "score", "waited", "run"),  # drill.history.cohort reads only this
)
