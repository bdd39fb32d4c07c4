"""The history as the first releases kept it: one `runs` table, names as typed, the
dimensions and the team as JSON text. A file made by those releases has no alembic_version
table; drill.history.migrate stamps it at this revision (adding `fork_of` where it is
missing) and upgrades it from here.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("trainee", sa.Text, nullable=False),
        sa.Column("scenario", sa.Text, nullable=False),
        sa.Column("scenario_version", sa.Text),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("started", sa.Text),
        sa.Column("sim_seconds", sa.Float, nullable=False),
        sa.Column("overall", sa.Float, nullable=False),
        sa.Column("rating", sa.Text, nullable=False),
        sa.Column("dimensions", sa.Text, nullable=False),
        sa.Column("critical", sa.Text, nullable=False),
        sa.Column("ending", sa.Text),
        sa.Column("journal", sa.Text),
        sa.Column("team", sa.Text),
        sa.Column("fork_of", sa.Text),
    )
    op.create_index("runs_by_trainee", "runs", ["trainee", "scenario", "id"])


def downgrade() -> None:
    op.drop_table("runs")
