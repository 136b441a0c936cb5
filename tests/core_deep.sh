#!/usr/bin/env bash
# Usage: core_deep.sh LAZULI
# A 100,000-element list literal is a chain of (:) that deep in Core: the
# desugarer, Core lint, the printer and the later stages must handle it
# without running out of stack (exit 0, no crash), and the program runs.
set -u
lazuli=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
  echo 'main :: IO ()'
  echo 'main = print (length xs)'
  echo 'xs :: [Int]'
  printf 'xs = ['
  seq -s, 0 99999 | tr -d '\n'
  echo ']'
} > "$dir/Deep.hs"
"$lazuli" dump core --ticks=break,cc "$dir/Deep.hs" > /dev/null
out=$("$lazuli" run "$dir/Deep.hs") || exit 1
[ "$out" = 100000 ] || { echo "printed: $out"; exit 1; }
