#!/usr/bin/env bash
# `make install` / `make uninstall` for the C toolchain (docs/guide.md):
#   - install into a staging DESTDIR with PREFIX=/usr/local;
#   - the man page: installed, rendered by `man --warnings` and `groff -ww`
#     without a warning, and naming every option of `py2c --help` and every
#     warning name;
#   - from a directory outside the checkout, with only the installed files: the
#     installed py2c transpiles a two-module program, and `cc x.c $(pkg-config
#     --cflags --libs py2c-runtime)` (PKG_CONFIG_SYSROOT_DIR=DESTDIR, as
#     documented) builds it; its output is python3's;
#   - `make uninstall` leaves no file (nor symlink) behind.
# `py2c build`, `py2c run`, WASI and `py2c --cflags/--libs` from an install
# are tests/cli/wasi_test.sh's (suite cli-wasi); not repeated here.
# Ends with "cli-install: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [[ -f $tmp/out ]] && sed 's/^/  | /' "$tmp/out" | head -20; }

stage=$tmp/stage prefix=/usr/local
inst=$stage$prefix
if make --no-print-directory install DESTDIR="$stage" PREFIX="$prefix" >"$tmp/out" 2>&1; then ok; else bad "make install failed"; fi
for f in bin/py2c include/py2c.h lib/libpy2c-runtime.a lib/pkgconfig/py2c-runtime.pc share/man/man1/py2c.1; do
  if [[ -f $inst/$f ]]; then ok; else bad "$f not installed"; fi
done

# ---- the man page -----------------------------------------------------------
man=$inst/share/man/man1/py2c.1
if cmp -s docs/py2c.1 "$man"; then ok; else bad "the installed man page is not docs/py2c.1"; fi
if ! command -v man >/dev/null || ! command -v groff >/dev/null; then
  # man-db comes with `make deps`; the page's content is still checked, from the roff source
  bad "man or groff is missing (make deps, or apt-get install man-db)"
  sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\%//g' -e 's/^\.BI \([^ ]*\) /\1/' -e 's/^\.[A-Z]* *//' "$man" >"$tmp/man.txt"
else
  MANWIDTH=80 man --warnings -l "$man" >"$tmp/man.txt" 2>"$tmp/out"
  if [[ $? == 0 && ! -s $tmp/out ]]; then ok; else bad "man --warnings -l py2c.1 warns or fails"; fi
  if groff -ww -man -Tutf8 -z "$man" >"$tmp/out" 2>&1 && [[ ! -s $tmp/out ]]; then ok; else bad "groff -ww warns"; fi
fi
# every option of --help (rendered text: hyphens may come out as U+2010)
sed 's/\xe2\x80\x90/-/g' "$tmp/man.txt" >"$tmp/man.plain"
bin/py2c --help | grep -oE '(^|[ [])--?[A-Za-z][A-Za-z-]*' | sed -E 's/^[ [ ]*//' | sort -u >"$tmp/opts"
[[ $(wc -l <"$tmp/opts") -ge 15 ]] && ok || { rm -f "$tmp/out"; bad "could not read the options of --help ($(wc -l <"$tmp/opts"))"; }
while read -r opt; do
  if grep -qF -- "$opt" "$tmp/man.plain"; then ok; else rm -f "$tmp/out"; bad "man page lacks option $opt"; fi
done <"$tmp/opts"
for w in $(bin/py2c -Wnone x.py 2>&1 | sed -n 's/.*the warnings are: //p'); do
  if grep -qE -- "^ *$w\$" "$tmp/man.plain"; then ok; else rm -f "$tmp/out"; bad "man page lacks warning $w"; fi
  if grep -qF -- "\`$w\`" docs/cli.md; then ok; else rm -f "$tmp/out"; bad "docs/cli.md lacks warning $w"; fi
done
for s in build run 'EXIT STATUS' ENVIRONMENT; do
  if grep -qF -- "$s" "$tmp/man.plain"; then ok; else rm -f "$tmp/out"; bad "man page lacks '$s'"; fi
done

# ---- a program built with the installed files alone -------------------------
work=$tmp/user; mkdir -p "$work"
cat >"$work/shapes.py" <<'PY'
import math

class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

def describe(shapes):
    return [f"{type(s).__name__}({s.r}): {s.area():.3f}" for s in shapes]
PY
cat >"$work/x.py" <<'PY'
import sys
from shapes import Circle, describe

for line in describe([Circle(1), Circle(2.5)]):
    print(line)
print(sum(i * i for i in range(10 ** 6)), 2 ** 100 // 3)
print({w: len(w) for w in "the installed runtime".split()})
sys.exit(3)
PY
(
  cd "$work" || exit 2
  export PATH=$inst/bin:/usr/bin:/bin PKG_CONFIG_PATH=$inst/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$stage
  unset PKG_CONFIG_LIBDIR
  if [[ $(py2c --version) == "py2c $(cat "$root/VERSION")" ]]; then ok; else bad "installed py2c --version"; fi
  if py2c x.py -o x.c >"$tmp/out" 2>&1; then ok; else bad "installed py2c x.py -o x.c"; fi
  flags=$(pkg-config --cflags --libs py2c-runtime 2>"$tmp/out")
  if [[ $? == 0 ]]; then ok; else bad "pkg-config py2c-runtime"; fi
  if [[ $flags == *"-I$inst/include"* && $flags == *"-L$inst/lib"* && $flags == *-lpy2c-runtime* ]]; then ok
  else bad "pkg-config flags '$flags' do not name $inst"; fi
  if [[ $flags != *"$root"* ]]; then ok; else bad "pkg-config flags name the checkout: $flags"; fi
  # shellcheck disable=SC2086
  if cc -std=c11 x.c $flags -o x >"$tmp/out" 2>&1; then ok; else bad "cc x.c \$(pkg-config ...)"; fi
  python3 x.py >want.out 2>&1; echo "status $?" >>want.out
  ./x >got.out 2>&1; echo "status $?" >>got.out
  if diff -u want.out got.out >"$tmp/out"; then ok; else bad "the installed build differs from python3"; fi
  echo "$pass $fail" >"$tmp/counts"
)
read -r pass fail <"$tmp/counts" || { fail=$((fail + 1)); echo "FAIL installed: the checks did not run"; }

# ---- uninstall --------------------------------------------------------------
if make --no-print-directory uninstall DESTDIR="$stage" PREFIX="$prefix" >"$tmp/out" 2>&1; then ok; else bad "make uninstall failed"; fi
left=$(find "$stage" ! -type d | head)
if [[ -z $left ]]; then ok; else rm -f "$tmp/out"; bad "uninstall left: $left"; fi

echo "cli-install: $pass passed, $fail failed"
[[ $fail == 0 ]]
