#!/usr/bin/env bash
# Usage: run_program.sh LAZULI FILE.hs [OPTION...]
# Runs `lazuli run [OPTION...] FILE.hs` in FILE's folder, with FILE.stdin (if present)
# as standard input and the words of FILE.args (if present) as arguments.
# Passes when:
#   - standard output equals FILE.stdout byte for byte;
#   - standard error begins with FILE.stderr, or is empty when there is none
#     (a later stage adds backtrace lines after GHC's message);
#   - the exit code is the one a "-- Expected exit code: N" comment in FILE
#     states, or 0;
# and all of it again when the program is loaded from its cached objects.
set -u
lazuli=$(realpath "$1")
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
shift 2
opts=("$@")
base=${name%.*}
input=/dev/null
[ -f "$base.stdin" ] && input="$base.stdin"
args=()
[ -f "$base.args" ] && read -r -a args < "$base.args"
want_code=$(sed -n 's/.*Expected exit code: \([0-9]*\).*/\1/p' "$name" | head -1)
want_code=${want_code:-0}
out=$(mktemp) err=$(mktemp) cache=$(mktemp -d)
trap 'rm -rf "$out" "$err" "$cache"' EXIT
export LAZULI_CACHE="$cache"
status=0
# Twice: compiled (its objects stored in a fresh cache), then loaded from
# the cache without compiling (Note [Object locations] in
# driver/object_cache.cpp); both runs must meet every expectation.
for pass in compiled cached; do
if [ $pass = cached ]; then
  LAZULI_TIMING=1 timeout 300 "$lazuli" run "${opts[@]}" "$name" "${args[@]}" < "$input" > "$out" 2> "$err.timing"
  code=$?
  grep -q '^lazuli: load ' "$err.timing" || { echo "the second run compiled something"; status=1; }
  grep -v -E '^lazuli: [a-zA-Z. -]+ +[0-9.]+ ms$' "$err.timing" > "$err"
  rm -f "$err.timing"
else
  timeout 300 "$lazuli" run "${opts[@]}" "$name" "${args[@]}" < "$input" > "$out" 2> "$err"
  code=$?
fi
if ! cmp -s "$out" "$base.stdout"; then
  echo "stdout differs from $base.stdout:"; diff "$base.stdout" "$out" | head -20; status=1
fi
if [ -f "$base.stderr" ]; then
  n=$(wc -c < "$base.stderr")
  if ! cmp -s -n "$n" "$err" "$base.stderr" || [ "$(wc -c < "$err")" -lt "$n" ]; then
    echo "stderr does not begin with $base.stderr:"; diff "$base.stderr" "$err" | head -20; status=1
  fi
elif [ -s "$err" ]; then
  echo "unexpected stderr:"; head -20 "$err"; status=1
fi
if [ "$code" != "$want_code" ]; then
  echo "exit code $code, expected $want_code"; status=1
fi
[ $status = 0 ] || { echo "(in the $pass run)"; break; }
done
exit $status
