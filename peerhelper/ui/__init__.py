"""Qt widgets, item models and dialogs: thin, calling the layers below."""
