#!/usr/bin/env bash
# Usage: check_inline.sh LAZULI
# -O inlines across modules and keeps the ticks (Note [The simplifier] in
# core/simplify.cpp): a small function of module A called in Main is
# replaced by A's body,
#   - through A's interface (`lazuli build -O`): Main's Core holds A's body
#     under A's cost-centre tick;
#   - with breakpoint ticks (`dump core -O --ticks=break`): Main's Core holds
#     A's breakpoint tick, naming module A and capturing the argument;
#   - in Main's object (`lazuli build -O -fbreak-points`): BRK_FUN names A
#     through Main's module table (Note [Break sites in STG]);
# and the program still prints what it should.
set -u
lazuli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > A.hs <<'HS'
module A (double) where
double :: Int -> Int
double x = x + x
HS
cat > Main.hs <<'HS'
import A
main :: IO ()
main = print (double 21)
HS
status=0
"$lazuli" build -O --dump-core -o out Main.hs > core.txt || { echo "build -O failed"; status=1; }
main=$(sed -n '/^Main.main =/,$p' core.txt)
echo "$main" | grep -q 'scc<A.double> (primIntAdd# x_[0-9]* x_[0-9]*)' ||
  { echo "A.double's body (with its cost-centre tick) is not in Main's Core:"; echo "$main"; status=1; }
"$lazuli" dump core -O --ticks=break Main.hs > break.txt || { echo "dump core -O failed"; status=1; }
main=$(sed -n '/^Main.main =/,/^break sites/p' break.txt)
echo "$main" | grep -q 'break<A,0>\[x_[0-9]*\] (primIntAdd# x_[0-9]* x_[0-9]*)' ||
  { echo "A's breakpoint tick is not in Main's Core:"; echo "$main"; status=1; }
"$lazuli" build -O -fbreak-points -o brk Main.hs > /dev/null || { echo "build -O -fbreak-points failed"; status=1; }
"$lazuli" objdump brk/Main.lzm > brk.txt || { echo "objdump failed"; status=1; }
slot=$(sed -n '/^break modules/,/^$/p' brk.txt | sed -n 's/^  #\([0-9]*\) A$/\1/p')
[ -n "$slot" ] || { echo "A is not in Main's BRK_FUN module table:"; sed -n '/^break modules/,/^$/p' brk.txt; status=1; }
# A BRK_FUN whose constant (of the same code object) is A's entry, at A's site 0.
awk -v want="break array #$slot" '
  /^#[0-9]/ { delete k }
  $2 == "=" { v = $0; sub(/^ *k[0-9]+ = /, "", v); k[$1] = v }
  $2 == "BRK_FUN" && k[$3] == want && $4 == 0 { found = 1 }
  END { exit !found }' brk.txt || { echo "no BRK_FUN of A's site 0 in Main's code"; status=1; }
out=$("$lazuli" run -O Main.hs) && [ "$out" = 42 ] || { echo "run -O printed '$out'"; status=1; }
# Without -O, A exposes no unfolding: Main calls A.double.
"$lazuli" build --dump-core -o plain Main.hs > plain.txt
sed -n '/^Main.main =/,$p' plain.txt | grep -q 'A\.double 21' || { echo "without -O, Main should call A.double"; status=1; }
exit $status
