"""Authoring tools: see a drill as a picture (`drill graph`) and move it to and from a
planner's spreadsheet (`drill msel`).

They sit above the engine, the bots and the library because a picture of a drill is only
honest when it shows what actually happens: the lint pass says what can never happen, the
bots' runs say what nobody reaches, and the library finds the drill the way `drill play` does.
"""
