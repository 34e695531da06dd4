# The two commands a new user needs are `make regenerate` and `make test`; each sets up
# what it needs (a virtualenv with pinned packages, node tools from package-lock.json).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .stamps
# DOCS: the documents to build from, files or folders; the generator reads a folder recursively
# (*.md table chapters, *.mdx pages of the current site; README.md excluded):
#   make regenerate DOCS="../shared/docs"   or   DOCS="a.md b.md"   or   DOCS=../shared/docs-mdx
DOCS := spec/docs
DOC_FILES = $(DOCS)
SPEC := spec/openapi.yaml
CLIENT := generated_client
PORT ?= 8765
HOST ?= 127.0.0.1
SITE ?= build/site
# One build's parts stay together: the warnings and (unless CHANGELOG= says otherwise) the change
# log live beside its spec; the committed spec's change log is the repository's CHANGELOG.md.
SPEC_DIR = $(patsubst %/,%,$(dir $(SPEC)))
CHANGELOG = $(if $(filter spec,$(SPEC_DIR)),CHANGELOG.md,$(SPEC_DIR)/CHANGELOG.md)
# What reading DOCS needs: node joins the virtualenv when an MDX page is among them.
DOCS_TOOLS = venv $(if $(shell find $(DOCS) -name '*.mdx' -print -quit 2>/dev/null),node)
# OVERLAYS: OpenAPI Overlay files applied to the built spec after every spec/overlays/*.yaml
# (corrections from recorded answers, docs/answers.md):  make regenerate OVERLAYS=fix.yaml
OVERLAYS ?=
OVERLAY_DIR := spec/overlays
# The committed overlays correct the committed build (DOCS=spec/docs): another reference's build
# takes only the OVERLAYS= it is given, so no build gets another's corrections.
COMMITTED_OVERLAYS = $(if $(filter spec/docs,$(DOCS)),$(sort $(wildcard $(OVERLAY_DIR)/*.yaml)))
OVERLAY_FILES = $(strip $(COMMITTED_OVERLAYS) $(OVERLAYS))
OVERLAY_ARGS = $(if $(strip $(OVERLAY_FILES)),--overlay $(OVERLAY_FILES))
#: make mock: where Prism listens (SPEC= picks another spec).
MOCK_PORT ?= 4010
REPOSITORY_URL ?=

.PHONY: regenerate spec rules client check warnings test test-fast interop lint typecheck site serve-spec mock dist publish bench fuzz clean venv node

venv: $(STAMPS)/venv
$(STAMPS)/venv: pyproject.toml
	@mkdir -p $(STAMPS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	# The committed client, which the tests import; never CLIENT=, which may not exist yet.
	$(PY) -m pip install --quiet --no-deps -e ./generated_client
	@touch $@

node: $(STAMPS)/node $(STAMPS)/mdx-bundle
$(STAMPS)/node: package.json package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The MDX parser bundled into one file, which node loads in 0.09 s instead of 0.22 s; the parser runs
# it only while it is the bundle of the present script and packages (generator/document/mdx_bundle.py).
$(STAMPS)/mdx-bundle: $(STAMPS)/node generator/document/mdx_tree.mjs generator/document/mdx_bundle.py
	$(PYTHON) -m generator.document.mdx_bundle
	@touch $@

## regenerate: docs -> spec -> client -> formatting; prints what changed in the spec.
regenerate: $(DOCS_TOOLS)
	$(PY) -m generator regenerate $(DOC_FILES) -o $(SPEC) --client $(CLIENT) --report-changes --changelog $(CHANGELOG) $(OVERLAY_ARGS)

spec: $(DOCS_TOOLS)
	$(PY) -m generator spec $(DOC_FILES) -o $(SPEC) $(OVERLAY_ARGS)

## rules: each rule the rule stage understood, each phrase it did not (exit 1 if any).
rules: $(DOCS_TOOLS)
	$(PY) -m generator rules $(DOC_FILES)

client: venv
	$(PY) -m generator client $(SPEC) -o $(CLIENT)

## check: fails when the committed spec or client differ from what regenerating produces.
check: $(DOCS_TOOLS)
	$(PY) -m generator check $(DOC_FILES) --spec $(SPEC) --client $(CLIENT) $(OVERLAY_ARGS)

## lint: our code, and the generated client as its users will see it (ruff, mypy --strict).
lint: venv
	$(VENV)/bin/ruff check generator tests bench
	$(VENV)/bin/ruff format --check generator tests bench
	$(VENV)/bin/mypy
	cd $(CLIENT) && ../$(VENV)/bin/ruff check . && ../$(VENV)/bin/ruff format --check . && ../$(VENV)/bin/mypy --strict threecommas

test: venv node check lint
	$(PY) -m pytest -q -p no:cacheprovider

## interop: the stock generators and linters other teams use, on S1/S2/S3 (docs/interop.md; Java 17).
interop: venv node
	INTEROP=1 $(PY) -m pytest -q -p no:cacheprovider tests/interop

test-fast: venv
	$(PY) -m pytest -q -x -m 'not slow'

## site: the folder to hand to other teams (spec as YAML and JSON, CHANGELOG, Redoc page); any static host serves it.
site: venv node
	$(PY) -m generator.site --spec $(SPEC) --changelog $(CHANGELOG) -o $(SITE) $(OVERLAY_ARGS)

## serve-spec: serves the site; HOST=0.0.0.0 lets other machines in (default 127.0.0.1), PORT (default 8765).
serve-spec: site
	$(PY) -m generator.serve --dir $(SITE) --host $(HOST) --port $(PORT)

## mock: Prism mocks the API described by SPEC on 127.0.0.1 (requests checked; Ctrl-C stops it).
mock: node
	@echo "mock API: http://127.0.0.1:$(MOCK_PORT)   (spec: $(SPEC))"
	@echo "  export THREECOMMAS_BASE_URL=http://127.0.0.1:$(MOCK_PORT) THREECOMMAS_API_KEY=mock THREECOMMAS_API_SECRET=mock"
	node_modules/.bin/prism mock --errors -h 127.0.0.1 -p $(MOCK_PORT) $(SPEC)

dist: venv
	rm -rf $(CLIENT)/dist
	$(PY) -m build --outdir $(CLIENT)/dist $(CLIENT)
	$(VENV)/bin/twine check --strict $(CLIENT)/dist/*

publish: dist
	@test -n "$(REPOSITORY_URL)" || { echo "set REPOSITORY_URL (and TWINE_USERNAME / TWINE_PASSWORD)"; exit 2; }
	$(VENV)/bin/twine upload --non-interactive --repository-url "$(REPOSITORY_URL)" $(CLIENT)/dist/*

bench: venv node
	$(PY) bench/run.py

fuzz: venv
	FUZZ_PROFILE=long $(PY) -m pytest -q -p no:cacheprovider tests/robustness/test_fuzz_parser.py -s

clean:
	rm -rf $(VENV) $(STAMPS) node_modules $(CLIENT)/dist build
## warnings: every warning of the build of SPEC (the warnings.txt beside it).
warnings:
	@cat $(SPEC_DIR)/warnings.txt
	@for overlay in $(OVERLAY_FILES); do echo "overlay applied: $$overlay"; done
