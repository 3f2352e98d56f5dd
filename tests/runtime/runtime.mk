# Runtime unit tests: every tests/runtime/test_*.c is its own program, linked
# with the runtime library; it prints "NAME: N passed, N failed" and exits
# non-zero on failure (see tests/runtime/rt_test.h).
TEST_SUITES += runtime

RUNTIME_TEST_SRCS := $(sort $(wildcard tests/runtime/test_*.c))
RUNTIME_TEST_BINS := $(RUNTIME_TEST_SRCS:tests/runtime/%.c=$(BUILD)/tests/runtime/%)

$(BUILD)/tests/runtime/%: tests/runtime/%.c tests/runtime/rt_test.h $(RUNTIME_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -Iruntime/include -Iruntime/src -DPY2C_BUILDING_RUNTIME -Itests/runtime $< $(RUNTIME_LIB) -o $@ -lm

# Headers a test includes (e.g. expectations generated with python3) are dependencies.
-include $(RUNTIME_TEST_BINS:=.d)

.PHONY: runtime
runtime: $(RUNTIME_TEST_BINS)
	@pass=0; fail=0; \
	for t in $(RUNTIME_TEST_BINS); do \
	  if timeout 60 $$t; then pass=$$((pass+1)); else fail=$$((fail+1)); echo "FAIL $$t"; fi; \
	done; \
	echo "runtime: $$pass passed, $$fail failed"; [ $$fail = 0 ]
