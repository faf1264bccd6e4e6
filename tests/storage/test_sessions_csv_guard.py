"""The personal-data guard and shape checks on every text column of a CSV import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from peerhelper.domain.session import MAX_REFERRED_TO_LENGTH
from peerhelper.domain.sessions_csv import COLUMNS
from peerhelper.storage.database import Database
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.storage.sessions_csv import SessionImportError, import_sessions

HEADER = ";".join(COLUMNS)


def _row(**cells: str) -> str:
    values = {"started_at": "2026-03-14 10:30", "mode": "local", "topics": "email", **cells}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="")
    writer.writerow([values.get(name, "") for name in COLUMNS])
    return buffer.getvalue()


def _import(db: Database, tmp_path: Path, *rows: str) -> SessionImportError:
    path = tmp_path / "in.csv"
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8")
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    assert count_sessions(db, SessionFilter()) == 0
    return caught.value


# Each way of writing, in each text column; the value must never be echoed.
PERSONAL_DATA = [
    ("note", "Soita 040.123.4567 huomenna", "phone", "123.4567"),
    ("note", "hetu 131052 308T", "identity_code", "308T"),
    ("note", "posti anna (at) example.fi", "email", "example.fi"),
    ("note", "tili FI21-1234-5600-0007-85", "iban", "5600"),
    ("note", "kortti 4111.1111.1111.1111", "payment_card", "4111"),
    ("note", "Soita ٠٤٠ ١٢٣ ٤٥٦٧", "phone", "١٢٣"),
    ("referred_to", "Kela, virkailija 09/123 4567", "phone", "4567"),
    ("referred_to", "anna[at]example.fi", "email", "example.fi"),
    ("referred_to", "131052308T", "identity_code", "131052"),
    ("language", "040 123 4567", "phone", "4567"),
    ("language", "anna@example.fi", "email", "anna"),
    ("guides", "kela-login|131052-308T", "identity_code", "131052"),
    ("guides", "anna.virtanen at gmail.com", "email", "virtanen"),
]


@pytest.mark.parametrize(("column", "value", "kind", "secret"), PERSONAL_DATA)
def test_personal_data_in_any_text_column_refuses_the_import(
    db: Database, tmp_path: Path, column: str, value: str, kind: str, secret: str
) -> None:
    error = _import(db, tmp_path, _row(), _row(**{column: value}))
    [problem] = error.problems
    assert problem.line == 3
    assert str(problem) == f"line 3: {column}: personal data found ({kind})"
    assert secret not in str(error)


BAD_SHAPES = [
    ("guides", "Kela Login", "not a guide id"),
    ("guides", "kela-login|../secret", "not a guide id"),
    ("guides", "kela_login", "not a guide id"),
    ("guides", "x" * 81, "over 80"),
    ("language", "Finnish!", "not a language code"),
    ("language", "fi sv", "not a language code"),
    ("language", "suomi ja ruotsi", "not a language code"),
    ("referred_to", "Kela " * 41, f"over {MAX_REFERRED_TO_LENGTH} characters"),
]


@pytest.mark.parametrize(("column", "value", "words"), BAD_SHAPES)
def test_guide_ids_and_languages_must_have_their_shape(
    db: Database, tmp_path: Path, column: str, value: str, words: str
) -> None:
    error = _import(db, tmp_path, _row(**{column: value}), _row())
    [problem] = error.problems
    assert problem.line == 2 and problem.problem.field == column
    assert words in str(problem)


def test_every_free_text_problem_of_a_row_is_listed(db: Database, tmp_path: Path) -> None:
    row = _row(note="puh 040 123 4567", referred_to="a@b.fi", language="ar", guides="ok-id")
    error = _import(db, tmp_path, row)
    assert [str(p) for p in error.problems] == [
        "line 2: note: personal data found (phone)",
        "line 2: referred_to: personal data found (email)",
    ]


def test_good_shapes_and_ordinary_text_are_imported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    rows = [
        _row(language="pt-BR", guides="kela-login|omakanta-2", referred_to="Kela, bus 550"),
        _row(language="ckb", note="IMEI 352099001761481, klo 9.30, 02.03.2026, SV 129"),
        _row(note="Verkkolaskuosoite 003712345671, asiakasnumero 0712345677"),
    ]
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8")
    result = import_sessions(db, path)
    assert count_sessions(db, SessionFilter()) == 3 == result.created
