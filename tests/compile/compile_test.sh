#!/usr/bin/env bash
# The compile invariant (docs/testing.md, suite `compile`): whatever py2c
# accepts must be valid, warning-free C11 for both gcc and clang; whatever it
# rejects it must reject cleanly.
#
#   tests/compile/compile_test.sh [--golden | --stdlib] [FILE.py...]
#
# For each file, `py2c FILE.py -o OUT.c` must either
#   - exit 0, and OUT.c compile with `gcc -std=c11 -Wall -Wextra -Werror -c`
#     and with `clang -std=c11 -Wall -Wextra -Werror -fsyntax-only`, or
#   - exit 1 with at least one `error:` diagnostic on stderr
#     (a crash, a hang, another status or a silent exit 1 fails the file).
# Files: every golden program (tests/golden/**/*.py) and every file of the
# standard-library sweep (tests/frontend/sweep.py's list: python3's stdlib
# directory, site-packages included). --golden / --stdlib: one part only.
# A stdlib file is transpiled as a main program, so its imports are looked up
# next to it: many are rejected (unsupported modules), which is fine here.
#
# Environment: COMPILE_JOBS (parallel files, default nproc), COMPILE_TIMEOUT
# (s per py2c run, default 120), COMPILE_STDLIB_ONLY=1 (leave site-packages
# out), GCC (default gcc), CLANG (default clang).
# Ends with "compile: N passed, N failed" (a file is a case); also prints how
# many files were accepted (and compiled) and how many rejected.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PY2C=${PY2C:-$top/bin/py2c}
GCC=${GCC:-gcc}
CLANG=${CLANG:-clang}
TIMEOUT=${COMPILE_TIMEOUT:-120}
PYTHON=${PYTHON:-python3}
STRICT=(-std=c11 -Wall -Wextra -Werror)

# One file: prints "ACCEPTED path", "REJECTED path" or "FAIL path: why" (+ details).
one() {
  local py=$1 status
  tmp=$(mktemp -d) || exit 1 # (not local: the EXIT trap of this subshell reads it)
  trap 'rm -rf "$tmp"' EXIT
  timeout "$TIMEOUT" "$PY2C" "$py" -o "$tmp/out.c" </dev/null >"$tmp/py2c.out" 2>"$tmp/py2c.err"
  status=$?
  case $status in
    0)
      [[ -s $tmp/out.c ]] || { echo "FAIL $py: py2c exits 0 but writes no C"; return; }
      # shellcheck disable=SC2086  # a word list
      if ! "$GCC" "${STRICT[@]}" $CFLAGS_PY2C -c "$tmp/out.c" -o "$tmp/out.o" 2>"$tmp/cc.err"; then
        echo "FAIL $py: py2c's C does not compile with $GCC ${STRICT[*]}"; head -n 20 "$tmp/cc.err"; return
      fi
      # shellcheck disable=SC2086
      if ! "$CLANG" "${STRICT[@]}" $CFLAGS_PY2C -fsyntax-only "$tmp/out.c" 2>"$tmp/cc.err"; then
        echo "FAIL $py: py2c's C does not compile with $CLANG ${STRICT[*]}"; head -n 20 "$tmp/cc.err"; return
      fi
      echo "ACCEPTED $py" ;;
    1)
      if grep -q -E '(^|: )error: ' "$tmp/py2c.err"; then echo "REJECTED $py"
      else echo "FAIL $py: py2c exits 1 without an error: diagnostic"; head -n 10 "$tmp/py2c.err"; fi ;;
    124) echo "FAIL $py: py2c timed out (${TIMEOUT}s)" ;;
    *) echo "FAIL $py: py2c exits $status (crash?)"; head -n 10 "$tmp/py2c.err" ;;
  esac
}

if [[ ${1:-} == --one ]]; then
  shift
  for f in "$@"; do (one "$f"); done
  exit 0
fi

part=all
case ${1:-} in
  --golden) part=golden; shift ;;
  --stdlib) part=stdlib; shift ;;
esac
[[ -x $PY2C ]] || { echo "compile: $PY2C is missing: run make" >&2; exit 2; }
for c in "$GCC" "$CLANG"; do
  command -v "$c" >/dev/null || { echo "compile: $c is missing (make deps)"; echo "compile: 0 passed, 1 failed"; exit 1; }
done
CFLAGS_PY2C=$("$PY2C" --cflags)
export PY2C GCC CLANG TIMEOUT CFLAGS_PY2C

list=$(mktemp); log=$(mktemp); trap 'rm -f "$list" "$log"' EXIT
if [[ $# -gt 0 ]]; then
  printf '%s\n' "$@" >"$list"
else
  if [[ $part != stdlib ]]; then find "$top/tests/golden" -mindepth 2 -name '*.py' | LC_ALL=C sort >>"$list"; fi
  if [[ $part != golden ]]; then
    "$PYTHON" - "$top/tests/frontend" "${COMPILE_STDLIB_ONLY:-0}" >>"$list" <<'EOF' || { echo "compile: cannot list the stdlib"; echo "compile: 0 passed, 1 failed"; exit 1; }
import sys, sysconfig
sys.path.insert(0, sys.argv[1])
import sweep
for f in sweep.stdlib_files(sysconfig.get_paths()["stdlib"], sys.argv[2] == "1"):
    print(f)
EOF
  fi
fi
n=$(wc -l <"$list")
start=$SECONDS
# Several files per worker (fewer shells); paths with spaces/quotes exist in site-packages.
tr '\n' '\0' <"$list" | xargs -0 -n 8 -P "${COMPILE_JOBS:-$(nproc)}" "$0" --one >"$log" 2>&1
accepted=$(grep -c '^ACCEPTED ' "$log")
rejected=$(grep -c '^REJECTED ' "$log")
failed=$(grep -c '^FAIL ' "$log")
grep -v '^ACCEPTED \|^REJECTED ' "$log"
missing=$((n - accepted - rejected - failed))
[[ $missing -gt 0 ]] && echo "compile: $missing files gave no verdict (worker died?)"
echo "compile: $n files in $((SECONDS - start))s: $accepted accepted (compiled by $GCC and $CLANG), $rejected rejected with an error"
echo "compile: $((accepted + rejected)) passed, $((failed + (missing > 0 ? missing : 0))) failed"
[[ $failed == 0 && $missing -le 0 ]]
