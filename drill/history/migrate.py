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
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

FIRST = "0001"
"""The revision of the schema the first releases created without Alembic."""
HEAD = "0003"
"""The newest revision (a test checks it is the migrations' head): a database at it is opened
with one query and without importing Alembic, which costs more than the rest of a command."""


def scripts() -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return ScriptDirectory.from_config(config)


def head() -> str:
    return str(scripts().get_current_head())


def current(conn: sa.Connection) -> str | None:
    """The database's revision: alembic_version's row, None for a new or pre-Alembic database."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: sa.Engine) -> None:
    """Apply every migration the database lacks (none when it is up to date: one query)."""
    with engine.connect() as conn:
        try:
            if conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD:
                return
        except sa.exc.DBAPIError:  # no alembic_version table yet: a new or pre-Alembic database
            conn.rollback()
    from alembic.config import Config
    from alembic.runtime.environment import EnvironmentContext

    script = scripts()
    with engine.begin() as conn:
        inspector = sa.inspect(conn)
        if not inspector.has_table("alembic_version") and inspector.has_table("runs"):
            _stamp_first_release(conn, inspector)

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
    from alembic.runtime.migration import MigrationContext

    MigrationContext.configure(conn).stamp(scripts(), FIRST)
