"""The background-task runner: outcomes on the GUI thread, in order, never to a deleted widget."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerhelper.errors import DiskFullError
from peerhelper.ui import ask
from peerhelper.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    threaded = TaskRunner()
    yield threaded
    threaded.shutdown()


def wait_idle(qtbot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: runner.idle, timeout=10_000)


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, runner):
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []

    def work() -> int:
        threads["work"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(value)

    runner.run_task(work, done)
    assert results == []  # not yet: it arrives through the event loop
    wait_idle(qtbot, runner)
    assert results == [42]
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()


def test_an_error_is_delivered_on_the_gui_thread(qtbot, runner) -> None:
    errors: list[tuple[BaseException, threading.Thread]] = []

    def work() -> None:
        raise ValueError("no such thing")

    runner.run_task(work, None, lambda exc: errors.append((exc, threading.current_thread())))
    wait_idle(qtbot, runner)
    [(error, thread)] = errors
    assert isinstance(error, ValueError) and str(error) == "no such thing"
    assert error.__traceback__ is not None  # the log gets the whole story
    assert thread is threading.main_thread()


def test_a_deleted_receiver_gets_nothing_and_nothing_crashes(qtbot, runner) -> None:
    release = threading.Event()
    receiver = QWidget()
    called: list[object] = []
    runner.run_task(
        lambda: release.wait(5) and "built",
        called.append,
        called.append,
        receiver=receiver,
    )
    shiboken6.delete(receiver)  # the window closes while the work runs
    assert not shiboken6.isValid(receiver)
    release.set()
    wait_idle(qtbot, runner)
    assert called == []


def test_a_bound_method_names_its_receiver(qtbot, runner) -> None:
    class Screen(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.results: list[object] = []

        def show_result(self, value: object) -> None:
            self.results.append(value)

    release = threading.Event()
    screen = Screen()
    results = screen.results
    runner.run_task(lambda: release.wait(5), screen.show_result)
    shiboken6.delete(screen)
    release.set()
    wait_idle(qtbot, runner)
    assert results == []


def test_tasks_run_one_at_a_time_in_the_order_asked(qtbot, runner) -> None:
    running = 0
    most = 0
    lock = threading.Lock()
    finished: list[int] = []

    def work(number: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.02 * (5 - number))  # the first is the slowest
        with lock:
            running -= 1
        return number

    for number in range(5):
        runner.run_task(lambda n=number: work(n), finished.append)
    wait_idle(qtbot, runner)
    assert finished == [0, 1, 2, 3, 4]
    assert most == 1


def test_a_task_cancelled_before_it_starts_never_runs(qtbot, runner) -> None:
    release = threading.Event()
    ran: list[str] = []
    runner.run_task(lambda: release.wait(5))
    handle = runner.run_task(lambda: ran.append("work"), ran.append, ran.append)
    handle.cancel()
    release.set()
    wait_idle(qtbot, runner)
    assert ran == []


def test_what_the_work_holds_is_released_on_the_gui_thread(qtbot, runner) -> None:
    freed_on: list[threading.Thread] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread())

    release = threading.Event()

    def start() -> None:
        held = Held()
        runner.run_task(lambda: release.wait(5) and held and None)

    start()
    release.set()  # only the runner holds the work now
    wait_idle(qtbot, runner)
    assert freed_on == [threading.main_thread()]


def test_synchronous_mode_delivers_at_once_through_the_same_checks(qapp) -> None:
    runner = TaskRunner(synchronous=True)
    results: list[object] = []
    runner.run_task(lambda: threading.current_thread(), results.append)
    assert results == [threading.main_thread()]
    runner.run_task(lambda: 1 / 0, None, results.append)
    assert isinstance(results[-1], ZeroDivisionError)
    assert runner.idle
    runner.shutdown()


def test_shutdown_waits_for_the_running_task_and_refuses_new_ones(qapp) -> None:
    runner = TaskRunner()
    ended: list[str] = []
    runner.run_task(lambda: time.sleep(0.2) or ended.append("ran"))
    runner.shutdown()
    assert ended == ["ran"]
    handle = runner.run_task(lambda: ended.append("again"))
    assert handle.cancelled and ended == ["ran"]


def test_a_known_failure_without_a_handler_is_told_in_words(qtbot, runner, monkeypatch):
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: told.append((title, text)))

    def work() -> None:
        raise DiskFullError("/media/usb/sessions.csv")

    runner.run_task(work, title="Export sessions")
    wait_idle(qtbot, runner)
    [(title, text)] = told
    assert title == "Export sessions"
    assert "disk is full" in text and "/media/usb/sessions.csv" in text


def test_a_bug_without_a_handler_goes_to_the_log_and_the_crash_dialog(
    qtbot, runner, crash_dialogs, caplog
) -> None:
    def work() -> None:
        raise KeyError("kela")

    runner.run_task(work, title="Import sessions")
    wait_idle(qtbot, runner)
    assert len(crash_dialogs) == 1
    crash_dialogs.clear()
    [record] = [r for r in caplog.records if r.exc_info]
    assert "Import sessions" in record.getMessage()
    assert record.exc_info[0] is KeyError
