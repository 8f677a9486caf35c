"""Servers the project starts listen on 127.0.0.1 only and need a token.

The commands come from the Makefile (``make -n``), so the README's ``make lab`` / ``make voila``
are what is checked.  Dask's local cluster is checked in tests/test_dask.py (loopback, TLS).
"""
from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import time
import json
import urllib.error
import urllib.request
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def make_command(target: str, port: int) -> list[str]:
    """The command ``make <target>`` would run (its last recipe line), as an argument list."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}  # under `make test`
    out = subprocess.run(["make", "--no-print-directory", "-n", "-o", ".venv/.installed", target, f"PORT={port}"],
                         cwd=ROOT, capture_output=True, text=True, check=True, env=env).stdout
    lines = [line for line in out.strip().splitlines() if not line.startswith("make")]
    return shlex.split(lines[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def outward_addresses() -> set[str]:
    """This machine's non-loopback IPv4 addresses (the one routes leave from, and the host name's)."""
    found = {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # UDP connect sends nothing; it picks the outward interface
            found.add(s.getsockname()[0])
        except OSError:
            pass
    return {a for a in found if not a.startswith("127.") and a != "0.0.0.0"}


def status(url: str) -> int:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_lab_binds_loopback_and_has_a_generated_token():
    cmd = make_command("lab", 8888)
    assert cmd[0].endswith("jupyter") and cmd[1] == "lab"
    assert "--ip=127.0.0.1" in cmd and "--ServerApp.root_dir=." in cmd
    tokens = [a.split("=", 1)[1] for a in cmd if a.startswith("--IdentityProvider.token=")]
    assert len(tokens) == 1 and re.fullmatch(r"[\w-]{32,}", tokens[0]), cmd  # generated, never empty
    assert not any("password" in a.lower() or "disable_check_xsrf" in a.lower() for a in cmd), cmd
    # kernels over IPC when Jupyter's runtime folder has a short path (as here), else TCP
    from jupyter_core.paths import jupyter_runtime_dir

    expected = "ipc" if len(jupyter_runtime_dir().encode()) <= 50 else "tcp"
    assert f"--KernelManager.transport={expected}" in cmd, cmd


def test_voila_serves_only_on_loopback_and_only_with_its_token(tmp_path):
    port = free_port()
    cmd = make_command("voila", port)
    assert "--Voila.ip=127.0.0.1" in cmd and "--token" in cmd
    # kernels over IPC: no "running over TCP without encryption" warning on each page (tests/test_browser.py
    # checks the Voila log with this option)
    assert "--KernelManager.transport=ipc" in cmd
    log = tmp_path / "voila.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        token = None
        for _ in range(120):
            found = re.search(rf"http://127\.0\.0\.1:{port}/\?token=(\w+)", log.read_text())
            if found:
                token = found.group(1)
                break
            assert proc.poll() is None, log.read_text()
            time.sleep(0.5)
        assert token and len(token) >= 32, log.read_text()
        base = f"http://127.0.0.1:{port}"
        assert status(f"{base}/?token={token}") == 200
        assert status(f"{base}/") in (302, 401, 403)  # no token: sent to the login page, never the app
        assert status(f"{base}/?token=wrong{token}") in (302, 401, 403)
        # Nothing listens on another address of this machine.
        for address in outward_addresses():
            with socket.socket() as s:
                s.settimeout(2)
                assert s.connect_ex((address, port)) != 0, f"voila answers on {address}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_lab_opens_the_project_root_with_the_start_notebook(tmp_path):
    """``make lab`` serves the project folder and opens the "toolkit" workspace: the file browser at
    the root (``notebooks/`` and ``seeds/`` in it) and the start notebook open."""
    port = free_port()
    cmd = make_command("lab", port)
    assert "--ServerApp.root_dir=." in cmd and "--LabApp.default_url=/lab/workspaces/toolkit" in cmd
    workspace = json.loads((ROOT / "scripts" / "lab_workspace.json").read_text(encoding="utf-8"))
    assert workspace["metadata"]["id"] == "toolkit"
    assert workspace["data"]["file-browser-filebrowser:cwd"] == {"path": ""}
    main = workspace["data"]["layout-restorer:data"]["main"]
    assert main["current"] == "notebook:notebooks/00_start_here.ipynb" and main["dock"]["widgets"] == [main["current"]]
    assert (ROOT / workspace["data"][main["current"]]["data"]["path"]).is_file()

    # The server itself, with the workspace saved where the command reads it (a temporary folder here).
    from jupyterlab_server.workspaces_handler import WorkspacesManager

    WorkspacesManager(str(tmp_path / "workspaces")).save("toolkit", json.dumps(workspace))
    cmd = [f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}" if a.startswith("--LabApp.workspaces_dir=") else a
           for a in cmd] + ["--no-browser"]
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}
    log = tmp_path / "lab.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    try:
        url = None
        token = next(a.split("=", 1)[1] for a in cmd if a.startswith("--IdentityProvider.token="))
        for _ in range(240):  # an explicit token is printed masked ("?token=..."): the URL before it is what counts
            found = re.search(rf"(http://127\.0\.0\.1:{port}/\S+?)\?token=", log.read_text())
            if found:
                url = found.group(1)
                break
            assert proc.poll() is None, log.read_text()
            time.sleep(0.5)
        assert url == f"http://127.0.0.1:{port}/lab/workspaces/toolkit", log.read_text()  # the URL it prints
        base = f"http://127.0.0.1:{port}"
        answer = None
        for _ in range(120):  # the URL can be printed a moment before the port accepts connections
            try:
                answer = status(f"{url}?token={token}")
                break
            except urllib.error.URLError:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.5)
        assert answer == 200, log.read_text()
        with urllib.request.urlopen(f"{base}/api/contents?token={token}", timeout=10) as r:
            root = {item["name"]: item["type"] for item in json.load(r)["content"]}
        assert root.get("notebooks") == "directory" and root.get("seeds") == "directory", root
        with urllib.request.urlopen(f"{base}/lab/api/workspaces/toolkit?token={token}", timeout=10) as r:
            served = json.load(r)["data"]
        assert served["file-browser-filebrowser:cwd"] == {"path": ""}
        assert served["layout-restorer:data"]["main"]["current"] == "notebook:notebooks/00_start_here.ipynb"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
