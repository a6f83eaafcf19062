# Two commands set everything up on a fresh machine:
#   make run   - create .venv, install, build the model, classify the example budget, report
#   make test  - same venv, whole test suite (what CI runs through .ci/run)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
EXAMPLE := workbook_templates/exemple_budget.xlsx

.PHONY: install run test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/verdir model build
	$(BIN)/verdir classify $(EXAMPLE) -o $(OUT)/exemple_budget_classe.xlsx
	$(BIN)/verdir report $(OUT)/exemple_budget_classe.xlsx -o $(OUT)/rapport.html
	$(BIN)/verdir report $(OUT)/exemple_budget_classe.xlsx -o $(OUT)/tableau_de_bord.xlsx
	@echo "Résultats : $(OUT)/exemple_budget_classe.xlsx, $(OUT)/rapport.html, $(OUT)/tableau_de_bord.xlsx"

test: install
	$(BIN)/ruff check .
	$(BIN)/verdir model build
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/bench_classify.py

clean:
	rm -rf $(OUT) build dist *.egg-info .pytest_cache .ruff_cache
