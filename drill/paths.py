"""The user's data folder (runs, history, own scenarios): platformdirs, or DRILL_HOME."""

from __future__ import annotations

import os
from pathlib import Path


def user_dir() -> Path:
    """DRILL_HOME if set, else the platform's user data directory for drill."""
    home = os.environ.get("DRILL_HOME")
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir("drill", appauthor=False))


def runs_dir() -> Path:
    return user_dir() / "runs"
