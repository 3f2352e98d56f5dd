#!/usr/bin/env bash
# Installs what py2c needs on Debian 12: the packages below when missing (with
# apt-get when root, otherwise prints the command), and the pinned grammar.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential pkg-config libtree-sitter-dev libuv1-dev libcjson-dev libunistring-dev nodejs npm python3)
# The WASI target (docs/wasi.md): clang + wasm-ld, llvm-ar, wasi-libc, the
# wasm32 compiler builtins, wasm-opt (binaryen); Node.js runs the modules.
packages+=(clang lld llvm wasi-libc libclang-rt-14-dev-wasm32 binaryen)
# make bench: PyPy as a comparison column (optional there; n/a when missing).
packages+=(pypy3)
# The cli suites: gdb steps through Python lines (#line), man renders py2c.1.
packages+=(gdb man-db)
# clang's sanitizer and libFuzzer runtimes: make test-tsan, make fuzz (a Recommends of clang,
# so absent where recommends are off).
packages+=(libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come from outside Debian (e.g. a newer Node.js); accept any working npm/node.
if command -v npm >/dev/null && command -v node >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi
if command -v python3 >/dev/null; then
  tmp=(); for p in "${missing[@]+"${missing[@]}"}"; do [[ $p == python3 ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then
    echo "py2c deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "py2c deps: missing packages; run as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi
# The grammar: exact version and integrity from grammar/package-lock.json; no scripts run.
if [[ ! -f grammar/node_modules/tree-sitter-python/src/parser.c ]]; then
  (cd grammar && npm ci --ignore-scripts --omit=peer --no-audit --no-fund --loglevel=error)
fi
echo "py2c deps: all present"
