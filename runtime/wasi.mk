# The runtime library built a second time, for wasm32-wasi (docs/wasi.md):
#     make wasi-runtime   ->  $(BUILD)/wasi/lib/libpy2c-runtime.a
#     make golden-wasi    the golden cases as WASI modules under Node
# Included by the Makefile after runtime/unicode_db.mk and
# runtime/stdlib_modules.mk (it uses RUNTIME_CFLAGS, WARN and the generated
# headers, which are target-independent):
#     include runtime/wasi.mk
#
# Toolchain: Debian's clang, lld (wasm-ld), llvm (llvm-ar), wasi-libc,
# libclang-rt-14-dev-wasm32 (compiler builtins), binaryen (wasm-opt).
# Debian's wasi-libc is not a sysroot of its own: its headers are
# /usr/include/wasm32-wasi and its libraries /usr/lib/wasm32-wasi, which
# clang --target=wasm32-wasi finds by itself. Clang then also searches
# /usr/include (the native headers) last; -nostdlibinc drops that, so a
# header wasi-libc lacks is an error instead of a silently wrong native one.
# With another wasi-libc (e.g. wasi-sdk) set WASI_SYSROOT to its sysroot.
#
# Sources: runtime/src/*.c (portable) and runtime/src/wasi/*.{c,S} (the WASI
# platform backend: fibers, and stand-ins for what wasi-libc lacks), never
# runtime/src/native/. runtime/src/wasi/include/ comes first on the include
# path: headers wrapping or replacing wasi-libc's (pwd.h, unistd.h), for the
# POSIX functions portable sources call and WASI lacks (compat.c).
# runtime/src/wasi/start/start.c is not in the library: it becomes
# py2c-wasi-start.o, which every link line names (main runs as a fiber).
#
# Linking a program is two steps (WASI_LINK below; tools/golden_wasi.sh and
# `py2c build --target wasi` do the same):
#   clang --target=wasm32-wasi PROG.o -o PROG.raw.wasm $(WASI_LDFLAGS) $(WASI_LIBS)
#   wasm-opt $(WASI_ASYNCIFY) -O2 PROG.raw.wasm -o PROG.wasm
# No -O on the clang link (it would run wasm-opt itself and drop the names
# the removelist needs); wasm-opt --asyncify instruments what can be on a
# fiber's stack at a switch (docs/wasi.md, runtime/src/wasi/fiber_internal.h).

WASI_CC ?= clang
WASI_AR ?= llvm-ar
WASI_CFLAGS ?= -O2 -g
WASI_SYSROOT ?=
WASI_INCLUDE ?= /usr/include/wasm32-wasi
WASI_TARGET := --target=wasm32-wasi $(if $(WASI_SYSROOT),--sysroot=$(WASI_SYSROOT),-nostdlibinc -isystem $(WASI_INCLUDE))
# getpid: wasi-libc's placeholder (libwasi-emulated-getpid, on the link line).
WASI_RUNTIME_CFLAGS = $(WASI_TARGET) $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -D_WASI_EMULATED_GETPID -Iruntime/src/wasi/include $(RUNTIME_CFLAGS)
# What a generated program's link step adds after its .c file (`py2c --libs
# --target wasi` should print the same). 8 MiB of C stack, as a native main
# thread has: wasm-ld's default of 64 KiB overflows long before the
# recursion limit of 1000 Python frames. --stack-first puts the stack below
# the data, so an overflow traps (out-of-bounds access) instead of silently
# overwriting static data. No -O here: clang would run wasm-opt itself at
# link time (see issue 6); optimise with wasm-opt afterwards.
WASI_STACK_SIZE ?= 8388608
WASI_LDFLAGS := -Wl,-z,stack-size=$(WASI_STACK_SIZE) -Wl,--stack-first
# py2c-wasi-start.o: runtime/src/wasi/start/start.c.
WASI_LIBS = $(BUILD)/wasi/lib/py2c-wasi-start.o -L$(BUILD)/wasi/lib -lpy2c-runtime -lwasi-emulated-getpid -lm

# Asyncify: imports never switch fibers (only the asyncify.* ones, which
# the pass implements); the scheduler's loop and the start-up code run
# outside every fiber and must not be instrumented. This costs seconds of
# wasm-opt per program and makes the code slower, so a program that starts
# no thread (it imports none of threading, queue, concurrent.futures) takes
# WASI_ASYNCIFY_NOTHREADS instead: it only implements the asyncify.* imports
# (instrumenting one leaf), and such a program never switches (a fiber alone
# sleeps in place; a switch there would stop with an error, not misbehave).
WASM_OPT ?= wasm-opt
WASI_ASYNCIFY := --asyncify --pass-arg=asyncify-ignore-imports \
    --pass-arg=asyncify-removelist@py2c__fiber_loop,__main_void
WASI_ASYNCIFY_NOTHREADS := --asyncify --pass-arg=asyncify-onlylist@py2c__wasi_get_sp -O2
# Better for such a program (what `py2c build --target wasi` and
# tools/golden_wasi.sh do): link with WASI_LDFLAGS_NOTHREADS after
# WASI_LDFLAGS and run no wasm-opt at all. --wrap sends the calls of the four
# fiber-switch functions (fiber_switch.c, the only code calling asyncify.*
# imports) to stand-ins in py2c-wasi-start.o that stop with an error, so the
# module has no asyncify.* import. --strip-debug: the runtime's DWARF (wasm-opt
# drops it otherwise). Without wasm-opt the build is seconds faster and the
# code as fast as after wasm-opt -O2 (clang has optimised it already);
# Asyncify's pass, even limited to one function, leaves every function
# flattened, and without -O2 after it the code ran at half speed.
WASI_LDFLAGS_NOTHREADS := -Wl,--wrap=py2c__fiber_switch -Wl,--wrap=py2c__fiber_resumed \
    -Wl,--wrap=py2c__fiber_start_rewind -Wl,--wrap=py2c__fiber_stop_unwind -Wl,--strip-debug
WASI_OPT_LEVEL ?= -O2
# $(call WASI_LINK,OBJECTS,OUT.wasm): links and instruments a program.
# --strip-debug: the runtime's DWARF (2.3 MB), which wasm-opt would keep.
WASI_LINK = $(WASI_CC) --target=wasm32-wasi $(1) -o $(2:.wasm=.raw.wasm) $(WASI_LDFLAGS) $(WASI_LIBS) && \
    $(WASM_OPT) --strip-debug $(WASI_ASYNCIFY) $(WASI_OPT_LEVEL) $(2:.wasm=.raw.wasm) -o $(2) && rm -f $(2:.wasm=.raw.wasm)

WASI_RUNTIME_SRCS := $(wildcard runtime/src/*.c runtime/src/wasi/*.c runtime/src/wasi/*.S)
WASI_RUNTIME_OBJS := $(patsubst %.S,$(BUILD)/wasi/%.o,$(WASI_RUNTIME_SRCS:%.c=$(BUILD)/wasi/%.o))
WASI_RUNTIME_LIB := $(BUILD)/wasi/lib/libpy2c-runtime.a
WASI_START_OBJ := $(BUILD)/wasi/lib/py2c-wasi-start.o

.PHONY: wasi-runtime wasi-check-deps golden-wasi wasi-runtime-test
wasi-runtime: $(WASI_RUNTIME_LIB) $(WASI_START_OBJ)

# Every golden case again as WASI (ends "golden-wasi: N passed, N failed ...").
golden-wasi: all wasi-runtime
	@tools/golden_wasi.sh

# The fiber scheduler's own tests (tests/runtime/wasi/test_fiber.c), as a WASI
# module under Node; then a deadlock, which must be reported (status 1).
WASI_TEST_DIR := $(BUILD)/wasi/tests/runtime
wasi-runtime-test: $(WASI_TEST_DIR)/test_fiber.wasm
	node tools/run_wasm.cjs $<
	@node tools/run_wasm.cjs $< deadlock 2>$(WASI_TEST_DIR)/deadlock.err; status=$$?; \
	if [ $$status = 1 ] && grep -q '^py2c: deadlock: every thread is blocked: main thread 1 (join) thread 2 (lock)$$' $(WASI_TEST_DIR)/deadlock.err; \
	then echo "test_fiber deadlock: 1 passed, 0 failed"; \
	else echo "test_fiber deadlock: 0 passed, 1 failed (status $$status)"; cat $(WASI_TEST_DIR)/deadlock.err; exit 1; fi

$(WASI_TEST_DIR)/test_fiber.o: tests/runtime/wasi/test_fiber.c | wasi-check-deps
	@mkdir -p $(@D)
	$(WASI_CC) $(WASI_CFLAGS) -MMD -MP $(WASI_RUNTIME_CFLAGS) -Itests/runtime -c $< -o $@

$(WASI_TEST_DIR)/test_fiber.wasm: $(WASI_TEST_DIR)/test_fiber.o $(WASI_RUNTIME_LIB) $(WASI_START_OBJ)
	$(call WASI_LINK,$<,$@)

# Names the Debian package for each missing tool.
wasi-check-deps:
	@command -v $(WASI_CC) >/dev/null || { echo "py2c: $(WASI_CC) is missing: apt-get install clang (or run 'make deps')" >&2; exit 2; }
	@command -v wasm-ld >/dev/null || { echo "py2c: wasm-ld is missing: apt-get install lld (or run 'make deps')" >&2; exit 2; }
	@command -v $(WASI_AR) >/dev/null || { echo "py2c: $(WASI_AR) is missing: apt-get install llvm (or run 'make deps')" >&2; exit 2; }
	@test -n "$(WASI_SYSROOT)" || test -f $(WASI_INCLUDE)/stdio.h || { echo "py2c: wasi-libc is missing: apt-get install wasi-libc (or run 'make deps')" >&2; exit 2; }
	@command -v $(WASM_OPT) >/dev/null || { echo "py2c: $(WASM_OPT) is missing: apt-get install binaryen (or run 'make deps')" >&2; exit 2; }
	@test -n "$$(find "$$($(WASI_CC) -print-resource-dir)/lib/wasi" -name 'libclang_rt.builtins-wasm32.a' 2>/dev/null)" || { echo "py2c: the wasm32 compiler builtins are missing: apt-get install libclang-rt-14-dev-wasm32 (or run 'make deps')" >&2; exit 2; }

$(BUILD)/wasi/runtime/%.o: runtime/%.c | wasi-check-deps
	@mkdir -p $(@D)
	$(WASI_CC) $(WASI_CFLAGS) -MMD -MP $(WASI_RUNTIME_CFLAGS) -c $< -o $@

$(BUILD)/wasi/runtime/%.o: runtime/%.S | wasi-check-deps
	@mkdir -p $(@D)
	$(WASI_CC) --target=wasm32-wasi -c $< -o $@

# Tracebacks through the thread pool and threading name CPython's library
# files, as the native objects do (the Makefile's CPYTHON_STDLIB).
$(BUILD)/wasi/runtime/src/mod_concurrent_future.o $(BUILD)/wasi/runtime/src/mod_threading.o: \
    RUNTIME_CFLAGS += -DPY2C_CPYTHON_STDLIB='"$(CPYTHON_STDLIB)"'

# The generated headers, as for the native objects (no .d file on a first build).
$(BUILD)/wasi/runtime/src/unicode.o: $(UNICODE_DB_H)
$(BUILD)/wasi/runtime/src/module.o: $(STDLIB_MODULES_H)

$(WASI_RUNTIME_LIB): $(WASI_RUNTIME_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	$(WASI_AR) rcs $@ $^

$(WASI_START_OBJ): $(BUILD)/wasi/runtime/src/wasi/start/start.o
	@mkdir -p $(@D)
	cp $< $@

-include $(WASI_RUNTIME_OBJS:.o=.d) $(BUILD)/wasi/runtime/src/wasi/start/start.d $(WASI_TEST_DIR)/test_fiber.d
