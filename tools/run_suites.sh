#!/usr/bin/env bash
# Runs each named make target (a test suite), keeps going after failures, and
# prints the summed "N passed, N failed" line last. Exit 1 if anything failed.
set -u
cd "$(dirname "$0")/.."
total_pass=0 total_fail=0 broken=() all_start=$SECONDS
for suite in "$@"; do
  echo "== $suite"
  log=$(mktemp)
  start=$SECONDS
  make --no-print-directory "$suite" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  echo "== $suite took $((SECONDS - start)) s" # (CI's 90-minute budget: docs/testing.md)
  line=$(grep -E '^[A-Za-z0-9_-]+: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  rm -f "$log"
  if [[ -z $line ]]; then
    broken+=("$suite"); total_fail=$((total_fail + 1)); continue
  fi
  p=$(sed -E 's/^[^:]+: ([0-9]+) passed.*/\1/' <<<"$line")
  f=$(sed -E 's/^.* ([0-9]+) failed.*/\1/' <<<"$line")
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  if [[ $status != 0 && $f == 0 ]]; then broken+=("$suite"); total_fail=$((total_fail + 1)); fi
done
for s in "${broken[@]+"${broken[@]}"}"; do echo "suite '$s' did not finish cleanly (counted as a failure)"; done
echo "all suites took $((SECONDS - all_start)) s"
echo "$total_pass passed, $total_fail failed"
[[ $total_fail == 0 ]]
