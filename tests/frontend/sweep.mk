# The standard-library sweep (docs/sweep.md): py2c's frontend and CPython's
# compile() on every .py file of python3's standard library. Fails on a crash,
# a hang or a false syntax error. build/tests/sweep links the frontend objects.
TEST_SUITES += sweep

SWEEP_BIN := $(BUILD)/tests/sweep
SWEEP_OBJS = $(filter $(BUILD)/src/common/% $(BUILD)/src/ir/% $(BUILD)/src/frontend/%,$(COMPILER_OBJS)) $(GRAMMAR_OBJS)

$(SWEEP_BIN): tests/frontend/sweep.c $(SWEEP_OBJS) | check-deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Isrc $(PKG_CFLAGS) tests/frontend/sweep.c $(SWEEP_OBJS) -o $@ $(PKG_LIBS) -lm

.PHONY: sweep
sweep: $(SWEEP_BIN)
	@$(PYTHON) tests/frontend/sweep.py $(SWEEP_BIN)
