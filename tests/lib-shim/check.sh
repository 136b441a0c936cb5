#!/usr/bin/env bash
# Checks lib/ with GHC through the shim (see README.md here):
#   1. every module of lib/ type-checks against tests/lib-shim/Lazuli/Prim.hs;
#   2. each program test (tests/programs/*.hs, *.lhs with a .stdout, and
#      multi/Main.hs), rewritten by Preprocess.hs, compiles against lib/ and
#      prints exactly its .stdout;
#   3. LibTest.hs here prints the same with lib/ as with GHC's base.
# Usage: tests/lib-shim/check.sh [WORKDIR]   (run from anywhere; needs ghc)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
libdir=$(ghc --print-libdir)
status=0

echo "== building the preprocessor"
ghc -v0 -O0 -package ghc -outputdir "$work/pp" -o "$work/preprocess" "$here/Preprocess.hs" || exit 2

echo "== type-checking lib/"
mods=$(cd "$root/lib" && find . -name '*.hs' ! -path './Lazuli/Prim.hs' | sed 's|^\./||' | sort)
(cd "$root" && ghc -v0 -fno-code -i"$here" -ilib $(for m in $mods; do echo "lib/$m"; done)) || status=1

# compile_and_run NAME SRCDIR MAIN EXPECTED
compile_and_run() {
  local name=$1 src=$2 main=$3 expected=$4
  if ! ghc -v0 -O0 -i"$here" -i"$root/lib" -i"$src" -outputdir "$work/obj" \
       -o "$work/bin/$name" "$src/$main" > "$work/log/$name.compile" 2>&1; then
    echo "FAIL $name (does not compile: $work/log/$name.compile)"
    status=1
    return
  fi
  (cd "$src" && "$work/bin/$name" < /dev/null > "$work/log/$name.stdout" 2> "$work/log/$name.stderr")
  if cmp -s "$expected" "$work/log/$name.stdout"; then
    echo "pass $name"
  else
    echo "FAIL $name (output differs: diff $expected $work/log/$name.stdout)"
    status=1
  fi
}

mkdir -p "$work/bin" "$work/log" "$work/src"
echo "== program tests"
for f in "$root"/tests/programs/*.hs "$root"/tests/programs/*.lhs; do
  base=$(basename "$f")
  name=${base%.*}
  [ -f "$root/tests/programs/$name.stdout" ] || continue
  mkdir -p "$work/src/$name"
  "$work/preprocess" "$libdir" "$f" "$work/src/$name/Main.hs" || { echo "FAIL $name (preprocess)"; status=1; continue; }
  compile_and_run "$name" "$work/src/$name" Main.hs "$root/tests/programs/$name.stdout"
done

multi="$root/tests/programs/multi"
if [ -f "$multi/Main.stdout" ]; then
  rm -rf "$work/src/multi"
  for f in $(cd "$multi" && find . -name '*.hs' | sed 's|^\./||'); do
    mkdir -p "$work/src/multi/$(dirname "$f")"
    "$work/preprocess" "$libdir" "$multi/$f" "$work/src/multi/$f" || status=1
  done
  compile_and_run multi "$work/src/multi" Main.hs "$multi/Main.stdout"
fi

echo "== LibTest.hs: lib/ against GHC's base"
mkdir -p "$work/src/LibTest" "$work/base"
if ghc -v0 -O0 -outputdir "$work/base" -o "$work/bin/LibTest-base" "$here/LibTest.hs" > "$work/log/LibTest-base.compile" 2>&1; then
  "$work/bin/LibTest-base" < /dev/null > "$work/log/LibTest.expected" 2> /dev/null
  "$work/preprocess" "$libdir" "$here/LibTest.hs" "$work/src/LibTest/Main.hs" || status=1
  compile_and_run LibTest "$work/src/LibTest" Main.hs "$work/log/LibTest.expected"
else
  echo "FAIL LibTest (does not compile with base: $work/log/LibTest-base.compile)"
  status=1
fi

echo "(work directory: $work)"
exit $status
