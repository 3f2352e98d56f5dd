# Fuzzing (docs/fuzzing.md): libFuzzer targets over the compiler, built with
# clang -fsanitize=fuzzer,address,undefined in their own object tree
# ($(BUILD)/fuzz; build/ itself is untouched). Included from tests/tests.mk.
#
#   make fuzz                 (the suite `fuzz`) builds both targets, runs every
#                             tests/fuzz/regressions/* input through both, then fuzzes
#                             each target for FUZZ_SECONDS (default 60), one after the
#                             other; fails on any crash, leak, timeout (10 s), RSS over
#                             2 GB or UBSan report. FUZZ_SECONDS=0: regressions only.
#   make fuzz-build           only builds $(FUZZ_BUILD)/fuzz_frontend and fuzz_pipeline
#   make fuzz-regressions     the same as FUZZ_SECONDS=0 make fuzz
#   suite `robust`            command-line robustness of bin/py2c (tests/fuzz/robust_test.sh)
#
# Seeds are made afresh at fuzz time (tests/fuzz/seeds.sh): tests/golden/**/*.py,
# tests/frontend/**/*.py, the regression inputs and a sample of python3's
# standard library. Inputs the fuzzer finds interesting accumulate in
# $(FUZZ_BUILD)/corpus/TARGET between runs; crashes go to $(FUZZ_BUILD)/artifacts.
TEST_SUITES += fuzz robust

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 16384
FUZZ_BUILD := $(BUILD)/fuzz
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS := -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) -fsanitize=fuzzer-no-link $(WARN) \
               -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
FUZZ_TARGETS := frontend pipeline
FUZZ_BINS := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

# Every compiler object but the command line's (main.c, driver.c).
FUZZ_SRCS := $(filter-out src/main.c src/driver.c,$(COMPILER_SRCS))
FUZZ_OBJS := $(FUZZ_SRCS:%.c=$(FUZZ_BUILD)/%.o) $(FUZZ_BUILD)/gen/unicode_names_table.o \
             $(FUZZ_BUILD)/grammar/parser.o $(FUZZ_BUILD)/grammar/scanner.o

$(FUZZ_BUILD)/src/%.o: src/%.c | check-deps $(GRAMMAR_SRC)/parser.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -Isrc -Iruntime/include -I$(BUILD)/gen/runtime \
	    -DPY2C_VERSION='"$(VERSION)"' $(PKG_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/src/lower/lw_import.o: $(STDLIB_MODULES_H)

$(FUZZ_BUILD)/gen/unicode_names_table.o: $(UNICODE_NAMES_C)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Isrc -c $< -o $@

$(FUZZ_BUILD)/grammar/%.o: $(GRAMMAR_SRC)/%.c | check-deps
	@mkdir -p $(@D)
	$(FUZZ_CC) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link -std=c11 -w -I$(GRAMMAR_SRC) -c $< -o $@

$(FUZZ_BINS): $(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Isrc -Iruntime/include $(PKG_CFLAGS) \
	    $< $(FUZZ_OBJS) -o $@ $(PKG_LIBS) -lm

-include $(FUZZ_OBJS:.o=.d)

.PHONY: fuzz fuzz-build fuzz-regressions robust
fuzz-build: $(FUZZ_BINS)

# The suite `fuzz`: the regression inputs through both targets, then
# FUZZ_SECONDS of fuzzing per target; last line "fuzz: N passed, N failed".
fuzz: fuzz-build
	@FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) FUZZ_SECONDS=$(FUZZ_SECONDS) PYTHON=$(PYTHON) \
	    tests/fuzz/suite.sh $(FUZZ_TARGETS)

fuzz-regressions: fuzz-build
	@FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=0 tests/fuzz/suite.sh $(FUZZ_TARGETS)

robust: bin/py2c $(RUNTIME_LIB)
	@tests/fuzz/robust_test.sh bin/py2c
