"""Qt widgets, item models and dialogs: thin, calling the layers below."""

from peerhelper import qt_workarounds

qt_workarounds.apply()
