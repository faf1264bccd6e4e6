"""No two controls in one window or dialog share an Alt letter, in any UI language.

Two controls with the same letter make Alt+letter go to the first one only
(or cycle between them), so a keyboard user cannot reach the second at once.
"""

from __future__ import annotations

from itertools import chain

import pytest

from tests.ui.every_window import dialogs, main_window_screens
from tests.ui.screen_checks import alt_clashes, mnemonic_of


def test_mnemonic_of_reads_the_letter_after_the_ampersand() -> None:
    assert mnemonic_of("&Save") == "s"
    assert mnemonic_of("Save as P&DF…") == "d"
    assert mnemonic_of("Fish && &chips") == "c"
    assert mnemonic_of("No letter") == ""


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_window_or_dialog_shares_an_alt_letter(context, translations, language) -> None:
    translations.install(language)
    clashes = []
    for name, window in chain(main_window_screens(context), dialogs(context)):
        clashes += [f"{name}: {clash}" for clash in alt_clashes(window)]
    assert not clashes, "\n".join(clashes)
