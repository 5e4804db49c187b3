# KOMM Hub. `make run` serves the demo site; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run install install-dev install-browser migrate demo test test-fast test-browser test-faults fuzz lint format messages clean serve-production backup restore bench

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

# The demo site's address (feeds, sitemap and API links) is the one `make run` serves.
demo: migrate
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py load_demo

run: demo
	@echo "KOMM Hub: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production stack on this machine: PostgreSQL, Redis, gunicorn, WhiteNoise and the task
# worker, with production settings (plain HTTP on loopback only).
PROD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/komm
PROD_REDIS_URL ?= redis://127.0.0.1:6379/0
PROD_ENV = DJANGO_SETTINGS_MODULE=komm_site.settings.production KOMM_DEMO=true DATABASE_URL=$(PROD_DATABASE_URL) \
	REDIS_URL=$(PROD_REDIS_URL) DJANGO_SECRET_KEY="$$(cat .secret_key)" \
	DJANGO_SECURE_SSL_REDIRECT=false DJANGO_SECURE_COOKIES=false DJANGO_SECURE_HSTS_SECONDS=0 \
	DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) \
	KOMM_TASK_BACKEND=database PORT=$(PORT)

.secret_key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve-production: install .secret_key
	createdb --maintenance-db="$(dir $(PROD_DATABASE_URL))postgres" "$(notdir $(PROD_DATABASE_URL))" 2>/dev/null || true
	$(PROD_ENV) $(PY) manage.py migrate --noinput
	$(PROD_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(PROD_ENV) $(PY) manage.py load_demo --accounts
	@echo "KOMM Hub (production settings): http://127.0.0.1:$(PORT)/"
	$(PROD_ENV) sh -c '$(PY) manage.py db_worker & worker=$$!; \
		trap "kill $$worker" EXIT INT TERM; \
		$(VENV)/bin/gunicorn -c komm_site/gunicorn.py komm_site.wsgi'

# Backups of the configured database (DATABASE_URL) and the media folder.
BACKUP_DIR ?= backups

backup: install
	$(PY) manage.py backup_site --to $(BACKUP_DIR)

# make restore FROM=backups/20261125-120000 (into an empty database: create it first)
restore: install
	@test -n "$(FROM)" || (echo "usage: make restore FROM=$(BACKUP_DIR)/<folder>"; exit 2)
	$(PY) manage.py restore_site $(FROM)

# Requests/s, latency, queries and memory of the production stack (gunicorn, PostgreSQL
# database komm_bench, Redis when running) with a large dataset; bench/results.md and .json.
# BENCH_ARGS="--rebuild" refills the database, "--only home search" measures fewer pages.
bench: install-dev .secret_key
	command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	$(PY) bench/run.py $(BENCH_ARGS)

# The browser tests run in a session of their own: their live server writes real data.
test: test-fast test-browser test-faults

test-fast: install-dev
	$(PY) -m pytest -m "not browser and not faults"

test-browser: install-browser
	$(PY) -m pytest -m browser

# Real gunicorn servers, PostgreSQL (a throwaway cluster for the outage), Redis database 9, an
# SMTP server and the task worker; databases are named from KOMM_FAULTS_DB_PREFIX.
test-faults: install-dev
	$(PY) -m pytest -m faults

# The hardening run: 5,000 generated submissions per public form (test-fast runs a short one).
fuzz: install-dev
	KOMM_FUZZ_PROFILE=full $(PY) -m pytest -m fuzz

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
	rm -rf $(VENV) db.sqlite3 media static .test-media .secret_key
