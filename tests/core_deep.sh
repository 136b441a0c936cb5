#!/usr/bin/env bash
# Usage: core_deep.sh LAZULI
# A 100,000-element list literal is a chain of (:) that deep in Core: the
# desugarer, Core lint and the printer must walk it without running out of
# stack (exit 0, no crash).
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
