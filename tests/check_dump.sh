#!/usr/bin/env bash
# Usage: check_dump.sh LAZULI FILE.hs
# `lazuli dump ast FILE.hs` (run in FILE's folder) must equal FILE.ast.
set -u
lazuli=$(realpath "$1")
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
diff -u "${name%.*}.ast" <("$lazuli" dump ast "$name")
