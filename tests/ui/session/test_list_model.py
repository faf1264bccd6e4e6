"""The session list's table model, checked on its own (no view) and through the list."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt

from peerhelper.domain.session import SessionData
from peerhelper.storage import sessions_repo
from peerhelper.storage.session_query import SessionFilter
from peerhelper.ui.session import list_model
from peerhelper.ui.session.list_model import SOURCE_COLUMN, SessionListModel

WHEN = datetime(2026, 3, 2, 10, 30)


def _one_of_each(db) -> None:
    sessions_repo.save_session(
        db, SessionData(WHEN, "local", ["tax"], minutes=20, note="Tax card\nfilled in")
    )
    sessions_repo.quick_tally(db, "kela", "remote", WHEN)
    sessions_repo.record_paper_tally(db, date(2026, 3, 2), {"email": 1})
    sessions_repo.save_session(db, SessionData(WHEN, "training", ["email"], source="import"))


def _model(db, topic_labels=None) -> SessionListModel:
    model = SessionListModel(db, "en", topic_labels or {})
    model.set_filter(SessionFilter(first_day=date(2026, 3, 1), last_day=date(2026, 3, 31)))
    return model


def _column(model: SessionListModel, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def test_the_model_passes_qt_model_checks(qtmodeltester, db) -> None:
    _one_of_each(db)
    model = _model(db)
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_an_empty_model_passes_qt_model_checks(qtmodeltester, db) -> None:
    qtmodeltester.check(_model(db))


def test_a_long_list_is_fetched_page_by_page(qtmodeltester, db) -> None:
    batch = {"email": list_model.PAGE + 30}
    sessions_repo.record_paper_tally(db, date(2026, 3, 3), batch)
    model = _model(db)
    assert model.total == list_model.PAGE + 30
    assert model.rowCount() == list_model.PAGE
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == list_model.PAGE + 30
    assert not model.canFetchMore(QModelIndex())


def test_each_session_shows_how_it_was_recorded(db) -> None:
    _one_of_each(db)
    model = _model(db)
    header = model.headerData(SOURCE_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Recorded with"
    assert sorted(_column(model, SOURCE_COLUMN)) == [
        "Form",
        "Imported",
        "Paper tally",
        "Quick tally",
    ]
    tips = dict(
        zip(
            _column(model, SOURCE_COLUMN),
            _column(model, SOURCE_COLUMN, Qt.ItemDataRole.ToolTipRole),
            strict=True,
        )
    )
    assert "paper tally sheet" in tips["Paper tally"]
    assert "quick tally" in tips["Quick tally"]


def test_a_paper_tally_shows_its_day_without_a_made_up_time(db) -> None:
    _one_of_each(db)
    model = _model(db)
    by_source = dict(zip(_column(model, SOURCE_COLUMN), _column(model, 0), strict=True))
    assert by_source["Paper tally"] == "02.03.2026"
    assert by_source["Quick tally"] == "02.03.2026 10:30"


def test_the_columns_show_labels_and_a_one_line_note(db) -> None:
    _one_of_each(db)
    model = _model(db, {"tax": "Taxes"})
    form_row = _column(model, SOURCE_COLUMN).index("Form")
    values = [model.data(model.index(form_row, c)) for c in range(model.columnCount())]
    assert values[1] == 20
    assert values[2] == "Local support"
    assert values[3] == "Taxes"
    assert values[-1] == "Tax card filled in"
    assert model.data(model.index(form_row, 0), SessionListModel.UuidRole) == model.uuid_at(
        form_row
    )


def test_the_source_names_are_translated(db, translations) -> None:
    translations.install("fi")
    _one_of_each(db)
    model = _model(db)
    header = model.headerData(SOURCE_COLUMN, Qt.Orientation.Horizontal)
    labels = set(_column(model, SOURCE_COLUMN))
    assert header != "Recorded with"
    assert labels.isdisjoint({"Form", "Quick tally", "Paper tally", "Imported"})
