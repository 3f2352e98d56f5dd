# `make bench`: py2c against CPython, PyPy and C side by side (tools/bench.py,
# docs/performance.md). Not part of `make test`; fails only when py2c cannot build a
# benchmark or its output differs from CPython's.
# BENCH_FLAGS passes options, e.g. BENCH_FLAGS='--reps 3 --only nbody,fib --no-wasi'
# (python3 tools/bench.py --help lists them, --list the programs).
BENCH_PYTHON ?= /usr/bin/python3.11
BENCH_FLAGS ?=

.PHONY: bench bench-wasi-runtime
bench: bin/py2c $(RUNTIME_LIB) bench-wasi-runtime
	$(BENCH_PYTHON) tools/bench.py --python $(BENCH_PYTHON) $(BENCH_FLAGS)

# The WASI column needs the WASI runtime; without its tools the column says n/a.
bench-wasi-runtime:
	@$(MAKE) --no-print-directory wasi-runtime >/dev/null 2>&1 || \
	  echo "bench: the WASI runtime did not build (make wasi-runtime): WASI column n/a"
