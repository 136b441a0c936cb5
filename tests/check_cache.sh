#!/usr/bin/env bash
# Usage: check_cache.sh LAZULI
# The program cache of `lazuli run` (Note [Compiled program cache] in
# driver/program_cache.cpp): an unchanged program is loaded, not compiled;
# a changed source or a damaged cache entry means compiling again, with the
# same output; LAZULI_CACHE=off writes nothing.
set -u
lazuli=$(realpath "$1")
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
greet s = "hello, " ++ s
HS
export LAZULI_CACHE="$work/cache"
status=0
expect() {  # $1: what, $2: "load" or "compile", $3: expected first line of stdout
  LAZULI_TIMING=1 "$lazuli" run Main.hs > out 2> err
  local code=$?
  if grep -q '^lazuli: cache-load ' err; then got=load; else got=compile; fi
  [ "$got" = "$2" ] || { echo "$1: expected to $2, did $got"; status=1; }
  [ $code = 0 ] && [ "$(head -1 out)" = "$3" ] || { echo "$1: wrong output: $(head -2 out) (exit $code)"; status=1; }
}
expect "first run" compile "hello, cache"
expect "second run" load "hello, cache"
echo 'greet s = "hi, " ++ s' > Helper.hs.new
sed -i 's/^greet s = .*/greet s = "hi, " ++ s/' Helper.hs
expect "after an imported module changed" compile "hi, cache"
expect "then" load "hi, cache"
for f in "$LAZULI_CACHE"/*/Main.*.lzm; do printf 'garbage' | dd of="$f" bs=1 seek=5000 conv=notrunc status=none; done
expect "with a damaged object" compile "hi, cache"
expect "then" load "hi, cache"
rm -rf "$LAZULI_CACHE"
LAZULI_CACHE=off "$lazuli" run Main.hs > /dev/null
[ ! -e "$LAZULI_CACHE" ] || { echo "LAZULI_CACHE=off wrote a cache"; status=1; }
exit $status
