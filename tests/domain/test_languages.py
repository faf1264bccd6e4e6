"""The languages module is the one home of language lists, names and fallbacks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from peerhelper.domain import languages
from peerhelper.domain.languages import (
    BUNDLED_CAPTION_LANGUAGES,
    COMMON_LANGUAGES,
    PRINTED_LABEL_LANGUAGES,
    RIGHT_TO_LEFT,
    UI_LANGUAGES,
    fallback_chain,
    is_right_to_left,
    menu_name,
    name_in,
    own_name,
)

PACKAGE = Path(languages.__file__).resolve().parents[1]
# Every code the program knows, and the right-to-left ones it may meet.
KNOWN_CODES = {language.code for language in COMMON_LANGUAGES} | RIGHT_TO_LEFT


def language_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """Literal tuples, lists and sets that hold two or more language codes."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            codes = [
                element.value
                for element in node.elts
                if isinstance(element, ast.Constant) and element.value in KNOWN_CODES
            ]
            if len(codes) >= 2:
                found.append((node.lineno, codes))
    return found


def test_no_module_but_the_languages_module_spells_out_a_language_list() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == Path(languages.__file__).resolve():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, codes in language_lists(tree):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {codes}")
    assert offenders == [], "import these from peerhelper.domain.languages:\n" + "\n".join(
        offenders
    )


def test_the_scan_finds_a_list_in_any_shape() -> None:
    source = 'A = ("fi", "sv")\nB = ["en", "ar", 3]\nC = {"fa", "x"}\nD = {"ckb", "ur"}\n'
    assert [line for line, _ in language_lists(ast.parse(source))] == [1, 2, 4]


def test_right_to_left_is_the_union_the_screen_and_the_paper_once_kept_apart() -> None:
    screen = {"ar", "fa", "ckb", "he", "ur", "ps"}
    paper = {"ar", "fa", "ckb", "ur", "ps", "prs", "he", "yi"}
    assert screen | paper == RIGHT_TO_LEFT
    assert is_right_to_left("fa-AF") and is_right_to_left("ar_SY")
    assert not is_right_to_left("fi-selko") and not is_right_to_left("")


def test_every_bundled_language_has_printed_labels_and_a_name() -> None:
    assert set(BUNDLED_CAPTION_LANGUAGES) <= set(PRINTED_LABEL_LANGUAGES)
    for code in PRINTED_LABEL_LANGUAGES:
        assert own_name(code) != code
        for ui in UI_LANGUAGES:
            assert name_in(code, ui) != code


@pytest.mark.parametrize(
    ("code", "ui", "name"),
    [
        ("ar", "fi", "arabia"),
        ("ar", "sv", "arabiska"),
        ("ar", "en", "Arabic"),
        ("ar", "so", "العربية"),
    ],
)
def test_names_in_each_ui_language_and_in_itself(code: str, ui: str, name: str) -> None:
    assert name_in(code, ui) == name


def test_settings_names_each_ui_language_in_itself_with_a_capital() -> None:
    assert [menu_name(code) for code in UI_LANGUAGES] == ["Suomi", "Svenska", "English"]
    assert own_name("xx") == "xx" and name_in("xx", "fi") == "xx"


def test_fallbacks_go_from_plain_language_to_its_base_then_english_then_finnish() -> None:
    assert fallback_chain("fi-selko") == ("fi-selko", "fi", "en")
    assert fallback_chain("so") == ("so", "en", "fi")
    assert fallback_chain("sv", ("en",)) == ("sv", "en")
