#!/usr/bin/env bash
# Command-line behaviour of bin/py2c: options, exit statuses, output files,
# diagnostics format and colour. Each check runs py2c in its own process.
set -u
cd "$(dirname "$0")/../.."
py2c=bin/py2c
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# expect NAME WANT_STATUS COMMAND...  (stdout+stderr in $tmp/out)
expect() {
  local name=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>&1
  local got=$?
  if [[ $got == "$want" ]]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL $name: exit $got, want $want"; sed 's/^/  | /' "$tmp/out" | head -20
  fi
}
# contains NAME TEXT: the last command's output contains TEXT
contains() {
  if grep -qF -- "$2" "$tmp/out"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL $1: output lacks '$2'"; sed 's/^/  | /' "$tmp/out" | head -20
  fi
}
lacks() {
  if grep -qF -- "$2" "$tmp/out"; then
    fail=$((fail + 1)); echo "FAIL $1: output has '$2'"; sed 's/^/  | /' "$tmp/out" | head -20
  else pass=$((pass + 1)); fi
}

printf 'print("hi")\n' >"$tmp/ok.py"
printf 'x = (1,\n' >"$tmp/bad.py"
printf 'f() = 1\n' >"$tmp/target.py"

expect version 0 $py2c --version;            contains version "py2c $(cat VERSION)"
expect help 0 $py2c --help;                  contains help "usage: py2c"
expect no-input 2 $py2c;                     contains no-input "no input file"
expect bad-option 2 $py2c --frobnicate x.py; contains bad-option "unknown option '--frobnicate'"
expect bad-emit 2 $py2c --emit=llvm "$tmp/ok.py"; contains bad-emit "unknown --emit kind"
expect bad-diag 2 $py2c --diagnostics=xml "$tmp/ok.py"
expect two-inputs 2 $py2c a.py b.py
expect missing-file 2 $py2c "$tmp/nope.py";  contains missing-file "cannot read"
expect unwritable 2 $py2c "$tmp/ok.py" -o "$tmp/no/such/dir/out.c"; contains unwritable "cannot write"
# Bad command-line use: a clear message and status 2, never a crash.
expect dir-input 2 $py2c "$tmp";             contains dir-input "cannot read '$tmp': Is a directory"
expect dir-output 2 $py2c "$tmp/ok.py" -o "$tmp"; contains dir-output "cannot write '$tmp': Is a directory"
expect build-dir-output 2 $py2c build "$tmp/ok.py" -o "$tmp/no/such/dir/prog"
for opt in -o -I -MF -MT; do
  expect "missing-arg$opt" 2 $py2c "$tmp/ok.py" "$opt"; contains "missing-arg$opt" "run 'py2c --help' for usage"
done
expect bare-emit 2 $py2c --emit "$tmp/ok.py"; contains bare-emit "unknown option '--emit'"
cp "$tmp/ok.py" "$tmp/unreadable.py"; chmod 000 "$tmp/unreadable.py"
if [[ $(id -u) == 0 ]]; then unprivileged=(setpriv --reuid=nobody --regid=nogroup --clear-groups); else unprivileged=(); fi
expect unreadable 2 "${unprivileged[@]}" $py2c "$tmp/unreadable.py" -o -; contains unreadable "cannot read '$tmp/unreadable.py': Permission denied"
chmod 644 "$tmp/unreadable.py"
expect dash-o-stdout 0 $py2c "$tmp/ok.py" -o -; contains dash-o-stdout "#include <py2c.h>"
expect default-output 0 $py2c "$tmp/ok.py"
if [[ -s $tmp/ok.c ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL default-output: $tmp/ok.c not written"; fi
expect emit-ast 0 $py2c --emit=ast "$tmp/ok.py" -o -; contains emit-ast '"_type"'

expect syntax-error 1 env NO_COLOR=1 $py2c "$tmp/bad.py" -o "$tmp/bad.c"
contains syntax-error "$tmp/bad.py:1:"
contains syntax-error "error: "
lacks syntax-error $'\033['
if [[ -e $tmp/bad.c ]]; then fail=$((fail + 1)); echo "FAIL syntax-error: output written despite errors"; else pass=$((pass + 1)); fi
expect target-error 1 $py2c "$tmp/target.py" -o -
contains target-error "$tmp/target.py:1:1: error: cannot assign to function call"
contains target-error "  f() = 1"
contains target-error "  ^~~"

expect json-diagnostics 1 $py2c --diagnostics=json "$tmp/target.py" -o -
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["diagnostics"][0]["line"]==1 and d["diagnostics"][0]["severity"]=="error"' "$tmp/out" 2>/dev/null; then
  pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL json-diagnostics: not the expected JSON"; sed 's/^/  | /' "$tmp/out"; fi

# build: an executable that behaves like the program; run: arguments, exit status, cache.
printf 'print("built", 6 * 7)\n' >"$tmp/prog.py"
expect build 0 $py2c build "$tmp/prog.py" -o "$tmp/prog"
expect built-runs 0 "$tmp/prog";              contains built-runs "built 42"
expect build-syntax-error 1 $py2c build "$tmp/bad.py" -o "$tmp/badprog"
if [[ -e $tmp/badprog ]]; then fail=$((fail + 1)); echo "FAIL build-syntax-error: program written"; else pass=$((pass + 1)); fi
export PY2C_CACHE_DIR="$tmp/cache"
expect run 0 $py2c run "$tmp/prog.py";        contains run "built 42"
cached=$(ls "$PY2C_CACHE_DIR" | grep -v '\.c$' | head -n 1)
if [[ -n $cached ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL run-cache: nothing cached"; fi
before=$(stat -c %Y.%y "$PY2C_CACHE_DIR/$cached" 2>/dev/null)
sleep 1
expect run-again 0 $py2c run "$tmp/prog.py";  contains run-again "built 42"
after=$(stat -c %Y.%y "$PY2C_CACHE_DIR/$cached" 2>/dev/null)
if [[ $before == "$after" ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL run-cache: rebuilt although nothing changed"; fi
printf 'print("changed")\n' >"$tmp/prog.py"
expect run-changed 0 $py2c run "$tmp/prog.py"; contains run-changed "changed"
printf 'print(1 // 0)\n' >"$tmp/raise.py"
expect run-exit-status 1 $py2c run "$tmp/raise.py"; contains run-exit-status "ZeroDivisionError: integer division or modulo by zero"
# Classes CPython lets programs subclass but py2c's runtime cannot yet: named as
# unsupported where the class statement runs (CPython runs these programs).
printf 'import queue, threading\nclass Q(queue.Queue):\n    pass\n' >"$tmp/subq.py"
expect run-subclass-queue 1 $py2c run "$tmp/subq.py"; contains run-subclass-queue "NotImplementedError: py2c: subclassing 'Queue' is not supported yet"
printf 'import threading\nclass E(threading.Event):\n    pass\n' >"$tmp/subev.py"
expect run-subclass-event 1 $py2c run "$tmp/subev.py"; contains run-subclass-event "py2c: subclassing 'Event' is not supported yet"
# run passes arguments (sys.argv[0] is the script path), stdin and the exit status through.
printf 'import sys\nprint(sys.argv)\nprint(input().upper())\nsys.exit(int(sys.argv[1]))\n' >"$tmp/args.py"
echo "from stdin" | $py2c run "$tmp/args.py" 3 two >"$tmp/out" 2>&1
got=$?
if [[ $got == 3 ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL run-args: exit $got, want 3"; fi
contains run-args "['$tmp/args.py', '3', 'two']"
contains run-args "FROM STDIN"
unset PY2C_CACHE_DIR

# --target wasi: build, run (Node), --cflags/--libs. A missing tool (clang's
# wasm32 target, wasi-libc, wasm-opt, node) or WASI runtime is a failure.
wasi_missing=
if ! printf 'int x;\n' | clang --target=wasm32-wasi -x c -c - -o "$tmp/probe.o" 2>/dev/null; then wasi_missing="clang --target=wasm32-wasi (apt-get install clang)"
elif [[ ! -f /usr/include/wasm32-wasi/stdio.h && -z ${WASI_SYSROOT:-} ]]; then wasi_missing="wasi-libc (apt-get install wasi-libc)"
elif ! command -v wasm-opt >/dev/null; then wasi_missing="wasm-opt (apt-get install binaryen)"
elif ! command -v node >/dev/null; then wasi_missing="node (apt-get install nodejs)"
elif [[ ! -f build/wasi/lib/libpy2c-runtime.a ]]; then wasi_missing="the WASI runtime (make wasi-runtime)"
fi
if [[ -n $wasi_missing ]]; then
  # make deps installs all of it and `make cli` builds the WASI runtime first
  fail=$((fail + 1)); echo "FAIL cli wasi tests: $wasi_missing is missing"
else
  printf 'print("hello, world")\n' >"$tmp/hello.py"
  expect wasi-build 0 $py2c build --target wasi "$tmp/hello.py" -o "$tmp/hello.wasm"
  if [[ $(head -c 4 "$tmp/hello.wasm" 2>/dev/null | od -An -c | tr -d ' ') == '\0asm' ]]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL wasi-build: $tmp/hello.wasm is not a wasm module"; fi
  if ls "$tmp"/hello.wasm.* >/dev/null 2>&1; then fail=$((fail + 1)); echo "FAIL wasi-build: intermediate files left"; else pass=$((pass + 1)); fi
  expect wasi-node 0 node tools/run_wasm.cjs "$tmp/hello.wasm"; contains wasi-node "hello, world"
  export PY2C_CACHE_DIR="$tmp/cache-wasi"
  echo "from stdin" | $py2c run --target wasi "$tmp/args.py" 3 two >"$tmp/out" 2>&1
  got=$?
  if [[ $got == 3 ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL wasi-run-args: exit $got, want 3"; sed 's/^/  | /' "$tmp/out" | head; fi
  contains wasi-run-args "['$tmp/args.py', '3', 'two']"
  contains wasi-run-args "FROM STDIN"
  # a program that starts threads: full Asyncify instrumentation (fibers switch)
  printf 'import threading\nout = []\nts = [threading.Thread(target=out.append, args=(i,)) for i in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(sorted(out), threading.active_count())\n' >"$tmp/thr.py"
  expect wasi-run-threads 0 $py2c run --target wasi "$tmp/thr.py"; contains wasi-run-threads "[0, 1, 2] 1"
  expect wasi-run-raise 1 $py2c run --target wasi "$tmp/raise.py"
  contains wasi-run-raise "ZeroDivisionError: integer division or modulo by zero"
  # errno numbers as on Linux (wasi-libc's differ), 32-bit size limits,
  # threading.local per fiber; expected output from CPython 3.11.
  cat >"$tmp/wasi_rt.py" <<'PY'
import threading
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, e.errno, e)
print(type(OSError(2, "x")).__name__, type(OSError(17, "y")).__name__, type(OSError(13, "z")).__name__)
try:
    10.0 ** 400
except OverflowError as x:
    print(x)
for n in (2**62, 2**63):
    for seq in ([0], (0,), [0, 1]):
        try:
            seq * n
        except (MemoryError, OverflowError) as x:
            print(type(x).__name__, x)
data = threading.local()
ev = threading.Event()
out = []
def work(i):
    data.x = i
    ev.wait()
    out.append((i, data.x))
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
data.x = "main"
ev.set()
for t in ts: t.join()
print(sorted(out), data.x)
PY
  cat >"$tmp/wasi_rt.exp" <<'OUT'
FileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent/x'
FileNotFoundError FileExistsError PermissionError
(34, 'Numerical result out of range')
MemoryError 
MemoryError 
MemoryError 
OverflowError cannot fit 'int' into an index-sized integer
OverflowError cannot fit 'int' into an index-sized integer
OverflowError cannot fit 'int' into an index-sized integer
[(0, 0), (1, 1), (2, 2)] main
OUT
  expect wasi-runtime-behaviour 0 $py2c run --target wasi "$tmp/wasi_rt.py"
  if diff -u "$tmp/wasi_rt.exp" "$tmp/out" >"$tmp/diff"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL wasi-runtime-behaviour: output differs"; sed 's/^/  | /' "$tmp/diff" | head -30; fi
  unset PY2C_CACHE_DIR
  expect wasi-cflags 0 $py2c --cflags --target wasi; contains wasi-cflags "--target=wasm32-wasi -I$PWD/runtime/include"
  expect wasi-libs 0 $py2c --libs --target wasi; contains wasi-libs "py2c-wasi-start.o -L$PWD/build/wasi/lib -lpy2c-runtime"
  # the by-hand build of docs/wasi.md with --cflags/--libs
  # shellcheck disable=SC2046  # flag lists
  if $py2c "$tmp/hello.py" -o "$tmp/hand.c" && clang -O2 $($py2c --cflags --target wasi) -c "$tmp/hand.c" -o "$tmp/hand.o" &&
     clang "$tmp/hand.o" -o "$tmp/hand.raw.wasm" $($py2c --libs --target wasi) &&
     wasm-opt --asyncify --pass-arg=asyncify-onlylist@py2c__wasi_get_sp "$tmp/hand.raw.wasm" -o "$tmp/hand.wasm" >"$tmp/out" 2>&1; then
    expect wasi-by-hand 0 node tools/run_wasm.cjs "$tmp/hand.wasm"; contains wasi-by-hand "hello, world"
  else fail=$((fail + 1)); echo "FAIL wasi-by-hand: the build with --cflags/--libs fails"; fi
fi

# Multi-file programs: modules next to the main file and in -I directories,
# make dependencies (-M, -MD, -MF, -MT, -MP), the run cache.
mp=$tmp/mp; mkdir -p "$mp/inc/pk" "$mp/inc2" "$mp/out"
printf 'import helper\nimport libmod\nfrom pk import sub\nimport string, sys\nprint(helper.NAME, libmod.NAME, sub.NAME, string.NAME, sys.maxsize > 0)\n' >"$mp/main.py"
printf 'NAME = "helper"\n' >"$mp/helper.py"
printf 'NAME = "program string"\n' >"$mp/string.py"
printf 'raise SystemExit("the program sys.py must not be imported")\n' >"$mp/sys.py"
printf 'NAME = "libmod from inc"\n' >"$mp/inc/libmod.py"
printf 'NAME = "libmod from inc2"\n' >"$mp/inc2/libmod.py"
printf '' >"$mp/inc/pk/__init__.py"
printf 'NAME = "pk.sub"\n' >"$mp/inc/pk/sub.py"
expect no-include 1 env NO_COLOR=1 $py2c "$mp/main.py" -o "$mp/out/m.c"
contains no-include "$mp/main.py:2:8: error: no module named 'libmod'"
expect dep-M 0 $py2c -M "$mp/main.py" -I "$mp/inc" -I "$mp/inc2" -o "$mp/out/m.c"
contains dep-M "$mp/out/m.c: \\"
contains dep-M "  $mp/main.py \\"
contains dep-M "  $mp/helper.py \\"
contains dep-M "  $mp/inc/libmod.py"
contains dep-M "  $mp/inc/pk/__init__.py"
contains dep-M "  $mp/inc/pk/sub.py"
contains dep-M "  $mp/string.py"
lacks dep-M "inc2/libmod.py"
lacks dep-M "sys.py"
if [[ -e $mp/out/m.c ]]; then fail=$((fail + 1)); echo "FAIL dep-M: -M transpiled"; else pass=$((pass + 1)); fi
expect dep-M-order 0 $py2c -M "$mp/main.py" -I"$mp/inc2" -I "$mp/inc" -o "$mp/out/m.c"
contains dep-M-order "$mp/inc2/libmod.py"
expect dep-MT-MP 0 $py2c -M -MT mytarget -MP "$mp/main.py" -I "$mp/inc" -o "$mp/out/m.c"
contains dep-MT-MP "mytarget: \\"
contains dep-MT-MP "$mp/helper.py:"
lacks dep-MT-MP "$mp/main.py:"
expect dep-MF 0 $py2c -M -MF "$mp/out/deps.mk" "$mp/main.py" -I "$mp/inc" -o "$mp/out/m.c"
if grep -qF "$mp/inc/pk/sub.py" "$mp/out/deps.mk" 2>/dev/null; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL dep-MF: no rules in -MF file"; fi
expect dep-MD 0 $py2c -MD "$mp/main.py" -I "$mp/inc" -o "$mp/out/m.c"
if [[ -s $mp/out/m.c ]] && grep -qF "$mp/out/m.c:" "$mp/out/m.d" 2>/dev/null && grep -qF "$mp/helper.py" "$mp/out/m.d"; then
  pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL dep-MD: m.c and m.d not both written"; fi
expect dep-MF-alone 2 $py2c -MF x.d "$mp/main.py";  contains dep-MF-alone "need -M or -MD"
expect emit-ir-modules 0 $py2c --emit=ir -o - "$mp/main.py" -I "$mp/inc"
contains emit-ir-modules "module helper ($mp/helper.py)"
contains emit-ir-modules "module sub ($mp/inc/pk/sub.py)"
expect build-modules 0 $py2c build "$mp/main.py" -I "$mp/inc" -o "$mp/out/prog"
expect built-modules-run 0 "$mp/out/prog"
contains built-modules-run "helper libmod from inc pk.sub program string True"
printf 'x = (\n' >"$mp/inc/bad.py"
printf 'import bad\n' >"$mp/usebad.py"
expect module-syntax-error 1 env NO_COLOR=1 $py2c "$mp/usebad.py" -I "$mp/inc" -o "$mp/out/b.c"
contains module-syntax-error "$mp/inc/bad.py:1:"
printf 'def f(:\n' >"$mp/inc/bad2.py"
printf 'import bad\nimport bad2\n' >"$mp/usebad2.py"
expect modules-json-diagnostics 1 $py2c --diagnostics=json "$mp/usebad2.py" -I "$mp/inc" -o "$mp/out/b.c"
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [x["file"][-7:] for x in d["diagnostics"]]==["/bad.py","bad2.py"] and d["error_count"]==2' "$tmp/out" 2>/dev/null; then
  pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL modules-json-diagnostics: not one JSON object naming both files"; sed 's/^/  | /' "$tmp/out"; fi
export PY2C_CACHE_DIR="$tmp/cache2"
expect run-modules 0 $py2c run -I "$mp/inc" "$mp/main.py"; contains run-modules "helper libmod from inc"
sleep 1
printf 'NAME = "helper changed"\n' >"$mp/helper.py"
expect run-module-changed 0 $py2c run -I "$mp/inc" "$mp/main.py"; contains run-module-changed "helper changed libmod"
printf 'NAME = "pk.sub changed"\n' >"$mp/inc/pk/sub.py"
expect run-package-changed 0 $py2c run -I "$mp/inc" "$mp/main.py"; contains run-package-changed "pk.sub changed"
expect run-other-include 0 $py2c run -I "$mp/inc2" -I "$mp/inc" "$mp/main.py"; contains run-other-include "libmod from inc2"
unset PY2C_CACHE_DIR

# --emit=explain: recognised concurrency patterns and warnings as JSON (expected
# files reviewed by hand: py2c-only output): tests/cli/explain/NAME.json, and
# NAME.explain.json beside the golden cases of tests/golden/explain (whose
# .out checks that the program still behaves as under CPython); the warnings
# also go to stderr.
for case in tests/cli/explain/*.py tests/golden/explain/*.py; do
  name=$(basename "$case" .py) want=${case%.py}.json
  [[ $case == tests/golden/* ]] && want=${case%.py}.explain.json
  expect "explain-$name" 0 $py2c --emit=explain "$case" -o "$tmp/$name.json"
  if diff -u "$want" "$tmp/$name.json" >"$tmp/diff"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL explain-$name: JSON differs from $want"; sed 's/^/  | /' "$tmp/diff" | head -30; fi
done
# parameters known from the calls: the benchmarks' workers take the queue as a parameter
expect explain-bench-queue_1x1 0 $py2c --emit=explain bench/queue_1x1.py -o -
contains explain-bench-queue_1x1 '"lowered_to":	"q is a queue at every call of consumer (1 call: Thread target)"'
contains explain-bench-queue_1x1 '"pattern":	"queue-worker-loop"'
expect explain-bench-queue_4x4 0 $py2c --emit=explain bench/queue_4x4.py -o -
contains explain-bench-queue_4x4 '"lowered_to":	"lock is a lock at every call of consumer (1 call: Thread target)"'
contains explain-bench-queue_4x4 '"pattern":	"queue-worker-loop"'
expect explain-warnings-stderr 0 env NO_COLOR=1 $py2c tests/cli/explain/warnings.py -o "$tmp/w.c"
contains explain-warnings-stderr "tests/cli/explain/warnings.py:19:9: warning: this consumer loop never ends: 'item = q.get()' has no timeout"
contains explain-warnings-stderr "tests/cli/explain/warnings.py:45:5: warning: 'lock.acquire()' is not released on every path"
contains explain-warnings-stderr "tests/cli/explain/warnings.py:67:25: warning: 'target=work(1)' calls work now, in this thread"
lacks explain-warnings-stderr "warnings.py:33:"
lacks explain-warnings-stderr "warnings.py:39:"
lacks explain-warnings-stderr "warnings.py:52:"
lacks explain-warnings-stderr "warnings.py:62:"
lacks explain-warnings-stderr "warnings.py:68:"
lacks explain-warnings-stderr "warnings.py:69:"
lacks explain-warnings-stderr "warnings.py:78:"
expect explain-no-warnings 0 $py2c tests/cli/explain/aliases.py -o "$tmp/a.c"
lacks explain-no-warnings "warning"
expect explain-default-output 0 $py2c --emit=explain "$tmp/ok.py"
if python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == {"patterns": [], "warnings": []}' "$tmp/ok.explain.json" 2>/dev/null; then
  pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL explain-default-output: no empty explain JSON in ok.explain.json"; fi

# Colour only on a terminal, never with NO_COLOR: use script(1) for a pseudo-terminal when present.
if command -v script >/dev/null; then
  script -qec "$py2c $tmp/target.py -o -" /dev/null >"$tmp/out" 2>&1
  contains color-tty $'\033['
  NO_COLOR=1 script -qec "$py2c $tmp/target.py -o -" /dev/null >"$tmp/out" 2>&1
  lacks no-color $'\033['
fi

echo "cli: $pass passed, $fail failed"
[[ $fail == 0 ]]
