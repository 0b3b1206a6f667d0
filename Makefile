# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench screenshots translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	@$(BIN)/python tools/build_translations.py

run: $(STAMP) translations
	$(BIN)/workshop-app --open-demo

test: $(STAMP) translations
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

bench: $(STAMP) translations
	$(BIN)/python benchmarks/run.py

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_projector.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_phones.py
	$(BIN)/python tools/screenshots_room.py  # the real app on a real X server with three monitors

clean:
	rm -rf $(VENV) build *.egg-info
