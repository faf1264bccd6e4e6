"""Server addresses: passwords kept out of settings and logs, TLS for remote servers."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from peerhelper.errors import BadInputError
from peerhelper.storage.server import parse_server_address


def test_a_password_goes_to_the_password_file_only(tmp_path: Path) -> None:
    passwords = tmp_path / "pgpass"
    url = "postgresql://helper:s3cr:et@db.example.org:5433/org?sslmode=verify-full"
    address = parse_server_address(url, passwords)
    assert "s3cr" not in address.shown and "s3cr" not in str(address.url)
    assert address.shown.startswith("postgresql://helper@db.example.org:5433/org")
    assert passwords.read_text() == "db.example.org:5433:org:helper:s3cr\\:et\n"
    assert stat.S_IMODE(passwords.stat().st_mode) == 0o600
    parse_server_address(url.replace("s3cr:et", "new"), passwords)
    assert passwords.read_text() == "db.example.org:5433:org:helper:new\n"


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("postgresql:///org?host=/run/postgresql", True),
        ("postgresql://helper@localhost/org", True),
        ("postgresql://helper@127.0.0.1/org", True),
        ("postgresql://helper@db.example.org/org", False),
    ],
)
def test_only_a_remote_server_needs_tls(url: str, local: bool) -> None:
    address = parse_server_address(url)
    assert address.is_local == local
    assert (address.url.query.get("sslmode") == "require") != local


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_a_remote_server_without_tls_is_refused(mode: str) -> None:
    with pytest.raises(BadInputError, match="must be encrypted"):
        parse_server_address(f"postgresql://helper@db.example.org/org?sslmode={mode}")


@pytest.mark.parametrize(
    "url", ["mysql://helper@db/org", "postgresql://helper@db.example.org", "not a url"]
)
def test_what_is_not_a_postgresql_address_is_refused(url: str) -> None:
    with pytest.raises(BadInputError):
        parse_server_address(url)
