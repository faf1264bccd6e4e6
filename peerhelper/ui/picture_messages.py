"""Why a picture was refused, in the user's language.

:mod:`peerhelper.picture_check` gives each problem a code and the values its
message names; this module turns them into a sentence for the window. A code
it does not know falls back to the English detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peerhelper.picture_check import PictureError, PictureProblem


def _texts() -> dict[str, str]:
    # Every text is written out in a translate() call so that lupdate finds it.
    return {
        "missing": QCoreApplication.translate("PictureMessages", "The file does not exist."),
        "unreadable": QCoreApplication.translate("PictureMessages", "The file cannot be read."),
        "kind": QCoreApplication.translate(
            "PictureMessages", "Only SVG, PNG and JPEG pictures can be used."
        ),
        "symbol_kind": QCoreApplication.translate(
            "PictureMessages", "The symbol must be an SVG or PNG file."
        ),
        "file_too_large": QCoreApplication.translate(
            "PictureMessages", "The file is larger than %1 MB."
        ),
        "not_picture": QCoreApplication.translate(
            "PictureMessages", "The file is not a %1 picture, although its name says so."
        ),
        "damaged": QCoreApplication.translate(
            "PictureMessages",
            "The picture is damaged or incomplete. Save or copy it again and try once more.",
        ),
        "too_many_pixels": QCoreApplication.translate(
            "PictureMessages",
            "The picture is too large to print: %1 × %2 pixels, when at most %3 million "
            "pixels are allowed. Make it smaller in a picture editor.",
        ),
        "too_long_side": QCoreApplication.translate(
            "PictureMessages",
            "The picture is too large to print: %1 × %2 pixels, when no side may be longer "
            "than %3 pixels. Make it smaller in a picture editor.",
        ),
        "far_too_many_pixels": QCoreApplication.translate(
            "PictureMessages",
            "The picture has far too many pixels to print. Make it smaller in a picture editor.",
        ),
        "svg_doctype": QCoreApplication.translate(
            "PictureMessages",
            "The SVG file has a DOCTYPE, entities or processing instructions, which are not "
            "accepted. Save it again as plain SVG.",
        ),
        "svg_invalid": QCoreApplication.translate(
            "PictureMessages", "The SVG file is not valid: %1"
        ),
        "svg_not_svg": QCoreApplication.translate(
            "PictureMessages", "The file is not an SVG picture."
        ),
        "svg_no_size": QCoreApplication.translate(
            "PictureMessages",
            "The SVG picture does not say its size: it needs a width and a height, or a viewBox.",
        ),
        "svg_too_deep": QCoreApplication.translate(
            "PictureMessages", "The SVG picture is nested more than %1 levels deep."
        ),
        "svg_too_many": QCoreApplication.translate(
            "PictureMessages", "The SVG picture has more than %1 parts."
        ),
        "svg_script": QCoreApplication.translate(
            "PictureMessages",
            "The SVG picture contains a script or other active content (%1), which is not "
            "accepted.",
        ),
        "svg_reference": QCoreApplication.translate(
            "PictureMessages",
            "The SVG picture uses something outside itself (%1). Put the pictures it needs "
            "inside the file.",
        ),
    }


def picture_problem_text(problem: PictureProblem) -> str:
    """The problem as a sentence in the user's language."""
    text = _texts().get(problem.code)
    if text is None:
        return problem.detail
    for number, value in enumerate(problem.values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def error_text(error: BaseException) -> str:
    """A refused picture in the user's language; any other known error as its message."""
    if isinstance(error, PictureError):
        return f"{error.file}: {picture_problem_text(error.problem)}"
    return str(error)
