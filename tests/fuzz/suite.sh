#!/usr/bin/env bash
# The `fuzz` suite (tests/fuzz/fuzz.mk, docs/fuzzing.md):
#   FUZZ_BUILD=build/fuzz FUZZ_SECONDS=60 suite.sh TARGET...
# 1. every tests/fuzz/regressions/* input through each target's binary
#    ($FUZZ_BUILD/fuzz_TARGET FILE runs it once): one test per input and target;
# 2. unless FUZZ_SECONDS is 0, FUZZ_SECONDS of libFuzzer per target, one after
#    the other (seeds from tests/fuzz/seeds.sh, the corpus kept in
#    $FUZZ_BUILD/corpus/TARGET): one test per target, failed by any crash, leak,
#    timeout (-timeout=10), RSS over 2 GB or sanitizer report. A failing input
#    is left in $FUZZ_BUILD/artifacts/; copy it to tests/fuzz/regressions/NAME.py.
# Each run's executions are appended to $FUZZ_BUILD/history.tsv.
# Last line: "fuzz: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
build=${FUZZ_BUILD:-build/fuzz} seconds=${FUZZ_SECONDS:-60} max_len=${FUZZ_MAX_LEN:-16384}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# py2c's phases recurse over the AST, up to the frontend's nesting limit
# (3000 levels, as CPython's); ASan's frames are several times larger than
# a release build's, so the targets get a bigger stack than the default 8 MB.
ulimit -s 262144 2>/dev/null || ulimit -s unlimited 2>/dev/null || true
opts=(-timeout=10 -rss_limit_mb=2048 -error_exitcode=77 -timeout_exitcode=78)
pass=0 fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for t in "$@"; do
  bin=$build/fuzz_$t
  for f in tests/fuzz/regressions/*.py; do
    [[ -f $f ]] || continue
    if "$bin" "${opts[@]}" "$f" >"$log" 2>&1; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL regression $f (fuzz_$t):"
      grep -E 'ERROR|runtime error|SUMMARY|internal error|#[0-9]+ ' "$log" | head -n 20
    fi
  done
done
echo "regressions: $pass passed, $fail failed"

if [[ $seconds != 0 ]]; then
  tests/fuzz/seeds.sh "$build/seeds" "$max_len" || fail=$((fail + 1))
  mkdir -p "$build/artifacts"
  for t in "$@"; do
    bin=$build/fuzz_$t
    mkdir -p "$build/corpus/$t"
    start=$(date +%s)
    "$bin" "${opts[@]}" -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 \
      -dict=tests/fuzz/python.dict -artifact_prefix="$build/artifacts/$t-" \
      "$build/corpus/$t" "$build/seeds" >"$log" 2>&1
    status=$?
    end=$(date +%s)
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9/]+[a-zA-Z]*' "$log" | tail -n 1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$((end - start))" "${execs:-?}" "$status" "$cov" \
      >>"$build/history.tsv"
    if [[ $status == 0 ]]; then
      pass=$((pass + 1))
      echo "fuzz_$t: ${execs:-?} executions in $((end - start)) s, no failure ($cov)"
    else
      fail=$((fail + 1))
      echo "FAIL fuzz_$t (exit $status) after $((end - start)) s:"
      grep -E 'ERROR|runtime error|SUMMARY|internal error|Test unit written|#[0-9]+ |deadly signal|timeout' "$log" | head -n 30
    fi
  done
fi
echo "fuzz: $pass passed, $fail failed"
[[ $fail == 0 ]]
