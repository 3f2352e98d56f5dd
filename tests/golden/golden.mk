# Golden tests (docs/golden-tests.md), included from tests/tests.mk.
#   make golden          check every case (ends "golden: N passed, N failed")
#   make golden-update   rewrite expected .c files; review the diff like code
#   make oracle          check every .out/.err/.status against python3
TEST_SUITES += golden

golden: all
	@tests/golden/run.sh

golden-update: all
	@tests/golden/run.sh --update

oracle: runtime-oracle
	@tests/golden/run.sh --oracle
