#!/usr/bin/env bash
# Usage: check_build.sh LAZULI
# Recompilation avoidance of `lazuli build` (Note [Recompilation avoidance]
# in driver/make.cpp), as `ghc --make` reports it:
#   - the first build compiles every module, in dependency order;
#   - a second build with nothing changed compiles nothing;
#   - a body change that leaves the interface alone compiles that module;
#   - an interface change compiles the module and its importers (and only them);
#   - the program built from the objects prints what it should.
set -u
lazuli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir src
cat > src/Main.hs <<'HS'
import B (describe)
import C (shout)
main :: IO ()
main = mapM_ (putStrLn . shout . describe) [1, 2, 3]
HS
cat > src/A.hs <<'HS'
module A (Size(..), size) where
data Size = Small | Large deriving Show
size :: Int -> Size
size n = if n < 2 then Small else Large
HS
cat > src/B.hs <<'HS'
module B (describe) where
import A
describe :: Int -> String
describe n = show n ++ " is " ++ show (size n)
HS
cat > src/C.hs <<'HS'
module C (shout) where
shout :: String -> String
shout s = go s
  where go [] = "!"
        go (c:cs) = c : go cs
HS
status=0
expect() {  # $1: what, $2: expected "Compiling" modules in order
  "$lazuli" build -o out src/Main.hs > log 2> err
  local code=$?
  got=$(sed -n 's/^\[[0-9]* of [0-9]*\] Compiling \([A-Za-z.]*\) .*/\1/p' log | tr '\n' ' ' | sed 's/ $//')
  if [ $code != 0 ] || [ "$got" != "$2" ]; then
    echo "$1: expected to compile [$2], compiled [$got] (exit $code)"; cat log err; status=1
  fi
}
expect "first build" "A B C Main"
grep -q '^\[1 of 4\] Compiling A  *( src/A.hs, out/A.lzm )$' log || { echo "unexpected report:"; cat log; status=1; }
expect "nothing changed" ""
# C's body is not an unfolding (it is recursive): its interface stays.
sed -i 's/"!"/"!!"/' src/C.hs
expect "a body change" "C"
# A's type changes (a new constructor): A, then B, which imports it, and
# Main, compiled against B; C is untouched.
sed -i 's/data Size = Small | Large/data Size = Small | Large | Huge/' src/A.hs
expect "an interface change" "A B Main"
expect "then nothing" ""
"$lazuli" run -i src src/Main.hs > run.out 2>&1 || { echo "run failed"; cat run.out; status=1; }
printf '1 is Small!!\n2 is Large!!\n3 is Large!!\n' | cmp -s - run.out || { echo "wrong output:"; cat run.out; status=1; }
exit $status
