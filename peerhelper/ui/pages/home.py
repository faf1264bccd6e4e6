"""Home: a greeting and the few big choices a volunteer starts from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from peerhelper.domain.site import SiteProfileData
from peerhelper.ui.icons import icon, icon_size
from peerhelper.ui.pages.base import Page


class HomePage(Page):
    def __init__(
        self,
        profile: SiteProfileData | None,
        navigate: Callable[[str], None],
        edit_profile: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        greeting = self.tr("Hello! What are we helping with today?")
        where = profile.site_name if profile and profile.site_name else ""
        super().__init__(greeting, where, parent)
        self.choices: dict[str, QPushButton] = {}
        specs = [
            ("session", "session", self.tr("Start a support session")),
            ("guides", "guides", self.tr("Find a picture guide")),
            ("print", "print", self.tr("Print a handout")),
        ]
        for key, icon_name, text in specs:
            button = QPushButton(icon(icon_name), text)
            button.setObjectName("bigChoice")
            button.setIconSize(icon_size(40))
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, k=key: navigate(k))
            self.content.addWidget(button)
            self.choices[key] = button

        self.profile_button: QPushButton | None = None
        if profile is None:
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            notice = QLabel(
                self.tr(
                    "The site profile is not filled in yet. Handouts and signs "
                    "show your site's name, address and opening hours."
                )
            )
            notice.setWordWrap(True)
            self.profile_button = QPushButton(self.tr("Fill in the site &profile"))
            self.profile_button.setObjectName("primary")
            self.profile_button.clicked.connect(edit_profile)
            box.addWidget(notice)
            box.addWidget(self.profile_button)
            self.content.addWidget(card)
        self.finish()
