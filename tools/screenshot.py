#!/usr/bin/env python3
"""Screenshots of the main window's screens, for the README and for review.

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py OUT_DIR [--lang fi] [--scale 100]

Builds the real window on a temporary data folder with a sample site
profile and saves one PNG per screen.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from peerhelper.app import create_application
from peerhelper.domain.site import SiteProfileData
from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.settings import Settings
from peerhelper.storage.site_repo import save_site_profile
from peerhelper.ui.controller import AppController
from peerhelper.ui.i18n import Translations
from peerhelper.ui.mainwindow import PAGE_KEYS, MainWindow
from peerhelper.ui.style import apply_style
from peerhelper.ui.tasks import TaskRunner


def add_sample_sessions(db: Database, count: int) -> None:
    """Made-up sessions spread over this year, for screens with figures."""
    from peerhelper.domain.session import SessionData
    from peerhelper.domain.vocabulary import TOPIC_CODES, codes_of
    from peerhelper.storage import sessions_repo

    rng = random.Random(7)
    start = datetime(datetime.now().year, 1, 1, 9)
    days = max((datetime.now() - start).days, 1)
    sessions = [
        SessionData(
            started_at=start + timedelta(days=rng.randrange(days), minutes=rng.randrange(480)),
            mode=rng.choice(("local", "local", "remote", "training")),
            topics=rng.sample(TOPIC_CODES[:12], rng.choice((1, 1, 2))),
            minutes=rng.randrange(10, 60),
            device=rng.choice(codes_of("device")),
            language=rng.choice(("fi", "fi", "fi", "ar", "so", "ru", "en")),
            age_band=rng.choice(codes_of("age_band")),
            visit=rng.choice(codes_of("visit")),
            outcome=rng.choice(codes_of("outcome")),
            independence=rng.choice(codes_of("independence")),
            barriers=rng.sample(codes_of("barriers")[:4], rng.choice((0, 0, 0, 1))),
            source=rng.choice(("form", "form", "form", "tally")),
        )
        for _ in range(count)
    ]
    with db.session() as s:
        sessions_repo.write_sessions(s, db.device_id, sessions)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--pages", nargs="*", default=list(PAGE_KEYS))
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--settle", type=float, default=1.0, help="seconds to let a page draw")
    parser.add_argument("--size", default="1200x800", help="window size, e.g. 1366x768")
    parser.add_argument("--guide", default="", help="on the guides page, open this guide")
    parser.add_argument(
        "--sample-sessions", type=int, default=0, help="log N made-up sessions this year first"
    )
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
        if args.sample_sessions:
            add_sample_sessions(db, args.sample_sessions)
        settings = Settings(paths.settings_file)
        settings.set("font_scale", args.scale)
        tasks = TaskRunner(app)
        context = AppController(paths, settings, db, translations, tasks)
        window = MainWindow(context)
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.show()
        for key in args.pages:
            window.show_page(key)
            if key == "guides" and args.guide:
                window.guides_page().open_guide(args.guide)
            deadline = time.monotonic() + args.settle
            while time.monotonic() < deadline:  # let lazy thumbnails and previews draw
                app.processEvents()
                time.sleep(0.02)
            window.grab().save(str(args.out / f"{key}-{args.lang}.png"))
        tasks.shutdown()
        db.close()


if __name__ == "__main__":
    main()
