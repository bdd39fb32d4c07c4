"""The screens a trainee meets in order: picker, briefing, play (with its dialogs), end; help on top."""
