"""The debrief report: rendered from the run record alone."""
