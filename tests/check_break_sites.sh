#!/usr/bin/env bash
# Usage: check_break_sites.sh LAZULI FILE.hs
# The break-site table of an object (`lazuli build -fbreak-points`, section
# .lz.breaks) lists the root module's sites exactly as the desugarer made
# them (`lazuli dump core --ticks=break`): same indices, same spans.
set -u
. "$(dirname "$0")/check_setup.sh"
"$lazuli" dump core --ticks=break "$name" > "$work/core" || { echo "dump core failed"; exit 1; }
module=$(head -1 "$work/core" | sed 's/^module //')
sed -n '/^break sites$/,$p' "$work/core" | tail -n +2 > "$work/want"
[ -s "$work/want" ] || { echo "no break sites in $name"; exit 1; }
"$lazuli" build -fbreak-points -o "$work/out" "$name" > /dev/null || { echo "build failed"; exit 1; }
"$lazuli" objdump "$work/out/$(echo "$module" | tr . /).lzm" > "$work/dump" || { echo "objdump failed"; exit 1; }
# "  3 Lazy.hs:8:12-18 in Main.total go; xs;" -> "  3 8:12-18"
sed -n '/^break sites:$/,/^$/p' "$work/dump" | sed '1d;$d' | sed -E 's/^(  [0-9]+) .*\.l?hs:([^ ]*) in .*/\1 \2/' > "$work/got"
if ! diff "$work/want" "$work/got" > "$work/diff"; then
  echo "the object's break sites differ from the desugarer's:"; head -20 "$work/diff"; exit 1
fi
