#!/usr/bin/env bash
# Usage: check_dump.sh LAZULI FILE.hs [ast|outline]
# `lazuli dump ast FILE.hs` (or, for outline, `lazuli FILE.hs`), run in FILE's
# folder, must equal FILE.ast (FILE.outline).
set -u
lazuli=$(realpath "$1")
mode=${3:-ast}
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
if [ "$mode" = outline ]; then
  diff -u "${name%.*}.outline" <("$lazuli" "$name")
else
  diff -u "${name%.*}.ast" <("$lazuli" dump ast "$name")
fi
