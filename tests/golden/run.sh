#!/usr/bin/env bash
# Golden-test runner (docs/golden-tests.md).
#
#   tests/golden/run.sh [--update | --oracle] [CASE.py...]
#
# A case is tests/golden/<area>/<name>.py with expected files beside it:
#   <name>.out  expected stdout (from CPython): the case must transpile, and the
#               program must compile and behave like CPython;
#   <name>.c    expected py2c output for it;
#   <name>.err  expected stderr (absent: empty);  <name>.status  exit status (absent: 0);
#   <name>.args program arguments (one line, split on whitespace);
#   <name>.in   the program's stdin (absent: /dev/null), for python3 too.
# The program runs from the case's directory as `<name>.py ARGS...` (found
# through PATH), so its sys.argv[0] is "<name>.py" as under `python3 <name>.py`.
# A case without .out is a diagnostic case: py2c must reject it, printing
# exactly <name>.err with exit status <name>.status (py2c-only outputs).
#
# Default: check every case; each runs in its own process with a timeout.
# --update: rewrite expected .c files (and the .err of diagnostic cases);
#   refuses for a case whose transpile errs, warns, crashes or times out, or
#   whose C does not compile warning-free.
# --oracle: re-run python3 on every case with .out; fail where .out/.err/.status
#   differ from CPython. (CPython prints the script's absolute path in
#   tracebacks; the case directory is cut from it, leaving the name as given.)
#
# Environment: CC (default cc), GOLDEN_CFLAGS (extra C flags, e.g. sanitizers),
# GOLDEN_LIBS (replaces `py2c --libs`), GOLDEN_WRAP (runs the program under,
# e.g., "valgrind -q --error-exitcode=99"), GOLDEN_JOBS, GOLDEN_TIMEOUT (s, a
# whole case), GOLDEN_RUN_TIMEOUT (s, the program's run; default 10),
# GOLDEN_SKIP_C (non-empty: check behaviour only, not the emitted C against
# <name>.c: for work in progress on the emitter; CI never sets it).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PY2C=${PY2C:-$top/bin/py2c}
CC=${CC:-cc}
TIMEOUT=${GOLDEN_TIMEOUT:-60}
PYTHON=${PYTHON:-python3}
# The oracle must not leave __pycache__ beside the cases (modules import each other).
export PYTHONDONTWRITEBYTECODE=1

fail() { echo "FAIL $rel: $*"; exit 1; }
# A run whose stdout is wrong: its status and stderr say why (a sanitizer
# report, a crash, a timeout), which a CI log must show.
fail_run() {
  echo "(exit status $status; stderr, first 30 lines:)"; head -n 30 "$tmp/err"
  fail "$@"
}

# Prints a diff of expected file $1 (absent = empty) against actual file $2;
# returns non-zero when they differ.
same() {
  local exp=$1 act=$2
  if [[ -f $exp ]]; then diff -u --label "expected $(basename "$exp")" --label actual "$exp" "$act" | head -n 40; return "${PIPESTATUS[0]}"; fi
  if [[ -s $act ]]; then echo "--- expected: (no $(basename "$exp")), got:"; head -n 20 "$act"; return 1; fi
  return 0
}

expected_status() { if [[ -f $1 ]]; then tr -d ' \n' <"$1"; else echo 0; fi; }

# One case, in this process (run under `timeout` by the driver loop below).
one() {
  local mode=$1 py=$2
  local dir name base status
  dir=$(dirname "$py"); name=$(basename "$py" .py); base=$dir/$name
  rel=${py#"$top"/}
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  cd "$dir" || fail "cannot enter $dir"
  local args=(); [[ -f $name.args ]] && read -r -a args <"$name.args"
  local input=/dev/null; [[ -f $name.in ]] && input=$name.in

  if [[ $mode == oracle ]]; then
    [[ -f $name.out ]] || { echo "SKIP $rel"; return 0; }
    timeout 20 "$PYTHON" "$name.py" "${args[@]+"${args[@]}"}" <"$input" >"$tmp/out" 2>"$tmp/err.raw"; status=$?
    sed "s|File \"$PWD/|File \"|" "$tmp/err.raw" >"$tmp/err"
    same "$name.out" "$tmp/out" || fail "CPython's stdout differs from $name.out"
    same "$name.err" "$tmp/err" || fail "CPython's stderr differs from $name.err"
    [[ $status == "$(expected_status "$name.status")" ]] || fail "CPython exits $status, $name.status says $(expected_status "$name.status")"
    echo "PASS $rel"; return 0
  fi

  timeout 20 "$PY2C" "$name.py" -o "$tmp/$name.c" </dev/null >"$tmp/py2c.out" 2>"$tmp/py2c.err"; status=$?

  if [[ ! -f $name.out ]]; then # diagnostic case
    if [[ $mode == update ]]; then
      [[ $status == 1 ]] || { cat "$tmp/py2c.err"; fail "py2c exits $status, not 1: not updating $name.err"; }
      if cmp -s "$tmp/py2c.err" "$name.err" && [[ $(expected_status "$name.status") == 1 ]]; then echo "PASS $rel"; return 0; fi
      cp "$tmp/py2c.err" "$name.err"; echo 1 >"$name.status"; echo "UPDATED $rel"; return 0
    fi
    [[ -f $name.status ]] || fail "no $name.out (runnable case) and no $name.status (diagnostic case)"
    same "$name.err" "$tmp/py2c.err" || fail "py2c's diagnostics differ from $name.err"
    [[ $status == "$(expected_status "$name.status")" ]] || fail "py2c exits $status, expected $(expected_status "$name.status")"
    echo "PASS $rel"; return 0
  fi

  if [[ $status != 0 || -s $tmp/py2c.err ]]; then
    cat "$tmp/py2c.err"
    [[ $status -ge 124 ]] && fail "py2c crashed or timed out (status $status)"
    fail "py2c exits $status or warns"
  fi
  local libs; libs=${GOLDEN_LIBS:-$("$PY2C" --libs)}
  # shellcheck disable=SC2086  # flags are word lists
  if ! $CC -std=c11 -Wall -Wextra -Werror ${GOLDEN_CFLAGS:-} $("$PY2C" --cflags) "$tmp/$name.c" -o "$tmp/prog" $libs 2>"$tmp/cc.err"; then
    head -n 30 "$tmp/cc.err"; fail "the C does not compile warning-free"
  fi
  if [[ $mode == update ]]; then
    cmp -s "$tmp/$name.c" "$name.c" && { echo "PASS $rel"; return 0; }
    cp "$tmp/$name.c" "$name.c"; echo "UPDATED $rel"; return 0
  fi
  [[ -n ${GOLDEN_SKIP_C:-} ]] || same "$name.c" "$tmp/$name.c" || fail "emitted C differs from $name.c (make golden-update, then review the diff)"
  # The program is run as "<name>.py" (from a directory of its own put first
  # on PATH): argv[0], hence sys.argv[0], is then what CPython shows.
  mkdir "$tmp/bin" && mv "$tmp/prog" "$tmp/bin/$name.py" || fail "cannot set up $tmp/bin"
  # shellcheck disable=SC2086
  PATH="$tmp/bin:$PATH" timeout "${GOLDEN_RUN_TIMEOUT:-10}" ${GOLDEN_WRAP:-} "$name.py" "${args[@]+"${args[@]}"}" <"$input" >"$tmp/out" 2>"$tmp/err"; status=$?
  same "$name.out" "$tmp/out" || fail_run "stdout differs from $name.out"
  same "$name.err" "$tmp/err" || fail "stderr differs from $name.err"
  [[ $status == "$(expected_status "$name.status")" ]] || fail "exit status $status, expected $(expected_status "$name.status")"
  echo "PASS $rel"
}

mode=check suite=golden
case ${1:-} in
  --update) mode=update suite=golden-update; shift ;;
  --oracle) mode=oracle suite=oracle; shift ;;
  --one) one "$2" "$3"; exit ;;
esac

if [[ $# -gt 0 ]]; then cases=(); for c in "$@"; do cases+=("$(cd "$(dirname "$c")" && pwd)/$(basename "$c")"); done
else mapfile -t cases < <(find "$here" -mindepth 2 -name '*.py' | LC_ALL=C sort); fi
[[ $mode == oracle ]] || [[ -x $PY2C ]] || { echo "golden: $PY2C is missing: run make" >&2; exit 2; }

logs=$(mktemp -d); trap 'rm -rf "$logs"' EXIT
printf '%s\n' "${cases[@]}" | cat -n | xargs -P "${GOLDEN_JOBS:-$(nproc)}" -L 1 \
  sh -c 'timeout "$3" "$0" --one "$2" "$5" >"$1/$4.log" 2>&1 || true' "$0" "$logs" "$mode" "$TIMEOUT"
# (xargs appends each line "N path" as $4 $5: N names the log; no spaces in case paths)
pass=0 failed=0 i=0
for c in "${cases[@]}"; do
  i=$((i + 1)); log=$logs/$i.log
  if grep -q '^PASS \|^UPDATED \|^SKIP ' "$log" 2>/dev/null; then
    pass=$((pass + 1)); grep -q '^UPDATED ' "$log" && cat "$log"
  else
    failed=$((failed + 1))
    if [[ -s $log ]]; then cat "$log"; else echo "FAIL ${c#"$top"/}: timed out after ${TIMEOUT}s"; fi
  fi
done
echo "$suite: $pass passed, $failed failed"
[[ $failed == 0 ]]
