#!/usr/bin/env bash
# Usage: check_object.sh LAZULI FILE.hs [--corrupt]
# `lazuli build` writes FILE's root module as an object file; `lazuli objdump`
# reads it back (mapping, bounds checks, bytecode verifier) and its bytecode
# must equal `lazuli dump bytecode --ticks=cc FILE.hs` exactly.
# With --corrupt, copies of the object truncated at many offsets and with
# bytes flipped at many places must each be either read or rejected with
# "bad object file" and exit code 3: never a crash.
set -u
. "$(dirname "$0")/check_setup.sh"
"$lazuli" dump bytecode --ticks=cc "$name" > "$work/want" || { echo "dump bytecode failed"; exit 1; }
module=$(head -1 "$work/want" | sed 's/^module //')
"$lazuli" build -o "$work/out" "$name" > /dev/null || { echo "build failed"; exit 1; }
obj="$work/out/$(echo "$module" | tr . /).lzm"
"$lazuli" objdump "$obj" > "$work/got" || { echo "objdump failed"; exit 1; }
if ! diff <(sed -n '/^module /,$p' "$work/got") "$work/want" > "$work/diff"; then
  echo "bytecode read back from $module.lzm differs:"; head -20 "$work/diff"; exit 1
fi
[ "${3:-}" = "--corrupt" ] || exit 0
size=$(stat -c %s "$obj")
status=0
check() {  # $1: file, $2: what was done to it
  "$lazuli" objdump "$1" > /dev/null 2> "$work/err"
  local code=$?
  if [ $code -ne 0 ] && { [ $code -ne 3 ] || ! grep -q "bad object file\|not a valid object file" "$work/err"; }; then
    echo "$2: exit code $code: $(head -2 "$work/err")"; status=1
  fi
}
for i in $(seq 0 63); do
  cut=$(( size * i / 64 ))
  head -c "$cut" "$obj" > "$work/t.lzm"
  check "$work/t.lzm" "truncated at $cut"
done
RANDOM=42
for i in $(seq 1 64); do
  cp "$obj" "$work/f.lzm"
  at=$(( (RANDOM * 32768 + RANDOM) % size ))
  printf "\\x$(printf %02x $(( RANDOM % 256 )))" | dd of="$work/f.lzm" bs=1 seek="$at" conv=notrunc status=none
  check "$work/f.lzm" "byte $at changed"
done
exit $status
