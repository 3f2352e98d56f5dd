#!/usr/bin/env bash
# Golden tests as WASI (docs/wasi.md): every runnable golden case is
# transpiled, built as a wasm32-wasi module against the WASI runtime library
# and run under Node (tools/run_wasm.cjs); its stdout, stderr and exit status
# must match the case's .out/.err/.status exactly as in the native run
# (tests/golden/run.sh, whose conventions this follows: the program runs from
# the case's directory as "<name>.py" ARGS... with <name>.in or /dev/null on
# stdin). Diagnostic cases (no .out) have nothing target-specific: SKIP.
#
#   tools/golden_wasi.sh [CASE.py...]      (default: every case)
#
# `make test` runs it (tests/tests.mk): a case is green only when both the
# native run (tests/golden/run.sh) and this one pass.
#
# Needs bin/py2c and the WASI runtime (make wasi-runtime). Environment:
# WASI_CC (clang), WASI_CFLAGS (-O2), WASM_OPT (wasm-opt), WASI_LIBDIR (build/wasi/lib),
# WASI_STACK_SIZE (bytes of C stack, as runtime/wasi.mk), NODE (node),
# GOLDEN_NODE_FLAGS (--liftoff-only: V8's baseline compiler only; a test
# program runs briefly, and optimising the whole 4 MB module cost 4 times
# the CPU of running it), GOLDEN_JOBS (default: the number of cores),
# GOLDEN_TIMEOUT (s, a whole case: building a threaded program's module,
# wasm-opt --asyncify -O2, takes 20 s of CPU), GOLDEN_RUN_TIMEOUT (s, the
# program's run), GOLDEN_KEEP (a directory: keep each case's .c/.wasm there).
#
# Time: about 2.5 s of CPU per case, 25 s for a program that imports a
# threading module; those start first, so that they do not end up last on
# one core.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
golden=$top/tests/golden
PY2C=${PY2C:-$top/bin/py2c}
WASI_CC=${WASI_CC:-clang}
WASI_CFLAGS=${WASI_CFLAGS:--O2}
WASI_LIBDIR=${WASI_LIBDIR:-$top/build/wasi/lib}
WASI_STACK_SIZE=${WASI_STACK_SIZE:-8388608}
WASM_OPT=${WASM_OPT:-wasm-opt}
NODE=${NODE:-node}
read -r -a NODE_FLAGS <<<"${GOLDEN_NODE_FLAGS---liftoff-only}"
TIMEOUT=${GOLDEN_TIMEOUT:-600}
# As bin/py2c-wasi-run: the module runs on node's main thread, with a stack
# of PY2C_WASM_STACK_MB (64) MiB (a soft RLIMIT_STACK 16 MiB above; run_wasm.cjs
# uses a worker thread if that cannot be had).
STACK_FLAGS=()
stack_mb=${PY2C_WASM_STACK_MB:-64}
if [[ $stack_mb =~ ^[0-9]+$ ]] && { [[ $(ulimit -S -s) == unlimited ]] || (( $(ulimit -S -s) >= (stack_mb + 16) * 1024 )) ||
                                    ulimit -S -s $(((stack_mb + 16) * 1024)) 2>/dev/null; }; then
  STACK_FLAGS=(--stack-size=$((stack_mb * 1024 - 192)))
fi
RUN_TIMEOUT=${GOLDEN_RUN_TIMEOUT:-60}
RUNNER=$top/tools/run_wasm.cjs

fail() { echo "FAIL $rel: $*"; exit 1; }

# As in run.sh: diff of expected file $1 (absent = empty) against actual $2.
same() {
  local exp=$1 act=$2
  if [[ -f $exp ]]; then diff -u --label "expected $(basename "$exp")" --label actual "$exp" "$act" | head -n 40; return "${PIPESTATUS[0]}"; fi
  if [[ -s $act ]]; then echo "--- expected: (no $(basename "$exp")), got:"; head -n 20 "$act"; return 1; fi
  return 0
}

expected_status() { if [[ -f $1 ]]; then tr -d ' \n' <"$1"; else echo 0; fi; }

one() {
  local py=$1 dir name status
  dir=$(dirname "$py"); name=$(basename "$py" .py)
  rel=${py#"$top"/}
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  cd "$dir" || fail "cannot enter $dir"
  [[ -f $name.out ]] || { echo "SKIP $rel (diagnostic case)"; return 0; }
  local args=(); [[ -f $name.args ]] && read -r -a args <"$name.args"
  local input=/dev/null; [[ -f $name.in ]] && input=$name.in

  timeout 20 "$PY2C" "$name.py" -o "$tmp/$name.c" </dev/null >"$tmp/py2c.out" 2>"$tmp/py2c.err"; status=$?
  if [[ $status != 0 || -s $tmp/py2c.err ]]; then cat "$tmp/py2c.err"; fail "py2c exits $status or warns"; fi
  # Compile with -O, link without it: given -O at link time clang runs
  # wasm-opt by itself (issue 6), which Asyncify's removelist cannot survive.
  # shellcheck disable=SC2086  # flags are word lists
  if ! "$WASI_CC" --target=wasm32-wasi -std=c11 -Wall -Wextra -Werror $WASI_CFLAGS -I"$top/runtime/include" \
       -c "$tmp/$name.c" -o "$tmp/$name.o" 2>"$tmp/cc.err"; then
    head -n 30 "$tmp/cc.err"; fail "the C does not compile warning-free for wasm32-wasi"
  fi
  # Threads are fibers switched by Asyncify: full instrumentation (wasm-opt)
  # when the program imports a threading module, else stand-ins for the
  # fiber switch and no wasm-opt (runtime/wasi.mk: WASI_ASYNCIFY,
  # WASI_LDFLAGS_NOTHREADS), as `py2c build --target wasi` decides.
  local threads=0 nothreads=(-Wl,--wrap=py2c__fiber_switch -Wl,--wrap=py2c__fiber_resumed
    -Wl,--wrap=py2c__fiber_start_rewind -Wl,--wrap=py2c__fiber_stop_unwind -Wl,--strip-debug)
  grep -qE 'py2c_import\("(threading|queue|concurrent|_thread)' "$tmp/$name.c" && { threads=1; nothreads=(); }
  if ! "$WASI_CC" --target=wasm32-wasi "$tmp/$name.o" -o "$tmp/$name.raw.wasm" -Wl,-z,stack-size="$WASI_STACK_SIZE" -Wl,--stack-first \
       "$WASI_LIBDIR/py2c-wasi-start.o" -L"$WASI_LIBDIR" -lpy2c-runtime -lwasi-emulated-getpid -lm \
       "${nothreads[@]+"${nothreads[@]}"}" 2>"$tmp/ld.err"; then
    head -n 30 "$tmp/ld.err"; fail "the module does not link"
  fi
  if [[ $threads == 0 ]]; then
    mv "$tmp/$name.raw.wasm" "$tmp/$name.wasm"
  elif ! "$WASM_OPT" --asyncify --pass-arg=asyncify-ignore-imports --pass-arg=asyncify-removelist@py2c__fiber_loop,__main_void -O2 \
       "$tmp/$name.raw.wasm" -o "$tmp/$name.wasm" 2>"$tmp/opt.err" || [[ -s $tmp/opt.err ]]; then
    head -n 30 "$tmp/opt.err"; fail "wasm-opt --asyncify fails or warns"
  fi
  if [[ -n ${GOLDEN_KEEP:-} ]]; then
    mkdir -p "$GOLDEN_KEEP" && cp "$tmp/$name.c" "$tmp/$name.wasm" "$GOLDEN_KEEP/"
  fi
  # argv[0] "<name>.py", as the native run shows it.
  timeout "$RUN_TIMEOUT" "$NODE" "${NODE_FLAGS[@]+"${NODE_FLAGS[@]}"}" "${STACK_FLAGS[@]+"${STACK_FLAGS[@]}"}" "$RUNNER" --argv0 "$name.py" "$tmp/$name.wasm" "${args[@]+"${args[@]}"}" \
    <"$input" >"$tmp/out" 2>"$tmp/err"; status=$?
  same "$name.out" "$tmp/out" || fail "stdout differs from $name.out"
  same "$name.err" "$tmp/err" || fail "stderr differs from $name.err"
  [[ $status == "$(expected_status "$name.status")" ]] || fail "exit status $status, expected $(expected_status "$name.status")"
  echo "PASS $rel"
}

if [[ ${1:-} == --one ]]; then one "$2"; exit; fi

if [[ $# -gt 0 ]]; then cases=(); for c in "$@"; do cases+=("$(cd "$(dirname "$c")" && pwd)/$(basename "$c")"); done
else mapfile -t cases < <(find "$golden" -mindepth 2 -name '*.py' | LC_ALL=C sort); fi
# "N CASE" per case (N numbers its log), programs that import a threading
# module first: their modules take ten times as long to build. Results are
# reported in case order.
threaded_first() {
  local i pass pat='^[[:space:]]*(import|from)[[:space:]]+(threading|queue|concurrent|_thread)'
  for pass in 1 0; do
    for i in "${!cases[@]}"; do
      if grep -qE "$pat" "${cases[$i]}"; then [[ $pass == 1 ]]; else [[ $pass == 0 ]]; fi && echo "$((i + 1)) ${cases[$i]}"
    done
  done
}
[[ -x $PY2C ]] || { echo "golden-wasi: $PY2C is missing: run make" >&2; exit 2; }
[[ -f $WASI_LIBDIR/libpy2c-runtime.a ]] || { echo "golden-wasi: $WASI_LIBDIR/libpy2c-runtime.a is missing: run make wasi-runtime" >&2; exit 2; }
command -v "$WASM_OPT" >/dev/null || { echo "golden-wasi: $WASM_OPT is missing: apt-get install binaryen (or run make deps)" >&2; exit 2; }
command -v "$NODE" >/dev/null || { echo "golden-wasi: $NODE is missing: apt-get install nodejs (or run make deps)" >&2; exit 2; }

logs=$(mktemp -d); trap 'rm -rf "$logs"' EXIT
threaded_first | xargs -P "${GOLDEN_JOBS:-$(nproc)}" -L 1 \
  sh -c 'timeout "$2" "$0" --one "$4" >"$1/$3.log" 2>&1 || true' "$0" "$logs" "$TIMEOUT"
pass=0 failed=0 skipped=0 i=0
for c in "${cases[@]}"; do
  i=$((i + 1)); log=$logs/$i.log
  if grep -q '^PASS ' "$log" 2>/dev/null; then pass=$((pass + 1))
  elif grep -q '^SKIP ' "$log" 2>/dev/null; then skipped=$((skipped + 1))
  else
    failed=$((failed + 1))
    if [[ -s $log ]]; then cat "$log"; else echo "FAIL ${c#"$top"/}: timed out after ${TIMEOUT}s"; fi
  fi
done
echo "golden-wasi: $pass passed, $failed failed ($skipped diagnostic cases skipped)"
[[ $failed == 0 ]]
