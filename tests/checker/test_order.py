"""The same reply gives the same findings in every process: two findings of one check on one
span ('guaranteed' is both an absolute and a certainty) are kept by a total order, not by a
set's order, which Python's hash seed changes from one process to the next."""

from __future__ import annotations

import os
import subprocess
import sys

PROGRAM = """
from drill.checker import check_reply
from drill.scenario.load import load
from drill.library import find
s = load(find("bank-outage")).scenario
for text in ("We will fix it IMMEDIATELY, guaranteed.", "Korjaamme sen HETI, taatusti!", "We guarantee it is fixed by 20:00 at the latest, always."):
    for lang in ("en", "fi"):
        print([(f.check, f.detail, f.start, f.end) for f in check_reply(s, s.injects[0].id, "public", text, lang).findings])
"""


def test_findings_do_not_depend_on_the_hash_seed():
    runs = {subprocess.run([sys.executable, "-c", PROGRAM], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True).stdout for seed in range(8)}
    assert len(runs) == 1, runs
