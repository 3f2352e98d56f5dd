#!/usr/bin/env bash
# The WASI target end to end (docs/wasi.md), beyond tests/cli/cli_test.sh's
# `--target wasi` checks:
#   - bin/py2c-wasi-run: arguments, environment, stdin, exit status, files
#     read and written by relative and absolute paths, its errors;
#   - the fiber scheduler seen from Python (tests/cli/wasi/sched.py: many
#     threads, deep recursion in a thread, threads that raise, timeouts, a
#     spinning thread, a daemon thread at exit): stdout, stderr and status
#     compared with python3's for the same program;
#   - a deadlock (`sched.py deadlock`), WASI-only since CPython hangs: status
#     1 and "py2c: deadlock: every thread is blocked: ..." naming the three
#     blocked threads (with their Python names once threading provides
#     them);
#   - `make install` into a temporary DESTDIR/PREFIX, then, using only the
#     installed files (from a directory outside the checkout): native and
#     WASI builds with `py2c build`, `py2c run --target wasi`,
#     py2c-wasi-run, and a Makefile using `py2c --cflags/--libs [--target
#     wasi]` (+ wasm-opt --asyncify, as documented) for a threaded program;
#     `make uninstall` leaves no file behind.
# Ends with "cli-wasi: N passed, N failed"; skipped (said so, counted as
# passing) without the WASI toolchain or the WASI runtime.
set -u
cd "$(dirname "$0")/../.." || exit 2
root=$PWD
py2c=$root/bin/py2c
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [[ -f $tmp/out ]] && sed 's/^/  | /' "$tmp/out" | head -20; }
# expect NAME WANT_STATUS COMMAND...  (stdout+stderr in $tmp/out)
expect() {
  local name=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>&1
  local got=$?
  if [[ $got == "$want" ]]; then ok; else bad "$name: exit $got, want $want"; fi
}
contains() { if grep -qF -- "$2" "$tmp/out"; then ok; else bad "$1: output lacks '$2'"; fi; }
lacks() { if grep -qF -- "$2" "$tmp/out"; then bad "$1: output has '$2'"; else ok; fi; }
# same NAME FILE_WANT FILE_GOT
same() {
  if diff -u "$2" "$3" >"$tmp/diff"; then ok; else
    fail=$((fail + 1)); echo "FAIL $1: differs from python3"; sed 's/^/  | /' "$tmp/diff" | head -30; fi
}

missing=
if ! printf 'int x;\n' | clang --target=wasm32-wasi -x c -c - -o "$tmp/probe.o" 2>/dev/null; then missing="clang --target=wasm32-wasi (apt-get install clang)"
elif [[ ! -f /usr/include/wasm32-wasi/stdio.h && -z ${WASI_SYSROOT:-} ]]; then missing="wasi-libc (apt-get install wasi-libc)"
elif ! command -v wasm-opt >/dev/null; then missing="wasm-opt (apt-get install binaryen)"
elif ! command -v node >/dev/null; then missing="node (apt-get install nodejs)"
elif [[ ! -f build/wasi/lib/libpy2c-runtime.a ]]; then missing="the WASI runtime (make wasi-runtime)"
fi
if [[ -n $missing ]]; then
  echo "SKIP cli-wasi: $missing is missing"
  echo "cli-wasi: 0 passed, 0 failed"
  exit 0
fi
export PY2C_CACHE_DIR=$tmp/cache

# ---- py2c-wasi-run --------------------------------------------------------
cat >"$tmp/files.py" <<'PY'
import os, sys
print(sys.argv[1:], os.environ.get("PY2C_WASI_TEST"))
with open("in.txt") as f:
    print(f.read().strip())
with open(os.path.join(os.getcwd(), "sub", "out.txt"), "w") as f:
    f.write("written by absolute path\n")
with open("sub/out.txt") as f:
    print(f.read().strip(), os.path.isfile(os.path.abspath("in.txt")))
os.remove("sub/out.txt")
print("stdin:", sys.stdin.readline().strip())
sys.exit(int(sys.argv[1]))
PY
mkdir -p "$tmp/run/sub"
printf 'read by relative path\n' >"$tmp/run/in.txt"
expect wasi-run-build 0 "$py2c" build --target wasi "$tmp/files.py" -o "$tmp/files.wasm"
(cd "$tmp/run" && echo "from stdin" | PY2C_WASI_TEST=from-env "$root/bin/py2c-wasi-run" ../files.wasm 7 "two words" \
  >"$tmp/got.out" 2>&1; echo "status $?" >>"$tmp/got.out")
(cd "$tmp/run" && echo "from stdin" | PY2C_WASI_TEST=from-env python3 ../files.py 7 "two words" \
  >"$tmp/want.out" 2>&1; echo "status $?" >>"$tmp/want.out")
same wasi-run-files "$tmp/want.out" "$tmp/got.out"
if [[ -e $tmp/run/sub/out.txt ]]; then bad "wasi-run-files: sub/out.txt not removed"; else ok; fi
expect wasi-run-usage 2 bin/py2c-wasi-run;                   contains wasi-run-usage "usage: py2c-wasi-run PROG.wasm"
expect wasi-run-help 0 bin/py2c-wasi-run --help;             contains wasi-run-help "Node.js 18.17 or newer"
expect wasi-run-missing 2 bin/py2c-wasi-run "$tmp/nope.wasm"; contains wasi-run-missing "cannot read"
expect wasi-run-no-node 2 env NODE="$tmp/no-node" bin/py2c-wasi-run "$tmp/files.wasm"
contains wasi-run-no-node "Node.js 18.17 or newer is needed"
# an old node: run_wasm.cjs says so (a copy that asks for a future version)
sed 's/^const NODE_MIN = \[18, 17\];/const NODE_MIN = [999, 0];/' tools/run_wasm.cjs >"$tmp/run_wasm_future.cjs"
expect wasi-run-old-node 2 node "$tmp/run_wasm_future.cjs" "$tmp/files.wasm"
contains wasi-run-old-node "is too old to run WASI modules: Node.js 999.0 or newer is needed"

# ---- the scheduler from Python ----------------------------------------------
# Tracebacks name CPython's threading.py and the script by their paths:
# compare file names only.
norm() { sed -E 's#File "[^"]*/(threading|sched)\.py"#File "\1.py"#' "$1"; }
expect wasi-sched-build 0 "$py2c" build --target wasi tests/cli/wasi/sched.py -o "$tmp/sched.wasm"
(cd tests/cli/wasi && python3 sched.py >"$tmp/py.out" 2>"$tmp/py.err"; echo "status $?" >>"$tmp/py.out")
(cd tests/cli/wasi && timeout 120 "$root/bin/py2c-wasi-run" "$tmp/sched.wasm" >"$tmp/wasi.out" 2>"$tmp/wasi.err"; echo "status $?" >>"$tmp/wasi.out")
same wasi-sched-stdout "$tmp/py.out" "$tmp/wasi.out"
norm "$tmp/py.err" >"$tmp/py.err.n"; norm "$tmp/wasi.err" >"$tmp/wasi.err.n"
same wasi-sched-stderr "$tmp/py.err.n" "$tmp/wasi.err.n"
# WASI-only: CPython would hang here (expectations written by hand).
timeout 120 bin/py2c-wasi-run "$tmp/sched.wasm" deadlock >"$tmp/dl.out" 2>"$tmp/dl.err"
status=$?
if [[ $status == 1 ]]; then ok; else bad "wasi-deadlock: exit $status, want 1"; fi
if [[ $(cat "$tmp/dl.out") == "deadlock: started" ]]; then ok; else bad "wasi-deadlock: stdout '$(cat "$tmp/dl.out")'"; fi
dl_re="^py2c: deadlock: every thread is blocked: main thread 1( 'MainThread')? \(condition\)"
dl_re+=" thread [0-9]+( 'first')? \(condition\) thread [0-9]+( 'second')? \(condition\)$"
if grep -qE "$dl_re" "$tmp/dl.err" && [[ $(wc -l <"$tmp/dl.err") == 1 ]]; then ok; else
  fail=$((fail + 1)); echo "FAIL wasi-deadlock: stderr"; sed 's/^/  | /' "$tmp/dl.err" | head; fi

# ---- make install: native and WASI from the installed files alone -----------
stage=$tmp/stage prefix=/opt/py2c-test
inst=$stage$prefix
if make --no-print-directory install DESTDIR="$stage" PREFIX="$prefix" >"$tmp/out" 2>&1; then ok; else bad "install: make install failed"; fi
for f in bin/py2c bin/py2c-wasi-run lib/libpy2c-runtime.a include/py2c.h lib/wasm32-wasi/libpy2c-runtime.a \
         lib/wasm32-wasi/py2c-wasi-start.o share/py2c/run_wasm.cjs; do
  if [[ -f $inst/$f ]]; then ok; else bad "install: $f not installed"; fi
done
work=$tmp/user; mkdir -p "$work"
printf 'import sys\nprint("hello from", sys.argv[0].rsplit("/", 1)[-1], sys.argv[1:])\n' >"$work/hello.py"
cat >"$work/thr.py" <<'PY'
import queue, threading
q = queue.Queue()
def worker(n):
    for i in range(n):
        q.put(i * n)
ts = [threading.Thread(target=worker, args=(n,)) for n in (3, 4, 5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(q.get() for _ in range(q.qsize())))
PY
cat >"$work/Makefile" <<'MK'
# What a user's Makefile does (docs/wasi.md).
PY2C ?= py2c
all: thr thr.wasm
%.c: %.py
	$(PY2C) $< -o $@
thr: thr.c
	cc -O2 $(shell $(PY2C) --cflags) $< -o $@ $(shell $(PY2C) --libs)
thr.wasm: thr.c
	clang -O2 $(shell $(PY2C) --cflags --target wasi) -c $< -o thr.o
	clang thr.o -o thr.raw.wasm $(shell $(PY2C) --libs --target wasi)
	wasm-opt --asyncify --pass-arg=asyncify-ignore-imports \
	    --pass-arg=asyncify-removelist@py2c__fiber_loop,__main_void -O2 thr.raw.wasm -o $@
MK
(
  cd "$work" || exit 2
  export PATH=$inst/bin:$PATH
  expect installed-cflags 0 py2c --cflags --target wasi; contains installed-cflags "-I$inst/include"; lacks installed-cflags "$root"
  expect installed-libs 0 py2c --libs --target wasi; contains installed-libs "$inst/lib/wasm32-wasi/py2c-wasi-start.o"
  lacks installed-libs "$root"
  expect installed-native-libs 0 py2c --libs; contains installed-native-libs "-L$inst/lib "
  expect installed-build 0 py2c build hello.py -o hello
  expect installed-build-runs 0 ./hello a;         contains installed-build-runs "hello from hello ['a']"
  expect installed-build-wasi 0 py2c build --target wasi hello.py -o hello.wasm
  expect installed-wasi-run 0 py2c-wasi-run hello.wasm b; contains installed-wasi-run "hello from hello.wasm ['b']"
  expect installed-run-wasi 0 py2c run --target wasi hello.py c; contains installed-run-wasi "hello from hello.py ['c']"
  expect installed-makefile 0 make --no-print-directory
  python3 thr.py >want.txt 2>&1
  expect installed-makefile-native 0 ./thr;             same installed-makefile-native want.txt "$tmp/out"
  expect installed-makefile-wasi 0 py2c-wasi-run thr.wasm; same installed-makefile-wasi want.txt "$tmp/out"
  echo "$pass $fail" >"$tmp/counts"
)
read -r pass fail <"$tmp/counts" || { fail=$((fail + 1)); echo "FAIL installed: the checks did not run"; }
if make --no-print-directory uninstall DESTDIR="$stage" PREFIX="$prefix" >"$tmp/out" 2>&1; then ok; else bad "uninstall: failed"; fi
left=$(find "$stage" -type f | head)
if [[ -z $left ]]; then ok; else bad "uninstall: files left: $left"; fi

echo "cli-wasi: $pass passed, $fail failed"
[[ $fail == 0 ]]
