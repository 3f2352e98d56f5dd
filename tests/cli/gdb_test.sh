#!/usr/bin/env bash
# Debugging generated C with gdb through its `#line` directives (docs/debugging.md):
#   - a script transpiled by py2c and compiled by hand with -g -O0
#     (`py2c --cflags/--libs`); gdb in batch mode: `break script.py:7`
#     resolves to one location in the function of that Python line, the run
#     stops there, the backtrace names the Python lines of each caller
#     (script.py:15 in main, script.py:20 at module level) and C's main by
#     its own file, `next` goes to the following Python lines (8, then back to
#     the loop test 6), `info locals` shows the Python variables;
#   - a module-level breakpoint (script.py:20) stops in the module body;
#   - the glue between functions is named by the C file: no breakpoint on a
#     Python line lands in code of another function;
#   - with --no-line-directives the C has no `#line`, still compiles, and gdb
#     knows no script.py.
# Ends with "cli-gdb: N passed, N failed"; fails without gdb.
set -u
cd "$(dirname "$0")/../.." || exit 2
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [[ -f $tmp/out ]] && sed 's/^/  | /' "$tmp/out" | head -40; }
has() { if grep -qE -- "$2" "$tmp/out"; then ok; else bad "$1: no line matching '$2'"; fi; }
hasnt() { if grep -qE -- "$2" "$tmp/out"; then bad "$1: a line matches '$2'"; else ok; fi; }

# gdb comes with `make deps` (tools/deps.sh): its absence is a failure, not a skip.
if ! command -v gdb >/dev/null; then
  echo "FAIL cli-gdb: gdb is missing (make deps, or apt-get install gdb)"
  echo "cli-gdb: 0 passed, 1 failed"
  exit 1
fi
cd "$tmp" || exit 2
py2c=$root/bin/py2c
cat >script.py <<'PY'
"""Debugged by tests/cli/gdb_test.sh: the line numbers matter."""


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    best = 0
    for start in range(1, 30):
        steps = collatz_steps(start)
        best = max(best, steps)
    print("longest:", best)


main()
PY
# gdb [BREAK...] -- COMMANDS...: batch run of ./script, output in $tmp/out
rungdb() {
  local args=()
  for c in "$@"; do args+=(-ex "$c"); done
  timeout 120 gdb -nx -batch "${args[@]}" ./script >out 2>&1 </dev/null
}

if "$py2c" script.py -o script.c >out 2>&1; then ok; else bad "py2c script.py"; fi
# shellcheck disable=SC2046
if cc -std=c11 -g -O0 $("$py2c" --cflags) script.c -o script $("$py2c" --libs) >out 2>&1; then ok; else bad "cc -g -O0"; fi
if [[ $(./script) == "longest: 111" && $(python3 script.py) == "longest: 111" ]]; then ok; else rm -f out; bad "script output"; fi

rungdb 'break script.py:7' run bt next next 'info locals'
has break-one-location '^Breakpoint 1 at 0x[0-9a-f]+: file .*script\.py, line 7\.$'
has break-hit '^Breakpoint 1, f_collatz_steps \(.*\) at .*script\.py:7$'
has break-line-text $'^7\t        n = n // 2 if n % 2 == 0 else 3 \\* n \\+ 1$'
has bt-frame0 '^#0 +f_collatz_steps \(.*\) at .*script\.py:7$'
has bt-caller '^#[0-9]+ +(0x[0-9a-f]+ in )?f_main \(.*\) at .*script\.py:15$'
has bt-module '^#[0-9]+ +(0x[0-9a-f]+ in )?mod_script \(\) at .*script\.py:20$'
has bt-c-main '^#[0-9]+ +(0x[0-9a-f]+ in )?main \(.*\) at script\.c:[0-9]+$'
# the two `next`s: line 8, then back to the loop's test
sed -n '/^#[0-9]/,$p' out | grep -vE '^#[0-9]' | grep -E $'^[0-9]+\t' | cut -f1 | tr '\n' ' ' >steps
if [[ $(cat steps) == "8 6 " ]]; then ok; else cp steps out; bad "next: lines $(cat steps), want 8 6"; fi
has locals-n '^v_n = '
has locals-steps '^v_steps = '

rungdb 'break script.py:20' run bt
has module-break-hit '^Breakpoint 1, mod_script \(\) at .*script\.py:20$'
has module-break-text $'^20\tmain\\(\\)$'

# every Python line with code is one breakpoint, inside the right function:
# f_collatz_steps for 5-9, f_main for 13-17, the module body for 4, 12, 20
: >out
for l in 4 5 6 7 8 9 12 13 14 15 16 17 20; do
  case $l in 4|12|20) want=mod_script ;; 1[3-7]) want=f_main ;; *) want=f_collatz_steps ;; esac
  timeout 60 gdb -nx -batch -ex "break script.py:$l" -ex 'info breakpoints' ./script 2>&1 </dev/null |
    grep -E ' 0x[0-9a-f]+ in [A-Za-z_0-9]+ at ' | sed -E "s/^/$l $want /" >>out
done
# fields: line, wanted function, then gdb's "... 0xADDR in FUNC at FILE:LINE"
bad_locs=$(awk '{ fn = ""; for (i = 3; i < NF; i++) if ($i == "in") fn = $(i + 1); if (fn != $2 || $NF !~ ("script\\.py:" $1 "$")) print }' out)
covered=$(cut -d' ' -f1 out | sort -u | wc -l)
if [[ -z $bad_locs && $covered == 13 ]]; then ok; else bad "breakpoints outside their function (or lines without one: $covered of 13 have one): $bad_locs"; fi

# ---- --no-line-directives ---------------------------------------------------
if "$py2c" --no-line-directives script.py -o plain.c >out 2>&1; then ok; else bad "--no-line-directives"; fi
if grep -q '^#line' plain.c; then grep -n '^#line' plain.c | head >out; bad "--no-line-directives: #line left"; else ok; fi
if [[ $(grep -c '^#line' script.c) -gt 20 ]]; then ok; else rm -f out; bad "the default C has (almost) no #line"; fi
# the same C otherwise
if diff <(grep -v '^#line' script.c | grep -v '^$') <(grep -v '^$' plain.c) >out; then ok; else bad "--no-line-directives changes more than #line"; fi
# shellcheck disable=SC2046
if cc -std=c11 -g -O0 $("$py2c" --cflags) plain.c -o script $("$py2c" --libs) >out 2>&1; then ok; else bad "cc plain.c"; fi
rungdb 'break script.py:7'
has no-lines-gdb 'No source file named script\.py'

echo "cli-gdb: $pass passed, $fail failed"
[[ $fail == 0 ]]
