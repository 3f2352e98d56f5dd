#!/bin/sh
# Type inference tests (docs/types.md):
#   1. tests/types/<case>.py: `py2c --emit=types` must print <case>.types
#      (expectations written by hand, each checked against the program);
#   2. the checker must reject a wrong claim (so its passes mean something);
#   3. soundness: every case, and with --all also every bench/*.py and
#      tests/golden/**/*.py, runs under python3 with a tracer checking each
#      observed type against the claimed sets (check_sound.py).
# Ends with "types: N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
all=${TYPES_ALL:-0}
[ "${1:-}" = --all ] && all=1
PY2C=${PY2C:-bin/py2c}
case $PY2C in /*) ;; *) PY2C=$PWD/$PY2C ;; esac
pass=0 fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
cases=$(ls tests/types/*.py | grep -v -e check_sound.py)
for f in $cases; do
  name=$(basename "$f" .py)
  if (cd tests/types && "$PY2C" --emit=types "$name.py" -o -) >"$tmp/out" 2>&1 &&
     diff -u "tests/types/$name.types" "$tmp/out" >"$tmp/diff"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL types/$name"; cat "$tmp/diff"
  fi
done
# a fake py2c claiming `int` where the program has a str: the checker must fail
cat >"$tmp/fake" <<EOS
#!/bin/sh
printf 'module __main__ (%s)\n  global s: int\n' "\$2"
EOS
chmod +x "$tmp/fake"
printf 's = "text"\n' >"$tmp/wrong.py"
if python3 tests/types/check_sound.py --py2c "$tmp/fake" "$tmp/wrong.py" >"$tmp/log" 2>&1; then
  fail=$((fail + 1)); echo "FAIL types/checker-rejects-wrong-claim"; cat "$tmp/log"
else
  pass=$((pass + 1))
fi
set -- $cases
[ "$all" = 1 ] && set -- $cases bench/*.py tests/golden/*/*.py
python3 tests/types/check_sound.py --py2c "$PY2C" --timeout 60 --args-file tests/types/bench_args "$@" >"$tmp/sound" 2>&1
grep -v '^types-sound:' "$tmp/sound" | grep -v '^skipped 0$'
line=$(grep '^types-sound:' "$tmp/sound")
sp=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p')
sf=$(echo "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p')
[ -n "$sp" ] || { sp=0; sf=1; cat "$tmp/sound"; }
pass=$((pass + sp)); fail=$((fail + sf))
echo "types: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
