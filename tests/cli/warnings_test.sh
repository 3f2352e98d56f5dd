#!/usr/bin/env bash
# py2c's warnings and the -W options (docs/cli.md "Warnings"), on
# tests/cli/explain/warnings.py (3 warnings: lines 19, 45, 67):
#   - each warning ends with its name, as gcc's: [-Wqueue-no-sentinel] ...;
#   - -Werror: errors ending [-Werror=NAME], exit 1, no output written;
#     -Werror=NAME for one; -Wno-error=NAME undoes it; -Wno-NAME silences one,
#     -WNAME brings it back; -w silences all; an unknown name is a usage error;
#   - --diagnostics=json: warnings with "severity" and "option", promoted ones
#     as errors counted in "error_count" (checked with python3's json);
#   - --no-line-directives: no #line, and nothing else changes.
# Ends with "cli-warnings: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
py2c=$PWD/bin/py2c
w=tests/cli/explain/warnings.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [[ -f $tmp/out ]] && sed 's/^/  | /' "$tmp/out" | head -20; }
expect() {
  local name=$1 want=$2; shift 2
  rm -f "$tmp/w.c"
  NO_COLOR=1 "$@" >"$tmp/out" 2>&1
  local got=$?
  if [[ $got == "$want" ]]; then ok; else bad "$name: exit $got, want $want"; fi
}
has() { if grep -qF -- "$2" "$tmp/out"; then ok; else bad "$1: output lacks '$2'"; fi; }
hasnt() { if grep -qF -- "$2" "$tmp/out"; then bad "$1: output has '$2'"; else ok; fi; }
count() { local n; n=$(grep -c -- "$2" "$tmp/out"); if [[ $n == "$3" ]]; then ok; else bad "$1: $n lines match '$2', want $3"; fi; }
out_exists() { if [[ -f $tmp/w.c ]]; then ok; else bad "$1: no output written"; fi; }
out_absent() { if [[ -f $tmp/w.c ]]; then bad "$1: output written"; else ok; fi; }

expect names 0 "$py2c" $w -o "$tmp/w.c"; out_exists names
has names "$w:19:9: warning: this consumer loop never ends: 'item = q.get()' has no timeout"
has names "the thread blocks once the queue is drained [-Wqueue-no-sentinel]"
has names "leaves it held; use 'with lock:' or try/finally [-Wlock-not-released]"
has names "pass the function itself: target=work, args=(...) [-Wthread-target-call]"
count names ': warning: ' 3

expect werror 1 "$py2c" -Werror $w -o "$tmp/w.c"; out_absent werror
count werror ': error: ' 3; count werror ': warning: ' 0
has werror "$w:45:5: error: 'lock.acquire()' is not released on every path"
has werror "[-Werror=lock-not-released]"; has werror "[-Werror=queue-no-sentinel]"; has werror "[-Werror=thread-target-call]"
expect werror-one 1 "$py2c" -Werror=thread-target-call $w -o "$tmp/w.c"; out_absent werror-one
count werror-one ': error: ' 1; count werror-one ': warning: ' 2; has werror-one "[-Werror=thread-target-call]"
expect werror-but 0 "$py2c" -Werror -Wno-error=lock-not-released -Wno-queue-no-sentinel -Wno-thread-target-call $w -o "$tmp/w.c"
out_exists werror-but; count werror-but ': warning: ' 1; has werror-but "[-Wlock-not-released]"
expect werror-undone 0 "$py2c" -Werror -Wno-error $w -o "$tmp/w.c"; count werror-undone ': warning: ' 3
expect wno 0 "$py2c" -Wno-queue-no-sentinel $w -o "$tmp/w.c"; count wno ': warning: ' 2; hasnt wno queue-no-sentinel
expect wno-back 0 "$py2c" -Wno-queue-no-sentinel -Wqueue-no-sentinel $w -o "$tmp/w.c"; count wno-back ': warning: ' 3
expect w-all 0 "$py2c" -w -Werror $w -o "$tmp/w.c"; out_exists w-all
if [[ ! -s $tmp/out ]]; then ok; else bad "w-all: output"; fi
expect unknown 2 "$py2c" -Wno-such-warning $w -o "$tmp/w.c"; out_absent unknown
has unknown "py2c: error: unknown warning option '-Wno-such-warning'; the warnings are: thread-target-call lock-not-released queue-no-sentinel"
expect build-werror 1 "$py2c" build -Werror=queue-no-sentinel $w -o "$tmp/w"; count build-werror ': error: ' 1
expect explain-werror 1 "$py2c" --emit=explain -Werror $w -o "$tmp/w.c"; out_absent explain-werror

# JSON
check_json() { # NAME PYTHON-ASSERTIONS (d: the parsed object)
  if python3 -c "import json,sys; d = json.load(open(sys.argv[1])); $2" "$tmp/out" 2>"$tmp/py.err"; then ok
  else cat "$tmp/py.err" >>"$tmp/out"; bad "$1: JSON"; fi
}
expect json 0 "$py2c" --diagnostics=json $w -o "$tmp/w.c"
check_json json '
ds = d["diagnostics"]
assert [(x["line"], x["column"], x["severity"], x["option"]) for x in ds] == [
    (19, 9, "warning", "-Wqueue-no-sentinel"), (45, 5, "warning", "-Wlock-not-released"),
    (67, 25, "warning", "-Wthread-target-call")], ds
assert all(x["file"] == "tests/cli/explain/warnings.py" for x in ds), ds
assert ds[1]["end_line"] == 45 and ds[1]["end_column"] == 19, ds[1]
assert ds[2]["message"].startswith("'"'"'target=work(1)'"'"' calls work now"), ds[2]
assert d["error_count"] == 0 and d["truncated"] is False and set(d) == {"diagnostics", "error_count", "truncated"}
'
expect json-werror 1 "$py2c" --diagnostics=json -Werror=lock-not-released -Wno-thread-target-call $w -o "$tmp/w.c"
check_json json-werror '
ds = d["diagnostics"]
assert [(x["severity"], x["option"]) for x in ds] == [("warning", "-Wqueue-no-sentinel"), ("error", "-Werror=lock-not-released")], ds
assert d["error_count"] == 1, d
'
printf 'x = (1 +\n' >"$tmp/bad.py"
expect json-error 1 "$py2c" --diagnostics=json "$tmp/bad.py" -o "$tmp/w.c"
check_json json-error 'assert all("option" not in x and x["severity"] == "error" for x in d["diagnostics"]) and d["error_count"] >= 1, d'

# --no-line-directives
expect lines 0 "$py2c" $w -o "$tmp/w.c"; mv "$tmp/w.c" "$tmp/lines.c"
expect no-lines 0 "$py2c" --no-line-directives $w -o "$tmp/w.c"
if grep -q '#line' "$tmp/w.c"; then bad "no-lines: #line in the C"; else ok; fi
if grep -q '^#line [0-9]* "w.c"$' "$tmp/lines.c" && grep -q "^#line 19 \"$w\"$" "$tmp/lines.c"; then ok; else bad "lines: #line directives missing"; fi
if diff <(grep -v '^#line' "$tmp/lines.c" | grep -v '^$') <(grep -v '^$' "$tmp/w.c") >"$tmp/out"; then ok; else bad "no-lines: more than #line differs"; fi

echo "cli-warnings: $pass passed, $fail failed"
[[ $fail == 0 ]]
