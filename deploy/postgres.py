"""A throwaway PostgreSQL server: Debian's binaries, a temporary directory, 127.0.0.1 only.

Used by ``deploy/run-local`` (two or more replicas share it) and by the tests.
The cluster belongs to an unprivileged user: when run as root, Debian's
``postgres`` user (PostgreSQL refuses to run as root); its one password is
random and made here. Stopping it removes the directory.

    with Postgres() as server:
        print(server.url)   # postgresql+psycopg://painter:…@127.0.0.1:PORT/painter
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

#: Where Debian's postgresql package puts its server binaries (newest version first).
BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True)
USER = "painter"
DATABASE = "painter"


def bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    return next((d for d in BIN_DIRS if (d / "initdb").exists() and (d / "pg_ctl").exists()), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A PostgreSQL cluster in a temporary directory, listening on 127.0.0.1:``port``.

    Parameters
    ----------
    port : int, optional
        A free port is picked when not given.
    """

    def __init__(self, port: int | None = None):
        binaries = bin_dir()
        if binaries is None:
            raise FileNotFoundError("PostgreSQL's server binaries are missing (apt-get install postgresql)")
        self.bin = binaries
        self.port = port or _free_port()
        self.password = secrets.token_urlsafe(18)
        self.dir: Path | None = None

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of its database."""
        return f"postgresql+psycopg://{USER}:{self.password}@127.0.0.1:{self.port}/{DATABASE}"

    def _as_owner(self, *args: str) -> list[str]:
        # PostgreSQL will not run as root: hand the work to Debian's unprivileged postgres user
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)

    def start(self) -> Postgres:
        """Make the cluster, start the server and wait until it takes connections."""
        self.dir = Path(tempfile.mkdtemp(prefix="painter-postgres-"))
        data, pwfile, log = self.dir / "data", self.dir / "password", self.dir / "server.log"
        pwfile.write_text(self.password + "\n")
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.dir, pwfile):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.dir.chmod(0o700)
        pwfile.chmod(0o600)
        run = dict(check=True, capture_output=True, cwd=self.dir)
        subprocess.run(
            self._as_owner(
                str(self.bin / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
            ),
            **run,
        )
        options = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c max_connections=200 -c fsync=off"
        subprocess.run(
            self._as_owner(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options, "start"),
            **run,
        )
        subprocess.run(
            self._as_owner(str(self.bin / "createdb"), "-h", str(self.dir), "-p", str(self.port), "-U", USER, DATABASE),
            env=os.environ | {"PGPASSWORD": self.password},
            **run,
        )
        return self

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its directory."""
        if self.dir is None:
            return
        subprocess.run(
            self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop"),
            capture_output=True,
            cwd=self.dir,
        )
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def __enter__(self) -> Postgres:
        return self.start()

    def __exit__(self, *_) -> None:
        self.stop()
