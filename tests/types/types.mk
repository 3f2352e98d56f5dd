# Type inference (docs/types.md): expected `--emit=types` dumps of tests/types/*.py
# and the soundness check against CPython (tests/types/check_sound.py).
TEST_SUITES += types
.PHONY: types types-all
types: bin/py2c
	@tests/types/run.sh
# The soundness check over every bench/*.py and tests/golden/**/*.py too (minutes).
types-all: bin/py2c
	@tests/types/run.sh --all
