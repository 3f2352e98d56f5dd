# Test targets, included from the Makefile.
#
# Every suite is a make target that prints one line "SUITE: N passed, N failed"
# as its last line and exits non-zero when anything failed. `make test` runs all
# suites (each even when an earlier one failed) and ends with the total line
# "N passed, N failed", as CI reads it.

TEST_SUITES :=

include $(wildcard tests/unit/unit.mk tests/cli/cli.mk tests/frontend/*.mk tests/runtime/runtime.mk tests/golden/golden.mk tests/compile/compile.mk tests/sanitize.mk tests/tsan.mk tests/types/types.mk tests/fuzz/fuzz.mk)

# Every golden case again as a WASI module under Node (runtime/wasi.mk,
# tools/golden_wasi.sh; issue 6): a case is green only when both the native
# suite `golden` and this one pass it. Builds the WASI runtime first.
TEST_SUITES += golden-wasi

# Sets everything up first, so that `make test` works on a fresh machine.
test:
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	@tools/run_suites.sh $(TEST_SUITES)
