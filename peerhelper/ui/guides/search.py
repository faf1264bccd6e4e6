"""Forgiving search over guides in any language: accents, hyphens and letter forms ignored.

A volunteer may type ``wifi`` for "Wi-Fi", ``paivitys`` on a keyboard without
ä, or Arabic with or without vowel marks; Persian and Arabic keyboards also
give different code points for the same-looking yeh and kaf. Both the
guide's text and the typed words are folded the same way before comparing.
"""

from __future__ import annotations

import re
import unicodedata

from peerhelper.domain.vocabulary import DEFAULT_TOPICS
from peerhelper.guides.model import Guide
from peerhelper.ui.guides.languages import language_name

# Every combining mark (accents, Arabic vowel marks) and the hyphens, joiners and
# the Arabic stretching stroke, found with one regular expression: a loop over
# characters in Python would make folding 500 guides take seconds.
_MARKS = "".join(
    re.escape(chr(code)) for code in range(0x300, 0x2000) if unicodedata.category(chr(code)) == "Mn"
)
_DROP = re.compile(f"[{_MARKS}\\-\u2010\u2011\u00ad\u200c\u200d\u0640]+")
_SAME = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا"}
_SAME_RE = re.compile("|".join(_SAME))
_TOPICS = {term.code: term for term in DEFAULT_TOPICS}


def fold(text: str) -> str:
    """Lower-cased text without accents, vowel marks, hyphens or letter-form differences."""
    bare = _DROP.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return _SAME_RE.sub(lambda match: _SAME[match.group()], bare)


def search_words(text: str) -> list[str]:
    return [word for word in fold(text).split() if word]


def search_key(guide: Guide) -> str:
    """Every word a volunteer might look a guide up by, folded."""
    extra: list[str] = []  # the service's names are in search_text, in every language
    for code in guide.topics:
        term = _TOPICS.get(code)
        if term:
            extra += [term.fi, term.sv, term.en]
    extra += [language_name(code) for code in guide.language_codes]
    return fold("\n".join([guide.search_text(), *extra]))


def matches(key: str, words: list[str]) -> bool:
    return all(word in key for word in words)
