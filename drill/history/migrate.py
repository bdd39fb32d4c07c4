"""Bringing a history database to the newest schema, on open, with Alembic.

The migrations ship inside the package (`migrations/versions`) and run programmatically (no
alembic.ini, no env.py): `upgrade` opens an Alembic migration context on the connection and
applies whatever revisions the database lacks, in one transaction where the database allows
(PostgreSQL, SQLite). A file from the releases before Alembic (a `runs` table and no
`alembic_version`) is first stamped at revision 0001, the schema it has; so an old history is
migrated, never lost or started afresh.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

FIRST = "0001"
"""The revision of the schema the first releases created without Alembic."""


def scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return ScriptDirectory.from_config(config)


def head() -> str:
    return str(scripts().get_current_head())


def current(conn: sa.Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine) -> None:
    """Apply every migration the database lacks (none when it is up to date: one query)."""
    script = scripts()
    with engine.begin() as conn:
        inspector = sa.inspect(conn)
        if not inspector.has_table("alembic_version") and inspector.has_table("runs"):
            _stamp_first_release(conn, inspector)
        if current(conn) == script.get_current_head():
            return

        def steps(rev, context):
            return script._upgrade_revs("head", rev)

        with EnvironmentContext(Config(), script, fn=steps, destination_rev="head") as env:
            env.configure(connection=conn, transactional_ddl=True)
            with env.begin_transaction():
                env.run_migrations()


def _stamp_first_release(conn: sa.Connection, inspector: sa.Inspector) -> None:
    """A history file from before Alembic: give it the column added in its time, if missing
    (`fork_of`), and mark it as revision 0001."""
    if "fork_of" not in {c["name"] for c in inspector.get_columns("runs")}:
        conn.execute(sa.text("ALTER TABLE runs ADD COLUMN fork_of TEXT"))
    MigrationContext.configure(conn).stamp(scripts(), FIRST)
