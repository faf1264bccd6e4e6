#!/usr/bin/env python3
"""Screenshots of the main window's screens, for the README and for review.

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py OUT_DIR [--lang fi] [--scale 100]

Builds the real window on a temporary data folder with a sample site
profile and saves one PNG per screen.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from peerhelper.app import create_application, wire_context
from peerhelper.domain.site import SiteProfileData
from peerhelper.paths import DataPaths
from peerhelper.settings import Settings
from peerhelper.storage.database import open_database
from peerhelper.storage.site_repo import save_site_profile
from peerhelper.ui.context import AppContext
from peerhelper.ui.i18n import Translations
from peerhelper.ui.mainwindow import PAGE_KEYS, MainWindow
from peerhelper.ui.style import apply_style
from peerhelper.ui.tasks import TaskRunner


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--pages", nargs="*", default=list(PAGE_KEYS))
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--settle", type=float, default=1.0, help="seconds to let a page draw")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    translations = Translations(app)
    translations.install(args.lang)
    apply_style(app, args.scale)
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        db = open_database(paths.database, paths.backups)
        if not args.no_profile:
            save_site_profile(
                db,
                SiteProfileData(
                    "Itäkeskuksen seurakunta",
                    "Digituki Itäkeskus",
                    "Turunlinnantie 3, Helsinki",
                    "ti ja to 10–14",
                    "09 1234 5678",
                    ["fi", "sv", "en", "ar", "so"],
                ),
            )
        settings = Settings(paths.settings_file)
        settings.set("font_scale", args.scale)
        tasks = TaskRunner(app)
        context = AppContext(
            paths, settings, db, lambda c: None, lambda s: apply_style(app, s), lambda: db, tasks
        )
        context.language = args.lang
        window = MainWindow(context)
        wire_context(context, window, translations)
        window.resize(1200, 800)
        window.show()
        for key in args.pages:
            window.show_page(key)
            deadline = time.monotonic() + args.settle
            while time.monotonic() < deadline:  # let lazy thumbnails and previews draw
                app.processEvents()
                time.sleep(0.02)
            window.grab().save(str(args.out / f"{key}-{args.lang}.png"))
        tasks.shutdown()
        db.close()


if __name__ == "__main__":
    main()
