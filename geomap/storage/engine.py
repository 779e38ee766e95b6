"""Engines for the document database: SQLite in the data directory unless
`GEOMAP_DATABASE_URL` names another (PostgreSQL works the same way).

SQLite is set up for many readers and writers at once: WAL, a busy timeout, and write
transactions that take the write lock up front (BEGIN IMMEDIATE) so a reader never has to
upgrade its lock half-way, which is what makes SQLite answer "database is locked".
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "geomap_write"


def database_url(data_dir: Path) -> str:
    """`GEOMAP_DATABASE_URL`, else geomap.sqlite in the data directory."""
    return os.environ.get("GEOMAP_DATABASE_URL") or f"sqlite:///{data_dir / 'geomap.sqlite'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions are write transactions."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _configure_sqlite(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _begin_sqlite
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite(connection) -> None:
    immediate = connection.get_execution_options().get(WRITE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one write transaction (so two processes
    starting together take turns)."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with writer(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
