"""Making a guide in the app: a screenshot step and kit steps, previewed, saved, listed, printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from peerhelper.guides.authoring import REDACTION
from peerhelper.ui import ask
from peerhelper.ui.guides.library_model import GUIDE_ID_ROLE, LOCAL_MARK_ROLE
from tests.printing.handout_helpers import flat, page_texts

SECRET = (200, 30, 90)


@pytest.fixture
def shot(tmp_path: Path) -> Path:
    image = Image.new("RGB", (800, 600), (240, 240, 240))
    image.paste(SECRET, (100, 100, 300, 180))  # "the client's name"
    path = tmp_path / "screenshot.png"
    image.save(path)
    return path


def open_editor(qtbot, context, monkeypatch, shot):
    from peerhelper.ui.guides.library_page import GuidesPage

    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(ask, "open_file", lambda *args: shot)
    page.sharing.new_button.click()
    editor = page.sharing.editor
    editor.show()
    qtbot.waitExposed(editor)
    return page, editor


def fill_about(editor) -> None:
    editor.title.setText("Library printer")
    editor.summary.setText("Print a document at the library.")
    editor.service.setText("Library printer")
    editor.organisation.setText("Example library")
    editor.source_title.setText("Printing at the library")
    editor.source_publisher.setText("Example library")
    editor.source_url.setText("https://example.org/printing")


def add_kit_steps(editor, count: int) -> None:
    for n in range(count):
        editor.add_kit_button.click()
        form = editor.step_form
        form.screen_title.setText("Printer")
        form.item_texts[0].setText("Print")
        form.highlight.setCurrentIndex(1)
        form.caption.setText(f"Tap Print ({n + 2}).")
        form.alt.setText("A phone with a Print button.")


def drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_make_a_guide_with_a_screenshot_save_it_and_print_it(
    qtbot, context, monkeypatch, shot, tmp_path
) -> None:
    page, editor = open_editor(qtbot, context, monkeypatch, shot)
    fill_about(editor)
    assert editor.guide_id.text() == "library-printer"
    editor.tabs.setCurrentIndex(1)
    editor.add_shot_button.click()
    form = editor.step_form
    canvas = form.canvas
    canvas.resize(800, 600)  # one screen pixel is one picture pixel
    canvas.set_tool("redact")
    drag(qtbot, canvas, QPoint(90, 90), QPoint(310, 190))
    (mark,) = editor.draft.steps[0].picture.marks
    assert mark.kind == "redact" and mark.box.x <= 100 and mark.box.x + mark.box.w >= 300
    canvas.set_tool("ring")
    canvas.add_box(canvas.to_picture(canvas.rect().adjusted(400, 300, -200, -200)))
    canvas.set_tool("number")
    drag(qtbot, canvas, QPoint(600, 100), QPoint(600, 100))
    form.caption.setText("Open the printing page.")
    form.alt.setText("The library's printing page; the name is covered.")
    add_kit_steps(editor, 4)

    # Preview as the client sees it, and as a handout, before saving.
    editor.show_button.click()
    assert not editor.problems.isVisible(), editor.problems.text()
    (shown,) = editor._windows
    assert shown.guide.id == "library-printer" and shown.step_count == 5
    shown.close()
    editor.handout_button.click()
    (handout,) = editor._windows
    assert handout.guide.title.get("en") == "Library printer"
    handout.close()

    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()
    folder = context.paths.local_guides / "library-printer"
    with Image.open(folder / "step1.png") as saved:
        saved = saved.convert("RGB")
        assert saved.getpixel((200, 140)) == REDACTION
        assert SECRET not in {c for _n, c in saved.getcolors(1 << 20)}
    assert not (shot.parent / "library-printer").exists()
    saved_manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert saved_manifest["service"] == {context.language: "Library printer"}
    assert not [p for p in context.paths.local_guides.iterdir() if p.name.startswith(".")]

    # It is in the library with its mark …
    proxy = page.view.model()
    marks = {
        proxy.index(r, 0).data(GUIDE_ID_ROLE): proxy.index(r, 0).data(LOCAL_MARK_ROLE)
        for r in range(proxy.rowCount())
    }
    assert marks["library-printer"] == "Local · Example library"
    assert page.open_guide("library-printer")

    # … and prints like any guide.
    from peerhelper.cli import run

    pdf = tmp_path / "printer.pdf"
    data = str(context.paths.root)
    args = ["handout", "library-printer", "--lang", "en", "--out", str(pdf)]
    assert run(["--data-dir", data, *args]) == 0
    printed = flat(" ".join(page_texts(pdf)))
    assert "Library printer" in printed and "Open the printing page." in printed


def test_the_editor_says_what_to_fix_and_saves_nothing(qtbot, context, monkeypatch, shot) -> None:
    _page, editor = open_editor(qtbot, context, monkeypatch, shot)
    fill_about(editor)
    editor.add_shot_button.click()
    editor.step_form.caption.setText("Open the printing page.")
    add_kit_steps(editor, 3)  # four steps: one too few, and step 1 has no description
    editor.save_button.click()
    text = editor.problems.text()
    assert editor.problems.isVisible() and "Fix these before saving:" in text
    assert "4 steps; a guide has 5 to 10" in text
    assert "Step 1: alt text is missing en" in text
    assert not (context.paths.local_guides / "library-printer").exists()
    assert editor.isVisible()
