#!/usr/bin/env bash
# examples/Makefile, the documented way to build Python programs with make
# (docs/makefile.md), in a temporary copy of examples/:
#   - `make -j2` builds every program natively and as WASI; each one's
#     stdout and exit status are python3's (WASI under bin/py2c-wasi-run);
#   - the dependency files of `py2c -MD -MP` are there and name the imported
#     module; a second `make` has nothing to do (`make -q`);
#   - touching the imported module textstats.py rebuilds wordfreq.c,
#     wordfreq.d, wordfreq and wordfreq.wasm and nothing else; touching
#     hello.py rebuilds only hello's files.
# Without the WASI toolchain or runtime only the native half runs (said so).
# Ends with "cli-examples: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [[ -f $tmp/out ]] && sed 's/^/  | /' "$tmp/out" | head -30; rm -f "$tmp/out"; }

goal=all
if ! command -v wasm-opt >/dev/null || ! command -v node >/dev/null || [[ ! -f build/wasi/lib/libpy2c-runtime.a ]]; then
  bad "the WASI half needs wasm-opt, node and the WASI runtime (make deps; make wasi-runtime)"
  goal=native
fi
ex=$tmp/ex
mkdir -p "$ex"
cp examples/Makefile examples/*.py "$ex"/
# -O1 everywhere: the same rules, built faster
mk() { make --no-print-directory -C "$ex" PY2C="$root/bin/py2c" CFLAGS=-O1 WASI_CFLAGS=-O1 WASM_OPT_FLAGS=-O1 "$@"; }
if mk -j2 "$goal" >"$tmp/out" 2>&1; then ok; else bad "make -j2 $goal"; fi

progs=(hello wordfreq workers)
# name: arguments of the run
declare -A args=([hello]="" [wordfreq]="3" [workers]="")
for p in "${progs[@]}"; do
  # shellcheck disable=SC2086
  (cd "$ex" && python3 "$p.py" ${args[$p]} >"$tmp/$p.want" 2>&1; echo "status $?" >>"$tmp/$p.want")
  # shellcheck disable=SC2086
  (cd "$ex" && timeout 60 "./$p" ${args[$p]} >"$tmp/$p.got" 2>&1; echo "status $?" >>"$tmp/$p.got")
  if diff -u "$tmp/$p.want" "$tmp/$p.got" >"$tmp/out"; then ok; else bad "$p: native output differs from python3"; fi
  if [[ $goal == all ]]; then
    # shellcheck disable=SC2086
    (cd "$ex" && timeout 120 "$root/bin/py2c-wasi-run" "$p.wasm" ${args[$p]} >"$tmp/$p.wgot" 2>&1; echo "status $?" >>"$tmp/$p.wgot")
    if diff -u "$tmp/$p.want" "$tmp/$p.wgot" >"$tmp/out"; then ok; else bad "$p: WASI output differs from python3"; fi
  fi
  if [[ -f $ex/$p.d ]]; then ok; else bad "$p.d not written"; fi
done
if grep -qE '^wordfreq\.c:' "$ex/wordfreq.d" && grep -qE '^  textstats\.py$' "$ex/wordfreq.d" \
   && grep -qE '^textstats\.py:$' "$ex/wordfreq.d"; then ok; else cp "$ex/wordfreq.d" "$tmp/out"; bad "wordfreq.d: rule or -MP phony rule missing"; fi
if grep -q textstats "$ex/hello.d" "$ex/workers.d"; then bad "hello.d/workers.d name textstats.py"; else ok; fi
if mk -q "$goal" >"$tmp/out" 2>&1; then ok; else bad "a second make still has work to do"; fi

# rebuilt AFTER touching FILE: the files newer than a marker, sorted
rebuilt() {
  sleep 1.1
  touch "$ex/$1"
  touch "$tmp/marker"
  sleep 0.1
  mk -j2 "$goal" >"$tmp/out" 2>&1 || { bad "make after touching $1"; return; }
  (cd "$ex" && find . -maxdepth 1 -type f -newer "$tmp/marker" | sed 's|^\./||' | sort | tr '\n' ' ')
}
want_wf="wordfreq wordfreq.c wordfreq.d "; want_hello="hello hello.c hello.d "
[[ $goal == all ]] && want_wf="wordfreq wordfreq.c wordfreq.d wordfreq.wasm " && want_hello="hello hello.c hello.d hello.wasm "
got=$(rebuilt textstats.py)
if [[ $got == "$want_wf" ]]; then ok; else bad "touching textstats.py rebuilt '$got', want '$want_wf'"; fi
got=$(rebuilt hello.py)
if [[ $got == "$want_hello" ]]; then ok; else bad "touching hello.py rebuilt '$got', want '$want_hello'"; fi
(cd "$ex" && timeout 60 ./wordfreq 3 >"$tmp/wordfreq.got" 2>&1; echo "status $?" >>"$tmp/wordfreq.got")
if diff -u "$tmp/wordfreq.want" "$tmp/wordfreq.got" >"$tmp/out"; then ok; else bad "wordfreq after the rebuild"; fi
if mk clean >"$tmp/out" 2>&1 && [[ $(cd "$ex" && ls | sort | tr '\n' ' ') == "Makefile hello.py textstats.py wordfreq.py workers.py " ]]
then ok; else ls "$ex" >"$tmp/out"; bad "make clean leaves files"; fi

echo "cli-examples: $pass passed, $fail failed"
[[ $fail == 0 ]]
