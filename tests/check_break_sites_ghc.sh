#!/usr/bin/env bash
# Usage: check_break_sites_ghc.sh LAZULI FILE.hs [EXPECTED]
# Every module's break sites, as `lazuli build -fbreak-points` writes them
# into the objects, equal GHC's for the same program (EXPECTED, by default
# FILE.breaks, made by scripts/ghc-break-sites.sh): the same spans, the same
# enclosing declarations, the same captured variables (compared as sets,
# sorted).
set -u
. "$(dirname "$0")/check_setup.sh"
want=$(realpath "${3:-${src%.hs}.breaks}")
"$lazuli" build -fbreak-points -o "$work/out" "$name" > /dev/null || { echo "build failed"; exit 1; }
: > "$work/got"
while IFS= read -r obj; do
  "$lazuli" objdump "$obj" > "$work/dump" || { echo "objdump $obj failed"; exit 1; }
  module=$(sed -n 's/^  module \([^,]*\),.*/\1/p' "$work/dump" | head -1)
  # "  3 Lazy.hs:8:12-18 in Main.total.go xs; ys;" -> "Main Lazy.hs:8:12-18 [total.go] xs ys"
  sed -n '/^break sites:$/,/^$/p' "$work/dump" | sed '1d;$d' |
    while IFS= read -r line; do
      rest=${line#*[0-9] }
      span=${rest%% in *}
      rest=${rest#* in }
      decl=${rest%% *}
      decl=${decl#"$module".}
      vars=""
      [ "$rest" != "$decl" ] && [ "${rest#* }" != "$rest" ] && vars=$(echo "${rest#* }" | tr ';' '\n' | sed 's/ :: .*//; s/^ *//' | grep -v '^$' | grep -v '^_result$' | LC_ALL=C sort | tr '\n' ' ')
      echo "$module $span [$decl] $vars" | sed 's/ *$//'
    done >> "$work/got"
done < <(find "$work/out" -name '*.lzm' | sort)
LC_ALL=C sort "$work/got" -o "$work/got"
LC_ALL=C sort "$want" > "$work/want"
if ! diff "$work/want" "$work/got" > "$work/diff"; then
  echo "break sites differ from GHC's (< GHC, > lazuli):"; cat "$work/diff"; exit 1
fi
