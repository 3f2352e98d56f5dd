#!/usr/bin/env bash
# Makes the seed corpus of the fuzz targets afresh (docs/fuzzing.md):
#   seeds.sh OUT_DIR [MAX_LEN]
# tests/golden/**/*.py, tests/frontend/**/*.py, tests/fuzz/regressions/* and a
# fixed sample (every 7th, at most 300) of python3's standard-library .py files
# no longer than MAX_LEN bytes (default 16384; longer ones would be cut).
set -eu
cd "$(dirname "$0")/../.."
out=$1 max_len=${2:-16384}
rm -rf "$out"
mkdir -p "$out"
n=0
copy() { # a flat name per file, so that equal base names do not collide
  local name=${1//\//_}
  cp "$1" "$out/${2:-}$name"
  n=$((n + 1))
}
while IFS= read -r f; do copy "$f"; done < <(find tests/golden tests/frontend -name '*.py' | sort)
for f in tests/fuzz/regressions/*.py; do [[ -f $f ]] && copy "$f"; done
stdlib=$(${PYTHON:-python3} -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
i=0 taken=0
while IFS= read -r f; do
  size=$(stat -c %s "$f")
  (( size > 0 && size <= max_len )) || continue
  if (( i++ % 7 == 0 && taken < 300 )); then
    cp "$f" "$out/stdlib_$(printf %03d $taken)_$(basename "$f")"
    taken=$((taken + 1))
  fi
done < <(find "$stdlib" \( -name __pycache__ -o -name site-packages -o -name dist-packages \) -prune \
              -o -name '*.py' -type f -print | LC_ALL=C sort)
echo "seeds: $((n + taken)) files ($n from tests, $taken from $stdlib) in $out"
