# `make bench`: py2c against CPython side by side (tools/bench.py, docs/benchmarks.md).
# Not part of `make test`. BENCH_FLAGS passes options, e.g. BENCH_FLAGS='--reps 3 --only fib'.
BENCH_PYTHON ?= /usr/bin/python3.11
BENCH_FLAGS ?=

.PHONY: bench
bench: bin/py2c $(RUNTIME_LIB)
	$(BENCH_PYTHON) tools/bench.py --python $(BENCH_PYTHON) $(BENCH_FLAGS)
