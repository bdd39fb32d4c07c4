"""drill's terminal UI (Textual): it turns keys into Actions and draws the Session, nothing more.

The engine, the scenario format and the scoring never import this package.
"""
