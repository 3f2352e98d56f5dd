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
# py2c's warnings: names, -Werror, -Wno-NAME, -w, in JSON; --no-line-directives (docs/cli.md).
TEST_SUITES += cli-warnings
.PHONY: cli-warnings
cli-warnings: bin/py2c
	@tests/cli/warnings_test.sh
# gdb on generated C through its #line directives (docs/debugging.md); fails without gdb.
TEST_SUITES += cli-gdb
.PHONY: cli-gdb
cli-gdb: all
	@tests/cli/gdb_test.sh
# examples/Makefile (py2c -MD, native and WASI, make -j; docs/makefile.md).
TEST_SUITES += cli-examples
.PHONY: cli-examples
cli-examples: all wasi-runtime
	@tests/cli/examples_test.sh
# make install/uninstall: man page, pkg-config, a build from the installed files (docs/guide.md).
TEST_SUITES += cli-install
.PHONY: cli-install
cli-install: all wasi-runtime
	@tests/cli/install_test.sh
