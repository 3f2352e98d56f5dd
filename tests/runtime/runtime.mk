# Runtime unit tests: every tests/runtime/test_*.c is its own program, linked
# with the runtime library; it prints "NAME: N passed, N failed" and exits
# non-zero on failure (see tests/runtime/rt_test.h).
TEST_SUITES += runtime

RUNTIME_TEST_SRCS := $(sort $(wildcard tests/runtime/test_*.c))
RUNTIME_TEST_BINS := $(RUNTIME_TEST_SRCS:tests/runtime/%.c=$(BUILD)/tests/runtime/%)

$(BUILD)/tests/runtime/%: tests/runtime/%.c tests/runtime/rt_test.h $(RUNTIME_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -Iruntime/include -Iruntime/src -DPY2C_BUILDING_RUNTIME -Itests/runtime $< $(RUNTIME_LIB) -o $@ $(RUNTIME_LIBS)

# Headers a test includes (e.g. expectations generated with python3) are dependencies.
-include $(RUNTIME_TEST_BINS:=.d)

.PHONY: runtime
runtime: $(RUNTIME_TEST_BINS)
	@pass=0; fail=0; \
	for t in $(RUNTIME_TEST_BINS); do \
	  if timeout 60 $$t; then pass=$$((pass+1)); else fail=$$((fail+1)); echo "FAIL $$t"; fi; \
	done; \
	echo "runtime: $$pass passed, $$fail failed"; [ $$fail = 0 ]

# The expectations of the runtime tests come from python3: regenerate each
# committed *_cases.h and fail if it differs (part of `make oracle`).
.PHONY: runtime-oracle
runtime-oracle:
	@fail=0; tmp=$$(mktemp); \
	for spec in "test_int_gen.py:test_int_cases.h" "test_int_gen.py --float:test_float_cases.h" \
	            "test_str_gen.py:test_str_cases.h" "test_set_order_gen.py:test_set_order_cases.h"; do \
	  gen=$${spec%%:*}; out=$${spec##*:}; \
	  $(PYTHON) tests/runtime/$$gen > $$tmp && cmp -s $$tmp tests/runtime/$$out \
	    || { echo "runtime-oracle: tests/runtime/$$out differs from python3's ($$gen)"; fail=1; }; \
	done; rm -f $$tmp; \
	$(PYTHON) tests/runtime/test_list_oracle.py || fail=1; \
	exit $$fail
