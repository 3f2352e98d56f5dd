#!/usr/bin/env bash
# Resource limits in generated programs (docs/testing.md, suite `limits`):
# cases that need a shell around the program, which the golden runner cannot
# give (RecursionError cases are ordinary golden cases: tests/golden/limits/).
#
#   tests/compile/limits_test.sh [--update] [CASE.py...]
#
# A case is tests/compile/limits/<name>.py whose first line says how it runs:
#   # limits: head           prog | head -1 (SIGPIPE at its default, as in a shell)
#   # limits: closed         stdout is a pipe whose read end is already closed
#   # limits: ulimit-v KB    under `ulimit -v KB` (address space), stdout a file
# Expected: <name>.out (what reaches the end of the pipe / the file), <name>.err
# (absent: empty), <name>.status (absent: 0), all from CPython; python3 (with
# PYTHONUNBUFFERED unset) is re-run every time and must still agree with them,
# then the py2c-built program must. --update rewrites them from python3.
# Ends with "limits: N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PY2C=${PY2C:-$top/bin/py2c}
CC=${CC:-cc}
PYTHON=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1

update=0
[[ ${1:-} == --update ]] && { update=1; shift; }
if [[ $# -gt 0 ]]; then cases=("$@"); else cases=("$here"/limits/*.py); fi
[[ -x $PY2C ]] || { echo "limits: $PY2C is missing: run make" >&2; exit 2; }

# Runs "$@" (a program and its arguments) as case mode $1 says; stdout -> $2, stderr -> $3; prints the status.
run_mode() {
  local mode=$1 out=$2 err=$3; shift 3
  case $mode in
    head)
      # env --default-signal: SIGPIPE as a login shell has it, even if ours ignores it
      env --default-signal=PIPE "$@" 2>"$err" | head -n 1 >"$out"
      echo "${PIPESTATUS[0]}" ;;
    closed)
      "$PYTHON" -c '
import os, signal, sys
r, w = os.pipe()
os.close(r)
os.dup2(w, 1)
os.close(w)
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' "$@" 2>"$err"
      echo $?
      : >"$out" ;;
    ulimit-v\ *)
      (ulimit -v "${mode#ulimit-v }" && exec "$@") >"$out" 2>"$err"
      echo $? ;;
    *) echo "bad-mode" ;;
  esac
}

expected_status() { if [[ -f $1 ]]; then tr -d ' \n' <"$1"; else echo 0; fi; }

# Compares actual files (out, err, status) with the expected ones of $base; prints what differs.
compare() {
  local base=$1 out=$2 err=$3 status=$4 who=$5 ok=0
  if ! cmp -s "$out" <(cat "$base.out" 2>/dev/null); then echo "  $who: stdout differs:"; diff <(cat "$base.out" 2>/dev/null) "$out" | head -n 10; ok=1; fi
  if ! cmp -s "$err" <(cat "$base.err" 2>/dev/null); then echo "  $who: stderr differs:"; diff <(cat "$base.err" 2>/dev/null) "$err" | head -n 20; ok=1; fi
  if [[ $status != "$(expected_status "$base.status")" ]]; then echo "  $who: exit status $status, expected $(expected_status "$base.status")"; ok=1; fi
  return $ok
}

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
libs=$("$PY2C" --libs) cflags=$("$PY2C" --cflags)
for py in "${cases[@]}"; do
  py=$(cd "$(dirname "$py")" && pwd)/$(basename "$py")
  dir=$(dirname "$py") name=$(basename "$py" .py) base=$(dirname "$py")/$(basename "$py" .py)
  mode=$(sed -n '1,3s/^# limits: //p' "$py" | head -n 1)
  rel=${py#"$top"/}
  case $mode in head | closed | ulimit-v\ [0-9]*) ;; *) echo "FAIL $rel: no '# limits: MODE' line"; fail=$((fail + 1)); continue ;; esac
  rm -rf "$tmp/bin"; mkdir -p "$tmp/bin"
  # python3, run like the golden oracle: from the case's directory, its absolute path cut from tracebacks
  pst=$(cd "$dir" && PYTHONUNBUFFERED= run_mode "$mode" "$tmp/py.out" "$tmp/py.err.raw" env -u PYTHONUNBUFFERED "$PYTHON" "$name.py")
  sed "s|File \"$dir/|File \"|" "$tmp/py.err.raw" >"$tmp/py.err"
  if [[ $update == 1 ]]; then
    cp "$tmp/py.out" "$base.out"
    if [[ -s $tmp/py.err ]]; then cp "$tmp/py.err" "$base.err"; else rm -f "$base.err"; fi
    if [[ $pst != 0 ]]; then echo "$pst" >"$base.status"; else rm -f "$base.status"; fi
    echo "UPDATED $rel"; pass=$((pass + 1)); continue
  fi
  msgs=$tmp/msgs; : >"$msgs"
  compare "$base" "$tmp/py.out" "$tmp/py.err" "$pst" python3 >>"$msgs" || echo "  (python3 no longer agrees with the expected files)" >>"$msgs"
  if ! (cd "$dir" && timeout 60 "$PY2C" "$name.py" -o "$tmp/$name.c" 2>"$tmp/py2c.err"); then
    cat "$tmp/py2c.err" >>"$msgs"; echo "  py2c rejects it" >>"$msgs"
  # shellcheck disable=SC2086  # word lists
  elif ! $CC -std=c11 -Wall -Wextra -Werror ${GOLDEN_CFLAGS:-} $cflags "$tmp/$name.c" -o "$tmp/bin/$name.py" $libs 2>"$tmp/cc.err"; then
    head -n 20 "$tmp/cc.err" >>"$msgs"; echo "  the C does not compile" >>"$msgs"
  else
    # argv[0] "<name>.py" found through PATH, as in tests/golden/run.sh
    st=$(cd "$dir" && PATH="$tmp/bin:$PATH" run_mode "$mode" "$tmp/c.out" "$tmp/c.err" timeout 60 "$name.py")
    compare "$base" "$tmp/c.out" "$tmp/c.err" "$st" py2c >>"$msgs"
  fi
  if [[ -s $msgs ]]; then echo "FAIL $rel (mode: $mode)"; cat "$msgs"; fail=$((fail + 1))
  else echo "PASS $rel"; pass=$((pass + 1)); fi
done
echo "limits: $pass passed, $fail failed"
[[ $fail == 0 ]]
