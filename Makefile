# py2c — Python 3 to C11 transpiler. Plain GNU Makefile.
#   make            build bin/py2c and the runtime library
#   make deps       install what is missing (Debian packages, the pinned grammar)
#   make test       unit, frontend and golden tests (ends with "N passed, N failed")
#   make demo       transpile, build and run examples/hello.py
# See README.md and docs/.

.DEFAULT_GOAL := all

PREFIX ?= /usr/local
DESTDIR ?=
CC ?= cc
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config
PYTHON ?= python3

WARN := -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wswitch
override CFLAGS += $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
DEPS_PKGS := tree-sitter libcjson
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(DEPS_PKGS) 2>/dev/null)
PKG_LIBS = $(shell $(PKG_CONFIG) --libs $(DEPS_PKGS) 2>/dev/null) -lunistring

BUILD := build
GRAMMAR_SRC := grammar/node_modules/tree-sitter-python/src

COMPILER_SRCS := $(wildcard src/*.c src/common/*.c src/ir/*.c src/frontend/*.c src/lower/*.c src/emit/*.c src/types/*.c)
COMPILER_OBJS := $(COMPILER_SRCS:%.c=$(BUILD)/%.o)
GRAMMAR_OBJS := $(BUILD)/grammar/parser.o $(BUILD)/grammar/scanner.o

RUNTIME_SRCS := $(wildcard runtime/src/*.c runtime/src/native/*.c)
RUNTIME_OBJS := $(RUNTIME_SRCS:%.c=$(BUILD)/%.o)
RUNTIME_LIB := $(BUILD)/lib/libpy2c-runtime.a
RUNTIME_CFLAGS := -Iruntime/include -Iruntime/src -DPY2C_BUILDING_RUNTIME $(shell $(PKG_CONFIG) --cflags libuv 2>/dev/null)
# What programs linked with the runtime need besides it (threads on libuv).
RUNTIME_LIBS := $(shell $(PKG_CONFIG) --libs libuv 2>/dev/null || echo -luv) -lpthread -lm
# runtime/src/unicode.c's tables, generated from python3's unicodedata at build time.
include runtime/unicode_db.mk
include runtime/stdlib_modules.mk
# The runtime built a second time for wasm32-wasi (docs/wasi.md): make wasi-runtime, make golden-wasi.
include runtime/wasi.mk

VERSION := $(shell cat VERSION)

.PHONY: all deps grammar test unit-test frontend-test golden golden-update oracle sweep demo \
        install uninstall clean check-deps test-sanitize
all: bin/py2c $(RUNTIME_LIB)

# ---- dependencies ---------------------------------------------------------
deps:
	@tools/deps.sh

$(GRAMMAR_SRC)/parser.c: grammar/package.json grammar/package-lock.json
	@command -v npm >/dev/null || { echo "py2c: npm is missing: run 'make deps'" >&2; exit 2; }
	cd grammar && npm ci --ignore-scripts --omit=peer --no-audit --no-fund --loglevel=error
	@touch $@

# npm ci brings scanner.c together with parser.c (touched so it is not older).
$(GRAMMAR_SRC)/scanner.c: $(GRAMMAR_SRC)/parser.c
	@test -f $@ && touch $@

grammar: $(GRAMMAR_SRC)/parser.c

check-deps:
	@$(PKG_CONFIG) --exists $(DEPS_PKGS) || { echo "py2c: missing libraries ($(DEPS_PKGS)): run 'make deps'" >&2; exit 2; }
	@echo '#include <uninorm.h>' | $(CC) -E - >/dev/null 2>&1 || { echo "py2c: missing libunistring-dev: run 'make deps'" >&2; exit 2; }
	@$(PKG_CONFIG) --exists libuv || { echo "py2c: missing libuv1-dev: run 'make deps'" >&2; exit 2; }

# ---- the compiler -----------------------------------------------------------
# The generated Unicode name table (\N{NAME} escapes) is one more frontend object.
include src/frontend/unicode_names.mk
COMPILER_OBJS += $(UNICODE_NAMES_OBJ)

$(BUILD)/grammar/%.o: $(GRAMMAR_SRC)/%.c | check-deps
	@mkdir -p $(@D)
	$(CC) -O2 -g -std=c11 -w -I$(GRAMMAR_SRC) -c $< -o $@

$(BUILD)/src/%.o: src/%.c | check-deps $(GRAMMAR_SRC)/parser.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -Isrc -Iruntime/include -I$(BUILD)/gen/runtime -DPY2C_VERSION='"$(VERSION)"' $(PKG_CFLAGS) -c $< -o $@

# The compiler knows which modules the runtime provides (runtime/stdlib_modules.mk).
$(BUILD)/src/lower/lw_import.o: $(STDLIB_MODULES_H)

# The grammar must load into Debian's tree-sitter (ABI 14); fail early and clearly if not.
$(BUILD)/grammar/abi-ok: tools/grammar_check.c $(GRAMMAR_OBJS)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) $^ -o $(BUILD)/grammar/grammar_check $(PKG_LIBS)
	$(BUILD)/grammar/grammar_check
	@touch $@

bin/py2c: $(COMPILER_OBJS) $(GRAMMAR_OBJS) $(BUILD)/grammar/abi-ok
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) $(COMPILER_OBJS) $(GRAMMAR_OBJS) -o $@ $(PKG_LIBS) -lm

# ---- the runtime ------------------------------------------------------------
$(BUILD)/runtime/%.o: runtime/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP $(RUNTIME_CFLAGS) -c $< -o $@

# threading's and concurrent.futures' tracebacks name CPython's own library files, as CPython
# prints them: where python3 keeps its standard library on this machine.
CPYTHON_STDLIB := $(shell $(PYTHON) -c 'import sysconfig; print(sysconfig.get_path("stdlib"))' 2>/dev/null || echo /usr/lib/python3.11)
$(BUILD)/runtime/src/mod_concurrent_future.o $(BUILD)/runtime/src/mod_threading.o: RUNTIME_CFLAGS += -DPY2C_CPYTHON_STDLIB='"$(CPYTHON_STDLIB)"'

$(RUNTIME_LIB): $(RUNTIME_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

-include $(COMPILER_OBJS:.o=.d) $(RUNTIME_OBJS:.o=.d)

# ---- tests ------------------------------------------------------------------
include tests/tests.mk
# make bench: py2c against CPython side by side (docs/performance.md); not part of make test.
include bench/bench.mk

# ---- demo, install ----------------------------------------------------------
demo:
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	bin/py2c examples/hello.py -o $(BUILD)/hello.c
	bin/py2c build examples/hello.py -o $(BUILD)/hello
	$(BUILD)/hello

# Installs the compiler, the runtime (native and WASI) and the WASI runner:
#   <prefix>/bin/py2c, <prefix>/bin/py2c-wasi-run, <prefix>/include/py2c{.h,/},
#   <prefix>/lib/libpy2c-runtime.a, <prefix>/lib/pkgconfig/py2c-runtime.pc,
#   <prefix>/lib/wasm32-wasi/{libpy2c-runtime.a,py2c-wasi-start.o},
#   <prefix>/share/py2c/run_wasm.cjs, <mandir>/man1/py2c.1 (docs/py2c.1)
# (the layout src/driver.c looks for next to an installed py2c). The WASI
# runtime is a prerequisite, built here if needed: `make deps` installs its
# toolchain, and an install without it could not build --target wasi.
# py2c-runtime.pc names PREFIX: for a staged install (DESTDIR) point
# pkg-config at it with PKG_CONFIG_SYSROOT_DIR=$(DESTDIR) (docs/guide.md).
# Its Libs list libuv & co. too, since the runtime is a static library.
PY2C_WASI_DIR = $(DESTDIR)$(PREFIX)/lib/wasm32-wasi
MANDIR ?= $(PREFIX)/share/man
install: all wasi-runtime
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/py2c \
	    $(PY2C_WASI_DIR) $(DESTDIR)$(PREFIX)/share/py2c $(DESTDIR)$(MANDIR)/man1
	install -m 755 bin/py2c $(DESTDIR)$(PREFIX)/bin/py2c
	install -m 755 bin/py2c-wasi-run $(DESTDIR)$(PREFIX)/bin/py2c-wasi-run
	install -m 644 $(RUNTIME_LIB) $(DESTDIR)$(PREFIX)/lib/libpy2c-runtime.a
	install -m 644 runtime/include/py2c.h $(DESTDIR)$(PREFIX)/include/py2c.h
	install -m 644 runtime/include/py2c/*.h $(DESTDIR)$(PREFIX)/include/py2c/
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' -e 's|@LIBS@|$(RUNTIME_LIBS)|g' \
	    runtime/py2c-runtime.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/py2c-runtime.pc
	install -m 644 $(WASI_RUNTIME_LIB) $(WASI_START_OBJ) $(PY2C_WASI_DIR)/
	install -m 644 tools/run_wasm.cjs $(DESTDIR)$(PREFIX)/share/py2c/run_wasm.cjs
	install -m 644 docs/py2c.1 $(DESTDIR)$(MANDIR)/man1/py2c.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/py2c $(DESTDIR)$(PREFIX)/lib/libpy2c-runtime.a \
	      $(DESTDIR)$(PREFIX)/include/py2c.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/py2c-runtime.pc \
	      $(DESTDIR)$(PREFIX)/bin/py2c-wasi-run $(PY2C_WASI_DIR)/libpy2c-runtime.a \
	      $(PY2C_WASI_DIR)/py2c-wasi-start.o $(DESTDIR)$(PREFIX)/share/py2c/run_wasm.cjs \
	      $(DESTDIR)$(MANDIR)/man1/py2c.1
	rm -rf $(DESTDIR)$(PREFIX)/include/py2c
	rmdir $(PY2C_WASI_DIR) $(DESTDIR)$(PREFIX)/share/py2c 2>/dev/null || true

clean:
	rm -rf $(BUILD) bin/py2c
