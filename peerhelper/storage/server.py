"""The organisation server: a PostgreSQL database that the sites sync with.

The server holds the same tables as each site's SQLite file, made by the
same Alembic migrations; only :func:`connect_server` ever opens a network
connection, and only when the user has given a server address.

The address is a PostgreSQL URL (``postgresql://helper@db.example.org/peerhelper``,
or ``postgresql:///peerhelper?host=/run/postgresql`` for a Unix socket). It
is kept without a password: the password lives in a libpq password file in
the data folder (``pgpass``, readable by its owner only), or wherever
``PGPASSFILE`` points, so it is never in the settings, the logs or an error
message. A server that is neither on a Unix socket nor on this computer must
be reached over TLS (``sslmode=require`` or stronger; ``require`` is added
where no mode is given).

The driver is psycopg 3, an optional dependency (the ``server`` extra); the
app works without it as long as no server is used.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.errors import BadInputError, UserFacingError
from peerhelper.storage.database import Database
from peerhelper.storage.migrations import HEAD_REVISION, MIGRATIONS_DIR, REVISION_TABLES

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

PASSWORD_FILE = "pgpass"
CONNECT_TIMEOUT_SECONDS = 5
STRONG_SSL_MODES = ("require", "verify-ca", "verify-full")
_LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
# Any fixed number: every PeerHelper migrating the server takes the same lock.
_MIGRATION_LOCK = 0x7065_6572


class ServerError(UserFacingError):
    """The organisation server cannot be used now; nothing here was changed."""


class NewerServerError(ServerError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"The organisation server was set up by a newer PeerHelper (database version "
            f"{revision}). Update PeerHelper on this computer first; nothing was sent."
        )


@dataclass(frozen=True)
class ServerAddress:
    """A server's address without its password."""

    url: URL

    @property
    def shown(self) -> str:
        """The address as shown to the user and kept in the settings."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    @property
    def is_local(self) -> bool:
        host = str(self.url.query.get("host", "") or self.url.host or "")
        return host.startswith("/") or host in _LOCAL_HOSTS


class ServerDatabase(Database):
    """The organisation server's database, read where a site's database is read.

    It has the same tables, made by the same migrations, so the statistics,
    the report and the exports run on it unchanged. It has no file and no
    site-device id or profile of its own; closing it closes its connections.
    """

    is_site = False

    def __init__(self, engine: Engine, address: ServerAddress) -> None:
        # Database.__init__ would open a SQLite file for its device id: not called.
        self.path = Path(address.url.database or "organisation")  # named in messages only
        self.closed = False
        self.__dict__["engine"] = engine
        self.device_id = ""
        self.address = address

    def read_connection(self) -> sqlite3.Connection:
        raise TypeError("the organisation server is not a SQLite file")


def parse_server_address(text: str, passwords: Path | None = None) -> ServerAddress:
    """Read a server URL; a password in it goes to the ``passwords`` file, never further.

    Raises :class:`BadInputError` for what is not a PostgreSQL URL, and for a
    remote server without TLS.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise BadInputError(
            "Not a server address. Give one such as postgresql://helper@server/peerhelper"
        ) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise BadInputError(
            f"Only PostgreSQL servers are supported; {url.drivername}:// is not one. Give an "
            "address such as postgresql://helper@server/peerhelper"
        )
    if not url.database:
        raise BadInputError("The server address names no database, as in …/peerhelper")
    url = url.set(drivername="postgresql+psycopg")
    if url.password is not None:
        if passwords is not None:
            save_password(passwords, url, str(url.password))
        url = url._replace(password=None)
    address = ServerAddress(url)
    mode = str(url.query.get("sslmode", ""))
    if not address.is_local:
        if not mode:
            address = ServerAddress(url.update_query_dict({"sslmode": "require"}))
        elif mode not in STRONG_SSL_MODES:
            raise BadInputError(
                f"The server {url.host} is reached over the network, so the connection must be "
                f"encrypted: use sslmode=require (or verify-ca, verify-full), not {mode}."
            )
    return address


def _escape(value: object) -> str:
    return str(value if value is not None else "*").replace("\\", "\\\\").replace(":", "\\:")


def save_password(passwords: Path, url: URL, password: str) -> None:
    """Keep ``password`` for ``url`` in a libpq password file only its owner can read."""
    from peerhelper.atomic import write_atomic

    host = url.query.get("host") or url.host or "localhost"
    key = ":".join(_escape(v) for v in (host, url.port or "*", url.database, url.username))
    lines = []
    if passwords.exists():
        lines = [line for line in passwords.read_text().splitlines() if not line.startswith(key)]
    lines.append(f"{key}:{_escape(password)}")
    passwords.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(passwords, "\n".join(lines) + "\n")
    os.chmod(passwords, 0o600)


def connect_server(address: ServerAddress, passwords: Path | None = None) -> Engine:
    """An engine for the server (connections are made when first used)."""
    try:
        import psycopg  # noqa: F401
    except ImportError as missing:
        # Either psycopg itself is missing (installed without the 'server' extra)
        # or, in the packaged program, the system's PostgreSQL client library.
        raise ServerError(
            "Using an organisation server needs the psycopg package and PostgreSQL's "
            "client library (libpq), which this computer does not have: install PeerHelper "
            "with its 'server' extra, or the system's libpq (on Debian and Ubuntu: "
            f"apt-get install libpq5). ({missing})"
        ) from None
    from sqlalchemy import create_engine

    arguments: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "peerhelper",
    }
    if passwords is not None and passwords.exists():
        arguments["passfile"] = str(passwords)
    return create_engine(
        address.url, hide_parameters=True, pool_pre_ping=True, connect_args=arguments
    )


def server_problem(exc: BaseException, address: ServerAddress) -> ServerError | None:
    """The user's words for a server that cannot be reached or refuses us; None for a bug."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(exc, UserFacingError):
        return exc if isinstance(exc, ServerError) else None
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:  # OperationalError is one too
        return ServerError(f"The connection to {address.shown} was lost. Nothing was lost here.")
    if isinstance(exc, OperationalError):
        # psycopg's first line says what libpq says (refused, timeout, authentication);
        # it never holds a password, and the engine hides statement values.
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        return ServerError(
            f"The organisation server {address.shown} cannot be reached: {reason}. "
            "Nothing was lost here; try again later."
        )
    return None


def migrate_server(engine: Engine) -> None:
    """Bring the server's tables to this version's schema, one PeerHelper at a time."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import text

    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        revision = MigrationContext.configure(connection).get_current_revision()
        if revision == HEAD_REVISION:
            return
        if revision is not None and revision not in REVISION_TABLES:
            raise NewerServerError(revision)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
