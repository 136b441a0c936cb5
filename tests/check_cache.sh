#!/usr/bin/env bash
# Usage: check_cache.sh LAZULI LIBDIR
# `lazuli run` keeps the objects it compiles (Note [Object locations] in
# driver/object_cache.cpp) and compiles only what is out of date (Note
# [Recompilation avoidance] in driver/make.cpp): an unchanged program
# compiles nothing; a body change that leaves the interface alone compiles
# that module only; an interface change compiles its importers too; a
# damaged object is compiled again, with the same output; over its size
# budget the cache evicts what was used least recently; the library's
# prebuilt objects serve a copy of its sources (LIBDIR) until a module of
# it is edited; LAZULI_CACHE=off writes nothing.
set -u
lazuli=$(realpath "$1")
libdir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > Main.hs <<'HS'
import Helper (greet)
main :: IO ()
main = mapM_ (putStrLn . greet) ["cache", "lazuli"]
HS
cat > Helper.hs <<'HS'
module Helper (greet) where
greet :: String -> String
greet s = go (3 :: Int) s
  where go 0 acc = acc
        go n acc = go (n - 1) (if n == 1 then "hello, " ++ acc else acc)
HS
export LAZULI_CACHE="$work/cache"
status=0
expect() {  # $1: what, $2: the modules expected to compile ("" for none), $3: first line of stdout
  LAZULI_TIMING=1 "$lazuli" run Main.hs > out 2> err
  local code=$?
  got=$(sed -n 's/^lazuli: compile \([A-Za-z.]*\) .*/\1/p' err | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$2" ] || { echo "$1: expected to compile [$2], compiled [$got]"; status=1; }
  [ $code = 0 ] && [ "$(head -1 out)" = "$3" ] || { echo "$1: wrong output: $(head -2 out) (exit $code)"; status=1; }
}
expect "first run" "Helper Main" "hello, cache"
expect "second run" "" "hello, cache"
# A body too big to inline: Helper's interface does not change.
sed -i 's/"hello, "/"hi, "/' Helper.hs
expect "after a body change" "Helper" "hi, cache"
expect "then" "" "hi, cache"
# A new export changes the interface: Main is compiled again.
printf 'extra :: Int\nextra = 1\n' >> Helper.hs
sed -i 's/^module Helper (greet)/module Helper (greet, extra)/' Helper.hs
expect "after an interface change" "Helper Main" "hi, cache"
for f in "$LAZULI_CACHE"/objects/*.lzm; do printf 'garbage' | dd of="$f" bs=1 seek=5000 conv=notrunc status=none; done
expect "with damaged objects" "Helper Main" "hi, cache"
expect "then" "" "hi, cache"
# The library's prebuilt objects are used while its sources are unchanged;
# an edited library module is compiled (into the cache) with what depends on it.
# (Helper and Main follow because the Prelude's unfoldings' spans now name
# the copy's file.)
cp -r "$libdir" libcopy
export LAZULI_LIB="$work/libcopy"
expect "with a copy of the library" "" "hi, cache"
printf '\n-- edited\n' >> libcopy/Prelude.hs
expect "after the Prelude changed" "Prelude Helper Main" "hi, cache"
expect "then" "" "hi, cache"
unset LAZULI_LIB
# Note [Cache eviction]: over budget, the least recently used objects go.
export LAZULI_CACHE_MAX_MB=0
echo 'other = 2' >> Helper.hs
expect "with no room in the cache" "Helper Main" "hi, cache"
left=$(ls "$LAZULI_CACHE"/objects | wc -l)
[ "$left" = 0 ] || { echo "a cache with no room kept $left objects"; status=1; }
unset LAZULI_CACHE_MAX_MB
expect "with room again" "Helper Main" "hi, cache"
expect "then" "" "hi, cache"
rm -rf "$LAZULI_CACHE"
LAZULI_CACHE=off "$lazuli" run Main.hs > /dev/null
[ ! -e "$LAZULI_CACHE" ] || { echo "LAZULI_CACHE=off wrote a cache"; status=1; }
exit $status
