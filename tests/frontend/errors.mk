# Frontend syntax-error suite: every tests/frontend/errors/NAME.py with a
# NAME.err must be rejected by py2c with exactly that stderr (NO_COLOR=1, exit
# 1) and by CPython 3.11 at the same place; every case without one is valid
# Python that both accept. `make frontend-errors-update` fills in empty .err
# files (create one to request it), checked against CPython first.
TEST_SUITES += frontend-errors

.PHONY: frontend-errors frontend-errors-update
frontend-errors: bin/py2c
	@$(PYTHON) tests/frontend/errors_run.py bin/py2c tests/frontend/errors

frontend-errors-update: bin/py2c
	@$(PYTHON) tests/frontend/errors_run.py --update bin/py2c tests/frontend/errors
