#!/usr/bin/env bash
# Usage: check_dump.sh LAZULI FILE.hs [ast|outline|core]
# `lazuli dump ast FILE.hs` (for outline, `lazuli FILE.hs`; for core,
# `lazuli dump core FILE.hs`), run in FILE's folder, must equal FILE.ast
# (FILE.outline, FILE.core).
set -u
lazuli=$(realpath "$1")
mode=${3:-ast}
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
if [ "$mode" = core ]; then
  diff -u "${name%.*}.core" <("$lazuli" dump core "$name")
elif [ "$mode" = outline ]; then
  diff -u "${name%.*}.outline" <("$lazuli" "$name")
else
  diff -u "${name%.*}.ast" <("$lazuli" dump ast "$name")
fi
