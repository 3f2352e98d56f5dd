# Command-line behaviour (options, exit statuses, diagnostics form).
TEST_SUITES += cli
.PHONY: cli
cli: bin/py2c wasi-runtime
	@tests/cli/cli_test.sh
# The WASI target end to end: py2c-wasi-run, the fiber scheduler from Python, make install (docs/wasi.md).
TEST_SUITES += cli-wasi
.PHONY: cli-wasi
cli-wasi: all wasi-runtime
	@tests/cli/wasi_test.sh
