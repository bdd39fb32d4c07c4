"""Widgets of the play screen: the Line-API feed, its row painter, the status bar, the detail panel."""
