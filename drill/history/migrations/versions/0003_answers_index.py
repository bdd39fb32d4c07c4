"""Each decision names its drill, and one index holds what the cohort report reads of it.

An inject id is only unique within its drill, so the report groups answers by drill and
inject; with the drill only on the run, every decision had to be joined to its run and the
groups sorted (0.6 s of SQLite's time for 385,000 decisions, more than the rest of the
report). With `scenario` on the decision and an index on (scenario, inject, option, score,
waited, run), the answers and their waiting times are read in one pass over the index, in
group order, with nothing to sort (an answer is a decision with a score: the writer scores
every option chosen and every written reply, and nothing else). Decisions already kept take their
run's drill; the index on `inject` alone, which only the report used, goes.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("decisions", sa.Column("scenario", sa.String(200)))
    op.execute("UPDATE decisions SET scenario = (SELECT runs.scenario FROM runs WHERE runs.id = decisions.run)")
    op.drop_index("decisions_by_inject", table_name="decisions")
    op.create_index("decisions_by_answer", "decisions", ["scenario", "inject", "option", "score", "waited", "run"])


def downgrade() -> None:
    raise NotImplementedError("a history is not migrated down: restore the copy kept before upgrading")
