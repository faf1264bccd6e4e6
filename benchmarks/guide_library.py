#!/usr/bin/env python3
"""How the guide library copes with 500 guides: loading, the model, filtering, thumbnails.

Makes 500 guides in a temporary folder by copying the bundled ones under new
ids, then times, offscreen:

- loading and checking every manifest (``load_library``);
- building the list model and its filter, then preparing the search keys
  (every text of every guide, folded) in idle-time batches;
- filtering: search words in several languages, a topic, a language;
- opening the guide page and drawing the thumbnails of the first screen,
  with the longest single pause of the event loop while drawing.

    QT_QPA_PLATFORM=offscreen python benchmarks/guide_library.py [--guides 500]

Goal: filtering well under 50 ms, the first screen of thumbnails under a
second, no pause of the event loop longer than about 30 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerhelper.guides.loader import bundled_guides_dir, load_library


def make_library(root: Path, count: int) -> None:
    sources = sorted(p for p in bundled_guides_dir().iterdir() if (p / "manifest.json").is_file())
    for n in range(count):
        source = sources[n % len(sources)]
        target = root / f"{source.name}-{n:03d}"
        shutil.copytree(source, target)
        manifest = target / "manifest.json"
        data = json.loads(manifest.read_text(encoding="utf-8"))
        data["id"] = target.name
        manifest.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=int, default=500)
    args = parser.parse_args()

    from peerhelper.app import create_application
    from peerhelper.paths import DataPaths
    from peerhelper.storage.database import open_database
    from peerhelper.storage.settings import Settings
    from peerhelper.ui.controller import AppController
    from peerhelper.ui.guides import thumbnails
    from peerhelper.ui.guides.library_filter import GuideFilterProxy
    from peerhelper.ui.guides.library_model import GuideLibraryModel
    from peerhelper.ui.guides.library_page import GuidesPage
    from peerhelper.ui.i18n import Translations
    from peerhelper.ui.style import apply_style
    from peerhelper.ui.tasks import TaskRunner

    app = create_application()
    apply_style(app, 100)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "guides"
        root.mkdir()
        make_library(root, args.guides)
        load_ms, (guides, problems) = timed(lambda: load_library(root))
        print(f"guides loaded               : {len(guides)} ({len(problems)} problems)")
        print(f"load and check manifests    : {load_ms:8.1f} ms")

        def build() -> GuideFilterProxy:
            model = GuideLibraryModel(guides, "fi")
            proxy = GuideFilterProxy()
            proxy.setSourceModel(model)
            return proxy

        build_ms, proxy = timed(build)
        print(f"model and sort by title     : {build_ms:8.1f} ms")
        model = proxy.sourceModel()
        start = time.perf_counter()
        while not model.keys_ready:
            app.processEvents()
        idle_ms = (time.perf_counter() - start) * 1000
        print(f"search keys while idle      : {idle_ms:8.1f} ms (in batches of about 8 ms)")
        for label, apply in [
            ("search 'wifi'", lambda: proxy.set_search("wifi")),
            ("search 'pankkitunnukset'", lambda: proxy.set_search("pankkitunnukset")),
            ("search Arabic 'الهاتف'", lambda: proxy.set_search("الهاتف")),
            ("search Russian 'почта'", lambda: proxy.set_search("почта")),
            ("clear search", lambda: proxy.set_search("")),
            ("topic 'banking'", lambda: proxy.set_topics(["banking"])),
            ("language 'so'", lambda: proxy.set_language("so")),
            ("clear filters", lambda: (proxy.set_topics([]), proxy.set_language(""))),
        ]:
            ms, _ = timed(apply)
            print(f"filter: {label:<20}: {ms:8.1f} ms  ({proxy.rowCount()} shown)")

        pauses: list[float] = []
        original = thumbnails.ThumbnailCache._work

        def measured(self: thumbnails.ThumbnailCache) -> None:
            ms, _ = timed(lambda: original(self))
            pauses.append(ms)

        thumbnails.ThumbnailCache._work = measured  # type: ignore[method-assign]
        paths = DataPaths(Path(folder) / "data")
        db = open_database(paths.database, paths.backups)
        tasks = TaskRunner(app)
        translations = Translations(app)
        translations.install("en")
        context = AppController(paths, Settings(paths.settings_file), db, translations, tasks)
        start = time.perf_counter()
        page = GuidesPage(context, load=lambda: (guides, problems))
        built = (time.perf_counter() - start) * 1000
        page.resize(1100, 760)
        page.show()
        while True:
            app.processEvents()
            if page.isVisible() and page.thumbnails.drawn and not page.thumbnails.pending:
                break
        first_screen = (time.perf_counter() - start) * 1000
        print(f"guide page built            : {built:8.1f} ms")
        print(
            f"first screen of thumbnails  : {first_screen:8.1f} ms "
            f"({page.thumbnails.drawn} of {len(guides)} drawn)"
        )
        print(f"longest event-loop pause    : {max(pauses):8.1f} ms over {len(pauses)} batches")
        page.close()
        tasks.shutdown()
        db.close()


if __name__ == "__main__":
    main()
