# Golden programs under sanitizers and valgrind (docs/testing.md).
#   make test-sanitize   runtime + programs built with ASan+UBSan; every golden case must pass,
#                        with LeakSanitizer on
#   make test-valgrind   programs under valgrind --leak-check=full; any error or leak fails
# Cases that build reference cycles on purpose say `# py2c-test: reference-cycles`
# in their first line: they leak by design until a cycle collector exists, so
# they run with leak checking off (memory errors still fail them).
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
ASAN_BUILD := $(BUILD)/asan
GOLDEN_CASES = $(sort $(wildcard tests/golden/*/*.py))
CYCLE_CASES = $(shell grep -l '^\# py2c-test: reference-cycles' $(GOLDEN_CASES))
ACYCLIC_CASES = $(filter-out $(CYCLE_CASES),$(GOLDEN_CASES))
comma := ,
VALGRIND := valgrind -q --error-exitcode=99

# The programs themselves are compiled at -O0 (ASAN_PROG_FLAGS): instrumented just
# the same, but four times faster to compile than -O1, and compiling is most of
# the suite's time; the runtime library, where the programs spend their time, is -O1.
ASAN_PROG_FLAGS := -O0 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
# Part of `make test` (tests/tests.mk); ends with "sanitize: N passed, N failed".
TEST_SUITES += test-sanitize

.PHONY: test-sanitize test-valgrind
test-sanitize: all
	@$(MAKE) --no-print-directory BUILD=$(ASAN_BUILD) CFLAGS="$(ASAN_FLAGS)" $(ASAN_BUILD)/lib/libpy2c-runtime.a
	@export GOLDEN_RUN_TIMEOUT=120 GOLDEN_TIMEOUT=300 UBSAN_OPTIONS=print_stacktrace=1 GOLDEN_CFLAGS="$(ASAN_PROG_FLAGS)" \
	  GOLDEN_LIBS="-L$(CURDIR)/$(ASAN_BUILD)/lib -lpy2c-runtime -luv -lpthread -lm"; \
	log=$$(mktemp); \
	$(if $(ACYCLIC_CASES),ASAN_OPTIONS=detect_leaks=1 tests/golden/run.sh $(ACYCLIC_CASES) >$$log 2>&1;) \
	$(if $(CYCLE_CASES),ASAN_OPTIONS=detect_leaks=0 tests/golden/run.sh $(CYCLE_CASES) >>$$log 2>&1;) \
	grep -v '^PASS \|^golden: ' $$log; \
	p=$$(awk '/^golden: /{n+=$$2} END{print n+0}' $$log); f=$$(awk '/^golden: /{n+=$$4} END{print n+0}' $$log); \
	runs=$$(grep -c '^golden: ' $$log); rm -f $$log; \
	expected=$(if $(ACYCLIC_CASES),1,0); expected=$$((expected + $(if $(CYCLE_CASES),1,0))); \
	[ "$$runs" = "$$expected" ] || { echo "test-sanitize: a golden run did not finish"; f=$$((f + 1)); }; \
	echo "sanitize: $$p passed, $$f failed"; [ "$$f" = 0 ]

test-valgrind: all
	@command -v valgrind >/dev/null || { echo "test-valgrind: valgrind is missing (apt-get install valgrind)"; exit 2; }
	@export GOLDEN_CFLAGS="-O0 -g" GOLDEN_RUN_TIMEOUT=240 GOLDEN_TIMEOUT=400; \
	$(if $(ACYCLIC_CASES),GOLDEN_WRAP="$(VALGRIND) --leak-check=full --errors-for-leak-kinds=definite$(comma)indirect" tests/golden/run.sh $(ACYCLIC_CASES),true) && \
	$(if $(CYCLE_CASES),GOLDEN_WRAP="$(VALGRIND) --leak-check=no" tests/golden/run.sh $(CYCLE_CASES),true)
