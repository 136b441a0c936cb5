#!/usr/bin/env bash
# Regenerates the expected break sites (GHC's, scripts/ghc_break_sites.hs)
# that tests/check_break_sites_ghc.sh compares with lazuli's:
#   tests/breaks/P.hs            -> tests/breaks/P.breaks
#   tests/programs/P.hs          -> tests/breaks/programs/P.breaks
#   tests/modules/D/Main.hs      -> tests/breaks/modules/D.breaks
#   examples/Lazy.hs             -> tests/breaks/programs/Lazy.breaks
# Needs ghc 9.0 and its `ghc` package (apt-get install -y ghc).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ghc -package ghc -O0 -outputdir "$work" -o "$work/sites" "$root/scripts/ghc_break_sites.hs" > /dev/null
libdir=$(ghc --print-libdir)
sites() {  # sites SOURCE OUT
  (cd "$(dirname "$1")" && "$work/sites" "$libdir" "$(basename "$1")") > "$2"
}
mkdir -p "$root/tests/breaks/programs" "$root/tests/breaks/modules"
for f in "$root"/tests/breaks/*.hs; do sites "$f" "${f%.hs}.breaks"; done
for f in "$root"/tests/programs/*.hs "$root/examples/Lazy.hs"; do
  sites "$f" "$root/tests/breaks/programs/$(basename "${f%.hs}").breaks"
done
for f in "$root"/tests/modules/*/Main.hs; do
  sites "$f" "$root/tests/breaks/modules/$(basename "$(dirname "$f")").breaks"
done
echo "$(cat "$root"/tests/breaks/*.breaks "$root"/tests/breaks/*/*.breaks | wc -l) sites written"
