"""Why a session could not be saved, in words that name the field to fix.

Texts are in the session form's translation context, as they always were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peerhelper.domain.session import FIRST_DAY, LAST_DAY
from peerhelper.storage import sessions_repo
from peerhelper.ui.session.privacy_text import describe_field_data, describe_too_long, field_label


def explain(exc: sessions_repo.InvalidSession) -> str:
    """One line per problem, each naming its field; the same line never twice."""
    lines = []
    for problem in exc.problems:
        if problem.code == "personal_data":
            lines.append(describe_field_data(field_label(problem.field), problem.kinds))
        elif problem.code == "too_long" and problem.limit:
            lines.append(describe_too_long(field_label(problem.field), problem.limit))
        elif problem.field == "mode":
            lines.append(
                QCoreApplication.translate(
                    "SessionForm", "Choose how the support was given (local, remote or training)."
                )
            )
        elif problem.field == "topics":
            lines.append(QCoreApplication.translate("SessionForm", "Choose at least one topic."))
        elif problem.field == "started_at":
            lines.append(
                QCoreApplication.translate("SessionForm", "The date must be in the years %1–%2.")
                .replace("%1", str(FIRST_DAY.year))
                .replace("%2", str(LAST_DAY.year))
            )
        elif problem.field == "language":
            lines.append(
                QCoreApplication.translate(
                    "SessionForm", "The language is not a language code (such as fi or ar)."
                )
            )
        else:
            lines.append(str(problem))
    return "\n".join(dict.fromkeys(lines))
