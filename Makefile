# Two commands do everything on a fresh machine (Python 3.10+ with pip; no conda needed):
#   make lab    create .venv, install, open JupyterLab on the project with notebooks/00_start_here.ipynb
#   make test   create .venv, install with test tools, run the whole test suite offline
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8888

.PHONY: lab voila test bench strip clean-venv

# Python writes each module's byte-code on its first import (its default; some machines turn it off
# with PYTHONDONTWRITEBYTECODE, which makes every kernel and server the tests start recompile).
export PYTHONDONTWRITEBYTECODE :=

# scripts/install.sh: venv, install (uv), compile (the Cython twins), one timed line each.
$(STAMP): pyproject.toml setup.py toolkit/fast/tokens.py toolkit/fast/vader.py toolkit/fast/punkt.py toolkit/fast/count.py
	@bash scripts/install.sh $(PYTHON) $(VENV)
	@touch $(STAMP)

# The servers listen on this machine only.  Another HOST (e.g. an exported HOST=0.0.0.0) is refused
# unless asked for explicitly with ALLOW_NETWORK=1, and then warned about: anyone who can reach the
# port and has the token can run code as you.
check-host:
	@case "$(HOST)" in 127.[0-9]*|localhost|::1|\[::1\]) ;; \
	*) if [ "$(ALLOW_NETWORK)" = 1 ]; then \
	     echo "make: warning: serving on HOST=$(HOST): anyone on the network who has the token can run code as you" >&2; \
	   else \
	     echo "make: refusing HOST=$(HOST): it opens the server to the network. Use HOST=127.0.0.1, or add ALLOW_NETWORK=1 if you mean it" >&2; \
	     exit 2; \
	   fi;; \
	esac

# A token generated for each `make lab` and given explicitly (so no configuration can turn it off).
lab: LAB_TOKEN = $(shell $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(32))')
# Kernels talk to the server over local IPC sockets (over TCP, ipykernel warns "running over TCP without
# encryption" in the log), unless Jupyter's runtime folder, where the sockets go, has a path too long for
# a Unix socket name (about 107 bytes with the kernel's id): then TCP on 127.0.0.1, as Jupyter's default.
lab: KERNEL_TRANSPORT = $(shell $(PY) -c 'from jupyter_core.paths import jupyter_runtime_dir as d; print("ipc" if len(d().encode()) <= 50 else "tcp")' 2>/dev/null || echo tcp)

# JupyterLab on 127.0.0.1 only, with a generated token (in the URL it prints and opens).
# It serves the project folder and opens the workspace "toolkit": the file browser at the project
# root (notebooks/ and seeds/) and notebooks/00_start_here.ipynb open (scripts/lab_workspace.json,
# copied into .venv on the first `make lab`; JupyterLab then keeps the layout you leave).
LAB_WORKSPACE := $(VENV)/lab-workspaces/.imported
$(LAB_WORKSPACE): scripts/lab_workspace.json | $(STAMP)
	@$(PY) -c "import sys, pathlib; from jupyterlab_server.workspaces_handler import WorkspacesManager as W; W(sys.argv[1]).save('toolkit', pathlib.Path(sys.argv[2]).read_text())" $(@D) $<
	@touch $@

lab: check-host $(STAMP) $(LAB_WORKSPACE)
	$(VENV)/bin/jupyter lab --ip=$(HOST) --port=$(PORT) --IdentityProvider.token=$(LAB_TOKEN) $(if $(filter 0,$(shell id -u)),--allow-root,) --ServerApp.root_dir=. --LabApp.workspaces_dir=$(VENV)/lab-workspaces --LabApp.default_url=/lab/workspaces/toolkit --KernelManager.transport=$(KERNEL_TRANSPORT)

# Voilà serves the start notebook as an app on 127.0.0.1 with a generated token (open the URL it prints).
# Its kernels talk to it over IPC sockets in a temporary folder (ipykernel warns on every page that TCP is
# unencrypted; IPC is not on the network at all).
voila: check-host $(STAMP)
	$(VENV)/bin/voila --Voila.ip=$(HOST) --port=$(PORT) --token --no-browser --KernelManager.transport=ipc notebooks/00_start_here.ipynb

# The test suite runs with NLTK_DATA pointing at an empty folder: nothing may need nltk_data.
# The browser tests need Chromium: installed here with apt-get when running as root (CI),
# skipped with a clear reason elsewhere.  scripts/run_tests.sh: pytest-xdist spreads the tests over the
# cores (TEST_JOBS=0: one process, no workers), whole files at a time, the longest first
# (tests/conftest.py); the browser tests, which mostly wait, run in a process of their own beside them.
TEST_JOBS ?= auto
test: $(STAMP)
	@bash scripts/ensure_chromium.sh || true
	@bash scripts/run_tests.sh $(PY) $(TEST_JOBS)

# Speed and accuracy figures (they print; nothing is asserted): the whole pipeline against NLTK, in
# one process and as whole processes, the first answer, the fast exact paths, widget response times,
# bad inputs at growing sizes, instructions per article (valgrind), entities and quotations (speed and
# the dev-set evaluations).
bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_pipeline.py --text distinct --rounds 3 --whole-process-only
	$(PY) benchmarks/bench_first_answer.py --rounds 5
	$(PY) benchmarks/bench_fastpath.py
	$(PY) benchmarks/bench_widgets.py
	$(PY) benchmarks/bench_bad_input.py --quick
	$(PY) benchmarks/bench_instructions.py
	$(PY) benchmarks/bench_entities.py
	$(PY) benchmarks/bench_quotes.py
	$(PY) benchmarks/eval_entities.py
	$(PY) benchmarks/eval_quotes.py

strip: $(STAMP)
	$(VENV)/bin/nbstripout notebooks/*.ipynb

clean-venv:
	rm -rf $(VENV)
