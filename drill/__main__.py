"""`python -m drill`: the same as the `drill` command."""

from drill.cli import main

main()
