"""REPLICAS copies of painter behind Debian's nginx on 127.0.0.1:PORT, in the foreground.

Called by ``deploy/run-local REPLICAS PORT``. Each replica is ``deploy/serve.py``
(`streamlit run app.py` plus the warm-up) on its own free 127.0.0.1 port, all
with one cookie secret; nginx runs unprivileged from a temporary directory with
the repository's ``deploy/nginx/painter.conf``, its upstream list rewritten for
those ports. With two replicas or more, the class contest's rooms live in a
throwaway PostgreSQL (``deploy/postgres.py``) that every replica is pointed at
(``PAINTER_ROOMS_URL``), so a student may land on any replica. nginx starts
once every replica is warm, so the address printed is never a cold one.
SIGTERM or Ctrl-C stops nginx, every replica and the database, and removes the
temporary directory.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGINX_CONF = ROOT / "deploy" / "nginx" / "painter.conf"
MAX_REPLICAS = 16
READY_LIMIT = 300.0  # seconds a replica may take to start and warm up

#: What every replica answers once it is ready (the same path the Dockerfile and Kubernetes probe).
HEALTH = "/_stcore/health"
USAGE = (
    f"usage: deploy/run-local REPLICAS PORT   (REPLICAS 1-{MAX_REPLICAS}, PORT 1024-65535; run from the project root)"
)


def free_port() -> int:
    """A loopback port the operating system says is free."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_conf(template: str, port: int, replica_ports: list[int], access_log: Path) -> str:
    """The repository's nginx site, listening on 127.0.0.1:port and balancing over ``replica_ports``."""
    servers = "".join(f"    server 127.0.0.1:{p};\n" for p in replica_ports)
    conf, listens = re.subn(r"^(\s*)listen\s+[^;]+;", rf"\g<1>listen 127.0.0.1:{port};", template, flags=re.M)
    conf, upstreams = re.subn(r"^\s*server\s+[\w.-]+:\d+;\n", servers, conf, count=1, flags=re.M)
    conf, logs = re.subn(r"access_log\s+\S+", f"access_log {access_log}", conf)
    if (listens, upstreams, logs) != (1, 1, 1):
        raise ValueError(f"{NGINX_CONF} lost its `listen`, upstream `server` or `access_log` line")
    return conf


def main_conf(tmp: Path) -> str:
    """An unprivileged nginx: pid, logs and temporary files in ``tmp``, the site included."""
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "\n".join(f"    {kind}_temp_path {tmp / kind};" for kind in kinds)
    return f"""worker_processes 2;
pid {tmp / "nginx.pid"};
error_log {tmp / "nginx-error.log"} warn;
events {{ worker_connections 1024; }}
http {{
{temp}
    include {tmp / "painter.conf"};
}}
"""


def nginx_binary() -> str | None:
    """Debian's nginx (in /usr/sbin, which an unprivileged PATH may lack), or None."""
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def ready(port: int) -> bool:
    """Whether the replica on ``port`` answers its readiness (it is warm)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{HEALTH}", timeout=2) as response:
            return response.status == 200
    except OSError:  # refused, timed out, or an HTTP error (URLError and HTTPError are OSErrors)
        return False


def stop(procs: list[subprocess.Popen]) -> None:
    """SIGTERM each process group, wait, then SIGKILL whatever is left."""
    for proc in procs:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.time() + 20
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


#: The environment variable that names the rooms' database (painter.rooms.URL_ENV).
ROOMS_URL = "PAINTER_ROOMS_URL"


def rooms_database(replicas: int, tmp: Path):
    """Where the replicas keep their rooms: (environment to add, the PostgreSQL server to stop or None).

    One replica keeps its own SQLite file (the app's default). Several share one database: a
    throwaway PostgreSQL, or, without Debian's postgresql, one SQLite file in ``tmp`` (WAL lets
    processes on one machine share it). A ``PAINTER_ROOMS_URL`` already set is used as it is.
    """
    if replicas < 2 or os.environ.get(ROOMS_URL):
        return {}, None
    sys.path.insert(0, str(ROOT / "deploy"))
    import postgres

    if postgres.bin_dir() is None:
        print("run-local: postgresql is not installed; the replicas share one SQLite file", file=sys.stderr)
        return {ROOMS_URL: f"sqlite:///{tmp / 'rooms.sqlite3'}"}, None
    server = postgres.Postgres().start()
    print(f"run-local: rooms in a throwaway PostgreSQL on 127.0.0.1:{server.port}", flush=True)
    return {ROOMS_URL: server.url}, server


def run(replicas: int, port: int) -> int:
    nginx = nginx_binary()
    if nginx is None:
        print("run-local: nginx is not installed (sudo apt-get install nginx)", file=sys.stderr)
        return 2
    stopping = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: stopping.set())

    tmp = Path(tempfile.mkdtemp(prefix="painter-run-local-"))
    tmp.chmod(0o755)  # nginx's workers (nobody, when started as root) write request bodies here
    env = dict(os.environ)
    # One secret for every replica: a cookie or XSRF token one replica made is valid on all.
    env.setdefault("STREAMLIT_SERVER_COOKIE_SECRET", secrets.token_urlsafe(32))
    procs: list[subprocess.Popen] = []
    database = None
    try:
        added, database = rooms_database(replicas, tmp)
        env.update(added)
        replica_ports = [free_port() for _ in range(replicas)]
        for i, replica_port in enumerate(replica_ports, 1):
            log = open(tmp / f"replica-{i}.log", "wb")  # noqa: SIM115 -- the child keeps it
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        str(ROOT / "deploy" / "serve.py"),
                        "--server.port",
                        str(replica_port),
                        "--server.address",
                        "127.0.0.1",
                        "--server.headless",
                        "true",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
            log.close()
        print(f"run-local: {replicas} replica(s) on 127.0.0.1 ports {replica_ports}, warming up", flush=True)
        deadline = time.time() + READY_LIMIT
        waiting = set(replica_ports)
        while waiting and not stopping.is_set():
            if any(proc.poll() is not None for proc in procs):
                print(f"run-local: a replica exited; see {tmp}/replica-*.log", file=sys.stderr)
                return 1
            if time.time() > deadline:
                print(f"run-local: replicas not ready after {READY_LIMIT:.0f} s", file=sys.stderr)
                return 1
            waiting = {p for p in waiting if not ready(p)}
            stopping.wait(0.5)
        if stopping.is_set():
            return 0

        access_log = tmp / "access.log"
        (tmp / "painter.conf").write_text(site_conf(NGINX_CONF.read_text(), port, replica_ports, access_log))
        (tmp / "nginx.conf").write_text(main_conf(tmp))
        procs.append(
            subprocess.Popen(
                [
                    nginx,
                    "-p",
                    str(tmp),
                    "-e",
                    str(tmp / "nginx-error.log"),
                    "-c",
                    str(tmp / "nginx.conf"),
                    "-g",
                    "daemon off;",
                ],
                cwd=tmp,
                start_new_session=True,
            )
        )
        deadline = time.time() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if procs[-1].poll() is not None or time.time() > deadline:
                    errors = (tmp / "nginx-error.log").read_text(errors="replace")[-2000:]
                    print(f"run-local: nginx did not start on 127.0.0.1:{port}\n{errors}", file=sys.stderr)
                    return 1
                time.sleep(0.1)
        print(f"run-local: serving http://127.0.0.1:{port} (nginx access log: {access_log})", flush=True)
        while not stopping.wait(0.5):
            if any(proc.poll() is not None for proc in procs):
                print(f"run-local: a process exited; logs in {tmp}", file=sys.stderr)
                return 1
        return 0
    finally:
        stop(procs)
        if database is not None:
            database.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        print("run-local: stopped", flush=True)


def main(argv: list[str]) -> int:
    try:
        replicas, port = (int(arg) for arg in argv)
    except ValueError:
        print(USAGE, file=sys.stderr)
        return 2
    if not (1 <= replicas <= MAX_REPLICAS and 1024 <= port <= 65535):
        print(USAGE, file=sys.stderr)
        return 2
    return run(replicas, port)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
