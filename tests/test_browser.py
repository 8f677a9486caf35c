"""The notebooks in a real browser: JupyterLab (and Voilà) on 127.0.0.1, Debian's Chromium driven by Playwright.

The tests serve a temporary copy of the notebooks (autosave writes outputs back), bound to
127.0.0.1 on a free port with a random token, open a notebook, run it, move a slider or pick a
point, type a filter, and check that the rendered charts and tables changed.

What is shared, because each start costs CPU and none changes what a test sees: one Chromium for
the module (each test has its own browser context and page), one JupyterLab server for both
JupyterLab tests (each shuts its kernels down when it ends) and one Voilà server over the notebooks
folder for both Voilà tests (``/voila/render/<notebook>``; each page gets its own kernel).  The
kernels talk to their server over IPC sockets, so no "running over TCP without encryption" warning
is logged (checked).  Screenshots go to a temporary folder (printed); with ``UPDATE_SCREENSHOTS=1``
the start-notebook screenshot replaces ``docs/img/start_here.png`` (the one the README shows).

Playwright cannot download a browser here: the tests use ``/usr/bin/chromium`` (``make test``
installs it with apt-get when run as root) and skip, saying why, only when no Chromium is found.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
START = "00_start_here.ipynb"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]
# JupyterLab settings for the test server: no news/update toast, every cell kept in the DOM.
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
TIMEOUT_MS = 90_000

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(300)]


def chromium_path() -> str | None:
    # Debian's headless shell first (what Playwright itself runs headless: no GPU process, less CPU), then
    # the full browser. The real binaries, not the /usr/bin launchers: /usr/bin/chromium sources
    # /etc/chromium.d/*, whose shared-memory check prints "[: ...: unexpected operator" on some machines.
    for candidate in (os.environ.get("CHROMIUM"), "/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium",
                      "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def chromium():
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium not found (looked for $CHROMIUM, /usr/lib/chromium/chromium, /usr/bin/chromium, chromium on PATH): "
                    "install it with `apt-get install chromium-headless-shell` (make test does this as root)")
    pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed: pip install -e '.[dev]'")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A throw-away copy of the notebooks with the seed beside them, as in the repository."""
    site = tmp_path_factory.mktemp("site")
    shutil.copytree(ROOT / "notebooks", site / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (site / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "iran_israel_tensions.txt", site / "seeds")
    shutil.copytree(ROOT / "seeds" / "state_union", site / "seeds" / "state_union")  # notebook 07's default corpus
    return site


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser(chromium):
    """One Chromium for the module; each test opens its own page (browser_page)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(cmd: list[str], *, port: int, token: str, ready_path: str, env: dict, log: Path):
    """Run a server in its own process group; wait until it answers; always stop it."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{base}{ready_path}?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer within 60 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.25)
        yield base
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # jupyter_server / voila: SIGINT twice shuts down kernels too
            time.sleep(0.3)
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the group we started, nothing else
                proc.wait(timeout=5)


# Kernels over IPC: their sockets are files beside their connection files (JupyterLab: the runtime folder;
# Voila: a voila_* folder in /tmp), named kernel-<uuid>-ipc-<n>, and a Unix socket's path must stay under
# 108 bytes, so the runtime folder is a short one made in /tmp.
KERNEL_OPTIONS = ["--KernelManager.transport=ipc"]
TCP_WARNING = "running over TCP without encryption"


def server_env(tmp: Path, runtime: str) -> dict:
    env = dict(os.environ)
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "IPYTHONDIR"):
        path = tmp / name.lower()
        path.mkdir(exist_ok=True)
        env[name] = str(path)
    env["JUPYTER_RUNTIME_DIR"] = runtime
    env.pop("MPLBACKEND", None)
    return env


@dataclass
class Server:
    base: str
    token: str
    log: Path

    def api(self, method: str, path: str):
        request = urllib.request.Request(f"{self.base}{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as r:
            body = r.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self):
        """Shut down the kernels the test's pages started (JupyterLab keeps them when a page closes)."""
        for session in self.api("GET", "/api/sessions"):
            self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.api("GET", "/api/kernels"):
            self.api("DELETE", f"/api/kernels/{kernel['id']}")


@contextmanager
def short_runtime_dir():
    path = tempfile.mkdtemp(prefix="tk-rt-", dir="/tmp" if Path("/tmp").is_dir() else None)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def lab(chromium, site, tmp_path_factory):
    """One JupyterLab server over the site for both JupyterLab tests, with the workspace `make lab`
    opens (the file browser at the root, the start notebook open)."""
    from jupyterlab_server.workspaces_handler import WorkspacesManager

    tmp = tmp_path_factory.mktemp("lab")
    port, token = free_port(), secrets.token_hex(16)
    WorkspacesManager(str(tmp / "workspaces")).save(
        "toolkit", (ROOT / "scripts" / "lab_workspace.json").read_text(encoding="utf-8"))
    log = tmp / "lab.log"
    with short_runtime_dir() as runtime, \
            serve(lab_command(site, tmp, port, token), port=port, token=token, ready_path="/api/status",
                  env=server_env(tmp, runtime), log=log) as base:
        yield Server(base, token, log)


@pytest.fixture(scope="module")
def voila(chromium, site, tmp_path_factory):
    """One Voilà server over the notebooks folder for both Voilà tests (each page its own kernel)."""
    tmp = tmp_path_factory.mktemp("voila")
    port, token = free_port(), secrets.token_hex(16)
    cmd = [sys.executable, "-m", "voila", str(site / "notebooks"), "--no-browser", f"--port={port}",
           "--Voila.ip=127.0.0.1", f"--Voila.token={token}", "--Voila.port_retries=0", *KERNEL_OPTIONS]
    log = tmp / "voila.log"
    with short_runtime_dir() as runtime, \
            serve(cmd, port=port, token=token, ready_path="/voila/static/voila.js", env=server_env(tmp, runtime),
                  log=log) as base:
        yield Server(base, token, log)


@contextmanager
def browser_page(browser, server: Server | None = None):
    """A new page (in a context of its own) in the shared Chromium; on leaving, the page closes and
    the kernels of *server* are shut down."""
    context = browser.new_context(viewport={"width": 1360, "height": 1000})
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        yield page
    finally:
        context.close()
        if server is not None:
            server.shutdown_kernels()


def assert_no_tcp_warning(server: Server):
    """The kernels write to the server's log: over TCP, ipykernel warns there that nothing is encrypted."""
    log = server.log.read_text(errors="replace")
    assert "Kernel started" in log and TCP_WARNING not in log, log[-2000:]


# Waiting polls every POLL_MS instead of on every animation frame (Playwright's default): a page polled
# on each frame keeps Chromium drawing frames, about 1.3 s of CPU per 10 s of waiting against 0.2 s.
POLL_MS = 200


def wait_function(page, expression: str, *, arg=None, timeout: float | None = None):
    return page.wait_for_function(expression, arg=arg, timeout=timeout, polling=POLL_MS)


def wait_selector(page, selector: str, *, state: str = "visible", timeout: float | None = None):
    """page.wait_for_selector, after polling (every POLL_MS) until the selector matches an element."""
    wait_function(page, "(sel) => document.querySelector(sel) !== null", arg=selector, timeout=timeout)
    return page.wait_for_selector(selector, state=state, timeout=timeout)


def rows(page, selector: str) -> int:
    return int(page.locator(selector).first.get_attribute("data-rows"))


def wait_rows(page, selector: str, n: int):
    wait_function(page,
        "([sel, n]) => { const t = document.querySelector(sel); return t && t.getAttribute('data-rows') === String(n); }",
        arg=[selector, n], timeout=TIMEOUT_MS)


def image_src(page, panel: str) -> str:
    return page.locator(f"{panel} img").first.get_attribute("src")


def move_slider_and_filter(page, shots: Path, prefix: str):
    """Top-N slider 20 -> 15 (keyboard), then the concordance term box -> 'Hezbollah' (Enter)."""
    kw_table = ".tk-keywords table.tk-table"
    wait_selector(page, kw_table, state="attached")
    assert rows(page, kw_table) == 20
    chart_before = image_src(page, ".tk-keywords")
    handle = page.locator(".tk-keywords .widget-slider .noUi-handle").first
    handle.scroll_into_view_if_needed()
    handle.focus()
    for _ in range(5):
        page.keyboard.press("ArrowLeft")
    wait_rows(page, kw_table, 15)
    wait_function(page, "([sel, old]) => { const i = document.querySelector(sel); return i && i.src !== old; }",
                           arg=[".tk-keywords img", chart_before], timeout=TIMEOUT_MS)
    assert page.locator(".tk-keywords .widget-readout").first.inner_text().strip() == "15"
    page.locator(".tk-keywords").first.screenshot(path=str(shots / f"{prefix}_keywords_top15.png"))

    kwic = ".tk-concordance table.tk-kwic"
    before = rows(page, kwic)
    box = page.locator(".tk-concordance input[type=text]").first
    box.scroll_into_view_if_needed()
    box.fill("Hezbollah")
    box.press("Enter")
    wait_rows(page, kwic, 1)
    assert before != 1
    assert page.locator(f"{kwic} mark").first.inner_text() == "Hezbollah"
    # linked: the sentiment panel now lists only the sentence that mentions it
    wait_rows(page, ".tk-sentiment table.tk-valence", 1)
    page.locator(".tk-sentiment").first.screenshot(path=str(shots / f"{prefix}_sentiment_hezbollah.png"))
    page.locator(".tk-concordance").first.screenshot(path=str(shots / f"{prefix}_concordance_hezbollah.png"))


@contextmanager
def explain_failure(page, shots: Path, log: Path, name: str):
    """On failure: a screenshot, the cell prompts and the server log's tail in the error."""
    try:
        yield
    except Exception as exc:
        shot = shots / f"FAILED_{name}.png"
        try:
            page.screenshot(path=str(shot), full_page=True)
            prompts = page.locator(".jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
            messages = page.locator(".tk-msg").all_inner_texts()
        except Exception:  # the page itself is gone
            prompts = messages = []
        tail = log.read_text(errors="replace")[-2500:] if log.exists() else ""
        raise AssertionError(f"{exc}\nprompts: {prompts}\npanel messages: {messages}\nscreenshot: {shot}\n"
                             f"server log:\n{tail}") from exc


def run_all_cells(page, tries: int = 3):
    """Run ▸ Run All Cells once the kernel is connected.  A click made while the kernel's
    connection is still being set up can be dropped (the prompts stay "[ ]"), so it is retried."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    wait_selector(page, '.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    page.locator(".jp-StatusBar-Widget", has_text="| Idle").first.wait_for()
    for _ in range(tries):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
        try:
            wait_function(page,
                "() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]"
                ".some(e => /\\[(\\*|\\d+)\\]/.test(e.textContent))", timeout=15_000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    raise AssertionError(f"Run All Cells did not start the kernel in {tries} tries")


def save_start_screenshot(page, shots: Path, name: str):
    path = shots / name
    page.screenshot(path=str(path))
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        target = ROOT / "docs" / "img" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    return path


def test_jupyterlab_runs_the_start_notebook_and_widgets_respond(browser, lab, shots):
    # The workspace `make lab` opens (saved by the `lab` fixture): the file browser at the root, the start notebook open.
    with browser_page(browser, lab) as page, explain_failure(page, shots, lab.log, "lab"):
        page.goto(f"{lab.base}/lab/workspaces/toolkit?token={lab.token}")
        wait_selector(page, f".lm-DockPanel-tabBar .lm-TabBar-tab[title*='{START}']")
        page.wait_for_selector(".jp-DirListing-itemName >> text=seeds")
        listed = set(page.locator(".jp-DirListing-itemName").all_inner_texts())
        assert {"notebooks", "seeds"} <= listed, listed
        run_all_cells(page)
        # every code cell has run ([n] in its prompt) and the panels are on screen
        wait_function(page,
            """() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
                       return p.length > 0 && p.every(e => /\\[\\d+\\]/.test(e.textContent)); }""", timeout=TIMEOUT_MS)
        wait_selector(page, '.jp-Notebook-ExecutionIndicator[data-status="idle"]')
        for panel in (".tk-overview", ".tk-keywords", ".tk-sentiment", ".tk-concordance"):
            wait_selector(page, f"{panel} img[src]")
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        assert page.locator(".tk-msg.error").count() == 0
        page.locator(".tk-overview").first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        save_start_screenshot(page, shots, "start_here.png")
        move_slider_and_filter(page, shots, "lab")
    assert_no_tcp_warning(lab)
    print(f"screenshots: {shots}")


def test_voila_app_renders_and_widgets_respond(browser, voila, shots):
    with browser_page(browser) as page, explain_failure(page, shots, voila.log, "voila"):
        page.goto(f"{voila.base}/voila/render/{START}?token={voila.token}")
        for panel in (".tk-overview", ".tk-keywords", ".tk-sentiment", ".tk-concordance"):
            wait_selector(page, f"{panel} img[src]")
        assert page.locator(".tk-msg.error").count() == 0
        assert page.locator("text=Traceback").count() == 0
        move_slider_and_filter(page, shots, "voila")
        page.screenshot(path=str(shots / "voila_start_here.png"), full_page=True)
    assert_no_tcp_warning(voila)
    print(f"screenshots: {shots}")


def test_voila_renders_the_who_says_what_entity_table_and_network(browser, voila, shots):
    """Notebook 08 in Voilà: the entity table and the ipysigma network render, and picking an
    entity in the list shows its details."""
    with browser_page(browser) as page, explain_failure(page, shots, voila.log, "voila_who"):
        page.goto(f"{voila.base}/voila/render/08_who_says_what.ipynb?token={voila.token}")
        table = ".tk-people table.tk-table"
        wait_selector(page, table, state="attached", timeout=TIMEOUT_MS)
        names = page.locator(f"{table} td").all_inner_texts()
        assert {"Joe Biden", "Kamala Harris", "United States", "The Wall Street Journal"} <= set(names)
        assert "Biden" not in names and "States" not in names
        wait_selector(page, ".tk-people canvas", state="attached", timeout=TIMEOUT_MS)  # the sigma.js network
        picker = page.locator(".tk-people select:has(option:has-text('Kamala Harris'))").first
        picker.select_option(label=picker.locator("option", has_text="Kamala Harris").first.text_content())
        page.wait_for_selector(".tk-people h4:has-text('Kamala Harris')", timeout=TIMEOUT_MS)
        assert page.locator(".tk-msg.error").count() == 0
        assert page.locator("text=Traceback").count() == 0
        page.screenshot(path=str(shots / "voila_who_says_what.png"), full_page=True)
    print(f"screenshots: {shots}")


CORPUS = "07_corpus.ipynb"


def wait_option(page, label: str) -> int:
    """Wait until the trends panel's Point list offers *label* (ipywidgets renders spaces as
    no-break spaces); return its index."""
    script = ("(label) => { const s = [...document.querySelectorAll('.tk-trends select')][1];"
              " if (!s) return -1; return [...s.options].findIndex(o => o.textContent.replace(/\\s+/g, ' ') === label); }")
    wait_function(page, f"(label) => ({script})(label) >= 0", arg=label, timeout=TIMEOUT_MS)
    return page.evaluate(script, label)


def lab_command(site: Path, tmp_path: Path, port: int, token: str) -> list[str]:
    """JupyterLab over *site*, with LAB_OVERRIDES as its settings and its workspaces in *tmp_path*."""
    settings = tmp_path / "app-settings"
    settings.mkdir(exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES), encoding="utf-8")
    cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={site}",
           f"--LabApp.app_settings_dir={settings}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
           *KERNEL_OPTIONS]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    return cmd


@pytest.mark.timeout(900)
def test_jupyterlab_runs_the_corpus_notebook_and_the_trend_picker_responds(browser, lab, site, shots):
    """Notebook 07 on the State of the Union: every view renders without an error; then the trends
    view: new terms typed, the period switched to decades, a point picked (its documents listed),
    and the Export button writes its four files beside the notebook."""
    with browser_page(browser, lab) as page, explain_failure(page, shots, lab.log, "lab07"):
        page.set_default_timeout(4 * TIMEOUT_MS)
        page.goto(f"{lab.base}/lab/tree/notebooks/{CORPUS}?token={lab.token}")
        run_all_cells(page)
        wait_function(page,
            """() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
                       return p.length > 0 && p.every(e => /\\[\\d+\\]/.test(e.textContent)); }""", timeout=6 * TIMEOUT_MS)
        wait_selector(page, '.jp-Notebook-ExecutionIndicator[data-status="idle"]')
        for panel in (".tk-corpus", ".tk-trends"):
            wait_selector(page, f"{panel} img[src]", state="attached")
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        assert page.locator(".tk-msg.error").count() == 0
        assert page.locator(".jp-OutputArea-output", has_text="Traceback").count() == 0
        assert page.locator(".tk-keywords, .tk-corpus", has_text="needs at least two groups").count() == 0

        trends = page.locator(".tk-trends").first
        trends.scroll_into_view_if_needed()
        chart = lambda: trends.locator("img").first.get_attribute("src")  # noqa: E731
        before = chart()
        box = trends.locator("input[type=text]").first
        box.fill("iran, soviet*")
        box.press("Enter")
        wait_function(page, "([old]) => { const i = document.querySelector('.tk-trends img');"
                               " return i && i.src !== old; }", arg=[before], timeout=TIMEOUT_MS)
        point = trends.locator("select").nth(1)
        wait_option(page, "1980 · iran (4)")
        before = chart()
        trends.locator("select").first.select_option(label="decade")  # the period picker
        wait_function(page, "([old]) => { const i = document.querySelector('.tk-trends img');"
                               " return i && i.src !== old; }", arg=[before], timeout=TIMEOUT_MS)
        wait_option(page, "1980s · soviet* (79)")
        # a real click on the 2000s point of "iran": where the kernel draws it, scaled to the image as shown
        from toolkit.corpus.load import load_corpus
        from toolkit.widgets.trends import CorpusTrends

        replica = CorpusTrends(load_corpus(site / "seeds" / "state_union", meta="speeches", group="president"),
                               terms="iran, soviet*", by="decade")
        x, y = replica.pixel_of("2000s", "iran")
        image = trends.locator("img").first
        natural = image.evaluate("i => [i.naturalWidth, i.naturalHeight]")
        box = image.bounding_box()
        image.click(position={"x": x * box["width"] / natural[0], "y": y * box["height"] / natural[1]})
        wait_function(page, "() => document.querySelector('.tk-trends table.tk-table')?.textContent"
                               ".includes('2006-GWBush')", timeout=TIMEOUT_MS)
        assert "“iran” in 2000s" in trends.inner_text()
        point.select_option(index=wait_option(page, "1980s · soviet* (79)"))
        wait_function(page, "() => document.querySelector('.tk-trends table.tk-table')?.textContent"
                               ".includes('1987-Reagan')", timeout=TIMEOUT_MS)
        trends.locator("table.tk-table").first.wait_for()
        listed = trends.locator("table.tk-table").first.inner_text()
        assert "1980-Carter" in listed and "1987-Reagan" in listed
        trends.screenshot(path=str(shots / "lab07_trends_decades.png"))

        trends.locator(".tk-export button").first.click()
        trends.locator(".tk-export", has_text="Saved:").first.wait_for()
        written = sorted(p.suffix for p in (site / "notebooks" / "exports").glob("trends_*"))
        assert written == [".csv", ".json", ".png", ".svg"]
        exported = (site / "notebooks" / "exports").glob("trends_*.csv")
        assert "1980s,soviet*,79," in next(exported).read_text(encoding="utf-8")
    assert_no_tcp_warning(lab)
    print(f"screenshots: {shots}")
