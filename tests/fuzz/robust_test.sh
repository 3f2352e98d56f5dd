#!/usr/bin/env bash
# The `robust` suite (tests/fuzz/fuzz.mk, docs/fuzzing.md): bin/py2c on hostile
# command-line inputs, each decided as python3 (CPython 3.11) decides it:
# non-UTF-8 source, an empty file, a 10 MB file, deeply nested expressions and
# blocks. py2c must never crash: it accepts (exit 0; small cases are built,
# run and compared with python3's output) or gives a clean
# `FILE:LINE:COL: error:` diagnostic with exit 1 where CPython rejects.
#   robust_test.sh [PY2C]          last line: "robust: N passed, N failed"
set -u
cd "$(dirname "$0")/../.."
py2c=$(realpath "${1:-bin/py2c}")
py=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# check NAME [build]: $work/NAME.py against python3. Accepted by CPython: py2c
# must exit 0 (with build: the program's stdout and status must match).
# Rejected: py2c exits 1 with a located diagnostic as its first line.
check() {
  local name=$1 mode=${2:-} f=$work/$1.py
  local py_out py_rc out rc
  py_out=$(cd "$work" && timeout 120 "$py" "$name.py" 2>"$work/py.err"); py_rc=$?
  local py_rejects=false
  grep -qE '^(SyntaxError|IndentationError|RecursionError|MemoryError)' "$work/py.err" && py_rejects=true
  out=$(cd "$work" && timeout 300 "$py2c" "$name.py" -o "$name.c" 2>&1); rc=$?
  if $py_rejects; then
    if [[ $rc == 1 ]] && head -n 1 <<<"$out" | grep -qE "^$name\.py:[0-9]+:[0-9]+: error: "; then
      ok "$name: rejected as by CPython ($(head -n 1 <<<"$out" | cut -c1-90))"
    else
      bad "$name: CPython rejects ($(tail -n 1 "$work/py.err" | cut -c1-80)), py2c exit $rc: $(head -n 1 <<<"$out" | cut -c1-120)"
    fi
    return
  fi
  if [[ $rc != 0 ]]; then
    bad "$name: CPython accepts, py2c exit $rc: $(head -n 1 <<<"$out" | cut -c1-120)"
    return
  fi
  if [[ $mode == build ]]; then
    local prog_out prog_rc
    if ! (cd "$work" && timeout 300 "$py2c" build "$name.py" -o "$name.bin" >"$work/build.log" 2>&1); then
      bad "$name: py2c build failed: $(grep -m1 -E 'error' "$work/build.log" | cut -c1-120)"
      return
    fi
    prog_out=$(cd "$work" && timeout 60 "./$name.bin" 2>/dev/null); prog_rc=$?
    if [[ $prog_out != "$py_out" || $prog_rc != "$py_rc" ]]; then
      bad "$name: built program differs from python3 (exit $prog_rc vs $py_rc)"
      return
    fi
  fi
  ok "$name: accepted as by CPython${mode:+ (built and run: same output)}"
}

# ---- non-UTF-8, empty ----------------------------------------------------------
printf 'x = 1\nprint("a\xff")\n' >"$work/non_utf8.py"
check non_utf8
if "$py2c" "$work/non_utf8.py" -o /dev/null 2>&1 | grep -q 'non_utf8.py:2:9: error: .*0xff'; then
  ok "non_utf8: the diagnostic names line 2 and byte 0xff"
else bad "non_utf8: the diagnostic does not name line 2 and byte 0xff"; fi
printf 'x = 1\ny = 2\0\nprint(x)\n' >"$work/nul_byte.py"
check nul_byte
if "$py2c" "$work/nul_byte.py" -o /dev/null 2>&1 | grep -q 'nul_byte.py:2:6: error: source code cannot contain null bytes'; then
  ok "nul_byte: CPython's message, at the NUL byte"
else bad "nul_byte: the diagnostic is not 'nul_byte.py:2:6: error: source code cannot contain null bytes'"; fi
: >"$work/empty.py"
check empty build

# ---- a 10 MB file ----------------------------------------------------------------
"$py" - "$work/big.py" <<'PYEOF'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(200000):
        if i % 2 == 0:
            f.write(f"value_{i % 1000} = {i} * 3 + {i % 7}  # padding comment to reach ten megabytes..........\n")
        else:
            f.write(f"print('line', value_{(i - 1) % 1000})\n")
PYEOF
start=$(date +%s.%N)
if timeout 600 "$py2c" "$work/big.py" -o /dev/null 2>"$work/big.err"; then
  ok "big: $(($(stat -c %s "$work/big.py") / 1000000)) MB, 200000 lines transpiled in $(printf %.1f "$(echo "$(date +%s.%N) - $start" | bc)") s"
else bad "big: py2c failed: $(head -n 1 "$work/big.err")"; fi

# ---- deep nesting ------------------------------------------------------------------
gen() { # gen KIND N -> $work/KIND_N.py
  "$py" - "$1" "$2" "$work/$1_$2.py" <<'PYEOF'
import sys
kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ind = lambda i: "    " * i
s = {
    "paren": lambda: "x = " + "(" * n + "1" + ")" * n + "\nprint(x)\n",
    "neg": lambda: "x = " + "-" * n + "1\nprint(x)\n",
    "not": lambda: "x = " + "not " * n + "1\nprint(x)\n",
    "list": lambda: "x = " + "[" * n + "1" + "]" * n + "\nprint(len(x))\n",
    "call": lambda: "def f(a):\n    return a\nx = " + "f(" * n + "1" + ")" * n + "\nprint(x)\n",
    "add": lambda: "x = " + " + ".join(["1"] * n) + "\nprint(x)\n",
    # one operand per line: on one line, each operand's traceback location
    # copies the whole line (quadratic; docs/fuzzing.md, known problems)
    "and": lambda: "x = (" + " and\n     ".join(["1"] * n) + ")\nprint(x)\n",
    "tern": lambda: "x = " + "0 if 0 else " * n + "2\nprint(x)\n",
    "lambda": lambda: "f = " + "lambda: " * n + "1\nprint('ok')\n",
    "fstring": lambda: "x = " + "f'{" * n + "1" + "}'" * n + "\nprint(x)\n",
    "elif": lambda: "x = 5\nif x == 0:\n    print(0)\n" + "".join(f"elif x == {i}:\n    print({i})\n" for i in range(1, n)),
    "if": lambda: "".join(ind(i) + f"if {i} < 1000:\n" for i in range(n)) + ind(n) + "print('deep')\n",
    "while": lambda: "".join(ind(i) + "while True:\n" for i in range(n)) + ind(n) + "break\nprint('out')\n",
    "for": lambda: "".join(ind(i) + f"for i{i} in range(1):\n" for i in range(n)) + ind(n) + "print('deep')\n",
    "try": lambda: "".join(ind(i) + "try:\n" for i in range(n)) + ind(n) + "print('deep')\n"
                   + "".join(ind(n - 1 - i) + "finally:\n" + ind(n - i) + "pass\n" for i in range(n)),
}[kind]()
open(out, "w").write(s)
PYEOF
}
for kind in paren neg not list call add tern lambda; do
  for n in 100 1000 100000; do
    gen "$kind" "$n"
    check "${kind}_$n" $([[ $n == 100 ]] && echo build)
  done
done
for n in 100 100000; do gen and "$n"; check "and_$n" $([[ $n == 100 ]] && echo build); done
for n in 10 100 66000; do gen fstring "$n"; check "fstring_$n"; done
for n in 100 2900 3100; do gen elif "$n"; check "elif_$n" $([[ $n == 100 ]] && echo build); done
for kind in while for try; do for n in 20 21; do gen "$kind" "$n"; check "${kind}_$n" $([[ $n == 20 ]] && echo build); done; done
# 63 levels of 4 spaces = column 252: tree-sitter-python's scanner keeps
# indentation columns in a byte, so deeper blocks (64..99 levels, which CPython
# accepts) fail to parse in py2c: a known problem (docs/fuzzing.md).
for n in 21 63 100 101; do gen if "$n"; check "if_$n"; done

echo "robust: $pass passed, $fail failed"
[[ $fail == 0 ]]
