# Command-line behaviour (options, exit statuses, diagnostics form).
TEST_SUITES += cli
.PHONY: cli
cli: bin/py2c
	@tests/cli/cli_test.sh
