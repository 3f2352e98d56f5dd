# The compile invariant and the resource-limit cases (docs/testing.md),
# included from tests/tests.mk.
#   make compile   py2c's C for every golden program and every stdlib-sweep file it
#                  accepts compiles with gcc and clang -std=c11 -Wall -Wextra -Werror;
#                  what it rejects, it rejects with exit 1 and an error: diagnostic
#                  (COMPILE_ARGS=--golden or --stdlib: one part)
#   make limits    programs under a pipe whose reader is gone and under ulimit -v:
#                  BrokenPipeError / MemoryError exactly as python3 (tests/compile/limits/)
TEST_SUITES += compile limits

.PHONY: compile limits limits-update
compile: all
	@tests/compile/compile_test.sh $(COMPILE_ARGS)

limits: all
	@tests/compile/limits_test.sh

limits-update: all
	@tests/compile/limits_test.sh --update
