# Two commands do everything on a fresh clone with Python 3.11+:
#   make demo   set up, start the bundled demo sites, crawl -> archive -> tag -> cluster -> index -> briefing
#   make test   set up and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install browser clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "需要 Python 3.11 或更高版本"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/clippings demo

# Debian's chromium (browser tests, evidence rendering) and LibreOffice (briefing preview, docx → PDF),
# installed when running as root; the tests that need them say so and skip otherwise.
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk \
	     libreoffice-writer-nogui >/dev/null) \
	  || echo "warning: could not install chromium / LibreOffice; the tests that need them will be skipped"; \
	else echo "note: chromium or LibreOffice not found; the tests that need them will be skipped"; fi

test: install browser
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) data .pytest_cache
