"""Deployment: the image, nginx, compose and Kubernetes agree with each other and with the app's settings,
and ``deploy/run-local 2 PORT`` serves several visitors, each kept on one replica, in a real browser.

The run-local tests need Debian's nginx and Chromium: skipped on a developer's
machine without them, failed in CI (``.ci/run`` installs both).
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from painter.i18n import translate
from painter.warmup import WARM_UP_ENV
from tests.browser import CHROMIUM, CHROMIUM_ARGS, ROOT, free_port, settle, wait_for_change

DEPLOY = ROOT / "deploy"
sys.path.insert(0, str(DEPLOY))
import run_local  # noqa: E402

HEALTH = run_local.HEALTH
STREAMLIT = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
NGINX_SITE = (DEPLOY / "nginx" / "painter.conf").read_text()
MANIFESTS = sorted((DEPLOY / "kubernetes").glob("*.yaml"))
MANIFEST_DOCS = [doc for path in MANIFESTS for doc in yaml.safe_load_all(path.read_text())]
#: The app's manifests by kind, and the rooms' database's (deploy/kubernetes/postgres.yaml).
KUBERNETES = {doc["kind"]: doc for doc in MANIFEST_DOCS if doc["metadata"]["name"] == "painter"}
DATABASE = {doc["kind"]: doc for doc in MANIFEST_DOCS if doc["metadata"]["name"] == "painter-postgres"}
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
NGINX = run_local.nginx_binary()


def _dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of deploy/Dockerfile, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n\s*", " ", (DEPLOY / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


DOCKERFILE = _dockerfile()


def _instruction(name: str) -> list[str]:
    return [args for instruction, args in DOCKERFILE if instruction == name]


def _image_env() -> dict[str, str]:
    env = {}
    for args in _instruction("ENV"):
        env.update(dict(pair.split("=", 1) for pair in shlex.split(args)))
    return env


def _nginx_directive(name: str, text: str = NGINX_SITE) -> list[str]:
    return re.findall(rf"^\s*{name}\s+([^;]+);", text, flags=re.M)


def _container() -> dict:
    return KUBERNETES["Deployment"]["spec"]["template"]["spec"]["containers"][0]


def _need_nginx_and_chromium() -> None:
    missing = [name for name, there in (("nginx", NGINX), ("chromium", Path(CHROMIUM).exists())) if not there]
    if missing:
        message = f"{', '.join(missing)} not installed (apt-get install {' '.join(missing)}; .ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


# --- the image -----------------------------------------------------------------------------------------


def test_the_image_is_a_slim_python_run_by_a_user_in_a_work_directory():
    assert re.fullmatch(r"python:3\.\d+-slim(-\w+)?", _instruction("FROM")[0])
    user = _instruction("USER")[-1]
    assert user not in ("root", "0")
    workdir = _instruction("WORKDIR")[-1]
    assert workdir.startswith("/") and workdir.rstrip("/") != ""
    installs = " ".join(_instruction("RUN"))
    assert "pip install --no-cache-dir -r requirements.txt" in installs
    assert not re.search(r"apt-get|build-essential|gcc", installs), "no build tools in the image"


def test_the_image_serves_one_streamlit_on_all_addresses_port_8501_warmed():
    env = _image_env()
    assert env["STREAMLIT_SERVER_ADDRESS"] == "0.0.0.0"
    assert env["STREAMLIT_SERVER_PORT"] == "8501" == _instruction("EXPOSE")[0]
    assert "STREAMLIT_SERVER_COOKIE_SECRET" not in env, "the secret comes from the deployment, never the image"
    assert _instruction("CMD") == ['["python", "deploy/serve.py"]']
    healthcheck = _instruction("HEALTHCHECK")[0]
    assert HEALTH in healthcheck and "STREAMLIT_SERVER_PORT" in healthcheck


def test_the_image_copies_what_the_app_needs_and_the_context_keeps_it():
    copied = [shlex.split(args)[-2] for args in _instruction("COPY")]  # COPY SRC DEST
    for needed in ("requirements.txt", ".streamlit/", "app.py", "app_pages/", "painter/", "deploy/serve.py"):
        assert needed in copied
    for source in copied:
        assert (ROOT / source).exists(), source
    ignored = [line.strip().rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()]
    ignored = [line for line in ignored if line and not line.startswith("#")]
    assert ".venv" in ignored and ".git" in ignored
    for source in copied:
        assert source.rstrip("/").split("/")[0] not in ignored, f"{source} is copied but .dockerignore drops it"


# --- nginx, compose and Kubernetes agree -----------------------------------------------------------------


def test_upload_limit_matches_streamlits_max_upload_size():
    limit = f"{STREAMLIT['server']['maxUploadSize']}m"
    assert _nginx_directive("client_max_body_size") == [limit]
    assert KUBERNETES["Ingress"]["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-body-size"] == limit


def test_affinity_is_a_cookie_not_the_client_address():
    assert "ip_hash" not in NGINX_SITE
    upstream = re.search(r"upstream painter \{(.*?)\}", NGINX_SITE, flags=re.S).group(1)
    assert re.search(r"hash \$painter_affinity consistent;", upstream)
    # a visitor without the cookie is hashed by this request's id, and that id becomes the cookie
    assert re.search(r'map \$cookie_painter_affinity \$painter_affinity \{\s*""\s+\$request_id;', NGINX_SITE)
    assert re.search(r'""\s+"painter_affinity=\$request_id;', NGINX_SITE)
    assert _nginx_directive("add_header") == ["Set-Cookie $painter_affinity_cookie"]
    annotations = KUBERNETES["Ingress"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert annotations["nginx.ingress.kubernetes.io/session-cookie-name"] == "painter_affinity"


def test_the_websocket_is_upgraded_and_kept_open_for_a_lecture():
    assert _nginx_directive("proxy_set_header Upgrade") == ["$http_upgrade"]
    assert _nginx_directive("proxy_set_header Connection") == ["$painter_connection"]
    stream = re.search(r"location /_stcore/stream \{(.*?)\}", NGINX_SITE, flags=re.S).group(1)
    assert _nginx_directive("proxy_read_timeout", stream) == ["1d"]
    annotations = KUBERNETES["Ingress"]["metadata"]["annotations"]
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600


def test_ports_names_and_health_paths_agree_everywhere():
    port = int(_image_env()["STREAMLIT_SERVER_PORT"])
    # nginx (compose): the upstream is the compose service on the image's port; nginx listens where compose maps
    assert _nginx_directive("server", re.search(r"upstream painter \{(.*?)\}", NGINX_SITE, re.S).group(1)) == [
        f"painter:{port}"
    ]
    services = COMPOSE["services"]
    assert services["painter"]["expose"] == [str(port)]
    assert services["painter"]["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (DEPLOY / services["painter"]["build"]["context"] / "deploy" / "Dockerfile").exists()
    assert services["nginx"]["ports"][0].endswith(f":{_nginx_directive('listen')[0]}")
    source, target = services["nginx"]["volumes"][0].split(":")[:2]
    assert (DEPLOY / source).resolve() == DEPLOY / "nginx" / "painter.conf"
    assert target.startswith("/etc/nginx/conf.d/")
    assert services["nginx"]["depends_on"]["painter"]["condition"] == "service_healthy"
    assert "STREAMLIT_SERVER_COOKIE_SECRET" in services["painter"]["environment"]
    # Kubernetes: probes on the health path of the named port, the Service and the Ingress reach it
    container = _container()
    assert container["ports"] == [{"name": "http", "containerPort": port}]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": HEALTH, "port": "http"}
    env = {item["name"]: item for item in container["env"]}
    assert env["STREAMLIT_SERVER_PORT"]["value"] == str(port)
    assert env["STREAMLIT_SERVER_COOKIE_SECRET"]["valueFrom"]["secretKeyRef"]["name"] == "painter"
    service = KUBERNETES["Service"]
    assert service["spec"]["selector"] == KUBERNETES["Deployment"]["spec"]["selector"]["matchLabels"]
    assert service["spec"]["ports"][0]["targetPort"] == "http"
    backend = KUBERNETES["Ingress"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend == {"name": service["metadata"]["name"], "port": {"name": service["spec"]["ports"][0]["name"]}}
    target = KUBERNETES["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", KUBERNETES["Deployment"]["metadata"]["name"])


def test_the_rooms_database_is_named_the_same_everywhere():
    from sqlalchemy import make_url

    from painter import rooms

    assert run_local.ROOMS_URL == rooms.URL_ENV
    # one container: the SQLite file in a folder its user may write
    env = _image_env()
    assert env[rooms.DATA_DIR_ENV].startswith("/home/painter/")
    assert "data" in (ROOT / ".dockerignore").read_text().split()
    # compose: every replica points at the postgres service, whose user, database, password and port it names
    services = COMPOSE["services"]
    url = make_url(
        services["painter"]["environment"][rooms.URL_ENV].replace(
            "${PAINTER_DB_PASSWORD:?set PAINTER_DB_PASSWORD}", "pw"
        )
    )
    database = services["postgres"]
    assert url.drivername == "postgresql+psycopg" and url.host == "postgres" and url.password == "pw"
    assert database["expose"] == [str(url.port)]
    assert (url.username, url.database) == (
        database["environment"]["POSTGRES_USER"],
        database["environment"]["POSTGRES_DB"],
    )
    assert database["environment"]["POSTGRES_PASSWORD"].startswith("${PAINTER_DB_PASSWORD")
    assert services["painter"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    volume = database["volumes"][0].split(":")[0]
    assert volume in COMPOSE["volumes"]
    # Kubernetes: the pods read the URL from the secret that postgres.yaml's comment makes, naming its Service
    env = {item["name"]: item for item in _container()["env"]}
    ref = env[rooms.URL_ENV]["valueFrom"]["secretKeyRef"]
    note = (DEPLOY / "kubernetes" / "postgres.yaml").read_text()
    made = re.search(r"kubectl create secret generic (\S+) (.*?)\n#\s+(.*?)\n", note)
    assert made and made.group(1) == ref["name"]
    assert f"--from-literal={ref['key']}=" in made.group(0)
    secret_url = make_url(re.search(r'url="([^"]+)"', made.group(0)).group(1).replace("$PASSWORD", "pw"))
    service, stateful = DATABASE["Service"], DATABASE["StatefulSet"]
    assert secret_url.host == service["metadata"]["name"] == stateful["spec"]["serviceName"]
    assert secret_url.port == service["spec"]["ports"][0]["port"]
    container = stateful["spec"]["template"]["spec"]["containers"][0]
    assert container["ports"][0]["name"] == service["spec"]["ports"][0]["targetPort"]
    assert container["ports"][0]["containerPort"] == secret_url.port
    db_env = {item["name"]: item for item in container["env"]}
    assert (secret_url.username, secret_url.database) == (
        db_env["POSTGRES_USER"]["value"],
        db_env["POSTGRES_DB"]["value"],
    )
    password = db_env["POSTGRES_PASSWORD"]["valueFrom"]["secretKeyRef"]
    assert password["name"] == ref["name"] and f"--from-literal={password['key']}=" in made.group(0)
    assert service["spec"]["selector"] == stateful["spec"]["selector"]["matchLabels"]
    mount = container["volumeMounts"][0]
    assert mount["name"] == stateful["spec"]["volumeClaimTemplates"][0]["metadata"]["name"]


def test_run_local_gives_several_replicas_one_database(tmp_path, monkeypatch):
    monkeypatch.delenv(run_local.ROOMS_URL, raising=False)
    assert run_local.rooms_database(1, tmp_path) == ({}, None)  # one replica keeps the app's default
    monkeypatch.setenv(run_local.ROOMS_URL, "sqlite:///elsewhere.sqlite3")
    assert run_local.rooms_database(2, tmp_path) == ({}, None)  # a database already named is kept
    monkeypatch.delenv(run_local.ROOMS_URL)
    import postgres

    if postgres.bin_dir() is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's postgresql is not installed (.ci/run installs it)")
        env, server = run_local.rooms_database(2, tmp_path)
        assert env[run_local.ROOMS_URL] == f"sqlite:///{tmp_path / 'rooms.sqlite3'}" and server is None
        return
    from painter.rooms import Store

    env, server = run_local.rooms_database(2, tmp_path)
    try:
        url = env[run_local.ROOMS_URL]
        assert url.startswith("postgresql+psycopg://") and "@127.0.0.1:" in url
        first, second = Store(url), Store(url)  # two replicas
        room = first.create_room()
        second.add_work(room.code, "student-0001", 3, 4)
        assert first.works(room.code).tolist() == [[3, 4]]
        first.dispose()
        second.dispose()
    finally:
        server.stop()
    assert server.dir is None


def _mebibytes(quantity: str) -> float:
    number, unit = re.fullmatch(r"(\d+)(Mi|Gi)", quantity).groups()
    return int(number) * (1024 if unit == "Gi" else 1)


def test_kubernetes_asks_for_the_memory_a_replica_was_measured_to_use():
    resources = _container()["resources"]
    request, limit = _mebibytes(resources["requests"]["memory"]), _mebibytes(resources["limits"]["memory"])
    measured = 323  # MiB (VmRSS / 1024): one replica's most under load (README, "Replicas for a class")
    assert measured <= request <= limit


# --- run-local -------------------------------------------------------------------------------------------


def test_run_local_rewrites_only_the_listen_upstream_and_log_lines(tmp_path):
    site = run_local.site_conf(NGINX_SITE, 8555, [40001, 40002], tmp_path / "access.log")
    assert _nginx_directive("listen", site) == ["127.0.0.1:8555"]
    upstream = re.search(r"upstream painter \{(.*?)\}", site, flags=re.S).group(1)
    assert _nginx_directive("server", upstream) == ["127.0.0.1:40001", "127.0.0.1:40002"]
    assert _nginx_directive("access_log", site) == [f"{tmp_path / 'access.log'} painter"]
    # everything else is the repository's configuration, line for line
    untouched = [line for line in NGINX_SITE.splitlines() if not re.match(r"\s*(listen|server \w|access_log)", line)]
    assert all(line in site.splitlines() for line in untouched)


def test_the_generated_configuration_is_valid_nginx(tmp_path):
    _need_nginx_and_chromium()
    (tmp_path / "painter.conf").write_text(run_local.site_conf(NGINX_SITE, 8555, [40001], tmp_path / "a.log"))
    (tmp_path / "nginx.conf").write_text(run_local.main_conf(tmp_path))
    result = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-e", str(tmp_path / "e.log"), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("args", [[], ["2"], ["0", "8555"], ["2", "80"], ["two", "8555"], ["2", "8555", "3"]])
def test_run_local_refuses_bad_arguments_with_its_usage(args):
    result = subprocess.run(
        [DEPLOY / "run-local", *args], cwd=ROOT, env=RUN_LOCAL_ENV, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert result.stderr.startswith("usage: deploy/run-local REPLICAS PORT")
    assert "Traceback" not in result.stderr


#: deploy/run-local started with the Python that runs these tests (a venv elsewhere, conda, a system
#: Python), not whatever .venv the checkout has.
RUN_LOCAL_ENV = dict(os.environ, PAINTER_PYTHON=sys.executable)


def _which_python(tmp_path: Path, env: dict[str, str], venv: bool) -> str:
    """The Python deploy/run-local execs, for ``env``: a copy of the script in a scratch checkout whose
    deploy/run_local.py only prints ``sys.executable`` (with or without a .venv beside it)."""
    (tmp_path / "deploy").mkdir(parents=True, exist_ok=True)
    (tmp_path / "deploy" / "run-local").write_bytes((DEPLOY / "run-local").read_bytes())
    (tmp_path / "deploy" / "run-local").chmod(0o755)
    (tmp_path / "deploy" / "run_local.py").write_text("import sys\nprint(sys.executable)\n")
    if venv:
        (tmp_path / ".venv" / "bin").mkdir(parents=True, exist_ok=True)
        link = tmp_path / ".venv" / "bin" / "python"
        if not link.exists():
            link.symlink_to(sys.executable)
    result = subprocess.run(
        [tmp_path / "deploy" / "run-local"], env=env, capture_output=True, text=True, timeout=30, check=True
    )
    return result.stdout.strip()


def test_run_local_runs_painter_python_else_the_venv_else_python3_on_the_path(tmp_path):
    import shutil

    python3 = shutil.which("python3")
    assert python3
    bare = {key: value for key, value in os.environ.items() if key != "PAINTER_PYTHON"}
    # no .venv: the Python on the PATH (a fake python3 first on the PATH proves it is looked up there)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)
    on_path = dict(bare, PATH=f"{bin_dir}{os.pathsep}{bare.get('PATH', '')}")
    assert _which_python(tmp_path / "a", on_path, venv=False) == str(bin_dir / "python3")
    assert _which_python(tmp_path / "b", bare, venv=False)  # the system's python3 runs it
    # a .venv beside the script wins over the PATH; PAINTER_PYTHON wins over both
    assert _which_python(tmp_path / "c", on_path, venv=True) == str(tmp_path / "c" / ".venv" / "bin" / "python")
    chosen = tmp_path / "chosen-python"
    chosen.symlink_to(sys.executable)
    assert _which_python(tmp_path / "d", dict(on_path, PAINTER_PYTHON=str(chosen)), venv=True) == str(chosen)


def _process_groups_alive(groups: set[int]) -> set[int]:
    """Which of the process groups still have a process."""
    alive = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) in groups:
            alive.add(int(fields[2]))
    return alive


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    return found


def _health(port: int, **headers) -> int | None:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{HEALTH}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


class RunLocal:
    """``deploy/run-local REPLICAS PORT`` as a child: its output, its replicas and a way to stop it.

    Its replicas warm up before it serves, as in a lecture, unless ``warm`` is false (``PAINTER_WARM_UP=0``:
    for a test about something else, which then does not wait for every page's fits on every replica).
    """

    def __init__(self, replicas: int, *, warm: bool = True):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [DEPLOY / "run-local", str(replicas), str(self.port)],
            cwd=ROOT,
            env={**RUN_LOCAL_ENV, WARM_UP_ENV: "1" if warm else "0"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        first = self.proc.stdout.readline()
        while first.startswith("run-local: rooms "):  # where the replicas keep their rooms (two or more)
            first = self.proc.stdout.readline()
        self.replica_ports = [int(p) for p in re.findall(r"\d+", first.split("[", 1)[-1].split("]")[0])]
        assert len(self.replica_ports) == replicas, first

    def wait_until_serving(self) -> Path:
        line = self.proc.stdout.readline()  # run-local gives up by itself after 300 s
        assert "serving" in line, line + self.proc.stdout.read()
        return Path(re.search(r"access log: (\S+)\)", line).group(1))

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            raise


@pytest.mark.deploy
@pytest.mark.slow
def test_ctrl_c_while_warming_stops_every_replica():
    _need_nginx_and_chromium()
    run = RunLocal(1)
    try:
        deadline = time.time() + 60
        while not _children(run.proc.pid) and time.time() < deadline:
            time.sleep(0.1)
        groups = _children(run.proc.pid)  # each replica leads its own process group
        assert groups
    finally:
        code = run.stop(signal.SIGINT)
    assert code == 0
    assert _process_groups_alive(groups) == set()


@pytest.fixture(scope="module")
def two_replicas():
    """``deploy/run-local 2 PORT``; what readiness said while warming; nginx's access log once serving."""
    _need_nginx_and_chromium()
    run = RunLocal(2)
    try:
        replica = run.replica_ports[0]
        deadline = time.time() + 60
        while _health(replica) is None and time.time() < deadline:
            time.sleep(0.1)
        run.warming = (_health(replica), _health(replica, Referer=f"http://127.0.0.1:{replica}/"))
        run.access_log = run.wait_until_serving()
        run.ready = [_health(p) for p in run.replica_ports]
        run.groups = _children(run.proc.pid)
        yield run
    finally:
        run.stop()


@pytest.mark.deploy
@pytest.mark.slow
def test_readiness_waits_for_the_warm_up_but_a_browser_is_served(two_replicas):
    assert two_replicas.warming == (503, 200)
    assert two_replicas.ready == [200, 200]


def _affinities(access_log: Path) -> dict[str, list[tuple[str, str]]]:
    """affinity cookie -> [(request, upstream)] from nginx's access log."""
    found: dict[str, list[tuple[str, str]]] = {}
    for line in access_log.read_text().splitlines():
        match = re.search(r'"(\S+ \S+) [^"]*" \d+ \d+ upstream=(\S+) affinity=(\w+)', line)
        if match:
            request, upstream, affinity = match.groups()
            found.setdefault(affinity, []).append((request, upstream))
    return found


def _cookies_on_each_replica(base: str, access_log: Path, replicas: int) -> list[str]:
    """Fresh affinity cookies from nginx, one landing on each replica (read back from the access log)."""
    for _ in range(60):
        with urllib.request.urlopen(f"{base}{HEALTH}", timeout=10) as response:
            response.read()
    upstream_of = {affinity: requests[0][1] for affinity, requests in _affinities(access_log).items()}
    chosen = {}
    for affinity, upstream in upstream_of.items():
        chosen.setdefault(upstream, affinity)
    assert len(chosen) == replicas, "60 new visitors all hashed to one replica"
    return list(chosen.values())


def _picture(path: Path, width: int, height: int, seed: int) -> None:
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path)


def _keep_evidence(pages, access_log: Path) -> None:
    """On a failure: each visitor's screen in screenshots/, and nginx's last log lines in the test's output."""
    shots = ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    for i, page in enumerate(pages):
        if not page.is_closed():
            page.screenshot(path=str(shots / f"deploy-visitor-{i}.png"), full_page=True)
    print("\n".join(access_log.read_text().splitlines()[-60:]))


def _all_images_loaded(page) -> None:
    page.wait_for_function(
        """() => { const imgs = [...document.querySelectorAll('[data-testid="stMain"] img')];
                   return imgs.length >= 5 && imgs.every(img => img.complete && img.naturalWidth > 0); }""",
        timeout=30_000,
    )


@pytest.mark.deploy
@pytest.mark.slow
def test_visitors_upload_through_nginx_each_on_one_replica_and_both_replicas_serve(two_replicas, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    base = f"http://127.0.0.1:{two_replicas.port}"
    preset = _cookies_on_each_replica(base, two_replicas.access_log, 2)
    visitors = [("en", preset[0]), ("ja", preset[1]), ("en", None), ("ja", None)]  # two get nginx's cookie
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            pages = []
            for lang, cookie in visitors:
                context = browser.new_context(viewport={"width": 1280, "height": 1000})
                if cookie:
                    context.add_cookies([{"name": "painter_affinity", "value": cookie, "url": base}])
                page = context.new_page()
                page.goto(f"{base}/pixels?lang={lang}")
                pages.append(page)
            for i, page in enumerate(pages):  # all four sessions are open at once
                settle(page, timeout=120)  # four first loads at once, on a machine shared with other tests
                figure = page.locator(".js-plotly-plot").first
                before = figure.inner_html()
                page.locator('[data-testid="stMain"] summary').first.click()
                width, height = 31 + 7 * i, 23 + 3 * i
                _picture(tmp_path / f"mine{i}.png", width, height, seed=i)
                page.locator('input[type="file"]').set_input_files(str(tmp_path / f"mine{i}.png"))
                assert wait_for_change(figure.inner_html, before) != before
            cookies = []
            for i, (page, (lang, cookie)) in enumerate(zip(pages, visitors, strict=True)):
                settle(page)
                text = page.inner_text("body")
                assert translate(lang, "pixels.upload.showing") in text
                assert f"{31 + 7 * i} × {23 + 3 * i}" in text  # this visitor's own picture, not another's
                _all_images_loaded(page)
                assert page.locator('[data-testid="stException"]').count() == 0
                given = {c["name"]: c["value"] for c in page.context.cookies()}["painter_affinity"]
                assert cookie in (None, given)
                cookies.append(given)
                page.context.close()  # closes the websocket: nginx logs it
        except Exception:
            _keep_evidence(pages, two_replicas.access_log)
            raise
        finally:
            browser.close()

    def logged() -> dict:
        return {a: r for a, r in _affinities(two_replicas.access_log).items() if a in cookies}

    deadline = time.time() + 20
    while sum(any(req.startswith("GET /_stcore/stream") for req, _ in r) for r in logged().values()) < len(cookies):
        assert time.time() < deadline, "nginx did not log every closed websocket"
        time.sleep(0.2)
    served = set()
    for affinity in cookies:
        requests = logged()[affinity]
        upstreams = {upstream for _, upstream in requests}
        assert len(upstreams) == 1, f"visitor {affinity} was split over {upstreams}"
        kinds = {re.sub(r"^(\S+ /(_stcore/\w+|media)?).*", r"\1", request) for request, _ in requests}
        assert {"GET /_stcore/stream", "PUT /_stcore/upload_file", "GET /media"} <= kinds, kinds
        served |= upstreams
    assert served == {f"127.0.0.1:{p}" for p in two_replicas.replica_ports}


@pytest.mark.deploy
@pytest.mark.slow
def test_every_replica_has_one_cookie_secret(two_replicas):
    def secret(pid: int) -> bytes:
        environ = dict(item.split(b"=", 1) for item in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0") if item)
        return environ[b"STREAMLIT_SERVER_COOKIE_SECRET"]

    replicas = [pid for pid in two_replicas.groups if b"serve.py" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert len(replicas) == 2
    assert len({secret(pid) for pid in replicas}) == 1
    assert len(secret(replicas[0])) >= 32


@pytest.mark.deploy
@pytest.mark.slow
def test_sigterm_stops_nginx_and_every_replica(two_replicas):
    groups = two_replicas.groups
    assert len(groups) == 3  # two replicas and nginx, each leading its own process group
    assert two_replicas.stop() == 0
    assert _process_groups_alive(groups) == set()
    assert not two_replicas.access_log.parent.exists()
    assert _health(two_replicas.port) is None
