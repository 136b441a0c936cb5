#!/usr/bin/env bash
# Usage: check_separate.sh LAZULI FILE.hs
# Separate compilation is faithful: FILE's root module compiled by `lazuli
# build` against its imports' interfaces (the library's from build/lib)
# gives exactly the Core that `lazuli dump core` gives when it compiles the
# whole program, library included, in one process (cost-centre ticks on
# in both, as `build` compiles).
set -u
. "$(dirname "$0")/check_setup.sh"
"$lazuli" dump core --ticks=cc "$name" > "$work/whole" || { echo "dump core failed"; exit 1; }
module=$(head -1 "$work/whole")
"$lazuli" build --dump-core -o "$work/out" "$name" > "$work/build.out" || { echo "build failed"; exit 1; }
sed -n "/^$module\$/,\$p" "$work/build.out" | grep -v '^\[[0-9]* of [0-9]*\] Compiling ' > "$work/separate"
if ! diff "$work/whole" "$work/separate" > "$work/diff"; then
  echo "the separately compiled Core of $module differs from the whole program's:"; head -30 "$work/diff"; exit 1
fi
