# The concurrency tests under ThreadSanitizer (docs/testing.md).
#   make test-tsan   builds the runtime with clang -fsanitize=thread into $(BUILD)/tsan, then runs
#                    the runtime's concurrency tests (platform, channel, threadsafe) and the
#                    concurrency golden programs (tests/golden/threading*/, queue/, futures/,
#                    threads_stress/) built against it; any TSan report fails the run.
# Ends with "tsan: N passed, N failed". Included from tests/tests.mk.
TSAN_CC ?= clang
TSAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=thread
# The golden programs at -O0 (faster to compile; the runtime, -O1, does the work).
TSAN_PROG_FLAGS := -O0 -g -fno-omit-frame-pointer -fsanitize=thread
TSAN_BUILD = $(BUILD)/tsan
TSAN_RUNTIME_TESTS := test_platform test_channel test_threadsafe
TSAN_GOLDEN_CASES = $(sort $(wildcard tests/golden/threading*/*.py tests/golden/queue/*.py \
                                      tests/golden/futures/*.py tests/golden/threads_stress/*.py \
                                      tests/golden/classes/*threads*.py tests/golden/perf/*threads*.py))
# halt_on_error: the first report fails the program (the golden runner sees its status and stderr).
TSAN_ENV := TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"

# Part of `make test` (tests/tests.mk).
TEST_SUITES += test-tsan

.PHONY: test-tsan
test-tsan: all
	@command -v $(TSAN_CC) >/dev/null || { echo "test-tsan: $(TSAN_CC) is missing (apt-get install clang)"; exit 2; }
	@$(MAKE) --no-print-directory BUILD=$(TSAN_BUILD) CC=$(TSAN_CC) CFLAGS="$(TSAN_FLAGS)" \
	  $(TSAN_BUILD)/lib/libpy2c-runtime.a $(TSAN_RUNTIME_TESTS:%=$(TSAN_BUILD)/tests/runtime/%)
	@pass=0; fail=0; \
	for t in $(TSAN_RUNTIME_TESTS); do \
	  if $(TSAN_ENV) timeout 600 $(TSAN_BUILD)/tests/runtime/$$t; then pass=$$((pass+1)); \
	  else fail=$$((fail+1)); echo "FAIL $$t under TSan"; fi; \
	done; \
	if [ -n "$(TSAN_GOLDEN_CASES)" ]; then \
	  if $(TSAN_ENV) CC=$(TSAN_CC) GOLDEN_CFLAGS="$(TSAN_PROG_FLAGS)" GOLDEN_TIMEOUT=300 GOLDEN_RUN_TIMEOUT=240 \
	     GOLDEN_LIBS="-L$(abspath $(TSAN_BUILD))/lib -lpy2c-runtime $(RUNTIME_LIBS)" \
	     tests/golden/run.sh $(TSAN_GOLDEN_CASES) >$(TSAN_BUILD)/golden.log 2>&1; then :; fi; \
	  grep -v '^PASS ' $(TSAN_BUILD)/golden.log; \
	  gp=$$(sed -n 's/^golden: \([0-9]*\) passed, \([0-9]*\) failed/\1/p' $(TSAN_BUILD)/golden.log); \
	  gf=$$(sed -n 's/^golden: \([0-9]*\) passed, \([0-9]*\) failed/\2/p' $(TSAN_BUILD)/golden.log); \
	  pass=$$((pass+$${gp:-0})); fail=$$((fail+$${gf:-1})); \
	fi; \
	echo "tsan: $$pass passed, $$fail failed"; [ $$fail = 0 ]
