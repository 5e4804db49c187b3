# KOMM Hub. `make run` serves the demo site; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run install install-dev install-browser migrate demo test test-fast test-browser lint format messages clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Debian's Chromium (tests never download a browser) and axe-core from npm.
install-browser: install-dev
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	@echo "KOMM Hub: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The browser tests run in a session of their own: their live server writes real data.
test: test-fast test-browser

test-fast: install-dev
	$(PY) -m pytest -m "not browser"

test-browser: install-browser
	$(PY) -m pytest -m browser

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# Extracting strings needs GNU gettext (xgettext); compiling needs only Python (polib).
messages: install
	$(PY) manage.py makemessages --all --ignore=.venv --no-obsolete
	$(PY) manage.py compile_translations

clean:
	rm -rf $(VENV) db.sqlite3 media static .test-media
