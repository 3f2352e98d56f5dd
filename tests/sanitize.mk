# Golden programs under sanitizers and valgrind (docs/testing.md).
#   make test-sanitize   runtime + programs built with ASan+UBSan; every golden case must pass
#   make test-valgrind   programs under valgrind --leak-check=full; any error or leak fails
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
ASAN_BUILD := $(BUILD)/asan

.PHONY: test-sanitize test-valgrind
test-sanitize: all
	@$(MAKE) --no-print-directory BUILD=$(ASAN_BUILD) CFLAGS="$(ASAN_FLAGS)" $(ASAN_BUILD)/lib/libpy2c-runtime.a
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 GOLDEN_CFLAGS="$(ASAN_FLAGS)" \
	  GOLDEN_LIBS="-L$(CURDIR)/$(ASAN_BUILD)/lib -lpy2c-runtime -lm" tests/golden/run.sh

test-valgrind: all
	@command -v valgrind >/dev/null || { echo "test-valgrind: valgrind is missing (apt-get install valgrind)"; exit 2; }
	@GOLDEN_CFLAGS="-O0 -g" GOLDEN_WRAP="valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99" \
	  tests/golden/run.sh
