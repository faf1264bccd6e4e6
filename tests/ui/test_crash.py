import logging
from pathlib import Path

from peerhelper.logging_setup import configure_logging
from peerhelper.ui.crash import CrashHandler


def test_unhandled_exception_is_logged_and_shown(qapp, tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "logs" / "peerhelper.log")
    shown: list[Path | None] = []
    handler = CrashHandler(log_file, show=shown.append)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert shown == [log_file]
    text = (tmp_path / "logs" / "peerhelper.log").read_text()
    assert "boom in a slot" in text and "Traceback" in text
    configure_logging(None)
    logging.getLogger().handlers.clear()


def test_exception_in_a_worker_thread_reaches_the_dialog(qapp, qtbot, tmp_path: Path) -> None:
    import threading

    shown: list[Path | None] = []
    handler = CrashHandler(tmp_path / "x.log", show=shown.append)

    def worker() -> None:
        try:
            raise ValueError("worker failed")
        except ValueError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: shown == [tmp_path / "x.log"])
