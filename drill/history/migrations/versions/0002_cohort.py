"""The cohort history: trainees under a normalised name, participants and their roles as
rows, practice (coach) runs marked, finish time, digest, a run id, scores per dimension and
per decision as rows. The runs of the first schema are carried over: each name becomes a
trainee (so "aino " and "Aino" meet), a team's JSON becomes one participant per member, the
dimensions' JSON become rows. What the old schema never kept stays empty: no finish time, no
digest, no decisions; practice is unknown and taken as assessed (coach mode was not
recorded); the run id is `v1-<old row id>` (such a run's journal, synced later, takes the
row over: drill.history._carried_over).

Revision ID: 0002
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from drill.history.names import name_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _when(text):
    """An ISO time from the old schema as naive UTC, or None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def upgrade() -> None:
    op.drop_index("runs_by_trainee", table_name="runs")
    op.rename_table("runs", "runs_v1")
    trainees = op.create_table(
        "trainees",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    runs = op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.String(64), nullable=False, unique=True),
        sa.Column("scenario", sa.String(200), nullable=False),
        sa.Column("scenario_version", sa.String(64)),
        sa.Column("digest", sa.String(64)),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("engine", sa.String(32)),
        sa.Column("lang", sa.String(8)),
        sa.Column("started", sa.DateTime),
        sa.Column("finished", sa.DateTime),
        sa.Column("sim_seconds", sa.Float, nullable=False),
        sa.Column("overall", sa.Float, nullable=False),
        sa.Column("rating", sa.String(1), nullable=False),
        sa.Column("ending", sa.String(200)),
        sa.Column("critical", sa.JSON, nullable=False),
        sa.Column("practice", sa.Boolean, nullable=False),
        sa.Column("team", sa.String(600)),
        sa.Column("journal", sa.Text),
        sa.Column("fork_of", sa.Text),
    )
    op.create_index("runs_by_scenario", "runs", ["scenario", "started"])
    op.create_index("runs_by_journal", "runs", ["journal"])
    participants = op.create_table(
        "participants",
        sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("trainee", sa.Integer, sa.ForeignKey("trainees.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(24)),
    )
    op.create_index("participants_by_trainee", "participants", ["trainee"])
    dimensions = op.create_table(
        "dimensions",
        sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("run", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("n", sa.Integer, primary_key=True),
        sa.Column("t", sa.Float, nullable=False),
        sa.Column("verb", sa.String(16), nullable=False),
        sa.Column("item", sa.String(200)),
        sa.Column("inject", sa.String(200)),
        sa.Column("option", sa.String(200)),
        sa.Column("findings", sa.JSON(none_as_null=True)),
        sa.Column("level", sa.String(24)),
        sa.Column("role", sa.String(24)),
        sa.Column("waited", sa.Float),
        sa.Column("score", sa.Float),
    )
    op.create_index("decisions_by_inject", "decisions", ["inject"])
    _carry_over(op.get_bind(), trainees, runs, participants, dimensions)
    op.drop_table("runs_v1")


def _carry_over(conn, trainees, runs, participants, dimensions) -> None:
    old = conn.execute(sa.text("SELECT * FROM runs_v1 ORDER BY id")).mappings().all()
    known: dict[str, int] = {}
    for row in old:
        team = json.loads(row["team"]) if row["team"] else None
        members = [(m["name"], m.get("role")) for m in team if isinstance(m, dict) and isinstance(m.get("name"), str)] if isinstance(team, list) else []
        who = members or [(row["trainee"], None)]
        conn.execute(runs.insert().values(
            id=row["id"], run_id=f"v1-{row['id']}", scenario=row["scenario"], scenario_version=row["scenario_version"], seed=row["seed"],
            started=_when(row["started"]), sim_seconds=row["sim_seconds"], overall=row["overall"], rating=row["rating"], ending=row["ending"],
            critical=json.loads(row["critical"] or "[]"), practice=False, journal=row["journal"], fork_of=row["fork_of"],
            team=", ".join(sorted(name_key(n) for n, _ in members)) if members else None,
        ))
        seen: set[str] = set()
        for name, role in who:
            key = name_key(name) or "anonymous"
            if key in seen:
                continue
            seen.add(key)
            if key not in known:
                known[key] = conn.execute(trainees.insert().values(key=key, name=name.strip() or key)).inserted_primary_key[0]
            conn.execute(participants.insert().values(run=row["id"], trainee=known[key], name=name, role=role))
        scores = json.loads(row["dimensions"] or "{}")
        if scores:
            conn.execute(dimensions.insert(), [{"run": row["id"], "name": n, "score": float(s)} for n, s in scores.items()])
    if old and conn.dialect.name == "postgresql":  # rows inserted with their ids: move the sequence past them
        conn.execute(sa.text("SELECT setval(pg_get_serial_sequence('runs', 'id'), (SELECT max(id) FROM runs))"))


def downgrade() -> None:
    raise NotImplementedError("a history is not migrated down: restore the copy kept before upgrading")
